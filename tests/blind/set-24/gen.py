#!/usr/bin/env python3
"""Generate blind set 24: realistic .eml files about AWS Certification account merges.

Emphasis: mails on the boundaries between kinds (planned / in progress / conditional /
done; asked vs told; account merge vs case merge vs Credly merge vs AWS Organizations;
closures with and without a completed merge; acknowledgements vs first answers; badges
issued vs expiring vs pending), in English and Japanese.

Run:  python3 make_set.py      (writes NNN-slug.eml and labels.json next to this file)
"""
import base64
import calendar
import html
import json
import os
import quopri
import random
import re
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone
from email import policy as email_policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(2024)
P = email_policy.compat32.clone(linesep="\n")

PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
EST = ZoneInfo("America/New_York")


# --------------------------------------------------------------------------- basics

def T(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def ts(dt):
    return calendar.timegm(dt.utctimetuple())


def case15(opened, tail):
    return "%d%s" % (ts(T(opened)), tail)


def rb64(n):
    return base64.b64encode(rnd.randbytes(n)).decode()


def rhex(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rnd.choice(chars) for _ in range(n))


def wrap_b(s, first=0, width=70, indent="\t "):
    out, line = [], s
    chunks = [line[i:i + width] for i in range(0, len(line), width)]
    return ("\n" + indent).join(chunks)


def fmt_tz(dt, tz, named=False):
    d = dt.astimezone(tz)
    s = d.strftime("%a, %d %b %Y %H:%M:%S %z").replace(" 0", " ", 1) if False else \
        d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y %H:%M:%S %z")
    if named:
        s += " (%s)" % d.tzname()
    return s


ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-_]?(\d{8})(?!\d)", re.I)


def ids_in(texts):
    found = set()
    for t in texts:
        t = unicodedata.normalize("NFKC", t)
        for m in ID_RE.finditer(t):
            found.add("AWS" + m.group(1))
    return sorted(found)


# --------------------------------------------------------------------------- senders

def ses_msgid(dt, region="0100"):
    ms = ts(dt) * 1000 + rnd.randint(0, 999)
    return "<%s%012x-%s-000000@email.amazonses.com>" % (region, ms, uuid.UUID(int=rnd.getrandbits(128), version=4))


def ses_sender(from_domain="amazon.com", dt=None):
    ip = "54.240.%d.%d" % (rnd.choice([8, 9, 48, 27]), rnd.randint(10, 120))
    host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    ms = ts(dt) * 1000 + rnd.randint(0, 999)
    mailfrom = "0100%012x-%s-000000@email.amazonses.com" % (ms, uuid.UUID(int=rnd.getrandbits(128), version=4))
    return dict(kind="ses", ip=ip, host=host, mailfrom=mailfrom, mf_domain="email.amazonses.com",
                dkim=[(from_domain, ralnum(32)), ("amazonses.com", ralnum(32))],
                extra=["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(30)[:43],
                       "X-SES-Outgoing: %s-%s" % (dt.strftime("%Y.%m.%d"), ip)])


def sendgrid_sender(domain, bounce_sub="em"):
    ip = "167.89.%d.%d" % (rnd.randint(1, 120), rnd.randint(2, 250))
    host = "o%d.ptr%d.%s" % (rnd.randint(1, 9), rnd.randint(1000, 9999), domain)
    mailfrom = "bounces+%d-%s-%s=%s@%s.%s" % (rnd.randint(1000000, 9999999), rhex(4), "%s", "%s", bounce_sub, domain)
    return dict(kind="sendgrid", ip=ip, host=host, mailfrom_tpl=mailfrom, mf_domain="%s.%s" % (bounce_sub, domain),
                dkim=[(domain, "s1")], extra=["X-SG-EID: %s" % rb64(60)])


def plain_sender(host, ip, mailfrom, dkim):
    return dict(kind="plain", ip=ip, host=host, mailfrom=mailfrom, mf_domain=mailfrom.split("@")[1],
                dkim=dkim, extra=[])


def mailfrom_of(sender, rcpt):
    if "mailfrom_tpl" in sender:
        local, dom = rcpt.split("@")
        return sender["mailfrom_tpl"] % (local, dom)
    return sender["mailfrom"]


def dkim_headers(sender, dt, hfields="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    out = []
    for d, s in sender["dkim"]:
        out.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
                   "\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
                   % (s, d, ts(dt), hfields, rb64(32), wrap_b(rb64(256))))
    return out


# --------------------------------------------------------------------------- receivers

def V(spf="pass", dkim=("pass",), dmarc="pass", hfrom="amazon.com", p="QUARANTINE", dkim_domains=None):
    return dict(spf=spf, dkim=list(dkim), dmarc=dmarc, hfrom=hfrom, p=p, dkim_domains=dkim_domains)


def _dk(sender, v):
    doms = v["dkim_domains"] or [d for d, _ in sender["dkim"]]
    sels = {d: s for d, s in sender["dkim"]}
    res = v["dkim"] + [v["dkim"][-1]] * (len(doms) - len(v["dkim"]))
    return [(d, sels.get(d, ralnum(10)), r) for d, r in zip(doms, res)]


def gmail_ar(sender, v, rcpt):
    mf = mailfrom_of(sender, rcpt)
    parts = []
    for d, s, r in _dk(sender, v):
        if r == "none":
            continue
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, d, s, rb64(6)[:8]))
    if v["spf"] == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mf, sender["ip"], mf))
    elif v["spf"] == "softfail":
        parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (mf, sender["ip"], mf))
    else:
        parts.append("spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (mf, sender["ip"], mf))
    if v["dmarc"]:
        dis = "NONE" if v["dmarc"] == "pass" or v["p"] == "NONE" else v["p"]
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (v["dmarc"], v["p"], v["p"], dis, v["hfrom"]))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def recv_gmail(rcpt, sender, v, dt):
    mf = mailfrom_of(sender, rcpt)
    ar = gmail_ar(sender, v, rcpt)
    spfword = {"pass": "pass", "fail": "fail", "softfail": "softfail"}[v["spf"]]
    return [
        "Delivered-To: %s" % rcpt,
        "Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s"
        % (rhex(4), rhex(3), rhex(3), rhex(4), ralnum(10), fmt_tz(dt + timedelta(seconds=3), PT, True)),
        "X-Google-Smtp-Source: %s" % rb64(66),
        "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s"
        % (rhex(4), rhex(3), rhex(3), rhex(4), ralnum(22), rnd.randint(1, 99), ts(dt) % 10000000000,
           fmt_tz(dt + timedelta(seconds=2), PT, True)),
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
        % (ts(dt) + 2, wrap_b(rb64(256), width=66, indent="\n         ".replace("\n", ""))),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        "        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
        "         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s"
        % (rb64(32), rb64(32), rb64(180)),
        "ARC-Authentication-Results: i=1; " + ar,
        "Return-Path: <%s>" % mf,
        "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n"
        "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
        % (sender["host"], sender["host"], sender["ip"], ralnum(26), rnd.randint(100, 999), rnd.randint(1, 9),
           rnd.randint(1000, 9999), rcpt, fmt_tz(dt + timedelta(seconds=1), PT, True)),
        "Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
        % (spfword, mf, "designates" if spfword == "pass" else "does not designate", sender["ip"], sender["ip"]),
        "Authentication-Results: " + ar,
    ]


def outlook_ar(sender, v, rcpt):
    dk = _dk(sender, v)
    first = dk[0] if dk else None
    if first and first[2] == "pass":
        dks = "dkim=pass (signature was verified) header.d=%s" % first[0]
    elif first and first[2] == "fail":
        dks = "dkim=fail (body hash did not verify) header.d=%s" % first[0]
    else:
        dks = "dkim=none (message not signed) header.d=none"
    if v["dmarc"] == "pass":
        dm = "dmarc=pass action=none header.from=%s;compauth=pass reason=100" % v["hfrom"]
    elif v["dmarc"] == "fail":
        act = "quarantine" if v["p"].upper() == "QUARANTINE" else ("oreject" if v["p"].upper() == "REJECT" else "none")
        dm = "dmarc=fail action=%s header.from=%s;compauth=fail reason=000" % (act, v["hfrom"])
    else:
        dm = "dmarc=none action=none header.from=%s;compauth=softpass reason=201" % v["hfrom"]
    return "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;%s" % (
        v["spf"], sender["ip"], sender["mf_domain"], dks, dm)


def recv_outlook(rcpt, sender, v, dt, corp=False, forged_below=None):
    mf = mailfrom_of(sender, rcpt)
    if corp:
        a, b, c = "AM9PR04MB%d.eurprd04.prod.outlook.com" % rnd.randint(7000, 8999), \
            "AS4P250CA00%02d.EURP250.PROD.OUTLOOK.COM" % rnd.randint(10, 99), \
            "AMS1EPF0000%04d.eurprd04.prod.outlook.com" % rnd.randint(1000, 9999)
    else:
        a, b, c = "TYCP286MB%d.JPNP286.PROD.OUTLOOK.COM" % rnd.randint(1000, 3999), \
            "OS3P286CA00%02d.JPNP286.PROD.OUTLOOK.COM" % rnd.randint(10, 99), \
            "OS1PEPF0000%04d.jpnprd01.prod.outlook.com" % rnd.randint(1000, 9999)
    v6 = "2603:10a6:%s:%s::%d" % (rhex(3), rhex(3), rnd.randint(10, 99))
    spf_rs = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail"}[v["spf"]]
    lines = [
        "Received: from %s (%s) by\n %s with HTTPS; %s" % (a.upper(), v6, ("AS8PR04MB%d.eurprd04.prod.outlook.com" if corp else "OS0P286MB%d.JPNP286.PROD.OUTLOOK.COM") % rnd.randint(1000, 9999), fmt_tz(dt + timedelta(seconds=4), timezone.utc)),
        "Received: from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
        % (b, v6, a, v6, rnd.randint(8000, 9300), rnd.randint(10, 30), fmt_tz(dt + timedelta(seconds=3), timezone.utc)),
        "Received: from %s\n (2603:10a6:%s::%s) by %s\n (2603:10a6:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
        % (c, rhex(3), rhex(2), b.lower(), rhex(3), rhex(2), rnd.randint(8000, 9300), rnd.randint(10, 30), fmt_tz(dt + timedelta(seconds=2), timezone.utc)),
        "Authentication-Results: " + outlook_ar(sender, v, rcpt),
        "Received-SPF: %s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
        % (spf_rs, sender["mf_domain"], "designates" if v["spf"] == "pass" else "does not designate", sender["ip"], sender["ip"], sender["host"]),
        "Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
        % (sender["host"], sender["ip"], c.replace("prod.outlook.com", "mail.protection.outlook.com") if False else c, rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(8000, 9300), rnd.randint(10, 30), fmt_tz(dt + timedelta(seconds=1), timezone.utc)),
    ]
    if forged_below:
        lines.append(forged_below)
    lines.append("Return-Path: %s" % mf)
    return lines


def ms_trailer(corp=False, auth_as="Anonymous", scl=1):
    return [
        "X-MS-Exchange-Organization-ExpirationStartTime: %s" % "",
        "X-MS-Exchange-Organization-Network-Message-Id: %s" % uuid.UUID(int=rnd.getrandbits(128), version=4),
        "X-MS-Exchange-Organization-AuthSource: %s" % ("AMS1EPF0000%04d.eurprd04.prod.outlook.com" % rnd.randint(1000, 9999) if corp else "OS1PEPF0000%04d.jpnprd01.prod.outlook.com" % rnd.randint(1000, 9999)),
        "X-MS-Exchange-Organization-AuthAs: %s" % auth_as,
        "X-MS-Exchange-Organization-SCL: %d" % scl,
        "X-Microsoft-Antispam: BCL:0;ARA:13230040|%d|%d;" % (rnd.randint(1000000, 9999999), rnd.randint(1000000, 9999999)),
    ]


def jp_ar(authserv, sender, v, rcpt, style):
    mf = mailfrom_of(sender, rcpt)
    dk = _dk(sender, v)
    if style == "yahoo":
        dks = "; ".join("dkim=%s (%s) header.i=@%s" % (r, "ok" if r == "pass" else "bad", d) for d, s, r in dk if r != "none") or "dkim=none (no signature)"
        dm = "dmarc=%s (p=%s dis=none) header.from=%s" % (v["dmarc"], v["p"].lower(), v["hfrom"]) if v["dmarc"] else ""
        return "%s  from=%s; domainkeys=neutral (no sig); spf=%s smtp.mailfrom=%s; %s%s" % (
            authserv, v["hfrom"], v["spf"], sender["mf_domain"], dks, ("; " + dm) if dm else "")
    dks = "\n\t".join("dkim=%s header.d=%s header.s=%s;" % (r, d, s) for d, s, r in dk if r != "none") or "dkim=none;"
    return "%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s\n\tdmarc=%s header.from=%s" % (
        authserv, v["spf"], mf, dks, v["dmarc"] or "none", v["hfrom"])


