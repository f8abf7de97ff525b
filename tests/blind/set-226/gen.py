#!/usr/bin/env python3
"""Generator for blind set 226: AWS Certification account-merge mailbox.

Emphasis: merge confirmation requests and their look-alikes (EN + JA).
Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone

from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(226226)

UTC = timezone.utc
JST = timezone(timedelta(hours=9), "JST")
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))
GMT4 = timezone(timedelta(hours=4))

MAILS = []   # (filename, bytes, label)

# ----------------------------------------------------------------- helpers


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    s = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()
    return s


def fold_b64(s, indent="\t ", width=70):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def case15(dt):
    """15-digit case id: unix time of opening + 5 digits."""
    return f"{int(dt.timestamp())}{rng.randint(0, 99999):05d}"


def ses_mid(dt, region=None):
    ms = int(dt.timestamp() * 1000)
    dom = f"{region}.amazonses.com" if region else "email.amazonses.com"
    return f"0100{ms:012x}-{uuid.UUID(int=rng.getrandbits(128))}-000000@{dom}"


def rfc_date(dt):
    return format_datetime(dt)


def gmail_stamp(dt):
    # Received stamps as Gmail writes them
    d = dt.astimezone(PDT)
    return d.strftime("%a, %d %b %Y %H:%M:%S -0700 (PDT)").replace(" 0", " ", 1) if False else \
        d.strftime("%a, %d %b %Y %H:%M:%S -0700 (PDT)")


def jst_stamp(dt):
    return dt.astimezone(JST).strftime("%a, %d %b %Y %H:%M:%S +0900 (JST)")


def utc_stamp(dt):
    return dt.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def hdr(text, charset="utf-8"):
    return Header(text, charset)


def name_addr(name, addr, charset=None):
    if charset:
        return f"{Header(name, charset).encode()} <{addr}>"
    return f'"{name}" <{addr}>' if any(c in name for c in ",.()") else f"{name} <{addr}>"


# ----------------------------------------------------------------- bodies

CODEC = {"shift_jis": "cp932", "iso-2022-jp": "iso-2022-jp", "utf-8": "utf-8",
         "us-ascii": "ascii", "iso-8859-1": "cp1252", "windows-1252": "cp1252"}


def text_part(text, subtype="plain", charset="utf-8", enc="qp", label=None, codec=None):
    """A text/* part. `label` = charset written in header (may be wrong on purpose);
    `codec` = how the bytes are really encoded."""
    codec = codec or CODEC.get(charset, charset)
    raw = text.encode(codec)
    p = MIMENonMultipart("text", subtype, charset=label or charset)
    if enc == "qp":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif enc == "b64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    elif enc == "7bit":
        p.set_payload(raw.decode("ascii"))
        p["Content-Transfer-Encoding"] = "7bit"
    elif enc == "8bit":
        p.set_payload(raw.decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = "8bit"
    else:
        raise ValueError(enc)
    return p


def alt(plain, html, charset="utf-8", enc="qp", henc=None, label=None):
    m = MIMEMultipart("alternative", boundary=f"----=_Part_{rng.randint(10**5, 10**6)}_{rng.randint(10**8, 10**9)}.{rng.randint(10**12, 10**13)}")
    m.attach(text_part(plain, "plain", charset, enc, label))
    m.attach(text_part(html, "html", charset, henc or enc, label))
    return m


def html_wrap(inner, title="Amazon Web Services", lang="en"):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f3;font-family:'Amazon Ember',Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border:1px solid #d5dbdb;">
<tr><td style="background-color:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120" style="display:block;border:0;" /></td></tr>
<tr><td style="padding:24px;line-height:1.5;">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.<br />Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def paras_to_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in block.split("\n")]
        out.append('<p style="margin:0 0 12px 0;">' + "<br />\n".join(lines) + "</p>")
    return "\n".join(out)


# ----------------------------------------------------------------- quoting styles

def q_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_quote(text, dt, name, addr):
    d = dt.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {d} {name} <{addr}> wrote:\n\n{q_lines(text)}\n"


def outlook_quote(text, dt, name, addr, to, subject):
    d = dt.strftime("%A, %B %-d, %Y %-I:%M %p")
    return ("\n________________________________\n"
            f"From: {name} <{addr}>\nSent: {d}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}\n")


def original_message(text, dt, name, addr, to, subject):
    d = dt.strftime("%A, %B %-d, %Y %-I:%M %p")
    return ("\n-----Original Message-----\n"
            f"From: {name} <{addr}>\nSent: {d}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}\n")


WD_JA = "月火水木金土日"


def jp_quote(text, dt, name, addr):
    d = dt.astimezone(JST)
    head = f"{d.year}年{d.month}月{d.day}日({WD_JA[d.weekday()]}) {d.hour}:{d.minute:02d} {name} <{addr}>:"
    return f"{head}\n{q_lines(text)}\n"


# ----------------------------------------------------------------- transport / auth

SES_IPS = ["54.240.8.30", "54.240.8.88", "54.240.9.41", "54.240.9.113", "54.240.48.92",
           "54.240.48.107", "54.240.27.17", "54.240.27.58"]
DKIM_AMZ_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"
DKIM_SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return f"a{c}-{d}.smtp-out.amazonses.com"


def dkim_sig(d, s, headers="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date", dt=None, i=None):
    t = int((dt or datetime.now(UTC)).timestamp())
    bh = rb64(32)
    b = rb64(128)
    istr = f" i=@{i};" if i else ""
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d};{istr} t={t};\n"
            f"\th={headers};\n\tbh={bh};\n\tb={fold_b64(b)}")


class Env:
    """Builds trace + auth headers for one delivery."""

    def __init__(self, provider, auth, from_addr, to_addr, dt, mid=None, mailfrom=None,
                 ip=None, helo=None, dkim_d=None, forged_lower=False):
        self.provider = provider      # gmail outlook yahoo icloud nifty ocn biglobe corp
        self.auth = auth              # aws_pass credly_pass other_pass lookalike_pass spoof_fail none
        self.from_addr = from_addr
        self.to_addr = to_addr
        self.dt = dt
        self.mailfrom = mailfrom
        self.ip = ip
        self.helo = helo
        self.dkim_d = dkim_d
        self.forged_lower = forged_lower
        self.mid = mid

    @property
    def from_dom(self):
        return self.from_addr.split("@")[1]

    def results(self, style):
        """Return list of (method, result, props) tuples for the verdict."""
        a = self.auth
        fd = self.from_dom
        mf = self.mailfrom
        mfd = mf.split("@")[1]
        out = {}
        if a == "aws_pass":
            out = dict(dkim=[("pass", fd, DKIM_AMZ_SEL), ("pass", "amazonses.com", DKIM_SES_SEL)],
                       spf="pass", dmarc="pass", p="QUARANTINE")
        elif a in ("credly_pass", "other_pass", "lookalike_pass"):
            out = dict(dkim=[("pass", self.dkim_d or fd, "s1")], spf="pass", dmarc="pass",
                       p="REJECT" if a == "credly_pass" else "NONE")
        elif a == "spoof_fail":
            out = dict(dkim=[], spf="softfail", dmarc="fail", p="QUARANTINE")
        return out

    def ar_value(self, style):
        r = self.results(style)
        fd = self.from_dom
        mf = self.mailfrom
        mfd = mf.split("@")[1]
        ip = self.ip
        if style == "gmail":
            parts = ["mx.google.com"]
            for res, d, s in r["dkim"]:
                parts.append(f"dkim={res} header.i=@{d} header.s={s} header.b={rb64(6)[:8]}")
            if r["spf"] == "pass":
                parts.append(f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
            else:
                parts.append(f"spf={r['spf']} (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
            dis = "NONE" if r["dmarc"] == "pass" else r["p"]
            parts.append(f"dmarc={r['dmarc']} (p={r['p']} sp={r['p']} dis={dis}) header.from={fd}")
            return ";\n       ".join(parts)
        if style == "outlook":
            spf = r["spf"]
            s = f"spf={spf} (sender IP is {ip}) smtp.mailfrom={mfd}; "
            if r["dkim"]:
                res, d, _ = r["dkim"][0]
                s += f"dkim={res} (signature was verified)\n header.d={d};"
            else:
                s += "dkim=none (message not signed)\n header.d=none;"
            if r["dmarc"] == "pass":
                s += f"dmarc=pass action=none header.from={fd};compauth=pass reason=100"
            else:
                s += f"dmarc=fail action=quarantine header.from={fd};compauth=fail reason=000"
            return s
        if style in ("nifty", "ocn", "biglobe", "yahoo", "icloud"):
            authserv = {"nifty": "mx.nifty.com", "ocn": "mfilter-s-1021.ocn.ad.jp",
                        "biglobe": "biglobe.ne.jp", "yahoo": "atlas212.free.mail.ne1.yahoo.com",
                        "icloud": "dmarc.icloud.com"}[style]
            parts = [authserv]
            for res, d, s in r["dkim"]:
                parts.append(f"dkim={res} header.i=@{d} header.s={s}")
            if not r["dkim"]:
                parts.append("dkim=none")
            parts.append(f"spf={r['spf']} smtp.mailfrom={mfd}")
            parts.append(f"dmarc={r['dmarc']}(p={r['p']}) header.from={fd}" if style == "yahoo"
                         else f"dmarc={r['dmarc']} header.from={fd}")
            return ";\n\t".join(parts)
        raise ValueError(style)

    def headers(self, top_extra=()):
        """Trace headers in top-down order, up to (not incl.) the author headers."""
        dt = self.dt
        p = self.provider
        H = []
        ip = self.ip
        helo = self.helo
        t1 = dt + timedelta(seconds=rng.randint(1, 4))
        t2 = t1 + timedelta(seconds=rng.randint(0, 2))
        if p == "gmail":
            H.append(("Delivered-To", self.to_addr))
            H.append(("Received", f"by 2002:a05:7010:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(2)}csp{rng.randint(100000, 9999999)}mdc;\n        {gmail_stamp(t2)}"))
            H.append(("X-Google-Smtp-Source", rb64(60)[:82]))
            H.append(("X-Received", f"by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(16)}.{rng.randint(10, 99)}.{rng.randint(1000000000000, 9999999999999)};\n        {gmail_stamp(t2)}"))
            if self.auth != "none":
                H.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(100)[:70]}\n         {rb64(60)[:70]}"))
                H.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={rb64(100)[:70]}"))
                H.append(("ARC-Authentication-Results", "i=1; " + self.ar_value("gmail")))
            H.append(("Return-Path", f"<{self.mailfrom}>"))
            H.append(("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{rhex(6)}si{rng.randint(1000000, 9999999)}{rhex(3)}.{rng.randint(100, 999)}.{t1.astimezone(PDT).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{self.to_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gmail_stamp(t1)}"))
            if self.auth != "none":
                spfres = "pass" if self.results("gmail")["spf"] == "pass" else "softfail"
                H.append(("Received-SPF", f"{spfres} (google.com: domain of {self.mailfrom} designates {ip} as permitted sender) client-ip={ip};" if spfres == "pass"
                          else f"softfail (google.com: domain of transitioning {self.mailfrom} does not designate {ip} as permitted sender) client-ip={ip};"))
                H.append(("Authentication-Results", self.ar_value("gmail")))
        elif p == "outlook":
            H.append(("Received", f"from SA1PR14MB{rng.randint(1000, 9999)}.namprd14.prod.outlook.com (::1) by\n LV3PR14MB{rng.randint(1000, 9999)}.namprd14.prod.outlook.com with HTTPS; {utc_stamp(t2)}"))
            H.append(("Received", f"from BN9PR03CA{rng.randint(1000, 9999)}.namprd03.prod.outlook.com (2603:10b6:408:{rhex(3)}::{rng.randint(10, 30)})\n by SA1PR14MB{rng.randint(1000, 9999)}.namprd14.prod.outlook.com (2603:10b6:806:{rhex(3)}::{rng.randint(5, 20)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000, 9200)}.{rng.randint(10, 40)}; {utc_stamp(t2)}"))
            if self.auth != "none":
                H.append(("Authentication-Results", self.ar_value("outlook")))
                spfres = "Pass" if self.results("outlook")["spf"] == "pass" else "SoftFail"
                H.append(("Received-SPF", f"{spfres} (protection.outlook.com: domain of {self.mailfrom.split('@')[1]}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C" if spfres == "Pass"
                          else f"SoftFail (protection.outlook.com: domain of transitioning\n {self.mailfrom.split('@')[1]} discourages use of {ip} as permitted sender)"))
            H.append(("Received", f"from {helo} ({ip}) by\n BN3PEPF0000B{rng.randint(100, 999)}.mail.protection.outlook.com (10.167.243.{rng.randint(100, 200)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000, 9200)}.{rng.randint(10, 40)}\n via Frontend Transport; {utc_stamp(t1)}"))
        elif p in ("nifty", "ocn", "biglobe", "yahoo", "icloud"):
            mx = {"nifty": "mta-snd-e04.mail.nifty.com", "ocn": "md-mx-07.ocn.ad.jp",
                  "biglobe": "mbox-mx03.biglobe.ne.jp", "yahoo": "sonic312.consmr.mail.ne1.yahoo.com",
                  "icloud": "st43p00im-ztfb10063401.me.com"}[p]
            stamp = jst_stamp if p in ("nifty", "ocn", "biglobe") else utc_stamp
            H.append(("Return-Path", f"<{self.mailfrom}>"))
            if p == "icloud" and self.auth != "none":
                H.append(("Authentication-Results", self.ar_value("icloud")))
                H.append(("Authentication-Results", f"dkim-verifier.icloud.com;\n\tdkim={'pass' if self.results('x')['dkim'] else 'none'} (2048-bit key) header.d={self.from_dom} header.i=@{self.from_dom} header.b={rb64(6)[:8]}"))
            H.append(("Received", f"from {helo} ({helo} [{ip}])\n\tby {mx} with ESMTPS id {rhex(16)}\n\tfor <{self.to_addr}>; {stamp(t1)}"))
            if p != "icloud" and self.auth != "none":
                H.append(("Authentication-Results", self.ar_value(p)))
        elif p == "corp":
            # on-premises Exchange relay: no Authentication-Results at all
            dom = self.to_addr.split("@")[1]
            H.append(("Received", f"from EXCH-HUB02.{dom} (10.20.4.12) by EXCH-MBX01.{dom}\n (10.20.4.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39; {rfc_date(t2.astimezone(CET))}"))
            H.append(("Received", f"from mailgw1.{dom} (10.20.1.5) by EXCH-HUB02.{dom}\n (10.20.4.12) with Microsoft SMTP Server id 15.1.2507.39 via Frontend\n Transport; {rfc_date(t1.astimezone(CET))}"))
            H.append(("Received", f"from {helo} ({helo} [{ip}])\n\tby mailgw1.{dom} (Postfix) with ESMTPS id 4Q{rhex(9).upper()}\n\tfor <{self.to_addr}>; {rfc_date(t1.astimezone(CET))}"))
            H.append(("X-Virus-Scanned", "amavisd-new at " + dom))
        else:
            raise ValueError(p)
        for k, v in top_extra:
            H.insert(0, (k, v))
        return H


def ses_env(provider, to_addr, dt, from_addr="aws-cs-trainingcertification-form@amazon.com", region=None):
    mid = ses_mid(dt, region)
    ip = rng.choice(SES_IPS)
    return Env(provider, "aws_pass", from_addr, to_addr, dt, mid=mid,
               mailfrom=mid.split("@")[0] + "@amazonses.com", ip=ip, helo=ses_host(ip))


def ses_author_headers(env, headers_extra=()):
    """DKIM + SES specific headers placed just above From."""
    dt = env.dt
    H = [("DKIM-Signature", dkim_sig(env.from_dom, DKIM_AMZ_SEL, dt=dt)),
         ("DKIM-Signature", dkim_sig("amazonses.com", DKIM_SES_SEL,
                                     "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", dt=dt))]
    H.extend(headers_extra)
    return H


def ses_trailer(env):
    ip = env.ip
    return [("Feedback-ID", f"::1.us-east-1.{rb64(33)[:43]}=:AmazonSES"),
            ("X-SES-Outgoing", env.dt.strftime("%Y.%m.%d") + f"-{ip}")]


# ----------------------------------------------------------------- assemble

ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)


def norm_ids(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def emit(slug, body, trace, author, label, new_text, crlf=False):
    """body: MIME part (text or multipart). trace: list of headers above author.
    author: list of headers (From, To, Subject, Date, Message-ID...)."""
    n = len(MAILS) + 1
    fname = f"{n:03d}-{slug}.eml"
    ct = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in trace + author:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in ct:
        if k.lower() != "mime-version":
            body[k] = v
    data = body.as_bytes()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = dict(label)
    label.setdefault("case_id", None)
    label.setdefault("account_ids", [])
    label["account_ids"] = sorted(set(label["account_ids"]))
    auto = norm_ids(new_text)
    if auto != label["account_ids"]:
        print(f"WARNING {fname}: ids in new text {auto} != label {label['account_ids']}")
    order = ["kind", "case_id", "account_ids", "sender_verified", "language"]
    MAILS.append((fname, data, {k: label[k] for k in order}))
    return fname


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, data, label in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        labels[fname] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(MAILS)} mails")


# ----------------------------------------------------------------- common text blocks

FORM_FROM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE_FROM = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"


def form_subject(case_id, re_="RE:", sub="account-assistance"):
    return f"{re_}[CASE {case_id}] [AWS Training and Certification Form Submission] - {sub}"


def console_footer(case_id, lang="en"):
    if lang == "ja":
        return (f"\n今回の対応について、AWS サポートセンターでご評価いただけますと幸いです。\n\n"
                f"本件について再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。\n\n"
                f"https://console.aws.amazon.com/support/home#/case/?displayId={case_id}&language=ja\n\n"
                f"（フェデレーションを使用して接続している場合は、リンクに従う前にログインしてください。）\n\n"
                f"※本メールは送信専用アドレスから送信されています。返信いただいてもお受けできませんので、同じ件で再度ご連絡いただく場合は上記のリンクをご利用ください。\n\n"
                f"====================================================================\n"
                f"Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。\n")
    return (f"\nWe value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
            f"You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
            f"To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={case_id}&language=en\n\n"
            f"(If you are connecting by federation, log in before following the link.)\n\n"
            f"*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            f"Please use the link above if you need to contact us again about this same issue.\n\n"
            f"====================================================================\n"
            f"Learn to work with the AWS Support Center: https://docs.aws.amazon.com/awssupport/latest/user/getting-started.html\n\n"
            f"Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")


FORM_FOOTER = ("\n--\nAWS Training and Certification Customer Support\n"
               "https://aws.amazon.com/training/  |  https://aws.amazon.com/certification/\n\n"
               "Please do not remove the case reference from the subject line when replying, so that your message reaches the right team.\n"
               "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.\n")


def aws_mail(slug, *, kind, provider, to, dt, subject, new_text, quoted="", case_id=None,
             ids=(), lang="en", from_addr=FORM_FROM, from_name=AWS_NAME, html=None,
             charset="utf-8", enc="qp", html_only=False, label_charset=None, subj_charset=None,
             footer="", crlf=False, extra_author=(), verified=True):
    """Genuine AWS (SES) mail."""
    env = ses_env(provider, to, dt, from_addr)
    plain = new_text.rstrip("\n") + "\n" + footer + (("\n" + quoted) if quoted else "")
    if html_only:
        body = text_part(html, "html", charset, enc, label_charset)
    elif html:
        body = alt(plain, html, charset, enc, label=label_charset)
    else:
        body = text_part(plain, "plain", charset, enc, label_charset)
    trace = env.headers() + ses_author_headers(env)
    subj = Header(subject, subj_charset).encode() if subj_charset else subject
    fromh = name_addr(from_name, from_addr, "utf-8" if any(ord(c) > 127 for c in from_name) else None)
    author = [("From", fromh), ("To", to), ("Subject", subj), ("Date", rfc_date(dt.astimezone(UTC))),
              ("Message-ID", f"<{env.mid}>")] + list(extra_author) + ses_trailer(env)
    return emit(slug, body, trace, author,
                dict(kind=kind, case_id=case_id, account_ids=list(ids), sender_verified=verified, language=lang),
                new_text, crlf)


def other_mail(slug, *, kind, provider, auth, to, dt, from_name, from_addr, subject, new_text,
               body, verified, case_id=None, ids=(), lang="en", mailfrom=None, ip=None, helo=None,
               dkim_d=None, mid=None, subj_charset=None, from_charset=None, extra_author=(),
               forged_ar=None, crlf=False, date_tz=UTC, extra_trace_bottom=(), reply_to=None):
    """Non-SES sender: Credly, look-alikes, spoofers, third parties."""
    mailfrom = mailfrom or from_addr
    env = Env(provider, auth, from_addr, to, dt, mid=mid, mailfrom=mailfrom, ip=ip, helo=helo, dkim_d=dkim_d)
    trace = env.headers()
    if forged_ar:
        # sender-inserted header below the provider's, must not be trusted
        trace.append(("Authentication-Results", forged_ar))
    trace.extend(extra_trace_bottom)
    if auth in ("credly_pass", "other_pass", "lookalike_pass"):
        trace.append(("DKIM-Signature", dkim_sig(dkim_d or env.from_dom, "s1", dt=dt)))
    subj = Header(subject, subj_charset).encode() if subj_charset else subject
    fromh = name_addr(from_name, from_addr, from_charset)
    author = [("From", fromh)]
    if reply_to:
        author.append(("Reply-To", reply_to))
    author += [("To", to), ("Subject", subj), ("Date", rfc_date(dt.astimezone(date_tz))),
               ("Message-ID", f"<{mid or (rhex(24) + '@' + env.from_dom)}>")] + list(extra_author)
    return emit(slug, body, trace, author,
                dict(kind=kind, case_id=case_id, account_ids=list(ids), sender_verified=verified, language=lang),
                new_text, crlf)


def credly_mail(slug, *, provider, to, dt, subject, new_text, html, kind="credly_badge_issued",
                from_name="Amazon Web Services Training and Certification via Credly",
                from_addr="admin@credly.com", ids=(), lang="en", enc="qp"):
    dom = from_addr.split("@")[1]
    ip = rng.choice(["167.89.16.22", "167.89.16.87", "149.72.153.40", "168.245.24.11"])
    helo = f"o{rng.randint(1, 9)}.ptr{rng.randint(1000, 9999)}.em.{dom}"
    mailfrom = f"bounces+{rng.randint(1000000, 9999999)}-{rhex(4)}-{to.replace('@', '=')}@em.{dom}"
    body = alt(new_text, html, "utf-8", enc)
    return other_mail(slug, kind=kind, provider=provider, auth="credly_pass", to=to, dt=dt,
                      from_name=from_name, from_addr=from_addr, subject=subject, new_text=new_text,
                      body=body, verified=True, ids=ids, lang=lang, mailfrom=mailfrom, ip=ip, helo=helo,
                      dkim_d=dom, mid=f"{rb64(16).replace('/', 'x').replace('+', 'y').rstrip('=')}@geopod-ismtpd-{rng.randint(1, 40)}",
                      extra_author=[("X-SG-EID", rb64(90)[:110]), ("X-Entity-ID", "u001." + rb64(20)[:26])])


# ======================================================================
# MAILS
# ======================================================================

# ---------------- Case C1: Daniel Okafor, form case, 2025-05 -------------
D_ADDR = "daniel.okafor.dev@gmail.com"
D_NAME = "Daniel Okafor"
C1_OPEN = datetime(2025, 5, 19, 14, 7, 33, tzinfo=UTC)
C1 = case15(C1_OPEN)
D_OLD, D_NEW = "AWS04418273", "AWS09921764"

D_REQUEST = f"""Hello,

I have two AWS Certification accounts. The old one (AWS candidate ID {D_OLD}) was created with my university e-mail when I took the Cloud Practitioner exam in 2021, the newer one ({D_NEW}) is the one I use now and where my Solutions Architect Associate sits.

Could you merge them into one please? I'd like to keep everything under my gmail address.

Thanks,
Daniel Okafor"""

# 001 case_created
t = f"""Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your request and created case {C1} for it.

A member of our support team will review your request and reply to this e-mail address, in most cases within 24 hours. To help us serve you faster, please do not submit another form for the same request; simply reply to this e-mail if you need to add information.

Summary of your submission
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: {D_NEW}
Name: Daniel Okafor
E-mail: {D_ADDR}

Kind regards,
AWS Training and Certification Customer Support
"""
html = html_wrap(paras_to_html(t))
aws_mail("form-ack-daniel", kind="case_created", provider="gmail", to=D_ADDR,
         dt=C1_OPEN + timedelta(seconds=41),
         subject=f"[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance",
         new_text=t, case_id=C1, ids=[D_NEW], html=html)

# 002 support_reply: which one to keep (names both, no direction)
dt2 = C1_OPEN + timedelta(hours=22, minutes=13)
t = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I've located both certification profiles you mentioned:

- AWS04418273 - registered with an @stud.uni-lagos.edu.ng address
- AWS09921764 - registered with {D_ADDR}

Before I can set anything up, I need to know which of the two you would like to keep as your primary (surviving) account. The other profile will be closed and its certification history moved over. Please also let me know which e-mail address you want to use to sign in going forward.

Looking forward to your reply.

Best regards,
Ifeoma
AWS Training and Certification Customer Support
"""
aws_mail("which-to-keep-daniel", kind="support_reply", provider="gmail", to=D_ADDR, dt=dt2,
         subject=form_subject(C1), new_text=t, case_id=C1, ids=[D_OLD, D_NEW], footer=FORM_FOOTER,
         quoted="-------- Original request --------\n" + D_REQUEST)

# 003 merge_confirmation_requested: indirect ("your OK is all we need")
dt3 = dt2 + timedelta(hours=19, minutes=40)
D_REPLY = f"""Hi Ifeoma,

Please keep {D_NEW} (the gmail one). The university address doesn't work anymore.

Thanks!
Daniel"""
t = f"""Hi Daniel,

Thanks for getting back to me so quickly.

Here is what we have lined up based on your answer:

  Account to be closed:   AWS 04418273 (university address, Cloud Practitioner 2021)
  Account to be kept:     AWS 09921764 ({D_ADDR})

All certifications, exam history and any unused benefits from the first profile will be carried into the second one, and you will keep signing in with your gmail address. Please bear in mind that once two profiles are combined, we are not able to split them again.

If that matches what you want, a quick reply saying so is all we need to go ahead - nothing else is required from your side.

Best regards,
Ifeoma
AWS Training and Certification Customer Support
"""
prev = t  # keep for history
q = gmail_quote(D_REPLY, dt3 - timedelta(hours=3), D_NAME, D_ADDR)
aws_mail("combined-profile-ok-daniel", kind="merge_confirmation_requested", provider="gmail", to=D_ADDR,
         dt=dt3, subject=form_subject(C1), new_text=t, case_id=C1, ids=[D_OLD, D_NEW],
         footer=FORM_FOOTER, quoted=q)
D_CONFIRM_ASK = t

# 004 support_reply: thanks for confirming, we'll now proceed
dt4 = dt3 + timedelta(hours=14, minutes=5)
t = f"""Hello Daniel,

Thank you for confirming. I have now passed your request to our certification operations team, who will merge AWS04418273 into AWS09921764 as agreed.

Once the merge is complete you will get a separate e-mail from us. Until then, please avoid scheduling any new exam on either profile.

Best regards,
Ifeoma
AWS Training and Certification Customer Support
"""
q = gmail_quote("Yes, that's correct. Please go ahead.\n\nDaniel", dt4 - timedelta(hours=9), D_NAME, D_ADDR) + "\n" + q_lines(D_CONFIRM_ASK)
aws_mail("thanks-proceeding-daniel", kind="support_reply", provider="gmail", to=D_ADDR, dt=dt4,
         subject=form_subject(C1), new_text=t, case_id=C1, ids=[D_OLD, D_NEW], footer=FORM_FOOTER, quoted=q)

# 005 merge_completed
dt5 = dt4 + timedelta(days=1, hours=3)
t = f"""Hello Daniel,

Good news: your two AWS Certification profiles have been combined. Everything that was on AWS04418273 now appears under AWS09921764, and the older profile has been deactivated.

Please sign in to your AWS Certification account with {D_ADDR} and check that all of your certifications and any exam benefits are listed. Your Credly badges will be moved to the e-mail address of the surviving account; this can take up to 72 hours.

If anything looks wrong, just reply to this e-mail.

Best regards,
Ifeoma
AWS Training and Certification Customer Support
"""
html = html_wrap(paras_to_html(t))
aws_mail("profiles-combined-daniel", kind="merge_completed", provider="gmail", to=D_ADDR, dt=dt5,
         subject=form_subject(C1), new_text=t, case_id=C1, ids=[D_OLD, D_NEW], footer=FORM_FOOTER, html=html,
         enc="b64")

# 006 survey
dt6 = dt5 + timedelta(minutes=2)
t = f"""Hello,

Your case {C1} has been resolved and closed.

Was your issue resolved?
YES: https://aws-tc-survey.amazon.com/s/resolved?case={C1}&r=yes
NO:  https://aws-tc-survey.amazon.com/s/resolved?case={C1}&r=no

How would you rate the support you received? It takes less than a minute, and your answers help us improve.

Thank you,
AWS Training and Certification Customer Support
"""
inner = (f'<p>Hello,</p><p>Your case <b>{C1}</b> has been resolved and closed.</p>'
         f'<p style="font-size:16px;font-weight:bold;">Was your issue resolved?</p>'
         f'<p><a href="https://aws-tc-survey.amazon.com/s/resolved?case={C1}&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none;border-radius:2px;">YES</a>&nbsp;&nbsp;'
         f'<a href="https://aws-tc-survey.amazon.com/s/resolved?case={C1}&amp;r=no" style="background:#545b64;color:#fff;padding:8px 18px;text-decoration:none;border-radius:2px;">NO</a></p>'
         f'<p>How would you rate the support you received? It takes less than a minute, and your answers help us improve.</p>'
         f'<p>Thank you,<br />AWS Training and Certification Customer Support</p>')
aws_mail("case-closed-rate-daniel", kind="survey", provider="gmail", to=D_ADDR, dt=dt6,
         subject=f"Your AWS Training and Certification case {C1} has been closed",
         new_text=t, case_id=C1, html=html_wrap(inner))

# 007 credly badge after merge
dt7 = dt5 + timedelta(days=2, hours=6)
t = f"""Hi Daniel,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Cloud Practitioner.

This badge was previously held by a certification profile that has since been combined with your current account, so it is now being issued to {D_ADDR}. Accept it to add it to your Credly profile and share it on LinkedIn, in your e-mail signature or on your resume.

Accept your badge: https://www.credly.com/badges/9f3c2a1e-77b0-4d0e-9a0c-3b7d5e2f1c84/accept

Issued by: Amazon Web Services Training and Certification
Badge: AWS Certified Cloud Practitioner

Questions? Visit https://support.credly.com

Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007
Unsubscribe from issuer notifications: https://www.credly.com/notification_settings
"""
html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;margin:24px 0;padding:32px">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding-top:24px;font-size:22px;color:#1b1b1b">Hi Daniel,</td></tr>
<tr><td style="padding-top:12px;font-size:15px;color:#333">Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Cloud Practitioner</b>.</td></tr>
<tr><td style="padding-top:12px;font-size:15px;color:#333">This badge was previously held by a certification profile that has since been combined with your current account, so it is now being issued to {D_ADDR}.</td></tr>
<tr><td align="center" style="padding:28px 0"><img src="https://images.credly.com/size/220x220/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="160" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td align="center"><a href="https://www.credly.com/badges/9f3c2a1e-77b0-4d0e-9a0c-3b7d5e2f1c84/accept" style="background:#ff6b00;color:#fff;padding:14px 36px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></td></tr>
<tr><td style="padding-top:32px;font-size:12px;color:#888">Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007<br><a href="https://www.credly.com/notification_settings" style="color:#888">Unsubscribe from issuer notifications</a></td></tr>
</table></td></tr></table></body></html>
"""
credly_mail("credly-badge-moved-daniel", provider="gmail", to=D_ADDR, dt=dt7,
            subject="Daniel, your AWS Certified Cloud Practitioner badge is ready to accept",
            new_text=t, html=html)

# ---------------- Case C2: Priya Raman, console case, three accounts ------
P_ADDR = "priya.raman88@outlook.com"
P_NAME = "Priya Raman"
C2_OPEN = datetime(2025, 3, 4, 16, 52, 9, tzinfo=UTC)
C2 = case15(C2_OPEN)
P_A, P_B, P_C = "AWS01187340", "AWS03365928", "AWS07712004"
C2_SUBJ = "Merge my three AWS Certification accounts"

# 008 case_created (console)
t = f"""Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.

The details of your case are as follows:

Case ID: {C2}
Subject: {C2_SUBJ}
Severity: General guidance
Correspondence: I've ended up with three separate certification accounts over the years (different employers). Candidate IDs I can find: AWS01187340, AWS03365928 and AWS07712004. Could these be merged please? I'd like to keep the most recent one.

We will respond to your case as soon as possible. You can view the status of your case at any time in the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
aws_mail("console-case-opened-priya", kind="case_created", provider="outlook", to=P_ADDR,
         dt=C2_OPEN + timedelta(seconds=12), from_addr=CONSOLE_FROM,
         subject=f"Amazon Web Services: You have opened a new Support case: {C2}",
         new_text=t, case_id=C2, ids=[P_A, P_B, P_C], enc="qp")

# 009 support_reply: "new correspondence added" notice
dt9 = C2_OPEN + timedelta(days=1, hours=2, minutes=31)
t = f"""Hello,

A new correspondence has been added to your AWS Support case {C2}: "{C2_SUBJ}".

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

(If you are connecting by federation, log in before following the link.)

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
aws_mail("new-correspondence-priya", kind="support_reply", provider="outlook", to=P_ADDR, dt=dt9,
         from_addr=CONSOLE_FROM, subject=f"[Case {C2}] New correspondence added",
         new_text=t, case_id=C2)

# 010 merge_confirmation_requested: long mail, three accounts, request hidden mid-way
dt10 = dt9 + timedelta(seconds=20)
t = f"""Hello Priya,

Thank you for contacting AWS Training and Certification, and apologies for the short delay while we looked into the history of your profiles.

I have reviewed the three candidate IDs you provided. Here is what each one currently holds:

1) AWS01187340 - created 2017, e-mail p.raman@contoso-consulting.com
   - AWS Certified Solutions Architect - Associate (expired 2020)
2) AWS03365928 - created 2020, e-mail priya.raman@fabrikam.io
   - AWS Certified Developer - Associate (active)
   - AWS Certified SysOps Administrator - Associate (active)
3) AWS07712004 - created 2023, e-mail {P_ADDR}
   - AWS Certified Solutions Architect - Professional (active)
   - one unused 50% exam discount benefit

A few things are useful to know before anything changes. Certification history, transcripts and active certifications travel with the merge, so nothing you have earned is lost. Expired certifications remain visible in the history of the surviving profile but cannot be reactivated. Unused exam benefits are moved across as long as they have not expired; benefits that expired before the merge cannot be restored. Digital badges on Credly are reissued to the e-mail address of the surviving profile, which can take a few days after the profiles have been combined.

As you asked to keep the most recent account, the plan is to fold AWS01187340 and AWS03365928 into AWS07712004, which will remain as your only profile, signed in with {P_ADDR}. The two older profiles are deactivated afterwards and the action cannot be reversed, so we want to be sure this is what you intend: please let us know in your reply to this case whether you agree with the above, and we will start on it as soon as we have your answer.

Please also be aware that your Pearson VUE and PSI testing history is linked to the candidate ID; future exams must be booked from the surviving profile. If you have an exam appointment booked on one of the older profiles, let us know as well, since appointments cannot be transferred and would need to be rescheduled.

Finally, your employer-sponsored AWS Skill Builder subscription is not affected by this change; it is tied to your AWS Builder ID rather than to the certification profile.

We appreciate your patience.

Best regards,
Rahul S.
Amazon Web Services
"""
html = html_wrap(paras_to_html(t))
aws_mail("three-profiles-long-priya", kind="merge_confirmation_requested", provider="outlook", to=P_ADDR,
         dt=dt10, from_addr=CONSOLE_FROM, subject=f"RE:[CASE {C2}] {C2_SUBJ}", new_text=t, case_id=C2,
         ids=[P_A, P_B, P_C], html=html, footer=console_footer(C2))

# 011 support_reply: generic chaser, no ids
dt11 = dt10 + timedelta(days=3, hours=1)
t = f"""Hello Priya,

I am following up on my previous message in this case, to which we have not received a response yet.

Whenever you are ready, please reply to the case through the Support Center so that we can continue. If we do not hear from you within the next 7 days, the case will be resolved automatically; you can reopen it at any time from the Support Center.

Best regards,
Rahul S.
Amazon Web Services
"""
aws_mail("follow-up-priya", kind="support_reply", provider="outlook", to=P_ADDR, dt=dt11,
         from_addr=CONSOLE_FROM, subject=f"RE:[CASE {C2}] {C2_SUBJ}", new_text=t, case_id=C2,
         html=html_wrap(paras_to_html(t)), footer=console_footer(C2), enc="b64")

# 012 merge_completed, three accounts
dt12 = dt11 + timedelta(days=2, hours=5)
t = f"""Hello Priya,

Thank you for your reply and for your patience.

I am pleased to let you know that AWS01187340 and AWS03365928 have now been merged into AWS07712004. Your Developer - Associate, SysOps Administrator - Associate and Solutions Architect - Professional certifications, together with your exam history, now show on that profile, and the unused exam benefit is still available.

The two older profiles have been deactivated. Please allow up to 72 hours for your Credly badges to be reissued to {P_ADDR}.

Best regards,
Rahul S.
Amazon Web Services
"""
aws_mail("three-merged-done-priya", kind="merge_completed", provider="outlook", to=P_ADDR, dt=dt12,
         from_addr=CONSOLE_FROM, subject=f"RE:[CASE {C2}] {C2_SUBJ}", new_text=t, case_id=C2,
         ids=[P_A, P_B, P_C], html=html_wrap(paras_to_html(t)), footer=console_footer(C2))

# ---------------- Case C3: 佐藤 健太, Japanese form case -------------------
S_ADDR = "kenta-sato@nifty.com"
S_NAME = "佐藤 健太"
C3_OPEN = datetime(2025, 6, 10, 0, 41, 57, tzinfo=UTC)   # 09:41 JST
C3 = case15(C3_OPEN)
S_OLD, S_NEW = "AWS05530917", "AWS02284461"
JA_SIGN = "\nAWS トレーニングと認定 カスタマーサポート\n"

# 013 case_created (Japanese, ISO-2022-JP)
t = f"""佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、ケース番号 {C3} を発行いたしました。

担当者が内容を確認のうえ、原則として 24 時間以内に本メールアドレス宛にご連絡いたします。
追加の情報がございましたら、新たにフォームを送信せず、本メールにご返信ください。
同じ内容で複数のお問い合わせをいただきますと、回答が遅れる場合がございます。

■お問い合わせ内容
お問い合わせの種類：AWS トレーニングと認定
カテゴリ：認定
詳細：アカウントの統合
AWS 受験者 ID：AWS02284461
お名前：佐藤 健太

※本メールは自動送信されています。
{JA_SIGN}"""
aws_mail("uketsuke-sato", kind="case_created", provider="nifty", to=S_ADDR,
         dt=C3_OPEN + timedelta(seconds=29),
         subject=f"[CASE {C3}] お問い合わせを受け付けました（AWS トレーニングと認定）",
         subj_charset="iso-2022-jp", new_text=t, case_id=C3, ids=[S_NEW], lang="ja",
         charset="iso-2022-jp", enc="7bit")

# 014 support_reply: names accounts + direction, but asks for identity
dt14 = C3_OPEN + timedelta(days=1, hours=1, minutes=12)
t = f"""佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートでございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お送りいただいた内容から、AWS05530917（旧勤務先のメールアドレスでご登録）を AWS02284461 に統合するご希望と理解しております。

大変恐れ入りますが、お客様のアカウント情報を保護するため、お手続きに先立ちご本人確認をお願いしております。
お手数ですが、以下の情報を本メールへのご返信にてお知らせいただけますでしょうか。

1. 各アカウントにご登録のお名前（ローマ字表記を含む）
2. 各アカウントにご登録のメールアドレス
3. 直近に受験された試験名と、おおよその受験日

なお、旧勤務先のメールアドレスを現在ご利用いただけない場合は、その旨も併せてお知らせください。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
担当：中村
"""
aws_mail("honnin-kakunin-sato", kind="support_reply", provider="nifty", to=S_ADDR, dt=dt14,
         subject=form_subject(C3), new_text=t, case_id=C3, ids=[S_OLD, S_NEW], lang="ja",
         charset="utf-8", enc="b64")
S_ID_ASK = t

# 015 merge_confirmation_requested (keigo, ISO-2022-JP, JP quote)
dt15 = dt14 + timedelta(hours=27, minutes=6)
S_ID_REPLY = f"""中村様

ご連絡ありがとうございます。佐藤です。

1. 佐藤 健太（SATO KENTA）※両アカウント共通
2. {S_OLD}：kenta.sato@old-corp.co.jp（現在は利用不可）
   {S_NEW}：{S_ADDR}
3. AWS Certified Solutions Architect - Associate、2024年11月頃

よろしくお願いいたします。
佐藤"""
t = f"""佐藤 健太 様

ご本人確認にご協力いただき、誠にありがとうございました。
確認が完了いたしましたので、統合の内容について最終のご確認をお願い申し上げます。

【統合元（統合後に無効化されます）】AWS05530917
【統合先（今後ご利用いただくアカウント）】AWS02284461

統合後は、統合元アカウントの認定資格、受験履歴および未使用の特典が統合先アカウントへ引き継がれます。
なお、一度統合いたしますと元に戻すことはできませんので、あらかじめご了承くださいませ。

上記の内容でお間違いがなければ、その旨を本メールにご返信いただけますでしょうか。
ご返信を確認でき次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
担当：中村
"""
q = jp_quote(S_ID_REPLY, dt15 - timedelta(hours=20), S_NAME, S_ADDR) + "\n" + q_lines(q_lines(S_ID_ASK, "> "), "> ")
aws_mail("saishu-kakunin-sato", kind="merge_confirmation_requested", provider="nifty", to=S_ADDR, dt=dt15,
         subject=form_subject(C3), new_text=t, quoted=q, case_id=C3, ids=[S_OLD, S_NEW], lang="ja",
         charset="iso-2022-jp", enc="7bit")
S_CONF_ASK = t

# 016 support_reply: thanks for confirming, proceeding (Shift_JIS label, cp932 bytes)
dt16 = dt15 + timedelta(hours=16, minutes=44)
t = f"""佐藤 健太 様

ご確認いただき、誠にありがとうございます。
いただいたご返信に基づき、AWS05530917 から AWS02284461 への統合作業を担当部署へ依頼いたしました。

作業の完了までには、通常 2～3 営業日ほどお時間をいただいております。
完了いたしましたら、改めて本メールアドレス宛にご連絡差し上げます。
それまでの間、いずれのアカウントでも新たな試験のご予約はお控えいただけますようお願いいたします。

引き続きよろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
担当：中村
"""
q = jp_quote("中村様\n\n内容に間違いありません。統合をお願いします。\n\n佐藤", dt16 - timedelta(hours=10), S_NAME, S_ADDR) + "\n" + q_lines(S_CONF_ASK, "> > ")
aws_mail("tetsuzuki-kaishi-sato", kind="support_reply", provider="nifty", to=S_ADDR, dt=dt16,
         subject=form_subject(C3), new_text=t, quoted=q, case_id=C3, ids=[S_OLD, S_NEW], lang="ja",
         charset="shift_jis", enc="b64")

# 017 merge_completed (Japanese, multipart)
dt17 = dt16 + timedelta(days=2, hours=4)
t = f"""佐藤 健太 様

大変お待たせいたしました。
AWS05530917 の AWS02284461 への統合が完了いたしましたので、ご報告申し上げます。

AWS 認定アカウント（{S_ADDR}）にサインインいただき、認定資格および受験特典が正しく表示されていることをご確認ください。
Credly のデジタルバッジは、統合先アカウントのメールアドレス宛に再発行されます。反映までに最大 72 時間ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
担当：中村
"""
aws_mail("tougou-kanryou-sato", kind="merge_completed", provider="nifty", to=S_ADDR, dt=dt17,
         subject=form_subject(C3), new_text=t, case_id=C3, ids=[S_OLD, S_NEW], lang="ja",
         html=html_wrap(paras_to_html(t), lang="ja"), charset="utf-8", enc="qp")

# ---------------- Case C4: 山本 美咲, three accounts, biglobe ---------------
Y_ADDR = "misaki-yamamoto@kfa.biglobe.ne.jp"
Y_NAME = "山本 美咲"
C4_OPEN = datetime(2025, 9, 1, 3, 18, 44, tzinfo=UTC)
C4 = case15(C4_OPEN)
Y_A, Y_B, Y_C = "AWS06612093", "AWS08847120", "AWS01935586"

# 018 support_reply: third account found, asks whether it is hers (ownership, not confirmation)
dt18 = C4_OPEN + timedelta(days=1, hours=5, minutes=2)
t = f"""山本 美咲 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。
アカウント統合のご依頼をいただき、ありがとうございます。

ご依頼いただいた AWS06612093 と AWS08847120 のほかに、同じお名前・同じ生年月日でご登録されている AWS01935586 というアカウントが見つかりました。
こちらのアカウントも、お客様ご自身が作成されたものでしょうか。

お客様のものである場合は、今回あわせて統合することも可能です。
お心当たりがない場合は、その旨をお知らせいただければ、今回の対象からは外してお手続きを進めます。

お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
木村
"""
aws_mail("daisan-account-yamamoto", kind="support_reply", provider="biglobe", to=Y_ADDR, dt=dt18,
         subject=form_subject(C4), new_text=t, case_id=C4, ids=[Y_A, Y_B, Y_C], lang="ja",
         charset="iso-2022-jp", enc="7bit")
Y_Q1 = t

# 019 merge_confirmation_requested: three accounts, Shift_JIS label with cp932-only chars
dt19 = dt18 + timedelta(days=1, hours=2, minutes=30)
Y_REPLY = """木村様

ご連絡ありがとうございます。
AWS01935586 は、たしか 2019 年に研修で作ったものだと思います。私のものですので、一緒に統合してください。
残すのは今使っている AWS08847120 でお願いします。

山本"""
t = f"""山本 美咲 様

ご返信いただき、ありがとうございます。
いただいた内容をもとに、以下のとおり統合を行う予定です。

■統合されるアカウント（統合後は無効になります）
　① AWS06612093
　② AWS01935586
■統合後も残るアカウント
　③ AWS08847120（{Y_ADDR}）

①②の認定資格・受験履歴は③へ移行され、今後は③のアカウントのみをご利用いただくことになります。
統合後に元の状態へ戻すことはできません。

問題がなければ、本メールに「承認します」とご返信ください。
内容に修正が必要な場合は、その点をお知らせいただけますと幸いです。

よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
木村
"""
d = (dt19 - timedelta(hours=6)).astimezone(JST)
q = (f"{d.strftime('%Y/%m/%d %H:%M')}, {Y_NAME} wrote:\n" + q_lines(Y_REPLY) + "\n>\n" + q_lines(Y_Q1, "> > "))
aws_mail("shounin-onegai-3acct-yamamoto", kind="merge_confirmation_requested", provider="biglobe", to=Y_ADDR,
         dt=dt19, subject=form_subject(C4), new_text=t, quoted=q, case_id=C4, ids=[Y_A, Y_B, Y_C], lang="ja",
         charset="shift_jis", label_charset="Shift_JIS", enc="b64")


# ---------------- Case C5: Lukas Brenner, console, 11-digit (2022) -------------
L_ADDR = "lukas.brenner91@gmail.com"
L_NAME = "Lukas Brenner"
C5 = "10493827716"
C5_SUBJ = "Certification account merge request"
L_OLD, L_NEW = "AWS02736651", "AWS05190384"
dt20 = datetime(2022, 10, 12, 9, 26, 3, tzinfo=UTC)

# 020 merge_confirmation_requested (non-native English agent, "kindly revert")
t = f"""Hello Lukas,

Greetings of the day!

Thank you for contacting AWS Training and Certification Support. My name is Karthik and I will be assisting you on this case.

As per the details shared by you, I could see that there are two certification accounts created under your name. Please find the details below:

Account 1: AWS02736651 - lukas.brenner@brennerit-partner.de - AWS Certified Developer - Associate (2019)
Account 2: AWS05190384 - {L_ADDR} - AWS Certified DevOps Engineer - Professional (2022)

As per our process, the account having the older certification will be considered as the primary account. Hence AWS05190384 will be merged into AWS02736651, and the login e-mail of AWS02736651 will be updated to your gmail id so that you can continue to use it.

Please note that once the accounts are merged, it cannot be reverted back.

Kindly revert back on this case with your confirmation on the above, so that we can proceed further with the merge request.

Awaiting for your response.

Best regards,
Karthik R.
Amazon Web Services
"""
aws_mail("kindly-revert-lukas", kind="merge_confirmation_requested", provider="gmail", to=L_ADDR, dt=dt20,
         from_addr=CONSOLE_FROM, subject=f"RE:[CASE {C5}] {C5_SUBJ}", new_text=t, case_id=C5,
         ids=[L_OLD, L_NEW], footer=console_footer(C5), html=html_wrap(paras_to_html(t + console_footer(C5))))

# 021 support_reply: names accounts + direction, purely informative
dt21 = dt20 + timedelta(days=1, hours=7, minutes=48)
t = f"""Hello Lukas,

Thank you for the confirmation.

This is to inform you that your request has been taken up by our internal team. AWS05190384 is being merged into AWS02736651 and the sign-in e-mail will be changed to {L_ADDR}, as discussed.

Usually this activity takes 3 to 5 business days. No further action is required from your end at this moment; I will update you on this case once I hear back from the team.

Best regards,
Karthik R.
Amazon Web Services
"""
aws_mail("taken-up-by-team-lukas", kind="support_reply", provider="gmail", to=L_ADDR, dt=dt21,
         from_addr=CONSOLE_FROM, subject=f"RE:[CASE {C5}] {C5_SUBJ}", new_text=t, case_id=C5,
         ids=[L_OLD, L_NEW], footer=console_footer(C5), enc="b64")

# ---------------- Case C6: Marta Kowalczyk, on-prem Exchange (no AR), 10-digit 2019 ----
M_ADDR = "m.kowalczyk@nordvale-logistics.pl"
M_NAME = "Kowalczyk, Marta"
C6 = "6174209381"
M_A, M_B = "AWS00718842", "AWS00956231"
dt22 = datetime(2019, 11, 14, 17, 2, 40, tzinfo=UTC)
M_REQ = f"""Hello,

I passed the AWS Certified Solutions Architect - Associate in 2018 and the SysOps Administrator - Associate this year, but they are on two different certification accounts (aws00718842 and aws00956231). I would like to have them in one account if that is possible.

Kind regards
Marta Kowalczyk
Cloud Infrastructure Lead | Nordvale Logistics Sp. z o.o.
ul. Grunwaldzka 184, 80-266 Gdansk"""

# 022 support_reply: asks for the login e-mail of each account (no direction)
t = """Dear Marta,

Thank you for contacting AWS Training and Certification.

We would be happy to help you combine your certification accounts. In order to locate both records, could you please send us the e-mail address you use to sign in to each of the two accounts, AWS00718842 and AWS00956231? If you no longer know the address of one of them, the name and the city you used when you registered will also help.

Thank you,
Tomasz
AWS Training and Certification Support
"""
aws_mail("login-emails-marta", kind="support_reply", provider="corp", to=M_ADDR, dt=dt22,
         subject=form_subject(C6, "RE: ", "certification"), new_text=t, case_id=C6, ids=[M_A, M_B],
         quoted=original_message(M_REQ, dt22 - timedelta(days=1, hours=3), "Marta Kowalczyk", M_ADDR,
                                 "aws-cs-trainingcertification-form@amazon.com", "Certification - Account Merge"),
         verified=None)

# 023 merge_confirmation_requested: cp1252 curly quotes, labelled iso-8859-1, no AR
dt23 = dt22 + timedelta(days=2, hours=1, minutes=9)
M_REPLY = """Hello Tomasz,

The first account is marta.kowalczyk@techpol-it.pl (my previous employer, I cannot receive mail there any more). The second one is this address.

Best regards
Marta"""
t = """Dear Marta,

Thank you for the information – I was able to find both records.

We will move the Solutions Architect – Associate certification from AWS00718842 (techpol-it.pl) to AWS00956231, which you sign in to with this address. AWS00718842 will be deactivated afterwards. Please note that this cannot be undone once it is done.

Could you reply with “Yes, please merge” so we have your consent on file? As soon as we receive it we’ll get it done.

Thank you,
Tomasz
AWS Training and Certification Support
"""
q = original_message(M_REPLY, dt23 - timedelta(hours=30), "Marta Kowalczyk", M_ADDR,
                     "aws-cs-trainingcertification-form@amazon.com", form_subject(C6, "RE: ", "certification"))
aws_mail("yes-please-merge-marta", kind="merge_confirmation_requested", provider="corp", to=M_ADDR, dt=dt23,
         subject=form_subject(C6, "RE: ", "certification"), new_text=t, case_id=C6, ids=[M_A, M_B],
         quoted=q, charset="iso-8859-1", label_charset="iso-8859-1", enc="qp", verified=None, crlf=True)

# ---------------- Case C7: Ahmed Al-Sayed, form, 2025-07 ------------------
A_ADDR = "ahmed.alsayed.cloud@gmail.com"
A_NAME = "Ahmed Al-Sayed"
C7_OPEN = datetime(2025, 7, 8, 6, 15, 21, tzinfo=UTC)
C7 = case15(C7_OPEN)
A_OLD, A_NEW = "AWS03049917", "AWS06658203"

# 024 support_reply: names accounts + direction but asks for identity details
dt24 = C7_OPEN + timedelta(days=2, hours=3, minutes=17)
t = f"""Hello Ahmed,

Thank you for contacting AWS Training and Certification, and sorry for the wait - we have had a high volume of requests this week.

I understand you would like AWS-03049917 to be merged into AWS-06658203 so that everything sits under your gmail address.

The older profile was registered with an e-mail address at a domain that no longer accepts mail, so we cannot send a verification message there. To make sure we are acting on behalf of the owner of both profiles, please reply with:

- your full name exactly as it appears on the ID you presented at the test centre;
- the country and city you entered on the older profile;
- the approximate date and test centre (or online proctoring) of your most recent exam on AWS-03049917.

As soon as we have matched these details we will come back to you with the next steps.

Kind regards,
Mariam
AWS Training and Certification Customer Support
"""
aws_mail("identity-details-ahmed", kind="support_reply", provider="gmail", to=A_ADDR, dt=dt24,
         subject=form_subject(C7), new_text=t, case_id=C7, ids=[A_OLD, A_NEW], footer=FORM_FOOTER,
         html=html_wrap(paras_to_html(t)))
A_ID_ASK = t

# 025 merge_confirmation_requested: very long mail, the ask is one indirect sentence
dt25 = dt24 + timedelta(days=1, hours=20, minutes=3)
A_ID_REPLY = """Hi Mariam,

Full name: Ahmed Khaled Al-Sayed
Older profile: Dubai, United Arab Emirates
Last exam on the old profile: around March 2022 at a Pearson VUE centre in Dubai Knowledge Park (SAA-C02).

Thanks,
Ahmed"""
t = f"""Hello Ahmed,

Thank you very much for the details, they match our records for both profiles. Before we go any further, I would like to walk you through what will happen, since a few points are not obvious and we regularly get questions about them afterwards.

1. Which profile stays
The profile that remains is AWS06658203, the one you sign in to with {A_ADDR}. The other profile, AWS03049917, is closed at the end of the process and can no longer be used to sign in or to book exams.

2. Certifications and history
Your AWS Certified Solutions Architect - Associate (SAA-C02, 2022) and the full exam history of AWS03049917 are copied to AWS06658203. Certification dates and validation numbers do not change, so certificates you have already shared remain valid.

3. Benefits
Unused exam benefits, such as the 50% discount voucher, are carried over together with their original expiry dates. Practice exam benefits that were already redeemed are not restored.

4. Your go-ahead
Because the closing of AWS03049917 is permanent and we cannot separate the records again later, we only act once the account holder has agreed in writing. If everything in points 1 to 3 reflects what you had in mind, a one-line reply to this e-mail is enough and we will take it from there.

5. Credly badges
Badges are reissued by Credly to the e-mail address of the surviving profile. This usually happens within three days of the change; you will receive an e-mail from Credly for each badge, which you then need to accept. If you had already accepted badges on a different Credly account, you can merge the two Credly accounts yourself from your Credly settings.

6. Exam appointments
We could not find any open appointment on either profile. Please do not schedule a new exam until you hear from us again, as appointments booked during the process can be lost.

7. Timing
Once we start, the change normally takes one to three business days. We will write to you on this case as soon as it is done.

If you have any questions about the points above, just include them in your reply.

Kind regards,
Mariam
AWS Training and Certification Customer Support
"""
q = gmail_quote(A_ID_REPLY, dt25 - timedelta(hours=26), A_NAME, A_ADDR)
aws_mail("what-happens-next-long-ahmed", kind="merge_confirmation_requested", provider="gmail", to=A_ADDR,
         dt=dt25, subject=form_subject(C7), new_text=t, case_id=C7, ids=[A_OLD, A_NEW], footer=FORM_FOOTER,
         quoted=q, html=html_wrap(paras_to_html(t)), enc="qp")

# ---------------- Case C8: 田中 浩二, console JP, 11-digit (2023) ----------
T_ADDR = "koji.tanaka@river.ocn.ne.jp"
T_NAME = "田中 浩二"
C8 = "12857730419"
C8_SUBJ = "認定アカウントの統合について"
T_A, T_B = "AWS04471129", "AWS08803356"
dt26 = datetime(2023, 2, 7, 2, 33, 10, tzinfo=UTC)

# 026 support_reply: which to keep (Japanese)
t = f"""田中 浩二 様

お世話になっております。Amazon Web Services の高橋でございます。
AWS 認定アカウントの統合についてお問い合わせいただき、ありがとうございます。

お客様のお名前で、以下の 2 つの認定アカウントを確認いたしました。

・AWS04471129（登録メールアドレス：k-tanaka@example-sier.co.jp）
・AWS08803356（登録メールアドレス：{T_ADDR}）

統合にあたり、どちらのアカウントを今後もご利用になる（存続させる）かをお知らせいただけますでしょうか。
存続しない方のアカウントの認定資格は、存続するアカウントへ移行されます。

お手数ですが、サポートセンターのケース画面よりご返信くださいますようお願いいたします。

高橋
Amazon Web Services
"""
aws_mail("dochira-nokosu-tanaka", kind="support_reply", provider="ocn", to=T_ADDR, dt=dt26,
         from_addr=CONSOLE_FROM, subject=f"RE:[CASE {C8}] {C8_SUBJ}", subj_charset="utf-8",
         new_text=t, case_id=C8, ids=[T_A, T_B], lang="ja", footer=console_footer(C8, "ja"),
         charset="utf-8", enc="b64")

# 027 merge_confirmation_requested: indirect (ご承認をいただけ次第…)
dt27 = dt26 + timedelta(days=1, hours=4, minutes=51)
t = f"""田中 浩二 様

お世話になっております。Amazon Web Services の高橋でございます。
ご返信いただき、ありがとうございます。

ご指定に従い、AWS04471129 に登録されている認定資格（AWS Certified Cloud Practitioner、AWS Certified Solutions Architect - Associate）および受験履歴を AWS08803356 へ移行し、AWS04471129 は閉鎖する形で統合を進める予定でございます。
統合後は {T_ADDR} でサインインいただくことになり、統合前の状態に戻すことはできかねます。

お客様のご承認をいただけ次第、上記の作業に着手いたします。サポートセンターのケース画面より、ご返信をお待ちしております。

高橋
Amazon Web Services
"""
aws_mail("goshounin-shidai-tanaka", kind="merge_confirmation_requested", provider="ocn", to=T_ADDR, dt=dt27,
         from_addr=CONSOLE_FROM, subject=f"RE:[CASE {C8}] {C8_SUBJ}", subj_charset="utf-8",
         new_text=t, case_id=C8, ids=[T_A, T_B], lang="ja", footer=console_footer(C8, "ja"),
         charset="utf-8", enc="b64", html=html_wrap(paras_to_html(t + console_footer(C8, "ja")), lang="ja"))

# 028 survey (Japanese closure, no merge statement)
dt28 = dt27 + timedelta(days=4, hours=2)
t = f"""田中 浩二 様

Amazon Web Services をご利用いただき、ありがとうございます。

ケース {C8}「{C8_SUBJ}」は解決済みとしてクローズされました。

今回のサポートについて、ご意見をお聞かせください。以下のリンクから、1 分程度で回答いただけるアンケートにご協力をお願いいたします。

問題は解決しましたか？
はい：https://console.aws.amazon.com/support/feedback?displayId={C8}&resolved=yes&language=ja
いいえ：https://console.aws.amazon.com/support/feedback?displayId={C8}&resolved=no&language=ja

ケースを再開する必要がある場合は、AWS サポートセンターからケースを開いて返信してください。

Amazon Web Services
"""
aws_mail("kaiketsu-anketo-tanaka", kind="survey", provider="ocn", to=T_ADDR, dt=dt28,
         from_addr=CONSOLE_FROM, subject=f"Amazon Web Services: ケース {C8} は解決済みになりました",
         subj_charset="iso-2022-jp", new_text=t, case_id=C8, lang="ja", charset="iso-2022-jp", enc="7bit")

# ---------------- Case C9: Sofia Hernandez, yahoo, form 2025-08 ------------
F_ADDR = "sofia.hdz.cloud@yahoo.com"
F_NAME = "Sofía Hernández"
C9_OPEN = datetime(2025, 8, 18, 21, 4, 50, tzinfo=UTC)
C9 = case15(C9_OPEN)
F_OLD, F_NEW = "AWS07390215", "AWS02048876"

# 029 support_reply: "please confirm" about the NAME spelling, not the merge
dt29 = C9_OPEN + timedelta(days=1, hours=14)
t = f"""Hi Sofía,

Thank you for contacting AWS Training and Certification.

I'm working on your request to bring AWS07390215 and AWS02048876 together. One thing I noticed while reviewing the two profiles: the legal name is not spelled the same way.

  AWS07390215: Sofia Hernandez
  AWS02048876: Sofía Hernández Ruiz

Your certificates and Credly badges will show the name from the profile we keep, so please confirm which spelling you would like us to use. It has to match the ID you present at the test centre.

Thanks,
Diego
AWS Training and Certification Customer Support
"""
aws_mail("name-spelling-sofia", kind="support_reply", provider="yahoo", to=F_ADDR, dt=dt29,
         subject=form_subject(C9), new_text=t, case_id=C9, ids=[F_OLD, F_NEW], footer=FORM_FOOTER,
         html=html_wrap(paras_to_html(t)))
F_NAME_ASK = t

# 030 merge_confirmation_requested, plus a side question about Credly
dt30 = dt29 + timedelta(days=1, hours=1, minutes=25)
F_NAME_REPLY = """Hola Diego,

Please use "Sofía Hernández Ruiz", that is what is on my passport.

Gracias,
Sofía"""
t = f"""Hi Sofía,

Thanks, noted: "Sofía Hernández Ruiz" it is.

So the plan is as follows: AWS07390215 will be merged into AWS02048876. AWS02048876 stays active under {F_ADDR} with the name above, and AWS07390215 will be closed. This is permanent, so please reply to confirm that you want us to go ahead with the merge as described.

In the same reply, could you also tell me whether you have two Credly accounts? If so, we can ask Credly to move the older badges for you, otherwise they will simply be reissued to your yahoo address.

Thanks,
Diego
AWS Training and Certification Customer Support
"""
q = ("\n\nOn Tuesday, August 19, 2025 at 09:18:33 PM GMT-6, " + F_NAME + " <" + F_ADDR + "> wrote:\n\n"
     + q_lines(F_NAME_REPLY) + "\n")
aws_mail("confirm-plus-credly-q-sofia", kind="merge_confirmation_requested", provider="yahoo", to=F_ADDR,
         dt=dt30, subject=form_subject(C9), new_text=t, case_id=C9, ids=[F_OLD, F_NEW], footer=FORM_FOOTER,
         quoted=q)

# 031 credly badge issued to surviving address
dt31 = dt30 + timedelta(days=4, hours=9)
t = """Sofía, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Your certification records were recently consolidated, so this badge has been issued to the e-mail address of your current certification account. Claim it now to showcase your skills.

Accept badge: https://www.credly.com/earner/earned/badge/5e1d0a27-8c44-4f0b-a6a8-1f0c39de22a1

Once accepted, you can share your badge on LinkedIn, Twitter, Facebook or in your e-mail signature.

You are receiving this e-mail because a badge was issued to you on Credly.
Credly, Inc., 1 World Trade Center, 85th Floor, New York, NY 10007
"""
html = f"""<html><body style="margin:0;background:#eef0f2;font-family:Arial,sans-serif">
<div style="max-width:560px;margin:24px auto;background:#ffffff;padding:32px;border-radius:6px">
<p style="font-size:24px;color:#161616;margin:0 0 16px">Sofía, you've earned a badge!</p>
<p style="font-size:15px;color:#444">Amazon Web Services Training and Certification has issued you the following badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt=""></p>
<p style="text-align:center;font-size:17px;font-weight:bold">AWS Certified Solutions Architect - Associate</p>
<p style="font-size:14px;color:#444">Your certification records were recently consolidated, so this badge has been issued to the e-mail address of your current certification account.</p>
<p style="text-align:center;padding:16px 0"><a href="https://www.credly.com/earner/earned/badge/5e1d0a27-8c44-4f0b-a6a8-1f0c39de22a1" style="background:#2e2e8f;color:#fff;padding:12px 32px;text-decoration:none;border-radius:3px">Accept badge</a></p>
<p style="font-size:11px;color:#999">You are receiving this e-mail because a badge was issued to you on Credly.<br>Credly, Inc., 1 World Trade Center, 85th Floor, New York, NY 10007</p>
</div></body></html>
"""
credly_mail("credly-earned-sofia", provider="yahoo", to=F_ADDR, dt=dt31,
            subject="Sofía, you've earned a badge from Amazon Web Services Training and Certification!",
            new_text=t, html=html, enc="b64")

# ---------------- Case C10: Chen Wei, iCloud, console->form, three accounts ------
W_ADDR = "chenwei.arch@icloud.com"
W_NAME = "Chen Wei"
C10_OPEN = datetime(2025, 10, 13, 1, 55, 2, tzinfo=UTC)
C10 = case15(C10_OPEN)
W_A, W_B, W_C = "AWS05127738", "AWS09064411", "AWS03380952"

# 032 merge_confirmation_requested: HTML-only template, three accounts
dt32 = C10_OPEN + timedelta(hours=23, minutes=8)
t_plain = f"""Hello Chen Wei,

Thank you for your patience. We have reviewed your request and prepared the following account consolidation.

Accounts that will be merged and closed: AWS05127738, AWS03380952
Account that will remain: AWS09064411 ({W_ADDR})

Please review these details carefully. This operation is permanent.

To approve, reply to this e-mail with "Approved". If any detail is wrong, reply with the correction instead and we will update the plan.

Regards,
Wen
AWS Training and Certification Customer Support
"""
inner = f"""<p>Hello Chen Wei,</p>
<p>Thank you for your patience. We have reviewed your request and prepared the following account consolidation.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;">
<tr style="background:#f2f3f3;"><th align="left">Candidate ID</th><th align="left">Sign-in e-mail</th><th align="left">After the change</th></tr>
<tr><td>AWS05127738</td><td>w.chen@hkpu-alumni.edu.hk</td><td style="color:#d13212;">Merged, then closed</td></tr>
<tr><td>AWS03380952</td><td>chen.wei@ex-employer.cn</td><td style="color:#d13212;">Merged, then closed</td></tr>
<tr><td><b>AWS09064411</b></td><td>{W_ADDR}</td><td style="color:#1d8102;"><b>Remains (primary)</b></td></tr>
</table>
<p>Please review these details carefully. This operation is permanent.</p>
<p style="padding:10px;background:#fff7e6;border-left:4px solid #ff9900;">To approve, reply to this e-mail with <b>&quot;Approved&quot;</b>. If any detail is wrong, reply with the correction instead and we will update the plan.</p>
<p>Regards,<br />Wen<br />AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078;">[CASE {C10}] Please keep the case reference in the subject when you reply.</p>"""
aws_mail("approve-3acct-htmlonly-chen", kind="merge_confirmation_requested", provider="icloud", to=W_ADDR,
         dt=dt32, subject=form_subject(C10), new_text=t_plain, case_id=C10, ids=[W_A, W_B, W_C],
         html=html_wrap(inner), html_only=True, enc="qp")

# 033 support_reply: in progress, names accounts and direction
dt33 = dt32 + timedelta(days=1, hours=6, minutes=12)
t = f"""Hello Chen Wei,

Thank you for your approval. Just a short update: the consolidation of AWS05127738 and AWS03380952 into AWS09064411 is now with our certification records team and is in progress. There is nothing you need to do at this point.

Please do not sign in to the two older accounts or try to book an exam on them in the meantime. I will write again on this case as soon as the team has finished.

Regards,
Wen
AWS Training and Certification Customer Support
"""
q = (f"\n\nOn {(dt33 - timedelta(hours=15)).astimezone(timezone(timedelta(hours=8))).strftime('%-d %b %Y, at %H:%M')}, Chen Wei <{W_ADDR}> wrote:\n\n"
     + q_lines("Approved.\n\nSent from my iPhone") + "\n")
aws_mail("in-progress-update-chen", kind="support_reply", provider="icloud", to=W_ADDR, dt=dt33,
         subject=form_subject(C10), new_text=t, case_id=C10, ids=[W_A, W_B, W_C], quoted=q,
         footer=FORM_FOOTER, enc="b64")

# 034 merge_completed, combined with closure + rating invitation
dt34 = dt33 + timedelta(days=2, hours=1)
t = f"""Hello Chen Wei,

I'm happy to confirm that AWS05127738 and AWS03380952 have been merged into AWS09064411. All four of your certifications and your exam history are now listed on that account, and the two older accounts have been closed.

As your request has been fulfilled, I am resolving this case. If you have a minute, please let us know how we did by answering a two-question survey: https://aws-tc-survey.amazon.com/s/resolved?case={C10}

Regards,
Wen
AWS Training and Certification Customer Support
"""
aws_mail("merged-and-resolved-chen", kind="merge_completed", provider="icloud", to=W_ADDR, dt=dt34,
         subject=form_subject(C10), new_text=t, case_id=C10, ids=[W_A, W_B, W_C], footer=FORM_FOOTER,
         html=html_wrap(paras_to_html(t)))

# ---------------- Phishing and look-alikes -------------------------------

# 035 merge_confirmation_requested, look-alike domain, passes its own DMARC -> not verified
J_ADDR = "jordan.mills.sre@gmail.com"
dt35 = datetime(2025, 6, 23, 13, 40, 12, tzinfo=UTC)
PH_CASE1 = f"{int((dt35 - timedelta(hours=5)).timestamp())}{rng.randint(0, 99999):05d}"
t = f"""Dear Candidate,

We received a request to merge your AWS Certification accounts.

  Source account: AWS08124930
  Destination account: AWS04460718

To protect your certifications, the merge will only be processed after you confirm it. Please confirm the merge within 24 hours using the secure link below, otherwise the request will be cancelled and both accounts may be temporarily locked.

Confirm merge: https://aws-certification-merge.com/confirm?case={PH_CASE1}&token=8f1a2c77e0

Case reference: {PH_CASE1}

Thank you,
AWS Training & Certification Team
"""
html = f"""<html><body style="font-family:Arial;font-size:14px">
<img src="https://aws-certification-merge.com/img/aws_logo.png" width="90"><br><br>
<p>Dear Candidate,</p><p>We received a request to merge your AWS Certification accounts.</p>
<p>Source account: <b>AWS08124930</b><br>Destination account: <b>AWS04460718</b></p>
<p>To protect your certifications, the merge will only be processed after you confirm it. Please confirm the merge within <b>24 hours</b> using the secure link below, otherwise the request will be cancelled and both accounts may be temporarily locked.</p>
<p><a href="https://aws-certification-merge.com/confirm?case={PH_CASE1}&amp;token=8f1a2c77e0" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Confirm merge</a></p>
<p>Case reference: {PH_CASE1}</p><p>Thank you,<br>AWS Training &amp; Certification Team</p></body></html>"""
other_mail("phish-confirm-lookalike", kind="merge_confirmation_requested", provider="gmail", auth="lookalike_pass",
           to=J_ADDR, dt=dt35, from_name="AWS Training & Certification", from_addr="support@aws-certification-merge.com",
           subject=f"Action required: confirm your certification account merge [CASE {PH_CASE1}]",
           new_text=t, body=alt(t, html, "utf-8", "qp"), verified=False, case_id=PH_CASE1,
           ids=["AWS08124930", "AWS04460718"], mailfrom="bounce@mail.aws-certification-merge.com",
           ip="185.231.154.77", helo="mail.aws-certification-merge.com", dkim_d="aws-certification-merge.com")

# 036 merge_confirmation_requested, spoofed amazon.com, top AR dmarc=fail, forged lower AR says pass
N_ADDR = "nina.petrova.dev@outlook.com"
dt36 = datetime(2025, 8, 2, 7, 11, 45, tzinfo=UTC)
PH_CASE2 = f"{int((dt36 - timedelta(days=1, hours=3)).timestamp())}{rng.randint(0, 99999):05d}"
t = f"""Hello,

Thank you for contacting AWS Training and Certification.

We have reviewed your request and will merge the following certification accounts:

AWS02290417 -> AWS06671185

Please note a merge cannot be undone. Kindly confirm the above by signing in to the AWS Certification portal through the link below and clicking "Approve merge":

https://aws-certmetrics-portal.support-case-review.com/signin?ref={PH_CASE2}

Best regards,
Amazon Web Services
"""
forged = ("mx.amazon.com;\n\tdkim=pass header.d=amazon.com header.s=amazon201209;\n"
          "\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com")
other_mail("phish-confirm-spoofed-dmarcfail", kind="merge_confirmation_requested", provider="outlook", auth="spoof_fail",
           to=N_ADDR, dt=dt36, from_name="Amazon Web Services", from_addr="aws-cs-trainingcertification-form@amazon.com",
           subject=f"RE:[CASE {PH_CASE2}] [AWS Training and Certification Form Submission] - account-assistance",
           new_text=t, body=text_part(t, "plain", "utf-8", "8bit"), verified=False, case_id=PH_CASE2,
           ids=["AWS02290417", "AWS06671185"], mailfrom="support@amazon.com", ip="45.146.164.23",
           helo="vps-2231.hostkey-srv.net", forged_ar=forged,
           mid=f"{rhex(8)}.{rhex(6)}@vps-2231.hostkey-srv.net")

# 037 support_reply (phishing in Japanese): names accounts + direction, asks for identity via link
I_ADDR = "ishikawa-h@nifty.com"
dt37 = datetime(2025, 7, 15, 23, 2, 9, tzinfo=UTC)
PH_CASE3 = f"{int((dt37 - timedelta(days=2)).timestamp())}{rng.randint(0, 99999):05d}"
t = f"""石川 様

AWS トレーニングと認定 サポートセンターです。

お客様からご依頼いただいた AWS 認定アカウント AWS07718243 を AWS03306652 に統合する手続きについて、本人確認が完了しておりません。

お手続きを進めるため、48 時間以内に下記のリンクからサインインし、本人確認書類（運転免許証またはパスポート）の画像とクレジットカード情報をご登録ください。
期限内にご対応いただけない場合、両方のアカウントが一時的に停止されます。

本人確認はこちら：https://aws-training-jp.com/verify/{PH_CASE3}

ケース番号：{PH_CASE3}

AWS トレーニングと認定 サポートセンター
"""
other_mail("phish-honnin-kakunin-ja", kind="support_reply", provider="nifty", auth="lookalike_pass",
           to=I_ADDR, dt=dt37, from_name="AWS トレーニングと認定", from_charset="utf-8",
           from_addr="support@aws-training-jp.com",
           subject=f"【重要】アカウント統合のご本人確認のお願い（ケース番号：{PH_CASE3}）", subj_charset="utf-8",
           new_text=t, body=text_part(t, "plain", "utf-8", "b64"), verified=False, case_id=PH_CASE3,
           ids=["AWS07718243", "AWS03306652"], lang="ja", mailfrom="info@aws-training-jp.com",
           ip="103.151.172.40", helo="mail.aws-training-jp.com", dkim_d="aws-training-jp.com", date_tz=JST)

# 038 unrelated phishing: "account suspended", not about the merge
dt38 = datetime(2025, 9, 9, 4, 27, 0, tzinfo=UTC)
t = """Dear AWS customer,

We were unable to validate the payment method associated with your AWS account. As a result, your account and all running resources will be suspended within 24 hours.

To avoid service interruption, update your billing information now:
https://aws-billing-verify.console-signin.info/update

Amazon Web Services Billing
"""
other_mail("phish-billing-suspended", kind="unrelated", provider="gmail", auth="spoof_fail", to=D_ADDR, dt=dt38,
           from_name="AWS Billing", from_addr="aws-billing@amazon.com",
           subject="Urgent: Your AWS account will be suspended", new_text=t,
           body=text_part(t, "plain", "us-ascii", "7bit"), verified=False,
           mailfrom="aws-billing@amazon.com", ip="194.87.31.214", helo="mx1.fast-relay.ru",
           mid=f"{rhex(12)}@fast-relay.ru")

# ---------------- More confirmation variants ---------------------------

# 039 merge_confirmation_requested: re-confirmation, direction reversed from the form
H_ADDR = "hannah.fischer.cloud@gmail.com"
H_NAME = "Hannah Fischer"
C11_OPEN = datetime(2025, 4, 3, 8, 30, 55, tzinfo=UTC)
C11 = case15(C11_OPEN)
H_A, H_B = "AWS03318840", "AWS09957126"
H_FIRST_ASK = f"""Hello Hannah,

As requested in your form, we will merge AWS09957126 into AWS03318840; AWS03318840 will remain.
Please reply to confirm.

Kind regards,
Olivia
AWS Training and Certification Customer Support"""
H_REPLY = """Hi Olivia,

Wait, sorry - I think I mixed them up on the form. I want to keep the account with my gmail address, that's the newer one. The other one uses my old work e-mail which I can't access.

Hannah"""
dt39 = C11_OPEN + timedelta(days=2, hours=6)
t = f"""Hello Hannah,

No problem at all, thank you for catching that before we made any changes.

I've checked again: your gmail address is registered on AWS09957126, and the old work address on AWS03318840. So the corrected plan is the reverse of what I wrote before:

  AWS03318840  ->  will be merged and closed
  AWS09957126  ->  will remain as your account

Since this differs from your original submission, I'd like you to confirm this corrected version explicitly before I pass it on. A short reply such as "Correct, please proceed" is fine.

Kind regards,
Olivia
AWS Training and Certification Customer Support
"""
q = gmail_quote(H_REPLY + "\n\n" + gmail_quote(H_FIRST_ASK, dt39 - timedelta(days=1, hours=2), "Amazon Web Services", FORM_FROM),
                dt39 - timedelta(hours=20), H_NAME, H_ADDR)
aws_mail("reconfirm-reversed-hannah", kind="merge_confirmation_requested", provider="gmail", to=H_ADDR, dt=dt39,
         subject=form_subject(C11), new_text=t, quoted=q, case_id=C11, ids=[H_A, H_B], footer=FORM_FOOTER,
         html=html_wrap(paras_to_html(t)))

# 040 merge_confirmation_requested: chaser that restates the merge and asks for the go-ahead
R_ADDR = "marco.rossi.it@hotmail.com"
C12 = "11820466157"
R_A, R_B = "AWS06025583", "AWS01479920"
dt40 = datetime(2021, 9, 27, 15, 5, 30, tzinfo=UTC)
t = """Hi Marco,

Just checking in - we're still waiting for your go-ahead before we merge AWS06025583 into AWS01479920 (AWS01479920 would be the account you keep, AWS06025583 would be closed).

If that's still what you want, just reply "yes" to this e-mail. If we don't hear from you within 5 business days we will close this case, and you can reopen it by replying at any time.

Cheers,
Liam
AWS Training and Certification Customer Support
"""
aws_mail("still-waiting-go-ahead-marco", kind="merge_confirmation_requested", provider="outlook", to=R_ADDR, dt=dt40,
         subject=form_subject(C12, "RE: "), new_text=t, case_id=C12, ids=[R_A, R_B], footer=FORM_FOOTER,
         enc="qp")

# 041 support_reply: generic Japanese chaser, no accounts
dt41 = dt19 + timedelta(days=4, hours=1)
t = """山本 美咲 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。

先日お送りしたメールにつきまして、現時点でご返信を確認できておりませんため、念のためご連絡いたしました。
お手すきの際に、先日のメールをご確認のうえご返信いただけますと幸いです。

なお、本メールから 7 日以内にご返信がない場合は、いったん本ケースをクローズさせていただきます。
クローズ後も、本メールにご返信いただければ再開いたします。

何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
木村
"""
aws_mail("saisoku-yamamoto", kind="support_reply", provider="biglobe", to=Y_ADDR, dt=dt41,
         subject=form_subject(C4), new_text=t, case_id=C4, lang="ja", charset="iso-2022-jp", enc="7bit")

# 042 merge_confirmation_requested: "once the merge is complete" future tense, ask at the end
B_ADDR = "aisha.bello.tech@gmail.com"
C13_OPEN = datetime(2025, 11, 4, 19, 22, 7, tzinfo=UTC)
C13 = case15(C13_OPEN)
B_A, B_B = "AWS04983317", "AWS07265590"
dt42 = C13_OPEN + timedelta(days=1, hours=2, minutes=40)
t = f"""Hi Aisha,

Thanks for contacting AWS Training and Certification.

I can see both profiles, AWS04983317 and AWS07265590. As you asked, AWS07265590 will be the one you keep and AWS04983317 will be merged into it.

Once the merge is complete, you will receive an e-mail from us, your AWS Certified AI Practitioner will appear on AWS07265590 next to your other certifications, and Credly will reissue the badge to {B_ADDR}. Once the merge is complete you also won't be able to sign in to AWS04983317 any more, so please download any certificates you need from it beforehand.

If you're happy with this, please reply "Confirmed" and I'll get it started.

Best,
Kwame
AWS Training and Certification Customer Support
"""
aws_mail("once-complete-reply-confirmed-aisha", kind="merge_confirmation_requested", provider="gmail", to=B_ADDR,
         dt=dt42, subject=form_subject(C13), new_text=t, case_id=C13, ids=[B_A, B_B], footer=FORM_FOOTER,
         html=html_wrap(paras_to_html(t)), enc="b64")

# 043 merge_confirmation_requested: Japanese, yes/no form
K_ADDR = "yoko.suzuki.aws@gmail.com"
K_NAME = "鈴木 陽子"
C14_OPEN = datetime(2025, 4, 21, 12, 9, 40, tzinfo=UTC)
C14 = case15(C14_OPEN)
K_A, K_B = "AWS02671048", "AWS05593327"
K_REQ = f"""お世話になります。鈴木と申します。

以前の会社で作成した認定アカウント（aws02671048）と、現在のアカウント（aws05593327）を一つにまとめたいです。
残したいのは現在のアカウントです。

よろしくお願いいたします。
鈴木 陽子"""
dt43 = C14_OPEN + timedelta(days=1, hours=0, minutes=35)
t = f"""鈴木 陽子 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の小林でございます。

アカウントの統合について、以下の内容でよろしいでしょうか。

統合元：AWS 02671048（統合後に閉鎖）
統合先：AWS 05593327（今後ご利用いただくアカウント）

よろしければ「はい」と、修正が必要な場合は「いいえ」と正しい内容を、本メールにご返信ください。
なお、統合後に元に戻すことはできかねますので、ご注意ください。

どうぞよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
小林
"""
q = jp_quote(K_REQ, C14_OPEN + timedelta(minutes=-2), K_NAME, K_ADDR)
aws_mail("hai-iie-suzuki", kind="merge_confirmation_requested", provider="gmail", to=K_ADDR, dt=dt43,
         subject=form_subject(C14), new_text=t, quoted=q, case_id=C14, ids=[K_A, K_B], lang="ja",
         charset="iso-2022-jp", enc="7bit")

# 044 support_reply: duplicate case notice (belongs to the duplicate case)
G_ADDR = "gabriel.santos.dev@gmail.com"
C15_ORIG_OPEN = datetime(2025, 2, 10, 11, 3, 19, tzinfo=UTC)
C15_ORIG = case15(C15_ORIG_OPEN)
C15_DUP_OPEN = C15_ORIG_OPEN + timedelta(days=1, hours=4, minutes=20)
C15_DUP = case15(C15_DUP_OPEN)
G_A, G_B = "AWS05804412", "AWS08390067"
dt44 = C15_DUP_OPEN + timedelta(hours=6, minutes=5)
t = f"""Hello Gabriel,

Thank you for contacting AWS Training and Certification.

I noticed that this request (merging AWS05804412 and AWS08390067) is the same as the one you submitted yesterday under case {C15_ORIG}, which is already assigned to a member of our team. To avoid duplicate work and conflicting answers, I am closing this case; all further communication will take place under case {C15_ORIG}.

Please do not open new cases for the same request, as this can delay our response. If you want to add information, simply reply to the e-mail you receive on case {C15_ORIG}.

Kind regards,
Anneke
AWS Training and Certification Customer Support
"""
aws_mail("duplicate-case-gabriel", kind="support_reply", provider="gmail", to=G_ADDR, dt=dt44,
         subject=form_subject(C15_DUP), new_text=t, case_id=C15_DUP, ids=[G_A, G_B], footer=FORM_FOOTER)

# 045 support_reply: names direction, but blocked by a scheduled exam; asks to reschedule
dt45 = C15_ORIG_OPEN + timedelta(days=2, hours=1, minutes=47)
t = f"""Hello Gabriel,

Thank you for your patience.

We are ready to merge AWS05804412 into AWS08390067, but there is one obstacle: AWS05804412 has an exam appointment booked for 24 February 2025 (AWS Certified Data Engineer - Associate, online proctored). Appointments cannot be moved between profiles, and the merge would cancel it without a refund.

Could you let us know how you would like to handle this? You can either sit the exam first and contact us afterwards, or cancel the appointment on the Pearson VUE site (free of charge up to 24 hours before) and book it again later. We will keep this case open in the meantime.

Kind regards,
Anneke
AWS Training and Certification Customer Support
"""
aws_mail("exam-booked-blocker-gabriel", kind="support_reply", provider="gmail", to=G_ADDR, dt=dt45,
         subject=form_subject(C15_ORIG), new_text=t, case_id=C15_ORIG, ids=[G_A, G_B], footer=FORM_FOOTER,
         html=html_wrap(paras_to_html(t)))

# 046 merge_confirmation_requested: three accounts, English, ask is only implied
E_ADDR = "elif.yilmaz.cloud@gmail.com"
C16_OPEN = datetime(2025, 12, 1, 8, 44, 31, tzinfo=UTC)
C16 = case15(C16_OPEN)
E_A, E_B, E_C = "AWS02950731", "AWS06118354", "AWS09472206"
dt46 = C16_OPEN + timedelta(days=1, hours=0, minutes=22)
t = f"""Dear Elif,

Thank you for writing to AWS Training and Certification.

Following our review, the three profiles registered in your name would be combined as below:

- aws02950731 (Istanbul, 2019) and aws06118354 (Ankara, 2021) are folded into aws09472206
- aws09472206 ({E_ADDR}) remains your single certification profile going forward

All certifications and benefits would then sit on aws09472206, and the other two profiles would no longer be usable. Because this cannot be reversed later, we will proceed once we hear from you.

With best regards,
Selin
AWS Training and Certification Customer Support
"""
aws_mail("three-into-one-proceed-on-hearing-elif", kind="merge_confirmation_requested", provider="gmail", to=E_ADDR,
         dt=dt46, subject=form_subject(C16, "RE: "), new_text=t, case_id=C16, ids=[E_A, E_B, E_C],
         footer=FORM_FOOTER, enc="qp")

# 047 support_reply: three accounts found; asks which to keep and why merge (no direction)
U_ADDR = "usman.tariq.aws@outlook.com"
C17_OPEN = datetime(2025, 5, 6, 17, 12, 40, tzinfo=UTC)
C17 = case15(C17_OPEN)
U_A, U_B, U_C = "AWS01266390", "AWS04721853", "AWS08307719"
dt47 = C17_OPEN + timedelta(days=1, hours=3, minutes=3)
t = f"""Hello Usman,

Thank you for contacting AWS Training and Certification.

When searching for your profiles we found three, not two:

  AWS01266390 - u.tariq@lums-alumni.pk
  AWS04721853 - usman.tariq@systemsltd-partner.com
  AWS08307719 - {U_ADDR}

To take this further we need two things from you:

1. Which of these three should remain as your account after the merge?
2. The notification e-mail address you want us to use for this profile, if different from the sign-in address.

As soon as we have your answers, we will send you a summary of the change for your review.

Regards,
Hamza
AWS Training and Certification Customer Support
"""
aws_mail("three-found-which-stays-usman", kind="support_reply", provider="outlook", to=U_ADDR, dt=dt47,
         subject=form_subject(C17), new_text=t, case_id=C17, ids=[U_A, U_B, U_C], footer=FORM_FOOTER,
         html=html_wrap(paras_to_html(t)), enc="b64")

# 048 merge_confirmation_requested: M365 corporate user, nested "> >" history, "AWS-" ids
O_ADDR = "tomas.ortega@meridian-analytics.com"
O_NAME = "Tomás Ortega"
C18 = "12094478503"
O_A, O_B = "AWS08830271", "AWS02215964"
dt48 = datetime(2023, 6, 14, 13, 20, 2, tzinfo=UTC)
O_Q1 = """Hello Tomás,

Thank you for contacting us. We found two profiles under your name. Which one would you like to keep as your primary profile?

Regards,
Priyanka
AWS Training and Certification Customer Support"""
O_R1 = f"""Hi Priyanka,

Please keep the one registered with {O_ADDR} - that's AWS-02215964 I believe. The other one is from my time at university.

Regards,
Tomás Ortega
Senior Data Engineer | Meridian Analytics
+34 91 555 0143

""" + q_lines(O_Q1)
t = """Hello Tomás,

Thanks for the details.

Just to be sure we're on the same page: AWS-08830271 (university profile) will be merged into AWS-02215964, which stays active with your work address. Your Cloud Practitioner from 2020 will move across with it.

Could you reply with "Yes, proceed" to confirm? This is the last step on your side.

Regards,
Priyanka
AWS Training and Certification Customer Support
"""
q = ("\n" + f"On {(dt48 - timedelta(hours=19)).strftime('%a, %b %-d, %Y at %-I:%M %p')} {O_NAME} <{O_ADDR}> wrote:\n" + q_lines(O_R1) + "\n")
aws_mail("yes-proceed-nested-tomas", kind="merge_confirmation_requested", provider="outlook", to=O_ADDR, dt=dt48,
         subject=form_subject(C18, "RE: "), new_text=t, quoted=q, case_id=C18, ids=[O_A, O_B], footer=FORM_FOOTER,
         charset="utf-8", enc="qp")
O_CONF = t

# 049 support_reply: thanks for confirming, forwarded; ids in lower case
dt49 = dt48 + timedelta(hours=22, minutes=31)
t = """Hello Tomás,

Thank you for your confirmation.

I have forwarded your request to the team that handles profile changes. They will merge aws08830271 into aws02215964, which normally takes up to two business days. I will let you know on this case as soon as it is done.

Regards,
Priyanka
AWS Training and Certification Customer Support
"""
q = original_message("Yes, proceed.\n\nTomás", dt49 - timedelta(hours=3), O_NAME, O_ADDR, FORM_FROM,
                     form_subject(C18, "RE: ")) + "\n" + q_lines(O_CONF)
aws_mail("forwarded-to-team-tomas", kind="support_reply", provider="outlook", to=O_ADDR, dt=dt49,
         subject=form_subject(C18, "RE: "), new_text=t, quoted=q, case_id=C18, ids=[O_A, O_B], footer=FORM_FOOTER)

# 050 survey: case closed for lack of reply (Marco, after the chaser)
dt50 = dt40 + timedelta(days=7, hours=2)
t = f"""Hello,

We haven't heard back from you, so we have closed case {C12}. If you still need help, simply reply to this e-mail within 14 days and the case will be reopened.

Was your issue resolved?
Yes: https://aws-tc-survey.amazon.com/s/resolved?case={C12}&r=yes
No: https://aws-tc-survey.amazon.com/s/resolved?case={C12}&r=no

Please take a moment to rate your experience with AWS Training and Certification Customer Support.

Thank you,
AWS Training and Certification Customer Support
"""
aws_mail("closed-no-reply-rate-marco", kind="survey", provider="outlook", to=R_ADDR, dt=dt50,
         subject=f"Case {C12} closed - tell us about your experience", new_text=t, case_id=C12,
         html=html_wrap(paras_to_html(t)))

# 051 case_created: Japanese console acknowledgement (Tanaka, before 026)
t = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {C8} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: {C8}
件名: {C8_SUBJ}
重要度: 一般的なガイダンス
内容: 認定アカウントが 2 つあります（AWS04471129 と AWS08803356）。1 つにまとめていただけますか。

できるだけ早く対応いたします。ケースのステータスは、AWS サポートセンターでいつでもご確認いただけます。

https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=ja

よろしくお願いいたします。
Amazon Web Services

※このメールは送信専用アドレスから送信されています。同じ件で再度お問い合わせいただく場合は、上記のリンクをご利用ください。
"""
aws_mail("console-case-open-ja-tanaka", kind="case_created", provider="ocn", to=T_ADDR,
         dt=dt26 - timedelta(hours=20, minutes=14), from_addr=CONSOLE_FROM,
         subject=f"Amazon Web Services: 新しいサポートケースがオープンされました: {C8}", subj_charset="utf-8",
         new_text=t, case_id=C8, ids=[T_A, T_B], lang="ja", charset="utf-8", enc="qp")

# ---------------- Unrelated look-alikes ---------------------------------

# 052 unrelated: Credly's own self-service account merge code
dt52 = datetime(2025, 5, 29, 10, 14, 2, tzinfo=UTC)
t = """Hi Daniel,

We received a request to merge the Credly account registered to d.okafor@stud.uni-lagos.edu.ng into your Credly account.

Your verification code is: 482913

Enter this code on the merge page, or click the button below, to complete the account merge. All badges from the other account will be moved to this one. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=c2a6f0e14b9d

If you didn't request this, you can ignore this e-mail.

The Credly Team
"""
html = """<html><body style="font-family:Arial,sans-serif;background:#f4f4f4"><div style="max-width:520px;margin:24px auto;background:#fff;padding:28px">
<p>Hi Daniel,</p><p>We received a request to merge the Credly account registered to d.okafor@stud.uni-lagos.edu.ng into your Credly account.</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold;text-align:center">482913</p>
<p>Enter this code on the merge page, or click the button below, to complete the account merge. All badges from the other account will be moved to this one. The code expires in 30 minutes.</p>
<p style="text-align:center"><a href="https://www.credly.com/users/merge/confirm?token=c2a6f0e14b9d" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Complete Account Merge</a></p>
<p style="color:#777;font-size:12px">If you didn't request this, you can ignore this e-mail.<br>The Credly Team</p></div></body></html>"""
credly_mail("credly-own-merge-code", provider="gmail", to=D_ADDR, dt=dt52, kind="unrelated",
            from_name="Credly", subject="Your Credly account merge verification code",
            new_text=t, html=html)

# 053 unrelated: Credly badge expiry reminder
dt53 = datetime(2025, 10, 2, 14, 30, 0, tzinfo=UTC)
t = """Hi Lukas,

Your AWS Certified Developer - Associate badge, issued by Amazon Web Services Training and Certification, will expire on December 31, 2025.

To keep your badge active, complete the recertification requirements set by the issuer before the expiration date. Visit the badge page for details:
https://www.credly.com/badges/0b7e4c39-2a9d-4f61-8e0a-55d13e7a9c02

The Credly Team
"""
html = "<html><body>" + paras_to_html(t) + "</body></html>"
credly_mail("credly-expiry-reminder", provider="gmail", to=L_ADDR, dt=dt53, kind="unrelated",
            subject="Your badge is expiring soon: AWS Certified Developer - Associate",
            new_text=t, html=html)

# 054 unrelated: CertMetrics "wants to hear from you" (authentic, but not AWS/Credly)
dt54 = datetime(2025, 6, 3, 16, 0, 11, tzinfo=UTC)
t = """Dear Daniel Okafor,

AWS Certification wants to hear from you!

As an AWS Certified individual (Candidate ID: AWS09921764), your feedback helps us improve the certification program. Please take 5 minutes to complete our annual candidate survey:

https://www.certmetrics.com/amazon/candidate/survey.aspx?id=7d0e2f

Thank you for being part of the AWS Certified community.

AWS Training and Certification

This is an automated message. Please do not reply to this e-mail.
"""
other_mail("certmetrics-wants-to-hear", kind="unrelated", provider="gmail", auth="other_pass", to=D_ADDR, dt=dt54,
           from_name="AWS Certification", from_addr="do-not-reply@certmetrics.com",
           subject="AWS Certification wants to hear from you", new_text=t,
           body=alt(t, html_wrap(paras_to_html(t), "AWS Certification"), "utf-8", "qp"), verified=False,
           ids=["AWS09921764"], mailfrom="bounce-7731@em.certmetrics.com", ip="198.2.179.44",
           helo="mail179-44.suw41.mandrillapp.com", dkim_d="certmetrics.com")

# 055 unrelated: Pearson VUE appointment with AWS candidate ID
dt55 = datetime(2025, 4, 28, 19, 45, 37, tzinfo=UTC)
t = """Dear Hannah Fischer,

Thank you for scheduling your AWS Certified Solutions Architect - Professional (SAP-C02) exam with Pearson VUE.

Appointment details
  Exam: SAP-C02: AWS Certified Solutions Architect - Professional
  Date: Monday, May 19, 2025
  Time: 09:00 AM Central European Summer Time
  Delivery: OnVUE online proctored
  AWS Candidate ID: AWS 09957126
  Registration ID: 512886047

Please check in 30 minutes before your appointment and run the system test beforehand.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
other_mail("pearson-vue-appointment", kind="unrelated", provider="gmail", auth="other_pass", to=H_ADDR, dt=dt55,
           from_name="Pearson VUE", from_addr="pearsonvuecustomerservice@pearson.com",
           subject="Confirmation of your AWS Certification exam appointment", new_text=t,
           body=text_part(t, "plain", "utf-8", "qp"), verified=False, ids=["AWS09957126"],
           mailfrom="bounces@pearson.com", ip="159.182.4.20", helo="mail-relay4.pearson.com",
           dkim_d="pearson.com")

# 056 unrelated: AWS Builder ID verification code, no Authentication-Results (corporate relay)
Z_ADDR = "d.kim@hanseatic-cloud.de"
dt56 = datetime(2025, 3, 18, 8, 2, 59, tzinfo=UTC)
t = """Hello,

Your verification code is: 714205

This code expires in 10 minutes. Use it to verify your e-mail address for your AWS Builder ID.

If you did not request this code, you can ignore this message.

Amazon Web Services
"""
other_mail("builder-id-code", kind="unrelated", provider="corp", auth="none", to=Z_ADDR, dt=dt56,
           from_name="AWS", from_addr="no-reply@signin.aws",
           subject="Verify your AWS Builder ID email address", new_text=t,
           body=alt(t, html_wrap(paras_to_html(t)), "utf-8", "qp"), verified=None,
           mailfrom="0100019" + rhex(9) + "@amazonses.com", ip="54.240.9.41", helo="a9-41.smtp-out.amazonses.com",
           mid=ses_mid(dt56))

# 057 unrelated: Seller Central case that asks to confirm a "merge" (ASIN listings)
dt57 = datetime(2025, 7, 2, 22, 18, 5, tzinfo=UTC)
SC_CASE = "5884881213"
t = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed the two listings you reported as duplicates (ASIN B0CX7Q2LMN and ASIN B0D4R8TZ1K). We can merge them into a single detail page under ASIN B0D4R8TZ1K. After the merge, the offers and reviews of B0CX7Q2LMN will be shown on B0D4R8TZ1K, and the change cannot be reverted.

Please confirm that you want us to proceed with the merge by replying to this case in Seller Central.

Case ID: {SC_CASE}

Thank you for selling on Amazon,
Rohan
Amazon Selling Partner Support

How did we do? Please rate this response in Seller Central > Case Log.
"""
other_mail("seller-central-asin-merge", kind="unrelated", provider="gmail", auth="other_pass", to=D_ADDR, dt=dt57,
           from_name="Amazon Selling Partner Support", from_addr="seller-support@amazon.com",
           subject=f"RE:[CASE {SC_CASE}] Duplicate listings - please merge", new_text=t,
           body=text_part(t, "plain", "utf-8", "qp"), verified=True, case_id=SC_CASE,
           mailfrom="0100" + rhex(12) + "@amazonses.com", ip="54.240.8.88", helo="a8-88.smtp-out.amazonses.com",
           dkim_d="amazon.com", mid=ses_mid(dt57))

# 058 unrelated: other AWS support case (billing) using "merge"/"confirm" vocabulary, 12-digit account ids
C19_OPEN = datetime(2025, 8, 26, 12, 0, 44, tzinfo=UTC)
C19 = case15(C19_OPEN)
dt58 = C19_OPEN + timedelta(hours=9, minutes=2)
t = f"""Hello,

Thank you for contacting AWS Billing and Account support.

I understand you would like to merge your two AWS accounts (4473-1092-5561 and 8820-3316-0479) into one. AWS accounts themselves cannot be merged, but you can achieve a single bill by inviting 8820-3316-0479 into an AWS Organization managed by 4473-1092-5561 (consolidated billing). Savings Plans and Reserved Instance discounts are then shared across both accounts.

Please confirm whether you would like me to send you the step-by-step instructions for setting up AWS Organizations, or whether you would prefer to close 8820-3316-0479 after moving your resources.

Best regards,
Valentina M.
Amazon Web Services
"""
aws_mail("billing-case-merge-aws-accounts", kind="unrelated", provider="gmail", to=H_ADDR, dt=dt58,
         from_addr=CONSOLE_FROM, subject=f"RE:[CASE {C19}] Merge two AWS accounts into one bill",
         new_text=t, case_id=C19, footer=console_footer(C19), html=html_wrap(paras_to_html(t + console_footer(C19))))

# 059 unrelated: GitHub "merged" notification
dt59 = datetime(2025, 11, 20, 15, 33, 8, tzinfo=UTC)
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/meridian-analytics/infra-terraform/pull/412#event-15522018734
You are receiving this because you were mentioned.

Message ID: <meridian-analytics/infra-terraform/pull/412/issue_event/15522018734@github.com>
"""
html = """<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/meridian-analytics/infra-terraform/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/meridian-analytics/infra-terraform/pull/412#event-15522018734">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>"""
other_mail("github-pr-merged", kind="unrelated", provider="outlook", auth="other_pass", to=O_ADDR, dt=dt59,
           from_name="Jordan Mills", from_addr="notifications@github.com",
           subject="Re: [meridian-analytics/infra-terraform] Merge account modules for prod and staging (PR #412)",
           new_text=t, body=alt(t, html, "utf-8", "7bit"), verified=False,
           mailfrom="noreply@github.com", ip="192.30.252.206", helo="out-23.smtp.github.com", dkim_d="github.com",
           mid="meridian-analytics/infra-terraform/pull/412/issue_event/15522018734@github.com",
           extra_author=[("In-Reply-To", "<meridian-analytics/infra-terraform/pull/412@github.com>"),
                         ("List-ID", "meridian-analytics/infra-terraform <infra-terraform.meridian-analytics.github.com>"),
                         ("X-GitHub-Reason", "mention")])

# 060 credly_badge_issued: Acclaim era (2019), corporate relay without Authentication-Results
dt60 = dt23 + timedelta(days=6, hours=3)
t = """Marta, you've earned a badge!

Amazon Web Services Training and Certification has sent you a badge: AWS Certified Solutions Architect - Associate.

Following a recent update to your certification records, this badge is now associated with your current e-mail address. Accept it to manage, share and verify your competencies.

Accept your badge: https://www.youracclaim.com/badges/3c4d91a2-0f6e-4a8b-b2d1-7e5a90c3f114/accept

Acclaim is the digital credential platform of Credly, Inc.
"""
html = "<html><body style=\"font-family:Arial\">" + paras_to_html(t) + "</body></html>"
other_mail("acclaim-badge-marta", kind="credly_badge_issued", provider="corp", auth="none", to=M_ADDR, dt=dt60,
           from_name="Amazon Web Services Training and Certification via Acclaim", from_addr="admin@youracclaim.com",
           subject="Amazon Web Services Training and Certification sent you a badge", new_text=t,
           body=alt(t, html, "utf-8", "qp"), verified=None, mailfrom="bounces+3318@em.youracclaim.com",
           ip="167.89.100.12", helo="o2.em.youracclaim.com")


if __name__ == "__main__":
    write_all()
