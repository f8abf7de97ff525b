#!/usr/bin/env python3
"""Generate blind set-60: realistic .eml files around AWS Certification account merges.

Run:  python3 make_set.py      (writes NNN-slug.eml + labels.json next to this script)
"""
import base64
import json
import quopri
import os
import random
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP.clone(refold_source='none')
UTC = timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
ET = ZoneInfo('America/New_York')
CET = ZoneInfo('Europe/Warsaw')
STO = ZoneInfo('Europe/Stockholm')
rnd = random.Random(60606)

LABELS = {}


# ----------------------------------------------------------------- helpers
def b64r(n):
    return base64.b64encode(rnd.randbytes(n)).decode()


def hexr(n):
    return rnd.randbytes(n).hex()


def alnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(chars) for _ in range(n))


def ruuid():
    return str(uuid.UUID(bytes=rnd.randbytes(16), version=4))


def T(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(opened, suffix):
    return f"{int(opened.timestamp())}{suffix:05d}"


def fold(name, value, width=76, indent=' '):
    """Greedy fold of an ASCII header value at spaces; returns value text."""
    words = value.split(' ')
    lines, cur = [], name + ': ' + words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            lines.append(cur)
            cur = indent + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return '\n'.join(lines)[len(name) + 2:]


def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return fold('Subject', s)
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode(linesep='\n')


def addr(name, address, charset='utf-8'):
    if name is None:
        return address
    try:
        name.encode('ascii')
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def dkim_sig(d, s, t, h='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    sig = b64r(256)
    chunks = [sig[i:i + 70] for i in range(0, len(sig), 70)]
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={s}; d={d}; t={int(t.timestamp())};\n"
            f"\th={h};\n"
            f"\tbh={b64r(32)};\n"
            "\tb=" + '\n\t '.join(chunks))


def gdate(t, tz):
    lt = t.astimezone(tz)
    return format_datetime(lt) + f" ({lt.tzname()})"


# ----------------------------------------------------------------- senders
class Sender:
    def __init__(self, name, address, mailfrom, ip, helo, dkim, msgid,
                 from_domain=None, policy_='QUARANTINE', extra=None, charset='utf-8'):
        self.name, self.address = name, address
        self.mailfrom, self.ip, self.helo = mailfrom, ip, helo
        self.dkim = dkim                   # list of (domain, selector)
        self.msgid = msgid
        self.from_domain = from_domain or address.split('@')[1]
        self.mf_domain = mailfrom.split('@')[1]
        self.policy = policy_
        self.extra = extra or []
        self.charset = charset


def ses(address, name, t, region='us-east-1'):
    ms = int(t.timestamp() * 1000) - rnd.randint(200, 1500)
    prefix = '0100' if region == 'us-east-1' else '0106'
    local = f"{prefix}{ms:012x}-{ruuid()}-000000"
    dom = 'email.amazonses.com' if region == 'us-east-1' else f'{region}.amazonses.com'
    octet3 = rnd.choice([8, 9, 48]) if region == 'us-east-1' else rnd.choice([252, 253, 255])
    ip = f"54.240.{octet3}.{rnd.randint(10, 250)}"
    host = (f"a{octet3}-{ip.split('.')[-1]}.smtp-out.amazonses.com" if region == 'us-east-1'
            else f"e{ip.split('.')[-1]}-{octet3}.smtp-out.{region}.amazonses.com")
    extra = [('Feedback-ID', f"::1.{region}.{b64r(30)}=:AmazonSES"),
             ('X-SES-Outgoing', f"{t.strftime('%Y.%m.%d')}-{ip}")]
    return Sender(name, address, f"{local}@{dom}", ip, host,
                  [('amazon.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'),
                   ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                  f"<{local}@{dom}>", extra=extra)


def aws_form(t, region='us-east-1'):
    return ses('aws-cs-trainingcertification-form@amazon.com', 'Amazon Web Services', t, region)


def aws_console(t):
    return ses('no-reply-aws@amazon.com', 'Amazon Web Services', t)


def credly(rcpt, t, name='Amazon Web Services Training and Certification via Credly'):
    loc = rcpt.replace('@', '=')
    ip = f"149.72.{rnd.randint(100, 250)}.{rnd.randint(2, 250)}"
    return Sender(name, 'admin@credly.com',
                  f"bounces+{rnd.randint(1000000, 9999999)}-{hexr(2)}-{loc}@em.credly.com",
                  ip, f"o{rnd.randint(1, 9)}.ptr{rnd.randint(1000, 9999)}.em.credly.com",
                  [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
                  f"<{alnum(22)}@geopod-ismtpd-{rnd.randint(1, 40)}>")


def gmail_user(name, address, t):
    return Sender(name, address, address, f"209.85.{rnd.randint(128, 223)}.{rnd.randint(2, 250)}",
                  f"mail-{alnum(4, 'abcdefghijklmnopqrstuvwxyz')}{rnd.randint(1, 99)}-f{rnd.randint(41, 199)}.google.com",
                  [('gmail.com', '20230601')],
                  f"<CA{alnum(2)}+{alnum(40)}@mail.gmail.com>")


def generic(name, address, ip, helo, dkim_sel, msgid, mailfrom=None, policy_='REJECT', dkim_domain=None):
    dom = address.split('@')[1]
    return Sender(name, address, mailfrom or address, ip, helo,
                  [(dkim_domain or dom, dkim_sel)] if dkim_sel else [], msgid, policy_=policy_)


# ----------------------------------------------------------------- receiving side
def v(dkim='pass', spf='pass', dmarc='pass'):
    return dict(dkim=dkim, spf=spf, dmarc=dmarc)


def trace_gmail(rcpt, s, t, ver):
    ds = gdate(t, PT)
    sp = ("designates" if ver['spf'] == 'pass' else "does not designate")
    hdr = [('Delivered-To', rcpt),
           ('Received', f"by 2002:a05:{hexr(2)}:{hexr(2)}:b0:{hexr(2)[:3]}:{hexr(2)}:{hexr(2)} "
                        f"with SMTP id {alnum(2).lower()}{rnd.randint(10, 99)}csp{rnd.randint(1000000, 9999999)}{alnum(3).lower()};\n        {ds}"),
           ('X-Google-Smtp-Source', 'AGHT+I' + b64r(54).rstrip('=')),
           ('X-Received', f"by 2002:a05:6214:{hexr(2)}:b0:{hexr(2)[:3]}:{hexr(2)}:{hexr(2)} with SMTP id "
                          f"{alnum(10).lower()}-{hexr(5)}.{rnd.randint(1, 60)}.{t.year};\n        {ds}"),
           ('ARC-Seal', f"i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64r(60)}"),
           ('ARC-Authentication-Results', f"i=1; mx.google.com;\n       dmarc={ver['dmarc']} header.from={s.from_domain}"),
           ('Return-Path', f"<{s.mailfrom}>"),
           ('Received', f"from {s.helo} ({s.helo}. [{s.ip}])\n        by mx.google.com with ESMTPS id "
                        f"{hexr(5)}-{hexr(5)}{rnd.randint(100, 999)}si{rnd.randint(1000000, 9999999)}.{rnd.randint(10, 999)}.{t.astimezone(PT).strftime('%Y.%m.%d.%H.%M.%S')}\n"
                        f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {ds}"),
           ('Received-SPF', f"{ver['spf']} (google.com: domain of {s.mailfrom} {sp} {s.ip} as permitted sender) client-ip={s.ip};")]
    parts = ['mx.google.com;']
    if isinstance(ver['dkim'], str):
        dk = [ver['dkim']] * max(1, len(s.dkim))
    else:
        dk = ver['dkim']
    for (d, sel), r in zip(s.dkim, dk):
        parts.append(f"       dkim={r} header.i=@{d} header.s={sel} header.b={alnum(8)};")
    parts.append(f"       spf={ver['spf']} (google.com: domain of {s.mailfrom} {sp} {s.ip} as permitted sender) smtp.mailfrom={s.mailfrom}" + (';' if ver['dmarc'] else ''))
    if ver['dmarc']:
        dis = 'NONE' if ver['dmarc'] == 'pass' or s.policy == 'NONE' else s.policy
        parts.append(f"       dmarc={ver['dmarc']} (p={s.policy} sp={s.policy} dis={dis}) header.from={s.from_domain}")
    hdr.append(('Authentication-Results', '\n'.join(parts)))
    return hdr


def trace_outlook(rcpt, s, t, ver, region='namprd', tenant=None):
    if region == 'jpnprd':
        nn = '01'
        pr = 'jpnprd01'
        v6 = '2603:1096'
        mb1 = f"TYCPR{nn}MB{rnd.randint(1000, 9999)}.{pr}.prod.outlook.com"
        mb2 = f"OS{rnd.randint(3, 9)}PR{nn}MB{rnd.randint(1000, 9999)}.{pr}.prod.outlook.com"
        fe = f"TYCP{rnd.randint(280, 299)}CA{rnd.randint(1, 200):04d}.JPNP{rnd.randint(280, 299)}.PROD.OUTLOOK.COM"
        eop = f"TY{rnd.randint(1, 3)}PEPF{rnd.randint(1, 99999):08d}.{pr}.prod.outlook.com"
    else:
        nn = f"{rnd.choice([4, 11, 12, 15, 18, 20])}"
        pr = f"namprd{nn.zfill(2)}"
        v6 = '2603:10b6'
        mb1 = f"SA{rnd.randint(1, 3)}PR{nn}MB{rnd.randint(1000, 9999)}.{pr}.prod.outlook.com"
        mb2 = f"CH{rnd.randint(0, 3)}PR{nn}MB{rnd.randint(1000, 9999)}.{pr}.prod.outlook.com"
        fe = f"BN{rnd.randint(0, 9)}PR{nn}CA{rnd.randint(1, 200):04d}.{pr}.prod.outlook.com"
        eop = f"{rnd.choice(['SN1', 'DS2', 'BN1', 'CY4'])}PEPF{rnd.randint(1, 99999):08d}.{pr}.prod.outlook.com"
    d0 = format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')
    comp = 'pass' if ver['dmarc'] == 'pass' else 'fail'
    reason = '100' if comp == 'pass' else '001'
    dk = ver['dkim'] if isinstance(ver['dkim'], str) else ver['dkim'][0]
    dkd = s.dkim[0][0] if s.dkim else 'none'
    dkim_txt = ('dkim=pass (signature was verified)' if dk == 'pass'
                else 'dkim=none (message not signed)' if dk == 'none' else 'dkim=fail (body hash did not verify)')
    ar = (f"spf={ver['spf']} (sender IP is {s.ip})\n smtp.mailfrom={s.mf_domain}; {dkim_txt}\n"
          f" header.d={dkd};dmarc={ver['dmarc']} action={'none' if comp == 'pass' else 'quarantine'}\n"
          f" header.from={s.from_domain};compauth={comp} reason={reason}")
    if tenant:
        ar = f"dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={tenant};"
    v6a = lambda: f"{v6}:{rnd.randint(100, 999)}:{hexr(1)}::{rnd.randint(5, 30)}"
    hdr = [('Received', f"from {mb2} ({v6a()}) by\n {mb1} with HTTPS; {d0}"),
           ('Received', f"from {fe} ({v6a()})\n by {mb2} ({v6a()}) with\n Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9300)}.{rnd.randint(10, 40)};\n {d0}")]
    if tenant:
        hdr.insert(0, ('Received', f"from {mb2.replace('CH', 'BN', 1)} ({v6a()}) by\n {mb1.replace('SA', 'BN0', 1)} with HTTPS; {d0}"))
        hdr.append(('Authentication-Results', ar))
        return hdr
    hdr += [('Received', f"from {eop}\n ({v6}:{rnd.randint(100, 999)}:{hexr(1)}:cafe::{hexr(1)}) by {fe}\n ({v6a()}) with Microsoft SMTP Server (version=TLS1_3,\n"
                         f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9300)}.{rnd.randint(10, 40)} via Frontend Transport;\n {d0}"),
            ('Authentication-Results', ar),
            ('Received-SPF', f"{ver['spf'].capitalize()} (protection.outlook.com: domain of {s.mf_domain}\n designates {s.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={s.ip}; helo={s.helo}; pr=C"),
            ('Received', f"from {s.helo} ({s.ip}) by\n {eop.replace('.prod.outlook.com', '.mail.protection.outlook.com')}\n (10.167.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                         f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9300)}.{rnd.randint(10, 40)} via Frontend Transport;\n {d0}")]
    return hdr


def trace_jp(rcpt, s, t, ver, authserv, mbox):
    ds = format_datetime(t.astimezone(JST)) + ' (JST)'
    dk = ver['dkim'] if isinstance(ver['dkim'], str) else ver['dkim'][0]
    dkim_part = '; '.join(f"dkim={dk} header.d={d} header.s={sel}" for d, sel in s.dkim) or 'dkim=none'
    ar = (f"{authserv}; spf={ver['spf']} smtp.mailfrom={s.mailfrom};\n\t{dkim_part};\n"
          f"\tdmarc={ver['dmarc']} (p={s.policy.lower()} dis=none) header.from={s.from_domain}")
    return [('Return-Path', f"<{s.mailfrom}>"),
            ('Delivered-To', rcpt),
            ('Received', f"from {authserv} ({authserv} [{rnd.randint(100, 200)}.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}])\n\tby {mbox} (Postfix) with ESMTP id {alnum(12, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {ds}"),
            ('Authentication-Results', ar),
            ('Received', f"from {s.helo} ({s.helo} [{s.ip}])\n\tby {authserv} (Postfix) with ESMTPS id {alnum(12, 'bcdfghjklmnpqrstvwxyz0123456789')}\n\tfor <{rcpt}>; {ds}")]


def trace_fastmail(rcpt, s, t, ver):
    ds = format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')
    dkim_lines = ''.join(f"\n    dkim={ver['dkim']} (2048-bit rsa key sha256) header.d={d}\n      header.i=@{d} header.b={alnum(8)} header.a=rsa-sha256\n      header.s={sel} x-bits=2048;" for d, sel in s.dkim)
    ar = (f"mx{rnd.randint(1, 6)}.messagingengine.com;{dkim_lines}\n    dmarc={ver['dmarc']} policy.published-domain-policy={s.policy.lower()}\n"
          f"      policy.applied-disposition=none policy.evaluated-disposition=none\n"
          f"      (p={s.policy.lower()},d=none,d.eval=none) policy.policy-from=p\n      header.from={s.from_domain};\n"
          f"    spf={ver['spf']} smtp.mailfrom={s.mailfrom}\n      smtp.helo={s.helo}")
    return [('Return-Path', f"<{s.mailfrom}>"),
            ('Received', f"from compute{rnd.randint(1, 9)}.internal (compute{rnd.randint(1, 9)}.nyi.internal [10.202.2.{rnd.randint(40, 50)}])\n\t by sloti{rnd.randint(10, 60)}n{rnd.randint(1, 20)} (Cyrus 3.11.0-alpha0-{rnd.randint(1000, 1300)}-g{hexr(4)}) with LMTPA;\n\t {format_datetime(t.astimezone(UTC))}"),
            ('X-Cyrus-Session-Id', f"sloti{rnd.randint(10, 60)}n{rnd.randint(1, 20)}-{int(t.timestamp())}-{rnd.randint(1000000, 9999999)}-2-{rnd.randint(10 ** 18, 10 ** 19)}"),
            ('X-Sieve', 'CMU Sieve 3.0'),
            ('X-Spam-score', '0.0'),
            ('Received-SPF', f"{ver['spf']}\n    (amazonses.com: {s.ip} is authorized to use '{s.mailfrom}' in 'mfrom' identity (mechanism 'ip4:54.240.0.0/18' matched))\n    receiver=mx{rnd.randint(1, 6)}.messagingengine.com;\n    identity=mailfrom;\n    envelope-from=\"{s.mailfrom}\";\n    helo={s.helo};\n    client-ip={s.ip}"),
            ('Authentication-Results', ar),
            ('Received', f"from {s.helo} ({s.helo} [{s.ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx{rnd.randint(1, 6)}.messagingengine.com (Postfix) with ESMTPS\n\tfor <{rcpt}>; {ds}")]


def trace_onprem(rcpt, s, t, host='mail.tech-kousaku.co.jp'):
    ds = format_datetime(t.astimezone(JST)) + ' (JST)'
    return [('Return-Path', f"<{s.mailfrom}>"),
            ('X-Original-To', rcpt),
            ('Delivered-To', rcpt),
            ('Received', f"from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id {alnum(10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {ds}"),
            ('X-Virus-Scanned', f"amavisd-new at {host.split('.', 1)[1]}"),
            ('Received', f"from {s.helo} ({s.helo} [{s.ip}])\n\tby {host} (Postfix) with ESMTPS id {alnum(10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {ds}")]


# ----------------------------------------------------------------- bodies
def plain(text, cs='utf-8', cte='quoted-printable'):
    m = EmailMessage(policy=POL)
    m.set_content(text, charset=cs, cte=cte)
    return m


def html(h, cs='utf-8', cte='quoted-printable'):
    m = EmailMessage(policy=POL)
    m.set_content(h, subtype='html', charset=cs, cte=cte)
    return m


def alt(text, h, cs='utf-8', cte='quoted-printable', cte_html=None):
    m = EmailMessage(policy=POL)
    m.set_content(text, charset=cs, cte=cte)
    m.add_alternative(h, subtype='html', charset=cs, cte=cte_html or cte)
    return m


def rawtext(data, label, cte, subtype='plain'):
    """Body bytes with an explicit (possibly wrong) charset label."""
    m = EmailMessage(policy=POL)
    if cte == 'quoted-printable':
        m['MIME-Version'] = '1.0'
        m['Content-Type'] = f'text/{subtype}; charset="{label}"'
        m['Content-Transfer-Encoding'] = cte
        m.set_payload(quopri.encodestring(data if data.endswith(b'\n') else data + b'\n').decode('ascii'))
        return m
    m.set_content(data, 'text', subtype, cte=cte, params={'charset': label})
    return m


def jis(text):
    return b'\n'.join(line.encode('iso-2022-jp') for line in text.split('\n'))


def wrap_html(inner, lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
            '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #16191f;">\n'
            f'{inner}\n</body>\n</html>\n')


# ----------------------------------------------------------------- assembly
def write(n, slug, body, *, sender, to, subject, date, rcpt, provider, label,
          ver=None, arrive=None, cc=None, in_reply_to=None, references=None,
          forged_ar=None, extra=None, subject_cs='utf-8', from_cs='utf-8',
          to_name=None, dkim=True, reply_to=None, msgid=None, pre=None, to_cs='utf-8'):
    ver = ver or v()
    arrive = arrive or (date + timedelta(seconds=rnd.randint(2, 40)))
    if provider == 'gmail':
        tr = trace_gmail(rcpt, sender, arrive, ver)
    elif provider.startswith('outlook'):
        _, region = provider.split(':')
        tr = trace_outlook(rcpt, sender, arrive, ver, region)
    elif provider.startswith('o365int'):
        _, tenant = provider.split(':')
        tr = trace_outlook(rcpt, sender, arrive, ver, 'namprd', tenant=tenant)
    elif provider == 'biglobe':
        tr = trace_jp(rcpt, sender, arrive, ver, 'mx.biglobe.ne.jp', f'mbox{rnd.randint(1, 40):02d}.biglobe.ne.jp')
    elif provider == 'sonet':
        tr = trace_jp(rcpt, sender, arrive, ver, 'mx-in.so-net.ne.jp', f'mbs{rnd.randint(1, 30):02d}.so-net.ne.jp')
    elif provider == 'fastmail':
        tr = trace_fastmail(rcpt, sender, arrive, ver)
    elif provider.startswith('onprem'):
        tr = trace_onprem(rcpt, sender, arrive)
    else:
        raise ValueError(provider)
    hdrs = list(pre or []) + tr
    if forged_ar:
        hdrs.append(('Authentication-Results', forged_ar))
    if dkim:
        for d, sel in sender.dkim:
            hdrs.append(('DKIM-Signature', dkim_sig(d, sel, date)))
    hdrs.append(('From', addr(sender.name, sender.address, from_cs)))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', addr(to_name, to, to_cs) if to_name else to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', enc_subject(subject, subject_cs)))
    hdrs.append(('Date', format_datetime(date)))
    hdrs.append(('Message-ID', msgid or sender.msgid))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    mime = [(k, val) for k, val in body._headers
            if k.lower() in ('mime-version', 'content-type', 'content-transfer-encoding')]
    if not any(k.lower() == 'mime-version' for k, _ in mime):
        mime.insert(0, ('MIME-Version', '1.0'))
    body._headers = hdrs + mime + list(extra or []) + sender.extra
    slug = SLUGS.get(n, slug)  # neutral names: the working slug above may hint at the answer
    fname = f"{n:03d}-{slug}.eml"
    with open(os.path.join(OUT, fname), 'wb') as fh:
        fh.write(body.as_bytes(policy=POL))
    kind, case_id, ids, sv, lang = label
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                     'sender_verified': sv, 'language': lang}