def recv_jp(provider, rcpt, sender, v, dt):
    mf = mailfrom_of(sender, rcpt)
    if provider == "nifty":
        return [
            "Return-Path: <%s>" % mf,
            "Delivered-To: %s" % rcpt,
            "Received: from mfilter%02d.mail.nifty.com by mbox%02d.mail.nifty.com with LMTP id %s\n\tfor <%s>; %s"
            % (rnd.randint(1, 40), rnd.randint(1, 40), rb64(12).replace("/", "x"), rcpt, fmt_tz(dt + timedelta(seconds=3), JST)),
            "Authentication-Results: " + jp_ar("mx.nifty.com", sender, v, rcpt, "std"),
            "Received: from %s (%s [%s])\n\tby mfd-in%02d.mail.nifty.com (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s"
            % (sender["host"], sender["host"], sender["ip"], rnd.randint(1, 20), ralnum(9, "BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789"), rcpt, fmt_tz(dt + timedelta(seconds=1), JST)),
        ]
    if provider == "biglobe":
        return [
            "Return-Path: <%s>" % mf,
            "Received: from mbox%d.biglobe.ne.jp by mta%d.biglobe.ne.jp with LMTP; %s"
            % (rnd.randint(1, 9), rnd.randint(1, 9), fmt_tz(dt + timedelta(seconds=3), JST)),
            "Authentication-Results: " + jp_ar("biglobe.ne.jp", sender, v, rcpt, "std"),
            "Received: from %s ([%s])\n\tby rcvmx%02d.biglobe.ne.jp with ESMTPS id <%s@rcvmx%02d.biglobe.ne.jp>\n\tfor <%s>; %s"
            % (sender["host"], sender["ip"], rnd.randint(1, 30), rhex(24), rnd.randint(1, 30), rcpt, fmt_tz(dt + timedelta(seconds=1), JST)),
        ]
    if provider == "yahoo":
        n = rnd.randint(5001, 5099)
        return [
            "X-Apparently-To: %s; %s" % (rcpt, fmt_tz(dt + timedelta(seconds=2), JST)),
            "Return-Path: <%s>" % mf,
            "Received-SPF: %s (domain of %s designates %s as permitted sender)" % (v["spf"], sender["mf_domain"], sender["ip"]),
            "Authentication-Results: " + jp_ar("mta%d.mail.kks.yahoo.co.jp" % n, sender, v, rcpt, "yahoo"),
            "Received: from %s (%s)\n  by mta%d.mail.kks.yahoo.co.jp with SMTP; %s"
            % (sender["host"], sender["ip"], n, fmt_tz(dt + timedelta(seconds=1), JST)),
        ]
    raise ValueError(provider)


def fastmail_ar(sender, v, rcpt):
    mf = mailfrom_of(sender, rcpt)
    parts = []
    for d, s, r in _dk(sender, v):
        if r == "none":
            continue
        parts.append("dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048"
                     % (r, d, d, rb64(6)[:8], s))
    if v["dmarc"] == "pass":
        parts.append("dmarc=pass policy.published-domain-policy=%s policy.applied-disposition=none "
                     "policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s"
                     % (v["p"].lower(), v["p"].lower(), v["hfrom"]))
    elif v["dmarc"] == "none":
        parts.append("dmarc=none policy.published-domain-policy=none (p=none,has-list-id=no,d=none) header.from=%s" % v["hfrom"])
    else:
        parts.append("dmarc=fail policy.published-domain-policy=%s policy.applied-disposition=%s "
                     "(p=%s,d=%s) policy.policy-from=p header.from=%s"
                     % (v["p"].lower(), v["p"].lower(), v["p"].lower(), v["p"].lower(), v["hfrom"]))
    parts.append("spf=%s smtp.mailfrom=%s smtp.helo=%s" % (v["spf"], mf, sender["host"]))
    return "mx%d.messagingengine.com;\n    " % rnd.randint(1, 6) + ";\n    ".join(parts)


def recv_fastmail(rcpt, sender, v, dt):
    mf = mailfrom_of(sender, rcpt)
    ar = fastmail_ar(sender, v, rcpt)
    authserv = ar.split(";")[0]
    return [
        "Return-Path: <%s>" % mf,
        "Received: from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%dn%d (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s"
        % (2, 2, rnd.randint(40, 60), rnd.randint(30, 60), rnd.randint(1, 20), rhex(12), fmt_tz(dt + timedelta(seconds=3), EST, True)),
        "X-Cyrus-Session-Id: sloti45n12-%d-%d-2-%d" % (ts(dt), rnd.randint(1000, 99999), rnd.randint(10 ** 17, 10 ** 18)),
        "X-Sieve: CMU Sieve 3.0",
        "X-Spam-known-sender: no",
        "X-Spam-sender-reputation: 500 (none)",
        "X-Spam-score: 0.0",
        "Received-SPF: %s (%s: %s is authorized to use '%s' in 'mfrom' identity (mechanism 'ip4:%s/18' matched))\n receiver=%s; identity=mailfrom; envelope-from=\"%s\"; helo=%s; client-ip=%s"
        % (v["spf"], sender["mf_domain"], sender["ip"], mf, ".".join(sender["ip"].split(".")[:2]) + ".0.0", authserv, mf, sender["host"], sender["ip"]),
        "Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS\n\tfor <%s>; %s"
        % (sender["host"], sender["host"], sender["ip"], authserv, rcpt, fmt_tz(dt + timedelta(seconds=1), EST, True)),
        "Authentication-Results: " + ar,
        "X-ME-VSCategory: clean",
        "X-ME-CSA: none",
    ]


# --------------------------------------------------------------------------- bodies

def _codec(cs):
    return {"shift_jis": "cp932", "shift-jis": "cp932", "iso-2022-jp": "iso-2022-jp"}.get(cs.lower(), cs)


def part(text, subtype="plain", cs="utf-8", cte="qp", encode_as=None):
    """A single text part. encode_as: real codec when it differs from the label cs."""
    data = text.encode(encode_as or _codec(cs))
    p = MIMENonMultipart("text", subtype, charset=cs)
    del p["MIME-Version"]
    if cte == "b64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "qp":
        p.set_payload(quopri.encodestring(data).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "7bit":
        p.set_payload(data.decode("ascii"))
        p["Content-Transfer-Encoding"] = "7bit"
    elif cte == "8bit":
        p.set_payload(data.decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = "8bit"
    else:
        raise ValueError(cte)
    return p


def jis(text, subtype="plain"):
    return part(text, subtype, cs="iso-2022-jp", cte="7bit")


def alt(plain_part, html_part, boundary=None):
    m = MIMEMultipart("alternative")
    m.set_boundary(boundary or "----=_Part_%d_%d.%d" % (rnd.randint(100000, 9999999), rnd.randint(100000000, 2147483647), rnd.randint(10 ** 12, 10 ** 13)))
    m.attach(plain_part)
    m.attach(html_part)
    return m


def html_of(text, lang="en", quoted=""):
    def conv(t):
        t = html.escape(t)
        t = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', t)
        paras = [p.replace("\n", "<br>\n") for p in t.strip("\n").split("\n\n")]
        return "\n".join("<p>%s</p>" % p for p in paras)
    body = conv(text)
    if quoted:
        body += '\n<div class="quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n%s\n</blockquote></div>' % conv(quoted)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body>\n</html>\n' % (lang, body))


def gq(dateline, text):
    """Gmail style quote with a header line and '> ' markers."""
    lines = text.strip("\n").split("\n")
    return "\n" + dateline + "\n" + "\n".join((">" if not l or l.startswith(">") else "> ") + l for l in lines) + "\n"


def ol_block(frm, sent, to, subj, text, ja=False):
    if ja:
        head = "差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s" % (frm, sent, to, subj)
    else:
        head = "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (frm, sent, to, subj)
    return "\n________________________________\n" + head + "\n\n" + text.strip("\n") + "\n"


# --------------------------------------------------------------------------- assembly

MAILS = []
LABELS = {}


def subj_hdr(s, cs=None):
    if cs:
        return Header(s, cs, header_name="Subject").encode(maxlinelen=76)
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode(maxlinelen=76)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def M(slug, kind, lang, case_id, *, dt, rcpt, frm, to, subject, body, new, recv, sender, v=None,
      subj_cs=None, msgid=None, irt=None, refs=None, extra=(), verified, cc=None, reply_to=None,
      forged_below=None, hfields=None, dkim=True, date_hdr=None):
    dt_ = T(dt)
    if recv == "gmail":
        top = recv_gmail(rcpt, sender, v, dt_)
    elif recv == "outlook":
        top = recv_outlook(rcpt, sender, v, dt_, corp=False, forged_below=forged_below)
    elif recv == "o365":
        top = recv_outlook(rcpt, sender, v, dt_, corp=True, forged_below=forged_below)
    elif recv in ("nifty", "biglobe", "yahoo"):
        top = recv_jp(recv, rcpt, sender, v, dt_)
    elif recv == "fastmail":
        top = recv_fastmail(rcpt, sender, v, dt_)
    elif recv == "none":
        top = ["Return-Path: <%s>" % mailfrom_of(sender, rcpt),
               "Received: from %s (%s [%s])\n\tby mail.brandt-it.de (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
               % (sender["host"], sender["host"], sender["ip"], rhex(10).upper(), rcpt, fmt_tz(dt_ + timedelta(seconds=1), ZoneInfo("Europe/Berlin")))]
    elif recv == "internal":
        top = ["Received: from AS8PR04MB%d.eurprd04.prod.outlook.com (2603:10a6:20b:%s::%d) by\n AM9PR04MB%d.eurprd04.prod.outlook.com with HTTPS; %s"
               % (rnd.randint(1000, 9999), rhex(3), rnd.randint(10, 99), rnd.randint(7000, 8999), fmt_tz(dt_ + timedelta(seconds=2), timezone.utc)),
               "Received: from AS8PR04MB%d.eurprd04.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\n AS8PR04MB%d.eurprd04.prod.outlook.com ([fe80::%s:%s:%s:%s%%6]) with mapi id\n 15.20.9137.015; %s"
               % (rnd.randint(1000, 9999), rhex(4), rhex(4), rhex(4), rhex(4), rnd.randint(1000, 9999), rhex(4), rhex(4), rhex(4), rhex(4), fmt_tz(dt_, timezone.utc))]
    else:
        raise ValueError(recv)
    hdrs = list(top)
    if dkim:
        hdrs += dkim_headers(sender, dt_, hfields or "From:To:Subject:MIME-Version:Content-Type:Date:Message-ID")
    hdrs.append("Subject: " + subj_hdr(subject, subj_cs))
    hdrs.append("From: " + frm)
    if reply_to:
        hdrs.append("Reply-To: " + reply_to)
    hdrs.append("To: " + to)
    if cc:
        hdrs.append("Cc: " + cc)
    hdrs.append("Date: " + (date_hdr or format_datetime(dt_)))
    hdrs.append("Message-ID: " + (msgid or ses_msgid(dt_)))
    if irt:
        hdrs.append("In-Reply-To: " + irt)
    if refs:
        hdrs.append("References: " + refs)
    hdrs += list(extra)
    hdrs += sender.get("extra", [])
    if recv in ("outlook", "o365"):
        hdrs += [h for h in ms_trailer(corp=recv == "o365") if not h.endswith(": ")]
    if recv == "internal":
        hdrs += ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
                 "X-MS-Exchange-Organization-AuthAs: Internal",
                 "X-MS-Exchange-Organization-AuthMechanism: 04",
                 "X-MS-Exchange-Organization-AuthSource: AS8PR04MB%d.eurprd04.prod.outlook.com" % rnd.randint(1000, 9999)]
    hdrs = [h for h in hdrs if h is not None]
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    head = "\n".join(hdrs) + "\n"
    raw = head.encode("ascii") + body.as_bytes(policy=P)
    ids = ids_in(new)
    MAILS.append((slug, raw, dt_))
    LABELS[slug] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                    "sender_verified": verified, "language": lang}


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = sorted(MAILS, key=lambda m: m[2])
    labels = {}
    for i, (slug, raw, _) in enumerate(order, 1):
        name = "%03d-%s.eml" % (i, slug)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        labels[name] = LABELS[slug]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    return labels


# =========================================================================== content

FORM = "aws-cs-trainingcertification-form@amazon.com"
FORM_FROM = addr("Amazon Web Services", FORM)
CONSOLE = "no-reply-aws@amazon.com"
CONSOLE_FROM = addr("Amazon Web Services", CONSOLE)
CREDLY_FROM = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")
FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

TC_FOOTER_EN = """
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates. Amazon Web Services, Inc., 410 Terry Avenue
North, Seattle, WA 98109-5210.
"""

TC_FOOTER_JA = """
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
本メールはお問い合わせいただいたお客様にお送りしています。
"""


def console_footer_en(cid):
    return """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
%%AGENT%%
Amazon Web Services

======================================================
To see all the correspondence on this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

AWS Documentation:
https://docs.aws.amazon.com/

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % cid


def console_footer_ja(cid):
    return """
お客様からのフィードバックをお待ちしております。AWS サポートセンターで、今回のやり取りの評価にご協力ください。各やり取りの右上にある星を選択すると評価できます。

よろしくお願いいたします。
%%AGENT%%
Amazon Web Services

======================================================
このケースに関するすべてのやり取りを確認するには、次のリンクをご覧ください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※ このメールは受信できないアドレスから送信されています。
このケースに返信するには、上記のリンクから AWS サポートセンターにアクセスしてください。
======================================================

