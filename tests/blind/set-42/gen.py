#!/usr/bin/env python3
"""Generate blind set 42: AWS Certification account-merge mail (.eml) + labels.json."""
import json
import os
import re
import sys
import datetime as dt


# ---------------------------------------------------------------- helpers
import base64
import quopri
import random
import re
import datetime as dt
from io import BytesIO
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

R = random.Random(4242)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
EST = dt.timezone(dt.timedelta(hours=-5))
CET = dt.timezone(dt.timedelta(hours=1))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

CODECS = {
    "utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
    "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
}

JA_WD = "月火水木金土日"


def t(s, tz=UTC):
    """'2025-05-26 22:48:10' in tz -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def case15(opened, suffix):
    return f"{int(opened.timestamp())}{suffix}"


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode().rstrip("=")


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuidish():
    return f"{rhex(8)}-{rhex(4)}-4{rhex(3)}-{R.choice('89ab')}{rhex(3)}-{rhex(12)}"


def ses_ids(d):
    ms = int(d.timestamp() * 1000) + R.randint(0, 999)
    u = uuidish()
    stem = f"0100{ms:012x}-{u}-000000"
    return f"<{stem}@email.amazonses.com>", f"<{stem}@amazonses.com>"


def rfcdate(d):
    return format_datetime(d)


# ---------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="qp", label=None):
    data = text.encode(CODECS[charset.lower()])
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", label or charset)
    if cte == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit":
        payload = data.decode("ascii")
        p["Content-Transfer-Encoding"] = "7bit"
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
        p["Content-Transfer-Encoding"] = "8bit"
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def alt(plain, html, boundary=None):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    m.attach(plain)
    m.attach(html)
    m.set_boundary(boundary or f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}")
    return m


def html_page(inner, lang="en"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            f'{inner}\n</body></html>\n')


def txt2html(text):
    """plain text -> simple html paragraphs (keeps line breaks)"""
    import html as _h
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [_h.escape(x) for x in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def gq(text, level=1):
    """Gmail style quoting"""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


# ------------------------------------------------------------ header helpers
def hdr(name, value, charset="utf-8"):
    if isinstance(value, Header):
        return f"{name}: " + value.encode(maxlinelen=76, splitchars=" ")
    try:
        value.encode("ascii")
        line = f"{name}: {value}"
        if len(line) <= 78 or name not in ("Subject", "Thread-Topic"):
            return line
        out, cur = [], ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > 76:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
        return "\n ".join(out)
    except UnicodeEncodeError:
        h = Header(value, charset, header_name=name)
        return f"{name}: " + h.encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def body_bytes(msg):
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=78, policy=policy.compat32).flatten(msg)
    return bio.getvalue()


# ------------------------------------------------------------ senders
SENDERS = {
    "ses": dict(ip_pool=["54.240.8.31", "54.240.8.49", "54.240.8.87", "54.240.9.112", "54.240.11.24", "54.240.48.93"],
                host="a8-{o}.smtp-out.amazonses.com", from_domain="amazon.com",
                dkim=[("amazon.com", "{sel_amz}"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                policy="QUARANTINE"),
    "credly": dict(ip_pool=["167.89.32.17", "149.72.154.90", "168.245.4.26"],
                   host="o{o}.ptr{n}.em.credly.com", from_domain="credly.com",
                   dkim=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")], policy="REJECT"),
    "certmetrics": dict(ip_pool=["159.183.95.12", "149.72.41.66"], host="o{o}.ptr{n}.sgmail.certmetrics.com",
                        from_domain="certmetrics.com", dkim=[("certmetrics.com", "s1")], policy="NONE"),
    "github": dict(ip_pool=["192.30.252.201", "192.30.252.205"], host="out-{o}.smtp.github.com",
                   from_domain="github.com", dkim=[("github.com", "pf2023")], policy="REJECT"),
    "signin": dict(ip_pool=["54.240.27.18", "54.240.27.56"], host="a27-{o}.smtp-out.us-west-2.amazonses.com",
                   from_domain="signin.aws", dkim=[("signin.aws", "eabhyhcdmbmyjbbpoqr6xx5ccbm6yy3g"),
                                                    ("amazonses.com", "gdwg2y3kokkkj5a55z2ilkup5wp5hhxx")],
                   policy="QUARANTINE"),
    "seller": dict(ip_pool=["54.240.13.77", "54.240.13.90"], host="a13-{o}.smtp-out.amazonses.com",
                   from_domain="amazon.com", dkim=[("amazon.com", "{sel_amz}"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                   policy="QUARANTINE"),
    "pearson": dict(ip_pool=["198.2.179.37"], host="mail179-37.suw41.mandrillapp.com", from_domain="pearson.com",
                    dkim=[("pearson.com", "mte1")], policy="REJECT"),
}

AMZ_SELECTORS = ["rjcbhnrvuu7r6xxvbakvfbvxkvyz3nkh", "d7qwgktqgtbuvijezl5eodzxeetdi4dh", "vnxjwxpmpdxxxzzmh4mcaqbbvyjbhsbh"]


def sender_profile(kind, env=None, from_domain=None, ip=None, helo=None, dkim=None):
    if kind in SENDERS:
        s = dict(SENDERS[kind])
        s["ip"] = ip or R.choice(s["ip_pool"])
        o = s["ip"].split(".")[-1]
        s["helo"] = helo or s["host"].format(o=o, n=R.randint(1, 9))
        s["dkim"] = [(d, sel.format(sel_amz=R.choice(AMZ_SELECTORS))) for d, sel in s["dkim"]]
        s["env"] = env
        return s
    # custom (look-alike / spoof / other)
    return dict(ip=ip, helo=helo, from_domain=from_domain, dkim=dkim or [], env=env, policy="NONE")


def dkim_sig(d, s, date, hdrs="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    ts = int(date.timestamp())
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={s}; d={d}; t={ts};\n"
            f"\th={hdrs};\n"
            f"\tbh={rb64(32)}=;\n"
            f"\tb={rb64(96)}\n\t{rb64(96)}\n\t{rb64(60)}=")


# ------------------------------------------------------------ receiving providers
def trace(provider, to, date, snd, dmarc="pass", spf="pass", dkim="pass", lookalike_pass=False):
    """Return list of header lines added by the receiving side (top of message)."""
    ip, helo, env, fd = snd["ip"], snd["helo"], snd["env"], snd["from_domain"]
    envdom = env.split("@")[1].rstrip(">")
    env_b = env if env.startswith("<") else "<" + env + ">"
    env = env.strip("<>")
    rcv = date + dt.timedelta(seconds=R.randint(1, 4))
    dmain = snd["dkim"][0][0] if snd["dkim"] else None
    lines = []
    if provider == "gmail":
        pol = snd.get("policy", "NONE")
        dk = []
        for d, s in snd["dkim"]:
            if dkim == "pass":
                dk.append(f"dkim=pass header.i=@{d} header.s={s} header.b={rb64(6)[:8]}")
            else:
                dk.append(f"dkim=fail header.i=@{d} header.s={s} header.b={rb64(6)[:8]}")
        if not dk:
            dk = ["dkim=none"]
        spf_s = (f"spf={spf} (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env}"
                 if spf == "pass" else
                 f"spf={spf} (google.com: domain of {env} does not designate {ip} as permitted sender) smtp.mailfrom={env}")
        dm = f"dmarc={dmarc} (p={pol} sp={pol} dis={'NONE' if dmarc == 'pass' else 'QUARANTINE'}) header.from={fd}"
        ar_body = ";\n       ".join(dk + [spf_s, dm])
        lines += [
            f"Delivered-To: {to}",
            f"Received: by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(3, 'abcdefghijklmnopqrstuvwxyz')}csp{R.randint(100000, 9999999)}{ralnum(3, 'abcdefghijklmnopqrstuvwxyz')};\n        {rfcdate(rcv.astimezone(EST if R.random() < 0.5 else UTC))}",
            f"X-Google-Smtp-Source: AGHT+I{rb64(48)}",
            f"X-Received: by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{R.randint(10, 99)}.{R.randint(1000000000000, 9999999999999)};\n        {rfcdate(rcv)}",
            f"ARC-Seal: i=1; a=rsa-sha256; t={int(rcv.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(90)}\n         {rb64(90)}==",
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh={rb64(32)}=;\n        fh={rb64(32)}=;\n        b={rb64(90)}\n         {rb64(90)}==",
            "ARC-Authentication-Results: i=1; mx.google.com;\n       " + ar_body,
            f"Return-Path: {env_b}",
            f"Received: from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {ralnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{R.randint(100, 999)}.{rhex(4)}.{R.randint(10, 99)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfcdate(rcv.astimezone(EST))}",
            (f"Received-SPF: pass (google.com: domain of {env} designates {ip} as permitted sender) client-ip={ip};"
             if spf == "pass" else f"Received-SPF: {spf} (google.com: domain of {env} does not designate {ip} as permitted sender) client-ip={ip};"),
            "Authentication-Results: mx.google.com;\n       " + ar_body,
        ]
    elif provider in ("outlook", "o365"):
        region = R.choice(["namprd", "eurprd", "apcprd", "jpnprd"]) if provider == "o365" else R.choice(["namprd", "eurprd"])
        n = R.randint(1, 19)
        h1 = f"{ralnum(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.randint(0, 9)}PR{R.randint(10, 19):02d}MB{R.randint(1000, 9999)}.{region}{n:02d}.prod.outlook.com"
        h2 = f"{ralnum(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.randint(0, 9)}P{R.randint(100, 999)}CA{R.randint(1000, 9999)}.{region}{n:02d}.prod.outlook.com"
        h3 = f"{ralnum(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.randint(1, 9)}PEPF{R.randint(10000, 99999):08d}.{region}{n:02d}.prod.outlook.com"
        ip6 = lambda: f"2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}"
        dk = (f"dkim=pass (signature was verified)\n header.d={dmain}" if dkim == "pass" and dmain
              else ("dkim=none (message not signed)\n header.d=none" if not dmain else f"dkim=fail (body hash did not verify)\n header.d={dmain}"))
        if dmarc == "pass":
            dm, ca = f"dmarc=pass action=none header.from={fd}", "compauth=pass\n reason=100"
        else:
            dm, ca = f"dmarc=fail action=quarantine header.from={fd}", "compauth=fail\n reason=000"
        spf_s = (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={envdom}" if spf == "pass"
                 else f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={envdom}")
        mstime = rfcdate(rcv).replace("+0000", "+0000")
        lines += [
            f"Received: from {h1} ({ip6()})\n by {h1.replace('MB', 'MB0')} with HTTPS; {mstime}",
            f"Received: from {h2} ({ip6()}) by\n {h1} ({ip6()}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)}; {mstime}",
            f"Received: from {h3}\n ({ip6()}) by {h2}\n ({ip6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)} via Frontend Transport; {mstime}",
            f"Authentication-Results: {spf_s}; {dk};{dm};{ca}",
            (f"Received-SPF: Pass (protection.outlook.com: domain of {envdom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C" if spf == "pass" else
             f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {envdom} does\n not designate {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo};"),
            f"Received: from {helo} ({ip}) by\n {h3} (10.167.{R.randint(1, 254)}.{R.randint(1, 254)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)}\n via Frontend Transport; {mstime}",
        ]
    elif provider in ("yahoojp", "nifty", "biglobe", "sonet", "ocn"):
        authserv = {"yahoojp": f"mta{R.randint(5000, 5099)}.mail.kks.yahoo.co.jp", "nifty": "nifty.com",
                    "biglobe": "mssr-mx.biglobe.ne.jp", "sonet": "so-net.ne.jp", "ocn": "ocn.ne.jp"}[provider]
        mx = {"yahoojp": authserv, "nifty": f"mta-mx{R.randint(1, 9):02d}.nifty.com",
              "biglobe": f"mssr{R.randint(10, 40)}.biglobe.ne.jp", "sonet": f"mx{R.randint(1, 9)}.so-net.ne.jp",
              "ocn": f"mzcstore{R.randint(100, 299)}.ocn.ad.jp"}[provider]
        dk = f"dkim={dkim} header.i=@{dmain}" if dmain else "dkim=none"
        ar = f"Authentication-Results: {authserv}; spf={spf} smtp.mailfrom={envdom};\n\t{dk}; dmarc={dmarc} header.from={fd}"
        if provider == "ocn":
            lines.append(f"Received: from mzcstore-inside ({mx}) by mzcstore{R.randint(300, 399)}.ocn.ad.jp with LMTP; {rfcdate(rcv.astimezone(JST))}")
        if provider == "yahoojp":
            lines.append(f"Received: from sccl{R.randint(1000, 9999)}.mail.kks.yahoo.co.jp by {mx} with LMTP; {rfcdate(rcv.astimezone(JST))}")
        if dmarc is not None:
            lines.append(ar)
        lines.append(f"Received: from {helo} ({helo} [{ip}])\n\tby {mx} with ESMTPS id {ralnum(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}\n\tfor <{to}>; {rfcdate(rcv.astimezone(JST))}")
        lines.insert(0, f"Return-Path: {env_b}")
    elif provider == "fastmail":
        mx = f"mx{R.randint(1, 8)}.messagingengine.com"
        dk = "; ".join(f"dkim={dkim} (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={rb64(6)[:8]} header.a=rsa-sha256 header.s={s} x-bits=2048"
                       for d, s in snd["dkim"]) or "dkim=none"
        dkf = dk.replace('; dkim=', ';' + chr(10) + '    dkim=')
        lines += [
            f"Return-Path: {env_b}",
            f"Received: from compute{R.randint(1, 9)}.internal (compute{R.randint(1, 9)}.internal [10.202.2.{R.randint(40, 60)}])\n\t by sloti{R.randint(10, 60)}n{R.randint(1, 20)} (Cyrus 3.13.0-alpha0-{R.randint(1000, 1300)}-g{rhex(9)}) with LMTPA;\n\t {rfcdate(rcv)}",
            "X-Cyrus-Session-Id: sloti" + str(R.randint(10, 60)) + "-" + str(int(rcv.timestamp())) + "-" + str(R.randint(100000, 999999)),
            f"X-Delivered-to: {to}",
            f"Received: from {mx} ({mx} [10.202.2.{R.randint(200, 230)}])\n  by compute{R.randint(1, 9)}.internal (LMTPProxy); {rfcdate(rcv)}",
            f"Authentication-Results: {mx};\n    {dkf};\n    dmarc={dmarc} policy.published-domain-policy={snd.get('policy', 'none').lower()}\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p={snd.get('policy', 'none').lower()},d=none,d.eval=none) policy.policy-from=p\n      header.from={fd};\n    iprev=pass smtp.remote-ip={ip} ({helo});\n    spf={spf} smtp.mailfrom={env.strip('<>')}\n      smtp.helo={helo}",
            f"Received: from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS\n\tfor <{to}>; {rfcdate(rcv.astimezone(UTC)).replace('+0000', '-0000')}",
        ]
    elif provider == "noar-jp":
        mxh = (f"mssr{R.randint(10, 40)}.biglobe.ne.jp" if "biglobe" in to else f"mta-mx{R.randint(1, 9):02d}.nifty.com")
        lines += [
            f"Return-Path: {env_b}",
            f"Received: from {helo} ({helo} [{ip}])\n\tby {mxh} (Postfix) with ESMTPS id {ralnum(10, 'ABCDEF0123456789')}\n\tfor <{to}>; {rfcdate(rcv.astimezone(JST))}",
        ]
    elif provider == "none":
        pass
    else:
        raise ValueError(provider)
    return lines


def ses_sender_headers(date, snd):
    lines = []
    for d, s in snd["dkim"]:
        lines.append(dkim_sig(d, s, date, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID"))
    return lines


def assemble(trace_lines, sender_lines, msg_headers, body_msg, crlf=False):
    head = "\n".join(trace_lines + sender_lines + msg_headers)
    raw = head.encode("ascii") + b"\n" + body_bytes(body_msg)
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []
ID_RE = re.compile(r"(?i)\baws[ \-]?(\d{8})\b")

FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
AWS = "Amazon Web Services"


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def add(slug, kind, lang, case_id, new_text, sv, *, provider, to, frm, subject, date, body, snd,
        subj_charset="utf-8", to_hdr=None, in_reply_to=None, references=None, extra=(), dmarc="pass",
        spf="pass", dkim="pass", forged_ar=None, msgid=None, crlf=False, ses=True, sender_lines=None,
        reply_to=None):
    if msgid is None:
        msgid, retp = ses_ids(date)
        if ses and snd.get("env") is None:
            snd["env"] = retp
    if snd.get("env") is None:
        snd["env"] = f"<bounces+{R.randint(1000000, 9999999)}-{rhex(4)}@em.example.com>"
    tr = trace(provider, to, date, snd, dmarc=dmarc, spf=spf, dkim=dkim) if provider else []
    sl = list(sender_lines) if sender_lines is not None else ses_sender_headers(date, snd)
    if forged_ar:
        sl = [forged_ar] + sl
    mh = [f"Date: {rfcdate(date)}", hdr("From", frm) if not isinstance(frm, str) else f"From: {frm}",
          f"To: {to_hdr or to}"]
    if reply_to:
        mh.append(f"Reply-To: {reply_to}")
    mh += [f"Message-ID: {msgid}"]
    if in_reply_to:
        mh.append(f"In-Reply-To: {in_reply_to}")
    if references:
        mh.append("References: " + "\n ".join(references.split()))
    mh.append(hdr("Subject", subject, subj_charset) if isinstance(subject, str) else "Subject: " + subject.encode(maxlinelen=76))
    mh.append("MIME-Version: 1.0")
    mh += list(extra)
    raw = assemble(tr, sl, mh, body, crlf=crlf)
    MAILS.append(dict(slug=slug, kind=kind, language=lang, case_id=case_id,
                      account_ids=ids_in(new_text), sender_verified=sv, raw=raw))


def ses_extra(date, region="us-east-1"):
    return [f"Feedback-ID: ::1.{region}.{rb64(30)[:43]}=:AmazonSES",
            f"X-SES-Outgoing: {date.strftime('%Y.%m.%d')}-54.240.8.{R.randint(10, 99)}"]


def form_subject(cid, detail="account-assistance", prefix="RE:"):
    return f"{prefix}[CASE {cid}] [AWS Training and Certification Form Submission] - {detail}"


CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
======================================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

======================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

CONSOLE_FOOTER_JA = """ご意見をお聞かせください。このメールの末尾にある AWS サポートセンターのリンクから、今回のやり取りを評価していただけます。サポートセンターでは、各やり取りの右上にある星を選択して評価することもできます。