SLUGS = {1: 'daniel-form-a', 2: 'daniel-form-b', 3: 'daniel-form-c', 4: 'daniel-form-d', 5: 'daniel-form-e', 6: 'daniel-tc-mail', 7: 'daniel-credly', 8: 'priya-console-a', 9: 'priya-console-b', 10: 'priya-console-c', 11: 'priya-console-d', 12: 'priya-console-e', 13: 'tomasz-form-a', 14: 'tomasz-form-b', 15: 'tomasz-form-c', 16: 'tomasz-form-d', 17: 'grace-form-a', 18: 'grace-form-b', 19: 'grace-form-c', 20: 'grace-internal', 21: 'daniel-html-notice', 22: 'marcus-notice', 23: 'daniel-github', 24: 'priya-console-f', 25: 'tomasz-credly', 26: 'daniel-certmetrics', 27: 'priya-credly', 28: 'marcus-form-a', 29: 'marcus-form-b', 30: 'marcus-form-c', 31: 'ken-form-a', 32: 'ken-form-b', 33: 'ken-form-c', 34: 'ken-form-d', 35: 'ken-form-e', 36: 'ken-tc-mail', 37: 'ken-credly', 38: 'mayumi-form-a', 39: 'mayumi-form-b', 40: 'mayumi-form-c', 41: 'mayumi-pearson', 42: 'aya-console-a', 43: 'daisuke-form-a', 44: 'daisuke-form-b', 45: 'daisuke-form-c', 46: 'daisuke-internal', 47: 'aya-console-b', 48: 'aya-console-c', 49: 'aya-console-d', 50: 'aya-console-e', 51: 'sho-form-a', 52: 'sho-form-b', 53: 'sho-form-c', 54: 'sho-credly', 55: 'ken-html-notice', 56: 'daisuke-seller', 57: 'mayumi-credly', 58: 'ken-colleague', 59: 'misaki-form-a', 60: 'misaki-form-b'}

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


# =================================================================== people & cases
DAN = ('Daniel Reyes', 'daniel.reyes84@gmail.com')
PRI = ('Priya Nair', 'priya.nair@outlook.com')
TOM = ('Tomasz Wójcik', 'tomasz.wojcik@fastmail.com')
GRA = ('Grace Okafor', 'grace.okafor@northwind-analytics.com')
MAR = ('Marcus Lindqvist', 'marcus.lindqvist@gmail.com')
KEN = ('佐藤 健一', 'kenichi.sato.1987@gmail.com')
MAY = ('山本 真由美', 'mayumi-y@biglobe.ne.jp')
DAI = ('鈴木 大輔', 'd.suzuki@tech-kousaku.co.jp')
AYA = ('中村 彩', 'aya.nakamura@outlook.jp')
SHO = ('高橋 翔', 'sho.takahashi@so-net.ne.jp')
MIS = ('小林 美咲', 'misaki.k.0923@gmail.com')

C_DAN = case15(T('2025-03-10 14:22:09'), 44170)
C_PRI = case15(T('2025-06-02 09:41:17'), 23108)
C_TOM = '12047736815'
C_GRA = case15(T('2025-09-15 13:05:48'), 90314)
C_MAR = case15(T('2026-01-19 08:15:33'), 7726)
C_KEN = case15(T('2025-05-27 23:00:41'), 51862)
C_MAY = case15(T('2025-08-04 01:12:09'), 30457)
C_DAI = case15(T('2025-11-10 00:52:30'), 68219)
C_AYA = case15(T('2026-02-03 06:12:38'), 14903)
C_SHO = '4821937560'
C_MIS = case15(T('2026-03-02 04:10:27'), 82641)
C_BILL = '12418807355'
C_SELLER = '6120453378'
C_PHISH_EN = '174160991207713'
C_SPOOF = '176890134411052'

SIG_MARISOL = "Best regards,\nMarisol G.\nAWS Training and Certification Customer Service"
FOOT_FORM = ("\n\n--\nThis message was sent by Amazon Web Services, Inc. To add information to this\n"
             "request, reply to this e-mail and keep the case number in the subject line.\n"
             "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North,\n"
             "Seattle, WA 98109-5210")


