#!/usr/bin/env python3
"""Blind set 110: paraphrased English mails around AWS Certification account merges.

Builds NNN-slug.eml files plus labels.json in this folder.  The MIME part of each
mail is produced with the standard `email` package; the trace / address headers
are written raw in front of it so that their folding looks like real mail.
"""
import base64
import quopri
import json
import os
import random
import string
import textwrap
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email.header import Header
from email.utils import format_datetime, formataddr
import email.policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(110110)
POL = email.policy.default.clone(linesep="\n", max_line_length=78)

PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
UK = ZoneInfo("Europe/London")
JP = ZoneInfo("Asia/Tokyo")
AU = ZoneInfo("Australia/Melbourne")
PL = ZoneInfo("Europe/Warsaw")
IN = ZoneInfo("Asia/Kolkata")
UTC = timezone.utc


def utc(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(dt, suffix):
    return f"{int(dt.timestamp())}{suffix:05d}"


def hexr(n):
    return R.randbytes(n).hex()


def alnum(n, chars=string.ascii_lowercase + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()


def ded(s):
    return textwrap.dedent(s).lstrip("\n")


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line.strip() else prefix.rstrip())
    return "\n".join(out) + "\n"


def rfc(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))


def rfc_tzname(dt, tz):
    d = dt.astimezone(tz)
    return format_datetime(d) + f" ({d.tzname()})"


# --------------------------------------------------------------------------
# senders
# --------------------------------------------------------------------------
SEL_AMZ = alnum(32)
SEL_SES = "224i4yxa5dv7c2xz3womw6peuasteono"
SEL_AMZ2 = alnum(32)


class Env:
    """Envelope / transport facts for one sending."""

    def __init__(self, name, addr, mailfrom, helo, ip, dkim, msgid, extra=None,
                 from_domain=None):
        self.name, self.addr, self.mailfrom = name, addr, mailfrom
        self.helo, self.ip, self.dkim, self.msgid = helo, ip, dkim, msgid
        self.extra = extra or []
        self.from_domain = from_domain or addr.split("@")[1]


def ses(name, addr, dt):
    ms = int(dt.timestamp() * 1000)
    local = f"0100{ms:012x}-{hexr(4)}-{hexr(2)}-{hexr(2)}-{hexr(2)}-{hexr(6)}-000000"
    a, b = R.choice([(8, R.randint(2, 250)), (9, R.randint(2, 250)), (48, R.randint(2, 250)),
                     (12, R.randint(2, 250)), (251, R.randint(2, 250))])
    ip = f"54.240.{a}.{b}"
    helo = f"a{a}-{b}.smtp-out.amazonses.com"
    fb = f"Feedback-ID: ::1.us-east-1.{b64r(33)[:43]}=:AmazonSES"
    xses = f"X-SES-Outgoing: {dt.strftime('%Y.%m.%d')}-{ip}"
    sel = SEL_AMZ if addr.endswith("@amazon.com") else SEL_AMZ2
    return Env(name, addr, f"{local}@amazonses.com", helo, ip,
               [(addr.split("@")[1], sel), ("amazonses.com", SEL_SES)],
               f"<{local}@email.amazonses.com>", [fb, xses])


def aws_form(dt):
    return ses("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", dt)


def aws_console(dt):
    return ses("Amazon Web Services", "no-reply-aws@amazon.com", dt)


def credly(dt, rcpt, name="Amazon Web Services Training and Certification via Credly",
           addr="admin@credly.com"):
    ip = f"149.72.{R.randint(100, 250)}.{R.randint(2, 250)}"
    r = rcpt.replace("@", "=")
    dom = addr.split("@")[1]
    return Env(name, addr, f"bounces+2847713-{hexr(2)}-{r}@em5112.{dom}",
               f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.{dom}", ip,
               [(dom, "s1"), ("sendgrid.info", "smtpapi")],
               f"<{b64r(16).rstrip('=').replace('/', 'x').replace('+', 'Q')}@geopod-ismtpd-{R.randint(1, 40)}>",
               [f"X-SG-EID: {b64r(60)}", f"X-Entity-ID: {b64r(16)}"])


def plain_env(name, addr, dt, kind="gmail", dkim=None, msgid=None):
    dom = addr.split("@")[1]
    if kind == "gmail":
        ip = f"209.85.{R.randint(128, 223)}.{R.randint(10, 250)}"
        helo = f"mail-{R.choice(['sor', 'ed1', 'qt1', 'pj1'])}-f{R.randint(41, 99)}.google.com"
        dk = dkim or [(dom, "20230601")]
        mid = msgid or f"<CA{b64r(30).replace('/', 'x').replace('=', '')}@mail.gmail.com>"
    elif kind == "outlook":
        ip = f"2a01:111:f403:{R.randint(2000, 2999)}::{R.randint(700, 899)}"
        helo = f"{R.choice(['AM0', 'DU2', 'PA4'])}PR0{R.randint(1, 9)}CU{R.randint(100, 999)}.outbound.protection.outlook.com"
        dk = dkim or [(dom, "selector1")]
        mid = msgid or f"<{alnum(4, string.ascii_uppercase + string.digits)}PR0{R.randint(1, 9)}MB{R.randint(1000, 9999)}{alnum(6, string.ascii_uppercase + string.digits)}@{alnum(4, string.ascii_uppercase + string.digits)}PR0{R.randint(1, 9)}MB{R.randint(1000, 9999)}.eurprd0{R.randint(1, 9)}.prod.outlook.com>"
    else:
        ip = f"{R.randint(60, 200)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}"
        helo = f"smtp{R.randint(1, 9)}.{dom}"
        dk = dkim if dkim is not None else [(dom, "default")]
        mid = msgid or f"<{hexr(8)}.{hexr(4)}@{helo}>"
    return Env(name, addr, addr, helo, ip, dk, mid)


# --------------------------------------------------------------------------
# header blocks
# --------------------------------------------------------------------------
def dkim_sig(domain, sel, dt, heads="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    b = b64r(172)
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={sel}; d={domain}; t={int(dt.timestamp())};\n"
            f"\th={heads};\n"
            f"\tbh={b64r(32)};\n"
            "\tb=" + "\n\t  ".join(lines))


DMARC_POLICY = {"amazon.com": "QUARANTINE", "credly.com": "QUARANTINE", "github.com": "REJECT",
                "gmail.com": "NONE", "biglobe.ne.jp": "NONE", "certmetrics.com": "NONE",
                "pearson.com": "REJECT", "signin.aws": "QUARANTINE"}


def res_for(env, auth):
    """auth: 'pass' | 'fail' (spoof: spf fail, no aligned dkim) | 'dkimfail'."""
    dom = env.from_domain
    if auth == "pass":
        return dict(spf="pass", dkim=[(d, s, "pass") for d, s in env.dkim], dmarc="pass", dom=dom)
    if auth == "fail":
        return dict(spf="softfail", dkim=[], dmarc="fail", dom=dom)
    if auth == "dkimfail":
        return dict(spf="fail", dkim=[(d, s, "fail") for d, s in env.dkim[:1]], dmarc="fail", dom=dom)
    raise ValueError(auth)


def mf_dom(env):
    return env.mailfrom.split("@")[1]