よろしくお願いいたします。
Amazon Web Services
======================================================================
このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

(フェデレーションで接続している場合は、リンクを開く前にログインしてください。)

※ このメールは送信専用アドレスから送信されています。このメールにご返信いただくことはできません。同じ件で再度お問い合わせいただく場合は、上記のリンクをご利用ください。

======================================================================
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""

FORM_SIG_EN = """
We value your feedback. Please rate this correspondence by clicking one of the links below:
https://aws-tc-cs.survey.amazon.dev/r?c={cid}&s=5   (Excellent)
https://aws-tc-cs.survey.amazon.dev/r?c={cid}&s=1   (Poor)

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

FORM_SIG_JA = """
今回の対応はいかがでしたか。以下のリンクから評価をお寄せください。
https://aws-tc-cs.survey.amazon.dev/r?c={cid}&s=5&l=ja   （とても満足）
https://aws-tc-cs.survey.amazon.dev/r?c={cid}&s=1&l=ja   （不満）

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。
"""


def jq_head(d, name, email):
    """Japanese Gmail quote header line"""
    d = d.astimezone(JST)
    return f"{d.year}年{d.month}月{d.day}日({JA_WD[d.weekday()]}) {d.hour}:{d.minute:02d} {name} <{email}>:"


def eq_head(d, name, email, tz=UTC):
    d = d.astimezone(tz)
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {h}:{d.minute:02d} {ap} {name} <{email}> wrote:"


def ol_block(frm, sent, to, subject, lang="en"):
    if lang == "ja":
        return f"差出人: {frm}\n送信日時: {sent}\n宛先: {to}\n件名: {subject}"
    return f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}"


def ol_sent(d, tz):
    d = d.astimezone(tz)
    h = d.hour % 12 or 12
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def ol_sent_ja(d):
    d = d.astimezone(JST)
    return f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}"


# =====================================================================
# Case A — 渡辺 健司, Gmail, form case in Japanese
# =====================================================================
A_USER = "kenji.watanabe.dev@gmail.com"
A_NAME = "渡辺 健司"
A0 = t("2025-05-26 22:48:10")
CID_A = case15(A0, "00731")
A_KEEP, A_OLD = "AWS04418273", "AWS09127745"

# 1 case_created (ja) ISO-2022-JP
d = A0 + dt.timedelta(seconds=41)
txt = f"""渡辺 健司 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。

  ケース番号　　　: {CID_A}
  お問い合わせ種別: 認定 (Certification)
  詳細　　　　　　: アカウントの統合 (Account Merge)
  AWS 候補者 ID 　: {A_KEEP}

担当者が内容を確認し、原則として 24 時間以内にご連絡いたします。
追加でお伝えいただきたい情報がございましたら、件名のケース番号を変えずに
このメールへそのままご返信ください。

同じ内容で新たにお問い合わせいただきますと、重複した受付となり、
ご回答までにお時間をいただく場合がございますのでご注意ください。

Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
"""
add("ack-uketsuke", "case_created", "ja", CID_A, txt, True, provider="gmail", to=A_USER,
    frm=addr(AWS, FORM), subject=f"[CASE {CID_A}] AWS トレーニングと認定へのお問い合わせを受け付けました",
    subj_charset="iso-2022-jp", date=d, body=part(txt, charset="iso-2022-jp", cte="7bit"),
    snd=sender_profile("ses"), extra=ses_extra(d))

# 2 merge_confirmation_requested (ja)
d2 = t("2025-05-27 23:55:41")
txt2 = f"""渡辺 健司 様

AWS トレーニングと認定 カスタマーサービスの松本でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご依頼いただいた認定アカウントの統合について、以下の内容で処理を行う予定です。

  ■ 残すアカウント（統合先）
    AWS 認定 ID: {A_KEEP}
    サインイン用メールアドレス: kenji.watanabe.dev@gmail.com

  ■ 統合されるアカウント（統合元）
    AWS 認定 ID: {A_OLD}
    サインイン用メールアドレス: k.watanabe@hoshizora-tech.co.jp

統合元アカウントの認定資格、受験履歴、特典は統合先アカウントへ移され、統合元アカウントは無効になります。
統合処理は一度実行すると元に戻すことができませんので、必ず上記の内容をご確認ください。

内容に相違がなければ、本メールにご返信いただき、統合の実施にご同意いただけますでしょうか。
ご返信を確認し次第、手続きを開始いたします。

どうぞよろしくお願いいたします。

松本
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
{FORM_SIG_JA.format(cid=CID_A)}"""
add("goui-onegai", "merge_confirmation_requested", "ja", CID_A, txt2, True, provider="gmail", to=A_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_A), date=d2, body=part(txt2, cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d2))

# 3 support_reply (ja) "thank you for confirming, we will now proceed" Shift_JIS base64
d3 = t("2025-05-28 02:37:09")
u_reply = t("2025-05-28 00:14:27")
quoted_confirm = f"""渡辺 健司 様

AWS トレーニングと認定 カスタマーサービスの松本でございます。

  ■ 残すアカウント（統合先）
    AWS 認定 ID: {A_KEEP}
  ■ 統合されるアカウント（統合元）
    AWS 認定 ID: {A_OLD}

統合処理は一度実行すると元に戻すことができませんので、必ず上記の内容をご確認ください。
内容に相違がなければ、本メールにご返信いただき、統合の実施にご同意いただけますでしょうか。"""
user_ok = """松本様

ご連絡ありがとうございます。
記載いただいた内容で相違ありません。統合を進めてください。

渡辺"""
new3 = """渡辺 健司 様

松本でございます。
統合内容をご確認いただき、ありがとうございます。

いただいたご回答をもとに、これより担当部署にて統合の手続きに入ります。
通常は 1〜3 営業日ほどで処理が終わる見込みです。作業が済みましたら、
このケースで改めてご報告いたします。

それまでの間、統合元のアカウントでの試験予約や新しいお申し込みは
お控えくださいますようお願いいたします。

引き続きよろしくお願いいたします。

松本
Amazon Web Services
"""
txt3 = new3 + "\n" + jq_head(u_reply, "渡辺 健司", A_USER) + "\n" + gq(user_ok) + "\n>\n" + gq(quoted_confirm, 2) + "\n"
add("shinkou-shimasu", "support_reply", "ja", CID_A, new3, True, provider="gmail", to=A_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_A), date=d3,
    body=part(txt3, charset="shift_jis", cte="b64"), snd=sender_profile("ses"), extra=ses_extra(d3))

# 4 merge_completed (ja) "移行いたしました", asks to check + Credly, base64 utf-8
d4 = t("2025-05-29 06:40:22")
new4 = f"""渡辺 健司 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの松本です。

お待たせいたしました。{A_OLD} に登録されていた認定資格および受験履歴を、
{A_KEEP} へ移行いたしました。旧アカウントは本日付で無効となり、今後はサインインできません。