AWS サポート ナレッジセンター:
https://aws.amazon.com/jp/premiumsupport/knowledge-center/

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""" % cid


def cf(text, agent):
    return text.replace("%AGENT%", agent)


# ---- content of set 24 (exec'd by make_set.py) ----

A = case15("2025-05-12 08:47:31", "04718")
B = case15("2025-09-02 01:15:22", "09162")
C = case15("2025-11-18 04:03:51", "00327")
D = case15("2026-01-13 14:22:08", "02295")
E = case15("2025-07-07 23:48:10", "07731")
F = case15("2025-10-06 18:20:45", "00658")
FM = case15("2025-10-06 17:55:02", "05214")
G = case15("2026-03-02 00:31:12", "01846")
H = case15("2025-12-01 15:09:33", "03390")
L = case15("2025-08-18 07:12:40", "08841")
X = case15("2025-12-15 10:04:51", "06627")
O = case15("2026-02-16 05:40:27", "00915")

DAN = "d.okafor.cloud@gmail.com"
MIS = "misaki.sato88@outlook.jp"
RYO = "ryo-tanaka@nifty.com"
PRI = "priya.raman@halvorsen-eng.com"
KEN = "k_yamamoto_0722@yahoo.co.jp"
MAR = "marco.bellini.dev@gmail.com"
NAO = "naoko.suzuki@biglobe.ne.jp"
OLI = "olivia.chen@fastmail.com"
LUK = "lukas@brandt-it.de"

AWSV = V()  # genuine amazon.com via SES, everything passes


def ses(dt, dom="amazon.com"):
    return ses_sender(dom, T(dt))


def credly_sender():
    s = sendgrid_sender("credly.com")
    return s


CREDLY_V = V(hfrom="credly.com", p="REJECT")


def credly_msgid(dt):
    return "<%s.%s@credly.com>" % (ralnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), rhex(12))


def credly_html(greeting, lead, badges, button, after, unsubscribe=True, lang="en"):
    rows = "\n".join(
        '<tr><td style="padding:8px 0"><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="72" height="72" alt=""></td>'
        '<td style="padding:8px 12px;font-size:15px;font-weight:bold">%s</td></tr>' % (uuid.UUID(int=rnd.getrandbits(128), version=4), html.escape(b))
        for b in badges)
    btn = "".join('<a href="https://www.credly.com/badges/%s?source=email&amp;utm_medium=email&amp;utm_source=%s" '
                  'style="display:inline-block;background:#00488b;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a>'
                  % (uuid.UUID(int=rnd.getrandbits(128), version=4), "badge_issued", html.escape(button)) for _ in [0])
    foot = ('<p style="font-size:11px;color:#6b6b6b">Credly, Inc. | 2 Pennsylvania Plaza, 2nd Floor, New York, NY 10121<br>'
            '<a href="https://www.credly.com/privacy">Privacy Policy</a> | <a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a></p>'
            if unsubscribe else "")
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>Credly</title></head>\n'
            '<body style="margin:0;background:#f4f4f4">\n<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">\n'
            '<tr><td style="padding:24px"><img src="https://www.credly.com/assets/credly_logo.png" width="96" alt="Credly"></td></tr>\n'
            '<tr><td style="padding:0 24px"><p>%s</p><p>%s</p>\n<table>%s</table>\n<p style="text-align:center;padding:16px 0">%s</p>\n<p>%s</p>\n%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n' % (lang, html.escape(greeting), html.escape(lead), rows, btn, html.escape(after), foot))


# ============================================================ Thread A: Daniel Okafor (Gmail, form desk, en)

t = """Hello,

Thank you for reaching out to AWS Training and Certification. This is an automated message to let you know that your request has been logged.

Case ID: %s
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID provided: AWS04417263

A member of our support team will review your request and get back to you, usually within 24 hours. There is no need to reply to this message or to submit the form again: additional submissions for the same issue are treated as separate cases and can slow down our response.

If you have more details to add, you can reply to this email. Please keep the case ID in the subject line.

Summary of your submission
----------------------------------------
Name: Daniel Okafor
Email: d.okafor.cloud@gmail.com
Description: Hi, I have two certification accounts. One was created with my old work email when my employer paid for my first exam. I'd like to combine them so all my certs are in one place.
----------------------------------------

Regards,
AWS Training and Certification
""" % A + TC_FOOTER_EN
M("okafor-form-1", "case_created", "en", A, dt="2025-05-12 08:47:40", rcpt=DAN, frm=FORM_FROM, to=DAN,
  subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
  body=part(t, cte="qp"), new=[t], recv="gmail", sender=ses("2025-05-12 08:47:40"), v=AWSV, verified=True)

A_first_inquiry = """Original inquiry
Inquiry type: Certification
Detail: Account Merge
Candidate ID: AWS04417263
Description: Hi, I have two certification accounts. One was created with my old work email when my employer paid for my first exam. I'd like to combine them so all my certs are in one place.
"""
A2_new = """Hello Daniel,

Thank you for contacting AWS Training and Certification Customer Support. My name is Kavya and I'll be assisting you today.

I understand that you have more than one AWS Certification account and would like your certification history kept in a single profile. I'm happy to look into this for you.

I have located the account AWS04417263 from the details you entered in the form. To find the second profile on our side, could you please reply with the following:

1. The email address you used to sign in to each account (including the one linked to your former employer).
2. The candidate ID of the second account, if you still have access to it (it starts with "AWS" followed by 8 digits).
3. Which of the two accounts you would like to keep going forward.

As soon as I receive this information, I will verify both accounts and send you a summary for your review.

Kind regards,
Kavya R.
AWS Training and Certification Customer Support
"""
A2 = A2_new + "\n-----\n" + A_first_inquiry + TC_FOOTER_EN
M("okafor-form-2", "support_reply", "en", A, dt="2025-05-13 06:12:09", rcpt=DAN, frm=FORM_FROM, to=DAN,
  subject=FORM_SUBJ % A, body=part(A2, cte="b64"), new=[A2_new], recv="gmail", sender=ses("2025-05-13 06:12:09"),
  v=AWSV, verified=True)

A_user1 = """Hi Kavya,

Thanks for the quick reply. The second account used
daniel.okafor@brightwave-consulting.co.uk and I think the ID is AWS02985130.
I'd like to keep AWS04417263 (my gmail).

Daniel
"""
A3_new = """Hello Daniel,

Thank you for the information you provided. Based on it, I was able to locate both of your certification accounts:

  Account to be kept (primary):   AWS 04417263 - d.okafor.cloud@gmail.com
  Account to be merged (closed):  AWS 02985130 - daniel.okafor@brightwave-consulting.co.uk

After the merge, all certifications, exam history and benefits currently on AWS 02985130 will be listed under AWS 04417263, and you will only be able to sign in with d.okafor.cloud@gmail.com.

Please be aware that a merge is permanent and cannot be undone once processed.

Could you please reply to this email to confirm that the details above are correct? We will merge the accounts once you confirm.

Kind regards,
Kavya R.
AWS Training and Certification Customer Support
"""
A3_quote = gq("On Tue, 13 May 2025 at 20:02, Daniel Okafor <d.okafor.cloud@gmail.com> wrote:",
              A_user1 + gq("On Tue, 13 May 2025 at 07:12, Amazon Web Services <%s> wrote:" % FORM, A2_new))
A3 = A3_new + A3_quote + TC_FOOTER_EN
M("okafor-form-3", "merge_confirmation_requested", "en", A, dt="2025-05-14 15:30:55", rcpt=DAN, frm=FORM_FROM, to=DAN,
  subject=FORM_SUBJ % A, body=alt(part(A3, cte="qp"), part(html_of(A3_new + TC_FOOTER_EN, quoted=A_user1), "html", cte="qp")),
  new=[A3_new], recv="gmail", sender=ses("2025-05-14 15:30:55"), v=AWSV, verified=True)

A4_new = """Hello Daniel,

Thank you for confirming.

I have now submitted your request to our certification operations team, and the merge of aws02985130 into AWS04417263 is underway. This usually takes between one and three business days. Please avoid scheduling or sitting an exam with either account until it has finished.

I'll follow up on this case as soon as the process is complete.

Kind regards,
Kavya R.
AWS Training and Certification Customer Support
"""
A4_quote = gq("On Wed, 14 May 2025 at 22:40, Daniel Okafor <d.okafor.cloud@gmail.com> wrote:",
              "The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel\n"
              + gq("On Wed, 14 May 2025 at 16:30, Amazon Web Services <%s> wrote:" % FORM, A3_new))
A4 = A4_new + A4_quote + TC_FOOTER_EN
M("okafor-form-4", "support_reply", "en", A, dt="2025-05-15 09:05:12", rcpt=DAN, frm=FORM_FROM, to=DAN,
  subject=FORM_SUBJ % A, body=part(A4, cte="qp"), new=[A4_new], recv="gmail", sender=ses("2025-05-15 09:05:12"),
  v=AWSV, verified=True)

A5_new = """Hello Daniel,

Good news: the certification records from your former profile have been moved to AWS04417263, and the former profile has been retired. From now on, please sign in with d.okafor.cloud@gmail.com only.

Your certifications, exam history and any unused benefits are now listed under this account. If anything looks incomplete after 24 hours (for example a missing Credly badge), simply reply to this email and we'll look into it.

Thank you for your patience.

How did I do? We'd appreciate it if you took a moment to rate this response:
https://aws.amazon.com/training/support/feedback/?caseId=%s&rating=1-5

Kind regards,
Kavya R.
AWS Training and Certification Customer Support
""" % A
A5 = A5_new + gq("On Wed, 14 May 2025 at 16:30, Amazon Web Services <%s> wrote:" % FORM, A3_new) + TC_FOOTER_EN
M("okafor-form-5", "merge_completed", "en", A, dt="2025-05-17 02:18:44", rcpt=DAN, frm=FORM_FROM, to=DAN,
  subject=FORM_SUBJ % A, body=alt(part(A5, cte="qp"), part(html_of(A5_new + TC_FOOTER_EN, quoted=A3_new), "html", cte="qp")),
  new=[A5_new], recv="gmail", sender=ses("2025-05-17 02:18:44"), v=AWSV, verified=True)

A6_html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Your case has been resolved</title></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;color:#232f3e;background:#ffffff">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" height="32" alt="AWS Training and Certification"></td></tr>
<tr><td style="padding:24px">
<p>Hello Daniel,</p>
<p>Your AWS Training and Certification case <b>%s</b> has been marked as resolved.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.training.aws/r/%s?q1=yes" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.training.aws/r/%s?q1=no" style="background:#ffffff;border:1px solid #232f3e;color:#000;padding:10px 24px;text-decoration:none">NO</a></p>
<p>We'd also love to hear how our agent did. Rating the conversation takes less than a minute and helps us improve the support we offer to learners and candidates around the world.</p>
<p>If you have a new question, please submit a new request through the <a href="https://aws.amazon.com/training/support/">AWS Training and Certification support page</a>.</p>
<p style="font-size:11px;color:#687078">This survey is sent by Amazon Web Services, Inc. Please do not reply to this message.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</td></tr></table>
</body></html>
""" % (A, A, A)
M("okafor-form-6", "survey", "en", A, dt="2025-05-17 02:19:03", rcpt=DAN, frm=FORM_FROM, to=DAN,
  subject="Your case %s has been resolved - tell us how we did" % A, body=part(A6_html, "html", cte="qp"),
  new=[A6_html], recv="gmail", sender=ses("2025-05-17 02:19:03"), v=AWSV, verified=True)

A7_plain = """Daniel, your badge is ready

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Developer - Associate

Following an update to your AWS Certification account, this badge is now linked to d.okafor.cloud@gmail.com. Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge:
https://www.credly.com/badges/5b1c3f0e-8d2a-4e7b-9a61-2f4c0d9e7a13?source=email

Questions? Visit https://support.credly.com

Credly, Inc. | 2 Pennsylvania Plaza, 2nd Floor, New York, NY 10121
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
A7_html = credly_html("Daniel, your badge is ready",
                      "Amazon Web Services Training and Certification has issued you the following badge. Following an update to your AWS Certification account, it is now linked to d.okafor.cloud@gmail.com.",
                      ["AWS Certified Developer – Associate"], "Accept your badge",
                      "Accept your badge to add it to your Credly profile and share it with your network.")
cs = credly_sender()
M("okafor-credly", "credly_badge_issued", "en", None, dt="2025-05-17 11:52:20", rcpt=DAN, frm=CREDLY_FROM, to=DAN,
  subject="Daniel, your AWS Certified Developer - Associate badge is ready to accept",
  body=alt(part(A7_plain, cte="qp"), part(A7_html, "html", cte="qp")), new=[A7_plain, A7_html], recv="gmail",
  sender=cs, v=CREDLY_V, verified=True, msgid=credly_msgid(T("2025-05-17 11:52:20")))

# phishing: look-alike domain, its own DMARC passes (p=none) -> not verified
ph_dom = "aws-certification-support.com"
ph = plain_sender("mail.%s" % ph_dom, "185.243.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250)), "bounce@mail.%s" % ph_dom,
                  [(ph_dom, "default")])
P1_plain = """Dear Candidate,

We are currently processing the consolidation of your AWS Certification accounts (case 17472901355).

  Primary account:    d.okafor.cloud@gmail.com
  Secondary account:  account ending in ...130 (to be merged and closed)

To finalise the merge, you must confirm the accounts above and verify your identity within 24 hours. Unconfirmed requests are cancelled automatically and both accounts may be temporarily suspended, including any active certifications and exam vouchers.

Confirm merge now:
https://%s/verify/merge?case=17472901355&u=ZC5va2Fmb3IuY2xvdWRAZ21haWwuY29t

Thank you,
AWS Training & Certification Verification Team

(c) 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.
""" % ph_dom
P1_html = html_of(P1_plain.replace("Confirm merge now:\n", "").replace("https://%s/verify/merge?case=17472901355&u=ZC5va2Fmb3IuY2xvdWRAZ21haWwuY29t\n" % ph_dom,
                  "[CONFIRM MERGE]\n"))
P1_html = P1_html.replace("[CONFIRM MERGE]", '<a href="https://%s/verify/merge?case=17472901355" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">CONFIRM MERGE</a>' % ph_dom)
M("okafor-aws-notice", "merge_confirmation_requested", "en", "17472901355", dt="2025-05-16 14:03:27", rcpt=DAN,
  frm=addr("AWS Training & Certification", "case-update@%s" % ph_dom), to=DAN,
  subject="Action required: confirm your certification account merge [CASE 17472901355]",
  body=alt(part(P1_plain, cte="7bit"), part(P1_html, "html", cte="qp")), new=[P1_plain, P1_html], recv="gmail", sender=ph,
  v=V(hfrom=ph_dom, p="NONE"), verified=False, msgid="<%s@mail.%s>" % (rhex(24), ph_dom))

# ============================================================ Thread B: 佐藤 美咲 (Outlook.jp, form desk, ja)

B1 = """佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID：%s
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：AWS03376021

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じ内容のお問い合わせを再度送信されますと、別のケースとして扱われ、ご回答が遅れる場合がございます。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。

