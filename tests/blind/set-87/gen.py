#!/usr/bin/env python3
"""Generate a blind set of realistic .eml fixtures about AWS Certification account merges."""
import base64, json, os, quopri, random, re, uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(87087)
UTC = timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Berlin")

def U(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)

def rb64(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()[:n]

def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))

def case15(dt, suffix):
    return f"{int(dt.timestamp())}{suffix}"

def rfc(dt):
    return format_datetime(dt)

def rfc_tz(dt):
    return f"{format_datetime(dt)} ({dt.tzname()})"

# ---------------------------------------------------------------- quoting helpers
WD_JA = "月火水木金土日"

def q_gmail_en(dt, name, addr):
    h = dt.strftime("%I").lstrip("0")
    return f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {h}:{dt:%M} {dt:%p} {name} <{addr}> wrote:"

def q_gmail_ja(dt, name, addr):
    return f"{dt.year}年{dt.month}月{dt.day}日({WD_JA[dt.weekday()]}) {dt.hour}:{dt:%M} {name} <{addr}>:"

def q_outlook_en(dt, frm, to, subj):
    h = dt.strftime("%I").lstrip("0")
    return ("________________________________\n"
            f"From: {frm}\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {h}:{dt:%M} {dt:%p}\n"
            f"To: {to}\nSubject: {subj}\n")

def q_outlook_ja(dt, frm, to, subj):
    return ("________________________________\n"
            f"差出人: {frm}\n送信日時: {dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{dt:%M}\n"
            f"宛先: {to}\n件名: {subj}\n")

def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"

# ---------------------------------------------------------------- MIME helpers
class Raw:
    """A leaf part written byte-for-byte (used for 8bit bodies with a wrong charset label)."""
    def __init__(self, ctype, cte, body_bytes):
        self.h = f"Content-Type: {ctype}\nMIME-Version: 1.0\nContent-Transfer-Encoding: {cte}\n"
        self.b = body_bytes
    def as_bytes(self, **kw):
        return self.h.encode() + b"\n" + self.b

def part(text, subtype="plain", charset="utf-8", cte="qp", label=None):
    if charset == "iso-2022-jp":
        return MIMEText(text, subtype, "iso-2022-jp")
    raw = text.encode(charset)
    p = MIMENonMultipart("text", subtype, charset=label or charset)
    if cte == "qp":
        p["Content-Transfer-Encoding"] = "quoted-printable"
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "b64":
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "7bit":
        raw.decode("ascii")
        p["Content-Transfer-Encoding"] = "7bit"
        p.set_payload(raw.decode("ascii"))
    elif cte == "8bit":
        return Raw(f'text/{subtype}; charset="{label or charset}"', "8bit", raw)
    return p

def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    return m

