#!/usr/bin/env python3
"""Generator for blind set 81: AWS Certification account-merge mail (and look-alikes).

Writes NNN-slug.eml files and labels.json into the folder holding this script.
Deterministic (seeded)."""
import base64
import datetime as dt
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(8181)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")


def T(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(t):
    return f"{int(t.timestamp())}{rnd.randint(0, 99999):05d}"


def rb64(n):
    return base64.b64encode(rnd.randbytes(n)).decode()


def rhex(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def fold_b64(s, width=68, indent="\t "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def pacific(t):
    # US DST: 2025-03-09..2025-11-02, 2026-03-08..2026-11-01 (10:00 UTC switch approx)
    dst = (T(2025, 3, 9, 10, 0, 0) <= t < T(2025, 11, 2, 9, 0, 0)) or \
          (T(2026, 3, 8, 10, 0, 0) <= t < T(2026, 11, 1, 9, 0, 0))
    off = -7 if dst else -8
    tz = dt.timezone(dt.timedelta(hours=off))
    return format_datetime(t.astimezone(tz)) + (" (PDT)" if dst else " (PST)")


def eastern(t):
    dst = (T(2025, 3, 9, 7, 0, 0) <= t < T(2025, 11, 2, 6, 0, 0)) or \
          (T(2026, 3, 8, 7, 0, 0) <= t < T(2026, 11, 1, 6, 0, 0))
    off = -4 if dst else -5
    return format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=off))))


def cet(t):
    dst = (T(2025, 3, 30, 1, 0, 0) <= t < T(2025, 10, 26, 1, 0, 0)) or \
          (T(2026, 3, 29, 1, 0, 0) <= t < T(2026, 10, 25, 1, 0, 0))
    off = 2 if dst else 1
    return format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=off))))


def jst(t):
    return format_datetime(t.astimezone(JST))


def utc(t):
    return format_datetime(t.astimezone(UTC))


def plus(t, s):
    return t + dt.timedelta(seconds=s)


# --------------------------------------------------------------------------
# Sender profiles
# --------------------------------------------------------------------------
SES_IPS = ["54.240.8.33", "54.240.8.91", "54.240.9.44", "54.240.9.112", "54.240.8.207",
           "54.240.48.17", "54.240.48.120"]


def ip_helo_ses():
    ip = rnd.choice(SES_IPS)
    a, b, c, d = ip.split(".")
    return ip, f"a{c}-{d}.smtp-out.amazonses.com"


def S_ses(t, from_dom="amazon.com", sel="rjt5rcl6qsgmplbyv56alpdg7zmc5lbe"):
    ms = int(t.timestamp() * 1000) - rnd.randint(200, 1500)
    local = f"0100{ms:012x}-{ruuid()}-000000"
    ip, helo = ip_helo_ses()
    ts = int(t.timestamp())
    dk1 = ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
           f"\ts={sel}; d={from_dom}; t={ts};\n"
           "\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n"
           f"\tbh={rb64(32)};\n"
           f"\tb={fold_b64(rb64(256), 70, chr(9))}")
    dk2 = ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
           f"\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t={ts};\n"
           "\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n"
           f"\tbh={rb64(32)};\n"
           f"\tb={fold_b64(rb64(128), 70, chr(9))}")
    return dict(
        msgid=f"<{local}@email.amazonses.com>",
        mailfrom=f"{local}@amazonses.com", mailfrom_dom="amazonses.com",
        ip=ip, helo=helo, from_dom=from_dom,
        dkim=[(from_dom, sel), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
        dkim_res="pass", spf="pass", dmarc="pass", p="quarantine",
        sender_lines=[dk1, dk2],
        extra=[("Feedback-ID", f"::1.us-east-1.{rb64(33)[:43]}=:AmazonSES"),
               ("X-SES-Outgoing", f"{t.strftime('%Y.%m.%d')}-{ip}")],
    )


def S_sendgrid(t, from_dom, bounce_dom, sel="s1", dmarc="pass", p="none"):
    ip = rnd.choice(["149.72.126.143", "149.72.34.212", "167.89.115.54", "168.245.62.9"])
    helo = f"o{rnd.randint(1, 9)}.{bounce_dom}"
    mf = f"bounces+{rnd.randint(1000000, 39999999)}-{rhex(4)}-rcpt=example.invalid@{bounce_dom}"
    ts = int(t.timestamp())
    dk = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + from_dom + ";\n"
          "\th=content-type:from:mime-version:subject:x-feedback-id:to:cc:\n"
          "\tcontent-type:from:subject:to;\n"
          f"\ts={sel}; bh={rb64(32)};\n"
          f"\tb={fold_b64(rb64(256), 70, chr(9))}")
    return dict(
        msgid=f"<{rb64(15).replace('/', 'x').replace('+', 'Q')}@geopod-ismtpd-{rnd.randint(1, 40)}>",
        mailfrom=mf, mailfrom_dom=bounce_dom, ip=ip, helo=helo, from_dom=from_dom,
        dkim=[(from_dom, sel)], dkim_res="pass", spf="pass", dmarc=dmarc, p=p,
        sender_lines=[dk],
        extra=[("X-SG-EID", rb64(90)), ("X-Entity-ID", rb64(18))],
    )


def S_other(t, from_dom, ip, helo, mailfrom, msgid_dom, dkim_dom=None, sel="default",
            dkim_res="pass", spf="pass", dmarc="pass", p="none", extra=None):
    ts = int(t.timestamp())
    lines = []
    dk = []
    if dkim_dom:
        dk = [(dkim_dom, sel)]
        lines.append(("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + dkim_dom + ";\n"
                      f"\ts={sel}; t={ts};\n"
                      "\th=date:from:to:subject:message-id:mime-version:content-type;\n"
                      f"\tbh={rb64(32)};\n"
                      f"\tb={fold_b64(rb64(256), 70, chr(9))}"))
    return dict(
        msgid=f"<{rhex(8)}.{rhex(6)}.{ts}@{msgid_dom}>",
        mailfrom=mailfrom, mailfrom_dom=mailfrom.split("@")[-1], ip=ip, helo=helo,
        from_dom=from_dom, dkim=dk, dkim_res=dkim_res, spf=spf, dmarc=dmarc, p=p,
        sender_lines=lines, extra=extra or [],
    )


# --------------------------------------------------------------------------
# Receiving providers: return trace lines (top of message, newest first)
# --------------------------------------------------------------------------
def tr_gmail(rcpt, t, S):
    r1 = plus(t, rnd.randint(1, 4))
    ts = int(r1.timestamp())
    dkim_parts = []
    for d, sel in S["dkim"]:
        dkim_parts.append(f"dkim={S['dkim_res']} header.i=@{d} header.s={sel} header.b={rb64(6)[:8]}")
    if not S["dkim"]:
        dkim_parts = []
    spf = (f"spf={S['spf']} (google.com: domain of {S['mailfrom']} "
           f"{'designates' if S['spf'] == 'pass' else 'does not designate'} {S['ip']} as permitted sender) "
           f"smtp.mailfrom={S['mailfrom']}")
    P = S["p"].upper()
    dis = "NONE" if S["dmarc"] == "pass" else P
    dm = f"dmarc={S['dmarc']} (p={P} sp={P} dis={dis}) header.from={S['from_dom']}"
    ar_items = dkim_parts + [spf, dm]
    ar_body = ";\n       ".join(ar_items)
    gid = f"{rhex(8)}-{rhex(12)}si{rnd.randint(100000, 999999)}.{rnd.randint(10, 500)}.{r1.strftime('%Y.%m.%d.%H.%M.%S')}"
    lines = [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:7010:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(2)}csp{rnd.randint(1000000, 9999999)}mdb;\n        {pacific(r1)}",
        f"X-Google-Smtp-Source: AGHT+I{rb64(60)[:78]}",
        f"X-Received: by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}mr{rnd.randint(1000000, 9999999)}{rhex(4)}.{rnd.randint(10, 99)}.{ts};\n        {pacific(r1)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(rb64(256), 70, '         ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={fold_b64(rb64(256), 70, '         ')}",
        "ARC-Authentication-Results: i=1; mx.google.com;\n       " + ar_body,
        f"Return-Path: <{S['mailfrom']}>",
        f"Received: from {S['helo']} ({S['helo']}. [{S['ip']}])\n        by mx.google.com with ESMTPS id {gid}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pacific(r1)}",
        f"Received-SPF: {S['spf']} (google.com: domain of {S['mailfrom']} {'designates' if S['spf'] == 'pass' else 'does not designate'} {S['ip']} as permitted sender) client-ip={S['ip']};",
        "Authentication-Results: mx.google.com;\n       " + ar_body,
    ]
    return lines


def _o365_hosts(region):
    if region == "eu":
        return ("AS8PR08MB" + str(rnd.randint(1000, 9999)), "DB9PR08MB" + str(rnd.randint(1000, 9999)),
                "DU2PR04CA0" + str(rnd.randint(100, 999)), "DU6PEPF0000" + rhex(4).upper(), "eurprd08", "eurprd04", "eurprd02", "a6")
    if region == "apc":
        return ("TYCPR01MB" + str(rnd.randint(1000, 9999)), "OS3PR01MB" + str(rnd.randint(1000, 9999)),
                "TYAPR01CA0" + str(rnd.randint(100, 999)), "OS1PEPF0000" + rhex(4).upper(), "jpnprd01", "jpnprd01", "apcprd02", "96")
    return ("SA1PR12MB" + str(rnd.randint(1000, 9999)), "CH3PR12MB" + str(rnd.randint(1000, 9999)),
            "MN2PR05CA0" + str(rnd.randint(100, 999)), "BN2PEPF0000" + rhex(4).upper(), "namprd12", "namprd05", "namprd02", "b6")


def tr_o365(rcpt, t, S, region="eu", internal=False):
    h1, h2, h3, h4, d1, d3, d4, pfx = _o365_hosts(region)
    r0 = plus(t, rnd.randint(1, 3))
    r1 = plus(r0, 1)
    r2 = plus(r1, 1)
    v = f"15.20.{rnd.randint(8800, 9200)}.{rnd.randint(10, 40)}"
    if internal:
        ar = (f"Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n"
              f" header.from={S['from_dom']};")
        return [
            f"Received: from {h2}.{d1}.prod.outlook.com (2603:10{pfx}:10:2a4::9) by\n {h1}.{d1}.prod.outlook.com with HTTPS; {utc(r2)}",
            f"Received: from {h3}.{d3}.prod.outlook.com ({h3}.{d3}.prod.outlook.com\n [2603:10{pfx}:10:230::8]) by {h2}.{d1}.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%5]) with mapi id {v}; {utc(r1)}",
            ar,
        ]
    if S["dmarc"] == "pass":
        ca = "compauth=pass reason=100"
        act = "none"
    else:
        ca = "compauth=fail reason=000"
        act = "oreject" if S["p"] == "reject" else "quarantine"
    dkim = (f"dkim={S['dkim_res']} (signature was verified)\n header.d={S['dkim'][0][0]}"
            if S["dkim"] else "dkim=none (message not signed)\n header.d=none")
    ar = (f"Authentication-Results: spf={S['spf']} (sender IP is {S['ip']})\n smtp.mailfrom={S['mailfrom_dom']}; {dkim};"
          f"dmarc={S['dmarc']} action={act}\n header.from={S['from_dom']};{ca}")
    return [
        f"Received: from {h2}.{d1}.prod.outlook.com (2603:10{pfx}:10:2a4::9) by\n {h1}.{d1}.prod.outlook.com with HTTPS; {utc(r2)}",
        f"Received: from {h3}.{d3}.prod.outlook.com (2603:10{pfx}:10:230::8)\n by {h2}.{d1}.prod.outlook.com (2603:10{pfx}:10:2a4::9) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v}; {utc(r1)}",
        f"Received: from {h4}.{d4}.prod.outlook.com\n (2603:10{pfx}:10:230:cafe::5e) by {h3}.outlook.office365.com\n (2603:10{pfx}:10:230::8) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {v} via Frontend Transport; {utc(r1)}",
        ar,
        f"Received-SPF: {S['spf'].capitalize()} (protection.outlook.com: domain of {S['mailfrom_dom']} designates\n {S['ip']} as permitted sender) receiver=protection.outlook.com;\n client-ip={S['ip']}; helo={S['helo']}; pr=C",
        f"Received: from {S['helo']} ({S['ip']}) by\n {h4}.mail.protection.outlook.com (10.167.8.{rnd.randint(2, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {v} via\n Frontend Transport; {utc(r0)}",
    ]