def trace(provider, env, rcpt, dt, auth, forged_ar=None):
    """Return raw header lines added by the transport, top first."""
    h = []
    r = res_for(env, auth) if auth else None
    dom = env.from_domain
    pol = DMARC_POLICY.get(dom, "NONE")
    rcv = dt + timedelta(seconds=R.randint(1, 9))
    if provider == "gmail":
        h.append(f"Delivered-To: {rcpt}")
        h.append(f"Received: by 2002:a05:{hexr(2)}:{hexr(2)}:b0:{hexr(2)}:{hexr(2)}:{hexr(2)} with SMTP id {alnum(6)}csp{R.randint(100000, 999999)}{alnum(3)};\n"
                 f"        {rfc_tzname(rcv, PT)}")
        h.append(f"X-Google-Smtp-Source: AGHT+I{b64r(50).rstrip('=')}")
        h.append(f"X-Received: by 2002:a05:{hexr(2)}:{hexr(2)}:b0:{hexr(2)}:{hexr(2)}:{hexr(2)} with SMTP id {alnum(12)}.{R.randint(10, 99)}.{R.randint(1000000000000, 9999999999999)};\n"
                 f"        {rfc_tzname(rcv, PT)}")
        h.append(f"ARC-Seal: i=1; a=rsa-sha256; t={int(rcv.timestamp())}; cv=none;\n"
                 f"        d=google.com; s=arc-20240605;\n        b={b64r(60)}")
        if r:
            spf_txt = (f"{r['spf']} (google.com: domain of {env.mailfrom} designates {env.ip} as permitted sender)"
                       if r['spf'] == "pass" else
                       f"{r['spf']} (google.com: domain of transitioning {env.mailfrom} does not designate {env.ip} as permitted sender)")
            parts = [f"dkim={res} header.i=@{d} header.s={s} header.b={b64r(6)[:8]}" for d, s, res in r["dkim"]]
            parts.append(f"spf={spf_txt} smtp.mailfrom={env.mailfrom if r['spf'] == 'pass' else mf_dom(env)}")
            parts.append(f"dmarc={r['dmarc']} (p={pol} sp={pol} dis={'NONE' if r['dmarc'] == 'pass' else ('QUARANTINE' if pol != 'NONE' else 'NONE')}) header.from={dom}")
            h.append("ARC-Authentication-Results: i=1; mx.google.com;\n       " + ";\n       ".join(parts))
        h.append(f"Return-Path: <{env.mailfrom}>")
        h.append(f"Received: from {env.helo} ({env.helo}. [{env.ip}])\n"
                 f"        by mx.google.com with ESMTPS id {R.choice(['d75a77b69052e', '5b1f17b1804b1', 'af79cd13be357', '6a1803df08f44'])}-{alnum(11)}si{R.randint(1000000, 9999999)}{alnum(3)}.{R.randint(100, 999)}.{rcv.astimezone(PT).strftime('%Y.%m.%d.%H.%M.%S')}\n"
                 f"        for <{rcpt}>\n"
                 "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                 f"        {rfc_tzname(rcv, PT)}")
        if r:
            h.append(f"Received-SPF: {spf_txt} client-ip={env.ip};")
            h.append("Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts))
    elif provider in ("o365", "outlook"):
        region = "eurprd0" + str(R.randint(1, 9)) if provider == "o365" else "namprd" + str(R.randint(10, 20))
        ex = lambda: f"{alnum(2, string.ascii_uppercase)}{R.randint(0, 9)}PR{R.randint(10, 19)}MB{R.randint(1000, 9999)}.{region}.prod.outlook.com"
        fe = lambda: f"{alnum(2, string.ascii_uppercase)}{R.randint(1, 9)}PEPF{R.randint(10000, 99999)}{alnum(3, string.ascii_uppercase + string.digits)}.{region}.prod.outlook.com"
        a, b, c = ex(), ex(), fe()
        ver = f"15.20.{R.randint(8800, 9300)}.{R.randint(10, 40)}"
        h.append(f"Received: from {a} ({'2603:10a6:' + hexr(2)}::{R.randint(10, 99)})\n by {b} with HTTPS; {rfc(rcv)}")
        h.append(f"Received: from {c} (2603:10a6:20b:{hexr(2)}:cafe::{R.randint(10, 99)}) by\n {a} (2603:10a6:{hexr(2)}::{R.randint(1, 30)}) with Microsoft SMTP Server\n"
                 f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(rcv)}")
        if r:
            dk = r["dkim"][0] if r["dkim"] else None
            spf_part = (f"spf={r['spf']} (sender IP is {env.ip})\n smtp.mailfrom={mf_dom(env)}" if r['spf'] == 'pass'
                        else f"spf={r['spf']} (sender IP is {env.ip})\n smtp.mailfrom={mf_dom(env)}")
            dk_part = (f"dkim=pass (signature was verified)\n header.d={dk[0]}" if dk and dk[2] == "pass"
                       else (f"dkim=fail (body hash did not verify)\n header.d={dk[0]}" if dk else "dkim=none (message not signed)\n header.d=none"))
            dm = ("dmarc=pass action=none\n header.from=" + dom + ";compauth=pass reason=100") if r["dmarc"] == "pass" else \
                 ("dmarc=fail action=oreject\n header.from=" + dom + ";compauth=fail reason=000")
            h.append(f"Authentication-Results: {spf_part}; {dk_part};{dm}")
            sp = "Pass" if r["spf"] == "pass" else "SoftFail"
            h.append(f"Received-SPF: {sp} (protection.outlook.com: domain of {mf_dom(env)}"
                     f" {'designates' if sp == 'Pass' else 'discourages use of'} {env.ip} as {'permitted sender' if sp == 'Pass' else 'permitted sender'})\n"
                     f" receiver=protection.outlook.com; client-ip={env.ip};\n helo={env.helo}; pr=C")
        h.append(f"Received: from {env.helo} ({env.ip}) by\n {c.replace('prod.outlook.com', 'mail.protection.outlook.com')} (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server\n"
                 f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend\n Transport; {rfc(rcv)}")
    elif provider == "fastmail":
        mx = f"mx{R.randint(1, 6)}.messagingengine.com"
        h.append(f"Return-Path: <{env.mailfrom}>")
        h.append(f"Received: from compute{R.randint(1, 8)}.internal (compute{R.randint(1, 8)}.nyi.internal [10.202.2.{R.randint(40, 60)}])\n"
                 f"\t by sloti{R.randint(10, 60)}n{R.randint(1, 30)} (Cyrus 3.11.0-alpha0-{R.randint(900, 1200)}-g{hexr(4)}) with LMTPA;\n\t {rfc(rcv, ET)}")
        h.append(f"X-Cyrus-Session-Id: sloti{R.randint(10, 60)}n{R.randint(1, 30)}-{int(rcv.timestamp())}-{R.randint(100000, 999999)}-2-{R.randint(10 ** 18, 10 ** 19)}")
        h.append("X-Sieve: CMU Sieve 3.0")
        h.append(f"Received: from {mx} (localhost [127.0.0.1])\n"
                 f"    by {mx} (Authentication Milter) with ESMTP\n"
                 f"    id {hexr(6).upper()};\n    {rfc(rcv, ET)}")
        if r:
            dks = [f"dkim={res} (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={b64r(6)[:8]} header.a=rsa-sha256 header.s={s}" for d, s, res in r["dkim"]] or ["dkim=none (no signatures found)"]
            dm = (f"dmarc={r['dmarc']} policy.published-domain-policy={pol.lower()} policy.applied-disposition={'none' if r['dmarc'] == 'pass' else pol.lower()} "
                  f"policy.evaluated-disposition={'none' if r['dmarc'] == 'pass' else pol.lower()} (p={pol.lower()},d={'none' if r['dmarc'] == 'pass' else pol.lower()},d.eval={'none' if r['dmarc'] == 'pass' else pol.lower()}) policy.policy-from=p header.from={dom}")
            h.append(f"Authentication-Results: {mx};\n    "
                     + ";\n    ".join(dks + [dm, f"spf={r['spf']} smtp.mailfrom={env.mailfrom} smtp.helo={env.helo}"]))
        h.append(f"Received: from {env.helo} ({env.helo} [{env.ip}])\n"
                 "\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n"
                 f"\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS\n\tfor <{rcpt}>; {rfc(rcv, ET)}")
    elif provider == "yahoo":
        host = f"atlas{R.randint(100, 400)}.free.mail.{R.choice(['bf1', 'gq1', 'ne1'])}.yahoo.com"
        h.append(f"Received: from 10.{R.randint(200, 220)}.{R.randint(1, 250)}.{R.randint(1, 250)} by {host} with HTTP; {rfc(rcv)}")
        h.append(f"Return-Path: <{env.mailfrom}>")
        h.append(f"Received: from {env.ip} (EHLO {env.helo})\n by 10.{R.randint(200, 220)}.{R.randint(1, 250)}.{R.randint(1, 250)} with SMTPs\n"
                 f" (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(rcv)}")
        h.append(f"X-Originating-Ip: [{env.ip}]")
        if r:
            h.append(f"Received-SPF: {r['spf']} (domain of {mf_dom(env)} designates {env.ip} as permitted sender)")
            parts = [f"dkim={res} header.i=@{d} header.s={s}" for d, s, res in r["dkim"]] or ["dkim=unknown"]
            parts += [f"spf={r['spf']} smtp.mailfrom={mf_dom(env)}", f"dmarc={r['dmarc']}(p={pol}) header.from={dom};"]
            h.append(f"Authentication-Results: {host};\n " + ";\n ".join(parts))
    elif provider == "proton":
        h.append(f"Return-Path: <{env.mailfrom}>")
        h.append(f"X-Original-To: {rcpt}")
        h.append(f"Delivered-To: {rcpt}")
        if r:
            h.append(f"Authentication-Results: mail.protonmail.ch; dmarc={r['dmarc']} (p={pol.lower()} dis={'none' if r['dmarc'] == 'pass' else pol.lower()})\n header.from={dom}")
            h.append(f"Authentication-Results: mail.protonmail.ch; spf={r['spf']} smtp.mailfrom={mf_dom(env)}")
            dk = "; ".join(f"dkim={res} (2048-bit key)\n header.d={d} header.i=@{d} header.b=\"{b64r(6)[:8]}\"" for d, s, res in r["dkim"]) or "dkim=none"
            h.append(f"Authentication-Results: mail.protonmail.ch; {dk}")
        h.append(f"Received: from {env.helo} ({env.helo} [{env.ip}]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS\n"
                 f" (2048 bits) server-digest SHA256) (No client certificate requested) by\n mailin0{R.randint(10, 40)}.protonmail.ch (Postfix) with ESMTPS id 4{alnum(11, string.ascii_letters + string.digits)} for\n <{rcpt}>; {rfc(rcv)}")
    elif provider == "icloud":
        h.append(f"Received: from ms{R.randint(10, 90)}p00im-ztdg{R.randint(10000000, 99999999)}.me.com by p{R.randint(10, 99)}-mailgateway-smtp-{alnum(6)}.me.com\n (mailgateway 2603B{R.randint(100, 999)}) with SMTP id {hexr(16)}; {rfc(rcv)}")
        if r:
            h.append(f"Authentication-Results: dmarc.icloud.com; dmarc={r['dmarc']}\n header.from={dom}")
            for d, s, res in r["dkim"][:1]:
                h.append(f"Authentication-Results: dkim-verifier.icloud.com;\n dkim={res} (2048-bit key) header.d={d} header.i=@{d} header.b={b64r(6)[:8]}")
            h.append(f"Authentication-Results: spf.icloud.com; spf={r['spf']} (spf.icloud.com: domain of {env.mailfrom} designates {env.ip} as permitted sender) smtp.mailfrom={env.mailfrom}")
            h.append(f"Received-SPF: {r['spf']} (spf.icloud.com: domain of {env.mailfrom} designates {env.ip} as permitted sender) receiver=spf.icloud.com; client-ip={env.ip}; helo={env.helo}; envelope-from={env.mailfrom}")
        h.append(f"Received: from {env.helo} (mx.icloud.com [{env.ip}])\n by ms{R.randint(10, 90)}p00im-ztdg{R.randint(10000000, 99999999)}.me.com (Postfix) with ESMTPS id {hexr(8).upper()}\n for <{rcpt}>; {rfc(rcv)}")
    elif provider in ("biglobe", "biglobe_noar"):
        mta = f"mta{R.randint(10, 40)}.biglobe.ne.jp"
        h.append(f"Return-Path: <{env.mailfrom}>")
        h.append(f"Received: from {mta} by mbox{R.randint(10, 40)}.biglobe.ne.jp\n (Biglobe Mail Server) id <{alnum(24)}@mbox.biglobe.ne.jp>; {rfc(rcv, JP)}")
        if r and provider == "biglobe":
            dks = " ".join(f"dkim={res} header.i=@{d} header.s={s};" for d, s, res in r["dkim"][:1]) or "dkim=none;"
            h.append(f"Authentication-Results: {mta};\n spf={r['spf']} smtp.mailfrom={env.mailfrom};\n {dks}\n dmarc={r['dmarc']} header.from={dom}")
        h.append(f"Received: from {env.helo} ([{env.ip}]) by {mta} with ESMTP\n id <{alnum(20)}@mta.biglobe.ne.jp> for <{rcpt}>; {rfc(rcv, JP)}")
    elif provider == "onprem":
        for _ in range(2):
            h.append(f"Received: from EXCH0{R.randint(1, 4)}.sorano.local (10.1.4.{R.randint(10, 40)}) by EXCH0{R.randint(1, 4)}.sorano.local\n (10.1.4.{R.randint(10, 40)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.{R.randint(4, 14)}; {rfc(rcv, JP)}")
    else:
        raise ValueError(provider)
    if forged_ar:
        h.append(forged_ar)
    return h


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------
def make_body(b):
    t = b.get("type", "plain")
    m = EmailMessage(policy=POL)
    cs = b.get("charset", "utf-8")
    if t == "plain":
        m.set_content(b["text"], charset=cs, cte=b.get("cte", "quoted-printable"))
    elif t == "html":
        m.set_content(b["html"], subtype="html", charset=cs, cte=b.get("cte", "quoted-printable"))
    elif t == "alt":
        m.set_content(b["text"], charset=cs, cte=b.get("cte_text", "quoted-printable"))
        m.add_alternative(b["html"], subtype="html", charset=cs, cte=b.get("cte_html", "quoted-printable"))
    elif t == "wrong":
        # bytes in one charset, label says another (a classic sender bug)
        data = b["text"].encode(b["real"])
        cte = b.get("cte", "quoted-printable")
        m["MIME-Version"] = "1.0"
        m["Content-Type"] = f'text/{b.get("subtype", "plain")}; charset="{b["label"]}"'
        m["Content-Transfer-Encoding"] = cte
        if cte == "quoted-printable":
            m.set_payload(quopri.encodestring(data).decode("ascii"))
        else:
            m.set_payload(base64.encodebytes(data).decode("ascii"))
    else:
        raise ValueError(t)
    return m


def addr(name, a):
    if not name:
        return a
    if name.startswith("=?"):          # already an encoded-word
        return f"{name} <{a}>"
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset="utf-8")


def subj(s, split_at=None):
    try:
        s.encode("ascii")
        if split_at is None:
            return s
    except UnicodeEncodeError:
        pass
    return Header(s, "utf-8", maxlinelen=split_at or 76, header_name="Subject").encode(linesep="\n")


MAILS = []
LABELS = {}


def mail(n, slug, kind, case, accts, verified, *, provider, env, to, rcpt, date, subject, body,
         auth="pass", extra=(), cc=None, reply_to=None, irt=None, refs=None, forged_ar=None,
         subject_raw=None, date_tz=UTC, no_dkim=False, xmailer=None):
    name = f"{n:03d}-{slug}.eml"
    hs = trace(provider, env, rcpt, date, auth, forged_ar)
    if not no_dkim:
        for d, s in env.dkim:
            hs.append(dkim_sig(d, s, date))
    hs.extend(env.extra)
    hs.append("From: " + addr(env.name, env.addr))
    hs.append("To: " + to)
    if cc:
        hs.append("Cc: " + cc)
    if reply_to:
        hs.append("Reply-To: " + reply_to)
    hs.append("Subject: " + (subject_raw or subj(subject)))
    hs.append("Date: " + rfc(date, date_tz))
    hs.append("Message-ID: " + env.msgid)
    if irt:
        hs.append("In-Reply-To: " + irt)
    if refs:
        hs.append("References: " + refs)
    if xmailer:
        hs.append(xmailer)
    hs.extend(extra)
    mime = make_body(body)
    raw = ("\n".join(hs) + "\n").encode("ascii") + mime.as_bytes(policy=POL)
    MAILS.append((name, raw))
    LABELS[name] = {"kind": kind, "case_id": case, "account_ids": sorted(set(accts)),
                    "sender_verified": verified, "language": "en"}


def console_footer(case):
    return ded(f"""
    We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

    To see the details and reply, visit https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

    *Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

    Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
    """)


FORM_SUBJ = "RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"

# ==========================================================================
# people and threads
# ==========================================================================
PRIYA = ("Priya Raman", "priya.raman.dev@gmail.com")
OLIVER = ("Oliver Pemberton", "oliver.pemberton@outlook.com")
HANNAH = ("Hannah Kowalczyk", "hannah.k@northbeam-analytics.com")
MATEUS = ("Mateus Oliveira", "mateus.oliveira@fastmail.com")
CHLOE = ("Chloe Nguyen", "chloe.nguyen@yahoo.com.au")
ARJUN = ("Arjun Mehta", "arjun.mehta@proton.me")
DAISUKE = ("Daisuke Mori", "d.mori@biglobe.ne.jp")
SOFIA = ("Sofia Marin", "sofia.marin@icloud.com")
EWAN = ("Ewan Fraser", "ewan.fraser@halden-data.co.uk")
GRACE = ("Grace Obi", "grace.obi.cloud@gmail.com")


def to_(p):
    return addr(*p)


C1 = case15(utc(2025, 5, 27, 22, 41, 6), 517)      # Priya, form
C2 = case15(utc(2025, 8, 12, 9, 14, 31), 374)      # Oliver, console
C3 = case15(utc(2025, 10, 6, 13, 5, 47), 2208)     # Hannah, form
C4 = case15(utc(2026, 1, 19, 16, 22, 9), 61)       # Mateus, form
C5 = "13472209815"                                  # Chloe, form (11 digits)
C6a = case15(utc(2026, 2, 3, 7, 48, 55), 1931)     # Arjun, console (kept)
C6b = case15(utc(2026, 2, 4, 10, 2, 17), 446)      # Arjun, duplicate
C7 = case15(utc(2025, 7, 14, 0, 31, 12), 90)       # Daisuke, form
C8 = case15(utc(2026, 3, 9, 18, 2, 40), 7715)      # Sofia, console
C9 = case15(utc(2025, 9, 2, 8, 57, 3), 321)        # Ewan, form
C11 = case15(utc(2025, 12, 3, 21, 10, 26), 5044)   # Grace, form

# ==========================================================================
# MAILS
# ==========================================================================

# ---------------- T1 Priya (Gmail, form case) ----------------
d = utc(2025, 5, 27, 22, 41, 19)
mail(1, "tc-form-autoreply-priya", "case_created", C1, [], True,
     provider="gmail", env=aws_form(d), to=to_(PRIYA), rcpt=PRIYA[1], date=d,
     subject=f"We've got your message - AWS Training and Certification [{C1}]",
     body=dict(type="alt", text=ded(f"""
     Hi Priya,

     Thanks for getting in touch with AWS Training and Certification.

     Your note has landed with our team and is in line to be picked up. Most
     people hear back from one of our specialists within one business day.

     Your reference: {C1}

     Want to add something? Just reply to this email and keep the reference in
     the subject line. Please don't send the form again - a second submission
     for the same question goes to the back of the queue and slows things down.

     While you wait, you may find an answer in our FAQ:
     https://aws.amazon.com/certification/faqs/

     AWS Training and Certification
     """), html=ded(f"""
     <html><body style="font-family:Arial,Helvetica,sans-serif;color:#16191f">
     <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:18px">
     <img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>
     <tr><td style="padding:24px">
     <p>Hi Priya,</p>
     <p>Thanks for getting in touch with AWS Training and Certification.</p>
     <p>Your note has landed with our team and is in line to be picked up. Most people hear back from one of our specialists within <b>one business day</b>.</p>
     <p style="background:#f2f3f3;padding:10px">Your reference: <b>{C1}</b></p>
     <p>Want to add something? Just reply to this email and keep the reference in the subject line. Please don't send the form again &ndash; a second submission for the same question goes to the back of the queue and slows things down.</p>
     <p>While you wait, you may find an answer in our <a href="https://aws.amazon.com/certification/faqs/">FAQ</a>.</p>
     <p>AWS Training and Certification</p>
     </td></tr></table></body></html>
     """)))

d = utc(2025, 5, 28, 8, 2, 44)
mail(2, "ramya-accounts-to-consolidate", "merge_confirmation_requested", C1, ["AWS10482736", "AWS29384756"], True,
     provider="gmail", env=aws_form(d), to=to_(PRIYA), rcpt=PRIYA[1], date=d,
     subject=FORM_SUBJ.format(c=C1),
     body=dict(type="plain", cte="base64", text=ded(f"""
     Dear Priya,

     Greetings from AWS Training and Certification!

     I have gone through both the profiles linked with your request and please find below the details of the same:

     Primary account (will be retained)
       Candidate ID : AWS10482736
       Login e-mail : priya.raman.dev@gmail.com

     Secondary account (will be absorbed into the primary)
       Candidate ID : AWS29384756
       Login e-mail : priya.raman@tessaract-consulting.in

     Kindly note that after the two profiles are combined, the secondary profile cannot be restored or separated again at a later stage. All exam history, certifications and benefits of the secondary account will be shown only under the primary account.

     I request you to kindly go through the above details and reply to this e-mail with your consent to go ahead. Once we have your go-ahead, we shall initiate the process at the earliest.

     Please do not raise a new request for this concern, as it will delay the resolution.

     Warm regards,
     Ramya S.
     AWS Training and Certification
     """)))

d = utc(2025, 5, 29, 5, 37, 12)
prev2 = ded(f"""
Dear Priya,

Greetings from AWS Training and Certification!

I have gone through both the profiles linked with your request and please find below the details of the same:

Primary account (will be retained)
  Candidate ID : AWS10482736
  Login e-mail : priya.raman.dev@gmail.com

Secondary account (will be absorbed into the primary)
  Candidate ID : AWS29384756
  Login e-mail : priya.raman@tessaract-consulting.in

Kindly note that after the two profiles are combined, the secondary profile cannot be restored or separated again at a later stage.

Warm regards,
Ramya S.
""")
priya_reply = ded("""
Hi Ramya,

Yes, that's right on both counts. Please go ahead - keep the gmail one.

Thanks,
Priya
""")
mail(3, "thanks-approval-shared-backend", "support_reply", C1, [], True,
     provider="gmail", env=aws_form(d), to=to_(PRIYA), rcpt=PRIYA[1], date=d,
     subject=FORM_SUBJ.format(c=C1),
     body=dict(type="plain", cte="quoted-printable", text=ded("""
     Dear Priya,

     Thank you for the prompt revert.

     I have shared your approval with our backend team and they will be carrying out the activity shortly. Generally this takes 3-5 business days. You will receive a separate e-mail from us as soon as it has been actioned, so there is no need to follow up in the meantime.

     Warm regards,
     Ramya S.
     AWS Training and Certification

     """) + "On Wed, May 28, 2025 at 9:15 PM Priya Raman <priya.raman.dev@gmail.com> wrote:\n"
       + quote(priya_reply + "\nOn Wed, 28 May 2025 at 13:32, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(prev2))))

d = utc(2025, 5, 31, 10, 18, 3)
mail(4, "activity-actioned-profile-deactivated", "merge_completed", C1, ["AWS10482736", "AWS29384756"], True,
     provider="gmail", env=aws_form(d), to=to_(PRIYA), rcpt=PRIYA[1], date=d,
     subject=FORM_SUBJ.format(c=C1),
     body=dict(type="plain", cte="quoted-printable", text=ded("""
     Dear Priya,

     Greetings of the day!

     This is to inform you that the activity has been actioned from our end. The exam history, active certifications and the 50% exam voucher benefit which were on AWS29384756 are now reflected under AWS10482736, and AWS29384756 has been deactivated.

     Kindly sign in to your AWS Certification Account with priya.raman.dev@gmail.com to check the same. Your Credly badges will be moved to the Credly account of this e-mail address within 24-48 hours; you will receive an e-mail from Credly for the same.

     Hope this helps. Have a great day ahead!

     Warm regards,
     Ramya S.
     AWS Training and Certification
     """)))

d = utc(2025, 5, 31, 10, 19, 40)
mail(5, "did-we-sort-it-out", "survey", C1, [], True,
     provider="gmail", env=aws_form(d), to=to_(PRIYA), rcpt=PRIYA[1], date=d,
     subject=f"[CASE {C1}] A quick question from AWS Training and Certification",
     body=dict(type="html", cte="quoted-printable", html=ded(f"""
     <!DOCTYPE html>
     <html><head><meta charset="utf-8"></head>
     <body style="margin:0;background:#f5f7f7;font-family:'Amazon Ember',Arial,sans-serif">
     <table role="presentation" width="100%"><tr><td align="center">
     <table role="presentation" width="560" style="background:#fff;margin:24px 0;border-radius:6px">
     <tr><td style="padding:28px 32px;font-size:15px;line-height:22px;color:#232f3e">
     <p>Hello Priya,</p>
     <p>We're wrapping up our conversation about request <b>{C1}</b>.</p>
     <p style="font-size:17px"><b>Did we sort out what you got in touch about?</b></p>
     <p>
       <a href="https://aws-tc.qualtrics.com/jfe/form/SV_3xY8c1Pq?cid={C1}&amp;r=1" style="background:#ff9900;color:#000;padding:10px 26px;text-decoration:none;border-radius:3px">Yes</a>
       &nbsp;&nbsp;
       <a href="https://aws-tc.qualtrics.com/jfe/form/SV_3xY8c1Pq?cid={C1}&amp;r=0" style="background:#eaeded;color:#000;padding:10px 26px;text-decoration:none;border-radius:3px">No</a>
     </p>
     <p>One click is enough. What you tell us goes straight to Ramya's team lead and shapes how we handle requests like yours.</p>
     <p style="color:#687078;font-size:12px">If something is still outstanding, reply to the last e-mail you had from Ramya and the conversation will pick up where it left off.</p>
     </td></tr></table>
     <p style="color:#879596;font-size:11px">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
     </td></tr></table>
     </body></html>
     """)))

# ---------------- T2 Oliver (outlook.com, console case) ----------------
d = utc(2025, 8, 12, 9, 14, 58)
mail(6, "console-new-support-request", "case_created", C2, [], True,
     provider="outlook", env=aws_console(d), to=to_(OLIVER), rcpt=OLIVER[1], date=d,
     subject=f"Amazon Web Services: You have opened a new Support case: {C2}",
     body=dict(type="plain", cte="7bit", charset="us-ascii", text=ded(f"""
     Hello,

     Thanks for getting in touch with Amazon Web Services. Your request has been logged and
     an associate will look at it; you'll get an e-mail as soon as there's something to read.

     Case ID: {C2}
     Subject: Two certification profiles - want them combined into one
     Severity: General guidance
     Correspondence: I've ended up with two AWS Certification profiles - one on my personal
     address and one on my old work address (Kestrel Systems). I'd like everything on
     the personal one please.

     To follow progress or add details, visit the Support Center:
     https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

     *Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

     Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
     trademark of Amazon.com, Inc. or its affiliates.
     """)))

d = utc(2025, 8, 13, 10, 41, 27)
mail(7, "fiona-which-one-to-keep", "support_reply", C2, ["AWS55120984", "AWS07731265"], True,
     provider="outlook", env=aws_console(d), to=to_(OLIVER), rcpt=OLIVER[1], date=d,
     subject=f"RE:[CASE {C2}] Two certification profiles - want them combined into one",
     body=dict(type="plain", cte="quoted-printable", text=ded(f"""
     Hello Oliver,

     Thanks for getting in touch, and sorry for the wait.

     I've had a look and can see two certification profiles in your name:

       - AWS 55120984, registered to oliver.pemberton@outlook.com
       - AWS 07731265, registered to o.pemberton@kestrelsystems.co.uk

     Before I go any further, could you let me know which of the two you'd like to carry on using? The other one would be folded into it. It would also help to know which e-mail address you'd like your notifications to go to - I appreciate the Kestrel address may no longer be one you can get into.

     Nothing changes on either profile until I hear from you.

     Kind regards,
     Fiona M.
     Amazon Web Services

     """) + console_footer(C2)))

d = utc(2025, 8, 14, 8, 6, 50)
mail(8, "fiona-heres-the-plan", "merge_confirmation_requested", C2, ["AWS55120984", "AWS07731265"], True,
     provider="outlook", env=aws_console(d), to=to_(OLIVER), rcpt=OLIVER[1], date=d,
     subject=f"RE:[CASE {C2}] Two certification profiles - want them combined into one",
     body=dict(type="plain", cte="quoted-printable", text=ded(f"""
     Hello Oliver,

     Thanks, that's helpful. Here's what I'm planning to do:

       * AWS55120984 (oliver.pemberton@outlook.com) stays as your profile.
       * Everything on AWS07731265 - your exam history, the Solutions Architect - Associate and the Developer - Associate - moves across to it.
       * AWS07731265 is then shut for good.

     I'm not able to reverse this afterwards, so I'd rather hear it from you first. Could you reply through the Support Center and tell me that's right? If anything looks off, just say and I'll adjust it before I touch anything.

     Kind regards,
     Fiona M.
     Amazon Web Services

     """) + console_footer(C2)))

d = utc(2025, 8, 15, 14, 22, 9)
mail(9, "fiona-all-on-one-profile-resolved", "merge_completed", C2, ["AWS55120984", "AWS07731265"], True,
     provider="outlook", env=aws_console(d), to=to_(OLIVER), rcpt=OLIVER[1], date=d,
     subject=f"RE:[CASE {C2}] Two certification profiles - want them combined into one",
     body=dict(type="alt", cte_text="quoted-printable", text=ded(f"""
     Hello Oliver,

     Good news: the Developer - Associate, the Solutions Architect - Associate and all of your exam history now sit on AWS55120984, and you'll no longer be able to sign in to AWS07731265. Your Credly wallet should catch up over the next day or two.

     As that covers everything you asked for, I'll mark this one as resolved.

     Was your issue resolved?
     YES: https://console.aws.amazon.com/support/feedback?displayId={C2}&resolved=yes
     NO: https://console.aws.amazon.com/support/feedback?displayId={C2}&resolved=no

     Kind regards,
     Fiona M.
     Amazon Web Services

     """) + console_footer(C2), html=ded(f"""
     <html><body style="font-family:Arial,sans-serif;font-size:14px">
     <p>Hello Oliver,</p>
     <p>Good news: the Developer &ndash; Associate, the Solutions Architect &ndash; Associate and all of your exam history now sit on <b>AWS55120984</b>, and you'll no longer be able to sign in to AWS07731265. Your Credly wallet should catch up over the next day or two.</p>
     <p>As that covers everything you asked for, I'll mark this one as resolved.</p>
     <p><b>Was your issue resolved?</b><br>
     <a href="https://console.aws.amazon.com/support/feedback?displayId={C2}&amp;resolved=yes">YES</a> &nbsp;|&nbsp;
     <a href="https://console.aws.amazon.com/support/feedback?displayId={C2}&amp;resolved=no">NO</a></p>
     <p>Kind regards,<br>Fiona M.<br>Amazon Web Services</p>
     <hr>
     <p style="font-size:11px;color:#666">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.<br>
     To see the details and reply, visit <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en">the Support Center</a>.<br>
     *Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
     </body></html>
     """)))

d = utc(2025, 8, 16, 19, 3, 33)
mail(10, "credly-credentials-new-home", "credly_badge_issued", None, [], True,
     provider="outlook", env=credly(d, OLIVER[1]), to=to_(OLIVER), rcpt=OLIVER[1], date=d,
     subject="Oliver, your AWS credentials have a new home",
     body=dict(type="alt", cte_text="quoted-printable", text=ded("""
     Hi Oliver,

     Following a change to your AWS Certification profile, Amazon Web Services
     Training and Certification has placed 2 credentials in your Credly account:

       AWS Certified Solutions Architect - Associate
       AWS Certified Developer - Associate

     Accept them to show them on your public profile and share them with your
     network:
     https://www.credly.com/earner/earned/pending?utm_source=transactional&utm_medium=email

     Questions? Visit https://support.credly.com

     Credly, Inc. | 2 Park Avenue, New York, NY 10016
     Manage email preferences: https://www.credly.com/earner/settings/notifications
     """), html=ded("""
     <html><body style="background:#f4f6f8;font-family:Helvetica,Arial,sans-serif">
     <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
     <img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96">
     <h2 style="color:#1a1a1a">Your AWS credentials have a new home</h2>
     <p>Hi Oliver,</p>
     <p>Following a change to your AWS Certification profile, <b>Amazon Web Services Training and Certification</b> has placed 2 credentials in your Credly account.</p>
     <table cellpadding="8"><tr>
     <td align="center"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="90"><br>AWS Certified Solutions Architect &ndash; Associate</td>
     <td align="center"><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="90"><br>AWS Certified Developer &ndash; Associate</td>
     </tr></table>
     <p style="text-align:center"><a href="https://www.credly.com/earner/earned/pending?utm_source=transactional&amp;utm_medium=email" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept now</a></p>
     <p style="font-size:12px;color:#777">Credly, Inc. | 2 Park Avenue, New York, NY 10016 &middot; <a href="https://www.credly.com/earner/settings/notifications">Email preferences</a></p>
     </div></body></html>
     """)))

# ---------------- T3 Hannah (O365 tenant, form case, three profiles) ----------------
d = utc(2025, 10, 6, 13, 6, 2)
mail(11, "automatic-note-reached-us", "case_created", C3, [], True,
     provider="o365", env=aws_form(d), to=to_(HANNAH), rcpt=HANNAH[1], date=d,
     subject=f"[{C3}] AWS Training and Certification - automatic reply",
     body=dict(type="plain", cte="base64", text=ded(f"""
     This is an automatic note - please keep it for your records.

     Your message to AWS Training and Certification has reached us.

     Reference number: {C3}
     Topic: Certification / Account Merge

     A member of the team will write back to this address, normally within 24 hours
     (Monday to Friday). Please do not submit the form again for the same matter;
     replying to this e-mail keeps everything together in one place.

     AWS Training and Certification
     https://aws.amazon.com/training/
     """)))

d = utc(2025, 10, 7, 9, 12, 36)
hannah_info = ded("""
Hi Marek,

Thanks for coming back to me. Answers below:

1) AWS41870023 - hannah.k@northbeam-analytics.com (current job)
   AWS90215578 - hannah.kowalczyk@gmail.com
   AWS33309127 - h.kowalczyk@datavale.pl (previous employer, no access any more)
2) Please keep AWS41870023.
3) I registered again each time I changed jobs because I couldn't get into the old
   profile - not on purpose.

Thanks,
Hannah
""")
mail(12, "marek-need-three-details", "support_reply", C3, ["AWS41870023", "AWS90215578", "AWS33309127"], True,
     provider="o365", env=aws_form(d), to=to_(HANNAH), rcpt=HANNAH[1], date=d,
     subject=FORM_SUBJ.format(c=C3),
     body=dict(type="plain", cte="7bit", charset="us-ascii", text=ded("""
     Hello Hannah,

     I checked our system and found three accounts with your name: AWS41870023, AWS90215578 and aws33309127.

     For to proceed with request I need from you following information:

     1) e-mail address used for login on each of three accounts
     2) which account you want to keep as main one
     3) short reason why there are three accounts

     Without this information I cannot continue. You can simply reply to this e-mail.

     Best regards,
     Marek
     AWS Training and Certification
     """)))

d = utc(2025, 10, 8, 14, 50, 11)
mail(13, "marek-with-internal-team", "support_reply", C3, [], True,
     provider="o365", env=aws_form(d), to=to_(HANNAH), rcpt=HANNAH[1], date=d,
     subject=FORM_SUBJ.format(c=C3),
     body=dict(type="plain", cte="quoted-printable", text=ded("""
     Hello Hannah,

     thank you for details. Request is now with internal team which handles account records. At the moment there is no update from them, I will write to you when I have news. No action needed from your side.

     Best regards,
     Marek
     AWS Training and Certification

     ________________________________
     From: Hannah Kowalczyk <hannah.k@northbeam-analytics.com>
     Sent: Tuesday, October 7, 2025 12:31
     To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
     Subject: RE: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

     """).replace("{c}", C3) + hannah_info))

d = utc(2025, 10, 10, 7, 33, 54)
mail(14, "marek-plan-three-into-one", "merge_confirmation_requested", C3, ["AWS41870023", "AWS90215578", "AWS33309127"], True,
     provider="o365", env=aws_form(d), to=to_(HANNAH), rcpt=HANNAH[1], date=d,
     subject=FORM_SUBJ.format(c=C3),
     body=dict(type="alt", cte_text="quoted-printable", cte_html="base64", text=ded("""
     Hello Hannah,

     Internal team finished review. Plan is following:

     AWS41870023 - stays (login hannah.k@northbeam-analytics.com)
     AWS90215578 - goes into AWS41870023
     AWS33309127 - goes into AWS41870023

     After this, AWS90215578 and AWS33309127 will not exist anymore and it is not possible to bring them back or split history again.

     Please write me "yes, go ahead" if plan is correct for you, or tell me what to change. I will not start before your answer.

     Best regards,
     Marek
     AWS Training and Certification
     """), html=ded("""
     <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
     <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
     <p>Hello Hannah,</p>
     <p>Internal team finished review. Plan is following:</p>
     <table border="1" cellpadding="6" style="border-collapse:collapse">
     <tr style="background:#eee"><th>Candidate ID</th><th>Login</th><th>What happens</th></tr>
     <tr><td>AWS41870023</td><td>hannah.k@northbeam-analytics.com</td><td>stays (main)</td></tr>
     <tr><td>AWS90215578</td><td>hannah.kowalczyk@gmail.com</td><td>goes into AWS41870023</td></tr>
     <tr><td>AWS33309127</td><td>h.kowalczyk@datavale.pl</td><td>goes into AWS41870023</td></tr>
     </table>
     <p>After this, AWS90215578 and AWS33309127 will not exist anymore and it is not possible to bring them back or split history again.</p>
     <p>Please write me &quot;<i>yes, go ahead</i>&quot; if plan is correct for you, or tell me what to change. I will not start before your answer.</p>
     <p>Best regards,<br>Marek<br>AWS Training and Certification</p>
     </body></html>
     """)))

d = utc(2025, 10, 13, 2, 17, 45)
marek_plan = ded("""
Hello Hannah,

Internal team finished review. Plan is following:

AWS41870023 - stays (login hannah.k@northbeam-analytics.com)
AWS90215578 - goes into AWS41870023
AWS33309127 - goes into AWS41870023

After this, AWS90215578 and AWS33309127 will not exist anymore and it is not possible to bring them back or split history again.

Please write me "yes, go ahead" if plan is correct for you, or tell me what to change. I will not start before your answer.

Best regards,
Marek
""")
mail(15, "joanna-records-transferred", "merge_completed", C3, ["AWS41870023", "AWS90215578", "AWS33309127"], True,
     provider="o365", env=aws_form(d), to=to_(HANNAH), rcpt=HANNAH[1], date=d,
     subject=FORM_SUBJ.format(c=C3),
     body=dict(type="plain", cte="quoted-printable", text=ded("""
     Good day, Hannah!

     Thank you for your patience while Marek is on leave; I am the one handling your request in the meantime.

     Please be advised that your records from AWS90215578 and AWS33309127 have now been transferred to AWS41870023. Both former profiles were already deactivated, so kindly use AWS41870023 from here on when you schedule exams or download your certificates.

     Your Credly badges will follow to hannah.k@northbeam-analytics.com; please allow up to 3 business days for this.

     Should you need further assistance, please don't hesitate to reply to this email. Have a blessed day!

     Best regards,
     Joanna
     AWS Training and Certification

     ________________________________
     From: Hannah Kowalczyk <hannah.k@northbeam-analytics.com>
     Sent: Friday, October 10, 2025 10:02
     To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
     Subject: RE: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

     Yes, go ahead. Thank you!

     Hannah

     ________________________________
     From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
     Sent: Friday, October 10, 2025 09:33
     To: Hannah Kowalczyk <hannah.k@northbeam-analytics.com>
     Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

     """).replace("{c}", C3) + marek_plan))

d = utc(2025, 10, 14, 16, 40, 2)
mail(16, "credly-something-new-to-show", "credly_badge_issued", None, [], True,
     provider="o365", env=credly(d, HANNAH[1]), to=to_(HANNAH), rcpt=HANNAH[1], date=d,
     subject="Hannah, you have something new to show off",
     body=dict(type="alt", cte_text="7bit", charset="utf-8", text=ded("""
     Hannah, you have something new to show off.

     Amazon Web Services Training and Certification sent you the
     AWS Certified Data Engineer - Associate credential.

     Claim it so colleagues and recruiters can see what you've achieved:
     https://www.credly.com/badges/7f1c2d9e-4a3b-4c55-9e01-2b6d8f3a7c10/accept

     You're receiving this because an organization recognized you on Credly.
     Credly, Inc. | 2 Park Avenue, New York, NY 10016
     """), html=ded("""
     <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f6f8">
     <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;text-align:center">
     <img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96">
     <h1 style="font-size:22px">Hannah, you have something new to show off</h1>
     <img src="https://images.credly.com/size/220x220/images/6a254a9c-4f7d-4a2a-9a1e-8d7c1b4e0f3a/image.png" width="160" alt="">
     <p><b>Amazon Web Services Training and Certification</b> sent you the<br><b>AWS Certified Data Engineer &ndash; Associate</b> credential.</p>
     <p><a href="https://www.credly.com/badges/7f1c2d9e-4a3b-4c55-9e01-2b6d8f3a7c10/accept" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Claim it</a></p>
     <p style="font-size:13px;color:#555">Add it to LinkedIn, your e-mail signature or your r&eacute;sum&eacute; in a couple of clicks.</p>
     <p style="font-size:11px;color:#999">You're receiving this because an organization recognized you on Credly.<br>Credly, Inc. | 2 Park Avenue, New York, NY 10016</p>
     </div></body></html>
     """)))

# ---------------- T4 Mateus (Fastmail, form case) ----------------
d = utc(2026, 1, 19, 16, 22, 31)
mail(17, "were-on-it-html", "case_created", C4, [], True,
     provider="fastmail", env=aws_form(d), to=to_(MATEUS), rcpt=MATEUS[1], date=d,
     subject=f"Thanks, Mateus - we're on it (ref. {C4})",
     body=dict(type="html", cte="quoted-printable", html=ded(f"""
     <!DOCTYPE html>
     <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
     <title>AWS Training and Certification</title></head>
     <body style="margin:0;padding:0;background:#eef1f2">
     <div style="display:none;max-height:0;overflow:hidden">A specialist will be in touch within 24 hours.</div>
     <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
     <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
     <tr><td style="background:#232f3e;padding:20px 28px;color:#fff;font:bold 18px Arial">AWS Training and Certification</td></tr>
     <tr><td style="padding:28px;font:15px/23px Arial;color:#16191f">
     <h1 style="font-size:24px;margin:0 0 14px">Thanks, Mateus &mdash; we're on it!</h1>
     <p>Our Training and Certification specialists look at every request personally, and you can expect to hear from one of them within 24 hours.</p>
     <p>Keep this number handy if you need to get back to us: <b>{C4}</b>.</p>
     <h2 style="font-size:17px;margin-top:26px">In the meantime</h2>
     <ul>
     <li><a href="https://aws.amazon.com/certification/policies/before-testing/">Getting ready for exam day</a></li>
     <li><a href="https://aws.amazon.com/certification/benefits/">Certification benefits and how to use them</a></li>
     <li><a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a></li>
     </ul>
     <p style="font-size:13px;color:#545b64">Please don't send the form again for the same question &mdash; simply reply to this e-mail and we'll add it to what you've already told us.</p>
     </td></tr>
     <tr><td style="padding:18px 28px;background:#f2f3f3;font:11px Arial;color:#687078">&copy; 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved.<br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</td></tr>
     </table></td></tr></table></body></html>
     """)))

d = utc(2026, 1, 20, 13, 48, 19)
mail(18, "valentina-explicit-authorization", "merge_confirmation_requested", C4, ["AWS63018842", "AWS61190457"], True,
     provider="fastmail", env=aws_form(d), to=to_(MATEUS), rcpt=MATEUS[1], date=d,
     subject=FORM_SUBJ.format(c=C4),
     body=dict(type="plain", cte="quoted-printable", text=ded("""
     Dear Mr. Oliveira,

     I hope you are very well. It is a pleasure to assist you today.

     After reviewing your information, I located two certification profiles under your name:

       - AWS-63018842, registered with mateus.oliveira@fastmail.com
       - AWS-61190457, registered with mateus@zunoteq.com.br

     With great pleasure I can unify them for you. AWS-63018842 would remain as your main profile, and all the history of AWS-61190457 (exams, certifications and benefits) would be incorporated into it. After that, AWS-61190457 would be closed.

     Before I proceed, I need your explicit authorization, because this process cannot be reverted once it is executed. Could you please answer this message indicating that you agree with the distribution above? If you prefer that the other profile remains as the main one, please tell me and I will adjust it.

     I remain attentive to your answer.

     Kind regards,
     Valentina R.
     AWS Training and Certification
     """)))

d = utc(2026, 1, 22, 11, 5, 51)
val_prev = ded("""
Dear Mr. Oliveira,

I hope you are very well. It is a pleasure to assist you today.

After reviewing your information, I located two certification profiles under your name:

  - AWS-63018842, registered with mateus.oliveira@fastmail.com
  - AWS-61190457, registered with mateus@zunoteq.com.br

Before I proceed, I need your explicit authorization, because this process cannot be reverted once it is executed. Could you please answer this message indicating that you agree with the distribution above?

Kind regards,
Valentina R.
AWS Training and Certification
""")
mateus_ok = ded("""
Hi Valentina,

Yes, I agree - keep AWS-63018842. Thank you for the quick and kind help!

Mateus
""")
letter = ded("""
Dear Mateus,

Thank you very much for your kind words and for your patience during these days \u2014 I know it is not nice to have your achievements spread across two places.

I am very happy to tell you that, from today, all your certifications, including the Cloud Practitioner you obtained in 2021 when you were still at Zunoteq in S\u00e3o Paulo, appear in your profile AWS63018842. The profile AWS61190457 no longer exists in our system, so please do not try to access it; if you have any saved password for it, you can delete it with tranquility.

Some small recommendations:
  \u2022 Sign in with mateus.oliveira@fastmail.com and look at "Certifications" to check that everything is there.
  \u2022 Your 50% discount for the next exam is also in this profile now.
  \u2022 Credly will send you an e-mail in the next days so you can accept your badges again in the correct account.

It was a real pleasure to help you, and I wish you a lot of success in the Professional exam you mentioned. If anything does not look right, you only need to answer this same e-mail.

With my best regards,
Valentina Rom\u00e1n
AWS Training and Certification

""")
thread = ("On Tue, Jan 20, 2026, at 11:03 AM, Mateus Oliveira wrote:\n"
          + quote(mateus_ok + "\nOn Tue, Jan 20, 2026, at 10:48 AM, Amazon Web Services wrote:\n" + quote(val_prev)))
mail(19, "valentina-warm-letter-from-today", "merge_completed", C4, ["AWS63018842", "AWS61190457"], True,
     provider="fastmail", env=aws_form(d), to=to_(MATEUS), rcpt=MATEUS[1], date=d,
     subject=FORM_SUBJ.format(c=C4) + " \u2013 Mateus Oliveira",
     subject_raw=subj(FORM_SUBJ.format(c=C4) + " \u2013 Mateus Oliveira", split_at=60),
     body=dict(type="wrong", real="cp1252", label="iso-8859-1", cte="quoted-printable",
               text=letter + thread))

d = utc(2026, 1, 23, 9, 0, 12)
mail(20, "how-did-valentina-do", "survey", C4, [], True,
     provider="fastmail", env=aws_form(d), to=to_(MATEUS), rcpt=MATEUS[1], date=d,
     subject=f"[CASE {C4}] How did Valentina do?",
     body=dict(type="alt", cte_text="quoted-printable", text=ded(f"""
     Hi Mateus,

     Your request {C4} with AWS Training and Certification has now been closed.

     Did Valentina help you with what you needed?

       Yes, fully:  https://aws-tc.qualtrics.com/jfe/form/SV_9Gh2kLmQ?c={C4}&a=3
       Partly:      https://aws-tc.qualtrics.com/jfe/form/SV_9Gh2kLmQ?c={C4}&a=2
       Not at all:  https://aws-tc.qualtrics.com/jfe/form/SV_9Gh2kLmQ?c={C4}&a=1

     It takes one click and helps us coach our team.

     If things still aren't right, reply to this e-mail within 7 days and your
     request will be reopened.

     AWS Training and Certification
     """), html=ded(f"""
     <html><body style="font-family:Arial,sans-serif;font-size:15px;color:#16191f">
     <p>Hi Mateus,</p>
     <p>Your request <b>{C4}</b> with AWS Training and Certification has now been closed.</p>
     <p><b>Did Valentina help you with what you needed?</b></p>
     <p><a href="https://aws-tc.qualtrics.com/jfe/form/SV_9Gh2kLmQ?c={C4}&amp;a=3">&#128515; Yes, fully</a> &nbsp;
        <a href="https://aws-tc.qualtrics.com/jfe/form/SV_9Gh2kLmQ?c={C4}&amp;a=2">&#128528; Partly</a> &nbsp;
        <a href="https://aws-tc.qualtrics.com/jfe/form/SV_9Gh2kLmQ?c={C4}&amp;a=1">&#128542; Not at all</a></p>
     <p style="font-size:12px;color:#687078">If things still aren't right, reply to this e-mail within 7 days and your request will be reopened.</p>
     </body></html>
     """)))

# ---------------- T5 Chloe (Yahoo AU, form case, 11-digit id) ----------------
d = utc(2025, 11, 11, 22, 4, 38)
mail(21, "liam-just-need-the-nod", "merge_confirmation_requested", C5, ["AWS84420613", "AWS18837250"], True,
     provider="yahoo", env=aws_form(d), to=to_(CHLOE), rcpt=CHLOE[1], date=d,
     subject=FORM_SUBJ.format(c=C5),
     body=dict(type="plain", cte="8bit", text=ded("""
     G'day Chloe,

     Thanks for hanging in there. I've tracked down both of your profiles:

       AWS84420613 - the one you log into with chloe.nguyen@yahoo.com.au
       AWS18837250 - the old uni one (c.nguyen@student.unimelb.edu.au)

     Plan is to keep AWS84420613 and fold AWS18837250 into it, so your Cloud Practitioner, the SysOps Associate and all your exam history end up in the one spot.

     Heads up though - there's no undo button on this one. Before I pull the trigger I just need the nod from you. A quick reply saying that's all good is plenty, or let me know if you'd rather keep the uni one instead.

     Cheers,
     Liam
     AWS Training & Certification
     """)))

d = utc(2025, 11, 12, 3, 51, 7)
chloe_yes = ded("""
Hi Liam,

All good - keep AWS84420613 please, the uni email doesn't even work anymore. Go for it!

Chloe
""")
liam_prev = ded("""
G'day Chloe,

Thanks for hanging in there. I've tracked down both of your profiles:

  AWS84420613 - the one you log into with chloe.nguyen@yahoo.com.au
  AWS18837250 - the old uni one (c.nguyen@student.unimelb.edu.au)

Plan is to keep AWS84420613 and fold AWS18837250 into it, so your Cloud Practitioner, the SysOps Associate and all your exam history end up in the one spot.

Heads up though - there's no undo button on this one. Before I pull the trigger I just need the nod from you.

Cheers,
Liam
""")
mail(22, "liam-legend-passed-to-records", "support_reply", C5, ["AWS84420613"], True,
     provider="yahoo", env=aws_form(d), to=to_(CHLOE), rcpt=CHLOE[1], date=d,
     subject=FORM_SUBJ.format(c=C5),
     body=dict(type="plain", cte="quoted-printable", text=ded("""
     Legend, thanks Chloe.

     I've handed it to the records team now. These usually take a day or two to go through, sometimes a bit longer if they're snowed under. I'll drop you a line the minute everything's sitting under AWS84420613 - nothing you need to do in the meantime.

     Cheers,
     Liam
     AWS Training & Certification


     """) + "On Wednesday, 12 November 2025 at 09:14:22 am AEDT, Chloe Nguyen <chloe.nguyen@yahoo.com.au> wrote:\n\n\n"
       + chloe_yes + "\n\nOn Wednesday, 12 November 2025 at 09:04:38 am AEDT, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n\n" + liam_prev))

d = utc(2025, 11, 13, 23, 27, 40)
mail(23, "liam-sorted-old-login-wont-work", "merge_completed", C5, ["AWS84420613", "AWS18837250"], True,
     provider="yahoo", env=aws_form(d), to=to_(CHLOE), rcpt=CHLOE[1], date=d,
     subject=FORM_SUBJ.format(c=C5),
     body=dict(type="alt", cte_text="quoted-printable", text=ded("""
     Hi Chloe,

     Sorted! Everything from the old uni profile is now sitting under AWS84420613 - your Cloud Practitioner, the SysOps Associate and the exam history.

     The old AWS18837250 login won't work any more, so don't stress if you get an error trying it.

     Your Credly badges should shuffle across over the next couple of days. If they haven't turned up by the end of next week, give us a yell on this same thread.

     Cheers,
     Liam
     AWS Training & Certification
     """), html=ded("""
     <div dir="ltr" style="font-family:Arial;font-size:14px">
     <p>Hi Chloe,</p>
     <p><b>Sorted!</b> Everything from the old uni profile is now sitting under <b>AWS84420613</b> &ndash; your Cloud Practitioner, the SysOps Associate and the exam history.</p>
     <p>The old AWS18837250 login won't work any more, so don't stress if you get an error trying it.</p>
     <p>Your Credly badges should shuffle across over the next couple of days. If they haven't turned up by the end of next week, give us a yell on this same thread.</p>
     <p>Cheers,<br>Liam<br>AWS Training &amp; Certification</p>
     </div>
     """)))

d = utc(2025, 11, 15, 6, 12, 55)
mail(24, "credly-sysops-ready-for-you", "credly_badge_issued", None, [], True,
     provider="yahoo", env=credly(d, CHLOE[1]), to=to_(CHLOE), rcpt=CHLOE[1], date=d,
     subject="Chloe, your AWS Certified SysOps Administrator credential is ready for you",
     body=dict(type="alt", cte_text="quoted-printable", cte_html="quoted-printable", text=ded("""
     Chloe, your credential is ready for you

     Amazon Web Services Training and Certification has added
     AWS Certified SysOps Administrator - Associate to your Credly account.

     Accept it to start sharing:
     https://www.credly.com/badges/2c0b8f5e-91d4-4e7a-b3f2-6a0d1e9c4b77/accept

     Not sure what to do next? Add it to LinkedIn in one click once accepted.

     Credly, Inc. | 2 Park Avenue, New York, NY 10016
     Unsubscribe from these notifications: https://www.credly.com/earner/settings/notifications
     """), html=ded("""
     <html><body style="background:#f4f6f8;font-family:Helvetica,Arial,sans-serif">
     <table width="100%"><tr><td align="center">
     <table width="560" style="background:#fff;padding:28px">
     <tr><td align="center"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
     <tr><td align="center"><h2>Chloe, your credential is ready for you</h2></td></tr>
     <tr><td align="center"><img src="https://images.credly.com/size/220x220/images/f0d3fbb9-bfa7-4017-9989-7bde8eaf42b1/image.png" width="150" alt="AWS Certified SysOps Administrator - Associate"></td></tr>
     <tr><td align="center"><p><b>Amazon Web Services Training and Certification</b> has added <b>AWS Certified SysOps Administrator &ndash; Associate</b> to your Credly account.</p>
     <p><a href="https://www.credly.com/badges/2c0b8f5e-91d4-4e7a-b3f2-6a0d1e9c4b77/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p></td></tr>
     <tr><td align="center" style="font-size:11px;color:#999">Credly, Inc. | 2 Park Avenue, New York, NY 10016<br><a href="https://www.credly.com/earner/settings/notifications">Unsubscribe</a></td></tr>
     </table></td></tr></table></body></html>
     """)))

# ---------------- T6 Arjun (Proton, console, duplicate request) ----------------
d = utc(2026, 2, 4, 10, 2, 41)
mail(25, "console-request-logged-second", "case_created", C6b, [], True,
     provider="proton", env=aws_console(d), to=to_(ARJUN), rcpt=ARJUN[1], date=d,
     subject=f"Amazon Web Services: You have opened a new Support case: {C6b}",
     body=dict(type="plain", cte="quoted-printable", text=ded(f"""
     Hello,

     Thanks for getting in touch with AWS. Your request is logged under the ID
     below, and someone from our team will pick it up shortly.

     Case ID: {C6b}
     Subject: Please combine my AWS certification accounts (urgent - voucher expiring)
     Severity: General guidance

     You can check on progress, add attachments or write to us at any time from
     the Support Center:
     https://console.aws.amazon.com/support/home#/case/?displayId={C6b}&language=en

     *Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

     Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
     registered trademark of Amazon.com, Inc. or its affiliates.
     """)))

d = utc(2026, 2, 4, 13, 26, 9)
mail(26, "karthik-two-requests-same-concern", "support_reply", C6a, [], True,
     provider="proton", env=aws_console(d), to=to_(ARJUN), rcpt=ARJUN[1], date=d,
     subject=f"RE:[CASE {C6a}] Combine two AWS Certification accounts",
     body=dict(type="plain", cte="quoted-printable", text=ded(f"""
     Hello Arjun,

     Greetings of the day!

     I could see that you have raised two requests for the same concern ({C6a} and {C6b}). To avoid any confusion, I have closed {C6b} and we will be continuing the conversation on this one only. Kindly do not open further requests for the same; our team will respond here itself.

     Also, I understand that your 50% voucher is expiring soon. Please be assured that the voucher will not be lost during the process, and if required we will extend the same.

     Thank you for your understanding and cooperation.

     Best regards,
     Karthik N.
     Amazon Web Services

     """) + console_footer(C6a)))

d = utc(2026, 2, 9, 11, 40, 2)
mail(27, "karthik-gentle-reminder", "support_reply", C6a, ["AWS26654091", "AWS57730118"], True,
     provider="proton", env=aws_console(d), to=to_(ARJUN), rcpt=ARJUN[1], date=d,
     subject=f"RE:[CASE {C6a}] Combine two AWS Certification accounts",
     body=dict(type="plain", cte="quoted-printable", text=ded(f"""
     Hello Arjun,

     This is a gentle reminder regarding your request.

     We had requested you to share the login e-mail address of your second certification account, AWS 57730118, so that we can take this forward. Your main account AWS 26654091 is already verified from our end.

     We have not received any response from you yet. Are you still looking for help on this? If yes, kindly share the details at the earliest. If we do not hear back from you within 5 days, the request will be marked as resolved.

     Best regards,
     Karthik N.
     Amazon Web Services

     """) + console_footer(C6a)))

d = utc(2026, 2, 16, 0, 5, 13)
mail(28, "resolved-no-response-reopen", "survey", C6a, [], True,
     provider="proton", env=aws_console(d), to=to_(ARJUN), rcpt=ARJUN[1], date=d,
     subject=f"[Case {C6a}] Your AWS Support request has been resolved",
     body=dict(type="alt", cte_text="quoted-printable", text=ded(f"""
     Hello,

     We haven't heard from you on request {C6a} ("Combine two AWS Certification
     accounts") for a while, so we've marked it as resolved.

     If you still need help, you can reopen it from the Support Center within 14 days:
     https://console.aws.amazon.com/support/home#/case/?displayId={C6a}&language=en

     Was this helpful? Let us know:
       Yes - https://console.aws.amazon.com/support/cx?displayId={C6a}&v=1
       No  - https://console.aws.amazon.com/support/cx?displayId={C6a}&v=0

     Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
     """), html=ded(f"""
     <html><body style="font-family:Arial,sans-serif;font-size:14px">
     <p>Hello,</p>
     <p>We haven't heard from you on request <b>{C6a}</b> (&ldquo;Combine two AWS Certification accounts&rdquo;) for a while, so we've marked it as resolved.</p>
     <p>If you still need help, you can <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C6a}&amp;language=en">reopen it from the Support Center</a> within 14 days.</p>
     <p><b>Was this helpful?</b> <a href="https://console.aws.amazon.com/support/cx?displayId={C6a}&amp;v=1">Yes</a> | <a href="https://console.aws.amazon.com/support/cx?displayId={C6a}&amp;v=0">No</a></p>
     <p style="font-size:11px;color:#777">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>
     </body></html>
     """)))

# ---------------- T7 Daisuke (Biglobe, form case, terse agent) ----------------
d = utc(2025, 7, 14, 0, 31, 30)
mail(29, "got-it-reference-form-echo", "case_created", C7, ["AWS72650391"], True,
     provider="biglobe", env=aws_form(d), to=to_(DAISUKE), rcpt=DAISUKE[1], date=d,
     subject=f"AWS Training and Certification: reference {C7}",
     body=dict(type="plain", cte="7bit", charset="us-ascii", text=ded(f"""
     Hello Daisuke,

     We've got it. Your reference is {C7}.
     Expect a reply within a day. To add anything, reply to this message
     rather than using the form again.

     What you sent us:
       Inquiry type:      Certification
       Detail:            Account Merge
       AWS candidate ID:  AWS72650391
       Description:       I have a second profile from a Pearson VUE booking
                          in 2022 under d-mori@sorano-tech.co.jp. Please put
                          everything on the biglobe one.

     AWS Training and Certification
     """)))

d = utc(2025, 7, 15, 1, 8, 22)
mail(30, "jordan-ok-to-go", "merge_confirmation_requested", C7, ["AWS72650391", "AWS72650418"], True,
     provider="biglobe", env=aws_form(d), to=to_(DAISUKE), rcpt=DAISUKE[1], date=d,
     subject=FORM_SUBJ.format(c=C7),
     body=dict(type="plain", cte="7bit", charset="us-ascii", text=ded("""
     Daisuke -

     Keep AWS72650391, fold AWS72650418 (d-mori@sorano-tech.co.jp) into it. Can't be reversed.
     OK to go? A one-word reply is fine.

     Jordan
     AWS T&C
     """)))

d = utc(2025, 7, 16, 23, 2, 5)
done31 = ded("""
Daisuke -

AWS72650418 is gone. Its history now lives on AWS72650391.

Jordan
AWS T&C
""")
mail(31, "jordan-old-one-is-gone", "merge_completed", C7, ["AWS72650391", "AWS72650418"], None,
     provider="biglobe_noar", env=aws_form(d), to=to_(DAISUKE), rcpt=DAISUKE[1], date=d,
     subject=FORM_SUBJ.format(c=C7),
     body=dict(type="plain", cte="7bit", charset="us-ascii", text=done31))

d = utc(2025, 7, 17, 0, 44, 18)
MARK = ("Mark Ellison", "m.ellison@sorano-tech.co.jp")
env32 = plain_env(Header("\u68ee \u5927\u8f14", "iso-2022-jp").encode(), DAISUKE[1], d, kind="other",
                  dkim=[("biglobe.ne.jp", "bgl2021")])
env32.helo = "mtaout-sa05.biglobe.ne.jp"
fwd_text = ded("""
Hi Mark,

FYI below - my two certification profiles are now one, so the Partner Central
listing should only show AWS72650391 from now on. Could you update our partner
records so my old ID from the Sorano days drops off? I think it was still
counted twice in the last APN report.

Thanks,
Daisuke

""") + "2025\u5e747\u670817\u65e5(\u6728) 8:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + quote(done31)
mail(32, "daisuke-fwd-to-mark-iso2022jp", "unrelated", C7, ["AWS72650391"], False,
     provider="o365", env=env32, to=addr(*MARK), rcpt=MARK[1], date=d,
     subject="Fwd: " + FORM_SUBJ.format(c=C7), date_tz=JP,
     extra=["User-Agent: BIGLOBE Webmail"],
     body=dict(type="plain", charset="iso-2022-jp", cte="7bit", text=fwd_text))

# ---------------- T8 Sofia (iCloud, console) ----------------
d = utc(2026, 3, 9, 18, 3, 1)
mail(33, "youre-in-good-hands-html", "case_created", C8, [], True,
     provider="icloud", env=aws_console(d), to=to_(SOFIA), rcpt=SOFIA[1], date=d,
     subject=f"We're on it: your AWS Support request {C8}",
     body=dict(type="html", cte="base64", html=ded(f"""
     <!doctype html>
     <html><head><meta charset="utf-8"><title>AWS Support</title></head>
     <body style="margin:0;background:#f2f3f3">
     <center>
     <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Amazon Ember',Helvetica,Arial,sans-serif">
     <tr><td style="padding:22px 30px;background:#232f3e"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" height="28" alt="aws"></td></tr>
     <tr><td style="padding:30px;font-size:16px;line-height:24px;color:#16191f">
     <p style="font-size:22px;margin:0 0 12px"><b>You're in good hands, Sofia.</b></p>
     <p>Thanks for letting us know what you need. Our team is going through the details you shared and will follow up soon &mdash; usually within one business day for general guidance requests.</p>
     <table style="background:#f2f8fd;border-left:4px solid #0073bb;width:100%"><tr><td style="padding:12px 16px;font-size:14px">
     <b>Reference:</b> {C8}<br>
     <b>Topic:</b> Certification account &ndash; two profiles, one person<br>
     <b>Severity:</b> General guidance</td></tr></table>
     <p style="margin-top:22px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={C8}&amp;language=en" style="background:#ff9900;color:#16191f;padding:10px 22px;text-decoration:none;border-radius:2px;font-weight:bold">Track it in the Support Center</a></p>
     <p style="font-size:13px;color:#545b64">This mailbox can't take replies. Add anything you forgot from the Support Center link above.</p>
     </td></tr>
     <tr><td style="padding:16px 30px;font-size:11px;color:#879596">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</td></tr>
     </table></center></body></html>
     """)))

d = utc(2026, 3, 10, 15, 20, 44)
mail(34, "new-message-waiting-notice", "support_reply", C8, [], True,
     provider="icloud", env=aws_console(d), to=to_(SOFIA), rcpt=SOFIA[1], date=d,
     subject=f"[Case {C8}] New correspondence added",
     body=dict(type="plain", cte="7bit", charset="us-ascii", text=ded(f"""
     Hello,

     There's a new message waiting for you on your AWS Support request {C8}.

     Sign in to the Support Center to read it and respond:
     https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=en

     This mailbox isn't monitored, so please don't reply here.

     Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
     """)))

d = utc(2026, 3, 11, 16, 58, 30)
mail(35, "brittany-once-history-moved", "support_reply", C8, ["AWS39485012"], True,
     provider="icloud", env=aws_console(d), to=to_(SOFIA), rcpt=SOFIA[1], date=d,
     subject=f"RE:[CASE {C8}] Certification account - two profiles, one person",
     body=dict(type="plain", cte="quoted-printable", text=ded(f"""
     Hi Sofia!

     Thanks so much for getting back to me so quickly - I really appreciate it.

     I've sent everything over to our records team. Once your history has been moved onto AWS39485012 and the older profile is closed out, Credly will pick up the change on its own, and your badges should show up on your newer Credly account within about 3 business days after that. Your 50% voucher will carry over at that point too, so there's nothing you need to do there.

     I'll keep an eye on it and reach out again as soon as the records team gives me the green light.

     Have a great rest of your week!

     Brittany K.
     Amazon Web Services

     """) + console_footer(C8)))

d = utc(2026, 3, 13, 14, 0, 0)
t36 = ded(f"""
You're all set, Sofia

One profile. All your achievements.

We've brought everything from AWS39011276 into AWS39485012 - certifications,
exam history and benefits - so from now on there's just one place to sign in.

WHAT'S NEXT
- Sign in at https://www.aws.training/Certification with sofia.marin@icloud.com
- Look out for an email from Credly so you can accept your badges in one spot
- Ready for your next challenge? Your 50% discount is waiting

Reference: {C8}

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109
""")
h36 = ded(f"""
<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#0f1b2a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:'Amazon Ember',Arial,sans-serif">
<tr><td style="background:linear-gradient(90deg,#7f00ff,#ff9900);padding:40px 36px;color:#fff;border-radius:8px 8px 0 0">
<div style="font-size:30px;font-weight:bold">You're all set, Sofia &#127881;</div>
<div style="font-size:18px;margin-top:8px">One profile. All your achievements.</div></td></tr>
<tr><td style="padding:30px 36px;font-size:16px;line-height:25px;color:#16191f">
<p>We've brought everything from <b>AWS39011276</b> into <b>AWS39485012</b> &mdash; certifications, exam history and benefits &mdash; so from now on there's just one place to sign in.</p>
<h3 style="margin:24px 0 8px">What's next</h3>
<table cellpadding="6">
<tr><td>&#128273;</td><td><a href="https://www.aws.training/Certification">Sign in</a> with sofia.marin@icloud.com</td></tr>
<tr><td>&#127941;</td><td>Look out for an email from Credly so you can accept your badges in one spot</td></tr>
<tr><td>&#128640;</td><td>Ready for your next challenge? <a href="https://aws.amazon.com/certification/benefits/">Your 50% discount is waiting</a></td></tr>
</table>
<p style="font-size:12px;color:#687078;margin-top:26px">Reference: {C8}</p>
</td></tr>
<tr><td style="padding:18px 36px;font-size:11px;color:#879596;background:#f2f3f3;border-radius:0 0 8px 8px">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109<br>
<a href="https://pages.awscloud.com/communication-preferences">Communication preferences</a></td></tr>
</table></td></tr></table></body></html>
""")
mail(36, "youre-all-set-one-profile", "merge_completed", C8, ["AWS39485012", "AWS39011276"], True,
     provider="icloud", env=ses("AWS Training and Certification", "aws-training-certification@amazon.com", d),
     to=to_(SOFIA), rcpt=SOFIA[1], date=d,
     subject="\U0001F389 You're all set, Sofia \u2014 one profile, all your achievements",
     subject_raw=subj("\U0001F389 You're all set, Sofia \u2014 one profile, all your achievements", split_at=50),
     body=dict(type="alt", cte_text="quoted-printable", cte_html="quoted-printable", text=t36, html=h36))

# ---------------- T9 Ewan (O365 tenant, form case, Filipino agent) ----------------
d = utc(2025, 9, 2, 8, 57, 26)
mail(37, "enquiry-now-with-us", "case_created", C9, [], True,
     provider="o365", env=aws_form(d), to=to_(EWAN), rcpt=EWAN[1], date=d,
     subject=f"Your enquiry to AWS Training and Certification ({C9})",
     body=dict(type="plain", cte="base64", text=ded(f"""
     Hello Ewan,

     Thank you for writing to AWS Training and Certification.

     This note is simply to let you know that your enquiry is now with us. One of our specialists will pick it up and reply to this address, normally within one working day.

     Your reference is {C9}. If you'd like to add anything in the meantime, please reply to this e-mail rather than filling in the form again, so that everything stays in one place.

     Kind regards,
     AWS Training and Certification
     """)))

d = utc(2025, 9, 3, 3, 14, 9)
ma_req = ded("""
Good day, Ewan!

Thank you for reaching out to AWS Training and Certification.

Upon checking, kindly see the accounts linked to your request:

  \u2022 AWS 20457781 \u2013 ewan.fraser@halden-data.co.uk (to be retained)
  \u2022 AWS 20419963 \u2013 ewanfraser88@gmail.com (to be consolidated)

Please take note that this process is permanent and cannot be undone once started.

May we request you to reply "Yes" to this email so we can move forward with your request? Rest assured that we will not proceed until we hear from you.

We'll be waiting for your response.

Sincerely,
Mark Anthony
AWS Training and Certification
""")
mail(38, "mark-anthony-reply-yes", "merge_confirmation_requested", C9, ["AWS20457781", "AWS20419963"], True,
     provider="o365", env=aws_form(d), to=to_(EWAN), rcpt=EWAN[1], date=d,
     subject=FORM_SUBJ.format(c=C9),
     body=dict(type="plain", cte="quoted-printable", text=ma_req))

d = utc(2025, 9, 4, 6, 31, 48)
mail(39, "mark-anthony-carried-out-closing", "merge_completed", C9, ["AWS20457781", "AWS20419963"], True,
     provider="o365", env=aws_form(d), to=to_(EWAN), rcpt=EWAN[1], date=d,
     subject=FORM_SUBJ.format(c=C9),
     body=dict(type="alt", cte_text="quoted-printable", cte_html="quoted-printable", text=ded("""
     Good day, Ewan!

     We are pleased to inform you that your request has been carried out. All certifications and exam records of AWS 20419963 are now under AWS 20457781, and the gmail profile can no longer be used to sign in.

     With this, we will be closing this request.

     Was your issue resolved?  YES | NO

     Sincerely,
     Mark Anthony
     AWS Training and Certification

     ________________________________
     From: Ewan Fraser <ewan.fraser@halden-data.co.uk>
     Sent: 03 September 2025 08:40
     To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
     Subject: RE: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

     Yes.

     Ewan Fraser | Senior Data Engineer | Halden Data Ltd

     ________________________________
     From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
     Sent: 03 September 2025 04:14
     To: Ewan Fraser <ewan.fraser@halden-data.co.uk>
     Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

     """).replace("{c}", C9) + ma_req, html=ded(f"""
     <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
     <p>Good day, Ewan!</p>
     <p>We are pleased to inform you that your request has been carried out. All certifications and exam records of AWS 20419963 are now under <b>AWS 20457781</b>, and the gmail profile can no longer be used to sign in.</p>
     <p>With this, we will be closing this request.</p>
     <p><b>Was your issue resolved?</b>
     <a href="https://aws-tc.qualtrics.com/jfe/form/SV_5Pq1?c={C9}&amp;r=y">YES</a> |
     <a href="https://aws-tc.qualtrics.com/jfe/form/SV_5Pq1?c={C9}&amp;r=n">NO</a></p>
     <p>Sincerely,<br>Mark Anthony<br>AWS Training and Certification</p>
     <div style="border-top:1px solid #e1e1e1;padding-top:6px;color:#555">
     <p><b>From:</b> Ewan Fraser &lt;ewan.fraser@halden-data.co.uk&gt;<br><b>Sent:</b> 03 September 2025 08:40<br><b>Subject:</b> RE: RE:[CASE {C9}] [AWS Training and Certification Form Submission] - account-assistance</p>
     <p>Yes.</p><p>Ewan Fraser | Senior Data Engineer | Halden Data Ltd</p>
     </div></body></html>
     """)))

d = utc(2025, 9, 5, 9, 15, 0)
mail(40, "tell-us-how-it-went", "survey", C9, [], True,
     provider="o365", env=ses("AWS Training and Certification", "aws-tc-cx@amazon.com", d), to=to_(EWAN), rcpt=EWAN[1], date=d,
     subject="Ewan, two quick questions about your recent request",
     body=dict(type="alt", cte_text="quoted-printable", text=ded(f"""
     Hi Ewan,

     Mark Anthony recently helped you with request {C9}. Could you spare
     under a minute to tell us how it went?

       1. How easy was it to get the help you needed?
       2. How likely are you to recommend AWS Training and Certification
          support to a colleague?

     Start here: https://aws-tc.qualtrics.com/jfe/form/SV_bJ2mXq?c={C9}

     Your answers are anonymous unless you choose otherwise.

     AWS Training and Certification
     410 Terry Avenue North, Seattle, WA 98109
     """), html=ded(f"""
     <html><body style="font-family:Arial,sans-serif;font-size:15px;color:#16191f">
     <p>Hi Ewan,</p>
     <p>Mark Anthony recently helped you with request <b>{C9}</b>. Could you spare under a minute to tell us how it went?</p>
     <p><b>How easy was it to get the help you needed?</b></p>
     <p>
     <a href="https://aws-tc.qualtrics.com/jfe/form/SV_bJ2mXq?c={C9}&amp;q1=1">Very difficult</a> &middot;
     <a href="https://aws-tc.qualtrics.com/jfe/form/SV_bJ2mXq?c={C9}&amp;q1=2">Difficult</a> &middot;
     <a href="https://aws-tc.qualtrics.com/jfe/form/SV_bJ2mXq?c={C9}&amp;q1=3">Neutral</a> &middot;
     <a href="https://aws-tc.qualtrics.com/jfe/form/SV_bJ2mXq?c={C9}&amp;q1=4">Easy</a> &middot;
     <a href="https://aws-tc.qualtrics.com/jfe/form/SV_bJ2mXq?c={C9}&amp;q1=5">Very easy</a></p>
     <p style="font-size:12px;color:#687078">Your answers are anonymous unless you choose otherwise.<br>AWS Training and Certification, 410 Terry Avenue North, Seattle, WA 98109</p>
     </body></html>
     """)))

# ---------------- phishing confirmation request (spoofed amazon.com) ----------------
NADIA = ("Nadia Haddad", "nadia.haddad.dev@gmail.com")
d = utc(2025, 12, 18, 6, 44, 12)
C41 = case15(utc(2025, 12, 17, 15, 2, 51), 813)
env41 = Env("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
            "postmaster@srv-mail04.vexilo-hosting.com", "srv-mail04.vexilo-hosting.com", "185.213.27.140",
            [], f"<{hexr(10)}@srv-mail04.vexilo-hosting.com>")
forged = ("Authentication-Results: amazon.com;\n dkim=pass header.d=amazon.com header.s=aws2025;\n"
          " spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com")
mail(41, "approve-consolidation-48-hours", "merge_confirmation_requested", C41, ["AWS50327719", "AWS50327746"], False,
     provider="gmail", env=env41, to=to_(NADIA), rcpt=NADIA[1], date=d, auth="fail", forged_ar=forged, no_dkim=True,
     subject=f"RE:[CASE {C41}] Action required: approve your certification profile arrangement",
     reply_to="AWS Certification <records@aws-certification-accounts.com>",
     body=dict(type="alt", cte_text="quoted-printable", cte_html="base64", text=ded(f"""
     Dear Candidate,

     Our records show two AWS Certification profiles registered to you:

       AWS50327719 (primary)
       AWS50327746 (secondary)

     These profiles are scheduled to be unified into AWS50327719. Because this
     arrangement cannot be reversed, we need you to approve it personally within
     48 hours through our secure candidate portal:

       https://aws-certification-accounts.com/approve?case={C41}&token=7Hk2Lq9x

     If we do not receive your approval, both profiles will be temporarily
     suspended pending identity review and any scheduled exams may be cancelled.

     Regards,
     AWS Training and Certification Records Team
     """), html=ded(f"""
     <html><body style="font-family:Arial,sans-serif;font-size:14px">
     <img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" height="40">
     <p>Dear Candidate,</p>
     <p>Our records show two AWS Certification profiles registered to you:</p>
     <ul><li><b>AWS50327719</b> (primary)</li><li><b>AWS50327746</b> (secondary)</li></ul>
     <p>These profiles are scheduled to be unified into AWS50327719. Because this arrangement cannot be reversed, we need you to approve it personally within <b style="color:#d13212">48 hours</b> through our secure candidate portal.</p>
     <p><a href="https://aws-certification-accounts.com/approve?case={C41}&amp;token=7Hk2Lq9x" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">Approve arrangement</a></p>
     <p>If we do not receive your approval, both profiles will be temporarily suspended pending identity review and any scheduled exams may be cancelled.</p>
     <p>Regards,<br>AWS Training and Certification Records Team</p>
     </body></html>
     """)))

# ---------------- T11 Grace (Gmail, form case, American agent) ----------------
d = utc(2025, 12, 4, 23, 12, 40)
grace_form = ded("""
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS71102384
Name: Grace Obi
Description: Hi, when I booked my SAA exam last year I accidentally created a new
profile with my work email (grace.obi@lumenpay.io) instead of logging in to my
existing one. Can you put everything on AWS71102384 please? I don't have access to
the lumenpay mailbox any more.
""")
req42 = ded("""
Hi Grace,

Thanks for your patience while I looked into this - and no worries, this happens a lot more than you'd think!

Here's where things stand. You've got two profiles with us:

  AWS71102384 - grace.obi.cloud@gmail.com (the one you'd like to keep)
  aws-70985521 - grace.obi@lumenpay.io (created when you booked your SAA)

What I'd do is move the SAA and its exam record over to AWS71102384 and then switch off aws-70985521 for good. Just a heads-up: there's no way to pull the two apart again afterwards.

Once I hear back from you that this is how you'd like things set up, I'll put it through.

Thanks!
Daniel P.
AWS Training and Certification
""")
mail(42, "daniel-once-i-hear-back", "merge_confirmation_requested", C11, ["AWS71102384", "AWS70985521"], True,
     provider="gmail", env=aws_form(d), to=to_(GRACE), rcpt=GRACE[1], date=d,
     subject=FORM_SUBJ.format(c=C11),
     body=dict(type="plain", cte="quoted-printable", text=req42 + "\n\n"
               "Grace Obi wrote on 12/03/2025 01:10 PM PST:\n\n" + grace_form))

d = utc(2025, 12, 6, 17, 39, 5)
grace_go = ded("""
Hi Daniel,

Yes, that's exactly what I'd like. Thanks so much!

Grace
""")
mail(43, "daniel-switched-off-all-yours", "merge_completed", C11, ["AWS71102384"], True,
     provider="gmail", env=aws_form(d), to=to_(GRACE), rcpt=GRACE[1], date=d,
     subject=FORM_SUBJ.format(c=C11),
     body=dict(type="alt", cte_text="quoted-printable", cte_html="quoted-printable", text=ded("""
     Hi Grace,

     All set on our side. AWS71102384 is now the only profile you'll need - the SAA and its exam record are on it, and the lumenpay login has been switched off. Give it an hour or so before you sign in, just so everything's had time to settle.

     Take care, and good luck with the Professional!

     Daniel P.
     AWS Training and Certification

     """) + "On Thu, Dec 4, 2025 at 7:41 PM Grace Obi <grace.obi.cloud@gmail.com> wrote:\n"
       + quote(grace_go + "\nOn Thu, Dec 4, 2025 at 3:12 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(req42)),
     html=ded("""
     <div dir="ltr"><p>Hi Grace,</p>
     <p>All set on our side. <b>AWS71102384</b> is now the only profile you'll need &ndash; the SAA and its exam record are on it, and the lumenpay login has been switched off. Give it an hour or so before you sign in, just so everything's had time to settle.</p>
     <p>Take care, and good luck with the Professional!</p>
     <p>Daniel P.<br>AWS Training and Certification</p></div>
     <br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Dec 4, 2025 at 7:41 PM Grace Obi &lt;grace.obi.cloud@gmail.com&gt; wrote:<br></div>
     <blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
     <div dir="ltr">Hi Daniel,<br><br>Yes, that's exactly what I'd like. Thanks so much!<br><br>Grace</div>
     </blockquote></div>
     """)))

d = utc(2025, 12, 6, 17, 41, 12)
mail(44, "request-closed-did-we-get-it-right", "survey", C11, [], True,
     provider="gmail", env=aws_form(d), to=to_(GRACE), rcpt=GRACE[1], date=d,
     subject=f"[CASE {C11}] Your request is now closed",
     body=dict(type="plain", cte="7bit", charset="us-ascii", text=ded(f"""
     Hi Grace,

     Your request {C11} is now closed.

     Did we get it right? Pick one - it takes a second:

       Yes, all good:      https://aws-tc.qualtrics.com/jfe/form/SV_e4Rt?c={C11}&s=1
       Not quite:          https://aws-tc.qualtrics.com/jfe/form/SV_e4Rt?c={C11}&s=0

     Anything else on your mind about how Daniel handled this? There's a box for
     that on the next page.

     If you still need help with this same issue, just reply to this email.

     AWS Training and Certification
     """)))

d = utc(2025, 8, 18, 16, 0, 5)
mail(45, "recommend-aws-support-0-10", "survey", C2, [], True,
     provider="outlook", env=ses("AWS Support", "aws-support-experience@amazon.com", d), to=to_(OLIVER), rcpt=OLIVER[1], date=d,
     subject="Oliver, how was your recent experience with AWS Support?",
     body=dict(type="html", cte="quoted-printable", html=ded(f"""
     <html><head><meta charset="utf-8"></head>
     <body style="background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
     <table width="600" align="center" style="background:#fff;margin-top:20px"><tr><td style="padding:30px">
     <p>Hi Oliver,</p>
     <p>You recently worked with Fiona on request <b>{C2}</b>: <i>Two certification profiles - want them combined into one</i>.</p>
     <p><b>How likely are you to recommend AWS Support to a friend or colleague?</b></p>
     <table cellspacing="3"><tr>
     """) + "".join(f'<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_1Ns8?d={C2}&amp;n={i}" style="display:block;width:34px;padding:8px 0;text-align:center;border:1px solid #aab7b8;color:#16191f;text-decoration:none">{i}</a></td>' for i in range(11)) + ded("""
     </tr><tr><td colspan="5" style="font-size:11px;color:#687078">Not at all likely</td><td></td><td colspan="5" style="font-size:11px;color:#687078;text-align:right">Extremely likely</td></tr></table>
     <p style="font-size:13px;color:#545b64">It takes less than two minutes. Your answers help us improve AWS Support for everyone.</p>
     <p style="font-size:11px;color:#879596">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. &middot; 410 Terry Avenue North, Seattle, WA 98109-5210</p>
     </td></tr></table></body></html>
     """)))

d = utc(2025, 11, 14, 2, 30, 0)
mail(46, "how-did-liam-go", "survey", C5, [], True,
     provider="yahoo", env=aws_form(d), to=to_(CHLOE), rcpt=CHLOE[1], date=d,
     subject=f"[CASE {C5}] We're closing this off - how did Liam go?",
     body=dict(type="alt", cte_text="quoted-printable", text=ded(f"""
     Hi Chloe,

     We're closing off request {C5}.

     How did Liam go?
       Great     https://aws-tc.qualtrics.com/jfe/form/SV_au7?c={C5}&g=3
       Okay      https://aws-tc.qualtrics.com/jfe/form/SV_au7?c={C5}&g=2
       Not great https://aws-tc.qualtrics.com/jfe/form/SV_au7?c={C5}&g=1

     Still need something? Reply to Liam's last e-mail and it'll land with him.

     AWS Training and Certification
     """), html=ded(f"""
     <html><body style="font-family:Arial,sans-serif">
     <p>Hi Chloe,</p><p>We're closing off request <b>{C5}</b>.</p>
     <p><b>How did Liam go?</b></p>
     <p><a href="https://aws-tc.qualtrics.com/jfe/form/SV_au7?c={C5}&amp;g=3">Great</a> &middot;
     <a href="https://aws-tc.qualtrics.com/jfe/form/SV_au7?c={C5}&amp;g=2">Okay</a> &middot;
     <a href="https://aws-tc.qualtrics.com/jfe/form/SV_au7?c={C5}&amp;g=1">Not great</a></p>
     <p style="color:#666;font-size:12px">Still need something? Reply to Liam's last e-mail and it'll land with him.</p>
     </body></html>
     """)))

# ---------------- Credly ----------------
d = utc(2025, 6, 1, 21, 17, 44)
mail(47, "credly-three-credentials-followed-you", "credly_badge_issued", None, [], True,
     provider="gmail", env=credly(d, PRIYA[1]), to=to_(PRIYA), rcpt=PRIYA[1], date=d,
     subject="Your credentials followed you, Priya",
     body=dict(type="alt", cte_text="base64", cte_html="base64", text=ded("""
     Hi Priya,

     Because your AWS Certification profiles were combined, Amazon Web Services
     Training and Certification has re-sent 3 credentials to this email address:

       - AWS Certified Solutions Architect - Associate
       - AWS Certified Developer - Associate
       - AWS Certified Cloud Practitioner

     Accept them to bring them into your Credly profile:
     https://www.credly.com/earner/earned/pending

     The copies on your old Credly account will be removed automatically.

     Credly, Inc. | 2 Park Avenue, New York, NY 10016
     """), html=ded("""
     <html><body style="background:#f4f6f8;font-family:Helvetica,Arial,sans-serif">
     <div style="max-width:560px;margin:0 auto;background:#fff;padding:30px">
     <img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">
     <h2>Your credentials followed you, Priya</h2>
     <p>Because your AWS Certification profiles were combined, <b>Amazon Web Services Training and Certification</b> has re-sent 3 credentials to this email address:</p>
     <ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
     <p><a href="https://www.credly.com/earner/earned/pending" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Accept all</a></p>
     <p style="font-size:12px;color:#777">The copies on your old Credly account will be removed automatically.</p>
     <p style="font-size:11px;color:#999">Credly, Inc. | 2 Park Avenue, New York, NY 10016</p>
     </div></body></html>
     """)))

d = utc(2026, 3, 2, 15, 9, 27)
s48 = "Amazon Web Services Training and Certification recognized you: AWS Certified Machine Learning Engineer \u2013 Associate"
mail(48, "credly-recognized-you-mle", "credly_badge_issued", None, [], True,
     provider="fastmail", env=credly(d, MATEUS[1]), to=to_(MATEUS), rcpt=MATEUS[1], date=d,
     subject=s48, subject_raw=subj(s48, split_at=64),
     body=dict(type="alt", cte_text="quoted-printable", cte_html="quoted-printable", text=ded("""
     Mateus,

     Amazon Web Services Training and Certification has recognized you with
     AWS Certified Machine Learning Engineer \u2013 Associate.

     Accept it and let your network know:
     https://www.credly.com/badges/9e3a71c4-0d55-4b8f-a2e6-13f7c05db9a1/accept

     Credly, Inc. | 2 Park Avenue, New York, NY 10016
     """), html=ded("""
     <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f6f8">
     <div style="max-width:560px;margin:0 auto;background:#fff;padding:30px;text-align:center">
     <img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">
     <p style="font-size:18px">Mateus,</p>
     <p><b>Amazon Web Services Training and Certification</b> has recognized you with</p>
     <img src="https://images.credly.com/size/220x220/images/778bde6c-ad1c-4312-ac33-2fa40d50a147/image.png" width="150" alt="">
     <h2 style="font-size:19px">AWS Certified Machine Learning Engineer &ndash; Associate</h2>
     <p><a href="https://www.credly.com/badges/9e3a71c4-0d55-4b8f-a2e6-13f7c05db9a1/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Accept and share</a></p>
     <p style="font-size:11px;color:#999">Credly, Inc. | 2 Park Avenue, New York, NY 10016</p>
     </div></body></html>
     """)))

d = utc(2025, 12, 9, 4, 51, 33)
env49 = plain_env("Credly", "notifications@credly-acclaim.net", d, kind="other",
                  dkim=[("credly-acclaim.net", "mail")])
env49.helo = "mail.credly-acclaim.net"
mail(49, "lookalike-credly-claim-now", "credly_badge_issued", None, [], False,
     provider="gmail", env=env49, to=to_(GRACE), rcpt=GRACE[1], date=d,
     subject="Grace, your AWS credential is waiting - claim it before it expires",
     body=dict(type="html", cte="base64", html=ded("""
     <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f6f8">
     <div style="max-width:540px;margin:0 auto;background:#fff;padding:28px;text-align:center">
     <img src="https://credly-acclaim.net/assets/logo.png" width="96" alt="Credly">
     <h2>Your AWS credential is waiting</h2>
     <p>Hi Grace,</p>
     <p>Following the recent update to your AWS Certification profile, <b>Amazon Web Services Training and Certification</b> has placed <b>AWS Certified Solutions Architect &ndash; Associate</b> in your wallet.</p>
     <p>Unclaimed credentials are withdrawn after 72 hours. Sign in with your email password to claim yours.</p>
     <p><a href="https://credly-acclaim.net/claim?u=grace.obi.cloud%40gmail.com&amp;t=f93a" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Claim now</a></p>
     <p style="font-size:11px;color:#999">Credly Inc. &middot; New York</p>
     </div></body></html>
     """)))

d = utc(2025, 9, 6, 11, 2, 18)
mail(50, "credly-moved-from-former-profile", "credly_badge_issued", None, [], True,
     provider="o365", env=credly(d, EWAN[1]), to=to_(EWAN), rcpt=EWAN[1], date=d,
     subject="Ewan, 2 credentials are waiting in your Credly account",
     body=dict(type="plain", cte="quoted-printable", text=ded("""
     Hi Ewan,

     The credentials that were linked to your former AWS Certification profile
     now belong to your Credly account ewan.fraser@halden-data.co.uk:

       AWS Certified Data Analytics - Specialty
       AWS Certified Solutions Architect - Associate

     They'll appear on your public profile as soon as you accept them:
     https://www.credly.com/earner/earned/pending

     Need help? https://support.credly.com

     Credly, Inc. | 2 Park Avenue, New York, NY 10016
     """)))

# ---------------- Ben (iCloud, form case, Eastern European agent, mislabelled charset) ----------------
BEN = ("Ben Carter", "ben.carter@me.com")
C51 = case15(utc(2025, 6, 23, 14, 27, 50), 3390)
d = utc(2025, 6, 26, 8, 11, 35)
mail(51, "irina-profiles-joined", "merge_completed", C51, ["AWS48830172", "AWS48830019"], True,
     provider="icloud", env=aws_form(d), to=to_(BEN), rcpt=BEN[1], date=d,
     subject=FORM_SUBJ.format(c=C51),
     body=dict(type="wrong", real="utf-8", label="iso-8859-1", cte="base64", text=ded("""
     Hello Ben,

     your two profiles were joined. Main profile is AWS48830172.
     Profile AWS48830019 is closed, login to it will not work anymore.
     Certifications, exam history and voucher are on main profile now.

     If Credly badges are still on old e-mail after 3 days, write to me here.

     Regards,
     Irina Kovačević
     AWS Training and Certification \u2013 EMEA
     """)))

# ---------------- unrelated ----------------
d = utc(2025, 10, 15, 12, 4, 51)
env52 = Env("Jakub Nowak", "notifications@github.com", "noreply@github.com", f"out-{R.randint(10, 30)}.smtp.github.com",
            f"192.30.252.{R.randint(190, 210)}", [("github.com", "pf2023")],
            "<northbeam/cert-tracker/pull/57/issue_event/20418837512@github.com>")
mail(52, "github-merged-cert-ids-pr", "unrelated", None, ["AWS41870023", "AWS90215578", "AWS33309127"], False,
     provider="o365", env=env52, to="northbeam/cert-tracker <cert-tracker@noreply.github.com>", rcpt=HANNAH[1], date=d,
     cc=f"{to_(HANNAH)}, Author <author@noreply.github.com>",
     subject="Re: [northbeam/cert-tracker] Collapse Hannah's three AWS cert IDs into one (PR #57)",
     irt="<northbeam/cert-tracker/pull/57@github.com>", refs="<northbeam/cert-tracker/pull/57@github.com>",
     extra=["List-ID: northbeam/cert-tracker <cert-tracker.northbeam.github.com>",
            "List-Archive: https://github.com/northbeam/cert-tracker",
            "List-Unsubscribe: <mailto:unsub+ABCD3F7@reply.github.com>, <https://github.com/notifications/unsubscribe/ABCD3F7>",
            "X-GitHub-Sender: jnowak-nb", "X-GitHub-Recipient: hkowalczyk-nb", "X-GitHub-Reason: author",
            "Precedence: list"],
     body=dict(type="alt", cte_text="7bit", charset="utf-8", text=ded("""
     Merged #57 into main.

     Now that AWS have folded Hannah's old profiles into one, certs.yaml only lists
     AWS41870023 for her; aws90215578 and AWS-33309127 are gone from the partner
     export and the nightly Credly sync. Thanks for the quick review!

     --
     Reply to this email directly, view it on GitHub:
     https://github.com/northbeam/cert-tracker/pull/57#event-20418837512
     You are receiving this because you authored the thread.

     Message ID: <northbeam/cert-tracker/pull/57/issue_event/20418837512@github.com>
     """), html=ded("""
     <p></p>
     <p>Merged <a class="issue-link js-issue-link" href="https://github.com/northbeam/cert-tracker/pull/57">#57</a> into main.</p>
     <p>Now that AWS have folded Hannah's old profiles into one, <code>certs.yaml</code> only lists AWS41870023 for her; aws90215578 and AWS-33309127 are gone from the partner export and the nightly Credly sync. Thanks for the quick review!</p>
     <p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northbeam/cert-tracker/pull/57#event-20418837512">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/ABCD3F7">unsubscribe</a>.<br />You are receiving this because you authored the thread.</p>
     """)))

d = utc(2026, 2, 20, 17, 30, 9)
mail(53, "credly-cloud-practitioner-runs-out", "unrelated", None, [], True,
     provider="yahoo", env=credly(d, CHLOE[1], name="Credly"), to=to_(CHLOE), rcpt=CHLOE[1], date=d,
     subject="Heads up: your AWS Certified Cloud Practitioner credential runs out in 90 days",
     body=dict(type="alt", cte_text="quoted-printable", text=ded("""
     Hi Chloe,

     Your AWS Certified Cloud Practitioner credential from Amazon Web Services
     Training and Certification runs out on 21 May 2026.

     To keep it active on your profile, check the recertification options with
     the issuer before that date:
     https://aws.amazon.com/certification/recertification/

     View the credential: https://www.credly.com/badges/4b1e9a30-7dd2-4a61-b5f0-98c2e2a1d0f4

     Credly, Inc. | 2 Park Avenue, New York, NY 10016
     """), html=ded("""
     <html><body style="font-family:Helvetica,Arial,sans-serif">
     <div style="max-width:560px;margin:0 auto;padding:28px">
     <img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">
     <h2>Heads up, Chloe</h2>
     <p>Your <b>AWS Certified Cloud Practitioner</b> credential from Amazon Web Services Training and Certification runs out on <b>21 May 2026</b>.</p>
     <p>To keep it active on your profile, check the <a href="https://aws.amazon.com/certification/recertification/">recertification options</a> with the issuer before that date.</p>
     <p><a href="https://www.credly.com/badges/4b1e9a30-7dd2-4a61-b5f0-98c2e2a1d0f4">View the credential</a></p>
     <p style="font-size:11px;color:#999">Credly, Inc. | 2 Park Avenue, New York, NY 10016</p>
     </div></body></html>
     """)))

d = utc(2025, 6, 3, 7, 58, 40)
mail(54, "credly-own-account-combine-code", "unrelated", None, [], True,
     provider="gmail", env=credly(d, PRIYA[1], name="Credly"), to=to_(PRIYA), rcpt=PRIYA[1], date=d,
     subject="Your Credly verification code: 481207",
     body=dict(type="alt", cte_text="7bit", charset="utf-8", text=ded("""
     Hi Priya,

     Someone (hopefully you) asked to bring the Credly account
     priya.raman@tessaract-consulting.in together with this one.

     Your code: 481207

     Enter it on the page you came from, or finish here:
     https://www.credly.com/users/account_merge/complete?token=c1f0d8a4e27b

     The code is good for 30 minutes. If this wasn't you, ignore this email;
     nothing will change.

     Credly, Inc. | 2 Park Avenue, New York, NY 10016
     """), html=ded("""
     <html><body style="font-family:Helvetica,Arial,sans-serif">
     <div style="max-width:520px;margin:0 auto;padding:28px">
     <img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">
     <p>Hi Priya,</p>
     <p>Someone (hopefully you) asked to bring the Credly account <b>priya.raman@tessaract-consulting.in</b> together with this one.</p>
     <p style="font-size:28px;letter-spacing:6px;font-weight:bold">481207</p>
     <p><a href="https://www.credly.com/users/account_merge/complete?token=c1f0d8a4e27b" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Complete Account Merge</a></p>
     <p style="font-size:12px;color:#777">The code is good for 30 minutes. If this wasn't you, ignore this email; nothing will change.</p>
     </div></body></html>
     """)))

d = utc(2025, 9, 22, 13, 45, 0)
env55 = plain_env("AWS Certification", "do-not-reply@certmetrics.com", d, kind="other",
                  dkim=[("certmetrics.com", "s1")])
env55.helo = "mail2.certmetrics.com"
mail(55, "certmetrics-wants-to-hear", "unrelated", None, ["AWS55120984"], False,
     provider="outlook", env=env55, to=to_(OLIVER), rcpt=OLIVER[1], date=d,
     subject="AWS Certification wants to hear from you",
     body=dict(type="plain", cte="quoted-printable", text=ded("""
     Dear Oliver Pemberton,

     Thank you for being part of the AWS Certification community.

     We're running a short study on how candidates prepare for their exams and
     use their certification afterwards. It takes about 8 minutes, and your
     answers will shape future exams and programme benefits.

     Candidate ID: AWS55120984

     Take part: https://www.certmetrics.com/amazon/candidate/research.aspx?id=3f8a19c2

     This message was sent on behalf of AWS Certification by CertMetrics.
     Please do not reply to this message.
     """)))

d = utc(2026, 2, 11, 20, 2, 36)
env56 = plain_env("Pearson VUE", "pearsonvueconfirmation@pearson.com", d, kind="other",
                  dkim=[("pearson.com", "pvue")])
env56.helo = "mta-out3.pearsonvue.com"
mail(56, "pearson-vue-appointment-sap", "unrelated", None, ["AWS63018842"], False,
     provider="fastmail", env=env56, to=to_(MATEUS), rcpt=MATEUS[1], date=d,
     subject="Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
     body=dict(type="alt", cte_text="quoted-printable", text=ded("""
     Dear Mateus Oliveira,

     Thank you for scheduling with Pearson VUE. This email confirms your appointment.

     Exam: SAP-C02: AWS Certified Solutions Architect - Professional
     Date: Saturday, March 14, 2026
     Time: 9:00 AM America/Sao_Paulo
     Delivery: OnVUE online proctored
     AWS Candidate ID: AWS63018842
     Registration ID: 482017736

     Please check in 30 minutes before your appointment and have a valid,
     government-issued ID ready.

     To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24
     hours before your appointment.

     Pearson VUE
     """), html=ded("""
     <html><body style="font-family:Arial,sans-serif;font-size:14px">
     <p>Dear Mateus Oliveira,</p>
     <p>Thank you for scheduling with Pearson VUE. This email confirms your appointment.</p>
     <table cellpadding="4">
     <tr><td><b>Exam:</b></td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
     <tr><td><b>Date:</b></td><td>Saturday, March 14, 2026</td></tr>
     <tr><td><b>Time:</b></td><td>9:00 AM America/Sao_Paulo</td></tr>
     <tr><td><b>Delivery:</b></td><td>OnVUE online proctored</td></tr>
     <tr><td><b>AWS Candidate ID:</b></td><td>AWS63018842</td></tr>
     <tr><td><b>Registration ID:</b></td><td>482017736</td></tr>
     </table>
     <p>Please check in 30 minutes before your appointment and have a valid, government-issued ID ready.</p>
     <p>To reschedule or cancel, visit <a href="https://home.pearsonvue.com/aws">home.pearsonvue.com/aws</a> at least 24 hours before your appointment.</p>
     <p>Pearson VUE</p></body></html>
     """)))

C57 = case15(utc(2026, 1, 8, 2, 40, 11), 922)
d = utc(2026, 1, 9, 5, 16, 48)
mail(57, "billing-linked-account-credit", "unrelated", C57, [], True,
     provider="yahoo", env=aws_console(d), to=to_(CHLOE), rcpt=CHLOE[1], date=d,
     subject=f"RE:[CASE {C57}] Double charge after moving linked account into organization",
     body=dict(type="plain", cte="quoted-printable", text=ded(f"""
     Hello Chloe,

     Thanks for your patience while I went through your bills.

     When the linked account 4821-0937-7751 was brought into your organization on 2 January, December's usage was billed on both the old and the new payer, which is why you saw the same EC2 charges twice. I've applied a credit of USD 41.87 to the management account; it will show on your January invoice.

     Nothing else is needed on your side, and future usage will appear on the consolidated bill only.

     Best regards,
     Sam T.
     Amazon Web Services

     """) + console_footer(C57)))

d = utc(2025, 11, 27, 19, 22, 15)
env58 = ses("Amazon Selling Partner Support", "seller-notification@amazon.com", d)
mail(58, "seller-central-detail-pages-combined", "unrelated", "6103357748", [], True,
     provider="proton", env=env58, to=to_(ARJUN), rcpt=ARJUN[1], date=d,
     subject="RE:[CASE 6103357748] Duplicate detail pages for the same product",
     body=dict(type="plain", cte="quoted-printable", text=ded("""
     Hello,

     Thank you for your patience.

     We have looked into the duplicate detail pages you reported. The offers listed under ASIN B0CQ7R4K2M have now been moved onto B0CQ7R3ZT9, and B0CQ7R4K2M will no longer appear in search results. This change cannot be reversed; if the products were in fact different, please open a new request with images of both.

     Please allow up to 24 hours for your inventory page to reflect the change.

     We hope this resolves your concern. Was this helpful?
     https://sellercentral.amazon.in/cu/case-dashboard/feedback?caseID=6103357748

     Thank you for selling on Amazon,
     Ravi
     Amazon Selling Partner Support
     """)))

d = utc(2025, 7, 18, 2, 6, 49)
env59 = plain_env("Kenta Sato", "k.sato@sorano-tech.co.jp", d, kind="other", dkim=[],
                  msgid="<5e2a91c7d04b4f3e8a1c77b2d9e0f613@EXCH02.sorano.local>")
mark_q = ded("""
Daisuke forwarded AWS's note - his two profiles are now one, main ID is AWS72650391.
Kenta, can you fix the APN report?

Mark
""")
mail(59, "kenta-apn-report-sjis", "unrelated", None, ["AWS72650391", "AWS72650418"], None,
     provider="onprem", env=env59, to="Daisuke Mori <d-mori@sorano-tech.co.jp>", rcpt="d-mori@sorano-tech.co.jp", date=d,
     cc=addr(*MARK), date_tz=JP, no_dkim=True,
     subject="RE: APN partner report - duplicate certification IDs",
     irt="<a07c3e5f9b2d4c18b6e0f7a21d84c935@EXCH04.sorano.local>",
     refs="<a07c3e5f9b2d4c18b6e0f7a21d84c935@EXCH04.sorano.local>",
     extra=["Thread-Topic: APN partner report - duplicate certification IDs",
            "Thread-Index: AdnX3kQ7b2pLc1mVQ0eYwF4uUuA9zQAAbC1w", "Content-Language: ja-JP",
            "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"],
     body=dict(type="plain", charset="shift_jis", cte="base64", text=ded("""
     Mori-san,

     I removed aws 72650418 from the partner sheet and kept AWS72650391 only.
     The next APN report goes out on the 25th, so it should be clean from then.
     If Credly still shows the old ID on your public page, please tell me and
     I will ask our AWS partner manager.

     Best regards,
     Kenta

     \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
     \u682a\u5f0f\u4f1a\u793e\u30bd\u30e9\u30ce\u30c6\u30c3\u30af
     \u30af\u30e9\u30a6\u30c9\u63a8\u9032\u90e8  \u4f50\u85e4 \u5065\u592a (Kenta Sato)
     k.sato@sorano-tech.co.jp
     \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500

     -----Original Message-----
     From: Mark Ellison <m.ellison@sorano-tech.co.jp>
     Sent: Thursday, July 17, 2025 10:12 AM
     To: Kenta Sato <k.sato@sorano-tech.co.jp>
     Cc: Daisuke Mori <d-mori@sorano-tech.co.jp>
     Subject: APN partner report - duplicate certification IDs

     """) + mark_q))

d = utc(2025, 12, 12, 9, 33, 20)
env60 = plain_env("AWS Billing", "billing@aws-account-security.com", d, kind="other",
                  dkim=[("aws-account-security.com", "k1")])
env60.helo = "mx1.aws-account-security.com"
mail(60, "lookalike-billing-suspended", "unrelated", None, [], False,
     provider="gmail", env=env60, to=to_(GRACE), rcpt=GRACE[1], date=d,
     subject="Action needed: your AWS account will be suspended",
     body=dict(type="html", cte="quoted-printable", html=ded("""
     <html><body style="font-family:Arial,sans-serif;font-size:14px">
     <img src="https://aws-account-security.com/img/aws.png" height="36" alt="AWS">
     <p>Dear Customer,</p>
     <p>We were unable to charge the payment method on file for your AWS account. To avoid interruption of your services, your account will be <b>suspended within 24 hours</b> unless you update your billing information.</p>
     <p><a href="https://aws-account-security.com/billing/update?ref=GR-55102" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">Update payment method</a></p>
     <p>Thank you for using Amazon Web Services.</p>
     <p style="font-size:11px;color:#888">Amazon Web Services, Inc. 410 Terry Avenue North Seattle WA 98109</p>
     </body></html>
     """)))

# === END OF MAILS ===


def main():
    for name, raw in MAILS:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(raw)
    with open(os.path.join(OUT, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=2, sort_keys=True)
    print(len(MAILS), "mails written")


if __name__ == "__main__":
    main()