def console_footer(case, lang='en'):
    if lang == 'ja':
        return (f"\n\nケース履歴は AWS サポートセンターでご確認いただけます:\n"
                f"https://support.console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja\n\n"
                "※このメールは送信専用アドレスから送信されています。このメールに返信いただいてもお受けできません。"
                "ケースを更新する場合は上記のリンクをご利用ください。\n\n"
                "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。")
    return (f"\n\nTo see the full case history and reply, please visit the AWS Support Center:\n"
            f"https://support.console.aws.amazon.com/support/home#/case/?displayId={case}&language=en\n\n"
            "Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n"
            "To update your case, use the link above.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
            "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def rate_footer(case):
    return ("\n\nWas this response helpful? Let us know by rating this correspondence:\n"
            f"https://console.aws.amazon.com/support/feedback?displayId={case}&rating=5\n"
            f"https://console.aws.amazon.com/support/feedback?displayId={case}&rating=1")


def build_en():
    # ------------------------------------------------------------ Daniel (form case, Gmail)
    t = T('2025-03-10 14:22:15')
    s = aws_form(t)
    txt = f"""Hello,

This is an automated message to let you know that your request has reached the
AWS Training and Certification Customer Service team and has been logged under
the reference number shown in the subject line.

A member of our team will review the details below and get back to you,
normally within 24 hours. To keep everything in one place, please do not submit
another form for the same request. If you need to add something, simply reply
to this e-mail and keep the reference number in the subject.

Summary of your submission
--------------------------
Inquiry type:      AWS Training and Certification
Category:          Certification
Detail:            Account Merge
Name:              Daniel Reyes
E-mail:            daniel.reyes84@gmail.com
AWS candidate ID:  AWS04418273
Description:
Hi, I have two certification accounts. I passed CLF-C02 in 2022 under
AWS 11905362 (my old work e-mail) and SAA-C03 last month under AWS04418273.
Could they be put together? Thanks.

Thank you,
AWS Training and Certification""" + FOOT_FORM
    write(1, 'form-request-logged', plain(txt), sender=s, to=DAN[1], subject=f"[CASE {C_DAN}] {FORM_SUBJ}",
          date=t, rcpt=DAN[1], provider='gmail',
          label=('case_created', C_DAN, ['AWS04418273', 'AWS11905362'], True, 'en'))

    t = T('2025-03-11 16:05:40')
    s = aws_form(t)
    txt = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I looked up both candidate profiles you mentioned and can confirm they are
both registered in your name:

  AWS04418273 - daniel.reyes84@gmail.com - 1 active certification
  AWS11905362 - d.reyes@brightlane-logistics.com - 1 active certification

Before I can set anything up, I need to know which of these two you would
like to keep as your main profile from now on. The profile you keep will hold
the complete certification history; the other one would be closed afterwards.
Could you also tell me whether you can still access the mailbox registered on
AWS11905362?

Just reply to this e-mail with your choice and I will prepare the next step.

{SIG_MARISOL}""" + FOOT_FORM
    write(2, 'which-profile-to-keep', plain(txt, cte='7bit'), sender=s, to=DAN[1],
          subject=f"RE:[CASE {C_DAN}] {FORM_SUBJ}", date=t, rcpt=DAN[1], provider='gmail',
          label=('support_reply', C_DAN, ['AWS04418273', 'AWS11905362'], True, 'en'))

    t = T('2025-03-12 17:31:02')
    s = aws_form(t)
    txt = f"""Hello Daniel,

Thanks for the quick answer. Based on your reply, this is what we would do:

  Profile that stays active:    AWS04418273  (daniel.reyes84@gmail.com)
  Profile to be folded into it: AWS11905362  (d.reyes@brightlane-logistics.com)

Afterwards, the exam and certification records of AWS11905362 will show under
AWS04418273, and you will sign in with daniel.reyes84@gmail.com only. Please be
aware that this cannot be undone once it has been carried out, so take a
moment to double-check the two IDs above.

If everything is correct, please reply to this e-mail confirming that we may
go ahead. We will not change anything until we hear back from you.

{SIG_MARISOL}

-----Original Message-----
From: Daniel Reyes <daniel.reyes84@gmail.com>
Sent: Tuesday, March 11, 2025 7:48 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {C_DAN}] {FORM_SUBJ}

Hi Marisol,

Please keep AWS04418273, that's the one tied to my personal Gmail. I no longer
have access to the Brightlane mailbox, I left that company last year.

Thanks,
Daniel""" + FOOT_FORM
    write(3, 'please-double-check-ids', plain(txt), sender=s, to=DAN[1],
          subject=f"RE:[CASE {C_DAN}] {FORM_SUBJ}", date=t, rcpt=DAN[1], provider='gmail',
          label=('merge_confirmation_requested', C_DAN, ['AWS04418273', 'AWS11905362'], True, 'en'))

    t = T('2025-03-13 15:10:27')
    s = aws_form(t)
    txt = f"""Hello Daniel,

Thank you for confirming. I have handed your request to the team that looks
after candidate profiles, and they will now proceed with it. This usually takes
one to three business days and there is nothing else you need to do in the
meantime.

I will write to you again on this case as soon as they tell me it has gone
through.

{SIG_MARISOL}

-----Original Message-----
From: Daniel Reyes <daniel.reyes84@gmail.com>
Sent: Wednesday, March 12, 2025 9:03 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {C_DAN}] {FORM_SUBJ}

The details are correct. Please proceed.

Daniel

> Profile that stays active:    AWS04418273  (daniel.reyes84@gmail.com)
> Profile to be folded into it: AWS11905362  (d.reyes@brightlane-logistics.com)
>
> Afterwards, the exam and certification records of AWS11905362 will show under
> AWS04418273, and you will sign in with daniel.reyes84@gmail.com only. Please be
> aware that this cannot be undone once it has been carried out.""" + FOOT_FORM
    write(4, 'handed-to-profile-team', plain(txt), sender=s, to=DAN[1],
          subject=f"RE:[CASE {C_DAN}] {FORM_SUBJ}", date=t, rcpt=DAN[1], provider='gmail',
          label=('support_reply', C_DAN, [], True, 'en'))

    t = T('2025-03-14 22:47:51')
    s = aws_form(t)
    txt = f"""Hello Daniel,

Good news: the work on your two candidate profiles is finished. Everything that
was recorded under AWS11905362 - your Cloud Practitioner certification and its
exam history - now sits under AWS04418273, and AWS11905362 has been retired.
From now on, please sign in to your AWS Certification account with
daniel.reyes84@gmail.com.

A few things worth checking over the next days:
 - Both certifications are listed under "Certifications" in your account.
 - Your benefits (for example the 50% exam discount) show on the remaining
   profile.
 - Credly: if the Cloud Practitioner badge is not in your Credly wallet within
   a week, reply here and we will ask Credly to transfer it.

As your request has been taken care of, I am marking this case as resolved.
You may receive a short survey about it, and we would appreciate your feedback.

{SIG_MARISOL}""" + FOOT_FORM
    write(5, 'profiles-finished', plain(txt, cte='base64'), sender=s, to=DAN[1],
          subject=f"RE:[CASE {C_DAN}] {FORM_SUBJ}", date=t, rcpt=DAN[1], provider='gmail',
          label=('merge_completed', C_DAN, ['AWS04418273', 'AWS11905362'], True, 'en'))

    t = T('2025-03-14 22:49:03')
    s = ses('aws-tc-survey@amazon.com', 'AWS Training and Certification', t)
    txt = f"""Hi Daniel,

Your case {C_DAN} has been marked as resolved.

We'd love to hear about your experience with AWS Training and Certification
Customer Service. The survey takes less than two minutes.

Was your issue resolved?
  YES: https://aws-tc.qualtrics.com/jfe/form/SV_5ALr9cXq0d?case={C_DAN}&r=1
  NO:  https://aws-tc.qualtrics.com/jfe/form/SV_5ALr9cXq0d?case={C_DAN}&r=0

How satisfied were you with the agent who helped you?
  1 (very dissatisfied)  2  3  4  5 (very satisfied)

If your issue was not resolved, you can reopen the case by replying to the last
message from our team within 14 days.

Thank you,
AWS Training and Certification"""
    h = wrap_html(f"""<p>Hi Daniel,</p>
<p>Your case <strong>{C_DAN}</strong> has been marked as resolved.</p>
<p>We'd love to hear about your experience with AWS Training and Certification Customer Service. The survey takes less than two minutes.</p>
<p style="font-size:16px"><strong>Was your issue resolved?</strong></p>
<table role="presentation"><tr>
<td style="background:#ff9900;padding:10px 24px"><a href="https://aws-tc.qualtrics.com/jfe/form/SV_5ALr9cXq0d?case={C_DAN}&amp;r=1" style="color:#000;text-decoration:none">YES</a></td>
<td style="width:12px"></td>
<td style="background:#d5dbdb;padding:10px 24px"><a href="https://aws-tc.qualtrics.com/jfe/form/SV_5ALr9cXq0d?case={C_DAN}&amp;r=0" style="color:#000;text-decoration:none">NO</a></td>
</tr></table>
<p>How satisfied were you with the agent who helped you?</p>
<p>""" + ' '.join(f'<a href="https://aws-tc.qualtrics.com/jfe/form/SV_5ALr9cXq0d?case={C_DAN}&amp;csat={i}">{i}</a>' for i in range(1, 6)) + """</p>
<p style="color:#545b64;font-size:12px">If your issue was not resolved, you can reopen the case by replying to the last message from our team within 14 days.</p>
<p>Thank you,<br>AWS Training and Certification</p>""")
    write(6, 'how-did-we-do', alt(txt, h), sender=s, to=DAN[1],
          subject=f"How did we do? Your AWS Training and Certification case {C_DAN}",
          date=t, rcpt=DAN[1], provider='gmail',
          label=('survey', C_DAN, [], True, 'en'))

    t = T('2025-03-17 11:20:33')
    s = credly(DAN[1], t)
    bid = ruuid()
    txt = f"""Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a badge:

    AWS Certified Cloud Practitioner

Accept your badge to share it on LinkedIn, add it to your e-mail signature, or
let employers verify it in one click.

Accept your badge:
https://www.credly.com/badges/{bid}/accept

Already accepted? You can manage your badges any time at https://www.credly.com/earner/wallet