def o365_extra(S, internal=False):
    return [("X-MS-Exchange-Organization-AuthAs", "Internal" if internal else "Anonymous"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-SCL", "-1" if internal else "1")]


def tr_fastmail(rcpt, t, S):
    r1 = plus(t, rnd.randint(1, 3))
    ts = int(r1.timestamp())
    dk = []
    for d, sel in S["dkim"]:
        dk.append(f"dkim={S['dkim_res']} (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={rb64(6)[:8]} header.a=rsa-sha256 header.s={sel} x-bits=2048")
    p = S["p"]
    dm = (f"dmarc={S['dmarc']} policy.published-domain-policy={p} policy.published-subdomain-policy={p} "
          f"policy.applied-disposition=none policy.evaluated-disposition=none (p={p},sp={p},d=none,d.eval=none) "
          f"policy.policy-from=p header.from={S['from_dom']}")
    items = dk + [dm, f"iprev=pass smtp.remote-ip={S['ip']} ({S['helo']})",
                  f"spf={S['spf']} smtp.mailfrom={S['mailfrom']} smtp.helo={S['helo']}"]
    body = ";\n    ".join(items)
    return [
        f"Return-Path: <{S['mailfrom']}>",
        f"Received: from compute3.internal (compute3.nyi.internal [10.202.2.43])\n\t by sloti{rnd.randint(10, 60)}n{rnd.randint(1, 9)} (Cyrus 3.{rnd.randint(9, 11)}.0-alpha0-{rnd.randint(100, 999)}-g{rhex(8)}) with LMTPA;\n\t {eastern(r1)}",
        f"Received: from mailmx.nyi.internal ([10.202.2.201])\n  by compute3.internal (LMTPProxy); {eastern(r1)}",
        f"Received: from mx2.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{rcpt}>; {eastern(r1)}",
        f"Received: from mx2.messagingengine.com (localhost [127.0.0.1])\n    by mx2.messagingengine.com (Authentication Milter) with ESMTP\n    id {rhex(11).upper()};\n    {eastern(r1)}",
        f"ARC-Seal: i=1; a=rsa-sha256; cv=none; d=messagingengine.com; s=fm2; t={ts}; b={fold_b64(rb64(256), 70, '    ')}",
        "ARC-Authentication-Results: i=1; mx2.messagingengine.com;\n    " + body,
        "Authentication-Results: mx2.messagingengine.com;\n    " + body,
        "X-ME-Authentication-Results: mx2.messagingengine.com;\n    x-aligned-from=" + ("domain_pass (Domain match)" if S['dmarc'] == 'pass' else "fail") + ";\n    x-return-mx=pass header.domain=" + S['from_dom'] + " policy.is_org=yes",
        f"Received: from {S['helo']} ({S['helo']} [{S['ip']}])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby mx2.messagingengine.com (Postfix) with ESMTPS\n\tfor <{rcpt}>; {eastern(t)}",
    ]


def tr_nifty(rcpt, t, S):
    r1 = plus(t, rnd.randint(1, 5))
    dkim = (f"dkim={S['dkim_res']} header.i=@{S['dkim'][0][0]}" if S["dkim"] else "dkim=none")
    ar = (f"Authentication-Results: mx.nifty.com; spf={S['spf']} smtp.mailfrom={S['mailfrom']};\n"
          f"\t{dkim}; dmarc={S['dmarc']} header.from={S['from_dom']}")
    return [
        f"Return-Path: <{S['mailfrom']}>",
        f"Delivered-To: {rcpt}",
        f"Received: from mta-rcv-w{rnd.randint(1, 9):02d}.nifty.com by mbox-w{rnd.randint(1, 30):02d}.nifty.com with ESMTP\n          id <{rhex(16)}@mbox.nifty.com> for <{rcpt}>; {jst(r1)}",
        ar,
        f"Received: from {S['helo']} ([{S['ip']}])\n          by mta-rcv-w{rnd.randint(1, 9):02d}.nifty.com with ESMTPS\n          id <{rhex(16)}@mta-rcv.nifty.com>\n          for <{rcpt}>; {jst(t)}",
    ]


def tr_yahoojp(rcpt, t, S):
    r1 = plus(t, rnd.randint(1, 5))
    host = f"mta{rnd.randint(5000, 5099)}.mail.kks.yahoo.co.jp"
    dkim = (f"dkim={S['dkim_res']} header.d={S['dkim'][0][0]}" if S["dkim"] else "dkim=none")
    ar = (f"Authentication-Results: {host};  spf={S['spf']} smtp.mailfrom={S['mailfrom_dom']};\n"
          f"  {dkim};\n  dmarc={S['dmarc']} header.from={S['from_dom']}")
    return [
        f"Return-Path: <{S['mailfrom']}>",
        f"Received: from {host} (mta-mbx.mail.kks.yahoo.co.jp)\n  by mbx{rnd.randint(100, 999)}.mail.kks.yahoo.co.jp with LMTP; {jst(r1)}",
        ar,
        f"Received-SPF: {S['spf']} (Domain of {S['mailfrom_dom']} {'designates' if S['spf'] == 'pass' else 'does not designate'} {S['ip']} as permitted sender)",
        f"Received: from {S['helo']} ({S['helo']} [{S['ip']}])\n  by {host} with ESMTPS id {rhex(12).upper()}\n  for <{rcpt}>; {jst(t)}",
    ]


def tr_onprem_hokuto(rcpt, t, S):
    r1 = plus(t, rnd.randint(2, 6))
    return [
        f"Return-Path: <{S['mailfrom']}>",
        f"Received: from gw02.hokuto-sys.co.jp (gw02.hokuto-sys.co.jp [10.10.4.12])\n\tby mbx01.hokuto-sys.co.jp (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{rcpt}>; {jst(r1)}",
        f"Received: from {S['helo']} ({S['helo']} [{S['ip']}])\n\tby gw02.hokuto-sys.co.jp with ESMTP id {rhex(14)}\n\tfor <{rcpt}>; {jst(t)}",
        f"X-Virus-Scanned: amavisd-new at hokuto-sys.co.jp",
    ]


def tr_selfhost_petrova(rcpt, t, S):
    r1 = plus(t, rnd.randint(1, 3))
    return [
        f"Return-Path: <{S['mailfrom']}>",
        f"Delivered-To: {rcpt}",
        f"Received: from mail.petrova.dev\n\tby mail.petrova.dev with LMTP\n\tid {rb64(18)[:22]}\n\t(envelope-from <{S['mailfrom']}>)\n\tfor <{rcpt}>; {cet(r1)}",
        f"Received: from {S['helo']} ({S['helo']} [{S['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mail.petrova.dev (Postfix) with ESMTPS id 4b{rhex(10)}\n\tfor <{rcpt}>; {cet(t)}",
    ]


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
         "us-ascii": "utf-8", "iso-8859-1": "utf-8", "windows-1252": "cp1252"}


def tp(text, sub="plain", cs="utf-8", cte="quoted-printable", codec=None, csname=None):
    """Text part; codec overrides the real encoding (for wrong labels)."""
    codec = codec or CODEC[cs.lower()]
    raw = text.encode(codec)
    m = MIMENonMultipart("text", sub)
    m.set_param("charset", csname or cs)
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
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alt(*parts, sub="alternative"):
    m = MIMEMultipart(sub)
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def subj(s, cs=None):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs or "utf-8")


def addr(name, a, cs="utf-8"):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return formataddr((name, a), charset=cs)


FILES = []
LABELS = {}


def emit(n, slug, label, body, frm, to, subject, t, S, trace, msgid=None,
         in_reply_to=None, references=None, extra_hdrs=None, cc=None, date_hdr=None):
    """Assemble one .eml."""
    msg = body
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date_hdr or utc(t)
    msg["Message-ID"] = msgid or S["msgid"]
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for k, v in (S.get("extra") or []):
        msg[k] = v
    for k, v in (extra_hdrs or []):
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    content = [h for h in msg._headers if h[0].lower() in ("content-type", "mime-version", "content-transfer-encoding")]
    others = [h for h in msg._headers if h[0].lower() not in ("content-type", "mime-version", "content-transfer-encoding")]
    mv = [h for h in content if h[0].lower() == "mime-version"][:1]
    ct = [h for h in content if h[0].lower() != "mime-version"]
    msg._headers = others + mv + ct
    data = msg.as_bytes()
    hdr_end = data.find(b"\n\n")
    head = re.sub(rb"(?m)^([A-Za-z-]+): \n ", rb"\1: ", data[:hdr_end])
    data = head + data[hdr_end:]
    top = "\n".join(trace + S.get("sender_lines", [])) + "\n"
    raw = top.encode("ascii") + data
    name = f"{n:03d}-{slug}.eml"
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(raw)
    LABELS[name] = label
    FILES.append(name)


def L(kind, case_id, ids, sv, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": sv, "language": lang}


# --------------------------------------------------------------------------
# People and cases
# --------------------------------------------------------------------------
MARCO = ("Marco Bellini", "marco.bellini87@gmail.com")
SARAH = ("Sarah Lindqvist", "sarah.lindqvist@kvarnholm-consulting.se")
PRIYA = ("Priya Raman", "priya.raman@outlook.com")
DAVID = ("David Okafor", "david@okafor.me.uk")
ELENA = ("Elena Petrova", "elena@petrova.dev")
WATANABE = ("渡辺 健二", "kenji.watanabe.0412@gmail.com")
TANAKA = ("田中 美咲", "misaki-t@nifty.com")
SATO = ("佐藤 大輔", "daisuke_sato77@yahoo.co.jp")
KOBAYASHI = ("小林 恵", "m-kobayashi@hokuto-sys.co.jp")
NAKAMURA = ("中村 翔", "sho.nakamura.cloud@gmail.com")

AWS_FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"
AWS_CONSOLE_ADDR = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

O1 = T(2025, 3, 10, 21, 42, 17); C1 = case15(O1)          # Marco, form
O2 = T(2025, 8, 19, 7, 55, 12); C2 = case15(O2)           # Sarah, console
O3 = T(2025, 11, 12, 18, 20, 5); C3 = case15(O3)          # Priya, form
C4 = "11842093756"                                         # David, console (11 digits)
O5 = T(2025, 5, 27, 23, 2, 41); C5 = case15(O5)           # Watanabe, form
O6 = T(2026, 1, 13, 2, 15, 33); C6 = case15(O6)           # Tanaka, console
C7 = "12950418376"                                         # Sato, form (11 digits)
O7b = T(2025, 10, 14, 0, 37, 52); C7b = case15(O7b)       # Sato, duplicate case
O8 = T(2026, 2, 9, 0, 40, 26); C8 = case15(O8)            # Kobayashi, console
O9 = T(2025, 12, 1, 5, 3, 44); C9 = case15(O9)            # Nakamura, form
O10 = T(2025, 12, 17, 23, 51, 9); C10 = case15(O10)       # Nakamura EC2 quota
C11 = "11790356124"                                        # Elena, console (11 digits)
O12 = T(2025, 6, 16, 8, 12, 40); C12 = case15(O12)        # Marco billing
SELLER_CASE = "5884881212"

CONSOLE_FOOTER_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services

===================================================================
To see all the correspondence for this case and to respond, please use the link below.

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Note: This e-mail address cannot accept replies.
For help signing in to the AWS Support Center, see: https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html
===================================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOTER_JA = """お客様のご意見をお聞かせください。AWS サポートセンターにて、本件および他の回答を評価いただけます。各回答の右上にある星を選択して評価してください。

よろしくお願いいたします。

{agent}
Amazon Web Services

===================================================================
このケースに関するすべてのやり取りを確認し、返信するには、以下のリンクをご利用ください。

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

注意: このメールアドレスは返信を受け付けておりません。
===================================================================

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。"""

SURVEY_EN = """Was your issue resolved?
YES: https://support.aws.amazon.com/survey/s?c={case}&r=y&t={tok}
NO:  https://support.aws.amazon.com/survey/s?c={case}&r=n&t={tok}"""


# ==========================================================================
# 001-005  Marco (en, Gmail), form case C1
# ==========================================================================
def m001():
    t = plus(O1, 32)
    S = S_ses(t)
    text = f"""Hello,

Thank you for contacting AWS Training and Certification. Your request has been logged and a member of our customer support team will get back to you, in most cases within 24 hours.

Your reference number is {C1}. Please keep this number in the subject line if you write to us about this request, and do not submit a new form for the same issue, as this may delay our response.

Here is a copy of the information you submitted:

Name: Marco Bellini
Email: marco.bellini87@gmail.com
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS10293847
Description: Hi, I have two certification accounts. The first one (aws 55601928) was created with my old work email m.bellini@trevisoweb.it when I took the Cloud Practitioner exam in 2019. I no longer have access to that mailbox. I would like to keep AWS10293847 and move the old certification into it. Thanks!

Kind regards,
AWS Training and Certification Customer Support

This message was sent from a notification-only queue. Replies to this message are routed to our support team."""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(1, "aws-tc-form-ack-bellini",
         L("case_created", C1, ["AWS10293847", "AWS55601928"], True, "en"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*MARCO),
         f"[CASE {C1}] {FORM_SUBJ}", t, S, tr_gmail(MARCO[1], t, S))


def m002():
    t = T(2025, 3, 11, 16, 5, 19)
    S = S_ses(t)
    text = f"""Hello Marco,

Thank you for reaching out to AWS Training and Certification.

I’ve reviewed the details you submitted and located two certification profiles registered to you:

  • AWS10293847 – marco.bellini87@gmail.com (created March 2021)
  • AWS55601928 – m.bellini@trevisoweb.it (created September 2019)

As you requested, AWS10293847 would remain your active account. The certifications, exam history and any unused benefits currently held on AWS55601928 would be moved into it, after which AWS55601928 will be deactivated and can no longer be used to sign in.

Please be aware that this process is permanent – once the two profiles are combined we are not able to separate them again.

If everything above is correct, simply reply to this email stating that you agree, and we’ll get started. If anything needs to change (for example, you would prefer to keep the other profile), let me know in your reply instead.

Best regards,
Daniela R.
AWS Training and Certification Customer Support"""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(2, "aws-tc-form-reply-bellini-a",
         L("merge_confirmation_requested", C1, ["AWS10293847", "AWS55601928"], True, "en"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*MARCO),
         f"RE:[CASE {C1}] {FORM_SUBJ}", t, S, tr_gmail(MARCO[1], t, S))


def m003():
    t = T(2025, 3, 12, 9, 31, 2)
    S = S_ses(t)
    text = f"""Hello Marco,

Thank you for confirming the details.

I have now passed your request on to the team that carries out account changes. When they have finished, your certification records will all be found under AWS10293847 and I will write to you again on this case. This normally takes between 1 and 3 business days.

In the meantime there is no need to take any action. Please avoid booking new exams on either profile until you hear back from us.

Best regards,
Daniela R.
AWS Training and Certification Customer Support

---------------- Original Message ----------------
From: Marco Bellini [marco.bellini87@gmail.com]
Sent: 3/11/2025 6:20 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {C1}] {FORM_SUBJ}

The details are correct. Please proceed with the merge.

Marco

On Tue, Mar 11, 2025 at 5:05 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

> Hello Marco,
>
> Thank you for reaching out to AWS Training and Certification.
>
> I’ve reviewed the details you submitted and located two certification
> profiles registered to you:
>
>   • AWS10293847 – marco.bellini87@gmail.com (created March 2021)
>   • AWS55601928 – m.bellini@trevisoweb.it (created September 2019)
>
> As you requested, AWS10293847 would remain your active account. The
> certifications, exam history and any unused benefits currently held on
> AWS55601928 would be moved into it, after which AWS55601928 will be
> deactivated and can no longer be used to sign in.
>
> Please be aware that this process is permanent – once the two profiles are
> combined we are not able to separate them again.
>
> If everything above is correct, simply reply to this email stating that
> you agree, and we’ll get started.
>
> Best regards,
> Daniela R.
> AWS Training and Certification Customer Support
"""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(3, "aws-tc-form-reply-bellini-b",
         L("support_reply", C1, ["AWS10293847"], True, "en"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*MARCO),
         f"RE:[CASE {C1}] {FORM_SUBJ}", t, S, tr_gmail(MARCO[1], t, S))


def m004():
    t = T(2025, 3, 13, 22, 10, 44)
    S = S_ses(t)
    tok = rhex(24)
    text = f"""Hello Marco,

Good news – the work on your request is finished.

Your full certification history, including AWS Certified Cloud Practitioner and AWS Certified Developer – Associate, now appears under AWS10293847. The older profile, AWS55601928, has been retired and can no longer be used to sign in.

Please allow up to 72 hours for your Credly badges to reflect the change. If you had an unused 50% exam discount, you will find it in the Benefits section of your AWS Certification Account.

As your request has been taken care of, we will now close this case. If you need anything else, just reply to this email within 14 days and the case will reopen automatically.

Best regards,
Daniela R.
AWS Training and Certification Customer Support

{SURVEY_EN.format(case=C1, tok=tok)}"""
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Marco,</p>
<p>Good news &ndash; the work on your request is finished.</p>
<p>Your full certification history, including AWS Certified Cloud Practitioner and AWS Certified Developer &ndash; Associate, now appears under <b>AWS10293847</b>. The older profile, AWS55601928, has been retired and can no longer be used to sign in.</p>
<p>Please allow up to 72 hours for your Credly badges to reflect the change. If you had an unused 50% exam discount, you will find it in the Benefits section of your AWS Certification Account.</p>
<p>As your request has been taken care of, we will now close this case. If you need anything else, just reply to this email within 14 days and the case will reopen automatically.</p>
<p>Best regards,<br>Daniela R.<br>AWS Training and Certification Customer Support</p>
<table cellpadding="6" style="border-top:1px solid #d5dbdb;margin-top:18px"><tr><td><b>Was your issue resolved?</b></td>
<td><a href="https://support.aws.amazon.com/survey/s?c={C1}&amp;r=y&amp;t={tok}" style="background:#ec7211;color:#fff;padding:6px 14px;text-decoration:none">YES</a></td>
<td><a href="https://support.aws.amazon.com/survey/s?c={C1}&amp;r=n&amp;t={tok}" style="background:#545b64;color:#fff;padding:6px 14px;text-decoration:none">NO</a></td></tr></table>
</body></html>"""
    body = alt(tp(text, cs="utf-8", cte="quoted-printable"), tp(html, "html", cs="utf-8", cte="base64"))
    emit(4, "aws-tc-form-reply-bellini-c",
         L("merge_completed", C1, ["AWS10293847", "AWS55601928"], True, "en"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*MARCO),
         f"RE:[CASE {C1}] {FORM_SUBJ}", t, S, tr_gmail(MARCO[1], t, S))


def credly_html(greet, lead, badges, button, url, lang="en"):
    rows = "".join(
        f'<tr><td style="padding:12px 0"><img src="https://images.credly.com/size/110x110/images/{ruuid()}/image.png" width="80" alt=""></td>'
        f'<td style="padding:12px;font-size:16px;font-weight:bold;color:#333">{b}</td></tr>' for b in badges)
    foot = ("You are receiving this email because a badge was issued to this address. "
            "Manage your email preferences in your Credly account settings.<br>Credly, Inc. | 1 W Main St, Suite 1900 | Denver, CO 80202")
    if lang == "ja":
        foot = ("このメールは、このアドレス宛てにバッジが発行されたためお送りしています。メール設定は Credly アカウントの設定から変更できます。"
                "<br>Credly, Inc. | 1 W Main St, Suite 1900 | Denver, CO 80202")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;margin:24px 0" cellpadding="24">
<tr><td><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="110"></td></tr>
<tr><td style="font-size:15px;color:#333;line-height:1.5"><p>{greet}</p><p>{lead}</p>
<table>{rows}</table>
<p style="text-align:center;margin:28px 0"><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">{foot}</td></tr>
</table></td></tr></table></body></html>"""


def m005():
    t = T(2025, 3, 14, 3, 12, 5)
    S = S_sendgrid(t, "credly.com", "em.credly.com")
    u = ruuid()
    url = f"https://www.credly.com/earner/earned/badge/{u}?utm_medium=email&utm_source=issued_badge"
    badge = "AWS Certified Developer – Associate"
    text = f"""Hi Marco,

Amazon Web Services Training and Certification has issued you a new badge:

{badge}

Accept your badge to add it to your Credly profile and share it on LinkedIn, in your email signature, or anywhere else.

Accept your badge: {url}

Badge ID: {u}

You are receiving this email because a badge was issued to marco.bellini87@gmail.com.
Credly, Inc. | 1 W Main St, Suite 1900 | Denver, CO 80202"""
    html = credly_html("Hi Marco,", "Amazon Web Services Training and Certification has issued you a new badge:",
                       [badge.replace("–", "&ndash;")], "Accept your badge", url)
    body = alt(tp(text, cs="utf-8", cte="quoted-printable"), tp(html, "html", cs="utf-8", cte="quoted-printable"))
    emit(5, "credly-bellini",
         L("credly_badge_issued", None, [], True, "en"),
         body, addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), addr(*MARCO),
         subj(f"Marco, you've been awarded the {badge} badge!"), t, S, tr_gmail(MARCO[1], t, S),
         extra_hdrs=[("Reply-To", "support@credly.com"), ("List-Unsubscribe", f"<https://www.credly.com/unsubscribe/{rhex(32)}>")])


