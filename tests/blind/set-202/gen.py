#!/usr/bin/env python3
"""Generator for blind set 202: paraphrased English mails around an AWS
Certification account merge, plus look-alikes. Writes NNN-*.eml and labels.json."""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(202)
UTC = dt.timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
LABELS = {}
ID_RE = re.compile(r"(?i)(?<![A-Za-z0-9])aws[\s\-]?(\d{8})(?!\d)")


# ------------------------------------------------------------------ utils
def hx(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def b64junk(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RND.choice(a) for _ in range(n))


def alnum(n, upper=False):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else \
        "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RND.choice(a) for _ in range(n))


def T(s):
    """UTC datetime from 'YYYY-MM-DD HH:MM:SS'."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def case15(opened, tail):
    return f"{int(opened.timestamp())}{tail:05d}"


def fdate(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def gdate(d):
    s = format_datetime(d.astimezone(PT))
    return s + (" (PDT)" if d.astimezone(PT).dst() else " (PST)")


def plus(d, **kw):
    return d + dt.timedelta(**kw)


_MID = {}


def ses_mid(d):
    if d not in _MID:
        ms = int(d.timestamp() * 1000) - RND.randint(300, 2500)
        _MID[d] = (f"<01000{ms:011x}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000"
                   f"@email.amazonses.com>")
    return _MID[d]


def ses_mailfrom(d):
    return ses_mid(d)[1:-1]


def fold_b(s, n=76):
    """Fold a long base64 blob over header continuation lines."""
    out = []
    while s:
        out.append(s[:n])
        s = s[n:]
    return "\n\t ".join(out)


def dkim_sig(domain, selector, d, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={selector}; d={domain}; "
            f"t={int(d.timestamp())};\n\th={h};\n\tbh={b64junk(43)}=;\n\t"
            f"b={fold_b(b64junk(342) + '==', 70)}")


def norm_ids(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


# ------------------------------------------------------------ senders
SES_IPS = [("a8-30", "54.240.8.30"), ("a48-108", "54.240.48.108"),
           ("a27-47", "54.240.27.47"), ("a11-75", "54.240.11.75"),
           ("a9-61", "54.240.9.61"), ("a8-52", "54.240.8.52")]
AMZ_SEL = "vvbvwxtlhvgz3fk3fhbgd3gijkq6k2ox"
SES_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"


def ses_sender(d, from_domain="amazon.com", dkim_from=True):
    host, ip = RND.choice(SES_IPS)
    s = {
        "host": f"{host}.smtp-out.amazonses.com", "ip": ip,
        "mailfrom": ses_mailfrom(d), "mailfrom_domain": "amazonses.com",
        "from_domain": from_domain, "spf": "pass",
        "dkim": ([(from_domain, AMZ_SEL, "pass")] if dkim_from else []) +
                [("amazonses.com", SES_SEL, "pass")],
        "dmarc": "pass" if dkim_from else "fail", "policy": "QUARANTINE",
    }
    return s


def other_sender(host, ip, mailfrom, from_domain, dkim=None, spf="pass",
                 dmarc="pass", policy="REJECT"):
    return {"host": host, "ip": ip, "mailfrom": mailfrom,
            "mailfrom_domain": mailfrom.split("@")[-1], "from_domain": from_domain,
            "spf": spf, "dkim": dkim if dkim is not None else [(from_domain, "s1", "pass")],
            "dmarc": dmarc, "policy": policy}


# ------------------------------------------------- receiving providers
def _dkim_words(s, style):
    out = []
    for dom, sel, res in s["dkim"]:
        if style == "google":
            out.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={b64junk(8)}")
        elif style == "yahoo":
            out.append(f"dkim={res} header.i=@{dom} header.s={sel}")
        elif style == "fastmail":
            out.append(f"dkim={res} (2048-bit rsa key sha256) header.d={dom} header.i=@{dom} "
                       f"header.b={b64junk(8)} header.a=rsa-sha256 header.s={sel} x-bits=2048")
        else:
            out.append(f"dkim={res} header.d={dom} header.s={sel} header.b={b64junk(8)}")
    if not out:
        out.append("dkim=none")
    return out


def auth_results(provider, s):
    """Return the value of the topmost Authentication-Results header."""
    dm = s["dmarc"]
    fd = s["from_domain"]
    if provider == "gmail":
        parts = _dkim_words(s, "google")
        parts.append(f"spf={s['spf']} (google.com: domain of {s['mailfrom']} "
                     f"{'designates' if s['spf'] == 'pass' else 'does not designate'} "
                     f"{s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']}")
        parts.append(f"dmarc={dm} (p={s['policy']} sp={s['policy']} "
                     f"dis={'NONE' if dm == 'pass' else s['policy']}) header.from={fd}")
        return "mx.google.com;\n       " + ";\n       ".join(parts)
    if provider == "outlook":
        d = s["dkim"][0] if s["dkim"] else None
        dk = (f"dkim={d[2]} (signature was verified) header.d={d[0]}"
              if d and d[2] == "pass" else
              (f"dkim=fail (body hash did not verify) header.d={d[0]}" if d else
               "dkim=none (message not signed) header.d=none"))
        cap = "pass reason=100" if dm == "pass" else "fail reason=000"
        act = "none" if dm == "pass" else ("quarantine" if s["policy"] != "NONE" else "none")
        return (f"spf={s['spf']} (sender IP is {s['ip']})\n smtp.mailfrom={s['mailfrom_domain']}; "
                f"{dk};dmarc={dm} action={act}\n header.from={fd};compauth={cap}")
    if provider == "yahoo":
        parts = _dkim_words(s, "yahoo")
        parts.append(f"spf={s['spf']} smtp.mailfrom={s['mailfrom_domain']}")
        parts.append(f"dmarc={dm}(p={s['policy']}) header.from={fd};")
        return "atlas214.free.mail.bf1.yahoo.com;\n " + ";\n ".join(parts)
    if provider == "fastmail":
        parts = _dkim_words(s, "fastmail")
        parts.append(f"dmarc={dm} policy.published-domain-policy={s['policy'].lower()} "
                     f"policy.applied-disposition=none policy.evaluated-disposition=none "
                     f"(p={s['policy'].lower()},d=none,d.eval=none) policy.policy-from=p "
                     f"header.from={fd}")
        parts.append(f"spf={s['spf']} smtp.mailfrom={s['mailfrom_domain']} smtp.helo={s['host']}")
        return "mx3.messagingengine.com;\n    " + ";\n    ".join(parts)
    if provider in ("nifty", "biglobe", "ocn"):
        sid = {"nifty": "mfilter.nifty.com", "biglobe": "mx.biglobe.ne.jp",
               "ocn": "mfgw.ocn.ad.jp"}[provider]
        parts = [f"spf={s['spf']} smtp.mailfrom={s['mailfrom']}"]
        parts += _dkim_words(s, "jp")
        parts.append(f"dmarc={dm} header.from={fd}")
        return f"{sid};\n\t" + ";\n\t".join(parts)
    if provider == "icloud":
        return f"dmarc.icloud.com; dmarc={dm} header.from={fd}"
    if provider == "none":
        return None
    raise ValueError(provider)


def trace(provider, rcpt, d, s, forged_ar=None):
    """Trace/auth headers, top-down, for a mail delivered at ~d."""
    h = []
    arr = plus(d, seconds=RND.randint(1, 4))
    ar = auth_results(provider, s)
    dk = [("DKIM-Signature", dkim_sig(dom, sel, d)) for dom, sel, _ in s["dkim"]]
    forged = [("Authentication-Results", forged_ar)] if forged_ar else []
    if provider == "gmail":
        h += [("Delivered-To", rcpt),
              ("Received", f"by 2002:a05:{hx(4)}:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id "
                           f"{alnum(6)}csp{RND.randint(100000, 9999999)};\n        {gdate(arr)}"),
              ("X-Google-Smtp-Source", b64junk(60)),
              ("X-Received", f"by 2002:a05:620a:{hx(4)}:b0:7c5:{hx(4)}:{hx(4)} with SMTP id "
                             f"{alnum(16)}.{RND.randint(10, 99)}.{int(arr.timestamp())}"
                             f"{RND.randint(100, 999)};\n        {gdate(arr)}"),
              ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(arr.timestamp())}; cv=none;\n        "
                           f"d=google.com; s=arc-20240605;\n        b={fold_b(b64junk(120), 60)}=="),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; "
               "s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date"
               f":dkim-signature:dkim-signature;\n        bh={b64junk(43)}=;\n        "
               f"fh={b64junk(43)}=;\n        b={fold_b(b64junk(120), 60)}=="),
              ("ARC-Authentication-Results", "i=1; " + ar),
              ("Return-Path", f"<{s['mailfrom']}>"),
              ("Received", f"from {s['host']} ({s['host']}. [{s['ip']}])\n        by mx.google.com "
                           f"with ESMTPS id {alnum(30)}.{RND.randint(100, 999)}.2025.{alnum(6)}\n"
                           f"        for <{rcpt}>\n        (version=TLS1_3 "
                           f"cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(arr)}"),
              ("Received-SPF", f"{s['spf']} (google.com: domain of {s['mailfrom']} "
                               f"{'designates' if s['spf'] == 'pass' else 'does not designate'} "
                               f"{s['ip']} as permitted sender) client-ip={s['ip']};"),
              ("Authentication-Results", ar)]
        h += forged + dk
    elif provider == "outlook":
        srv = f"SN7PR{RND.randint(10, 19)}MB{RND.randint(1000, 9999)}"
        fe = f"BN{RND.randint(1, 9)}PEPF0000{hx(4).upper()}"
        h += [("Received", f"from {srv}.namprd{RND.randint(10, 19)}.prod.outlook.com (2603:10b6:806:{hx(3)}::{hx(2)})\n by "
                           f"SA1PR{RND.randint(10, 19)}MB{RND.randint(1000, 9999)}.namprd{RND.randint(10, 19)}.prod.outlook.com with HTTPS; "
                           f"{fdate(arr)}"),
              ("Received", f"from BN9PR03CA{RND.randint(1000, 9999)}.namprd03.prod.outlook.com (2603:10b6:408:fd::{hx(2)}) by\n "
                           f"{srv}.namprd{RND.randint(10, 19)}.prod.outlook.com (2603:10b6:806:{hx(3)}::{hx(2)}) with Microsoft SMTP\n"
                           f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8769.{RND.randint(10, 40)}; "
                           f"{fdate(arr)}"),
              ("Received", f"from {fe}.namprd04.prod.outlook.com\n (2603:10b6:408:fd:cafe::{hx(2)}) by "
                           f"BN9PR03CA{RND.randint(1000, 9999)}.outlook.office365.com\n (2603:10b6:408:fd::{hx(2)}) "
                           f"with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id "
                           f"15.20.8769.{RND.randint(10, 40)} via Frontend Transport; {fdate(arr)}"),
              ("Authentication-Results", ar)]
        h += forged
        h += [("Received-SPF", f"{s['spf'].capitalize()} (protection.outlook.com: domain of\n {s['mailfrom_domain']} "
                               f"{'designates' if s['spf'] == 'pass' else 'does not designate'} {s['ip']} as permitted sender)\n "
                               f"receiver=protection.outlook.com; client-ip={s['ip']};\n helo={s['host']}; pr=C"),
              ("Received", f"from {s['host']} ({s['ip']}) by\n {fe}.mail.protection.outlook.com (10.167.{RND.randint(1, 254)}.{RND.randint(1, 254)}) "
                           f"with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.8769.{RND.randint(10, 40)} "
                           f"via Frontend Transport; {fdate(d)}")]
        h += dk
    elif provider == "yahoo":
        h += [("Return-Path", f"<{s['mailfrom']}>"),
              ("Received", f"from {RND.randint(10, 99)}.{RND.randint(10, 99)}.{RND.randint(10, 99)}.{RND.randint(10, 99)} "
                           f"by atlas214.free.mail.bf1.yahoo.com with HTTP; {fdate(arr)}"),
              ("X-Originating-Ip", f"[{s['ip']}]"),
              ("Received-SPF", f"{s['spf']} (domain of {s['mailfrom_domain']} designates {s['ip']} as permitted sender)"),
              ("Authentication-Results", ar)]
        h += forged
        h += [("X-Apparently-To", f"{rcpt}; {fdate(arr)}"),
              ("X-YMailISG", b64junk(40))] + dk
    elif provider == "fastmail":
        h += [("Return-Path", f"<{s['mailfrom']}>"),
              ("Received", f"from compute3.internal (compute3.nyi.internal [10.202.2.43])\n\t by "
                           f"sloti12n04 (Cyrus 3.11.0-alpha0-{RND.randint(100, 999)}-g{hx(8)}) with LMTPA;\n\t {fdate(arr)}"),
              ("X-Cyrus-Session-Id", f"sloti12n04-{int(arr.timestamp())}-{RND.randint(100000, 999999)}-2-{RND.randint(10 ** 17, 10 ** 18)}"),
              ("X-Sieve", "CMU Sieve 3.0"),
              ("X-Spam-known-sender", "no"),
              ("X-Spam-score", "0.0"),
              ("Received", f"from mx3.messagingengine.com (localhost [127.0.0.1])\n  by mailmx.nyi.internal (Postfix) "
                           f"with ESMTP id {hx(12).upper()}\n  for <{rcpt}>; {fdate(arr)}"),
              ("ARC-Authentication-Results", "i=1; " + ar),
              ("Authentication-Results", ar)]
        h += forged
        h += [("Received", f"from {s['host']} ({s['host']} [{s['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 "
                           f"(256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t"
                           f"(No client certificate requested)\n\tby mx3.messagingengine.com (Postfix) with ESMTPS\n\t"
                           f"for <{rcpt}>; {fdate(d)}")] + dk
    elif provider in ("nifty", "biglobe", "ocn"):
        mx = {"nifty": "mta-a1.nifty.com", "biglobe": "mx-in-01.biglobe.ne.jp",
              "ocn": "mfgw-004.ocn.ad.jp"}[provider]
        h += [("Return-Path", f"<{s['mailfrom']}>"),
              ("Received", f"from {mx} by mbox{RND.randint(10, 99)}.{provider}.local\n\t(Sun-Java-System) id "
                           f"<{hx(16)}@{provider}>; {fdate(arr, JST)}"),
              ("Authentication-Results", ar)]
        h += forged
        h += [("Received", f"from {s['host']} ([{s['ip']}])\n\tby {mx} with ESMTP\n\tid <{hx(20)}@{mx}>\n\t"
                           f"for <{rcpt}>; {fdate(d, JST)}")] + dk
    elif provider == "icloud":
        h += [("Return-Path", f"<{s['mailfrom']}>"),
              ("Original-recipient", f"rfc822;{rcpt}"),
              ("Received", f"from p{RND.randint(10, 99)}-mailgateway-smtp-{hx(8)}.pv.icloud.com by "
                           f"p{RND.randint(10, 99)}-mailstore-{hx(6)}.ms.icloud.com\n\t(Oracle Communications Messaging Server "
                           f"8.1.0.23.20230328 64bit (built Mar 28 2023))\n\twith ESMTPS id <0{alnum(20).upper()}@ms.icloud.com> "
                           f"for {rcpt};\n\t{fdate(arr)}"),
              ("Authentication-Results", ar)]
        h += forged
        dres = s["dkim"][0] if s["dkim"] else (s["from_domain"], "none", "none")
        h += [("Authentication-Results", f"dkim-verifier.icloud.com;\n\tdkim={dres[2]} (2048-bit key) "
                                         f"header.d={dres[0]} header.i=@{dres[0]} header.b={b64junk(8)}"),
              ("Received-SPF", f"{s['spf']} (spf.icloud.com: domain of {s['mailfrom']} designates {s['ip']} "
                               f"as permitted sender) receiver=spf.icloud.com; client-ip={s['ip']}; helo={s['host']}; "
                               f"envelope-from={s['mailfrom']}"),
              ("Authentication-Results", "bimi.icloud.com; bimi=skipped reason=insufficient-dmarc-policy"),
              ("Received", f"from {s['host']} (mail-pv-smtp-ingress-snd-{hx(6)}.icloud.com [17.58.{RND.randint(1, 99)}.{RND.randint(1, 200)}])\n\t"
                           f"by p{RND.randint(10, 99)}-mailgateway-smtp-{hx(8)}.pv.icloud.com (Postfix) with ESMTPS id {hx(10).upper()}\n\t"
                           f"for <{rcpt}>; {fdate(d)}")] + dk
    elif provider == "none":
        # corporate relay / export without any Authentication-Results
        h += [("Return-Path", f"<{s['mailfrom']}>"),
              ("Received", f"from relay{RND.randint(1, 9)}.corp.internal ([10.{RND.randint(1, 250)}.{RND.randint(1, 250)}.{RND.randint(1, 250)}])\n\t"
                           f"by mailhub.corp.internal (Postfix) with ESMTP id {hx(10).upper()}\n\tfor <{rcpt}>; {fdate(arr)}"),
              ("Received", f"from {s['host']} ({s['host']} [{s['ip']}])\n\tby relay1.corp.internal (Postfix) with ESMTPS "
                           f"id {hx(10).upper()}\n\tfor <{rcpt}>; {fdate(d)}")] + dk
    else:
        raise ValueError(provider)
    return h


# ------------------------------------------------------------ quoting
def qprefix(text, spaced=False):
    return "\n".join(((">" if not spaced else "> ") + l) if l.startswith(">") else ("> " + l if l else ">")
                     for l in text.split("\n"))


def gmail_attr(d, name, addr, tz=UTC):
    x = d.astimezone(tz)
    return (f"On {x.strftime('%a')}, {x.day} {x.strftime('%b %Y')} at {x.strftime('%H:%M')}, "
            f"{name} <{addr}> wrote:")


def gmail_quote(d, name, addr, text, tz=UTC):
    return gmail_attr(d, name, addr, tz) + "\n\n" + qprefix(text, spaced=True)


def outlook_block(d, frm, to, subject, text, tz=UTC, sep=True):
    x = d.astimezone(tz)
    hour = x.strftime("%I").lstrip("0")
    head = ("________________________________\n" if sep else "") + \
        (f"From: {frm}\nSent: {x.strftime('%A, %B')} {x.day}, {x.year} {hour}:{x.strftime('%M %p')}\n"
         f"To: {to}\nSubject: {subject}\n\n")
    return head + text


def original_message(d, frm, to, subject, text, tz=UTC):
    x = d.astimezone(tz)
    return ("-----Original Message-----\n"
            f"From: {frm}\nSent: {x.strftime('%a, %d %b %Y %H:%M')}\nTo: {to}\nSubject: {subject}\n\n" + text)


JP_WD = "月火水木金土日"


def jp_attr(d, name, addr):
    x = d.astimezone(JST)
    return f"{x.year}年{x.month}月{x.day}日({JP_WD[x.weekday()]}) {x.hour}:{x.minute:02d} {name} <{addr}>:"


def jp_quote(d, name, addr, text):
    return jp_attr(d, name, addr) + "\n" + qprefix(text)


# ------------------------------------------------------------ MIME parts
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text):
    """Plain text (with '>' quoting) to simple HTML with blockquotes."""
    out, depth = [], 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)+)", line)
        d = m.group(1).count(">") if m else 0
        body = line[len(m.group(1)):] if m else line
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append((esc(body) if body.strip() else "") + "<br>")
    out += ["</blockquote>"] * depth
    return "\n".join(out)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None):
    raw = text.encode(codec or charset)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def alternative(plain, html, **kw):
    m = MIMEMultipart("alternative", boundary=f"----=_Part_{RND.randint(10 ** 6, 10 ** 7)}_{RND.randint(10 ** 8, 10 ** 9)}.{RND.randint(10 ** 12, 10 ** 13)}")
    pk = {k[6:]: v for k, v in kw.items() if k.startswith("plain_")}
    hk = {k[5:]: v for k, v in kw.items() if k.startswith("html_")}
    m.attach(part(plain, "plain", **pk))
    m.attach(part(html, "html", **hk))
    del m["MIME-Version"]
    return m


def enc_subject(s, charset=None):
    if charset is None:
        return s
    return Header(s, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")


# ------------------------------------------------------------ writing
def write(fname, *, kind, case_id, new, verified, lang="en", headers, body,
          expect_ids=None, extra_new=""):
    """headers: list of (name, value) top-down. body: MIME object (top part).
    new: the NEW text of the mail (used for account ids)."""
    ids = norm_ids(new + "\n" + extra_new)
    if expect_ids is not None:
        assert sorted(expect_ids) == ids, (fname, expect_ids, ids)
    del body["MIME-Version"]
    raw_body = body.as_bytes()
    head = "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n"
    data = head.encode("utf-8") + raw_body
    if not data.endswith(b"\n"):
        data += b"\n"
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                     "sender_verified": verified, "language": lang}


def std_headers(frm, to, subject, d, mid, tz=UTC, extra=()):
    h = [("Date", fdate(d, tz)), ("From", frm), ("To", to), ("Subject", subject),
         ("Message-ID", mid)]
    return h + list(extra)


def aws_extra(d):
    return [("Feedback-ID", f"::1.us-east-1.{b64junk(43)}=:AmazonSES"),
            ("X-SES-Outgoing", d.strftime("%Y.%m.%d-") + RND.choice([x[1] for x in SES_IPS]))]


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'

CONSOLE_FOOTER = (
    "To see all of your cases, please visit the Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
    "Please use the link above if you need to contact us again about this same issue.\n\n"
    "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
    "trademark of Amazon.com, Inc. or its affiliates.")


def mails():
    pass  # filled below


# ======================================================================
# MAILS
# ======================================================================
# ---------------------------------------------------------------- thread A
# Priya Raman, Gmail, form case (15 digits), two accounts, keeps AWS09926314
PRIYA = "priya.raman.dev@gmail.com"
PRIYA_N = "Priya Raman"
A_OPEN = T("2025-03-10 09:14:22")
A_CASE = case15(A_OPEN, 31407)
A_SUBJ = f"RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
A_FORM = ("Inquiry type: Certification\n"
          "Detail: account-assistance\n"
          "AWS candidate ID: AWS09926314\n"
          "Other candidate ID (if any): aws04418273\n"
          "Description: I ended up with two certification profiles, one from my old employer "
          "(priya.raman@northwind-analytics.com). Please put everything on my personal one.")


def m001():
    d = plus(A_OPEN, seconds=41)
    new = (f"Hello Priya,\n\n"
           f"This is an automated note to let you know that your message reached the AWS Training "
           f"and Certification team. It has been given the reference number {A_CASE}.\n\n"
           "Someone from our team will read it and get back to you, usually within one business "
           "day. If you think of anything else in the meantime, just reply to this email and keep "
           "the reference in the subject line so it lands in the same place. There is no need to "
           "send the form a second time.\n\n"
           "For your records, here is what you sent us:\n\n" +
           "\n".join("   " + l for l in A_FORM.split("\n")) +
           "\n\nKind regards,\nAWS Training and Certification\n")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px">'
            '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>'
            '<tr><td style="padding:16px">' + text_to_html(new) + '</td></tr></table></body></html>')
    s = ses_sender(d)
    subj = f"[CASE {A_CASE}] We have your note - AWS Training and Certification"
    hdr = trace("gmail", PRIYA, d, s) + std_headers(AWS_FORM, PRIYA, subj, d, ses_mid(d), extra=aws_extra(d))
    write("001-form-desk-auto-note.eml", kind="case_created", case_id=A_CASE, new=new,
          verified=True, headers=hdr, body=alternative(new, html),
          expect_ids=["AWS04418273", "AWS09926314"])


def m002():
    d = T("2025-03-11 16:40:07")
    new = ("Dear Ms. Raman,\n\n"
           "We write further to your request of 10 March 2025 concerning the candidate records "
           "held in your name.\n\n"
           "Having reviewed our records, we have identified the following:\n\n"
           "   (a) candidate record AWS04418273, registered to priya.raman@northwind-analytics.com; and\n"
           "   (b) candidate record AWS09926314, registered to priya.raman.dev@gmail.com.\n\n"
           "It is proposed that record (a) be consolidated into record (b). Upon consolidation, all "
           "certification history, examination results and associated benefits held under record (a) "
           "shall be transferred to record (b), which shall thereafter be the sole operative record. "
           "Record (a) shall be deactivated and access to it shall cease.\n\n"
           "Please be advised that this action is permanent and cannot be reversed once carried out.\n\n"
           "Before any further step is taken, we require your express written agreement to the "
           "foregoing. Kindly respond to this message stating that the particulars above are accurate "
           "and that you authorise us to act. In the absence of such agreement, no action will be "
           "taken on your records.\n\n"
           "Yours sincerely,\n\nHarriet O.\nTraining and Certification Customer Service\nAmazon Web Services\n")
    hist = ("\n------------------------------------------------------------\n"
            "Original inquiry received 10/03/2025 09:14 UTC\n\n" + A_FORM + "\n")
    s = ses_sender(d)
    hdr = trace("gmail", PRIYA, d, s) + std_headers(AWS_FORM, PRIYA, A_SUBJ, d, ses_mid(d), extra=aws_extra(d))
    write("002-formal-consolidation-authorisation.eml", kind="merge_confirmation_requested",
          case_id=A_CASE, new=new, verified=True, headers=hdr,
          body=part(new + hist, cte="quoted-printable"),
          expect_ids=["AWS04418273", "AWS09926314"])


def m003():
    d = T("2025-03-12 08:31:55")
    d_user = T("2025-03-11 18:05:12")
    prev_agent = ("Dear Ms. Raman,\n\nWe write further to your request of 10 March 2025 concerning the "
                  "candidate records held in your name.\n\n   (a) candidate record AWS04418273, registered to "
                  "priya.raman@northwind-analytics.com; and\n   (b) candidate record AWS09926314, registered "
                  "to priya.raman.dev@gmail.com.\n\nIt is proposed that record (a) be consolidated into record "
                  "(b). [...]\n\nYours sincerely,\nHarriet O.")
    user = ("Hi Harriet,\n\nYes, that's all accurate - (a) is my old work account and (b) is the one I "
            "want to keep. You have my go-ahead.\n\nThanks,\nPriya\n\n" +
            gmail_quote(T("2025-03-11 16:40:07"), "Amazon Web Services",
                        "aws-cs-trainingcertification-form@amazon.com", prev_agent))
    new = ("Hi Priya,\n\n"
           "Thanks for getting back to us so quickly - your go-ahead is now on file. I've passed this "
           "to the colleagues who look after candidate records; they'll carry it out and we'll write "
           "again as soon as it's through. Nothing more is needed from you for now.\n\n"
           "Best,\nHarriet\nTraining and Certification Customer Service\n")
    body = new + "\n\n" + gmail_quote(d_user, PRIYA_N, PRIYA, user)
    s = ses_sender(d)
    hdr = trace("gmail", PRIYA, d, s) + std_headers(AWS_FORM, PRIYA, A_SUBJ, d, ses_mid(d), extra=aws_extra(d))
    write("003-go-ahead-noted-handed-over.eml", kind="support_reply", case_id=A_CASE, new=new,
          verified=True, headers=hdr, body=alternative(body, "<html><body>" + text_to_html(body) + "</body></html>",
                                                       plain_cte="base64", html_cte="quoted-printable"),
          expect_ids=[])


def m004():
    d = T("2025-03-14 10:02:31")
    new = ("Hello again Priya,\n\n"
           "Good news to end the week: everything that used to live on AWS04418273 - your exam "
           "history, the Developer - Associate certification and the 50% exam voucher - now sits on "
           "AWS09926314. The old profile has been switched off, so please sign in with "
           "priya.raman.dev@gmail.com from here on.\n\n"
           "As that was the last thing outstanding, I'm marking this case as resolved. If you can "
           "spare thirty seconds, there's one short question at the link below about how we handled "
           "it; it genuinely helps us.\n\n"
           f"https://amazonexteu.qualtrics.com/jfe/form/SV_3KOYcmr8Cq0bDxA?caseId={A_CASE}&lang=en\n\n"
           "Cheers,\nHarriet\nTraining and Certification Customer Service\nAmazon Web Services\n")
    s = ses_sender(d)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Amazon Ember,Arial;font-size:14px">' + text_to_html(new).replace(
                f"https://amazonexteu.qualtrics.com/jfe/form/SV_3KOYcmr8Cq0bDxA?caseId={A_CASE}&amp;lang=en",
                f'<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3KOYcmr8Cq0bDxA?caseId={A_CASE}&amp;lang=en">'
                'Tell us how we did</a>') + '</div></body></html>')
    hdr = trace("gmail", PRIYA, d, s) + std_headers(AWS_FORM, PRIYA, A_SUBJ, d, ses_mid(d), extra=aws_extra(d))
    write("004-everything-now-on-one-profile-and-closing.eml", kind="merge_completed", case_id=A_CASE,
          new=new, verified=True, headers=hdr, body=alternative(new, html),
          expect_ids=["AWS04418273", "AWS09926314"])


CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def credly_sender(d, rcpt):
    tag = rcpt.replace("@", "=")
    return other_sender(f"o{RND.randint(1, 9)}.ptr{RND.randint(1000, 9999)}.credly.com",
                        f"167.89.{RND.randint(1, 120)}.{RND.randint(1, 250)}",
                        f"bounces+{RND.randint(1000000, 9999999)}-{hx(4)}-{tag}@em{RND.randint(1000, 9999)}.credly.com",
                        "credly.com", dkim=[("credly.com", "s1", "pass")], policy="QUARANTINE")


def credly_html(first, badge_lines, intro, button="Accept your badge"):
    tok = hx(32)
    rows = "".join(f'<tr><td style="padding:6px 0;font-size:15px"><b>{esc(b)}</b></td></tr>' for b in badge_lines)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>'
            '<body style="margin:0;background:#f5f5f5"><table align="center" width="600" style="background:#fff;'
            'font-family:Helvetica,Arial,sans-serif;color:#333"><tr><td style="padding:24px">'
            '<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>'
            f'<tr><td style="padding:0 24px"><p>Hi {esc(first)},</p><p>{intro}</p><table>{rows}</table>'
            f'<p style="text-align:center;padding:18px"><a href="https://www.credly.com/earner/earned/badge/'
            f'{tok[:8]}-{tok[8:12]}-{tok[12:16]}-{tok[16:20]}-{tok[20:]}?utm_source=email&amp;utm_medium=badge_issued" '
            f'style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">{button}</a></p>'
            '<p style="font-size:12px;color:#777">Your badge is a digital representation of your achievement. Share it '
            'on LinkedIn and elsewhere so others can verify it.</p></td></tr>'
            '<tr><td style="padding:24px;font-size:11px;color:#999">Credly, Inc. &middot; 100 Broadway, 10th Floor, '
            'New York, NY 10005<br><a href="https://www.credly.com/notification_preferences">Manage email '
            f'preferences</a> &middot; ref {hx(32)}</td></tr></table></body></html>')


def m005():
    d = T("2025-03-14 19:20:44")
    intro = ("Amazon Web Services Training and Certification has issued you a badge for "
             "<b>AWS Certified Developer &ndash; Associate</b>. Claim it to add it to your profile "
             "and start sharing it.")
    html = credly_html("Priya", ["AWS Certified Developer – Associate"], intro)
    new = re.sub("<[^>]+>", " ", html)
    s = credly_sender(d, PRIYA)
    hdr = trace("gmail", PRIYA, d, s) + std_headers(
        CREDLY_FROM, PRIYA, "Priya, a badge from Amazon Web Services Training and Certification is waiting for you",
        d, f"<{hx(24)}_{int(d.timestamp())}@{RND.randint(10, 99)}.credly-mailer.internal>",
        extra=[("X-SG-EID", b64junk(60)), ("X-Entity-ID", b64junk(22) + "==")])
    write("005-credly-badge-waiting.eml", kind="credly_badge_issued", case_id=None, new=new,
          verified=True, headers=hdr, body=part(html, "html", cte="base64"), expect_ids=[])


# ---------------------------------------------------------------- thread B
# Kenji Watanabe, @nifty mailbox, console case (11 digits), 2023
KENJI = "kwatanabe@nifty.com"
B_CASE = "13284071951"
B_TOPIC = "Two certification accounts under my name - please combine"
B_SUBJ = f"RE:[CASE {B_CASE}] {B_TOPIC}"

CONSOLE_RATE = (
    "We value your feedback. Please share your experience by rating this correspondence using "
    "the AWS Support Center link at the end of this correspondence. Each correspondence can also "
    "be rated by selecting the stars in top right corner of each correspondence within the AWS "
    "Support Center.\n\nBest regards,\nAmazon Web Services\n\n"
    "====================================================================\n\n"
    "To contact us again about this case, please return to the AWS Support Center using the "
    "following URL:\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
    "(If you are connecting by federation, log in before following the link.)\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n"
    "To contact us about a different issue, please open a new case.\n\n"
    "====================================================================\n")


def console_reply(fname, kind, d, rcpt, provider, cid, subj, new, ids, html=False, **kw):
    body = new + "\n\n" + CONSOLE_RATE.format(cid=cid)
    s = ses_sender(d)
    hdr = trace(provider, rcpt, d, s) + std_headers(AWS_CONSOLE, rcpt, subj, d, ses_mid(d), extra=aws_extra(d))
    if html:
        b = alternative(body, '<html><body style="font-family:Arial;font-size:13px">' + text_to_html(body) +
                        "</body></html>", **kw)
    else:
        b = part(body, **kw)
    write(fname, kind=kind, case_id=cid, new=new, verified=None if provider == "none" else True,
          headers=hdr, body=b, expect_ids=ids)


def m006():
    d = T("2023-08-01 01:12:48")
    new = ("Hello,\n\n"
           f"Thank you for getting in touch with Amazon Web Services. Your request is now logged as "
           f"case {B_CASE} and is waiting in the queue for the team that handles it.\n\n"
           f"Case ID: {B_CASE}\nSubject: {B_TOPIC}\nSeverity: General guidance\n"
           "Correspondence: Hello. I have two AWS certification accounts, AWS02371958 (made in 2019 "
           "with my former company mail) and AWS06645102 (current). I want to have only one. "
           "Please tell me what I should do. Best regards, Kenji Watanabe\n\n"
           "You will hear from us by email as soon as someone has looked at it.\n\n" +
           CONSOLE_FOOTER.format(cid=B_CASE) + "\n")
    s = ses_sender(d)
    hdr = trace("nifty", KENJI, d, s) + std_headers(
        AWS_CONSOLE, KENJI, f"Amazon Web Services: Support case {B_CASE} is now open", d, ses_mid(d),
        extra=aws_extra(d))
    write("006-console-case-logged.eml", kind="case_created", case_id=B_CASE, new=new, verified=True,
          headers=hdr, body=part(new, cte="7bit", charset="us-ascii"),
          expect_ids=["AWS02371958", "AWS06645102"])


def m007():
    d = T("2023-08-02 05:47:10")
    new = ("Hello Kenji,\n\nGreetings from Amazon Web Services.\n\n"
           "I have gone through your request and I could locate two profiles, AWS 02371958 and "
           "AWS-06645102, however from our side I am not able to see which one you prefer to keep "
           "as the main one. Also the sign-in e-mail addresses on both profiles are not matching "
           "with the address on this case.\n\n"
           "To move forward, could you please share the below details:\n"
           "1. The profile you would like to continue using.\n"
           "2. The e-mail address you use to sign in to each profile.\n"
           "3. If possible, the reason two profiles were created (for example, change of employer).\n\n"
           "Once I have the above information I will check further and update you.\n\n"
           "Best regards,\nRavi K.\nAmazon Web Services")
    console_reply("007-which-profile-and-signin-addresses.eml", "support_reply", d, KENJI, "nifty",
                  B_CASE, B_SUBJ, new, ["AWS02371958", "AWS06645102"])


def m008():
    d = T("2023-08-07 06:03:29")
    new = ("Hello Kenji,\n\n"
           "I am following up on my message of 2 August. As of today we have not yet received the "
           "details we need, so your request is on hold from our side.\n\n"
           "If you still need help, please add the information to the case in the Support Center. "
           "If we do not hear from you, the case will be set to resolved automatically after 5 days; "
           "you can reopen it at any time.\n\n"
           "Best regards,\nRavi K.\nAmazon Web Services")
    console_reply("008-gentle-nudge-details-outstanding.eml", "support_reply", d, KENJI, "nifty",
                  B_CASE, B_SUBJ, new, [], cte="base64")


def m009():
    d = T("2023-08-09 04:20:15")
    new = ("Hello Kenji,\n\nThank you for the information. Based on your answer, this is the plan:\n\n"
           "- Keep: AWS06645102 (sign-in kenji.watanabe.cloud@gmail.com)\n"
           "- Close: AWS02371958 (sign-in k.watanabe@tohoku-sys.co.jp) - its exam history and "
           "certifications move to the profile above\n\n"
           "Please note this cannot be undone after it is done. If the above is correct, please "
           "reply in the Support Center with \"OK to proceed\". We will not start until we hear "
           "from you.\n\n"
           "Best regards,\nRavi K.\nAmazon Web Services")
    console_reply("009-plan-keep-close-reply-ok.eml", "merge_confirmation_requested", d, KENJI, "nifty",
                  B_CASE, B_SUBJ, new, ["AWS02371958", "AWS06645102"], html=True)


def m010():
    d = T("2023-08-10 02:58:41")
    new = ("Hello Kenji,\n\nDone. AWS02371958 has been folded into AWS06645102 - please sign in "
           "with kenji.watanabe.cloud@gmail.com from now on. Your older certifications should show "
           "on the Certifications page within the hour.\n\nRavi K.\nAmazon Web Services")
    console_reply("010-terse-folded-in.eml", "merge_completed", d, KENJI, "nifty", B_CASE, B_SUBJ, new,
                  ["AWS02371958", "AWS06645102"], cte="7bit", charset="us-ascii")


# ---------------------------------------------------------------- thread C
# Marcus Feld, outlook.com, console case (10 digits), 2020
MARCUS = "marcus.feld@outlook.com"
C_CASE = "7198402261"
C_TOPIC = "Duplicate certification profiles"
C_SUBJ = f"RE:[CASE {C_CASE}] {C_TOPIC}"


def m011():
    d = T("2020-07-14 13:27:03")
    new = ("Hello,\n\n"
           f"Your support request has been logged as case {C_CASE}. The details we received are below; "
           "no action is needed from you at this point.\n\n"
           f"Case ID: {C_CASE}\nSubject: {C_TOPIC}\nSeverity: Low\n"
           "Correspondence: I have two profiles - aws00871234 (old employer) and AWS01992345 (my own). "
           "Could you make them into one? I would like to keep the second. Thanks, Marcus\n\n"
           "A member of the team will reply here once they have had a chance to review it.\n\n" +
           CONSOLE_FOOTER.format(cid=C_CASE) + "\n")
    s = ses_sender(d)
    hdr = trace("outlook", MARCUS, d, s) + std_headers(
        AWS_CONSOLE, MARCUS, f"Amazon Web Services: Support request logged - case {C_CASE}", d,
        ses_mid(d), extra=aws_extra(d))
    html = ("<html><body><div style='font-family:Arial;font-size:13px'>" + text_to_html(new) +
            "</div></body></html>")
    write("011-support-request-logged-2020.eml", kind="case_created", case_id=C_CASE, new=new,
          verified=True, headers=hdr, body=alternative(new, html, html_cte="base64"),
          expect_ids=["AWS00871234", "AWS01992345"])


def m012():
    d = T("2020-07-15 09:12:40")
    new = ("Hi Marcus!\n\n"
           "Thanks for your patience - I've dug into this and found both profiles. Quick sanity "
           "check before I go ahead:\n\n"
           "  * AWS01992345 (marcus.feld@outlook.com) stays - this becomes your one and only profile\n"
           "  * AWS00871234 (mfeld@contoso-logistics.de) goes away; its Solutions Architect - "
           "Associate and Cloud Practitioner move over to the one above\n\n"
           "Heads up: this is a one-way street. Once it's done we can't split them again. If that "
           "all looks right, just reply \"yes, go ahead\" in the Support Center and I'll take it "
           "from there.\n\n"
           "Oh, and unrelated: you mentioned a voucher from your old employer's program. Want me to "
           "check whether it's still valid? Happy to look while I'm in there.\n\n"
           "Cheers,\nJonas\nAmazon Web Services")
    console_reply("012-chatty-sanity-check-plus-voucher-question.eml", "merge_confirmation_requested", d,
                  MARCUS, "outlook", C_CASE, C_SUBJ, new, ["AWS00871234", "AWS01992345"], html=True,
                  plain_cte="quoted-printable", html_cte="quoted-printable")


def m013():
    d = T("2020-07-21 13:30:02")
    html = ('<!DOCTYPE html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">'
            '<table width="640" align="center"><tr><td style="border-bottom:3px solid #ff9900;padding:10px 0">'
            '<b>Amazon Web Services</b></td></tr><tr><td style="padding:16px 0">'
            '<p>Hello,</p>'
            f'<p>We haven\'t heard from you for a few days, so case <b>{C_CASE}</b> ({esc(C_TOPIC)}) has '
            'been set to resolved. It stays in your Support Center history, and you can reopen it within '
            '14 days if something still isn\'t right.</p>'
            '<p>Would you spare a moment to tell us how it went?</p>'
            '<p style="font-size:16px"><b>Did we sort out what you contacted us about?</b></p>'
            f'<p><a href="https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&amp;answer=yes" '
            'style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">Yes</a>&nbsp;&nbsp;'
            f'<a href="https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&amp;answer=no" '
            'style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">No</a></p>'
            '<p style="font-size:12px;color:#687078">Your answer goes straight to the team that handled '
            'your case.</p></td></tr>'
            '<tr><td style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of '
            'Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was '
            'produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.'
            '</td></tr></table></body></html>')
    s = ses_sender(d)
    hdr = trace("outlook", MARCUS, d, s) + std_headers(
        AWS_CONSOLE, MARCUS, f"Amazon Web Services: How did we do on case {C_CASE}?", d, ses_mid(d),
        extra=aws_extra(d))
    write("013-set-to-resolved-yes-no.eml", kind="survey", case_id=C_CASE, new=re.sub("<[^>]+>", " ", html),
          verified=True, headers=hdr, body=part(html, "html", cte="quoted-printable"), expect_ids=[])


def m014():
    d = T("2020-07-17 07:44:19")
    new = ("Dear Marcus,\n\n"
           "We are glad to inform that the requested unification of your two certification profiles "
           "has been carried out successfully. From now your certificates are appearing under the "
           "profile AWS01992345, and the profile AWS00871234 is not available for login anymore.\n\n"
           "About the voucher you asked: it was expired on 30 June 2020, so unfortunately it could "
           "not be moved together with the other items. Sorry for this.\n\n"
           "With kind regards,\nJonas\nAmazon Web Services")
    console_reply("014-unification-carried-out.eml", "merge_completed", d, MARCUS, "outlook", C_CASE,
                  C_SUBJ, new, ["AWS00871234", "AWS01992345"], cte="base64")


# ---------------------------------------------------------------- thread D
# Sofia Lindqvist, own domain on Fastmail, form case (15 digits), three profiles
SOFIA = "sofia@lindqvist.se"
SOFIA_N = "Sofia Lindqvist"
D_OPEN = T("2025-05-19 07:51:10")
D_CASE = case15(D_OPEN, 88213)
D_SUBJ = f"RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance"


def apple_attr(d, name, addr, tz=UTC):
    x = d.astimezone(tz)
    return f"On {x.day} {x.strftime('%b %Y')}, at {x.strftime('%H:%M')}, {name} <{addr}> wrote:"


def form_reply(fname, kind, d, rcpt, provider, cid, subj, new, hist, ids, html=False, tz=UTC, **kw):
    body = new + ("\n\n" + hist if hist else "")
    s = ses_sender(d)
    hdr = trace(provider, rcpt, d, s) + std_headers(AWS_FORM, rcpt, subj, d, ses_mid(d), extra=aws_extra(d))
    if html:
        b = alternative(body, '<html><body><div style="font-family:Arial,sans-serif;font-size:14px">' +
                        text_to_html(body) + "</div></body></html>", **kw)
    else:
        b = part(body, **kw)
    write(fname, kind=kind, case_id=cid, new=new, verified=None if provider == "none" else True,
          headers=hdr, body=b, expect_ids=ids)


D_M015 = ("Dear Sofia,\n\nThank you for your patience while we looked into this.\n\n"
          "We found three candidate profiles that appear to belong to you: AWS03310027, AWS05587714 "
          "and AWS07702291. Before anything can be changed, we need a little more from you:\n\n"
          "  - Which of the three should remain as your single profile going forward?\n"
          "  - The notification e-mail address registered on each one (this may differ from the "
          "address you sign in with).\n"
          "  - Briefly, how the additional profiles came about - for instance, an exam booked "
          "through an employer or a training partner.\n\n"
          "Once we have these, we will set out exactly what will happen to each profile, for you "
          "to look over before we touch anything.\n\n"
          "Kind regards,\nMateo\nAWS Training & Certification Support\n")


def m015():
    d = T("2025-05-20 10:06:37")
    hist = ("------------------------------------------------------------\n"
            "Original inquiry received 19/05/2025 07:51 UTC\n\n"
            "Inquiry type: Certification\nDetail: account-assistance\nAWS candidate ID: AWS07702291\n"
            "Description: I seem to have three certification profiles (one from a partner training, one "
            "from my old job). Can they become one? - Sofia\n")
    form_reply("015-three-profiles-need-details.eml", "support_reply", d, SOFIA, "fastmail", D_CASE, D_SUBJ,
               D_M015, hist, ["AWS03310027", "AWS05587714", "AWS07702291"], html=True)


D_M016 = ("Hej Sofia (hope I got that right!),\n\n"
          "Thanks - that's everything we needed. Here's what we're planning:\n\n"
          "  AWS07702291 - stays. This is the one you'll use from now on.\n"
          "  AWS03310027 - absorbed into AWS07702291, then retired.\n"
          "  AWS05587714 - absorbed into AWS07702291, then retired.\n\n"
          "Your Data Engineer - Associate result and both Cloud Practitioner records end up on "
          "AWS07702291. Worth knowing: there's no way back once it's done; we can't pull them apart "
          "again afterwards.\n\n"
          "Happy for us to go ahead on that basis? A quick \"yes\" in reply is all we need.\n\n"
          "Mateo\nAWS Training & Certification Support\n")


def m016():
    d = T("2025-05-21 08:15:02")
    user = ("Hi Mateo,\n\n1. Keep AWS07702291 (sofia@lindqvist.se)\n"
            "2. AWS03310027 -> sofia.lindqvist@kth-alumni.se, AWS05587714 -> sl@nordcloud-partner.example\n"
            "3. The partner one came from a bootcamp voucher, the other from my previous employer.\n\n"
            "/Sofia\n\n" + apple_attr(T("2025-05-20 10:06:37"), "Amazon Web Services",
                                        "aws-cs-trainingcertification-form@amazon.com") + "\n\n" +
            qprefix(D_M015))
    hist = apple_attr(T("2025-05-20 19:14:00"), SOFIA_N, SOFIA) + "\n\n" + qprefix(user)
    form_reply("016-plan-three-into-one-happy-to-go.eml", "merge_confirmation_requested", d, SOFIA, "fastmail",
               D_CASE, D_SUBJ, D_M016, hist, ["AWS03310027", "AWS05587714", "AWS07702291"],
               cte="quoted-printable")


def m017():
    d = T("2025-05-22 06:40:51")
    new = ("Hi Sofia,\n\nGot it, thank you. Your approval is logged and the request is now with the "
           "records team. There's nothing else you need to do; the next message from us will be the "
           "one telling you it's finished.\n\nMateo\n")
    user = ("Yes - go ahead, that's all correct.\n\n/Sofia\n\n" +
            apple_attr(T("2025-05-21 08:15:02"), "Amazon Web Services",
                       "aws-cs-trainingcertification-form@amazon.com") + "\n\n" + qprefix(D_M016))
    hist = apple_attr(T("2025-05-21 17:22:00"), SOFIA_N, SOFIA) + "\n\n" + qprefix(user)
    form_reply("017-approval-logged-with-records-team.eml", "support_reply", d, SOFIA, "fastmail", D_CASE,
               D_SUBJ, new, hist, [], html=True, plain_cte="base64", html_cte="base64")


D_M018 = ("Hi Sofia,\n\n"
          "All three are now one. AWS03310027 and AWS05587714 no longer exist as separate profiles - "
          "their history lives on AWS07702291, which is the only one you'll see when you sign in with "
          "sofia@lindqvist.se.\n\n"
          "One thing to keep an eye on: Credly badges travel separately. If the badges from the old "
          "profiles haven't appeared on your Credly account within a couple of days, reply here and "
          "we'll chase it.\n\nMateo\nAWS Training & Certification Support\n")


def m018():
    d = T("2025-05-23 13:09:26")
    form_reply("018-three-are-now-one.eml", "merge_completed", d, SOFIA, "fastmail", D_CASE, D_SUBJ,
               D_M018, "", ["AWS03310027", "AWS05587714", "AWS07702291"], html=True)


def m019():
    d = T("2025-05-24 02:33:08")
    badges = ["AWS Certified Data Engineer – Associate", "AWS Certified Cloud Practitioner",
              "AWS Certified Cloud Practitioner (2021)"]
    intro = ("Amazon Web Services Training and Certification has issued you 3 badges. They're ready in "
             "your Credly wallet &mdash; accept them to display and share them.")
    html = credly_html("Sofia", badges, intro, button="View and accept")
    plain = ("Hi Sofia,\n\nAmazon Web Services Training and Certification has issued you 3 badges:\n\n" +
             "\n".join("  * " + b for b in badges) +
             "\n\nThey're ready in your Credly wallet - accept them to display and share them:\n"
             "https://www.credly.com/earner/earned\n\nCredly, Inc. - 100 Broadway, 10th Floor, New York, NY 10005\n")
    s = credly_sender(d, SOFIA)
    hdr = trace("fastmail", SOFIA, d, s) + std_headers(
        CREDLY_FROM, SOFIA, enc_subject("Sofia, 3 badges from Amazon Web Services Training and Certification "
                                        "are in your wallet", "utf-8"),
        d, f"<{hx(24)}_{int(d.timestamp())}@{RND.randint(10, 99)}.credly-mailer.internal>",
        extra=[("X-SG-EID", b64junk(60))])
    write("019-credly-three-badges-in-wallet.eml", kind="credly_badge_issued", case_id=None, new=plain,
          verified=True, headers=hdr, body=alternative(plain, html), expect_ids=[])


def m020():
    d = T("2025-05-28 09:55:12")
    new = ("Hi Sofia,\n\nThanks for checking. You're right, the Security - Specialty badge is still "
           "sitting on the Credly account that was linked to AWS05587714. I've asked our badging "
           "colleagues to move it across; once they have, Credly will email you directly and the "
           "badge will show on your current account. Nothing for you to do in the meantime.\n\n"
           "Mateo\n")
    user = ("Hi Mateo,\n\nThe certifications look fine now, thank you! Two of the three badges arrived on "
            "Credly, but the Security Specialty one is still on my old Credly login.\n\n/Sofia\n\n" +
            apple_attr(T("2025-05-23 13:09:26"), "Amazon Web Services",
                       "aws-cs-trainingcertification-form@amazon.com") + "\n\n" + qprefix(D_M018))
    hist = apple_attr(T("2025-05-27 17:02:00"), SOFIA_N, SOFIA) + "\n\n" + qprefix(user)
    form_reply("020-one-badge-left-behind-chasing.eml", "support_reply", d, SOFIA, "fastmail", D_CASE, D_SUBJ,
               new, hist, ["AWS05587714"], cte="quoted-printable")


# ---------------------------------------------------------------- thread E
# Tomas Herrera, Yahoo, form case (11 digits), 2022
TOMAS = "tomas.herrera@yahoo.com"
TOMAS_N = "Tomás Herrera"
E_CASE = "10573849201"
E_SUBJ = f"RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance"


def m021():
    d = T("2022-06-08 14:02:19")
    new = (f"Received. Your reference is {E_CASE}.\n\n"
           "Expect a reply within 24 hours. To add anything, reply to this email; please don't submit "
           "the form again.\n\nAWS Training and Certification\n")
    s = ses_sender(d)
    hdr = trace("yahoo", TOMAS, d, s) + std_headers(
        AWS_FORM, TOMAS, f"[CASE {E_CASE}] Submission received", d, ses_mid(d), extra=aws_extra(d))
    write("021-terse-submission-received.eml", kind="case_created", case_id=E_CASE, new=new, verified=True,
          headers=hdr, body=part(new, cte="7bit", charset="us-ascii"), expect_ids=[])


E_M022 = ("Dear Tomas,\n\nGreetings of the day!\n\n"
          "As per your request we have checked and found the below two candidate IDs are registered "
          "in your name:\n\n"
          "AWS 04050617 - tomas.herrera@yahoo.com - to be retained\n"
          "AWS 08123940 - therrera@globant-mail.example - to be dissolved into the above\n\n"
          "Kindly note that post this activity the second ID will be permanently deactivated and the "
          "same cannot be reverted.\n\n"
          "Request you to kindly validate the above details and revert back with your consent, so that "
          "we can initiate the process from our end.\n\n"
          "Thanks & Regards,\nPooja S.\nAWS Training and Certification\n")


def m022():
    d = T("2022-06-09 05:31:44")
    form_reply("022-validate-and-revert-with-consent.eml", "merge_confirmation_requested", d, TOMAS, "yahoo",
               E_CASE, E_SUBJ, E_M022, "", ["AWS04050617", "AWS08123940"], html=True,
               plain_cte="quoted-printable", html_cte="base64")


def yahoo_attr(d, name, addr, tz):
    x = d.astimezone(tz)
    h = x.strftime("%I").lstrip("0")
    return (f"On {x.strftime('%A, %B')} {x.day}, {x.year}, {h}:{x.strftime('%M:%S %p')} "
            f"{x.tzname()}, {name} <{addr}> wrote:")


def m023():
    d = T("2022-06-11 10:17:03")
    new = ("Hi Tomás,\n\n"
           "The two IDs are now one: AWS04050617 carries your full history, including everything "
           "that was on AWS08123940. The second ID can no longer be used to sign in.\n\n"
           "Separately, you asked whether the 50% discount from your recertification would survive - "
           "it has. You'll find it under Benefits, valid until 12 December 2022.\n\n"
           "Thanks & Regards,\nPooja S.\nAWS Training and Certification\n")
    user = ("Hello Pooja, the details are correct, please go ahead. Will my 50% discount still be there "
            "afterwards?\nTomás\n\n" +
            yahoo_attr(T("2022-06-09 05:31:44"), "Amazon Web Services",
                       "aws-cs-trainingcertification-form@amazon.com", ZoneInfo("America/Argentina/Buenos_Aires")) +
            "\n\n" + qprefix(E_M022))
    hist = yahoo_attr(T("2022-06-09 23:14:33"), TOMAS_N, TOMAS, ZoneInfo("America/Argentina/Buenos_Aires")) + \
        "\n\n" + qprefix(user)
    # mislabelled charset: body bytes are UTF-8 but the part says iso-8859-1 (seen from some ticket tools)
    form_reply("023-two-ids-now-one-and-discount-answer.eml", "merge_completed", d, TOMAS, "yahoo", E_CASE,
               E_SUBJ, new, hist, ["AWS04050617", "AWS08123940"], cte="quoted-printable",
               charset="iso-8859-1", codec="utf-8")


def m024():
    d = T("2022-06-14 10:20:55")
    new = ("Hi Tomás,\n\n"
           f"Since the account consolidation we carried out on 11 June took care of your request, we're "
           f"closing case {E_CASE}. If there's anything more, reply within 7 days and it will reopen "
           "automatically.\n\n"
           "Was your issue resolved?\n"
           f"  YES: https://aws-tc-feedback.amazon.com/r?c={E_CASE}&a=1\n"
           f"  NO:  https://aws-tc-feedback.amazon.com/r?c={E_CASE}&a=0\n\n"
           "How would you rate Pooja's handling of your case? (1 = poor, 5 = excellent)\n"
           f"  https://aws-tc-feedback.amazon.com/rate?c={E_CASE}\n\n"
           "AWS Training and Certification\n")
    html = ('<html><body style="font-family:Arial;font-size:14px">' +
            text_to_html(new).replace("<br>", "<br>\n") + "</body></html>")
    s = ses_sender(d)
    hdr = trace("yahoo", TOMAS, d, s) + std_headers(
        AWS_FORM, TOMAS, f"[CASE {E_CASE}] Closing your request - was it resolved?", d, ses_mid(d),
        extra=aws_extra(d))
    write("024-closing-since-consolidation-done.eml", kind="survey", case_id=E_CASE, new=new, verified=True,
          headers=hdr, body=alternative(new, html), expect_ids=[])


# ---------------------------------------------------------------- thread F
# Aisha Bello, Gmail, console case (15 digits), Sept 2025
AISHA = "aisha.bello.cloud@gmail.com"
F_OPEN = T("2025-09-02 15:33:05")
F_CASE = case15(F_OPEN, 40922)
F_TOPIC = "Exams taken under two different emails"
F_SUBJ = f"RE:[CASE {F_CASE}] {F_TOPIC}"


def m025():
    d = plus(F_OPEN, seconds=12)
    new = ("Hi there,\n\n"
           f"Thanks for reaching out. We've created case {F_CASE} so the right people can look into "
           "this for you. Here's a summary:\n\n"
           f"Case ID: {F_CASE}\nSubject: {F_TOPIC}\nSeverity: General question\n"
           "Correspondence: I passed Cloud Practitioner with my university email and SAA with my "
           "personal one, and now I have two separate certification profiles. Can these be brought "
           "together under aisha.bello.cloud@gmail.com?\n\n"
           "We'll email you when there's news.\n\n" + CONSOLE_FOOTER.format(cid=F_CASE) + "\n")
    s = ses_sender(d)
    hdr = trace("gmail", AISHA, d, s) + std_headers(
        AWS_CONSOLE, AISHA, f"Amazon Web Services: We've opened support case {F_CASE} for you", d,
        ses_mid(d), extra=aws_extra(d))
    html = ("<html><body><table width='600'><tr><td style='font-family:Arial;font-size:14px'>" +
            text_to_html(new) + "</td></tr></table></body></html>")
    write("025-weve-created-a-case-for-you.eml", kind="case_created", case_id=F_CASE, new=new, verified=True,
          headers=hdr, body=alternative(new, html, plain_cte="base64", html_cte="base64"), expect_ids=[])


def m026():
    d = T("2025-09-04 11:48:30")
    new = ("Hi Aisha,\n\n"
           "Just a heads-up: your request is now sitting with our certification back-office. "
           "They're a bit snowed under this week, so it may take a few days longer than usual - "
           "I haven't forgotten you, and I'll write as soon as I hear back from them.\n\n"
           "Thanks for bearing with us!\n\nDaniela\nAmazon Web Services")
    console_reply("026-heads-up-back-office-swamped.eml", "support_reply", d, AISHA, "gmail", F_CASE, F_SUBJ,
                  new, [], html=True)


def m027():
    d = T("2025-09-05 03:12:44")
    bad = other_sender("mail.aws-notify-center.top", "185.243.115.29",
                       "bounce-7731@aws-notify-center.top", "amazon.com",
                       dkim=[], spf="pass", dmarc="fail", policy="QUARANTINE")
    forged = ("amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n"
              "       dmarc=pass header.from=amazon.com")
    new = ("Dear Customer,\n\n"
           "We received a request to combine the two AWS Certification accounts registered to "
           "aisha.bello.cloud@gmail.com and a.bello@students.unilag.example.\n\n"
           "To protect your certifications, you must verify this request within 24 hours. Please sign "
           "in with BOTH accounts using the secure link below and approve the combination. If we do "
           "not receive your approval, both accounts will be suspended and your certifications may be "
           "revoked.\n\n"
           "  >> Approve now: https://aws-certification-verify.top/approve?u=aisha.bello.cloud\n\n"
           "Amazon Web Services Training and Certification\n")
    html = ('<html><body style="font-family:Arial"><img src="https://aws-certification-verify.top/logo.png">'
            + text_to_html(new).replace("https://aws-certification-verify.top/approve?u=aisha.bello.cloud",
                                        '<a href="https://aws-certification-verify.top/approve?u=aisha.bello.cloud">'
                                        'https://aws.amazon.com/certification/approve</a>') + "</body></html>")
    hdr = trace("gmail", AISHA, d, bad) + [("Authentication-Results", forged)] + std_headers(
        AWS_FORM, AISHA, "Action required: approve your certification account combination", d,
        f"<{hx(16)}.{RND.randint(1000, 9999)}@aws-notify-center.top>", extra=[("X-Mailer", "PHPMailer 6.8.0")])
    write("027-fake-approve-within-24h.eml", kind="merge_confirmation_requested", case_id=None, new=new,
          verified=False, headers=hdr, body=alternative(new, html), expect_ids=[])


def m028():
    d = T("2025-09-08 21:05:17")
    badges = ["AWS Certified Cloud Practitioner", "AWS Certified Solutions Architect – Associate"]
    intro = ("Your badges have a new home. Amazon Web Services Training and Certification has issued "
             "the badges below to this email address, so everything you've earned is now in one place.")
    html = credly_html("Aisha", badges, intro, button="Accept your badges")
    s = credly_sender(d, AISHA)
    hdr = trace("gmail", AISHA, d, s) + std_headers(
        CREDLY_FROM, AISHA, "Your badges have a new home", d,
        f"<{hx(24)}_{int(d.timestamp())}@{RND.randint(10, 99)}.credly-mailer.internal>",
        extra=[("X-SG-EID", b64junk(60))])
    write("028-credly-badges-new-home.eml", kind="credly_badge_issued", case_id=None,
          new=re.sub("<[^>]+>", " ", html), verified=True, headers=hdr,
          body=part(html, "html", cte="quoted-printable"), expect_ids=[])


def m029():
    d = T("2025-09-09 16:00:04")
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Helvetica,Arial;'
            'background:#fafafa"><div style="max-width:600px;margin:auto;background:#fff;padding:24px">'
            '<h2 style="color:#232f3e">Two quick questions</h2>'
            f'<p>Case <b>{F_CASE}</b> &ndash; {esc(F_TOPIC)} &ndash; has now been closed.</p>'
            '<p>1. Did we solve the problem you contacted us about?</p>'
            f'<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&amp;feedback=1">Yes</a>'
            f' &nbsp;|&nbsp; <a href="https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&amp;feedback=0">No</a></p>'
            '<p>2. How likely are you to recommend AWS Support to a colleague? (0&ndash;10)</p><p>' +
            " ".join(f'<a href="https://pulse.aws/survey/{hx(8).upper()}?score={i}">{i}</a>' for i in range(11)) +
            '</p><p style="color:#687078;font-size:12px">It takes under a minute. Thank you!</p></div>'
            '<p style="font-size:11px;color:#999;text-align:center">Amazon Web Services, Inc., 410 Terry Avenue North, '
            'Seattle, WA 98109-5210</p></body></html>')
    s = ses_sender(d)
    hdr = trace("gmail", AISHA, d, s) + std_headers(
        AWS_CONSOLE, AISHA, enc_subject(f"Two quick questions about case {F_CASE}", "utf-8"), d, ses_mid(d),
        extra=aws_extra(d))
    write("029-two-quick-questions.eml", kind="survey", case_id=F_CASE, new=re.sub("<[^>]+>", " ", html),
          verified=True, headers=hdr, body=part(html, "html", cte="base64"), expect_ids=[])


# ---------------------------------------------------------------- thread G
# Li Wei, Microsoft 365 corporate mailbox, form case (15 digits), Jan 2025
LIWEI = "li.wei@meridian-fintech.com"
LIWEI_N = "Li Wei"
G_OPEN = T("2025-01-20 02:40:11")
G_CASE = case15(G_OPEN, 6154)
G_SUBJ = f"RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
G_FORM = ("Inquiry type: AWS Training and Certification\nDetail: account-assistance\n"
          "AWS candidate ID: AWS05031876\n"
          "Description: I have another certification profile from 2021 with my private email. I would "
          "like one profile only. Also please change notification email to my work address.")


def m030():
    d = plus(G_OPEN, seconds=33)
    new = ("Dear Li Wei,\n\n"
           f"Thank you for writing to AWS Training and Certification. This automatic message is to let "
           f"you know that your enquiry has been logged with reference {G_CASE}; a member of our "
           "customer service team will be in touch, normally within 24 hours.\n\n"
           "If your enquiry concerns bringing two candidate profiles together, it speeds things up if "
           "you reply with the sign-in e-mail address of each profile. Please reply to this message "
           "rather than opening another enquiry, as a second one for the same request will slow "
           "things down.\n\n"
           "Your submission:\n" + G_FORM + "\n\n"
           "AWS Training and Certification Customer Service\n")
    s = ses_sender(d)
    hdr = trace("outlook", LIWEI, d, s) + std_headers(
        AWS_FORM, f"{LIWEI_N} <{LIWEI}>", enc_subject(f"[CASE {G_CASE}] Your enquiry has been logged",
                                                      "utf-8"), d, ses_mid(d), extra=aws_extra(d))
    html = ('<html><body><p style="font-family:Calibri,Arial">' + text_to_html(new) + "</p></body></html>")
    write("030-enquiry-logged-with-hint.eml", kind="case_created", case_id=G_CASE, new=new, verified=True,
          headers=hdr, body=alternative(new, html, plain_cte="quoted-printable", html_cte="base64"),
          expect_ids=["AWS05031876"])


G_M031 = ("Dear Li Wei,\n\n"
          "Thank you for the details. Before we look at the profiles themselves, one point needs "
          "clearing up: the name on AWS09417720 is recorded as \"Wei Li\", while on AWS05031876 it is "
          "\"Li Wei\". Could you tell us which order matches your government-issued ID? We must be "
          "sure that both records belong to the same person before anything else happens, and the "
          "name on your certificates will follow whichever you choose.\n\n"
          "Kind regards,\nSiobhan\nAWS Training and Certification Customer Service\n")


def m031():
    d = T("2025-01-21 09:26:48")
    hist = original_message(G_OPEN, "Li Wei <li.wei@meridian-fintech.com>",
                            "aws-cs-trainingcertification-form@amazon.com",
                            "[AWS Training and Certification Form Submission] - account-assistance", G_FORM)
    form_reply("031-which-name-order-is-right.eml", "support_reply", d, LIWEI, "outlook", G_CASE, G_SUBJ,
               G_M031, hist, ["AWS05031876", "AWS09417720"], html=True, plain_cte="quoted-printable",
               html_cte="quoted-printable")


G_M032 = ("Dear Li Wei,\n\nThank you. Summary of the proposed change:\n\n"
          "  Profile retained:  AWS05031876 (Li Wei, li.wei@meridian-fintech.com)\n"
          "  Profile retired:   AWS09417720 (Wei Li, wei.li.88@163.com)\n"
          "  Transferred:       all certifications, exam history and benefits of the retired profile\n"
          "  Reversible:        no\n\n"
          "Reply \"Approved\" to authorise the change. We will not act without it.\n\n"
          "Kind regards,\nSiobhan\nAWS Training and Certification Customer Service\n")


def m032():
    d = T("2025-01-22 08:03:15")
    user = ("Hello Siobhan,\n\n\"Li Wei\" is correct (surname first, as in my passport).\n\n"
            "Best regards\nLi Wei\nSenior Cloud Engineer | Meridian Fintech Pte. Ltd.\n\n" +
            outlook_block(T("2025-01-21 09:26:48"), "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                          "Li Wei <li.wei@meridian-fintech.com>", G_SUBJ, G_M031, tz=ZoneInfo("Asia/Singapore")))
    hist = outlook_block(T("2025-01-21 10:12:00"), "Li Wei <li.wei@meridian-fintech.com>",
                         "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", G_SUBJ, user,
                         tz=ZoneInfo("Asia/Singapore"))
    form_reply("032-summary-reply-approved.eml", "merge_confirmation_requested", d, LIWEI, "outlook", G_CASE,
               G_SUBJ, G_M032, hist, ["AWS05031876", "AWS09417720"], cte="base64")


def m033():
    d = T("2025-01-23 07:41:09")
    new = ("Dear Li Wei,\n\nThank you for the approval - we will proceed.\n\n"
           "You also asked for the notification address on AWS05031876 to be changed to "
           "li.wei@meridian-fintech.com. That can't be edited while the records are being worked on, "
           "so once the two profiles have been combined we will update it as well and let you know.\n\n"
           "Kind regards,\nSiobhan\nAWS Training and Certification Customer Service\n")
    user = ("Approved.\n\nLi Wei\n\n" +
            outlook_block(T("2025-01-22 08:03:15"), "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                          "Li Wei <li.wei@meridian-fintech.com>", G_SUBJ, G_M032, tz=ZoneInfo("Asia/Singapore")))
    hist = outlook_block(T("2025-01-22 11:30:00"), "Li Wei <li.wei@meridian-fintech.com>",
                         "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", G_SUBJ, user,
                         tz=ZoneInfo("Asia/Singapore"))
    form_reply("033-will-proceed-then-update-notification.eml", "support_reply", d, LIWEI, "outlook", G_CASE,
               G_SUBJ, new, hist, ["AWS05031876"], html=True)


def m034():
    d = T("2025-01-24 05:15:37")
    new = ("Dear Li Wei,\n\n"
           "We would like to report that the integration of your two accounts has been finished. From "
           "now on, please use AWS05031876 only. The certifications that were on AWS09417720 are now "
           "displayed there, and the notification e-mail address was changed as you requested.\n\n"
           "We apologize that it took a long time. If you have any questions, please do not hesitate "
           "to contact us.\n\nThank you very much for using AWS.\n\n"
           "Yuki T.\nAWS Training and Certification Customer Support\n")
    form_reply("034-integration-finished-report.eml", "merge_completed", d, LIWEI, "outlook", G_CASE, G_SUBJ,
               new, "", ["AWS05031876", "AWS09417720"], html=True, plain_cte="7bit", plain_charset="us-ascii",
               html_cte="quoted-printable")


# ---------------------------------------------------------------- thread H
# Hiroshi Sato, BIGLOBE mailbox, English correspondence, form case (15 digits)
HIRO = "hiroshi.sato@biglobe.ne.jp"
HIRO_N = "佐藤 宏"
H_OPEN = T("2025-05-26 23:02:40")
H_CASE = case15(H_OPEN, 51730)
H_SUBJ = f"RE:[CASE {H_CASE}] [AWS Training and Certification Form Submission] - account-assistance"

H_M035 = ("Dear Mr. Sato,\n\n"
          "Thank you very much for your reply, and we apologize for keeping you waiting.\n\n"
          "We have checked the two candidate IDs you gave us. Before we carry out the procedure, we "
          "humbly ask you to look over the following:\n\n"
          "  - The certifications of AWS03864409 will be moved to AWS01175530.\n"
          "  - AWS03864409 will then be closed and cannot be restored.\n"
          "  - AWS01175530 will remain as your account.\n\n"
          "If there is no problem, we would be grateful if you could reply to this e-mail to that "
          "effect. We will start the procedure after receiving your reply.\n\n"
          "Best regards,\nKaori M.\nAWS Training and Certification Customer Support\n")


def m035():
    d = T("2025-05-28 06:30:12")
    user = ("Dear AWS support,\n\nThank you for your reply. The two IDs are AWS01175530 (keep, "
            "hiroshi.sato@biglobe.ne.jp) and AWS03864409 (old, h-sato@old-company.co.jp).\n\n"
            "Best regards,\n佐藤 宏 (Hiroshi Sato)\n")
    hist = jp_quote(T("2025-05-27 23:02:00"), HIRO_N, HIRO, user)
    form_reply("035-humbly-ask-to-look-over.eml", "merge_confirmation_requested", d, HIRO, "biglobe", H_CASE,
               H_SUBJ, H_M035, hist, ["AWS01175530", "AWS03864409"], charset="iso-2022-jp", cte="7bit",
               codec="iso2022_jp")


def m036():
    d = T("2025-05-29 02:44:58")
    new = ("Dear Mr. Sato,\n\n"
           "The procedure is finished. AWS01175530 now holds the certifications that were on "
           "AWS03864409, and AWS03864409 can no longer be used.\n\n"
           "As this concludes your inquiry, we will close the case. We would be grateful if you could "
           "answer a short questionnaire about our support (about 1 minute):\n"
           f"https://amazonexteu.qualtrics.com/jfe/form/SV_6yB2xQ9rGqS3kWa?case={H_CASE}\n\n"
           "Best regards,\nKaori M.\nAWS Training and Certification Customer Support\n"
           "アマゾン ウェブ サービス ジャパン合同会社\n")
    user = ("Dear Kaori-san,\n\nYes, there is no problem. Please proceed.\n\n佐藤 宏\n")
    hist = jp_quote(T("2025-05-28 23:15:00"), HIRO_N, HIRO, user + "\n" +
                    jp_attr(T("2025-05-28 06:30:12"), "Amazon Web Services",
                            "aws-cs-trainingcertification-form@amazon.com") + "\n" + qprefix(H_M035))
    form_reply("036-procedure-finished-and-questionnaire.eml", "merge_completed", d, HIRO, "biglobe", H_CASE,
               H_SUBJ, new, hist, ["AWS01175530", "AWS03864409"], charset="shift_jis", cte="base64")


# ---------------------------------------------------------------- thread I
# Olivia Grant, iCloud, console case (15 digits), Oct-Nov 2025
OLIVIA = "olivia.grant@icloud.com"
I_OPEN = T("2025-10-27 18:20:09")
I_CASE = case15(I_OPEN, 17306)
I_TOPIC = "Second certification profile from previous job"
I_SUBJ = f"RE:[CASE {I_CASE}] {I_TOPIC}"


def m037():
    d = T("2025-10-28 14:02:51")
    new = ("Hello,\n\n"
           f"There's a new reply on your case {I_CASE} (\"{I_TOPIC}\").\n\n"
           "To read it and respond, sign in to the Support Center:\n"
           f"https://console.aws.amazon.com/support/home#/case/?displayId={I_CASE}&language=en\n\n"
           "Replies to this email are not monitored.\n\nAmazon Web Services\n")
    html = ('<html><body style="font-family:Arial;font-size:14px"><p>Hello,</p>'
            f'<p>There\'s a new reply on your case <b>{I_CASE}</b> (&quot;{esc(I_TOPIC)}&quot;).</p>'
            f'<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={I_CASE}&amp;language=en">'
            'Open the case in the Support Center</a></p><p style="color:#777;font-size:12px">Replies to this '
            'email are not monitored.</p><p>Amazon Web Services</p></body></html>')
    s = ses_sender(d)
    hdr = trace("icloud", OLIVIA, d, s) + std_headers(
        AWS_CONSOLE, OLIVIA, f"[Case {I_CASE}] There's an update on your case", d, ses_mid(d), extra=aws_extra(d))
    write("037-update-on-your-case-notice.eml", kind="support_reply", case_id=I_CASE, new=new, verified=True,
          headers=hdr, body=alternative(new, html), expect_ids=[])


def m038():
    d = T("2025-10-28 14:02:40")
    new = ("Hello Olivia,\n\nThanks for waiting. I've matched your two profiles:\n\n"
           "Keep: AWS08830152 (olivia.grant@icloud.com)\n"
           "Fold in: AWS04477019 (ogrant@brightpath-consulting.example)\n\n"
           "After this, AWS04477019 stops existing on its own and everything on it shows up under "
           "AWS08830152. We can't unpick it later.\n\n"
           "Does that match what you want? A one-line answer in the case is enough.\n\n"
           "Best regards,\nSamir\nAmazon Web Services")
    body = new + "\n\n" + CONSOLE_RATE.format(cid=I_CASE)
    html = ('<html><head><style>p{margin:0 0 10px}</style></head><body style="font-family:Amazon Ember,Arial;'
            'font-size:14px;color:#16191f">' + text_to_html(body) + "</body></html>")
    s = ses_sender(d)
    hdr = trace("icloud", OLIVIA, d, s) + std_headers(AWS_CONSOLE, OLIVIA, I_SUBJ, d, ses_mid(d), extra=aws_extra(d))
    write("038-keep-fold-in-does-that-match.eml", kind="merge_confirmation_requested", case_id=I_CASE,
          new=new, verified=True, headers=hdr, body=part(html, "html", cte="quoted-printable"),
          expect_ids=["AWS04477019", "AWS08830152"])


def m039():
    d = T("2025-10-30 09:31:26")
    new = ("Hello Olivia,\n\n"
           "Thanks for the go-ahead. Before we act on it there's one snag: AWS04477019 has an exam "
           "booked for 12 November (SAP-C02, Pearson VUE). Combining profiles while an appointment is "
           "pending would cancel the booking, so we'll hold off until you've sat the exam. Once your "
           "result is in, we'll carry out the change you approved and let you know.\n\n"
           "If you'd rather move or cancel the appointment so we can do it sooner, just say so here.\n\n"
           "Best regards,\nSamir\nAmazon Web Services")
    console_reply("039-holding-off-until-after-exam.eml", "support_reply", d, OLIVIA, "icloud", I_CASE, I_SUBJ,
                  new, ["AWS04477019"], html=True, plain_cte="base64", html_cte="base64")


def m040():
    d = T("2025-11-14 17:06:03")
    new = ("Dear Ms. Grant,\n\n"
           "This is to notify you that, pursuant to your instruction of 29 October 2025, candidate "
           "record AWS04477019 has been consolidated with and into candidate record AWS08830152. "
           "Your SAP-C02 result dated 12 November 2025 has been recorded against AWS08830152.\n\n"
           "No further action is required on your part.\n\n"
           "Regards,\nSamir\nAmazon Web Services")
    console_reply("040-notice-record-consolidated.eml", "merge_completed", d, OLIVIA, "icloud", I_CASE, I_SUBJ,
                  new, ["AWS04477019", "AWS08830152"], cte="quoted-printable")


def m041():
    d = T("2025-11-17 17:10:44")
    new = ("Hello,\n\n"
           f"Case {I_CASE} is now closed.\n\n"
           "We'd love to know how you felt about the help you got. Give it a star rating from 1 to 5 - "
           "it takes a few seconds:\n"
           f"https://console.aws.amazon.com/support/home#/case/?displayId={I_CASE}&rate=true\n\n"
           "If something is still not right, you can reopen the case from the same page within 14 days.\n\n"
           "Amazon Web Services\n")
    stars = "".join(f'<a href="https://console.aws.amazon.com/support/home#/case/?displayId={I_CASE}&amp;rate={i}" '
                    f'style="font-size:26px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))
    html = ('<html><body style="font-family:Arial"><p>Hello,</p>'
            f'<p>Case <b>{I_CASE}</b> is now closed.</p><p>We\'d love to know how you felt about the help you got.</p>'
            f'<p>{stars}</p><p style="font-size:12px;color:#687078">If something is still not right, you can '
            'reopen the case from the Support Center within 14 days.</p><p>Amazon Web Services</p></body></html>')
    s = ses_sender(d)
    hdr = trace("icloud", OLIVIA, d, s) + std_headers(
        AWS_CONSOLE, OLIVIA, enc_subject(f"Amazon Web Services: Case {I_CASE} closed – how did we do?", "utf-8"),
        d, ses_mid(d), extra=aws_extra(d))
    write("041-case-closed-star-rating.eml", kind="survey", case_id=I_CASE, new=new, verified=True,
          headers=hdr, body=alternative(new, html, html_cte="base64"), expect_ids=[])


# ---------------------------------------------------------------- Credly mail
def m042():
    # older Acclaim-era badge mail for Marcus (thread C, 2020)
    d = T("2020-07-18 02:11:36")
    plain = ("Marcus,\n\n"
             "Amazon Web Services Training and Certification has issued you a badge:\n\n"
             "    AWS Certified Solutions Architect - Associate\n\n"
             "Claim it to add it to your Acclaim profile, then share it on LinkedIn, in your email "
             "signature or on your resume:\n"
             f"https://www.youracclaim.com/earner/earned/badge/{uuid.UUID(hx(32))}\n\n"
             "Already claimed it? You can ignore this message.\n\n"
             "Acclaim | Credly, Inc., 1 Liberty Plaza, 165 Broadway, New York, NY 10006\n"
             "Unsubscribe: https://www.youracclaim.com/notification_preferences\n")
    html = credly_html("Marcus", ["AWS Certified Solutions Architect – Associate"],
                       "Amazon Web Services Training and Certification has issued you a badge. Claim it to "
                       "add it to your Acclaim profile.", button="Claim your badge").replace(
        "www.credly.com", "www.youracclaim.com").replace("Credly, Inc. &middot; 100 Broadway, 10th Floor, "
                                                         "New York, NY 10005", "Credly, Inc. &middot; 165 Broadway, New York, NY 10006")
    snd = other_sender(f"o{RND.randint(1, 9)}.email.youracclaim.com", f"167.89.{RND.randint(1, 99)}.{RND.randint(1, 250)}",
                       f"bounces+{RND.randint(10 ** 6, 10 ** 7)}-{hx(4)}-marcus.feld=outlook.com@email.youracclaim.com",
                       "youracclaim.com", dkim=[("youracclaim.com", "s1", "pass")], policy="NONE")
    hdr = trace("outlook", MARCUS, d, snd) + std_headers(
        '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', MARCUS,
        "Marcus, you have a new badge from Amazon Web Services Training and Certification", d,
        f"<{hx(24)}@ismtpd0{RND.randint(10, 99)}p1mdw1.sendgrid.net>")
    write("042-acclaim-badge-2020.eml", kind="credly_badge_issued", case_id=None, new=plain, verified=True,
          headers=hdr, body=alternative(plain, html, plain_cte="7bit", plain_charset="us-ascii"), expect_ids=[])


def m043():
    # look-alike Credly domain about badges "moved after the consolidation" -> phishing, content kind kept
    d = T("2025-03-15 06:48:20")
    snd = other_sender("mta12.credly-badges.net", "91.208.14.77", "bounce@credly-badges.net",
                       "credly-badges.net", dkim=[("credly-badges.net", "mail", "pass")], policy="NONE")
    new = ("Hello Priya,\n\n"
           "Following the consolidation of your AWS Certification accounts, your badges have been "
           "transferred to a new Credly wallet. To keep them, claim them within 72 hours by signing "
           "in with your AWS Certification username and password:\n\n"
           "   https://credly-badges.net/claim?ref=aws-cert-4471\n\n"
           "Unclaimed badges will be revoked.\n\nThe Credly Team\n")
    html = ('<html><body style="font-family:Helvetica"><img src="https://credly-badges.net/static/credly.png" width="90">'
            + text_to_html(new) + "</body></html>")
    hdr = trace("gmail", PRIYA, d, snd) + std_headers(
        '"Credly" <notifications@credly-badges.net>', PRIYA, "Your transferred badges are ready to claim", d,
        f"<{hx(20)}@credly-badges.net>")
    write("043-lookalike-credly-transferred-badges.eml", kind="credly_badge_issued", case_id=None, new=new,
          verified=False, headers=hdr, body=alternative(new, html), expect_ids=[])


def m044():
    # badge re-issued after recertification (not merge related, still a badge issued)
    d = T("2025-04-03 15:27:09")
    intro = ("You did it again! Amazon Web Services Training and Certification has issued you a new "
             "badge for <b>AWS Certified Solutions Architect &ndash; Professional</b> to reflect your "
             "recertification. Add it to your profile so the people who matter can see it.")
    html = credly_html("Li", ["AWS Certified Solutions Architect – Professional"], intro, button="Add to my profile")
    s = credly_sender(d, LIWEI)
    hdr = trace("outlook", LIWEI, d, s) + std_headers(
        CREDLY_FROM, f"{LIWEI_N} <{LIWEI}>", "You did it again, Li - a new badge is here", d,
        f"<{hx(24)}_{int(d.timestamp())}@{RND.randint(10, 99)}.credly-mailer.internal>",
        extra=[("X-SG-EID", b64junk(60))])
    write("044-credly-recert-badge-added.eml", kind="credly_badge_issued", case_id=None,
          new=re.sub("<[^>]+>", " ", html), verified=True, headers=hdr,
          body=part(html, "html", cte="base64"), expect_ids=[])


def m045():
    # Credly's own self-service account merge code -> unrelated
    d = T("2025-06-02 20:15:40")
    code = f"{RND.randint(100, 999)} {RND.randint(100, 999)}"
    plain = ("Hi Tomás,\n\n"
             "Someone (hopefully you) asked to combine the Credly account for tomas.herrera@yahoo.com "
             "with another Credly account.\n\n"
             f"Your code: {code}\n\n"
             "Enter it on the page where you started, or use the button below. The code expires in 30 "
             "minutes. Once the accounts are joined, all of your badges will appear in one place.\n\n"
             "Complete Account Merge: https://www.credly.com/users/merge/confirm?token=" + hx(40) + "\n\n"
             "If you didn't ask for this, you can ignore this email.\n\nCredly Support\n")
    html = ('<html><body style="font-family:Helvetica,Arial"><p>Hi Tomás,</p><p>Someone (hopefully you) asked '
            'to combine the Credly account for tomas.herrera@yahoo.com with another Credly account.</p>'
            f'<p style="font-size:28px;letter-spacing:4px"><b>{code}</b></p><p>Enter it on the page where you '
            'started, or use the button below. The code expires in 30 minutes.</p>'
            f'<p><a href="https://www.credly.com/users/merge/confirm?token={hx(40)}" style="background:#ff6b00;'
            'color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a></p>'
            "<p>If you didn't ask for this, you can ignore this email.</p><p>Credly Support</p></body></html>")
    s = credly_sender(d, TOMAS)
    hdr = trace("yahoo", TOMAS, d, s) + std_headers(
        '"Credly" <admin@credly.com>', TOMAS, enc_subject("Your code to combine Credly accounts", "iso-8859-1"),
        d, f"<{hx(24)}@{RND.randint(10, 99)}.credly-mailer.internal>")
    write("045-credly-self-service-combine-code.eml", kind="unrelated", case_id=None, new=plain, verified=True,
          headers=hdr, body=alternative(plain, html, plain_charset="iso-8859-1", plain_cte="quoted-printable",
                                        html_charset="iso-8859-1", html_cte="quoted-printable"), expect_ids=[])


def m046():
    # badge expiry reminder -> unrelated
    d = T("2025-09-12 13:00:21")
    intro = ("Heads up: your <b>AWS Certified Developer &ndash; Associate</b> badge from Amazon Web Services "
             "Training and Certification expires on 12 December 2025. Recertify before then to keep it active "
             "on your profile.")
    html = credly_html("Tomás", ["AWS Certified Developer – Associate (expires 12 Dec 2025)"], intro,
                       button="See recertification options").replace("utm_medium=badge_issued", "utm_medium=expiry_90")
    s = credly_sender(d, TOMAS)
    hdr = trace("yahoo", TOMAS, d, s) + std_headers(
        CREDLY_FROM, TOMAS, "Your AWS badge expires in 90 days", d,
        f"<{hx(24)}@{RND.randint(10, 99)}.credly-mailer.internal>")
    write("046-credly-badge-expires-90-days.eml", kind="unrelated", case_id=None,
          new=re.sub("<[^>]+>", " ", html), verified=True, headers=hdr,
          body=part(html, "html", cte="quoted-printable"), expect_ids=[])


# ---------------------------------------------------------------- unrelated look-alikes
def m047():
    # Amazon Seller Central case, same RE:[CASE] style, "merged" ASINs + helpful? -> unrelated
    d = T("2025-02-11 18:22:09")
    cid = "5884881212"
    new = ("Hello,\n\n"
           "Thank you for contacting Amazon Selling Partner Support.\n\n"
           "I reviewed the two detail pages you reported and merged ASIN B0CXK4R2TQ into ASIN "
           "B0CXK7Q9MZ. Your offer now appears on the surviving page; it can take up to 72 hours for "
           "search results to update.\n\n"
           "Was my response helpful? If this resolved your issue, please click Yes below; if not, "
           "click No and tell us what is still outstanding.\n"
           f"Yes: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={cid}&helpful=yes\n"
           f"No:  https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={cid}&helpful=no\n\n"
           "We hope to see you again soon.\n\nThank you,\nRahul B.\nAmazon Selling Partner Support\n")
    s = ses_sender(d)
    hdr = trace("outlook", MARCUS, d, s) + std_headers(
        '"Amazon Seller Central" <seller-notification@amazon.com>', MARCUS,
        f"RE:[CASE {cid}] Duplicate detail pages for the same product", d, ses_mid(d), extra=aws_extra(d))
    write("047-seller-central-asins-merged.eml", kind="unrelated", case_id=cid, new=new, verified=True,
          headers=hdr, body=alternative(new, "<html><body>" + text_to_html(new) + "</body></html>"), expect_ids=[])


def m048():
    # another AWS support case of Priya: billing / organizations -> unrelated
    opened = T("2025-06-03 12:40:55")
    cid = case15(opened, 20871)
    d = T("2025-06-04 08:17:30")
    new = ("Hello Priya,\n\n"
           "I've checked the invitation from your management account 4821-9930-1174 to the account "
           "7730-1185-2296. It was accepted yesterday at 14:02 UTC, so both accounts now sit in one "
           "organization and their charges will be combined on a single invoice from the next billing "
           "period. The member account's existing Savings Plan stays where it is and will be shared "
           "across the organization.\n\n"
           "Is there anything else about the billing side I can help with?\n\n"
           "Best regards,\nMarta\nAWS Billing and Accounts")
    console_reply("048-billing-case-accounts-combined-in-org.eml", "unrelated", d, PRIYA, "gmail", cid,
                  f"RE:[CASE {cid}] Add existing account to our organization", new, [], html=True)


def m049():
    # quota case opened, standard template words -> unrelated
    opened = T("2025-07-22 09:05:41")
    cid = case15(opened, 3117)
    d = plus(opened, seconds=9)
    new = ("Hello,\n\n"
           f"Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.\n\n"
           f"The details of your case are as follows:\n\nCase ID: {cid}\n"
           "Subject: Limit Increase: EC2 Instances\nSeverity: Low\n"
           "Correspondence: Limit increase request 1\nService: EC2 Instances\nRegion: Europe (Frankfurt)\n"
           "Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances\n"
           "Limit name: Instance Limit\nNew limit value: 64\n"
           "Use case description: GPU-free batch workers for our quarterly reporting jobs.\n\n" +
           CONSOLE_FOOTER.format(cid=cid) + "\n")
    s = ses_sender(d)
    hdr = trace("gmail", AISHA, d, s) + std_headers(
        AWS_CONSOLE, AISHA, f"Amazon Web Services: You have opened a new Support case: {cid}", d, ses_mid(d),
        extra=aws_extra(d))
    write("049-quota-increase-case-opened.eml", kind="unrelated", case_id=cid, new=new, verified=True,
          headers=hdr, body=part(new, cte="quoted-printable"), expect_ids=[])


def m050():
    # CertMetrics feedback request -> unrelated, authentic but not AWS/Credly
    d = T("2025-11-20 16:45:12")
    snd = other_sender("mail-out2.certmetrics.com", "52.36.214.18", "bounce@mail.certmetrics.com",
                       "certmetrics.com", dkim=[("certmetrics.com", "k1", "pass")], policy="NONE")
    new = ("Dear Olivia Grant,\n\n"
           "AWS Certification wants to hear from you. You recently earned AWS Certified Solutions "
           "Architect - Professional, and we'd like to know about your experience preparing for and "
           "taking the exam. The questionnaire takes about 10 minutes.\n\n"
           "Candidate ID: AWS08830152\n\n"
           "Start: https://www.certmetrics.com/amazon/survey/start.aspx?t=" + hx(32) + "\n\n"
           "Thank you,\nAWS Certification\n\n"
           "This is an automated message from CertMetrics. Please do not reply.\n")
    hdr = trace("icloud", OLIVIA, d, snd) + std_headers(
        '"AWS Certification" <do-not-reply@certmetrics.com>', OLIVIA, "AWS Certification wants to hear from you",
        d, f"<{uuid.UUID(hx(32))}@certmetrics.com>")
    write("050-certmetrics-wants-to-hear-from-you.eml", kind="unrelated", case_id=None, new=new, verified=False,
          headers=hdr, body=part(new, cte="quoted-printable", charset="windows-1252", codec="cp1252"),
          expect_ids=["AWS08830152"])


def m051():
    # Pearson VUE appointment confirmation ("please confirm your details") -> unrelated
    d = T("2025-10-20 22:03:50")
    snd = other_sender("mx0b-00195101.pphosted.com", "148.163.152.46", "PearsonVUEConfirmation@pearson.com",
                       "pearson.com", dkim=[("pearson.com", "selector1", "pass")], policy="REJECT")
    new = ("Dear Olivia Grant,\n\n"
           "Thank you for scheduling with Pearson VUE. Please check the details of your appointment "
           "below and let us know straight away if anything is wrong.\n\n"
           "Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
           "Appointment: Wednesday, November 12, 2025 at 9:30 AM Pacific Time\n"
           "Location: Online (OnVUE)\n"
           "Registration ID: 498201736\n"
           "AWS Candidate ID: AWS04477019\n\n"
           "To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before "
           "the appointment.\n\nPearson VUE\n")
    hdr = trace("icloud", OLIVIA, d, snd) + std_headers(
        '"Pearson VUE" <PearsonVUEConfirmation@pearson.com>', OLIVIA,
        "Confirmation of your Pearson VUE exam appointment", d, f"<{hx(16).upper()}@pearson.com>")
    write("051-pearson-vue-appointment-details.eml", kind="unrelated", case_id=None, new=new, verified=False,
          headers=hdr, body=alternative(new, "<html><body>" + text_to_html(new) + "</body></html>",
                                        plain_cte="7bit", plain_charset="us-ascii"), expect_ids=["AWS04477019"])


def m052():
    d = T("2025-03-18 12:55:03")
    snd = other_sender("out-21.smtp.github.com", "192.30.252.204", "noreply@github.com", "github.com",
                       dkim=[("github.com", "pf2023", "pass")], policy="REJECT")
    new = ("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
           "https://github.com/northwind-analytics/terraform-aws-accounts/pull/412#event-16734029917\n"
           "You are receiving this because you were mentioned.\n")
    html = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/northwind-analytics/terraform-aws-accounts/pull/412">'
            '#412</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
            '<a href="https://github.com/northwind-analytics/terraform-aws-accounts/pull/412#event-16734029917">view it on GitHub</a>.'
            '<br>You are receiving this because you were mentioned.</p>')
    hdr = trace("gmail", PRIYA, d, snd) + std_headers(
        '"Tom Akers" <notifications@github.com>', '"northwind-analytics/terraform-aws-accounts" <terraform-aws-accounts@noreply.github.com>',
        "Re: [northwind-analytics/terraform-aws-accounts] Merge duplicate account baseline modules (PR #412)", d,
        "<northwind-analytics/terraform-aws-accounts/pull/412/issue_event/16734029917@github.com>",
        extra=[("In-Reply-To", "<northwind-analytics/terraform-aws-accounts/pull/412@github.com>"),
               ("References", "<northwind-analytics/terraform-aws-accounts/pull/412@github.com>"),
               ("List-ID", "northwind-analytics/terraform-aws-accounts <terraform-aws-accounts.northwind-analytics.github.com>"),
               ("X-GitHub-Reason", "mention")])
    write("052-github-pr-merged.eml", kind="unrelated", case_id=None, new=new, verified=False, headers=hdr,
          body=alternative(new, html, plain_cte="7bit", plain_charset="UTF-8"), expect_ids=[])


def m053():
    d = T("2025-01-28 03:17:44")
    snd = other_sender("mail-209-85-220-41.gitlab.com", "34.74.90.65", "gitlab@mg.gitlab.com", "gitlab.com",
                       dkim=[("gitlab.com", "mg", "pass")], policy="REJECT")
    new = ("Merge request !87 was merged\n"
           "Merge request URL: https://gitlab.com/meridian-fintech/platform/cert-tracker/-/merge_requests/87\n"
           "Project:Branches: meridian-fintech/platform/cert-tracker:feature/consolidate-accounts to "
           "meridian-fintech/platform/cert-tracker:main\nAuthor: Li Wei\n\n"
           "Title: Consolidate duplicate certification accounts in the staff tracker\n\n"
           "-- \nReply to this email directly or view it on GitLab: "
           "https://gitlab.com/meridian-fintech/platform/cert-tracker/-/merge_requests/87\n")
    hdr = trace("outlook", LIWEI, d, snd) + std_headers(
        '"Arjun Menon (@amenon)" <gitlab@mg.gitlab.com>', f"{LIWEI_N} <{LIWEI}>",
        "Re: cert-tracker | Consolidate duplicate certification accounts in the staff tracker (!87)", d,
        f"<merge_request_{RND.randint(10 ** 8, 10 ** 9)}@gitlab.com>",
        extra=[("X-GitLab-Project", "cert-tracker"), ("X-GitLab-MergeRequest-IID", "87"),
               ("X-GitLab-NotificationReason", "own_activity")])
    write("053-gitlab-mr-merged.eml", kind="unrelated", case_id=None, new=new, verified=False, headers=hdr,
          body=alternative(new, "<html><body>" + text_to_html(new) + "</body></html>"), expect_ids=[])


# Daniel Okoro, corporate mailbox behind an internal relay (no Authentication-Results)
DANIEL = "daniel.okoro@harbourline.example"


def m054():
    d = T("2025-07-14 09:58:02")
    snd = other_sender("a8-46.smtp-out.amazonses.com", "54.240.8.46", ses_mailfrom(d), "signin.aws",
                       dkim=[("signin.aws", "hcbsnzp3xkuvwfllvmmbrbzg3orpyupm", "pass")])
    new = ("Verify your AWS Builder ID email address\n\n"
           "Thanks for creating an AWS Builder ID. Use this code to verify your email address:\n\n"
           f"Verification code: {RND.randint(100000, 999999)}\n\n"
           "This code expires 30 minutes after it was sent. If you didn't try to create an AWS Builder ID, "
           "you can ignore this email.\n\nAmazon Web Services\n")
    hdr = trace("none", DANIEL, d, snd) + std_headers(
        '"AWS Builder ID" <no-reply@signin.aws>', DANIEL, "Verify your AWS Builder ID email address", d,
        ses_mid(d), extra=aws_extra(d))
    write("054-builder-id-code-corporate.eml", kind="unrelated", case_id=None, new=new, verified=None,
          headers=hdr, body=alternative(new, "<html><body>" + text_to_html(new) + "</body></html>",
                                        plain_cte="base64", html_cte="base64"), expect_ids=[])


def m055():
    d = T("2025-08-19 15:00:00")
    s = ses_sender(d)
    html = ('<html><body style="margin:0;background:#f2f3f3"><table width="600" align="center" style="background:#fff;'
            'font-family:Amazon Ember,Arial"><tr><td style="background:#232f3e;color:#fff;padding:18px;font-size:20px">'
            'AWS Training and Certification</td></tr><tr><td style="padding:20px">'
            '<h1 style="font-size:22px">One place for everything you\'ve learned</h1>'
            '<p>We\'ve brought your AWS Skill Builder progress and your certification dashboard together, '
            'so your courses, badges and exam history now live side by side.</p>'
            '<p><b>New this month:</b> AWS Certified Generative AI Developer &ndash; Professional (beta), '
            'updated Cloud Practitioner exam guide, and 50% off practice exams until 30 September.</p>'
            '<p><a href="https://aws.amazon.com/training/?trk=em_newsletter_aug" style="background:#ff9900;'
            'color:#000;padding:10px 20px;text-decoration:none">Explore what\'s new</a></p></td></tr>'
            '<tr><td style="font-size:11px;color:#687078;padding:20px">You are receiving this email because you '
            'subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/'
            'communication-preferences">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave. North, '
            'Seattle, WA 98109.</td></tr></table></body></html>')
    hdr = trace("fastmail", SOFIA, d, s) + std_headers(
        '"AWS Training and Certification" <aws-training-certification@amazon.com>', SOFIA,
        enc_subject("One place for everything you’ve learned – plus August exam news", "utf-8"), d, ses_mid(d),
        extra=aws_extra(d) + [("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>"),
                              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    write("055-newsletter-one-place-for-learning.eml", kind="unrelated", case_id=None,
          new=re.sub("<[^>]+>", " ", html), verified=True, headers=hdr,
          body=part(html, "html", cte="quoted-printable"), expect_ids=[])


def m056():
    d = T("2025-04-09 01:41:27")
    snd = other_sender("vps-2231.hostsrv-eu.net", "45.137.21.188", "info@aws-billing-alerts.com",
                       "aws-billing-alerts.com", dkim=[], spf="softfail", dmarc="none", policy="NONE")
    new = ("Dear AWS customer,\n\n"
           "We were unable to charge your payment method for the latest invoice. Your account and all "
           "running services have been suspended.\n\n"
           "To restore access, update your billing details within 48 hours:\n"
           "https://aws-billing-alerts.com/restore?id=KW-88120\n\n"
           "Amazon Web Services Billing\n")
    hdr = trace("nifty", KENJI, d, snd) + std_headers(
        '"Amazon Web Services" <info@aws-billing-alerts.com>', KENJI,
        enc_subject("[AWS] Your account has been suspended", "iso-2022-jp"), d, f"<{hx(18)}@aws-billing-alerts.com>")
    write("056-phish-account-suspended-billing.eml", kind="unrelated", case_id=None, new=new, verified=False,
          headers=hdr, body=part(new, cte="base64"), expect_ids=[])


# ---------------------------------------------------------------- thread J
# Daniel Okoro: first form case never answered (no notification address), second case a week later.
J_OPEN1 = T("2025-07-07 08:12:40")
J_CASE1 = case15(J_OPEN1, 61005)
J_OPEN2 = T("2025-07-14 10:05:33")
J_CASE2 = case15(J_OPEN2, 61882)
J_SUBJ = f"RE:[CASE {J_CASE2}] [AWS Training and Certification Form Submission] - account-assistance"


def m057():
    d = T("2025-07-15 11:20:18")
    new = ("Hi Daniel,\n\n"
           f"Sorry you had to write twice. I can see your earlier request, case {J_CASE1}; it went "
           "unanswered because no notification address was attached to it, so our reply never reached "
           "you. I've closed that one so that everything stays here in one thread.\n\n"
           "To get going, two questions:\n"
           "  1. Of AWS07164420 and AWS02950086, which one would you like to keep?\n"
           "  2. Which e-mail address do you sign in with on each of them?\n\n"
           "Thanks,\nGrace\nAWS Training and Certification Customer Service\n")
    form_reply("057-earlier-request-closed-two-questions.eml", "support_reply", d, DANIEL, "none", J_CASE2,
               J_SUBJ, new, "", ["AWS02950086", "AWS07164420"], html=True, plain_cte="quoted-printable",
               html_cte="quoted-printable")


def m058():
    d = plus(J_OPEN2, seconds=27)
    new = (f"Hi Daniel,\n\nJust a quick note to say your request arrived safely (reference {J_CASE2}). "
           "A real person will pick it up, usually within a day.\n\n"
           "Here is a copy of what you sent:\n\n"
           "  AWS candidate ID: AWS07164420\n"
           "  Notification e-mail: daniel.okoro@harbourline.example\n"
           "  Description: I submitted this last week but never heard back. I need my two certification "
           "accounts, AWS07164420 and AWS02950086, to become one.\n\n"
           "AWS Training and Certification\n")
    s = ses_sender(d)
    hdr = trace("none", DANIEL, d, s) + std_headers(
        AWS_FORM, DANIEL, f"[CASE {J_CASE2}] Your request arrived safely", d, ses_mid(d), extra=aws_extra(d))
    write("058-request-arrived-safely-second-attempt.eml", kind="case_created", case_id=J_CASE2, new=new,
          verified=None, headers=hdr, body=part(new, cte="base64"), expect_ids=["AWS02950086", "AWS07164420"])


def m059():
    d = T("2025-07-28 11:25:00")
    new = ("Hi Daniel,\n\n"
           f"As we haven't heard back from you since 15 July, we've closed case {J_CASE2} for now. If you "
           "still need help, reply to this message within 14 days and we'll pick up where we left off.\n\n"
           "Was this handled well? Let us know with one click:\n"
           f"  Good: https://aws-tc-feedback.amazon.com/r?c={J_CASE2}&s=good\n"
           f"  Not good: https://aws-tc-feedback.amazon.com/r?c={J_CASE2}&s=bad\n\n"
           "AWS Training and Certification Customer Service\n")
    s = ses_sender(d)
    hdr = trace("none", DANIEL, d, s) + std_headers(
        AWS_FORM, DANIEL, enc_subject(f"[CASE {J_CASE2}] We've closed your request for now", "utf-8"), d,
        ses_mid(d), extra=aws_extra(d))
    write("059-closed-for-now-no-reply.eml", kind="survey", case_id=J_CASE2, new=new, verified=None,
          headers=hdr, body=alternative(new, "<html><body>" + text_to_html(new) + "</body></html>",
                                        plain_charset="iso-8859-1", plain_cte="quoted-printable"),
          expect_ids=[])


def m060():
    # look-alike feedback request about the merge case -> survey kind kept, not verified
    d = T("2025-05-30 07:12:33")
    snd = other_sender("smtp.aws-support-survey.com", "103.151.72.19", "mailer@aws-support-survey.com",
                       "aws-support-survey.com", dkim=[("aws-support-survey.com", "default", "pass")],
                       policy="NONE")
    new = ("Hello Sofia,\n\n"
           "Your account combination request with AWS Training and Certification has been closed.\n\n"
           "Tell us how we did! Everyone who answers our 3-question feedback form this week receives a "
           "free exam voucher. Sign in with your AWS Certification credentials to submit your answers "
           "and claim your voucher:\n\n"
           "   https://aws-support-survey.com/feedback?u=sofia%40lindqvist.se\n\n"
           "AWS Customer Experience Team\n")
    html = ('<html><body style="font-family:Arial"><div style="background:#232f3e;color:#ff9900;padding:12px">'
            'aws</div>' + text_to_html(new) + "</body></html>")
    hdr = trace("fastmail", SOFIA, d, snd) + std_headers(
        '"AWS Support" <feedback@aws-support-survey.com>', SOFIA, "How did we do? Claim your free exam voucher", d,
        f"<{hx(22)}@aws-support-survey.com>")
    write("060-lookalike-feedback-voucher.eml", kind="survey", case_id=None, new=new, verified=False,
          headers=hdr, body=alternative(new, html, plain_cte="quoted-printable", html_cte="base64"),
          expect_ids=[])


# === END MAILS ===


def run():
    for name in sorted(n for n in globals() if re.fullmatch(r"m\d{3}", n)):
        globals()[name]()
    with open(os.path.join(OUT, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=1, sort_keys=True, ensure_ascii=False)
    print(len(LABELS), "mails written")


def check():
    import email
    from email.header import decode_header, make_header
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert set(files) == set(LABELS), set(files) ^ set(LABELS)
    bad = 0
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        m = email.message_from_bytes(raw)
        subj = str(make_header(decode_header(m["Subject"] or "")))
        txt = subj + "\n"
        for p in m.walk():
            if p.get_content_maintype() == "text":
                cs = p.get_content_charset() or "us-ascii"
                try:
                    t = p.get_payload(decode=True).decode(cs, "replace")
                except LookupError:
                    t = p.get_payload(decode=True).decode("utf-8", "replace")
                if p.get_content_subtype() == "html":
                    t = re.sub(r"<[^>]+>", " ", t)
                txt += t + "\n"
        lab = LABELS[f]
        found = set(norm_ids(txt))
        for a in lab["account_ids"]:
            if a not in found:
                print("MISSING id", f, a); bad += 1
        if lab["case_id"] and lab["case_id"] not in txt:
            print("MISSING case", f, lab["case_id"]); bad += 1
        has_ar = m.get("Authentication-Results") is not None
        if (lab["sender_verified"] is None) == has_ar:
            print("AR mismatch", f); bad += 1
        if m.defects:
            print("defects", f, m.defects)
    print("check done,", bad, "problems")


if __name__ == "__main__":
    run()
    check()