お手数ですが、kenji.watanabe.dev@gmail.com で AWS Certification アカウントにサインインし、
「認定」ページにすべての認定資格が表示されていることをご確認ください。
Credly のデジタルバッジにつきましては、数日以内に Credly から受け取り用のメールが届きますので、
メール内の「Accept your badge」からお受け取りください。

表示内容に不足がございましたら、このメールにご返信ください。

松本
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
"""
txt4 = (new4 + FORM_SIG_JA.format(cid=CID_A) + "\n" + jq_head(u_reply, "渡辺 健司", A_USER) + "\n"
        + gq(user_ok) + "\n>\n" + gq(quoted_confirm, 2) + "\n")
add("ikou-itashimashita", "merge_completed", "ja", CID_A, new4, True, provider="gmail", to=A_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_A), date=d4, body=part(txt4, cte="b64"),
    snd=sender_profile("ses"), extra=ses_extra(d4))

# 5 survey (ja) closure + rating, does not state the merge result; multipart/alternative
d5 = t("2025-05-29 06:41:05")
txt5 = f"""渡辺 健司 様

ケース {CID_A} はクローズされました。
AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。

今回の対応について、簡単なアンケートにご協力ください（所要時間は 1 分程度です）。

  問題は解決しましたか？
    はい　: https://aws-tc-cs.survey.amazon.dev/q?c={CID_A}&a=yes&l=ja
    いいえ: https://aws-tc-cs.survey.amazon.dev/q?c={CID_A}&a=no&l=ja

  担当者の対応を 5 段階で評価してください:
    https://aws-tc-cs.survey.amazon.dev/rate?c={CID_A}&l=ja

いただいたご意見は、サービス向上のために活用させていただきます。
ご不明な点が残っている場合は、14 日以内にこのメールへご返信いただくとケースが再開されます。

Amazon Web Services
"""
html5 = html_page(f"""<table width="600" cellpadding="0" cellspacing="0" style="margin:0 auto">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" height="28"></td></tr>
<tr><td style="padding:24px">
<p>渡辺 健司 様</p>
<p>ケース {CID_A} はクローズされました。<br>AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>今回の対応について、簡単なアンケートにご協力ください（所要時間は 1 分程度です）。</p>
<p style="font-weight:bold">問題は解決しましたか？</p>
<p><a href="https://aws-tc-cs.survey.amazon.dev/q?c={CID_A}&amp;a=yes&amp;l=ja" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="https://aws-tc-cs.survey.amazon.dev/q?c={CID_A}&amp;a=no&amp;l=ja" style="background:#d5dbdb;color:#000;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を評価する: <a href="https://aws-tc-cs.survey.amazon.dev/rate?c={CID_A}&amp;l=ja">★★★★★</a></p>
<p style="font-size:12px;color:#687078">ご不明な点が残っている場合は、14 日以内にこのメールへご返信いただくとケースが再開されます。</p>
</td></tr></table>""", lang="ja")
add("close-anketo", "survey", "ja", CID_A, txt5, True, provider="gmail", to=A_USER, frm=addr(AWS, FORM),
    subject=f"ケース {CID_A} はクローズされました - サポートの評価にご協力ください", date=d5,
    body=alt(part(txt5, cte="qp"), part(html5, "html", cte="qp")), snd=sender_profile("ses"), extra=ses_extra(d5))

# 6 credly_badge_issued (en) after merge
d6 = t("2025-05-30 11:02:44")
txt6 = """Kenji, congratulations!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Professional

This badge was issued to kenji.watanabe.dev@gmail.com after the issuer updated your certification record. Accept it to add it to your Credly profile and start sharing it.

Accept your badge:
https://www.credly.com/badges/3c1f9a2e-6b7d-4e15-9a0c-5f2d8e71b4aa/accept?utm_source=email&utm_medium=transactional

Questions about this badge? Contact the issuer at https://aws.amazon.com/certification/contact-us/

Credly, Inc. | 601 Walnut Street, Suite 750 East, Philadelphia, PA 19106
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications
"""
html6 = html_page("""<div style="max-width:560px;margin:0 auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="170" alt="AWS Certified Solutions Architect - Professional">
<h2 style="font-weight:normal">Kenji, congratulations!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:<br><b>AWS Certified Solutions Architect - Professional</b></p>
<p>This badge was issued to kenji.watanabe.dev@gmail.com after the issuer updated your certification record.</p>
<p><a href="https://www.credly.com/badges/3c1f9a2e-6b7d-4e15-9a0c-5f2d8e71b4aa/accept?utm_source=email&amp;utm_medium=transactional" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 601 Walnut Street, Suite 750 East, Philadelphia, PA 19106</p></div>""")
add("credly-sap-pro", "credly_badge_issued", "en", None, txt6, True, provider="gmail", to=A_USER,
    frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
    subject="Amazon Web Services Training and Certification has issued you a badge", date=d6,
    body=alt(part(txt6, cte="qp"), part(html6, "html", cte="qp")),
    snd=sender_profile("credly", env=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-kenji.watanabe.dev=gmail.com@em.credly.com"),
    msgid=f"<{rb64(16).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{R.randint(1, 30)}>",
    sender_lines=[dkim_sig("credly.com", "s1", d6, "from:mime-version:subject:to:content-type:cc:content-type:from:subject:to")])


# =====================================================================
# Case B — Priya Raman, Outlook.com, console case in English
# =====================================================================
B_USER = "priya.raman@outlook.com"
B0 = t("2025-09-15 14:05:33")
CID_B = case15(B0, "22914")
B_KEEP, B_OLD = "AWS07730418", "AWS02291546"
B_SUBJ = "Two certification accounts - need to combine into one"

# 7 case_created (en) console
d = B0 + dt.timedelta(seconds=12)
txt7 = f"""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {CID_B} to address your issue.

The details of your case are as follows:

Case ID: {CID_B}
Subject: {B_SUBJ}
Severity: General guidance
Correspondence: Hello, I ended up with two AWS Certification accounts. {B_KEEP} is registered with priya.raman@outlook.com and an older one, AWS 02291546, with my university address priya.raman@alumni.kestrel.edu. I would like everything under the first one. Thanks, Priya

We will respond to your case as soon as possible. You can view the case in the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={CID_B}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
add("new-support-case", "case_created", "en", CID_B, txt7, True, provider="outlook", to=B_USER,
    frm=addr(AWS, CONSOLE), subject=f"Amazon Web Services: You have opened a new Support case: {CID_B}",
    date=d, body=part(txt7, cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d))

# 8 support_reply (en) new correspondence notice
d8 = t("2025-09-16 10:12:09")
txt8 = f"""Hello,

New correspondence has been added to your AWS Support case {CID_B}: "{B_SUBJ}".

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CID_B}&language=en

(If you are connecting by federation, log in before following the link.)

This e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
add("new-correspondence", "support_reply", "en", CID_B, txt8, True, provider="outlook", to=B_USER,
    frm=addr(AWS, CONSOLE), subject=f"[Case {CID_B}] New correspondence added", date=d8,
    body=part(txt8, charset="us-ascii", cte="7bit"), snd=sender_profile("ses"), extra=ses_extra(d8))

# 9 support_reply (en) asks for more information
d9 = t("2025-09-16 10:12:05")
txt9 = f"""Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I was able to locate the profile {B_KEEP} using priya.raman@outlook.com. Before anything can be combined, I need to be certain that the second profile belongs to you, so could you please share the following:

1. The e-mail address you use to sign in to the second profile, if it is not priya.raman@alumni.kestrel.edu.
2. The e-mail address where that profile currently receives notifications.
3. Your full name exactly as it appears on the second profile.

Please also let me know whether you still have access to the alumni mailbox. If you do, we may send a verification message there.

Once I have these details I will review both records and get back to you with the next steps.

Best regards,
Aisha M.
Amazon Web Services

{CONSOLE_FOOTER.format(cid=CID_B, lang='en')}"""
add("need-more-details", "support_reply", "en", CID_B, txt9, True, provider="outlook", to=B_USER,
    frm=addr(AWS, CONSOLE), subject=f"RE:[CASE {CID_B}] {B_SUBJ}", date=d9,
    body=part(txt9, cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d9))

# 10 merge_confirmation_requested (en) HTML only
d10 = t("2025-09-17 09:03:51")
new10 = f"""Hello Priya,

Thank you for sending the details, they match our records.

Before we go ahead, please review the summary below carefully:

Primary profile (this one stays): {B_KEEP} - priya.raman@outlook.com
Secondary profile (its records move to the primary, then it is deactivated): {B_OLD} - priya.raman@alumni.kestrel.edu

Please be aware that once the two records have been combined, the action cannot be reversed.

Kindly reply to this case in the Support Center to confirm that the above is correct and that you would like us to go ahead. If anything should be different, for example which profile stays, let us know in your reply instead.

Best regards,
Aisha M.
Amazon Web Services"""
html10 = html_page(txt2html(new10) + "\n<hr>\n" + txt2html(CONSOLE_FOOTER.format(cid=CID_B, lang="en")))
add("please-review-summary", "merge_confirmation_requested", "en", CID_B, new10, True, provider="outlook",
    to=B_USER, frm=addr(AWS, CONSOLE), subject=f"RE:[CASE {CID_B}] {B_SUBJ}", date=d10,
    body=part(html10, "html", cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d10))

# 11 merge_completed (en) multipart/alternative, html part has extra rating block
d11 = t("2025-09-18 16:27:40")
new11 = f"""Hello Priya,

Thank you for your confirmation.

Your exam history and the two certifications previously held on {B_OLD} are now listed under {B_KEEP}, and the secondary profile has been retired. From now on please sign in with priya.raman@outlook.com only.

Your Credly badges will be re-issued to the same address within 3-5 business days; please accept them when those e-mails arrive.

Best regards,
Aisha M.
Amazon Web Services
"""
txt11 = new11 + "\n" + CONSOLE_FOOTER.format(cid=CID_B, lang="en")
html11 = html_page(txt2html(new11) + """
<table style="border:1px solid #d5dbdb;margin:16px 0"><tr><td style="padding:12px">
<b>Was this response helpful?</b><br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=""" + CID_B + """&amp;rating=yes">Yes</a> |
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=""" + CID_B + """&amp;rating=no">No</a>
</td></tr></table>
<p style="font-size:12px;color:#687078">If anything looks wrong on your primary profile, you can reply to this case within 7 days and it will be reopened automatically.</p>
<hr>""" + txt2html(CONSOLE_FOOTER.format(cid=CID_B, lang="en")))
add("records-now-listed", "merge_completed", "en", CID_B, new11, True, provider="outlook", to=B_USER,
    frm=addr(AWS, CONSOLE), subject=f"RE:[CASE {CID_B}] {B_SUBJ}", date=d11,
    body=alt(part(txt11, cte="qp"), part(html11, "html", cte="b64")), snd=sender_profile("ses"), extra=ses_extra(d11))

# 12 survey (en) resolved notice with unmarked history below
d12 = t("2025-09-25 16:30:02")
new12 = f"""Hello,

We're writing to let you know that your AWS Support case {CID_B} has been resolved.

If the issue has not been fully addressed, you can reopen the case from the AWS Support Center within the next 14 days. After that, please create a new case and reference this case ID.

How did we do? Tell us about your experience with this case - it takes about a minute:
https://console.aws.amazon.com/support/feedback?displayId={CID_B}&language=en

Thank you for using AWS Support.
"""
hist12 = f"""
---------- Most recent correspondence ----------
Sent by: Aisha M. (Amazon Web Services)
Date: {rfcdate(d11)}

Hello Priya,

Thank you for your confirmation.

Your exam history and the two certifications previously held on {B_OLD} are now listed under {B_KEEP}, and the secondary profile has been retired. From now on please sign in with priya.raman@outlook.com only.
---------------------------------------------------
"""
txt12 = new12 + hist12 + "\n" + "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n"
add("case-resolved-how-did-we-do", "survey", "en", CID_B, new12, True, provider="outlook", to=B_USER,
    frm=addr(AWS, CONSOLE), subject=f"Amazon Web Services: Case {CID_B} has been resolved", date=d12,
    body=part(txt12, cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d12))


# =====================================================================
# Case C — 佐藤 美咲, Yahoo! JAPAN mail, form case in Japanese
# =====================================================================
C_USER = "misaki.sato.0312@yahoo.co.jp"
C0 = t("2025-07-08 01:12:40")
CID_C = case15(C0, "00418")
C_KEEP, C_OLD = "AWS05583120", "AWS08846271"

# 13 support_reply (ja) which account to keep — utf-8 8bit
d13 = t("2025-07-09 02:30:18")
txt13 = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサービスの高橋でございます。
お問い合わせいただき、ありがとうございます。

お客様のお名前で、以下の 2 つの認定アカウントを確認いたしました。

  1. {C_KEEP}（misaki.sato.0312@yahoo.co.jp）
     取得済み認定: AWS Certified Cloud Practitioner
  2. aws08846271（m-sato@kaede-soft.co.jp）
     取得済み認定: AWS Certified Solutions Architect - Associate、
                   AWS Certified Developer - Associate

アカウントをひとつにまとめるにあたり、今後どちらのアカウントをお使いになるかお知らせいただけますでしょうか。
あわせて、残すアカウントで通知を受け取るメールアドレスもご指定ください。

なお、会社のメールアドレスはご退職などで利用できなくなる場合があるため、
個人でお使いのメールアドレスでのご登録をおすすめしております。

ご返信をお待ちしております。

高橋
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
{FORM_SIG_JA.format(cid=CID_C)}"""
add("dochira-wo-nokosu", "support_reply", "ja", CID_C, txt13, True, provider="yahoojp", to=C_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_C), date=d13, body=part(txt13, cte="8bit"),
    snd=sender_profile("ses"), extra=ses_extra(d13))