# ==========================================================================
# 006-010  Watanabe (ja, Gmail), form case C5
# ==========================================================================
def m006():
    t = plus(O5, 41)
    S = S_ses(t)
    text = f"""渡辺 健二 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

受付番号: {C5}

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
本件について追加のご連絡がある場合は、件名の受付番号を変更せずに本メールへご返信ください。
同じ内容で再度フォームを送信されますと、ご回答が遅れる場合がございます。

――― お問い合わせ内容 ―――
お名前: 渡辺 健二
メールアドレス: kenji.watanabe.0412@gmail.com
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS38472910
内容: 前職のメールアドレスで作成した認定アカウントがもう一つあります。現在使っているアカウントにまとめたいです。

AWS トレーニングと認定 カスタマーサポート"""
    body = tp(text, cs="iso-2022-jp", cte="7bit")
    emit(6, "aws-tc-form-ack-watanabe",
         L("case_created", C5, ["AWS38472910"], True, "ja"),
         body, addr("Amazon Web Services", AWS_FORM_ADDR), addr(*WATANABE, cs="iso-2022-jp"),
         subj(f"[CASE {C5}] AWS トレーニングと認定 お問い合わせ受付のお知らせ", "iso-2022-jp"),
         t, S, tr_gmail(WATANABE[1], t, S))


WATANABE_CONFIRM = """渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポートの山本でございます。

お問い合わせいただきました認定アカウントの件につきまして、以下の 2 つのアカウントを確認いたしました。

　■ 存続するアカウント（統合先）
　　AWS38472910（kenji.watanabe.0412@gmail.com）
　■ 統合されるアカウント（統合元）
　　AWS61029384（k-watanabe@minato-soft.co.jp）

統合元アカウントに登録されている認定資格、受験履歴、特典（試験 50% 割引バウチャー等）は統合先アカウントへ引き継がれ、統合元アカウントは無効となります。

なお、アカウントの統合は一度実施すると取り消すことができません。
上記の内容でお間違いがなければ、本メールにその旨ご返信いただけますでしょうか。
ご返信を確認でき次第作業を進め、完了しましたら改めてご連絡いたします。

何卒よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート"""


def m007():
    t = T(2025, 5, 29, 1, 14, 37)
    S = S_ses(t)
    body = tp(WATANABE_CONFIRM, cs="iso-2022-jp", cte="7bit")
    emit(7, "aws-tc-form-reply-watanabe-a",
         L("merge_confirmation_requested", C5, ["AWS38472910", "AWS61029384"], True, "ja"),
         body, addr("Amazon Web Services", AWS_FORM_ADDR), addr(*WATANABE, cs="iso-2022-jp"),
         f"RE:[CASE {C5}] {FORM_SUBJ}", t, S, tr_gmail(WATANABE[1], t, S))


WATANABE_DONE = """渡辺 健二 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

ご返信いただき、ありがとうございました。
ご依頼の件、AWS61029384 に登録されていた認定資格および受験履歴を、AWS38472910 へ移行いたしました。

今後は kenji.watanabe.0412@gmail.com で AWS 認定アカウントにサインインしてください。
旧アカウント（AWS61029384）はご利用いただけなくなっております。

Credly のデジタルバッジにつきましては、反映まで最大 3 営業日ほどかかる場合がございます。
その他ご不明な点がございましたら、お気軽にお問い合わせください。

山本
AWS トレーニングと認定 カスタマーサポート"""


def m008():
    t = T(2025, 5, 30, 5, 40, 12)
    S = S_ses(t)
    body = tp(WATANABE_DONE, cs="utf-8", cte="base64")
    emit(8, "aws-tc-form-reply-watanabe-b",
         L("merge_completed", C5, ["AWS38472910", "AWS61029384"], True, "ja"),
         body, addr("Amazon Web Services", AWS_FORM_ADDR), addr(*WATANABE, cs="iso-2022-jp"),
         subj(f"RE:[CASE {C5}] 【AWS トレーニングと認定】認定アカウントに関するお問い合わせについてのご連絡", "utf-8"),
         t, S, tr_gmail(WATANABE[1], t, S))


def m009():
    t = T(2025, 5, 30, 5, 43, 50)
    S = S_ses(t)
    tok = rhex(24)
    prev = "\n".join(WATANABE_DONE.splitlines())
    text = f"""渡辺 健二 様

このたびは AWS トレーニングと認定へお問い合わせいただき、ありがとうございました。
受付番号 {C5} のお問い合わせはクローズされました。

サービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間 約 1 分）。

今回のお問い合わせで問題は解決しましたか？
　はい: https://support.aws.amazon.com/survey/s?c={C5}&r=y&l=ja&t={tok}
　いいえ: https://support.aws.amazon.com/survey/s?c={C5}&r=n&l=ja&t={tok}

クローズ後 14 日以内に本メールへご返信いただくと、お問い合わせが再開されます。

AWS トレーニングと認定 カスタマーサポート

-------------------- 以前のやり取り --------------------
差出人: Amazon Web Services [aws-cs-trainingcertification-form@amazon.com]
送信日時: 2025/05/30 14:40
宛先: kenji.watanabe.0412@gmail.com
件名: RE:[CASE {C5}] 【AWS トレーニングと認定】認定アカウントに関するお問い合わせについてのご連絡

{prev}
"""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(9, "aws-tc-form-close-watanabe",
         L("survey", C5, [], True, "ja"),
         body, addr("Amazon Web Services", AWS_FORM_ADDR), addr(*WATANABE, cs="iso-2022-jp"),
         subj(f"[CASE {C5}] お問い合わせクローズのお知らせとアンケートのお願い", "utf-8"),
         t, S, tr_gmail(WATANABE[1], t, S))


def m010():
    t = T(2025, 6, 2, 11, 27, 31)
    S = S_sendgrid(t, "credly.com", "em.credly.com")
    u = ruuid()
    url = f"https://www.credly.com/earner/earned/badge/{u}?locale=ja&utm_medium=email"
    badges = ["AWS Certified Solutions Architect – Associate", "AWS Certified Cloud Practitioner"]
    text = f"""渡辺 健二 さん

Amazon Web Services Training and Certification から、次のバッジが発行されました。

・{badges[0]}
・{badges[1]}

バッジを受け取ると、Credly のプロフィールや LinkedIn などで共有できるようになります。

バッジを受け取る: {url}

このメールは kenji.watanabe.0412@gmail.com 宛てにバッジが発行されたためお送りしています。
Credly, Inc. | 1 W Main St, Suite 1900 | Denver, CO 80202"""
    html = credly_html("渡辺 健二 さん", "Amazon Web Services Training and Certification から、次のバッジが発行されました。",
                       [b.replace("–", "&ndash;") for b in badges], "バッジを受け取る", url, lang="ja")
    body = alt(tp(text, cs="utf-8", cte="base64"), tp(html, "html", cs="utf-8", cte="base64"))
    emit(10, "credly-watanabe",
         L("credly_badge_issued", None, [], True, "ja"),
         body, addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
         addr(*WATANABE, cs="utf-8"),
         subj("渡辺さん、新しいバッジが 2 件届いています", "utf-8"), t, S, tr_gmail(WATANABE[1], t, S),
         extra_hdrs=[("Reply-To", "support@credly.com")])


# ==========================================================================
# 011-016  Sarah (en, Office 365 tenant), console case C2
# ==========================================================================
SARAH_CASE_SUBJ = "Request to combine two certification profiles"


def m011():
    t = plus(O2, 28)
    S = S_ses(t)
    text = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.

The details of your case are as follows:

Case ID: {C2}
Subject: {SARAH_CASE_SUBJ}
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts - aws-20483716 (work e-mail) and AWS 73920184 (personal Gmail). I'd like everything under one account so that our partner portal shows all of my certifications. Thank you, Sarah

