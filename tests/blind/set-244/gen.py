#!/usr/bin/env python3
"""Generator for blind set 244: paraphrased English mail around an AWS
Certification account merge, plus look-alikes. Writes NNN-*.eml + labels.json."""
import os, json, base64, quopri, random, uuid, html, re
from io import BytesIO
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.generator import BytesGenerator
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(244)
LABELS = {}
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ---------------------------------------------------------------- time / ids
def T(s, off='+00:00'):
    sign = 1 if off[0] == '+' else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[4:6])))
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def cid15(opened, tail):
    return f"{int(opened.timestamp())}{tail}"


def rfc(d):
    return format_datetime(d)


def tzname_for(d):
    return {-7: 'PDT', -8: 'PST', 9: 'JST', 0: 'UTC', 1: 'CET', 2: 'CEST'}.get(
        int(d.utcoffset().total_seconds() // 3600), '')


def at(d, off):
    """same instant, other offset"""
    sign = 1 if off[0] == '+' else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[4:6])))
    return d.astimezone(tz)


def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()


def hexr(n):
    return R.randbytes(n).hex()


def alnum(n):
    return ''.join(R.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def fold_b(s, first=60, width=70):
    out, s2 = [s[:first]], s[first:]
    while s2:
        out.append(s2[:width]); s2 = s2[width:]
    return '\n\t '.join(out)


def ses_ids(d):
    ms = int(d.timestamp() * 1000)
    local = f"0100{ms:012x}-{uuid.UUID(bytes=R.randbytes(16))}-000000"
    return local, f"<{local}@email.amazonses.com>", f"{local}@amazonses.com"


# ---------------------------------------------------------------- headers
def dkim(d, domain, sel, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={domain}; t={int(d.timestamp())};\n"
            f"\th={h};\n\tbh={b64r(32)};\n\tb={fold_b(b64r(256))}")


SEL_AMZ = 'rty3k4ueuel5kgy7kjepbcigzaxjkk3d'
SEL_SES = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_HOSTS = [('a8-30.smtp-out.amazonses.com', '54.240.8.30'), ('a48-112.smtp-out.amazonses.com', '54.240.48.112'),
             ('a8-83.smtp-out.amazonses.com', '54.240.8.83'), ('a9-41.smtp-out.amazonses.com', '54.240.9.41'),
             ('a11-76.smtp-out.amazonses.com', '54.240.11.76')]


def ar_gmail(dk, spf, dmarc):
    """dk: list of (res, dom, sel); spf: (res, mailfrom, ip); dmarc: (res, policy, fromdom) or None"""
    parts = []
    for res, dom, sel in dk:
        if res == 'none':
            continue
        parts.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={b64r(6)[:8]}")
    sres, mf, ip = spf
    if sres == 'pass':
        parts.append(f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
    elif sres == 'softfail':
        parts.append(f"spf=softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
    else:
        parts.append(f"spf={sres} (google.com: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
    if dmarc:
        parts.append(f"dmarc={dmarc[0]} ({dmarc[1]}) header.from={dmarc[2]}")
    return ("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(parts))


def rx_gmail(to, d, host, ip, mf, dk, spf_res, dmarc):
    dl = at(d + timedelta(seconds=R.randint(1, 3)), '-07:00')
    ds = rfc(dl) + ' (PDT)' if dl.dst() is None else rfc(dl)
    # pick PDT/PST by month (approximation)
    if d.month in (11, 12, 1, 2, 3):
        dl = at(d + timedelta(seconds=2), '-08:00'); ds = rfc(dl) + ' (PST)'
    else:
        ds = rfc(dl) + ' (PDT)'
    sid = f"{R.randint(10**12, 10**13)}"
    arh = ar_gmail(dk, (spf_res, mf, ip), dmarc)
    return [
        ("Delivered-To", to),
        ("Received", f"by 2002:a05:7{R.randint(100,999)}:{hexr(2)}:b0:{hexr(2)}:{hexr(2)} with SMTP id {alnum(6)}csp{R.randint(100000,999999)};\n        {ds}"),
        ("X-Google-Smtp-Source", b64r(48)),
        ("X-Received", f"by 2002:a05:6{R.randint(100,999)}:{hexr(2)}:b0:{hexr(2)}:{hexr(2)} with SMTP id {alnum(6)}{R.randint(10000,99999)}mrx.{R.randint(10,99)}.{sid[:10]};\n        {ds}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(d.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(b64r(192), 55, 64).replace(chr(9)+' ', '         ')}"),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh=; b={fold_b(b64r(192), 55, 64).replace(chr(9)+' ', '         ')}"),
        ("ARC-Authentication-Results", "i=1; " + arh[1]),
        ("Return-Path", f"<{mf}>"),
        ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {alnum(12)}.{R.randint(10,999)}.{sid[:10]}\n"
                     f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {ds}"),
        ("Received-SPF", f"{spf_res} (google.com: domain of {mf} {'designates' if spf_res == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};"),
        arh,
    ]


def rx_outlook(to, d, host, ip, mf, dkim_d, dkim_res, spf_res, dmarc_res, from_dom, consumer=True):
    n = R.choice([10, 11, 12, 13])
    ft = f"{R.choice(['BN','CO','DM','SN','MW','SA'])}{R.randint(1,3)}PEPF0000{R.randint(1000,9999)}"
    ds = rfc(at(d + timedelta(seconds=2), '+00:00'))
    ar = (f"spf={spf_res} (sender IP is {ip})\n smtp.mailfrom={mf}; dkim={dkim_res} ({'signature was verified' if dkim_res == 'pass' else 'no signature'})\n"
          f" header.d={dkim_d};dmarc={dmarc_res} action={'none' if dmarc_res == 'pass' else 'quarantine'}\n header.from={from_dom};"
          f"compauth={'pass reason=100' if dmarc_res == 'pass' else 'fail reason=000'}")
    site = 'namprd' if consumer else 'eurprd'
    return [
        ("Received", f"from {R.choice(['PH0P','SA1P','DS7P','MN2P'])}{R.randint(100,299)}MB{R.randint(1000,9999)}.{site}{n}.prod.outlook.com\n (2603:10b6:510:{hexr(2)}::{R.randint(10,99)}) by {R.choice(['CH3P','BY5P','LV3P'])}{R.randint(100,299)}MB{R.randint(1000,9999)}.{site}{n}.prod.outlook.com with\n HTTPS; {ds}"),
        ("Received", f"from {ft}.{site}{n}.prod.outlook.com\n (2603:10b6:a03:{hexr(2)}:cafe::{hexr(1)}) by {R.choice(['BYAPR','SJ0PR','CY5PR'])}{R.randint(10,21)}CA{R.randint(1000,9999)}.outlook.office365.com\n"
                     f" (2603:10b6:a03:{hexr(2)}::{R.randint(10,40)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)} via Frontend Transport; {ds}"),
        ("Authentication-Results", ar),
        ("Received-SPF", f"{spf_res.capitalize()} (protection.outlook.com: domain of {mf.split('@')[-1]}\n {'designates' if spf_res == 'pass' else 'does not designate'} {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={host}; pr=C"),
        ("Received", f"from {host} ({ip}) by\n {ft}.mail.protection.outlook.com (10.167.{R.randint(240,250)}.{R.randint(10,200)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)}\n via Frontend Transport; {ds}"),
        ("X-MS-Exchange-Organization-ExpirationStartTime", f"{d.astimezone(timezone.utc).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0 (UTC)"),
        ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(bytes=R.randbytes(16)))),
        ("X-MS-Exchange-Organization-AuthSource", f"{ft}.{site}{n}.prod.outlook.com"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1" if dmarc_res == 'pass' else "5"),
        ("Return-Path", mf),
    ]


def rx_nifty(to, d, host, ip, mf, dkim_d, dmarc_dom, sel=SEL_AMZ):
    dj = at(d + timedelta(seconds=3), '+09:00')
    return [
        ("Return-Path", f"<{mf}>"),
        ("Delivered-To", to),
        ("Received", f"from mta-rcv-e0{R.randint(1,4)}.mail.nifty.com by mbox-{R.randint(10,99)}.mail.nifty.com\n          with LMTP id <{hexr(6)}@mbox.mail.nifty.com>; {rfc(dj)}"),
        ("Authentication-Results", f"mx.nifty.com;\n\tspf=pass smtp.mailfrom={mf};\n\tdkim=pass header.d={dkim_d} header.s={sel} header.b={b64r(6)[:8]};\n\tdmarc=pass header.from={dmarc_dom}"),
        ("Received", f"from {host} ([{ip}]) by mta-rcv-e0{R.randint(1,4)}.mail.nifty.com\n          with ESMTP id <{dj.strftime('%Y%m%d%H%M%S')}.{hexr(4).upper()}.mta-rcv@mail.nifty.com>\n          for <{to}>; {rfc(dj)}"),
    ]


def rx_biglobe(to, d, host, ip, mf, dkim_d):
    """Japanese ISP: records SPF and DKIM but no DMARC verdict."""
    dj = at(d + timedelta(seconds=4), '+09:00')
    return [
        ("Return-Path", f"<{mf}>"),
        ("Received", f"from mail.biglobe.ne.jp (mfmbox{R.randint(10,40)}.mail.biglobe.ne.jp [133.208.{R.randint(1,254)}.{R.randint(1,254)}])\n\tby mbox.biglobe.ne.jp (Postfix) with LMTP id {hexr(5).upper()}\n\tfor <{to}>; {dj.strftime('%a, %d %b %Y %H:%M:%S %z')} (JST)"),
        ("Authentication-Results", f"biglobe.ne.jp; spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.d={dkim_d} header.s={SEL_AMZ}"),
        ("Received", f"from {host} ({host} [{ip}])\n\tby mfmrcv{R.randint(10,40)}.mail.biglobe.ne.jp (Postfix) with ESMTPS id {hexr(5).upper()}\n\tfor <{to}>; {dj.strftime('%a, %d %b %Y %H:%M:%S %z')} (JST)"),
    ]


def rx_fastmail(to, d, host, ip, mf, dkim_list, dmarc_pass, from_dom):
    dd = rfc(at(d + timedelta(seconds=2), '-04:00'))
    dks = ";\n    ".join(
        f"dkim=pass (2048-bit rsa key sha256) header.d={dm} header.i=@{dm} header.b={b64r(6)[:8]} header.a=rsa-sha256 header.s={sl} x-bits=2048"
        for dm, sl in dkim_list)
    ar = (f"mx2.messagingengine.com;\n    {dks};\n"
          f"    dmarc={'pass' if dmarc_pass else 'fail'} policy.published-domain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n"
          f"      (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from={from_dom};\n"
          f"    spf=pass smtp.mailfrom={mf} smtp.helo={host}")
    return [
        ("Return-Path", f"<{mf}>"),
        ("Received", f"from compute3.internal (compute3.nyi.internal [10.202.2.43])\n\t by sloti{R.randint(10,60)}n{R.randint(1,20)} (Cyrus 3.13.0-alpha0-{hexr(5)}) with LMTPA;\n\t {dd}"),
        ("X-Cyrus-Session-Id", f"sloti{R.randint(10,60)}n{R.randint(1,20)}-{int(d.timestamp())}-{R.randint(100000,999999)}-2-{R.randint(10**18,10**19)}"),
        ("X-Sieve", "CMU Sieve 3.0"),
        ("X-Resolved-to", to),
        ("X-Delivered-to", to),
        ("X-Mail-from", mf),
        ("Received", f"from mx2 ([10.202.2.201])\n  by compute3.internal (LMTPProxy); {dd}"),
        ("Received", f"from mx2.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id {hexr(5).upper()}\n\tfor <{to}>; {dd}"),
        ("Received", f"from mx2.messagingengine.com (localhost [127.0.0.1])\n    by mx2.messagingengine.com (Authentication Milter) with ESMTP\n    id {hexr(6).upper()};\n    {dd}"),
        ("Authentication-Results", ar),
        ("Received", f"from {host} ({host} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx2.messagingengine.com (Postfix) with ESMTPS\n\tfor <{to}>; {dd}"),
    ]


def rx_yahoo(to, d, host, ip, mf, dk, dmarc_ok, from_dom, spf_dom='amazonses.com'):
    dd = rfc(at(d + timedelta(seconds=3), '+00:00'))
    dks = ";\n ".join(f"dkim=pass header.i=@{dm} header.s={sl}" for dm, sl in dk)
    return [
        ("Return-Path", f"<{mf}>"),
        ("Received", f"from {ip} (EHLO {host})\n by {R.randint(100,399)}.mail.bf1.yahoo.com with SMTP; {dd}"),
        ("X-Originating-Ip", f"[{ip}]"),
        ("Received-SPF", f"pass (domain of {spf_dom} designates {ip} as permitted sender)"),
        ("Authentication-Results", f"atlas{R.randint(100,399)}.free.mail.bf1.yahoo.com;\n {dks};\n spf=pass smtp.mailfrom={spf_dom};\n"
                                   f" dmarc={'pass(p=QUARANTINE)' if dmarc_ok else 'fail(p=QUARANTINE)'} header.from={from_dom};"),
        ("X-Apparently-To", f"{to}; {dd}"),
    ]


def rx_proton(to, d, host, ip, mf, from_dom, order='dmarc'):
    dd = rfc(at(d + timedelta(seconds=2), '+00:00'))
    ar_dm = ("Authentication-Results", f"mail.protonmail.ch; dmarc=pass (p=quarantine dis=none)\n header.from={from_dom}")
    ar_sp = ("Authentication-Results", f"mail.protonmail.ch; spf=pass smtp.mailfrom={mf}")
    ar_dk = ("Authentication-Results", f"mail.protonmail.ch; dkim=pass (Good 2048 bit\n    rsa-sha256 signature) header.d={from_dom} header.i=@{from_dom}\n    header.a=rsa-sha256")
    ars = [ar_dm, ar_sp, ar_dk] if order == 'dmarc' else [ar_dk, ar_dm, ar_sp]
    return [("X-Pm-Content-Encryption", "on-delivery"), ("X-Pm-Origin", "external"),
            ("X-Pm-Spam-Action", "inbox"), ("X-Pm-Date", dd)] + ars + [
            ("Received", f"from {host} ({host} [{ip}]) (using TLSv1.3\n with cipher TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519\n"
                         f" server-signature RSA-PSS (2048 bits) server-digest SHA256) (No client\n certificate requested) by mailin0{R.randint(10,39)}.protonmail.ch (Postfix) with\n ESMTPS id 4{b64r(8)[:10]} for <{to}>; {dd}"),
            ("Return-Path", f"<{mf}>")]


def rx_gateway(to, d, host, ip, mf, gw='mx1.northwind-logistics.pl', ex='EXCH02.northwind.local'):
    """corporate gateway + on-prem Exchange: no Authentication-Results at all"""
    dl = at(d + timedelta(seconds=5), '+02:00')
    return [
        ("Received", f"from {gw.split('.',1)[0].upper()}.northwind.local (10.20.1.11) by {ex} (10.20.1.22)\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2176.2 via Mailbox\n Transport; {dl.strftime('%a, %d %b %Y %H:%M:%S %z')}"),
        ("Received", f"from {gw} (10.20.1.11) by {ex} (10.20.1.22) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2176.2; {dl.strftime('%a, %d %b %Y %H:%M:%S %z')}"),
        ("Received", f"from localhost (localhost [127.0.0.1])\n\tby {gw} (Postfix) with ESMTP id 49r{alnum(7).upper()}\n\tfor <{to}>; {rfc(dl)}"),
        ("X-Virus-Scanned", f"amavisd-new at {gw.split('.',1)[1]}"),
        ("X-Spam-Flag", "NO"),
        ("X-Spam-Score", f"-{R.randint(1,30)/10:.1f}"),
        ("Received", f"from {host} ({host} [{ip}])\n\tby {gw} (Postfix) with ESMTPS id 49r{alnum(7).upper()}\n\tfor <{to}>; {rfc(dl)}"),
        ("Return-Path", f"<{mf}>"),
    ]


def ses_sender(d, frm, to, subject, msgid, fdom='amazon.com', extra=()):
    hs = [dkim(d, fdom, SEL_AMZ), dkim(d, 'amazonses.com', SEL_SES),
          ("From", frm), ("To", to), ("Subject", subject), ("Date", rfc(d)), ("Message-ID", msgid)]
    hs += list(extra)
    hs += [("Feedback-ID", f"::1.us-east-1.{b64r(30)[:43]}=:AmazonSES"),
           ("X-SES-Outgoing", f"{d.strftime('%Y.%m.%d')}-{R.choice(SES_HOSTS)[1]}")]
    return hs


def subj(s, enc=None, cs='utf-8', width=62):
    if not enc:
        return s
    c = Charset(cs)
    c.header_encoding = QP if enc == 'q' else BASE64
    return Header(s, c, maxlinelen=width, header_name='Subject').encode(linesep='\n')


def addr(name, a, cs='utf-8'):
    return formataddr((name, a), charset=cs) if name else a


# ---------------------------------------------------------------- bodies
def tp(text, sub='plain', cs='utf-8', cte='qp', label=None, flowed=False):
    p = Message()
    raw = text.encode(cs)
    if cte == 'qp':
        payload, cv = quopri.encodestring(raw).decode('ascii'), 'quoted-printable'
    elif cte == 'b64':
        payload, cv = base64.encodebytes(raw).decode('ascii'), 'base64'
    elif cte == '7bit':
        payload, cv = raw.decode('ascii'), '7bit'
    else:
        payload, cv = raw.decode('ascii', 'surrogateescape'), '8bit'
    ct = f'text/{sub}; charset="{label or cs}"'
    if flowed:
        ct += '; format=flowed'
    p['Content-Type'] = ct
    p['Content-Transfer-Encoding'] = cv
    p.set_payload(payload)
    return p


def multi(sub, *parts, boundary=None):
    m = Message()
    b = boundary or f"----=_Part_{R.randint(100000,999999)}_{R.randint(10**8,10**9)}.{R.randint(10**12,10**13)}"
    m['Content-Type'] = f'multipart/{sub}; \n\tboundary="{b}"'
    m.preamble = ''
    for p in parts:
        m.attach(p)
    return m


def to_html(text, font="Arial, Helvetica, sans-serif"):
    """plain text -> simple html; '>' lines become blockquotes"""
    out, buf, inq = [], [], False

    def flush():
        if buf:
            out.append('<p>' + '<br>\n'.join(buf) + '</p>')
            buf.clear()
    for line in text.split('\n'):
        if line.startswith('>'):
            if not inq:
                flush(); out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'); inq = True
            buf.append(html.escape(line.lstrip('> ').rstrip()))
            continue
        if inq:
            flush(); out.append('</blockquote>'); inq = False
        if line.strip() == '':
            flush()
        else:
            buf.append(html.escape(line))
    flush()
    if inq:
        out.append('</blockquote>')
    return (f'<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body style="font-family:{font};font-size:14px;color:#16191f">\n' + '\n'.join(out) + '\n</body>\n</html>\n')


def alt(text, htmltext=None, cs='utf-8', cte='qp', hcte=None):
    return multi('alternative', tp(text, 'plain', cs, cte), tp(htmltext or to_html(text), 'html', cs, hcte or cte))


def quote(text, prefix='> '):
    return '\n'.join(prefix + l if l.strip() else prefix.rstrip() for l in text.rstrip('\n').split('\n'))


def gmail_on(d, name, a, us=True):
    if us:
        h = d.strftime('%I').lstrip('0')
        return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {h}:{d.strftime('%M %p')} {name} <{a}> wrote:"
    return f"On {d.strftime('%a, %d %b %Y')} at {d.strftime('%H:%M')}, {name} <{a}> wrote:"


def outlook_block(frm, d, to, subject, text, sep=True):
    line = '________________________________\n' if sep else ''
    return (f"{line}From: {frm}\nSent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {to}\nSubject: {subject}\n\n{text}")


CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.

==============================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

==============================================================
"""


def console_html(text):
    body = to_html(text).split('<body', 1)[1].split('>', 1)[1].rsplit('</body>', 1)[0]
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Amazon Web Services</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3">\n<table width="100%" cellpadding="0" cellspacing="0" role="presentation">'
            '<tr><td align="center">\n<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120"></td></tr>\n'
            '<tr><td style="padding:24px;font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#16191f">\n'
            + body + '\n</td></tr>\n<tr><td style="padding:12px 24px;font-size:11px;color:#687078;font-family:Arial,sans-serif">'
            'Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n')


# ---------------------------------------------------------------- output
def emit(fn, hdrs, body, kind, case_id, accts, verified, lang='en', crlf=False):
    head = ''.join(f"{k}: {v}\n" for k, v in hdrs) + "MIME-Version: 1.0\n"
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    data = head.encode('ascii') + buf.getvalue()
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    norm = sorted(set('AWS' + re.sub(r'\D', '', a)[-8:] for a in accts))
    LABELS[fn] = {"kind": kind, "case_id": case_id, "account_ids": norm,
                  "sender_verified": verified, "language": lang}


# ================================================================ threads
FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")

# A: Daniel Okafor, form case, Gmail
A_OPEN = T('2025-05-26 14:03:17')
A_CID = cid15(A_OPEN, '00514')
A_TO = addr("Daniel Okafor", "daniel.okafor84@gmail.com")
A_ADDR = "daniel.okafor84@gmail.com"
A_SUBJ = f"RE:[CASE {A_CID}] [AWS Training and Certification Form Submission] - account-assistance"
A_FORM_TEXT = f"""Inquiry Type: AWS Training and Certification
Detail: Certification - Account Merge
First Name: Daniel
Last Name: Okafor
Email: daniel.okafor84@gmail.com
AWS candidate ID: AWS11873625
Description: Hello, I have two certification accounts. The old one is AWS04417382 and it is registered to my previous employer's email (d.okafor@brightlane.io) which I can't log in to any more. My current one is AWS11873625. Could you please combine them so my SAA and CCP both sit under the current one? I may also have a third profile from a 2019 exam, something like AWS09921734, but I'm not sure it exists.
Thanks, Daniel"""


def ses_gmail(to_addr, d, frm, to, subject, dmarc=True):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    rx = rx_gmail(to_addr, d, host, ip, mf, [('pass', 'amazon.com', SEL_AMZ), ('pass', 'amazonses.com', SEL_SES)], 'pass',
                  ('pass', 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'amazon.com') if dmarc else None)
    return rx + ses_sender(d, frm, to, subject, mid)


@mail
def m001():
    d = T('2025-05-26 14:03:29')
    text = f"""Hello Daniel,

Thanks for writing to AWS Training and Certification. This is a short note to let you know your message reached us safely and has been given the reference number {A_CID}.

Here is a summary of what you sent:

  Topic: Certification - account assistance
  AWS candidate ID: AWS11873625
  Contact e-mail: daniel.okafor84@gmail.com

Someone from our team will read it and get back to you, normally within 24 hours. If you need to add anything in the meantime, simply reply to this e-mail and keep the reference number in the subject line so your note lands in the same place.

Please don't send the form again for the same question; a second submission is logged separately and can slow things down rather than speed them up.

Kind regards,
AWS Training and Certification
https://aws.amazon.com/training/
"""
    s = f"[CASE {A_CID}] [AWS Training and Certification Form Submission] - account-assistance"
    emit('001-form-receipt-reference.eml', ses_gmail(A_ADDR, d, FORM, A_TO, s), alt(text),
         'case_created', A_CID, ['AWS11873625'], True)


@mail
def m002():
    d = T('2025-05-27 09:41:06')
    text = f"""Hi Daniel,

Found two of them:

  AWS 04417382  (d.okafor@brightlane.io)     -> goes away
  aws11873625   (daniel.okafor84@gmail.com)  -> stays, gets everything

Nothing under the 2019 one.

Can't be reversed afterwards. Reply "yes" and I'll do it.

Marco
AWS Training & Certification

--- Original Message ---
{A_FORM_TEXT}
"""
    emit('002-terse-agent-two-profiles.eml', ses_gmail(A_ADDR, d, FORM, A_TO, A_SUBJ), tp(text, cte='7bit', cs='us-ascii'),
         'merge_confirmation_requested', A_CID, ['AWS04417382', 'AWS11873625'], True)


@mail
def m003():
    d = T('2025-05-27 11:18:40', '-07:00')
    to = "dokafor/homelab-infra <homelab-infra@noreply.github.com>"
    mid = "<dokafor/homelab-infra/pull/482/issue_event/17789023456@github.com>"
    s = "Re: [dokafor/homelab-infra] Consolidate the two sandbox AWS accounts into one (PR #482)"
    text = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/dokafor/homelab-infra/pull/482#event-17789023456
You are receiving this because you authored the thread.

Message ID: <dokafor/homelab-infra/pull/482/issue_event/17789023456@github.com>
"""
    h = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/dokafor/homelab-infra/pull/482">#482</a> into main.</p>\n\n'
         '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
         '<a href="https://github.com/dokafor/homelab-infra/pull/482#event-17789023456">view it on GitHub</a>.<br />You are receiving this because you authored the thread.'
         '<img src="https://github.com/notifications/beacon/AB3XJ2Q.gif" height="1" width="1" alt="" /></p>\n'
         '<script type="application/ld+json">[{"@context":"http://schema.org","@type":"EmailMessage","potentialAction":{"@type":"ViewAction","target":"https://github.com/dokafor/homelab-infra/pull/482#event-17789023456","url":"https://github.com/dokafor/homelab-infra/pull/482#event-17789023456","name":"View Pull Request"},"description":"View this Pull Request on GitHub","publisher":{"@type":"Organization","name":"GitHub","url":"https://github.com"}}]</script>\n')
    mf = f"bounces+1234567-{hexr(2)}-{A_ADDR.replace('@', '=')}@sgmail.github.com"
    ip = '192.254.114.176'
    rx = rx_gmail(A_ADDR, d, 'o3.sgmail.github.com', ip, mf, [('pass', 'github.com', 'pf2023'), ('pass', 'sgmail.github.com', 's1')], 'pass',
                  ('pass', 'p=REJECT sp=REJECT dis=NONE', 'github.com'))
    snd = [dkim(d, 'github.com', 'pf2023', 'from:reply-to:to:cc:in-reply-to:references:subject:mime-version:content-type'),
           ("Date", rfc(d)), ("From", '"Daniel Okafor" <notifications@github.com>'),
           ("Reply-To", "dokafor/homelab-infra <reply+AB3XJ2QK7ZPLM4VNHS6YQ5F6MXWFJEVBNHHKTWQ3EU@reply.github.com>"),
           ("To", to), ("Cc", f"Author <author@noreply.github.com>"), ("Message-ID", mid),
           ("In-Reply-To", "<dokafor/homelab-infra/pull/482@github.com>"), ("References", "<dokafor/homelab-infra/pull/482@github.com>"),
           ("Subject", s), ("List-ID", "dokafor/homelab-infra <homelab-infra.dokafor.github.com>"),
           ("List-Archive", "https://github.com/dokafor/homelab-infra"),
           ("List-Unsubscribe", "<mailto:unsub+AB3XJ2Q@reply.github.com>, <https://github.com/notifications/unsubscribe/AB3XJ2Q>"),
           ("X-GitHub-Sender", "dokafor"), ("X-GitHub-Recipient", "dokafor"), ("X-GitHub-Reason", "author"),
           ("X-GitHub-Notify-Platform", "newsies")]
    emit('003-github-pr-notification.eml', rx + snd, alt(text, h, cte='7bit'), 'unrelated', None, [], False)


# B: Priya Raman, console case, outlook.com
B_OPEN = T('2025-08-04 07:12:55')
B_CID = cid15(B_OPEN, '01873')
B_ADDR = "priya.raman@outlook.com"
B_TO = B_ADDR
B_CSUBJ = "Three certification logins - need them as one"


def ses_outlook(to_addr, d, frm, to, subject, consumer=True):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    rx = rx_outlook(to_addr, d, host, ip, mf, 'amazon.com', 'pass', 'pass', 'pass', 'amazon.com', consumer)
    return rx + ses_sender(d, frm, to, subject, mid)


@mail
def m004():
    d = T('2025-08-05 16:27:44')
    text = f"""Hello Priya,

Thank you for the detail in your message, it made this much quicker to look into.

I was able to locate all three certification profiles you mentioned:

- AWS20581147 - registered with priya.r.1990@gmail.com in 2019
- AWS30692258 - registered with priya.raman@kestrelsoft.com in 2022
- AWS39904216 - registered with priya.raman@outlook.com in 2024

Only one of them can remain at the end of this process. The history held on the other two (exam results, active certifications and any unused benefits) would be moved onto it, and their logins would stop working. Which of the three would you like to keep? Most people pick the one tied to an e-mail address they expect to have for a long time, but it's entirely your decision.

As soon as I hear back from you, I'll set out exactly what will happen so you can look it over before anything is changed.

Best regards,

Rebecca H.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=B_CID)
    emit('004-console-which-profile-to-keep.eml', ses_outlook(B_ADDR, d, NOREPLY, B_TO, f"RE:[CASE {B_CID}] {B_CSUBJ}"),
         alt(text, console_html(text)), 'support_reply', B_CID, ['AWS20581147', 'AWS30692258', 'AWS39904216'], True)


@mail
def m005():
    d = T('2025-05-28 16:20:12')
    yes_d = at(T('2025-05-27 19:02:55'), '+01:00')
    prev = f"""Hi Daniel,

Found two of them:

  AWS 04417382  (d.okafor@brightlane.io)     -> goes away
  aws11873625   (daniel.okafor84@gmail.com)  -> stays, gets everything

Nothing under the 2019 one.

Can't be reversed afterwards. Reply "yes" and I'll do it.

Marco
AWS Training & Certification"""
    mine = f"""Yes - that's right, please go ahead.

Thanks,
Daniel

{gmail_on(at(T('2025-05-27 09:41:06'), '+01:00'), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', us=False)}
{quote(prev)}"""
    text = f"""Hi Daniel,

All sorted. Everything that was on AWS04417382 now lives on AWS11873625 - sign in with daniel.okafor84@gmail.com from here on. The brightlane login doesn't exist any more.

Badges usually follow on Credly within a day or two; shout if they don't.

Marco

{gmail_on(yes_d, 'Daniel Okafor', A_ADDR, us=False)}
{quote(mine)}
"""
    emit('005-terse-all-sorted.eml', ses_gmail(A_ADDR, d, FORM, A_TO, A_SUBJ), alt(text),
         'merge_completed', A_CID, ['AWS04417382', 'AWS11873625'], True)


CREDLY = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")


def credly_rx_gmail(to_addr, d, frm_dom='credly.com', dmarc_ok=True):
    mf = f"bounces+{R.randint(1000000,9999999)}-{hexr(2)}-{to_addr.replace('@', '=')}@em.{frm_dom}"
    ip = f"149.72.{R.randint(1,254)}.{R.randint(1,254)}"
    rx = rx_gmail(to_addr, d, f"o{R.randint(1,9)}.ptr{R.randint(1000,9999)}.em.{frm_dom}", ip, mf,
                  [('pass', frm_dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')], 'pass',
                  ('pass' if dmarc_ok else 'fail', 'p=QUARANTINE sp=QUARANTINE dis=NONE', frm_dom))
    mid = f"<{b64r(16)[:22].replace('/', 'x').replace('+', 'q')}@geopod-ismtpd-{R.randint(1,40)}>"
    return rx, mid


def credly_html(first, badge, issuer, url, lines, button="Claim your badge"):
    ps = ''.join(f'<p style="margin:0 0 16px 0">{html.escape(l)}</p>\n' for l in lines)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="viewport" content="width=device-width" /><title>Credly</title></head>
<body style="margin:0;padding:0;background-color:#f5f5f5;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#f5f5f5"><tr><td align="center" style="padding:24px 0;">
<table border="0" cellpadding="0" cellspacing="0" width="560" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#333333;font-size:15px;line-height:22px;">
<tr><td style="padding:24px 32px 0 32px;"><img src="https://images.credly.com/images/credly-logo-orange.png" width="90" alt="Credly" /></td></tr>
<tr><td align="center" style="padding:24px 32px 8px 32px;"><img src="https://images.credly.com/size/340x340/images/{uuid.UUID(bytes=R.randbytes(16))}/image.png" width="140" height="140" alt="{html.escape(badge)}" /></td></tr>
<tr><td style="padding:8px 32px;"><p style="margin:0 0 16px 0">Hi {html.escape(first)},</p>
{ps}</td></tr>
<tr><td align="center" style="padding:8px 32px 24px 32px;"><a href="{url}" style="background-color:#ff6b00;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:4px;display:inline-block;font-weight:bold;">{button}</a></td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid #eeeeee;font-size:12px;color:#888888;">Issued by {html.escape(issuer)} through Credly. Questions about this credential? Contact the issuer directly.<br />
Credly, Inc. | 1 Penn Plaza, Suite 2527 | New York, NY 10119<br /><a href="https://www.credly.com/notification_settings" style="color:#888888;">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
"""


@mail
def m006():
    d = T('2025-05-28 18:05:51')
    badge = "AWS Certified Solutions Architect \u2013 Associate"
    url = f"https://www.credly.com/earner/earned/badge/{uuid.UUID(bytes=R.randbytes(16))}?key=claim&utm_medium=email&utm_source=transactional"
    lines = [f"Amazon Web Services Training and Certification has recognised your {badge} with a digital credential, and it's sitting in your Credly account waiting for you.",
             "Claim it to make it part of your profile, then share it on LinkedIn or add it to your e-mail signature so people can verify it in one click.",
             "It only takes a moment."]
    h = credly_html("Daniel", badge, "Amazon Web Services Training and Certification", url, lines)
    plain = f"Hi Daniel,\n\n" + "\n\n".join(lines) + f"\n\nClaim your badge: {url}\n\nCredly, Inc. | 1 Penn Plaza, Suite 2527 | New York, NY 10119\n"
    rx, mid = credly_rx_gmail(A_ADDR, d)
    snd = [dkim(d, 'credly.com', 's1', 'from:mime-version:subject:list-unsubscribe:to:content-type'),
           ("Date", rfc(d)), ("From", CREDLY), ("Reply-To", "noreply@credly.com"), ("To", A_ADDR), ("Message-ID", mid),
           ("Subject", subj(f"Daniel, your {badge} credential is waiting", 'b')),
           ("List-Unsubscribe", "<https://www.credly.com/notification_settings>")]
    emit('006-credly-credential-waiting.eml', rx + snd, multi('alternative', tp(plain, cte='qp'), tp(h, 'html', cte='b64')),
         'credly_badge_issued', None, [], True)


@mail
def m007():
    d = T('2025-05-28 16:21:40')
    text = f"""Hello Daniel,

We believe everything you asked about under reference {A_CID} has now been taken care of, so we've marked it as resolved on our side. There is nothing further you need to do.

Did we sort things out for you?

    Yes:  https://support.aws.amazon.com/feedback?ref={A_CID}&resolved=1
    No:   https://support.aws.amazon.com/feedback?ref={A_CID}&resolved=0

Your answer goes straight to the lead of the team that helped you and takes a few seconds. If it turns out something still isn't right, just reply to this message within 14 days and we'll pick it back up.

AWS Training and Certification
"""
    h = to_html(text).replace(f'Yes:  https://support.aws.amazon.com/feedback?ref={A_CID}&amp;resolved=1',
                              f'<a href="https://support.aws.amazon.com/feedback?ref={A_CID}&amp;resolved=1" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">YES</a>')
    h = h.replace(f'No:   https://support.aws.amazon.com/feedback?ref={A_CID}&amp;resolved=0',
                  f'<a href="https://support.aws.amazon.com/feedback?ref={A_CID}&amp;resolved=0" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">NO</a>')
    emit('007-resolved-did-we-sort-it.eml', ses_gmail(A_ADDR, d, FORM, A_TO, f"[CASE {A_CID}] How did we do?"),
         tp(h, 'html', cte='qp'), 'survey', A_CID, [], True)


@mail
def m008():
    opened = T('2025-07-21 09:31:12')
    cid = cid15(opened, '04411')
    d = T('2025-07-22 13:05:37')
    text = f"""Hello Priya,

Thank you for your patience while I looked into this.

I've reviewed the two accounts you listed: 4821-0937-6650 is the member account that recently joined your organization, and 7736-1190-2045 is the management (payer) account. The AWS Activate promotional credits that are still sitting on the member account can be moved to the management account so that they are applied across the organization under consolidated billing.

Before I submit the transfer, I need your written agreement on this case, because once the credits are moved they cannot be returned to the member account, and the member account will no longer see them on its own Billing and Cost Management console.

If you are happy to proceed, please reply from the Support Center with "I agree to the transfer" and the name of the person authorising it. If you'd rather leave the credits where they are, just let me know and I'll close the case.

Best regards,

Tomasz W.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=cid)
    emit('008-billing-credits-transfer-agreement.eml',
         ses_outlook(B_ADDR, d, NOREPLY, B_TO, f"RE:[CASE {cid}] Activate credits after joining our Organization"),
         alt(text, console_html(text)), 'unrelated', cid, [], True)


@mail
def m009():
    d = T('2025-08-04 07:13:02')
    text = f"""Hello,

We're writing to let you know that your request to AWS Support came through and is now in our queue. Please keep the details below handy in case you get in touch about the same issue again.

Case ID: {B_CID}
Subject: {B_CSUBJ}
Severity: General guidance
Account: Training and Certification

You can follow progress, add information or attach files at any time here:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CID}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
    emit('009-console-request-in-queue.eml',
         ses_outlook(B_ADDR, d, NOREPLY, B_TO, f"Amazon Web Services: We've received your support request {B_CID}"),
         alt(text, console_html(text), cte='b64'), 'case_created', B_CID, [], True, crlf=True)


@mail
def m010():
    d = T('2025-08-06 11:52:19')
    text = f"""Hello Priya,

Thank you very much for getting back to me so quickly, and for explaining the background - it's completely understandable how three profiles came about when an employer voucher and a personal purchase were involved at different times.

Based on your reply, this is what our back-office team would carry out:

  Profile that remains:   AWS39904216 (priya.raman@outlook.com)
  Profiles folded into it: AWS20581147 (priya.r.1990@gmail.com)
                           AWS30692258 (priya.raman@kestrelsoft.com)

After the change, your Cloud Practitioner (2019), Developer - Associate (2022) and Solutions Architect - Professional (2024) records, together with your exam history, would all appear under AWS39904216, and you would sign in only with priya.raman@outlook.com. The two older logins would be deactivated. Any benefit that is still valid - for example an unused 50% exam discount - travels with the certification that earned it.

I do need to be upfront about one thing: this cannot be undone. Once the profiles are combined, we have no way to split them apart again, so please take a moment to check that the list above is exactly what you want, including which address you will use in the future.

If everything looks right, a short reply in the Support Center saying that you agree is all we need, and I'll hand it over straight away. If anything should be different - for instance if you'd prefer to keep the Kestrelsoft profile instead - just tell me and I'll update the plan before anything happens.

Best regards,

Rebecca H.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=B_CID)
    emit('010-console-long-plan-check.eml', ses_outlook(B_ADDR, d, NOREPLY, B_TO, f"RE:[CASE {B_CID}] {B_CSUBJ}"),
         alt(text, console_html(text)), 'merge_confirmation_requested', B_CID,
         ['AWS39904216', 'AWS20581147', 'AWS30692258'], True)


@mail
def m011():
    d = T('2025-08-06 11:52:21')
    h = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Support</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Helvetica,Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px;color:#ffffff;font-size:18px">AWS Support</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px">
<p>Hello,</p>
<p>There is something new for you to read on one of your support cases. An AWS Support team member has added a message, and it may be waiting on input from you.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#687078">Case ID</td><td>{B_CID}</td></tr>
<tr><td style="color:#687078">Subject</td><td>{B_CSUBJ}</td></tr>
</table>
<p style="margin-top:20px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={B_CID}&amp;language=en" style="background:#ec7211;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:2px">Open the case</a></p>
<p style="font-size:12px;color:#687078">For your security, the message itself is only shown in the Support Center. If you are connecting by federation, sign in before following the link.</p>
<p style="font-size:12px;color:#687078">This mailbox is not monitored. Please do not reply to this e-mail.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
"""
    emit('011-console-something-new-to-read.eml',
         ses_outlook(B_ADDR, d, NOREPLY, B_TO, f"[Case {B_CID}] Update available on your support case"),
         tp(h, 'html', cte='qp'), 'support_reply', B_CID, [], True)


@mail
def m012():
    d = T('2025-08-07 09:14:50')
    text = f"""Hello Priya,

Perfect, thank you for the go-ahead.

I've now handed your request to our certification operations team, with AWS39904216 as the profile that stays. There's nothing more you need to do for the moment.

This kind of change normally takes between one and three business days. As soon as it's finished I'll write to you here, and at that point it would be worth signing in and checking that your certifications and benefits look the way you expect. Until then, please carry on using priya.raman@outlook.com as usual; you might notice the older logins behaving oddly for a short while, which is expected.

Best regards,

Rebecca H.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=B_CID)
    emit('012-console-handed-to-operations.eml', ses_outlook(B_ADDR, d, NOREPLY, B_TO, f"RE:[CASE {B_CID}] {B_CSUBJ}"),
         alt(text, console_html(text)), 'support_reply', B_CID, ['AWS39904216'], True)


@mail
def m013():
    d = T('2025-08-09 14:40:03')
    text = f"""Hello Priya,

I hope you're having a good week. I'm writing with the news you've been waiting for.

Our operations team finished their part this morning. AWS20581147 and AWS30692258 have been retired, and everything that was recorded on them - your exam history, your Cloud Practitioner and Developer - Associate certifications and the related digital transcripts - is now held under AWS39904216.

When you sign in to the certification portal with priya.raman@outlook.com you should see all three certifications listed together. I'd recommend having a quick look at the Benefits page as well; the unused 50% discount from your Developer - Associate exam is now showing on AWS39904216 on our side.

One thing to keep in mind: the badges from your 2019 profile were held in a separate Credly account under priya.r.1990@gmail.com. Credly normally moves them across on its own over the next day or two and sends you an e-mail when it does. If nothing has arrived by the end of next week, just add a note to this case and I'll chase it for you.

I'll leave the case open for a few more days in case anything looks off.

Best regards,

Rebecca H.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=B_CID)
    emit('013-console-operations-finished.eml', ses_outlook(B_ADDR, d, NOREPLY, B_TO, f"RE:[CASE {B_CID}] {B_CSUBJ}"),
         alt(text, console_html(text)), 'merge_completed', B_CID, ['AWS20581147', 'AWS30692258', 'AWS39904216'], True)


@mail
def m014():
    d = T('2025-08-12 15:02:44')
    text = f"""Hello,

We've wrapped up your support case {B_CID} ("{B_CSUBJ}"). Because we haven't heard from you since our last message, we've set its status to Resolved.

If you still need help with the same issue, you can reopen it from the Support Center within the next 14 days and it will go back to the same team:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CID}&language=en

How would you rate the help you received? Choose one:
https://console.aws.amazon.com/support/feedback?displayId={B_CID}&rating=5  Excellent
https://console.aws.amazon.com/support/feedback?displayId={B_CID}&rating=3  Average
https://console.aws.amazon.com/support/feedback?displayId={B_CID}&rating=1  Poor

Thank you for using AWS Support.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
    emit('014-console-wrapped-up-rate.eml',
         ses_outlook(B_ADDR, d, NOREPLY, B_TO, f"Amazon Web Services: Status change on support case {B_CID}"),
         alt(text, console_html(text), cte='b64'), 'survey', B_CID, [], True)


@mail
def m015():
    d = T('2025-06-03 15:30:09')
    text = """Dear Daniel Okafor,

Thank you for being part of the AWS Certified community.

AWS Certification wants to hear from you. We are always looking for ways to make the certification experience better, and your feedback helps shape the exams, the benefits program and the tools you use to manage your credentials.

The questionnaire takes about five minutes and closes on June 30, 2025:
https://www.certmetrics.com/amazon/public/survey.aspx?t=7f3a9c21e5b84d6f90a1c2d3e4f5a6b7

For your reference, your AWS Certification Account details:
    Candidate ID: AWS11873625
    Name on record: Daniel Okafor

Sincerely,
AWS Training and Certification

This message was sent by CertMetrics on behalf of Amazon Web Services. Please do not reply to this e-mail; the mailbox is not monitored.
"""
    mf = f"bounces+{R.randint(1000000,9999999)}-{hexr(2)}-{A_ADDR.replace('@','=')}@mail.certmetrics.com"
    ip = f"167.89.{R.randint(1,254)}.{R.randint(1,254)}"
    rx = rx_gmail(A_ADDR, d, f"o{R.randint(1,9)}.mail.certmetrics.com", ip, mf,
                  [('pass', 'certmetrics.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], 'pass',
                  ('pass', 'p=NONE sp=NONE dis=NONE', 'certmetrics.com'))
    snd = [dkim(d, 'certmetrics.com', 's1', 'from:mime-version:subject:to:content-type'),
           ("From", '"AWS Certification" <do-not-reply@certmetrics.com>'), ("To", A_ADDR),
           ("Subject", "AWS Certification wants to hear from you"), ("Date", rfc(d)),
           ("Message-ID", f"<{alnum(22)}@geopod-ismtpd-{R.randint(1,40)}>")]
    emit('015-certmetrics-questionnaire.eml', rx + snd, alt(text, cte='qp'), 'unrelated', None, ['AWS11873625'], False)


# C: Kenji Watanabe, 2023 form case, 11-digit id, nifty
C_CID = "13052267411"
C_ADDR = "k-watanabe@nifty.com"
C_TO = addr("Kenji Watanabe", C_ADDR)
C_SUBJ = f"RE:[CASE {C_CID}] [AWS Training and Certification Form Submission] - account-assistance"
C_FORM = """Inquiry Type: AWS Training and Certification
Detail: Account Merge
First Name: Kenji
Last Name: Watanabe
Email: k-watanabe@nifty.com
AWS candidate ID: AWS08815563
Description: I have two AWS Certification accounts. AWS07739120 was made with my old company mail and AWS08815563 is my private one. I want to use only the private one. Please help."""


def ses_nifty(d, subject, frm=FORM):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    return rx_nifty(C_ADDR, d, host, ip, mf, 'amazon.com', 'amazon.com') + ses_sender(d, frm, C_TO, subject, mid)


@mail
def m016():
    d = T('2023-03-14 02:15:33')
    text = f"""Dear Kenji,

Greetings from AWS Training and Certification!

Thank you for reaching out to us. I have gone through your query and understood that you are having two certification profiles and wish to have all your certifications under a single profile.

I could see one profile AWS08815563 which is associated to k-watanabe@nifty.com. To proceed further on your request, kindly share the below details:

1. Registered e-mail address used for login of each profile
2. Notification e-mail address, if it is different from the login e-mail
3. Which profile you wish to retain as primary

Please note that without the above details we will not be able to action your request. Kindly revert at the earliest.

Thanks and regards,
Anjali
AWS Training and Certification

-----Original Message-----
{C_FORM}
"""
    emit('016-agent-needs-login-addresses.eml', ses_nifty(d, C_SUBJ), alt(text, cte='qp'),
         'support_reply', C_CID, ['AWS08815563'], True)


C_Q1 = f"""Dear Kenji,

Greetings from AWS Training and Certification!

Thank you for reaching out to us. I have gone through your query and understood that you are having two certification profiles and wish to have all your certifications under a single profile.

I could see one profile AWS08815563 which is associated to k-watanabe@nifty.com. To proceed further on your request, kindly share the below details:

1. Registered e-mail address used for login of each profile
2. Notification e-mail address, if it is different from the login e-mail
3. Which profile you wish to retain as primary

Thanks and regards,
Anjali
AWS Training and Certification"""


@mail
def m017():
    d = T('2023-03-15 03:40:12')
    kenji = f"""Dear Anjali,

Thank you for your reply.

1. AWS07739120: kenji.watanabe@tanaka-sys.co.jp (I left the company, I cannot receive mail there)
   AWS08815563: k-watanabe@nifty.com
2. Same as above
3. AWS08815563 please

Best regards,
Kenji Watanabe

2023年3月14日(火) 11:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{quote(C_Q1)}"""
    text = f"""Dear Kenji,

Thank you for sharing the requested details.

As per our records, below are the profiles:

Source profile (will be closed):   AWS07739120 - kenji.watanabe@tanaka-sys.co.jp
Target profile (will be retained): AWS08815563 - k-watanabe@nifty.com

Post the activity, all the certifications and exam history of the source profile will reflect in the target profile, and the login of the source profile will no longer work. Kindly note this activity is irreversible and cannot be rolled back once done.

Request you to kindly reply to this e-mail with your consent on the above, so that we can do the needful.

Thanks and regards,
Anjali
AWS Training and Certification

---- On Tue, 14 Mar 2023 18:02:41 +0900 Kenji Watanabe <k-watanabe@nifty.com> wrote ----
{quote(kenji)}
"""
    emit('017-agent-source-target-consent.eml', ses_nifty(d, C_SUBJ), alt(text, cte='b64'),
         'merge_confirmation_requested', C_CID, ['AWS07739120', 'AWS08815563'], True)


@mail
def m018():
    d = T('2023-03-16 09:05:47')
    ken = """Dear Anjali,

Yes, I agree. Please go ahead.

Kenji"""
    text = f"""Dear Kenji,

Greetings!

We are pleased to inform you that the requested activity has been successfully executed at our end. All your certifications are now reflecting under AWS08815563, and the profile AWS07739120 stands deactivated.

Kindly login with k-watanabe@nifty.com and verify the same. Your Credly badges will get transferred within 48 hours. In case of any discrepancy, please feel free to revert on this same e-mail.

Thanks and regards,
Anjali
AWS Training and Certification

---- On Wed, 15 Mar 2023 14:22:09 +0900 Kenji Watanabe <k-watanabe@nifty.com> wrote ----
{quote(ken)}
"""
    emit('018-agent-activity-executed.eml', ses_nifty(d, C_SUBJ), alt(text, cte='qp'),
         'merge_completed', C_CID, ['AWS07739120', 'AWS08815563'], True)


@mail
def m019():
    d = T('2023-03-17 11:48:30')
    badge = "AWS Certified Developer \u2013 Associate"
    url = f"https://www.credly.com/earner/earned/badge/{uuid.UUID(bytes=R.randbytes(16))}"
    lines = [f"Amazon Web Services Training and Certification has sent you a digital credential for {badge}.",
             "Add it to your Credly profile to show what you know, and share it wherever people look for your skills: LinkedIn, your resume, your e-mail signature.",
             "Employers and colleagues can check it in one click, so it is always clear that it's yours."]
    h = credly_html("Kenji", badge, "Amazon Web Services Training and Certification", url, lines, button="Add it to my profile")
    plain = "Hi Kenji,\n\n" + "\n\n".join(lines) + f"\n\nAdd it to my profile: {url}\n"
    mf = f"bounces+{R.randint(1000000,9999999)}-{hexr(2)}-k-watanabe=nifty.com@em.credly.com"
    rx = rx_nifty(C_ADDR, d, f"o{R.randint(1,9)}.ptr{R.randint(1000,9999)}.em.credly.com", f"149.72.{R.randint(1,254)}.{R.randint(1,254)}",
                  mf, 'credly.com', 'credly.com', sel='s1')
    snd = [dkim(d, 'credly.com', 's1', 'from:mime-version:subject:to:content-type'),
           ("Date", rfc(d)), ("From", CREDLY), ("To", C_ADDR), ("Message-ID", f"<{alnum(22)}@geopod-ismtpd-{R.randint(1,40)}>"),
           ("Subject", f"Kenji, add your {badge} to your profile".replace('\u2013', '-'))]
    emit('019-credly-add-to-profile.eml', rx + snd, multi('alternative', tp(plain, cte="qp"), tp(h, 'html', cte='qp')),
         'credly_badge_issued', None, [], True)


# E: Luis Fernandez, console case, Fastmail custom domain
E_OPEN = T('2025-09-15 19:44:08')
E_CID = cid15(E_OPEN, '07702')
E_ADDR = "luis@fernandez.fm"
E_TO = addr("Luis Fernández", E_ADDR)
E_CSUBJ = "Duplicate certification profile after exam booking"


def ses_fastmail(d, frm, subject, to=E_TO, dmarc=True):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    return rx_fastmail(E_ADDR, d, host, ip, mf, [('amazon.com', SEL_AMZ), ('amazonses.com', SEL_SES)], dmarc, 'amazon.com') + \
        ses_sender(d, frm, to, subject, mid)


@mail
def m020():
    d = T('2025-09-10 17:22:05')
    code = "731904"
    text = f"""Hi Luis,

Someone (hopefully you) asked to bring two Credly accounts together: luis@fernandez.fm and luis.fernandez.dev@gmail.com.

Your verification code is: {code}

Enter it on the page you started from, or use the button below to finish. The code expires in 30 minutes. Once the accounts are combined, all badges will appear under luis@fernandez.fm and you'll sign in with that address only.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token={hexr(16)}

If you didn't request this, you can ignore this e-mail - nothing will change.

The Credly Team
"""
    h = to_html(text).replace('Complete Account Merge: ', '<a href="#" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a><br>')
    mf = f"bounces+{R.randint(1000000,9999999)}-{hexr(2)}-luis=fernandez.fm@em.credly.com"
    rx = rx_fastmail(E_ADDR, d, f"o{R.randint(1,9)}.ptr{R.randint(1000,9999)}.em.credly.com", f"149.72.{R.randint(1,254)}.{R.randint(1,254)}",
                     mf, [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], True, 'credly.com')
    snd = [dkim(d, 'credly.com', 's1', 'from:mime-version:subject:to:content-type'),
           ("Date", rfc(d)), ("From", '"Credly" <admin@credly.com>'), ("To", E_ADDR),
           ("Message-ID", f"<{alnum(22)}@geopod-ismtpd-{R.randint(1,40)}>"), ("Subject", "Your Credly verification code")]
    emit('020-credly-own-account-code.eml', rx + snd, alt(text, h), 'unrelated', None, [], True)


# D: Marta Kowalska, 2020 form case, 10-digit id, corporate gateway without A-R
D_CID = "7081234561"
D_ADDR = "marta.kowalska@northwind-logistics.pl"
D_TO = addr("Marta Kowalska", D_ADDR)


def ses_gateway(d, subject, frm=FORM):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    return rx_gateway(D_ADDR, d, host, ip, mf) + ses_sender(d, frm, D_TO, subject, mid)


@mail
def m021():
    d = T('2020-06-15 08:14:02')
    text = f"""Dear Marta,

Your note has arrived and is now with our Training and Certification support team.

Reference: {D_CID}
Topic: Certification account

We aim to respond within one business day. If you want to add something, reply to this e-mail without changing the subject line, so that it is filed together with your original request.

With kind regards,
AWS Training and Certification
"""
    emit('021-2020-note-has-arrived.eml',
         ses_gateway(d, f"[CASE {D_CID}] AWS Training and Certification - account-assistance"),
         tp(text, cte='b64'), 'case_created', D_CID, [], None, crlf=True)


@mail
def m022():
    d = T('2020-06-17 13:31:55')
    earlier = """Dear Marta,

I can see AWS00928374 (marta.k@post.pl) and AWS01377465 (marta.kowalska@northwind-logistics.pl). I will keep AWS01377465, because that is the one with your recent exam, and move the older one into it. This cannot be reversed. Please answer this e-mail if that is OK for you.

Regards,
Jonas
AWS Training and Certification"""
    marta = f"""Hello Jonas,

Yes, that is OK for me. Thank you!

Marta Kowalska
Cloud Infrastructure Lead | Northwind Logistics Sp. z o.o.
ul. Grunwaldzka 182, 60-166 Poznań

{outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', at(T('2020-06-16 09:02:11'), '+02:00'), 'Kowalska Marta <marta.kowalska@northwind-logistics.pl>', f'RE:[CASE {D_CID}] AWS Training and Certification - account-assistance', earlier)}"""
    text = f"""Dear Marta,

Done - your two profiles are now one, under AWS01377465. Please log in with your company address as before.

Regards,
Jonas
AWS Training and Certification

{outlook_block('Kowalska Marta <marta.kowalska@northwind-logistics.pl>', at(T('2020-06-16 14:47:30'), '+02:00'), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', f'RE: RE:[CASE {D_CID}] AWS Training and Certification - account-assistance', marta)}
"""
    emit('022-2020-done-two-now-one.eml',
         ses_gateway(d, f"RE:[CASE {D_CID}] AWS Training and Certification - account-assistance"),
         alt(text, cte='qp'), 'merge_completed', D_CID, ['AWS01377465'], None, crlf=True)


@mail
def m023():
    d = T('2020-06-19 10:00:31')
    stars = ''.join(f'<td style="padding:0 4px"><a href="https://survey.aws-tc.amazon.com/r?c={D_CID}&amp;s={i}" style="display:block;width:36px;height:36px;line-height:36px;text-align:center;background:#ec7211;color:#fff;text-decoration:none;font-weight:bold">{i}</a></td>' for i in range(1, 6))
    h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Marta,</p>
<p>A few days ago you were in touch with AWS Training and Certification about case {D_CID}. This case has now been closed, and we would like to know how it went for you.</p>
<p>On a scale of 1 (very dissatisfied) to 5 (very satisfied), how happy are you with the help you received?</p>
<table cellpadding="0" cellspacing="0"><tr>{stars}</tr></table>
<p>It takes one click. If you still need help with this matter, simply reply to this e-mail and we will look at it again.</p>
<p>Thank you for your time,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. \u2013 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>
"""
    emit('023-2020-one-click-rating.eml', ses_gateway(d, f"Your opinion on case {D_CID}"),
         tp(h, 'html', cs='windows-1252', cte='qp'), 'survey', D_CID, [], None, crlf=True)


@mail
def m024():
    d = T('2020-06-18 16:41:09')
    to = "marta.kowalska.pl@gmail.com"
    badge = "AWS Certified Cloud Practitioner"
    url = f"https://www.youracclaim.com/earner/earned/badge/{uuid.UUID(bytes=R.randbytes(16))}"
    lines = [f"Congratulations! Amazon Web Services Training and Certification has given you a new credential: {badge}.",
             "It is ready for you in Acclaim. Take it, then share it with your network or add it to your LinkedIn profile so everybody can see and verify it."]
    h = credly_html("Marta", badge, "Amazon Web Services Training and Certification", url, lines, button="Accept Badge") \
        .replace('credly-logo-orange.png', 'acclaim-logo.png').replace('through Credly', 'through Acclaim') \
        .replace('https://www.credly.com/notification_settings', 'https://www.youracclaim.com/notification_settings')
    plain = "Hi Marta,\n\n" + "\n\n".join(lines) + f"\n\n{url}\n\nAcclaim | Credly, Inc.\n"
    mf = f"bounces+{R.randint(1000000,9999999)}-{hexr(2)}-{to.replace('@','=')}@em.youracclaim.com"
    ip = f"167.89.{R.randint(1,254)}.{R.randint(1,254)}"
    rx = rx_gmail(to, d, f"o{R.randint(1,9)}.em.youracclaim.com", ip, mf, [('pass', 'youracclaim.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
                  'pass', ('pass', 'p=NONE sp=NONE dis=NONE', 'youracclaim.com'))
    snd = [dkim(d, 'youracclaim.com', 's1', 'from:mime-version:subject:to:content-type'),
           ("Date", rfc(d)), ("From", addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com")),
           ("To", to), ("Message-ID", f"<{alnum(22)}@ismtpd0{R.randint(10,99)}p1mdw1.sendgrid.net>"),
           ("Subject", f"Marta, your {badge} is ready in Acclaim")]
    emit('024-acclaim-2020-credential-ready.eml', rx + snd, multi('alternative', tp(plain, cte='7bit', cs='us-ascii'), tp(h, 'html', cte='b64')),
         'credly_badge_issued', None, [], True)


@mail
def m025():
    d = T('2025-03-04 22:17:40')
    to = "chenwei.dev@gmail.com"
    text = """Hi Chen,

Good news - the profile consolidation you asked for is complete.

Your Microsoft Certification profiles have been merged. The certifications, exam history and transcript that were on the profile linked to chen.wei@contoso-partners.com now appear under the profile you sign in to with chenwei.dev@gmail.com. The other profile has been closed.

Please allow up to 24 hours for the changes to show on your Learn profile and in your certification dashboard. If anything looks wrong after that, reply to this e-mail and our Certification Support team will take another look.

Thank you,
Microsoft Learn Certification Support

Microsoft respects your privacy. Read our privacy statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    mf = f"{alnum(10)}@email.microsoft.com"
    ip = f"40.107.{R.randint(1,254)}.{R.randint(1,254)}"
    rx = rx_gmail(to, d, f"mail-{alnum(6)}.outbound.protection.outlook.com", ip, mf,
                  [('pass', 'microsoft.com', 'selector2')], 'pass', ('pass', 'p=REJECT sp=REJECT dis=NONE', 'microsoft.com'))
    snd = [dkim(d, 'microsoft.com', 'selector2', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version'),
           ("From", '"Microsoft Learn" <mslearn@microsoft.com>'), ("To", to), ("Date", rfc(d)),
           ("Subject", "Your certification profiles are now one"),
           ("Message-ID", f"<{uuid.UUID(bytes=R.randbytes(16))}@MW4PR21MB1234.namprd21.prod.outlook.com>")]
    emit('025-microsoft-learn-profiles.eml', rx + snd, alt(text, cte='qp'), 'unrelated', None, [], False)


@mail
def m026():
    d = E_OPEN + timedelta(seconds=9)
    text = f"""Hi there,

This automated message is just to let you know we've logged your request with AWS Support.

Case ID: {E_CID}
Subject: {E_CSUBJ}
Severity: Low
Service: Training and Certification

We'll be in touch soon. To view the case or add more information, visit:
https://console.aws.amazon.com/support/home#/case/?displayId={E_CID}&language=en

AWS Support

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
    emit('026-console-request-logged.eml', ses_fastmail(d, NOREPLY, f"Amazon Web Services: Case {E_CID} logged"),
         alt(text, console_html(text)), 'case_created', E_CID, [], True)


E_PLAN = """Hi Luis,

Thanks for the screenshots - they explain it. The second profile was created when the exam was booked with your Gmail address.

What I can do is fold the newer profile, AWS61137794 (luis.fernandez.dev@gmail.com), into your original one, AWS52260918 (luis@fernandez.fm). Afterwards you'd sign in with luis@fernandez.fm only, and the September exam result would sit next to your other two certifications.

There's no way back once it's done, so have a look and tell me here in the case whether that's what you want. If it is, I'll set it in motion.

Dev
Amazon Web Services"""


@mail
def m027():
    d = T('2025-09-19 08:03:37')
    text = f"""Hi Luis,

Just circling back on my message below - I still need a yes or no from you before anything can change on your profiles.

If we don't hear from you within 7 days the case will close by itself; you can reopen it any time from the Support Center.

Dev
Amazon Web Services

----- Previous correspondence (16 Sep 2025) -----
{E_PLAN}
""" + CONSOLE_FOOT.format(cid=E_CID)
    emit('027-console-circling-back.eml', ses_fastmail(d, NOREPLY, f"RE:[CASE {E_CID}] {E_CSUBJ}"),
         alt(text, console_html(text)), 'support_reply', E_CID, [], True)


@mail
def m028():
    d = T('2025-09-16 14:10:58')
    text = E_PLAN + "\n" + CONSOLE_FOOT.format(cid=E_CID)
    emit('028-console-fold-newer-into-original.eml', ses_fastmail(d, NOREPLY, f"RE:[CASE {E_CID}] {E_CSUBJ}"),
         alt(text, console_html(text), cte='b64'), 'merge_confirmation_requested', E_CID, ['AWS61137794', 'AWS52260918'], True)


@mail
def m029():
    d = T('2025-09-22 17:45:20')
    text = f"""Hi Luis,

That's taken care of. AWS61137794 no longer exists; the September exam and everything else is on AWS52260918 now. Sign in with luis@fernandez.fm.

The Credly badge for the new exam can take a day to move over.

Dev
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=E_CID)
    emit('029-console-thats-taken-care-of.eml', ses_fastmail(d, NOREPLY, f"RE:[CASE {E_CID}] {E_CSUBJ}"),
         alt(text, console_html(text)), 'merge_completed', E_CID, ['AWS61137794', 'AWS52260918'], True)


@mail
def m030():
    d = T('2025-09-23 10:12:44')
    badges = ["AWS Certified Security \u2013 Specialty", "AWS Certified SysOps Administrator \u2013 Associate"]
    url = "https://www.credly.com/earner/earned"
    lines = ["Following an update from Amazon Web Services Training and Certification, the credentials below have moved to your Credly account luis@fernandez.fm:",
             " \u2022 " + badges[0], " \u2022 " + badges[1],
             "Review them and make them public so they show on your profile again. Until you do, only you can see them."]
    h = credly_html("Luis", badges[0], "Amazon Web Services Training and Certification", url, lines, button="Review my badges")
    plain = "Hi Luis,\n\n" + "\n".join(lines) + f"\n\nReview my badges: {url}\n\nCredly, Inc. | 1 Penn Plaza, Suite 2527 | New York, NY 10119\n"
    mf = f"bounces+{R.randint(1000000,9999999)}-{hexr(2)}-luis=fernandez.fm@em.credly.com"
    rx = rx_fastmail(E_ADDR, d, f"o{R.randint(1,9)}.ptr{R.randint(1000,9999)}.em.credly.com", f"149.72.{R.randint(1,254)}.{R.randint(1,254)}",
                     mf, [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], True, 'credly.com')
    snd = [dkim(d, 'credly.com', 's1', 'from:mime-version:subject:to:content-type'),
           ("Date", rfc(d)), ("From", CREDLY), ("To", E_ADDR),
           ("Message-ID", f"<{alnum(22)}@geopod-ismtpd-{R.randint(1,40)}>"),
           ("Subject", subj("Luis, your AWS credentials have a new home \u2014 take a look", 'q'))]
    emit('030-credly-credentials-new-home.eml', rx + snd, multi('alternative', tp(plain, cte='qp'), tp(h, 'html', cte='qp')),
         'credly_badge_issued', None, [], True)


@mail
def m031():
    opened = T('2025-09-02 13:20:47')
    cid = cid15(opened, '02958')
    d = opened + timedelta(seconds=6)
    text = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: US East (Northern Virginia)
Limit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New limit value: 512
Use case description: Load test for our checkout service before the October release.

We will get back to you as soon as possible. You can view the case or add correspondence at:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
    emit('031-console-ec2-limit-increase.eml',
         ses_fastmail(d, NOREPLY, f"Amazon Web Services: You have opened a new Support case: {cid}"),
         alt(text, console_html(text)), 'unrelated', cid, [], True)


# F: Aisha Bello, original case + duplicate, Yahoo
F_O = cid15(T('2024-11-04 10:15:40'), '02236')
F_D = cid15(T('2024-11-11 08:30:02'), '09187')
F_ADDR = "aisha.bello@yahoo.com"
F_TO = addr("Aisha Bello", F_ADDR)


def ses_yahoo(d, frm, subject, to=F_TO):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    return rx_yahoo(F_ADDR, d, host, ip, mf, [('amazon.com', SEL_AMZ), ('amazonses.com', SEL_SES)], True, 'amazon.com') + \
        ses_sender(d, frm, to, subject, mid)


@mail
def m032():
    d = T('2024-11-11 08:30:15')
    text = f"""Hi Aisha,

We've got it. Your message is logged with us as {F_D}, and it's now waiting for the next available person on our Training and Certification team.

You don't need to do anything right now. We usually reply within a day; in busy periods it can take a little longer. Replying to this e-mail adds to the same request, so there's no need to fill in the form again.

Thanks,
AWS Training and Certification
"""
    emit('032-form-logged-second-request.eml',
         ses_yahoo(d, FORM, f"[CASE {F_D}] [AWS Training and Certification Form Submission] - account-assistance"),
         alt(text, cte='b64'), 'case_created', F_D, [], True)


@mail
def m033():
    d = T('2024-11-11 15:02:26')
    text = f"""Hi Aisha,

Thanks for getting in touch again, and I'm sorry you had to wait for an answer on your first request.

I can see that you already wrote to us about this on 4 November under case {F_O}, and that request is with the team that handles certification profile changes - nothing has been lost. To keep everything in one place, we'll carry on there and close this newer one, so please reply on the {F_O} e-mail thread if you want to add anything.

For reference, the two profiles noted on your request are AWS70021345 and AWS70985512. Please don't submit the form again for the same thing; each new submission starts at the back of the queue.

Kind regards,
Yusuf
AWS Training and Certification
"""
    emit('033-form-please-stay-on-first-request.eml',
         ses_yahoo(d, FORM, f"RE:[CASE {F_D}] [AWS Training and Certification Form Submission] - account-assistance"),
         alt(text), 'support_reply', F_D, ['AWS70021345', 'AWS70985512'], True)


@mail
def m034():
    d = T('2024-11-14 19:26:03')
    h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f;margin:0;padding:20px">
<p>Hi Aisha,</p>
<p>Your request <b>{F_O}</b> with AWS Training and Certification has been marked as solved.</p>
<p><b>Did we fix what you came to us for?</b></p>
<p><a href="https://aws-tc.support-feedback.amazon.com/s/{F_O}?a=y" style="background:#1d8102;color:#fff;padding:8px 24px;text-decoration:none">Yes</a>&nbsp;&nbsp;
<a href="https://aws-tc.support-feedback.amazon.com/s/{F_O}?a=n" style="background:#d13212;color:#fff;padding:8px 24px;text-decoration:none">No</a></p>
<p>You can also tell us, in a sentence or two, what went well and what we could do better. Every response is read.</p>
<p>If you need more help with this, reply to this e-mail within 14 days and the request will reopen.</p>
<p style="color:#687078;font-size:12px">AWS Training and Certification &middot; Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>
"""
    emit('034-form-first-request-solved-yes-no.eml',
         ses_yahoo(d, FORM, f"[CASE {F_O}] Did we fix it?"), tp(h, 'html', cte='qp'), 'survey', F_O, [], True)


@mail
def m035():
    d = T('2025-06-10 16:48:12', '+01:00')
    frm = addr("Tunde Bakare", "tunde.bakare@brightlane.io")
    prev_d = T('2025-06-09 21:10:03', '+01:00')
    text = f"""Hey Dan,

Quick one before I pull the trigger - can you confirm which Jira site we keep? Plan is to merge brightlane-eng.atlassian.net into brightlane.atlassian.net on Saturday morning. Once it's merged there's no undo, and the eng site goes read-only after that.

Just reply "keep brightlane" or "keep eng" and I'll sort the rest. I know you're not here any more, but you set up half the automation rules so I'd rather ask.

Cheers,
Tunde

--
Tunde Bakare | Platform Engineering | Brightlane
+44 20 7946 0321

{gmail_on(prev_d, 'Daniel Okafor', A_ADDR)}
> Sure, happy to help with the handover. Send me whatever you need.
"""
    h = ('<div dir="ltr">' + to_html(text).split('<body', 1)[1].split('>', 1)[1].rsplit('</body>', 1)[0] + '</div>\n')
    mf = "tunde.bakare@brightlane.io"
    ip = f"209.85.220.{R.randint(40,90)}"
    rx = rx_gmail(A_ADDR, d, f"mail-sor-f{R.randint(41,73)}.google.com", ip, mf,
                  [('pass', 'brightlane.io', 'google')], 'pass', ('pass', 'p=NONE sp=NONE dis=NONE', 'brightlane.io'))
    snd = [dkim(d, 'brightlane.io', 'google', 'mime-version:references:in-reply-to:from:date:message-id:subject:to'),
           ("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=" + str(int(d.timestamp())) + ";\n        bh=" + b64r(32) + ";\n        b=" + b64r(64)),
           ("References", f"<CA+{alnum(30)}@mail.gmail.com>"), ("In-Reply-To", f"<CA+{alnum(30)}@mail.gmail.com>"),
           ("From", frm), ("Date", rfc(d)), ("Message-ID", f"<CAL{alnum(36)}@mail.gmail.com>"),
           ("Subject", "Re: Jira handover"), ("To", A_TO)]
    body = multi('alternative', tp(text, cs='UTF-8', cte='qp'), tp(h, 'html', cs='UTF-8', cte='qp'), boundary="000000000000" + hexr(7))
    emit('035-former-colleague-jira-sites.eml', rx + snd, body, 'unrelated', None, [], False)


@mail
def m036():
    opened = T('2025-10-01 18:22:10')
    cid = cid15(opened, '03317')
    d = T('2025-10-02 06:51:33')
    to = "tom.lindqvist@gmail.com"
    h = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f2f3f3;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:14px 24px;color:#ff9900;font-size:20px;font-weight:bold">aws <span style="color:#ffffff;font-weight:normal;font-size:14px">Training &amp; Certification</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#16191f">
<p>Dear Candidate,</p>
<p>Regarding your case {cid}: we have received a request to combine the AWS Certification profiles listed below into a single profile.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;font-size:14px">
<tr><td><b>Primary (retained)</b></td><td>AWS33018947</td></tr>
<tr><td><b>Secondary (to be closed)</b></td><td>AWS-33018462</td></tr>
</table>
<p>To authorise this change, please validate your identity within <b>24 hours</b> by signing in through the secure link below. If we do not receive your validation, both profiles will be placed on hold pending a manual review, and scheduled exams may be cancelled.</p>
<p style="text-align:center"><a href="https://aws-certification-desk.com/validate?case={cid}&amp;u=tom.lindqvist" style="background:#ec7211;color:#ffffff;padding:12px 28px;text-decoration:none;font-weight:bold">Validate my profiles</a></p>
<p>Thank you for your cooperation,<br>AWS Certification Support Team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
    mf = "bounce@mail.aws-certification-desk.com"
    ip = "185.243.115.62"
    rx = rx_gmail(to, d, "mail.aws-certification-desk.com", ip, mf, [('pass', 'aws-certification-desk.com', 'default')], 'pass',
                  ('pass', 'p=NONE sp=NONE dis=NONE', 'aws-certification-desk.com'))
    snd = [dkim(d, 'aws-certification-desk.com', 'default', 'from:to:subject:date:message-id'),
           ("From", addr("AWS Certification Support", "support@aws-certification-desk.com")), ("To", to),
           ("Subject", f"Action required: validate profile consolidation [CASE {cid}]"), ("Date", rfc(d)),
           ("Message-ID", f"<{hexr(16)}@aws-certification-desk.com>"), ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")]
    emit('036-lookalike-domain-validate-profiles.eml', rx + snd, tp(h, 'html', cte='b64'),
         'merge_confirmation_requested', cid, ['AWS33018947', 'AWS33018462'], False)


@mail
def m037():
    opened = T('2025-07-28 09:00:41')
    cid = cid15(opened, '05520')
    d = T('2025-07-30 12:37:05')
    to = "nadia.haddad@gmail.com"
    text = f"""Hello Nadia,

We are currently processing the combination of your profiles AWS44120987 and AWS 44129310.

Unfortunately our system could not verify that you still own the older profile, AWS44120987. To avoid any further delay, please reply to this e-mail with:

 - the password you use to sign in to AWS44120987
 - a photo of the front of a government-issued ID

As soon as we receive these, our specialist will complete your request the same day. Requests without a reply within 48 hours are cancelled.

Best regards,
Michael
AWS Training and Certification
"""
    mf = "noreply@srv-mailer-4471.xyz"
    ip = "45.95.169.201"
    rx = rx_gmail(to, d, "vps-4471.srv-mailer-4471.xyz", ip, mf, [('none', '', '')], 'pass',
                  ('fail', 'p=QUARANTINE sp=QUARANTINE dis=QUARANTINE', 'amazon.com'))
    s = f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"
    snd = [("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com"),
           ("Received", f"from localhost (localhost [127.0.0.1]) by vps-4471.srv-mailer-4471.xyz (Postfix) with ESMTPSA id 7F2A1{alnum(5).upper()}\n\tfor <{to}>; {rfc(d)}"),
           ("From", FORM), ("Reply-To", "aws-certification-form@protonmail.com"), ("To", to), ("Subject", s), ("Date", rfc(d)),
           ("Message-ID", f"<0100{int(d.timestamp()*1000):012x}-{uuid.UUID(bytes=R.randbytes(16))}-000000@email.amazonses.com>"),
           ("X-SES-Outgoing", f"{d.strftime('%Y.%m.%d')}-54.240.8.30")]
    emit('037-spoofed-form-asks-for-password.eml', rx + snd, tp(text, cte='qp'),
         'support_reply', cid, ['AWS44120987', 'AWS44129310'], False)


@mail
def m038():
    d = T('2025-08-19 02:14:50')
    to = "j.morrison@outlook.com"
    badge = "AWS Certified Machine Learning \u2013 Specialty"
    url = "https://credly-badgeclaim.top/earner/accept?id=" + hexr(12)
    lines = [f"Amazon Web Services Training and Certification has issued you the {badge} badge.",
             "Your badge is waiting in your Credly wallet. Sign in and accept it within 48 hours, otherwise it will be returned to the issuer and you will need to request it again."]
    h = credly_html("there", badge, "Amazon Web Services Training and Certification", url, lines, button="Accept your badge")
    ip = "103.151.226.17"
    mf = "mailer@credly-badgeclaim.top"
    rx = rx_outlook(to, d, "mx.credly-badgeclaim.top", ip, mf, 'credly-badgeclaim.top', 'none', 'pass', 'fail', 'credly.com')
    snd = [("From", CREDLY), ("To", to), ("Subject", subj(f"Action needed: your {badge} badge", 'b')), ("Date", rfc(d)),
           ("Message-ID", f"<{hexr(10)}@credly-badgeclaim.top>")]
    emit('038-credly-spoof-accept-48h.eml', rx + snd, tp(h, 'html', cte='b64'), 'credly_badge_issued', None, [], False)


@mail
def m039():
    d = T('2025-08-21 23:05:12')
    text = """Dear AWS Customer,

We were unable to process the payment for your most recent AWS invoice. As a result, your AWS account and associated AWS Certification profile have been temporarily suspended.

To restore access and avoid permanent termination of your resources, update your billing information within 24 hours:

https://aws-accountalerts.net/billing/restore?session=8f2c41

Amazon Web Services Billing
"""
    mf = "billing-noreply@aws-accountalerts.net"
    ip = "91.215.85.140"
    rx = rx_outlook(B_ADDR, d, "mail.aws-accountalerts.net", ip, mf, 'aws-accountalerts.net', 'pass', 'pass', 'pass', 'aws-accountalerts.net')
    snd = [dkim(d, 'aws-accountalerts.net', 'mail', 'from:to:subject:date'),
           ("From", addr("AWS Billing", mf)), ("To", B_ADDR), ("Subject", "Your AWS account has been suspended"),
           ("Date", rfc(d)), ("Message-ID", f"<{hexr(12)}@aws-accountalerts.net>")]
    emit('039-lookalike-billing-suspension.eml', rx + snd, alt(text), 'unrelated', None, [], False)


# H: Chen Wei, form case, Gmail
H_OPEN = T('2025-02-10 03:27:51')
H_CID = cid15(H_OPEN, '06049')
H_ADDR = "chenwei.dev@gmail.com"
H_TO = addr("Chen Wei", H_ADDR)


@mail
def m040():
    d = H_OPEN + timedelta(seconds=14)
    text = f"""Hi Chen,

This is an automatic reply so you know your message has come through to AWS Training and Certification.

Your reference: {H_CID}

What happens next
A member of our team will review what you've sent and reply to this address, usually within one business day.

While you wait
- Keep the reference above in the subject line if you write to us again.
- Please don't send the same request twice; a new submission gets a new reference and goes to the back of the queue.

Thank you for your patience,
AWS Training and Certification
"""
    emit('040-form-automatic-reply-reference.eml',
         ses_gmail(H_ADDR, d, FORM, H_TO, f"[CASE {H_CID}] [AWS Training and Certification Form Submission] - account-assistance"),
         alt(text, cte='b64'), 'case_created', H_CID, [], True)


H_PLAN = """Hi Chen,

Thanks for the details. Here is what we'd do: AWS81624470 (chen.wei@harbourline.com) would be closed and its history moved to AWS90312285 (chenwei.dev@gmail.com), which you'd keep. This can't be undone - please reply to let us know you're happy with that.

Kind regards,
Hannah
AWS Training and Certification"""


@mail
def m041():
    d = T('2025-02-12 18:30:41')
    chen = f"""Hi Hannah, yes that is what I want. Please go ahead.
Chen

{gmail_on(at(T('2025-02-11 16:02:19'), '+08:00'), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')}
{quote(H_PLAN)}"""
    text = f"""Dear Chen,

Thank you so much for your patience over the last couple of days, and for replying so promptly to my earlier message.

I'm delighted to let you know that your request has now been carried out in full. The certification history that was held on AWS81624470 - including your AWS Certified Cloud Practitioner and your Data Engineer - Associate exam results - has been brought across to AWS90312285, which is now the only profile associated with you. The older sign-in for chen.wei@harbourline.com has been switched off.

There are a few things you may want to check over the next day or so:

- Sign in with chenwei.dev@gmail.com and open the Certifications page; both certifications should be listed, with their original dates.
- Look at the Benefits page. Any discount that was still unused on the old profile should now appear here.
- Credly may send you one or two e-mails while your badges are moved across; that is expected, and you may need to accept them again.

If anything doesn't look the way you expect, please reply to this e-mail and it will come straight back to me.

It has been a pleasure helping you, and good luck with your next exam.

Warm regards,
Hannah
AWS Training and Certification

{gmail_on(at(T('2025-02-12 01:44:05'), '+08:00'), 'Chen Wei', H_ADDR)}
{quote(chen)}
"""
    h = to_html(text, font='"Amazon Ember", Arial, sans-serif')
    emit('041-form-long-carried-out-in-full.eml',
         ses_gmail(H_ADDR, d, FORM, H_TO, f"RE:[CASE {H_CID}] [AWS Training and Certification Form Submission] - account-assistance"),
         tp(h, 'html', cte='qp'), 'merge_completed', H_CID, ['AWS81624470', 'AWS90312285'], True)


@mail
def m042():
    d = T('2025-02-13 19:02:11')
    cells = ''.join(f'<td align="center" style="padding:0 6px"><a href="https://pulse.aws/survey/TC{H_CID}?score={i}" style="font-size:26px;color:#ec7211;text-decoration:none">&#9733;</a><br><span style="font-size:11px;color:#687078">{i}</span></td>' for i in range(1, 6))
    h = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fafafa;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #eaeded">
<tr><td style="padding:28px 28px 8px 28px;font-size:20px;color:#16191f">Two minutes of your time?</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:21px;color:#16191f">
<p>Hi Chen,</p>
<p>You recently heard from Hannah on our Training and Certification team about reference {H_CID}. How would you rate the help you got?</p>
<table cellpadding="0" cellspacing="0" style="margin:12px 0"><tr>{cells}</tr></table>
<p>Tap a star to answer; you can add a comment on the next page if you'd like. This reference is now closed on our side, but replying to this e-mail will reach us if you still need something.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#879596">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. You received this e-mail because you contacted AWS Training and Certification.</td></tr>
</table></td></tr></table></body></html>
"""
    emit('042-two-minutes-of-your-time.eml', ses_gmail(H_ADDR, d, FORM, H_TO, "Two minutes of your time?"),
         tp(h, 'html', cte='b64'), 'survey', H_CID, [], True)


# M: Fatima Zahra, form case, Hotmail
M_OPEN = T('2025-04-07 21:02:44')
M_CID = cid15(M_OPEN, '04310')
M_ADDR = "fatima.zahra@hotmail.com"
M_TO = addr("Fatima Zahra", M_ADDR)


@mail
def m043():
    d = T('2025-04-15 06:40:18')
    cid = "6120485539"
    text = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have merged the two detail pages as you requested. ASIN B0C8X1Q2ZT has been combined with ASIN B0C8X4M7PL, and all offers, including yours, now appear under B0C8X4M7PL. Customer reviews from both pages will be shown together within 24-48 hours.

Please do not create new listings for this product; add your offer to the existing ASIN instead.

Were we able to resolve your issue?
Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={cid}&resolved=yes
No: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={cid}&resolved=no

We hope you have a great day.

Thank you,
Vikram S.
Amazon Selling Partner Support

To view your case details or respond to this message, please log in to your Seller Central account: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={cid}
"""
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    rx = rx_outlook(M_ADDR, d, host, ip, mf, 'amazon.com', 'pass', 'pass', 'pass', 'amazon.com')
    snd = ses_sender(d, addr("Amazon Selling Partner Support", "no-reply-sellersupport@amazon.com"), M_ADDR,
                     f"RE:[CASE {cid}] Request to merge duplicate ASIN detail pages", mid)
    emit('043-seller-central-asin-pages.eml', rx + snd, alt(text), 'unrelated', cid, [], True)


# I: Sofia Rossi, form case, Microsoft 365
I_OPEN = T('2025-06-23 11:08:36')
I_CID = cid15(I_OPEN, '01126')
I_ADDR = "sofia.rossi@meridianhealth.org"
I_TO = addr("Sofia Rossi", I_ADDR)
I_SUBJ = f"RE:[CASE {I_CID}] [AWS Training and Certification Form Submission] - account-assistance"


def ses_m365(d, frm, subject, to=I_TO):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    return rx_outlook(I_ADDR, d, host, ip, mf, 'amazon.com', 'pass', 'pass', 'pass', 'amazon.com', consumer=False) + \
        ses_sender(d, frm, to, subject, mid)


@mail
def m044():
    d = T('2025-06-24 15:12:37')
    form = """Inquiry Type: AWS Training and Certification
Detail: Account Merge
First Name: Sofia
Last Name: Rossi
Email: sofia.rossi@meridianhealth.org
AWS candidate ID: AWS27708136
Description: I have an old certification account from university (s.rossi@studenti.unibo.it, I think the ID is AWS15549302) and a newer one with my work address. I would like everything on one account. Thank you!"""
    text = f"""Dear Sofia,

Thank you for contacting AWS Training and Certification, and please accept my apologies for the slightly longer wait than usual - we have had a high volume of requests following recent changes to the certification portal.

I have read through your message carefully and checked both profiles against our records. To make sure we're on the same page, here is my understanding of your situation: you first certified in 2021 while at university, using your student e-mail (s.rossi@studenti.unibo.it), and that profile is AWS15549302. When you sat your Solutions Architect - Associate exam last year you weren't able to sign in to that profile, so a new one was created with your work e-mail, sofia.rossi@meridianhealth.org, which is AWS27708136.

Based on what you've told us, the plan would be as follows:

  * AWS27708136 (sofia.rossi@meridianhealth.org) is the profile you keep.
  * AWS15549302 (s.rossi@studenti.unibo.it) is closed, and its Cloud Practitioner certification, exam history and any remaining benefits are moved over to AWS27708136.

There are a couple of points I'd like to draw your attention to before anything is done:

1. The change is permanent. Once the two profiles have been brought together, we are not able to separate them again.
2. You'll sign in with your work address from then on. If you expect to move on from Meridian Health at some point, you may prefer a personal address; you can change the e-mail on the profile later from your settings, so this doesn't need to hold us up.
3. Credly badges are handled separately and usually follow within a few days.

Could you please look over the above and reply to this e-mail to let us know you're happy for us to go ahead on this basis? If you'd rather keep the older profile, or if any of the details are wrong, just tell me and I'll adjust the plan before anything happens.

Thank you again for your patience, and please don't hesitate to write if you have any questions in the meantime.

Warm regards,

Eleanor M.
AWS Training and Certification

-----Original Message-----
{form}
"""
    emit('044-form-long-plan-before-anything-is-done.eml', ses_m365(d, FORM, I_SUBJ), alt(text, cte='qp'),
         'merge_confirmation_requested', I_CID, ['AWS15549302', 'AWS27708136'], True, crlf=True)


@mail
def m045():
    d = T('2025-06-27 09:30:15')
    sofia = """Dear Eleanor,

Thank you for the clear explanation. Yes, please go ahead as described - I'm happy to keep the work address for now.

Best regards,
Sofia

Sofia Rossi, MSc
Senior Cloud Engineer | Meridian Health"""
    text = f"""Dear Sofia,

Following your reply, the change you approved has now been made: your Cloud Practitioner certification and exam history from AWS15549302 are now held on AWS27708136, and the older profile has been closed.

As there is nothing further outstanding, we are closing this request. If you need more help with it, simply reply within 14 days and it will reopen automatically.

We'd be grateful if you could take a moment to tell us how we did:
https://pulse.aws/survey/TC{I_CID}

Warm regards,

Eleanor M.
AWS Training and Certification

{outlook_block('Sofia Rossi <sofia.rossi@meridianhealth.org>', at(T('2025-06-25 07:58:02'), '-04:00'), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', 'RE: ' + I_SUBJ, sofia)}
"""
    emit('045-form-change-made-closing-request.eml', ses_m365(d, FORM, I_SUBJ), alt(text, cte='qp'),
         'merge_completed', I_CID, ['AWS15549302', 'AWS27708136'], True)


@mail
def m046():
    d = T('2025-06-28 13:55:09')
    badges = ["AWS Certified Cloud Practitioner", "AWS Certified Solutions Architect \u2013 Associate"]
    url = "https://www.credly.com/earner/earned"
    lines = ["Good news: Amazon Web Services Training and Certification has sent you two credentials, and they're in your Credly account now.",
             " \u2022 " + badges[0], " \u2022 " + badges[1],
             "Accept them to put them on your public profile. From there you can share them on LinkedIn or download a certificate."]
    h = credly_html("Sofia", badges[1], "Amazon Web Services Training and Certification", url, lines, button="See my credentials")
    plain = "Hi Sofia,\n\n" + "\n".join(lines) + f"\n\nSee my credentials: {url}\n"
    mf = f"bounces+{R.randint(1000000,9999999)}-{hexr(2)}-sofia.rossi=meridianhealth.org@em.credly.com"
    ip = f"149.72.{R.randint(1,254)}.{R.randint(1,254)}"
    rx = rx_outlook(I_ADDR, d, f"o{R.randint(1,9)}.ptr{R.randint(1000,9999)}.em.credly.com", ip, mf, 'credly.com', 'pass', 'pass', 'pass', 'credly.com', consumer=False)
    snd = [dkim(d, 'credly.com', 's1', 'from:mime-version:subject:to:content-type'),
           ("Date", rfc(d)), ("From", CREDLY), ("To", I_ADDR), ("Message-ID", f"<{alnum(22)}@geopod-ismtpd-{R.randint(1,40)}>"),
           ("Subject", "Two new credentials from Amazon Web Services Training and Certification")]
    emit('046-credly-two-credentials.eml', rx + snd, multi('alternative', tp(plain, cte='qp'), tp(h, 'html', cte='b64')),
         'credly_badge_issued', None, [], True)


@mail
def m047():
    d = T('2025-06-24 17:20:44', '-04:00')
    text = """Hi Sofia,

Saw your Teams message about the two certification accounts - I went through exactly the same thing in March, so here's what worked for me.

1. Use the Training & Certification contact form (not the normal AWS Support console), category Certification > Account Merge.
2. Give them both candidate IDs. Mine were AWS63320419 and AWS 63328871, and I said which one I wanted to keep.
3. They wrote back the next day with a summary and asked me to OK it by replying. Two days later it was done.
4. Credly took another week or so. I had to nudge them once.

One tip: don't open a second request if it goes quiet, it just resets the queue. Reply on the same thread instead.

Shout if you get stuck.

Raj

Raj Patel
Cloud Platform Team | Meridian Health
"""
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
         '<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
         '<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
         + '\n'.join(f'<p class="MsoNormal">{html.escape(l) if l else "<o:p>&nbsp;</o:p>"}</p>' for l in text.split('\n'))
         + '\n</div>\n</body>\n</html>\n')
    ds = rfc(at(d, '+00:00'))
    hdrs = [("Received", f"from SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com (2603:10b6:806:{hexr(2)}::{R.randint(10,40)})\n by BN0PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com with HTTPS; {ds}"),
            ("Received", f"from SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com ([fe80::{hexr(2)}:{hexr(2)}:{hexr(2)}:{hexr(2)}]) by\n SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com ([fe80::{hexr(2)}:{hexr(2)}:{hexr(2)}:{hexr(2)}%4]) with mapi id\n 15.20.{R.randint(8000,8999)}.{R.randint(10,40)}; {ds}"),
            ("From", addr("Patel, Raj", "raj.patel@meridianhealth.org")), ("To", addr("Rossi, Sofia", I_ADDR)),
            ("Subject", "RE: cert accounts"), ("Thread-Topic", "cert accounts"),
            ("Thread-Index", "AQHb" + b64r(18)), ("Date", rfc(d)),
            ("Message-ID", f"<SA1PR04MB{R.randint(1000,9999)}{alnum(8).upper()}@SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com>"),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-RecordReviewCfmType", "0"),
            ("X-MS-Exchange-Organization-AuthSource", f"SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com"),
            ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04")]
    body = multi('alternative', tp(text, cs='us-ascii', cte='qp'), tp(h, 'html', cs='us-ascii', cte='qp'),
                 boundary=f"_000_SA1PR04MB{R.randint(1000,9999)}{alnum(10).upper()}namp_")
    emit('047-colleague-how-i-did-mine.eml', hdrs, body, 'unrelated', None, ['AWS63320419', 'AWS63328871'], None, crlf=True)


# L: Greg Novak, form case, Proton
L_OPEN = T('2025-10-20 16:55:10')
L_CID = cid15(L_OPEN, '08865')
L_ADDR = "gnovak@protonmail.com"
L_TO = addr("Greg Novak", L_ADDR)
L_SUBJ = f"RE:[CASE {L_CID}] [AWS Training and Certification Form Submission] - account-assistance"


def ses_proton(d, subject, order='dmarc'):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    return rx_proton(L_ADDR, d, host, ip, mf, 'amazon.com', order) + ses_sender(d, FORM, L_TO, subject, mid)


L_ASK = """Hi Greg,

Thanks for reaching out. I've looked under gnovak@protonmail.com and greg.novak@aeroline-mro.com, and I can only find one certification profile, AWS48830275.

Do you have the candidate ID of the other one? It's on your score report e-mail, or in the top-right corner after you sign in. If you don't have it, the date and test centre of the exam you took with it would also help me track it down.

Best,
Priscilla
AWS Training and Certification"""


@mail
def m048():
    d = T('2025-10-23 20:14:09')
    greg = f"""Found it, it's AWS48830911 (used my old Hotmail, greg_novak77@hotmail.com).

Greg

Sent with Proton Mail secure email.

------- Original Message -------
On Tuesday, October 21st, 2025 at 11:40 AM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

{quote(L_ASK)}"""
    text = f"""Greg - got it, thanks.

AWS48830275 stays. AWS48830911 goes into it and disappears. One-way street.

Good to go?

Priscilla
AWS T&C

On Thu, Oct 23, 2025 at 9:02 AM Greg Novak <gnovak@protonmail.com> wrote:
{quote(greg)}
"""
    emit('048-hurried-one-way-street.eml', ses_proton(d, L_SUBJ), alt(text, cte='qp'),
         'merge_confirmation_requested', L_CID, ['AWS48830275', 'AWS48830911'], True)


@mail
def m049():
    d = T('2025-10-21 18:40:27')
    emit('049-only-one-profile-found.eml', ses_proton(d, L_SUBJ, order='dkim'), alt(L_ASK + "\n", cte='7bit'),
         'support_reply', L_CID, ['AWS48830275'], True)


@mail
def m050():
    d = T('2025-10-25 14:06:51')
    text = """Dear Greg Novak,

Thank you for scheduling your exam with Pearson VUE. Please review the details below and make sure they are correct.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: English
Appointment: Tuesday, November 18, 2025 at 9:00 AM Central Standard Time
Location: Online proctored (OnVUE)
Candidate ID: AWS48830275
Registration ID: 531204786
Order Number: 0094-3321-7765

Before your appointment:
- Run the system test on the computer and network you will use.
- Have a valid, unexpired government-issued ID ready.
- Check in up to 30 minutes before the appointment time.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
    mf = "bounce-" + alnum(10) + "@pearson.com"
    ip = f"198.21.{R.randint(1,254)}.{R.randint(1,254)}"
    rx = [("X-Pm-Origin", "external"), ("X-Pm-Spam-Action", "inbox"),
          ("Authentication-Results", "mail.protonmail.ch; dmarc=pass (p=reject dis=none)\n header.from=pearson.com"),
          ("Authentication-Results", f"mail.protonmail.ch; spf=pass smtp.mailfrom={mf}"),
          ("Authentication-Results", "mail.protonmail.ch; dkim=pass (Good 2048 bit\n    rsa-sha256 signature) header.d=pearson.com header.i=@pearson.com\n    header.a=rsa-sha256"),
          ("Received", f"from mx.pearsonvue.com (mx.pearsonvue.com [{ip}]) (using TLSv1.2\n with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)) (No client certificate\n requested) by mailin031.protonmail.ch (Postfix) with ESMTPS id 4{alnum(9)} for\n <{L_ADDR}>; {rfc(at(d, '+00:00'))}"),
          ("Return-Path", f"<{mf}>")]
    snd = [dkim(d, 'pearson.com', 'pvue1', 'from:to:subject:date:message-id'),
           ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", L_ADDR),
           ("Subject", "Pearson VUE Confirmation of Booking"), ("Date", rfc(at(d, '-06:00'))),
           ("Message-ID", f"<{R.randint(10**9,10**10)}.{R.randint(1000,9999)}.{int(d.timestamp())}@pearsonvue.com>")]
    emit('050-pearson-vue-booking.eml', rx + snd, alt(text, cte='qp'), 'unrelated', None, ['AWS48830275'], False)


# J: Olumide Adeyemi, form case, Gmail
J_OPEN = T('2024-03-18 12:40:05')
J_CID = cid15(J_OPEN, '00781')
J_ADDR = "olumide.adeyemi@gmail.com"
J_TO = addr("Olumide Adeyemi", J_ADDR)
J_SUBJ = f"RE:[CASE {J_CID}] [AWS Training and Certification Form Submission] - account-assistance"


@mail
def m051():
    d = T('2024-03-19 10:55:32')
    text = """Hello Olumide,

Thank you for your patience. I\u2019ve looked into both profiles:

 \u2013 AWS55012873, registered to olumide@adeyemi-consulting.ng, holds your 2021 Cloud Practitioner
 \u2013 AWS56690034, registered to olumide.adeyemi@gmail.com, holds your 2023 Solutions Architect \u2013 Associate and Professional

We can bring the first into the second, so AWS56690034 is what you\u2019d keep and AWS55012873 would be closed for good. Bear in mind that this can\u2019t be reversed later on.

Could you write back and tell us you\u2019re happy for us to go ahead? Once we have your answer, the rest is on us.

Regards,
In\u00e8s
AWS Training and Certification
"""
    # UTF-8 bytes, mislabelled as ISO-8859-1
    emit('051-form-bring-first-into-second-mislabelled.eml', ses_gmail(J_ADDR, d, FORM, J_TO, J_SUBJ),
         tp(text, cs='utf-8', cte='8bit', label='iso-8859-1'), 'merge_confirmation_requested', J_CID,
         ['AWS55012873', 'AWS56690034'], True)


@mail
def m052():
    d = T('2024-03-21 14:18:06')
    olu = """Hi Ines,

Yes, please go ahead with keeping AWS56690034.

Also - I had a 50% voucher from my SAA. Will I lose it? I want to book the DevOps Professional next month.

Thanks,
Olumide"""
    text = f"""Hello Olumide,

Thanks for your reply, and good question about the discount.

The 50% benefit belongs to the certification that earned it, so the one from your Solutions Architect - Associate stays available on AWS56690034 and isn't affected by the profile change. It can be used for any AWS Certification exam, including DevOps Engineer - Professional, as long as it's redeemed before its expiry date, which you'll see on the Benefits page.

Which date were you hoping to sit the exam? If it's within the next week, I'd suggest waiting a couple of days before booking so the discount shows on the right profile.

The profile change itself is with our back-office team now; I'll write again when it's through.

Regards,
In\u00e8s
AWS Training and Certification

{gmail_on(at(T('2024-03-19 16:31:44'), '+01:00'), 'Olumide Adeyemi', J_ADDR)}
{quote(olu)}
"""
    emit('052-form-discount-question-answered.eml', ses_gmail(J_ADDR, d, FORM, J_TO, J_SUBJ),
         alt(text, cte='qp'), 'support_reply', J_CID, ['AWS56690034'], True)


@mail
def m053():
    d = T('2024-05-02 15:20:38')
    badge = "AWS Certified Cloud Practitioner"
    url = "https://www.credly.com/earner/earned"
    lines = [f"Your {badge} badge from Amazon Web Services Training and Certification expires on July 1, 2024.",
             "To keep it active, recertify before that date. After it expires, the badge stays in your account but is marked as expired on your public profile.",
             "Visit the issuer's website to find out how to renew."]
    h = credly_html("Olumide", badge, "Amazon Web Services Training and Certification", url, lines, button="View badge")
    plain = "Hi Olumide,\n\n" + "\n\n".join(lines) + f"\n\nView badge: {url}\n"
    rx, mid = credly_rx_gmail(J_ADDR, d)
    snd = [dkim(d, 'credly.com', 's1', 'from:mime-version:subject:to:content-type'),
           ("Date", rfc(d)), ("From", CREDLY), ("To", J_ADDR), ("Message-ID", mid),
           ("Subject", f"Your {badge} badge expires in 60 days")]
    emit('053-credly-expires-in-60-days.eml', rx + snd, multi('alternative', tp(plain, cte='qp'), tp(h, 'html', cte='qp')),
         'unrelated', None, [], True)


def ses_hotmail(d, subject):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    return rx_outlook(M_ADDR, d, host, ip, mf, 'amazon.com', 'pass', 'pass', 'pass', 'amazon.com') + \
        ses_sender(d, FORM, M_TO, subject, mid)


M_SUBJ = f"RE:[CASE {M_CID}] [AWS Training and Certification Form Submission] - account-assistance"


@mail
def m054():
    d = T('2025-04-10 12:00:47')
    text = """Hi Fatima,

Your two certification logins have been dealt with: AWS19930024 is retired and its history now lives under AWS29045518. Use fatima.zahra@hotmail.com to sign in from now on.

Thanks,
Omar
AWS Training and Certification
"""
    emit('054-form-logins-dealt-with.eml', ses_hotmail(d, M_SUBJ), alt(text, cte='b64'),
         'merge_completed', M_CID, ['AWS19930024', 'AWS29045518'], True)


@mail
def m055():
    d = T('2025-04-09 08:03:12')
    prev = """Hi Fatima,

Keep AWS29045518 (fatima.zahra@hotmail.com), close AWS19930024 (f.zahra@souk-crafts.ma) and move its history across - correct? Reply yes and we'll start. Can't be undone.

Omar"""
    fat = f"""Yes, correct. Thank you

Get Outlook for Android<https://aka.ms/AAb9ysg>
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, April 8, 2025 11:12:40 PM
To: Fatima Zahra <fatima.zahra@hotmail.com>
Subject: {M_SUBJ}

{prev}"""
    text = f"""Hi Fatima,

Quick update: your request is with our back-office team. Nothing needed from you. Once the two profiles have been brought together I'll let you know here.

Omar
AWS Training and Certification

{outlook_block('Fatima Zahra <fatima.zahra@hotmail.com>', at(T('2025-04-08 23:30:02'), '+01:00'), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', 'RE: ' + M_SUBJ, fat)}
"""
    emit('055-form-with-back-office-no-action.eml', ses_hotmail(d, M_SUBJ), alt(text, cte='qp'),
         'support_reply', M_CID, [], True)


# K: Ryan Mitchell, form case, Biglobe (no DMARC verdict recorded)
K_OPEN = T('2025-07-14 01:20:33')
K_CID = cid15(K_OPEN, '07164')
K_ADDR = "rmitchell@kde.biglobe.ne.jp"
K_TO = addr("Ryan Mitchell", K_ADDR)


def ses_biglobe(d, subject, frm=FORM):
    local, mid, mf = ses_ids(d)
    host, ip = R.choice(SES_HOSTS)
    return rx_biglobe(K_ADDR, d, host, ip, mf, 'amazon.com') + ses_sender(d, frm, K_TO, subject, mid)


@mail
def m056():
    d = T('2025-07-17 00:30:00')
    text = """AWS Training and Certification - July highlights

Hello Ryan,

Here's what's new for builders this month:

* New: hands-on Cloud Quest role for generative AI practitioners, with 12 new assignments.
* Exam prep: free Official Practice Question Sets are now available for all Associate-level certifications.
* Events: AWS Summit Japan sessions are available on demand until August 31.
* Tip: your learning plan progress now syncs across devices.

Start learning: https://skillbuilder.aws/

You are receiving this e-mail because you subscribed to AWS Training and Certification updates.
配信停止はこちら / Unsubscribe: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア
"""
    h = to_html(text).replace('charset=utf-8', 'charset=Shift_JIS')
    emit('056-training-july-highlights-sjis.eml',
         ses_biglobe(d, "What's new in AWS Training and Certification this July",
                     frm=addr("AWS Training and Certification", "aws-training-certification@amazon.com")),
         multi('alternative', tp(text, cs='shift_jis', cte='b64', label='Shift_JIS'), tp(h, 'html', cs='shift_jis', cte='qp', label='Shift_JIS')),
         'unrelated', None, [], True)


@mail
def m057():
    d = K_OPEN + timedelta(seconds=21)
    text = f"""Dear Ryan,

Thank you for taking the time to write to AWS Training and Certification. We would like to reassure you that your enquiry has been safely received and recorded under the reference {K_CID}.

For your records, the AWS candidate ID you provided is AWS 34478090.

One of our specialists will study the information you have given us and contact you at this address. We normally respond within one business day; however, at particularly busy times it may take a little longer, and we appreciate your understanding.

Should you wish to send us anything further, a reply to this message is the best way to do so, as it will be added to the same record. We kindly ask that you do not submit the form a second time, as this creates a separate record and may delay our answer.

With our sincere thanks and best regards,
AWS Training and Certification
"""
    s = subj(f"[CASE {K_CID}] Thank you \u2013 your message to AWS Training & Certification has been received safely", 'b', width=70)
    emit('057-form-enquiry-safely-received.eml', ses_biglobe(d, s), alt(text, cte='qp'),
         'case_created', K_CID, ['AWS34478090'], True)


@mail
def m058():
    d = T('2025-07-22 06:47:19')
    text = f"""Dear Ryan,

Please accept our sincere apologies for the long wait for a reply. Our team has been handling an unusually large number of enquiries, and we are very sorry to have kept you waiting.

I have now reviewed your request regarding the candidate IDs AWS34406612 and AWS34478090. Before we can take any further steps, could you kindly let us know the following?

  1. The reason you would like the two profiles brought together
  2. Which of the two e-mail addresses you wish to use going forward

Once we have received your answer, we will prepare the next step and write to you again.

Thank you very much for your patience and understanding.

Best regards,
Haruka Sato
AWS Training and Certification Support
アマゾン ウェブ サービス ジャパン合同会社
"""
    emit('058-form-apology-for-wait-iso2022jp.eml',
         ses_biglobe(d, f"RE:[CASE {K_CID}] [AWS Training and Certification Form Submission] - account-assistance"),
         tp(text, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), 'support_reply', K_CID,
         ['AWS34406612', 'AWS34478090'], True)


@mail
def m059():
    d = T('2025-07-29 03:10:55')
    text = f"""Dear Ryan,

We are writing to let you know that we will now be treating your enquiry {K_CID} as settled, and no further messages will be sent about it unless you contact us again.

We would greatly value your opinion. If you could spare a moment, please tell us how well we looked after you:
https://pulse.aws/survey/TC{K_CID}

Should anything remain unresolved, simply reply to this e-mail within 14 days and the enquiry will be reopened.

With kind regards,
AWS Training and Certification
"""
    emit('059-form-enquiry-settled-opinion.eml', ses_biglobe(d, f"[CASE {K_CID}] We value your opinion"),
         alt(text, cte='b64'), 'survey', K_CID, [], True)


@mail
def m060():
    d = T('2025-01-22 18:33:07')
    text = """Hello Aisha,

Your request has been solved. We hope the refund for the course bundle reached your account as expected.

How would you rate the support you received?

Good, I'm satisfied: https://support.udemy.com/hc/requests/satisfaction?rating=good&token=""" + hexr(12) + """
Bad, I'm unsatisfied: https://support.udemy.com/hc/requests/satisfaction?rating=bad&token=""" + hexr(12) + """

Your feedback helps us improve. Thank you for learning with Udemy.

Udemy Support
"""
    mf = f"support+id{alnum(8)}@udemy.zendesk.com"
    ip = f"192.161.{R.randint(144,159)}.{R.randint(1,254)}"
    rx = rx_yahoo(F_ADDR, d, f"out{R.randint(10,99)}.mail.zendesk.com", ip, mf, [('udemy.com', 'zendesk1'), ('zendesk.com', 'zendesk1')],
                  True, 'udemy.com', spf_dom='udemy.zendesk.com')
    snd = [dkim(d, 'udemy.com', 'zendesk1', 'from:reply-to:to:subject:date:message-id'),
           ("From", addr("Udemy Support", "support@udemy.com")), ("Reply-To", "Udemy Support <support@udemy.com>"),
           ("To", F_TO), ("Subject", "How did we do?"), ("Date", rfc(d)),
           ("Message-ID", f"<{alnum(10).upper()}_{alnum(8)}@zendesk.com>"), ("X-Mailer", "Zendesk Mailer")]
    emit('060-udemy-how-did-we-do.eml', rx + snd, alt(text, cte='qp'), 'unrelated', None, [], False)


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=2, sort_keys=True)
    print(f"wrote {len(LABELS)} mails")


if __name__ == '__main__':
    main()
