#!/usr/bin/env python3
"""Generate blind set 64: e-mails around the edges of an AWS Certification account merge."""
import base64, hashlib, io, json, os, quopri, re, random
import datetime as dt
from zoneinfo import ZoneInfo
from email.message import Message
from email.generator import BytesGenerator
from email import policy
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
rnd = random.Random(64064)

# ---------------------------------------------------------------- helpers

def T(y, mo, d, h, mi, s, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)

def cid15(when, suf):
    return f"{int(when.timestamp())}{suf:05d}"

def h(seed, n=20):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def b64(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha512(f"{seed}/{i}".encode()).digest()
        i += 1
    return base64.b64encode(out).decode()[:n]

def rfc(when):
    return format_datetime(when)

def ptime(when):
    w = when.astimezone(PT)
    return w.strftime("%a, %d %b %Y %H:%M:%S %z (%Z)").replace(" 0", " ", 1) if False else w.strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")

def later(when, secs):
    return when + dt.timedelta(seconds=secs)

def ew(text, charset="UTF-8", n=14, codec=None):
    """encoded-words, one per n characters, folded over lines"""
    codec = codec or charset
    words = []
    for i in range(0, len(text), n):
        chunk = text[i:i + n]
        words.append(f"=?{charset}?B?{base64.b64encode(chunk.encode(codec)).decode()}?=")
    return "\n ".join(words)

def ewq(text, charset="UTF-8"):
    raw = text.encode(charset)
    out = ""
    for b in raw:
        c = chr(b)
        if c == " ":
            out += "_"
        elif b < 128 and (c.isalnum() or c in "-!*+/"):
            out += c
        else:
            out += "=%02X" % b
    return f"=?{charset}?Q?{out}?="

def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, label=None):
    raw = text.encode(codec or charset)
    p = Message()
    p["Content-Type"] = f'text/{subtype}; charset="{label or charset}"'
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        pl = base64.encodebytes(raw).decode()
    elif cte == "quoted-printable":
        pl = quopri.encodestring(raw).decode()
    else:
        pl = raw.decode("ascii", "surrogateescape")
    p.set_payload(pl)
    return p

def alt(parts, boundary, kind="alternative"):
    r = Message()
    r["Content-Type"] = f'multipart/{kind};\n\tboundary="{boundary}"'
    for p in parts:
        r.attach(p)
    return r

def dkim(d, s, when, hdrs="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", seed=""):
    t = int(when.timestamp())
    return (f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={s}; d={d}; t={t};\n"
            f"\th={hdrs};\n"
            f"\tbh={b64(seed + d + 'bh', 43)}=;\n"
            f"\tb={b64(seed + d + 'b', 76)}\n"
            f"\t{b64(seed + d + 'b2', 76)}\n"
            f"\t{b64(seed + d + 'b3', 76)}\n"
            f"\t{b64(seed + d + 'b4', 40)}=")

SES_IPS = [("a8-31.smtp-out.amazonses.com", "54.240.8.31"), ("a9-12.smtp-out.amazonses.com", "54.240.9.12"),
           ("a48-108.smtp-out.amazonses.com", "54.240.48.108"), ("a8-74.smtp-out.amazonses.com", "54.240.8.74"),
           ("a27-55.smtp-out.us-west-2.amazonses.com", "54.240.27.55")]

def ses(when, seed, from_dom="amazon.com", sel="szqgv33erturdv5cvz4vtb5qcbcqm3gr"):
    ms = int(when.timestamp() * 1000)
    u = h(seed, 32)
    uid = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    core = f"01000{ms:011x}-{uid}-000000"
    host, ip = SES_IPS[int(h(seed, 4), 16) % len(SES_IPS)]
    sender_hdrs = [dkim(from_dom, sel, when, seed=seed),
                   dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", when,
                        hdrs="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID", seed=seed)]
    extra = [f"Feedback-ID: ::1.us-east-1.{b64(seed + 'fb', 43)}=:AmazonSES",
             f"X-SES-Outgoing: {when.strftime('%Y.%m.%d')}-{ip}"]
    return dict(mailfrom=f"{core}@amazonses.com", msgid=f"<{core}@email.amazonses.com>", host=host, ip=ip,
                sender_hdrs=sender_hdrs, extra=extra, mailfrom_dom="amazonses.com")

# --- receiving-side header blocks (topmost first) ------------------------------

def gmail_top(to, when, tr, from_dom, dkim_doms, spf="pass", dmarc="pass", p="QUARANTINE", dis="NONE", seed=""):
    r1 = later(when, rnd.randint(1, 4))
    gid = f"{h(seed + 'g1', 4)}:{h(seed + 'g2', 4)}:{h(seed + 'g3', 4)}"
    lines = [f"Delivered-To: {to}",
             f"Received: by 2002:a05:7208:{gid} with SMTP id {h(seed+'sid',3)}csp{rnd.randint(100000,9999999)}rbd;\n        {ptime(r1)}",
             f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'xg', 70)}",
             f"X-Received: by 2002:a05:6214:{h(seed+'x1',4)}:b0:{h(seed+'x2',3)}:{h(seed+'x3',4)} with SMTP id {h(seed+'x4',12)}mr{rnd.randint(1000000,99999999)}qvb.{rnd.randint(1,40)};\n        {ptime(r1)}"]
    ar_items = []
    for d, s in dkim_doms:
        ar_items.append(f"dkim=pass header.i=@{d} header.s={s} header.b={b64(seed + d, 8)}")
    if spf == "pass":
        ar_items.append(f"spf=pass (google.com: domain of {tr['mailfrom']} designates {tr['ip']} as permitted sender) smtp.mailfrom={tr['mailfrom']}")
    else:
        ar_items.append(f"spf={spf} (google.com: domain of {tr['mailfrom']} does not designate {tr['ip']} as permitted sender) smtp.mailfrom={tr['mailfrom']}")
    if dmarc == "pass":
        ar_items.append(f"dmarc=pass (p={p} sp={p} dis=NONE) header.from={from_dom}")
    elif dmarc == "fail":
        ar_items.append(f"dmarc=fail (p={p} sp={p} dis={dis}) header.from={from_dom}")
    else:
        ar_items.append(f"dmarc={dmarc} (p=NONE sp=NONE dis=NONE) header.from={from_dom}")
    ar_body = ";\n       ".join(ar_items)
    lines += [f"ARC-Seal: i=1; a=rsa-sha256; t={int(r1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(seed + 'arcs', 70)}\n         {b64(seed + 'arcs2', 60)}==",
              f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64(seed + 'arcbh', 43)}=;\n        fh=;\n        b={b64(seed + 'arcb', 70)}\n         {b64(seed + 'arcb2', 40)}==;\n        dara=google.com",
              f"ARC-Authentication-Results: i=1; mx.google.com;\n       {ar_body}",
              f"Return-Path: <{tr['mailfrom']}>",
              f"Received: from {tr['host']} ({tr['host']}. [{tr['ip']}])\n        by mx.google.com with ESMTPS id 6a1803df08f44-{h(seed+'esm',12)}si{rnd.randint(1000000,9999999)}.{rnd.randint(100,999)}.{when.strftime('%Y.%m.%d')}.{when.strftime('%H.%M.%S').lstrip('0') or '0'}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {ptime(r1)}",
              (f"Received-SPF: pass (google.com: domain of {tr['mailfrom']} designates {tr['ip']} as permitted sender) client-ip={tr['ip']};" if spf == "pass" else
               f"Received-SPF: {spf} (google.com: domain of {tr['mailfrom']} does not designate {tr['ip']} as permitted sender) client-ip={tr['ip']};"),
              f"Authentication-Results: mx.google.com;\n       {ar_body}"]
    return lines

O365_HOSTS = ["SA1PR04MB8456.namprd04.prod.outlook.com", "PH0PR04MB7301.namprd04.prod.outlook.com",
              "BN9PR03CA0712.namprd03.prod.outlook.com", "BN2PEPF000044A9.namprd04.prod.outlook.com"]

def o365_top(to, when, tr, from_dom, dkim_d, spf="pass", dkim_res="pass", dmarc="pass", action="none",
             compauth="pass", reason="100", seed="", region="namprd04", consumer=False):
    r = later(when, rnd.randint(1, 3))
    if consumer:
        a, b, c = ("PH7P220MB1056.NAMP220.PROD.OUTLOOK.COM", "SN7P220CA0011.NAMP220.PROD.OUTLOOK.COM",
                   "SN1PEPF0002636B.namprd02.prod.outlook.com")
    else:
        up = region.upper()
        a, b, c = (f"SA1PR04MB{rnd.randint(1000,9999)}.{region}.prod.outlook.com",
                   f"BN9PR03CA0{rnd.randint(100,999)}.namprd03.prod.outlook.com",
                   f"BN2PEPF0000{rnd.randint(1000,9999)}A9.{region}.prod.outlook.com")
    t = r.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    spf_txt = f"spf={spf} (sender IP is {tr['ip']}) smtp.mailfrom={tr['mailfrom_dom']}"
    if dkim_d:
        dk_txt = f"dkim={dkim_res} (signature was verified) header.d={dkim_d}" if dkim_res == "pass" else f"dkim={dkim_res} header.d={dkim_d}"
    else:
        dk_txt = "dkim=none (message not signed) header.d=none"
    ar = f"Authentication-Results: {spf_txt}; {dk_txt};dmarc={dmarc} action={action} header.from={from_dom};compauth={compauth} reason={reason}"
    if spf == "pass":
        rspf = (f"Received-SPF: Pass (protection.outlook.com: domain of {tr['mailfrom_dom']} designates\n {tr['ip']} as permitted sender) receiver=protection.outlook.com;\n"
                f" client-ip={tr['ip']}; helo={tr['host']}; pr=C")
    else:
        rspf = (f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {tr['mailfrom_dom']} does not\n designate {tr['ip']} as permitted sender)\n"
                f" receiver=protection.outlook.com; client-ip={tr['ip']}; helo={tr['host']};")
    return [f"Received: from {b} (2603:10b6:408:ef::27) by\n {a} (2603:10b6:806:2e::9) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8722.20; {t}",
            f"Received: from {c} (2603:10b6:408:ef:cafe::4f) by\n {b} (2603:10b6:408:ef::27) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.21 via\n Frontend Transport; {t}",
            ar,
            rspf,
            f"Received: from {tr['host']} ({tr['ip']}) by\n {c} (10.167.243.150) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.8 via\n Frontend Transport; {t}",
            f"X-MS-Exchange-Organization-ExpirationStartTime: {r.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0\n (UTC)",
            f"X-MS-Exchange-Organization-Network-Message-Id:\n {h(seed+'nm',8)}-{h(seed+'nm2',4)}-{h(seed+'nm3',4)}-{h(seed+'nm4',4)}-{h(seed+'nm5',12)}",
            f"X-MS-Exchange-Organization-AuthSource:\n {c}",
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            f"X-MS-Exchange-Organization-SCL: {1 if dmarc == 'pass' else 5}"]

def yjp_top(to, when, tr, from_dom, dkim_d, spf="pass", dkim_res="pass", dmarc="pass", seed=""):
    r = later(when, rnd.randint(2, 6)).astimezone(JST)
    t = r.strftime("%a, %d %b %Y %H:%M:%S %z (JST)")
    mta = f"mta{rnd.randint(1000,9999)}.mail.kks.yahoo.co.jp"
    dk = f"dkim={dkim_res} header.d={dkim_d}" if dkim_d else "dkim=none"
    return [f"Received: from {mta} with HTTP; {t}",
            f"X-Apparently-To: {to}; {t}",
            f"Return-Path: <{tr['mailfrom']}>",
            f"Authentication-Results: {mta};\n spf={spf} smtp.mailfrom={tr['mailfrom_dom']};\n {dk};\n dmarc={dmarc} header.from={from_dom}",
            f"Received: from {tr['host']} (EHLO {tr['host']}) ({tr['ip']})\n by {mta} with SMTPS; {t}"]