We will respond to your case as soon as possible.

To see all the correspondence for this case and to respond, please use the link below.

https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Note: This e-mail address cannot accept replies.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(11, "aws-support-opened-lindqvist",
         L("case_created", C2, ["AWS20483716", "AWS73920184"], True, "en"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*SARAH),
         f"Amazon Web Services: You have opened a new Support case: {C2}", t, S,
         tr_o365(SARAH[1], t, S, "eu"), extra_hdrs=o365_extra(S))


def m012():
    t = T(2025, 8, 20, 10, 12, 33)
    S = S_ses(t)
    text = f"""Hello Sarah,

Thank you for your patience while I looked into this.

I was able to find both of the certification accounts you mentioned:

- AWS20483716, registered to sarah.lindqvist@kvarnholm-consulting.se
- AWS73920184, registered to s.lindqvist.se@gmail.com

Before anything can be changed, I need two pieces of information from you:

1. Which of the two accounts would you like to keep? The certifications from the other one will be moved across and that account will then be closed.
2. Please confirm which e-mail address you would like certification notifications to go to from now on.

As soon as I have your answers I'll prepare the next step.

""" + CONSOLE_FOOTER_EN.format(agent="Vikram S.", case=C2)
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(12, "aws-support-reply-lindqvist-a",
         L("support_reply", C2, ["AWS20483716", "AWS73920184"], True, "en"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*SARAH),
         f"RE:[CASE {C2}] {SARAH_CASE_SUBJ}", t, S, tr_o365(SARAH[1], t, S, "eu"), extra_hdrs=o365_extra(S))


def m013():
    t = T(2025, 8, 21, 13, 47, 5)
    S = S_ses(t)
    plain = f"""Hello,

A new correspondence has been added to your AWS Support case {C2} ({SARAH_CASE_SUBJ}).

The full text of this correspondence is included in the HTML version of this e-mail. You can also read it and reply in the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Note: This e-mail address cannot accept replies."""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Sarah,</p>
<p>Thanks for letting me know. Based on your answer, this is what would happen:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#f2f3f3"><th align="left">Account</th><th align="left">E-mail</th><th align="left">Outcome</th></tr>
<tr><td>AWS20483716</td><td>sarah.lindqvist@kvarnholm-consulting.se</td><td>Kept &ndash; this becomes your only account</td></tr>
<tr><td>AWS73920184</td><td>s.lindqvist.se@gmail.com</td><td>Records moved to AWS20483716, then closed</td></tr>
</table>
<p>All exams, certifications and unused benefits from the second account will move across. Notifications will go to sarah.lindqvist@kvarnholm-consulting.se.</p>
<p><b>Please note this cannot be reversed.</b> Once the two accounts have been combined, we are unable to split them again.</p>
<p>Could you reply on this case with a short &ldquo;yes, go ahead&rdquo; so I can submit it to our certification team? If you would rather keep the personal account instead, just tell me and I&rsquo;ll adjust the request.</p>
<p>We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.</p>
<p>Best regards,<br>Vikram S.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#545b64">To see all the correspondence for this case and to respond, please use the link below.<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en</a><br>
Note: This e-mail address cannot accept replies.</p>
</body></html>"""
    body = alt(tp(plain, cs="us-ascii", cte="7bit"), tp(html, "html", cs="utf-8", cte="quoted-printable"))
    emit(13, "aws-support-reply-lindqvist-b",
         L("merge_confirmation_requested", C2, ["AWS20483716", "AWS73920184"], True, "en"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*SARAH),
         f"RE:[CASE {C2}] {SARAH_CASE_SUBJ}", t, S, tr_o365(SARAH[1], t, S, "eu"), extra_hdrs=o365_extra(S))


SARAH_DONE = f"""Hello Sarah,

I can confirm that the two profiles have now been combined.

When you sign in to your AWS Certification Account with sarah.lindqvist@kvarnholm-consulting.se you'll see all of your certifications - including the ones you earned under AWS73920184 - listed under AWS20483716. The personal profile has been closed, so please don't try to sign in with s.lindqvist.se@gmail.com any more.

Your Credly badges will be re-issued to your work address over the next few days. If they haven't appeared within a week, let me know on this case.

"""


def m014():
    t = T(2025, 8, 25, 8, 3, 37)
    S = S_ses(t)
    text = SARAH_DONE + CONSOLE_FOOTER_EN.format(agent="Vikram S.", case=C2)
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(14, "aws-support-reply-lindqvist-c",
         L("merge_completed", C2, ["AWS20483716", "AWS73920184"], True, "en"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*SARAH),
         f"RE:[CASE {C2}] {SARAH_CASE_SUBJ}", t, S, tr_o365(SARAH[1], t, S, "eu"), extra_hdrs=o365_extra(S))


def m015():
    t = T(2025, 8, 26, 8, 5, 11)
    S = S_ses(t)
    tok = rhex(20)
    text = f"""Hello,

We're writing to let you know that your AWS Support case {C2} ("{SARAH_CASE_SUBJ}") has been resolved.

If you still need help with this issue, you can reopen the case from the AWS Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

How did we do?
Your opinion helps us improve. Please take a minute to tell us about your experience with this case:
https://support.aws.amazon.com/feedback?caseId={C2}&t={tok}

Thank you for using AWS Support.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
This e-mail address cannot accept replies."""
    body = tp(text, cs="us-ascii", cte="7bit")
    emit(15, "aws-support-resolved-lindqvist",
         L("survey", C2, [], True, "en"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*SARAH),
         f"Amazon Web Services: Your Support case {C2} has been resolved", t, S,
         tr_o365(SARAH[1], t, S, "eu"), extra_hdrs=o365_extra(S))


def m016():
    t = T(2025, 8, 25, 7, 31, 48)
    S = S_other(t, "kvarnholm-consulting.se", "", "", SARAH[1], "DB9PR08MB6715.eurprd08.prod.outlook.com")
    S["msgid"] = f"<DB9PR08MB6715{rhex(8).upper()}{rhex(8).upper()}@DB9PR08MB6715.eurprd08.prod.outlook.com>"
    fwd = SARAH_DONE + "Best regards,\nVikram S.\nAmazon Web Services"
    text = f"""Hi Johan,

FYI - AWS has finally combined my two certification accounts. Everything now sits under AWS20483716, so please use that ID when you update the partner scorecard (the old one can be removed from the sheet).

/Sarah

Sarah Lindqvist
Senior Cloud Consultant | Kvarnholm Consulting AB
+46 70 123 45 67

________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Monday, August 25, 2025 10:03
To: Sarah Lindqvist <sarah.lindqvist@kvarnholm-consulting.se>
Subject: RE:[CASE {C2}] {SARAH_CASE_SUBJ}

{fwd}
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + \
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>"
    body = alt(tp(text, cs="utf-8", cte="quoted-printable"), tp(html, "html", cs="utf-8", cte="quoted-printable"))
    emit(16, "fw-lindqvist-to-manager",
         L("unrelated", C2, ["AWS20483716"], False, "en"),
         body, addr(*SARAH), addr("Johan Ek", "johan.ek@kvarnholm-consulting.se"),
         f"FW: RE:[CASE {C2}] {SARAH_CASE_SUBJ}", t, S,
         tr_o365("johan.ek@kvarnholm-consulting.se", t, S, "eu", internal=True),
         extra_hdrs=o365_extra(S, internal=True) + [("Thread-Topic", f"RE:[CASE {C2}] {SARAH_CASE_SUBJ}"),
                                                     ("Thread-Index", "AQHb" + rb64(18)),
                                                     ("Content-Language", "en-GB")])


# ==========================================================================
# 017-022  Priya (en, outlook.com), form case C3
# ==========================================================================
PRIYA_INFO = f"""Hello Priya,

Thank you for contacting AWS Training and Certification.

I searched our records using the candidate ID you provided, AWS 81726354, as well as the e-mail address priya.raman@outlook.com, but I was unable to find a second certification account.

To help me locate it, could you please send me:

- the e-mail address you used to sign in to the other account (this may be a former work address)
- the notification e-mail address of that account, if different
- its candidate ID, if you have it (it starts with "AWS" followed by 8 digits and is shown on your exam score report)
- your full name exactly as it appears on that account

When I have this information I will be able to continue with your request.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support"""


def m017():
    t = plus(O3, 25)
    S = S_ses(t)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#eaeded">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px">
<p>Hi Priya,</p>
<p>We&rsquo;ve got your message and it has been assigned reference number <strong>{C3}</strong>.</p>
<p>Someone from our customer support team will get back to you, normally within one business day. If you want to add anything in the meantime, reply to this email and keep the reference number in the subject line.</p>
<p>Please don&rsquo;t submit a new request for the same issue &ndash; a second request goes to the back of the queue and may slow things down.</p>
<p>Thanks,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210<br>
<a href="https://aws.amazon.com/privacy/" style="color:#0073bb">Privacy</a> | <a href="https://aws.amazon.com/training/" style="color:#0073bb">AWS Training and Certification</a>
</td></tr></table></td></tr></table>
</body></html>"""
    body = tp(html, "html", cs="utf-8", cte="quoted-printable")
    emit(17, "aws-tc-form-ack-raman",
         L("case_created", C3, [], True, "en"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*PRIYA),
         f"We received your request [CASE {C3}]", t, S, tr_o365(PRIYA[1], t, S, "na"))


def m018():
    t = T(2025, 11, 14, 16, 2, 9)
    S = S_ses(t)
    text = PRIYA_INFO + f"""

---------------- Original Message ----------------
From: Priya Raman [priya.raman@outlook.com]
Sent: 11/12/2025 6:20 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: {FORM_SUBJ}

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS81726354
Description: I passed my first AWS exam in 2020 while working at another company and I think that created a separate certification account. Please merge it into my current account AWS81726354. I don't remember the old candidate ID.
"""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(18, "aws-tc-form-reply-raman-a",
         L("support_reply", C3, ["AWS81726354"], True, "en"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*PRIYA),
         f"RE:[CASE {C3}] {FORM_SUBJ}", t, S, tr_o365(PRIYA[1], t, S, "na"))


PRIYA_CONFIRM = """Hello Priya,

Thank you for the additional details. Using your former work e-mail address I was able to find the second account; its candidate ID is AWS09182736 (the number in your message had two digits swapped).

Here is what I propose:

   Account to keep:                 AWS81726354  (priya.raman@outlook.com)
   Account to be merged into it:    AWS09182736  (priya.r@brightlane-analytics.com)

After the merge, AWS09182736 will be closed and all of its exam history and certifications will be shown on AWS81726354.

Please be aware that a merge is final and cannot be reversed. Reply to this e-mail with your confirmation and I will submit the request.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support"""


def m019():
    t = T(2025, 11, 17, 15, 28, 40)
    S = S_ses(t)
    text = PRIYA_CONFIRM + f"""

---------------- Original Message ----------------
From: Priya Raman [priya.raman@outlook.com]
Sent: 11/14/2025 9:47 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: RE:[CASE {C3}] {FORM_SUBJ}

Hi Tomasz,

The old account was under priya.r@brightlane-analytics.com, same address for notifications. I think the candidate ID was AWS09182763 but I'm not 100% sure. The name on it should be Priya Raman.

Thanks,
Priya

---------------- Original Message ----------------
From: Amazon Web Services [aws-cs-trainingcertification-form@amazon.com]
Sent: 11/14/2025 4:02 PM
To: priya.raman@outlook.com
Subject: RE:[CASE {C3}] {FORM_SUBJ}

{PRIYA_INFO}
"""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(19, "aws-tc-form-reply-raman-b",
         L("merge_confirmation_requested", C3, ["AWS09182736", "AWS81726354"], True, "en"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*PRIYA),
         f"RE:[CASE {C3}] {FORM_SUBJ}", t, S, tr_o365(PRIYA[1], t, S, "na"))


def m020():
    t = T(2025, 11, 19, 11, 6, 55)
    S = S_ses(t)
    text = f"""Hello Priya,

Thank you for your patience. The change you approved on November 17 has been carried out: AWS09182736 is now inactive, and its exam history and certifications have been transferred to AWS81726354. Please sign in with priya.raman@outlook.com from now on.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support

---------------- Original Message ----------------
From: Priya Raman [priya.raman@outlook.com]
Sent: 11/17/2025 6:12 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: RE:[CASE {C3}] {FORM_SUBJ}

Confirmed - please go ahead. Thank you!

---------------- Original Message ----------------
From: Amazon Web Services [aws-cs-trainingcertification-form@amazon.com]
Sent: 11/17/2025 3:28 PM
To: priya.raman@outlook.com
Subject: RE:[CASE {C3}] {FORM_SUBJ}

{PRIYA_CONFIRM}
"""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(20, "aws-tc-form-reply-raman-c",
         L("merge_completed", C3, ["AWS09182736", "AWS81726354"], True, "en"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*PRIYA),
         f"RE:[CASE {C3}] {FORM_SUBJ}", t, S, tr_o365(PRIYA[1], t, S, "na"))


def m021():
    t = T(2025, 11, 19, 11, 9, 3)
    S = S_ses(t)
    tok = rhex(32)
    text = f"""Hi Priya,

Your case {C3} has been closed.

How did we do? We'd love to hear about your recent experience with AWS Training and Certification Customer Support. The survey has 3 questions and takes about 2 minutes.

Start the survey: https://amazonexteu.qualtrics.com/jfe/form/SV_{rhex(15)}?case={C3}&t={tok}

