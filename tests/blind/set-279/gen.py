#!/usr/bin/env python3
"""Generator for blind set 279: end-of-case AWS Certification account-merge mail.

Writes NNN-*.eml files and labels.json next to this script.
"""
import base64
import datetime as dt
import hashlib
import json
import pathlib
import quopri
import random
import uuid
from email import policy
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = pathlib.Path(__file__).resolve().parent
R = random.Random(279)
LABELS = {}


def finish():
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(LABELS)} mails")


import atexit
atexit.register(finish)
POL = policy.compat32.clone(max_line_length=0)

UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
JST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened, tail):
    """15-digit display id: Unix time of opening + 5 digits."""
    return f"{int(opened.timestamp())}{tail:05d}"


def rfc(d):
    return format_datetime(d)


def gdate(d):
    """Gmail style Received date: 'Wed, 28 May 2025 01:02:03 -0700 (PDT)'."""
    d2 = d.astimezone(PDT)
    return format_datetime(d2) + " (PDT)"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(al) for _ in range(n))


def ses_msgid(d, region=None):
    ms = int(d.timestamp() * 1000)
    host = "email.amazonses.com" if not region else f"{region}.amazonses.com"
    return f"<0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@{host}>"


def ses_return(d):
    ms = int(d.timestamp() * 1000)
    return f"0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@amazonses.com"


def ses_ip():
    return f"54.240.{R.choice([8, 9, 11, 48])}.{R.randint(10, 250)}"


def dkim(d, sel, when, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID",
         c="relaxed/simple", ind="\t"):
    t = int(when.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n%ss=%s; d=%s; t=%d;\n%sh=%s;\n%sbh=%s=;\n%sb=%s\n%s%s"
            % (c, ind, sel, d, t, ind, h, ind, b64s(43), ind, b64s(70), ind, b64s(102)))


def _ew1(ch, charset, enc, codec):
    raw = ch.encode(codec)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    q = ""
    for b in raw:
        c = chr(b)
        if c.isascii() and c.isalnum():
            q += c
        elif c == " ":
            q += "_"
        else:
            q += "=%02X" % b
    return f"=?{charset}?Q?{q}?="


def ew(text, charset="UTF-8", enc="B", size=14, codec=None):
    """Encoded-word(s), folded over lines, each word self-contained and <= 75 chars."""
    codec = codec or charset.lower()
    words, cur = [], ""
    for ch in text:
        if cur and (len(cur) >= size or len(_ew1(cur + ch, charset, enc, codec)) > 75):
            words.append(_ew1(cur, charset, enc, codec))
            cur = ""
        cur += ch
    if cur:
        words.append(_ew1(cur, charset, enc, codec))
    return "\n ".join(words)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None,
         label=None, quote_cs=True, extra=None):
    """A text part, encoded by hand so that CTE and charset label are exactly ours.
    label: charset written in the header (may differ from the real one)."""
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    lab = label or charset
    m["Content-Type"] = f'text/{subtype}; charset="{lab}"' if quote_cs else f"text/{subtype}; charset={lab}"
    m["Content-Transfer-Encoding"] = cte
    if extra:
        for k, v in extra:
            m[k] = v
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def multi(sub, *parts, boundary=None):
    if boundary is None:
        boundary = R.choice([
            lambda: f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(100000000, 2099999999)}.{R.randint(1700000000000, 1780000000000)}",
            lambda: f"{hexs(28)}",
            lambda: f"_000_{b64s(20).replace('/', 'x').replace('+', 'y')}namp_",
            lambda: f"b1_{b64s(32).replace('/', 'Z').replace('+', 'Q')}",
        ])()
    m = MIMEMultipart(sub, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def attach_file(data, ctype, name, cte="base64"):
    m = Message()
    m["Content-Type"] = f'{ctype}; name="{name}"'
    m["Content-Disposition"] = f'attachment; filename="{name}"'
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def write(fname, label, top_headers, body, linesep="\n"):
    """top_headers: list of (name, value) in top-down order (transport first)."""
    assert fname not in LABELS, fname
    mime = [(k, v) for k, v in body._headers if k.lower() != "mime-version"]
    hdrs = list(top_headers)
    names = [k.lower() for k, _ in hdrs]
    if "mime-version" not in names:
        hdrs.append(("MIME-Version", "1.0"))
    body._headers = hdrs + mime
    data = body.as_bytes(policy=POL.clone(linesep=linesep))
    (OUT / fname).write_bytes(data)
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = {k: lab[k] for k in ("kind", "case_id", "account_ids", "sender_verified", "language")}


def L(kind, case_id=None, ids=(), sv=True, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids), "sender_verified": sv, "language": lang}


# ------------------------------------------------------- transport blocks
def gmail_in(to, when, mailfrom, ip, helo, ar, arc=True, workspace=False):
    """Headers Gmail adds on top of a message (top-down)."""
    hop1 = when + dt.timedelta(seconds=R.randint(1, 4))
    hop0 = hop1 + dt.timedelta(seconds=R.randint(0, 2))
    h = [("Delivered-To", to),
         ("Received", f"by 2002:a05:{R.choice(['6504','7300','7022','6a10'])}:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {b64s(10).lower()};\n        {gdate(hop0)}"),
         ("X-Google-Smtp-Source", f"AGHT+I{b64s(60)}"),
         ("X-Received", f"by 2002:a05:{hexs(4)}:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(10)}-{hexs(8)}mr{R.randint(1000000,9999999)}{b64s(3).lower()}.{R.randint(10,99)}.{int(hop0.timestamp())};\n        {gdate(hop0)}")]
    if arc:
        h += [("ARC-Seal", f"i=1; a=rsa-sha256; t={int(hop1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64s(70)}\n         {b64s(70)}=="),
              ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64s(43)}=;\n        fh={b64s(43)}=;\n        b={b64s(70)}\n         {b64s(70)}=="),
              ("ARC-Authentication-Results", "i=1; mx.google.com;\n" + ar)]
    h += [("Return-Path", f"<{mailfrom}>"),
          ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {b64s(20).lower()}.{R.randint(100,999)}.{R.randint(2025,2026)}.{int(hop1.timestamp())}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(hop1)}"),
          ("Received-SPF", f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"),
          ("Authentication-Results", "mx.google.com;\n" + ar)]
    return h


def gmail_ar(dkims, spf, mailfrom, ip, dmarc, fromdom, p="QUARANTINE"):
    """dkims: list of (result, i_domain, selector)."""
    lines = []
    for res, dom, sel in dkims:
        lines.append(f"       dkim={res} header.i=@{dom} header.s={sel} header.b={b64s(8)};")
    if spf == "pass":
        lines.append(f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};")
    else:
        lines.append(f"       spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};")
    dm = f"       dmarc={dmarc} (p={p} sp={p} dis={'NONE' if dmarc == 'pass' else p}) header.from={fromdom}"
    lines.append(dm)
    return "\n".join(lines)