def nifty_top(to, when, tr, from_dom, dkim_d, spf="pass", dkim_res="pass", dmarc="pass", seed=""):
    r = later(when, rnd.randint(2, 6)).astimezone(JST)
    t = r.strftime("%a, %d %b %Y %H:%M:%S %z")
    n = rnd.randint(1, 9)
    dk = f"dkim={dkim_res} header.d={dkim_d}" if dkim_d else "dkim=none"
    return [f"Return-Path: <{tr['mailfrom']}>",
            f"Delivered-To: {to}",
            f"Received: from mfilter{n}0{rnd.randint(1,9)}.nifty.com by mx0{n}.nifty.com with ESMTP\n id <{r.strftime('%Y%m%d%H%M%S')}.{h(seed+'nf',8).upper()}.mx0{n}.nifty.com>\n for <{to}>; {t}",
            f"Authentication-Results: mfilter{n}0{rnd.randint(1,9)}.nifty.com; spf={spf} smtp.mailfrom={tr['mailfrom_dom']};\n {dk}; dmarc={dmarc} header.from={from_dom}",
            f"Received: from {tr['host']} ([{tr['ip']}]) by mfilter{n}01.nifty.com\n with ESMTPS id 4d{h(seed+'nf2',8)}; {t}"]

def fastmail_top(to, when, tr, from_dom, dkim_doms, spf="pass", dmarc="pass", pol="quarantine", seed=""):
    r = later(when, rnd.randint(1, 4))
    t = r.astimezone(dt.timezone(dt.timedelta(hours=-4))).strftime("%a, %d %b %Y %H:%M:%S %z")
    mx = f"mx{rnd.randint(1,8)}.messagingengine.com"
    items = []
    if dkim_doms:
        for d, s in dkim_doms:
            items.append(f"dkim=pass (2048-bit rsa key sha256) header.d={d} header.i=@{d}\n      header.b={b64(seed + d, 8)} header.a=rsa-sha256 header.s={s} x-bits=2048")
    else:
        items.append("dkim=none (no signatures found)")
    if dmarc == "pass":
        items.append(f"dmarc=pass policy.published-domain-policy={pol}\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p={pol},d=none,d.eval=none) policy.policy-from=p header.from={from_dom}")
    else:
        items.append(f"dmarc={dmarc} (p=none,has-list-id=no,d=none) header.from={from_dom}")
    items.append(f"spf={spf} smtp.mailfrom={tr['mailfrom']}\n      smtp.helo={tr['host']}")
    ar = ";\n    ".join(items)
    return [f"Return-Path: <{tr['mailfrom']}>",
            f"Received: from compute{rnd.randint(1,6)}.internal (compute{rnd.randint(1,6)}.nyi.internal [10.202.2.4{rnd.randint(1,9)}])\n\t by sloti{rnd.randint(10,60)}n{rnd.randint(1,9)} (Cyrus 3.13.0-alpha0-{h(seed+'cy',6)}) with LMTPA;\n\t {t}",
            f"X-Cyrus-Session-Id: sloti{rnd.randint(10,60)}n{rnd.randint(1,9)}-{rnd.randint(1000000000,1999999999)}-{rnd.randint(1000000,9999999)}-2-{rnd.randint(10**18,10**19-1)}",
            "X-Sieve: CMU Sieve 3.0",
            f"X-Spam-score: {'0.0' if dmarc == 'pass' else '3.1'}",
            f"Authentication-Results: {mx};\n    {ar}",
            f"X-ME-Authenticated-Sender: none",
            f"Received: from {tr['host']} ({tr['host']} [{tr['ip']}])\n\tby {mx} (Postfix) with ESMTPS\n\tfor <{to}>; {t}"]

def postfix_top(to, when, tr, myhost, seed=""):
    r = later(when, rnd.randint(1, 5))
    t = r.astimezone(dt.timezone(dt.timedelta(hours=2))).strftime("%a, %d %b %Y %H:%M:%S %z (CEST)")
    return [f"Return-Path: <{tr['mailfrom']}>",
            f"X-Original-To: {to}",
            f"Delivered-To: {to}",
            f"Received: from {tr['host']} ({tr['host']} [{tr['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby {myhost} (Postfix) with ESMTPS id 4Z{h(seed+'pf',10).upper()}\n\tfor <{to}>; {t}"]

# ---------------------------------------------------------------- writer

ID_RE = re.compile(r"\baws[\s\-]?(\d{8})(?!\d)", re.I)
LABELS = {}

def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})

def write(n, slug, kind, lang, case_id, verified, top, msg_hdrs, body, new_text):
    name = f"{n:03d}-{slug}.eml"
    head = "\n".join(top + msg_hdrs + ["MIME-Version: 1.0"]) + "\n"
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, policy=policy.compat32.clone(linesep="\n", max_line_length=0)).flatten(body)
    data = head.encode("ascii") + bio.getvalue()
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    LABELS[name] = {"kind": kind, "case_id": case_id, "account_ids": ids_in(new_text),
                    "sender_verified": verified, "language": lang}

def std(date, frm, to, subject, msgid, irt=None, refs=None, extra=()):
    out = [f"Date: {rfc(date)}", f"From: {frm}", f"To: {to}", f"Subject: {subject}", f"Message-ID: {msgid}"]
    if irt:
        out.append(f"In-Reply-To: {irt}")
    if refs:
        out.append(f"References: {refs}")
    out += list(extra)
    return out

def html_doc(body_html, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{title}</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            + body_html + "\n</body></html>\n")

def paras(text):
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + block.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)

AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
AMZ = [("amazon.com", "szqgv33erturdv5cvz4vtb5qcbcqm3gr"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]

def sesb(seed):
    return f"----=_Part_{rnd.randint(1000000,9999999)}_{rnd.randint(100000000,999999999)}.{rnd.randint(1735000000000,1790000000000)}"

# ---------------------------------------------------------------- people & cases
SARAH = ("Sarah Lindqvist", "sarah.lindqvist@gmail.com")
PRIYA = ("Priya Raman", "priya.raman@northwind-analytics.com")
TAKESHI = ("山田 健", "t.yamada1987@yahoo.co.jp")
MISAKI = ("佐藤 美咲", "misaki-sato@nifty.com")
DANIEL = ("Daniel Okafor", "daniel.okafor@outlook.com")
HINA = ("中村 陽菜", "hina.nakamura.aws@gmail.com")
MARCO = ("Marco Bellini", "marco.bellini@bellini-consulting.it")
THOMAS = ("Thomas Ng", "thomas.ng@fastmail.com")
KENJI = ("Kenji Watanabe", "k.watanabe@hoshizora-sys.co.jp")
ELENA = ("Elena Petrova", "elena@petrova.dev")

def addr(p):
    name, a = p
    if all(ord(c) < 128 for c in name):
        return f"{name} <{a}>"
    return f"{ew(name, 'UTF-8', 20)} <{a}>"

def addr_jis(p):
    return f"{ew(p[0], 'ISO-2022-JP', 20)} <{p[1]}>"

OPEN = {
    "A": T(2025, 3, 11, 8, 51, 58), "B": T(2025, 6, 3, 14, 20, 41), "C": T(2025, 9, 17, 1, 5, 33),
    "D": T(2026, 1, 20, 23, 41, 9), "E0": T(2025, 10, 27, 19, 33, 12), "E": T(2025, 11, 4, 16, 2, 55),
    "G": T(2025, 12, 8, 2, 14, 27), "H": T(2025, 8, 19, 21, 47, 3), "J": T(2025, 7, 22, 3, 18, 44),
    "K": T(2025, 4, 15, 10, 27, 36), "L": T(2025, 8, 5, 17, 9, 20), "M": T(2025, 5, 12, 12, 55, 2),
}
SUF = {"A": 712, "B": 3841, "C": 588, "D": 17206, "E0": 1093, "E": 440, "G": 26077, "H": 9314,
       "J": 1561, "K": 802, "L": 4470, "M": 12938}
C = {k: cid15(v, SUF[k]) for k, v in OPEN.items()}
C["I"] = "12946305871"      # older 11-digit console case (EC2 quota)
C["SC"] = "6120573394"      # Seller Central

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# =============================================================== case_created
def m001():
    w = later(OPEN["A"], 42); tr = ses(w, "m001"); cid = C["A"]
    text = f"""Hello,

Thank you for contacting AWS Training and Certification.

Your request has been logged and assigned reference number {cid}. A member of our team will review it and get back to you, in principle within 24 hours.

To help us resolve your request as quickly as possible, please do not submit a new form for the same issue. If you need to add information, simply reply to this e-mail and keep the reference number in the subject line.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS 48213067
Additional information: I have two certification profiles because I took my first exam with my university address. The second one is aws30917758. Please combine them so everything is under one login.

Regards,
AWS Training and Certification Customer Support
"""
    top = gmail_top(SARAH[1], w, tr, "amazon.com", AMZ, seed="m001")
    hd = std(w, AWS_FORM, SARAH[1], f"[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(1, "form-request-logged", "case_created", "en", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, cte="quoted-printable"), text)

def m002():
    w = later(OPEN["B"], 19); tr = ses(w, "m002"); cid = C["B"]
    corr = ("I hold two certification accounts, AWS71450392 (company e-mail) and AWS06628415 (old personal "
            "e-mail). I would like to keep AWS71450392 and merge the other one into it.")
    text = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: Request to merge duplicate AWS Certification accounts
Severity: General guidance
Correspondence: {corr}

We will respond as soon as possible. You can view and respond to this case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update the case, use the link above.

Sincerely,
Amazon Web Services
"""
    html = html_doc(f"""<p>Dear Customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Case ID:</b></td><td>{cid}</td></tr>
<tr><td><b>Subject:</b></td><td>Request to merge duplicate AWS Certification accounts</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>{corr}</td></tr>
</table>
<p>We will respond as soon as possible. You can view and respond to this case in the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={cid}&amp;language=en">Support Center</a>.</p>
<p style="color:#545b64;font-size:12px">Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update the case, use the link above.</p>
<p>Sincerely,<br>Amazon Web Services</p>""", "AWS Support")
    body = alt([part(text, cte="base64"), part(html, "html", cte="base64")], sesb("m002"))
    top = o365_top(PRIYA[1], w, tr, "amazon.com", "amazon.com", seed="m002")
    hd = std(w, AWS_NOREPLY, PRIYA[1], f"Amazon Web Services: You have opened a new Support case: {cid}", tr["msgid"], extra=tr["extra"])
    write(2, "console-case-opened", "case_created", "en", cid, True, top, tr["sender_hdrs"] + hd, body, text + html)

def m003():
    w = later(OPEN["C"], 25); tr = ses(w, "m003"); cid = C["C"]
    text = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様のご質問に対応するため、新しいケース {cid} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {cid}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
内容: AWS認定のアカウントが2つあります（AWS55120934 と AWS88302176）。受験時に別のメールアドレスを使ってしまったためです。AWS55120934 の方に統合をお願いします。

担当者からできるだけ早くご連絡いたします。ケースの確認や返信はサポートセンターから行えます。
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

このメールアドレスは送信専用のため、返信いただいても対応できません。

Amazon Web Services
"""
    top = yjp_top(TAKESHI[1], w, tr, "amazon.com", "amazon.com", seed="m003")
    subj = ew(f"Amazon Web Services: 新しいサポートケースを作成しました: {cid}", "ISO-2022-JP", 18)
    hd = std(w, AWS_NOREPLY, TAKESHI[1], subj, tr["msgid"], extra=tr["extra"])
    write(3, "console-case-created-ja", "case_created", "ja", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp"), text)

def m004():
    w = later(OPEN["D"], 51); tr = ses(w, "m004"); cid = C["D"]
    text = f"""佐藤 美咲 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でお問い合わせを受け付けました。

受付番号: {cid}

原則として24時間以内に担当者よりご連絡いたします。同じ内容で新たにお問い合わせいただくと、かえって回答が遅れる場合がございますのでご了承ください。追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。

■お問い合わせ内容
お問い合わせ種別: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS-19274603
補足: 以前の勤務先のメールアドレスで作成したアカウント（aws-62038851）もあります。

AWS トレーニングと認定 カスタマーサポート
"""
    top = nifty_top(MISAKI[1], w, tr, "amazon.com", "amazon.com", seed="m004")
    hd = std(w, AWS_FORM, addr(MISAKI), f"[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(4, "form-uketsuke-sjis", "case_created", "ja", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="Shift_JIS", cte="base64", codec="shift_jis"), text)

def m005():
    w = later(OPEN["E"], 37); tr = ses(w, "m005"); cid = C["E"]
    html = html_doc(f"""<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
<img src="https://d1.awsstatic.com/training-and-certification/tc-logo.png" alt="AWS Training &amp; Certification" width="180">
<p>Hi Daniel,</p>
<p>Thanks for getting in touch. This note is just to let you know that your message reached us and is now in our queue under ticket <b>{cid}</b>.</p>
<p>No action is needed from you right now &mdash; one of our specialists will pick it up shortly, usually within one business day.</p>
<p style="background:#f2f3f3;padding:12px"><b>What you told us</b><br>
Topic: Certification &rsaquo; Account Merge<br>
Candidate IDs: aws-90416628, aws-24785013, AWS 33190472<br>
Message: I ended up with three profiles over the years (work, personal, and one created by Pearson VUE). I'd like everything consolidated into one.</p>
<p>If you think of anything else, just reply to this email and keep the ticket number in the subject.</p>
<p>Cheers,<br>AWS Training &amp; Certification Support</p>
</td></tr></table>""", "We've received your message")
    top = o365_top(DANIEL[1], w, tr, "amazon.com", "amazon.com", seed="m005", consumer=True)
    hd = std(w, '"AWS Training & Certification Support" <aws-cs-trainingcertification-form@amazon.com>', DANIEL[1],
             f"We've received your message [CASE {cid}]", tr["msgid"], extra=tr["extra"])
    write(5, "ticket-in-queue-html", "case_created", "en", cid, True, top, tr["sender_hdrs"] + hd,
          part(html, "html", cte="quoted-printable"), html)

def m006():
    w = later(OPEN["M"], 14); tr = ses(w, "m006"); cid = C["M"]
    text = f"""Hello,

Your support case has been created.

Case ID: {cid}
Subject: Second request - certification account merge (first request unanswered)
Severity: General guidance
Service: Training and Certification
Category: Certification account

Correspondence:
I filled in the Training and Certification contact form on 2 May but never received a reply, so I am opening a case here instead. I have two certification accounts: AWS12093378 (keep this one, elena@petrova.dev) and AWS74460215 (old address at my former employer). Please merge them.

An AWS Support representative will review your case. To view the case or add correspondence, visit:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

This message was sent from an address that cannot accept replies.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
    top = postfix_top(ELENA[1], w, tr, "mail.petrova.dev", seed="m006")
    hd = std(w, AWS_NOREPLY, ELENA[1], f"Amazon Web Services: You have opened a new Support case: {cid}", tr["msgid"], extra=tr["extra"])
    write(6, "support-case-created-noauth", "case_created", "en", cid, None, top, tr["sender_hdrs"] + hd,
          part(text, charset="us-ascii", cte="7bit"), text)

def m007():
    w = T(2025, 3, 11, 14, 6, 40)
    tr = dict(mailfrom="bounce-8812@mail.aws-certification-helpdesk.com", host="mail.aws-certification-helpdesk.com",
              ip="185.231.154.77", mailfrom_dom="mail.aws-certification-helpdesk.com")
    text = """Dear Candidate,

Your request to merge your AWS Certification accounts has been received and logged (Ref: TC-MRG-88213).

For your protection, account merge requests must be verified before they enter our processing queue. Please confirm ownership of candidate profile AWS48213067 and of the profile to be merged within 48 hours by signing in with your AWS credentials:

https://aws-certification-helpdesk.com/merge/verify?ref=TC-MRG-88213

Requests that are not verified in time are cancelled automatically and all associated certifications may be placed on hold.

Thank you,
AWS Training and Certification - Merge Desk
"""
    html = html_doc(paras(text).replace("https://aws-certification-helpdesk.com/merge/verify?ref=TC-MRG-88213",
            '<a href="https://aws-certification-helpdesk.com/merge/verify?ref=TC-MRG-88213" style="background:#ff9900;color:#000;padding:8px 14px;text-decoration:none">Verify my accounts</a>'))
    top = gmail_top(SARAH[1], w, tr, "aws-certification-helpdesk.com",
                    [("aws-certification-helpdesk.com", "default")], p="NONE", seed="m007")
    sh = [dkim("aws-certification-helpdesk.com", "default", w, seed="m007")]
    hd = std(w, '"AWS Training and Certification" <support@aws-certification-helpdesk.com>', SARAH[1],
             "Your account merge request has been received - Ref TC-MRG-88213", f"<{h('m007',24)}@aws-certification-helpdesk.com>",
             extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"])
    body = alt([part(text, charset="utf-8", cte="7bit"), part(html, "html", cte="quoted-printable")],
               f"b1_{h('m007b',32)}")
    write(7, "merge-request-logged-lookalike", "case_created", "en", None, False, top, sh + hd, body, text)

def m008():
    w = later(OPEN["J"], 33); tr = ses(w, "m008"); cid = C["J"]
    text = f"""中村 陽菜 様

このたびは AWS トレーニングと認定にご連絡いただき、誠にありがとうございます。
ご依頼の内容を確認のうえ、担当部署より改めてご連絡差し上げます。通常、1営業日以内にご返信しております。

ケース番号: {cid}
ご依頼の種類: アカウントの統合
ご入力いただいた受験者ID: aws63309127 / aws 71028854

なお、同一のご依頼について複数のケースを作成されますと、対応に時間を要する場合がございます。ご不明な点は本メールへの返信でお知らせください。

今後ともよろしくお願いいたします。
AWS トレーニングと認定 サポートチーム
"""
    top = gmail_top(HINA[1], w, tr, "amazon.com", AMZ, seed="m008")
    subj = ew(f"[CASE {cid}] お問い合わせを承りました - AWS トレーニングと認定", "UTF-8", 16)
    hd = std(w, AWS_FORM, addr(HINA), subj, tr["msgid"], extra=tr["extra"])
    write(8, "uketamawari-utf8-split-subject", "case_created", "ja", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, cte="base64"), text)

def m009():
    w = later(OPEN["E0"], 48); tr = ses(w, "m009"); cid = C["E0"]
    text = f"""Thank you for your submission.

This automated message confirms that AWS Training and Certification has received your request. Your case number is {cid}.
Candidate IDs provided: AWS90416628, AWS24785013, AWS33190472

What happens next
- A support specialist will contact you at this e-mail address, in principle within 24 hours.
- Please do not open a second case for the same request; duplicate cases are merged and may delay our answer.

A copy of your submission is included below for your records.

----- Your submission -----
Name: Daniel Okafor
Email: daniel.okafor@outlook.com
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS90416628
Description: I have 3 certification accounts (AWS90416628, AWS24785013, AWS33190472). Please merge them into AWS90416628.
---------------------------

AWS Training and Certification
"""
    top = o365_top(DANIEL[1], w, tr, "amazon.com", "amazon.com", seed="m009", consumer=True)
    hd = std(w, AWS_FORM, DANIEL[1], f"[CASE {cid}] Thank you for your submission - AWS Training and Certification", tr["msgid"], extra=tr["extra"])
    write(9, "submission-copy", "case_created", "en", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="us-ascii", cte="7bit"), text)

def m010():
    w = later(OPEN["K"], 29); tr = ses(w, "m010"); cid = C["K"]
    text = f"""Hello Marco,

We’re writing to confirm that your enquiry reached AWS Training and Certification and that a case — {cid} — now exists for it. Nothing further is needed from you at this stage; an agent will be in touch, normally within 24 hours.

Quick tip: please keep “{cid}” in the subject line of any follow-up so your messages are attached to the right case.

Profiles mentioned in your enquiry: AWS81647290, AWS27703518

Kind regards,
AWS Training and Certification
"""
    top = o365_top(MARCO[1], w, tr, "amazon.com", "amazon.com", seed="m010", region="eurprd07")
    hd = std(w, AWS_FORM, addr(MARCO), f"Case {cid} received {ewq('–')} AWS Training and Certification", tr["msgid"], extra=tr["extra"])
    # body is UTF-8 but labelled ISO-8859-1
    write(10, "case-exists-mislabelled-charset", "case_created", "en", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="utf-8", cte="quoted-printable", label="iso-8859-1"), text)

# =============================================================== survey
def m011():
    w = T(2025, 6, 6, 15, 2, 11); tr = ses(w, "m011"); cid = C["B"]
    text = f"""Hello,

Your AWS Support case {cid} ("Request to merge duplicate AWS Certification accounts") was recently resolved.

We'd appreciate two minutes of your time to tell us how we did. Your answers go directly to the team that handled your case and help us improve the support we provide.

How satisfied were you with the support you received?
Very dissatisfied  1  2  3  4  5  Very satisfied
https://support-survey.aws.amazon.com/s/{h('m011s',10)}?caseId={cid}

Thank you for being an AWS customer.

AWS Support
This survey link is unique to you; please do not forward this e-mail.
"""
    html = html_doc(f"""<p>Hello,</p>
<p>Your AWS Support case <b>{cid}</b> (&quot;Request to merge duplicate AWS Certification accounts&quot;) was recently resolved.</p>
<p>We'd appreciate two minutes of your time to tell us how we did.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table><tr>""" + "".join(f'<td><a href="https://support-survey.aws.amazon.com/s/{h("m011s",10)}?caseId={cid}&amp;r={i}" style="display:block;width:36px;text-align:center;border:1px solid #879596;padding:6px">{i}</a></td>' for i in range(1, 6)) + """</tr></table>
<p>Thank you for being an AWS customer.<br>AWS Support</p>""", "How did we do?")
    body = alt([part(text), part(html, "html")], sesb("m011"))
    top = o365_top(PRIYA[1], w, tr, "amazon.com", "amazon.com", seed="m011")
    hd = std(w, '"AWS Support" <no-reply-aws@amazon.com>', PRIYA[1], f"How did we do? Tell us about your AWS Support experience (Case {cid})", tr["msgid"], extra=tr["extra"])
    write(11, "how-did-we-do", "survey", "en", cid, True, top, tr["sender_hdrs"] + hd, body, text + html)

def m012():
    w = T(2025, 3, 14, 9, 30, 5); tr = ses(w, "m012"); cid = C["A"]
    text = f"""Hello,

We're marking case {cid} as resolved.

If anything still needs attention, just reply to this message within 14 days and the case will reopen automatically. After that, the case will be closed and a new request will be needed.

Was your issue resolved?
YES: https://aws-tc-feedback.amazon.com/r?c={cid}&a=yes
NO:  https://aws-tc-feedback.amazon.com/r?c={cid}&a=no

Thank you for contacting AWS Training and Certification.
"""
    top = gmail_top(SARAH[1], w, tr, "amazon.com", AMZ, seed="m012")
    hd = std(w, AWS_FORM, SARAH[1], f"Your case {cid} has been resolved", tr["msgid"], extra=tr["extra"])
    write(12, "case-marked-resolved", "survey", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m013():
    w = T(2025, 9, 20, 2, 0, 47); tr = ses(w, "m013"); cid = C["C"]
    text = f"""山田 健 様

いつも Amazon Web Services をご利用いただき、ありがとうございます。

先日対応させていただいたケース {cid}（認定アカウントの統合について）に関して、サービス向上のためアンケートへのご協力をお願いいたします。所要時間は1分程度です。

問題は解決しましたか？
　はい　: https://support-survey.aws.amazon.com/s/{h('m013s',10)}?caseId={cid}&resolved=yes
　いいえ: https://support-survey.aws.amazon.com/s/{h('m013s',10)}?caseId={cid}&resolved=no

担当者の対応を5段階で評価してください（5が最高）。
https://support-survey.aws.amazon.com/s/{h('m013s',10)}?caseId={cid}

いただいたご意見は今後のサポート改善に活用させていただきます。

AWS サポート
※本メールは送信専用アドレスから送信しています。
"""
    top = yjp_top(TAKESHI[1], w, tr, "amazon.com", "amazon.com", seed="m013")
    subj = ew(f"【アンケートのお願い】ケース {cid} のサポート対応について", "ISO-2022-JP", 15)
    hd = std(w, AWS_NOREPLY, TAKESHI[1], subj, tr["msgid"], extra=tr["extra"])
    write(13, "anketo-iso2022jp", "survey", "ja", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp"), text)

def m014():
    w = T(2025, 11, 12, 17, 45, 0); tr = ses(w, "m014"); cid = C["E"]
    text = f"""Hi Daniel,

A few days ago we asked for your opinion on how case {cid} was handled, and we haven't heard back yet.

If you have a moment, we'd really value your answer to two short questions:
  1. Was your issue resolved?
  2. How would you rate the agent who helped you?

Share your feedback: https://aws-tc-feedback.amazon.com/survey?c={cid}&t={h('m014t',16)}

This is the last reminder we will send about this case.

AWS Training and Certification
"""
    top = o365_top(DANIEL[1], w, tr, "amazon.com", "amazon.com", seed="m014", consumer=True)
    hd = std(w, AWS_FORM, DANIEL[1], f"Reminder: we haven't received your feedback yet (Case {cid})", tr["msgid"], extra=tr["extra"])
    write(14, "feedback-last-reminder", "survey", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text, cte="base64"), text)

def m015():
    w = T(2026, 1, 24, 6, 12, 39); tr = ses(w, "m015"); cid = C["D"]
    text = f"""佐藤 美咲 様

AWS トレーニングと認定でございます。

お問い合わせいただいたケース {cid} につきまして、本件のご対応はこれにて終了とさせていただき、ケースをクローズいたしました。

①　再度お問い合わせいただく場合は、クローズ後14日以内であれば本メールへの返信でケースを再開できます。
②　サポート品質向上のため、簡単なアンケートにご協力ください。
　　https://aws-tc-feedback.amazon.com/r?c={cid}&lang=ja

今後ともAWS トレーニングと認定をよろしくお願い申し上げます。
"""
    top = nifty_top(MISAKI[1], w, tr, "amazon.com", "amazon.com", seed="m015")
    subj = ew(f"[CASE {cid}] ケースクローズのお知らせ", "Shift_JIS", 14, codec="cp932")
    hd = std(w, AWS_FORM, addr(MISAKI), subj, tr["msgid"], extra=tr["extra"])
    # written in cp932 (circled digits) but labelled Shift_JIS
    write(15, "case-close-sjis-cp932", "survey", "ja", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="Shift_JIS", cte="8bit", codec="cp932"), text)

def m016():
    w = T(2025, 4, 24, 8, 3, 19); tr = ses(w, "m016"); cid = C["K"]
    prev = T(2025, 4, 16, 13, 48, 2)
    new = f"""Hello Marco,

We haven't received a reply to our last message, so this case has now been closed.

If you still want the two profiles combined at a later date, reply to this e-mail and the case will be reopened automatically.

Was your issue resolved?  Yes / No
Rate this correspondence: https://aws-tc-feedback.amazon.com/r?c={cid}

Best regards,
Amazon Web Services
"""
    quoted = f"""
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, April 16, 2025 1:48 PM
To: Marco Bellini <marco.bellini@bellini-consulting.it>
Subject: RE:[CASE {cid}] {FORM_SUBJ}

Hello Marco,

Thank you for your patience. We found the following certification accounts:

Account to keep: AWS81647290 (marco.bellini@bellini-consulting.it)
Account to be merged into it: AWS27703518 (marco.bellini82@libero.it)

Please note that once a merge is processed it cannot be reversed. Kindly reply to this e-mail confirming that the information above is correct so that we can proceed.

Best regards,
Ines
Amazon Web Services
"""
    text = new + quoted
    top = o365_top(MARCO[1], w, tr, "amazon.com", "amazon.com", seed="m016", region="eurprd07")
    hd = std(w, AWS_FORM, addr(MARCO), f"RE:[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(16, "closed-no-reply-quoted-request", "survey", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), new)

def m017():
    w = T(2025, 8, 9, 13, 21, 54); tr = ses(w, "m017"); cid = C["L"]
    text = f"""Hi Thomas,

We hope we were able to help with your recent request about your certification profiles (case {cid}).

Would you take a minute to let us know how your experience was? There are just three questions, and your feedback is read by our support leadership team.

Start the survey: https://support-survey.aws.amazon.com/s/{h('m017s',10)}?caseId={cid}

Thanks,
AWS Support
"""
    top = fastmail_top(THOMAS[1], w, tr, "amazon.com", AMZ, seed="m017")
    hd = std(w, '"AWS Support" <no-reply-aws@amazon.com>', THOMAS[1], f"Your feedback matters - AWS Support case {cid}", tr["msgid"], extra=tr["extra"])
    write(17, "feedback-matters", "survey", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text, charset="us-ascii", cte="7bit"), text)

def m018():
    w = T(2025, 7, 26, 0, 40, 8); tr = ses(w, "m018"); cid = C["J"]
    html = html_doc(f"""<div style="max-width:560px;margin:auto">
<p>中村 陽菜 様</p>
<p>AWS トレーニングと認定をご利用いただきありがとうございます。<br>
ケース <b>{cid}</b> は解決済みとしてクローズされました。</p>
<p>今回のサポートについて、ご意見をお聞かせください。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://aws-tc-feedback.amazon.com/r?c={cid}&amp;a=yes&amp;lang=ja" style="background:#ff9900;color:#000;padding:8px 28px;text-decoration:none;border-radius:2px">はい</a>
&nbsp;&nbsp;
<a href="https://aws-tc-feedback.amazon.com/r?c={cid}&amp;a=no&amp;lang=ja" style="background:#eaeded;color:#000;padding:8px 22px;text-decoration:none;border-radius:2px">いいえ</a></p>
<p style="font-size:12px;color:#687078">このメールは送信専用アドレスから配信されています。</p>
</div>""", "ご意見をお聞かせください")
    top = gmail_top(HINA[1], w, tr, "amazon.com", AMZ, seed="m018")
    subj = ew(f"ご意見をお聞かせください: ケース {cid}", "UTF-8", 30)
    hd = std(w, AWS_FORM, addr(HINA), subj, tr["msgid"], extra=tr["extra"])
    write(18, "goiken-html-only", "survey", "ja", cid, True, top, tr["sender_hdrs"] + hd, part(html, "html", cte="base64"), html)

def m019():
    w = T(2025, 12, 18, 2, 30, 12); tr = ses(w, "m019"); cid = C["G"]
    text = f"""Hello,

We've closed AWS Support case {cid}.

Case ID: {cid}
Subject: Merge of AWS Certification accounts
Status: Closed

If you need further assistance with this issue, you can reopen the case from the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Please take a moment to rate the support you received. Your feedback helps us improve.

Thank you for using Amazon Web Services.
"""
    top = o365_top(KENJI[1], w, tr, "amazon.com", "amazon.com", seed="m019", region="jpnprd01")
    hd = std(w, AWS_NOREPLY, KENJI[1], f"Amazon Web Services: Support case {cid} has been closed", tr["msgid"], extra=tr["extra"])
    write(19, "console-case-closed", "survey", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m020():
    w = T(2025, 8, 15, 13, 5, 31); tr = ses(w, "m020"); cid = C["L"]
    text = f"""Hi Thomas,

Just a friendly nudge: the short survey about case {cid} is still open.

It takes less than a minute, and the link stays active until 22 August 2025.
https://support-survey.aws.amazon.com/s/{h('m017s',10)}?caseId={cid}&reminder=2

If you've already responded, thank you, and please ignore this message.

AWS Support
"""
    top = fastmail_top(THOMAS[1], w, tr, "amazon.com", AMZ, seed="m020")
    hd = std(w, '"AWS Support" <no-reply-aws@amazon.com>', THOMAS[1], f"Still have a minute? Feedback on case {cid}", tr["msgid"], extra=tr["extra"])
    write(20, "survey-second-nudge", "survey", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text, cte="base64"), text)

# =============================================================== merge_completed
def m021():
    w = T(2025, 3, 13, 11, 17, 44); tr = ses(w, "m021"); cid = C["A"]
    text = f"""Hello Sarah,

Good news: the certification history that was held under AWS30917758 now lives in your primary profile, AWS48213067, and the secondary profile has been retired. From now on, please sign in only with sarah.lindqvist@gmail.com.

Your digital badges are issued by Credly and will follow separately; you should receive e-mails from Credly within a few days. If they have not arrived after a week, let us know.

As this completes your request, we are closing this case.

Was your issue resolved?  YES  /  NO
https://aws-tc-feedback.amazon.com/r?c={cid}

Best regards,
Joaquin
Amazon Web Services
"""
    top = gmail_top(SARAH[1], w, tr, "amazon.com", AMZ, seed="m021")
    hd = std(w, AWS_FORM, SARAH[1], f"RE:[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(21, "closing-history-now-lives", "merge_completed", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m022():
    w = T(2025, 9, 19, 7, 44, 2); tr = ses(w, "m022"); cid = C["C"]
    text = f"""山田 健 様

Amazon Web Services の 高橋 です。
お待たせいたしました。ご依頼いただいた認定アカウントの統合が完了しました。

AWS88302176 に登録されていた認定資格と受験履歴は、すべて AWS55120934 に移されています。AWS88302176 は今後ご利用いただけませんので、AWS55120934 に紐づくメールアドレスでサインインしてください。

本件は以上で完了となりますので、ケースをクローズさせていただきます。
よろしければ、今回の対応についてアンケートへのご協力をお願いいたします。
https://support-survey.aws.amazon.com/s/{h('m022s',10)}?caseId={cid}

よろしくお願いいたします。

高橋
Amazon Web Services
"""
    top = yjp_top(TAKESHI[1], w, tr, "amazon.com", "amazon.com", seed="m022")
    subj = ew(f"RE:[CASE {cid}] 認定アカウントの統合について", "ISO-2022-JP", 20)
    hd = std(w, AWS_NOREPLY, TAKESHI[1], subj, tr["msgid"], extra=tr["extra"])
    write(22, "tougou-kanryou-anketo", "merge_completed", "ja", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp"), text)

def m023():
    w = T(2025, 11, 8, 10, 26, 50); tr = ses(w, "m023"); cid = C["E"]
    new = f"""Hi Daniel,

Thanks for your patience over the last few days. Everything is now under AWS90416628: your exam history, your active certifications and the 50% exam discount benefit have been carried over, and the two other profiles are no longer active.

Please allow up to 48 hours for Credly to reflect the change.

Best regards,
Mateo
Amazon Web Services
"""
    quoted = f"""
From: Daniel Okafor <daniel.okafor@outlook.com>
Sent: Thursday, November 6, 2025 9:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {cid}] {FORM_SUBJ}

Hi,

The details are correct. Please proceed with the merge.

Thanks,
Daniel

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, November 6, 2025 2:40 PM
To: Daniel Okafor <daniel.okafor@outlook.com>
Subject: RE:[CASE {cid}] {FORM_SUBJ}

Hello Daniel,

Based on your answers, we will merge AWS24785013 and AWS33190472 into AWS90416628, which will remain as your only account. Please be aware that a merge cannot be undone once it has been processed.

Please reply to confirm that you would like us to proceed.

Best regards,
Mateo
Amazon Web Services
"""
    text = new + quoted
    top = o365_top(DANIEL[1], w, tr, "amazon.com", "amazon.com", seed="m023", consumer=True)
    hd = std(w, AWS_FORM, DANIEL[1], f"RE:[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(23, "everything-under-one-outlook-thread", "merge_completed", "en", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="us-ascii", cte="7bit"), new)

def m024():
    w = T(2026, 1, 23, 2, 9, 15); tr = ses(w, "m024"); cid = C["D"]
    new = f"""佐藤 美咲 様

AWS トレーニングと認定の 森 でございます。
ご確認いただきありがとうございました。

AWS-62038851 に登録されていた認定資格および受験履歴を、AWS-19274603 へ移行いたしました。
旧アカウントは無効化されておりますので、今後は misaki-sato@nifty.com でサインインしてください。
Credly のデジタルバッジにつきましては、数日以内に新しいアカウントへ移される予定です。

引き続きよろしくお願いいたします。

森
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = f"""
2026年1月22日(木) 8:02 佐藤 美咲 <misaki-sato@nifty.com>:
> ご連絡ありがとうございます。
> 内容に相違ありません。統合を進めてください。
>
> 佐藤
>
> 2026年1月21日(水) 18:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 佐藤 美咲 様
> >
> > 以下のアカウントを確認いたしました。
> > ・残すアカウント: AWS19274603
> > ・統合されるアカウント: AWS62038851
> > 統合は取り消すことができません。よろしければご返信ください。
"""
    text = new + quoted
    top = nifty_top(MISAKI[1], w, tr, "amazon.com", "amazon.com", seed="m024")
    hd = std(w, AWS_FORM, addr(MISAKI), f"RE:[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(24, "ikou-itashimashita-sjis", "merge_completed", "ja", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="Shift_JIS", cte="base64", codec="shift_jis"), new)

def m025():
    w = T(2025, 6, 5, 9, 51, 23); tr = ses(w, "m025"); cid = C["B"]
    text = f"""Hello,

Your certification accounts have been merged: AWS06628415 is now part of AWS71450392.

To view the full correspondence, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Amazon Web Services
"""
    html = html_doc(f"""<p>Hello Priya,</p>
<p>Thank you for confirming the details. We have now completed the consolidation you approved: the profile AWS06628415 has been folded into AWS71450392, which remains your sole AWS Certification account. Your certifications, exam history and benefits are visible under AWS71450392, and the older profile can no longer be used to sign in.</p>
<p>Since this resolves your request, I'll set the case to resolved. If anything looks wrong, reply from the Support Center within 14 days.</p>
<p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<p>Best regards,<br>Mateo S.<br>Amazon Web Services</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={cid}&amp;language=en">View case {cid}</a></p>""", "AWS Support")
    body = alt([part(text, charset="us-ascii", cte="7bit"), part(html, "html")], sesb("m025"))
    top = o365_top(PRIYA[1], w, tr, "amazon.com", "amazon.com", seed="m025")
    hd = std(w, AWS_NOREPLY, PRIYA[1], f"RE:[CASE {cid}] Request to merge duplicate AWS Certification accounts", tr["msgid"], extra=tr["extra"])
    write(25, "folded-into-alt-parts-differ", "merge_completed", "en", cid, True, top, tr["sender_hdrs"] + hd, body, text + html)

# =============================================================== merge_confirmation_requested
def m026():
    w = T(2025, 3, 12, 9, 5, 37); tr = ses(w, "m026"); cid = C["A"]
    text = f"""Hello Sarah,

Thank you for your patience. We located the following two profiles:

Primary (will remain):    AWS48213067 - sarah.lindqvist@gmail.com
Secondary (will be absorbed): AWS30917758 - s.lindqvist@unimail.se

After the merge, all certifications, exam history and benefits of the secondary profile will be available in the primary one, and the secondary profile will no longer be accessible.

Please be aware that this action is permanent and cannot be reversed. Reply to this message stating that the details above are accurate, and we will carry out the merge.

Best regards,
Joaquin
Amazon Web Services
"""
    top = gmail_top(SARAH[1], w, tr, "amazon.com", AMZ, seed="m026")
    hd = std(w, AWS_FORM, SARAH[1], f"RE:[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(26, "primary-secondary-please-verify", "merge_confirmation_requested", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m027():
    w = T(2025, 7, 23, 5, 12, 8); tr = ses(w, "m027"); cid = C["J"]
    text = f"""中村 陽菜 様

AWS トレーニングと認定の 小林 です。
お問い合わせの件、以下の2つのアカウントを確認いたしました。

・存続するアカウント: AWS63309127（hina.nakamura.aws@gmail.com）
・統合されるアカウント: AWS71028854（h.nakamura@example-univ.ac.jp）

統合後は、AWS71028854 の認定資格と受験履歴が AWS63309127 に引き継がれます。
なお、統合は一度実施すると元に戻すことができません。

上記の内容でよろしければ、本メールにご返信のうえご承認ください。ご承認をいただき次第、手続きを進めます。

小林
AWS トレーニングと認定 カスタマーサポート
"""
    top = gmail_top(HINA[1], w, tr, "amazon.com", AMZ, seed="m027")
    hd = std(w, AWS_FORM, addr(HINA), f"RE:[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(27, "shounin-onegai-qp", "merge_confirmation_requested", "ja", cid, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m028():
    w = T(2025, 8, 7, 22, 41, 3, dt.timezone(dt.timedelta(hours=3)))
    tr = dict(mailfrom="return@mx1.aws-tc-support.com", host="mx1.aws-tc-support.com", ip="91.215.85.142",
              mailfrom_dom="mx1.aws-tc-support.com")
    text = """Action required: confirm your account merge

Dear AWS Certified professional,

We received a request to merge AWS certification account AWS 29157734 into AWS 60438812. Because a merge is irreversible, we need your explicit approval before it is carried out.

Confirm the merge: https://aws-tc-support.com/merge/confirm?token=8f1c2e77a0

If we do not receive your confirmation within 24 hours, both accounts will be suspended for security review and any pending exam appointments will be cancelled.

AWS Training and Certification Support
"""
    top = fastmail_top(THOMAS[1], w, tr, "aws-tc-support.com", [], dmarc="none", spf="pass", seed="m028")
    hd = std(w, '"AWS Training and Certification" <cases@aws-tc-support.com>', THOMAS[1],
             "Action required: confirm your AWS Certification account merge", f"<{h('m028',20)}.{int(w.timestamp())}@aws-tc-support.com>",
             extra=["X-Priority: 1 (Highest)"])
    write(28, "confirm-merge-lookalike-domain", "merge_confirmation_requested", "en", None, False, top, hd,
          part(text, charset="utf-8", cte="8bit"), text)

def m029():
    w = T(2025, 3, 19, 4, 22, 16)
    tr = dict(mailfrom="aws-cs-trainingcertification-form@amazon.com", host="vps-3f2a9c.hostsailor.net", ip="194.87.212.30",
              mailfrom_dom="amazon.com")
    forged = ("Authentication-Results: amazon.com;\n       dkim=pass header.d=amazon.com;\n"
              "       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com")
    text = """Hello,

As part of your recent request, we are ready to merge your AWS Certification accounts.

Account that will remain: AWS48213067
Account that will be merged and closed: AWS30917758

This operation cannot be undone. To confirm that the details are correct, please sign in and approve the merge here within 24 hours:
https://aws-certification.amazon.com.merge-approve.info/confirm?u=sarah.lindqvist

Best regards,
Amazon Web Services
"""
    top = gmail_top(SARAH[1], w, tr, "amazon.com", [], spf="softfail", dmarc="fail", dis="QUARANTINE", seed="m029")
    hd = std(w, AWS_FORM, SARAH[1], "Action needed: confirm the merge of your AWS Certification accounts",
             f"<{h('m029',16)}@vps-3f2a9c.hostsailor.net>", extra=["X-Mailer: Microsoft Outlook 16.0"])
    write(29, "confirm-merge-spoof-forged-ar", "merge_confirmation_requested", "en", None, False, top, [forged] + hd,
          part(text, charset="us-ascii", cte="7bit"), text)

# =============================================================== support_reply
def m030():
    w = T(2025, 11, 5, 15, 40, 2); tr = ses(w, "m030"); cid = C["E"]
    text = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I found three certification profiles that appear to belong to you: aws-90416628, AWS24785013 and AWS33190472. Before I can go any further, could you please tell me:

1. Which of these should remain as your primary account?
2. The e-mail address you use to sign in to each of them.
3. How the additional accounts were created (for example, a different employer address or a test-center registration).

Once I have this information, I will prepare the merge and send you a summary to approve.

Also, I noticed that you submitted an earlier request ({C['E0']}) for the same issue. I have linked it to this case, so there is no need to follow up on it separately.

Best regards,
Mateo
Amazon Web Services
"""
    top = o365_top(DANIEL[1], w, tr, "amazon.com", "amazon.com", seed="m030", consumer=True)
    hd = std(w, AWS_FORM, DANIEL[1], f"RE:[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(30, "which-one-primary", "support_reply", "en", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="us-ascii", cte="7bit"), text)

def m031():
    w = T(2025, 3, 12, 16, 58, 40); tr = ses(w, "m031"); cid = C["A"]
    new = """Hi Sarah,

Thank you for confirming. We will now go ahead and pass the request to our certification records team; you will receive another e-mail from us once it has gone through. No further action is needed from you in the meantime.

Best regards,
Joaquin
Amazon Web Services
"""
    quoted = """
On Wed, Mar 12, 2025 at 3:40 PM Sarah Lindqvist <sarah.lindqvist@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
>
> Sarah
>
> On Wed, Mar 12, 2025 at 10:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Sarah,
> >
> > Thank you for your patience. We located the following two profiles:
> >
> > Primary (will remain):    AWS48213067 - sarah.lindqvist@gmail.com
> > Secondary (will be absorbed): AWS30917758 - s.lindqvist@unimail.se
> >
> > Please be aware that this action is permanent and cannot be reversed.
> > Reply to this message stating that the details above are accurate, and
> > we will carry out the merge.
"""
    text = new + quoted
    top = gmail_top(SARAH[1], w, tr, "amazon.com", AMZ, seed="m031")
    hd = std(w, AWS_FORM, SARAH[1], f"RE:[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(31, "thanks-for-confirming-nested", "support_reply", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), new)

def m032():
    w = T(2025, 7, 24, 2, 3, 55); tr = ses(w, "m032"); cid = C["J"]
    new = """中村 陽菜 様

小林です。ご承認いただきありがとうございます。
これより統合の手続きを進めてまいります。統合が完了しましたら、改めてご連絡いたします。

なお、統合が完了した後、Credly のデジタルバッジは統合先の AWS63309127 に紐づくアカウントへ順次移される予定です。Credly からのメールが届くまで数日かかる場合がございます。

小林
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = """
2025年7月24日(木) 9:15 中村 陽菜 <hina.nakamura.aws@gmail.com>:
> 小林様
>
> ご確認ありがとうございます。内容に間違いありません。
> 統合を進めてください。よろしくお願いします。
>
> 2025年7月23日(水) 14:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > ・存続するアカウント: AWS63309127
> > ・統合されるアカウント: AWS71028854
> > 上記の内容でよろしければ、本メールにご返信のうえご承認ください。
"""
    text = new + quoted
    top = gmail_top(HINA[1], w, tr, "amazon.com", AMZ, seed="m032")
    hd = std(w, AWS_FORM, addr(HINA), f"RE:[CASE {cid}] {FORM_SUBJ}", tr["msgid"], extra=tr["extra"])
    write(32, "kanryou-shidai-renraku", "support_reply", "ja", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, cte="8bit"), new)

def m033():
    w = T(2025, 8, 6, 20, 14, 7); tr = ses(w, "m033"); cid = C["L"]
    text = f"""Hello,

New correspondence has been added to your AWS Support case {cid}.

Case ID: {cid}
Subject: Merging two AWS Certification profiles

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

This e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above to respond to the case.

Amazon Web Services
"""
    top = fastmail_top(THOMAS[1], w, tr, "amazon.com", AMZ, seed="m033")
    hd = std(w, AWS_NOREPLY, THOMAS[1], f"[Case {cid}] New correspondence added", tr["msgid"], extra=tr["extra"])
    write(33, "new-correspondence-notice", "support_reply", "en", cid, True, top, tr["sender_hdrs"] + hd,
          part(text, charset="us-ascii", cte="7bit"), text)

def m034():
    w = T(2025, 12, 11, 3, 26, 48); tr = ses(w, "m034"); cid = C["G"]
    text = f"""Hello Kenji,

I am following up on my message of 9 December, in which I asked which of your two certification accounts (AWS47731920 or AWS05518263) you would like to keep.

We haven't heard back from you yet. Do you still need help with this request? If we don't receive a response within 5 days, this case will be closed automatically; you can reopen it at any time within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Aiko M.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center

To share your experience or contact us again about this case, please return to the AWS Support Center using the following URL: https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(Note: this is an automated e-mail, please do not reply to it.)
"""
    top = o365_top(KENJI[1], w, tr, "amazon.com", "amazon.com", seed="m034", region="jpnprd01")
    hd = std(w, AWS_NOREPLY, KENJI[1], f"RE:[CASE {cid}] Merge of AWS Certification accounts", tr["msgid"], extra=tr["extra"])
    write(34, "still-need-help-rating-footer", "support_reply", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), text)

# =============================================================== Credly
CREDLY_IPS = [("o1.ptr8342.credly.com", "149.72.176.61"), ("o2.ptr8342.credly.com", "149.72.208.140"),
              ("o7.ptr5521.credly.com", "167.89.100.19")]
CREDLY_AWS = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'

def credly_tr(when, seed, to):
    host, ip = CREDLY_IPS[int(h(seed, 4), 16) % len(CREDLY_IPS)]
    local = to.replace("@", "=")
    mf = f"bounces+2378461-{h(seed,4)}-{local}@em.credly.com"
    sh = [dkim("credly.com", "s1", when, hdrs="from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to", seed=seed),
          dkim("sendgrid.info", "smtpapi", when, hdrs="from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to", seed=seed)]
    extra = [f"X-SG-EID: u001.{b64(seed + 'sg', 60)}", f"X-Feedback-ID: 2378461:SG", "X-Entity-ID: u001.Zk5N8wYzQ2Rk1Xy7bA"]
    return dict(mailfrom=mf, host=host, ip=ip, mailfrom_dom="em.credly.com",
                msgid=f"<{b64(seed+'mid',22).replace('/','_').replace('+','-')}@geopod-ismtpd-{rnd.randint(1,40)}>",
                sender_hdrs=sh, extra=extra)

CREDLY_DK = [("credly.com", "s1"), ("sendgrid.info", "smtpapi")]
RUBYB = lambda s: f"--==_mimepart_{h(s,13)}_{rnd.randint(1,9)}{h(s+'x',4)}"

CREDLY_FOOT = """
--
Credly, a Pearson company | 100 Arlington St, Boston, MA 02116
You are receiving this e-mail because a badge was issued to you. Manage your notification settings: https://www.credly.com/notifications
"""

def m035():
    w = T(2025, 8, 14, 18, 3, 22); tr = credly_tr(w, "m035", THOMAS[1])
    badge = "AWS Certified Solutions Architect – Associate"
    link = "https://www.credly.com/badges/3f6b2c9e-51a0-4d7e-9c3b-0a8e7d41f22c/accept"
    text = f"""Congratulations, Thomas!

Amazon Web Services Training and Certification has issued you a new badge:

{badge}

Accept your badge: {link}

Once you accept it, you can share your badge on LinkedIn, add it to your e-mail signature, or embed it on your website.
{CREDLY_FOOT}"""
    html = html_doc(f"""<div style="max-width:600px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="{badge}">
<h2>Congratulations, Thomas!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:<br><b>{badge}</b></p>
<p><a href="{link}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:12px;color:#757575">Credly, a Pearson company &middot; 100 Arlington St, Boston, MA 02116</p></div>""", "You earned a badge")
    body = alt([part(text), part(html, "html")], RUBYB("m035"))
    top = fastmail_top(THOMAS[1], w, tr, "credly.com", CREDLY_DK, pol="reject", seed="m035")
    hd = std(w, CREDLY_AWS, THOMAS[1], f"Thomas, you earned a badge: {ewq(badge)}".replace(ewq(badge), "=?UTF-8?Q?AWS_Certified_Solutions_Architect_=E2=80=93_Associate?="), tr["msgid"], extra=tr["extra"])
    write(35, "credly-you-earned", "credly_badge_issued", "en", None, True, top, tr["sender_hdrs"] + hd, body, text + html)

def m036():
    w = T(2025, 11, 25, 14, 0, 9); tr = credly_tr(w, "m036", DANIEL[1])
    text = """Hi Daniel,

Your AWS Certified Developer – Associate badge from Amazon Web Services Training and Certification is waiting for you.

Claim it before December 9, 2025 so it appears in your Credly profile and can be shared with employers:
https://www.credly.com/badges/a0c47e19-7b2d-4f3a-8e55-91d2c6b0e4a7/accept

If you don't accept it by then, the badge stays pending and you can still find it in your Credly account.
""" + CREDLY_FOOT
    top = o365_top(DANIEL[1], w, tr, "credly.com", "credly.com", seed="m036", consumer=True)
    hd = std(w, CREDLY_AWS, DANIEL[1], "Reminder: accept your AWS Certified Developer =?UTF-8?Q?=E2=80=93?= Associate badge by December 9, 2025",
             tr["msgid"], extra=tr["extra"])
    write(36, "credly-accept-by-date", "credly_badge_issued", "en", None, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m037():
    w = T(2025, 6, 10, 13, 45, 51); tr = credly_tr(w, "m037", PRIYA[1])
    html = html_doc("""<div style="max-width:600px;margin:auto">
<p>Priya,</p>
<p>Amazon Web Services Training and Certification sent you a badge a few days ago, and it's still ready for you to accept.</p>
<table style="border:1px solid #ddd;padding:12px"><tr>
<td><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="80"></td>
<td><b>AWS Certified Cloud Practitioner</b><br>Issued by Amazon Web Services Training and Certification</td></tr></table>
<p><a href="https://www.credly.com/badges/7d2e9a40-3c18-4b6f-a0f2-5e8c1d9b7a36/accept" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, a Pearson company. Unsubscribe from badge reminders: https://www.credly.com/notifications</p>
</div>""", "You still have a badge waiting for you")
    top = o365_top(PRIYA[1], w, tr, "credly.com", "credly.com", seed="m037")
    hd = std(w, CREDLY_AWS, addr(PRIYA), "You still have a badge waiting for you", tr["msgid"], extra=tr["extra"])
    write(37, "credly-still-waiting-html", "credly_badge_issued", "en", None, True, top, tr["sender_hdrs"] + hd,
          part(html, "html", cte="quoted-printable"), html)

def m038():
    w = T(2025, 3, 17, 15, 22, 10); tr = credly_tr(w, "m038", SARAH[1])
    text = """Hi Sarah,

At the request of Amazon Web Services Training and Certification, the following badges, previously held by another Credly account (s.lindqvist@unimail.se), have been transferred to this account:

  * AWS Certified Cloud Practitioner
  * AWS Certified Solutions Architect – Associate
  * AWS Certified Developer – Associate

They are now shown on your profile with their original issue dates. View your badges: https://www.credly.com/users/sarah-lindqvist/badges

No further action is required.
""" + CREDLY_FOOT
    top = gmail_top(SARAH[1], w, tr, "credly.com", CREDLY_DK, p="REJECT", seed="m038")
    hd = std(w, '"Credly" <admin@credly.com>', SARAH[1], "Your badges have been moved to sarah.lindqvist@gmail.com", tr["msgid"], extra=tr["extra"])
    write(38, "credly-badges-transferred", "credly_badge_issued", "en", None, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m039():
    w = T(2025, 7, 28, 9, 11, 40); tr = credly_tr(w, "m039", HINA[1])
    text = """中村 陽菜 さん

おめでとうございます！
Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。

下のリンクからバッジを受け取ると、LinkedIn などで共有できるようになります。
バッジを受け取る: https://www.credly.com/badges/c19e0b72-8a4f-4e61-b3d5-2f7a90c8e614/accept

Credly, a Pearson company
通知設定の変更: https://www.credly.com/notifications
"""
    top = gmail_top(HINA[1], w, tr, "credly.com", CREDLY_DK, p="REJECT", seed="m039")
    subj = ew("中村さん、新しいバッジが発行されました: AWS Certified Cloud Practitioner", "UTF-8", 18)
    frm = f"{ew('Amazon Web Services Training and Certification (Credly 経由)', 'UTF-8', 40)} <admin@credly.com>"
    hd = std(w, frm, HINA[1], subj, tr["msgid"], extra=tr["extra"])
    write(39, "credly-badge-hakkou-ja", "credly_badge_issued", "ja", None, True, top, tr["sender_hdrs"] + hd,
          part(text, cte="base64"), text)

def m040():
    w = T(2025, 5, 20, 16, 30, 2); tr = credly_tr(w, "m040", MARCO[1])
    html = html_doc("""<div style="max-width:600px;margin:auto;text-align:center">
<h2>Marco, your new badge is ready</h2>
<p>Amazon Web Services Training and Certification has issued you the badge<br>
<b>AWS Certified Machine Learning Engineer – Associate</b>.</p>
<p>Accept it to add it to your Credly profile and share your achievement.</p>
<p><a href="https://www.credly.com/badges/58e1a3f0-6b92-4c07-9d4e-b7c2f10a8e95/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, a Pearson company</p></div>""", "Your badge is ready")
    top = o365_top(MARCO[1], w, tr, "credly.com", "credly.com", seed="m040", region="eurprd07")
    hd = std(w, CREDLY_AWS, addr(MARCO), "Marco, your new badge is ready to accept", tr["msgid"], extra=tr["extra"])
    write(40, "credly-ready-html-only", "credly_badge_issued", "en", None, True, top, tr["sender_hdrs"] + hd,
          part(html, "html", cte="quoted-printable"), html)

def m041():
    w = T(2025, 10, 1, 11, 20, 45); tr = credly_tr(w, "m041", TAKESHI[1])
    text = """山田 健 さん

Amazon Web Services Training and Certification から発行されたバッジ「AWS Certified SysOps Administrator – Associate」がまだ受け取られていません。

2025年10月15日までにバッジを受け取ってください。
https://www.credly.com/badges/e4a91c3d-0f57-4b28-a6e2-7c9d1b5f03a8/accept

受け取ったバッジは、プロフィールや SNS で共有できます。

Credly, a Pearson company
"""
    top = yjp_top(TAKESHI[1], w, tr, "credly.com", "credly.com", seed="m041")
    subj = ew("リマインダー: バッジがまだ受け取られていません", "UTF-8", 12)
    frm = f"{ew('Amazon Web Services Training and Certification (Credly 経由)', 'UTF-8', 40)} <admin@credly.com>"
    hd = std(w, frm, TAKESHI[1], subj, tr["msgid"], extra=tr["extra"])
    write(41, "credly-reminder-ja-date", "credly_badge_issued", "ja", None, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m042():
    w = T(2025, 12, 15, 7, 48, 33)
    tr = dict(mailfrom="noreply@credly-notify.net", host="smtp.credly-notify.net", ip="45.88.104.12", mailfrom_dom="credly-notify.net")
    text = """Credly

Your AWS badge has been issued!

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Solutions Architect - Professional".

To accept your badge, sign in with your AWS Builder ID:
https://credly-notify.net/badges/accept?id=c7f2e0a9&src=aws

Badges that are not accepted within 72 hours are revoked.

Credly Team
"""
    top = o365_top(KENJI[1], w, tr, "credly-notify.net", None, dmarc="none", compauth="softpass", reason="201", seed="m042", region="jpnprd01")
    hd = std(w, '"Credly" <badges@credly-notify.net>', KENJI[1], "Accept your AWS badge now", f"<{h('m042',18)}@credly-notify.net>")
    write(42, "credly-badge-lookalike", "credly_badge_issued", "en", None, False, top, hd, part(text, charset="us-ascii", cte="7bit"), text)

def m043():
    w = T(2025, 5, 19, 10, 2, 44); tr = credly_tr(w, "m043", ELENA[1])
    text = """Congratulations, Elena!

You've earned a badge from Amazon Web Services Training and Certification:

AWS Certified AI Practitioner

Accept your badge: https://www.credly.com/badges/1b8f3d6e-2c49-4a70-b5e1-8d0a7f29c3b4/accept
""" + CREDLY_FOOT
    top = postfix_top(ELENA[1], w, tr, "mail.petrova.dev", seed="m043")
    hd = std(w, CREDLY_AWS, ELENA[1], "Elena, you earned a badge: AWS Certified AI Practitioner", tr["msgid"], extra=tr["extra"])
    write(43, "credly-earned-noauth", "credly_badge_issued", "en", None, None, top, tr["sender_hdrs"] + hd, part(text, charset="us-ascii", cte="7bit"), text)

# =============================================================== unrelated
def m044():
    w = T(2026, 2, 2, 15, 10, 0); tr = credly_tr(w, "m044", SARAH[1])
    text = """Hi Sarah,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, expires on May 3, 2026 (in 90 days).

To keep your credential active, complete the recertification requirements before the expiration date. Visit the issuer's website for details:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/2e7c91a4-6d30-4f8b-b15a-c4e08f7d2913
""" + CREDLY_FOOT
    top = gmail_top(SARAH[1], w, tr, "credly.com", CREDLY_DK, p="REJECT", seed="m044")
    hd = std(w, '"Credly" <admin@credly.com>', SARAH[1], "Your AWS Certified Cloud Practitioner badge expires in 90 days", tr["msgid"], extra=tr["extra"])
    write(44, "credly-expires-90-days", "unrelated", "en", None, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m045():
    w = T(2026, 3, 9, 1, 0, 17); tr = credly_tr(w, "m045", TAKESHI[1])
    text = """山田 健 さん

Amazon Web Services Training and Certification から発行されたバッジ「AWS Certified Cloud Practitioner」の有効期限が近づいています。

有効期限: 2026年4月8日

資格を維持するには、期限までに再認定の要件を満たしてください。詳しくは発行元の Web サイトをご確認ください。
https://aws.amazon.com/jp/certification/recertification/

バッジを表示: https://www.credly.com/badges/91a0d3e5-7f24-4c6b-8e19-b2d5c07a4f68

Credly, a Pearson company
"""
    top = yjp_top(TAKESHI[1], w, tr, "credly.com", "credly.com", seed="m045")
    subj = ew("バッジの有効期限が近づいています: AWS Certified Cloud Practitioner", "UTF-8", 15)
    hd = std(w, '"Credly" <admin@credly.com>', TAKESHI[1], subj, tr["msgid"], extra=tr["extra"])
    write(45, "credly-yuukoukigen-ja", "unrelated", "ja", None, True, top, tr["sender_hdrs"] + hd, part(text, cte="base64"), text)

def m046():
    w = T(2025, 9, 30, 16, 0, 0); tr = credly_tr(w, "m046", DANIEL[1])
    text = """Credly Insights | September 2025

5 ways to get more out of your badges

1. Add your badges to the Licenses & Certifications section of LinkedIn.
2. Put a badge in your e-mail signature.
3. Link your Credly profile on your resume.
4. Turn on job matching to see roles that value your skills.
5. Merge duplicate Credly accounts so all your badges live in one profile - it takes two minutes under Settings > Account.

Explore the new Credly Skills Report: https://info.credly.com/skills-report-2025

You are receiving this because you subscribed to Credly news. Unsubscribe: https://info.credly.com/unsubscribe
"""
    html = html_doc(paras(text), "Credly Insights")
    body = alt([part(text, charset="us-ascii", cte="7bit"), part(html, "html")], RUBYB("m046"))
    top = o365_top(DANIEL[1], w, tr, "credly.com", "credly.com", seed="m046", consumer=True)
    hd = std(w, '"Credly" <news@credly.com>', DANIEL[1], "5 ways to get more out of your badges", tr["msgid"],
             extra=tr["extra"] + ["List-Unsubscribe: <https://info.credly.com/unsubscribe>", "Precedence: bulk"])
    write(46, "credly-newsletter", "unrelated", "en", None, True, top, tr["sender_hdrs"] + hd, body, text)

def m047():
    w = T(2025, 3, 18, 20, 4, 51); tr = credly_tr(w, "m047", SARAH[1])
    text = """Hi Sarah,

We received a request to merge the Credly account s.lindqvist@unimail.se into your account sarah.lindqvist@gmail.com.

Your verification code is: 482913

Enter the code on the merge page, or click the link below:
Complete Account Merge: https://www.credly.com/account_merges/9c31fe20/confirm?code=482913

The code expires in 30 minutes. If you did not request this merge, you can ignore this e-mail; no changes will be made.

The Credly Team
"""
    top = gmail_top(SARAH[1], w, tr, "credly.com", CREDLY_DK, p="REJECT", seed="m047")
    hd = std(w, '"Credly" <admin@credly.com>', SARAH[1], "Credly account merge verification code", tr["msgid"], extra=tr["extra"])
    write(47, "credly-own-merge-code", "unrelated", "en", None, True, top, tr["sender_hdrs"] + hd, part(text, charset="us-ascii", cte="7bit"), text)

def m048():
    w = T(2025, 6, 12, 19, 33, 6)
    tr = dict(mailfrom="bounces+4120876-7c1e-priya.raman=northwind-analytics.com@em2231.certmetrics.com",
              host="o3.ptr7712.certmetrics.com", ip="168.245.43.91", mailfrom_dom="em2231.certmetrics.com")
    text = """AWS Certification wants to hear from you

Hello Priya,

As an AWS Certified individual (Candidate ID: AWS71450392), you are invited to take part in our annual AWS Certification satisfaction survey. It takes about 10 minutes, and your answers help shape future exams and benefits.

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?s=2025tcsat

Thank you,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this message.
"""
    top = o365_top(PRIYA[1], w, tr, "certmetrics.com", "certmetrics.com", seed="m048")
    sh = [dkim("certmetrics.com", "s1", w, seed="m048")]
    hd = std(w, '"AWS Certification" <do-not-reply@certmetrics.com>', PRIYA[1], "AWS Certification wants to hear from you",
             f"<{h('m048',22)}@geopod-ismtpd-7>")
    write(48, "certmetrics-hear-from-you", "unrelated", "en", None, False, top, sh + hd, part(text, charset="us-ascii", cte="7bit"), text)

def m049():
    w = T(2025, 9, 3, 14, 27, 58, dt.timezone(dt.timedelta(hours=-5)))
    tr = dict(mailfrom="pearsonvuecustomerservice@pearson.com", host="mx0a-0016e101.pphosted.com", ip="205.220.177.34",
              mailfrom_dom="pearson.com")
    text = """Pearson VUE

Dear Thomas Ng,

Thank you for scheduling your exam. Please review the details of your appointment below.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Tuesday, September 23, 2025
Time: 9:00 AM EDT
Delivery: OnVUE online proctored
Registration ID: 512847391
Candidate ID: AWS60438812

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Run the system test before exam day: https://home.pearsonvue.com/aws/onvue

Sincerely,
Pearson VUE
"""
    top = fastmail_top(THOMAS[1], w, tr, "pearson.com", [("pearson.com", "selector1")], pol="reject", seed="m049")
    sh = [dkim("pearson.com", "selector1", w, seed="m049")]
    hd = std(w, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', THOMAS[1],
             "Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional",
             f"<{h('m049',12)}.{int(w.timestamp())}.JavaMail.pvue@pvuemail01>")
    write(49, "pearson-vue-booking", "unrelated", "en", None, False, top, sh + hd, part(text, charset="us-ascii", cte="7bit"), text)

def m050():
    w = T(2025, 8, 20, 10, 15, 4, JST)
    tr = dict(mailfrom="pearsonvuecustomerservice@pearson.com", host="mx0b-0016e101.pphosted.com", ip="205.220.165.20",
              mailfrom_dom="pearson.com")
    text = """中村 陽菜 様

ピアソンVUEをご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: CLF-C02: AWS Certified Cloud Practitioner（日本語）
日時: 2025年9月6日(土) 13:30
会場: 東京都 新宿区 テストセンター
登録番号: 498213376
受験者ID: AWS63309127

当日は、有効な本人確認書類を2点ご持参ください。予約の変更・キャンセルは、試験日の24時間前までに AWS 認定アカウントから行ってください。

ピアソンVUE
"""
    top = gmail_top(HINA[1], w, tr, "pearson.com", [("pearson.com", "selector1")], p="REJECT", seed="m050")
    sh = [dkim("pearson.com", "selector1", w, seed="m050")]
    subj = ew("ピアソンVUE 試験予約確認のお知らせ", "ISO-2022-JP", 10)
    hd = std(w, f"{ew('ピアソンVUE', 'ISO-2022-JP', 10)} <pearsonvuecustomerservice@pearson.com>", HINA[1], subj,
             f"<{h('m050',12)}.{int(w.timestamp())}.JavaMail.pvue@pvuemail02>")
    write(50, "pearson-vue-yoyaku-ja", "unrelated", "ja", None, False, top, sh + hd,
          part(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp"), text)

def m051():
    w = later(OPEN["H"], 22); tr = ses(w, "m051"); cid = C["H"]
    text = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: Unexpected charges on July invoice
Severity: General guidance
Correspondence: Our July invoice shows NAT Gateway data processing charges in eu-west-1 that we cannot explain. Could you help us understand where they come from?

We will respond as soon as possible. You can view and respond to this case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update the case, use the link above.

Sincerely,
Amazon Web Services
"""
    top = o365_top(PRIYA[1], w, tr, "amazon.com", "amazon.com", seed="m051")
    hd = std(w, AWS_NOREPLY, PRIYA[1], f"Amazon Web Services: You have opened a new Support case: {cid}", tr["msgid"], extra=tr["extra"])
    write(51, "billing-case-opened", "unrelated", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m052():
    w = T(2025, 10, 3, 8, 14, 29); tr = ses(w, "m052"); cid = C["I"]
    text = f"""Hello Daniel,

We have approved and processed your service quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in us-east-1. Your new quota is 256 vCPUs. It can take up to 30 minutes for the new value to become effective.

As your request has been fulfilled, we will now resolve this case.

How did we do? Please take a moment to rate this correspondence in the Support Center; your feedback helps us improve.

Best regards,
Ravi K.
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL: https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en
"""
    top = o365_top(DANIEL[1], w, tr, "amazon.com", "amazon.com", seed="m052", consumer=True)
    hd = std(w, AWS_NOREPLY, DANIEL[1], f"RE:[CASE {cid}] Limit Increase: EC2 Instances", tr["msgid"], extra=tr["extra"])
    write(52, "ec2-quota-resolved-rate", "unrelated", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m053():
    w = T(2025, 5, 8, 7, 55, 12); tr = ses(w, "m053"); cid = C["SC"]
    text = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the duplicate detail pages for ASIN B0C7K2M9QX and ASIN B0C7K4T1ZP as you requested. The merged listing should be visible on the marketplace within 48 hours, and your offer now appears on the surviving detail page.

We consider this case resolved. If you need further help, reply to this e-mail and your case will be reopened.

Were you satisfied with this support experience?
Yes: https://sellercentral.amazon.it/cu/case-dashboard/feedback?caseID={cid}&r=yes
No:  https://sellercentral.amazon.it/cu/case-dashboard/feedback?caseID={cid}&r=no

Regards,
Giulia
Amazon.it Selling Partner Support
"""
    top = o365_top(MARCO[1], w, tr, "amazon.com", "amazon.com", seed="m053", region="eurprd07")
    hd = std(w, '"Amazon Selling Partner Support" <seller-notification@amazon.com>', addr(MARCO),
             f"RE:[CASE {cid}] Request to merge duplicate listings", tr["msgid"], extra=tr["extra"])
    write(53, "seller-central-listings-merged", "unrelated", "en", cid, True, top, tr["sender_hdrs"] + hd, part(text), text)

def m054():
    w = T(2025, 12, 9, 6, 41, 17)
    tr = dict(mailfrom="noreply@github.com", host="out-24.smtp.github.com", ip="192.30.252.207", mailfrom_dom="github.com")
    text = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-sys/cert-tracker/pull/412#event-15542093817
You are receiving this because you authored the thread.

Message ID: <hoshizora-sys/cert-tracker/pull/412/issue_event/15542093817@github.com>
"""
    html = html_doc("""<p>Merged <a href="https://github.com/hoshizora-sys/cert-tracker/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora-sys/cert-tracker/pull/412#event-15542093817">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>""")
    body = alt([part(text, cte="7bit"), part(html, "html", cte="7bit")], f"--==_mimepart_{h('m054',13)}_9a{h('m054x',4)}")
    top = o365_top(KENJI[1], w, tr, "github.com", "github.com", seed="m054", region="jpnprd01")
    sh = [dkim("github.com", "pf2023", w, seed="m054")]
    hd = std(w, '"Mei Tanaka" <notifications@github.com>', '"hoshizora-sys/cert-tracker" <cert-tracker@noreply.github.com>',
             "Re: [hoshizora-sys/cert-tracker] Merge duplicate certification records per employee (PR #412)",
             "<hoshizora-sys/cert-tracker/pull/412/issue_event/15542093817@github.com>",
             irt="<hoshizora-sys/cert-tracker/pull/412@github.com>", refs="<hoshizora-sys/cert-tracker/pull/412@github.com>",
             extra=["Cc: Kenji Watanabe <k.watanabe@hoshizora-sys.co.jp>, Author <author@noreply.github.com>",
                    "List-ID: hoshizora-sys/cert-tracker <cert-tracker.hoshizora-sys.github.com>",
                    "X-GitHub-Reason: author", "X-GitHub-Sender: mtanaka-hs"])
    write(54, "github-pr-merged", "unrelated", "en", None, False, top, sh + hd, body, text)

def m055():
    w = T(2025, 8, 30, 23, 12, 40); tr = ses(w, "m055", from_dom="signin.aws", sel="ih4u5m3jlg7vq6bkkbvqhgzxmz5hj3d6")
    text = """AWS Builder ID

Verify your identity

To finish signing in to your AWS Builder ID, enter the following verification code:

  571049

This code expires in 10 minutes. If you did not try to sign in, you can ignore this e-mail.

Amazon Web Services will never e-mail you and ask you to disclose or verify your password, credit card, or banking account number.
"""
    top = fastmail_top(THOMAS[1], w, tr, "signin.aws", [("signin.aws", "ih4u5m3jlg7vq6bkkbvqhgzxmz5hj3d6"), AMZ[1]], seed="m055")
    hd = std(w, '"AWS Builder ID" <no-reply@signin.aws>', THOMAS[1], "Verify your AWS Builder ID email address", tr["msgid"], extra=tr["extra"])
    write(55, "builder-id-code", "unrelated", "en", None, True, top, tr["sender_hdrs"] + hd, part(text, charset="us-ascii", cte="7bit"), text)

def m056():
    w = T(2025, 11, 8, 12, 2, 37, dt.timezone(dt.timedelta(hours=1)))
    orig = T(2025, 11, 8, 10, 26, 50)
    cid = C["E"]
    tr = dict(mailfrom="daniel.okafor@outlook.com", host="DU2PR03CU002.outbound.protection.outlook.com",
              ip="52.101.65.104", mailfrom_dom="outlook.com")
    new = f"""Keeping this for the records / for the training-budget claim - the certification merge from case {cid} is finally done, everything is now under AWS90416628.

Daniel
"""
    fwd = f"""
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Saturday, November 8, 2025 10:26 AM
To: Daniel Okafor <daniel.okafor@outlook.com>
Subject: RE:[CASE {cid}] {FORM_SUBJ}

Hi Daniel,

Thanks for your patience over the last few days. Everything is now under AWS90416628: your exam history, your active certifications and the 50% exam discount benefit have been carried over, and the two other profiles are no longer active.

Please allow up to 48 hours for Credly to reflect the change.

Best regards,
Mateo
Amazon Web Services
"""
    text = new + fwd
    top = o365_top("d.okafor@brightline-labs.com", w, tr, "outlook.com", "outlook.com", seed="m056", region="eurprd03")
    sh = [dkim("outlook.com", "selector1", w, seed="m056")]
    hd = std(w, "Daniel Okafor <daniel.okafor@outlook.com>", "Daniel Okafor <d.okafor@brightline-labs.com>",
             f"FW: RE:[CASE {cid}] {FORM_SUBJ}", f"<PH7P220MB1056{h('m056',10).upper()}@PH7P220MB1056.NAMP220.PROD.OUTLOOK.COM>",
             extra=["Thread-Topic: RE:[CASE %s] %s" % (cid, FORM_SUBJ), "Thread-Index: AQHb" + b64("m056ti", 40),
                    "X-MS-Has-Attach:", "Content-Language: en-GB"])
    write(56, "fw-completion-to-work", "unrelated", "en", cid, False, top, sh + hd, part(text), new)

def m057():
    w = T(2026, 2, 10, 21, 3, 55, JST)
    tr = dict(mailfrom="info@aws-jp-payment.com", host="mail.aws-jp-payment.com", ip="103.214.68.29", mailfrom_dom="aws-jp-payment.com")
    text = """Amazon Web Services をご利用のお客様

お客様のアカウントに登録されているお支払い方法の確認ができませんでした。
24時間以内に以下のリンクからお支払い情報を更新してください。更新いただけない場合、アカウントおよびすべてのサービスが停止されます。

お支払い情報を更新する: https://aws-jp-payment.com/billing/update?id=77c1

※本メールは送信専用です。

Amazon Web Services お支払いセンター
"""
    top = nifty_top(MISAKI[1], w, tr, "aws-jp-payment.com", None, dmarc="none", seed="m057")
    subj = ew("【重要】AWSアカウントのお支払い方法の確認が必要です", "ISO-2022-JP", 12)
    hd = std(w, f"{ew('AWS お支払いセンター', 'ISO-2022-JP', 12)} <billing@aws-jp-payment.com>", MISAKI[1], subj,
             f"<{h('m057',20)}@aws-jp-payment.com>")
    write(57, "billing-phish-ja", "unrelated", "ja", None, False, top, hd,
          part(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp"), text)

def m058():
    w = T(2025, 3, 20, 17, 0, 4); tr = ses(w, "m058")
    text = """What's new in AWS Certification - March 2025

NEW EXAM: AWS Certified Machine Learning Engineer - Associate is now generally available. Register through your AWS Certification account.

BENEFIT REMINDER: Use your 50% discount voucher for your next exam - find it under Benefits in your AWS Certification account.

DID YOU KNOW? If you have more than one AWS Certification account, contact AWS Training and Certification Customer Support and ask for them to be merged, so all your certifications and badges appear in one place.

TELL US WHAT YOU THINK: Take our 2-minute survey about this newsletter: https://pages.awscloud.com/tc-newsletter-survey.html

AWS Training and Certification
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/communication-preferences.html
"""
    html = html_doc(paras(text), "What's new in AWS Certification")
    body = alt([part(text, charset="us-ascii", cte="7bit"), part(html, "html")], sesb("m058"))
    top = gmail_top(SARAH[1], w, tr, "amazon.com", AMZ, seed="m058")
    hd = std(w, '"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', SARAH[1],
             "What's new in AWS Certification: March 2025", tr["msgid"],
             extra=tr["extra"] + ["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>", "Precedence: bulk"])
    write(58, "tc-newsletter", "unrelated", "en", None, True, top, tr["sender_hdrs"] + hd, body, text)

def m059():
    w = T(2025, 9, 12, 3, 47, 20)
    tr = dict(mailfrom="survey@mail.aws-rewards-feedback.com", host="mail.aws-rewards-feedback.com", ip="77.91.68.203",
              mailfrom_dom="mail.aws-rewards-feedback.com")
    text = """AWS Customer Loyalty Program 2025

Dear valued AWS customer,

You have been selected to receive a $100 AWS promotional credit. Answer three quick questions about the AWS services you use and the credit will be applied to your account.

Start now: https://aws-rewards-feedback.com/loyalty?u=thomas.ng

Offer valid for 48 hours only.

AWS Customer Feedback Team
"""
    top = fastmail_top(THOMAS[1], w, tr, "aws-rewards-feedback.com", [], dmarc="none", spf="pass", seed="m059")
    hd = std(w, '"AWS Customer Feedback" <survey@aws-rewards-feedback.com>', THOMAS[1],
             "You've been selected: $100 AWS credit for 3 quick answers", f"<{h('m059',20)}@aws-rewards-feedback.com>")
    html = html_doc(paras(text), "AWS")
    write(59, "reward-survey-phish", "unrelated", "en", None, False, top, hd, part(html, "html", cte="base64"), text)

def m060():
    w = T(2025, 12, 8, 12, 18, 3, JST)
    new = """渡辺さん

お疲れさまです。鈴木です。
私も先月、認定アカウントの統合をお願いしました。

問い合わせフォームで「Account Merge」を選んで、受験者IDを2つとも書いておけば、だいたい翌日に返事が来ました。向こうから統合内容の確認メールが来るので、それに返信したら2日後くらいに完了の連絡がありましたよ。Credly のバッジは少し遅れて移ってきました。

ケースを2つ作ると遅くなるらしいので、返事を待ったほうがいいと思います。

鈴木
"""
    quoted = """
From: 渡辺 健二 <k.watanabe@hoshizora-sys.co.jp>
Sent: Monday, December 8, 2025 11:02 AM
To: 鈴木 亮 <r.suzuki@hoshizora-sys.co.jp>
Subject: 認定アカウントの統合について

鈴木さん

AWS認定のアカウントが2つあるのですが、統合ってどうやりましたか？
サポートにケースを作ったところです。

渡辺
"""
    text = new + quoted
    t = w.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    top = [f"Received: from TYCPR01MB8712.jpnprd01.prod.outlook.com (2603:1096:400:15d::9) by\n TYWPR01MB10443.jpnprd01.prod.outlook.com with HTTPS; {t}",
           f"Received: from TYCPR01MB8712.jpnprd01.prod.outlook.com\n ([fe80::5c3b:17a2:e04d:91f6]) by TYCPR01MB8712.jpnprd01.prod.outlook.com\n ([fe80::5c3b:17a2:e04d:91f6%4]) with mapi id 15.20.8722.020; {t}",
           "X-MS-Exchange-Organization-AuthAs: Internal",
           "X-MS-Exchange-Organization-AuthMechanism: 04",
           "X-MS-Exchange-Organization-AuthSource: TYCPR01MB8712.jpnprd01.prod.outlook.com"]
    subj = ew("RE: 認定アカウントの統合について", "UTF-8", 20)
    hd = std(w, f"{ew('鈴木 亮', 'UTF-8')} <r.suzuki@hoshizora-sys.co.jp>", f"{ew('渡辺 健二', 'UTF-8')} <k.watanabe@hoshizora-sys.co.jp>",
             subj, f"<TYCPR01MB8712{h('m060',12).upper()}@TYCPR01MB8712.jpnprd01.prod.outlook.com>",
             irt=f"<TYCPR01MB8712{h('m060p',12).upper()}@TYCPR01MB8712.jpnprd01.prod.outlook.com>",
             refs=f"<TYCPR01MB8712{h('m060p',12).upper()}@TYCPR01MB8712.jpnprd01.prod.outlook.com>",
             extra=["Thread-Topic: " + ew("認定アカウントの統合について", "UTF-8", 20), "Content-Language: ja-JP", "X-MS-Has-Attach:"])
    write(60, "colleague-how-did-you-merge", "unrelated", "ja", None, None, top, hd, part(text, charset="iso-2022-jp", cte="7bit", codec="iso-2022-jp"), new)

if __name__ == "__main__":
    for i in range(1, 61):
        globals()[f"m{i:03d}"]()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(LABELS), "mails written")