# 14 support_reply (ja) planned: 統合が完了いたしましたら… (must not read as done)
d14 = t("2025-07-11 05:48:33")
u14 = t("2025-07-10 12:03:51")
new14 = f"""佐藤 美咲 様

高橋でございます。ご回答いただきありがとうございます。

{C_KEEP} を残すアカウントとして承りました。
現在、担当部署にて統合の作業を進めております。統合が完了いたしましたら、
改めてこちらからご連絡いたしますので、今しばらくお待ちください。

作業が終わるまでの間は、新しい試験のご予約はお控えいただけますと幸いです。

高橋
Amazon Web Services
"""
user14 = """高橋様

ご確認ありがとうございます。
1 の yahoo のアドレスのアカウントを残したいです。通知もこのアドレスでお願いします。
会社のアカウントの方の資格も移していただけると助かります。

佐藤"""
txt14 = new14 + "\n" + jq_head(u14, "佐藤美咲", C_USER) + "\n" + gq(user14) + "\n"
add("kanryo-shidai-renraku", "support_reply", "ja", CID_C, new14, True, provider="yahoojp", to=C_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_C), date=d14,
    body=part(txt14, charset="iso-2022-jp", cte="7bit"), snd=sender_profile("ses"), extra=ses_extra(d14))

# 15 merge_completed (ja) — closure that also says the work is done
d15 = t("2025-07-14 08:15:02")
new15 = f"""佐藤 美咲 様

高橋でございます。お待たせいたしました。

統合作業が終わりましたのでご報告いたします。
これまで aws-08846271 に登録されていた認定資格（Solutions Architect - Associate、Developer - Associate）と
受験履歴は、すべて {C_KEEP} でご確認いただけるようになっております。
会社のアドレスのアカウントにはサインインできなくなりましたので、今後は
misaki.sato.0312@yahoo.co.jp でサインインしてください。

ご依頼の件は以上となりますので、本ケースはクローズとさせていただきます。
よろしければ、下記のリンクから今回の対応へのご評価をお寄せください。

高橋
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
"""
txt15 = (new15 + FORM_SIG_JA.format(cid=CID_C) + "\n" + jq_head(u14, "佐藤美咲", C_USER) + "\n" + gq(user14) + "\n")
add("sagyou-owarimashita", "merge_completed", "ja", CID_C, new15, True, provider="yahoojp", to=C_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_C), date=d15, body=part(txt15, cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d15))

# 16 survey (ja) separate アンケート
d16 = t("2025-07-15 00:02:11")
txt16 = f"""佐藤 美咲 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、誠にありがとうございました。

サービス品質向上のため、ケース番号 {CID_C} のお問い合わせについて、
アンケートへのご協力をお願いしております。

▼アンケートはこちら（所要時間：約 2 分）
https://aws-tc-cs.survey.amazon.dev/csat?c={CID_C}&l=ja

※ 本アンケートは、ケースが解決済みとなったお客様にお送りしています。
※ 回答期限：2025年7月29日
※ 本メールは送信専用です。ご返信いただいてもお答えできません。

Amazon Web Services
"""
add("anketo-gokyouryoku", "survey", "ja", CID_C, txt16, True, provider="yahoojp", to=C_USER,
    frm=addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"),
    subject="【アンケートのお願い】AWS トレーニングと認定 カスタマーサービスのご利用について",
    subj_charset="iso-2022-jp", date=d16, body=part(txt16, charset="iso-2022-jp", cte="7bit"),
    snd=sender_profile("ses"), extra=ses_extra(d16))


# =====================================================================
# Case D — Daniel Okafor, Gmail, form case that stalls, then a console case
# =====================================================================
D_USER = "daniel.okafor@gmail.com"
D0 = t("2025-11-03 17:20:05")
CID_D = case15(D0, "10377")
D_KEEP, D_OLD = "AWS03907215", "AWS06214488"

# 17 case_created (en) form acknowledgement without the obvious words
d = D0 + dt.timedelta(seconds=29)
txt17 = f"""Hello Daniel,

We've got your message. Your request has been logged under reference {CID_D}, and a member of the AWS Training and Certification Customer Service team will get back to you, usually within 24 hours.

Summary of what you sent us
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: {D_KEEP}
  Description: I have a second certification profile (aws06214488) from my previous employer, registered with dokafor@meridianhealth.org. I no longer have that mailbox. Please combine it into my personal one.

To add details, simply reply to this e-mail and keep the reference in the subject line. Please don't submit another form for the same request - a duplicate can slow things down.

Thank you,
AWS Training and Certification Customer Service
"""
add("request-logged", "case_created", "en", CID_D, txt17, True, provider="gmail", to=D_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_D, prefix=""), date=d, body=part(txt17, cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d))

# 18 support_reply (en) working on it
d18 = t("2025-11-05 13:02:47")
txt18 = f"""Hi Daniel,

Thanks for your patience. I've reviewed both profiles and passed your request to our certification operations team, who handle record consolidation. They are working through a backlog at the moment, so this may take up to five business days.

There's nothing you need to do right now. Please avoid scheduling a new exam on either profile until you hear back from us.

Kind regards,
Tomás R.
AWS Training and Certification Customer Service
{FORM_SIG_EN.format(cid=CID_D)}"""
add("passed-to-ops-team", "support_reply", "en", CID_D, txt18, True, provider="gmail", to=D_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_D), date=d18,
    body=part(txt18, charset="iso-8859-1", cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d18))

# 19 support_reply (en) do you still need help?
d19 = t("2025-11-14 09:40:13")
txt19 = f"""Hello Daniel,

I'm following up on case {CID_D}. We haven't heard from you since our last message, so I wanted to check in: do you still need assistance with this request?

If so, simply reply to this e-mail and let us know. If we don't hear back within 3 business days, we'll assume no further help is needed and the case will be closed.

Best regards,
Kavya N.
AWS Training and Certification Customer Service
{FORM_SIG_EN.format(cid=CID_D)}"""
add("still-need-assistance", "support_reply", "en", CID_D, txt19, True, provider="gmail", to=D_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_D), date=d19, body=part(txt19, cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d19))

# 20 survey (en) auto-close for inactivity
d20 = t("2025-11-19 09:41:00")
txt20 = f"""Hello,

Because we have not received a response, case {CID_D} has now been closed automatically.

If you still need help, you can reply to this message within 14 days to reopen it. After that, please submit a new request through the contact form.

Tell us about your experience - it takes less than a minute.
Was your issue resolved?
  YES: https://aws-tc-cs.survey.amazon.dev/q?c={CID_D}&a=yes
  NO:  https://aws-tc-cs.survey.amazon.dev/q?c={CID_D}&a=no

Thank you,
AWS Training and Certification Customer Service
"""
html20 = html_page(f"""<p>Hello,</p>
<p>Because we have not received a response, case <b>{CID_D}</b> has now been closed automatically.</p>
<p>If you still need help, you can reply to this message within 14 days to reopen it. After that, please submit a new request through the contact form.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://aws-tc-cs.survey.amazon.dev/q?c={CID_D}&amp;a=yes">YES</a> &nbsp; <a href="https://aws-tc-cs.survey.amazon.dev/q?c={CID_D}&amp;a=no">NO</a></p>
<p>Thank you,<br>AWS Training and Certification Customer Service</p>""")
add("auto-closed-no-response", "survey", "en", CID_D, txt20, True, provider="gmail", to=D_USER,
    frm=addr(AWS, FORM), subject=f"Your case {CID_D} has been closed", date=d20,
    body=alt(part(txt20, charset="us-ascii", cte="7bit"), part(html20, "html", cte="qp")),
    snd=sender_profile("ses"), extra=ses_extra(d20))

# 21 case_created (en) console, new case after the form case closed
D1 = t("2025-11-21 09:44:51")
CID_D2 = case15(D1, "63310")
D2_SUBJ = "Certification account merge - follow up on closed case"
d = D1 + dt.timedelta(seconds=8)
txt21 = f"""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {CID_D2} to address your issue.

The details of your case are as follows:

Case ID: {CID_D2}
Subject: {D2_SUBJ}
Severity: General guidance
Correspondence: My earlier request {CID_D} was closed automatically but nothing was done - I never saw the follow-up mails. I still have two certification profiles: AWS03907215 (personal, keep this one) and AWS06214488 (old employer). Please merge them.

We will respond to your case as soon as possible. You can view the case in the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={CID_D2}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Sincerely,
Amazon Web Services
"""
add("opened-new-case", "case_created", "en", CID_D2, txt21, True, provider="gmail", to=D_USER,
    frm=addr(AWS, CONSOLE), subject=f"Amazon Web Services: You have opened a new Support case: {CID_D2}",
    date=d, body=part(txt21, cte="b64"), snd=sender_profile("ses"), extra=ses_extra(d))

# 22 merge_confirmation_requested (en), ids in lower case / dashed
d22 = t("2025-11-24 15:11:26")
new22 = """Hello Daniel,

My apologies for how your earlier request was handled. I've picked this up and I have what I need to proceed.

Please review the following carefully:
  - aws03907215 (daniel.okafor@gmail.com) will remain your active certification account.
  - aws-06214488 (dokafor@meridianhealth.org) will be folded into it and then closed.

Everything tied to the second profile - exam history, certifications and any unused benefits - will move across. This cannot be undone afterwards, so I need your explicit go-ahead first. Please reply in the Support Center with "I confirm", or tell me what should change.

Best regards,
Ravi S.
Amazon Web Services
"""
txt22 = new22 + "\n" + CONSOLE_FOOTER.format(cid=CID_D2, lang="en")
add("need-your-go-ahead", "merge_confirmation_requested", "en", CID_D2, new22, True, provider="gmail",
    to=D_USER, frm=addr(AWS, CONSOLE), subject=f"RE:[CASE {CID_D2}] {D2_SUBJ}", date=d22,
    body=part(txt22, cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d22))

# 23 merge_completed (en) "you're all set", asks to check and to accept badges
d23 = t("2025-11-26 08:55:39")
new23 = """Hello Daniel,

Thanks for confirming. You're all set: your certifications, exam history and the 50% exam discount benefit now sit on aws03907215, and the old profile has been retired, so it will no longer accept sign-ins.

A couple of things on your side:
  1. Sign in with daniel.okafor@gmail.com and check that all three certifications are listed.
  2. Credly will send badge e-mails to daniel.okafor@gmail.com over the next few days. Please accept each badge from those e-mails.

Best regards,
Ravi S.
Amazon Web Services
"""
txt23 = new23 + "\n" + CONSOLE_FOOTER.format(cid=CID_D2, lang="en")
add("youre-all-set", "merge_completed", "en", CID_D2, new23, True, provider="gmail", to=D_USER,
    frm=addr(AWS, CONSOLE), subject=f"RE:[CASE {CID_D2}] {D2_SUBJ}", date=d23,
    body=part(txt23, cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d23))