AWS トレーニングと認定
""" % B + TC_FOOTER_JA
M("sato-form-1", "case_created", "ja", B, dt="2025-09-02 01:15:29", rcpt=MIS, frm=FORM_FROM, to=addr("佐藤 美咲", MIS),
  subject="[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % B, subj_cs="iso-2022-jp",
  body=jis(B1), new=[B1], recv="outlook", sender=ses("2025-09-02 01:15:29"), v=AWSV, verified=True)

B2_new = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの森田でございます。
アカウント統合のご依頼をいただき、ありがとうございます。

お客様のお名前で、以下の 2 つの認定アカウントが登録されていることを確認いたしました。

・AWS03376021
・AWS01852944

統合を進めるにあたり、以下の点をお知らせいただけますでしょうか。

1. 統合後に残すアカウント（どちらの受験者 ID を引き続きご利用になるか）
2. それぞれのアカウントのサインインに使用しているメールアドレス
3. 旧アカウントに未使用の試験割引バウチャーなどの特典が残っているかどうか（お分かりになる範囲で）

ご返信をいただき次第、統合内容の確認のご連絡を差し上げます。

よろしくお願いいたします。

森田
AWS トレーニングと認定 カスタマーサポート
"""
B2 = B2_new + """
---------- 元のお問い合わせ ----------
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：AWS03376021
内容：以前の勤務先で受験した際のアカウントと、現在のアカウントの2つがあります。1つにまとめたいです。
""" + TC_FOOTER_JA
M("sato-form-2", "support_reply", "ja", B, dt="2025-09-03 02:40:11", rcpt=MIS, frm=FORM_FROM, to=MIS,
  subject=FORM_SUBJ % B, body=part(B2, cte="qp"), new=[B2_new], recv="outlook", sender=ses("2025-09-03 02:40:11"),
  v=AWSV, verified=True)

B_user1 = """森田様

ご連絡ありがとうございます。
残したいのは AWS03376021 のほうです（サインインは misaki.sato88@outlook.jp）。
もう一方は前職のメールアドレス m.sato@kitamura-sys.co.jp で作成したものです。
特典は特に残っていないと思います。

佐藤
"""
B3_new = """佐藤 美咲 様

ご返信いただきありがとうございます。
いただいた情報をもとに、以下の内容で統合を行う準備が整いました。

■ 統合後も残るアカウント
　受験者 ID：AWS03376021
　サインイン用メールアドレス：misaki.sato88@outlook.jp

■ 上記アカウントに統合されるアカウント
　受験者 ID：AWS01852944
　サインイン用メールアドレス：m.sato@kitamura-sys.co.jp

統合後、AWS01852944 の認定資格、受験履歴および特典はすべて AWS03376021 に引き継がれ、AWS01852944 は使用できなくなります。
なお、統合は一度実施すると元に戻すことができませんので、ご注意ください。

上記の内容でお間違いがないか、本メールへのご返信にてご確認いただけますでしょうか。
ご確認いただき次第、統合作業を開始いたします。

よろしくお願いいたします。

森田
AWS トレーニングと認定 カスタマーサポート
"""
B3 = B3_new + ol_block("佐藤 美咲 <%s>" % MIS, "2025年9月3日 21:04", "Amazon Web Services <%s>" % FORM,
                        "Re: " + FORM_SUBJ % B, B_user1, ja=True) + TC_FOOTER_JA
M("sato-form-3", "merge_confirmation_requested", "ja", B, dt="2025-09-04 05:22:48", rcpt=MIS, frm=FORM_FROM, to=MIS,
  subject="RE: [CASE %s] アカウント統合内容のご確認のお願い（AWS トレーニングと認定）" % B, subj_cs="iso-2022-jp",
  body=jis(B3), new=[B3_new], recv="outlook", sender=ses("2025-09-04 05:22:48"), v=AWSV, verified=True)

B4_new = """佐藤 美咲 様

ご確認いただきありがとうございます。

先ほど、AWS01852944 から AWS03376021 への統合を開始いたしました。
通常、完了までに 2〜3 営業日ほどお時間をいただいております。
統合が完了次第、本ケースにてご連絡いたしますので、それまでの間は両アカウントでの試験のご予約をお控えください。

よろしくお願いいたします。

森田
AWS トレーニングと認定 カスタマーサポート
"""
B4 = B4_new + ol_block("佐藤 美咲 <%s>" % MIS, "2025年9月4日 22:10", "Amazon Web Services <%s>" % FORM,
                        "Re: RE: [CASE %s] アカウント統合内容のご確認のお願い（AWS トレーニングと認定）" % B,
                        "森田様\n\n内容に相違ありません。統合をお願いいたします。\n\n佐藤\n", ja=True) \
    + ol_block("Amazon Web Services <%s>" % FORM, "2025年9月4日 14:22", "佐藤 美咲 <%s>" % MIS,
               "RE: [CASE %s] アカウント統合内容のご確認のお願い（AWS トレーニングと認定）" % B, B3_new, ja=True) + TC_FOOTER_JA
M("sato-form-4", "support_reply", "ja", B, dt="2025-09-05 00:58:30", rcpt=MIS, frm=FORM_FROM, to=MIS,
  subject="RE: [CASE %s] アカウント統合内容のご確認のお願い（AWS トレーニングと認定）" % B, subj_cs="iso-2022-jp",
  body=part(B4, cte="b64"), new=[B4_new], recv="outlook", sender=ses("2025-09-05 00:58:30"), v=AWSV, verified=True)

B5_new = """佐藤 美咲 様

お問い合わせいただきありがとうございます。
ご依頼いただいておりますアカウントの統合につきましては、現在、担当部署にて統合作業を進めております。
お待たせしてしまい申し訳ございませんが、もうしばらくお待ちいただけますようお願い申し上げます。
作業が終わりましたら、改めて本ケースでご案内いたします。

森田
AWS トレーニングと認定 カスタマーサポート
"""
B5 = B5_new + gq("2025年9月7日(日) 19:26 佐藤 美咲 <%s>:" % MIS,
                  "森田様\n\nお世話になっております。\n統合の進捗はいかがでしょうか。\n来月受験予定があるため、状況を教えていただけると助かります。\n\n佐藤\n") + TC_FOOTER_JA
M("sato-form-5", "support_reply", "ja", B, dt="2025-09-08 03:11:05", rcpt=MIS, frm=FORM_FROM, to=MIS,
  subject="RE: [CASE %s] アカウント統合内容のご確認のお願い（AWS トレーニングと認定）" % B, subj_cs="shift_jis",
  body=part(B5, cs="shift_jis", cte="b64"), new=[B5_new], recv="outlook", sender=ses("2025-09-08 03:11:05"),
  v=AWSV, verified=True)

B6 = """佐藤 美咲 様

大変お待たせいたしました。
AWS01852944 を AWS03376021 に統合いたしました。

旧アカウントで取得された認定資格および受験履歴は、すべて AWS03376021 に移行されております。
今後は misaki.sato88@outlook.jp でサインインしてください。
Credly のデジタルバッジについては、数日以内に Credly から別途メールが届く予定です。

今回の対応について、以下のアンケートにご協力いただけますと幸いです。
https://aws.amazon.com/jp/training/support/feedback/?caseId=%s

森田
AWS トレーニングと認定 カスタマーサポート
""" % B + TC_FOOTER_JA
M("sato-form-6", "merge_completed", "ja", B, dt="2025-09-09 06:45:19", rcpt=MIS, frm=FORM_FROM, to=MIS,
  subject="RE: [CASE %s] アカウント統合内容のご確認のお願い（AWS トレーニングと認定）" % B, subj_cs="iso-2022-jp",
  body=jis(B6), new=[B6], recv="outlook", sender=ses("2025-09-09 06:45:19"), v=AWSV, verified=True)

B7_html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>ケースはクローズされました</title></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#232f3e">
<div style="max-width:600px;margin:0 auto">
<p>佐藤 美咲 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。<br>
お問い合わせいただいたケース <b>%s</b> は解決済みとしてクローズされました。</p>
<p><b>今回のサポートはいかがでしたか？</b></p>
<p>問題は解決しましたか？<br>
<a href="https://survey.training.aws/ja/r/%s?q1=yes">はい</a> ／ <a href="https://survey.training.aws/ja/r/%s?q1=no">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください：<br>
<a href="https://survey.training.aws/ja/r/%s?q2=1">1</a> <a href="https://survey.training.aws/ja/r/%s?q2=2">2</a>
<a href="https://survey.training.aws/ja/r/%s?q2=3">3</a> <a href="https://survey.training.aws/ja/r/%s?q2=4">4</a>
<a href="https://survey.training.aws/ja/r/%s?q2=5">5</a></p>
<p>アンケートは 1 分ほどで終わります。いただいたご意見は、サービスの改善に活用させていただきます。</p>
<p style="font-size:11px;color:#687078">本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</div>
</body></html>
""" % ((B,) * 8)
M("sato-form-7", "survey", "ja", B, dt="2025-09-09 06:45:52", rcpt=MIS, frm=FORM_FROM, to=MIS,
  subject="ケース %s はクローズされました – ご意見をお聞かせください" % B,
  body=part(B7_html, "html", cte="b64"), new=[B7_html], recv="outlook", sender=ses("2025-09-09 06:45:52"), v=AWSV, verified=True)

B8_plain = """佐藤 美咲 さん

Amazon Web Services Training and Certification からバッジが発行されました。

AWS Certified Solutions Architect – Associate

バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn などで共有できるようになります。

バッジを受け取る:
https://www.credly.com/badges/9e2f6a41-0c7b-4d35-b8e2-71a0f3c6d5b9?source=email&locale=ja

ご不明な点は https://support.credly.com をご覧ください。

Credly, Inc. | 2 Pennsylvania Plaza, 2nd Floor, New York, NY 10121
"""
B8_html = credly_html("佐藤 美咲 さん", "Amazon Web Services Training and Certification からバッジが発行されました。",
                      ["AWS Certified Solutions Architect – Associate"], "バッジを受け取る",
                      "バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn などで共有できるようになります。", lang="ja")
M("sato-credly", "credly_badge_issued", "ja", None, dt="2025-09-10 09:12:00", rcpt=MIS, frm=CREDLY_FROM, to=MIS,
  subject="Amazon Web Services Training and Certification からバッジが届きました",
  body=alt(part(B8_plain, cte="b64"), part(B8_html, "html", cte="b64")), new=[B8_plain, B8_html], recv="outlook",
  sender=credly_sender(), v=CREDLY_V, verified=True, msgid=credly_msgid(T("2025-09-10 09:12:00")))

# phishing (ja): spoofed amazon.com From, DMARC fails at Outlook
phj = plain_sender("mail.aws-notice-jp.top", "103.151.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250)),
                   "info@aws-notice-jp.top", [])
P2 = """AWS 認定をご利用のお客様

お客様の認定アカウント統合リクエストを受け付けました。
統合を完了するには、以下のリンクから 48 時間以内に本人確認を行い、統合内容をご確認ください。

統合元アカウント：AWS01852944
統合先アカウント：AWS03376021

期限内にご確認いただけない場合、セキュリティ保護のため両方のアカウントが一時停止されます。

▼ 統合内容を確認する
https://aws-certification-jp.top/confirm?id=7f3a9c21

※本メールは送信専用です。
Amazon Web Services, Inc.
"""
M("sato-aws-notice", "merge_confirmation_requested", "ja", None, dt="2025-09-06 11:37:02", rcpt=MIS,
  frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=MIS,
  subject="【重要】AWS 認定アカウント統合の最終確認のお願い", subj_cs="iso-2022-jp",
  body=part(P2, cte="b64"), new=[P2], recv="outlook", sender=phj,
  v=V(spf="pass", dkim=("none",), dmarc="fail", hfrom="amazon.com"), verified=False, dkim=False,
  msgid="<%s@aws-notice-jp.top>" % rhex(20))

# ============================================================ Thread C: 田中 亮 (nifty, AWS console, ja)

C1 = """こんにちは。

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %s を作成しました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
お問い合わせ内容:
AWS認定の受験者アカウントが2つあります。AWS02219478 を残して、もう一方（前の会社のメールアドレスで作ったもの）を統合したいです。

担当者からの回答までしばらくお待ちください。ケースの状況は、AWS サポートセンターでいつでも確認できます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※ このメールは受信できないアドレスから送信されています。このケースに返信するには、上記のリンクから AWS サポートセンターにアクセスしてください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""" % (C, C, C)
M("tanaka-console-1", "case_created", "ja", C, dt="2025-11-18 04:03:55", rcpt=RYO, frm=CONSOLE_FROM, to=RYO,
  subject="Amazon Web Services: 新しいサポートケースを作成しました: %s" % C,
  body=part(C1, cte="b64"), new=[C1], recv="nifty", sender=ses("2025-11-18 04:03:55"), v=AWSV, verified=True)

C2 = """こんにちは。

ケース %s「認定アカウントの統合について」に、AWS サポートからの新しい対応が追加されました。

内容を確認して返信するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※ このメールは受信できないアドレスから送信されています。

Amazon Web Services
""" % (C, C)
M("tanaka-console-2", "support_reply", "ja", C, dt="2025-11-19 01:20:10", rcpt=RYO, frm=CONSOLE_FROM, to=RYO,
  subject="[Case %s] 新しい対応が追加されました" % C, body=part(C2, cte="qp"), new=[C2], recv="nifty",
  sender=ses("2025-11-19 01:20:10"), v=AWSV, verified=True)

C3 = """田中 亮 様

AWS サポートの木村です。お問い合わせいただきありがとうございます。

ケース作成後にお知らせいただいた受験者 ID（ＡＷＳ０４８３０６１５）を含め、お客様の認定アカウントを確認いたしました。
統合を実施する前に、以下の内容でお間違いがないかご確認をお願いいたします。

存続するアカウント：AWS02219478（ryo-tanaka@nifty.com）
統合されるアカウント：aws-04830615（r.tanaka@tokai-denki.co.jp）

統合が実施されると、aws-04830615 のアカウントは無効化され、認定資格と受験履歴は AWS02219478 に移されます。この操作は取り消すことができません。

上記の内容で問題がなければ、AWS サポートセンターからこのケースに返信し、統合に同意する旨をお知らせください（このメールへの返信は受け付けておりません）。
""" + console_footer_ja(C)
C3 = cf(C3, "木村")
M("tanaka-console-3", "merge_confirmation_requested", "ja", C, dt="2025-11-19 01:20:12", rcpt=RYO, frm=CONSOLE_FROM, to=RYO,
  subject="RE:[CASE %s] 認定アカウントの統合について" % C, body=jis(C3), new=[C3], recv="nifty",
  sender=ses("2025-11-19 01:20:12"), v=AWSV, verified=True)

C4 = cf("""田中 亮 様