def subj(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject").encode()

def addr(name, a, cs="utf-8"):
    return formataddr((name, a), charset=cs)

# ---------------------------------------------------------------- senders
SES_IPS = [("a8-30.smtp-out.amazonses.com", "54.240.8.30"), ("a48-95.smtp-out.amazonses.com", "54.240.48.95"),
           ("a9-112.smtp-out.amazonses.com", "54.240.9.112"), ("a8-74.smtp-out.amazonses.com", "54.240.8.74"),
           ("a27-16.smtp-out.us-west-2.amazonses.com", "54.240.27.16")]

def ses_sender(name, address, dt, verdict="pass"):
    host, ip = rnd.choice(SES_IPS)
    ms = int(dt.timestamp() * 1000) - rnd.randint(200, 3000)
    region = "0101" if "us-west-2" in host else "0100"
    sid = f"{region}{ms:012x}-{uuid.UUID(int=rnd.getrandbits(128))}-000000"
    return dict(name=name, addr=address, host=host, ip=ip,
                mailfrom=f"{sid}@{'us-west-2' if region == '0101' else 'email'}.amazonses.com",
                msgid=f"<{sid}@{'us-west-2' if region == '0101' else 'email'}.amazonses.com>",
                dkim=[("pass", "amazon.com", "rjt5vfoqeydgc5wd"), ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                spf="pass", dmarc=verdict, hfrom="amazon.com", pol=("QUARANTINE", "QUARANTINE"),
                extra=[("Feedback-ID", f"::1.us-east-1.{rb64(43)}=:AmazonSES"),
                       ("X-SES-Outgoing", f"{dt:%Y.%m.%d}-{ip}")])

def credly_sender(name, dt, rcpt):
    ip = f"167.89.{rnd.randint(10, 120)}.{rnd.randint(2, 250)}"
    local = rcpt.replace("@", "=")
    return dict(name=name, addr="admin@credly.com", host=f"o{rnd.randint(1, 40)}.email.credly.com", ip=ip,
                mailfrom=f"bounces+{rnd.randint(10**7, 10**8)}-{rhex(4)}-{local}@email.credly.com",
                msgid=f"<{rb64(22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{rnd.randint(1, 30)}>",
                dkim=[("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
                spf="pass", dmarc="pass", hfrom="credly.com", pol=("QUARANTINE", "QUARANTINE"),
                extra=[("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(24))])

def generic_sender(name, address, host, ip, dkim_domain, dmarc="pass", pol=("NONE", "NONE"), mailfrom=None,
                   msgid_dom=None, dkim_res="pass", spf="pass"):
    dom = address.split("@")[1]
    return dict(name=name, addr=address, host=host, ip=ip, mailfrom=mailfrom or address,
                msgid=f"<{rhex(12)}.{rhex(8)}@{msgid_dom or dom}>",
                dkim=[(dkim_res, dkim_domain, "default")] if dkim_domain else [],
                spf=spf, dmarc=dmarc, hfrom=dom, pol=pol, extra=[])

# ---------------------------------------------------------------- provider traces
def gmail_ar(s):
    items = ["mx.google.com;"]
    for res, d, sel in s["dkim"]:
        items.append(f"dkim={res} header.i=@{d} header.s={sel} header.b={rb64(8)};")
    mf = s["mailfrom"]
    if s["spf"] == "pass":
        items.append(f"spf=pass (google.com: domain of {mf} designates {s['ip']} as permitted sender) smtp.mailfrom={mf}{';' if s['dmarc'] else ''}")
    else:
        items.append(f"spf={s['spf']} (google.com: domain of {mf} does not designate {s['ip']} as permitted sender) smtp.mailfrom={mf}{';' if s['dmarc'] else ''}")
    if s["dmarc"]:
        p, sp = s["pol"]
        dis = "NONE" if s["dmarc"] == "pass" or p == "NONE" else p
        items.append(f"dmarc={s['dmarc']} (p={p} sp={sp} dis={dis}) header.from={s['hfrom']}")
    return "\n       ".join(items)

def trace_gmail(rcpt, dt, s):
    t0 = dt + timedelta(seconds=rnd.randint(1, 3))
    t1 = t0 + timedelta(seconds=1)
    ar = gmail_ar(s)
    return [
        ("Delivered-To", rcpt),
        ("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(4)}csp{rnd.randint(100000, 9999999)}{rhex(3)};\n        {rfc_tz(t1.astimezone(PT))}"),
        ("X-Google-Smtp-Source", f"AGHT+I{rb64(70)}"),
        ("X-Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}-{rhex(2)}.{rnd.randint(10, 99)}.{rnd.randint(1000000000, 9999999999)};\n        {rfc_tz(t1.astimezone(PT))}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t0.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(70)}\n         {rb64(70)}=="),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(70)}\n         {rb64(60)}=="),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", f"<{s['mailfrom']}>"),
        ("Received", f"from {s['host']} ({s['host']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {rhex(12)}-{rhex(3)}.{rnd.randint(100, 999)}.{rnd.randint(2025, 2026)}.{rnd.randint(10, 99)}.{rnd.randint(1, 9)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc_tz(t0.astimezone(PT))}"),
        ("Received-SPF", f"{s['spf']} (google.com: domain of {s['mailfrom']} {'designates' if s['spf'] == 'pass' else 'does not designate'} {s['ip']} as permitted sender) client-ip={s['ip']};"),
        ("Authentication-Results", ar),
    ]

def ms_ar(s, internal=False):
    if internal:
        return ("dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=" + s["hfrom"] + ";")
    dres = s["dkim"][0][0] if s["dkim"] else "none"
    dd = s["dkim"][0][1] if s["dkim"] else "none"
    mfd = s["mailfrom"].split("@")[1]
    note = "(signature was verified)" if dres == "pass" else "(message not signed)" if dres == "none" else "(signature did not verify)"
    dm = s["dmarc"] or "none"
    act = "none" if dm == "pass" else ("quarantine" if s["pol"][0] == "QUARANTINE" else "none")
    comp = "pass reason=100" if dm == "pass" else "fail reason=000"
    return (f"spf={s['spf']} (sender IP is {s['ip']})\n smtp.mailfrom={mfd}; dkim={dres} {note}\n"
            f" header.d={dd};dmarc={dm} action={act} header.from={s['hfrom']};compauth={comp}")

def trace_ms(rcpt, dt, s, region="namprd", jp=False):
    t0 = dt + timedelta(seconds=rnd.randint(1, 3))
    pre = "TY" if jp else rnd.choice(["BN", "CH", "SA", "DM"])
    dc = "jpnprd01" if jp else f"namprd{rnd.randint(10, 19)}"
    fe = f"{pre}{'CPR' if jp else 'P'}{rnd.randint(1, 9)}CA{rnd.randint(1000, 9999)}.{dc}.prod.outlook.com"
    mbx = f"{pre}{'WPR' if jp else 'PR'}01MB{rnd.randint(1000, 9999)}.{dc}.prod.outlook.com"
    prot = f"{pre}{'1PEPF' if not jp else '2PEPF'}0000{rnd.randint(1000, 9999)}.{dc}.prod.outlook.com"
    mfd = s["mailfrom"].split("@")[1]
    return [
        ("Received", f"from {mbx} (::1) by\n {mbx} with HTTPS; {rfc(t0 + timedelta(seconds=2))}"),
        ("Received", f"from {fe} (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) by\n {mbx} (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9400)}.{rnd.randint(10, 40)}; {rfc(t0 + timedelta(seconds=1))}"),
        ("Received", f"from {prot}\n (2603:10b6:{rhex(3)}:{rhex(2)}:cafe::{rhex(2)}) by {fe}\n (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9400)}.{rnd.randint(10, 40)} via Frontend Transport; {rfc(t0)}"),
        ("Authentication-Results", ms_ar(s)),
        ("Received-SPF", f"{s['spf'].capitalize()} (protection.outlook.com: domain of {mfd} designates\n {s['ip']} as permitted sender) receiver=protection.outlook.com;\n client-ip={s['ip']}; helo={s['host']}; pr=C"),
        ("Received", f"from {s['host']} ({s['ip']}) by\n {prot} (10.167.{rnd.randint(200, 250)}.{rnd.randint(2, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9400)}.{rnd.randint(10, 40)} via Frontend Transport; {rfc(t0)}"),
        ("X-MS-Exchange-Organization-ExpirationStartTime", f"{t0:%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
        ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=rnd.getrandbits(128)))),
        ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"),
        ("X-MS-Exchange-Organization-AuthSource", prot),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]

def trace_generic_jp(kind, rcpt, dt, s):
    t0 = dt + timedelta(seconds=rnd.randint(1, 4))
    jt = t0.astimezone(JST)
    dres = [f"dkim={r} header.i=@{d} header.s={sel}" for r, d, sel in s["dkim"]]
    mf = s["mailfrom"]
    if kind == "yahoojp":
        mta = f"mta{rnd.randint(100, 999)}.mail.kks.yahoo.co.jp"
        ar = (f"{mta};\n spf={s['spf']} smtp.mailfrom={mf};\n " + ";\n ".join(dres) +
              f";\n dmarc={s['dmarc']} header.from={s['hfrom']}")
        return [("Return-Path", f"<{mf}>"),
                ("Authentication-Results", ar),
                ("Received", f"from {s['host']} ({s['ip']})\n  by {mta} with SMTP; {rfc(jt)}"),
                ("X-YMail-JAS", rb64(40))]
    if kind == "nifty":
        mta = f"mta-snd{rnd.randint(10, 40)}.mx.nifty.com"
        ar = (f"mx.nifty.com; spf={s['spf']} smtp.mailfrom={mf}; " + "; ".join(dres) +
              f"; dmarc={s['dmarc']} header.from={s['hfrom']}")
        return [("Return-Path", f"<{mf}>"),
                ("Delivered-To", rcpt),
                ("Received", f"from mx-in{rnd.randint(1, 9)}.nifty.com by {mta} with ESMTP\n          id <{rnd.randint(10**13, 10**14)}.{rhex(6)}@{mta}>\n          for <{rcpt}>; {rfc(jt + timedelta(seconds=1))}"),
                ("Authentication-Results", ar),
                ("Received", f"from {s['host']} ([{s['ip']}])\n          by mx-in{rnd.randint(1, 9)}.nifty.com with ESMTPS; {rfc(jt)}")]
    if kind == "sakura":
        srv = f"www{rnd.randint(1000, 9999)}.sakura.ne.jp"
        items = [f"{srv};"]
        for r, d, sel in s["dkim"]:
            items.append(f"dkim={r} (1024-bit key) header.d={d} header.i=@{d} header.b=\"{rb64(8)}\";")
        items.append(f"spf={s['spf']} (sakura.ne.jp: domain of {mf} designates {s['ip']} as permitted sender) smtp.mailfrom={mf};")
        p = s["pol"][0].lower()
        items.append(f"dmarc={s['dmarc']} (p={p} dis=none) header.from={s['hfrom']}")
        return [("Return-Path", f"<{mf}>"),
                ("Delivered-To", rcpt),
                ("Received", f"from {s['host']} ({s['host']} [{s['ip']}])\n\tby {srv} (8.16.1/8.16.1) with ESMTPS id {rb64(14)}\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <{rcpt}>; {rfc(jt)}"),
                ("Authentication-Results", "\n\t".join(items))]
    raise ValueError(kind)

def trace_fastmail(rcpt, dt, s):
    t0 = dt + timedelta(seconds=rnd.randint(1, 3))
    mx = f"mx{rnd.randint(1, 8)}.messagingengine.com"
    items = [f"{mx};"]
    for r, d, sel in s["dkim"]:
        items.append(f"dkim={r} (1024-bit rsa key sha256) header.d={d} header.i=@{d} header.b={rb64(8)} header.a=rsa-sha256 header.s={sel} x-bits=1024;")
    p = s["pol"][0].lower()
    items.append(f"dmarc={s['dmarc']} policy.published-domain-policy={p} policy.applied-disposition=none policy.evaluated-disposition=none (p={p},d=none,d.eval=none) policy.policy-from=p header.from={s['hfrom']};")
    items.append(f"iprev=pass smtp.remote-ip={s['ip']} ({s['host']});")
    items.append(f"spf={s['spf']} smtp.mailfrom={s['mailfrom']} smtp.helo={s['host']}")
    ar = "\n    ".join(items)
    return [("Return-Path", f"<{s['mailfrom']}>"),
            ("Received", f"from compute{rnd.randint(1, 9)}.internal (compute{rnd.randint(1, 9)}.nyi.internal [10.202.2.{rnd.randint(40, 50)}])\n\t by sloti{rnd.randint(10, 99)}n{rnd.randint(1, 9)} (Cyrus 3.13.0-alpha0-{rnd.randint(100, 999)}-g{rhex(8)}) with LMTPA;\n\t {rfc(t0 + timedelta(seconds=2))}"),
            ("X-Delivered-to", rcpt),
            ("Received", f"from {mx} ([10.202.2.{rnd.randint(160, 170)}])\n  by compute{rnd.randint(1, 9)}.internal (LMTPProxy); {rfc(t0 + timedelta(seconds=1))}"),
            ("ARC-Seal", f"i=1; a=rsa-sha256; cv=none; d=messagingengine.com; s=fm1; t={int(t0.timestamp())};\n\tb={rb64(70)}\n\t {rb64(60)}=="),
            ("ARC-Authentication-Results", "i=1; " + ar),
            ("Authentication-Results", ar),
            ("X-ME-Proxy-Cause", rb64(50)),
            ("Received", f"from {s['host']} ({s['host']} [{s['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS\n\tfor <{rcpt}>; {rfc(t0)}")]

def trace_yahoo(rcpt, dt, s):
    t0 = dt + timedelta(seconds=rnd.randint(1, 3))
    atlas = f"atlas{rnd.randint(100, 330)}.free.mail.{rnd.choice(['ne1', 'bf1', 'gq1'])}.yahoo.com"
    items = [f"{atlas};"]
    for r, d, sel in s["dkim"]:
        items.append(f"dkim={r} header.i=@{d} header.s={sel};")
    items.append(f"spf={s['spf']} smtp.mailfrom={s['mailfrom'].split('@')[1]};")
    items.append(f"dmarc={s['dmarc']}(p={s['pol'][0]}) header.from={s['hfrom']};")
    return [("Return-Path", f"<{s['mailfrom']}>"),
            ("Received", f"from 10.197.{rnd.randint(30, 40)}.{rnd.randint(2, 250)}\n by {atlas} with HTTP; {rfc(t0 + timedelta(seconds=1))}"),
            ("X-Originating-Ip", f"[{s['ip']}]"),
            ("Received-SPF", f"{s['spf']} (domain of {s['mailfrom'].split('@')[1]} designates {s['ip']} as permitted sender)"),
            ("Authentication-Results", "\n ".join(items)),
            ("X-Apparently-To", f"{rcpt}; {rfc(t0)}"),
            ("Received", f"from {s['host']} (EHLO {s['host']}) ({s['ip']})\n by {atlas.replace('atlas', 'mta')} with SMTPS; {rfc(t0)}")]

def trace(provider, rcpt, dt, s):
    if provider == "gmail":
        return trace_gmail(rcpt, dt, s)
    if provider == "ms":
        return trace_ms(rcpt, dt, s)
    if provider == "msjp":
        return trace_ms(rcpt, dt, s, jp=True)
    if provider == "fastmail":
        return trace_fastmail(rcpt, dt, s)
    if provider == "yahoo":
        return trace_yahoo(rcpt, dt, s)
    if provider in ("yahoojp", "nifty", "sakura"):
        return trace_generic_jp(provider, rcpt, dt, s)
    if provider is None:
        return []
    raise ValueError(provider)

def dkim_sig_headers(s, dt):
    out = []
    for r, d, sel in s["dkim"]:
        out.append(("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={d}; t={int(dt.timestamp())};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date{':Feedback-ID' if d.startswith('amazon') else ''};\n\tbh={rb64(43)}=;\n\tb={rb64(70)}\n\t{rb64(70)}\n\t{rb64(30)}="))
    return out

# ---------------------------------------------------------------- assembly
FILES = {}
LABELS = {}

def emit(num, slug, body, *, kind, lang, case_id, ids, verified, rcpt, dt, s, provider, subject,
         subj_cs="utf-8", from_cs="utf-8", to_name=None, extra=(), pre=(), post_trace=()):
    hdrs = list(pre)
    hdrs += trace(provider, rcpt, dt, s)
    hdrs += list(post_trace)
    hdrs += dkim_sig_headers(s, dt)
    hdrs.append(("From", addr(s["name"], s["addr"], from_cs) if s["name"] else s["addr"]))
    hdrs.append(("To", addr(to_name, rcpt, from_cs) if to_name else rcpt))
    hdrs.append(("Subject", subj(subject, subj_cs)))
    hdrs.append(("Date", rfc(dt)))
    hdrs.append(("Message-ID", s["msgid"]))
    hdrs += list(extra)
    hdrs += s.get("extra", [])
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii")
    data = head + body.as_bytes(policy=compat32) if not isinstance(body, Raw) else head + body.as_bytes()
    name = f"{num:03d}-{slug}.eml"
    FILES[name] = data
    LABELS[name] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
                    "sender_verified": verified, "language": lang}

def emit_plain(num, slug, hdrs, body, **label):
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii")
    name = f"{num:03d}-{slug}.eml"
    FILES[name] = head + body.as_bytes(policy=compat32)
    label["account_ids"] = sorted(set(label.pop("ids")))
    LABELS[name] = {"kind": label["kind"], "case_id": label["case_id"], "account_ids": label["account_ids"],
                    "sender_verified": label["verified"], "language": label["lang"]}

FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
AWSN = "Amazon Web Services"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CONSOLE_FOOTER_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center?nc1=f_dr

To see the file or attachment, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

CONSOLE_FOOTER_JA = """お客様のご意見をお待ちしております。AWS サポートセンターで、この連絡およびその他の連絡を評価して、ご意見をお聞かせください。連絡の右上にある星を選択すると評価できます。

よろしくお願いいたします。
{agent}
Amazon Web Services

ファイルまたは添付ファイルを確認するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用のアドレスから送信されています。同じ問題について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""

# ================================================================ personas / cases
EMILY = ("Emily Carter", "emily.carter@outlook.com")
C_EMILY = case15(U(2025, 3, 10, 14, 22, 5), "03217")
KENJI = ("渡辺 健二", "kenji.watanabe.0712@gmail.com")
C_KENJI = case15(U(2025, 5, 27, 13, 41, 10), "04561")
RAJ = ("Raj Patel", "raj@patel-cloud.dev")
C_RAJ = case15(U(2025, 7, 14, 16, 5, 37), "00982")
MISAKI = ("佐藤 美咲", "misaki-sato@yahoo.co.jp")
C_MISAKI = case15(U(2025, 9, 2, 1, 12, 48), "11406")
TANAKA = ("田中 大輔", "d-tanaka@kumo-systems.co.jp")
C_TANAKA = case15(U(2025, 11, 18, 2, 30, 19), "07733")
LUKAS = ("Lukas Becker", "lukas.becker.cloud@gmail.com")
C_LUKAS = case15(U(2025, 6, 3, 7, 48, 22), "02175")
SHO = ("中村 翔", "sho.nakamura@nifty.com")
C_SHO = case15(U(2025, 10, 7, 11, 3, 44), "05208")
MARIA = ("Maria Gonzalez", "maria.gonzalez@fastmail.com")
C_MARIA = case15(U(2025, 4, 22, 20, 15, 9), "00361")
YUKO = ("小林 優子", "yuko.kobayashi@hoshizora-lab.jp")
C_YUKO = case15(U(2026, 1, 13, 4, 55, 31), "01942")
OLIVIA = ("Olivia Brown", "olivia.m.brown@gmail.com")
C_OLIVIA = case15(U(2025, 8, 19, 22, 10, 0), "06627")
AISHA = ("Aisha Rahman", "aisha.rahman@contoso-analytics.com")
C_AISHA = case15(U(2026, 2, 9, 15, 31, 2), "00814")
C_AISHA_BILL = case15(U(2026, 3, 2, 10, 10, 10), "01533")
TOM = ("Tom Hughes", "tom.hughes@hughesfamily.net")
C_TOM = "11689403217"
KENTA = ("山田 健太", "kenta.yamada.jp@gmail.com")
C_KENTA = case15(U(2025, 12, 2, 12, 20, 0), "03390")
ITO = ("伊藤 彩", "a-ito@kumo-systems.co.jp")
C_ITO = case15(U(2025, 9, 16, 0, 45, 12), "02884")
HANNAH = ("Hannah Schmidt", "hannah.schmidt@hotmail.com")
C_HANNAH = case15(U(2025, 2, 5, 9, 13, 27), "01059")
SARAH = ("Sarah Mitchell", "sarah.mitchell@yahoo.com")
C_SARAH = case15(U(2026, 4, 6, 13, 0, 45), "04470")
MATSU = ("松本 隆", "takashi.matsumoto.w@gmail.com")
C_MATSU = case15(U(2025, 6, 24, 3, 33, 3), "08815")
MORI = ("森 由紀", "yuki.mori@sakuradori-design.jp")
C_MORI = case15(U(2026, 2, 20, 0, 18, 40), "02609")

# The mails are written in topical groups below and numbered through a fixed shuffle,
# so that file order says nothing about the kind.
ORDER = list(range(1, 61))
rnd_order = random.Random(8787)
rnd_order.shuffle(ORDER)
_counter = iter(ORDER)
def N():
    return next(_counter)

# ================================================================ confirmation requests
# --- Emily: classic form-desk request
dt = U(2025, 3, 11, 17, 5, 12)
s = ses_sender(AWSN, FORM, dt)
body = f"""Hello Emily,

Thank you for contacting AWS Training and Certification Support.

I have reviewed your request to merge your AWS Certification accounts and located the two profiles below:

  - AWS04418237 (emily.carter@outlook.com) - account to be kept
  - AWS02975516 (e.carter@northwindlabs.com) - account to be merged

Once merged, all certifications, exam history and benefits from AWS02975516 will be moved to AWS04418237, and AWS02975516 will be deactivated. Please be aware that an account merge is permanent and cannot be reversed.

Before I submit the merge, please reply to this email to confirm that the details above are correct and that you would like us to proceed.

Best regards,
Priya S.
Amazon Web Services
AWS Training and Certification
"""
EMILY_REQ = body
emit(N(), "tc-form-reply-carter", part(body, cte="qp"), kind="merge_confirmation_requested", lang="en",
     case_id=C_EMILY, ids=["AWS04418237", "AWS02975516"], verified=True, rcpt=EMILY[1], dt=dt, s=s,
     provider="ms", subject=f"RE:[CASE {C_EMILY}] {FORM_SUBJ}")

# --- Kenji: classic Japanese request, ISO-2022-JP
dt = U(2025, 5, 28, 9, 20, 3)
s = ses_sender(AWSN, FORM, dt)
body = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、ありがとうございます。
担当の山本と申します。

認定アカウント統合のご依頼について、お客様のアカウントを確認いたしました。

  ・存続するアカウント: AWS01983360（登録メールアドレス: kenji.watanabe.0712@gmail.com）
  ・統合されるアカウント: AWS03517742（登録メールアドレス: k-watanabe@shinsei-soft.co.jp）

統合後は、AWS03517742 に紐づく認定資格および受験履歴がすべて AWS01983360 に移され、AWS03517742 はご利用いただけなくなります。
なお、アカウントの統合は一度実施すると取り消すことができません。

上記の内容でよろしいでしょうか。
差し支えなければ、本メールへのご返信にて統合のご承諾をお知らせください。

何卒よろしくお願いいたします。

山本
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
KENJI_REQ = body
emit(N(), "tc-form-reply-watanabe", part(body, charset="iso-2022-jp"), kind="merge_confirmation_requested",
     lang="ja", case_id=C_KENJI, ids=["AWS01983360", "AWS03517742"], verified=True, rcpt=KENJI[1], dt=dt, s=s,
     provider="gmail", subject=f"RE:[CASE {C_KENJI}] {FORM_SUBJ}")

# --- Raj: question phrasing, base64
dt = U(2025, 7, 17, 14, 2, 40)
s = ses_sender(AWSN, FORM, dt)
body = """Hi Raj,

Thanks for getting back to me with those details.

Just so we're on the same page before anything is changed: would you like us to keep AWS00871245 (raj@patel-cloud.dev) as your primary certification account and fold AWS05230918 (rajpatel.dev@gmail.com) into it?

If so, the certifications currently held on AWS05230918 - AWS Certified Developer – Associate and AWS Certified Cloud Practitioner - will show up under AWS00871245 afterwards, and you won't be able to sign in to AWS05230918 any more. There is no way to split the accounts again later, which is why I'd like your go-ahead in writing.

Could you reply to this message with a quick yes (or let me know if anything above needs to change)?

Kind regards,
Marcus
Amazon Web Services
"""
emit(N(), "tc-form-reply-patel", part(body, cte="b64"), kind="merge_confirmation_requested", lang="en",
     case_id=C_RAJ, ids=["AWS00871245", "AWS05230918"], verified=True, rcpt=RAJ[1], dt=dt, s=s,
     provider="gmail", subject=f"RE: [CASE {C_RAJ}] {FORM_SUBJ}")

# --- Misaki: HTML-only table, reply 「はい」
dt = U(2025, 9, 4, 7, 22, 15)
s = ses_sender(AWSN, FORM, dt)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px;color:#16191f">
<p>佐藤 美咲 様</p>
<p>お世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋です。<br>
前回のご返信で「AWS02210467 を残したい」とお知らせいただきありがとうございました。</p>
<p>いただいた内容をもとに、以下のとおり作業を行う予定です。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#aab7b8">
<tr style="background:#f2f3f3"><th>区分</th><th>アカウント ID</th><th>登録メールアドレス</th></tr>
<tr><td>統合先（今後ご利用いただくアカウント）</td><td>AWS02210467</td><td>misaki-sato@yahoo.co.jp</td></tr>
<tr><td>統合元（統合後に閉鎖）</td><td>AWS04870093</td><td>m-sato@hikari-net-solutions.co.jp</td></tr>
<tr><td>統合元（統合後に閉鎖）</td><td>AWS03106658</td><td>misaki.sato.aws@gmail.com</td></tr>
</table>
<p>統合元の 2 つのアカウントに登録されている認定資格・受験履歴・特典は、すべて統合先へ移されます。<br>
<b>統合は取り消しができません</b>のでご注意ください。</p>
<p>上記の内容で問題がなければ、本メールに「はい」とだけご返信ください。<br>
修正が必要な場合は、正しい内容をお知らせいただけますと幸いです。</p>
<p>よろしくお願いいたします。</p>
<p>高橋<br>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
"""
emit(N(), "tc-form-reply-sato", part(html, subtype="html", cte="qp"), kind="merge_confirmation_requested",
     lang="ja", case_id=C_MISAKI, ids=["AWS02210467", "AWS04870093", "AWS03106658"], verified=True,
     rcpt=MISAKI[1], dt=dt, s=s, provider="yahoojp", subject=f"RE:[CASE {C_MISAKI}] {FORM_SUBJ}")

# --- Maria: table + reply YES, text and html differ
dt = U(2025, 4, 23, 21, 2, 51)
s = ses_sender(AWSN, FORM, dt)
txt = """Hello Maria,

Thank you for your patience. Please see the summary of the requested account merge below.

Primary account (kept): AWS05561204
Secondary account (closed after merge): AWS00394470

Reply YES to this email to authorize the merge. Reply NO if any of the information is incorrect.

Regards,
Daniela
AWS Training & Certification
"""
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Maria,</p>
<p>Thank you for your patience. Below is a summary of the account merge you requested.</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<thead><tr><th>Account ID</th><th>Email on file</th><th>Certifications</th><th>After the merge</th></tr></thead>
<tbody>
<tr><td>AWS05561204</td><td>maria.gonzalez@fastmail.com</td><td>AWS Certified Solutions Architect &ndash; Associate</td><td>Kept (primary)</td></tr>
<tr><td>AWS00394470</td><td>mgonzalez@lumen-retail.com</td><td>AWS Certified Cloud Practitioner (expired), AWS Certified Data Engineer &ndash; Associate</td><td>Merged into AWS05561204 and closed</td></tr>
</tbody></table>
<p><b>Please note:</b> merges are final. Once the accounts are combined they cannot be separated again.</p>
<p>To authorize the merge, simply reply <b>YES</b> to this email. If anything in the table is wrong, reply <b>NO</b> and tell us what needs to change.</p>
<p>Regards,<br>Daniela<br>AWS Training &amp; Certification</p>
</body></html>
"""
emit(N(), "tc-form-reply-gonzalez", alt(part(txt, cte="7bit", charset="us-ascii"), part(html, subtype="html", cte="qp")),
     kind="merge_confirmation_requested", lang="en", case_id=C_MARIA, ids=["AWS05561204", "AWS00394470"],
     verified=True, rcpt=MARIA[1], dt=dt, s=s, provider="fastmail", subject=f"RE:[CASE {C_MARIA}] {FORM_SUBJ}")

# --- Lukas: request buried after long explanation
dt = U(2025, 6, 11, 12, 10, 33)
s = ses_sender(AWSN, FORM, dt)
body = """Hello Lukas,

Thank you for reaching out to AWS Training and Certification, and apologies for the delay in getting back to you - we have been handling a higher volume of requests than usual.

I've looked into the two certification profiles you mentioned. Here is an overview of how combining accounts works, so you know what to expect:

1. Certification history. All active and expired certifications, along with your exam history and scores, are moved from the secondary account to the primary account. Your certification validation numbers do not change.

2. Benefits. Unused benefits, such as the 50% exam discount you earned with your most recent certification, are carried over to the primary account. Benefits that have already expired cannot be reissued.

3. Credly badges. Digital badges are issued by Credly to the email address of the primary account. If you had badges on a separate Credly profile, they may need to be moved separately; let us know afterwards if they do not show up.

4. Sign-in. Afterwards you will sign in with the email address of the primary account only. The secondary account is closed and cannot be reopened.

5. Scheduled exams. If you have an upcoming exam appointment on the secondary account, please tell us first, as it would need to be rescheduled.

Based on your request, AWS03349181 (lukas.becker.cloud@gmail.com) would be the primary account and AWS01020576 (l.becker@stadtwerke-nordhafen.de) would be combined into it.

We are unable to start the process without your explicit approval, since it is irreversible. Kindly reply to this message stating that you agree to the merge as described above.

Best regards,
Jun
Amazon Web Services
"""
LUKAS_REQ = body
emit(N(), "tc-form-reply-becker", part(body, cte="qp"), kind="merge_confirmation_requested", lang="en",
     case_id=C_LUKAS, ids=["AWS03349181", "AWS01020576"], verified=True, rcpt=LUKAS[1], dt=dt, s=s,
     provider="gmail", subject=f"RE:[CASE {C_LUKAS}] {FORM_SUBJ}")

# --- Sho: Japanese request buried after long explanation, base64
dt = U(2025, 10, 9, 1, 12, 9)
s = ses_sender(AWSN, FORM, dt)
body = """中村 翔 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの高橋でございます。

アカウント統合のお問い合わせについて、手続きの流れと注意事項をご案内いたします。

■ 認定資格・受験履歴について
統合元アカウントのすべての認定資格（有効期限切れのものを含む）と受験履歴は、統合先アカウントへ移されます。認定の検証番号は変わりません。

■ 特典について
未使用の特典（次回試験の 50% 割引など）は統合先アカウントへ引き継がれます。すでに有効期限が切れた特典は再発行されません。

■ Credly のデジタルバッジについて
バッジは統合先アカウントのメールアドレス宛てに Credly から発行されます。別の Credly アカウントにバッジがある場合は、統合後に個別の対応が必要になることがあります。

■ サインインについて
統合後は、統合先アカウントのメールアドレスでのみサインインいただけます。統合元アカウントは閉鎖され、再開することはできません。

■ 試験のご予約について
統合元アカウントで試験をご予約中の場合は、事前にお知らせください。

今回のご依頼では、AWS04012389（sho.nakamura@nifty.com）を統合先とし、AWS02458831（s.nakamura@tsubame-engineering.co.jp）を統合元として作業を行う想定です。

統合は取り消しができないため、お客様からの明確なご同意をいただいてから作業を開始しております。上記の内容で差し支えなければ、その旨を本メールにご返信いただけますでしょうか。

引き続きよろしくお願いいたします。

高橋
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
SHO_REQ = body
emit(N(), "tc-form-reply-nakamura", part(body, cte="b64"), kind="merge_confirmation_requested", lang="ja",
     case_id=C_SHO, ids=["AWS04012389", "AWS02458831"], verified=True, rcpt=SHO[1], dt=dt, s=s,
     provider="nifty", subject=f"RE:[CASE {C_SHO}] {FORM_SUBJ}")

# --- Olivia: second request after an unclear reply, nested Gmail quotes
dt = U(2025, 8, 21, 20, 5, 44)
s = ses_sender(AWSN, FORM, dt)
prev_agent = """Hello Olivia,

Thank you for contacting AWS Training and Certification.

I found three certification accounts that appear to belong to you:

- AWS04733052 (olivia.brown@meridianhealth.org)
- AWS02047716 (obrown@brightpath-consulting.com)
- AWS01290334 (olivia.m.brown@gmail.com)

Your request mentions two accounts. Could you let me know which accounts should be merged, and which one you would like to keep?

Best regards,
Ana
Amazon Web Services
"""
olivia_reply = "yes please merge them, the work one is the one I use\n\nSent from my iPhone\n"
body = ("""Hi Olivia,

Thanks for your reply, and sorry for the back and forth on this.

Your message said "yes please merge them, the work one is the one I use" - however, both accounts involved are registered with work addresses, so I want to make sure we keep the right one. To avoid any mistakes, could you confirm the following exactly?

  Keep:                     AWS04733052 - olivia.brown@meridianhealth.org
  Merge into it and close:  AWS02047716 - obrown@brightpath-consulting.com

If that's correct, a simple "confirmed" is all we need. If it's the other way round, please tell us which account ID should remain.

The account registered with your personal Gmail address is not part of this request and will not be touched.

Best regards,
Ana
Amazon Web Services

""" + q_gmail_en(datetime(2025, 8, 21, 9, 47, tzinfo=PT), "Olivia Brown", OLIVIA[1]) + "\n"
        + quote(olivia_reply + "\n" + q_gmail_en(datetime(2025, 8, 20, 18, 12, tzinfo=PT), AWSN, FORM) + "\n" + quote(prev_agent)))
emit(N(), "tc-form-reply-brown", part(body, cte="qp"), kind="merge_confirmation_requested", lang="en",
     case_id=C_OLIVIA, ids=["AWS04733052", "AWS02047716"], verified=True, rcpt=OLIVIA[1], dt=dt, s=s,
     provider="gmail", subject=f"RE:[CASE {C_OLIVIA}] {FORM_SUBJ}")
OLIVIA_REQ2 = body

# --- Tanaka: second request after unclear reply, ISO-2022-JP, Outlook JP quote blocks
dt = U(2025, 11, 21, 0, 30, 26)
s = ses_sender(AWSN, FORM, dt)
tanaka_new = """田中 大輔 様

ご返信いただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの鈴木です。

前回のご返信「よろしくお願いします」につきまして、恐れ入りますが、どちらのアカウントを残すかについてご承諾いただいたものか判断がつきかねましたため、あらためて確認させてください。

  残すアカウント　　　　　: AWS01457720（d-tanaka@kumo-systems.co.jp）
  統合して閉鎖するアカウント: AWS02689014（daisuke.tanaka.88@gmail.com）

こちらの内容で統合を実施してもよろしいでしょうか。
統合後に元へ戻すことはできませんので、お手数ですが「上記の内容で統合を承諾します」のように、はっきりとご返信いただけますと幸いです。

よろしくお願いいたします。

鈴木
Amazon Web Services
"""
tanaka_prev_agent = """田中 大輔 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの鈴木です。

以下の 2 つの認定アカウントを確認いたしました。

  AWS01457720（d-tanaka@kumo-systems.co.jp）
  AWS02689014（daisuke.tanaka.88@gmail.com）

統合後にご利用になるアカウントと、統合をご希望の理由をお知らせいただけますでしょうか。

鈴木
Amazon Web Services
"""
body = (tanaka_new + "\n" +
        q_outlook_ja(datetime(2025, 11, 20, 10, 15, tzinfo=JST), "田中 大輔 <d-tanaka@kumo-systems.co.jp>",
                     f"Amazon Web Services <{FORM}>", f"RE: RE:[CASE {C_TANAKA}] {FORM_SUBJ}") +
        "\nよろしくお願いします。\n\n田中\n\n" +
        q_outlook_ja(datetime(2025, 11, 19, 16, 40, tzinfo=JST), f"Amazon Web Services <{FORM}>",
                     "田中 大輔 <d-tanaka@kumo-systems.co.jp>", f"RE:[CASE {C_TANAKA}] {FORM_SUBJ}") +
        "\n" + tanaka_prev_agent)
TANAKA_REQ2 = tanaka_new
TANAKA_REQ2_MID = s["msgid"]
emit(N(), "tc-form-reply-tanaka", part(body, charset="iso-2022-jp"), kind="merge_confirmation_requested",
     lang="ja", case_id=C_TANAKA, ids=["AWS01457720", "AWS02689014"], verified=True, rcpt=TANAKA[1], dt=dt,
     s=s, provider="msjp", subject=f"RE:[CASE {C_TANAKA}] {FORM_SUBJ}", to_name=TANAKA[0], from_cs="iso-2022-jp")

# --- phishing: look-alike domain, asks to confirm the merge (to Lukas)
dt = U(2025, 6, 13, 5, 27, 3)
s = generic_sender("AWS Training and Certification", "no-reply@aws-certification-services.com",
                   "mail.aws-certification-services.com", "185.234.72.19", "aws-certification-services.com",
                   dmarc="pass", pol=("NONE", "NONE"))
txt = """Dear Candidate,

We received a request to merge the AWS Certification account AWS03349181 with another profile registered under your name (reference CASE 5719304826).

To protect your certification records, you must confirm this merge within 48 hours. If we do not receive your confirmation, both profiles may be temporarily suspended.

Confirm the merge:
https://aws-certification-services.com/merge/confirm?ref=AWS03349181&t=8f2c61e0b7

If you did not request this merge, sign in at the link above to cancel it.

AWS Training and Certification
This is an automated message. Please do not reply.
"""
html = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;background:#f2f3f3">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<img src="https://aws-certification-services.com/static/aws-logo.png" alt="aws" width="80">
<h2 style="color:#232f3e">Confirm your account merge</h2>
<p>Dear Candidate,</p>
<p>We received a request to merge the AWS Certification account <b>AWS03349181</b> with another profile registered under your name (reference CASE 5719304826).</p>
<p>To protect your certification records, you must confirm this merge within <b>48 hours</b>. If we do not receive your confirmation, both profiles may be temporarily suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/merge/confirm?ref=AWS03349181&amp;t=8f2c61e0b7" style="background:#ff9900;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Confirm merge</a></p>
<p style="font-size:12px;color:#545b64">If you did not request this merge, sign in using the button above to cancel it.<br>AWS Training and Certification &middot; This is an automated message. Please do not reply.</p>
</div></body></html>
"""
emit(N(), "aws-certification-services-notice", alt(part(txt, cte="qp"), part(html, subtype="html", cte="qp")),
     kind="merge_confirmation_requested", lang="en", case_id="5719304826", ids=["AWS03349181"], verified=False,
     rcpt=LUKAS[1], dt=dt, s=s, provider="gmail",
     subject="Action required: Confirm your AWS Certification account merge [CASE 5719304826]")

# --- phishing: spoofed amazon.com, topmost dmarc=fail, forged AR lower down (to Kenji)
dt = U(2025, 6, 2, 23, 51, 30)
s = generic_sender(AWSN, FORM, "vmi2291843.contaboserver.net", "194.163.151.77", None,
                   dmarc="fail", pol=("QUARANTINE", "QUARANTINE"), mailfrom="info@notice-mailcenter.xyz",
                   msgid_dom="notice-mailcenter.xyz", spf="pass")
html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>お客様各位</p>
<p>AWS トレーニングと認定をご利用いただきありがとうございます。</p>
<p>お客様の認定アカウントについて、別アカウントとの統合リクエストを受け付けました。統合を完了するには、以下のボタンから統合内容をご確認のうえ、<b>「統合を承認する」</b>を押してください。</p>
<p>本メール送信後 24 時間以内にご承認いただけない場合、セキュリティ保護のため両方のアカウントが一時的にロックされます。</p>
<p style="text-align:center"><a href="https://aws-cert-jp.notice-mailcenter.xyz/approve?id=7H2KQ9" style="background:#ec7211;color:#fff;padding:10px 24px;text-decoration:none">統合内容を確認して承認する</a></p>
<p>※本メールは送信専用です。</p>
<p>Amazon Web Services<br>AWS トレーニングと認定</p>
</body></html>
"""
forged = [("Authentication-Results", "amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
          ("X-Mailer", "Microsoft Outlook 16.0")]
emit(N(), "tc-merge-approval-watanabe", part(html, subtype="html", cte="b64"), kind="merge_confirmation_requested",
     lang="ja", case_id=None, ids=[], verified=False, rcpt=KENJI[1], dt=dt, s=s, provider="gmail",
     subject="【重要】AWS 認定アカウント統合の最終確認のお願い", post_trace=forged)

# --- Aisha: console agent reply, confirm via Support Center
dt = U(2026, 2, 10, 17, 48, 20)
s = ses_sender(AWSN, CONSOLE, dt)
body = """Hello Aisha,

Thank you for your patience while we looked into this.

I was able to locate both certification accounts listed on this case:

AWS03920481 - aisha.rahman@contoso-analytics.com (created 2021)
AWS05087736 - aisha.r@outlook.com (created 2018)

As requested, AWS03920481 will remain active and AWS05087736 will be merged into it. Please note that once the merge has been completed it cannot be reversed.

Please confirm that you would like us to go ahead by replying to this case in the Support Center. Because this address cannot receive replies, responses sent directly to this email will not reach us.

""" + CONSOLE_FOOTER_EN.format(agent="Kevin", cid=C_AISHA)
emit(N(), "console-case-reply-rahman", part(body, cte="qp"), kind="merge_confirmation_requested", lang="en",
     case_id=C_AISHA, ids=["AWS03920481", "AWS05087736"], verified=True, rcpt=AISHA[1], dt=dt, s=s,
     provider="ms", subject=f"RE:[CASE {C_AISHA}] Merge duplicate AWS Certification accounts")

# --- Yuko: console, Japanese, three accounts, subject encoded-word
dt = U(2026, 1, 14, 6, 12, 5)
s = ses_sender(AWSN, CONSOLE, dt)
body = """小林 優子 様

お世話になっております。Amazon Web Services の林でございます。

ご依頼いただいたアカウント統合の件で、以下の 3 つの認定アカウントを確認いたしました。

- AWS03870125（yuko.kobayashi@hoshizora-lab.jp）
- AWS01166390（kobayashi.yuko@gmail.com）
- AWS04402718（y.kobayashi@minato-univ.ac.jp）

ケースに記載いただいた内容に基づき、AWS01166390 と AWS04402718 の 2 つを AWS03870125 に統合し、統合後は AWS03870125 のみをご利用いただく形を予定しております。統合後に元に戻すことはできません。

大変お手数ですが、この内容で統合を進めてもよろしいか、サポートセンターのケース画面からご返信いただけますでしょうか。

""" + CONSOLE_FOOTER_JA.format(agent="林", cid=C_YUKO)
emit(N(), "console-case-reply-kobayashi", part(body, cte="qp"), kind="merge_confirmation_requested",
     lang="ja", case_id=C_YUKO, ids=["AWS03870125", "AWS01166390", "AWS04402718"], verified=True,
     rcpt=YUKO[1], dt=dt, s=s, provider="sakura", subject=f"RE:[CASE {C_YUKO}] 認定アカウントの統合について（3 アカウント）")

# --- Tom: no Authentication-Results, ids written oddly, 11-digit case, 7bit
dt = U(2025, 1, 21, 18, 33, 0)
body = """Hello Tom,

Thanks for submitting the merge request through our contact form.

The form lists your certification accounts as "aws-05118802" and "AWS 01774069". From your description, you would like to keep AWS 01774069 (tom.hughes@hughesfamily.net) and have aws-05118802 (thughes@granitebay-it.com) merged into it.

Merging is final: the certifications on aws-05118802 will be moved to AWS 01774069 and the old profile will be closed permanently.

Please reply to this email to confirm that these details are correct and that you'd like us to go ahead.

Regards,
Sofia
Amazon Web Services
AWS Training and Certification
"""
ms = int(dt.timestamp() * 1000)
hdrs = [("Return-Path", f"<0100{ms:012x}-{uuid.UUID(int=rnd.getrandbits(128))}-000000@email.amazonses.com>"),
        ("X-Original-To", TOM[1]),
        ("Delivered-To", TOM[1]),
        ("Received", f"from a48-95.smtp-out.amazonses.com (a48-95.smtp-out.amazonses.com [54.240.48.95])\n\tby mail.hughesfamily.net (Postfix) with ESMTPS id 4YcQ2m0xqLz9sBN\n\tfor <{TOM[1]}>; {rfc(dt + timedelta(seconds=2))}"),
        ("From", addr(AWSN, FORM)), ("To", TOM[1]),
        ("Subject", f"RE:[CASE {C_TOM}] {FORM_SUBJ}"), ("Date", rfc(dt)),
        ("Message-ID", f"<0100{ms:012x}-{uuid.UUID(int=rnd.getrandbits(128))}-000000@email.amazonses.com>"),
        ("X-Mozilla-Status", "0001"), ("X-Mozilla-Status2", "00000000")]
emit_plain(N(), "tc-form-reply-hughes", hdrs, part(body, cte="7bit", charset="us-ascii"),
           kind="merge_confirmation_requested", lang="en", case_id=C_TOM, ids=["AWS05118802", "AWS01774069"],
           verified=None)

# --- Kenta: wrong charset label (utf-8 bytes labelled iso-8859-1, 8bit)
dt = U(2025, 12, 3, 8, 14, 36)
s = ses_sender(AWSN, FORM, dt)
body = """山田 健太 様

お問い合わせありがとうございます。AWS トレーニングと認定 カスタマーサポートの小川です。

フォームにご記入いただいた 2 つのアカウントについて確認が取れました。

  残すアカウント: AWS 02566810（kenta.yamada.jp@gmail.com）
  統合するアカウント: AWS04195537（k.yamada@nishikaze-logi.co.jp）

ご確認のうえ、この内容での統合に同意いただける場合は、本メールにその旨ご返信ください。
統合は元に戻せない操作のため、ご返信をいただくまで作業は行いません。

小川
Amazon Web Services
"""
emit(N(), "tc-form-reply-yamada", part(body, cte="8bit", label="iso-8859-1"), kind="merge_confirmation_requested",
     lang="ja", case_id=C_KENTA, ids=["AWS02566810", "AWS04195537"], verified=True, rcpt=KENTA[1], dt=dt, s=s,
     provider="gmail", subject=f"RE:[CASE {C_KENTA}] {FORM_SUBJ} / アカウント統合")

# --- Ito: Shift_JIS base64 body, ISO-2022-JP encoded subject split over lines
dt = U(2025, 9, 17, 2, 30, 48)
s = ses_sender(AWSN, FORM, dt)
body = """伊藤 彩 様

いつも AWS をご利用いただきありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小川でございます。

ご依頼の件、下記のとおり承っております。

　統合後も使用するアカウント：AWS00652941（a-ito@kumo-systems.co.jp）
　統合により閉鎖するアカウント：AWS03785520（aya.ito.0303@gmail.com）

閉鎖するアカウントの認定資格と受験履歴は、すべて使用するアカウントへ移されます。
統合の実施後は取り消しができかねますので、上記内容をご確認のうえ、統合に同意いただける場合はその旨をご返信ください。

以上、よろしくお願い申し上げます。

小川
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
p = MIMENonMultipart("text", "plain", charset="Shift_JIS")
p["Content-Transfer-Encoding"] = "base64"
p.set_payload(base64.encodebytes(body.encode("shift_jis")).decode("ascii"))
emit(N(), "tc-form-reply-ito", p, kind="merge_confirmation_requested", lang="ja", case_id=C_ITO,
     ids=["AWS00652941", "AWS03785520"], verified=True, rcpt=ITO[1], dt=dt, s=s, provider="msjp",
     subject=f"RE:[CASE {C_ITO}] 【AWS トレーニングと認定】認定アカウント統合のご依頼内容のご確認について",
     subj_cs="iso-2022-jp", from_cs="iso-2022-jp", to_name=ITO[0])

# --- Hannah: confirm after "which to keep" exchange, Outlook quote blocks, Credly mention
dt = U(2025, 2, 7, 10, 25, 2)
s = ses_sender(AWSN, FORM, dt)
body = ("""Hello Hannah,

Thank you for letting us know which profile you'd like to keep.

Here's what will happen:
- AWS02893417 stays as your certification account.
- AWS04610258 will be merged into it and closed.
- We will also ask Credly to consolidate your badges under hannah.schmidt@hotmail.com.

Because this is permanent, we need your OK before we submit it. Please respond with "I confirm" if everything above is correct.

Best regards,
Priya
Amazon Web Services
AWS Training and Certification

""" + q_outlook_en(datetime(2025, 2, 6, 20, 31, tzinfo=CET), "Hannah Schmidt <hannah.schmidt@hotmail.com>",
                   f"Amazon Web Services <{FORM}>", f"Re: RE:[CASE {C_HANNAH}] {FORM_SUBJ}") +
"""
Hi, please keep the hotmail one, I don't have access to my university mail any more.

Hannah

""" + q_outlook_en(datetime(2025, 2, 6, 11, 2, tzinfo=CET), f"Amazon Web Services <{FORM}>",
                   "Hannah Schmidt <hannah.schmidt@hotmail.com>", f"RE:[CASE {C_HANNAH}] {FORM_SUBJ}") +
"""
Hello Hannah,

Thank you for contacting AWS Training and Certification.

Which of the two accounts below would you like to keep as your primary account?

AWS02893417 (hannah.schmidt@hotmail.com)
AWS04610258 (hannah.schmidt@stud.uni-mittelland.de)

Best regards,
Priya
Amazon Web Services
""")
emit(N(), "tc-form-reply-schmidt", part(body, cte="qp"), kind="merge_confirmation_requested", lang="en",
     case_id=C_HANNAH, ids=["AWS02893417", "AWS04610258"], verified=True, rcpt=HANNAH[1], dt=dt, s=s,
     provider="ms", subject=f"RE:[CASE {C_HANNAH}] {FORM_SUBJ}")

# --- Mori: short Japanese question with Gmail-JP quote of the user's mail
dt = U(2026, 2, 25, 2, 40, 17)
s = ses_sender(AWSN, FORM, dt)
mori_mail = """お世話になっております。
先日フォームから統合をお願いした件ですが、転職前の会社のメールアドレスで作ったアカウント（AWS02177804）と、
現在使っているアカウント（AWS05340219）を一つにまとめたいです。
現在のアカウントを残していただけると助かります。
よろしくお願いいたします。

森 由紀
"""
body = ("""森 由紀 様

ご連絡ありがとうございます。AWS トレーニングと認定 カスタマーサポートの小川です。

お知らせいただいた 2 つのアカウントのうち、AWS05340219 を残し、AWS02177804 をそちらに統合する形でよろしいでしょうか？
念のため申し添えますと、統合後に元の状態へ戻すことはできません。
お手数ですが、ご返信にてお知らせください。

小川
Amazon Web Services

""" + q_gmail_ja(datetime(2026, 2, 24, 9, 18, tzinfo=JST), MORI[0], MORI[1]) + "\n" + quote(mori_mail))
emit(N(), "tc-form-reply-mori", part(body, cte="qp"), kind="merge_confirmation_requested", lang="ja",
     case_id=C_MORI, ids=["AWS05340219", "AWS02177804"], verified=True, rcpt=MORI[1], dt=dt, s=s,
     provider="gmail", subject=f"RE:[CASE {C_MORI}] {FORM_SUBJ}")

# ================================================================ support replies (look-alikes)
# --- Sarah: names both + direction, asks for a document
dt = U(2026, 4, 7, 16, 20, 58)
s = ses_sender(AWSN, FORM, dt)
body = """Hi Sarah,

Thank you for your request to merge AWS04027791 into AWS01638472.

While reviewing the two profiles, I noticed that the legal name on AWS04027791 is "Sarah Jones", whereas AWS01638472 is registered to "Sarah Mitchell". For security reasons we can only combine accounts that belong to the same candidate.

Could you please send us a copy of a document that shows the name change (for example a marriage certificate, or a government-issued ID that shows both names)? Feel free to black out anything that is not needed to verify the name change, such as ID numbers or your address.

As soon as we receive it, we will continue with your request.

Kind regards,
Kevin
Amazon Web Services
AWS Training and Certification
"""
emit(N(), "tc-form-reply-mitchell", part(body, cte="qp"), kind="support_reply", lang="en", case_id=C_SARAH,
     ids=["AWS04027791", "AWS01638472"], verified=True, rcpt=SARAH[1], dt=dt, s=s, provider="yahoo",
     subject=f"RE:[CASE {C_SARAH}] {FORM_SUBJ}")

# --- Matsumoto: names both + direction, asks for an exam date (ISO-2022-JP)
dt = U(2025, 6, 27, 5, 55, 12)
s = ses_sender(AWSN, FORM, dt)
body = """松本 隆 様

ご返信いただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの山本です。

ご指定いただいたとおり、AWS05406639 を AWS02931174 に統合する方向で準備を進めておりますが、統合元の AWS05406639 に Pearson VUE の試験予約が残っていることを確認いたしました。
試験のご予約が残っている状態では、統合作業を行うことができません。

恐れ入りますが、受験予定日をお知らせいただけますでしょうか。
受験日以降に統合作業を行うよう手配いたします。予約をキャンセルされる場合は、その旨お知らせください。

よろしくお願いいたします。

山本
Amazon Web Services
"""
emit(N(), "tc-form-reply-matsumoto", part(body, charset="iso-2022-jp"), kind="support_reply", lang="ja",
     case_id=C_MATSU, ids=["AWS05406639", "AWS02931174"], verified=True, rcpt=MATSU[1], dt=dt, s=s,
     provider="gmail", subject=f"RE:[CASE {C_MATSU}] {FORM_SUBJ}")

# --- Emily: "thank you for confirming, we will now proceed" over a quoted request
dt = U(2025, 3, 12, 15, 40, 7)
s = ses_sender(AWSN, FORM, dt)
emily_conf = "The details are correct. Please proceed with the merge.\n\nEmily\n"
body = ("""Hello Emily,

Thank you for confirming. I have now passed the request to combine AWS02975516 with AWS04418237 (keeping AWS04418237) to our certification operations team. You don't need to do anything else at this point; we will update this case once the work has been carried out, which usually takes 2-3 business days.

Best regards,
Priya S.
Amazon Web Services

""" + q_gmail_en(datetime(2025, 3, 12, 8, 3, tzinfo=ZoneInfo("America/New_York")), "Emily Carter", EMILY[1]) + "\n"
        + quote(emily_conf + "\n" + q_gmail_en(datetime(2025, 3, 11, 13, 5, tzinfo=ZoneInfo("America/New_York")), AWSN, FORM) + "\n" + quote(EMILY_REQ)))
emit(N(), "tc-form-reply-carter", part(body, cte="b64"), kind="support_reply", lang="en", case_id=C_EMILY,
     ids=["AWS02975516", "AWS04418237"], verified=True, rcpt=EMILY[1], dt=dt, s=s, provider="ms",
     subject=f"RE:[CASE {C_EMILY}] {FORM_SUBJ}")

# --- Kenji: Japanese "will now proceed" over quoted request
dt = U(2025, 5, 29, 1, 15, 49)
s = ses_sender(AWSN, FORM, dt)
kenji_conf = "山本様\n\nご連絡ありがとうございます。\n内容に間違いありません。統合をお願いいたします。\n\n渡辺\n"
body = ("""渡辺 健二 様

ご返信ありがとうございます。山本です。

統合内容についてご承諾いただきましたので、これより AWS03517742 から AWS01983360 への統合手続きを開始いたします。
作業完了までは通常 2〜3 営業日ほどお時間をいただいております。完了いたしましたら、本ケースにて改めてご連絡いたします。

今しばらくお待ちくださいますよう、お願い申し上げます。

山本
Amazon Web Services

""" + q_gmail_ja(datetime(2025, 5, 29, 8, 2, tzinfo=JST), KENJI[0], KENJI[1]) + "\n"
        + quote(kenji_conf + "\n" + q_gmail_ja(datetime(2025, 5, 28, 18, 20, tzinfo=JST), AWSN, FORM) + "\n" + quote(KENJI_REQ)))
emit(N(), "tc-form-reply-watanabe", part(body, cte="qp"), kind="support_reply", lang="ja", case_id=C_KENJI,
     ids=["AWS03517742", "AWS01983360"], verified=True, rcpt=KENJI[1], dt=dt, s=s, provider="gmail",
     subject=f"RE:[CASE {C_KENJI}] {FORM_SUBJ}")

# --- Lukas: names both + direction, "check your spam folder"
dt = U(2025, 6, 12, 9, 30, 18)
s = ses_sender(AWSN, FORM, dt)
body = """Hello Lukas,

Thank you for your reply.

Your request to fold AWS01020576 into AWS03349181 is now with our back-office team. Once the merge is complete, you will receive an email from us at lukas.becker.cloud@gmail.com, and Credly will send separate notifications for your badges.

These automated emails are sometimes filtered as spam or promotions, so please check your spam folder if you haven't heard from us within five business days.

Best regards,
Jun
Amazon Web Services
"""
emit(N(), "tc-form-reply-becker", part(body, cte="7bit", charset="us-ascii"), kind="support_reply", lang="en",
     case_id=C_LUKAS, ids=["AWS01020576", "AWS03349181"], verified=True, rcpt=LUKAS[1], dt=dt, s=s,
     provider="gmail", subject=f"RE:[CASE {C_LUKAS}] {FORM_SUBJ}")

# --- Sho: names both + direction, "please review our policy" (ISO-2022-JP)
dt = U(2025, 10, 10, 2, 40, 51)
s = ses_sender(AWSN, FORM, dt)
body = """中村 翔 様

ご返信ありがとうございます。高橋です。

統合へのご同意を確認いたしました。現在、AWS02458831 を AWS04012389 に統合する手続きを進めております。

なお、統合に伴う特典（次回試験の 50% 割引など）の取り扱いについて、下記の認定プログラムのポリシーをあらかじめご一読いただけますようお願いいたします。すでに有効期限が切れた特典は、統合後も再発行されませんのでご了承ください。

https://aws.amazon.com/jp/certification/policies/before-testing/

ご不明な点がございましたら、本メールにご返信ください。

高橋
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
emit(N(), "tc-form-reply-nakamura", part(body, charset="iso-2022-jp"), kind="support_reply", lang="ja",
     case_id=C_SHO, ids=["AWS02458831", "AWS04012389"], verified=True, rcpt=SHO[1], dt=dt, s=s,
     provider="nifty", subject=f"RE:[CASE {C_SHO}] {FORM_SUBJ}")

# --- Raj: which account to keep
dt = U(2025, 7, 15, 18, 30, 2)
s = ses_sender(AWSN, FORM, dt)
body = """Hi Raj,

Thanks for contacting AWS Training and Certification.

I found two certification accounts matching the details in your request:

AWS00871245 - raj@patel-cloud.dev - 2 active certifications
AWS05230918 - rajpatel.dev@gmail.com - 2 active certifications

Which of these would you like to keep as your primary account going forward? The other one will be merged into it. Please also let us know which email address you'd like to use to sign in afterwards.

Kind regards,
Marcus
Amazon Web Services
"""
emit(N(), "tc-form-reply-patel", part(body, cte="qp"), kind="support_reply", lang="en", case_id=C_RAJ,
     ids=["AWS00871245", "AWS05230918"], verified=True, rcpt=RAJ[1], dt=dt, s=s, provider="gmail",
     subject=f"RE:[CASE {C_RAJ}] {FORM_SUBJ}")

# --- Misaki: which to keep, three accounts, text/html differ
dt = U(2025, 9, 3, 5, 40, 22)
s = ses_sender(AWSN, FORM, dt)
txt = """佐藤 美咲 様

お問い合わせありがとうございます。AWS トレーニングと認定 カスタマーサポートの高橋です。

お客様のお名前で、次の 3 つの認定アカウントが見つかりました。

AWS02210467 / misaki-sato@yahoo.co.jp
AWS04870093 / m-sato@hikari-net-solutions.co.jp
AWS03106658 / misaki.sato.aws@gmail.com

統合後にどのアカウントを残すご希望か、お知らせいただけますでしょうか。

高橋
Amazon Web Services
"""
html = """<html><body style="font-family:'Meiryo',sans-serif">
<p>佐藤 美咲 様</p>
<p>お問い合わせありがとうございます。AWS トレーニングと認定 カスタマーサポートの高橋です。</p>
<p>お客様のお名前で、次の 3 つの認定アカウントが見つかりました。</p>
<ul>
<li>AWS02210467（misaki-sato@yahoo.co.jp、2023 年作成）</li>
<li>AWS04870093（m-sato@hikari-net-solutions.co.jp、2020 年作成）</li>
<li>AWS03106658（misaki.sato.aws@gmail.com、2022 年作成）</li>
</ul>
<p>統合後にどのアカウントを残すご希望か、また、今後のサインインに使用されるメールアドレスをお知らせいただけますでしょうか。</p>
<p>高橋<br>Amazon Web Services</p>
</body></html>
"""
emit(N(), "tc-form-reply-sato", alt(part(txt, cte="b64"), part(html, subtype="html", cte="b64")),
     kind="support_reply", lang="ja", case_id=C_MISAKI, ids=["AWS02210467", "AWS04870093", "AWS03106658"],
     verified=True, rcpt=MISAKI[1], dt=dt, s=s, provider="yahoojp", subject=f"RE:[CASE {C_MISAKI}] {FORM_SUBJ}")

# --- Maria: "we are working on it"
dt = U(2025, 4, 25, 16, 47, 39)
s = ses_sender(AWSN, FORM, dt)
body = """Hello Maria,

I wanted to give you a quick update on your case.

The merge of AWS00394470 into AWS05561204 has been escalated to our internal certification team, as one of the exam records needs to be reviewed manually before the accounts can be combined. This is a routine check and there is nothing you need to do right now.

I'll keep an eye on it and let you know as soon as I hear back from the team. Thank you for your patience.

Regards,
Daniela
AWS Training & Certification
"""
emit(N(), "tc-form-reply-gonzalez", part(body, cte="qp"), kind="support_reply", lang="en", case_id=C_MARIA,
     ids=["AWS00394470", "AWS05561204"], verified=True, rcpt=MARIA[1], dt=dt, s=s, provider="fastmail",
     subject=f"RE:[CASE {C_MARIA}] {FORM_SUBJ}")

# --- Yuko: follow-up "do you still need help?" (console)
dt = U(2026, 1, 21, 6, 30, 44)
s = ses_sender(AWSN, CONSOLE, dt)
body = """小林 優子 様

Amazon Web Services の林です。

先日ご案内した件について、その後ご返信をいただいておりませんので、念のためご連絡いたしました。
まだサポートが必要でしょうか。引き続きお手伝いが必要な場合は、サポートセンターからこのケースにご返信ください。

7 日以内にご返信がない場合、本ケースは自動的にクローズされます。クローズ後でも、ケースを再開してご連絡いただくことが可能です。

""" + CONSOLE_FOOTER_JA.format(agent="林", cid=C_YUKO)
emit(N(), "console-case-reply-kobayashi", part(body, cte="b64"), kind="support_reply", lang="ja",
     case_id=C_YUKO, ids=[], verified=True, rcpt=YUKO[1], dt=dt, s=s, provider="sakura",
     subject=f"RE:[CASE {C_YUKO}] 認定アカウントの統合について（3 アカウント）")

# --- Matsumoto: missing information, lower-case ids
dt = U(2025, 6, 25, 4, 10, 27)
s = ses_sender(AWSN, FORM, dt)
body = """松本 隆 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。山本です。

フォームにご記入いただいたアカウント ID「aws02931174」「aws05406639」について確認いたしましたが、統合を進めるにあたり、以下の情報が不足しております。

1. 各アカウントにサインインする際のメールアドレス
2. 各アカウントの通知先メールアドレス（サインイン用と異なる場合）
3. 統合後に残したいアカウント

お手数ですが、本メールへのご返信にてお知らせください。
なお、同じご依頼で新しいケースを作成されますと対応が遅れる場合がございますので、本ケースへのご返信をお願いいたします。

山本
Amazon Web Services
"""
emit(N(), "tc-form-reply-matsumoto", part(body, cte="qp"), kind="support_reply", lang="ja", case_id=C_MATSU,
     ids=["AWS02931174", "AWS05406639"], verified=True, rcpt=MATSU[1], dt=dt, s=s, provider="gmail",
     subject=f"RE:[CASE {C_MATSU}] {FORM_SUBJ}")

# --- Aisha: console "New correspondence added"
dt = U(2026, 2, 10, 17, 48, 23)
s = ses_sender(AWSN, CONSOLE, dt)
txt = f"""Hello,

We've updated your AWS Support case. To see the update, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_AISHA}&language=en

Case ID: {C_AISHA}
Subject: Merge duplicate AWS Certification accounts

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We've updated your AWS Support case. To see the update, sign in to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_AISHA}&amp;language=en">AWS Support Center</a>.</p>
<table><tr><td><b>Case ID:</b></td><td>{C_AISHA}</td></tr><tr><td><b>Subject:</b></td><td>Merge duplicate AWS Certification accounts</td></tr></table>
<p style="font-size:12px;color:#687078">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</body></html>
"""
emit(N(), "console-case-update-rahman", alt(part(txt, cte="7bit", charset="us-ascii"), part(html, subtype="html", cte="qp")),
     kind="support_reply", lang="en", case_id=C_AISHA, ids=[], verified=True, rcpt=AISHA[1], dt=dt, s=s,
     provider="ms", subject=f"[Case {C_AISHA}] New correspondence added")

# --- Yuko: console Japanese new-correspondence notice
dt = U(2026, 1, 14, 6, 12, 8)
s = ses_sender(AWSN, CONSOLE, dt)
body = f"""お客様

AWS サポートケースが更新されました。更新内容を確認するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={C_YUKO}&language=ja

ケース ID: {C_YUKO}
件名: 認定アカウントの統合について（3 アカウント）

※このメールは送信専用のアドレスから送信されています。同じ問題について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
emit(N(), "console-case-update-kobayashi", part(body, cte="b64"), kind="support_reply", lang="ja",
     case_id=C_YUKO, ids=[], verified=True, rcpt=YUKO[1], dt=dt, s=s, provider="sakura",
     subject=f"[Case {C_YUKO}] 新しい連絡が追加されました")

# --- Sarah: merge scheduled (planned, not done)
dt = U(2026, 4, 10, 18, 2, 5)
s = ses_sender(AWSN, FORM, dt)
body = """Hi Sarah,

Thank you for sending the documentation - the name change has been verified.

Your accounts are now queued: AWS04027791 will be combined into AWS01638472 within the next 48 hours, and you'll hear from us again when the work is finished. Until then, please avoid scheduling any new exams on either account.

Kind regards,
Kevin
Amazon Web Services
AWS Training and Certification
"""
emit(N(), "tc-form-reply-mitchell", part(body, cte="qp"), kind="support_reply", lang="en", case_id=C_SARAH,
     ids=["AWS04027791", "AWS01638472"], verified=True, rcpt=SARAH[1], dt=dt, s=s, provider="yahoo",
     subject=f"RE:[CASE {C_SARAH}] {FORM_SUBJ}")

# --- Tanaka: after confirmation, "once complete we will contact you" (base64)
dt = U(2025, 11, 22, 1, 5, 31)
s = ses_sender(AWSN, FORM, dt)
body = """田中 大輔 様

明確にご回答いただき、ありがとうございます。鈴木です。

AWS02689014 を AWS01457720 に統合する作業を、担当部署へ依頼いたしました。

統合が完了しましたら、あらためてこちらからご連絡いたします。その際、Credly のデジタルバッジの移行状況についてもあわせてご案内いたします。

引き続きよろしくお願いいたします。

鈴木
Amazon Web Services
"""
emit(N(), "tc-form-reply-tanaka", part(body, cte="b64"), kind="support_reply", lang="ja", case_id=C_TANAKA,
     ids=["AWS02689014", "AWS01457720"], verified=True, rcpt=TANAKA[1], dt=dt, s=s, provider="msjp",
     subject=f"RE:[CASE {C_TANAKA}] {FORM_SUBJ}", to_name=TANAKA[0])

# ================================================================ merge completed
# --- Raj: classic completion
dt = U(2025, 7, 19, 20, 44, 12)
s = ses_sender(AWSN, FORM, dt)
body = """Hi Raj,

Good news - the merge you requested has been completed. AWS05230918 has been merged into AWS00871245, and all of your certifications and exam history are now available under AWS00871245.

Please sign in to your AWS Certification Account with raj@patel-cloud.dev to check that everything looks right. Credly badges can take up to 48 hours to appear.

If you have any questions, just reply to this email.

We'd love to hear about your experience - you'll receive a short survey once this case is closed.

Kind regards,
Marcus
Amazon Web Services
"""
emit(N(), "tc-form-reply-patel", part(body, cte="qp"), kind="merge_completed", lang="en", case_id=C_RAJ,
     ids=["AWS05230918", "AWS00871245"], verified=True, rcpt=RAJ[1], dt=dt, s=s, provider="gmail",
     subject=f"RE:[CASE {C_RAJ}] {FORM_SUBJ}")

# --- Kenji: 統合が完了しました (ISO-2022-JP)
dt = U(2025, 5, 30, 6, 48, 30)
s = ses_sender(AWSN, FORM, dt)
body = """渡辺 健二 様

お待たせいたしました。山本です。

ご依頼いただいておりました AWS03517742 から AWS01983360 へのアカウント統合が完了しましたので、ご報告いたします。
これまでの認定資格と受験履歴は、すべて AWS01983360 でご確認いただけます。

Credly のデジタルバッジは、反映までに最大 48 時間ほどかかる場合がございます。

今回の対応について、後日お送りするアンケートにご協力いただけますと幸いです。

山本
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
emit(N(), "tc-form-reply-watanabe", part(body, charset="iso-2022-jp"), kind="merge_completed", lang="ja",
     case_id=C_KENJI, ids=["AWS03517742", "AWS01983360"], verified=True, rcpt=KENJI[1], dt=dt, s=s,
     provider="gmail", subject=f"RE:[CASE {C_KENJI}] {FORM_SUBJ}")

# --- Emily: paraphrased completion with request quoted (Outlook blocks, no markers)
dt = U(2025, 3, 14, 19, 12, 40)
s = ses_sender(AWSN, FORM, dt)
body = ("""Hello Emily,

I'm pleased to let you know that your certification records from AWS02975516 now live under AWS04418237. The profile AWS02975516 has been retired, so from now on please sign in with emily.carter@outlook.com only.

Your 50% exam discount benefit has also been carried over and is visible under Benefits in your account.

If anything looks off, reply to this email and we'll take a look.

Best regards,
Priya S.
Amazon Web Services

""" + q_outlook_en(datetime(2025, 3, 12, 8, 3, tzinfo=ZoneInfo("America/New_York")), "Emily Carter <emily.carter@outlook.com>",
                   f"Amazon Web Services <{FORM}>", f"RE: RE:[CASE {C_EMILY}] {FORM_SUBJ}") +
        "\n" + emily_conf + "\n" +
        q_outlook_en(datetime(2025, 3, 11, 13, 5, tzinfo=ZoneInfo("America/New_York")), f"Amazon Web Services <{FORM}>",
                     "Emily Carter <emily.carter@outlook.com>", f"RE:[CASE {C_EMILY}] {FORM_SUBJ}") +
        "\n" + EMILY_REQ)
emit(N(), "tc-form-reply-carter", part(body, cte="qp"), kind="merge_completed", lang="en", case_id=C_EMILY,
     ids=["AWS02975516", "AWS04418237"], verified=True, rcpt=EMILY[1], dt=dt, s=s, provider="ms",
     subject=f"RE:[CASE {C_EMILY}] {FORM_SUBJ}")

# --- Sho: 移行いたしました, request quoted with Gmail-JP header (base64)
dt = U(2025, 10, 14, 4, 25, 16)
s = ses_sender(AWSN, FORM, dt)
body = ("""中村 翔 様

いつもお世話になっております。高橋です。

AWS02458831 に登録されていた認定資格および受験履歴を、AWS04012389 へ移行いたしました。
今後は AWS04012389（sho.nakamura@nifty.com）でサインインしてご利用ください。旧アカウントは無効化しております。

ご不明な点がございましたら、本メールにご返信ください。

高橋
Amazon Web Services

""" + q_gmail_ja(datetime(2025, 10, 9, 10, 12, tzinfo=JST), AWSN, FORM) + "\n" + quote(SHO_REQ))
emit(N(), "tc-form-reply-nakamura", part(body, cte="b64"), kind="merge_completed", lang="ja", case_id=C_SHO,
     ids=["AWS02458831", "AWS04012389"], verified=True, rcpt=SHO[1], dt=dt, s=s, provider="nifty",
     subject=f"RE:[CASE {C_SHO}] {FORM_SUBJ}")

# --- Maria: closure that also says the merge is done, HTML only
dt = U(2025, 4, 28, 13, 20, 55)
s = ses_sender(AWSN, FORM, dt)
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;padding:24px">
<tr><td><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="90" alt="AWS"></td></tr>
<tr><td>
<p>Hello Maria,</p>
<p>Your case <b>{C_MARIA}</b> has been resolved and is now closed.</p>
<p><b>Resolution:</b> AWS00394470 has been merged into AWS05561204. Your certifications, including AWS Certified Data Engineer &ndash; Associate, now appear on AWS05561204, and AWS00394470 can no longer be used to sign in.</p>
<p style="margin-top:24px"><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-tc-support.amazon.com/r/{rhex(24)}?a=yes" style="background:#0972d3;color:#fff;padding:8px 22px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="https://survey.aws-tc-support.amazon.com/r/{rhex(24)}?a=no" style="background:#0972d3;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Daniela? Your feedback helps us improve.</p>
<p style="font-size:12px;color:#687078">AWS Training &amp; Certification &middot; Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></td></tr></table></body></html>
"""
emit(N(), "tc-case-resolved-gonzalez", part(html, subtype="html", cte="qp"), kind="merge_completed", lang="en",
     case_id=C_MARIA, ids=["AWS00394470", "AWS05561204"], verified=True, rcpt=MARIA[1], dt=dt, s=s,
     provider="fastmail", subject=f"Your case {C_MARIA} has been resolved")

# --- Misaki: closure + done + アンケート, text/html differ
dt = U(2025, 9, 6, 8, 5, 0)
s = ses_sender(AWSN, FORM, dt)
txt = f"""佐藤 美咲 様

お問い合わせ（ケース ID: {C_MISAKI}）を解決済みとしてクローズいたしました。

ご依頼のアカウント統合（AWS04870093、AWS03106658 → AWS02210467）は完了しております。

今後のサービス向上のため、アンケートへのご協力をお願いいたします。
https://survey.aws-tc-support.amazon.com/ja/{rhex(20)}

AWS トレーニングと認定 カスタマーサポート
"""
html = f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>佐藤 美咲 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>
お問い合わせ（ケース ID: {C_MISAKI}）は解決済みとしてクローズされました。</p>
<p>ご依頼いただいた 3 つのアカウントの統合作業は終了しており、AWS04870093 と AWS03106658 の認定資格・受験履歴は AWS02210467 に集約されています。</p>
<p><b>今回のサポートはいかがでしたか？</b><br>
<a href="https://survey.aws-tc-support.amazon.com/ja/{rhex(20)}?r=5">とても満足</a> ｜
<a href="https://survey.aws-tc-support.amazon.com/ja/{rhex(20)}?r=3">普通</a> ｜
<a href="https://survey.aws-tc-support.amazon.com/ja/{rhex(20)}?r=1">不満</a></p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
"""
emit(N(), "tc-case-closed-sato", alt(part(txt, cte="qp"), part(html, subtype="html", cte="qp")),
     kind="merge_completed", lang="ja", case_id=C_MISAKI, ids=["AWS04870093", "AWS03106658", "AWS02210467"],
     verified=True, rcpt=MISAKI[1], dt=dt, s=s, provider="yahoojp",
     subject=f"[CASE {C_MISAKI}] お問い合わせはクローズされました")

# --- phishing: "merge completed, sign in to activate" from look-alike (to Kenta)
dt = U(2025, 12, 5, 11, 2, 45)
s = generic_sender("AWS トレーニングと認定", "support@aws-training-jp.com", "smtp1.aws-training-jp.com",
                   "45.147.230.88", "aws-training-jp.com", dmarc="pass", pol=("NONE", "NONE"))
html = """<html><body style="font-family:sans-serif">
<p>お客様</p>
<p>お客様の AWS 認定アカウントの統合が完了しました。</p>
<p>統合後の新しいアカウントを有効化するため、24 時間以内に以下のリンクからサインインし、登録情報を再確認してください。有効化されない場合、認定資格の表示が停止されることがあります。</p>
<p><a href="https://aws-training-jp.com/certification/activate?session=b81f0c">アカウントを有効化する</a></p>
<p>AWS トレーニングと認定</p>
</body></html>
"""
emit(N(), "aws-training-jp-notice", part(html, subtype="html", cte="b64"), kind="merge_completed", lang="ja",
     case_id=None, ids=[], verified=False, rcpt=KENTA[1], dt=dt, s=s, provider="gmail",
     subject="AWS 認定アカウント統合完了のお知らせ（要対応）", from_cs="utf-8")

# --- Aisha: console completion, lower-case ids echoed
dt = U(2026, 2, 12, 22, 6, 9)
s = ses_sender(AWSN, CONSOLE, dt)
body = """Hello Aisha,

Thank you for confirming in your last correspondence.

I'm happy to report that aws05087736 and AWS03920481 are now a single account: everything from aws05087736 has been consolidated into AWS03920481, and aws05087736 is no longer active. Please allow up to 48 hours for your Credly badges to reflect the change.

""" + CONSOLE_FOOTER_EN.format(agent="Kevin", cid=C_AISHA)
emit(N(), "console-case-reply-rahman", part(body, cte="qp"), kind="merge_completed", lang="en", case_id=C_AISHA,
     ids=["AWS05087736", "AWS03920481"], verified=True, rcpt=AISHA[1], dt=dt, s=s, provider="ms",
     subject=f"RE:[CASE {C_AISHA}] Merge duplicate AWS Certification accounts")

# ================================================================ surveys
# --- Lukas: How did we do?
dt = U(2025, 6, 16, 10, 0, 14)
s = ses_sender("AWS Training and Certification", "aws-tc-feedback@amazon.com", dt)
txt = f"""Hi Lukas,

Your recent case with AWS Training and Certification Support (case {C_LUKAS}) has been closed.

How did we do? We'd appreciate a minute of your time to tell us about your experience.

How satisfied were you with the support you received?
1 - Very dissatisfied: https://pulse.aws/survey/{rhex(16)}?score=1
2: https://pulse.aws/survey/{rhex(16)}?score=2
3: https://pulse.aws/survey/{rhex(16)}?score=3
4: https://pulse.aws/survey/{rhex(16)}?score=4
5 - Very satisfied: https://pulse.aws/survey/{rhex(16)}?score=5

Thank you,
AWS Training and Certification
"""
emit(N(), "tc-feedback-becker", part(txt, cte="7bit", charset="us-ascii"), kind="survey", lang="en",
     case_id=C_LUKAS, ids=[], verified=True, rcpt=LUKAS[1], dt=dt, s=s, provider="gmail",
     subject="How did we do? Tell us about your recent support experience")

# --- Yuko: Japanese closure + survey, no merge statement
dt = U(2026, 1, 28, 7, 0, 31)
s = ses_sender(AWSN, CONSOLE, dt)
body = f"""お客様

AWS サポートケース {C_YUKO}（件名: 認定アカウントの統合について（3 アカウント））はクローズされました。

このケースに関してさらにサポートが必要な場合は、AWS サポートセンターからケースを再開できます:
https://console.aws.amazon.com/support/home#/case/?displayId={C_YUKO}&language=ja

今回のサポートについて、簡単なアンケートにご協力ください（所要時間 1 分）:
https://pulse.aws/survey/{rhex(16)}?lang=ja

※このメールは送信専用のアドレスから送信されています。

Amazon Web Services
"""
emit(N(), "console-case-closed-kobayashi", part(body, cte="b64"), kind="survey", lang="ja", case_id=C_YUKO,
     ids=[], verified=True, rcpt=YUKO[1], dt=dt, s=s, provider="sakura",
     subject=f"AWS サポートケース {C_YUKO} はクローズされました")

# --- Olivia: closure naming accounts + direction, explicitly not done
dt = U(2025, 9, 4, 20, 0, 7)
s = ses_sender(AWSN, FORM, dt)
body = f"""Hello Olivia,

We haven't heard back from you about your request to merge AWS02047716 into AWS04733052, so we are closing this case for now. No changes have been made to either account.

If you would like to pick this up again, you can reopen the case by replying to this email within 14 days, or submit a new request through the contact form.

How did we do? Please take a moment to rate your experience:
https://pulse.aws/survey/{rhex(16)}

Best regards,
AWS Training and Certification
"""
emit(N(), "tc-case-closed-brown", part(body, cte="qp"), kind="survey", lang="en", case_id=C_OLIVIA,
     ids=["AWS02047716", "AWS04733052"], verified=True, rcpt=OLIVIA[1], dt=dt, s=s, provider="gmail",
     subject=f"RE:[CASE {C_OLIVIA}] {FORM_SUBJ} - case closed")

# --- Kenta: closure (request withdrawn), names accounts, HTML only
dt = U(2025, 12, 10, 3, 0, 52)
s = ses_sender(AWSN, FORM, dt)
html = f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>山田 健太 様</p>
<p>AWS 02566810 と AWS04195537 の統合に関するお問い合わせ（ケース ID: {C_KENTA}）につきまして、お客様よりご依頼の取り下げのご連絡をいただきましたため、本ケースをクローズいたしました。</p>
<p>今回の対応について、アンケートにご協力いただけますと幸いです。</p>
<p><a href="https://pulse.aws/survey/{rhex(16)}?lang=ja">アンケートに回答する</a></p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
"""
emit(N(), "tc-case-closed-yamada", part(html, subtype="html", cte="b64"), kind="survey", lang="ja",
     case_id=C_KENTA, ids=["AWS02566810", "AWS04195537"], verified=True, rcpt=KENTA[1], dt=dt, s=s,
     provider="gmail", subject=f"[CASE {C_KENTA}] お問い合わせクローズのお知らせ")

# --- Mori: survey, HTML only
dt = U(2026, 3, 6, 1, 15, 3)
s = ses_sender("AWS トレーニングと認定", "aws-tc-feedback@amazon.com", dt)
html = f"""<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif">
<div style="max-width:560px;margin:auto">
<h3 style="color:#232f3e">サポートへのご意見をお聞かせください</h3>
<p>森 由紀 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポート（ケース {C_MORI}）をご利用いただき、ありがとうございました。</p>
<p>担当者の対応はいかがでしたか？ 星の数を選択してください。</p>
<p style="font-size:26px">
<a href="https://pulse.aws/survey/{rhex(16)}?s=1" style="text-decoration:none">&#9733;</a>
<a href="https://pulse.aws/survey/{rhex(16)}?s=2" style="text-decoration:none">&#9733;</a>
<a href="https://pulse.aws/survey/{rhex(16)}?s=3" style="text-decoration:none">&#9733;</a>
<a href="https://pulse.aws/survey/{rhex(16)}?s=4" style="text-decoration:none">&#9733;</a>
<a href="https://pulse.aws/survey/{rhex(16)}?s=5" style="text-decoration:none">&#9733;</a></p>
<p style="font-size:12px;color:#687078">このメールは送信専用アドレスから送信されています。</p>
</div></body></html>
"""
emit(N(), "tc-feedback-mori", part(html, subtype="html", cte="qp"), kind="survey", lang="ja", case_id=C_MORI,
     ids=[], verified=True, rcpt=MORI[1], dt=dt, s=s, provider="gmail",
     subject="【AWS トレーニングと認定】サポートに関するアンケートのお願い")

# ================================================================ case created
# --- Emily: form acknowledgement echoing the submitted form
dt = U(2025, 3, 10, 14, 22, 41)
s = ses_sender(AWSN, FORM, dt)
body = f"""Hello,

Thank you for contacting AWS Training and Certification. Your request has been logged under case {C_EMILY}, and a member of our team will get back to you, in most cases within 24 hours.

Please do not open a new case for the same request. If you need to add information, simply reply to this email.

A copy of your submission:

Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
Name: Emily Carter
Email: emily.carter@outlook.com
AWS candidate ID: AWS04418237
Description: I have two certification accounts. Please merge AWS02975516 (old work email e.carter@northwindlabs.com) into AWS04418237 and keep AWS04418237.

Regards,
AWS Training and Certification
"""
emit(N(), "tc-form-receipt-carter", part(body, cte="qp"), kind="case_created", lang="en", case_id=C_EMILY,
     ids=["AWS04418237", "AWS02975516"], verified=True, rcpt=EMILY[1], dt=dt, s=s, provider="ms",
     subject=f"[CASE {C_EMILY}] {FORM_SUBJ}")

# --- Yuko: console case opened, Japanese
dt = U(2026, 1, 13, 4, 55, 40)
s = ses_sender(AWSN, CONSOLE, dt)
body = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {C_YUKO} を作成しました。

ケース ID: {C_YUKO}
件名: 認定アカウントの統合について（3 アカウント）
重要度: 一般的な質問

ケースの詳細の確認や返信は、AWS サポートセンターから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId={C_YUKO}&language=ja

※このメールは送信専用のアドレスから送信されています。

Amazon Web Services
"""
emit(N(), "console-case-opened-kobayashi", part(body, cte="qp"), kind="case_created", lang="ja",
     case_id=C_YUKO, ids=[], verified=True, rcpt=YUKO[1], dt=dt, s=s, provider="sakura",
     subject=f"Amazon Web Services: 新しいサポートケースを作成しました: {C_YUKO}")

# --- Aisha: console case opened, correspondence echoed
dt = U(2026, 2, 9, 15, 31, 10)
s = ses_sender(AWSN, CONSOLE, dt)
body = f"""Thank you for contacting Amazon Web Services. We have opened case {C_AISHA} to address your issue.

The details of your case are as follows:

Case ID: {C_AISHA}
Subject: Merge duplicate AWS Certification accounts
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts: AWS03920481 (current, aisha.rahman@contoso-analytics.com) and AWS05087736 (old, aisha.r@outlook.com). Please merge AWS05087736 into AWS03920481 so all of my certifications are in one place. Thank you, Aisha

To see the case or reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_AISHA}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
emit(N(), "console-case-opened-rahman", part(body, cte="qp"), kind="case_created", lang="en", case_id=C_AISHA,
     ids=["AWS03920481", "AWS05087736"], verified=True, rcpt=AISHA[1], dt=dt, s=s, provider="ms",
     subject=f"Amazon Web Services: You have opened a new Support case: {C_AISHA}")

# --- Kenji: Japanese form acknowledgement, ISO-2022-JP, ids with a space
dt = U(2025, 5, 27, 13, 41, 52)
s = ses_sender(AWSN, FORM, dt)
body = f"""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付けました（ケース番号: {C_KENJI}）。
原則として 24 時間以内に担当者よりご連絡いたします。
同じ内容で新たにお問い合わせいただく必要はございません。追加の情報がある場合は、本メールにご返信ください。

送信内容:
お問い合わせの種類: AWS Training and Certification
カテゴリ: Certification
詳細: Account Merge
お名前: 渡辺 健二
メールアドレス: kenji.watanabe.0712@gmail.com
AWS 受験者 ID: AWS 01983360
内容: 転職前の会社のメールアドレスで作成したアカウント（AWS 03517742）があります。AWS 01983360 に統合をお願いします。

AWS トレーニングと認定
"""
emit(N(), "tc-form-receipt-watanabe", part(body, charset="iso-2022-jp"), kind="case_created", lang="ja",
     case_id=C_KENJI, ids=["AWS01983360", "AWS03517742"], verified=True, rcpt=KENJI[1], dt=dt, s=s,
     provider="gmail", subject=f"[CASE {C_KENJI}] {FORM_SUBJ}")

# ================================================================ Credly
def credly_html(greet, lead, badge, button, foot):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table width="100%"><tr><td align="center"><table width="560" style="background:#fff;padding:32px">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td><p style="font-size:18px">{greet}</p><p>{lead}</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/{uuid.UUID(int=rnd.getrandbits(128))}/image.png" width="160" alt=""><br><b>{badge}</b></p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/{uuid.UUID(int=rnd.getrandbits(128))}" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">{button}</a></p>
<p style="font-size:12px;color:#777">{foot}</p></td></tr></table></td></tr></table></body></html>
"""

# --- Raj: badge issued after merge
dt = U(2025, 7, 20, 3, 15, 27)
s = credly_sender("Amazon Web Services Training and Certification via Credly", dt, RAJ[1])
txt = """Congratulations, Raj!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer – Associate.

Accept your badge to start sharing it on LinkedIn and with your network:
https://www.credly.com/earner/earned/badge/""" + str(uuid.UUID(int=rnd.getrandbits(128))) + """

Credly, Inc. · 3 Times Square, New York, NY 10036
"""
html = credly_html("Congratulations, Raj!", "Amazon Web Services Training and Certification has issued you a new badge.",
                   "AWS Certified Developer – Associate", "Accept your badge",
                   "You received this email because a badge was issued to raj@patel-cloud.dev. Credly, Inc. &middot; 3 Times Square, New York, NY 10036")
emit(N(), "credly-patel", alt(part(txt, cte="qp"), part(html, subtype="html", cte="qp")), kind="credly_badge_issued",
     lang="en", case_id=None, ids=[], verified=True, rcpt=RAJ[1], dt=dt, s=s, provider="gmail",
     subject="Raj, you've earned a badge from Amazon Web Services Training and Certification")

# --- Kenji: Japanese Credly badge
dt = U(2025, 5, 31, 2, 10, 44)
s = credly_sender("Amazon Web Services Training and Certification（Credly 経由）", dt, KENJI[1])
txt = """健二 様

おめでとうございます。Amazon Web Services Training and Certification から新しいバッジが発行されました: AWS Certified Solutions Architect – Associate

バッジを受け取って、LinkedIn などで共有しましょう:
https://www.credly.com/earner/earned/badge/""" + str(uuid.UUID(int=rnd.getrandbits(128))) + """

Credly, Inc.
"""
html = credly_html("健二 様、おめでとうございます。", "Amazon Web Services Training and Certification から新しいバッジが発行されました。",
                   "AWS Certified Solutions Architect – Associate", "バッジを受け取る",
                   "このメールは kenji.watanabe.0712@gmail.com 宛てにバッジが発行されたためお送りしています。Credly, Inc.")
emit(N(), "credly-watanabe", alt(part(txt, cte="b64"), part(html, subtype="html", cte="b64")),
     kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True, rcpt=KENJI[1], dt=dt, s=s,
     provider="gmail", subject="新しいバッジが発行されました: AWS Certified Solutions Architect – Associate")

# --- Maria: badges moved after merge
dt = U(2025, 4, 29, 9, 5, 36)
s = credly_sender("Credly", dt, MARIA[1])
txt = """Hi Maria,

Good news: the following badges issued by Amazon Web Services Training and Certification have been moved to your Credly account (maria.gonzalez@fastmail.com) and are ready for you to accept:

- AWS Certified Data Engineer – Associate
- AWS Certified Cloud Practitioner

Accept your badges: https://www.credly.com/earner/earned

The Credly Team
"""
html = credly_html("Hi Maria,", "The following badges issued by Amazon Web Services Training and Certification have been moved to your Credly account and are ready for you to accept: AWS Certified Data Engineer &ndash; Associate, AWS Certified Cloud Practitioner.",
                   "2 badges ready to accept", "Accept your badges",
                   "Sent to maria.gonzalez@fastmail.com. Credly, Inc. &middot; 3 Times Square, New York, NY 10036")
emit(N(), "credly-gonzalez", alt(part(txt, cte="qp"), part(html, subtype="html", cte="qp")), kind="credly_badge_issued",
     lang="en", case_id=None, ids=[], verified=True, rcpt=MARIA[1], dt=dt, s=s, provider="fastmail",
     subject="Your badges have been moved to your Credly account")

# ================================================================ unrelated
# --- GitHub "merged" notification
dt = U(2025, 6, 18, 14, 3, 11)
s = generic_sender("Jonas Weber", "notifications@github.com", "out-21.smtp.github.com", "192.30.252.204",
                   "github.com", dmarc="pass", pol=("REJECT", "REJECT"), mailfrom="noreply@github.com")
s["msgid"] = "<nordhafen-cloud/infra-terraform/pull/482/issue_event/17728301944@github.com>"
body = """Merged #482 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/nordhafen-cloud/infra-terraform/pull/482#event-17728301944
You are receiving this because you were mentioned.
"""
emit(N(), "github-infra-terraform", part(body, cte="qp"), kind="unrelated", lang="en", case_id=None, ids=[],
     verified=False, rcpt=LUKAS[1], dt=dt, s=s, provider="gmail",
     subject="Re: [nordhafen-cloud/infra-terraform] Merge account modules into shared org baseline (PR #482)",
     extra=[("Reply-To", "nordhafen-cloud/infra-terraform <reply+AAQ7X2JK4MFRDVCP5QNWGUOGLLWQBEVBNHHLEXAMPLE@reply.github.com>"),
            ("In-Reply-To", "<nordhafen-cloud/infra-terraform/pull/482@github.com>"),
            ("References", "<nordhafen-cloud/infra-terraform/pull/482@github.com>"),
            ("List-ID", "nordhafen-cloud/infra-terraform <infra-terraform.nordhafen-cloud.github.com>"),
            ("X-GitHub-Reason", "mention")])

# --- Credly's own account-merge code
dt = U(2025, 7, 22, 16, 44, 2)
s = credly_sender("Credly", dt, RAJ[1])
txt = """Hi Raj,

We received a request to merge another Credly account into the account registered to raj@patel-cloud.dev.

Your verification code is: 482913

Enter this code on the merge page, then click "Complete Account Merge". The code expires in 30 minutes.

If you didn't request this, you can ignore this email.

The Credly Team
"""
emit(N(), "credly-merge-code-patel", part(txt, cte="7bit", charset="us-ascii"), kind="unrelated", lang="en",
     case_id=None, ids=[], verified=True, rcpt=RAJ[1], dt=dt, s=s, provider="gmail",
     subject="Your Credly account merge verification code")

# --- Credly expiry reminder
dt = U(2026, 5, 1, 15, 0, 9)
s = credly_sender("Credly", dt, SARAH[1])
txt = """Hi Sarah,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, expires in 90 days (July 30, 2026).

To keep your credential current, check the recertification options offered by the issuer.

View your badge: https://www.credly.com/earner/earned

The Credly Team
"""
emit(N(), "credly-expiry-mitchell", part(txt, cte="7bit", charset="us-ascii"), kind="unrelated", lang="en",
     case_id=None, ids=[], verified=True, rcpt=SARAH[1], dt=dt, s=s, provider="yahoo",
     subject="Your AWS Certified Cloud Practitioner badge expires in 90 days")

# --- Tanaka forwards the confirmation request to his colleague (internal, dmarc=none)
dt = U(2025, 11, 21, 3, 12, 58)
note = """伊藤さん

お疲れさまです。田中です。
先日話した AWS 認定アカウントの統合の件、サポートから下記の確認が来ました。
会社アドレスの AWS01457720 を残す形で返信しようと思っていますが、伊藤さんのときも同じ流れでしたか？
問題なさそうなら、このまま承諾の返信をします。

田中

"""
body = note + q_outlook_ja(datetime(2025, 11, 21, 9, 30, tzinfo=JST), f"Amazon Web Services <{FORM}>",
                           "田中 大輔 <d-tanaka@kumo-systems.co.jp>", f"RE:[CASE {C_TANAKA}] {FORM_SUBJ}") + "\n" + TANAKA_REQ2
mbx = f"TYWPR01MB{rnd.randint(1000, 9999)}.jpnprd01.prod.outlook.com"
sint = dict(hfrom="kumo-systems.co.jp")
hdrs = [("Received", f"from {mbx} (::1) by {mbx} with HTTPS; {rfc(dt + timedelta(seconds=1))}"),
        ("Received", f"from {mbx} ({rhex(4)}:{rhex(4)}::{rhex(2)}) by\n {mbx} ({rhex(4)}:{rhex(4)}::{rhex(2)}) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9343.12; {rfc(dt)}"),
        ("Authentication-Results", ms_ar(sint, internal=True)),
        ("From", addr(TANAKA[0], TANAKA[1], "iso-2022-jp")), ("To", addr(ITO[0], ITO[1], "iso-2022-jp")),
        ("Subject", subj(f"FW: RE:[CASE {C_TANAKA}] {FORM_SUBJ}")),
        ("Thread-Topic", subj(f"RE:[CASE {C_TANAKA}] {FORM_SUBJ}")),
        ("Thread-Index", rb64(32) + "=="), ("Date", rfc(dt.astimezone(JST))),
        ("Message-ID", f"<{mbx.split('.')[0]}{rhex(10).upper()}@{mbx}>"),
        ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
        ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Exchange-Organization-AuthSource", mbx)]
emit_plain(N(), "fw-tanaka-to-ito", hdrs, part(body, cte="b64"), kind="unrelated", lang="ja", case_id=C_TANAKA,
           ids=["AWS01457720"], verified=False)

# --- AWS billing case: consolidated billing look-alike
dt = U(2026, 3, 3, 19, 27, 50)
s = ses_sender(AWSN, CONSOLE, dt)
body = """Hello Aisha,

Thank you for contacting AWS Billing and Accounts.

I understand you would like to consolidate the billing of account 418275930612 under your management account 730194286651. Before we take any action, please confirm that you are authorized to act on behalf of both accounts and that you would like 418275930612 to join your organization.

Once you confirm by replying to this case in the Support Center, we will send an invitation from AWS Organizations that must be accepted from 418275930612. Please note that existing Savings Plans and Reserved Instances on 418275930612 will be shared across the organization after it joins.

""" + CONSOLE_FOOTER_EN.format(agent="Ravi", cid=C_AISHA_BILL)
emit(N(), "console-case-reply-billing-rahman", part(body, cte="qp"), kind="unrelated", lang="en",
     case_id=C_AISHA_BILL, ids=[], verified=True, rcpt=AISHA[1], dt=dt, s=s, provider="ms",
     subject=f"RE:[CASE {C_AISHA_BILL}] Consolidate billing for linked account")

# --- Pearson VUE appointment (contains the candidate id)
dt = U(2025, 10, 20, 9, 31, 4)
s = generic_sender("Pearson VUE", "pearsonvuecustomerservice@pearson.com", "mta-04.pearsonvue.com",
                   "159.182.12.41", "pearson.com", dmarc="pass", pol=("REJECT", "REJECT"))
body = """中村 翔 様

Pearson VUE にて下記の試験のご予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2025年11月15日（土）10:00 JST
受験方法: OnVUE（オンライン監督付き試験）
登録 ID: 482915736
AWS 受験者 ID: AWS04012389

試験当日は、開始時刻の 30 分前からチェックインが可能です。身分証明書をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前まで AWS 認定アカウントから行えます。

Pearson VUE
"""
emit(N(), "pearsonvue-nakamura", part(body, cte="qp"), kind="unrelated", lang="ja", case_id=None,
     ids=["AWS04012389"], verified=False, rcpt=SHO[1], dt=dt, s=s, provider="nifty",
     subject="Pearson VUE 試験予約確認: AWS Certified Solutions Architect - Professional")

# --- Tanaka's own confirmation reply (Sent Items copy, no Authentication-Results)
dt = U(2025, 11, 21, 6, 45, 12)
body = ("""鈴木様

お世話になっております。田中です。
ご確認ありがとうございます。

AWS01457720 を残し、AWS02689014 を統合する内容で承諾します。
統合作業を進めてください。

よろしくお願いいたします。

田中 大輔
株式会社クモシステムズ 開発部

""" + q_outlook_ja(datetime(2025, 11, 21, 9, 30, tzinfo=JST), f"Amazon Web Services <{FORM}>",
                   "田中 大輔 <d-tanaka@kumo-systems.co.jp>", f"RE:[CASE {C_TANAKA}] {FORM_SUBJ}") + "\n" + TANAKA_REQ2)
mid_aws = TANAKA_REQ2_MID
hdrs = [("From", addr(TANAKA[0], TANAKA[1], "iso-2022-jp")), ("To", addr(AWSN, FORM)),
        ("Subject", f"RE: RE:[CASE {C_TANAKA}] {FORM_SUBJ}"),
        ("Thread-Topic", f"RE:[CASE {C_TANAKA}] {FORM_SUBJ}"),
        ("Thread-Index", rb64(40) + "=="), ("Date", rfc(dt.astimezone(JST))),
        ("Message-ID", f"<TYWPR01MB{rnd.randint(1000, 9999)}{rhex(12).upper()}@TYWPR01MB{rnd.randint(1000, 9999)}.jpnprd01.prod.outlook.com>"),
        ("References", mid_aws), ("In-Reply-To", mid_aws),
        ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")]
emit_plain(N(), "re-tanaka-to-aws", hdrs, part(body, charset="iso-2022-jp"), kind="unrelated", lang="ja",
           case_id=C_TANAKA, ids=["AWS01457720", "AWS02689014"], verified=None)

# ================================================================ write out
assert len(FILES) == 60, len(FILES)
for old in os.listdir(OUT):
    if old.endswith(".eml"):
        os.remove(os.path.join(OUT, old))
for name, data in FILES.items():
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2)
print("wrote", len(FILES))