# 24 credly_badge_issued (en) badge moved after merge
d24 = t("2025-11-28 14:20:03")
txt24 = """Hi Daniel,

Amazon Web Services Training and Certification has re-issued your badge to this e-mail address:

  AWS Certified Solutions Architect - Associate

This badge was originally sent to dokafor@meridianhealth.org. It has been transferred to daniel.okafor@gmail.com at the issuer's request. Accept it to keep it on your Credly profile.

  Claim your badge: https://www.credly.com/badges/8e2b71d4-0c5a-4f38-b9e6-1a7d3c9f0e52/accept

Didn't expect this e-mail? You can ignore it; the badge will stay pending until you accept it.

Credly, Inc. | 601 Walnut Street, Suite 750 East, Philadelphia, PA 19106
"""
html24 = html_page("""<div style="max-width:560px;margin:0 auto">
<p>Hi Daniel,</p>
<p><b>Amazon Web Services Training and Certification</b> has re-issued your badge to this e-mail address:</p>
<p style="font-size:18px">AWS Certified Solutions Architect - Associate</p>
<p>This badge was originally sent to dokafor@meridianhealth.org. It has been transferred to daniel.okafor@gmail.com at the issuer's request. Accept it to keep it on your Credly profile.</p>
<p><a href="https://www.credly.com/badges/8e2b71d4-0c5a-4f38-b9e6-1a7d3c9f0e52/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 601 Walnut Street, Suite 750 East, Philadelphia, PA 19106</p></div>""")
add("credly-badge-transferred", "credly_badge_issued", "en", None, txt24, True, provider="gmail", to=D_USER,
    frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
    subject="Claim your AWS Certified Solutions Architect - Associate badge", date=d24,
    body=alt(part(txt24, cte="qp"), part(html24, "html", cte="qp")),
    snd=sender_profile("credly", env=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-daniel.okafor=gmail.com@em.credly.com"),
    msgid=f"<{rb64(16).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{R.randint(1, 30)}>",
    sender_lines=[dkim_sig("credly.com", "s1", d24, "from:mime-version:subject:to:content-type")])

# 25 unrelated (en) Credly expiry reminder
d25 = t("2026-01-10 15:00:12")
txt25 = """Hi Daniel,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification expires on March 11, 2026.

To keep your credential active, complete the recertification requirements before it expires. After the expiration date the badge will still appear on your profile, marked as expired.

View the badge: https://www.credly.com/badges/51c0a7e3-9d24-4b6f-8e1a-2f7c5d9b3a60
Learn how to recertify: https://aws.amazon.com/certification/recertification/

Credly, Inc. | 601 Walnut Street, Suite 750 East, Philadelphia, PA 19106
Manage notifications: https://www.credly.com/earner/settings/notifications
"""
add("credly-expires-soon", "unrelated", "en", None, txt25, True, provider="gmail", to=D_USER,
    frm="Credly <admin@credly.com>", subject="Your AWS Certified Cloud Practitioner badge expires in 60 days",
    date=d25, body=part(txt25, cte="qp"),
    snd=sender_profile("credly", env=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-daniel.okafor=gmail.com@em.credly.com"),
    msgid=f"<{rb64(16).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{R.randint(1, 30)}>",
    sender_lines=[dkim_sig("credly.com", "s1", d25, "from:mime-version:subject:to:content-type")])


# =====================================================================
# Case E — 田中 裕子, corporate Microsoft 365, console case in Japanese
# =====================================================================
E_USER = "y.tanaka@minato-sys.co.jp"
E0 = t("2025-09-08 00:31:27")
CID_E = case15(E0, "05127")
E_KEEP, E_OLD = "AWS06652019", "AWS03318846"
E_SUBJ = "認定アカウントの統合について"

# 26 case_created (ja) console
d = E0 + dt.timedelta(seconds=15)
txt26 = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせに対応するため、ケース {CID_E} を作成しました。

ケースの詳細は次のとおりです:

ケース ID: {CID_E}
件名: {E_SUBJ}
重大度: 一般的なガイダンス
内容: 認定アカウントが 2 つあります。業務用の {E_KEEP} と、以前個人で作成した AWS 03318846 を 1 つにまとめたいです。残したいのは {E_KEEP} です。よろしくお願いいたします。

できるだけ早くご回答いたします。ケースの状況は AWS サポートセンターでご確認いただけます:

https://console.aws.amazon.com/support/home#/case/?displayId={CID_E}&language=ja

※ このメールは送信専用アドレスから送信されています。ケースを更新する場合は上記のリンクをご利用ください。

Amazon Web Services
"""
add("atarashii-case", "case_created", "ja", CID_E, txt26, True, provider="o365", to=E_USER,
    frm=addr(AWS, CONSOLE), subject=f"Amazon Web Services: 新しいサポートケースをオープンしました: {CID_E}",
    date=d, body=part(txt26, cte="b64"), snd=sender_profile("ses"), extra=ses_extra(d))

# 27 merge_confirmation_requested (ja) ISO-2022-JP, ids with a space
d27 = t("2025-09-09 07:20:44")
new27 = f"""田中 裕子 様

AWS トレーニングと認定 カスタマーサービスの木村と申します。
お問い合わせいただきありがとうございます。

統合を実施する前に、以下の内容についてご確認をお願いいたします。

　統合先（今後ご利用いただくアカウント）: aws 06652019
　統合元（統合後に無効化されるアカウント）: aws 03318846

統合元に登録されている認定資格、受験履歴、特典は統合先に引き継がれます。
なお、一度実施した統合は取り消すことができません。

内容に誤りがなければ、サポートセンターから「上記の内容で統合をお願いします」とご返信ください。
修正が必要な場合も、その旨をお知らせください。

木村
Amazon Web Services
"""
txt27 = new27 + "\n" + CONSOLE_FOOTER_JA.format(cid=CID_E)
add("naiyou-kakunin", "merge_confirmation_requested", "ja", CID_E, new27, True, provider="o365", to=E_USER,
    frm=addr(AWS, CONSOLE), subject=f"RE:[CASE {CID_E}] {E_SUBJ}", subj_charset="iso-2022-jp", date=d27,
    body=part(txt27, charset="iso-2022-jp", cte="7bit"), snd=sender_profile("ses"), extra=ses_extra(d27))

# 28 support_reply (ja) new correspondence notice
d28 = t("2025-09-10 01:05:37")
txt28 = f"""AWS サポートケース {CID_E}「{E_SUBJ}」に新しいやり取りが追加されました。

内容の確認とご返信は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={CID_E}&language=ja

※ このメールは送信専用アドレスから送信されています。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。
"""
add("atarashii-yaritori", "support_reply", "ja", CID_E, txt28, True, provider="o365", to=E_USER,
    frm=addr(AWS, CONSOLE), subject=f"[Case {CID_E}] 新しいやり取りが追加されました", date=d28,
    body=part(txt28, cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d28))

# 29 merge_completed (ja) closure that also says it is done; unmarked history below
d29 = t("2025-09-11 02:48:19")
new29 = f"""田中 裕子 様

木村です。ご返信いただきありがとうございました。

ご確認いただいた内容どおり、{E_KEEP} 側へ認定履歴を一本化する処理を行いました。
もう一方の ID（aws-03318846）は無効化済みのため、今後はサインインできません。
50% 割引バウチャーなどの特典も、一本化後のアカウントに反映されています。

以上をもちまして、本ケースはクローズさせていただきます。
今回の対応について、サポートセンターの星マークからご評価いただけますと幸いです。

木村
Amazon Web Services
"""
hist29 = f"""
------------------------------------------------------------
お客様 (2025-09-10 09:58 JST):
上記の内容で統合をお願いします。

Amazon Web Services (2025-09-09 16:20 JST):
統合先（今後ご利用いただくアカウント）: aws 06652019
統合元（統合後に無効化されるアカウント）: aws 03318846
一度実施した統合は取り消すことができません。
------------------------------------------------------------
"""
txt29 = new29 + hist29 + "\n" + CONSOLE_FOOTER_JA.format(cid=CID_E)
add("ipponka-shimashita", "merge_completed", "ja", CID_E, new29, True, provider="o365", to=E_USER,
    frm=addr(AWS, CONSOLE), subject=f"RE:[CASE {CID_E}] {E_SUBJ}", date=d29, body=part(txt29, cte="b64"),
    snd=sender_profile("ses"), extra=ses_extra(d29))

# 30 survey (ja)
d30 = t("2025-09-12 03:00:05")
txt30 = f"""田中 裕子 様

先日は AWS サポートをご利用いただきありがとうございました。

最近クローズされたケース {CID_E}「{E_SUBJ}」について、お客様のご意見をお聞かせください。
アンケートは 5 問で、2 分ほどで回答いただけます。

アンケートに回答する:
https://console.aws.amazon.com/support/feedback?displayId={CID_E}&language=ja

ご協力をお願いいたします。

Amazon Web Services
"""
add("support-anketo", "survey", "ja", CID_E, txt30, True, provider="o365", to=E_USER,
    frm=addr(AWS, CONSOLE), subject="Amazon Web Services サポートに関するアンケートのお願い", date=d30,
    body=part(txt30, cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d30))

# 57 survey (ja) reminder
d57 = t("2025-09-19 03:00:41")
txt57 = f"""田中 裕子 様

先日お送りしたアンケートへのご回答がまだお済みでないようでしたので、再度ご案内いたします。

対象のケース: {CID_E}（{E_SUBJ}）
回答期限: 2025年9月26日

アンケートに回答する:
https://console.aws.amazon.com/support/feedback?displayId={CID_E}&language=ja

すでにご回答いただいている場合は、本メールと行き違いになりましたことをご容赦ください。

Amazon Web Services
"""
add("anketo-remind", "survey", "ja", CID_E, txt57, True, provider="o365", to=E_USER,
    frm=addr(AWS, CONSOLE), subject="【リマインダー】Amazon Web Services サポートに関するアンケートへのご協力のお願い",
    subj_charset="iso-2022-jp", date=d57, body=part(txt57, charset="iso-2022-jp", cte="7bit"),
    snd=sender_profile("ses"), extra=ses_extra(d57))

# 45 unrelated (ja) billing case of the same user — genuine AWS
E_B0 = t("2025-10-02 05:17:50")
CID_EB = case15(E_B0, "41806")
d45 = t("2025-10-03 08:22:10")
txt45 = f"""田中 様

AWS 請求サポートの山口です。お問い合わせいただきありがとうございます。

9 月分の請求書が 2 通発行されている件について確認いたしました。
2 通目は、組織の統合に伴ってメンバーアカウントの請求が管理アカウントへ移った際に
発行されたもので、同じ金額が二重に請求されているわけではございません。
お支払いいただく必要があるのは、管理アカウント側の請求書のみです。

ご不明な点があれば、このケースでお知らせください。

山口
Amazon Web Services
"""
txt45f = txt45 + "\n" + CONSOLE_FOOTER_JA.format(cid=CID_EB)
add("seikyusho-niju", "unrelated", "ja", CID_EB, txt45, True, provider="o365", to=E_USER,
    frm=addr(AWS, CONSOLE), subject=f"RE:[CASE {CID_EB}] 9月分の請求書が2通届いている", date=d45,
    body=part(txt45f, cte="qp"), snd=sender_profile("ses"), extra=ses_extra(d45))

# 53 unrelated (ja) colleague forwarding her own completion mail — internal, no Authentication-Results
d53 = t("2025-09-02 10:41:00", JST)
CID_COL = case15(t("2025-08-27 02:10:44"), "07733")
new53 = f"""田中さん

お疲れさまです。斎藤です。
認定アカウントの件、私の分は先週まとめてもらえました。今は AWS01964425 だけになっています。
問い合わせフォームから出して、確認のメールに返信したら 2 日くらいで終わりました。
参考までに、サポートからのメールを転送しておきます。

斎藤
"""
fwd53 = ("\n________________________________\n" + ol_block(
    "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", ol_sent_ja(t("2025-08-29 06:12:00")),
    "斎藤 真理 <m.saito@minato-sys.co.jp>", form_subject(CID_COL), "ja") + f"""

斎藤 真理 様

お待たせいたしました。ご依頼いただいた 2 つのアカウントの統合が完了いたしました。
認定資格と受験履歴は AWS01964425 にまとまっています。

Amazon Web Services
""")
txt53 = new53 + fwd53
msgid53 = f"<TYCPR01MB{R.randint(1000, 9999)}{ralnum(10)}@TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com>"
add("fw-saito-san", "unrelated", "ja", CID_COL, new53, None, provider=None, to=E_USER,
    to_hdr=addr("田中 裕子", E_USER), frm=addr("斎藤 真理", "m.saito@minato-sys.co.jp"),
    subject="FW: " + form_subject(CID_COL), date=d53, body=part(txt53, charset="iso-2022-jp", cte="7bit"),
    snd={"env": "x"}, msgid=msgid53, sender_lines=[
        f"Received: from TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com ({'2603:1096:400:' + rhex(3) + '::' + rhex(2)}) by\n TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com with HTTPS; {rfcdate(d53.astimezone(UTC))}",
        "X-MS-Exchange-Organization-AuthSource: TYCPR01MB" + str(R.randint(1000, 9999)) + ".jpnprd01.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        hdr("Thread-Topic", "FW: " + form_subject(CID_COL)),
        "Thread-Index: AdwbN" + rb64(20),
        "Accept-Language: ja-JP, en-US",
        "Content-Language: ja-JP",
    ])


# =====================================================================
# Case F — Marco Bianchi, Fastmail, 2023 form case (11 digits) reopened in 2026
# =====================================================================
F_USER = "marco@bianchi.dev"
CID_F = "12948730561"
F_KEEP, F_OLD = "AWS01180356", "AWS05529934"

# 31 support_reply (en) reopened notice
d31 = t("2026-01-12 09:10:33")
txt31 = f"""Hello Marco,

Your case {CID_F} has been reopened following your recent reply. An agent will review your message and respond as soon as possible, usually within one business day.

There is no need to open a new request for this issue; any further replies to this thread will be added to the same case.

Thank you,
AWS Training and Certification Customer Service
"""
add("case-reopened", "support_reply", "en", CID_F, txt31, True, provider="fastmail", to=F_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_F), date=d31, body=part(txt31, charset="us-ascii", cte="7bit"),
    snd=sender_profile("ses"), extra=ses_extra(d31))

# 32 support_reply (en) in progress / planned — mentions the 2023 consolidation
d32 = t("2026-01-13 16:44:02")
u32 = t("2026-01-12 09:09:51")
new32 = f"""Hi Marco,

Thanks for flagging this, and sorry for the trouble. Looking at the history, when your two profiles were combined in 2023 the Developer - Associate record on {F_OLD} did not travel with the others to {F_KEEP}.

I've asked our certification operations team to move that remaining record across. When they have done so I'll update this case, and Credly should then send you a fresh badge e-mail for it. No action is needed from you in the meantime.

Best,
Meera P.
AWS Training and Certification Customer Service
"""
user32 = """Hi,

Sorry to revive this old thread. My profiles were merged back in 2023, but I just noticed that my
Developer - Associate cert is missing from my main account, and Credly still shows that badge on my
old Credly login. Could you take a look?

Thanks,
Marco"""
txt32 = new32 + FORM_SIG_EN.format(cid=CID_F) + "\n" + eq_head(u32, "Marco Bianchi", F_USER, CET) + "\n" + gq(user32) + "\n"
add("remaining-record-requested", "support_reply", "en", CID_F, new32, True, provider="fastmail", to=F_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_F), date=d32, body=part(txt32, cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d32))

# 33 merge_completed (en) remaining record moved; Credly validation number present
d33 = t("2026-01-15 11:05:58")
new33 = f"""Hi Marco,

Good news: the Developer - Associate certification (validation number QB7R2HXK1NLCE3WS) is now showing under AWS 01180356 together with the rest of your certifications, and nothing is left on the old profile. You can confirm this on the Certifications page after signing in.

Credly will e-mail you about the badge separately. If it hasn't arrived within five business days, reply here and I'll chase it.

Best,
Meera P.
AWS Training and Certification Customer Service
"""
txt33 = (new33 + FORM_SIG_EN.format(cid=CID_F) + "\n" + eq_head(d32, "Amazon Web Services", FORM) + "\n" + gq(new32)
         + "\n>\n> " + eq_head(u32, "Marco Bianchi", F_USER, CET) + "\n" + gq(user32, 2) + "\n")
add("now-showing-under-main", "merge_completed", "en", CID_F, new33, True, provider="fastmail", to=F_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_F), date=d33, body=part(txt33, cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d33), crlf=True)

# 34 survey (en) HTML only "Was your issue resolved?"
d34 = t("2026-01-22 11:06:30")
html34 = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:14px 20px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px 20px">
<p>Hello Marco,</p>
<p>Your case <b>{CID_F}</b> has been marked as resolved. We'd love to hear how it went.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<p><a href="https://aws-tc-cs.survey.amazon.dev/q?c={CID_F}&amp;a=yes" style="display:inline-block;background:#1d8102;color:#fff;padding:10px 30px;text-decoration:none">YES</a>
&nbsp;&nbsp;
<a href="https://aws-tc-cs.survey.amazon.dev/q?c={CID_F}&amp;a=no" style="display:inline-block;background:#d13212;color:#fff;padding:10px 30px;text-decoration:none">NO</a></p>
<p>How would you rate the agent who helped you?</p>
<p><a href="https://aws-tc-cs.survey.amazon.dev/r?c={CID_F}&amp;s=1">1</a> &middot; <a href="https://aws-tc-cs.survey.amazon.dev/r?c={CID_F}&amp;s=2">2</a> &middot; <a href="https://aws-tc-cs.survey.amazon.dev/r?c={CID_F}&amp;s=3">3</a> &middot; <a href="https://aws-tc-cs.survey.amazon.dev/r?c={CID_F}&amp;s=4">4</a> &middot; <a href="https://aws-tc-cs.survey.amazon.dev/r?c={CID_F}&amp;s=5">5</a></p>
<p style="font-size:12px;color:#687078">This survey link expires in 30 days. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</td></tr></table>""")
add("was-your-issue-resolved", "survey", "en", CID_F, html34, True, provider="fastmail", to=F_USER,
    frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"),
    subject=f"How did we do? Case {CID_F}", date=d34, body=part(html34, "html", cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d34))

# 35 credly_badge_issued (en)
d35 = t("2026-01-16 19:31:17")
txt35 = """Marco, you've earned a badge!

Amazon Web Services Training and Certification sent you the AWS Certified Developer - Associate badge. Accept it to add it to your profile, then share it on LinkedIn or embed it in your email signature.

Accept badge: https://www.credly.com/badges/a4d1e9c2-77f0-4b1a-93e5-0c6b2f8d1e77/accept

You received this e-mail because an issuer sent a badge to marco@bianchi.dev.
Credly, Inc. | 601 Walnut Street, Suite 750 East, Philadelphia, PA 19106
"""
html35 = html_page("""<div style="max-width:560px;margin:0 auto;text-align:center">
<h1 style="font-weight:normal;font-size:24px">Marco, you've earned a badge!</h1>
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="170" alt="AWS Certified Developer - Associate">
<p><b>Amazon Web Services Training and Certification</b> sent you the <b>AWS Certified Developer - Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/a4d1e9c2-77f0-4b1a-93e5-0c6b2f8d1e77/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">You received this e-mail because an issuer sent a badge to marco@bianchi.dev.</p></div>""")
add("credly-dva-earned", "credly_badge_issued", "en", None, txt35, True, provider="fastmail", to=F_USER,
    frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
    subject="Marco, you've earned a badge from Amazon Web Services Training and Certification", date=d35,
    body=alt(part(txt35, cte="qp"), part(html35, "html", cte="b64")),
    snd=sender_profile("credly", env=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-marco=bianchi.dev@em.credly.com"),
    msgid=f"<{rb64(16).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{R.randint(1, 30)}>",
    sender_lines=[dkim_sig("credly.com", "s1", d35, "from:mime-version:subject:to:content-type")])

# 52 unrelated (en) Seller Central case, 10-digit id, "merged" listings
d52 = t("2025-12-09 20:14:55")
CID_SC = "6120937455"
txt52 = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed the detail pages you reported (ASIN B0CX4K7Q2M and ASIN B0CX4L1T9R). As they describe the same product, the two pages have now been merged, and your offer is listed under B0CX4K7Q2M. The inventory and sales history of the duplicate page remain available in your reports.

Please allow up to 24 hours for the change to appear on the product detail page.

Was this e-mail helpful? Please let us know using the links below:
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={CID_SC}&helpful=yes
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={CID_SC}&helpful=no

Thank you for selling on Amazon,
Jordan
Amazon.com
https://sellercentral.amazon.com
"""
add("seller-detail-pages", "unrelated", "en", CID_SC, txt52, True, provider="fastmail", to=F_USER,
    frm=addr("Amazon Seller Central", "seller-notification@amazon.com"),
    subject=f"RE:[CASE {CID_SC}] Duplicate detail pages for the same product", date=d52,
    body=part(txt52, cte="qp"), snd=sender_profile("seller"), extra=ses_extra(d52))


# =====================================================================
# Case G — 中村 翔, @nifty, form case in Japanese (+ look-alike phishing)
# =====================================================================
G_USER = "sho.nakamura@nifty.com"
G0 = t("2026-02-02 03:05:10")
CID_G = case15(G0, "00962")
G_KEEP, G_OLD = "AWS07206651", "AWS02874390"

# 36 merge_confirmation_requested (ja) phishing from a look-alike domain that passes its own DMARC
d36 = t("2026-02-03 11:47:29")
CID_FAKE = case15(t("2026-02-02 03:48:43"), "00551")
txt36 = f"""中村 翔 様

AWS 認定サポートセンターです。
お客様よりご依頼いただいた認定アカウントの統合について、最終確認のお願いです。

統合処理は元に戻すことができないため、本人確認と統合内容の承認をお願いしております。
下記のリンクから AWS アカウントにサインインし、統合するアカウントと残すアカウントを
ご確認のうえ「統合を承認する」を押してください。

  ▼統合内容の確認・承認
  https://aws-certification-center.com/merge/approve?case={CID_FAKE}&token=8f3KxQ2

※ 24 時間以内にご承認いただけない場合、セキュリティ上の理由により
  両方の認定アカウントが一時的にロックされます。

AWS 認定サポートセンター
Amazon Web Services Japan
"""
html36 = html_page(txt2html(txt36).replace(
    f"https://aws-certification-center.com/merge/approve?case={CID_FAKE}&amp;token=8f3KxQ2",
    f'<a href="https://aws-certification-center.com/merge/approve?case={CID_FAKE}&amp;token=8f3KxQ2">https://console.aws.amazon.com/certification/merge</a>'), "ja")
snd36 = sender_profile("custom", env="bounce@aws-certification-center.com", from_domain="aws-certification-center.com",
                       ip="45.137.21.88", helo="mail.aws-certification-center.com",
                       dkim=[("aws-certification-center.com", "default")])
add("tougou-saishu-kakunin", "merge_confirmation_requested", "ja", CID_FAKE, txt36, False, provider="nifty",
    to=G_USER, frm=addr("AWS 認定サポート", "support@aws-certification-center.com"),
    subject=f"【重要】[CASE {CID_FAKE}] 認定アカウント統合の最終確認（24時間以内）", date=d36,
    body=alt(part(txt36, cte="b64"), part(html36, "html", cte="b64")), snd=snd36,
    msgid=f"<{rhex(24)}@aws-certification-center.com>",
    sender_lines=[dkim_sig("aws-certification-center.com", "default", d36)])

# 37 merge_completed (ja) "集約されました", UTF-8 bytes with a wrong charset label, confirmation quoted
d37 = t("2026-02-05 06:33:50")
u37 = t("2026-02-04 13:41:12")
new37 = f"""中村 翔 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
統合についてご承諾いただき、ありがとうございました。

お客様の認定情報（認定資格 3 件、受験履歴、特典）は、{G_KEEP} へ集約されました。
もう一方の ID は今後ご利用いただけません。
念のため、サインイン後に「認定」ページの一覧をご確認ください。

佐々木
Amazon Web Services
"""
q37 = f"""佐々木様

確認しました。この内容で問題ありません。よろしくお願いします。

中村"""
q37b = f"""中村 翔 様

以下の内容で統合を行います。
  残すアカウント: {G_KEEP}（sho.nakamura@nifty.com）
  統合元アカウント: {G_OLD}（nakamura.sho@tsubasa-works.jp）
統合後は元に戻せません。よろしければご返信ください。"""
txt37 = new37 + "\n" + jq_head(u37, "中村 翔", G_USER) + "\n" + gq(q37) + "\n>\n" + gq(q37b, 2) + "\n"
add("shuuyaku-saremashita", "merge_completed", "ja", CID_G, new37, True, provider="nifty", to=G_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_G), date=d37,
    body=part(txt37, charset="utf-8", cte="8bit", label="iso-8859-1"), snd=sender_profile("ses"), extra=ses_extra(d37))

# 38 survey (ja) short closure
d38 = t("2026-02-05 06:34:31")
txt38 = f"""中村 翔 様

お問い合わせいただいたケース（ケース番号: {CID_G}）は、解決済みとしてクローズされました。

今回のサポートはいかがでしたか。以下から 5 段階でご評価ください。
  https://aws-tc-cs.survey.amazon.dev/rate?c={CID_G}&l=ja

引き続きサポートが必要な場合は、14 日以内にこのメールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
add("kaiketsu-close", "survey", "ja", CID_G, txt38, True, provider="nifty", to=G_USER,
    frm=addr(AWS, FORM), subject=f"ケース {CID_G} は解決済みになりました", date=d38,
    body=part(txt38, charset="shift_jis", cte="b64"), snd=sender_profile("ses"), extra=ses_extra(d38))

# 39 unrelated (ja) CertMetrics recertification congratulations (authentic, not AWS)
d39 = t("2026-03-02 00:12:40")
txt39 = f"""中村 翔 様

AWS 認定ソリューションアーキテクト – アソシエイトの再認定、おめでとうございます。

再認定により、認定の有効期限が 2029年3月1日 まで延長されました。
AWS 認定 ID: {G_KEEP}
認定の検証番号: 7HZK2M4QNP1VE8CW

デジタルバッジは Credly から別途メールでお送りします。
認定アカウントでは、認定証のダウンロードや特典の確認ができます。
https://www.aws.training/Certification

AWS 認定チーム
"""
add("saininntei-omedetou", "unrelated", "ja", None, txt39, False, provider="nifty", to=G_USER,
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), subject="AWS 認定: 再認定おめでとうございます",
    date=d39, body=part(txt39, cte="qp"),
    snd=sender_profile("certmetrics", env=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-sho.nakamura=nifty.com@sgmail.certmetrics.com"),
    msgid=f"<{rb64(16).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{R.randint(1, 30)}>",
    sender_lines=[dkim_sig("certmetrics.com", "s1", d39, "from:mime-version:subject:to:content-type")])

# 40 unrelated (ja) Pearson VUE appointment, no Authentication-Results at all
d40 = t("2026-02-20 05:02:11")
txt40 = """中村 翔 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

  試験: AWS Certified Solutions Architect - Professional (SAP-C02)
  日時: 2026年3月14日（土）10:00
  会場: オンライン（OnVUE）
  登録番号: 512873094

受験当日は、開始時刻の 30 分前からチェックインが可能です。
有効な身分証明書をご用意ください。

予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
"""
add("pearson-yoyaku", "unrelated", "ja", None, txt40, None, provider="noar-jp", to=G_USER,
    frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"),
    subject="試験予約の確認 - AWS Certified Solutions Architect - Professional", subj_charset="iso-2022-jp",
    date=d40, body=part(txt40, charset="iso-2022-jp", cte="7bit"),
    snd=sender_profile("pearson", env="bounce-md_30850198.65d1a2b3.v1-" + rhex(32) + "@mandrillapp.com"),
    msgid=f"<{rhex(32)}@mandrillapp.com>", sender_lines=[])

# 51 unrelated (ja) AWS Builder ID verification code (genuine signin.aws)
d51 = t("2026-02-02 02:58:07")
txt51 = """AWS Builder ID の検証コード

こんにちは、

AWS Builder ID へのサインインをリクエストいただきました。
サインインを完了するには、次の検証コードを入力してください。

検証コード: 604218

このコードの有効期限は 10 分です。
このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
add("builder-id-code", "unrelated", "ja", None, txt51, True, provider="nifty", to=G_USER,
    frm=addr("AWS", "no-reply@signin.aws"), subject="AWS Builder ID の検証コード", date=d51,
    body=part(txt51, cte="qp"), snd=sender_profile("signin"), extra=ses_extra(d51, "us-west-2"))


# =====================================================================
# Case H — Sarah Lindqvist, corporate Microsoft 365, form case in English
# =====================================================================
H_USER = "sarah.lindqvist@tidewater-eng.com"
H0 = t("2025-12-01 15:40:00")
CID_H = case15(H0, "31008")
H_KEEP, H_OLD = "AWS08813306", "AWS04471192"

# 41 merge_confirmation_requested (en) spoofed amazon.com, topmost AR dmarc=fail, forged AR lower down
d41 = t("2025-12-02 07:58:14")
CID_H_FAKE = case15(t("2025-12-01 18:22:09"), "04412")
txt41 = f"""Dear Customer,

We are processing the request to merge your AWS Certification accounts.

For your security, merging accounts is a permanent action. Before the merge can continue, you must confirm the accounts involved and verify your identity. Requests that are not confirmed within 24 hours are cancelled and both certification profiles are suspended pending review.

Confirm the merge: https://aws-training-verify.com/certification/merge-confirm?ref={CID_H_FAKE}

You will be asked to sign in with your AWS Certification credentials and confirm which profile to keep.

Best regards,
AWS Training and Certification Customer Service
Amazon Web Services
"""
snd41 = sender_profile("custom", env="noreply@mailer.awstraining-notify.net", from_domain="amazon.com",
                       ip="185.243.114.52", helo="mailer.awstraining-notify.net", dkim=[])
forged41 = ("Authentication-Results: mx.amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com;\n"
            " dmarc=pass action=none header.from=amazon.com")
add("merge-confirm-24h", "merge_confirmation_requested", "en", CID_H_FAKE, txt41, False, provider="o365",
    to=H_USER, frm=addr(AWS, FORM), subject=form_subject(CID_H_FAKE), date=d41,
    body=part(txt41, charset="us-ascii", cte="7bit"), snd=snd41, dmarc="fail", spf="pass",
    forged_ar=forged41, msgid=f"<{rhex(20)}.{R.randint(1000, 9999)}@mailer.awstraining-notify.net>",
    sender_lines=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"])

# 42 support_reply (en) thank you for confirming, we will now proceed; Outlook quoted blocks
d42 = t("2025-12-03 10:05:32")
u42 = t("2025-12-02 21:47:00")
a42 = t("2025-12-02 16:20:11")
new42 = """Hello Sarah,

Thank you for confirming the details. We will now proceed with combining your two certification profiles. This is normally finished within 2-3 business days, and you will receive a separate message from us as soon as it has gone through.

Please hold off on registering for any exam until then.

Regards,
Meera P.
Amazon Web Services
"""
q42_user = """Hi Meera,

The details are correct. Please proceed with the merge.

Thanks,
Sarah

Sarah Lindqvist | Senior Cloud Engineer
Tidewater Engineering"""
q42_agent = f"""Hello Sarah,

Please confirm the following before we proceed:

Account to keep: {H_KEEP} (sarah.lindqvist@tidewater-eng.com)
Account to be merged: {H_OLD} (s.lindqvist@gmail.com)

Please note that the merge cannot be reversed once it has been carried out. Reply to this e-mail to confirm.

Regards,
Meera P.
Amazon Web Services"""
EST5 = dt.timezone(dt.timedelta(hours=-5))
hist42 = ("\n________________________________\n"
          + ol_block("Sarah Lindqvist <sarah.lindqvist@tidewater-eng.com>", ol_sent(u42, EST5),
                     f"Amazon Web Services <{FORM}>", form_subject(CID_H)) + "\n\n" + q42_user + "\n\n"
          + ol_block(f"Amazon Web Services <{FORM}>", ol_sent(a42, EST5), "Sarah Lindqvist <sarah.lindqvist@tidewater-eng.com>",
                     form_subject(CID_H)) + "\n\n" + q42_agent + "\n")
txt42 = new42 + FORM_SIG_EN.format(cid=CID_H) + hist42
add("proceeding-now", "support_reply", "en", CID_H, new42, True, provider="o365", to=H_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_H), date=d42, body=part(txt42, cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d42))

# 43 merge_completed (en) consolidated, asks the user to check; base64
d43 = t("2025-12-04 19:12:48")
new43 = f"""Hello Sarah,

I've gone ahead and consolidated your two profiles as requested. Everything - exam history, your four active certifications and the unused exam voucher - now sits under {H_KEEP}, and the duplicate ({H_OLD}) can no longer be used to sign in.

Could you please sign in and let me know if anything looks missing? If all is well, there is no need to reply.

Regards,
Meera P.
Amazon Web Services
"""
txt43 = new43 + FORM_SIG_EN.format(cid=CID_H) + "\n________________________________\n" + ol_block(
    "Sarah Lindqvist <sarah.lindqvist@tidewater-eng.com>", ol_sent(u42, EST5), f"Amazon Web Services <{FORM}>",
    form_subject(CID_H)) + "\n\n" + q42_user + "\n"
add("consolidated-please-check", "merge_completed", "en", CID_H, new43, True, provider="o365", to=H_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_H), date=d43, body=part(txt43, cte="b64"),
    snd=sender_profile("ses"), extra=ses_extra(d43), crlf=True)

# 44 unrelated (en) GitHub "merged" notification
d44 = t("2025-12-04 14:03:21")
txt44 = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tidewater-eng/infra-modules/pull/412#event-15839201744
You are receiving this because you were mentioned.

Message ID: <tidewater-eng/infra-modules/pull/412/issue_event/15839201744@github.com>
"""
html44 = html_page("""<p><b>Merged</b> <a href="https://github.com/tidewater-eng/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tidewater-eng/infra-modules/pull/412#event-15839201744">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""")
add("github-pr-merged", "unrelated", "en", None, txt44, False, provider="o365", to=H_USER,
    frm=addr("jkowalski-tw", "notifications@github.com"),
    subject="Re: [tidewater-eng/infra-modules] Merge account-level IAM roles into shared module (PR #412)", date=d44,
    body=alt(part(txt44, cte="7bit", charset="us-ascii"), part(html44, "html", cte="qp")),
    snd=sender_profile("github", env="noreply@github.com"),
    msgid="<tidewater-eng/infra-modules/pull/412/issue_event/15839201744@github.com>",
    in_reply_to="<tidewater-eng/infra-modules/pull/412@github.com>",
    references="<tidewater-eng/infra-modules/pull/412@github.com>",
    extra=["List-ID: tidewater-eng/infra-modules <infra-modules.tidewater-eng.github.com>",
           "X-GitHub-Reason: mention"],
    sender_lines=[dkim_sig("github.com", "pf2023", d44)])


# =====================================================================
# Case I — 小林 直樹, BIGLOBE, form case in Japanese
# =====================================================================
I_USER = "n-kobayashi@mbr.biglobe.ne.jp"
I0 = t("2025-06-16 05:22:18")
CID_I = case15(I0, "00274")
I_KEEP, I_OLD = "AWS02219874", "AWS06690512"

# 47 support_reply (ja) follow-up: still need help? (confirmation request quoted below)
d47 = t("2025-06-20 04:15:40")
a47 = t("2025-06-17 01:00:26")
new47 = f"""小林 直樹 様

AWS トレーニングと認定 カスタマーサービスの松本です。

6月17日にお送りしたメールについて、まだご返信をいただいておりませんので、
念のためご連絡いたしました。引き続きサポートが必要でしょうか。

ご返信をいただけない場合、5 営業日後に本ケースはクローズとなります。
ご不明な点があれば、お気軽にこのメールへご返信ください。

松本
Amazon Web Services
"""
q47 = f"""小林 直樹 様

アカウントの統合について、以下の内容でよろしいかご確認ください。

  残すアカウント　: {I_KEEP}（n-kobayashi@mbr.biglobe.ne.jp）
  統合するアカウント: {I_OLD}（naoki.kobayashi@fujimi-denki.co.jp）

統合後に元の状態へ戻すことはできません。
問題がなければ、このメールにご返信ください。

松本
Amazon Web Services"""
txt47 = new47 + FORM_SIG_JA.format(cid=CID_I) + "\n-------- 以前のメッセージ --------\n送信日時: " + rfcdate(a47) + "\n" + gq(q47) + "\n"
add("mada-hitsuyou-desuka", "support_reply", "ja", CID_I, new47, True, provider="biglobe", to=I_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_I), date=d47, body=part(txt47, cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d47))

# 46 merge_completed (ja) no Authentication-Results header
d46 = t("2025-06-24 07:51:03")
new46 = f"""小林 直樹 様

松本です。ご返信いただきありがとうございました。

ご依頼のアカウント統合につきまして、本日対応が完了いたしました。
{I_OLD} の認定資格と受験履歴は {I_KEEP} に引き継がれています。
今後は n-kobayashi@mbr.biglobe.ne.jp でサインインしてください。

松本
Amazon Web Services
"""
add("taiou-kanryou", "merge_completed", "ja", CID_I, new46, None, provider="noar-jp", to=I_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_I), date=d46,
    body=part(new46 + FORM_SIG_JA.format(cid=CID_I), charset="iso-2022-jp", cte="7bit"),
    snd=sender_profile("ses"), extra=ses_extra(d46))