ご返信いただきありがとうございます。
ご確認いただいたとおり、AWS04830615 を AWS02219478 に統合いたしました。今後は AWS02219478 のみをご利用ください。

ご依頼の件は対応が完了しましたので、本ケースはクローズさせていただきます。
その他ご不明な点がございましたら、本ケースを再オープンしていただくか、新しいケースを作成してください。
""" + console_footer_ja(C), "木村")
M("tanaka-console-4", "merge_completed", "ja", C, dt="2025-11-21 07:34:40", rcpt=RYO, frm=CONSOLE_FROM, to=RYO,
  subject="RE:[CASE %s] 認定アカウントの統合について" % C, body=part(C4, cte="b64"), new=[C4], recv="nifty",
  sender=ses("2025-11-21 07:34:40"), v=AWSV, verified=True)

C5_plain = """Hi Ryo,

As part of an update to your AWS Certification profile, the following badges from Amazon Web Services Training and Certification have been transferred to this Credly account:

- AWS Certified SysOps Administrator - Associate
- AWS Certified Cloud Practitioner

Accept your badges to display them on your profile and share them:
https://www.credly.com/earner/earned?source=email

If you believe you received this email in error, contact https://support.credly.com.

Credly, Inc. | 2 Pennsylvania Plaza, 2nd Floor, New York, NY 10121
"""
C5_html = credly_html("Hi Ryo,", "As part of an update to your AWS Certification profile, the following badges from Amazon Web Services Training and Certification have been transferred to this Credly account:",
                      ["AWS Certified SysOps Administrator – Associate", "AWS Certified Cloud Practitioner"],
                      "Accept your badges", "Accept your badges to display them on your profile and share them.")
M("tanaka-credly", "credly_badge_issued", "en", None, dt="2025-11-22 13:05:00", rcpt=RYO, frm=CREDLY_FROM, to=RYO,
  subject="Your badges have been moved to your Credly account",
  body=alt(part(C5_plain, cte="qp"), part(C5_html, "html", cte="qp")), new=[C5_plain, C5_html], recv="nifty",
  sender=credly_sender(), v=CREDLY_V, verified=True, msgid=credly_msgid(T("2025-11-22 13:05:00")))

bl = plain_sender("mail-out%02d.backlog.jp" % rnd.randint(1, 9), "52.68.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250)),
                  "bounce@backlog.jp", [("backlog.jp", "bl2023")])
C6 = """田中 亮 さん

佐々木 大輔 さんがプルリクエストをマージしました。

[TKD_CORE-1284] アカウント統合処理のリファクタリング
リポジトリ: tokai-core / member-service
ブランチ: feature/merge-accounts → develop

コメント:
レビューありがとうございました。重複アカウントの統合バッチはこのまま develop にマージします。
本番反映は 11/27 のリリースで行います。

https://tokai-denki.backlog.jp/git/TKD_CORE/member-service/pullRequests/212

--
このメールは Backlog から送信されています。
通知設定の変更: https://tokai-denki.backlog.jp/EditNotificationSetting.action
"""
M("backlog-pr-212", "unrelated", "ja", None, dt="2025-11-20 08:15:33", rcpt=RYO,
  frm=addr("Backlog", "no-reply@backlog.jp"), to=RYO,
  subject="[TKD_CORE-1284] プルリクエストがマージされました: アカウント統合処理のリファクタリング",
  body=part(C6, cs="iso-2022-jp", cte="7bit"), new=[C6], recv="nifty", sender=bl,
  v=V(hfrom="backlog.jp", p="NONE"), verified=False, msgid="<%s.%d@backlog.jp>" % (rhex(16), rnd.randint(1000, 9999)),
  date_hdr=fmt_tz(T("2025-11-20 08:15:33"), JST))

# ============================================================ Thread D: Priya Raman (O365, form desk, en)

D1_new = """Hi Priya,

Thanks for contacting AWS Training and Certification. We've received your message and created case %s.

What happens next
- An agent will reply to this email address, typically within one business day.
- If you need to write to us again, just reply to this message and keep the case number in the subject, rather than opening a new request.

Your request
Topic: Certification > Account Merge
Candidate ID: AWS01093358
Message: "I appear to have two certification profiles (one from a 2019 exam under my maiden name). Please combine them into AWS01093358."

AWS Training and Certification
""" % D + TC_FOOTER_EN
D1_html = html_of(D1_new).replace("<p>What happens next", "<h3 style=\"margin:16px 0 4px\">What happens next</h3><p>").replace("<p>Your request", "<h3 style=\"margin:16px 0 4px\">Your request</h3><p>")
M("raman-form-1", "case_created", "en", D, dt="2026-01-13 14:22:15", rcpt=PRI, frm=FORM_FROM, to=PRI,
  subject="We received your request [CASE %s]" % D,
  body=alt(part(D1_new, cte="qp"), part(D1_html, "html", cte="qp")), new=[D1_new], recv="o365",
  sender=ses("2026-01-13 14:22:15"), v=AWSV, verified=True)

D2_plain = """Dear Priya,

Thank you for your patience while we reviewed your profiles. We found the following two AWS Certification accounts:

- AWS01093358 (priya.raman@halvorsen-eng.com) - this account will be retained
- AWS03760412 (priya.iyer.2019@yahoo.com) - this account will be merged into the one above and then deactivated

Before we submit the merge, we need your written confirmation, as the process is irreversible: once AWS03760412 is merged, it cannot be restored or separated again.

Please reply "I confirm" (or tell us what needs to change) and we will take it from there.

Sincerely,
Mateo G.
AWS Training and Certification Customer Support
"""
D2_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Priya,</p>
<p>Thank you for your patience while we reviewed your profiles. We found the following two AWS Certification accounts:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>Candidate ID</th><th>Sign-in email</th><th>After the merge</th></tr>
<tr><td>AWS01093358</td><td>priya.raman@halvorsen-eng.com</td><td>Retained</td></tr>
<tr><td>AWS03760412</td><td>priya.iyer.2019@yahoo.com</td><td>Merged into AWS01093358, then deactivated</td></tr>
</table>
<p>Before we submit the merge, we need your <b>written confirmation</b>, as the process is irreversible: once AWS03760412 is merged, it cannot be restored or separated again.</p>
<p>Please reply &quot;I confirm&quot; (or tell us what needs to change) and we will take it from there. There is no need to open a new case.</p>
<p>Sincerely,<br>Mateo G.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:8pt;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>
"""
M("raman-form-2", "merge_confirmation_requested", "en", D, dt="2026-01-14 16:47:33", rcpt=PRI, frm=FORM_FROM, to=PRI,
  subject=FORM_SUBJ % D, body=alt(part(D2_plain, cte="7bit"), part(D2_html, "html", cte="qp")),
  new=[D2_plain, D2_html], recv="o365", sender=ses("2026-01-14 16:47:33"), v=AWSV, verified=True)

D3_new = """Dear Priya,

I'm following up on my previous message on this case about your certification accounts, as we have not received a reply yet.

Do you still need our help with this request? If so, simply reply to this email and we'll continue from where we left off. If we don't hear from you within 5 business days, the case will be closed automatically; you can reopen it at any time by replying.

Sincerely,
Mateo G.
AWS Training and Certification Customer Support
"""
D3 = D3_new + "\n-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Wednesday, January 14, 2026 4:47 PM\nTo: %s\nSubject: %s\n\n" % (FORM, PRI, FORM_SUBJ % D) + D2_plain + TC_FOOTER_EN
M("raman-form-3", "support_reply", "en", D, dt="2026-01-19 17:02:10", rcpt=PRI, frm=FORM_FROM, to=PRI,
  subject=FORM_SUBJ % D, body=part(D3, cte="qp"), new=[D3_new], recv="o365", sender=ses("2026-01-19 17:02:10"),
  v=AWSV, verified=True)

D_user = """Hi Mateo, sorry for the delay - I was travelling last week. I confirm: please keep AWS01093358 and merge AWS03760412 into it.

Thanks,
Priya Raman
Senior Data Engineer | Halvorsen Engineering
"""
D4_new = """Dear Priya,

As you confirmed in your reply, AWS01093358 will remain your active profile. I have raised the request with our internal team and the consolidation is now in progress.

Once the merge is complete, we will send you a confirmation on this case, and your Credly badges will be moved to the email address on the retained profile. No action is needed from you in the meantime.

Sincerely,
Mateo G.
AWS Training and Certification Customer Support
"""
D4 = D4_new + ol_block("Priya Raman <%s>" % PRI, "Monday, January 19, 2026 6:40 PM", "Amazon Web Services <%s>" % FORM,
                        "RE: " + FORM_SUBJ % D, D_user) + TC_FOOTER_EN
M("raman-form-4", "support_reply", "en", D, dt="2026-01-20 15:31:44", rcpt=PRI, frm=FORM_FROM, to=PRI,
  subject=FORM_SUBJ % D, body=part(D4, cs="utf-8", cte="b64"), new=[D4_new], recv="o365",
  sender=ses("2026-01-20 15:31:44"), v=AWSV, verified=True)

D5_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Priya,</p>
<p>Both of your candidate profiles have now been combined. <b>AWS01093358</b> holds your complete certification history, including the 2019 AWS Certified Cloud Practitioner result that was previously on AWS03760412. That second profile has been retired and can no longer be used to sign in.</p>
<p>Please sign in with priya.raman@halvorsen-eng.com from now on. Any exam benefits you had earned are shown on the Benefits page of the retained profile.</p>
<p>How would you rate my response?<br>
<a href="https://aws.amazon.com/training/support/feedback/?caseId=%s&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733; Excellent</a><br>
<a href="https://aws.amazon.com/training/support/feedback/?caseId=%s&amp;r=3">&#9733;&#9733;&#9733; Okay</a><br>
<a href="https://aws.amazon.com/training/support/feedback/?caseId=%s&amp;r=1">&#9733; Poor</a></p>
<p>Sincerely,<br>Mateo G.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:8pt;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>
""" % (D, D, D)
M("raman-form-5", "merge_completed", "en", D, dt="2026-01-22 10:09:27", rcpt=PRI, frm=FORM_FROM, to=PRI,
  subject=FORM_SUBJ % D, body=part(D5_html, "html", cte="qp"), new=[D5_html], recv="o365",
  sender=ses("2026-01-22 10:09:27"), v=AWSV, verified=True)

D6_plain = """How did we do?

Hi Priya,

Your recent case with AWS Training and Certification (%s) was closed. We'd like to hear about your experience.

On a scale of 1 to 5, how satisfied are you with the support you received?
https://survey.training.aws/r/%s

This survey takes about two minutes. Thank you for helping us improve.

AWS Training and Certification
""" % (D, D)
D6_html = html_of(D6_plain).replace("<p>How did we do?</p>", '<h2 style="color:#232f3e">How did we do?</h2>')
M("raman-form-6", "survey", "en", D, dt="2026-01-22 10:10:02", rcpt=PRI,
  frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=PRI,
  subject="How did we do? Tell us about case %s" % D,
  body=alt(part(D6_plain, cte="qp"), part(D6_html, "html", cte="qp")), new=[D6_plain], recv="o365",
  sender=ses("2026-01-22 10:10:02"), v=AWSV, verified=True)

# phishing: From amazon.com, top AR fails, a forged "pass" AR sits lower down
phm = plain_sender("smtp.aws-tc-benefits.com", "91.215.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250)),
                   "mailer@aws-tc-benefits.com", [])
forged = ("Authentication-Results: mx.aws-tc-benefits.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n"
          "\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com")
P3_html = """<html><body style="font-family:Arial,sans-serif">
<p><img src="https://aws-tc-benefits.com/img/aws-logo.png" alt="aws" width="80"></p>
<p>Hello,</p>
<p>Your AWS Certification accounts have been successfully merged. All certifications are now available under a single profile.</p>
<p>As a thank-you for keeping your records up to date, a <b>50% exam voucher</b> has been added to your profile. To activate it, sign in within <b>72 hours</b>:</p>
<p><a href="http://aws-tc-benefits.com/login?ref=merge" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Activate voucher</a></p>
<p>Vouchers that are not activated in time are forfeited.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
M("raman-aws-notice", "merge_completed", "en", None, dt="2026-01-21 07:48:13", rcpt=PRI,
  frm=addr("AWS Training and Certification", "no-reply-aws@amazon.com"), to=PRI,
  subject="Your AWS Certification accounts have been merged - claim your 50% exam voucher",
  body=part(P3_html, "html", cte="qp"), new=[P3_html], recv="o365", sender=phm,
  v=V(spf="fail", dkim=("none",), dmarc="fail", hfrom="amazon.com"), verified=False, dkim=False,
  forged_below=forged, msgid="<%s@aws-tc-benefits.com>" % rhex(18))

# colleague forwards his own completion mail (no Authentication-Results at all)
X_fwd = """Hello Tom,

The merge of AWS02877145 into AWS05302698 has been completed. All certifications from AWS02877145 are now listed on AWS05302698, and AWS02877145 has been deactivated.

Please rate this response: https://aws.amazon.com/training/support/feedback/?caseId=%s

Kind regards,
Sipho N.
AWS Training and Certification Customer Support
""" % X
X_new = """Hi Priya,

Here's what AWS sent me when they sorted out my duplicate cert accounts before Christmas. It took them about two days after I replied to confirm, so you probably won't wait long.

Tom

Tom Whitaker
Cloud Platform Lead | Halvorsen Engineering
"""
X_body = X_new + ol_block("Amazon Web Services <%s>" % FORM, "Wednesday, December 17, 2025 11:20 AM",
                          "Tom Whitaker <tom.whitaker@halvorsen-eng.com>", FORM_SUBJ % X, X_fwd)
