#!/usr/bin/env python3
"""Generate blind test set 47: realistic .eml files around AWS Certification account merges."""
import base64
import hashlib
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(474747)

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))
CET = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))
EST = timezone(timedelta(hours=-5))


def dt(s, tz=JST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def case15(d):
    return f"{int(d.timestamp())}{rng.randint(0, 99999):05d}"


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


JWD = "月火水木金土日"


def jp_date(d):
    return f"{d.year}年{d.month}月{d.day}日({JWD[d.weekday()]}) {d.hour}:{d.minute:02d}"


def gm_on(d, who):
    # Gmail (en-US) attribution line
    return d.strftime("On %a, %b %-d, %Y at %-I:%M %p ") + who + " wrote:"


def jp_on(d, who):
    # Gmail (ja) attribution line
    return f"{jp_date(d)} {who}:"


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


# ---------------------------------------------------------------- body parts

def part(text, sub="plain", cs="utf-8", cte="quoted-printable", codec=None, quoted_cs=True):
    codec = codec or cs
    raw = text.encode(codec)
    p = Message()
    p["Content-Type"] = f'text/{sub}; charset="{cs}"' if quoted_cs else f"text/{sub}; charset={cs}"
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def related(*parts):
    m = MIMEMultipart("related")
    for p in parts:
        m.attach(p)
    return m


# ---------------------------------------------------------------- headers

def enc_subject(s, cs="utf-8", keep_ascii_prefix=False):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if keep_ascii_prefix:
        # leave a leading ASCII run (e.g. "RE:[CASE 123] ") un-encoded, like many mailers do
        i = 0
        while i < len(s) and ord(s[i]) < 128:
            i += 1
        j = s.rfind(" ", 0, i) + 1
        if j > 0:
            return s[:j] + Header(s[j:], cs, header_name="Subject", continuation_ws=" ").encode(maxlinelen=76 - j)
    return Header(s, cs, header_name="Subject").encode(maxlinelen=76)


def enc_addr(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if any(c in name for c in ",.;:()<>@[]"):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{addr}>"


def ses_msgid(d):
    ms = int(d.timestamp() * 1000) + rng.randint(0, 999)
    return f"<0100{ms:012x}-{ruuid()}-000000@email.amazonses.com>"


SENDERS = {
    # key: (mailfrom domain / builder, relay host, relay ip, dkim domains)
    "ses": dict(host="a8-{n}.smtp-out.amazonses.com", ip="54.240.8.{n}", dkim=["amazon.com", "amazonses.com"]),
    "ses_jp": dict(host="e226-{n}.smtp-out.ap-northeast-1.amazonses.com", ip="23.251.226.{n}",
                   dkim=["amazon.com", "amazonses.com"]),
    "credly": dict(host="o{n}.ptr4172.credly.com", ip="167.89.{n}.21", dkim=["credly.com", "sendgrid.info"]),
}


def dkim_sig(domain, d, selector=None, hdrs="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    selector = selector or {
        "amazon.com": "rjq3gxvz5ubc3yohf5zq3ruenbvbz5ko",
        "amazonses.com": "224i4yxa5dv7c2xz3womw6peuasteono",
        "credly.com": "s1",
        "sendgrid.info": "smtpapi",
        "github.com": "pf2023",
        "certmetrics.com": "selector1",
        "pearsonvue.com": "s2048",
    }.get(domain, "default")
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={selector}; d={domain}; t={int(d.timestamp())};\n"
            f"\th={hdrs};\n\tbh={rb64(43)}=;\n\tb={rb64(76)}\n\t{rb64(76)}\n\t{rb64(66)}==")


def received_chain(provider, to_addr, d, relay_host, relay_ip, mailfrom, auth, helo=None, forged_ar=None):
    """Return list of (name, value) trace headers, topmost first.

    auth: None (no Authentication-Results) or dict(spf, dkim, dkim_d, dmarc, hfrom, policy)
    forged_ar: optional string value of a sender-inserted Authentication-Results header placed lower down.
    """
    h = []
    helo = helo or relay_host
    t0 = d + timedelta(seconds=rng.randint(1, 4))
    t1 = t0 + timedelta(seconds=rng.randint(0, 2))
    mf_dom = mailfrom.split("@")[1]
    if provider == "gmail":
        tz = PDT if 3 <= d.month <= 10 else PST
        tl = t1.astimezone(tz)
        tag = "PDT" if tz is PDT else "PST"
        h.append(("Delivered-To", to_addr))
        h.append(("Received", f"by 2002:a05:6a10:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rb64(10).replace('+','x').replace('/','y')}csp{rng.randint(100000,999999)};\n"
                              f"        {format_datetime(tl)} ({tag})"))
        h.append(("X-Google-Smtp-Source", f"AGHT+I{rb64(70)}"))
        h.append(("X-Received", f"by 2002:a05:620a:{rhex(4)}:b0:7c5:{rhex(4)}:{rhex(4)} with SMTP id af79cd13be357-{rhex(9)}mr{rng.randint(1000000,9999999)}85a.{rng.randint(10,99)}.{rng.randint(1000000000,9999999999)};\n"
                                f"        {format_datetime(tl)} ({tag})"))
        h.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(70)}\n         {rb64(70)}=="))
        h.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(70)}\n         {rb64(40)}=="))
        if auth is not None:
            ar = gmail_ar(auth, mailfrom, relay_ip)
            h.append(("ARC-Authentication-Results", "i=1; " + ar))
        h.append(("Return-Path", f"<{mailfrom}>"))
        h.append(("Received", f"from {relay_host} ({relay_host}. [{relay_ip}])\n        by mx.google.com with ESMTPS id {rb64(10).replace('+','a').replace('/','b')}-{rhex(6)}.{rng.randint(100,999)}.{d.year}.{rng.randint(10,99)}.{rng.randint(1000000,9999999)}\n"
                              f"        for <{to_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {format_datetime(tl)} ({tag})"))
        if auth is not None:
            sp = auth.get("spf", "pass")
            h.append(("Received-SPF", f"{sp} (google.com: domain of {mailfrom} {'designates' if sp == 'pass' else 'does not designate'} {relay_ip} as permitted sender) client-ip={relay_ip};"))
            h.append(("Authentication-Results", ar))
    elif provider == "o365":
        tl = t1.astimezone(UTC)
        if to_addr.endswith(".jp"):
            rid = rng.choice(["TYCPR01MB", "OS3PR01MB", "TYWPR01MB"])
        elif to_addr.endswith("outlook.com"):
            rid = rng.choice(["AS8PR04MB", "DB9PR10MB"])
        else:
            rid = rng.choice(["PH0PR11MB", "DM6PR12MB"])
        region = {"TY": "jpnprd01", "OS": "jpnprd01", "PH": "namprd11", "DM": "namprd12", "AS": "eurprd04", "DB": "eurprd10"}[rid[:2]]
        a = f"{rid}{rng.randint(1000,9999)}.{region}.prod.outlook.com"
        b = f"{rid[:4]}{rng.choice(['P','C'])}{rng.randint(10,99)}CA{rng.randint(1000,9999)}.{region}.prod.outlook.com"
        fe = f"{rid[:2]}{rng.choice(['N','Z'])}{rng.choice(['APC','AMC','EUR'])}{rng.randint(10,99)}FT{rng.randint(100,999)}.mail.protection.outlook.com"
        h.append(("Received", f"from {b} (2603:1096:{rhex(3)}:{rhex(2)}::{rhex(2)}) by\n {a} (2603:1096:{rhex(3)}:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)}; {format_datetime(tl)}"))
        h.append(("Received", f"from {fe}\n (2603:1096:{rhex(3)}:{rhex(3)}:cafe::{rhex(2)}) by {b}\n (2603:1096:{rhex(3)}:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)} via Frontend Transport; {format_datetime(tl)}"))
        if auth is not None:
            h.append(("Authentication-Results", o365_ar(auth, mf_dom, relay_ip)))
            sp = auth.get("spf", "pass")
            h.append(("Received-SPF", f"{sp.capitalize()} (protection.outlook.com: domain of {mf_dom} {'designates' if sp == 'pass' else 'does not designate'} {relay_ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={relay_ip}; helo={helo}; pr=C"))
        h.append(("Received", f"from {relay_host} ({relay_ip}) by\n {fe} ({rng.choice(['10.167','10.118','10.152'])}.{rng.randint(1,250)}.{rng.randint(1,250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)} via Frontend Transport; {format_datetime(tl)}"))
    elif provider in ("nifty", "ocn", "biglobe", "corp_jp"):
        tl = t1.astimezone(JST)
        inner = {"nifty": ("mta-snd{n}.nifty.com", "mx.nifty.com", "mfilter{n}.nifty.com"),
                 "ocn": ("mx{n}.ocn.ne.jp", "ocn.ne.jp", "md-in{n}.ocn.ne.jp"),
                 "biglobe": ("mail{n}.biglobe.ne.jp", "biglobe.ne.jp", "mx{n}.biglobe.ne.jp"),
                 "corp_jp": ("mx{n}.kaisha-systems.co.jp", "kaisha-systems.co.jp", "gw{n}.kaisha-systems.co.jp")}[provider]
        n1, n2 = rng.randint(1, 40), rng.randint(1, 40)
        h.append(("Return-Path", f"<{mailfrom}>"))
        h.append(("Received", f"from {inner[2].format(n=n2)} (localhost [127.0.0.1])\n\tby {inner[0].format(n=n1)} with ESMTP id {rhex(12).upper()}\n\tfor <{to_addr}>; {format_datetime(tl)}"))
        if auth is not None:
            h.append(("Authentication-Results", jp_ar(inner[1], auth, mailfrom)))
        h.append(("Received", f"from {relay_host} ({relay_host} [{relay_ip}])\n\tby {inner[2].format(n=n2)} with ESMTPS id {rhex(10).upper()}\n\tfor <{to_addr}>; {format_datetime(t0.astimezone(JST))}"))
    elif provider == "none":
        tl = t1.astimezone(UTC)
        h.append(("Return-Path", f"<{mailfrom}>"))
        h.append(("Received", f"from {relay_host} ([{relay_ip}])\n\tby mx.{to_addr.split('@')[1]} (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{to_addr}>; {format_datetime(tl)}"))
    else:
        raise ValueError(provider)
    if forged_ar:
        h.append(("Authentication-Results", forged_ar))
    return h


def gmail_ar(a, mailfrom, ip):
    parts = []
    for dd in a.get("dkim_d", []):
        parts.append(f"dkim={a.get('dkim', 'pass')} header.i=@{dd} header.s={dkim_sel(dd)} header.b={rb64(8)}")
    if not a.get("dkim_d"):
        parts.append("dkim=none")
    sp = a.get("spf", "pass")
    if sp == "pass":
        parts.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf={sp} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    pol = a.get("policy", "p=QUARANTINE sp=QUARANTINE dis=NONE")
    parts.append(f"dmarc={a['dmarc']} ({pol}) header.from={a['hfrom']}")
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def dkim_sel(dd):
    return {"amazon.com": "rjq3gxvz", "amazonses.com": "224i4yxa", "credly.com": "s1", "sendgrid.info": "smtpapi",
            "github.com": "pf2023", "certmetrics.com": "selector1", "pearsonvue.com": "s2048"}.get(dd, "s1")


def o365_ar(a, mf_dom, ip):
    sp = a.get("spf", "pass")
    dk = a.get("dkim", "pass")
    dd = (a.get("dkim_d") or ["none"])[0]
    dks = "(signature was verified)" if dk == "pass" else ("(message not signed)" if dk == "none" else "(signature did not verify)")
    dm = a["dmarc"]
    action = "none" if dm == "pass" else a.get("action", "quarantine")
    comp = "pass reason=100" if dm == "pass" else a.get("compauth", "fail reason=000")
    return (f"spf={sp} (sender IP is {ip})\n smtp.mailfrom={mf_dom}; dkim={dk} {dks}\n header.d={dd};dmarc={dm} action={action}\n"
            f" header.from={a['hfrom']};compauth={comp}")