# 49 credly_badge_issued (en) pending-acceptance reminder
d49 = t("2025-07-03 13:45:09")
txt49 = """Hi Naoki,

Don't forget to accept your badge!

Amazon Web Services Training and Certification issued you the AWS Certified SysOps Administrator - Associate badge 7 days ago. It is waiting for you - accept it to show it on your Credly profile.

Accept your badge: https://www.credly.com/badges/f07c2b19-3e8a-4d6b-a1c5-9e2d74b08f31/accept

Credly, Inc. | 601 Walnut Street, Suite 750 East, Philadelphia, PA 19106
"""
add("credly-accept-reminder", "credly_badge_issued", "en", None, txt49, True, provider="biglobe", to=I_USER,
    frm="Credly <admin@credly.com>", subject="Reminder: accept your AWS Certified SysOps Administrator - Associate badge",
    date=d49, body=part(txt49, charset="us-ascii", cte="7bit"),
    snd=sender_profile("credly", env=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-n-kobayashi=mbr.biglobe.ne.jp@em.credly.com"),
    msgid=f"<{rb64(16).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{R.randint(1, 30)}>",
    sender_lines=[dkim_sig("credly.com", "s1", d49, "from:mime-version:subject:to:content-type")])


# =====================================================================
# Case J — 山本 彩, So-net, form case in Japanese
# =====================================================================
J_USER = "aya.yamamoto@xa2.so-net.ne.jp"
J0 = t("2025-10-20 06:14:37")
CID_J = case15(J0, "00855")
J_KEEP, J_OLD = "AWS09933017", "AWS01547726"

# 55 merge_completed (ja) HTML only, "一つにまとめました"
d55 = t("2025-10-23 02:09:55")
new55 = f"""山本 彩 様

AWS トレーニングと認定 カスタマーサービスの田村でございます。

お客様のご要望どおり、二つの認定アカウントを一つにまとめました。
認定資格、受験履歴、特典（50% 割引バウチャー）は、すべて aws09933017 に引き継がれています。
旧アカウントは閉鎖いたしましたので、今後は aya.yamamoto@xa2.so-net.ne.jp でサインインしてください。

Credly のバッジは、後日 Credly から届くメールよりお受け取りください。

田村
Amazon Web Services"""
html55 = html_page(f"""<div style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">
{txt2html(new55)}
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:12px;color:#666">今回の対応はいかがでしたか。<a href="https://aws-tc-cs.survey.amazon.dev/r?c={CID_J}&amp;s=5&amp;l=ja">とても満足</a> ｜ <a href="https://aws-tc-cs.survey.amazon.dev/r?c={CID_J}&amp;s=1&amp;l=ja">不満</a></p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex;color:#555">
<p>山本 彩 様</p>
<p>以下の内容で統合を行います。よろしければご返信ください。<br>
統合先: {J_KEEP}<br>統合元: {J_OLD}<br>統合後は元に戻すことができません。</p>
</blockquote></div>""", "ja")
add("hitotsu-ni-matomemashita", "merge_completed", "ja", CID_J, new55, True, provider="sonet", to=J_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_J), date=d55, body=part(html55, "html", cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d55))