M("whitaker-fwd", "unrelated", "en", X, dt="2026-01-12 09:31:08", rcpt=PRI,
  frm=addr("Tom Whitaker", "tom.whitaker@halvorsen-eng.com"), to=addr("Priya Raman", PRI),
  subject="FW: " + FORM_SUBJ % X, body=part(X_body, cs="us-ascii", cte="7bit"), new=[X_new], recv="internal",
  sender=plain_sender("x", "0.0.0.0", "tom.whitaker@halvorsen-eng.com", []), verified=None, dkim=False,
  msgid="<AS8PR04MB%d%s@AS8PR04MB%d.eurprd04.prod.outlook.com>" % (rnd.randint(1000, 9999), rhex(12).upper(), rnd.randint(1000, 9999)),
  date_hdr="Mon, 12 Jan 2026 09:31:08 +0000",
  extra=["Thread-Topic: " + FORM_SUBJ % X, "Thread-Index: " + rb64(22), "Accept-Language: en-GB, en-US",
         "Content-Language: en-GB", "X-MS-Exchange-Organization-SCL: -1"])

# ============================================================ Thread E: 山本 健太 (Yahoo! JAPAN, form desk, ja)

E1 = """山本 健太 様

このたびは AWS トレーニングと認定にご連絡いただき、ありがとうございます。
以下の内容でご依頼を承りました。

ケース ID：%s
カテゴリ：認定 ＞ アカウントの統合
受験者 ID：AWS05187726

内容を確認のうえ、担当者より原則 24 時間以内にご連絡いたします。
ご返信をお待ちいただく間に、同じ内容で新しいお問い合わせを送信されないようお願いいたします。

※本メールは自動で送信されています。
AWS トレーニングと認定
""" % E + TC_FOOTER_JA
M("yamamoto-form-1", "case_created", "ja", E, dt="2025-07-07 23:48:19", rcpt=KEN, frm=FORM_FROM, to=KEN,
  subject="【AWS トレーニングと認定】ご依頼を承りました（ケース ID：%s）" % E, subj_cs="iso-2022-jp",
  body=part(E1, cs="shift_jis", cte="b64"), new=[E1], recv="yahoo", sender=ses("2025-07-07 23:48:19"), v=AWSV, verified=True)

E2_new = """山本 健太 様

AWS トレーニングと認定 カスタマーサポートの中村です。
ご依頼いただいたアカウントの統合について、お客様の情報で次の 3 つのアカウントが見つかりました。

【残すアカウント】
AWS05187726（k_yamamoto_0722@yahoo.co.jp）

【統合するアカウント】
AWS02641190（kenta.yamamoto@nishiki-soft.co.jp）
AWS00937415（yamamoto.kenta.dev@gmail.com）

統合後は、上記 2 つのアカウントの認定資格と受験履歴が AWS05187726 にまとめられ、2 つのアカウントは閉鎖されます。
統合後に元の状態へ戻すことはできません。

この内容で統合を進めてよろしいか、本メールにご返信いただき、ご確認をお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート
"""
E2 = E2_new + """
---- お問い合わせ内容 ----
受験者 ID：AWS05187726
内容：受験者IDが複数あるようです。AWS05187726 にまとめてください。
""" + TC_FOOTER_JA
M("yamamoto-form-2", "merge_confirmation_requested", "ja", E, dt="2025-07-09 04:10:37", rcpt=KEN, frm=FORM_FROM, to=KEN,
  subject=FORM_SUBJ % E, body=part(E2, cte="qp"), new=[E2_new], recv="yahoo", sender=ses("2025-07-09 04:10:37"),
  v=AWSV, verified=True)

E3_new = """山本 健太 様

ご確認いただき、ありがとうございます。
それでは、これより統合の手続きを進めてまいります。
統合が完了次第ご連絡しますので、今しばらくお待ちください。

中村
AWS トレーニングと認定 カスタマーサポート
"""
E3 = E3_new + gq("2025年7月9日(水) 21:03 山本 健太 <%s>:" % KEN,
                  "中村様\n\n内容を確認しました。問題ありませんので、統合をお願いします。\n\n山本\n"
                  + gq("2025年7月9日(水) 13:10 Amazon Web Services <%s>:" % FORM, E2_new)) + TC_FOOTER_JA
M("yamamoto-form-3", "support_reply", "ja", E, dt="2025-07-10 01:22:05", rcpt=KEN, frm=FORM_FROM, to=KEN,
  subject=FORM_SUBJ % E, body=jis(E3), new=[E3_new], recv="yahoo", sender=ses("2025-07-10 01:22:05"), v=AWSV, verified=True)

E4 = """山本 健太 様

お待たせいたしました。
ご依頼いただいた 3 件のアカウントの統合が完了しました。

① AWS02641190 → AWS05187726
② AWS00937415 → AWS05187726

①②のアカウントは閉鎖され、認定資格と受験履歴は AWS05187726 に移行されています。
Credly バッジの移行には数日かかる場合がございます。

中村
AWS トレーニングと認定 カスタマーサポート
""" + TC_FOOTER_JA
# label says Shift_JIS but the bytes are cp932 (circled digits are not in Shift_JIS)
M("yamamoto-form-4", "merge_completed", "ja", E, dt="2025-07-11 08:55:41", rcpt=KEN, frm=FORM_FROM, to=KEN,
  subject="Re: [CASE %s] アカウント統合のご依頼について（AWS トレーニングと認定 カスタマーサポート）" % E, subj_cs="iso-2022-jp",
  body=part(E4, cs="Shift_JIS", cte="b64", encode_as="cp932"), new=[E4], recv="yahoo",
  sender=ses("2025-07-11 08:55:41"), v=AWSV, verified=True)

E5 = """山本 健太 様

AWS トレーニングと認定をご利用いただきありがとうございます。
ケース %s はクローズされました。

お問い合わせいただいた問題は解決しましたか？
  はい：https://survey.training.aws/ja/r/%s?q1=yes
  いいえ：https://survey.training.aws/ja/r/%s?q1=no

今後のサービス向上のため、担当者の対応についてのご評価をお願いいたします。

※本メールは送信専用です。
AWS トレーニングと認定
""" % (E, E, E)
M("yamamoto-form-5", "survey", "ja", E, dt="2025-07-11 08:56:10", rcpt=KEN, frm=FORM_FROM, to=KEN,
  subject="ケースがクローズされました：%s" % E, subj_cs="iso-2022-jp", body=jis(E5), new=[E5], recv="yahoo",
  sender=ses("2025-07-11 08:56:10"), v=AWSV, verified=True)

E6_plain = """Hi Kenta,

Amazon Web Services Training and Certification issued you a badge on July 12, 2025, and it is still waiting for you.

AWS Certified Cloud Practitioner

Accept your badge to add it to your profile and let employers verify your skills:
https://www.credly.com/badges/0d7c2e94-61ab-4f8e-93c5-b2a7e4f10c68?source=email_reminder

This is reminder 3 of 3.

Credly, Inc. | 2 Pennsylvania Plaza, 2nd Floor, New York, NY 10121
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
E6_html = credly_html("Hi Kenta,", "Amazon Web Services Training and Certification issued you a badge on July 12, 2025, and it is still waiting for you.",
                      ["AWS Certified Cloud Practitioner"], "Accept badge",
                      "Accept your badge to add it to your profile and let employers verify your skills. This is reminder 3 of 3.")
M("yamamoto-credly", "credly_badge_issued", "en", None, dt="2025-12-03 15:20:41", rcpt=KEN, frm=CREDLY_FROM, to=KEN,
  subject="Reminder: your AWS Certified Cloud Practitioner badge is waiting for you",
  body=alt(part(E6_plain, cte="qp"), part(E6_html, "html", cte="qp")), new=[E6_plain, E6_html], recv="yahoo",
  sender=credly_sender(), v=CREDLY_V, verified=True, msgid=credly_msgid(T("2025-12-03 15:20:41")))

phb = plain_sender("mta.aws-billing-support.jp", "45.77.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250)),
                   "support@aws-billing-support.jp", [("aws-billing-support.jp", "mail")])
P4 = """AWS をご利用のお客様

お客様のアカウントで、お支払い方法の確認が取れない状態が続いております。
2025年8月22日までにお支払い情報を更新いただけない場合、AWS アカウントおよび関連するサービス（認定アカウントを含む）が停止されます。

▼ お支払い情報を更新する
https://aws-billing-support.jp/account/payment/update

ご不便をおかけしますが、よろしくお願いいたします。
Amazon Web Services 請求サポート
"""
M("yamamoto-aws-notice", "unrelated", "ja", None, dt="2025-08-19 02:14:55", rcpt=KEN,
  frm=addr("Amazon Web Services", "support@aws-billing-support.jp"), to=KEN,
  subject="【重要】お支払い方法の確認が必要です（アカウント停止のお知らせ）", subj_cs="iso-2022-jp",
  body=part(P4, cs="shift_jis", cte="b64"), new=[P4], recv="yahoo", sender=phb,
  v=V(hfrom="aws-billing-support.jp", dmarc="none", p="NONE"), verified=False, msgid="<%s@aws-billing-support.jp>" % rhex(20))

# ============================================================ Thread F: Marco Bellini (Gmail, AWS console, en)

F1 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge duplicate certification accounts
Severity: General guidance
Correspondence: I have two AWS Certification accounts, AWS03902281 (marco.bellini.dev@gmail.com) and AWS00786543 (my old university email). Please merge them and keep AWS03902281.

We will respond to your case as soon as possible. You can view your case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (F, F, F)
M("bellini-console-1", "case_created", "en", F, dt="2025-10-06 18:20:49", rcpt=MAR, frm=CONSOLE_FROM, to=MAR,
  subject="Amazon Web Services: You have opened a new Support case: %s" % F,
  body=part(F1, cte="qp"), new=[F1], recv="gmail", sender=ses("2025-10-06 18:20:49"), v=AWSV, verified=True)

F2 = cf("""Hello Marco,

Thank you for reaching out. I noticed that you also submitted this request through the AWS Training and Certification contact form (case %s). To avoid two teams working on the same request, I have merged that case into this one, and all further communication will happen here. You don't need to do anything with case %s.

Regarding your certification accounts: I can see both AWS03902281 and AWS00786543. Your case says you'd like to keep AWS03902281, but our records show that your active certifications and your exam benefits are on AWS00786543. Could you let me know which of the two you want to keep as your primary account? Either option is possible, but the sign-in email of the account you keep is the one you will use from then on.
""" % (FM, FM) + console_footer_en(F), "Alessandra P.")
M("bellini-console-2", "support_reply", "en", F, dt="2025-10-07 12:14:30", rcpt=MAR, frm=CONSOLE_FROM, to=MAR,
  subject="RE:[CASE %s] Merge duplicate certification accounts" % F, body=part(F2, cte="qp"), new=[F2], recv="gmail",
  sender=ses("2025-10-07 12:14:30"), v=AWSV, verified=True)

F3 = """Hello,

Case %s has been closed.

Resolution: This request was merged with case %s, where our team will continue to assist you. Please follow that case for any further updates.

Was your issue resolved?
Yes: https://survey.training.aws/r/%s?q1=yes
No: https://survey.training.aws/r/%s?q1=no

We'd appreciate it if you also rated the agent who handled your request. Your feedback helps us improve.

AWS Training and Certification
""" % (FM, F, FM, FM) + TC_FOOTER_EN
M("bellini-form-1", "survey", "en", FM, dt="2025-10-07 12:16:02", rcpt=MAR, frm=FORM_FROM, to=MAR,
  subject="Your case %s has been closed" % FM, body=part(F3, cte="qp"), new=[F3], recv="gmail",
  sender=ses("2025-10-07 12:16:02"), v=AWSV, verified=True)

F4 = cf("""Hello Marco,

Thanks for clarifying. Before we proceed, please review and confirm the following:

  Surviving account:  AWS-03902281 (marco.bellini.dev@gmail.com)
  Account to merge:   aws 00786543 (m.bellini@studenti.unipd.it)

All certifications, exam history and benefits on aws 00786543 will move to AWS-03902281. This cannot be undone.

Reply to this case from the Support Center with "Confirmed" and we will get the merge started.
""" + console_footer_en(F), "Alessandra P.")
M("bellini-console-3", "merge_confirmation_requested", "en", F, dt="2025-10-08 09:40:18", rcpt=MAR, frm=CONSOLE_FROM, to=MAR,
  subject="RE:[CASE %s] Merge duplicate certification accounts" % F, body=part(F4, cte="b64"), new=[F4], recv="gmail",
  sender=ses("2025-10-08 09:40:18"), v=AWSV, verified=True)

F5 = cf("""Hello Marco,

Thank you for confirming. I've handed the request over to the certification team: we will merge AWS00786543 into AWS03902281 within the next 3-5 business days, and I'll update this case as soon as it's done.

In the meantime, please don't schedule new exams on either account.
""" + console_footer_en(F), "Alessandra P.")
M("bellini-console-4", "support_reply", "en", F, dt="2025-10-09 10:02:55", rcpt=MAR, frm=CONSOLE_FROM, to=MAR,
  subject="RE:[CASE %s] Merge duplicate certification accounts" % F, body=part(F5, cte="qp"), new=[F5], recv="gmail",
  sender=ses("2025-10-09 10:02:55"), v=AWSV, verified=True)

F6 = cf("""Hello Marco,

The merge is finished: AWS00786543 has been folded into AWS03902281, which now shows all six of your certifications.

Since this completes your request, I'm going to resolve this case. If anything is missing, you can reopen it from the Support Center within 14 days.
""" + console_footer_en(F), "Alessandra P.")
M("bellini-console-5", "merge_completed", "en", F, dt="2025-10-13 16:27:31", rcpt=MAR, frm=CONSOLE_FROM, to=MAR,
  subject="RE:[CASE %s] Merge duplicate certification accounts" % F, body=part(F6, cte="b64"), new=[F6], recv="gmail",
  sender=ses("2025-10-13 16:27:31"), v=AWSV, verified=True)

F7 = cf("""Hello Marco,