Credly, 1 World Trade Center, 85th Floor, New York, NY 10007
Unsubscribe from badge reminders: https://www.credly.com/earner/settings/notifications"""
    h = wrap_html(f"""<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" role="presentation" style="border:1px solid #e5e5e5">
<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="170" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td align="center"><h1 style="font-size:22px">Congratulations, Daniel!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px"><strong>AWS Certified Cloud Practitioner</strong></p>
<p>Accept your badge to share it on LinkedIn, add it to your e-mail signature, or let employers verify it in one click.</p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="display:inline-block;background:#0a7d8c;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777" align="center">Credly, 1 World Trade Center, 85th Floor, New York, NY 10007<br>
<a href="https://www.credly.com/earner/settings/notifications">Unsubscribe from badge reminders</a></td></tr>
</table></td></tr></table>""")
    write(7, 'credly-badge-waiting', alt(txt, h), sender=s, to=DAN[1],
          subject="Daniel, your AWS Certified Cloud Practitioner badge is waiting for you",
          date=t, rcpt=DAN[1], provider='gmail',
          label=('credly_badge_issued', None, [], True, 'en'))

    # ------------------------------------------------------------ Priya (console case, Outlook.com)
    t = T('2025-06-02 09:41:20')
    s = aws_console(t)
    txt = f"""Dear Priya Nair,

Thank you for contacting Amazon Web Services. We have opened case {C_PRI} to
address your issue.

The details of your case are as follows:

Case ID: {C_PRI}
Subject: Two certification accounts - need them combined
Severity: General guidance
Correspondence: Hello, I have ended up with two AWS Certification logins, one
from my university address and one personal. I would like a single account
please. What do you need from me?

We will respond to your case as soon as possible. You can view the status of
your case and add correspondence in the AWS Support Center.""" + console_footer(C_PRI)
    write(8, 'console-case-opened', plain(txt), sender=s, to=PRI[1],
          subject=f"Amazon Web Services: You have opened a new Support case: {C_PRI}",
          date=t, rcpt=PRI[1], provider='outlook:namprd',
          label=('case_created', C_PRI, [], True, 'en'))

    t = T('2025-06-03 11:02:45')
    s = aws_console(t)
    h = wrap_html(f"""<p>Hello Priya,</p>
<p>Thank you for sending over both IDs. I can bring them together for you, with <b>AWS02736519</b> (priya.nair@outlook.com) staying as your account and <b>aws09152846</b> (your university address) being absorbed into it and then closed. Because this is permanent and there is no way for us to split the records apart again later, I need your explicit go-ahead before I submit anything: please reply through the Support Center to confirm that AWS02736519 should be kept and AWS09152846 merged into it. I will keep the case open until I hear from you.</p>
<p>Best regards,<br>Arjun T.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#545b64">Was this response helpful? <a href="https://console.aws.amazon.com/support/feedback?displayId={C_PRI}&amp;rating=5">Yes</a> | <a href="https://console.aws.amazon.com/support/feedback?displayId={C_PRI}&amp;rating=1">No</a></p>
<p style="font-size:12px;color:#545b64">To see the full case history and reply, please visit the <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={C_PRI}&amp;language=en">AWS Support Center</a>.<br>
Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p style="font-size:11px;color:#879596">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>""")
    write(9, 'go-ahead-needed-html', html(h), sender=s, to=PRI[1],
          subject=f"RE:[CASE {C_PRI}] Two certification accounts - need them combined",
          date=t, rcpt=PRI[1], provider='outlook:namprd',
          label=('merge_confirmation_requested', C_PRI, ['AWS02736519', 'AWS09152846'], True, 'en'))

    t = T('2025-06-04 13:27:09')
    s = aws_console(t)
    txt = f"""Hello,

New correspondence has been added to your AWS Support case {C_PRI}.

Case subject: Two certification accounts - need them combined

To view the message and respond, sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={C_PRI}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming
e-mail.

Amazon Web Services"""
    write(10, 'new-correspondence-added', plain(txt, cte='7bit'), sender=s, to=PRI[1],
          subject=f"[Case {C_PRI}] New correspondence added",
          date=t, rcpt=PRI[1], provider='outlook:namprd',
          label=('support_reply', C_PRI, [], True, 'en'))

    t = T('2025-06-06 08:55:31')
    s = aws_console(t)
    txt = f"""Hello Priya,

There is an update on your case {C_PRI}. This message is best viewed in an
HTML-capable e-mail client, or you can read it in the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={C_PRI}&language=en

Amazon Web Services"""
    h = wrap_html(f"""<p>Hello Priya,</p>
<p>I'm happy to tell you that you now have a single certification account. This is the change that was applied today:</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #aab7b8">
<tr style="background:#f2f3f3"><th align="left">Former ID</th><th align="left">Now part of</th><th align="left">Status</th></tr>
<tr><td>AWS09152846</td><td>AWS02736519</td><td>Completed &ndash; former ID deactivated</td></tr>
</table>
<p>Your certifications, exam history and benefits are all listed under AWS02736519 now, and the university login can no longer be used. Unless you have further questions, no reply is needed.</p>
<p>Best regards,<br>Arjun T.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#545b64">Was this response helpful? <a href="https://console.aws.amazon.com/support/feedback?displayId={C_PRI}&amp;rating=5">Yes</a> | <a href="https://console.aws.amazon.com/support/feedback?displayId={C_PRI}&amp;rating=1">No</a></p>""")
    write(11, 'single-account-now-alt', alt(txt, h, cte='7bit', cte_html='quoted-printable'), sender=s, to=PRI[1],
          subject=f"RE:[CASE {C_PRI}] Two certification accounts - need them combined",
          date=t, rcpt=PRI[1], provider='outlook:namprd',
          label=('merge_completed', C_PRI, ['AWS02736519', 'AWS09152846'], True, 'en'))

    t = T('2025-06-06 08:56:02')
    s = aws_console(t)
    txt = f"""Hello Priya Nair,

Your AWS Support case {C_PRI} "Two certification accounts - need them combined"
has been resolved.

We hope the information we provided about combining your accounts was helpful.
If you still need help with this issue, you can reopen the case from the AWS
Support Center within 14 days.

How would you rate your support experience? It only takes a minute:
https://aws.amazon.com/survey/support?displayId={C_PRI}

Thank you for using Amazon Web Services.

Amazon Web Services""" + console_footer(C_PRI)
    write(12, 'case-resolved-rate-us', plain(txt), sender=s, to=PRI[1],
          subject=f"Amazon Web Services: Your Support case {C_PRI} has been resolved",
          date=t, rcpt=PRI[1], provider='outlook:namprd',
          label=('survey', C_PRI, [], True, 'en'))

    # ------------------------------------------------------------ Tomasz (form case, Fastmail, 11-digit)
    sig_h = "Kind regards,\nHenrik S.\nAWS Training and Certification"
    t = T('2025-04-22 09:14:50')
    s = aws_form(t)
    txt = f"""Dear Tomasz,

Thank you for contacting AWS Training and Certification Customer Service.

I understand that you would like the candidate IDs AWS13482067, aws-00739214
and AWS 07620458 brought together under one login. So that I can locate and
verify all three profiles, please send me the following:

1. The e-mail address used to sign in to each of the three accounts.
2. The notification e-mail address shown on each account, if different.
3. Which of the three IDs you would like to keep.
4. A short explanation of how the additional accounts were created (for
   example, an exam booked through an employer).

Once I have this information I will review the profiles and follow up with
the next steps.

{sig_h}""" + FOOT_FORM
    write(13, 'need-login-emails', plain(txt), sender=s, to=TOM[1],
          subject=f"RE:[CASE {C_TOM}] {FORM_SUBJ}", date=t, rcpt=TOM[1], provider='fastmail',
          label=('support_reply', C_TOM, ['AWS13482067', 'AWS00739214', 'AWS07620458'], True, 'en'))

    t = T('2025-04-24 12:40:18')
    s = aws_form(t)
    txt = f"""Dear Tomasz,

Thank you for the details, I have now verified all three profiles. Please read
the plan below carefully:

* Account to be retained: AWS13482067 (tomasz.wojcik@fastmail.com)
* Accounts to be combined into it:
    - AWS00739214 (twojcik@corvid-systems.pl)
    - AWS07620458 (tomek.w@wp.pl)

Once processed, the two accounts listed under "to be combined" will be
deactivated, and their certifications, exam history and transcripts will be
associated with AWS13482067 only. This is a one-way operation and cannot be
reversed.

To authorise it, please reply with "I confirm" (or similar) and I will place
the request with our operations team.

{sig_h}

From: Tomasz Wójcik <tomasz.wojcik@fastmail.com>
Sent: Wednesday, April 23, 2025 10:12
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {C_TOM}] {FORM_SUBJ}

Hi Henrik,

1. AWS13482067 - tomasz.wojcik@fastmail.com (same for notifications)
2. AWS00739214 - twojcik@corvid-systems.pl, created by my previous employer
   for a voucher, notifications go to the same address
3. AWS07620458 - tomek.w@wp.pl, I made this one by mistake in 2021

Please keep AWS13482067.

Thanks,
Tomasz""" + FOOT_FORM
    write(14, 'plan-three-profiles', plain(txt), sender=s, to=TOM[1],
          subject=f"RE:[CASE {C_TOM}] {FORM_SUBJ}", date=t, rcpt=TOM[1], provider='fastmail',
          label=('merge_confirmation_requested', C_TOM, ['AWS13482067', 'AWS00739214', 'AWS07620458'], True, 'en'))

    t = T('2025-04-26 07:55:02')
    s = aws_form(t)
    txt = f"""Dear Tomasz,

Thank you for your confirmation. Your request has been placed with our
operations team and is in progress.

Once the consolidation is complete, we will:
  - send you a confirmation on this case,
  - ask Credly to move any badges issued to AWS00739214 or AWS07620458 to the
    Credly profile linked with AWS13482067,
  - check that your exam discount benefit is visible on AWS13482067.

Until then, please do not sign in to the two secondary accounts or book exams
with them.

{sig_h}""" + FOOT_FORM
    write(15, 'once-complete-we-will', plain(txt, cte='7bit'), sender=s, to=TOM[1],
          subject=f"RE:[CASE {C_TOM}] {FORM_SUBJ}", date=t, rcpt=TOM[1], provider='fastmail',
          label=('support_reply', C_TOM, ['AWS13482067', 'AWS00739214', 'AWS07620458'], True, 'en'))

    t = T('2025-04-29 10:21:44')
    s = aws_form(t)
    txt = f"""Dear Tomasz,

Please see my answers inline below.

{sig_h}

-----
> Hi Henrik, a few questions while I wait:
>
> 1. Has it gone through yet? I still see the old account when I log in
> with the wp.pl address.

[Henrik] Yes. As of this morning the records of AWS00739214 and AWS07620458
have been transferred to AWS13482067 and both secondary accounts are closed.
If you still see the old account, please clear your browser cookies and sign
in with tomasz.wojcik@fastmail.com.

> 2. Will my 50% voucher from the SAP exam carry over?

[Henrik] It has: the benefit is now listed under AWS13482067.

> 3. What about my Credly badges?

[Henrik] We have asked Credly to move them; you should get an e-mail from
Credly within 5 business days.

> Thanks,
> Tomasz""" + FOOT_FORM
    write(16, 'answers-inline', plain(txt), sender=s, to=TOM[1],
          subject=f"RE:[CASE {C_TOM}] {FORM_SUBJ}", date=t, rcpt=TOM[1], provider='fastmail',
          label=('merge_completed', C_TOM, ['AWS13482067', 'AWS00739214', 'AWS07620458'], True, 'en'))

    # ------------------------------------------------------------ Grace (form case, Office 365 tenant)
    sig_d = "Best regards,\nDevon K.\nAmazon Web Services | Training and Certification"
    t = T('2025-09-16 22:02:10')
    s = aws_form(t)
    req_txt = f"""Hi Grace,

Thanks for your patience. I have matched both IDs from your form. This is the
change I am ready to make:

Candidate ID  | Sign-in e-mail                        | What happens
--------------+---------------------------------------+---------------------------------
AWS05571938   | grace.okafor@northwind-analytics.com  | Kept (primary)
AWS12204716   | grace.okafor.dev@gmail.com            | Merged into AWS05571938, then closed

Important: this can't be reversed once done, and AWS12204716 will no longer be
accessible.

Could you reply to this e-mail confirming the above is correct? As soon as I
have your OK I will submit it."""
    txt = req_txt + "\n\n" + sig_d + FOOT_FORM
    h = wrap_html(f"""<p>Hi Grace,</p>
<p>Thanks for your patience. I have matched both IDs from your form. This is the change I am ready to make:</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse" border="1">
<thead><tr style="background:#232f3e;color:#fff"><th>Candidate ID</th><th>Sign-in e-mail</th><th>What happens</th></tr></thead>
<tbody>
<tr><td>AWS05571938</td><td>grace.okafor@northwind-analytics.com</td><td>Kept (primary)</td></tr>
<tr><td>AWS12204716</td><td>grace.okafor.dev@gmail.com</td><td>Merged into AWS05571938, then closed</td></tr>
</tbody></table>
<p><strong>Important:</strong> this can't be reversed once done, and AWS12204716 will no longer be accessible.</p>
<p>Could you reply to this e-mail confirming the above is correct? As soon as I have your OK I will submit it.</p>
<p>Best regards,<br>Devon K.<br>Amazon Web Services | Training and Certification</p>""")
    write(17, 'table-ready-to-submit', alt(txt, h), sender=s, to=GRA[1],
          subject=f"RE:[CASE {C_GRA}] {FORM_SUBJ}", date=t, rcpt=GRA[1], provider='outlook:namprd',
          label=('merge_confirmation_requested', C_GRA, ['AWS05571938', 'AWS12204716'], True, 'en'))

    t = T('2025-09-22 19:30:05')
    s = aws_form(t)
    txt = f"""Hi Grace,

I'm following up on my message of September 16. I haven't received a reply
yet, so I wanted to check whether you still need assistance with this request.

If you do, just reply to this e-mail and I will pick it up where we left off.
If I don't hear from you within 3 business days, this case will be closed
automatically; you can still reopen it later by replying.

{sig_d}""" + FOOT_FORM
    write(18, 'still-need-assistance', plain(txt), sender=s, to=GRA[1],
          subject=f"RE:[CASE {C_GRA}] {FORM_SUBJ}", date=t, rcpt=GRA[1], provider='outlook:namprd',
          label=('support_reply', C_GRA, [], True, 'en'))

    t = T('2025-09-25 15:44:39')
    s = aws_form(t)
    done_top = f"""Hi Grace,

Thank you for confirming. The change has now been made: AWS12204716 has been
retired, and all of its certification and exam history sits under
AWS05571938. You can keep signing in with grace.okafor@northwind-analytics.com.

As this completes your request, I am closing the case. If anything looks off on
your transcript, reply within 14 days and the case will reopen.

How did I do? Your feedback helps us improve:
https://aws-tc.qualtrics.com/jfe/form/SV_5ALr9cXq0d?case={C_GRA}
Was your issue resolved?  YES / NO

{sig_d}"""
    txt = done_top + f"""

________________________________
From: Grace Okafor <grace.okafor@northwind-analytics.com>
Sent: Tuesday, September 23, 2025 4:18 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE {C_GRA}] {FORM_SUBJ}

Hi Devon, sorry for the delay - I was travelling. Yes, that's all correct,
please go ahead.

Grace

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, September 16, 2025 6:02 PM
To: Grace Okafor <grace.okafor@northwind-analytics.com>
Subject: RE:[CASE {C_GRA}] {FORM_SUBJ}

{req_txt}

{sig_d}""" + FOOT_FORM
    write(19, 'closing-change-made', plain(txt), sender=s, to=GRA[1],
          subject=f"RE:[CASE {C_GRA}] {FORM_SUBJ}", date=t, rcpt=GRA[1], provider='outlook:namprd',
          label=('merge_completed', C_GRA, ['AWS05571938', 'AWS12204716'], True, 'en'))

    t = T('2025-09-25 13:02:11', ET)
    s = Sender('Grace Okafor', GRA[1], GRA[1], '10.1.4.22', 'BN0PR04MB8123.namprd04.prod.outlook.com',
               [], f"<BN0PR04MB8123{alnum(12).upper()}@BN0PR04MB8123.namprd04.prod.outlook.com>")
    fwd_txt = f"""Hi Ahmed,

FYI - AWS finally consolidated my certification profiles. For the partner-tier
spreadsheet please use AWS05571938 as my candidate ID from now on (the old
AWS12204716 one is gone).

Thanks,
Grace

Grace Okafor | Senior Data Engineer | Northwind Analytics

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 25, 2025 11:44 AM
To: Grace Okafor <grace.okafor@northwind-analytics.com>
Subject: RE:[CASE {C_GRA}] {FORM_SUBJ}

{done_top}"""
    write(20, 'fw-to-manager', plain(fwd_txt), sender=s, to='ahmed.haddad@northwind-analytics.com',
          to_name='Ahmed Haddad', subject=f"FW: RE:[CASE {C_GRA}] {FORM_SUBJ}",
          date=t, rcpt='ahmed.haddad@northwind-analytics.com', provider='o365int:northwind-analytics.com',
          ver=v(dkim='none', dmarc='none'), dkim=False,
          extra=[('Thread-Topic', f"RE:[CASE {C_GRA}] {FORM_SUBJ}"),
                 ('Thread-Index', 'AQHb' + b64r(18)),
                 ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
                 ('X-MS-Exchange-Organization-AuthSource', 'BN0PR04MB8123.namprd04.prod.outlook.com')],
          label=('unrelated', C_GRA, ['AWS05571938', 'AWS12204716'], False, 'en'))

    # ------------------------------------------------------------ phishing / spoof
    t = T('2025-03-13 08:14:55')
    s = generic('AWS Training & Certification', 'case-update@aws-certification-support.com',
                '185.234.72.19', 'mail.aws-certification-support.com', 'default',
                f"<{hexr(16)}@aws-certification-support.com>",
                mailfrom='bounce-8812@aws-certification-support.com', policy_='NONE')
    h = wrap_html(f"""<div style="max-width:600px;margin:auto">
<img src="https://aws-certification-support.com/static/aws-logo.png" alt="aws" width="80">
<h2 style="color:#232f3e">Action required: confirm your account merge</h2>
<p>Dear Candidate,</p>
<p>We received a request (case {C_PHISH_EN}) to merge the following AWS Certification accounts:</p>
<ul><li>Primary account: <b>AWS04418273</b></li><li>Secondary account: <b>AWS11905362</b></li></ul>
<p>To prevent the loss of your certifications, you must confirm this merge within <b>24 hours</b> by signing in with your AWS credentials at the secure link below. Unconfirmed requests will be cancelled and both accounts suspended.</p>
<p><a href="https://aws-certification-support.com/merge/confirm?c={C_PHISH_EN}&amp;u=daniel.reyes84%40gmail.com" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;border-radius:3px">Confirm merge</a></p>
<p>AWS Training and Certification Team</p>
<p style="font-size:10px;color:#999">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</div>""")
    write(21, 'confirm-within-24h', html(h), sender=s, to=DAN[1],
          subject=f"Action required: confirm your certification account merge [CASE {C_PHISH_EN}]",
          date=t, rcpt=DAN[1], provider='gmail', ver=v(dkim='pass', spf='pass', dmarc='pass'),
          label=('merge_confirmation_requested', C_PHISH_EN, ['AWS04418273', 'AWS11905362'], False, 'en'))

    t = T('2026-01-22 06:33:10')
    s = Sender('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
               'info@mx3.cloud-verify-portal.top', '45.137.21.88', 'mx3.cloud-verify-portal.top',
               [('amazon.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')],
               f"<{hexr(12)}.{int(t.timestamp())}@mx3.cloud-verify-portal.top>")
    txt = f"""Hello Marcus,

Your certification accounts AWS13095581 and AWS06610274 have been merged
successfully. All certifications now appear under AWS13095581.

IMPORTANT: exam vouchers and benefits on merged accounts are suspended until
the account holder re-verifies their identity. Please complete verification
within 48 hours to keep your 50% discount and your active certifications:

https://aws-tc-benefits.cloud-verify-portal.top/verify?case={C_SPOOF}

Best regards,
AWS Training and Certification Customer Service"""
    forged = ("amazon.com; dkim=pass header.d=amazon.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug;\n"
              "\tspf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com")
    write(22, 'merged-verify-benefits', plain(txt), sender=s, to=MAR[1],
          subject=f"RE:[CASE {C_SPOOF}] Account merge completed - verify your benefits",
          date=t, rcpt=MAR[1], provider='gmail', ver=v(dkim='fail', spf='pass', dmarc='fail'),
          forged_ar=forged,
          label=('merge_completed', C_SPOOF, ['AWS06610274', 'AWS13095581'], False, 'en'))

    # ------------------------------------------------------------ look-alikes
    t = T('2025-07-08 18:12:40')
    s = generic('Kevin Marsh', 'notifications@github.com', '192.30.252.207', 'out-24.smtp.github.com', 'pf2023',
                '<brightlane/cert-tracker/pull/87/issue_event/18234567013@github.com>',
                mailfrom='noreply@github.com', policy_='REJECT')
    txt = """Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightlane/cert-tracker/pull/87#event-18234567013
You are receiving this because you authored the thread.

Message ID: <brightlane/cert-tracker/pull/87/issue_event/18234567013@github.com>"""
    h = wrap_html("""<p><a href="https://github.com/brightlane/cert-tracker/pull/87">Merged</a> #87 into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightlane/cert-tracker/pull/87#event-18234567013">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>""")
    write(23, 'github-pr-merged', alt(txt, h, cte='7bit'), sender=s, to='cert-tracker@noreply.github.com',
          to_name='brightlane/cert-tracker',
          subject="Re: [brightlane/cert-tracker] Merge duplicate candidate accounts into primary (PR #87)",
          date=t, rcpt=DAN[1], provider='gmail', cc=f"Daniel Reyes <{DAN[1]}>, Author <author@noreply.github.com>",
          in_reply_to='<brightlane/cert-tracker/pull/87@github.com>',
          references='<brightlane/cert-tracker/pull/87@github.com>',
          reply_to='brightlane/cert-tracker <reply+ABKX3' + alnum(40).upper() + '@reply.github.com>',
          extra=[('List-ID', 'brightlane/cert-tracker <cert-tracker.brightlane.github.com>'),
                 ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'kmarsh-bl')],
          label=('unrelated', None, [], False, 'en'))

    t = T('2025-10-21 17:48:03')
    s = aws_console(t)
    txt = f"""Hello Priya,

Thank you for your patience while I reviewed the charges on your account.

After account 4821-9034-5512 joined your organization, consolidated billing
started on October 9. For the days between October 1 and October 9 the
linked account was still billed on its own, and for October 9 itself a
partial charge appeared on both invoices. That is why you saw the Amazon EC2
line items twice.

I have applied a credit of USD 38.17 to the management account (7730-1468-2209);
it will show on your October invoice. No further action is needed from your
side.

Best regards,
Nadia R.
Amazon Web Services""" + rate_footer(C_BILL) + console_footer(C_BILL)
    write(24, 'billing-duplicate-charges', plain(txt), sender=s, to=PRI[1],
          subject=f"RE:[CASE {C_BILL}] Charges duplicated after moving account into organization",
          date=t, rcpt=PRI[1], provider='outlook:namprd',
          label=('unrelated', C_BILL, [], True, 'en'))

    t = T('2025-05-06 07:31:22')
    s = credly(TOM[1], t, name='Credly')
    code = '614208'
    txt = f"""Hi Tomasz,

We received a request to merge another Credly account (tomek.w@wp.pl) into
your account tomasz.wojcik@fastmail.com.

Your verification code is: {code}

Enter this code on the merge screen, then select "Complete Account Merge".
The code expires in 30 minutes. If you did not request this, you can safely
ignore this e-mail and nothing will change.

The Credly Team
https://www.credly.com"""
    h = wrap_html(f"""<p>Hi Tomasz,</p>
<p>We received a request to merge another Credly account (tomek.w@wp.pl) into your account tomasz.wojcik@fastmail.com.</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px;font-weight:bold">{code}</p>
<p>Enter this code on the merge screen, then select <b>Complete Account Merge</b>. The code expires in 30 minutes.</p>
<p style="color:#777">If you did not request this, you can safely ignore this e-mail and nothing will change.</p>
<p>The Credly Team</p>""")
    write(25, 'credly-merge-code', alt(txt, h), sender=s, to=TOM[1],
          subject="Your Credly account merge verification code",
          date=t, rcpt=TOM[1], provider='fastmail',
          label=('unrelated', None, [], True, 'en'))

    t = T('2025-04-02 16:05:19')
    s = generic('AWS Certification', 'do-not-reply@certmetrics.com', '168.245.33.91', 'o2.email.certmetrics.com', 's1',
                f"<{alnum(22)}@ismtpd0012p1iad2.sendgrid.net>",
                mailfrom=f"bounces+2219841-4ab1-{DAN[1].replace('@', '=')}@email.certmetrics.com", policy_='NONE')
    txt = f"""AWS Certification wants to hear from you

Hello Daniel Reyes,
Candidate ID: AWS04418273

Thank you for taking an AWS Certification exam recently. We would like to
learn about your experience, from registration through to receiving your
results. The survey takes about 5 minutes and your answers are confidential.

Take the survey:
https://www.certmetrics.com/amazon/candidate/survey.aspx?token={alnum(32)}

Thank you,
AWS Training and Certification

Please do not reply to this e-mail. This mailbox is not monitored."""
    write(26, 'certmetrics-wants-to-hear', plain(txt, cte='7bit'), sender=s, to=DAN[1],
          subject="AWS Certification wants to hear from you",
          date=t, rcpt=DAN[1], provider='gmail',
          label=('unrelated', None, ['AWS04418273'], False, 'en'))

    t = T('2025-06-12 14:03:10')
    s = credly(PRI[1], t)
    b1, b2 = ruuid(), ruuid()
    txt = f"""Hi Priya,

At the request of Amazon Web Services Training and Certification, badges that
were previously issued to another e-mail address have been moved to your
Credly account (priya.nair@outlook.com):

  * AWS Certified Developer - Associate
  * AWS Certified Cloud Practitioner

They are ready for you. Accept them to display them on your profile:
https://www.credly.com/badges/{b1}/accept
https://www.credly.com/badges/{b2}/accept

The Credly Team"""
    h = wrap_html(f"""<p>Hi Priya,</p>
<p>At the request of <b>Amazon Web Services Training and Certification</b>, badges that were previously issued to another e-mail address have been moved to your Credly account (priya.nair@outlook.com):</p>
<table cellpadding="10"><tr>
<td align="center"><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="90" alt=""><br>AWS Certified Developer &ndash; Associate<br><a href="https://www.credly.com/badges/{b1}/accept">Accept badge</a></td>
<td align="center"><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="90" alt=""><br>AWS Certified Cloud Practitioner<br><a href="https://www.credly.com/badges/{b2}/accept">Accept badge</a></td>
</tr></table>
<p>The Credly Team</p>""")
    write(27, 'credly-badges-moved', alt(txt, h), sender=s, to=PRI[1],
          subject="Your badges have been moved to your Credly account",
          date=t, rcpt=PRI[1], provider='outlook:namprd',
          label=('credly_badge_issued', None, [], True, 'en'))

    # ------------------------------------------------------------ Marcus (form case, Gmail, 2026)
    sig_j = "Thanks,\nJordan P.\nAWS Training and Certification"
    t = T('2026-01-20 15:40:12')
    s = aws_form(t)
    ask = ("Hi Marcus, thanks for writing in. Per your request we can fold the transcript from "
           "aws06610274 into AWS13095581 and then deactivate aws06610274, so that AWS13095581 is the "
           "only candidate ID you use from here on. Heads-up: this can't be reversed once it's done, "
           "and anything still booked under aws06610274 would need to be rescheduled afterwards. If "
           "that all sounds right, just reply \"yes\" to this e-mail and I'll get it processed.")
    import textwrap
    ask_w = textwrap.fill(ask, 76)
    orig = """Hello, I have two AWS certification accounts: aws06610274 (created in 2019
with my student mail) and AWS13095581. I'd like to keep AWS13095581 and have
everything on it. Name: Marcus Lindqvist."""
    txt = f"""{ask_w}

{sig_j}

On Mon, Jan 19, 2026 at 9:15 AM Marcus Lindqvist <marcus.lindqvist@gmail.com> wrote:
""" + '\n'.join('> ' + l for l in orig.split('\n')) + FOOT_FORM
    write(28, 'reply-yes-paragraph', plain(txt), sender=s, to=MAR[1],
          subject=f"RE:[CASE {C_MAR}] {FORM_SUBJ}", date=t, rcpt=MAR[1], provider='gmail',
          label=('merge_confirmation_requested', C_MAR, ['AWS06610274', 'AWS13095581'], True, 'en'))

    t = T('2026-01-21 14:05:20')
    s = aws_form(t)
    q2 = '\n'.join('> > ' + l for l in ask_w.split('\n'))
    txt = f"""Hi Marcus,

Got it, thank you! I've submitted the request and we'll get this processed now.
No further action is needed on your side; I'll let you know here when it's done.

Jordan P.
AWS Training and Certification

On Tue, Jan 20, 2026 at 10:02 PM Marcus Lindqvist <marcus.lindqvist@gmail.com> wrote:
> yes, go ahead. thanks!
>
> On Tue, Jan 20, 2026 at 4:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
{q2}
> >
> > Thanks,
> > Jordan P.
> > AWS Training and Certification""" + FOOT_FORM
    write(29, 'got-it-processing-now', plain(txt), sender=s, to=MAR[1],
          subject=f"RE:[CASE {C_MAR}] {FORM_SUBJ}", date=t, rcpt=MAR[1], provider='gmail',
          label=('support_reply', C_MAR, [], True, 'en'))

    t = T('2026-01-23 09:12:48')
    s = aws_form(t)
    q3 = '\n'.join('> > > ' + l for l in ask_w.split('\n'))
    txt = f"""Hi Marcus,

All set - your transcript now lists every certification under AWS13095581,
and the other ID has been switched off. Thanks for your patience!

Jordan P.
AWS Training and Certification

On Wed, Jan 21, 2026 at 3:05 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Marcus,
>
> Got it, thank you! I've submitted the request and we'll get this processed now.
> No further action is needed on your side; I'll let you know here when it's done.
>
> Jordan P.
> AWS Training and Certification
>
> On Tue, Jan 20, 2026 at 10:02 PM Marcus Lindqvist <marcus.lindqvist@gmail.com> wrote:
> > yes, go ahead. thanks!
> >
> > On Tue, Jan 20, 2026 at 4:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
{q3}""" + FOOT_FORM
    write(30, 'all-set-quotes-request', plain(txt, cte='base64'), sender=s, to=MAR[1],
          subject=f"RE:[CASE {C_MAR}] {FORM_SUBJ}", date=t, rcpt=MAR[1], provider='gmail',
          label=('merge_completed', C_MAR, ['AWS13095581'], True, 'en'))