# 56 survey (ja) customer satisfaction survey
d56 = t("2025-10-24 01:00:18")
txt56 = f"""山本 彩 様

このたびは AWS トレーニングと認定 カスタマーサービスへお問い合わせいただき、ありがとうございました。

より良いサービスをご提供するため、お客様満足度調査を実施しております。
ケース {CID_J} の対応について、以下の 3 つの質問にお答えください。

  1. お問い合わせの内容は解決しましたか？
  2. 担当者の対応にどの程度満足されましたか？（1〜5）
  3. その他、ご意見・ご要望があればご記入ください。

回答はこちらから:
https://aws-tc-cs.survey.amazon.dev/csat?c={CID_J}&l=ja

Amazon Web Services
"""
add("manzokudo-chousa", "survey", "ja", CID_J, txt56, True, provider="sonet", to=J_USER,
    frm=addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), subject="お客様満足度調査へのご協力のお願い",
    date=d56, body=part(txt56, charset="shift_jis", cte="8bit"), snd=sender_profile("ses"), extra=ses_extra(d56))


# =====================================================================
# Case K — Arjun Mehta, Gmail, form case in English
# =====================================================================
K_USER = "arjun.mehta.cloud@gmail.com"
K0 = t("2026-03-09 04:31:52")
CID_K = case15(K0, "22760")
K_KEEP, K_OLD = "AWS05120388", "AWS08306671"
u_k = t("2026-03-10 17:36:00")
a_k = t("2026-03-10 06:12:44")
qk_agent = f"""Dear Arjun,

Greetings from AWS Training and Certification!

Please find below the details of the accounts to be merged:

Primary account (to be retained): {K_KEEP} - arjun.mehta.cloud@gmail.com
Secondary account (to be merged): {K_OLD} - arjun.m@vistaraits.in

Kindly note that the merge is irreversible. Request you to please confirm the above details by replying to this email.

Regards,
Sneha
AWS Training and Certification"""
qk_user = """Hi Sneha,

Yes, the details are correct. Please go ahead with the merge.

Regards,
Arjun"""