Thanks for reopening the case. You're right: your Credly badges were still attached to the Credly profile of your old university email. I have asked our Credly team to move them to marco.bellini.dev@gmail.com. Once the transfer is done, Credly will email you and you'll be able to accept the badges there.

There's no need to create a new Credly account or to use Credly's own account merge tool for this; if you have already started a Credly merge, you can simply ignore the verification code.
""" + console_footer_en(F), "Alessandra P.")
M("bellini-console-6", "support_reply", "en", F, dt="2025-10-16 11:48:09", rcpt=MAR, frm=CONSOLE_FROM, to=MAR,
  subject="RE:[CASE %s] Merge duplicate certification accounts" % F, body=part(F7, cte="qp"), new=[F7], recv="gmail",
  sender=ses("2025-10-16 11:48:09"), v=AWSV, verified=True)

F8_plain = """Hi Marco,

Credly received a request to merge the account m.bellini@studenti.unipd.it into your account marco.bellini.dev@gmail.com.

Enter this code to verify that you own both accounts:

482913

The code expires in 30 minutes. After verification, select "Complete Account Merge" to finish.

If you did not request this, you can ignore this email; no changes will be made.

Credly Support
https://support.credly.com
"""
F8_html = html_of(F8_plain).replace("<p>482913</p>", '<p style="font-size:28px;letter-spacing:6px;font-weight:bold">482913</p>')
M("bellini-credly-1", "unrelated", "en", None, dt="2025-10-15 20:41:06", rcpt=MAR, frm=addr("Credly", "admin@credly.com"), to=MAR,
  subject="Your Credly account merge verification code",
  body=alt(part(F8_plain, cte="7bit"), part(F8_html, "html", cte="qp")), new=[F8_plain], recv="gmail",
  sender=credly_sender(), v=CREDLY_V, verified=True, msgid=credly_msgid(T("2025-10-15 20:41:06")))

F9_plain = """Hi Marco,

Amazon Web Services Training and Certification has transferred the following badges to your account following an update to your AWS Certification profile:

- AWS Certified Solutions Architect - Professional
- AWS Certified DevOps Engineer - Professional
- AWS Certified Developer - Associate
- AWS Certified Solutions Architect - Associate
- AWS Certified Security - Specialty
- AWS Certified Cloud Practitioner

Accept your badges:
https://www.credly.com/earner/earned?source=email

Credly, Inc. | 2 Pennsylvania Plaza, 2nd Floor, New York, NY 10121
"""
F9_html = credly_html("Hi Marco,", "Amazon Web Services Training and Certification has transferred the following badges to your account following an update to your AWS Certification profile:",
                      ["AWS Certified Solutions Architect – Professional", "AWS Certified DevOps Engineer – Professional",
                       "AWS Certified Developer – Associate", "AWS Certified Solutions Architect – Associate",
                       "AWS Certified Security – Specialty", "AWS Certified Cloud Practitioner"],
                      "Accept your badges", "Accepted badges appear on your public profile.")
M("bellini-credly-2", "credly_badge_issued", "en", None, dt="2025-10-17 20:15:00", rcpt=MAR, frm=CREDLY_FROM, to=MAR,
  subject="Your AWS badges are ready to accept",
  body=alt(part(F9_plain, cte="qp"), part(F9_html, "html", cte="qp")), new=[F9_plain, F9_html], recv="gmail",
  sender=credly_sender(), v=CREDLY_V, verified=True, msgid=credly_msgid(T("2025-10-17 20:15:00")))

F10_plain = """Hi Marco,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, expires on April 11, 2026 (in 60 days).

To keep your badge active, complete the recertification requirements before it expires:
https://aws.amazon.com/certification/recertification/

View your badge:
https://www.credly.com/badges/3a91c0d2-7e45-4b6f-8c2d-95f1e0b7a436?source=email_expiration

Credly, Inc. | 2 Pennsylvania Plaza, 2nd Floor, New York, NY 10121
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
F10_html = credly_html("Hi Marco,", "Your badge AWS Certified Developer – Associate, issued by Amazon Web Services Training and Certification, expires on April 11, 2026 (in 60 days).",
                       ["AWS Certified Developer – Associate"], "View badge",
                       "To keep your badge active, complete the recertification requirements before it expires.")
M("bellini-credly-3", "unrelated", "en", None, dt="2026-02-10 14:00:12", rcpt=MAR, frm=CREDLY_FROM, to=MAR,
  subject="Your AWS Certified Developer - Associate badge expires in 60 days",
  body=alt(part(F10_plain, cte="qp"), part(F10_html, "html", cte="qp")), new=[F10_plain], recv="gmail",
  sender=credly_sender(), v=CREDLY_V, verified=True, msgid=credly_msgid(T("2026-02-10 14:00:12")))

gh = plain_sender("out-%d.smtp.github.com" % rnd.randint(20, 28), "192.30.252.%d" % rnd.randint(190, 215),
                  "noreply@github.com", [("github.com", "pf2023")])
F11_plain = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/bellini-labs/certtrack/pull/482#event-20198452211
You are receiving this because you authored the thread.

Message ID: <bellini-labs/certtrack/pull/482/issue_event/20198452211@github.com>
"""
F11_html = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/bellini-labs/certtrack/pull/482">#482</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/bellini-labs/certtrack/pull/482#event-20198452211">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3KQ7">unsubscribe</a>.<br />You are receiving this because you authored the thread.</p>
"""
M("github-pr-482", "unrelated", "en", None, dt="2025-10-08 14:22:40", rcpt=MAR,
  frm=addr("Lena Hoffmann", "notifications@github.com"), to=addr("bellini-labs/certtrack", "certtrack@noreply.github.com"),
  cc=addr("Marco Bellini", MAR) + ", " + addr("Author", "author@noreply.github.com"),
  subject="Re: [bellini-labs/certtrack] Merge duplicate account records before sync (PR #482)",
  body=alt(part(F11_plain, cte="7bit"), part(F11_html, "html", cte="7bit")), new=[F11_plain], recv="gmail", sender=gh,
  v=V(hfrom="github.com", p="REJECT"), verified=False, reply_to=addr("bellini-labs/certtrack", "reply+AB3KQ7@reply.github.com"),
  msgid="<bellini-labs/certtrack/pull/482/issue_event/20198452211@github.com>",
  irt="<bellini-labs/certtrack/pull/482@github.com>", refs="<bellini-labs/certtrack/pull/482@github.com>",
  extra=["List-ID: bellini-labs/certtrack <certtrack.bellini-labs.github.com>",
         "X-GitHub-Reason: author", "X-GitHub-Sender: lhoffmann", "Precedence: list"])

F12 = cf("""Hello Marco,

Thank you for reopening this case and for your patience.

To consolidate billing for your three AWS accounts, you can create an organization in AWS Organizations from the account that should receive the bill (the management account) and invite the other two accounts (4821-0937-5512 and 2290-4418-7731) to join it. Once they accept the invitation, their charges will appear on the management account's invoice.

Please note that AWS accounts themselves cannot be merged into one another: each member account keeps its own resources, root user and IAM identities. If you later want to close one of the member accounts, you will first need to migrate or delete its resources.

Documentation:
https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html
""" + console_footer_en("11846203917"), "Rahul S.")
M("bellini-console-billing", "unrelated", "en", "11846203917", dt="2025-06-03 17:09:51", rcpt=MAR, frm=CONSOLE_FROM, to=MAR,
  subject="RE:[CASE 11846203917] Consolidate billing for our AWS accounts", body=part(F12, cte="qp"), new=[F12],
  recv="gmail", sender=ses("2025-06-03 17:09:51"), v=AWSV, verified=True)

cm = sendgrid_sender("certmetrics.com", bounce_sub="mail")
F13_html = """<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center"><tr><td>
<p><img src="https://www.certmetrics.com/amazon/images/aws_cert_logo.png" alt="AWS Certified" width="140"></p>
<p>Dear Marco Bellini,</p>
<p>AWS Certification wants to hear from you! You recently updated your AWS Certification profile, and we would like to know about your experience with the AWS Certification Account.</p>
<p>Candidate ID: AWS03902281</p>
<p>The survey takes about five minutes: <a href="https://www.certmetrics.com/amazon/survey/?cid=AWS03902281">Take the survey</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.</p>
</td></tr></table>
</body></html>
"""
M("bellini-certmetrics", "unrelated", "en", None, dt="2025-10-20 16:31:05", rcpt=MAR,
  frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=MAR,
  subject="AWS Certification wants to hear from you", body=part(F13_html, "html", cte="qp"), new=[F13_html],
  recv="gmail", sender=cm, v=V(hfrom="certmetrics.com", p="NONE"), verified=False,
  msgid="<%s@ismtpd0%d.sendgrid.net>" % (rb64(16).replace("/", "_").replace("+", "-"), rnd.randint(10, 99)))

F14 = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To verify your email address, enter the following code:

Verification code: 583021

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
M("bellini-builder-id", "unrelated", "en", None, dt="2025-10-06 18:10:17", rcpt=MAR, frm=addr("AWS", "no-reply@signin.aws"), to=MAR,
  subject="Verify your AWS Builder ID email address",
  body=alt(part(F14, cte="7bit"), part(html_of(F14), "html", cte="qp")), new=[F14], recv="gmail",
  sender=ses("2025-10-06 18:10:17", "signin.aws"), v=V(hfrom="signin.aws"), verified=True)

# ============================================================ Thread G: 鈴木 直子 (BIGLOBE, form desk, ja)

G1_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head>
<body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>鈴木 直子 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。<br>
ケース番号 <b>%s</b> にて承りました。</p>
<p>内容を確認し、担当者より折り返しご連絡いたします（通常 1 営業日以内）。</p>
<table border="0" cellpadding="4">
<tr><td>お問い合わせの種類</td><td>認定 / アカウントの統合</td></tr>
<tr><td>ご入力いただいた受験者 ID</td><td>AWS 04075519</td></tr>
</table>
<p>追加のご連絡は、件名を変えずに本メールへご返信ください。</p>
<p>AWS トレーニングと認定</p>
</body></html>
""" % G
M("suzuki-form-1", "case_created", "ja", G, dt="2026-03-02 00:31:20", rcpt=NAO, frm=FORM_FROM, to=NAO,
  subject="お問い合わせありがとうございます（ケース番号：%s）" % G, subj_cs="iso-2022-jp",
  body=part(G1_html, "html", cs="iso-2022-jp", cte="7bit"), new=[G1_html], recv="biglobe",
  sender=ses("2026-03-02 00:31:20"), v=AWSV, verified=True)

G2_new = """鈴木 直子 様

お問い合わせいただきありがとうございます。担当の Hana でございます。

統合の対象となるアカウントを確認いたしました。以下の内容でよろしいでしょうか。

・残すアカウント：AWS 04075519（naoko.suzuki@biglobe.ne.jp）
・統合元のアカウント：AWS 01418836（n-suzuki@hoshino-kogyo.co.jp）

統合元アカウントの認定資格、受験履歴、特典（試験の 50% 割引バウチャーを含む）は、残すアカウントに引き継がれます。
統合は取り消すことができないため、実施前にお客様のご確認が必要です。

お手数ですが、内容をご確認のうえ、本メールにご返信ください。

Hana K.
AWS トレーニングと認定 カスタマーサポート
"""
G2 = G2_new + "\n---- Original inquiry ----\nInquiry type: Certification\nDetail: Account Merge\nCandidate ID: AWS 04075519\nDescription: 旧姓で登録したアカウントがあります。統合をお願いします。\n" + TC_FOOTER_JA
M("suzuki-form-2", "merge_confirmation_requested", "ja", G, dt="2026-03-03 07:05:59", rcpt=NAO, frm=FORM_FROM, to=NAO,
  subject=FORM_SUBJ % G, body=part(G2, cte="qp"), new=[G2_new], recv="biglobe", sender=ses("2026-03-03 07:05:59"),
  v=AWSV, verified=True)

G3_new = """鈴木 直子 様

ご確認のご返信をいただき、ありがとうございます。
統合は明日（3月5日）に実施する予定です。実施後、結果を本ケースにてお知らせいたします。
なお、統合処理中は一時的にサインインできない場合がございます。

Hana K.
AWS トレーニングと認定 カスタマーサポート
"""
G3 = G3_new + """
-----Original Message-----
From: 鈴木 直子 <naoko.suzuki@biglobe.ne.jp>
Sent: 2026年3月3日 22:48
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hana 様

上記内容で問題ありません。よろしくお願いいたします。

鈴木
""" % G + TC_FOOTER_JA
M("suzuki-form-3", "support_reply", "ja", G, dt="2026-03-04 08:30:14", rcpt=NAO, frm=FORM_FROM, to=NAO,
  subject=FORM_SUBJ % G, body=jis(G3), new=[G3_new], recv="biglobe", sender=ses("2026-03-04 08:30:14"), v=AWSV, verified=True)

G4_new = """鈴木 直子 様

いつもお世話になっております。
旧アカウント（AWS 01418836）の認定資格および受験履歴は、すべて AWS 04075519 に反映されました。
旧アカウントにはサインインできなくなっておりますので、今後は naoko.suzuki@biglobe.ne.jp でサインインしてください。
50% 割引バウチャーも AWS 04075519 の特典ページに表示されております。

ご不明な点がございましたら、本メールにご返信ください。

Hana K.
AWS トレーニングと認定 カスタマーサポート
"""
G4 = G4_new + TC_FOOTER_JA
M("suzuki-form-4", "merge_completed", "ja", G, dt="2026-03-05 06:12:47", rcpt=NAO, frm=FORM_FROM, to=NAO,
  subject=FORM_SUBJ % G, body=alt(part(G4, cte="b64"), part(html_of(G4, "ja"), "html", cte="b64")), new=[G4_new],
  recv="biglobe", sender=ses("2026-03-05 06:12:47"), v=AWSV, verified=True)

G5 = """鈴木 直子 様

ケース %s のサポートをご利用いただき、ありがとうございました。本ケースは解決済みとなりました。