def build_ja():
    # ------------------------------------------------------------ Kenichi (form case, Gmail)
    sig_t = "田中\nAmazon Web Services トレーニングと認定 カスタマーサービス"
    foot_ja = ("\n\n--\nこのメールは Amazon Web Services, Inc. から送信されています。本件について追加の情報がある場合は、"
               "件名のケース番号を変更せずにこのメールへご返信ください。")
    t = T('2025-05-27 23:00:47')
    s = aws_form(t)
    txt = f"""佐藤 健一 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
本メールはシステムより自動送信しています。

受付番号: {C_KEN}

担当者が内容を確認のうえ、原則として24時間以内にご連絡いたします。
同じ内容で新たにお問い合わせいただくと、回答が遅れる場合があります。追加の情報がある場合は、
件名の受付番号を変更せずに本メールへそのままご返信ください。

■ お問い合わせ内容
お問い合わせの種類: AWS トレーニングと認定
カテゴリ: 認定
詳細: アカウントの統合
お名前: 佐藤 健一
メールアドレス: kenichi.sato.1987@gmail.com
AWS 候補者 ID: AWS06283914
内容:
以前の勤務先のメールアドレスで作成した認定アカウント（AWS10457726）と、
個人のメールアドレスで作成したアカウントがあります。1つにまとめることはできますか。

────────────────────
Amazon Web Services トレーニングと認定"""
    write(31, 'uketsuke-jidou', plain(txt, cte='base64'), sender=s, to=KEN[1],
          subject=f"【受付完了】お問い合わせを受け付けました（受付番号: {C_KEN}）",
          date=t, rcpt=KEN[1], provider='gmail',
          label=('case_created', C_KEN, ['AWS06283914', 'AWS10457726'], True, 'ja'))

    t = T('2025-05-28 08:02:19')
    s = aws_form(t)
    ask_keep = f"""佐藤 様

AWS トレーニングと認定 カスタマーサービスの田中です。
お問い合わせいただき、ありがとうございます。

お知らせいただいた2つの候補者 ID について確認いたしました。

　AWS06283914（kenichi.sato.1987@gmail.com）
　AWS10457726（k-sato@hoshizora-denki.co.jp）

お手続きを進めるにあたり、今後メインとしてご利用になるアカウントをどちらにされるか、
お知らせいただけますでしょうか。残さない方のアカウントは、お手続き後はご利用いただけなくなります。

本メールにそのままご返信ください。

よろしくお願いいたします。

{sig_t}"""
    write(32, 'dochira-wo-nokosu', plain(ask_keep + foot_ja), sender=s, to=KEN[1],
          subject=f"RE:[CASE {C_KEN}] {FORM_SUBJ}", date=t, rcpt=KEN[1], provider='gmail',
          label=('support_reply', C_KEN, ['AWS06283914', 'AWS10457726'], True, 'ja'))

    t = T('2025-05-28 14:30:05')
    s = aws_form(t)
    kakunin = f"""佐藤 様

ご返信ありがとうございます。いただいた内容をもとに、以下のとおりお手続きを準備いたしました。

【残るアカウント】　　AWS06283914（kenichi.sato.1987@gmail.com）
【統合されるアカウント】AWS10457726（k-sato@hoshizora-denki.co.jp）

お手続き後は、AWS10457726 に登録されている認定資格および受験履歴が AWS06283914 に引き継がれ、
AWS10457726 ではサインインできなくなります。なお、この処理は一度実行すると元に戻すことができません。

上記の内容に誤りがなければ、実施してよい旨を本メールへのご返信にてお知らせください。
ご返信を確認するまで、処理は行いません。

よろしくお願いいたします。

{sig_t}"""
    q_keep = '\n'.join(('> > ' + l).rstrip() for l in ask_keep.split('\n'))
    txt = kakunin + f"""

2025年5月28日(水) 21:14 佐藤健一 <kenichi.sato.1987@gmail.com>:
> 田中様
>
> ご連絡ありがとうございます。
> 個人のメールアドレスの AWS06283914 を残したいです。
> 旧アカウントのメールアドレスは退職したのでもう使えません。
>
> 佐藤
>
> 2025年5月28日(水) 17:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{q_keep}""" + foot_ja
    write(33, 'tetsuzuki-junbi-kakunin', plain(txt), sender=s, to=KEN[1],
          subject=f"RE:[CASE {C_KEN}] {FORM_SUBJ}", date=t, rcpt=KEN[1], provider='gmail',
          label=('merge_confirmation_requested', C_KEN, ['AWS06283914', 'AWS10457726'], True, 'ja'))

    t = T('2025-05-29 02:12:40')
    s = aws_form(t)
    q_k = '\n'.join(('> > ' + l).rstrip() for l in kakunin.split('\n'))
    txt = f"""佐藤 様

ご確認いただきありがとうございます。承知いたしました。
これより担当部署にてお手続きを進めてまいります。通常1～3営業日ほどで完了いたしますので、
完了しましたら本ケースにて改めてご連絡いたします。

よろしくお願いいたします。

{sig_t}

2025年5月29日(木) 7:45 佐藤健一 <kenichi.sato.1987@gmail.com>:
> 田中様
>
> 内容に間違いありません。よろしくお願いします。
>
> 2025年5月28日(水) 23:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{q_k}""" + foot_ja
    write(34, 'shouchi-susumemasu', plain(txt, cte='base64'), sender=s, to=KEN[1],
          subject=f"RE:[CASE {C_KEN}] {FORM_SUBJ}", date=t, rcpt=KEN[1], provider='gmail',
          label=('support_reply', C_KEN, [], True, 'ja'))

    t = T('2025-05-30 06:18:27')
    s = aws_form(t)
    txt = f"""佐藤 様

お待たせいたしました。
AWS10457726 に登録されていた認定資格と受験履歴を、AWS06283914 へ移行いたしました。
AWS10457726 は無効となっておりますので、今後は kenichi.sato.1987@gmail.com で
AWS 認定アカウントにサインインしてください。

Credly のバッジにつきましては、数日以内に Credly から通知メールが届く予定です。
1週間経っても届かない場合は、本メールにご返信ください。

本件はこれにて解決とさせていただきます。

{sig_t}""" + foot_ja
    write(35, 'ikou-itashimashita', plain(txt), sender=s, to=KEN[1],
          subject=f"RE:[CASE {C_KEN}] {FORM_SUBJ}", date=t, rcpt=KEN[1], provider='gmail',
          label=('merge_completed', C_KEN, ['AWS06283914', 'AWS10457726'], True, 'ja'))

    t = T('2025-05-30 06:19:02')
    s = ses('aws-tc-survey@amazon.com', 'AWS トレーニングと認定', t)
    txt = f"""佐藤 健一 様

お問い合わせ（ケース {C_KEN}）はクローズされました。

今後のサービス向上のため、今回のサポートについて簡単なアンケートにご協力ください（所要時間: 約1分）。

問題は解決しましたか？
　はい: https://aws-tc.qualtrics.com/jfe/form/SV_5ALr9cXq0d?case={C_KEN}&r=1&lang=ja
　いいえ: https://aws-tc.qualtrics.com/jfe/form/SV_5ALr9cXq0d?case={C_KEN}&r=0&lang=ja

担当者の対応にどの程度満足されましたか？（1: 不満 ～ 5: 満足）

問題が解決していない場合は、14日以内に担当者からの最後のメールへご返信いただくと、ケースが再開されます。

AWS トレーニングと認定"""
    write(36, 'anketo-onegai', plain(txt, cte='base64'), sender=s, to=KEN[1],
          subject=f"ケース {C_KEN} クローズのお知らせとアンケートご協力のお願い",
          date=t, rcpt=KEN[1], provider='gmail',
          label=('survey', C_KEN, [], True, 'ja'))

    t = T('2025-06-03 01:44:10')
    s = credly(KEN[1], t, name='Amazon Web Services Training and Certification (Credly 経由)')
    bid = ruuid()
    txt = f"""佐藤 健一 さん、おめでとうございます！

Amazon Web Services Training and Certification から、次のバッジが発行されました。

　AWS Certified Developer - Associate

バッジを受け取ると、LinkedIn などで共有したり、メール署名に追加したりできます。

バッジを受け取る:
https://www.credly.com/badges/{bid}/accept?locale=ja

Credly"""
    h = wrap_html(f"""<div style="max-width:600px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="160" alt="">
<h1 style="font-size:20px">佐藤 健一 さん、おめでとうございます！</h1>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。</p>
<p style="font-size:18px"><b>AWS Certified Developer &ndash; Associate</b></p>
<p>バッジを受け取ると、LinkedIn などで共有したり、メール署名に追加したりできます。</p>
<p><a href="https://www.credly.com/badges/{bid}/accept?locale=ja" style="background:#0a7d8c;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
</div>""", lang='ja')
    write(37, 'credly-badge-hakkou', alt(txt, h, cte='base64'), sender=s, to=KEN[1],
          subject="佐藤 健一 さん、新しいバッジが届いています",
          date=t, rcpt=KEN[1], provider='gmail',
          label=('credly_badge_issued', None, [], True, 'ja'))

    # ------------------------------------------------------------ Mayumi (form case, Biglobe, ISO-2022-JP)
    sig_o = "小川\nAmazon Web Services トレーニングと認定 カスタマーサービス"
    t = T('2025-08-05 02:30:44')
    s = aws_form(t)
    txt = f"""山本 真由美 様

AWS トレーニングと認定 カスタマーサービスの小川でございます。
お問い合わせいただいた認定アカウントの件につきまして、実施前に内容のご確認をお願いいたします。

■統合先（今後ご利用いただくアカウント）
　候補者 ID：AWS03369105
　メールアドレス：mayumi-y@biglobe.ne.jp

■統合元（お手続き後に閉鎖されるアカウント）
　候補者 ID：AWS08812450
　メールアドレス：m.yamamoto@kaede-clinic.jp

※統合は取り消しができません。統合元アカウントの認定資格・受験履歴はすべて統合先に移り、
　統合元アカウントにはサインインできなくなります。

上記の内容でお間違いなければ、「上記の内容で統合を依頼します」と本メールにご返信ください。

何卒よろしくお願いいたします。

{sig_o}"""
    write(38, 'jis-naiyou-kakunin', rawtext(jis(txt), 'ISO-2022-JP', '7bit'), sender=s, to=MAY[1],
          subject=f"RE:[CASE {C_MAY}] 認定アカウント統合のご確認のお願い", subject_cs='iso-2022-jp',
          date=t, rcpt=MAY[1], provider='biglobe',
          label=('merge_confirmation_requested', C_MAY, ['AWS03369105', 'AWS08812450'], True, 'ja'))

    t = T('2025-08-06 05:11:20')
    s = aws_form(t)
    txt = f"""山本 様

ご返信ありがとうございます。統合のご依頼を承りました。

現在、担当部署にて作業を行っております。作業が完了しましたら、次の対応をいたします。
・本ケースにて完了のご連絡
・Credly のバッジを AWS03369105 に紐づく Credly アカウントへ移すよう Credly に依頼

完了まで今しばらくお待ちください。

{sig_o}"""
    write(39, 'jis-sagyouchuu', rawtext(jis(txt), 'ISO-2022-JP', '7bit'), sender=s, to=MAY[1],
          subject=f"RE:[CASE {C_MAY}] 認定アカウント統合のご確認のお願い", subject_cs='iso-2022-jp',
          date=t, rcpt=MAY[1], provider='biglobe',
          label=('support_reply', C_MAY, ['AWS03369105'], True, 'ja'))

    t = T('2025-08-08 07:48:03')
    s = aws_form(t)
    txt = f"""山本 様

大変お待たせいたしました。ご依頼いただいた件につきまして、下記のとおり処理が完了しております。

① AWS08812450 に登録されていた認定資格（AWS Certified Cloud Practitioner ほか1件）を AWS03369105 へ移しました。
② AWS08812450 は閉鎖済みです。
③ 受験特典（50％割引）は AWS03369105 でご確認いただけます。

Credly のバッジにつきましては、Credly 側での反映に1～5営業日ほどかかる場合がございます。

本ケースはクローズとなりますが、ご不明な点があれば14日以内に本メールへご返信ください。
対応についてのアンケートにもご協力いただけますと幸いです。
https://aws-tc.qualtrics.com/jfe/form/SV_5ALr9cXq0d?case={C_MAY}&lang=ja

{sig_o}"""
    write(40, 'sjis-shori-kanryou', rawtext(txt.encode('cp932'), 'Shift_JIS', '8bit'), sender=s, to=MAY[1],
          subject=f"RE:[CASE {C_MAY}] 認定アカウント統合のご確認のお願い", subject_cs='iso-2022-jp',
          date=t, rcpt=MAY[1], provider='biglobe',
          label=('merge_completed', C_MAY, ['AWS03369105', 'AWS08812450'], True, 'ja'))

    t = T('2025-08-20 09:02:55')
    s = generic('Pearson VUE', 'pearsonvueconfirmation@pearson.com', '159.182.3.45', 'mx2.pearson.com', 'pearson2023',
                f"<{int(t.timestamp())}.{alnum(10)}@pearson.com>", policy_='REJECT')
    txt = """山本 真由美 様

このたびは Pearson VUE をご利用いただきありがとうございます。
下記の試験のご予約を承りました。

試験: SAA-C03 AWS Certified Solutions Architect - Associate（日本語）
候補者 ID: AWS03369105
登録 ID: 512873406
日時: 2025年9月13日（土）10:00 JST
会場: ピアソン VUE 公認テストセンター 新宿西口

当日は、有効な本人確認書類を2点お持ちください。
予約の変更・キャンセルは、試験開始の24時間前までにオンラインで行ってください。

Pearson VUE"""
    write(41, 'pearson-yoyaku', plain(txt, cte='base64'), sender=s, to=MAY[1],
          subject="Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Associate",
          date=t, rcpt=MAY[1], provider='biglobe',
          label=('unrelated', None, ['AWS03369105'], False, 'ja'))

    # ------------------------------------------------------------ Aya (console case, outlook.jp)
    t = T('2026-02-03 06:12:42')
    s = aws_console(t)
    txt = f"""中村 彩 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {C_AYA} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {C_AYA}
件名: 認定アカウントの一本化について
重要度: 一般的なガイダンス
内容: 学生時代に作った認定アカウントと、現在のアカウントがあります。一本化したいのですが可能でしょうか。

担当者から回答があり次第、メールでお知らせします。""" + console_footer(C_AYA, 'ja')
    write(42, 'console-ken-sakusei', plain(txt), sender=s, to=AYA[1],
          subject=f"Amazon Web Services: 新しいサポートケースを作成しました: {C_AYA}",
          date=t, rcpt=AYA[1], provider='outlook:jpnprd',
          label=('case_created', C_AYA, [], True, 'ja'))

    # ------------------------------------------------------------ Daisuke (form case, on-prem, no AR)
    sig_cs = "AWS トレーニングと認定 カスタマーサービス\n担当: 木村"
    t = T('2025-11-11 03:20:15')
    s = aws_form(t)
    txt = f"""鈴木 様

AWS トレーニングと認定 カスタマーサービスでございます。お問い合わせありがとうございます。

ご連絡いただいた候補者 ID（AWS-14027783、aws 01958362）について確認を進めるため、
以下の情報をお知らせください。

1. それぞれのアカウントのサインイン用メールアドレス
2. それぞれのアカウントの通知先メールアドレス（サインイン用と異なる場合）
3. 今後どちらのアカウントを残されたいか
4. 複数のアカウントが作成された経緯（分かる範囲で結構です）

いただいた情報をもとに、改めてご案内いたします。

{sig_cs}""" + foot_ja
    write(43, 'joho-onegai', plain(txt), sender=s, to=DAI[1],
          subject=f"RE:[CASE {C_DAI}] {FORM_SUBJ}", date=t, rcpt=DAI[1], provider='onprem',
          label=('support_reply', C_DAI, ['AWS01958362', 'AWS14027783'], None, 'ja'))

    t = T('2025-11-12 09:20:40')
    s = aws_form(t)
    tbl = """<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>候補者 ID</th><th>メールアドレス</th><th>お手続き後</th></tr>
<tr><td>統合先</td><td>AWS14027783</td><td>d.suzuki@tech-kousaku.co.jp</td><td>引き続きご利用いただけます</td></tr>
<tr><td>統合元</td><td>AWS01958362</td><td>daisuke.suzuki.0812@yahoo.co.jp</td><td>閉鎖されます</td></tr>
</table>"""
    h = wrap_html(f"""<p>鈴木 大輔 様</p>
<p>情報のご提供ありがとうございます。確認の結果、以下の内容でアカウントの統合が可能です。</p>
{tbl}
<p><b>この操作は取り消すことができません。</b>実施してよろしければ、本メールに「承認します」とご返信ください。ご返信をいただいた時点でお手続きを開始いたします。</p>
<p>AWS トレーニングと認定 カスタマーサービス<br>担当: 木村</p>""", lang='ja')
    write(44, 'html-hyou-shounin', html(h, cte='base64'), sender=s, to=DAI[1],
          subject=f"RE:[CASE {C_DAI}] {FORM_SUBJ}", date=t, rcpt=DAI[1], provider='onprem',
          label=('merge_confirmation_requested', C_DAI, ['AWS01958362', 'AWS14027783'], None, 'ja'))

    t = T('2025-11-14 06:05:12')
    s = aws_form(t)
    top45 = f"""鈴木 様

ご承認いただきありがとうございました。ご依頼いただいたアカウント統合の処理を実施いたしました。
今後は統合先のアカウントにサインインのうえ、認定資格の一覧をご確認ください。

ほかにご不明な点がございましたら、本メールにご返信ください。

{sig_cs}"""
    txt = top45 + f"""

差出人: 鈴木 大輔 <d.suzuki@tech-kousaku.co.jp>
送信日時: 2025年11月13日 9:41
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: RE:[CASE {C_DAI}] {FORM_SUBJ}

お世話になっております。鈴木です。
承認します。よろしくお願いいたします。

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年11月12日 18:20
宛先: 鈴木 大輔 <d.suzuki@tech-kousaku.co.jp>
件名: RE:[CASE {C_DAI}] {FORM_SUBJ}

鈴木 大輔 様

情報のご提供ありがとうございます。確認の結果、以下の内容でアカウントの統合が可能です。

	候補者 ID	メールアドレス	お手続き後
統合先	AWS14027783	d.suzuki@tech-kousaku.co.jp	引き続きご利用いただけます
統合元	AWS01958362	daisuke.suzuki.0812@yahoo.co.jp	閉鎖されます

この操作は取り消すことができません。実施してよろしければ、本メールに「承認します」とご返信ください。
ご返信をいただいた時点でお手続きを開始いたします。

{sig_cs}""" + foot_ja
    write(45, 'shori-jisshi-quote-noprefix', plain(txt), sender=s, to=DAI[1],
          subject=f"RE:[CASE {C_DAI}] {FORM_SUBJ}", date=t, rcpt=DAI[1], provider='onprem',
          label=('merge_completed', C_DAI, [], None, 'ja'))

    t = T('2025-11-14 16:30:00', JST)
    s = Sender('鈴木 大輔', DAI[1], DAI[1], '192.168.10.24', 'pc-suzuki.tech-kousaku.local', [],
               f"<{ruuid()}@tech-kousaku.co.jp>")
    txt = f"""山田部長

お疲れさまです。鈴木です。
AWS 認定アカウントの統合が終わりましたので共有します。
今後、社内の資格管理表には AWS14027783 を記載していただけますでしょうか。

以下、AWS からのメールです。

-------- 転送メッセージ --------
件名: RE:[CASE {C_DAI}] {FORM_SUBJ}
日付: Fri, 14 Nov 2025 06:05:12 +0000
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
宛先: d.suzuki@tech-kousaku.co.jp

{top45}
"""
    write(46, 'tensou-buchou', plain(txt), sender=s, to='k.yamada@tech-kousaku.co.jp', to_name='山田 浩二',
          subject=f"転送: RE:[CASE {C_DAI}] {FORM_SUBJ}", date=t, rcpt='k.yamada@tech-kousaku.co.jp',
          provider='onprem', dkim=False,
          extra=[('User-Agent', 'Mozilla Thunderbird')],
          label=('unrelated', C_DAI, ['AWS14027783'], None, 'ja'))

    # ------------------------------------------------------------ Aya continued
    sig_m = "森\nAmazon Web Services サポート"
    t = T('2026-02-04 04:50:19')
    s = aws_console(t)
    inline = f"""中村 様

AWS サポートの森です。ご質問ありがとうございます。いただいたご質問に順にお答えします。

> どちらのアカウントが残るのでしょうか？

ご希望どおり、現在お使いの AWS07094431 が残ります。

> 統合したあとで元に戻すことはできますか？

申し訳ございませんが、元に戻すことはできません。統合後、AWS12736608 にはサインインできなくなります。

> 進めてもらうには何をすればよいですか？

以下の内容で実施してよろしいか、サポートセンターからご返信ください。
　統合元：AWS12736608（aya.n.0415@gmail.com）
　統合先：AWS07094431（aya.nakamura@outlook.jp）
ご返信を確認次第、手続きを開始いたします。

{sig_m}"""
    write(47, 'inline-kaitou-kakunin', plain(inline + console_footer(C_AYA, 'ja')), sender=s, to=AYA[1],
          subject=f"RE:[CASE {C_AYA}] 認定アカウントの一本化について",
          date=t, rcpt=AYA[1], provider='outlook:jpnprd',
          label=('merge_confirmation_requested', C_AYA, ['AWS07094431', 'AWS12736608'], True, 'ja'))

    t = T('2026-02-05 02:15:33')
    s = aws_console(t)
    txt = f"""中村 様

ご返信ありがとうございます。ご承認の内容を確認いたしましたので、担当チームにて手続きを開始いたします。
完了までに通常2～3営業日ほどかかります。完了後、改めてご連絡いたします。

{sig_m}

> ご回答ありがとうございます。
> その内容で問題ありません。お願いします。
>
> > 以下の内容で実施してよろしいか、サポートセンターからご返信ください。
> > 　統合元：AWS12736608（aya.n.0415@gmail.com）
> > 　統合先：AWS07094431（aya.nakamura@outlook.jp）
> > ご返信を確認次第、手続きを開始いたします。""" + console_footer(C_AYA, 'ja')
    write(48, 'shounin-kakunin-kaishi', plain(txt), sender=s, to=AYA[1],
          subject=f"RE:[CASE {C_AYA}] 認定アカウントの一本化について",
          date=t, rcpt=AYA[1], provider='outlook:jpnprd',
          label=('support_reply', C_AYA, [], True, 'ja'))

    t = T('2026-02-07 05:40:10')
    s = aws_console(t)
    h = wrap_html(f"""<p>中村 様</p>
<p>いつもお世話になっております。AWS サポートの森です。</p>
<p>本件のお手続き（AWS12736608 から AWS07094431 への統合）は、すべて完了いたしました。AWS07094431 にサインインすると、これまでの認定資格がすべて表示されます。</p>
<p>これをもちまして、本ケースをクローズさせていただきます。</p>
<p>今回の対応はいかがでしたか？ よろしければ評価をお願いいたします。<br>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C_AYA}&amp;rating=5&amp;language=ja">役に立った</a> ｜ <a href="https://console.aws.amazon.com/support/feedback?displayId={C_AYA}&amp;rating=1&amp;language=ja">役に立たなかった</a></p>
<p>森<br>Amazon Web Services サポート</p>
<p style="font-size:12px;color:#545b64">※このメールは送信専用アドレスから送信されています。ケース履歴は <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={C_AYA}&amp;language=ja">AWS サポートセンター</a> でご確認いただけます。</p>""", lang='ja')
    write(49, 'html-kanryou-close', html(h, cte='base64'), sender=s, to=AYA[1],
          subject=f"RE:[CASE {C_AYA}] 認定アカウントの一本化について",
          date=t, rcpt=AYA[1], provider='outlook:jpnprd',
          label=('merge_completed', C_AYA, ['AWS07094431', 'AWS12736608'], True, 'ja'))

    t = T('2026-02-07 05:41:00')
    s = aws_console(t)
    txt = f"""中村 彩 様

AWS サポートケース {C_AYA}「認定アカウントの一本化について」は解決済みとしてマークされました。

引き続きサポートが必要な場合は、14日以内であれば AWS サポートセンターからケースを再開できます。

今回のサポートはいかがでしたか？ 1分程度のアンケートにご協力ください。
https://aws.amazon.com/survey/support?displayId={C_AYA}&language=ja

Amazon Web Services をご利用いただき、ありがとうございます。""" + console_footer(C_AYA, 'ja')
    write(50, 'kaiketsu-zumi-hyouka', plain(txt, cte='base64'), sender=s, to=AYA[1],
          subject=f"Amazon Web Services: サポートケース {C_AYA} が解決済みになりました",
          date=t, rcpt=AYA[1], provider='outlook:jpnprd',
          label=('survey', C_AYA, [], True, 'ja'))

    # ------------------------------------------------------------ Sho (form case, So-net, 10-digit)
    sig_i = "井上\nAmazon Web Services トレーニングと認定"
    t = T('2025-12-09 06:00:12')
    s = aws_form(t)
    txt = f"""高橋 様

お問い合わせの件、AWS04056619 の受験履歴と認定資格を AWS09930127 に移し、その後 AWS04056619 を閉鎖するという形で対応が可能です。一度実施すると元に戻すことはできませんので、この内容で進めてよいか、本メールにご返信いただけますでしょうか。ご返信をいただき次第、手続きいたします。

{sig_i}""" + foot_ja
    write(51, 'hitokoto-susumete-yoika', plain(txt), sender=s, to=SHO[1],
          subject=f"RE:[CASE {C_SHO}] {FORM_SUBJ}", date=t, rcpt=SHO[1], provider='sonet',
          label=('merge_confirmation_requested', C_SHO, ['AWS04056619', 'AWS09930127'], True, 'ja'))

    t = T('2025-12-10 04:45:55')
    s = aws_form(t)
    txt = f"""高橋 様

ご承認ありがとうございます。
明日（12月11日）中に、AWS04056619 から AWS09930127 への移行作業を行う予定です。
作業が終わりましたら、本メールにてお知らせいたします。
それまでは AWS04056619 でのサインインはお控えください。

{sig_i}""" + foot_ja
    write(52, 'yotei-wrong-charset', rawtext(txt.encode('utf-8'), 'us-ascii', '8bit'), sender=s, to=SHO[1],
          subject=f"RE:[CASE {C_SHO}] {FORM_SUBJ}", date=t, rcpt=SHO[1], provider='sonet',
          label=('support_reply', C_SHO, ['AWS04056619', 'AWS09930127'], True, 'ja'))

    t = T('2025-12-12 02:30:18')
    s = aws_form(t)
    txt = f"""高橋 様

移行作業が終わりました。
AWS09930127 にサインインし、これまでに取得された認定がすべて表示されていることをご確認ください。
Credly のバッジは、数日以内に Credly から届くメールで受け取りのお手続きをお願いいたします。

{sig_i}""" + foot_ja
    write(53, 'ikou-sagyou-owari', plain(txt, cte='base64'), sender=s, to=SHO[1],
          subject=f"RE:[CASE {C_SHO}] {FORM_SUBJ}", date=t, rcpt=SHO[1], provider='sonet',
          label=('merge_completed', C_SHO, ['AWS09930127'], True, 'ja'))

    t = T('2025-12-15 08:12:37')
    s = credly(SHO[1], t, name='Amazon Web Services Training and Certification (Credly 経由)')
    bid = ruuid()
    h = wrap_html(f"""<div style="max-width:600px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/f0d3fbb9-bfa7-4017-9989-7bde8eaf42b1/image.png" width="160" alt="">
<h1 style="font-size:20px">高橋 翔 さん、バッジの準備ができました</h1>
<p>Amazon Web Services Training and Certification があなたにバッジを発行しました。</p>
<p style="font-size:18px"><b>AWS Certified SysOps Administrator &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/{bid}/accept?locale=ja" style="background:#0a7d8c;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:11px;color:#777">このメールは Credly から送信されています。通知設定の変更は<a href="https://www.credly.com/earner/settings/notifications">こちら</a>。</p>
</div>""", lang='ja')
    write(54, 'credly-junbi-dekimashita', html(h), sender=s, to=SHO[1],
          subject="高橋 翔 さん、バッジを受け取りましょう",
          date=t, rcpt=SHO[1], provider='sonet',
          label=('credly_badge_issued', None, [], True, 'ja'))

    # ------------------------------------------------------------ JA phishing / look-alikes
    t = T('2025-05-29 10:03:00')
    s = generic('AWS トレーニングと認定', 'no-reply@aws-training-jp.com', '103.152.118.20', 'smtp.aws-training-jp.com',
                'mail', f"<{hexr(10)}@aws-training-jp.com>", policy_='NONE')
    h = wrap_html("""<div style="max-width:600px;margin:auto">
<h2 style="color:#232f3e">【重要】認定アカウント統合の最終確認</h2>
<p>佐藤 健一 様</p>
<p>お客様の AWS 認定アカウントについて、統合のお申し込みを受け付けました。</p>
<ul><li>統合元: AWS10457726</li><li>統合先: AWS06283914</li></ul>
<p>統合を実行するには、<b>24時間以内</b>に下記ボタンから AWS アカウントにサインインし、統合を承認してください。期限内に承認が確認できない場合、両方のアカウントが一時停止されます。</p>
<p><a href="https://aws-training-jp.com/signin?next=/merge/approve" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">統合を承認する</a></p>
<p>AWS トレーニングと認定 事務局</p>
</div>""", lang='ja')
    write(55, 'phish-saishuu-kakunin', html(h), sender=s, to=KEN[1],
          subject="【重要】認定アカウント統合の最終確認（24時間以内にご対応ください）",
          date=t, rcpt=KEN[1], provider='gmail', from_cs='utf-8',
          label=('merge_confirmation_requested', None, ['AWS06283914', 'AWS10457726'], False, 'ja'))

    t = T('2025-12-02 05:14:27')
    s = generic('Amazon セラーセントラル', 'seller-notification@amazon.co.jp', '52.95.48.166', 'smtp-out-48-166.amazon.co.jp',
                None, f"<{ruuid()}@sellersupport.amazon.co.jp>", mailfrom='bounces@sellersupport.amazon.co.jp')
    txt = f"""鈴木 様

Amazon 出品サービスをご利用いただき、ありがとうございます。
セラーサポートの大野です。

お問い合わせいただいた、重複して作成された2つの出品用アカウントの統合につきまして、
手続きが完了いたしました。今後は統合後のアカウント（出品者ID: A2KX8Q1ZJ7M4TD）で
セラーセントラルにログインしてください。

ほかにご不明な点がございましたら、セラーセントラルのテクニカルサポートより
お問い合わせください。

今回の回答はお役に立ちましたか？
https://sellercentral.amazon.co.jp/cu/contact-us/feedback?caseId={C_SELLER}

Amazon.co.jp セラーサポート"""
    write(56, 'seller-central-tougou', plain(txt, cte='base64'), sender=s, to=DAI[1],
          subject=f"RE:[CASE {C_SELLER}] 出品用アカウントの統合について",
          date=t, rcpt=DAI[1], provider='onprem', dkim=False,
          label=('unrelated', C_SELLER, [], None, 'ja'))

    t = T('2026-03-12 00:30:41')
    s = credly(MAY[1], t, name='Credly')
    txt = """山本 真由美 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が近づいています。

有効期限: 2026年4月12日

有効期限を過ぎると、バッジは「期限切れ」と表示されます。再認定の方法については、
発行元である Amazon Web Services Training and Certification の案内をご確認ください。

バッジを確認する: https://www.credly.com/earner/wallet

Credly"""
    write(57, 'credly-kigen-chikai', plain(txt, cte='base64'), sender=s, to=MAY[1],
          subject="バッジの有効期限が近づいています: AWS Certified Cloud Practitioner",
          date=t, rcpt=MAY[1], provider='biglobe',
          label=('unrelated', None, [], True, 'ja'))

    t = T('2025-06-10 12:21:00', JST)
    s = generic('伊藤 亮', 'ryo.ito@minato-soft.co.jp', '40.107.74.59',
                'TY3P286CU002.outbound.protection.outlook.com', 'selector1',
                f"<TYCPR01MB{rnd.randint(1000, 9999)}{alnum(14).upper()}@TYCPR01MB8410.jpnprd01.prod.outlook.com>",
                policy_='NONE')
    txt = """佐藤さん

お疲れさまです。伊藤です。

AWS 認定のアカウント統合、うまくいきましたか？
自分も前職のアカウントと2つあるので、どうやって依頼したか教えてもらえると助かります。
サポートから「統合してよいか確認してください」というメールが来たと言っていましたよね。
そのあと何日くらいで終わりました？

伊藤"""
    write(58, 'douryou-wrong-label', rawtext(quopri_bytes(txt), 'iso-8859-1', 'quoted-printable'), sender=s,
          to=KEN[1], to_name='佐藤 健一', subject="AWS認定のアカウント統合について教えてください",
          date=t, rcpt=KEN[1], provider='gmail',
          label=('unrelated', None, [], False, 'ja'))

    # ------------------------------------------------------------ Misaki (form case, Gmail, 2026)
    sig_f = "藤井\nAmazon Web Services トレーニングと認定 カスタマーサービス"
    t = T('2026-03-09 03:00:41')
    s = aws_form(t)
    follow = f"""小林 様

AWS トレーニングと認定 カスタマーサービスの藤井です。

3月3日にご案内した認定アカウントの件について、その後いかがでしょうか。
まだご返信をいただいていないため、ご連絡いたしました。

引き続きサポートが必要でしたら、本メールにご返信ください。
5営業日以内にご返信がない場合、本ケースはクローズさせていただきます。

{sig_f}"""
    write(59, 'sonogo-ikaga', plain(follow + foot_ja), sender=s, to=MIS[1],
          subject=f"RE:[CASE {C_MIS}] {FORM_SUBJ}", date=t, rcpt=MIS[1], provider='gmail',
          label=('support_reply', C_MIS, [], True, 'ja'))

    t = T('2026-03-11 05:25:16')
    s = aws_form(t)
    req = f"""小林 美咲 様

ご依頼の件、以下の内容で統合が可能です。実施後は元に戻せませんので、内容をご確認のうえ、
問題なければ本メールにご返信ください。

　残るアカウント：AWS05839962（misaki.k.0923@gmail.com）
　統合されるアカウント：AWS11276043（m-kobayashi@sakura-ed.ac.jp）

{sig_f}"""
    qf = '\n'.join(('> > ' + l).rstrip() for l in follow.split('\n'))
    qr = '\n'.join(('> > > ' + l).rstrip() for l in req.split('\n'))
    txt = f"""小林 様

ご返信ありがとうございました。
本日、AWS11276043 を AWS05839962 に統合し、お手続きが完了いたしました。
あわせて本ケースもクローズいたします。AWS05839962 にサインインのうえ、認定資格の一覧をご確認ください。

{sig_f}

2026年3月10日(火) 21:48 小林美咲 <misaki.k.0923@gmail.com>:
> 藤井様
>
> ご連絡が遅くなり申し訳ありません。内容を確認しました。進めてください。
>
> 小林
>
> 2026年3月9日(月) 12:00 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{qf}
> >
> > 2026年3月3日(火) 15:36 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{qr}""" + foot_ja
    write(60, 'tougou-kanryou-nested', plain(txt), sender=s, to=MIS[1],
          subject=f"RE:[CASE {C_MIS}] {FORM_SUBJ}", date=t, rcpt=MIS[1], provider='gmail',
          label=('merge_completed', C_MIS, ['AWS05839962', 'AWS11276043'], True, 'ja'))


def quopri_bytes(text):
    return text.encode('utf-8')


if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    build_en()
    build_ja()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(LABELS.items())), fh, ensure_ascii=False, indent=2)
    print(len(LABELS), 'mails written')