# 59 support_reply (en) planned: "once the merge is complete we will ..."
d59 = t("2026-03-11 05:20:31")
new59 = f"""Dear Arjun,

Thank you for the confirmation.

We have forwarded your request to the concerned team for merging {K_OLD} into {K_KEEP}. Once the merge is complete, we will notify you on this case, and your Credly badges will be re-issued to arjun.mehta.cloud@gmail.com.

Request you to kindly not schedule any exam till then.

Regards,
Sneha
AWS Training and Certification
"""
txt59 = (new59 + FORM_SIG_EN.format(cid=CID_K) + "\n" + eq_head(u_k, "Arjun Mehta", K_USER, IST) + "\n"
         + gq(qk_user) + "\n>\n> " + eq_head(a_k, "Amazon Web Services", FORM, IST) + "\n" + gq(qk_agent, 2) + "\n")
add("forwarded-to-concerned-team", "support_reply", "en", CID_K, new59, True, provider="gmail", to=K_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_K), date=d59, body=part(txt59, cte="qp"),
    snd=sender_profile("ses"), extra=ses_extra(d59))

# 58 merge_completed (en) "as per your confirmation the same has been merged"; UTF-8 labelled us-ascii
d58 = t("2026-03-12 09:48:07")
new58 = """Dear Arjun,

Greetings from AWS Training and Certification!

As per your confirmation the same has been merged. Kindly verify at your end and revert in case of any concern. You may now login using your primary account’s email address only.

Regards,
Sneha
AWS Training and Certification
"""
txt58 = (new58 + FORM_SIG_EN.format(cid=CID_K) + "\n" + eq_head(u_k, "Arjun Mehta", K_USER, IST) + "\n"
         + gq(qk_user) + "\n>\n> " + eq_head(a_k, "Amazon Web Services", FORM, IST) + "\n" + gq(qk_agent, 2) + "\n")
add("same-has-been-merged", "merge_completed", "en", CID_K, new58, True, provider="gmail", to=K_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_K), date=d58,
    body=part(txt58, charset="utf-8", cte="8bit", label="us-ascii"), snd=sender_profile("ses"), extra=ses_extra(d58))


# =====================================================================
# Case L — 伊藤 大輔, OCN, form case in Japanese
# =====================================================================
L_USER = "daisuke.ito@galaxy.ocn.ne.jp"
L0 = t("2025-08-18 23:02:11")
CID_L = case15(L0, "00513")
L_KEEP, L_OLD = "AWS04087731", "AWS07754420"

# 60 merge_completed (ja) Shift_JIS multipart/alternative, "準備が整いました" + accept badges; confirmation quoted
d60 = t("2025-08-21 04:26:15")
u60 = t("2025-08-20 11:30:00")
new60 = f"""伊藤 大輔 様

AWS トレーニングと認定 カスタマーサービスの中島でございます。
ご返信ありがとうございました。

ご指定いただいたアカウント（aws-04087731）で、これまでの認定資格と受験履歴を
すべてご覧いただける状態になりました。もう一方のアカウントは閉じております。
これで準備はすべて整いましたので、次回以降の試験もこちらのアカウントからお申し込みください。

数日以内に Credly からバッジのご案内メールが届きます。
お手数ですが、メール内の「Accept your badge」ボタンからバッジをお受け取りください。

中島
Amazon Web Services
"""
q60u = """中島様

内容確認しました。問題ありませんので、統合をお願いします。

伊藤"""
q60a = f"""伊藤 大輔 様

以下のとおり統合を行います。統合後は元に戻すことができません。
  残すアカウント: {L_KEEP}
  統合されるアカウント: {L_OLD}
よろしければ本メールにご返信ください。"""
txt60 = new60 + "\n" + jq_head(u60, "伊藤大輔", L_USER) + "\n" + gq(q60u) + "\n>\n" + gq(q60a, 2) + "\n"
html60 = html_page(f"""{txt2html(new60)}
<p style="font-size:12px;color:#666">今回の対応はいかがでしたか。<a href="https://aws-tc-cs.survey.amazon.dev/r?c={CID_L}&amp;l=ja">評価する</a></p>
<div class="gmail_quote"><div>{jq_head(u60, "伊藤大輔", L_USER)}</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{txt2html(q60u)}
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{txt2html(q60a)}</blockquote></blockquote></div>""", "ja")
html60 = html60.replace('charset=utf-8', 'charset=Shift_JIS')
add("junbi-totonoimashita", "merge_completed", "ja", CID_L, new60, True, provider="ocn", to=L_USER,
    frm=addr(AWS, FORM), subject=form_subject(CID_L), date=d60,
    body=alt(part(txt60, charset="shift_jis", cte="b64"), part(html60, "html", charset="shift_jis", cte="qp")),
    snd=sender_profile("ses"), extra=ses_extra(d60))

# 48 credly_badge_issued (en) for 伊藤
d48 = t("2025-08-23 16:18:40")
txt48 = """Daisuke, you've been issued a new badge

Amazon Web Services Training and Certification has issued you a badge for AWS Certified Data Engineer - Associate.

This badge has been moved to daisuke.ito@galaxy.ocn.ne.jp following a change to your certification account. Accept it to add it to your profile and share it.

Accept your badge
https://www.credly.com/badges/6b2e0f91-4c7d-4a38-8d15-b3e9a0c72f14/accept

Credly, Inc. | 601 Walnut Street, Suite 750 East, Philadelphia, PA 19106
"""
html48 = html_page("""<div style="max-width:560px;margin:0 auto;text-align:center">
<h2 style="font-weight:normal">Daisuke, you've been issued a new badge</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge for <b>AWS Certified Data Engineer - Associate</b>.</p>
<p>This badge has been moved to daisuke.ito@galaxy.ocn.ne.jp following a change to your certification account.</p>
<p><a href="https://www.credly.com/badges/6b2e0f91-4c7d-4a38-8d15-b3e9a0c72f14/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p></div>""")
add("credly-new-badge-dea", "credly_badge_issued", "en", None, txt48, True, provider="ocn", to=L_USER,
    frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
    subject="You've been issued a new badge: AWS Certified Data Engineer - Associate", date=d48,
    body=alt(part(txt48, cte="qp"), part(html48, "html", cte="qp")),
    snd=sender_profile("credly", env=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-daisuke.ito=galaxy.ocn.ne.jp@em.credly.com"),
    msgid=f"<{rb64(16).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{R.randint(1, 30)}>",
    sender_lines=[dkim_sig("credly.com", "s1", d48, "from:mime-version:subject:to:content-type")])

# 54 unrelated (ja) EC2 quota case of the same user — genuine AWS console
L_Q0 = t("2025-11-05 02:44:09")
CID_LQ = case15(L_Q0, "97301")
d54 = t("2025-11-05 09:30:52")
txt54 = f"""伊藤 様

AWS サポートの西村です。

東京リージョン (ap-northeast-1) における「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の
vCPU 上限を、ご依頼どおり 256 に引き上げました。反映まで最大 30 分ほどかかる場合があります。

Service Quotas コンソールから現在の値をご確認いただけます。

西村
Amazon Web Services

{CONSOLE_FOOTER_JA.format(cid=CID_LQ)}"""
add("ec2-vcpu-jougen", "unrelated", "ja", CID_LQ, txt54, True, provider="ocn", to=L_USER,
    frm=addr(AWS, CONSOLE), subject=f"RE:[CASE {CID_LQ}] [ap-northeast-1] EC2 オンデマンドインスタンスの vCPU 上限緩和",
    date=d54, body=part(txt54, cte="b64"), snd=sender_profile("ses"), extra=ses_extra(d54))

# 50 unrelated (en) Credly's own account-merge verification code
d50 = t("2025-09-22 18:07:33")
txt50 = """Hi Priya,

We received a request to merge another Credly account into this one.

Your verification code is: 583920

Enter this code on the Account Merge page, then select "Complete Account Merge". Badges from the other Credly account will then appear on this profile.

The code expires in 30 minutes. If you did not request this, you can ignore this e-mail.

The Credly Team
Credly, Inc. | 601 Walnut Street, Suite 750 East, Philadelphia, PA 19106
"""
add("credly-merge-code", "unrelated", "en", None, txt50, True, provider="outlook", to=B_USER,
    frm="Credly <admin@credly.com>", subject="Your Credly account merge verification code", date=d50,
    body=part(txt50, charset="us-ascii", cte="7bit"),
    snd=sender_profile("credly", env=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-priya.raman=outlook.com@em.credly.com"),
    msgid=f"<{rb64(16).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{R.randint(1, 30)}>",
    sender_lines=[dkim_sig("credly.com", "s1", d50, "from:mime-version:subject:to:content-type")])


# =====================================================================
# write files (shuffled numbering so that file order says nothing)
# =====================================================================
def main():
    rnd = random.Random(20250526)
    order = list(range(len(MAILS)))
    rnd.shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = f"{n:03d}-{m['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["raw"])
        labels[name] = {"kind": m["kind"], "case_id": m["case_id"], "account_ids": m["account_ids"],
                        "sender_verified": m["sender_verified"], "language": m["language"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=2)
    print(len(labels), "mails written")


import random  # noqa: E402
main()