サポート品質向上のため、簡単なアンケートにご協力ください（所要時間：約 1 分）。
https://survey.training.aws/ja/r/%s

・問題は解決しましたか？
・担当者の対応はいかがでしたか？

AWS トレーニングと認定
※本メールは送信専用アドレスから送信しています。
""" % (G, G)
M("suzuki-form-6", "survey", "ja", G, dt="2026-03-05 06:13:30", rcpt=NAO, frm=FORM_FROM, to=NAO,
  subject="【AWS トレーニングと認定】サポートのご利用はいかがでしたか？（ケース %s）" % G, subj_cs="iso-2022-jp",
  body=part(G5, cte="qp"), new=[G5], recv="biglobe", sender=ses("2026-03-05 06:13:30"), v=AWSV, verified=True)

G6_new = """鈴木 直子 様

ご連絡ありがとうございます。
Credly のバッジが旧メールアドレスの Credly アカウントに残っている件につきまして、Credly の担当チームへ移行を依頼いたしました。
移行が完了次第、Credly から naoko.suzuki@biglobe.ne.jp 宛てにバッジ受け取りのご案内メールが届きます。
Credly 上でご自身でアカウントの統合を行っていただく必要はございません。

Hana K.
AWS トレーニングと認定 カスタマーサポート
"""
G6 = G6_new + gq("2026年3月8日(日) 10:15 鈴木 直子 <%s>:" % NAO,
                  "Hana 様\n\n統合のご連絡ありがとうございました。\nただ、Credly のバッジが新しいアカウントに表示されません。\n確認していただけますでしょうか。\n\n鈴木\n"
                  + gq("2026年3月5日(木) 15:12 Amazon Web Services <%s>:" % FORM, G4_new)) + TC_FOOTER_JA
M("suzuki-form-7", "support_reply", "ja", G, dt="2026-03-09 02:27:36", rcpt=NAO, frm=FORM_FROM, to=NAO,
  subject=FORM_SUBJ % G, body=part(G6, cte="qp"), new=[G6_new], recv="biglobe", sender=ses("2026-03-09 02:27:36"),
  v=AWSV, verified=True)

G7 = cf("""鈴木 様

AWS サポートの小林です。お問い合わせいただきありがとうございます。

複数の AWS アカウントを 1 つに統合したいとのご要望について回答いたします。
AWS アカウント同士を統合（マージ）する機能はございませんが、AWS Organizations をご利用いただくことで、複数のアカウントの請求を一括で管理（一括請求）できます。

1. 請求をまとめたいアカウントを管理アカウントとして、組織を作成します。
2. 他のアカウント（1234-5678-9012 および 2109-8765-4321）を組織に招待します。
3. 招待されたアカウントで招待を承認すると、翌月以降の請求が管理アカウントにまとめられます。

なお、各メンバーアカウントのリソースや IAM ユーザーは移動されません。

参考ドキュメント:
https://docs.aws.amazon.com/ja_jp/organizations/latest/userguide/orgs_manage_accounts_invites.html
""" + console_footer_ja(O), "小林")
M("suzuki-console-org", "unrelated", "ja", O, dt="2026-02-17 03:52:19", rcpt=NAO, frm=CONSOLE_FROM, to=NAO,
  subject="RE:[CASE %s] 複数の AWS アカウントの統合について" % O, body=part(G7, cte="b64"), new=[G7], recv="biglobe",
  sender=ses("2026-02-17 03:52:19"), v=AWSV, verified=True)

G8_html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS トレーニングと認定 ニュースレター</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<table width="600" align="center" style="background:#ffffff"><tr><td style="padding:24px">
<h1 style="font-size:20px;color:#232f3e">AWS トレーニングと認定 ニュースレター 2026 年 3 月号</h1>
<h2 style="font-size:16px">新しい認定試験のご案内</h2>
<p>AWS Certified Generative AI Developer – Professional のベータ試験の受付を開始しました。</p>
<h2 style="font-size:16px">認定特典をご活用ください</h2>
<p>認定取得者の方は、次回の試験で利用できる 50% 割引バウチャーを認定アカウントの特典ページから取得できます。</p>
<h2 style="font-size:16px">よくあるご質問</h2>
<p>Q. 認定アカウントを複数持っている場合は？<br>
A. 受験者 ID が複数ある場合は、トレーニングと認定のサポートにお問い合わせいただくとアカウントを 1 つにまとめることができます。</p>
<p style="font-size:11px;color:#687078">このメールは AWS トレーニングと認定のニュースレターの配信を希望された方にお送りしています。<br>
配信停止: <a href="https://pages.awscloud.com/communication-preferences.html">メール設定</a><br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</td></tr></table>
</body></html>
"""
M("suzuki-newsletter", "unrelated", "ja", None, dt="2026-02-25 01:00:07", rcpt=NAO,
  frm=addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), to=NAO,
  subject="【AWS 認定】2026 年 3 月のお知らせ：新しい試験と認定特典のご案内",
  body=part(G8_html, "html", cte="b64"), new=[G8_html], recv="biglobe", sender=ses("2026-02-25 01:00:07"), v=AWSV,
  verified=True, extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])

# ============================================================ Thread H: Olivia Chen (Fastmail, form desk, en)

H1_plain = """This message contains formatted content. Please view it in an HTML-capable email client.

AWS Training and Certification - Case %s
""" % H
H1_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Olivia,</p>
<p>Congratulations on your exam result, and thank you for waiting. Now that nothing is pending on either profile, here is the summary of the merge for your review:</p>
<ul>
<li><b>Profile that stays:</b> AWS03118804 &ndash; olivia.chen@fastmail.com</li>
<li><b>Profile that will be merged into it and closed:</b> AWS05640297 &ndash; o.chen@lumenworks.io</li>
</ul>
<p>Everything on AWS05640297, including the result of the exam you just passed, will be moved to AWS03118804. This step is final and cannot be reversed afterwards.</p>
<p>If this is correct, please reply with your confirmation and I'll submit it right away.</p>
<p>Best,<br>Sipho N.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>
"""
M("chen-form-1", "merge_confirmation_requested", "en", H, dt="2025-12-09 18:33:50", rcpt=OLI, frm=FORM_FROM, to=OLI,
  subject=FORM_SUBJ % H, body=alt(part(H1_plain, cte="7bit"), part(H1_html, "html", cte="qp")), new=[H1_plain, H1_html],
  recv="fastmail", sender=ses("2025-12-09 18:33:50"), v=AWSV, verified=True)

H2 = """Hi Olivia,

Congratulations on passing the exam \u2013 and thanks for your patience. Your two profiles are now one: everything that was on AWS05640297 (including the new Machine Learning Engineer \u2013 Associate result) has been moved over to AWS03118804, and AWS05640297 has been closed.

When your Credly badges show up under olivia.chen@fastmail.com, you\u2019ll receive an email from Credly to accept them; that can take up to 72 hours.

If you have a minute, we\u2019d really appreciate your rating of this interaction:
https://aws.amazon.com/training/support/feedback/?caseId=%s

Best,
Sipho N.
AWS Training and Certification Customer Support
""" % H + TC_FOOTER_EN
# label iso-8859-1, bytes are UTF-8
M("chen-form-2", "merge_completed", "en", H, dt="2025-12-11 10:05:29", rcpt=OLI, frm=FORM_FROM, to=OLI,
  subject=FORM_SUBJ % H, body=part(H2, cs="iso-8859-1", cte="qp", encode_as="utf-8"), new=[H2], recv="fastmail",
  sender=ses("2025-12-11 10:05:29"), v=AWSV, verified=True)

H3 = """Hi Olivia,

Your case %s has been closed.

If you still need help with your merge request, simply reply to this email within 14 days and the case will be reopened automatically. After that, please submit a new request through the contact form.

How would you rate your experience with AWS Training and Certification support?
Very satisfied: https://survey.training.aws/r/%s?s=5
Satisfied: https://survey.training.aws/r/%s?s=4
Neutral: https://survey.training.aws/r/%s?s=3
Dissatisfied: https://survey.training.aws/r/%s?s=2

Thank you,
AWS Training and Certification
""" % ((H,) * 5)
M("chen-form-3", "survey", "en", H, dt="2025-12-11 10:06:02", rcpt=OLI, frm=FORM_FROM, to=OLI,
  subject="Case %s closed - how would you rate your experience?" % H, body=part(H3, cs="us-ascii", cte="7bit"), new=[H3],
  recv="fastmail", sender=ses("2025-12-11 10:06:02"), v=AWSV, verified=True)

# fake Credly badge (look-alike domain, no DMARC record)
pcr = plain_sender("mail.credly-badges.net", "193.42.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250)),
                   "noreply@credly-badges.net", [("credly-badges.net", "k1")])
P5_html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://credly-badges.net/static/logo.png" width="96" alt="Credly"></p>
<p>Hi Olivia,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Machine Learning Engineer – Associate</b></p>
<p>Your badge will be held for 48 hours. Sign in with your Credly or Microsoft 365 account to claim it:</p>
<p><a href="https://credly-badges.net/claim?token=9f2a7c" style="background:#00488b;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | New York, NY</p>
</body></html>
"""
M("chen-credly-notice", "credly_badge_issued", "en", None, dt="2025-12-12 04:17:45", rcpt=OLI,
  frm=addr("Credly", "notifications@credly-badges.net"), to=OLI,
  subject="You've earned a new badge from Amazon Web Services", body=part(P5_html, "html", cte="qp"), new=[P5_html],
  recv="fastmail", sender=pcr, v=V(hfrom="credly-badges.net", dmarc="none", p="NONE"), verified=False,
  msgid="<%s@credly-badges.net>" % rhex(22))

sc = ses_sender("amazon.com", T("2025-11-20 16:44:02"))
H4 = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have merged the duplicate detail pages for ASIN B0C7KX2M4L and ASIN B0C7KX9Q1R into a single listing under ASIN B0C7KX2M4L. The merge is complete; it can take up to 48 hours for the change to be visible on the Amazon.com detail page and in your inventory.

Your offers and reviews from both pages are now combined. No further action is needed from you.

Was this response helpful? Please let us know by clicking one of the links below:
Yes: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6129470385&feedback=yes
No: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6129470385&feedback=no

Thank you for selling with Amazon,
Rhea D.
Amazon.com
https://sellercentral.amazon.com
"""
M("chen-seller-central", "unrelated", "en", "6129470385", dt="2025-11-20 16:44:02", rcpt=OLI,
  frm=addr("Amazon Selling Partner Support", "seller-answers@amazon.com"), to=OLI,
  subject="RE:[CASE 6129470385] Merge duplicate listings for SKU OC-CANDLE-12", body=part(H4, cte="qp"), new=[H4],
  recv="fastmail", sender=sc, v=AWSV, verified=True)

# ============================================================ Lukas Brandt (self-hosted, no Authentication-Results)

L_user = """Hi,

the second account is AWS04462083 (lukas.brandt@tu-dresden.de, from my student days).
Please keep AWS02750916. I have an exam booked next week, hope that is not a problem.

Lukas
"""
L1_new = """Hi Lukas,

Thanks for getting back to me with the details of both accounts.

I noticed that you have an exam scheduled on AWS04462083 for August 26. A merge can't be processed while an exam appointment or a score is pending on either account, so we'll merge once your result has been released, which normally happens within 5 business days after the exam. I'll keep this case open and contact you again at that point with the final details for your review.

Good luck with the exam!

Kind regards,
Mateo G.
AWS Training and Certification Customer Support
"""
L1 = L1_new + gq("Am Mo., 18. Aug. 2025 um 11:02 Uhr schrieb Lukas Brandt <%s>:" % LUK, L_user) + TC_FOOTER_EN
M("brandt-form-1", "support_reply", "en", L, dt="2025-08-19 13:26:58", rcpt=LUK, frm=FORM_FROM, to=LUK,
  subject=FORM_SUBJ % L, body=part(L1, cs="us-ascii", cte="qp", encode_as="utf-8"), new=[L1_new], recv="none",
  sender=ses("2025-08-19 13:26:58"), verified=None)

# ============================================================ Pearson VUE (ja), to 佐藤 美咲

pv = plain_sender("mail-os0jpn01on20%02d.outbound.protection.outlook.com" % rnd.randint(10, 99),
                  "40.107.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250)), "PearsonVUEConfirmation@pearson.com",
                  [("pearson.com", "selector1")])
PV = """佐藤 美咲 様

この度は、Pearson VUE にて試験のご予約をいただき、誠にありがとうございます。
以下の内容でご予約が確定しましたのでお知らせいたします。

試験プログラム：AWS Certification
試験名：SCS-C02: AWS Certified Security - Specialty（日本語）
受験者 ID：AWS03376021
登録 ID：5129-4470
日時：2025年10月24日（金）14:00
会場：Pearson Professional Centers - 東京 新宿
　　　東京都新宿区西新宿 1-26-2 新宿野村ビル 32 階

当日は、有効な身分証明書を 2 点お持ちのうえ、試験開始の 30 分前までにお越しください。
予約の変更・キャンセルは、試験日の 24 時間前までに認定アカウントから行ってください。

Pearson VUE カスタマーサービス
https://home.pearsonvue.com/aws
"""
M("sato-pearson-vue", "unrelated", "ja", None, dt="2025-10-01 05:18:44", rcpt=MIS,
  frm=addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), to=MIS,
  subject="Pearson VUE 試験予約確認 - AWS Certification", subj_cs="iso-2022-jp",
  body=part(PV, cs="iso-2022-jp", cte="7bit"), new=[PV], recv="outlook", sender=pv,
  v=V(hfrom="pearson.com", p="REJECT"), verified=False,
  msgid="<%s@%s.jpnprd01.prod.outlook.com>" % (rhex(32).upper(), "TYCP286MB%d" % rnd.randint(1000, 3999)),
  date_hdr=fmt_tz(T("2025-10-01 05:18:44"), JST))


if __name__ == "__main__":
    labels = write_all()
    from collections import Counter
    print(len(labels), Counter(l["kind"] for l in labels.values()), Counter(l["language"] for l in labels.values()))