def jp_ar(authserv, a, mailfrom):
    dd = (a.get("dkim_d") or ["none"])[0]
    s = f"{authserv}; spf={a.get('spf','pass')} smtp.mailfrom={mailfrom};\n\tdkim={a.get('dkim','pass')} header.d={dd} header.s={dkim_sel(dd)};\n\tdmarc={a['dmarc']} header.from={a['hfrom']}"
    return s


# ---------------------------------------------------------------- assembly

LABELS = {}


def emit(fname, body, *, kind, lang, case_id, ids, verified,
         frm, to, subject, date, provider, sender="ses", mailfrom=None, auth="default",
         dkim=None, msgid=None, in_reply_to=None, references=None, extra=(), subj_cs="utf-8",
         subj_keep_prefix=False, forged_ar=None, cc=None, relay=None, reply_to=None):
    assert fname[:3].isdigit() and fname.endswith(".eml")
    frm_name, frm_addr = frm
    to_name, to_addr = to
    dom = frm_addr.split("@")[1]
    if relay:
        relay_host, relay_ip = relay
    else:
        s = SENDERS[sender]
        n = rng.randint(11, 250)
        relay_host, relay_ip = s["host"].format(n=n), s["ip"].format(n=n)
    if mailfrom is None:
        if sender.startswith("ses"):
            ms = int(date.timestamp() * 1000)
            mailfrom = f"0100{ms:012x}-{ruuid()}-000000@email.amazonses.com" if sender == "ses" else \
                f"0106{ms:012x}-{ruuid()}-000000@ap-northeast-1.amazonses.com"
        elif sender == "credly":
            mailfrom = f"bounces+{rng.randint(1000000,9999999)}-{rhex(4)}-{to_addr.replace('@','=')}@em4172.credly.com"
    if dkim is None:
        dkim = SENDERS[sender]["dkim"] if sender in SENDERS else [dom]
    if auth == "default":
        auth = dict(spf="pass", dkim="pass", dkim_d=dkim, dmarc="pass", hfrom=dom)
        if dom in ("credly.com", "youracclaim.com"):
            auth["policy"] = "p=NONE sp=NONE dis=NONE"
    hdrs = received_chain(provider, to_addr, date, relay_host, relay_ip, mailfrom, auth, forged_ar=forged_ar)
    for dd in dkim:
        hdrs.append(("DKIM-Signature", dkim_sig(dd, date)))
    hdrs.append(("From", enc_addr(frm_name, frm_addr, subj_cs if subj_cs != "utf-8" else "utf-8")))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", enc_addr(to_name, to_addr, subj_cs)))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", enc_subject(subject, subj_cs, subj_keep_prefix)))
    hdrs.append(("Date", format_datetime(date)))
    if msgid is None:
        msgid = ses_msgid(date) if sender.startswith("ses") else f"<{ruuid()}@{dom}>"
        if sender == "ses_jp":
            msgid = msgid.replace("<0100", "<0106").replace("@email.amazonses.com", "@ap-northeast-1.amazonses.com")
    hdrs.append(("Message-ID", msgid))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    for k, v in extra:
        hdrs.append((k, v))
    if sender.startswith("ses") and dom.endswith("amazon.com"):
        region = "ap-northeast-1" if sender == "ses_jp" else "us-east-1"
        hdrs.append(("Feedback-ID", f"::1.{region}.{rb64(43).replace('/','a').replace('+','b')}=:AmazonSES"))
        hdrs.append(("X-SES-Outgoing", f"{date.astimezone(UTC):%Y.%m.%d}-{relay_ip}"))

    content = list(body.items())
    for k in list(body.keys()):
        del body[k]
    for k, v in hdrs:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in content:
        body[k] = v
    data = body.as_bytes()
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
                     "sender_verified": verified, "language": lang}
    return msgid


def html_wrap(inner, lang="en", title=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif;">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            f'<table role="presentation" width="600" cellpadding="24" cellspacing="0" border="0" style="background:#ffffff;color:#16191f;font-size:14px;line-height:1.5;">\n'
            f'<tr><td>\n{inner}\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n')


AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def support_url(case, lang="en"):
    return f"https://console.aws.amazon.com/support/home#/case/?displayId={case}&language={lang}"



# ====================================================================== the set

# users ------------------------------------------------------------------------
U1 = ("渡辺 健二", "kenji.watanabe.dev@gmail.com")
U2 = ("Emily Carter", "emily.carter@northwind-analytics.com")
U3 = ("佐藤 美咲", "misaki.sato@nifty.com")
U4 = ("Rahul Mehta", "rahul.mehta88@gmail.com")
U5 = ("田中 翔", "sho.tanaka@kaisha-systems.co.jp")
U6 = ("Laura Schmidt", "laura.schmidt@outlook.com")
U7 = ("小林 由美", "yumi.kobayashi@ocn.ne.jp")
U8 = ("Dan Okafor", "dan.okafor@gmail.com")
U9 = ("中村 浩", "h-nakamura@biglobe.ne.jp")
U10 = ("Priya Nair", "priya@priya-nair.net")
U11 = ("Tom Becker", "tom.becker.cloud@gmail.com")

K1, K2 = "AWS04417283", "AWS10983356"
E1, E2 = "AWS02759104", "AWS11460327"
M1, M2 = "AWS07318842", "AWS12045519"
R1, R2, R3 = "AWS03392876", "AWS09915402", "AWS11207738"
S1, S2 = "AWS05126690", "AWS10277431"
L1, L2 = "AWS06640218", "AWS12588903"
Y1, Y2 = "AWS08850317", "AWS11734062"
D1, D2 = "AWS04881960", "AWS13002745"
H1, H2 = "AWS09406612", "AWS13571180"
P1, P2 = "AWS08123459", "AWS12966074"
T1, T2 = "AWS07705531", "AWS13110289"

O1 = dt("2025-05-27 23:02:11", JST); C1 = case15(O1)
O2 = dt("2025-03-03 15:20:47", UTC); C2 = case15(O2)
O3 = dt("2025-07-14 21:30:05", JST); C3 = case15(O3)
O4 = dt("2025-02-17 19:35:22", IST); C4 = case15(O4)
O5 = dt("2025-09-08 10:12:40", JST); C5 = case15(O5)
O5b = dt("2025-09-10 09:03:18", JST); C5b = case15(O5b)
C6 = "12694830517"
O7 = dt("2026-01-19 20:45:31", JST); C7 = case15(O7)
O8 = dt("2025-12-01 18:30:09", UTC); C8 = case15(O8)
O9 = dt("2025-11-03 22:14:50", JST); C9 = case15(O9)
O10 = dt("2026-02-09 11:05:33", UTC); C10 = case15(O10)
C11 = "11930485207"

EN_LEGAL = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
            "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. "
            "North, Seattle, WA 98109-5210.")
CONSOLE_NOREPLY_EN = ("Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
                      "To respond to this case, please follow the link above to respond from your AWS Support Center.")
CONSOLE_NOREPLY_JA = ("※このメールは送信専用のアドレスから送信されています。このメールに返信されても対応できませんので、"
                      "上記リンクよりサポートセンターからご返信ください。")
RATE_EN = ("We value your feedback. Please share your experience by rating this correspondence using the AWS Support "
           "Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars "
           "in top right corner of each correspondence within the AWS Support Center.")


def qualtrics(case, lang="EN"):
    return f"https://amazonexteu.qualtrics.com/jfe/form/SV_{rb64(15).replace('/','x').replace('+','y')}?CaseId={case}&Q_Language={lang}"