Thank you,
AWS Training and Certification"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Priya,</p>
<p>Your case {C3} has been closed.</p>
<h2 style="font-size:20px;color:#232f3e">How did we do?</h2>
<p>We&rsquo;d love to hear about your recent experience with AWS Training and Certification Customer Support.</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_x?case={C3}&amp;score=1&amp;t={tok}">1</a> &nbsp;
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_x?case={C3}&amp;score=2&amp;t={tok}">2</a> &nbsp;
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_x?case={C3}&amp;score=3&amp;t={tok}">3</a> &nbsp;
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_x?case={C3}&amp;score=4&amp;t={tok}">4</a> &nbsp;
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_x?case={C3}&amp;score=5&amp;t={tok}">5</a></p>
<p style="font-size:12px;color:#687078">1 = very dissatisfied, 5 = very satisfied</p>
<p>Thank you,<br>AWS Training and Certification</p></body></html>"""
    body = alt(tp(text, cs="us-ascii", cte="7bit"), tp(html, "html", cs="utf-8", cte="quoted-printable"))
    emit(21, "aws-tc-feedback-raman",
         L("survey", C3, [], True, "en"),
         body, addr("AWS Training and Certification", AWS_FORM_ADDR), addr(*PRIYA),
         "How did we do? Tell us about your recent support experience", t, S, tr_o365(PRIYA[1], t, S, "na"))


def m022():
    t = T(2025, 11, 20, 2, 44, 18)
    S = S_sendgrid(t, "credly.com", "em.credly.com")
    url = f"https://www.credly.com/earner/earned?utm_campaign=badges_transferred&utm_source=email&t={rhex(16)}"
    badges = ["AWS Certified Data Engineer &ndash; Associate", "AWS Certified Cloud Practitioner"]
    html = credly_html("Hi Priya,",
                       "Amazon Web Services Training and Certification has moved the following badges to this Credly account. "
                       "They were previously issued to another e-mail address that has been combined with your AWS Certification profile. "
                       "Accept them to display them on your profile again:",
                       badges, "Accept your badges", url)
    body = tp(html, "html", cs="utf-8", cte="quoted-printable")
    emit(22, "credly-raman",
         L("credly_badge_issued", None, [], True, "en"),
         body, addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), addr(*PRIYA),
         "You have 2 badges waiting for you on Credly", t, S, tr_o365(PRIYA[1], t, S, "na"),
         extra_hdrs=[("Reply-To", "support@credly.com")])


# ==========================================================================
# 023-030  David (en, Fastmail), console case C4 ; 026 Elena (self-hosted)
# ==========================================================================
DAVID_SUBJ = "Merge duplicate certification accounts"


def m023():
    t = T(2025, 6, 4, 14, 11, 50)
    S = S_ses(t)
    text = f"""Hello,

We've added a new correspondence to your AWS Support case {C4}: {DAVID_SUBJ}.

To see the correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en

Note: This e-mail address cannot accept replies.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
    body = tp(text, cs="us-ascii", cte="7bit")
    emit(23, "aws-support-notice-okafor",
         L("support_reply", C4, [], True, "en"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*DAVID),
         f"[Case {C4}] New correspondence added", t, S, tr_fastmail(DAVID[1], t, S))


def m024():
    t = T(2025, 6, 9, 17, 36, 21)
    S = S_ses(t)
    text = f"""Hello David,

I wanted to give you a quick update on your request.

Because the account you asked us to retire (aws63018274) still has an exam appointment booked with Pearson VUE for 2 July, this request can't go through the standard process. I've escalated it to our certification operations team, who will handle it manually. No action is needed from you at this point.

Once the merge is complete, your exam appointment and all certifications will be visible under AWS47290183, and you'll receive a confirmation from me on this case. Any Credly badges earned on the other account will then be re-issued to the e-mail address on AWS47290183.

I'll update you again by Friday at the latest.

""" + CONSOLE_FOOTER_EN.format(agent="Aisha M.", case=C4)
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(24, "aws-support-reply-okafor-a",
         L("support_reply", C4, ["AWS47290183", "AWS63018274"], True, "en"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*DAVID),
         f"RE:[CASE {C4}] {DAVID_SUBJ}", t, S, tr_fastmail(DAVID[1], t, S))


def m025():
    t = T(2025, 6, 10, 6, 2, 47)
    fake_case = str(int(T(2025, 6, 9, 22, 14, 3).timestamp())) + "41876"
    S = S_other(t, "aws-certification-services.com", "193.233.48.117", "mail.aws-certification-services.com",
                "bounce@aws-certification-services.com", "aws-certification-services.com",
                dkim_dom="aws-certification-services.com", sel="mail", dmarc="pass", p="none")
    link = f"https://aws-certification-services.com/candidate/verify?case={fake_case}&id={rhex(12)}"
    text = f"""Dear Candidate,

Case ID: {fake_case}

We have received a request to merge the following AWS Certification accounts:

    Primary account:    AWS47290183
    Secondary account:  AWS63018274

For your security, this merge will only be processed after you confirm that you are the owner of both accounts. Please sign in with your AWS Certification credentials using the secure link below within 24 hours:

    {link}

If we do not receive your confirmation, both accounts may be temporarily suspended and any scheduled exams cancelled.

Thank you,
AWS Training & Certification Support Team"""
    html = f"""<html><body style="font-family:Arial;font-size:14px">
<img src="https://aws-certification-services.com/img/aws_logo.png" width="80"><br><br>
<p>Dear Candidate,</p>
<p><b>Case ID:</b> {fake_case}</p>
<p>We have received a request to merge the following AWS Certification accounts:</p>
<ul><li>Primary account: <b>AWS47290183</b></li><li>Secondary account: <b>AWS63018274</b></li></ul>
<p>For your security, this merge will only be processed after you confirm that you are the owner of both accounts. Please sign in with your AWS Certification credentials within <b>24 hours</b>:</p>
<p><a href="{link}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">Confirm account merge</a></p>
<p>If we do not receive your confirmation, both accounts may be temporarily suspended and any scheduled exams cancelled.</p>
<p>Thank you,<br>AWS Training &amp; Certification Support Team</p></body></html>"""
    body = alt(tp(text, cs="us-ascii", cte="7bit"), tp(html, "html", cs="utf-8", cte="base64"))
    emit(25, "aws-cert-verify-okafor",
         L("merge_confirmation_requested", fake_case, ["AWS47290183", "AWS63018274"], False, "en"),
         body, addr("AWS Training & Certification", "case-update@aws-certification-services.com"), addr(*DAVID),
         f"Action required: confirm merge of your AWS Certification accounts [CASE {fake_case}]", t, S,
         tr_fastmail(DAVID[1], t, S))


def m026():
    t = T(2025, 7, 3, 9, 48, 30)
    S = S_ses(t)
    text = f"""Hello Elena,

Your merge request has been processed.

The exam history and certifications that were recorded under aws-38291046 are now part of AWS 71620394, and the duplicate profile has been closed. Your AWS Certified Solutions Architect - Professional expiration date has been kept as it was (2027-04-22).

If you see anything missing when you sign in, please reply on this case within the next 14 days.

""" + CONSOLE_FOOTER_EN.format(agent="Jonas K.", case=C11)
    body = tp(text, cs="us-ascii", cte="7bit")
    emit(26, "aws-support-reply-petrova",
         L("merge_completed", C11, ["AWS38291046", "AWS71620394"], None, "en"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*ELENA),
         f"RE:[CASE {C11}] Account merge - duplicate candidate IDs", t, S, tr_selfhost_petrova(ELENA[1], t, S))


def m027():
    t = T(2025, 6, 20, 15, 3, 26)
    S = S_sendgrid(t, "credly.com", "em.credly.com")
    u = ruuid()
    url = f"https://www.credly.com/earner/earned/badge/{u}?utm_campaign=pending_badge_reminder&utm_medium=email"
    badge = "AWS Certified Security – Specialty"
    text = f"""Hi David,

Your {badge} badge from Amazon Web Services Training and Certification is waiting for you.

You haven't accepted it yet. Once you accept it, you can share it with your network and add it to your LinkedIn profile.

Accept badge: {url}

Credly, Inc. | 1 W Main St, Suite 1900 | Denver, CO 80202
Unsubscribe: https://www.credly.com/unsubscribe/{rhex(32)}"""
    html = credly_html("Hi David,",
                       "Your badge from Amazon Web Services Training and Certification is waiting for you. You haven't accepted it yet.",
                       [badge.replace("–", "&ndash;")], "Accept badge", url)
    body = alt(tp(text, cs="utf-8", cte="quoted-printable"), tp(html, "html", cs="utf-8", cte="quoted-printable"))
    emit(27, "credly-okafor-a",
         L("credly_badge_issued", None, [], True, "en"),
         body, addr("Credly", "admin@credly.com"), addr(*DAVID),
         "Reminder: your badge is waiting for you", t, S, tr_fastmail(DAVID[1], t, S))


def m028():
    t = T(2025, 6, 21, 9, 17, 2)
    S = S_sendgrid(t, "credly.com", "em.credly.com")
    code = "604918"
    url = f"https://www.credly.com/users/merge/confirm?token={rhex(40)}"
    text = f"""Hi David,

We received a request to merge the Credly account registered to d.okafor@harlowdigital.co.uk into your account (david@okafor.me.uk).

Your verification code is: {code}

Enter this code on the merge screen, or select the button below. The code expires in 30 minutes.

Complete Account Merge: {url}

After merging, all badges from both accounts will appear in a single profile. If you did not request this, you can safely ignore this email.

The Credly Team"""
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<p>Hi David,</p>
<p>We received a request to merge the Credly account registered to d.okafor@harlowdigital.co.uk into your account (david@okafor.me.uk).</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px;font-weight:bold">{code}</p>
<p>Enter this code on the merge screen, or select the button below. The code expires in 30 minutes.</p>
<p><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Complete Account Merge</a></p>
<p>After merging, all badges from both accounts will appear in a single profile. If you did not request this, you can safely ignore this email.</p>
<p>The Credly Team</p></body></html>"""
    body = alt(tp(text, cs="us-ascii", cte="7bit"), tp(html, "html", cs="utf-8", cte="quoted-printable"))
    emit(28, "credly-okafor-b",
         L("unrelated", None, [], True, "en"),
         body, addr("Credly", "admin@credly.com"), addr(*DAVID),
         "Confirm your account merge", t, S, tr_fastmail(DAVID[1], t, S))


def m029():
    t = T(2025, 9, 30, 13, 0, 41)
    S = S_sendgrid(t, "credly.com", "em.credly.com")
    url = f"https://www.credly.com/badges/{ruuid()}?utm_campaign=expiration_reminder"
    badge = "AWS Certified Developer – Associate"
    text = f"""Hi David,

Your {badge} badge issued by Amazon Web Services Training and Certification will expire on November 29, 2025.

To keep your badge active, complete the recertification requirements before it expires. Once you recertify, a new badge will be issued to you.

View badge: {url}
Recertification requirements: https://aws.amazon.com/certification/recertification/

Credly, Inc. | 1 W Main St, Suite 1900 | Denver, CO 80202"""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(29, "credly-okafor-c",
         L("unrelated", None, [], True, "en"),
         body, addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), addr(*DAVID),
         subj(f"Your {badge} badge expires in 60 days"), t, S, tr_fastmail(DAVID[1], t, S))


def m030():
    t = T(2025, 7, 2, 19, 22, 8)
    S = S_other(t, "github.com", "192.30.252.206", "out-23.smtp.github.com",
                "noreply@github.com", "github.com", dkim_dom="github.com", sel="pf2023", dmarc="pass", p="reject")
    S["msgid"] = "<okafor-labs/cert-tracker/pull/48/issue_event/" + str(rnd.randint(18000000000, 18999999999)) + "@github.com>"
    text = """Merged #48 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/okafor-labs/cert-tracker/pull/48#event-18422290153
You are receiving this because you authored the thread.

Message ID: <okafor-labs/cert-tracker/pull/48/issue_event/18422290153@github.com>"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/okafor-labs/cert-tracker/pull/48">#48</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/okafor-labs/cert-tracker/pull/48#event-18422290153">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
    body = alt(tp(text, cs="utf-8", cte="7bit"), tp(html, "html", cs="utf-8", cte="7bit"))
    emit(30, "github-cert-tracker",
         L("unrelated", None, [], False, "en"),
         body, addr("Nadia Haddad", "notifications@github.com"), addr("okafor-labs/cert-tracker", "cert-tracker@noreply.github.com"),
         "Re: [okafor-labs/cert-tracker] Merge duplicate candidate accounts into one profile (PR #48)", t, S,
         tr_fastmail(DAVID[1], t, S),
         in_reply_to="<okafor-labs/cert-tracker/pull/48@github.com>",
         references="<okafor-labs/cert-tracker/pull/48@github.com>",
         extra_hdrs=[("Cc", "David Okafor <david@okafor.me.uk>, Author <author@noreply.github.com>"),
                     ("List-ID", "okafor-labs/cert-tracker <cert-tracker.okafor-labs.github.com>"),
                     ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "nhaddad")])


# ==========================================================================
# 031-034  misc English look-alikes
# ==========================================================================
def m031():
    t = T(2025, 4, 2, 14, 30, 0)
    S = S_other(t, "certmetrics.com", "52.44.132.71", "mail-out.certmetrics.com",
                "bounces@mail.certmetrics.com", "certmetrics.com", dkim_dom="certmetrics.com", sel="k1",
                dmarc="pass", p="none")
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Marco Bellini,</p>
<p>Candidate ID: AWS10293847</p>
<p>AWS Certification wants to hear from you! You recently interacted with AWS Certification, and we would like to know how it went.
Your responses help us improve the certification experience for candidates around the world.</p>
<p>The survey takes approximately 5 minutes to complete.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/default.aspx?key={rhex(24)}">Take the survey</a></p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#777">This is an automated message sent by CertMetrics on behalf of AWS Certification. Please do not reply.</p>
</body></html>"""
    body = tp(html, "html", cs="windows-1252", cte="quoted-printable")
    emit(31, "certmetrics-bellini",
         L("unrelated", None, ["AWS10293847"], False, "en"),
         body, addr("AWS Certification", "do-not-reply@certmetrics.com"), addr(*MARCO),
         "AWS Certification wants to hear from you", t, S, tr_gmail(MARCO[1], t, S))


def m032():
    t = T(2025, 6, 17, 10, 42, 15)
    S = S_ses(t)
    text = f"""Hello Marco,