def outlook_in(when, ip, helo, mailfrom_dom, ar, to):
    hop = when + dt.timedelta(seconds=R.randint(1, 5))
    fe = f"{R.choice(['BN2PEPF','SN1PEPF','CO1PEPF','DS3PEPF'])}0000{R.randint(1000,9999):X}.namprd0{R.randint(2,5)}.prod.outlook.com"
    mid = f"{R.choice(['BN9PR03CA','MW4PR04CA','SJ0PR05CA'])}0{R.randint(100,999)}.namprd0{R.randint(2,5)}.prod.outlook.com"
    mbx = f"{R.choice(['SA1PR','PH0PR','DM6PR','CH3PR'])}{R.randint(10,19)}MB{R.randint(1000,9999)}.namprd{R.randint(10,19)}.prod.outlook.com"
    def od(x):
        return format_datetime(x.astimezone(UTC)).replace("-0000", "+0000")
    return [
        ("Received", f"from {mbx} (2603:10b6:806:{hexs(3)}::{R.randint(5,20)}) by\n {mbx.replace('MB','MB0',1)} with HTTPS; {od(hop)}"),
        ("Received", f"from {mid} (2603:10b6:408:{hexs(2)}::{R.randint(2,9)}) by\n {mbx} (2603:10b6:806:{hexs(3)}::{R.randint(5,20)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(15,29)}; {od(hop)}"),
        ("Received", f"from {fe} (2603:10b6:408:{hexs(2)}:cafe::{R.randint(10,99)}) by\n {mid} (2603:10b6:408:{hexs(2)}::{R.randint(2,9)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(15,29)} via Frontend\n Transport; {od(hop)}"),
        ("Authentication-Results", ar),
        ("Received-SPF", f"Pass (protection.outlook.com: domain of {mailfrom_dom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
        ("Received", f"from {helo} ({ip}) by\n {fe.replace('.namprd', '.mail.protection.outlook.com', 1).split('.mail')[0]}.mail.protection.outlook.com ({'10.167.%d.%d' % (R.randint(1,250), R.randint(1,250))}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(15,29)}\n via Frontend Transport; {od(hop)}"),
    ]


def outlook_tail():
    return [
        ("X-MS-Exchange-Organization-ExpirationStartTime", "x"),
        ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=R.getrandbits(128)))),
        ("X-MS-Exchange-Organization-AuthSource", f"{R.choice(['BN2PEPF','SN1PEPF'])}000044A{R.randint(1,9)}.namprd04.prod.outlook.com"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|2066899003|4022899009|8096899003;"),
    ]


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def aws_headers(mbox, to, when, frm, subject, extra=(), ses_region=None, to_hdr=None):
    """A genuine AWS mail (SES, DKIM amazon.com + amazonses.com) arriving at mbox."""
    ip = ses_ip()
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    rp = ses_return(when)
    sel_a = R.choice(["rte02", "rte03", "bf0525"])
    sel_s = "224i4yxa5dv7c2xz3womw6peuasteono"
    if mbox == "gmail":
        ar = gmail_ar([("pass", "amazon.com", sel_a), ("pass", "amazonses.com", sel_s)], "pass", rp, ip, "pass", "amazon.com")
        h = gmail_in(to, when, rp, ip, helo, ar)
    elif mbox == "outlook":
        ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n header.d=amazon.com;dmarc=pass action=none\n header.from=amazon.com;compauth=pass reason=100" % ip)
        h = outlook_in(when, ip, helo, "amazonses.com", ar, to)
        h.insert(0, ("Return-Path", rp))
    elif mbox == "biglobe":
        hop = when + dt.timedelta(seconds=3)
        h = [("Return-Path", f"<{rp}>"),
             ("Received", f"from mfilter-{R.randint(1,9)}.biglobe.ne.jp by mail-mbox-{R.randint(10,40)}.biglobe.ne.jp\n\t(Postfix) with ESMTP id {hexs(10).upper()} for <{to}>; {rfc(hop.astimezone(JST))}"),
             ("Authentication-Results", f"biglobe.ne.jp; spf=pass smtp.mailfrom={rp};\n\tdkim=pass header.d=amazon.com header.s={sel_a};\n\tdkim=pass header.d=amazonses.com header.s={sel_s};\n\tdmarc=pass header.from=amazon.com"),
             ("Received", f"from {helo} ({helo} [{ip}])\n\tby mfilter-{R.randint(1,9)}.biglobe.ne.jp (Postfix) with ESMTPS id {hexs(10).upper()}\n\tfor <{to}>; {rfc(hop.astimezone(JST))}")]
    elif mbox == "nifty":
        hop = when + dt.timedelta(seconds=2)
        h = [("Return-Path", f"<{rp}>"),
             ("Received", f"from {helo} by mtain-{R.choice(['ma','mb','mc'])}{R.randint(10,20)}.nifty.com with ESMTP\n          id <{R.randint(10**17, 10**18)}.{hexs(8).upper()}.{R.randint(1000,9999)}.{helo}@nifty.com>\n          for <{to}>; {rfc(hop.astimezone(JST))}"),
             ("Authentication-Results", f"nifty.com; spf=pass smtp.mailfrom={rp};\n  sender-id=pass header.From=no-reply-aws@amazon.com;\n  dkim=pass header.i=@amazon.com;\n  dkim-adsp=pass header.From=no-reply-aws@amazon.com")]
    elif mbox == "yahoo":
        hop = when + dt.timedelta(seconds=2)
        h = [("Return-Path", f"<{rp}>"),
             ("Received", f"from {R.randint(10,99)}.{R.randint(10,99)}.{R.randint(10,99)}.{R.randint(10,99)} by atlas{R.randint(100,330)}.free.mail.bf1.yahoo.com with HTTP; {rfc(hop.astimezone(UTC)).replace('-0000','+0000')}"),
             ("Received", f"from {ip} (EHLO {helo})\n by {R.randint(100,330)}.mta.mail.bf1.yahoo.com with SMTPs; {rfc(hop.astimezone(UTC)).replace('-0000','+0000')}"),
             ("Authentication-Results", f"atlas{R.randint(100,330)}.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s={sel_a};\n dkim=pass header.i=@amazonses.com header.s={sel_s};\n spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;"),
             ("X-Apparently-To", f"{to}; {rfc(hop.astimezone(UTC)).replace('-0000','+0000')}")]
    elif mbox == "exchange":  # on-prem corporate relay, strips / never adds A-R
        hop = when + dt.timedelta(seconds=R.randint(3, 40))
        h = [("Received", f"from EXCH-MBX02.corp.northwind-logistics.com (10.20.4.12) by\n EXCH-MBX01.corp.northwind-logistics.com (10.20.4.11) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39;\n {rfc(hop.astimezone(CEST))}"),
             ("Received", f"from mailgw2.northwind-logistics.com (10.20.1.25) by\n EXCH-MBX02.corp.northwind-logistics.com (10.20.4.12) with Microsoft SMTP Server id\n 15.1.2507.39 via Frontend Transport; {rfc(hop.astimezone(CEST))}"),
             ("Received", f"from {helo} ([{ip}])\n  by mailgw2.northwind-logistics.com with ESMTP; {rfc(hop.astimezone(CEST))}"),
             ("X-IronPort-AV", "E=Sophos;i=\"6.15,250,1739833200\"; d=\"scan'208\";a=\"18844519\"")]
    else:
        raise ValueError(mbox)
    h += [("DKIM-Signature", dkim("amazon.com", sel_a, when)),
          ("DKIM-Signature", dkim("amazonses.com", sel_s, when, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID"))]
    mid = ses_msgid(when, ses_region)
    h += [("Date", rfc(when)), ("From", frm), ("To", to_hdr or to), ("Message-ID", mid), ("Subject", subject)]
    h += list(extra)
    h += [("Feedback-ID", f"::1.us-east-1.{b64s(43)}=:AmazonSES"),
          ("X-SES-Outgoing", f"{when.astimezone(UTC):%Y.%m.%d}-{ip}")]
    if mbox == "outlook":
        h += outlook_tail()
    return h


def credly_headers(mbox, to, when, frm, subject, extra=()):
    ip = f"167.89.{R.randint(1,120)}.{R.randint(2,250)}"
    helo = f"o{R.randint(1,9)}.email.credly.com"
    rp = f"bounces+{R.randint(1000000,9999999)}-{hexs(4)}-{to.replace('@','=')}@em.credly.com"
    if mbox == "gmail":
        ar = gmail_ar([("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", rp, ip, "pass", "credly.com", p="REJECT")
        h = gmail_in(to, when, rp, ip, helo, ar)
    elif mbox == "outlook":
        ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em.credly.com; dkim=pass (signature was verified)\n header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100" % ip)
        h = outlook_in(when, ip, helo, "em.credly.com", ar, to)
        h.insert(0, ("Return-Path", rp))
    elif mbox == "nifty":
        hop = when + dt.timedelta(seconds=2)
        h = [("Return-Path", f"<{rp}>"),
             ("Received", f"from {helo} by mtain-mb{R.randint(10,20)}.nifty.com with ESMTP\n          id <{R.randint(10**17, 10**18)}.{hexs(8).upper()}.{R.randint(1000,9999)}.{helo}@nifty.com>\n          for <{to}>; {rfc(hop.astimezone(JST))}"),
             ("Authentication-Results", f"nifty.com; spf=pass smtp.mailfrom={rp};\n  sender-id=pass header.From=admin@credly.com;\n  dkim=pass header.i=@credly.com;\n  dkim-adsp=pass header.From=admin@credly.com")]
    else:
        raise ValueError(mbox)
    h += [("DKIM-Signature", dkim("credly.com", "s1", when, h="content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:from:subject:to", c="relaxed/relaxed")),
          ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", when, h="content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:from:subject:to", c="relaxed/relaxed"))]
    h += [("Date", rfc(when)), ("From", frm), ("Mime-Version", "1.0"), ("To", to), ("Message-ID", f"<{b64s(22).replace('/','_').replace('+','-')}@geopod-ismtpd-{R.randint(1,40)}>"), ("Subject", subject)]
    h += list(extra)
    h += [("X-SG-EID", b64s(120)), ("X-Entity-ID", b64s(24) + "==")]
    if mbox == "outlook":
        h += outlook_tail()
    return h


def addr_of(frm):
    return frm.split("<")[-1].rstrip(">").strip()


# ----------------------------------------------------------- text helpers
def gq(text, prefix="> "):
    """Quote text with a prefix per line (Gmail/Thunderbird style)."""
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def html_wrap(inner, title="Amazon Web Services"):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<style type="text/css">body{{margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;color:#16191f}} a{{color:#0073bb}}</style>
</head><body style="background-color:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff">
<tr><td style="background-color:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120" /></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
"""


def p2html(text):
    import html
    out = []
    for para in text.strip().split("\n\n"):
        out.append("<p>" + html.escape(para).replace("\n", "<br />\n") + "</p>")
    return "\n".join(out)


# ======================================================================
# PEOPLE / CASES
# ======================================================================
DANIEL = "daniel.okafor87@gmail.com"
PRIYA = "priya.raman@outlook.com"
KENJI = "k.tanaka.dev@gmail.com"
MISAKI = "misaki-sato@biglobe.ne.jp"
MARCO = "marco.rossi@finlogic.it"
LENA = "lena.hoffmann.cloud@gmail.com"
TAKUYA = "t-yamamoto@nifty.com"
WEI = "wei.zhang@northwind-logistics.com"
SOFIA = "sofia.mendes.dev@gmail.com"
ARJUN = "arjun_mehta91@yahoo.com"
TOM = "tom.becker.it@gmail.com"


# ======================================================================
# BATCH 1: completions 001-007
# ======================================================================
FORM_SUBJ = "RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"

# ---- 001 Daniel: plain form-desk completion, Gmail, QP, text+html
d_open = T(2025, 3, 10, 14, 22, 5)
D_CID = case15(d_open, 814)
when = T(2025, 3, 12, 9, 41, 17)
txt = f"""Hello Daniel,

Thank you for your patience while we worked on your request.

I'm happy to let you know that the account merge you requested has been completed. The certification history from AWS04417823 has been merged into AWS11902356, which is now your only active AWS Certification account. Please sign in to https://www.aws.training/Certification using daniel.okafor87@gmail.com, the login e-mail of the surviving account.

Please note:
- Your certifications, exam history and any unused benefits (such as the 50% discount voucher) are now listed under AWS11902356.
- Digital badges issued through Credly will be re-issued to the notification e-mail of the surviving account. You should receive a message from Credly within 3-5 business days.
- AWS04417823 has been deactivated and can no longer be used to sign in.

If anything looks wrong, simply reply to this e-mail and reference the case number.

Best regards,

Sanjana R.
AWS Training and Certification Customer Support
Amazon Web Services

---- Original Message ----
From: daniel.okafor87@gmail.com
Sent: 2025-03-11 18:03:52 UTC
Subject: Re: RE:[CASE {D_CID}] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

Thanks,
Daniel

On Tue, Mar 11, 2025 at 10:15 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Daniel,
>
> We have located the following two AWS Certification accounts:
>
> Account 1 (to be merged): AWS04417823 - dokafor@oldmail.net
> Account 2 (surviving): AWS11902356 - daniel.okafor87@gmail.com
>
> Please be aware that a merge cannot be undone. Kindly reply to confirm.
"""
html = html_wrap(p2html(txt.split("---- Original Message ----")[0]) +
                 "<hr/><div style=\"color:#687078\">" + p2html("---- Original Message ----" + txt.split("---- Original Message ----")[1]) + "</div>")
write("001-completion-form-desk-gmail.eml",
      L("merge_completed", D_CID, ["AWS04417823", "AWS11902356"], True),
      aws_headers("gmail", DANIEL, when, AWS_FORM, FORM_SUBJ.format(cid=D_CID)),
      multi("alternative", part(txt), part(html, "html")))

# ---- 002 Priya: console case, completion + resolution/closure in one mail, Outlook
p_open = T(2025, 4, 2, 7, 48, 51)
P_CID = case15(p_open, 127)
when = T(2025, 4, 3, 16, 5, 40)
txt = f"""Hello Priya,

Thanks for confirming the account details yesterday.

I'm pleased to confirm that the two AWS Certification profiles have now been merged. AWS02286104 was merged into AWS13370592, and all of your certifications, transcripts and the remaining exam voucher balance now appear on AWS13370592. You can sign in with priya.raman@outlook.com as before.

As no further action is needed on our side, I'll mark this case as resolved. If something doesn't look right, you can reopen the case from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Tomás G.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledgebase of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center?nc1=f_dr

To see all correspondence for this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId={P_CID}&language=en

*Note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
"""
write("002-completion-and-resolved-console-outlook.eml",
      L("merge_completed", P_CID, ["AWS02286104", "AWS13370592"], True),
      aws_headers("outlook", PRIYA, when, AWS_CONSOLE,
                  f"RE:[CASE {P_CID}] Please merge my two AWS Certification accounts", to_hdr=f"<{PRIYA}>"),
      multi("alternative", part(txt, cte="quoted-printable"),
            part(html_wrap(p2html(txt)), "html", cte="base64")))

# ---- 003 Kenji: Japanese keigo completion, ISO-2022-JP, nested Japanese quote
k_open = T(2025, 5, 26, 23, 14, 9)
K_CID = case15(k_open, 562)
when = T(2025, 5, 28, 2, 37, 12)
txt = f"""田中 健二 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

　統合元アカウント：AWS05531847
　統合先アカウント（存続）：AWS12076430

今後は統合先アカウントにご登録のメールアドレス（k.tanaka.dev@gmail.com）にてサインインくださいますようお願い申し上げます。
取得済みの認定資格、受験履歴および特典は、すべて統合先アカウントへ移行されております。

なお、Credly のデジタルバッジにつきましては、数営業日以内に Credly 社より改めてご案内のメールが届きます。

ご不明な点がございましたら、本メールにそのままご返信ください。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

小林 真理子
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社

2025年5月28日(水) 8:02 田中健二 <k.tanaka.dev@gmail.com>:
> 小林様
>
> ご確認ありがとうございます。
> 記載の内容で相違ございません。統合を進めていただけますでしょうか。
>
> 田中
>
> 2025年5月27日(火) 18:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 田中 健二 様
> >
> > 以下の 2 つのアカウントを統合いたします。統合後は元に戻すことができません。
> > 　AWS05531847 → AWS12076430
> > 上記の内容でよろしければ、本メールにご返信ください。
"""
subj = f"RE:[CASE {K_CID}] " + ew("【AWS トレーニングと認定】アカウント統合完了のお知らせ", "ISO-2022-JP", size=10)
write("003-ja-completion-keigo-iso2022jp.eml",
      L("merge_completed", K_CID, ["AWS05531847", "AWS12076430"], True, "ja"),
      aws_headers("gmail", KENJI, when, AWS_FORM, subj),
      part(txt, charset="ISO-2022-JP", cte="7bit", quote_cs=False))

# ---- 004 Marco: partial completion (2 of 3 merged, third blocked), Workspace Gmail
m_open = T(2025, 6, 16, 8, 3, 44)
M_CID = case15(m_open, 3)
when = T(2025, 6, 18, 13, 22, 8)
txt = f"""Hi Marco,

Quick update on your request.

We have completed the first part of the merge: AWS03198844 has been merged into your primary account AWS12650013. The Solutions Architect - Associate and Developer - Associate certifications from that profile now show under AWS12650013, together with the exam history.

The third profile, AWS09921570, has not been merged yet. The legal name on that profile ("Marco A. Rossi-Ferraro") does not match the name on your primary account, and per policy we cannot combine profiles with different legal names without a name change request. I have raised this with our Certification Operations team and will let you know which document they need from you.

Kind regards,

Aylin K.
AWS Training and Certification Support
"""
html = html_wrap(p2html(txt))
write("004-partial-completion-two-of-three.eml",
      L("merge_completed", M_CID, ["AWS03198844", "AWS09921570", "AWS12650013"], True),
      aws_headers("gmail", MARCO, when, AWS_FORM, "RE: " + FORM_SUBJ.format(cid=M_CID)[3:]),
      multi("alternative", part(txt, cte="7bit", charset="us-ascii"), part(html, "html")))

# ---- 005 Lena: non-native English completion, id variants
l_open = T(2025, 7, 1, 10, 51, 30)
L_CID = case15(l_open, 40911)
when = T(2025, 7, 3, 5, 12, 55)
txt = f"""Dear Lena,

Greetings from AWS Training and Certification!!

As per your request we have successfully merged your both accounts. Now your all certifications is showing under the candidate id AWS-13004789 and the old account aws06674120 is deactivated from our end, so you will not be able to login there anymore.

Kindly login with the email id of surviving account and check once. The Credly badges also will come to you in some days on same email, no action is required from your side.

Hope this helps. Please feel free to revert in case of any further queries.

Thanks & Regards,
Ravi Shankar
AWS T&C Customer Service

"""
write("005-completion-nonnative-english.eml",
      L("merge_completed", L_CID, ["AWS06674120", "AWS13004789"], True),
      aws_headers("gmail", LENA, when, AWS_FORM, FORM_SUBJ.format(cid=L_CID)),
      multi("alternative", part(txt, cte="base64"), part(html_wrap(p2html(txt)), "html", cte="base64")))

# ---- 006 Arjun: completion after a reopen, Yahoo
a_open = T(2025, 8, 4, 15, 9, 2)
A_CID = case15(a_open, 77)
when = T(2025, 8, 12, 21, 40, 31)
txt = f"""Hello Arjun,

Thank you for getting back to us, and sorry that the first attempt did not fully work.

I have reopened your case after your message that the AWS Certified Cloud Practitioner was still showing on your old profile. Our back-end team found that the earlier merge job had stopped part-way. They re-ran it this morning and I can now confirm that everything has been moved: AWS08120564 is fully merged into AWS13591207 and the old profile no longer holds any certifications.

Please sign out, clear your browser cache, and sign in again to see the updated list.

Best regards,
Kevin O.
Amazon Web Services
"""
write("006-completion-after-reopen-yahoo.eml",
      L("merge_completed", A_CID, ["AWS08120564", "AWS13591207"], True),
      aws_headers("yahoo", ARJUN, when, AWS_FORM, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance (reopened)" % A_CID),
      part(html_wrap(p2html(txt)), "html", cte="quoted-printable"))

# ---- 007 Wei: completion + unrelated follow-up question, corporate Exchange, no A-R
w_open = T(2025, 9, 8, 6, 30, 0)
W_CID = case15(w_open, 5120)
when = T(2025, 9, 10, 11, 2, 47)
txt = f"""Hello Wei,

Good news: the merge of your AWS Certification accounts is done. AWS04090317 has been merged into AWS12231185 and all four certifications now show on AWS12231185.

One question before I close the case: the surviving account still uses your personal e-mail (wzhang.home@gmail.com) as its notification address. Would you like us to change it to wei.zhang@northwind-logistics.com, or keep it as it is? Just reply with your preference.

Best regards,
Mei L.
AWS Training and Certification Customer Support

From: Zhang, Wei <wei.zhang@northwind-logistics.com>
Sent: Tuesday, September 9, 2025 4:18 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE {W_CID}] [AWS Training and Certification Form Submission] - account-assistance

Hi Mei,

Confirmed - please merge AWS04090317 into AWS12231185.

Regards,
Wei Zhang
Senior Cloud Engineer | Northwind Logistics GmbH
"""
write("007-completion-with-question-exchange-noar.eml",
      L("merge_completed", W_CID, ["AWS04090317", "AWS12231185"], None),
      aws_headers("exchange", WEI, when, AWS_FORM, FORM_SUBJ.format(cid=W_CID)),
      multi("alternative", part(txt), part(html_wrap(p2html(txt)), "html")), linesep="\r\n")

# ======================================================================
# BATCH 2: completions 008-014
# ======================================================================

# ---- 008 Misaki: Japanese completion that also closes the case, Shift_JIS, biglobe
ms_open = T(2025, 10, 6, 1, 12, 40)
MS_CID = case15(ms_open, 9)
when = T(2025, 10, 8, 4, 55, 3)
txt = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートでございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご返信いただきました内容に基づき、下記のとおりアカウントの統合を実施いたしました。

■ 統合済みアカウント
　・AWS07720951（旧アカウント：無効化済み）
　・AWS10458326（存続アカウント）

存続アカウントにて、これまでに取得された認定資格がすべて表示されていることをご確認くださいませ。

以上をもちまして、本件はクローズとさせていただきます。
後ほど本件に関するアンケートのご案内をお送りいたしますので、ご協力いただけますと幸いです。
万一、統合内容に不備がございましたら、本メールへご返信いただくことでケースを再開することが可能です。

今後ともどうぞよろしくお願いいたします。

────────────────────────
AWS トレーニングと認定 カスタマーサポート
担当：中村
────────────────────────
"""
subj = "RE:[CASE %s] " % MS_CID + ew("アカウント統合のご依頼について", "Shift_JIS", size=8, codec="cp932")
write("008-ja-completion-and-closure-shiftjis.eml",
      L("merge_completed", MS_CID, ["AWS07720951", "AWS10458326"], True, "ja"),
      aws_headers("biglobe", MISAKI, when, AWS_FORM, subj),
      part(txt, charset="Shift_JIS", codec="cp932", cte="base64"))

# ---- 009 phishing "merge complete, verify now", spoofed amazon.com, forged lower A-R
when = T(2025, 11, 3, 2, 17, 44)
ip = "185.234.72.19"
ar = ("       dkim=fail header.i=@amazon.com header.s=rte02 header.b=Qm9vX2xp;\n"
      "       spf=pass (google.com: domain of bounce@mailer.aws-certnotify.com designates 185.234.72.19 as permitted sender) smtp.mailfrom=bounce@mailer.aws-certnotify.com;\n"
      "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")
hdrs = gmail_in(DANIEL, when, "bounce@mailer.aws-certnotify.com", ip, "vps-3b81c0.hosted-node.net", ar)
hdrs += [("Received", f"from localhost (localhost [127.0.0.1])\n\tby vps-3b81c0.hosted-node.net (Postfix) with ESMTPSA id 4F1A21C03A2\n\tfor <{DANIEL}>; {rfc(when)}"),
         ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rte02;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com"),
         ("DKIM-Signature", dkim("amazon.com", "rte02", when)),
         ("Date", rfc(when)), ("From", '"Amazon Web Services" <no-reply-aws@amazon.com>'),
         ("Reply-To", "support@aws-certnotify.com"), ("To", DANIEL),
         ("Message-ID", f"<{hexs(24)}@vps-3b81c0.hosted-node.net>"),
         ("Subject", "Action required: your AWS Certification account merge is complete"),
         ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
html = html_wrap("""<p>Dear Certified Professional,</p>
<p>We are writing to inform you that your AWS Certification accounts have been <b>successfully merged</b>. All certifications, exam history and benefits have been transferred to your surviving profile.</p>
<p>To keep your <b>50% exam voucher</b> and your digital badges, you must re-verify your surviving account within <b>48 hours</b>. Unverified accounts will be suspended and merged benefits will be lost.</p>
<p style="text-align:center"><a href="http://aws-certnotify.com/verify?ref=TC-2025-88213&amp;u=ZGFuaWVsLm9rYWZvcjg3" style="background:#ff9900;color:#16191f;padding:12px 24px;text-decoration:none;font-weight:bold">Verify my account</a></p>
<p>Reference: TC-2025-88213</p>
<p>Thank you,<br/>AWS Training &amp; Certification Team</p>""")
write("009-phish-merge-complete-forged-lower-ar.eml",
      L("merge_completed", None, [], False),
      hdrs, part(html, "html", cte="quoted-printable"))

# ---- 010 Tom: 2020 form case, 10-digit id, older template
T_CID = "7263491802"
when = T(2020, 8, 19, 17, 3, 26)
txt = f"""Hello Tom,

Thank you for contacting AWS Training and Certification.

This is to confirm that your AWS Certification accounts have been merged as requested. Your exam records under AWS00932771 were moved to AWS07345120 and the account AWS00932771 was closed.

Please allow up to 24 hours for the changes to be reflected in the AWS Certification Account portal. Your Acclaim badges will be re-issued to the e-mail address on the surviving account.

We are happy to have been of assistance.

Sincerely,

Jordan P.
AWS Training and Certification
Case ID: {T_CID}
"""
write("010-completion-2020-10digit-case.eml",
      L("merge_completed", T_CID, ["AWS00932771", "AWS07345120"], True),
      aws_headers("gmail", TOM, when, AWS_FORM, f"RE: [CASE {T_CID}] AWS Certification - Account Merge"),
      multi("alternative", part(txt, charset="UTF-8", cte="7bit", quote_cs=False), part(html_wrap(p2html(txt)), "html", charset="UTF-8", cte="7bit", quote_cs=False)))

# ---- 011 Takuya: Japanese console case, "一本化" wording, base64 UTF-8, nifty
tk_open = T(2024, 11, 18, 3, 40, 12)
TK_CID = case15(tk_open, 88)
when = T(2024, 11, 20, 8, 21, 39)
txt = f"""山本 拓也 様

お世話になっております。
アマゾン ウェブ サービス カスタマーサポートの佐々木です。

お問い合わせいただいておりました認定アカウントの件、AWS-08812037 に記録されていた認定資格を AWS-11290468 へ移行し、アカウントの一本化が完了いたしました。
今後は AWS-11290468 のみをご利用ください。旧アカウントへのサインインはできなくなっております。

引き続きよろしくお願いいたします。

佐々木
Amazon Web Services

このケースのすべてのやり取りを確認するには、以下のリンクから AWS サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={TK_CID}&language=ja

※このメールアドレスは送信専用のため、ご返信いただいても受信できません。
ご返信の際は、上記のリンクより AWS サポートセンターからご返信ください。
"""
subj = ew(f"RE:[CASE {TK_CID}] 認定アカウントの統合について", "UTF-8", size=16)
write("011-ja-completion-console-ippon-ka.eml",
      L("merge_completed", TK_CID, ["AWS08812037", "AWS11290468"], True, "ja"),
      aws_headers("nifty", TAKUYA, when, AWS_CONSOLE, subj),
      multi("alternative", part(txt, cte="base64", charset="UTF-8"), part(html_wrap(p2html(txt)), "html", cte="base64", charset="UTF-8")))

# ---- 012 Sofia: 2022 case, 11-digit id, "consolidated" (no "merge"), Original Message quote
S_CID = "10392218471"
when = T(2022, 6, 23, 14, 8, 2)
txt = f"""Hi Sofia,

Your two certification profiles are now consolidated into one. All four of your AWS Certifications are listed under AWS09035518, and the profile AWS01876542 has been retired, so please don't try to sign in with it anymore.

Your Credly badges will be reissued to sofia.mendes.dev@gmail.com over the next few days.

Cheers,
Hannes W.
AWS Training & Certification Support

-----Original Message-----
From: Sofia Mendes <sofia.mendes.dev@gmail.com>
Sent: Wednesday, June 22, 2022 9:44 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {S_CID}] [AWS Training and Certification Form Submission] - account-assistance

Yes, that's right: keep AWS09035518 and fold AWS01876542 into it. Thank you!

Sofia
"""
write("012-completion-2022-consolidated-11digit.eml",
      L("merge_completed", S_CID, ["AWS01876542", "AWS09035518"], True),
      aws_headers("gmail", SOFIA, when, AWS_FORM, FORM_SUBJ.format(cid=S_CID)),
      multi("alternative", part(txt, cte="quoted-printable"), part(html_wrap(p2html(txt)), "html", cte="quoted-printable")))

# ---- 013 Hannah: Outlook, body is UTF-8 but labelled iso-8859-1 (8bit)
HANNAH = "h.clarke.cloud@outlook.com"
h_open = T(2025, 2, 3, 19, 27, 55)
H_CID = case15(h_open, 310)
when = T(2025, 2, 5, 12, 0, 18)
txt = f"""Hi Hannah,

Thanks for your patience – I’ve got good news.

The merge you asked for is finished: your older account (AWS05012398) has been rolled into AWS12874401, which is the one you’ll keep using going forward. Your “AWS Certified Security – Specialty” and both Associate certifications now show on AWS12874401.

Nothing else is needed from you. If you spot anything that doesn’t look right, just reply here.

All the best,
Chloé D.
AWS Training & Certification
"""
write("013-completion-outlook-wrong-charset-label.eml",
      L("merge_completed", H_CID, ["AWS05012398", "AWS12874401"], True),
      aws_headers("outlook", HANNAH, when, AWS_FORM, FORM_SUBJ.format(cid=H_CID)),
      part(txt, charset="utf-8", label="iso-8859-1", cte="8bit"))

# ---- 014 Lan: non-native English, HTML-only table, CertMetrics + Credly both combined
LAN = "lan.nguyen.aws@gmail.com"
n_open = T(2025, 12, 1, 2, 5, 19)
N_CID = case15(n_open, 1)
when = T(2025, 12, 4, 6, 48, 0)
inner = f"""<p>Dear Customer,</p>
<p>Please be informed that the request for combining of your two AWS Certification account is now done from our team side.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><th align="left">Account (closed)</th><td>AWS 03367710</td></tr>
<tr><th align="left">Account (remain)</th><td>AWS 11480932</td></tr>
<tr><th align="left">Credly profile</th><td>Badges transferred to lan.nguyen.aws@gmail.com</td></tr>
</table>
<p>Also we have request to Credly to move your badges, it is also already completed, so you can see all badge in one profile now.</p>
<p>Kindly check and let us know if anything is missing.</p>
<p>Thanks and Best Regards,<br/>Huong T.<br/>AWS Training and Certification Support</p>
<p style="font-size:11px;color:#687078">Case reference: {N_CID}</p>"""
write("014-completion-nonnative-html-only-table.eml",
      L("merge_completed", N_CID, ["AWS03367710", "AWS11480932"], True),
      aws_headers("gmail", LAN, when, AWS_FORM, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % N_CID),
      part(html_wrap(inner), "html", cte="quoted-printable"))

# ======================================================================
# BATCH 3: closure notices and surveys 015-024
# ======================================================================

def survey_block(cid, yes_no=True, lang="en"):
    base = "https://support.aws.amazon.com/survey"
    tok = hexs(32)
    if lang == "ja":
        return (f"""<p style="font-weight:bold">問題は解決しましたか？</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#0073bb;padding:10px 28px"><a href="{base}?caseId={cid}&amp;answer=yes&amp;t={tok}&amp;lang=ja" style="color:#fff;text-decoration:none">はい</a></td>
<td style="background:#545b64;padding:10px 28px"><a href="{base}?caseId={cid}&amp;answer=no&amp;t={tok}&amp;lang=ja" style="color:#fff;text-decoration:none">いいえ</a></td>
</tr></table>""")
    return (f"""<p style="font-weight:bold">Was your issue resolved?</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#0073bb;padding:10px 28px"><a href="{base}?caseId={cid}&amp;answer=yes&amp;t={tok}" style="color:#fff;text-decoration:none">YES</a></td>
<td style="background:#545b64;padding:10px 28px"><a href="{base}?caseId={cid}&amp;answer=no&amp;t={tok}" style="color:#fff;text-decoration:none">NO</a></td>
</tr></table>""")


# ---- 015 Priya: console "case resolved" notice (automatic), Outlook
when = T(2025, 4, 3, 16, 6, 2)
txt = f"""Hello,

Your AWS Support case {P_CID} has been resolved.

Subject: Please merge my two AWS Certification accounts
Severity: General guidance

If your issue is not fully resolved, you can reopen this case from the AWS Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={P_CID}&language=en

How did we do? Your feedback helps us improve AWS Support. Please take a moment to rate your experience with this case.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
html = html_wrap(p2html(txt.split("How did we do?")[0]) + "<p>How did we do? Your feedback helps us improve AWS Support.</p>" + survey_block(P_CID))
write("015-console-case-resolved-notice.eml",
      L("survey", P_CID, [], True),
      aws_headers("outlook", PRIYA, when, AWS_CONSOLE, f"Amazon Web Services Support: Case {P_CID} has been resolved"),
      multi("alternative", part(txt), part(html, "html")))

# ---- 016 Daniel: form-desk rating request, HTML only, YES/NO
when = T(2025, 3, 12, 9, 52, 40)
inner = f"""<p>Hello Daniel,</p>
<p>We recently worked with you on case <b>{D_CID}</b> ("[AWS Training and Certification Form Submission] - account-assistance"). We would like to hear how it went.</p>
{survey_block(D_CID)}
<p>After you answer, you will be asked to rate the support you received from <b>Sanjana R.</b> on a scale of 1 to 5. The survey takes less than a minute.</p>
<p>Thank you,<br/>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">You are receiving this e-mail because you recently contacted AWS Training and Certification Customer Support. This survey link is unique to you. Please do not forward it.</p>"""
write("016-form-desk-rating-request-html-only.eml",
      L("survey", D_CID, [], True),
      aws_headers("gmail", DANIEL, when, AWS_FORM, f"How did we do? Your AWS Training and Certification case {D_CID}"),
      part(html_wrap(inner), "html", cte="base64"))

# ---- 017 Kenji: Japanese survey, ISO-2022-JP text + UTF-8 html
when = T(2025, 5, 28, 2, 40, 55)
txt = f"""田中 健二 様

先日は AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございました。
ケース番号 {K_CID} はクローズされました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約1分）。

■ 問題は解決しましたか？
　はい：https://support.aws.amazon.com/survey?caseId={K_CID}&answer=yes&lang=ja
　いいえ：https://support.aws.amazon.com/survey?caseId={K_CID}&answer=no&lang=ja

※本メールは送信専用アドレスから送信されています。
AWS トレーニングと認定
"""
html = html_wrap(f"<p>田中 健二 様</p><p>先日は AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございました。<br/>ケース番号 {K_CID} はクローズされました。</p><p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約1分）。</p>" + survey_block(K_CID, lang="ja"))
subj = ew("【AWS トレーニングと認定】お問い合わせに関するアンケートのお願い", "ISO-2022-JP", size=12)
write("017-ja-survey-iso2022jp.eml",
      L("survey", K_CID, [], True, "ja"),
      aws_headers("gmail", KENJI, when, AWS_FORM, subj),
      multi("alternative", part(txt, charset="ISO-2022-JP", cte="7bit"), part(html, "html", cte="base64")))

# ---- 018 Olivia: automatic closure after no reply (never confirmed), Gmail
OLIVIA = "olivia.brooks.tech@gmail.com"
o_open = T(2025, 6, 2, 12, 44, 10)
O_CID = case15(o_open, 21)
when = T(2025, 6, 12, 13, 0, 4)
txt = f"""Hello,

We haven't received a response from you on case {O_CID} for 7 days, so we have closed it automatically.

If you still need help with your AWS Certification accounts, you can reply to this e-mail within 14 days and the case will be reopened with the information you already provided. Please do not open a new case for the same request.

Before you go, would you tell us how we did? It only takes a minute:
https://support.aws.amazon.com/survey?caseId={O_CID}&src=autoclose

Best regards,
AWS Training and Certification Customer Support
"""
write("018-auto-closure-no-response.eml",
      L("survey", O_CID, [], True),
      aws_headers("gmail", OLIVIA, when, AWS_FORM, f"[CASE {O_CID}] Your case has been closed"),
      part(txt, cte="quoted-printable", charset="UTF-8"))

# ---- 019 Lena: closure + rating on top, completion quoted below (ids only in quote)
when = T(2025, 7, 3, 5, 14, 30)
txt = f"""Dear Lena,

Your case {L_CID} is now closed. We hope we were able to help!

Please rate your experience: https://support.aws.amazon.com/survey?caseId={L_CID}&agent=rshankar

Regards,
AWS T&C Customer Service

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, July 3, 2025 07:12
To: lena.hoffmann.cloud@gmail.com
Subject: RE:[CASE {L_CID}] [AWS Training and Certification Form Submission] - account-assistance

Dear Lena,

As per your request we have successfully merged your both accounts. Now your all certifications is showing under the candidate id AWS-13004789 and the old account aws06674120 is deactivated from our end.
"""
write("019-closure-top-completion-quoted.eml",
      L("survey", L_CID, [], True),
      aws_headers("gmail", LENA, when, AWS_FORM, FORM_SUBJ.format(cid=L_CID)),
      multi("alternative", part(txt, cte="quoted-printable"), part(html_wrap(p2html(txt)), "html", cte="quoted-printable")))

# ---- 020 Arjun: survey reminder, Yahoo
when = T(2025, 8, 19, 18, 30, 0)
inner = f"""<p>Hi Arjun,</p>
<p>A few days ago we closed your case <b>{A_CID}</b>. We haven't heard how it went yet &ndash; your answer to one short question really helps our team.</p>
{survey_block(A_CID)}
<p>This is the only reminder we will send for this case.</p>
<p>Thanks,<br/>AWS Training and Certification</p>"""
write("020-survey-reminder-yahoo.eml",
      L("survey", A_CID, [], True),
      aws_headers("yahoo", ARJUN, when, AWS_FORM, f"Reminder: tell us about your recent support experience (case {A_CID})"),
      multi("alternative", part(re_txt := "Hi Arjun,\n\nA few days ago we closed your case %s. We haven't heard how it went yet - your answer to one short question really helps our team.\n\nWas your issue resolved?\nYES: https://support.aws.amazon.com/survey?caseId=%s&answer=yes\nNO:  https://support.aws.amazon.com/survey?caseId=%s&answer=no\n\nThis is the only reminder we will send for this case.\n\nThanks,\nAWS Training and Certification\n" % (A_CID, A_CID, A_CID), cte="7bit", charset="us-ascii"),
            part(html_wrap(inner), "html")))

# ---- 021 Misaki: Japanese closure notice, UTF-8 QP
when = T(2025, 10, 8, 5, 0, 12)
txt = f"""佐藤 美咲 様

AWS トレーニングと認定へのお問い合わせ（ケース ID: {MS_CID}）は、クローズされました。

今回のサポートについて、ご意見をお聞かせください。いただいたご意見は、サービスの品質向上のために活用させていただきます。

　▼ アンケートに回答する
　https://support.aws.amazon.com/survey?caseId={MS_CID}&lang=ja

ケースを再開する必要がある場合は、14 日以内に本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
write("021-ja-closure-notice-utf8-qp.eml",
      L("survey", MS_CID, [], True, "ja"),
      aws_headers("biglobe", MISAKI, when, AWS_FORM, ew(f"ケースクローズのお知らせ [CASE {MS_CID}]", "UTF-8", size=10)),
      part(txt, cte="quoted-printable", charset="UTF-8"))

# ---- 022 Sofia: 2022 closure notice, 11-digit id
when = T(2022, 6, 30, 14, 10, 0)
txt = f"""Hello,

We're writing to let you know that case {S_CID} was closed on June 30, 2022 because it has been resolved.

Case ID: {S_CID}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Status: Closed

We'd love to know how we did. Please take a short survey about this case:
https://aws-training.qualtrics.com/jfe/form/SV_6Lq{b64s(10).replace('/','a').replace('+','b')}?case={S_CID}

Thank you for being an AWS customer.
Amazon Web Services
"""
write("022-closure-notice-2022-11digit.eml",
      L("survey", S_CID, [], True),
      aws_headers("gmail", SOFIA, when, AWS_FORM, f"Case {S_CID} closed - tell us how we did"),
      part(txt, cte="7bit", charset="us-ascii"))

# ---- 023 Lan: star rating e-mail, HTML + text
when = T(2025, 12, 4, 6, 55, 12)
stars = "".join(f'<a href="https://support.aws.amazon.com/survey?caseId={N_CID}&amp;rating={i}" style="font-size:28px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))
inner = f"""<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. Your case {N_CID} has been marked as closed.</p>
<p>How would you rate the help you received from <b>Huong T.</b>?</p>
<p>{stars}</p>
<p style="font-size:12px;color:#687078">1 = Very dissatisfied, 5 = Very satisfied</p>"""
txt = f"""Hello,

Thank you for contacting AWS Training and Certification. Your case {N_CID} has been marked as closed.

How would you rate the help you received from Huong T.?
""" + "\n".join(f"{i} star{'s' if i > 1 else ''}: https://support.aws.amazon.com/survey?caseId={N_CID}&rating={i}" for i in range(1, 6)) + "\n"
write("023-star-rating-request.eml",
      L("survey", N_CID, [], True),
      aws_headers("gmail", LAN, when, AWS_FORM, "Rate your recent AWS Training and Certification support experience"),
      multi("alternative", part(txt, cte="7bit", charset="us-ascii"), part(html_wrap(inner), "html", cte="quoted-printable")))

# ---- 024 Tom: 2020 closure + survey, older template
when = T(2020, 8, 21, 17, 5, 0)
txt = f"""Dear Tom,

Your case with AWS Training and Certification has been closed.

Case ID: {T_CID}
Subject: AWS Certification - Account Merge

Please help us improve by completing this 2-question survey:
https://pages.awscloud.com/TC-Support-Survey.html?caseid={T_CID}

If your question was not answered, reply to this message and your case will be reopened.

AWS Training and Certification
"""
write("024-closure-survey-2020.eml",
      L("survey", T_CID, [], True),
      aws_headers("gmail", TOM, when, AWS_FORM, f"[CASE {T_CID}] Case closed - AWS Training and Certification"),
      part(txt, cte="quoted-printable", charset="iso-8859-1"))

# ======================================================================
# BATCH 4: Credly badge issued / transferred / accept 025-033
# ======================================================================
CREDLY_AWS = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def credly_html(inner, year=2025, unsub=True):
    foot = ('<a href="https://www.credly.com/earner/settings/notifications" style="color:#767676">Manage notification settings</a> &middot; ' if unsub else "")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Credly</title></head>
<body style="margin:0;background:#f5f5f5;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#333">
<center><table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#fff;margin:24px auto">
<tr><td style="padding:24px 32px;border-bottom:4px solid #ff6b00"><img src="https://images.credly.com/assets/credly-logo-email.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:32px">
{inner}
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#767676;background:#fafafa">
{foot}<a href="https://www.credly.com/privacy" style="color:#767676">Privacy Policy</a><br>
&copy; {year} Credly, a Pearson company. All rights reserved.</td></tr>
</table></center></body></html>
"""


def credly_button(url, label):
    return f'<p style="text-align:center;margin:28px 0"><a href="{url}" style="background:#ff6b00;color:#fff;padding:14px 32px;border-radius:4px;text-decoration:none;font-weight:bold">{label}</a></p>'


def badge_url():
    u = uuid.UUID(int=R.getrandbits(128))
    return f"https://www.credly.com/earner/earned/badge/{u}"


# ---- 025 Daniel: badge issued after the merge, standard
when = T(2025, 3, 14, 16, 2, 11)
bu = badge_url()
inner = f"""<h1 style="font-size:22px;margin:0 0 16px">Congratulations, Daniel!</h1>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect – Associate"><br><b>AWS Certified Solutions Architect – Associate</b></p>
<p>Accept your badge to share it on LinkedIn, add it to your e-mail signature and let employers verify your skills.</p>
{credly_button(bu, "Accept your badge")}
<p style="font-size:12px;color:#767676">This badge was issued to daniel.okafor87@gmail.com.</p>"""
txt = f"""Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect – Associate

Accept your badge:
{bu}

This badge was issued to daniel.okafor87@gmail.com.

(c) 2025 Credly, a Pearson company. All rights reserved.
"""
write("025-credly-badge-issued-after-merge.eml",
      L("credly_badge_issued", None, [], True),
      credly_headers("gmail", DANIEL, when, CREDLY_AWS, "Amazon Web Services Training and Certification sent you a badge",
                     extra=[("List-Unsubscribe", "<https://www.credly.com/earner/settings/notifications>")]),
      multi("alternative", part(txt, cte="quoted-printable"), part(credly_html(inner), "html", cte="quoted-printable")))

# ---- 026 Priya: badges moved to the surviving account (transfer notice), Outlook
when = T(2025, 4, 7, 14, 33, 50)
inner = f"""<h1 style="font-size:22px;margin:0 0 16px">Your badges have a new home</h1>
<p>Hi Priya,</p>
<p>Amazon Web Services Training and Certification has moved the following badges to your Credly account <b>priya.raman@outlook.com</b>, following an update to your certification record:</p>
<ul>
<li>AWS Certified Cloud Practitioner</li>
<li>AWS Certified Solutions Architect – Associate</li>
<li>AWS Certified Data Engineer – Associate</li>
</ul>
<p>The badges are already on your profile &ndash; there is nothing you need to accept. Previous share links will redirect automatically.</p>
{credly_button("https://www.credly.com/users/priya-raman/badges", "View my badges")}"""
write("026-credly-badges-transferred-outlook.eml",
      L("credly_badge_issued", None, [], True),
      credly_headers("outlook", PRIYA, when, '"Credly" <admin@credly.com>', "3 badges were transferred to your Credly account"),
      part(credly_html(inner), "html", cte="base64"))

# ---- 027 Tom: 2020 Acclaim badge, admin@youracclaim.com
when = T(2020, 8, 24, 19, 12, 8)
ip = "167.89.101.44"
rp = f"bounces+1481933-8a1c-{TOM.replace('@', '=')}@em.youracclaim.com"
ar = gmail_ar([("pass", "youracclaim.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", rp, ip, "pass", "youracclaim.com", p="NONE")
hdrs = gmail_in(TOM, when, rp, ip, "o5.email.youracclaim.com", ar, arc=False)
hdrs += [("DKIM-Signature", dkim("youracclaim.com", "s1", when, c="relaxed/relaxed", h="from:subject:mime-version:to:content-type")),
         ("Date", rfc(when)),
         ("From", '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'),
         ("To", TOM), ("Message-ID", f"<5f43{hexs(20)}_{R.randint(10000,99999)}@app-{R.randint(1,9)}.mail>"),
         ("Subject", "Congratulations, Tom! You've earned a badge from Amazon Web Services Training and Certification")]
txt = f"""Tom,

Amazon Web Services Training and Certification has issued you a badge for
AWS Certified Developer - Associate.

Accept your badge to claim your achievement and share it with your network:
https://www.youracclaim.com/earner/earned/badge/{uuid.UUID(int=R.getrandbits(128))}

Questions? Visit https://support.youracclaim.com

Acclaim, powered by Credly
"""
write("027-acclaim-badge-2020.eml",
      L("credly_badge_issued", None, [], True),
      hdrs, part(txt, cte="7bit", charset="us-ascii"))

# ---- 028 Lena: reminder to accept a pending badge (not expiry)
when = T(2025, 7, 17, 9, 0, 3)
bu = badge_url()
inner = f"""<p>Hi Lena,</p>
<p>Your badge <b>AWS Certified DevOps Engineer – Professional</b> from Amazon Web Services Training and Certification is still waiting for you.</p>
<p>It was issued on July 8, 2025. Accept it now so it appears on your public profile.</p>
{credly_button(bu, "Accept Badge")}"""
write("028-credly-pending-badge-accept-reminder.eml",
      L("credly_badge_issued", None, [], True),
      credly_headers("gmail", LENA, when, CREDLY_AWS, "Reminder: You have a badge waiting to be accepted"),
      multi("alternative", part(f"Hi Lena,\n\nYour badge AWS Certified DevOps Engineer – Professional from Amazon Web Services Training and Certification is still waiting for you.\nIt was issued on July 8, 2025. Accept it now so it appears on your public profile.\n\nAccept Badge: {bu}\n", cte="quoted-printable"),
            part(credly_html(inner), "html", cte="quoted-printable")))

# ---- 029 Takuya: Japanese Credly badge issued, nifty
when = T(2024, 11, 25, 2, 14, 36)
bu = badge_url()
inner = f"""<h1 style="font-size:20px">おめでとうございます、拓也さん！</h1>
<p>Amazon Web Services Training and Certification からバッジが発行されました。</p>
<p style="text-align:center"><b>AWS Certified SysOps Administrator – Associate</b></p>
<p>バッジを受け取ると、LinkedIn などで共有したり、雇用主に検証してもらったりできます。</p>
{credly_button(bu, "バッジを受け取る")}"""
txt = f"""おめでとうございます、拓也さん！

Amazon Web Services Training and Certification からバッジが発行されました。
AWS Certified SysOps Administrator – Associate

バッジを受け取る: {bu}
"""
write("029-ja-credly-badge-issued-nifty.eml",
      L("credly_badge_issued", None, [], True, "ja"),
      credly_headers("nifty", TAKUYA, when, CREDLY_AWS, ew("新しいバッジが発行されました", "UTF-8", size=8)),
      multi("alternative", part(txt, cte="base64"), part(credly_html(inner, 2024), "html", cte="base64")))

# ---- 030 Credly look-alike phishing about badges after the merge (passes auth for its own domain)
when = T(2025, 6, 21, 8, 44, 9)
ip = "45.61.139.201"
rp = "mailer@notify.credly-badges.net"
ar = gmail_ar([("pass", "credly-badges.net", "default")], "pass", rp, ip, "pass", "credly-badges.net", p="NONE")
hdrs = gmail_in(MARCO, when, rp, ip, "mail.credly-badges.net", ar)
hdrs += [("DKIM-Signature", dkim("credly-badges.net", "default", when, c="relaxed/relaxed")),
         ("Date", rfc(when)), ("From", '"Credly Badges" <notifications@credly-badges.net>'),
         ("To", MARCO), ("Message-ID", f"<{hexs(16)}.{R.randint(1000,9999)}@credly-badges.net>"),
         ("Subject", "Your AWS badges are ready after your account merge - accept within 72h")]
inner = f"""<p>Hello,</p>
<p>Following the recent <b>merge of your AWS Certification accounts</b>, your digital badges have been re-issued and are ready to accept.</p>
<p>Badges that are not accepted within <b>72 hours</b> will be revoked.</p>
{credly_button("https://credly-badges.net/earner/login?next=accept&id=8812", "Accept my badges")}
<p style="font-size:11px">Credly Support Team</p>"""
write("030-phish-credly-lookalike-badges-after-merge.eml",
      L("credly_badge_issued", None, [], False),
      hdrs, part(credly_html(inner, unsub=False), "html", cte="quoted-printable"))

# ---- 031 Kenji: new badge issued, HTML-only, English Credly to a Japanese user
when = T(2025, 6, 2, 1, 30, 47)
bu = badge_url()
inner = f"""<h1 style="font-size:22px;margin:0 0 16px">You've been issued a new badge</h1>
<p>Hi Kenji,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you the <b>AWS Certified Machine Learning Engineer – Associate</b> badge.</p>
{credly_button(bu, "Accept Badge")}
<p style="font-size:12px;color:#767676">Badge ID: {uuid.UUID(int=R.getrandbits(128))}</p>"""
write("031-credly-new-badge-html-only.eml",
      L("credly_badge_issued", None, [], True),
      credly_headers("gmail", KENJI, when, CREDLY_AWS, "Kenji, you've been issued a new badge from Amazon Web Services Training and Certification"),
      part(credly_html(inner), "html", cte="quoted-printable"))

# ---- 032 Marco: badge auto-accepted / added to profile
when = T(2025, 6, 20, 10, 11, 1)
inner = f"""<p>Hi Marco,</p>
<p>Good news &ndash; your new badge <b>AWS Certified Developer – Associate</b>, issued by Amazon Web Services Training and Certification, was accepted automatically and is now on your profile, because you have auto-accept turned on.</p>
{credly_button("https://www.credly.com/users/marco-rossi.4f2a1c/badges", "See it on your profile")}
<p style="font-size:12px;color:#767676">You can change auto-accept in your account settings.</p>"""
write("032-credly-badge-auto-accepted.eml",
      L("credly_badge_issued", None, [], True),
      credly_headers("gmail", MARCO, when, CREDLY_AWS, "Your new badge is on your profile"),
      multi("alternative", part("Hi Marco,\n\nGood news - your new badge AWS Certified Developer – Associate, issued by Amazon Web Services Training and Certification, was accepted automatically and is now on your profile.\n\nhttps://www.credly.com/users/marco-rossi.4f2a1c/badges\n", cte="quoted-printable"),
            part(credly_html(inner), "html", cte="quoted-printable")))

# ---- 033 Sofia: 2022 badge reissued to surviving account, with validation number
when = T(2022, 6, 26, 11, 20, 30)
bu = badge_url()
inner = f"""<p>Hello Sofia,</p>
<p>Amazon Web Services Training and Certification has re-issued your badge <b>AWS Certified Solutions Architect – Professional</b> to <b>sofia.mendes.dev@gmail.com</b>. It replaces the badge previously issued to another e-mail address.</p>
<p>Validation number: <b>9QZ4XM2L7HW1KPC8</b></p>
{credly_button(bu, "Accept your badge")}"""
write("033-credly-badge-reissued-2022.eml",
      L("credly_badge_issued", None, [], True),
      credly_headers("gmail", SOFIA, when, CREDLY_AWS, "Your badge has been re-issued by Amazon Web Services Training and Certification"),
      part(credly_html(inner, 2022), "html", cte="base64"))

# ======================================================================
# BATCH 5: unrelated look-alikes 034-049
# ======================================================================

def generic_headers(mbox, to, when, frm, subject, d, ip, helo, mailfrom, sel="s1", dmarc="pass",
                    p="NONE", msgid=None, extra=(), dkim_res="pass"):
    """A mail from some other (non-AWS) sender; d = DKIM signing domain."""
    fromdom = addr_of(frm).split("@")[1]
    if mbox == "gmail":
        ar = gmail_ar([(dkim_res, d, sel)], "pass", mailfrom, ip, dmarc, fromdom, p=p)
        h = gmail_in(to, when, mailfrom, ip, helo, ar)
    elif mbox == "outlook":
        ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom.split('@')[1]}; dkim={dkim_res} (signature was verified)\n header.d={d};dmarc={dmarc} action=none\n header.from={fromdom};compauth=pass reason=100")
        h = outlook_in(when, ip, helo, mailfrom.split("@")[1], ar, to)
        h.insert(0, ("Return-Path", mailfrom))
    elif mbox == "biglobe":
        hop = when + dt.timedelta(seconds=4)
        h = [("Return-Path", f"<{mailfrom}>"),
             ("Received", f"from mfilter-{R.randint(1,9)}.biglobe.ne.jp by mail-mbox-{R.randint(10,40)}.biglobe.ne.jp\n\t(Postfix) with ESMTP id {hexs(10).upper()} for <{to}>; {rfc(hop.astimezone(JST))}"),
             ("Authentication-Results", f"biglobe.ne.jp; spf=pass smtp.mailfrom={mailfrom};\n\tdkim={dkim_res} header.d={d} header.s={sel};\n\tdmarc={dmarc} header.from={fromdom}"),
             ("Received", f"from {helo} ({helo} [{ip}])\n\tby mfilter-{R.randint(1,9)}.biglobe.ne.jp (Postfix) with ESMTPS id {hexs(10).upper()}\n\tfor <{to}>; {rfc(hop.astimezone(JST))}")]
    else:
        raise ValueError(mbox)
    h += [("DKIM-Signature", dkim(d, sel, when, c="relaxed/relaxed")),
          ("Date", rfc(when)), ("From", frm), ("To", to),
          ("Message-ID", msgid or f"<{hexs(20)}@{helo}>"), ("Subject", subject)]
    h += list(extra)
    if mbox == "outlook":
        h += outlook_tail()
    return h


def sg(to):
    ip = f"167.89.{R.randint(1,120)}.{R.randint(2,250)}"
    return ip, f"o{R.randint(1,9)}.email.credly.com", f"bounces+{R.randint(1000000,9999999)}-{hexs(4)}-{to.replace('@','=')}@em.credly.com"


# ---- 034 Credly newsletter (genuine credly.com)
when = T(2025, 9, 16, 15, 0, 0)
inner = """<h1 style="font-size:24px">The Credly Digest &middot; September</h1>
<p>What employers are looking for this quarter, the fastest-growing cloud skills, and how earners are using badges to stand out.</p>
<h3>1. Cloud security skills are up 38% in job postings</h3><p>Security specialty credentials are now requested in more than one in five cloud roles.</p>
<h3>2. Make your profile work for you</h3><p>Add your skills, set your profile to public and turn on job matching.</p>
<h3>3. New: badge collections</h3><p>Group related badges into a learning path that tells your story.</p>
<p style="text-align:center"><a href="https://info.credly.com/digest-september" style="color:#ff6b00">Read the full digest &rarr;</a></p>"""
ip, helo, rp = sg(DANIEL)
write("034-credly-newsletter-digest.eml",
      L("unrelated", None, [], True),
      generic_headers("gmail", DANIEL, when, '"Credly" <newsletter@credly.com>', "The Credly Digest: the cloud skills employers want right now",
                      "credly.com", ip, helo, rp, p="REJECT",
                      extra=[("List-Unsubscribe", "<mailto:unsubscribe@credly.com?subject=unsubscribe>, <https://info.credly.com/unsubscribe>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),
      part(credly_html(inner), "html", cte="quoted-printable"))

# ---- 035 Credly monthly badge statistics
when = T(2025, 11, 1, 14, 2, 33)
inner = """<p>Hi Priya,</p>
<p>Here is how your badges performed in October:</p>
<table cellpadding="8" style="border-collapse:collapse;width:100%">
<tr style="background:#fafafa"><td>Badge views</td><td align="right"><b>48</b></td></tr>
<tr><td>Verifications by employers</td><td align="right"><b>3</b></td></tr>
<tr style="background:#fafafa"><td>Shares on LinkedIn</td><td align="right"><b>1</b></td></tr>
<tr><td>Most viewed badge</td><td align="right">AWS Certified Solutions Architect – Associate</td></tr>
</table>
<p>Keep your profile up to date to get discovered by more recruiters.</p>"""
ip, helo, rp = sg(PRIYA)
write("035-credly-monthly-badge-stats.eml",
      L("unrelated", None, [], True),
      generic_headers("outlook", PRIYA, when, '"Credly" <admin@credly.com>', "Your badge activity for October: 48 views",
                      "credly.com", ip, helo, rp),
      multi("alternative", part("Hi Priya,\n\nHere is how your badges performed in October:\n  Badge views: 48\n  Verifications by employers: 3\n  Shares on LinkedIn: 1\n  Most viewed badge: AWS Certified Solutions Architect – Associate\n", cte="quoted-printable"),
            part(credly_html(inner), "html", cte="quoted-printable")))

# ---- 036 Credly badge expiry reminder (AWS badge, NOT issued)
when = T(2025, 10, 20, 13, 0, 9)
inner = """<p>Hi Hannah,</p>
<p>Your badge <b>AWS Certified Security – Specialty</b> issued by Amazon Web Services Training and Certification <b>expires on January 18, 2026</b>.</p>
<p>To keep your credential active, complete the recertification requirements before the expiration date. Once Amazon Web Services Training and Certification confirms your recertification, a new badge will be issued.</p>
<p style="text-align:center"><a href="https://aws.amazon.com/certification/recertification/" style="color:#ff6b00">Learn about recertification</a></p>"""
ip, helo, rp = sg(HANNAH)
write("036-credly-badge-expiry-reminder.eml",
      L("unrelated", None, [], True),
      generic_headers("outlook", HANNAH, when, CREDLY_AWS, "Your AWS Certified Security – Specialty badge expires in 90 days".replace("–", "-"),
                      "credly.com", ip, helo, rp),
      part(credly_html(inner), "html", cte="base64"))

# ---- 037 Credly self-service account merge code (not the AWS merge)
when = T(2025, 3, 15, 8, 12, 40)
code = "482913"
inner = f"""<p>Hi Daniel,</p>
<p>We received a request to merge the Credly account <b>dokafor@oldmail.net</b> into your account <b>daniel.okafor87@gmail.com</b>.</p>
<p>Your verification code is:</p>
<p style="font-size:32px;letter-spacing:8px;text-align:center;font-weight:bold">{code}</p>
<p>The code expires in 30 minutes. Enter it on the merge page, or click below.</p>
{credly_button("https://www.credly.com/earner/merge_accounts/confirm?token=" + hexs(32), "Complete Account Merge")}
<p style="font-size:12px;color:#767676">If you didn't request this, you can ignore this e-mail. Nothing will change.</p>"""
ip, helo, rp = sg(DANIEL)
write("037-credly-self-service-merge-code.eml",
      L("unrelated", None, [], True),
      generic_headers("gmail", DANIEL, when, '"Credly" <admin@credly.com>', f"{code} is your Credly account merge code",
                      "credly.com", ip, helo, rp, p="REJECT"),
      multi("alternative", part(f"Hi Daniel,\n\nWe received a request to merge the Credly account dokafor@oldmail.net into your account daniel.okafor87@gmail.com.\n\nYour verification code is: {code}\n\nThe code expires in 30 minutes.\n", cte="7bit", charset="us-ascii"),
            part(credly_html(inner), "html", cte="quoted-printable")))

# ---- 038 Accredible credential from another issuer
when = T(2025, 8, 29, 17, 45, 12)
inner = """<div style="font-family:Arial,sans-serif;max-width:560px;margin:auto">
<p>Hi Sofia,</p>
<p>Congratulations! <b>Google Cloud</b> has issued you a digital credential: <b>Professional Cloud Architect</b>.</p>
<p><a href="https://www.credential.net/7f3c0a12-55e1-4f9b-9d0e-1b2c3d4e5f60" style="background:#1a73e8;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">View and share your credential</a></p>
<p style="font-size:11px;color:#888">Sent by Accredible on behalf of Google Cloud.</p></div>"""
write("038-accredible-other-issuer-credential.eml",
      L("unrelated", None, [], False),
      generic_headers("gmail", SOFIA, when, '"Google Cloud" <certificates@accredible.com>', "Google Cloud has issued you a credential",
                      "accredible.com", "149.72.34.118", "o12.ptr8127.accredible.com", "bounces+2231@em.accredible.com", sel="s1"),
      part(inner, "html", cte="quoted-printable"))

# ---- 039 Badgr (Parchment) badge from another issuer
when = T(2025, 5, 12, 20, 3, 1)
txt = """Hello Lena,

Linux Professional Institute has awarded you the badge "LPIC-1: Linux Administrator".

Claim it in your Badgr backpack:
https://badgr.com/recipient/badges/claim?token=6QhW2n8sYtE1

- The Badgr team at Parchment
"""
write("039-badgr-other-issuer-badge.eml",
      L("unrelated", None, [], False),
      generic_headers("gmail", LENA, when, '"Badgr" <noreply@badgr.io>', "You've been awarded a badge: LPIC-1: Linux Administrator",
                      "badgr.io", "54.240.27.88", "a27-88.smtp-out.us-west-2.amazonses.com", f"0101{hexs(12)}-{uuid.UUID(int=R.getrandbits(128))}-000000@us-west-2.amazonses.com", sel="k3f4pqq4bmeq5ip4yn6tjrrvtn4olchc"),
      part(txt, cte="7bit", charset="us-ascii"))

# ---- 040 CertMetrics "AWS Certification wants to hear from you" (survey look-alike)
when = T(2025, 4, 9, 16, 20, 0)
inner = """<p>Dear Priya Raman,</p>
<p>AWS Certification wants to hear from you! Please take 10 minutes to tell us about your experience preparing for and taking your recent AWS Certification exam.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/default.aspx?sid=8c1d2e">Start the survey</a></p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px">This e-mail was sent from a notification-only address that cannot accept incoming e-mail.</p>"""
write("040-certmetrics-wants-to-hear-from-you.eml",
      L("unrelated", None, [], False),
      generic_headers("outlook", PRIYA, when, '"AWS Certification" <do-not-reply@certmetrics.com>', "AWS Certification wants to hear from you",
                      "certmetrics.com", "54.240.11.71", "a11-71.smtp-out.amazonses.com", "0100" + hexs(12) + "@amazonses.com"),
      part(inner, "html", charset="windows-1252", cte="quoted-printable"))

# ---- 041 AWS billing case closed + survey (other AWS support case)
b_open = T(2025, 9, 22, 19, 2, 48)
B_CID = case15(b_open, 6604)
when = T(2025, 9, 24, 3, 15, 59)
txt = f"""Hello,

Your AWS Support case {B_CID} has been resolved.

Subject: Unexpected charge for NAT Gateway in eu-central-1
Severity: General guidance
Service: Billing

The refund of USD 41.27 has been applied to your account and will appear on your next invoice.

How did we do? Please rate this correspondence in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CID}&language=en

Sincerely,
Amazon Web Services
"""
write("041-aws-billing-case-resolved-survey.eml",
      L("unrelated", B_CID, [], True),
      aws_headers("gmail", LENA, when, AWS_CONSOLE, f"Amazon Web Services Support: Case {B_CID} has been resolved"),
      multi("alternative", part(txt), part(html_wrap(p2html(txt)), "html")))

# ---- 042 AWS service quota case (other AWS case, "completed")
q_open = T(2025, 6, 17, 9, 26, 3)
Q_CID = case15(q_open, 3391)
when = T(2025, 6, 17, 22, 41, 18)
txt = f"""Hello,

Thank you for contacting AWS Support.

We have completed your request. The quota "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in region eu-south-1 has been increased from 32 to 256 vCPUs for account 4418-2290-7713.

The new value may take up to 30 minutes to show in the Service Quotas console.

Best regards,
Farid A.
Amazon Web Services

To see all correspondence for this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId={Q_CID}&language=en

*Note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
write("042-aws-quota-increase-completed.eml",
      L("unrelated", Q_CID, [], True),
      aws_headers("gmail", MARCO, when, AWS_CONSOLE, f"RE:[CASE {Q_CID}] Limit Increase: EC2 Instances"),
      multi("alternative", part(txt), part(html_wrap(p2html(txt)), "html")))

# ---- 043 Amazon Seller Central case, seller accounts "merged"
SC_CID = "5884881212"
when = T(2025, 5, 6, 11, 3, 9)
txt = f"""Hello,

I've completed the merge you requested. Your seller account for Amazon.it has been linked to your unified account, and you can now switch between marketplaces using the drop-down in Seller Central.

If you need further assistance, please contact Selling Partner Support.

Thank you for selling with Amazon,
Nadia
Amazon Selling Partner Support

Was this response helpful?
https://sellercentral.amazon.it/cu/case-lobby?caseID={SC_CID}&rating=yes
https://sellercentral.amazon.it/cu/case-lobby?caseID={SC_CID}&rating=no
"""
write("043-seller-central-case-accounts-merged.eml",
      L("unrelated", SC_CID, [], True),
      aws_headers("gmail", MARCO, when, '"Amazon Seller Central" <seller-notification@amazon.com>', f"RE:[CASE {SC_CID}] Unire gli account venditore / merge seller accounts"),
      part(txt, cte="quoted-printable"))

# ---- 044 GitHub "merged" notification
when = T(2025, 11, 12, 10, 22, 4)
txt = """Merged #42 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/northwind/infra-terraform/pull/42#event-15293847712
You are receiving this because you authored the thread.

Message ID: <northwind/infra-terraform/pull/42/issue_event/15293847712@github.com>
"""
html = """<p></p><p>Merged <a href="https://github.com/northwind/infra-terraform/pull/42" class="issue-link">#42</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind/infra-terraform/pull/42#event-15293847712">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
write("044-github-pr-merged-notification.eml",
      L("unrelated", None, [], False),
      generic_headers("gmail", SOFIA, when, '"Jonas Keller" <notifications@github.com>', "Re: [northwind/infra-terraform] Merge duplicate IAM accounts module (PR #42)",
                      "github.com", "192.30.252.206", "out-23.smtp.github.com", "noreply@github.com", sel="pf2023", p="REJECT",
                      msgid="<northwind/infra-terraform/pull/42/issue_event/15293847712@github.com>",
                      extra=[("In-Reply-To", "<northwind/infra-terraform/pull/42@github.com>"), ("References", "<northwind/infra-terraform/pull/42@github.com>"),
                             ("List-ID", "northwind/infra-terraform <infra-terraform.northwind.github.com>"), ("X-GitHub-Reason", "author")]),
      multi("alternative", part(txt, cte="quoted-printable"), part(html, "html", cte="7bit", charset="UTF-8")))

# ---- 045 Pearson VUE appointment confirmation (contains candidate id)
when = T(2025, 12, 8, 3, 30, 12)
txt = """Dear Lan Nguyen,

Thank you for scheduling your AWS Certification exam with Pearson VUE.

Candidate ID: AWS11480932
Registration ID: 487219365
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Monday, January 12, 2026
Time: 9:00 AM Indochina Time
Delivery: OnVUE online proctored

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
write("045-pearson-vue-appointment-confirmation.eml",
      L("unrelated", None, ["AWS11480932"], False),
      generic_headers("gmail", LAN, when, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', "Pearson VUE Confirmation of Booking",
                      "pearson.com", "159.182.1.61", "mx1.pearson.com", "pearsonvuecustomerservice@pearson.com", sel="selector1", p="REJECT"),
      part(txt, cte="quoted-printable", charset="UTF-8"))

# ---- 046 Credly look-alike phishing, account suspension (not about the merge)
when = T(2025, 10, 2, 23, 51, 40)
inner = """<p>Dear user,</p>
<p>We detected unusual sign-in activity on your Credly account. Your account and all badges will be <b>suspended in 24 hours</b> unless you confirm your identity.</p>
<p><a href="https://credly-secure-login.com/auth?uid=77613" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Confirm identity</a></p>
<p>Credly Trust &amp; Safety</p>"""
write("046-phish-credly-account-suspended.eml",
      L("unrelated", None, [], False),
      generic_headers("gmail", KENJI, when, '"Credly Security" <security@credly.com>', "Urgent: your Credly account will be suspended",
                      "credly-secure-login.com", "91.215.85.40", "mail.credly-secure-login.com", "noreply@credly-secure-login.com",
                      sel="mail", dmarc="fail", p="REJECT"),
      part(credly_html(inner, unsub=False), "html", cte="base64"))

# ---- 047 AWS Training and Certification newsletter (genuine amazon.com marketing)
when = T(2025, 10, 14, 17, 0, 0)
inner = """<h2>Certified? Here's what to do next</h2>
<p>Congratulations on your AWS Certification journey. Make the most of it:</p>
<ul><li>Claim your 50% discount voucher for your next exam in your AWS Certification Account.</li>
<li>Join the AWS Certified Global Community on LinkedIn.</li>
<li>Explore AWS Skill Builder learning plans for your next specialty.</li></ul>
<p><a href="https://aws.amazon.com/certification/benefits/?trk=em_tc_nl_oct">Explore your benefits</a></p>
<p style="font-size:11px">You are receiving this e-mail because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>"""
write("047-aws-tc-newsletter.eml",
      L("unrelated", None, [], True),
      aws_headers("outlook", HANNAH, when, '"AWS Training and Certification" <aws-training-and-certification@amazon.com>',
                  "Certified? Here's what to do next",
                  extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>"), ("Precedence", "bulk")]),
      part(html_wrap(inner, "AWS Training and Certification"), "html", cte="quoted-printable"))

# ---- 048 CertMetrics Japanese recertification congratulations
when = T(2025, 8, 5, 6, 12, 30)
txt = """佐藤 美咲 様

AWS 認定 ソリューションアーキテクト - アソシエイト の再認定、おめでとうございます。

認定番号：0f3a9c1b7e2d4a6f8b5c2d1e9a7b3c4d
有効期限：2028年8月4日

デジタルバッジは Credly より別途ご案内いたします。

AWS 認定
※このメールは送信専用アドレスから送信されています。
"""
write("048-ja-certmetrics-recertification.eml",
      L("unrelated", None, [], False, "ja"),
      generic_headers("biglobe", MISAKI, when, '"AWS Certification" <do-not-reply@certmetrics.com>', ew("AWS 認定の再認定おめでとうございます", "ISO-2022-JP", size=10),
                      "certmetrics.com", "54.240.9.33", "a9-33.smtp-out.amazonses.com", "0100" + hexs(12) + "@amazonses.com"),
      part(txt, charset="ISO-2022-JP", cte="7bit"))

# ---- 049 Credly job-match digest (genuine credly.com)
when = T(2025, 12, 10, 15, 30, 0)
inner = """<p>Hi Lan,</p>
<p>Based on the skills in your badges &ndash; <b>AWS Certified Solutions Architect – Associate</b> and 2 more &ndash; we found <b>12 new jobs</b> that match your profile this week.</p>
<ul><li>Cloud Engineer &middot; Ho Chi Minh City &middot; Hybrid</li><li>Solutions Architect &middot; Singapore &middot; Remote</li><li>DevOps Engineer &middot; Ha Noi &middot; On-site</li></ul>
<p><a href="https://www.credly.com/earner/jobs" style="color:#ff6b00">See all matches</a></p>"""
ip, helo, rp = sg(LAN)
write("049-credly-weekly-job-matches.eml",
      L("unrelated", None, [], True),
      generic_headers("gmail", LAN, when, '"Credly" <admin@credly.com>', "12 new jobs match your badges",
                      "credly.com", ip, helo, rp, p="REJECT", extra=[("Precedence", "bulk")]),
      part(credly_html(inner), "html", cte="quoted-printable"))

# ======================================================================
# BATCH 6: case_created, confirmation requests, support replies 050-060
# ======================================================================

# ---- 050 Hannah: console "you have opened a new Support case" about badges after merge
hc_open = T(2025, 2, 20, 10, 31, 7)
HC_CID = case15(hc_open, 52)
when = hc_open + dt.timedelta(seconds=21)
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {HC_CID} to address your issue.

The details of your case are as follows:

Case ID: {HC_CID}
Subject: Credly badges not moved after certification account merge
Severity: General guidance
Correspondence: Hi, my AWS Certification accounts AWS05012398 and AWS12874401 were merged under case {H_CID} two weeks ago, but my Security Specialty badge is still on my old Credly profile (hannah.clarke@contoso-mail.com). Can you move it to h.clarke.cloud@outlook.com please?

Thanks, Hannah

We will respond to your case as soon as possible. You can view the case and add correspondence in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={HC_CID}&language=en

Sincerely,
Amazon Web Services

*Note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
write("050-console-new-case-opened-badges.eml",
      L("case_created", HC_CID, ["AWS05012398", "AWS12874401"], True),
      aws_headers("outlook", HANNAH, when, AWS_CONSOLE, f"Amazon Web Services: You have opened a new Support case: {HC_CID}"),
      multi("alternative", part(txt, cte="quoted-printable"), part(html_wrap(p2html(txt)), "html", cte="quoted-printable")))

# ---- 051 Japanese form-desk acknowledgement (new case about Credly after the merge)
tj_open = T(2024, 12, 2, 0, 48, 26)
TJ_CID = case15(tj_open, 7)
when = tj_open + dt.timedelta(seconds=35)
txt = f"""山本 拓也 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下のとおりお問い合わせを受け付けました。

　ケース ID：{TJ_CID}
　お問い合わせの種類：認定 ― アカウントに関するお問い合わせ

担当者より原則として 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせいただくと、回答が遅れる場合がございますので、本メールへの返信にて追加情報をお送りください。

AWS トレーニングと認定 カスタマーサポート
"""
write("051-ja-form-acknowledgement.eml",
      L("case_created", TJ_CID, [], True, "ja"),
      aws_headers("nifty", TAKUYA, when, AWS_FORM, ew(f"[CASE {TJ_CID}] お問い合わせを受け付けました", "UTF-8", enc="Q", size=12)),
      part(txt, cte="base64", charset="UTF-8"))

# ---- 052 Olivia: new form case after the old one was closed, HTML-only acknowledgement
o2_open = T(2025, 6, 19, 7, 5, 33)
O2_CID = case15(o2_open, 880)
when = o2_open + dt.timedelta(seconds=48)
inner = f"""<p>Hello,</p>
<p>We've received your request and a member of the AWS Training and Certification Customer Support team will get back to you, usually within 24 hours.</p>
<table cellpadding="4" style="font-size:14px"><tr><td><b>Case number</b></td><td>{O2_CID}</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr><tr><td><b>Detail</b></td><td>Account Merge</td></tr></table>
<p>You can reply to this e-mail to add information to your case. Please do not submit another request for the same issue.</p>
<p>AWS Training and Certification</p>"""
write("052-form-acknowledgement-html-only.eml",
      L("case_created", O2_CID, [], True),
      aws_headers("gmail", OLIVIA, when, AWS_FORM, f"[CASE {O2_CID}] [AWS Training and Certification Form Submission] - account-assistance"),
      part(html_wrap(inner), "html", cte="quoted-printable"))

# ---- 053 Marco: confirmation request for the third account, partial completion quoted below
when = T(2025, 6, 25, 9, 14, 51)
txt = f"""Hi Marco,

Thanks for sending the name change confirmation. Certification Operations has updated the legal name on AWS09921570, so we can now go ahead with the last step.

Please review and confirm:

  Account to be merged (will be closed): AWS09921570 - m.rossi@finlogic-old.it
  Surviving account:                     AWS12650013 - marco.rossi@finlogic.it

This cannot be reversed once done. Reply "I confirm" and we will take care of it.

Kind regards,

Aylin K.
AWS Training and Certification Support

On Wed, Jun 18, 2025 at 3:22 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Marco,
>
> We have completed the first part of the merge: AWS03198844 has been merged into your primary account AWS12650013.
> The third profile, AWS09921570, has not been merged yet.
"""
write("053-confirm-request-third-account.eml",
      L("merge_confirmation_requested", M_CID, ["AWS09921570", "AWS12650013"], True),
      aws_headers("gmail", MARCO, when, AWS_FORM, FORM_SUBJ.format(cid=M_CID)),
      multi("alternative", part(txt, cte="quoted-printable"), part(html_wrap(p2html(txt)), "html", cte="quoted-printable")))

# ---- 054 Olivia: non-native confirmation request
when = T(2025, 6, 20, 4, 40, 2)
txt = f"""Dear Olivia,

Thank you for your patience.

We found two account in our system with your name. Please check below details and confirm us which one is to be keep:

1) aws 07781420 - olivia.b@univ-mail.edu (created 2021)
2) aws 12995036 - olivia.brooks.tech@gmail.com (created 2024)

As per our process we will merge account 1 into account 2 and account 2 will be the remaining one. Please note after the merge is done it can not be revert back.

Kindly reply to this mail with your confirmation so we can process further.

Regards,
Joseph M.
AWS Training and Certification
"""
write("054-confirm-request-nonnative.eml",
      L("merge_confirmation_requested", O2_CID, ["AWS07781420", "AWS12995036"], True),
      aws_headers("gmail", OLIVIA, when, AWS_FORM, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % O2_CID),
      part(txt, cte="base64", charset="UTF-8"))

# ---- 055 Olivia: thanks for confirming, we will proceed; once complete we will tell you
when = T(2025, 6, 21, 2, 3, 44)
txt = f"""Dear Olivia,

Thank you for confirming. We will now proceed with the merge of AWS07781420 into AWS12995036.

The process normally takes 2 to 3 business days. Once the merge is complete we will send you a confirmation e-mail, and your Credly badges will be moved afterwards.

Regards,
Joseph M.
AWS Training and Certification

On Fri, Jun 20, 2025 at 10:12 PM Olivia Brooks <olivia.brooks.tech@gmail.com> wrote:
> Hi Joseph, yes that's correct, please keep the gmail one (2).
>
> On Fri, Jun 20, 2025 at 6:40 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > We found two account in our system with your name.
> > 1) aws 07781420 - olivia.b@univ-mail.edu (created 2021)
> > 2) aws 12995036 - olivia.brooks.tech@gmail.com (created 2024)
"""
write("055-thanks-for-confirming-will-proceed.eml",
      L("support_reply", O2_CID, ["AWS07781420", "AWS12995036"], True),
      aws_headers("gmail", OLIVIA, when, AWS_FORM, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % O2_CID),
      multi("alternative", part(txt, cte="quoted-printable"), part(html_wrap(p2html(txt)), "html", cte="quoted-printable")))

# ---- 056 Kenji: Japanese "handed over to the team, will contact you when done"
when = T(2025, 5, 27, 23, 50, 0)
txt = f"""田中 健二 様

ご確認いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

いただいた内容をもとに、担当部署へアカウント統合の作業を依頼いたしました。
作業が完了いたしましたら、改めて本メールにてご連絡申し上げます。
恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

小林 真理子
AWS トレーニングと認定 カスタマーサポート

2025年5月28日(水) 8:02 田中健二 <k.tanaka.dev@gmail.com>:
> 小林様
>
> ご確認ありがとうございます。
> 記載の内容で相違ございません。統合を進めていただけますでしょうか。
>
> 田中
"""
write("056-ja-handed-over-will-contact-when-done.eml",
      L("support_reply", K_CID, [], True, "ja"),
      aws_headers("gmail", KENJI, when, AWS_FORM, f"RE:[CASE {K_CID}] " + ew("【AWS トレーニングと認定】アカウント統合のご依頼", "ISO-2022-JP", size=10)),
      multi("alternative", part(txt, charset="ISO-2022-JP", cte="7bit"), part(html_wrap(p2html(txt)), "html", cte="base64")))

# ---- 057 Daniel: after completion, answer about the exam voucher (not about the merge)
when = T(2025, 3, 18, 15, 26, 9)
txt = f"""Hello Daniel,

Thank you for your follow-up question.

The 50% discount voucher from your Developer - Associate certification is available in the Benefits section of your AWS Certification Account. It can be used once, before its expiry date (15 October 2025), and cannot be combined with other discounts. If you don't see it, please sign out and back in, as the Benefits page refreshes once a day.

Let me know if you have any other questions.

Best regards,
Sanjana R.
AWS Training and Certification Customer Support

---- Original Message ----
From: daniel.okafor87@gmail.com
Sent: 2025-03-17 20:41:10 UTC

Thanks Sanjana, everything shows up now. One more thing: where can I find the 50% voucher? I don't see it on the benefits page.
"""
write("057-voucher-question-after-completion.eml",
      L("support_reply", D_CID, [], True),
      aws_headers("gmail", DANIEL, when, AWS_FORM, FORM_SUBJ.format(cid=D_CID)),
      multi("alternative", part(txt, cte="quoted-printable"), part(html_wrap(p2html(txt)), "html", cte="quoted-printable")))

# ---- 058 Hannah: badge case — escalated to Credly team, will update
when = T(2025, 2, 21, 13, 8, 27)
txt = f"""Hello Hannah,

Thank you for reaching out, and I'm sorry your badge didn't follow the certification merge.

I have confirmed that your certifications are correctly listed on AWS12874401. The Credly side is handled by a separate team, so I've sent them a request to move the AWS Certified Security – Specialty badge to h.clarke.cloud@outlook.com. This usually takes 3 to 5 business days. I'll keep this case open and update you as soon as I hear back.

Best regards,
Priyanka S.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To see all correspondence for this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId={HC_CID}&language=en
"""
write("058-badge-case-escalated-to-credly.eml",
      L("support_reply", HC_CID, ["AWS12874401"], True),
      aws_headers("outlook", HANNAH, when, AWS_CONSOLE, f"RE:[CASE {HC_CID}] Credly badges not moved after certification account merge"),
      multi("alternative", part(txt, cte="quoted-printable"), part(html_wrap(p2html(txt)), "html", cte="base64")))

# ---- 059 Hannah: console "new correspondence added" notice
when = T(2025, 2, 26, 18, 47, 3)
txt = f"""Hello,

New correspondence has been added to your AWS Support case.

Case ID: {HC_CID}
Subject: Credly badges not moved after certification account merge

To view and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={HC_CID}&language=en

Sincerely,
Amazon Web Services

*Note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
write("059-console-new-correspondence-added.eml",
      L("support_reply", HC_CID, [], True),
      aws_headers("outlook", HANNAH, when, AWS_CONSOLE, f"[Case {HC_CID}] New correspondence added"),
      part(txt, cte="7bit", charset="us-ascii"))

# ---- 060 Marco: chaser — waiting for the name-change document
when = T(2025, 6, 23, 8, 0, 40)
txt = f"""Hi Marco,

Following up on my message of 18 June. Certification Operations came back to me: to merge the remaining profile AWS09921570 they need a name change confirmation (a scan of an ID showing "Marco A. Rossi-Ferraro", or a signed statement).

Could you send it by replying to this e-mail? If we don't hear from you within 5 business days, this case will be closed automatically, but you can reopen it at any time by replying.

Kind regards,

Aylin K.
AWS Training and Certification Support
"""
write("060-chaser-waiting-for-document.eml",
      L("support_reply", M_CID, ["AWS09921570"], True),
      aws_headers("gmail", MARCO, when, AWS_FORM, FORM_SUBJ.format(cid=M_CID)),
      part(txt, cte="quoted-printable", charset="UTF-8"))