def build_all():
    # ------------------------------------------------------------ case_created
    d = O4 + timedelta(seconds=38)
    emit("001-form-request-received.eml", part(f"""Hello Rahul,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have received your inquiry and created case {C4}.

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID provided: {R1}

A member of our team will review your request and respond to this email address, typically within 24 hours. To help us assist you quickly, please do not submit a new form for the same request. If you have additional details, simply reply to this email and keep the case number in the subject line.

Kind regards,
AWS Training and Certification
https://aws.amazon.com/certification/

{EN_LEGAL}
"""),
         kind="case_created", lang="en", case_id=C4, ids=[R1], verified=True,
         frm=AWS_FORM, to=U4, subject=f"[CASE {C4}] We have received your request - AWS Training and Certification",
         date=d.astimezone(UTC), provider="gmail")

    d = dt("2025-10-06 06:14:52", UTC)
    txt = f"""Dear Amazon Web Services customer,

Thank you for contacting Amazon Web Services. We have opened case {C6} to address your issue.

The details of your case are as follows:

Case ID: {C6}
Subject: Merge two AWS Certification accounts (duplicate candidate profiles)
Severity: General guidance
Correspondence: Hello, I have two certification accounts: aws-06640218 (my current one, Laura Schmidt) and AWS 12588903, which I created in 2021 with my university email address. Please merge them so all my certifications show on one profile. Thank you!

You can view and respond to this case in the AWS Support Center:
{support_url(C6)}

Sincerely,
Amazon Web Services

{CONSOLE_NOREPLY_EN}
"""
    html = html_wrap(f"""<p>Dear Amazon Web Services customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {C6} to address your issue.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="4" style="font-size:14px;">
<tr><td><b>Case ID:</b></td><td>{C6}</td></tr>
<tr><td><b>Subject:</b></td><td>Merge two AWS Certification accounts (duplicate candidate profiles)</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>Hello, I have two certification accounts: aws-06640218 (my current one, Laura Schmidt) and AWS 12588903, which I created in 2021 with my university email address. Please merge them so all my certifications show on one profile. Thank you!</td></tr>
</table>
<p>You can view and respond to this case in the <a href="{support_url(C6)}">AWS Support Center</a>.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="color:#687078;font-size:12px;">{CONSOLE_NOREPLY_EN}</p>""", title="AWS Support")
    emit("002-console-new-support-case.eml", alt(part(txt), part(html, "html")),
         kind="case_created", lang="en", case_id=C6, ids=[L1, L2], verified=True,
         frm=AWS_NOREPLY, to=U6, subject=f"Amazon Web Services: You have opened a new Support case: {C6}",
         date=d, provider="o365")

    d = O7 + timedelta(seconds=51)
    emit("003-console-case-opened-ja.eml", part(f"""Amazon Web Services をご利用いただきありがとうございます。

お問い合わせいただいた内容について、ケース {C7} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {C7}
件名: AWS認定アカウントの統合のお願い
重要度: 一般的なガイダンス

ケースの確認およびご返信は、サポートセンターから行っていただけます。
{support_url(C7, "ja")}

よろしくお願いいたします。
Amazon Web Services

{CONSOLE_NOREPLY_JA}
""", cs="iso-2022-jp", cte="7bit"),
         kind="case_created", lang="ja", case_id=C7, ids=[], verified=True,
         frm=AWS_NOREPLY, to=U7, subject=f"Amazon Web Services: 新しいサポートケースをオープンしました: {C7}",
         subj_cs="iso-2022-jp", subj_keep_prefix=True, date=d.astimezone(UTC), provider="ocn", sender="ses_jp")

    d = O1 + timedelta(seconds=44)
    emit("004-form-uketsuke-sjis.eml", part(f"""渡辺 健二 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号: {C1}
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者が内容を確認のうえ、原則として24時間以内に、ご登録のメールアドレス宛にご連絡いたします。
同じ内容でフォームを再度送信されますと、かえって対応が遅れる場合がございます。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

今後ともよろしくお願いいたします。

AWS トレーニングと認定
https://aws.amazon.com/jp/certification/
""", cs="Shift_JIS", codec="shift_jis", cte="base64"),
         kind="case_created", lang="ja", case_id=C1, ids=[], verified=True,
         frm=AWS_FORM, to=U1, subject=f"[CASE {C1}] お問い合わせを受け付けました - AWS トレーニングと認定",
         subj_keep_prefix=True, date=d.astimezone(UTC), provider="gmail")

    d = O10 + timedelta(seconds=29)
    emit("005-request-logged-html.eml", part(html_wrap(f"""<p style="font-size:18px;font-weight:bold;color:#232f3e;">We&rsquo;ve got it from here</p>
<p>Hi Priya,</p>
<p>Thanks for getting in touch with AWS Training and Certification. Your request has been logged under reference
<b>{C10}</b> and placed in the queue for our certification specialists.</p>
<p><b>What happens next</b></p>
<ul>
<li>A specialist reviews the details you gave us.</li>
<li>You&rsquo;ll hear back at this address, usually within one business day.</li>
<li>If we need anything else from you, we&rsquo;ll ask in that reply.</li>
</ul>
<p>If you write to us about this, please keep the reference number in the subject line so your messages stay together.
There is no need to fill in the form again.</p>
<p>AWS Training and Certification</p>
<hr style="border:none;border-top:1px solid #d5dbdb;">
<p style="font-size:11px;color:#687078;">{EN_LEGAL}</p>""", title="Request received"), "html", cte="quoted-printable"),
         kind="case_created", lang="en", case_id=C10, ids=[], verified=None,
         frm=AWS_FORM, to=U10, subject=f"Your request has been logged (ref. {C10})",
         date=d, provider="none")

    d = dt("2025-12-02 03:17:40", UTC)
    fake = case15(d - timedelta(minutes=3))
    emit("006-ticket-created-lookalike.eml", alt(part(f"""Dear Customer,

Your support ticket #{fake} has been created.

Our Certification team has received your account consolidation request and will begin processing it shortly.

IMPORTANT: To avoid delays, you must verify your AWS Certification sign-in within 48 hours of this notice. Unverified tickets are automatically cancelled.

Verify now: https://aws-certification-help.com/verify?ticket={fake}

Thank you,
AWS Certification Support Team
""", cte="7bit"), part(html_wrap(f"""<p>Dear Customer,</p>
<p>Your support ticket <b>#{fake}</b> has been created.</p>
<p>Our Certification team has received your account consolidation request and will begin processing it shortly.</p>
<p style="color:#d13212;"><b>IMPORTANT:</b> To avoid delays, you must verify your AWS Certification sign-in within 48 hours of this notice. Unverified tickets are automatically cancelled.</p>
<p><a href="https://aws-certification-help.com/verify?ticket={fake}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;">Verify now</a></p>
<p>Thank you,<br>AWS Certification Support Team</p>""", title="Ticket created"), "html")),
         kind="case_created", lang="en", case_id=fake, ids=[], verified=False,
         frm=("AWS Certification Support", "support@aws-certification-help.com"), to=U8,
         subject=f"Ticket #{fake} created - AWS Certification account request",
         date=d, provider="gmail", sender="other", relay=("mail.aws-certification-help.com", "185.234.72.19"),
         mailfrom="bounce@aws-certification-help.com", dkim=["aws-certification-help.com"],
         auth=dict(spf="pass", dkim="pass", dkim_d=["aws-certification-help.com"], dmarc="pass",
                   hfrom="aws-certification-help.com", policy="p=NONE sp=NONE dis=NONE"))

    d = O5b + timedelta(seconds=47)
    emit("007-console-second-case-ja.eml", part(f"""Amazon Web Services をご利用いただき、ありがとうございます。

新しいケースを作成しました。ケース番号は {C5b} です。

ケース ID: {C5b}
件名: AWS認定アカウント統合の件（再送）
重要度: 一般的なガイダンス
内容: 9月8日にケース {C5} で認定アカウントの統合をお願いしましたが、まだご連絡をいただけていないため、改めてお送りします。AWS05126690 と aws10277431 の2つのアカウントを1つにまとめていただきたいです。会社のアドレスの方を残したいです。

ケースの状況確認やご返信は、AWS サポートセンターから行えます。
{support_url(C5b, "ja")}

よろしくお願いいたします。
Amazon Web Services

{CONSOLE_NOREPLY_JA}
"""),
         kind="case_created", lang="ja", case_id=C5b, ids=[S1, S2], verified=True,
         frm=AWS_NOREPLY, to=U5, subject=f"Amazon Web Services: 新しいサポートケースをオープンしました: {C5b}",
         date=d.astimezone(UTC), provider="o365", sender="ses_jp")

    d = O3 + timedelta(seconds=33)
    txt = f"""このメールは HTML 形式で送信されています。

お問い合わせを受け付けました（ケース番号: {C3}）。
担当者より改めてご連絡いたします。

AWS トレーニングと認定
"""
    html = html_wrap(f"""<p>佐藤 美咲 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。<br>
以下の内容でお問い合わせを受け付けました。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr><th align="left" style="background:#f2f3f3;">ケース番号</th><td>{C3}</td></tr>
<tr><th align="left" style="background:#f2f3f3;">お問い合わせの種類</th><td>認定</td></tr>
<tr><th align="left" style="background:#f2f3f3;">詳細</th><td>アカウントの統合</td></tr>
<tr><th align="left" style="background:#f2f3f3;">AWS 候補者 ID</th><td>aws07318842</td></tr>
</table>
<p>担当者が内容を確認し、原則として24時間以内にこのメールアドレス宛にご連絡いたします。<br>
補足事項がございましたら、件名を変えずに本メールにご返信ください。同じ内容のフォームを重ねて送信していただく必要はございません。</p>
<p>AWS トレーニングと認定</p>""", lang="ja", title="お問い合わせ受付")
    emit("008-uketsuke-alt-parts-differ.eml", alt(part(txt, cte="base64"), part(html, "html", cte="base64")),
         kind="case_created", lang="ja", case_id=C3, ids=[M1], verified=True,
         frm=AWS_FORM, to=U3, subject=f"【AWS トレーニングと認定】お問い合わせ受付のお知らせ [CASE {C3}]",
         date=d.astimezone(UTC), provider="nifty", sender="ses_jp")

    # ------------------------------------------------ merge_confirmation_requested
    d = dt("2025-02-18 16:41:09", UTC)
    emit("009-confirm-three-accounts.eml", part(f"""Hello Rahul,

Thank you for contacting AWS Training and Certification.

I have located the following certification accounts associated with you:

1. {R1} - rahul.mehta88@gmail.com (3 active certifications)
2. {R2} - rahul.mehta@infosphere-tech.com (1 active certification)
3. {R3} - r.mehta@alumni.iitb.ac.in (1 expired certification)

As requested, accounts 2 and 3 will be merged into account 1 ({R1}), which will remain your active account. You will continue to sign in with rahul.mehta88@gmail.com.

Please be aware that an account merge is permanent and cannot be reversed once it has been carried out. Before I submit the request, please reply to this email to confirm that the details above are correct and that you would like us to proceed.

Best regards,

Ananya R.
AWS Training and Certification

{EN_LEGAL}
"""),
         kind="merge_confirmation_requested", lang="en", case_id=C4, ids=[R1, R2, R3], verified=True,
         frm=AWS_FORM, to=U4, subject=f"RE:[CASE {C4}] {FORM_SUBJ}", date=d, provider="gmail")

    d = dt("2025-05-28 01:40:27", UTC)
    emit("010-kakunin-iso2022jp.eml", part(f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の山口です。

ご依頼の内容を確認いたしました。以下のとおりアカウントを統合する予定です。

  統合後も残るアカウント（統合先）: {K1}（kenji.watanabe.dev@gmail.com）
  統合されるアカウント（統合元）　: {K2}（k.watanabe@ashitaba-denki.co.jp）

統合元アカウントの認定資格および受験履歴は、すべて統合先アカウントへ移されます。
なお、統合処理は一度実行すると元に戻すことができません。

上記の内容でお間違いがなければ、本メールにご返信いただき、統合を進めてよいかご確認をお願いいたします。
ご返信をいただき次第、手続きを開始いたします。

よろしくお願いいたします。

山口
AWS トレーニングと認定
""", cs="iso-2022-jp", cte="7bit"),
         kind="merge_confirmation_requested", lang="ja", case_id=C1, ids=[K1, K2], verified=True,
         frm=AWS_FORM, to=U1, subject=f"RE:[CASE {C1}] {FORM_SUBJ}", date=d, provider="gmail")

    d = dt("2025-10-07 09:02:33", UTC)
    emit("011-verify-before-action-html.eml", part(html_wrap(f"""<p>Hello Laura,</p>
<p>Thanks for your patience while we looked into this.</p>
<p>Before we action anything, could you please verify the following for us?</p>
<ul>
<li><b>Profile we will retain:</b> AWS 06640218 (laura.schmidt@outlook.com)</li>
<li><b>Profile that will be folded into it and then closed:</b> AWS-12588903 (l.schmidt@stud.uni-heidelberg.de)</li>
</ul>
<p>Please bear in mind that this can&rsquo;t be undone afterwards: once the two profiles are combined, we are not able to split them again.</p>
<p>If this is right, just reply to this case through the Support Center with &ldquo;Yes, proceed&rdquo;. If you would rather keep the other profile, let us know and we&rsquo;ll do it the other way round.</p>
<p>Best regards,<br>Kwame A.<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078;">{RATE_EN}</p>
<p style="font-size:12px;">To see all the messages or reply, please visit: <a href="{support_url(C6)}">{support_url(C6)}</a></p>
<p style="font-size:12px;color:#687078;">{CONSOLE_NOREPLY_EN}</p>""", title="AWS Support"), "html", cte="quoted-printable"),
         kind="merge_confirmation_requested", lang="en", case_id=C6, ids=[L1, L2], verified=True,
         frm=AWS_NOREPLY, to=U6,
         subject=f"RE:[CASE {C6}] Merge two AWS Certification accounts (duplicate candidate profiles)",
         date=d, provider="o365")

    d = dt("2025-07-15 23:26:14", UTC)
    q = jp_on(dt("2025-07-15 07:48:00"), f"{U3[0]} <{U3[1]}>")
    emit("012-kakunin-jp-quote.eml", part(f"""佐藤 美咲 様

お世話になっております。AWS トレーニングと認定の木村でございます。
追加の情報をお送りいただき、ありがとうございます。

いただいた情報をもとに確認しましたところ、以下の2つのアカウントが見つかりました。

・{M1}（misaki.sato@nifty.com）… こちらを存続させます
・{M2}（m.sato@hanamizuki-soft.co.jp）… こちらを上記へ統合します

統合後、{M2} はご利用いただけなくなり、この操作は取り消すことができません。
このまま統合を実施してよろしいでしょうか。恐れ入りますが、本メールへのご返信にて最終的なご意向をお知らせください。

何卒よろしくお願い申し上げます。

木村
AWS トレーニングと認定

{q}
{quote('''AWS トレーニングと認定 ご担当者様

先ほどフォームから問い合わせをした佐藤です。補足させてください。
転職前の会社のメールアドレス（m.sato@hanamizuki-soft.co.jp）で作ったアカウントと、
個人のアドレスで作ったアカウントがあります。個人の方（AWS07318842）に
まとめたいです。前の会社のアドレスはもう受信できません。

よろしくお願いします。
佐藤''')}
""", cte="base64"),
         kind="merge_confirmation_requested", lang="ja", case_id=C3, ids=[M1, M2], verified=True,
         frm=AWS_FORM, to=U3, subject=f"RE:[CASE {C3}] {FORM_SUBJ}", date=d, provider="nifty")

    d = dt("2025-03-05 22:51:02", UTC)
    fake = case15(O2 + timedelta(hours=30))
    link = f"https://aws-trainingcertification.com/account/merge/confirm?ref={fake}&t={rhex(24)}"
    emit("013-confirm-lookalike-domain.eml", alt(part(f"""Hello Emily,

We are ready to merge certification account {E2} into {E1} (case {fake}).

Because an account merge cannot be undone, we need your explicit confirmation before we continue. Please sign in and confirm within 24 hours, otherwise the request will be cancelled and your certifications may become unavailable:

{link}

AWS Training and Certification
"""), part(html_wrap(f"""<p>Hello Emily,</p>
<p>We are ready to merge certification account <b>{E2}</b> into <b>{E1}</b> (case {fake}).</p>
<p>Because an account merge cannot be undone, we need your explicit confirmation before we continue. Please sign in and confirm within <b>24 hours</b>, otherwise the request will be cancelled and your certifications may become unavailable.</p>
<p><a href="{link}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold;">Confirm merge</a></p>
<p>AWS Training and Certification</p>""", title="Confirm merge"), "html")),
         kind="merge_confirmation_requested", lang="en", case_id=fake, ids=[E1, E2], verified=False,
         frm=("AWS Training and Certification", "no-reply@aws-trainingcertification.com"), to=U2,
         subject=f"Action required: confirm your certification account merge [CASE {fake}]",
         date=d, provider="o365", sender="other", relay=("vps-4411.hostsrv-eu.net", "91.219.236.88"),
         mailfrom="no-reply@aws-trainingcertification.com", dkim=[],
         auth=dict(spf="pass", dkim="none", dkim_d=[], dmarc="none", hfrom="aws-trainingcertification.com",
                   action="none", compauth="fail reason=451"))

    d = dt("2025-12-03 11:08:55", UTC)
    fake = case15(O8 + timedelta(hours=7))
    emit("014-confirm-spoofed-dmarc-fail.eml", part(f"""Hello Dan,

Thank you for contacting AWS Training and Certification.

We have reviewed your request and are ready to merge the following accounts:

  Account to keep:   {D1}
  Account to merge:  {D2}

This action is irreversible. To confirm that you are the owner of both accounts, please reply to this email with "CONFIRM" and the email address and password you use to sign in to AWS Certification. Requests that are not confirmed within 24 hours will be closed.

Best regards,

Michael T.
AWS Training and Certification
""", cte="7bit"),
         kind="merge_confirmation_requested", lang="en", case_id=fake, ids=[D1, D2], verified=False,
         frm=AWS_FORM, to=U8, subject=f"RE:[CASE {fake}] {FORM_SUBJ}",
         reply_to="AWS Training and Certification <aws.tc.casework@outlook-mail.support>",
         date=d, provider="gmail", sender="other", relay=("srv1.bulkmta-cloud.com", "45.141.84.203"),
         mailfrom="postmaster@bulkmta-cloud.com", dkim=[], msgid=f"<{rhex(20)}@bulkmta-cloud.com>",
         auth=dict(spf="pass", dkim="none", dkim_d=[], dmarc="fail", hfrom="amazon.com"),
         forged_ar="amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com")

    d = dt("2025-09-11 05:26:48", UTC)
    emit("015-shonin-console-sjis.eml", part(f"""田中 翔 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
ご連絡が遅くなり、申し訳ございません。

ご依頼いただいた認定アカウントの統合について、以下の内容で処理を行う準備が整いました。

【存続するアカウント】aws05126690（sho.tanaka@kaisha-systems.co.jp）
【統合対象のアカウント】aws10277431（sho.tanaka.aws@gmail.com）

統合対象のアカウントに紐づく認定資格・受験履歴・特典は存続するアカウントへ移され、統合対象のアカウントは削除されます。
統合は不可逆的な処理であり、実施後に元の状態へ戻すことはできません。

上記の内容に相違がないかご確認のうえ、サポートセンターから本ケースにご返信いただき、ご承認をお願いいたします。
ご承認をいただくまで、処理は保留とさせていただきます。

{support_url(C5, "ja")}

よろしくお願いいたします。

小野寺
Amazon Web Services

{CONSOLE_NOREPLY_JA}
""", cs="Shift_JIS", codec="shift_jis", cte="base64", quoted_cs=False),
         kind="merge_confirmation_requested", lang="ja", case_id=C5, ids=[S1, S2], verified=True,
         frm=AWS_NOREPLY, to=U5, subject=f"RE:[CASE {C5}] AWS認定アカウントの統合について",
         subj_cs="iso-2022-jp", subj_keep_prefix=True, date=d, provider="o365", sender="ses_jp")

    d = dt("2025-12-03 14:55:21", UTC)
    inner = f"""Hello Dan,

Thank you for contacting AWS Training and Certification.

I found two certification accounts under your name: {D1} and
{D2}. Could you let me know which of these you would like to keep
as your primary account? The other one would then be merged into it.

Best regards,
Tomasz K.
AWS Training and Certification"""
    userq = f"""Hi Tomasz,

Please keep the gmail one. The Lumenworks account was only used for the
Cloud Practitioner exam through my employer.

Dan

{gm_on(dt('2025-12-02 21:40:00', UTC), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>')}
{quote(inner)}"""
    emit("016-confirm-after-which-account.eml", part(f"""Hi Dan,

Thanks for the quick reply and for clarifying.

Based on your answer, this is what we will do:

- Surviving account: {D1} (dan.okafor@gmail.com) - this is where your Solutions Architect - Professional and DevOps Engineer - Professional certifications are.
- Account to be merged: {D2} (dokafor@lumenworks.io)

After the merge, {D2} will no longer be accessible, and its exam history and Cloud Practitioner certification will show under {D1}. This cannot be undone.

Can you confirm that this is correct? A simple "yes, go ahead" in reply is enough.

Regards,
Tomasz K.
AWS Training and Certification

{gm_on(dt('2025-12-03 08:12:00', UTC), 'Dan Okafor <dan.okafor@gmail.com>')}
{quote(userq)}
"""),
         kind="merge_confirmation_requested", lang="en", case_id=C8, ids=[D1, D2], verified=True,
         frm=AWS_FORM, to=U8, subject=f"RE:[CASE {C8}] {FORM_SUBJ}", date=d, provider="gmail")

    d = dt("2026-01-22 02:10:05", UTC)
    txt = f"""本メールは HTML 形式で送信されています。
HTML を表示できない場合は、サポートセンターでケース {C7} の最新の返信をご確認ください。
{support_url(C7, "ja")}
"""
    html = html_wrap(f"""<p>小林 由美 様</p>
<p>Amazon Web Services の藤井でございます。お待たせいたしました。</p>
<p>ご依頼のアカウント統合について、以下の内容で処理を予定しております。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr><th style="background:#f2f3f3;">区分</th><th style="background:#f2f3f3;">AWS 候補者 ID</th><th style="background:#f2f3f3;">メールアドレス</th></tr>
<tr><td>統合先（残るアカウント）</td><td>{Y1}</td><td>yumi.kobayashi@ocn.ne.jp</td></tr>
<tr><td>統合元（なくなるアカウント）</td><td>{Y2}</td><td>y-kobayashi@sakura-gakuen.ac.jp</td></tr>
</table>
<p>統合を実行すると、元に戻すことはできません。<br>
内容をご確認のうえ、問題がなければサポートセンターから本ケースに「承認します」とご返信ください。ご返信を確認してから作業に着手いたします。</p>
<p><a href="{support_url(C7, "ja")}">サポートセンターでケースを開く</a></p>
<p>藤井<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078;">{CONSOLE_NOREPLY_JA}</p>""", lang="ja", title="AWS サポート")
    emit("017-shonin-alt-html-only-details.eml", alt(part(txt), part(html, "html", cte="base64")),
         kind="merge_confirmation_requested", lang="ja", case_id=C7, ids=[Y1, Y2], verified=True,
         frm=AWS_NOREPLY, to=U7, subject=f"RE:[CASE {C7}] AWS認定アカウントの統合のお願い",
         subj_keep_prefix=True, date=d, provider="ocn", sender="ses_jp")

    build_rest()


def build_rest():
    # ------------------------------------------------------------ merge_completed
    d = dt("2025-02-20 10:12:44", UTC)
    emit("018-merge-done-with-rating.eml", part(f"""Hello Rahul,

Thank you for your patience.

I'm pleased to let you know that the merge has been completed. Accounts {R2} and {R3} have been merged into {R1}, and all of your certifications, exam history and benefits now appear under that account. You can sign in at https://www.aws.training/certification with rahul.mehta88@gmail.com to review them.

Your Credly badges are transferred separately; you should receive an email from Credly within 2-3 business days.

If you have any further questions, feel free to reply to this email.

Best regards,

Ananya R.
AWS Training and Certification

----
How did we do? We'd love to hear about your experience. Please take a moment to rate this response:
{qualtrics(C4)}

{EN_LEGAL}
"""),
         kind="merge_completed", lang="en", case_id=C4, ids=[R1, R2, R3], verified=True,
         frm=AWS_FORM, to=U4, subject=f"RE:[CASE {C4}] {FORM_SUBJ}", date=d, provider="gmail")

    d = dt("2025-05-29 07:15:38", UTC)
    emit("019-tougou-kanryou-iso2022jp.eml", part(f"""渡辺 健二 様

いつもお世話になっております。AWS トレーニングと認定の山口です。

ご確認いただき、ありがとうございました。
お客様の認定アカウントの統合が完了しましたので、ご報告いたします。

  統合先アカウント: {K1}

旧アカウント（{K2}）に登録されていた認定資格および受験履歴は、上記アカウントにすべて反映されております。
今後は kenji.watanabe.dev@gmail.com でサインインしてご利用ください。

反映状況について不明な点がございましたら、本メールにご返信ください。

よろしくお願いいたします。

山口
AWS トレーニングと認定
""", cs="iso-2022-jp", cte="7bit"),
         kind="merge_completed", lang="ja", case_id=C1, ids=[K1, K2], verified=True,
         frm=AWS_FORM, to=U1, subject=f"RE:[CASE {C1}] {FORM_SUBJ}", date=d, provider="gmail")

    d = dt("2025-03-07 17:33:10", UTC)
    emit("020-transferred-outlook-thread.eml", part(f"""Hi Emily,

Good news: everything from your secondary candidate profile has now been transferred to {E1}. Your exam history, both active certifications and the 50% exam discount voucher are visible there, and the other profile has been retired, so from now on you only need to sign in with emily.carter@northwind-analytics.com.

Credly usually picks up the change within a few days. If your badges haven't appeared on the Credly account linked to this address by next week, just reply here and I'll look into it.

Kind regards,
Jonas W.
AWS Training and Certification

________________________________
From: Emily Carter <emily.carter@northwind-analytics.com>
Sent: Thursday, March 6, 2025 9:14 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {C2}] {FORM_SUBJ}

Hi Jonas,

Yes, that's correct. Please go ahead.

Thanks,
Emily

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 5, 2025 6:02 PM
To: Emily Carter <emily.carter@northwind-analytics.com>
Subject: RE:[CASE {C2}] {FORM_SUBJ}

Hi Emily,

Thanks for letting me know which account to keep. To recap, we will merge {E2} (emily.c.carter@gmail.com) into {E1} (emily.carter@northwind-analytics.com).

Please note that this action is permanent. Reply to confirm and we will proceed.

Kind regards,
Jonas W.
AWS Training and Certification
""", cte="quoted-printable"),
         kind="merge_completed", lang="en", case_id=C2, ids=[E1], verified=True,
         frm=AWS_FORM, to=U2, subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, provider="o365")

    d = dt("2025-07-18 04:05:51", UTC)
    emit("021-close-and-iko-done.eml", part(f"""佐藤 美咲 様

AWS トレーニングと認定の木村でございます。

先日ご承認いただきました件につき、旧アカウントに登録されていた認定情報を {M1} へ移行いたしました。旧アカウントは閉鎖済みでございます。
以上をもちまして、本ケースをクローズさせていただきます。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約1分）。
{qualtrics(C3, "JA")}

このたびはお問い合わせいただき、誠にありがとうございました。

木村
AWS トレーニングと認定
""", cte="base64"),
         kind="merge_completed", lang="ja", case_id=C3, ids=[M1], verified=True,
         frm=AWS_FORM, to=U3, subject=f"RE:[CASE {C3}] {FORM_SUBJ}", date=d, provider="nifty")

    d = dt("2025-10-09 13:47:19", UTC)
    body_en = f"""Hello Laura,

I'm marking this case as resolved. For your records: your two candidate profiles have been consolidated, and every certification that was on the older profile now sits under {L1} alongside the ones you already had there. The older profile can no longer be used to sign in.

If something looks off, you can reopen this case from the Support Center within 14 days.

Best regards,
Kwame A.
Amazon Web Services"""
    txt = f"""{body_en}

{RATE_EN}

===================================================

To see all the messages or reply, please visit: {support_url(C6)}

{CONSOLE_NOREPLY_EN}
"""
    html = html_wrap("".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body_en.split("\n\n")) +
                     f"""<p style="font-size:12px;color:#687078;">{RATE_EN}</p>
<p style="font-size:12px;">To see all the messages or reply, please visit: <a href="{support_url(C6)}">{support_url(C6)}</a></p>
<p style="font-size:12px;color:#687078;">{CONSOLE_NOREPLY_EN}</p>""", title="AWS Support")
    emit("022-resolved-profiles-consolidated.eml", alt(part(txt), part(html, "html")),
         kind="merge_completed", lang="en", case_id=C6, ids=[L1], verified=True,
         frm=AWS_NOREPLY, to=U6,
         subject=f"RE:[CASE {C6}] Merge two AWS Certification accounts (duplicate candidate profiles)",
         date=d, provider="o365")

    d = dt("2025-11-10 06:22:37", UTC)
    conf = f"""中村 浩 様

お待たせいたしました。いただいた情報をもとに、以下の内容で統合を行います。

存続アカウント: {H1}（h-nakamura@biglobe.ne.jp）
統合元アカウント: {H2}（nakamura.hiroshi@mitsuba-kogyo.co.jp）

統合は元に戻せませんので、よろしければ本メールにご返信のうえご承認ください。

AWS トレーニングと認定　岡本"""
    userr = f"""承知しました。内容に間違いありませんので、統合をお願いします。

中村

{jp_on(dt('2025-11-06 18:40:00'), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>')}
{quote(conf)}"""
    emit("023-sagyou-shuryou-sjis-nested.eml", part(f"""中村 浩 様

いつもお世話になっております。AWS トレーニングと認定の岡本です。

お待たせいたしました。ご承認いただいた内容どおりに統合作業を実施し、本日すべての処理が終わりました。
{H1} にサインインしていただくと、これまでの認定資格がまとめて表示されます。
Credly のバッジにつきましては、数日以内に Credly から別途ご案内が届きます。

ご不明な点がございましたら、本メールにご返信ください。

岡本
AWS トレーニングと認定

{jp_on(dt('2025-11-07 09:15:00'), '中村 浩 <h-nakamura@biglobe.ne.jp>')}
{quote(userr)}
""", cs="Shift_JIS", codec="shift_jis", cte="base64"),
         kind="merge_completed", lang="ja", case_id=C9, ids=[H1], verified=True,
         frm=AWS_FORM, to=U9, subject=f"RE:[CASE {C9}] {FORM_SUBJ}", date=d, provider="biglobe", sender="ses_jp")

    d = dt("2026-02-12 15:40:02", UTC)
    emit("024-profiles-now-one-html.eml", part(html_wrap(f"""<p>Hi Priya,</p>
<p>Quick update on case {C10}: the two certification profiles you asked about are now one.</p>
<p>Everything that was recorded under <b>aws-12966074</b> &ndash; the Machine Learning Engineer &ndash; Associate certification and your exam history &ndash; now lives under <b>aws08123459</b>, the profile you chose to keep. The old sign-in has been deactivated.</p>
<p>Please sign in with priya@priya-nair.net and check that everything is listed. Badges on Credly may take a few days to follow.</p>
<p>Thanks,<br>Sofia M.<br>AWS Training and Certification</p>
<hr style="border:none;border-top:1px solid #d5dbdb;">
<p style="font-size:11px;color:#687078;">{EN_LEGAL}</p>""", title="Case update"), "html", cte="base64"),
         kind="merge_completed", lang="en", case_id=C10, ids=[P1, P2], verified=None,
         frm=AWS_FORM, to=U10, subject=f"RE:[CASE {C10}] {FORM_SUBJ}", date=d, provider="none")

    d = dt("2026-01-23 00:31:27", UTC)
    fake = case15(O7 + timedelta(hours=20))
    emit("025-kanryou-phish-lookalike.eml", part(html_wrap(f"""<p>小林 由美 様</p>
<p>AWS 認定アカウントの統合が完了しました（ケース番号: {fake}）。</p>
<p>統合後のアカウント <b>{Y1}</b> に特典（次回試験 50% 割引バウチャー）を引き継ぐため、<span style="color:#d13212;">48時間以内</span>に下記よりサインインし、お支払い情報の再確認を行ってください。期限を過ぎると特典は失効します。</p>
<p><a href="https://aws-certification.jp.net/signin?case={fake}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;">サインインして確認する</a></p>
<p>AWS 認定サポートチーム</p>""", lang="ja", title="統合完了"), "html", cte="base64"),
         kind="merge_completed", lang="ja", case_id=fake, ids=[Y1], verified=False,
         frm=("AWS 認定サポート", "support@aws-certification.jp.net"), to=U7,
         subject="【AWS認定】アカウント統合完了のお知らせ（特典引き継ぎのご確認）",
         date=d, provider="ocn", sender="other", relay=("smtp.aws-certification.jp.net", "103.151.29.77"),
         mailfrom="support@aws-certification.jp.net", dkim=["aws-certification.jp.net"],
         auth=dict(spf="pass", dkim="pass", dkim_d=["aws-certification.jp.net"], dmarc="none",
                   hfrom="aws-certification.jp.net"))

    d = dt("2026-01-24 01:58:44", UTC)
    emit("026-kanryou-cp932-labelled-sjis.eml", part(f"""小林 由美 様

お世話になっております。Amazon Web Services の藤井です。

ご承認いただいた内容にて、以下のとおり処理を行いました。

① {Y2} に登録されていた認定資格・受験履歴を {Y1} へ移行
② {Y2} のアカウントを無効化

これにて、アカウントの統合作業はすべて完了しております。
今後は yumi.kobayashi@ocn.ne.jp でサインインしてご利用ください。
万一、認定資格の表示に不足がございましたら、本ケースを再オープンしてお知らせください。

{support_url(C7, "ja")}

藤井
Amazon Web Services

{CONSOLE_NOREPLY_JA}
""", cs="Shift_JIS", codec="cp932", cte="base64"),
         kind="merge_completed", lang="ja", case_id=C7, ids=[Y1, Y2], verified=True,
         frm=AWS_NOREPLY, to=U7, subject=f"RE:[CASE {C7}] AWS認定アカウントの統合のお願い",
         subj_cs="iso-2022-jp", subj_keep_prefix=True, date=d, provider="ocn", sender="ses_jp")

    # ------------------------------------------------------------ survey
    d = dt("2025-02-20 10:13:30", UTC)
    emit("027-how-did-we-do-mislabelled.eml", part(f"""Hi Rahul,

Your recent case with AWS Training and Certification (Case ID: {C4}) has been closed.

We’d love to know how it went. It takes less than two minutes.

Was your issue resolved?
  YES: https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C4}&resolved=1
  NO:  https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C4}&resolved=0

How would you rate the support you received?
  ★★★★★  Excellent
  ★★★★   Good
  ★★★    Average
  ★★     Poor
  ★      Very poor

Your feedback goes directly to the team that handled your request and helps us improve.

Thank you,
AWS Training and Certification

{EN_LEGAL}
""", cs="us-ascii", codec="utf-8", cte="8bit"),
         kind="survey", lang="en", case_id=C4, ids=[], verified=True,
         frm=("AWS Training and Certification", "no-reply-aws@amazon.com"), to=U4,
         subject=f"How did we do? Case {C4}", date=d, provider="gmail")

    d = dt("2025-05-29 07:16:05", UTC)
    emit("028-enquete-iso2022jp.eml", part(f"""渡辺 健二 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

先日お問い合わせいただいたケース（{C1}）は、解決済みとしてクローズされました。

サポート品質向上のため、アンケートへのご協力をお願いいたします。所要時間は1分程度です。

  問題は解決しましたか？
    はい　→ https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C1}&resolved=1&lang=ja
    いいえ → https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C1}&resolved=0&lang=ja

  担当者の対応はいかがでしたか？（5段階評価）
    https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C1}&q=csat&lang=ja

いただいたご意見は、今後のサービス改善に活用させていただきます。

AWS トレーニングと認定
""", cs="iso-2022-jp", cte="7bit"),
         kind="survey", lang="ja", case_id=C1, ids=[], verified=True,
         frm=("AWS トレーニングと認定", "no-reply-aws@amazon.com"), to=U1,
         subject=f"【AWS トレーニングと認定】アンケートご協力のお願い（ケース {C1}）",
         subj_cs="iso-2022-jp", date=d, provider="gmail")

    d = dt("2025-12-06 09:02:18", UTC)
    emit("029-closed-notice-unmarked-history.eml", part(f"""Hello Dan,

This is a courtesy notice that case {C8} has now been closed.

If you still need help with this request, reply to this email within 14 days and the case will be reopened automatically. After that, please submit a new request through the contact form.

Was your issue resolved?
Yes: https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C8}&resolved=1
No:  https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C8}&resolved=0

Thank you for contacting AWS Training and Certification.

---------------------------------------------------------------
Previous correspondence
Date: Fri, 5 Dec 2025 16:20 UTC
From: Amazon Web Services

Hi Dan,

Your merge is done: {D2} has been merged into {D1}, and your Cloud Practitioner certification and exam history now show on {D1}. You can no longer sign in with dokafor@lumenworks.io.

Regards,
Tomasz K.
AWS Training and Certification
---------------------------------------------------------------
"""),
         kind="survey", lang="en", case_id=C8, ids=[], verified=True,
         frm=AWS_FORM, to=U8, subject=f"RE:[CASE {C8}] {FORM_SUBJ}", date=d, provider="gmail")

    d = dt("2025-07-18 04:20:12", UTC)
    btn = 'style="display:inline-block;padding:8px 22px;margin-right:8px;background:#232f3e;color:#ffffff;text-decoration:none;"'
    emit("030-kaiketsu-shimashitaka-html.eml", part(html_wrap(f"""<p>佐藤 美咲 様</p>
<p>先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。</p>
<p>ケース番号 <b>{C3}</b> についてお伺いします。</p>
<p style="font-size:16px;"><b>問題は解決しましたか？</b></p>
<p><a href="https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C3}&amp;resolved=1&amp;lang=ja" {btn}>はい</a>
<a href="https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C3}&amp;resolved=0&amp;lang=ja" {btn}>いいえ</a></p>
<p>担当者の対応について、5段階でご評価ください。</p>
<p style="font-size:20px;">
<a href="https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C3}&amp;csat=1">1</a>&nbsp;
<a href="https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C3}&amp;csat=2">2</a>&nbsp;
<a href="https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C3}&amp;csat=3">3</a>&nbsp;
<a href="https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C3}&amp;csat=4">4</a>&nbsp;
<a href="https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C3}&amp;csat=5">5</a></p>
<p>ご協力をよろしくお願いいたします。</p>
<p>AWS トレーニングと認定</p>""", lang="ja", title="アンケート"), "html", cte="base64"),
         kind="survey", lang="ja", case_id=C3, ids=[], verified=True,
         frm=("AWS トレーニングと認定", "no-reply-aws@amazon.com"), to=U3,
         subject="ご意見をお聞かせください：お問い合わせ対応に関するアンケート",
         date=d, provider="nifty", sender="ses_jp")

    d = dt("2025-08-22 18:04:39", UTC)
    emit("031-closed-no-response.eml", part(f"""Hello Tom,

We haven't received a response to our message of August 13, in which we asked you to confirm the account details, so we have closed this case for now.

Nothing has been changed on either of your certification accounts ({T1} and {T2}). If you would still like them combined, reply to this email within 14 days and we will pick things up where we left off.

How did we do? Please rate your experience:
{qualtrics(C11)}

Best regards,
AWS Training and Certification
"""),
         kind="survey", lang="en", case_id=C11, ids=[T1, T2], verified=True,
         frm=AWS_FORM, to=U11, subject=f"RE:[CASE {C11}] {FORM_SUBJ}", date=d, provider="gmail")

    d = dt("2025-09-10 04:31:12", UTC)
    emit("032-duplicate-case-closed-ja.eml", part(f"""Amazon Web Services をご利用いただき、ありがとうございます。

ケース {C5b}「AWS認定アカウント統合の件（再送）」はクローズされました。

このケースは、同じご依頼をいただいているケース {C5} と重複していたため、クローズさせていただきました。
ご依頼の内容は引き続きケース {C5} にて対応いたします。

今回のサポートの対応について、ご評価をお願いいたします。
{support_url(C5b, "ja")}

よろしくお願いいたします。
Amazon Web Services

{CONSOLE_NOREPLY_JA}
"""),
         kind="survey", lang="ja", case_id=C5b, ids=[], verified=True,
         frm=AWS_NOREPLY, to=U5, subject=f"Amazon Web Services: ケース {C5b} はクローズされました",
         subj_keep_prefix=True, date=d, provider="o365", sender="ses_jp")

    d = dt("2025-10-09 15:02:51", UTC)
    txt = f"""Hello,

Your support case {C6}, "Merge two AWS Certification accounts (duplicate candidate profiles)", was recently resolved.

Please take a minute to tell us about your experience. How satisfied were you with the support you received?

  Very satisfied:     https://aws-support-survey.amazon.com/s/{rhex(20)}?c={C6}&v=5
  Satisfied:          https://aws-support-survey.amazon.com/s/{rhex(20)}?c={C6}&v=4
  Neutral:            https://aws-support-survey.amazon.com/s/{rhex(20)}?c={C6}&v=3
  Dissatisfied:       https://aws-support-survey.amazon.com/s/{rhex(20)}?c={C6}&v=2
  Very dissatisfied:  https://aws-support-survey.amazon.com/s/{rhex(20)}?c={C6}&v=1

Thank you,
AWS Support
"""
    rows = "".join(f'<tr><td><a href="https://aws-support-survey.amazon.com/s/{rhex(20)}?c={C6}&amp;v={v}">{t}</a></td></tr>'
                   for v, t in [(5, "Very satisfied"), (4, "Satisfied"), (3, "Neutral"), (2, "Dissatisfied"), (1, "Very dissatisfied")])
    html = html_wrap(f"""<p>Hello,</p>
<p>Your support case <b>{C6}</b>, &ldquo;Merge two AWS Certification accounts (duplicate candidate profiles)&rdquo;, was recently resolved.</p>
<p>Please take a minute to tell us about your experience. <b>How satisfied were you with the support you received?</b></p>
<table cellpadding="6">{rows}</table>
<p>Thank you,<br>AWS Support</p>""", title="Rate your support experience")
    emit("033-rate-support-experience.eml", alt(part(txt), part(html, "html")),
         kind="survey", lang="en", case_id=C6, ids=[], verified=True,
         frm=("AWS Support", "no-reply-aws@amazon.com"), to=U6,
         subject=f"Rate your recent AWS Support experience – Case {C6}", date=d, provider="o365")

    d = dt("2025-11-14 01:00:07", UTC)
    emit("034-enquete-reminder-no-auth.eml", part(f"""中村 浩 様

先日お送りしたアンケートへのご回答がまだのようですので、再度ご案内いたします。
すでにご回答いただいている場合は、本メールは破棄してください。

対象のケース: {C9}

問題は解決しましたか？ 下記リンクから「はい」または「いいえ」をお選びください。
https://aws-tc-survey.amazon.com/r/{rhex(16)}?case={C9}&lang=ja

回答期限: 2025年11月21日

AWS トレーニングと認定
"""),
         kind="survey", lang="ja", case_id=C9, ids=[], verified=None,
         frm=("AWS トレーニングと認定", "no-reply-aws@amazon.com"), to=U9,
         subject="【リマインダー】アンケートご回答のお願い",
         date=d, provider="none", sender="ses_jp")

    build_rest2()


CREDLY_FOOT_EN = ("You are receiving this email because a badge was issued to this email address through Credly. "
                  "Credly, Inc. | 2 Park Avenue, Suite 1800, New York, NY 10016 | Privacy Policy: https://credly.com/privacy")
CREDLY_FOOT_JA = ("このメールは、Credly を通じてこのメールアドレス宛にバッジが発行されたためお送りしています。"
                  "Credly, Inc. | 2 Park Avenue, Suite 1800, New York, NY 10016")


def credly_badge_url():
    return f"https://www.credly.com/badges/{ruuid()}"


def build_rest2():
    # ------------------------------------------------------------ credly_badge_issued
    d = dt("2025-02-21 13:26:08", UTC)
    url = credly_badge_url()
    txt = f"""Congratulations, Rahul!

AWS Training & Certification has issued you a badge: AWS Certified Developer – Associate.

Accept your badge to share it on LinkedIn, in your email signature and anywhere else you like:
{url}/accept

Why accept your badge?
- Verified, portable proof of your skills
- Learn about jobs and salaries associated with your badge
- Share your achievements with one click

{CREDLY_FOOT_EN}
"""
    html = html_wrap(f"""<p style="text-align:center;"><img src="https://images.credly.com/size/110x110/images/{ruuid()}/image.png" width="110" height="110" alt="AWS Certified Developer – Associate"></p>
<p style="font-size:20px;text-align:center;"><b>Congratulations, Rahul!</b></p>
<p style="text-align:center;">AWS Training &amp; Certification has issued you a badge:<br><b>AWS Certified Developer &ndash; Associate</b></p>
<p style="text-align:center;"><a href="{url}/accept" style="background:#ff6b00;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:4px;">Accept your badge</a></p>
<p><b>Why accept your badge?</b></p>
<ul><li>Verified, portable proof of your skills</li><li>Learn about jobs and salaries associated with your badge</li><li>Share your achievements with one click</li></ul>
<p style="font-size:11px;color:#777;">{CREDLY_FOOT_EN}</p>""", title="Credly")
    emit("035-credly-accept-your-badge.eml", alt(part(txt), part(html, "html")),
         kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
         frm=("AWS Training & Certification via Credly", "admin@credly.com"), to=U4,
         subject="Rahul, you've earned a badge from AWS Training & Certification",
         date=d, provider="gmail", sender="credly")

    d = dt("2025-03-10 15:48:33", UTC)
    emit("036-credly-badges-transferred.eml", alt(part(f"""Hi Emily,

At the request of AWS Training & Certification, the following badges that were previously held under another email address have been transferred to this Credly account:

  - AWS Certified Data Engineer – Associate
  - AWS Certified Cloud Practitioner

They're already on your profile, so there's nothing else you need to do. You may want to review their privacy settings:
https://www.credly.com/earner/earned

{CREDLY_FOOT_EN}
"""), part(html_wrap(f"""<p>Hi Emily,</p>
<p>At the request of AWS Training &amp; Certification, the following badges that were previously held under another email address have been transferred to this Credly account:</p>
<ul><li>AWS Certified Data Engineer &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p>They&rsquo;re already on your profile, so there&rsquo;s nothing else you need to do. You may want to <a href="https://www.credly.com/earner/earned">review their privacy settings</a>.</p>
<p style="font-size:11px;color:#777;">{CREDLY_FOOT_EN}</p>""", title="Credly"), "html")),
         kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
         frm=("Credly", "admin@credly.com"), to=U2,
         subject="Your badges have been moved to this account", date=d, provider="o365", sender="credly")

    d = dt("2025-11-11 09:12:40", UTC)
    url = credly_badge_url()
    emit("037-credly-hakkou-ja.eml", part(f"""中村 浩 様

おめでとうございます！
AWS Training & Certification から「AWS Certified Solutions Architect – Professional」のバッジが発行されました。

下のリンクからバッジを受け取ると、LinkedIn やメール署名などで共有できるようになります。

バッジを受け取る:
{url}/accept

{CREDLY_FOOT_JA}
"""),
         kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
         frm=("AWS Training & Certification via Credly", "admin@credly.com"), to=U9,
         subject="AWS Training & Certification からバッジが発行されました",
         date=d, provider="biglobe", sender="credly")

    d = dt("2025-12-07 20:03:17", UTC)
    url = f"https://www.youracclaim.com/badges/{ruuid()}"
    emit("038-acclaim-legacy-issued.eml", part(f"""Dan, you have been issued a badge!

AWS Training & Certification has issued you the following badge:

    AWS Certified DevOps Engineer – Professional

Claim your badge and share your achievement with your network:
{url}/accept

Questions? Visit https://support.youracclaim.com

Acclaim is a service provided by Credly, Inc.
"""),
         kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
         frm=("AWS Training & Certification via Acclaim", "admin@youracclaim.com"), to=U8,
         subject="Dan, you have been issued a badge: AWS Certified DevOps Engineer – Professional",
         date=d, provider="gmail", sender="credly", dkim=["youracclaim.com", "sendgrid.info"],
         mailfrom=f"bounces+{rng.randint(1000000,9999999)}-{rhex(4)}-dan.okafor=gmail.com@em2210.youracclaim.com",
         relay=("o3.ptr2210.youracclaim.com", "167.89.55.31"))

    d = dt("2025-08-29 12:40:55", UTC)
    emit("039-credly-lookalike-claim.eml", part(html_wrap(f"""<p>Hi Tom,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge has been issued by AWS Training &amp; Certification and is ready to be claimed.</p>
<p>Unclaimed badges are removed after 7 days.</p>
<p><a href="https://credly-notify.com/claim/{rhex(32)}" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;">Claim your badge</a></p>
<p>The Credly Team</p>""", title="Credly"), "html"),
         kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=False,
         frm=("Credly Badges", "badges@credly-notify.com"), to=U11,
         subject="Your AWS badge is ready – claim it before it expires",
         date=d, provider="gmail", sender="other", relay=("mx1.credly-notify.com", "194.87.31.146"),
         mailfrom="badges@credly-notify.com", dkim=["credly-notify.com"],
         auth=dict(spf="pass", dkim="pass", dkim_d=["credly-notify.com"], dmarc="pass", hfrom="credly-notify.com",
                   policy="p=NONE sp=NONE dis=NONE"))

    d = dt("2025-07-19 02:35:21", UTC)
    url = credly_badge_url()
    emit("040-credly-uketoru-html.eml", part(html_wrap(f"""<p style="text-align:center;"><img src="https://images.credly.com/size/110x110/images/{ruuid()}/image.png" width="110" height="110" alt="バッジ"></p>
<p style="font-size:18px;text-align:center;"><b>佐藤 美咲 さん、新しいバッジが届いています</b></p>
<p style="text-align:center;">AWS Training &amp; Certification があなたに<br><b>AWS Certified Machine Learning &ndash; Specialty</b><br>のバッジを発行しました。</p>
<p style="text-align:center;"><a href="{url}/accept" style="background:#ff6b00;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:4px;">バッジを受け取る</a></p>
<p style="font-size:11px;color:#777;">{CREDLY_FOOT_JA}</p>""", lang="ja", title="Credly"), "html", cte="base64"),
         kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
         frm=("AWS Training & Certification via Credly", "admin@credly.com"), to=U3,
         subject="AWS Training & Certification があなたにバッジを発行しました",
         date=d, provider="nifty", sender="credly")

    d = dt("2026-02-14 16:20:09", UTC)
    url = credly_badge_url()
    emit("041-credly-badge-waiting.eml", alt(part(f"""Priya, your badge is waiting for you

You haven't accepted your AWS Certified Machine Learning Engineer – Associate badge from AWS Training & Certification yet.

Accept badge: {url}/accept

{CREDLY_FOOT_EN}
"""), part(html_wrap(f"""<p style="font-size:20px;"><b>Priya, your badge is waiting for you</b></p>
<p>You haven&rsquo;t accepted your <b>AWS Certified Machine Learning Engineer &ndash; Associate</b> badge from AWS Training &amp; Certification yet.</p>
<p><a href="{url}/accept" style="background:#ff6b00;color:#ffffff;padding:12px 26px;text-decoration:none;">Accept badge</a></p>
<p style="font-size:11px;color:#777;">{CREDLY_FOOT_EN}</p>""", title="Credly"), "html")),
         kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=None,
         frm=("AWS Training & Certification via Credly", "admin@credly.com"), to=U10,
         subject="Reminder: your AWS Training & Certification badge is waiting",
         date=d, provider="none", sender="credly")

    d = dt("2026-01-26 05:44:02", UTC)
    emit("042-credly-iko-split-subject.eml", part(f"""小林 由美 様

AWS Training & Certification からの依頼により、別のメールアドレス宛に発行されていた以下の 3 件のバッジを、このアカウントに移行しました。

・AWS Certified Solutions Architect – Associate
・AWS Certified SysOps Administrator – Associate
・AWS Certified Cloud Practitioner

移行したバッジは受け取り済みの状態で、プロフィールに表示されています。公開設定は次のページから変更できます。
https://www.credly.com/earner/earned

{CREDLY_FOOT_JA}
"""),
         kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
         frm=("Credly", "admin@credly.com"), to=U7,
         subject="AWS Training & Certification のバッジがあなたの Credly アカウントに移行されました（3 件）",
         date=d, provider="ocn", sender="credly")

    # ------------------------------------------------------------ support_reply
    d = dt("2025-03-04 19:27:45", UTC)
    emit("043-which-account-to-keep.eml", part(f"""Hi Emily,

Thank you for contacting AWS Training and Certification.

I was able to find two certification accounts that match the details in your request:

  {E1} - emily.carter@northwind-analytics.com - created June 2022
  {E2} - emily.c.carter@gmail.com - created January 2024

Before I can go any further, could you tell me which of these two you would like to keep as your primary account going forward? The other one would be merged into it. It would also help to know which email address you would like to use to sign in afterwards.

Once I have your answer, I'll send you a summary for your final confirmation.

Kind regards,
Jonas W.
AWS Training and Certification
"""),
         kind="support_reply", lang="en", case_id=C2, ids=[E1, E2], verified=True,
         frm=AWS_FORM, to=U2, subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, provider="o365")

    d = dt("2025-11-04 08:51:30", UTC)
    emit("044-tsuika-jouhou-iso2022jp.eml", part(f"""中村 浩 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の岡本です。

アカウント統合のご依頼を承りました。お手続きを進めるにあたり、恐れ入りますが以下の情報をお知らせください。

1. 各アカウントのサインインに使用しているメールアドレス
2. 各アカウントに登録されている通知先メールアドレス
3. 統合後に残したいアカウント
4. 統合をご希望される理由（転職によるメールアドレスの変更など）

フォームでお知らせいただいた AWS 候補者 ID（{H1}）のほかに、もう一方のアカウントの候補者 ID がおわかりでしたら、あわせてお知らせください。

お手数をおかけいたしますが、本メールへのご返信にてご連絡くださいますようお願いいたします。

岡本
AWS トレーニングと認定
""", cs="iso-2022-jp", cte="7bit"),
         kind="support_reply", lang="ja", case_id=C9, ids=[H1], verified=True,
         frm=AWS_FORM, to=U9, subject=f"RE:[CASE {C9}] {FORM_SUBJ}", date=d, provider="biglobe", sender="ses_jp")

    d = dt("2025-02-19 09:40:12", UTC)
    req = f"""Hello Rahul,

I have located the following certification accounts associated with you:

1. {R1} - rahul.mehta88@gmail.com
2. {R2} - rahul.mehta@infosphere-tech.com
3. {R3} - r.mehta@alumni.iitb.ac.in

As requested, accounts 2 and 3 will be merged into account 1. Please be aware
that an account merge is permanent. Please reply to confirm.

Best regards,
Ananya R."""
    usr = f"""Hi Ananya,

The details are correct. Please proceed with the merge.

Thanks,
Rahul

{gm_on(dt('2025-02-18 16:41:00', UTC), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>')}
{quote(req)}"""
    emit("045-thanks-for-confirming-proceeding.eml", part(f"""Hello Rahul,

Thank you for confirming.

I have now passed the request on to our back-end team, and I will write to you again as soon as it has gone through. This normally takes between one and three business days.

In the meantime, please don't sign in to {R2} or {R3} or schedule any exams on them.

Best regards,

Ananya R.
AWS Training and Certification

{gm_on(dt('2025-02-19 07:58:00', IST), 'Rahul Mehta <rahul.mehta88@gmail.com>')}
{quote(usr)}
"""),
         kind="support_reply", lang="en", case_id=C4, ids=[R2, R3], verified=True,
         frm=AWS_FORM, to=U4, subject=f"RE:[CASE {C4}] {FORM_SUBJ}", date=d, provider="gmail")

    d = dt("2025-07-17 00:48:26", UTC)
    emit("046-kanryou-shidai-renraku.eml", part(f"""佐藤 美咲 様

AWS トレーニングと認定の木村でございます。
ご返信いただき、ありがとうございます。

ご承認いただいた内容で、統合の手続きを担当部署へ依頼いたしました。
統合作業が完了しましたら、改めて本メールにてご連絡いたします。
完了までは通常1〜3営業日ほどお時間をいただいております。

それまでの間、{M2} での試験のご予約はお控えくださいますようお願いいたします。

木村
AWS トレーニングと認定

{jp_on(dt('2025-07-16 22:10:00'), '佐藤 美咲 <misaki.sato@nifty.com>')}
{quote('''木村様

ご確認ありがとうございます。
はい、その内容で問題ありません。統合をお願いいたします。

佐藤''')}
"""),
         kind="support_reply", lang="ja", case_id=C3, ids=[M2], verified=True,
         frm=AWS_FORM, to=U3, subject=f"RE:[CASE {C3}] {FORM_SUBJ}", date=d, provider="nifty", sender="ses_jp")

    d = dt("2025-10-07 09:02:41", UTC)
    emit("047-new-correspondence-notice.eml", part(f"""Dear Amazon Web Services customer,

We've updated your support case. To view the latest correspondence, sign in to the AWS Support Center:

{support_url(C6)}

Case ID: {C6}
Subject: Merge two AWS Certification accounts (duplicate candidate profiles)

Sincerely,
Amazon Web Services

{CONSOLE_NOREPLY_EN}
""", cte="7bit"),
         kind="support_reply", lang="en", case_id=C6, ids=[], verified=True,
         frm=AWS_NOREPLY, to=U6, subject=f"[Case {C6}] New correspondence added", date=d, provider="o365")

    d = dt("2026-02-16 17:11:50", UTC)
    emit("048-still-need-help.eml", part(f"""Hi Priya,

I'm following up on case {C10}. In my last message I asked you to check whether your badges are showing on Credly after the changes to your certification profile.

As I haven't heard back, I wanted to make sure you're all set. Do you still need help with anything? If we don't hear from you within 3 business days, this case will be closed automatically.

Thanks,
Sofia M.
AWS Training and Certification
""", cte="7bit"),
         kind="support_reply", lang="en", case_id=C10, ids=[], verified=None,
         frm=AWS_FORM, to=U10, subject=f"RE:[CASE {C10}] {FORM_SUBJ}", date=d, provider="none")

    d = dt("2026-01-21 03:18:06", UTC)
    emit("049-taiouchuu-sjis.eml", part(f"""小林 由美 様

Amazon Web Services の藤井です。
ご連絡が遅くなり、申し訳ございません。

お問い合わせいただいた件について、現在担当部署にて確認を進めております。
{Y1} と {Y2} の両アカウントについて、登録情報と認定資格の状況を照合しているところです。

確認が取れ次第、統合の内容についてご案内いたしますので、今しばらくお待ちください。
なお、同じ内容で新しいケースを作成していただく必要はございません。

{support_url(C7, "ja")}

藤井
Amazon Web Services

{CONSOLE_NOREPLY_JA}
""", cs="Shift_JIS", codec="shift_jis", cte="base64"),
         kind="support_reply", lang="ja", case_id=C7, ids=[Y1, Y2], verified=True,
         frm=AWS_NOREPLY, to=U7, subject=f"RE:[CASE {C7}] AWS認定アカウントの統合のお願い",
         subj_cs="iso-2022-jp", subj_keep_prefix=True, date=d, provider="ocn", sender="ses_jp")

    d = dt("2025-09-10 04:29:55", UTC)
    emit("050-chofuku-case-matome.eml", part(f"""田中 翔 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。

お問い合わせの内容は、9月8日に作成いただいたケース {C5} と同一のご依頼であることを確認いたしました。
重複を避けるため、本ケースの内容はケース {C5} に統合し、今後のご連絡はすべてケース {C5} にて行わせていただきます。

本ケースはこのあとクローズされますが、ご依頼が取り消されるわけではございませんのでご安心ください。
ご返信が遅くなっておりますことをお詫び申し上げます。

小野寺
Amazon Web Services

{support_url(C5b, "ja")}

{CONSOLE_NOREPLY_JA}
""", cte="base64"),
         kind="support_reply", lang="ja", case_id=C5b, ids=[], verified=True,
         frm=AWS_NOREPLY, to=U5, subject=f"RE:[CASE {C5b}] AWS認定アカウント統合の件（再送）",
         subj_keep_prefix=True, date=d, provider="o365", sender="ses_jp")

    d = dt("2025-06-03 05:37:14", UTC)
    emit("051-credly-tougou-irai-zumi.eml", part(f"""渡辺 健二 様

AWS トレーニングと認定の山口です。ご連絡ありがとうございます。

確認いたしましたところ、旧アカウント（{K2}）に紐づいていた Credly のバッジが、まだ新しいアカウントへ移っていないことがわかりました。
Credly 側のアカウント統合を担当チームへ依頼いたしましたので、処理が済みましたら Credly から通知メールが届く予定です。
通常、5営業日ほどお時間をいただいております。

お手数をおかけし申し訳ございません。引き続きよろしくお願いいたします。

山口
AWS トレーニングと認定

{jp_on(dt('2025-06-02 21:47:00'), '渡辺 健二 <kenji.watanabe.dev@gmail.com>')}
{quote('''山口様

先日は統合していただきありがとうございました。
認定資格は新しいアカウントで確認できたのですが、Credly のバッジが
古いメールアドレスの Credly アカウントに残ったままになっています。
こちらも移すことはできますでしょうか。

渡辺''')}
""", cte="base64"),
         kind="support_reply", lang="ja", case_id=C1, ids=[K2], verified=True,
         frm=AWS_FORM, to=U1, subject=f"RE:[CASE {C1}] {FORM_SUBJ}", date=d, provider="gmail")

    build_rest3()


def build_rest3():
    # ------------------------------------------------------------ unrelated
    d = dt("2025-04-09 14:22:31", UTC)
    pr = "https://github.com/infosphere-tech/cert-tracker/pull/482"
    emit("052-github-pr-merged.eml", alt(part(f"""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
{pr}#event-{rng.randint(10**10, 10**11)}
You are receiving this because you were mentioned.

Message ID: <infosphere-tech/cert-tracker/pull/482/issue_event/{rng.randint(10**10, 10**11)}@github.com>
""", cte="7bit"), part(f"""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="{pr}">#482</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="{pr}#event-{rng.randint(10**10, 10**11)}">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
""", "html", cte="7bit")),
         kind="unrelated", lang="en", case_id=None, ids=[], verified=False,
         frm=("Priya Shah", "notifications@github.com"), to=U4,
         subject="Re: [infosphere-tech/cert-tracker] Merge duplicate candidate records before nightly sync (PR #482)",
         date=d, provider="gmail", sender="other", relay=("out-28.smtp.github.com", "192.30.252.211"),
         mailfrom=f"noreply@github.com", dkim=["github.com"],
         msgid="<infosphere-tech/cert-tracker/pull/482/issue_event/17244019853@github.com>",
         in_reply_to="<infosphere-tech/cert-tracker/pull/482@github.com>",
         references="<infosphere-tech/cert-tracker/pull/482@github.com>",
         cc="Mention <mention@noreply.github.com>",
         extra=[("List-ID", "infosphere-tech/cert-tracker <cert-tracker.infosphere-tech.github.com>"),
                ("X-GitHub-Reason", "mention"), ("X-GitHub-Sender", "priya-shah-dev")],
         auth=dict(spf="pass", dkim="pass", dkim_d=["github.com"], dmarc="pass", hfrom="github.com",
                   policy="p=REJECT sp=REJECT dis=NONE"))

    d = dt("2026-01-12 10:05:44", UTC)
    cq = case15(d - timedelta(hours=5, minutes=12))
    emit("053-aws-quota-increase-case.eml", part(f"""Hello,

Thank you for contacting AWS Support.

We've approved and processed your service quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the EU (Frankfurt) region. Your new quota is 64 vCPUs. It can sometimes take up to 30 minutes for this to become visible in the Service Quotas console.

If you need anything else, just let us know.

Best regards,
Lukas B.
Amazon Web Services

{RATE_EN}

===================================================

To see all the messages or reply, please visit: {support_url(cq)}

{CONSOLE_NOREPLY_EN}
"""),
         kind="unrelated", lang="en", case_id=cq, ids=[], verified=True,
         frm=AWS_NOREPLY, to=U6, subject=f"RE:[CASE {cq}] Limit Increase: EC2 Instances", date=d, provider="o365")

    d = dt("2025-09-02 21:16:40", UTC)
    emit("054-seller-central-asin-merge.eml", part("""Hello from Amazon Selling Partner Support,

Thank you for your patience while we reviewed your request.

We have merged the duplicate detail pages you reported. ASIN B0CXK4W2Q7 has been merged into B0D1LM8RTZ, and your offer now appears on B0D1LM8RTZ. Please allow up to 24 hours for the change to show on the Amazon website.

Please note: you cannot reply to this message. To reply, please visit the case log in Seller Central:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6120473895

Did I solve your problem?
If yes, please click here: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6120473895&rating=yes
If no, please click here: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6120473895&rating=no

Thank you for selling with Amazon,
Karthik S.
Amazon.com
https://sellercentral.amazon.com
"""),
         kind="unrelated", lang="en", case_id="6120473895", ids=[], verified=True,
         frm=("Amazon Seller Central", "seller-notification@amazon.com"), to=U11,
         subject="RE:[CASE 6120473895] Request to merge duplicate ASIN listings", date=d, provider="gmail")

    d = dt("2026-03-02 14:00:12", UTC)
    emit("055-credly-badge-expiring.eml", alt(part(f"""Hi Rahul,

Your AWS Certified Cloud Practitioner badge from AWS Training & Certification expires on June 1, 2026.

To keep your badge active, visit AWS Training & Certification to learn about recertification options:
https://aws.amazon.com/certification/recertification/

View your badge: {credly_badge_url()}

{CREDLY_FOOT_EN}
"""), part(html_wrap(f"""<p>Hi Rahul,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge from AWS Training &amp; Certification expires on <b>June 1, 2026</b>.</p>
<p>To keep your badge active, visit AWS Training &amp; Certification to learn about <a href="https://aws.amazon.com/certification/recertification/">recertification options</a>.</p>
<p style="font-size:11px;color:#777;">{CREDLY_FOOT_EN}</p>""", title="Credly"), "html")),
         kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
         frm=("Credly", "admin@credly.com"), to=U4,
         subject="Your badge expires in 90 days", date=d, provider="gmail", sender="credly")

    d = dt("2025-07-20 01:12:09", UTC)
    code = "583120"
    emit("056-credly-merge-code-ja.eml", part(html_wrap(f"""<p>佐藤 美咲 様</p>
<p>Credly アカウントの統合リクエストを受け付けました。統合を完了するには、次の確認コードを入力するか、下のボタンをクリックしてください。</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center;"><b>{code}</b></p>
<p style="text-align:center;"><a href="https://www.credly.com/account_merges/{rhex(24)}/confirm?code={code}" style="background:#ff6b00;color:#ffffff;padding:12px 26px;text-decoration:none;">Complete Account Merge</a></p>
<p>このコードの有効期限は30分です。心当たりのない場合は、このメールを無視してください。</p>
<p style="font-size:11px;color:#777;">Credly, Inc. | 2 Park Avenue, Suite 1800, New York, NY 10016</p>""", lang="ja", title="Credly"), "html", cte="quoted-printable"),
         kind="unrelated", lang="ja", case_id=None, ids=[], verified=True,
         frm=("Credly", "admin@credly.com"), to=U3,
         subject="Credly アカウント統合の確認コード", date=d, provider="nifty", sender="credly")

    d = dt("2025-09-18 16:30:02", UTC)
    emit("057-certmetrics-feedback-ja.eml", part(f"""渡辺 健二 様
AWS 候補者 ID: {K1}

AWS 認定をご利用いただき、ありがとうございます。

AWS 認定プログラムの改善のため、受験体験についての簡単なアンケートにご協力ください。所要時間は5分程度です。

https://www.certmetrics.com/amazon/candidate/survey.aspx?token={rhex(32)}

※このメールは送信専用アドレスから送信されています。

AWS 認定
""", cte="base64"),
         kind="unrelated", lang="ja", case_id=None, ids=[K1], verified=False,
         frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=U1,
         subject="AWS 認定からのお願い：ご意見をお聞かせください",
         date=d, provider="gmail", sender="other", relay=("mail.certmetrics.com", "204.93.64.118"),
         mailfrom="do-not-reply@certmetrics.com", dkim=["certmetrics.com"],
         auth=dict(spf="pass", dkim="pass", dkim_d=["certmetrics.com"], dmarc="pass", hfrom="certmetrics.com",
                   policy="p=NONE sp=NONE dis=NONE"))

    d = dt("2025-09-16 11:41:27", JST)
    emit("058-colleague-outlook-reply-ja.eml", part(f"""田中さん

共有ありがとうございます！
自分も aws-09123004 と AWS 13368201 の2つがあるので、同じフォームから依頼してみます。
確認のメールが来たら返信するだけ、という理解で合っていますか？

山本

差出人: 田中 翔 <sho.tanaka@kaisha-systems.co.jp>
送信日時: 2025年9月16日 10:02
宛先: 山本 拓也 <takuya.yamamoto@kaisha-systems.co.jp>
件名: AWS認定アカウントの統合について

山本さん

先日話した AWS 認定のアカウント統合ですが、サポートから
aws05126690 に統合する内容で確認の連絡が来ました。
問い合わせフォームの「Account Merge」から依頼できます。
二重に依頼すると重複扱いになるので注意してください。

田中
""", cte="quoted-printable"),
         kind="unrelated", lang="ja", case_id=None, ids=["AWS09123004", "AWS13368201"], verified=False,
         frm=("山本 拓也", "takuya.yamamoto@kaisha-systems.co.jp"), to=U5,
         subject="RE: AWS認定アカウントの統合について", subj_keep_prefix=True,
         date=d, provider="o365", sender="other",
         relay=("TYCPR01MB8841.jpnprd01.prod.outlook.com", "2603:1096:400:3d1::12"),
         mailfrom="takuya.yamamoto@kaisha-systems.co.jp", dkim=["kaisha-systems.co.jp"],
         msgid=f"<TYCPR01MB8841{rhex(12).upper()}@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
         in_reply_to=f"<TYCPR01MB5530{rhex(12).upper()}@TYCPR01MB5530.jpnprd01.prod.outlook.com>",
         extra=[("Thread-Topic", "AWS認定アカウントの統合について"), ("Thread-Index", "AQHb" + rb64(28)),
                ("Content-Language", "ja-JP")],
         auth=dict(spf="pass", dkim="pass", dkim_d=["kaisha-systems.co.jp"], dmarc="pass",
                   hfrom="kaisha-systems.co.jp"))

    d = dt("2025-12-09 03:14:55", UTC)
    emit("059-pearson-vue-yoyaku-ja.eml", part(f"""中村 浩 様

Pearson VUE をご利用いただきありがとうございます。
以下のとおり試験のご予約を承りました。

試験: SCS-C02: AWS Certified Security - Specialty
日時: 2026年1月17日(土) 10:00 (日本時間)
会場: オンライン試験（OnVUE）
受験者 ID: {H1}
予約番号: 487{rng.randint(100000, 999999)}

試験開始の30分前からチェックインが可能です。
予約の変更・キャンセルは、試験開始の24時間前までに行ってください。

Pearson VUE
""", cs="iso-2022-jp", cte="7bit"),
         kind="unrelated", lang="ja", case_id=None, ids=[H1], verified=False,
         frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=U9,
         subject="Pearson VUE 試験予約確認 - AWS Certified Security - Specialty",
         subj_cs="iso-2022-jp", date=d, provider="biglobe", sender="other",
         relay=("mta-119.pearson.com", "159.182.18.119"), mailfrom="bounce@mail.pearson.com",
         dkim=["pearson.com"],
         auth=dict(spf="pass", dkim="pass", dkim_d=["pearson.com"], dmarc="pass", hfrom="pearson.com"))

    d = dt("2025-10-21 23:48:10", UTC)
    emit("060-teishi-phish-not-merge.eml", part(html_wrap(f"""<p>お客様各位</p>
<p>お客様の AWS 認定アカウントで不審なサインインが検出されたため、アカウントを一時的に停止いたしました。</p>
<p>認定資格および受験予約を引き続きご利用いただくには、<b>24時間以内</b>に下記より本人確認を完了してください。期限内に確認が行われない場合、取得済みの認定資格が無効となる可能性がございます。</p>
<p><a href="https://aws-cert1fication.com/verify/{rhex(20)}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;">本人確認を行う</a></p>
<p>AWS 認定 セキュリティチーム</p>""", lang="ja", title="重要なお知らせ"), "html", cte="base64"),
         kind="unrelated", lang="ja", case_id=None, ids=[], verified=False,
         frm=("AWS Certification", "security@aws-cert1fication.com"), to=U5,
         subject="【重要】AWS認定アカウントの利用停止について",
         date=d, provider="o365", sender="other", relay=("mail.aws-cert1fication.com", "77.83.247.15"),
         mailfrom="security@aws-cert1fication.com", dkim=[],
         auth=dict(spf="softfail", dkim="none", dkim_d=[], dmarc="none", hfrom="aws-cert1fication.com",
                   action="none", compauth="fail reason=001"))


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    build_all()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(LABELS), "mails written")