Thanks for getting in touch about combining the invoices of your two AWS accounts (4821 0937 5562 and 6604 1187 2390).

Two AWS accounts can't be merged into a single account. What you can do instead is use AWS Organizations with consolidated billing:

1. In account 482109375562, open the AWS Organizations console and create an organization.
2. Invite 660411872390 as a member account.
3. Accept the invitation from the member account.

Once the invitation has been accepted, all charges for both accounts will appear on a single monthly invoice for the management account, and Reserved Instance and Savings Plans discounts will be shared between them. Existing invoices for June will not be changed.

""" + CONSOLE_FOOTER_EN.format(agent="Karolina P.", case=C12)
    body = tp(text, cs="us-ascii", cte="7bit")
    emit(32, "aws-support-billing-bellini",
         L("unrelated", C12, [], True, "en"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*MARCO),
         f"RE:[CASE {C12}] Merge two AWS accounts into one bill", t, S, tr_gmail(MARCO[1], t, S))


def m033():
    t = T(2026, 1, 8, 21, 19, 33)
    S = S_ses(t)
    text = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request to merge the seller account for "Raman Home Goods" with your existing account. I'm happy to tell you that the accounts have now been merged: both storefronts are linked under a single Unified Account, and you can switch between them from the account switcher at the top of Seller Central.

Your listings, inventory and payment settings were not changed.

Was this email helpful? Please let us know by selecting one of the links below:
https://sellercentral.amazon.com/cu/contact-us/feedback?case={SELLER_CASE}&r=yes
https://sellercentral.amazon.com/cu/contact-us/feedback?case={SELLER_CASE}&r=no

We hope this information is helpful. Please contact us if you have any other questions.

Thank you,
Rahul
Amazon.com
https://sellercentral.amazon.com"""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(33, "seller-support-raman",
         L("unrelated", SELLER_CASE, [], True, "en"),
         body, addr("Amazon Selling Partner Support", "seller-notification@amazon.com"), addr(*PRIYA),
         f"RE:[CASE {SELLER_CASE}] Request to merge two seller accounts", t, S, tr_o365(PRIYA[1], t, S, "na"))


def m034():
    t = T(2025, 10, 14, 16, 0, 12)
    S = S_ses(t)
    text = """AWS Training and Certification | October update

Hi Marco,

Here's what's new this month:

* One account, one sign-in: we have merged AWS Skill Builder and the AWS Certification account into a single experience. Your exam history, digital badges and training progress are now in one place - no action needed.
* New exam: AWS Certified Generative AI Developer - Professional (beta) is open for registration.
* Save 50% on your next exam with the benefit you earned by getting certified - find it under Benefits.

Explore AWS Skill Builder: https://skillbuilder.aws/?trk=email-oct25

You are receiving this email because you subscribed to AWS Training and Certification communications.
Unsubscribe: https://pages.awscloud.com/communication-preferences?trk=email-oct25
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109"""
    html = "<html><body style=\"font-family:Arial;font-size:14px\">" + "".join(
        f"<p>{line}</p>" for line in text.replace("&", "&amp;").split("\n\n")) + "</body></html>"
    body = alt(tp(text, cs="utf-8", cte="quoted-printable"), tp(html, "html", cs="utf-8", cte="quoted-printable"))
    emit(34, "aws-tc-newsletter-oct",
         L("unrelated", None, [], True, "en"),
         body, addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), addr(*MARCO),
         "One sign-in for training and certification, plus a new exam", t, S, tr_gmail(MARCO[1], t, S),
         extra_hdrs=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences?trk=email-oct25>")])


# ==========================================================================
# 035-041  Tanaka (ja, nifty), console case C6 ; 054, 060 too
# ==========================================================================
TANAKA_SUBJ = "認定アカウントが2つあるので1つにまとめたい"


def m035():
    t = plus(O6, 30)
    S = S_ses(t)
    text = f"""お客様各位

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {C6} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {C6}
件名: {TANAKA_SUBJ}
重要度: 一般的なガイダンス
やり取り: 以前の会社のメールアドレスで作成した認定アカウントと、個人のメールアドレスのアカウントがあります。個人のほう（AWS50293841）にまとめたいです。よろしくお願いします。

できるだけ早く対応いたします。

このケースに関するすべてのやり取りを確認し、返信するには、以下のリンクをご利用ください。

https://console.aws.amazon.com/support/home#/case/?displayId={C6}&language=ja

注意: このメールアドレスは返信を受け付けておりません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""
    body = tp(text, cs="utf-8", cte="base64")
    emit(35, "aws-support-opened-tanaka",
         L("case_created", C6, ["AWS50293841"], True, "ja"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*TANAKA),
         subj(f"Amazon Web Services: 新しいケースを作成しました: {C6}", "utf-8"), t, S, tr_nifty(TANAKA[1], t, S))


def m036():
    t = T(2026, 1, 14, 6, 22, 48)
    S = S_ses(t)
    text = f"""田中 美咲 様

お問い合わせいただき、ありがとうございます。AWS サポートの佐々木です。

ご記載いただいた ＡＷＳ５０２９３８４１ のアカウントは確認できましたが、もう一方のアカウントを特定することができませんでした。
お手数ですが、以下の情報をお知らせいただけますでしょうか。

1. もう一方のアカウントにサインインする際のメールアドレス
2. 各アカウントの通知先メールアドレス（サインイン用と異なる場合）
3. 存続させるアカウント（ご記載のとおり ＡＷＳ５０２９３８４１ でよろしいでしょうか）

いただいた情報をもとに、引き続き調査いたします。

""" + CONSOLE_FOOTER_JA.format(agent="佐々木", case=C6)
    body = tp(text, cs="iso-2022-jp", cte="7bit")
    emit(36, "aws-support-reply-tanaka-a",
         L("support_reply", C6, ["AWS50293841"], True, "ja"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*TANAKA, cs="iso-2022-jp"),
         subj(f"RE:[CASE {C6}] {TANAKA_SUBJ}", "iso-2022-jp"), t, S, tr_nifty(TANAKA[1], t, S))


def m037():
    t = T(2026, 1, 15, 8, 9, 14)
    S = S_ses(t)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Meiryo','Hiragino Kaku Gothic ProN',sans-serif;font-size:14px;color:#16191f">
<p>田中 美咲 様</p>
<p>ご返信ありがとうございます。AWS サポートの佐々木です。</p>
<p>いただいた情報をもとに確認したところ、以下の 2 つのアカウントが見つかりました。ご希望に沿って、次のとおり処理する予定です。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>区分</th><th>受験者 ID</th><th>メールアドレス</th></tr>
<tr><td>残すアカウント</td><td>AWS 50293841</td><td>misaki-t@nifty.com</td></tr>
<tr><td>まとめる（閉鎖する）アカウント</td><td>AWS 71829304</td><td>m.tanaka@kousei-denki.co.jp</td></tr>
</table>
<p>閉鎖するアカウントの認定資格・受験履歴・特典は、残すアカウントへすべて引き継がれます。<br>
<b>この処理は実行後に元へ戻すことができません。</b></p>
<p>上記の内容でよろしければ、サポートセンターから本ケースに「問題ありません」とご返信ください。ご返信をいただくまで処理は行いません。</p>
<p>お客様のご意見をお聞かせください。AWS サポートセンターにて本回答を評価いただけます。</p>
<p>よろしくお願いいたします。<br>佐々木<br>Amazon Web Services</p>
<hr><p style="font-size:12px;color:#545b64">このケースに関するすべてのやり取りを確認し、返信するには、以下のリンクをご利用ください。<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C6}&amp;language=ja">https://console.aws.amazon.com/support/home#/case/?displayId={C6}&amp;language=ja</a><br>
注意: このメールアドレスは返信を受け付けておりません。</p>
</body></html>"""
    body = tp(html, "html", cs="utf-8", cte="base64")
    emit(37, "aws-support-reply-tanaka-b",
         L("merge_confirmation_requested", C6, ["AWS50293841", "AWS71829304"], True, "ja"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*TANAKA),
         subj(f"RE:[CASE {C6}] {TANAKA_SUBJ}", "utf-8"), t, S, tr_nifty(TANAKA[1], t, S))


def m038():
    t = T(2026, 1, 16, 1, 55, 3)
    S = S_ses(t)
    text = f"""田中 美咲 様

ご確認いただき、ありがとうございます。承知いたしました。

これより AWS71829304 から AWS50293841 への統合作業を担当部署にて進めてまいります。
通常 2～3 営業日ほどで完了いたします。完了次第、本ケースにてご連絡いたしますので、今しばらくお待ちください。

なお、作業中は両アカウントへのサインインや試験の予約ができない場合がございます。あらかじめご了承ください。

""" + CONSOLE_FOOTER_JA.format(agent="佐々木", case=C6)
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(38, "aws-support-reply-tanaka-c",
         L("support_reply", C6, ["AWS50293841", "AWS71829304"], True, "ja"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*TANAKA),
         subj(f"RE:[CASE {C6}] {TANAKA_SUBJ}", "utf-8"), t, S, tr_nifty(TANAKA[1], t, S))


TANAKA_DONE = """田中 美咲 様

お待たせいたしました。AWS サポートの佐々木です。

AWS71829304 の認定資格および受験履歴は、AWS50293841 に統合済みです。旧アカウントは閉鎖いたしましたので、今後は misaki-t@nifty.com でサインインしてください。
Credly のバッジは数日以内に misaki-t@nifty.com 宛てに再発行されます。

本件は以上で解決となりますので、ケースをクローズさせていただきます。ご不明な点がございましたら、サポートセンターからケースを再開してください。
"""


def m039():
    t = T(2026, 1, 19, 4, 31, 27)
    S = S_ses(t)
    text = TANAKA_DONE + "\n" + CONSOLE_FOOTER_JA.format(agent="佐々木", case=C6)
    body = tp(text, cs="iso-2022-jp", cte="7bit")
    emit(39, "aws-support-reply-tanaka-d",
         L("merge_completed", C6, ["AWS50293841", "AWS71829304"], True, "ja"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*TANAKA, cs="iso-2022-jp"),
         subj(f"RE:[CASE {C6}] {TANAKA_SUBJ}", "iso-2022-jp"), t, S, tr_nifty(TANAKA[1], t, S))


def m040():
    t = T(2026, 1, 21, 10, 12, 44)
    S = S_sendgrid(t, "credly.com", "em.credly.com")
    u = ruuid()
    url = f"https://www.credly.com/earner/earned/badge/{u}?locale=ja&utm_campaign=badge_ready"
    badge = "AWS Certified Solutions Architect – Professional"
    text = f"""田中 美咲 さん

バッジの受け取り準備ができました。

Amazon Web Services Training and Certification があなたに「{badge}」を授与しました。
バッジを受け取って、スキルを LinkedIn やメール署名で共有しましょう。

バッジを受け取る: {url}

Credly, Inc. | 1 W Main St, Suite 1900 | Denver, CO 80202"""
    html = credly_html("田中 美咲 さん", "バッジの受け取り準備ができました。Amazon Web Services Training and Certification があなたに次のバッジを授与しました。",
                       [badge.replace("–", "&ndash;")], "バッジを受け取る", url, lang="ja")
    body = alt(tp(text, cs="utf-8", cte="quoted-printable"), tp(html, "html", cs="utf-8", cte="base64"))
    emit(40, "credly-tanaka",
         L("credly_badge_issued", None, [], True, "ja"),
         body, addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), addr(*TANAKA),
         subj("田中さん、バッジを受け取る準備ができました", "utf-8"), t, S, tr_nifty(TANAKA[1], t, S))


def m041():
    t = T(2026, 2, 3, 7, 18, 2)
    S = S_other(t, "pearson.com", "148.253.88.21", "mta3.pearsonvue.com", "noreply@pearsonvue.com",
                "pearsonvue.com", dkim_dom="pearson.com", sel="pvue1", dmarc="pass", p="reject")
    text = """田中 美咲 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約が完了しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02) - 日本語
日時: 2026年2月21日（土）13:00 JST
会場: オンライン（OnVUE）
受験者 ID: AWS50293841
登録 ID: 517294083

試験開始 30 分前からチェックインできます。本人確認書類をご用意ください。
予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

Pearson VUE
https://home.pearsonvue.com/aws"""
    body = tp(text, cs="utf-8", cte="base64")
    emit(41, "pearsonvue-tanaka",
         L("unrelated", None, ["AWS50293841"], False, "ja"),
         body, addr("Pearson VUE", "noreply@pearson.com"), addr(*TANAKA),
         subj("試験予約の確認 - AWS Certified Solutions Architect - Professional", "utf-8"), t, S, tr_nifty(TANAKA[1], t, S))


# ==========================================================================
# 042-047, 059  Sato (ja, Yahoo! JAPAN), form case C7 (+ duplicate C7b)
# ==========================================================================
def m042():
    t = T(2025, 10, 6, 3, 12, 58)
    S = S_ses(t)
    text = f"""佐藤 大輔 様

AWS トレーニングと認定へのお問い合わせを承りました。

　受付番号: {C7}

内容を確認のうえ、担当者より順次ご連絡いたします（通常 24 時間以内）。
追加の情報がある場合は、件名の受付番号を変更せずに本メールへご返信ください。

※本メールはお問い合わせを受け付けた時点で自動的に送信されています。

AWS トレーニングと認定 カスタマーサポート"""
    body = tp(text, cs="iso-2022-jp", cte="7bit")
    emit(42, "aws-tc-form-ack-sato-a",
         L("case_created", C7, [], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*SATO, cs="iso-2022-jp"),
         subj(f"[CASE {C7}] お問い合わせ受付のお知らせ（AWS トレーニングと認定）", "iso-2022-jp"), t, S,
         tr_yahoojp(SATO[1], t, S))


def m043():
    t = plus(O7b, 35)
    S = S_ses(t)
    text = f"""佐藤 大輔 様

AWS トレーニングと認定へのお問い合わせを承りました。

　受付番号: {C7b}

内容を確認のうえ、担当者より順次ご連絡いたします（通常 24 時間以内）。

――― 送信内容 ―――
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: aws-29384756
内容: 10月6日に同じ内容で問い合わせましたが、まだ返信がありません。aws-29384756 と AWS91827364 を一つにしてください。古いほう（AWS91827364）は前の会社のメールです。

AWS トレーニングと認定 カスタマーサポート"""
    body = tp(text, cs="iso-2022-jp", cte="7bit")
    emit(43, "aws-tc-form-ack-sato-b",
         L("case_created", C7b, ["AWS29384756", "AWS91827364"], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*SATO, cs="iso-2022-jp"),
         subj(f"[CASE {C7b}] お問い合わせ受付のお知らせ（AWS トレーニングと認定）", "iso-2022-jp"), t, S,
         tr_yahoojp(SATO[1], t, S))


def m044():
    t = T(2025, 10, 14, 7, 48, 19)
    S = S_ses(t)
    text = SATO_INFO
    body = tp(text, cs="utf-8", cte="base64")
    emit(44, "aws-tc-form-reply-sato-a",
         L("support_reply", C7, ["AWS29384756", "AWS91827364"], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*SATO),
         subj(f"RE:[CASE {C7}] {FORM_SUBJ}", "utf-8"), t, S, tr_yahoojp(SATO[1], t, S))


SATO_INFO = f"""佐藤 大輔 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。
ご連絡が遅くなり、大変申し訳ございません。

本日、同じ内容で新たにお問い合わせ（受付番号 {C7b}）をいただいておりますが、重複となりますため、今後は本件（受付番号 {C7}）にて対応させていただきます。
同一のご依頼で複数のお問い合わせをいただきますと、かえってご回答が遅れる場合がございますので、ご了承ください。

現在、AWS29384756 と AWS91827364 の登録情報を確認しております。
お手数ですが、それぞれのアカウントにサインインする際のメールアドレスをお知らせいただけますでしょうか。

高橋
AWS トレーニングと認定 カスタマーサポート"""


def m059():
    t = T(2025, 10, 15, 9, 3, 36)
    S = S_ses(t)
    text = f"""佐藤 大輔 様

ご返信ありがとうございます。高橋でございます。

いただいたメールアドレスで、ご申告のアカウント（aws-29384756）ともう一方のアカウントを確認いたしました。
以下のとおり処理を行う予定です。

　・残すアカウント: AWS29384756（daisuke_sato77@yahoo.co.jp）
　・統合するアカウント: AWS91827364（d.sato@nishiki-tech.co.jp）

統合後、AWS91827364 はご利用いただけなくなります。また、統合は一度行うと元に戻すことができません。
内容にお間違いがないか、本メールへのご返信にてお知らせください。

高橋
AWS トレーニングと認定 カスタマーサポート

----- Original Message -----
From: 佐藤 大輔 <daisuke_sato77@yahoo.co.jp>
To: aws-cs-trainingcertification-form@amazon.com
Date: 2025/10/14 21:06
Subject: Re: RE:[CASE {C7}] {FORM_SUBJ}

> 高橋様
>
> ご連絡ありがとうございます。
> 新しい方: daisuke_sato77@yahoo.co.jp
> 古い方: d.sato@nishiki-tech.co.jp（前職、すでに使えません）
> よろしくお願いいたします。
>
> 佐藤
>
> ----- Original Message -----
> From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
> To: daisuke_sato77@yahoo.co.jp
> Date: 2025/10/14 16:48
> Subject: RE:[CASE {C7}] {FORM_SUBJ}
>
""" + "\n".join(("> > " + l) if l else "> >" for l in SATO_INFO.splitlines()) + "\n"
    body = tp(text, cs="iso-2022-jp", cte="7bit")
    emit(59, "aws-tc-form-reply-sato-b",
         L("merge_confirmation_requested", C7, ["AWS29384756", "AWS91827364"], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*SATO, cs="iso-2022-jp"),
         f"RE:[CASE {C7}] {FORM_SUBJ}", t, S, tr_yahoojp(SATO[1], t, S))


def m045():
    t = T(2025, 10, 16, 2, 51, 7)
    fake_case = str(int(T(2025, 10, 15, 11, 20, 44).timestamp())) + "08317"
    S = S_other(t, "amazon.com", "45.137.21.88", "vps-5521.hostnessia.net",
                "info@hostnessia.net", "hostnessia.net", dkim_dom=None, spf="pass", dmarc="fail", p="quarantine")
    S["mailfrom_dom"] = "hostnessia.net"
    forged = ("Authentication-Results: amazon.com;\n  spf=pass smtp.mailfrom=amazonses.com;\n"
              "  dkim=pass header.d=amazon.com;\n  dmarc=pass header.from=amazon.com")
    S["sender_lines"] = [forged]
    link = f"https://aws-certify-portal.com/ja/verify?case={fake_case}&session={rhex(20)}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>佐藤 大輔 様</p>
<p>AWS トレーニングと認定 カスタマーサポートです。</p>
<p>ご依頼いただいたアカウント統合（AWS29384756 / AWS91827364）について、最終確認が必要です。</p>
<p>セキュリティ上の理由により、<b>24 時間以内</b>に以下のリンクから AWS 認定アカウントにサインインし、統合内容を承認してください。期限内に承認が確認できない場合、両アカウントは一時停止され、統合は取り消されます。</p>
<p style="margin:24px 0"><a href="{link}" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">統合内容を承認する</a></p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
<p style="font-size:11px;color:#777">ケース番号: {fake_case}</p>
</body></html>"""
    body = tp(html, "html", cs="utf-8", cte="base64")
    emit(45, "aws-tc-final-check-sato",
         L("merge_confirmation_requested", fake_case, ["AWS29384756", "AWS91827364"], False, "ja"),
         body, addr("Amazon Web Services", AWS_FORM_ADDR), addr(*SATO),
         subj(f"RE:[CASE {fake_case}] 【要対応】アカウント統合の最終確認", "utf-8"), t, S,
         tr_yahoojp(SATO[1], t, S), msgid=f"<{rhex(16)}@vps-5521.hostnessia.net>",
         extra_hdrs=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])


def m046():
    t = T(2025, 10, 20, 6, 15, 50)
    S = S_ses(t)
    text = f"""佐藤 大輔 様

ご返信ありがとうございました。高橋でございます。

AWS91827364 に登録されていた認定資格・受験履歴・特典は AWS29384756 へ引き継がれました。AWS91827364 は無効化されております。
今後は daisuke_sato77@yahoo.co.jp でサインインしてください。

高橋
AWS トレーニングと認定 カスタマーサポート

---

Dear Daisuke Sato,

Thank you for your reply. The certifications, exam history and benefits registered to AWS91827364 have been transferred to AWS29384756, and AWS91827364 has been deactivated. Please sign in with daisuke_sato77@yahoo.co.jp from now on.

Takahashi
AWS Training and Certification Customer Support"""
    body = tp(text, cs="iso-2022-jp", cte="7bit")
    emit(46, "aws-tc-form-reply-sato-c",
         L("merge_completed", C7, ["AWS29384756", "AWS91827364"], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*SATO, cs="iso-2022-jp"),
         f"RE:[CASE {C7}] {FORM_SUBJ}", t, S, tr_yahoojp(SATO[1], t, S))


def m047():
    t = T(2025, 10, 20, 6, 19, 8)
    S = S_ses(t)
    tok = rhex(24)
    # Declared Shift_JIS, but contains CP932-only characters (circled digits, NEC specials).
    text = f"""佐藤 大輔 様

先日は AWS トレーニングと認定へお問い合わせいただき、ありがとうございました。
受付番号 {C7} のお問い合わせは完了としてクローズいたしました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします。

　① 今回のお問い合わせは解決しましたか？
　② 担当者の対応はいかがでしたか？（５段階）
　③ その他ご意見・ご要望

アンケートに回答する（所要時間 約１分）:
https://support.aws.amazon.com/survey/s?c={C7}&l=ja&t={tok}

※本メールは送信専用です。

AWS トレーニングと認定 カスタマーサポート"""
    body = tp(text, cs="shift_jis", cte="8bit", csname="Shift_JIS")
    emit(47, "aws-tc-survey-sato",
         L("survey", C7, [], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*SATO),
         subj(f"[CASE {C7}] アンケートご協力のお願い", "iso-2022-jp"), t, S, tr_yahoojp(SATO[1], t, S))


# ==========================================================================
# 048, 050, 052  Kobayashi (ja, on-prem mail, no Authentication-Results), console case C8
# ==========================================================================
KOBA_SUBJ = "認定アカウント統合のお願い"


def m048():
    t = plus(O8, 31)
    S = S_ses(t)
    text = f"""お客様各位

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {C8} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {C8}
件名: {KOBA_SUBJ}
重要度: 一般的なガイダンス
やり取り: 認定アカウントが 2 つ（AWS63728190、AWS82910374）あります。会社のメールアドレスで作成した AWS63728190 を残して、もう一方をまとめてください。

できるだけ早く対応いたします。

このケースに関するすべてのやり取りを確認し、返信するには、以下のリンクをご利用ください。

https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=ja

注意: このメールアドレスは返信を受け付けておりません。"""
    body = tp(text, cs="iso-2022-jp", cte="7bit")
    emit(48, "aws-support-opened-kobayashi",
         L("case_created", C8, ["AWS63728190", "AWS82910374"], None, "ja"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*KOBAYASHI, cs="iso-2022-jp"),
         subj(f"Amazon Web Services: 新しいケースを作成しました: {C8}", "iso-2022-jp"), t, S,
         tr_onprem_hokuto(KOBAYASHI[1], t, S))


def m050():
    t = T(2026, 2, 10, 5, 26, 40)
    S = S_ses(t)
    plain = f"""小林 恵 様

お問い合わせいただき、ありがとうございます。AWS サポートの岡田です。

ご依頼の 2 つのアカウントを確認いたしました。処理内容は下表（HTML 版）のとおりです。

残すアカウントに、もう一方のアカウントの認定資格・受験履歴・特典を移し、移行元のアカウントは閉鎖いたします。
この操作は取り消すことができませんので、内容をよくご確認のうえ、サポートセンターから「この内容で進めてください」とご返信ください。

""" + CONSOLE_FOOTER_JA.format(agent="岡田", case=C8)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>小林 恵 様</p>
<p>お問い合わせいただき、ありがとうございます。AWS サポートの岡田です。</p>
<p>ご依頼の 2 つのアカウントを確認いたしました。処理内容は下表のとおりです。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><th>受験者 ID</th><th>メールアドレス</th><th>処理</th></tr>
<tr><td>AWS63728190</td><td>m-kobayashi@hokuto-sys.co.jp</td><td>残す</td></tr>
<tr><td>AWS82910374</td><td>megu.koba@gmail.com</td><td>AWS63728190 へ移行後、閉鎖</td></tr>
</table>
<p>残すアカウントに、もう一方のアカウントの認定資格・受験履歴・特典を移し、移行元のアカウントは閉鎖いたします。<br>
この操作は取り消すことができませんので、内容をよくご確認のうえ、サポートセンターから「この内容で進めてください」とご返信ください。</p>
<p>よろしくお願いいたします。<br>岡田<br>Amazon Web Services</p>
<hr><p style="font-size:12px">このケースに関するすべてのやり取りを確認し、返信するには、以下のリンクをご利用ください。<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C8}&amp;language=ja">https://console.aws.amazon.com/support/home#/case/?displayId={C8}&amp;language=ja</a></p>
</body></html>"""
    body = alt(tp(plain, cs="iso-2022-jp", cte="7bit"), tp(html, "html", cs="utf-8", cte="quoted-printable"))
    emit(50, "aws-support-reply-kobayashi",
         L("merge_confirmation_requested", C8, ["AWS63728190", "AWS82910374"], None, "ja"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*KOBAYASHI),
         subj(f"RE:[CASE {C8}] {KOBA_SUBJ}", "utf-8"), t, S, tr_onprem_hokuto(KOBAYASHI[1], t, S))


def m052():
    t = T(2026, 2, 13, 1, 4, 55)
    S = S_other(t, "hokuto-sys.co.jp", "10.10.8.31", "pc-yamaguchi.hokuto-sys.co.jp",
                "k-yamaguchi@hokuto-sys.co.jp", "hokuto-sys.co.jp")
    S["msgid"] = f"<{rhex(8).upper()}.{rhex(6).upper()}@hokuto-sys.co.jp>"
    fwd = f"""小林 恵 様

お待たせいたしました。AWS サポートの岡田です。

AWS82910374 の認定資格・受験履歴・特典を AWS63728190 へ移行し、AWS82910374 は閉鎖いたしました。
今後は m-kobayashi@hokuto-sys.co.jp でサインインしてください。

岡田
Amazon Web Services"""
    text = f"""小林さん

お疲れさまです。研修事務局の山口です。

共有アドレス（aws-training@hokuto-sys.co.jp）宛てに、AWS から下記のメールが届いていました。
アカウントの統合は完了しているようですので、社内の資格管理台帳の受験者 ID は ＡＷＳ６３７２８１９０ に更新しておきます。
問題があれば教えてください。

――――――――――――――――――
北斗システム株式会社　人材開発部 研修事務局
山口 健太　（内線 4127）
――――――――――――――――――

-----Original Message-----
From: Amazon Web Services [mailto:no-reply-aws@amazon.com]
Sent: Thursday, February 12, 2026 6:40 PM
To: aws-training@hokuto-sys.co.jp
Subject: RE:[CASE {C8}] {KOBA_SUBJ}

{fwd}
"""
    body = tp(text, cs="shift_jis", cte="base64", csname="Shift_JIS")
    emit(52, "fw-yamaguchi-to-kobayashi",
         L("unrelated", C8, ["AWS63728190"], None, "ja"),
         body, addr("山口 健太", "k-yamaguchi@hokuto-sys.co.jp", cs="iso-2022-jp"), addr(*KOBAYASHI, cs="iso-2022-jp"),
         subj(f"FW: RE:[CASE {C8}] {KOBA_SUBJ}", "iso-2022-jp"), t, S,
         [f"Return-Path: <k-yamaguchi@hokuto-sys.co.jp>",
          f"Received: from pc-yamaguchi.hokuto-sys.co.jp ([10.10.8.31])\n\tby mbx01.hokuto-sys.co.jp (Postfix) with ESMTPSA id {rhex(10).upper()}\n\tfor <{KOBAYASHI[1]}>; {jst(plus(t, 2))}"],
         date_hdr=jst(t),
         extra_hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdyV" + rb64(15))])


# ==========================================================================
# 049, 051, 053, 055, 056, 057  Nakamura (ja, Gmail), form case C9
# ==========================================================================
NAKAMURA_CONFIRM = """中村 翔 様

AWS トレーニングと認定 カスタマーサポートの森でございます。

お問い合わせの件、以下の 2 つのアカウントを確認いたしました。

　統合先（今後ご利用いただくアカウント）: AWS85730291
　統合元（統合後に無効となるアカウント）: AWS14263748

統合は一度行うと取り消すことができません。
上記の内容でよろしければ、本メールにご返信のうえ、統合に同意いただけますでしょうか。

森
AWS トレーニングと認定 カスタマーサポート"""


def m049():
    t = T(2025, 12, 8, 2, 30, 11)
    S = S_ses(t)
    quoted = "\n".join(("> " + l) if l else ">" for l in NAKAMURA_CONFIRM.splitlines())
    text = f"""中村 翔 様

AWS トレーニングと認定 カスタマーサポートの森でございます。

先日ご連絡いたしました件、その後いかがでしょうか。
引き続きサポートが必要な場合は、本メールにご返信ください。
3 営業日以内にご返信がない場合は、解決済みとして本件をクローズさせていただきますので、ご了承ください。

森
AWS トレーニングと認定 カスタマーサポート

2025年12月2日(火) 15:18 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{quoted}
"""
    body = tp(text, cs="utf-8", cte="base64")
    emit(49, "aws-tc-form-reply-nakamura-a",
         L("support_reply", C9, [], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*NAKAMURA),
         subj(f"RE:[CASE {C9}] {FORM_SUBJ}", "utf-8"), t, S, tr_gmail(NAKAMURA[1], t, S))


def m051():
    t = T(2025, 12, 10, 7, 2, 33)
    S = S_ses(t)
    q_user = """森様

返信が遅くなりすみません。内容に相違ありません。統合を進めてください。

中村"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Meiryo',sans-serif;font-size:14px">
<div>中村 翔 様</div><br>
<div>AWS トレーニングと認定 カスタマーサポートの森でございます。</div><br>
<div>ご返信ありがとうございました。ご依頼のとおり、AWS14263748 の認定履歴・受験履歴を AWS85730291 に引き継ぎ、AWS14263748 は無効化いたしました。</div>
<div>50% 割引バウチャー等の特典も AWS85730291 の「特典」ページからご確認いただけます。</div><br>
<div>森<br>AWS トレーニングと認定 カスタマーサポート</div>
<br>
<div class="gmail_quote">
<div dir="ltr" class="gmail_attr">2025年12月9日(火) 22:41 中村 翔 &lt;sho.nakamura.cloud@gmail.com&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
{q_user.replace(chr(10), '<br>')}
<br><br>
<div class="gmail_attr">2025年12月2日(火) 15:18 Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
{NAKAMURA_CONFIRM.replace(chr(10), '<br>')}
</blockquote></blockquote></div>
</body></html>"""
    body = tp(html, "html", cs="utf-8", cte="base64")
    emit(51, "aws-tc-form-reply-nakamura-b",
         L("merge_completed", C9, ["AWS14263748", "AWS85730291"], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*NAKAMURA),
         subj(f"RE:[CASE {C9}] {FORM_SUBJ}", "utf-8"), t, S, tr_gmail(NAKAMURA[1], t, S))


def m053():
    t = T(2025, 12, 18, 4, 40, 2)
    S = S_ses(t)
    text = f"""お客様

AWS サポートの石井です。

東京リージョン（ap-northeast-1）における「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の vCPU 上限緩和のリクエストは承認され、アカウント 3942 1187 0056 への反映が完了しました。新しい上限値は 256 vCPU です。

反映状況は Service Quotas コンソールからご確認いただけます。
https://console.aws.amazon.com/servicequotas/home/services/ec2/quotas

""" + CONSOLE_FOOTER_JA.format(agent="石井", case=C10)
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(53, "aws-support-quota-nakamura",
         L("unrelated", C10, [], True, "ja"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*NAKAMURA),
         subj(f"RE:[CASE {C10}] EC2 オンデマンドインスタンスの vCPU 上限緩和", "utf-8"), t, S, tr_gmail(NAKAMURA[1], t, S))


def m055():
    t = T(2025, 12, 12, 9, 55, 40)
    S = S_sendgrid(t, "youracclaim.com", "em.youracclaim.com")
    url = f"https://www.youracclaim.com/earner/earned?locale=ja&t={rhex(16)}"
    badges = ["AWS Certified SysOps Administrator – Associate", "AWS Certified Cloud Practitioner"]
    text = f"""中村 翔 さん

Amazon Web Services Training and Certification のバッジ 2 件が、このメールアドレスのアカウントに移動されました。
以前のメールアドレスで受け取っていたバッジも、今後はこちらのプロフィールに表示されます。

・{badges[0]}
・{badges[1]}

バッジを承認してプロフィールに表示する: {url}

Credly, Inc. | 1 W Main St, Suite 1900 | Denver, CO 80202"""
    body = tp(text, cs="utf-8", cte="base64")
    emit(55, "credly-nakamura",
         L("credly_badge_issued", None, [], True, "ja"),
         body, addr("Amazon Web Services Training and Certification via Credly", "admin@youracclaim.com"), addr(*NAKAMURA),
         subj("バッジがあなたのアカウントに移動されました", "utf-8"), t, S, tr_gmail(NAKAMURA[1], t, S))


def m056():
    t = T(2025, 12, 11, 7, 5, 19)
    S = S_ses(t)
    tok = rhex(24)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Meiryo',sans-serif;font-size:14px;color:#16191f">
<p>中村 翔 様</p>
<p>このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。<br>
受付番号 {C9} は解決済みとしてクローズいたしました。</p>
<p><b>今回のサポートはいかがでしたか？</b></p>
<p>担当者の対応を 5 段階で評価してください。</p>
<p>{' '.join(f'<a href="https://support.aws.amazon.com/survey/s?c={C9}&amp;score={i}&amp;l=ja&amp;t={tok}" style="display:inline-block;width:32px;text-align:center;border:1px solid #879596;padding:4px;text-decoration:none">{i}</a>' for i in range(1, 6))}</p>
<p style="font-size:12px;color:#687078">1 = 不満　5 = 満足</p>
<p>AWS トレーニングと認定 カスタマーサポート</p></body></html>"""
    text = f"""中村 翔 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
受付番号 {C9} は解決済みとしてクローズいたしました。

今回のサポートはいかがでしたか？
担当者の対応を評価してください: https://support.aws.amazon.com/survey/s?c={C9}&l=ja&t={tok}

AWS トレーニングと認定 カスタマーサポート"""
    body = alt(tp(text, cs="iso-2022-jp", cte="7bit"), tp(html, "html", cs="utf-8", cte="base64"))
    emit(56, "aws-tc-feedback-nakamura",
         L("survey", C9, [], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*NAKAMURA),
         subj("【AWS トレーニングと認定】サポートに関するアンケートのお願い", "iso-2022-jp"), t, S, tr_gmail(NAKAMURA[1], t, S))


def m057():
    t = T(2025, 12, 15, 11, 40, 26)
    S = S_other(t, "credly-notice.com", "103.75.118.204", "mail.credly-notice.com", "noreply@credly-notice.com",
                "credly-notice.com", dkim_dom="credly-notice.com", sel="s2024", dmarc="pass", p="none")
    link = f"https://credly-notice.com/badges/claim?uid={rhex(24)}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<p><img src="https://credly-notice.com/assets/credly.png" width="110" alt="Credly"></p>
<p>中村 翔 さん</p>
<p>おめでとうございます！Amazon Web Services Training and Certification から新しいバッジ「AWS Certified Solutions Architect – Associate」が発行されました。</p>
<p>バッジを受け取るには、48 時間以内に以下のボタンからサインインし、本人確認を完了してください。本人確認には、登録済みのお支払い方法の確認が必要です。</p>
<p style="text-align:center;margin:28px 0"><a href="{link}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | Denver, CO</p></body></html>"""
    body = tp(html, "html", cs="utf-8", cte="base64")
    emit(57, "credly-notice-nakamura",
         L("credly_badge_issued", None, [], False, "ja"),
         body, addr("Credly", "noreply@credly-notice.com"), addr(*NAKAMURA),
         subj("【Credly】新しいバッジが発行されました - 48時間以内に受け取ってください", "utf-8"), t, S,
         tr_gmail(NAKAMURA[1], t, S))


# ==========================================================================
# 054, 058, 060  remaining Japanese
# ==========================================================================
def m054():
    t = T(2026, 1, 20, 0, 12, 37)
    S = S_ses(t)
    tok = rhex(20)
    text = f"""田中 美咲 様

先日は Amazon Web Services にお問い合わせいただき、ありがとうございました。
ケース {C6}「{TANAKA_SUBJ}」は解決済みとしてマークされました。

今後のサービス向上のため、約 2 分のアンケートにご協力ください。
https://support.aws.amazon.com/feedback?caseId={C6}&lang=ja&t={tok}

ケースを再開する必要がある場合は、14 日以内に AWS サポートセンターから再開できます。

Amazon Web Services
このメールアドレスは返信を受け付けておりません。"""
    body = tp(text, cs="utf-8", cte="quoted-printable")
    emit(54, "aws-support-feedback-tanaka",
         L("survey", C6, [], True, "ja"),
         body, addr(AWS_NAME, AWS_CONSOLE_ADDR), addr(*TANAKA),
         subj(f"【アンケートのお願い】アカウント統合に関するお問い合わせ（ケース {C6}）", "utf-8"), t, S,
         tr_nifty(TANAKA[1], t, S))


def m058():
    t = T(2025, 6, 5, 3, 26, 44)
    S = S_ses(t)
    text = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
ご連絡いただき、ありがとうございます。

Credly のバッジが以前のメールアドレスのアカウントに残っている件につきまして、Credly 側での移行作業が必要となるため、担当チームへ依頼いたしました。
AWS 認定アカウント（AWS38472910）の登録内容には問題ございません。

移行が済みましたら、Credly から kenji.watanabe.0412@gmail.com 宛てに通知メールが届きます。1 週間ほど経っても届かない場合は、本メールにご返信ください。

山本
AWS トレーニングと認定 カスタマーサポート

---------------- Original Message ----------------
From: 渡辺 健二 [kenji.watanabe.0412@gmail.com]
Sent: 2025/06/04 21:15
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: [CASE {C5}] お問い合わせクローズのお知らせとアンケートのお願い

山本様

お世話になっております。
アカウントの統合ありがとうございました。
ただ、Credly のバッジ（ソリューションアーキテクト プロフェッショナル）が、まだ旧アカウント AWS61029384 の
メールアドレス（k-watanabe@minato-soft.co.jp）の Credly に残ったままです。こちらも移せますでしょうか。

渡辺
"""
    body = tp(text, cs="utf-8", cte="base64")
    emit(58, "aws-tc-form-reply-watanabe-c",
         L("support_reply", C5, ["AWS38472910"], True, "ja"),
         body, addr(AWS_NAME, AWS_FORM_ADDR), addr(*WATANABE),
         subj(f"RE:[CASE {C5}] Credly バッジの移行について", "utf-8"), t, S, tr_gmail(WATANABE[1], t, S))


def m060():
    t = T(2026, 1, 19, 11, 2, 9)
    S = S_other(t, "nifty.com", "202.248.20.71", "mta-snd-w05.nifty.com", TANAKA[1], "nifty.com",
                dkim_dom="nifty.com", sel="default-1th84yt82rvi", dmarc="pass", p="none")
    quoted = "\n".join(("> " + l) if l else ">" for l in TANAKA_DONE.splitlines())
    text = f"""会社用メモ。
認定アカウントの統合が終わった。今後の受験者 ID は aws50293841。
（旧 AWS71829304 は閉鎖済み。人事の資格申請にはこちらの ID を使うこと）

-------- Forwarded Message --------
件名: RE:[CASE {C6}] {TANAKA_SUBJ}
日付: Mon, 19 Jan 2026 04:31:27 +0000
差出人: Amazon Web Services <no-reply-aws@amazon.com>
宛先: misaki-t@nifty.com

{quoted}
"""
    body = tp(text, cs="utf-8", cte="8bit")
    emit(60, "fwd-tanaka-to-work",
         L("unrelated", C6, ["AWS50293841", "AWS71829304"], False, "ja"),
         body, addr(*TANAKA), addr("田中 美咲", "misaki.tanaka@sakura-dx.co.jp"),
         subj(f"Fwd: RE:[CASE {C6}] {TANAKA_SUBJ}", "utf-8"), t, S,
         tr_o365("misaki.tanaka@sakura-dx.co.jp", t, S, "apc"), date_hdr=jst(t),
         extra_hdrs=[("User-Agent", "Mozilla Thunderbird")] + o365_extra(S))


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i in range(1, 61):
        globals()[f"m{i:03d}"]()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({k: LABELS[k] for k in sorted(LABELS)}, f, ensure_ascii=False, indent=2)
    print(len(FILES), "files")


if __name__ == "__main__":
    main()
