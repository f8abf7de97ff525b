#!/usr/bin/env python3
"""Generate blind set 84: HTML/template-heavy mails around the AWS Certification account merge."""
import base64, io, json, os, quopri, random, re, uuid, html as htmlmod
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
from html.parser import HTMLParser
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(8484)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PT = ZoneInfo("America/Los_Angeles")

# ----------------------------------------------------------------- helpers
def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def ralnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))

def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()

def fold_b64(s, first=60, width=70, indent="\t "):
    parts = [s[:first]]
    s = s[first:]
    while s:
        parts.append(s[:width]); s = s[width:]
    return ("\n" + indent).join(parts)

def ts(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)

def case15(dt, tail):
    return f"{int(dt.timestamp())}{tail:05d}"

def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return f"<0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128), version=4)}-000000@email.amazonses.com>"

def enc_hdr(s, charset="utf-8", maxlen=76):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset).encode(maxlinelen=maxlen)

def addr(name, a, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return formataddr((name, a), charset)

def rfcdate(dt):
    return format_datetime(dt)

CODECS = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp", "utf-8": "utf-8", "us-ascii": "ascii",
          "iso-8859-1": "latin-1", "windows-1252": "cp1252"}

def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, crlf=False):
    """A single text part. `label` overrides the declared charset (for mislabelled mail)."""
    codec = CODECS.get(charset.lower(), charset)
    body = text.replace("\r\n", "\n")
    if crlf:
        body = body.replace("\n", "\r\n")
    data = body.encode(codec)
    p = MIMENonMultipart("text", subtype, charset=(label or charset))
    del p["MIME-Version"]
    if cte == "base64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii"))
    elif cte in ("7bit", "8bit"):
        p.set_payload(data.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    return p

def alt(*parts, sub="alternative"):
    m = MIMEMultipart(sub)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m

def top(body):
    if "MIME-Version" not in body:
        # MIME-Version first, like most senders
        items = list(body._headers)
        body._headers = [("MIME-Version", "1.0")] + items
    return body

def assemble(hdrs, body):
    out = io.BytesIO()
    for n, v in hdrs:
        out.write((n + ": " + v.replace("\r\n", "\n").replace("\n", "\r\n")).encode("ascii") + b"\r\n")
    g = BytesGenerator(out, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n"), maxheaderlen=78)
    g.flatten(top(body))
    return out.getvalue()

class _H2T(HTMLParser):
    BLOCK = {"p", "div", "tr", "table", "h1", "h2", "h3", "h4", "li", "ul", "ol", "hr"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = [""]; self.depth = 0; self.skip = 0; self.href = None
    def _mk(self):
        return "> " * self.depth
    @staticmethod
    def _empty(l):
        return not l.replace(">", "").strip()
    def nl(self):
        if not self._empty(self.lines[-1]) or (len(self.lines) > 1 and not self._empty(self.lines[-2])):
            self.lines.append(self._mk())
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        elif tag == "br":
            self.lines.append(self._mk())
        elif tag == "blockquote":
            self.nl(); self.depth += 1
        elif tag in self.BLOCK:
            self.nl()
        elif tag == "td":
            if self.lines[-1].strip():
                self.lines[-1] += "  "
        elif tag == "a":
            self.href = a.get("href")
        elif tag == "img" and a.get("alt") and self.depth == 0 and not self.skip:
            pass
    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip -= 1
        elif tag == "blockquote":
            while len(self.lines) > 1 and self._empty(self.lines[-1]):
                self.lines.pop()
            self.depth -= 1
            self.lines.append(self._mk()); self.lines.append(self._mk())
        elif tag in self.BLOCK:
            self.nl()
        elif tag == "a":
            self.href = None
    def handle_data(self, data):
        if self.skip:
            return
        data = re.sub(r"\s+", " ", data)
        if not data.strip() and self._empty(self.lines[-1]):
            return
        if self._empty(self.lines[-1]):
            data = data.lstrip()
            self.lines[-1] = self._mk()
        self.lines[-1] += data
    def text(self):
        out, blank = [], 0
        prev = None
        for l in self.lines:
            l = l.rstrip()
            if not l.replace(">", "").strip():
                marker = l.replace(" ", "")
                l = " ".join(marker) if marker else ""
                if l == prev:
                    continue
            out.append(l)
            prev = l if not l.replace(">", "").strip() else None
        return "\n".join(out).strip() + "\n"

def h2t(h):
    h = re.sub(r"(?is)<(div|span)[^>]*display:\s*none[^>]*>.*?</\1>", "", h)
    p = _H2T(); p.feed(h); p.close(); return p.text()

# ----------------------------------------------------------------- transport / auth
SES_IPS = [("a8-31.smtp-out.amazonses.com", "54.240.8.31"), ("a8-96.smtp-out.amazonses.com", "54.240.8.96"),
           ("a9-12.smtp-out.amazonses.com", "54.240.9.12"), ("a48-108.smtp-out.amazonses.com", "54.240.48.108"),
           ("a9-187.smtp-out.amazonses.com", "54.240.9.187"), ("a48-93.smtp-out.amazonses.com", "54.240.48.93")]
SES_SEL = ["224i4yxa5dv7c2xz3womw6peuasteono", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"]

def sender_ses(dt, hfrom="amazon.com", sel_main=None):
    host, ip = R.choice(SES_IPS)
    ms = int(dt.timestamp() * 1000)
    mf = f"0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128), version=4)}-000000@amazonses.com"
    return dict(host=host, ip=ip, mailfrom=mf, spf="pass",
                dkim=[("pass", hfrom, sel_main or ralnum(32, "abcdefghijklmnopqrstuvwxyz234567")),
                      ("pass", "amazonses.com", R.choice(SES_SEL))],
                dmarc="pass", hfrom=hfrom, policy="QUARANTINE")

def sender_credly(user_addr):
    n = R.randint(10000, 99999)
    local, dom = user_addr.split("@")
    return dict(host=f"o{R.randint(1,9)}.ptr{R.randint(1000,9999)}.email.credly.com", ip=f"167.89.{R.randint(1,120)}.{R.randint(2,250)}",
                mailfrom=f"bounces+{n}-{rhex(4)}-{local}={dom}@em4071.credly.com", spf="pass",
                dkim=[("pass", "credly.com", "s1"), ("pass", "sendgrid.net", "smtpapi")],
                dmarc="pass", hfrom="credly.com", policy="QUARANTINE")

def sender_generic(host, ip, mailfrom, hfrom, dkim_d=None, sel="s1", spf="pass", dmarc="pass", pol="NONE"):
    dk = [("pass", dkim_d, sel)] if dkim_d else []
    return dict(host=host, ip=ip, mailfrom=mailfrom, spf=spf, dkim=dk, dmarc=dmarc, hfrom=hfrom, policy=pol)

def dkim_sig(d, s, dt, hdrs="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    t = int(dt.timestamp())
    return ("DKIM-Signature",
            f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={t};\n\th={hdrs};\n"
            f"\tbh={rb64(32)};\n\tb=" + fold_b64(rb64(256)))

def _dkim_gmail(s):
    out = []
    for res, d, sel in s["dkim"]:
        out.append(f"dkim={res} header.i=@{d} header.s={sel} header.b={ralnum(8)}")
    if not out:
        out.append("dkim=none")
    return out

def ar_gmail(s):
    items = _dkim_gmail(s)
    mfdom = s["mailfrom"].split("@")[-1]
    if s["spf"] == "pass":
        items.append(f"spf=pass (google.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']}")
    elif s["spf"] == "softfail":
        items.append(f"spf=softfail (google.com: domain of transitioning {s['mailfrom']} does not designate {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']}")
    else:
        items.append(f"spf={s['spf']} (google.com: domain of {s['mailfrom']} does not designate {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']}")
    p = s["policy"]
    dis = "NONE" if s["dmarc"] == "pass" else p
    items.append(f"dmarc={s['dmarc']} (p={p} sp={p} dis={dis}) header.from={s['hfrom']}")
    return "mx.google.com;\n       " + ";\n       ".join(items)

def ar_o365(s):
    mfdom = s["mailfrom"].split("@")[-1]
    if s["dkim"]:
        dk = f"dkim=pass (signature was verified)\n header.d={s['dkim'][0][1]}"
    else:
        dk = "dkim=none (message not signed)\n header.d=none"
    if s["dmarc"] == "pass":
        dm = f"dmarc=pass action=none header.from={s['hfrom']};compauth=pass\n reason=100"
    elif s["dmarc"] == "fail":
        dm = f"dmarc=fail action=quarantine header.from={s['hfrom']};compauth=fail\n reason=000"
    else:
        dm = f"dmarc=bestguesspass action=none header.from={s['hfrom']};compauth=pass\n reason=109"
    return f"spf={s['spf']} (sender IP is {s['ip']})\n smtp.mailfrom={mfdom}; {dk};{dm}"

def ar_generic(authserv, s):
    items = [f"spf={s['spf']} smtp.mailfrom={s['mailfrom'].split('@')[-1]}"]
    if s["dkim"]:
        for res, d, sel in s["dkim"]:
            items.append(f"dkim={res} header.d={d} header.s={sel}")
    else:
        items.append("dkim=none")
    items.append(f"dmarc={s['dmarc']} header.from={s['hfrom']}")
    return authserv + ";\n\t" + ";\n\t".join(items)

def trace(prov, user_addr, dt, s, extra_lower=None):
    """Trace + auth headers as the receiving provider would add them (topmost first)."""
    H = []
    sent = dt + timedelta(seconds=R.randint(1, 4))
    if prov == "gmail":
        lt = sent.astimezone(PT)
        ltxt = lt.strftime("%a, %d %b %Y %H:%M:%S %z") + (" (PDT)" if lt.dst() else " (PST)")
        H.append(("Delivered-To", user_addr))
        H.append(("Received", f"by 2002:a05:7300:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(10).lower()}csp{R.randint(100000,9999999)}dyb;\n        {ltxt}"))
        H.append(("X-Google-Smtp-Source", ralnum(56) + "=="))
        H.append(("X-Received", f"by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(16)}mr{R.randint(1000000,99999999)}qvb.{R.randint(10,99)}.{int(sent.timestamp()*1000)+R.randint(100,900)};\n        {ltxt}"))
        H.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(sent.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=" + fold_b64(rb64(256), 56, 64, "        ")))
        H.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b=" + fold_b64(rb64(256), 56, 64, "        ")))
        ar = ar_gmail(s)
        H.append(("ARC-Authentication-Results", "i=1; " + ar))
        H.append(("Return-Path", f"<{s['mailfrom']}>"))
        H.append(("Received", f"from {s['host']} ({s['host']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id d75a77b69052e-{rhex(11)}si{R.randint(10**8,10**9)}{ralnum(2).lower()}.{R.randint(10,999)}.{lt.strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{user_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {ltxt}"))
        res = s["spf"]
        H.append(("Received-SPF", f"{res} (google.com: domain of {s['mailfrom']} {'designates' if res=='pass' else 'does not designate'} {s['ip']} as permitted sender) client-ip={s['ip']};"))
        H.append(("Authentication-Results", ar))
    elif prov == "o365":
        dom = user_addr.split("@")[1]
        consumer = dom in ("outlook.com", "hotmail.com")
        pod = "JP" if dom.endswith(".jp") else "EU" if False else "US"
        srv = {"JP": ["TYCP286MB", "OS3P286MB", "TY4P286MB"], "US": ["SN7PR12MB", "BL1PR11MB", "CH3PR19MB"]}[pod]
        lt = sent
        t1 = rfcdate(sent + timedelta(seconds=2)).replace("-0000", "+0000")
        H.append(("Received", f"from {srv[0]}{R.randint(1000,9999)}.{'jpn' if pod=='JP' else 'nam'}prd{R.randint(10,99)}.prod.outlook.com\n ({'2603:1096' if pod=='JP' else '2603:10b6'}:400:{rhex(3)}::{rhex(2)}) by {srv[1]}{R.randint(1000,9999)}.{'jpn' if pod=='JP' else 'nam'}prd{R.randint(10,99)}.prod.outlook.com\n with HTTPS; {t1}"))
        H.append(("Received", f"from {srv[2]}{R.randint(1000,9999)}.{'jpn' if pod=='JP' else 'nam'}prd{R.randint(10,99)}.prod.outlook.com ({'2603:1096' if pod=='JP' else '2603:10b6'}:{rhex(3)}:{rhex(2)}::{rhex(2)})\n by {srv[0]}{R.randint(1000,9999)}.{'jpn' if pod=='JP' else 'nam'}prd{R.randint(10,99)}.prod.outlook.com ({'2603:1096' if pod=='JP' else '2603:10b6'}:400:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}; {t1}"))
        H.append(("Authentication-Results", ar_o365(s)))
        res = s["spf"].capitalize()
        mfdom = s["mailfrom"].split("@")[-1]
        H.append(("Received-SPF", f"{res} ({'protection.outlook.com' if not consumer else 'protection.outlook.com'}: domain of {mfdom}\n {'designates' if s['spf']=='pass' else 'does not designate'} {s['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={s['ip']};\n helo={s['host']}; pr=C"))
        H.append(("Received", f"from {s['host']} ({s['ip']}) by\n {'DM6NAM' if pod=='US' else 'OS2PEPF'}{R.randint(10,99)}FT{R.randint(100,999)}.mail.protection.outlook.com ({'10.13.' if pod=='US' else '10.167.'}{R.randint(1,250)}.{R.randint(1,250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}\n via Frontend Transport; {rfcdate(sent).replace('-0000', '+0000')}"))
    elif prov in ("nifty", "yahoojp"):
        if prov == "nifty":
            mx, authserv = f"mta-snd{R.randint(10,99)}.nifty.com", "mx.nifty.com"
        else:
            mx, authserv = f"mta{R.randint(100,999)}.mail.kks.yahoo.co.jp", "yahoo.co.jp"
        lt = sent.astimezone(JST)
        H.append(("Return-Path", f"<{s['mailfrom']}>"))
        H.append(("Received", f"from {s['host']} ({s['host']} [{s['ip']}])\n\tby {mx} with ESMTPS id <{ralnum(20)}@{mx}>\n\tfor <{user_addr}>; {lt.strftime('%a, %d %b %Y %H:%M:%S %z')} (JST)"))
        H.append(("Authentication-Results", ar_generic(authserv, s)))
    elif prov == "proton":
        H.append(("Return-Path", f"<{s['mailfrom']}>"))
        H.append(("X-Original-To", user_addr))
        H.append(("Delivered-To", user_addr))
        p = s["policy"].lower()
        H.append(("Authentication-Results", f"mail.protonmail.ch; dmarc={s['dmarc']} (p={p} dis=none)\n header.from={s['hfrom']}"))
        H.append(("Authentication-Results", f"mail.protonmail.ch; spf={s['spf']} smtp.mailfrom={s['mailfrom']}"))
        H.append(("Authentication-Results", "mail.protonmail.ch; arc=none smtp.remote-ip=" + s["ip"]))
        for res, d, sel in s["dkim"]:
            H.append(("Authentication-Results", f"mail.protonmail.ch; dkim={res} (2048-bit key)\n header.d={d} header.i=@{d} header.b=\"{ralnum(8)}\""))
        H.append(("Received", f"from {s['host']} ({s['host']} [{s['ip']}]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS\n (2048 bits) server-digest SHA256) (No client certificate requested) by\n mailin{R.randint(10,50)}.protonmail.ch (Postfix) with ESMTPS id 4d{ralnum(8)} for <{user_addr}>;\n {rfcdate(sent).replace('-0000', '+0000')}"))
    elif prov == "icloud":
        H.append(("Return-Path", f"<{s['mailfrom']}>"))
        H.append(("Received", f"from {s['host']} ({s['host']} [{s['ip']}])\n by p{R.randint(10,99)}-mailgateway-smtp-{rhex(10)}-{ralnum(5).lower()} (mailgateway) with ESMTPS id {uuid.UUID(int=R.getrandbits(128), version=4)}\n for <{user_addr}>; {rfcdate(sent).replace('-0000', '+0000')}"))
        H.append(("Authentication-Results", f"dmarc.icloud.com; dmarc={s['dmarc']} header.from={s['hfrom']}"))
        H.append(("Authentication-Results", f"dmarc.icloud.com; dmarc-policy={s['policy'].lower()}"))
        for res, d, sel in s["dkim"]:
            H.append(("Authentication-Results", f"dkim-verifier.icloud.com; dkim={res} (2048-bit key) header.d={d} header.i=@{d} header.b={ralnum(8)}"))
        H.append(("Authentication-Results", f"spf.icloud.com; spf={s['spf']} (spf.icloud.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']}"))
        H.append(("Received-SPF", f"{s['spf']} (spf.icloud.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) receiver=spf.icloud.com; client-ip={s['ip']}; helo={s['host']}; envelope-from={s['mailfrom']}"))
    elif prov == "postfix":
        dom = user_addr.split("@")[1]
        H.append(("Return-Path", f"<{s['mailfrom']}>"))
        H.append(("X-Original-To", user_addr))
        H.append(("Delivered-To", user_addr))
        H.append(("Received", f"from {s['host']} ({s['host']} [{s['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mail.{dom} (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{user_addr}>; {rfcdate(sent.astimezone(ZoneInfo('Europe/Dublin')))}"))
    else:
        raise ValueError(prov)
    if extra_lower:
        H.extend(extra_lower)
    for res, d, sel in s["dkim"]:
        H.append(dkim_sig(d, sel, dt))
    if prov == "o365":
        pass
    return H

# ----------------------------------------------------------------- people and desks
USERS = {
    "marco":   dict(name="Marco Bianchi", addr="marco.bianchi.it@gmail.com", prov="gmail", first="Marco"),
    "daniel":  dict(name="Daniel Okafor", addr="d.okafor@outlook.com", prov="o365", first="Daniel"),
    "tanaka":  dict(name="田中 健一", addr="k-tanaka@nifty.com", prov="nifty", first="田中"),
    "priya":   dict(name="Priya Raman", addr="priya.raman@brightline-analytics.com", prov="o365", first="Priya"),
    "sato":    dict(name="佐藤 遥", addr="haruka.sato.dev@gmail.com", prov="gmail", first="佐藤"),
    "suzuki":  dict(name="鈴木 美咲", addr="misaki_suzuki88@yahoo.co.jp", prov="yahoojp", first="鈴木"),
    "yamamoto": dict(name="山本 翔", addr="sho.yamamoto@kaiho-systems.co.jp", prov="o365", first="山本"),
    "sofia":   dict(name="Sofia Lindqvist", addr="sofia.lindqvist@proton.me", prov="proton", first="Sofia"),
    "james":   dict(name="James O'Neill", addr="james@oneill-consulting.ie", prov="postfix", first="James"),
}
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"
CREDLY = "admin@credly.com"
CREDLY_NAME = "Amazon Web Services Training and Certification via Credly"

def user_to(u):
    U = USERS[u]
    return addr(U["name"], U["addr"], "iso-2022-jp" if U["prov"] in ("nifty", "yahoojp") else "utf-8")

def mail_headers(u, dt, s, frm, subject, msgid=None, extra=None, irt=None, to=None, lower=None, prov=None):
    U = USERS[u] if u else None
    H = trace(prov or U["prov"], (U["addr"] if U else to), dt, s, lower)
    H.append(("From", frm))
    H.append(("To", to or user_to(u)))
    H.append(("Subject", subject))
    H.append(("Date", rfcdate(dt).replace("-0000", "+0000")))
    H.append(("Message-ID", msgid or ses_msgid(dt)))
    if irt:
        H.append(("In-Reply-To", irt[-1]))
        H.append(("References", "\n ".join(irt)))
    if extra:
        H.extend(extra)
    if (prov or (U and U["prov"])) == "o365":
        H.append(("X-MS-Exchange-Organization-AuthSource", f"{'DM6NAM' if not (U and U['addr'].endswith('.jp')) else 'OS2PEPF'}{R.randint(10,99)}FT{R.randint(100,999)}.{'nam' if not (U and U['addr'].endswith('.jp')) else 'jpn'}prd{R.randint(10,99)}.prod.outlook.com"))
        H.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
        H.append(("X-MS-Exchange-Organization-SCL", "1"))
    return H

SES_EXTRA = lambda: [("Feedback-ID", f"::1.us-east-1.{ralnum(43)}=:AmazonSES"),
                     ("X-SES-Outgoing", f"{datetime.now().strftime('%Y.%m.%d')}-54.240.8.{R.randint(1,250)}")]

def ses_extra(dt):
    return [("Feedback-ID", f"::1.us-east-1.{ralnum(43)}=:AmazonSES"),
            ("X-SES-Outgoing", f"{dt.strftime('%Y.%m.%d')}-54.240.{R.choice([8,9,48])}.{R.randint(1,250)}")]

# ----------------------------------------------------------------- HTML templates
AWS_LOGO = "https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png"

def legal_footer(lang="en"):
    if lang == "ja":
        return ("<p style=\"font-size:11px;color:#687078;line-height:16px\">本メールは送信専用アドレスから配信されている場合があります。"
                "アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア<br>"
                "Amazon Web Services、AWS、Powered by AWS ロゴは、Amazon.com, Inc. またはその関連会社の商標です。<br>"
                "<a href=\"https://aws.amazon.com/jp/privacy/\" style=\"color:#0073bb\">プライバシー規約</a> | "
                "<a href=\"https://aws.amazon.com/jp/terms/\" style=\"color:#0073bb\">サイト利用規約</a> | "
                "<a href=\"https://aws.amazon.com/jp/contact-us/\" style=\"color:#0073bb\">お問い合わせ</a></p>")
    return ("<p style=\"font-size:11px;color:#687078;line-height:16px\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
            "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by "
            "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.<br>"
            "<a href=\"https://aws.amazon.com/privacy/\" style=\"color:#0073bb\">Privacy Notice</a> | "
            "<a href=\"https://aws.amazon.com/terms/\" style=\"color:#0073bb\">Site Terms</a> | "
            "<a href=\"https://aws.amazon.com/contact-us/\" style=\"color:#0073bb\">Contact Us</a></p>"
            "<p style=\"font-size:11px;color:#687078\">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>")

def aws_shell(inner, lang="en", banner=None, preheader="", width=640):
    lang_attr = "ja" if lang == "ja" else "en"
    font = "'Meiryo','Hiragino Kaku Gothic ProN',Arial,sans-serif" if lang == "ja" else "'Amazon Ember',Helvetica,Arial,sans-serif"
    banner_html = ""
    if banner:
        banner_html = (f"<tr><td style=\"background:#f2f3f3;padding:14px 32px;font-size:20px;font-weight:bold;color:#16191f\">{banner}</td></tr>")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang_attr}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Amazon Web Services</title>
<style type="text/css">
  body {{ margin:0; padding:0; background:#eaeded; }}
  a {{ color:#0073bb; }}
  .btn a {{ background:#ec7211; color:#ffffff !important; text-decoration:none; padding:10px 22px; border-radius:2px; display:inline-block; font-weight:bold; }}
  @media only screen and (max-width:600px) {{ .container {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background:#eaeded;font-family:{font}">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eaeded"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" class="container" width="{width}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px 32px"><img src="{AWS_LOGO}" width="64" alt="Amazon Web Services" style="display:block;border:0"></td></tr>
{banner_html}
<tr><td style="padding:24px 32px;font-size:14px;line-height:22px;color:#16191f">
{inner}
</td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid #eaeded;background:#fafafa">
{legal_footer(lang)}
</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""

def rating_block(case_id, lang="en", style="stars"):
    base = f"https://console.aws.amazon.com/support/feedback?displayId={case_id}&amp;correspondenceId={rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    if lang == "ja":
        q = "この回答はお役に立ちましたか？ 評価をお願いいたします。"
        labels = ["とても満足", "満足", "普通", "不満", "とても不満"]
    else:
        q = "How would you rate this reply? Select a rating below:"
        labels = ["Excellent", "Good", "Fair", "Poor", "Unacceptable"]
    cells = "".join(
        f"<td align=\"center\" style=\"padding:4px 6px\"><a href=\"{base}&amp;rating={5-i}\" style=\"text-decoration:none;color:#ec7211;font-size:18px\">{'&#9733;'*(5-i)}</a>&nbsp;"
        f"<span style=\"font-size:11px;color:#545b64\">{lab}</span></td>" for i, lab in enumerate(labels))
    return (f"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"margin-top:20px;border:1px solid #eaeded;width:100%\">"
            f"<tr><td style=\"padding:12px 16px;font-size:13px;color:#16191f\">{q}<table role=\"presentation\"><tr>{cells}</tr></table></td></tr></table>")

def yesno_block(case_id, lang="en", q=None):
    link = f"https://support.aws.amazon.com/#/contacts/feedback?displayId={case_id}&amp;token={ralnum(24)}"
    if lang == "ja":
        q = q or "お問い合わせは解決しましたか？"
        y, n = "はい", "いいえ"
    else:
        q = q or "Was your issue resolved?"
        y, n = "YES", "NO"
    return (f"<table role=\"presentation\" style=\"margin:18px 0\"><tr><td style=\"font-size:15px;font-weight:bold;padding-bottom:8px\" colspan=\"2\">{q}</td></tr>"
            f"<tr><td class=\"btn\" style=\"padding-right:10px\"><a href=\"{link}&amp;answer=yes\" style=\"background:#ec7211;color:#fff;padding:9px 26px;text-decoration:none;font-weight:bold\">{y}</a></td>"
            f"<td class=\"btn\"><a href=\"{link}&amp;answer=no\" style=\"background:#545b64;color:#fff;padding:9px 26px;text-decoration:none;font-weight:bold\">{n}</a></td></tr></table>")

def case_table(rows):
    trs = "".join(f"<tr><td style=\"padding:6px 12px;background:#f2f3f3;font-weight:bold;width:150px;border:1px solid #d5dbdb\">{k}</td>"
                  f"<td style=\"padding:6px 12px;border:1px solid #d5dbdb\">{v}</td></tr>" for k, v in rows)
    return f"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;margin:12px 0;font-size:13px\">{trs}</table>"

def console_link(case_id, lang="en"):
    return f"https://console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId={case_id}&amp;language={'ja' if lang=='ja' else 'en'}"

def gmail_quote(attr, inner):
    return (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{attr}<br></div>"
            f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">{inner}</blockquote></div>")

def outlook_quote(rows, inner):
    hdr = "<br>".join(f"<b>{k}</b> {v}" for k, v in rows)
    return (f"<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
            f"<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">{hdr}</font>"
            f"<div>&nbsp;</div></div><div>{inner}</div>")

def credly_shell(inner, preheader="", lang="en"):
    font = "'Helvetica Neue',Helvetica,Arial,sans-serif" if lang != "ja" else "'Hiragino Sans','Meiryo',Helvetica,Arial,sans-serif"
    if lang == "ja":
        foot = ("このメールは、Credly に登録されている認定発行団体からの通知として送信されています。<br>"
                "<a href=\"https://www.credly.com/earner/settings/notifications\" style=\"color:#6b6b6b\">通知設定を変更</a> | "
                "<a href=\"https://credly.com/privacy\" style=\"color:#6b6b6b\">プライバシーポリシー</a> | "
                "<a href=\"https://credly.com/terms\" style=\"color:#6b6b6b\">利用規約</a><br>&copy; 2025 Credly, Inc. All rights reserved.")
    else:
        foot = ("You are receiving this email because an organization issued you a credential through Credly.<br>"
                "<a href=\"https://www.credly.com/earner/settings/notifications\" style=\"color:#6b6b6b\">Manage email preferences</a> | "
                "<a href=\"https://credly.com/privacy\" style=\"color:#6b6b6b\">Privacy Policy</a> | "
                "<a href=\"https://credly.com/terms\" style=\"color:#6b6b6b\">Terms of Use</a><br>"
                "Credly, a Pearson company &middot; &copy; 2025 Credly, Inc. All rights reserved.")
    return f"""<!doctype html>
<html lang="{'ja' if lang=='ja' else 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Credly</title>
<style>body{{margin:0;background:#f5f5f5}} .cta a{{background:#ff6b00;color:#fff!important;border-radius:4px;padding:12px 28px;text-decoration:none;font-weight:600;display:inline-block}}</style>
</head>
<body style="margin:0;background:#f5f5f5;font-family:{font}">
<span style="display:none!important;visibility:hidden;opacity:0;height:0;width:0">{preheader}</span>
<table width="100%" cellpadding="0" cellspacing="0" role="presentation" style="background:#f5f5f5"><tr><td align="center" style="padding:28px 10px">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:6px">
<tr><td style="padding:22px 36px;border-bottom:4px solid #ff6b00"><img src="https://images.credly.com/assets/credly_logo_orange-{rhex(8)}.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:30px 36px;color:#2f2f2f;font-size:15px;line-height:23px">
{inner}
</td></tr>
<tr><td style="padding:18px 36px;background:#fafafa;color:#6b6b6b;font-size:11px;line-height:17px">{foot}</td></tr>
</table></td></tr></table>
<img src="https://u{R.randint(1000000,9999999)}.ct.sendgrid.net/wf/open?upn={ralnum(120)}" width="1" height="1" alt="" style="display:block;border:0">
</body></html>
"""

def badge_card(name, img_slug, btn_text, url, issuer="Amazon Web Services Training and Certification"):
    return (f"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:18px 0;border:1px solid #e6e6e6;border-radius:6px;width:100%\"><tr>"
            f"<td style=\"padding:16px;width:110px\"><img src=\"https://images.credly.com/size/340x340/images/{uuid.UUID(int=R.getrandbits(128), version=4)}/{img_slug}.png\" width=\"100\" alt=\"{name}\"></td>"
            f"<td style=\"padding:16px;vertical-align:middle\"><div style=\"font-size:17px;font-weight:600\">{name}</div>"
            f"<div style=\"font-size:13px;color:#6b6b6b\">{issuer}</div>"
            + (f"<div class=\"cta\" style=\"margin-top:12px\"><a href=\"{url}\" style=\"background:#ff6b00;color:#fff;border-radius:4px;padding:10px 22px;text-decoration:none;font-weight:600\">{btn_text}</a></div>" if btn_text else "")
            + "</td></tr></table>")

def credly_badge_url():
    return f"https://www.credly.com/earner/earned/badge/{uuid.UUID(int=R.getrandbits(128), version=4)}?utm_campaign=badge_issued&amp;utm_medium=email&amp;utm_source=credly"

MAILS = []
def mail(fn):
    MAILS.append(fn)
    return fn

# ----------------------------------------------------------------- timelines
def L(kind, case_id, ids, sv, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)), "sender_verified": sv, "language": lang}

OPEN = {
    "marco": ts(2025, 3, 3, 9, 12, 44), "daniel": ts(2025, 8, 19, 7, 41, 12), "tanaka": ts(2025, 10, 6, 1, 15, 40),
    "sato": ts(2025, 5, 27, 23, 2, 9), "suzuki": ts(2026, 1, 13, 4, 27, 51), "sofia": ts(2026, 2, 2, 13, 5, 18),
    "james": ts(2025, 7, 14, 16, 3, 27), "takahashi": ts(2025, 9, 2, 0, 44, 5),
}
CASE = {
    "marco": case15(OPEN["marco"], 392), "daniel": case15(OPEN["daniel"], 814), "tanaka": case15(OPEN["tanaka"], 2207),
    "sato": case15(OPEN["sato"], 4411), "suzuki": case15(OPEN["suzuki"], 61), "sofia": case15(OPEN["sofia"], 39018),
    "james": case15(OPEN["james"], 5530), "takahashi": case15(OPEN["takahashi"], 1174),
    "priya": "17390582231", "yamamoto": "17562208934",
}
USERS["takahashi"] = dict(name="高橋 大輔", addr="d.takahashi.0712@icloud.com", prov="icloud", first="高橋")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def form_sig(name, lang="en"):
    if lang == "ja":
        return f"<p>よろしくお願いいたします。</p><p>{name}<br>AWS トレーニングと認定 カスタマーサポート<br>Amazon Web Services</p>"
    return f"<p>Best regards,</p><p>{name}<br>AWS Training and Certification Customer Support<br>Amazon Web Services</p>"

def console_sig(name, lang="en"):
    if lang == "ja":
        return f"<p>どうぞよろしくお願いいたします。</p><p>{name}<br>Amazon Web Services</p>"
    return f"<p>Best regards,</p><p>{name}<br>Amazon Web Services</p>"

def console_reply_note(case_id, lang="en"):
    link = console_link(case_id, lang)
    if lang == "ja":
        return (f"<p style=\"font-size:13px;color:#545b64\">このメールアドレスは送信専用です。ご返信は<a href=\"{link}\">サポートセンター</a>のケースページからお願いいたします。</p>")
    return (f"<p style=\"font-size:13px;color:#545b64\">Please do not reply to this email; this address cannot accept replies. "
            f"To respond, visit the <a href=\"{link}\">Support Center</a> and select case {case_id}.</p>")

# ======================================================================= case_created
@mail
def m001():
    u, c = "marco", CASE["marco"]
    dt = OPEN[u] + timedelta(seconds=41)
    inner = f"""<p>Hello Marco,</p>
<p>Thanks for reaching out to AWS Training and Certification Customer Support. Your request has been logged
under reference number <b>{c}</b> and is now in our queue.</p>
<p>A member of our team will review it and get back to you at this address, in most cases within 24 hours.
Please keep the reference number in the subject line if you write to us about this request, and avoid
submitting the form again for the same issue &mdash; duplicate submissions are merged into the oldest one and can slow things down.</p>
<p style="font-weight:bold;margin-top:20px">What you sent us</p>
{case_table([("Reference", c), ("Inquiry type", "Certification"), ("Inquiry detail", "Account Merge"),
             ("AWS candidate ID", "AWS88342710"), ("Contact email", USERS[u]['addr']),
             ("Description", "I ended up with two certification profiles, the second one (aws13957264) was created with my old university address when I booked my SAA exam. Can you combine them so everything is under one?")])}
<p>In the meantime, answers to many questions are available in our <a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a>.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>"""
    h = aws_shell(inner, banner="We've received your request", preheader=f"Reference {c}: a member of our team will be in touch.")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"[CASE {c}] We've received your AWS Training and Certification inquiry",
                     extra=ses_extra(dt))
    return "001-form-request-logged.eml", assemble(H, body), L("case_created", c, ["AWS88342710", "AWS13957264"], True, "en")

@mail
def m002():
    u, c = "daniel", CASE["daniel"]
    dt = OPEN[u] + timedelta(seconds=12)
    inner = f"""<p>Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.</p>
{case_table([("Case ID", c), ("Subject", "Need to merge two certification accounts into one"), ("Severity", "General guidance"),
             ("Service", "Training and Certification"), ("Category", "Certification account"), ("Correspondence language", "English")])}
<p>You can view and update your case at any time in the <a href="{console_link(c)}">Support Center</a>.</p>
<p>You can expect a reply from a support engineer within the response time for your support plan. Cases opened with a
severity of <i>General guidance</i> are answered within 24 hours.</p>
<table role="presentation" style="margin:16px 0"><tr><td class="btn"><a href="{console_link(c)}" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold">View case</a></td></tr></table>
{console_reply_note(c)}
<p>Sincerely,<br>Amazon Web Services</p>"""
    h = aws_shell(inner, banner="Support case opened", preheader=f"Case {c} was opened.")
    body = part(h, "html", "utf-8", "quoted-printable")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), f"Amazon Web Services: You have opened a new Support case: {c}",
                     extra=ses_extra(dt))
    return "002-console-case-opened-html.eml", assemble(H, body), L("case_created", c, [], True, "en")

@mail
def m003():
    u, c = "tanaka", CASE["tanaka"]
    dt = OPEN[u] + timedelta(seconds=9)
    inner = f"""<p>Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース {c} を作成しました。</p>
{case_table([("ケース ID", c), ("件名", "認定アカウントの統合について"), ("重要度", "一般的なガイダンス"), ("サービス", "トレーニングと認定"), ("言語", "日本語")])}
<p>ケースの内容は<a href="{console_link(c, 'ja')}">サポートセンター</a>からいつでも確認・更新いただけます。</p>
<p>担当エンジニアより、ご契約のサポートプランの応答時間内にご連絡いたします。</p>
{console_reply_note(c, 'ja')}
<p>Amazon Web Services</p>"""
    h = aws_shell(inner, lang="ja", banner="新しいケースを作成しました", preheader=f"ケース {c} を作成しました")
    txt = h2t(h)
    body = alt(part(txt, "plain", "iso-2022-jp", "7bit"), part(h, "html", "utf-8", "base64", crlf=True))
    subj = enc_hdr(f"Amazon Web Services: 新しいサポートケースを作成しました: {c}", "iso-2022-jp")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "003-ja-console-new-case.eml", assemble(H, body), L("case_created", c, [], True, "ja")

@mail
def m004():
    u, c = "sato", CASE["sato"]
    dt = OPEN[u] + timedelta(seconds=37)
    inner = f"""<p>佐藤 遥 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。<br>
以下の内容でお問い合わせを承りました。担当者より、原則として24時間以内にご連絡いたします。</p>
{case_table([("お問い合わせ番号", c), ("お問い合わせの種類", "認定 (Certification)"), ("詳細", "アカウントの統合 (Account Merge)"),
             ("AWS 候補者 ID", "AWS04829173"), ("ご連絡先メールアドレス", USERS[u]['addr'])])}
<p>同じ内容で改めてお問い合わせいただくと、回答までにお時間をいただく場合がございます。追加のご連絡は、本メールへのご返信にてお願いいたします。</p>
<p>よくあるご質問は <a href="https://aws.amazon.com/jp/certification/faqs/">AWS 認定に関するよくある質問</a> をご覧ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>"""
    h = aws_shell(inner, lang="ja", banner="お問い合わせを受け付けました", preheader="お問い合わせ番号をご確認ください")
    body = part(h, "html", "utf-8", "base64", crlf=True)
    subj = enc_hdr(f"[CASE {c}] お問い合わせを受け付けました - AWS トレーニングと認定")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), subj, extra=ses_extra(dt))
    return "004-ja-form-uketsuke-html.eml", assemble(H, body), L("case_created", c, ["AWS04829173"], True, "ja")

@mail
def m005():
    u, c = "priya", CASE["priya"]
    dt = ts(2025, 11, 10, 15, 48, 2)
    inner = f"""<p>Hi Priya,</p>
<p>We've got it. Your message to AWS Training and Certification reached us and now has the reference <b>{c}</b>.</p>
<p>Our specialists work through requests in the order they arrive, and you'll normally hear from a real person within one business day.
There's nothing else you need to do right now &mdash; if you think of something to add, just reply to this email and it will be attached to the same request.</p>
<div style="background:#f2f8fd;border-left:4px solid #0073bb;padding:12px 16px;margin:16px 0;font-size:13px">
<b>Summary of your submission</b><br>
Topic: Certification &rsaquo; Account Merge<br>
Candidate IDs provided: AWS71204859, aws 09386612<br>
Preferred language: English
</div>
<p>Thank you,<br>AWS Training and Certification</p>"""
    h = aws_shell(inner, banner="Request received", preheader="Your reference number is inside.")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "005-form-reference-number.eml", assemble(H, body), L("case_created", c, ["AWS71204859", "AWS09386612"], True, "en")

@mail
def m006():
    u, c = "suzuki", CASE["suzuki"]
    dt = OPEN[u] + timedelta(seconds=15)
    inner = f"""<p>Amazon Web Services をご利用いただきありがとうございます。</p>
<p>お客様からのお問い合わせを受け付け、サポートケース <b>{c}</b> をオープンしました。担当者が内容を確認し、順次ご連絡いたします。</p>
{case_table([("ケース ID", c), ("件名", "認定アカウントを1つにまとめたい"), ("重要度", "一般的なガイダンス"), ("ステータス", "未割り当て")])}
<p style="font-size:13px"><b>お問い合わせ内容:</b><br>認定アカウントが2つあります（aws-45017263 と aws-39926581）。1つにまとめていただくことは可能でしょうか。</p>
{console_reply_note(c, 'ja')}
<p>Amazon Web Services</p>"""
    h = aws_shell(inner, lang="ja", banner="サポートケースのオープン", preheader="")
    body = alt(part(h2t(h), "plain", "shift_jis", "base64", crlf=True), part(h.replace("charset=UTF-8", "charset=Shift_JIS"), "html", "shift_jis", "quoted-printable"))
    subj = enc_hdr(f"Amazon Web Services: サポートケース {c} がオープンされました", "iso-2022-jp")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "006-ja-console-case-sjis.eml", assemble(H, body), L("case_created", c, ["AWS45017263", "AWS39926581"], True, "ja")

@mail
def m007():
    u, c = "james", CASE["james"]
    dt = OPEN[u] + timedelta(seconds=58)
    inner = f"""<p>Dear James,</p>
<p>This is an automatic confirmation that your inquiry to AWS Training and Certification has been received and assigned case number {c}.</p>
<p>Our customer support team aims to respond within 24 hours. Response times may be longer during periods of high demand and on weekends.</p>
<ul>
<li>To add information, reply to this message. Please keep <b>[CASE {c}]</b> in the subject.</li>
<li>Please do not open a new case for the same request.</li>
<li>For exam appointments booked with Pearson VUE, contact Pearson VUE directly.</li>
</ul>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p>"""
    h = aws_shell(inner, banner=None, preheader=f"Case {c}")
    body = part(h, "html", "utf-8", "quoted-printable")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"Your inquiry to AWS Training and Certification has been received [CASE {c}]",
                     extra=ses_extra(dt))
    return "007-form-ack-no-auth-results.eml", assemble(H, body), L("case_created", c, [], None, "en")

@mail
def m008():
    u, c = "yamamoto", CASE["yamamoto"]
    dt = ts(2025, 12, 8, 6, 19, 33)
    inner = f"""<p>山本 翔 様</p>
<p>この度は AWS トレーニングと認定 カスタマーサポートへご連絡いただき、ありがとうございます。</p>
<p>お問い合わせ番号 <b>{c}</b> にて新しいケースを作成しました。内容を確認のうえ、担当者よりご連絡いたします。</p>
{case_table([("お問い合わせ番号", c), ("カテゴリ", "認定 / アカウントの統合"), ("AWS 候補者 ID", "AWS 62759014"), ("受付日時", "2025/12/08 15:19 (JST)")])}
<p>ご返信の際は件名を変更せずにお送りください。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>"""
    h = aws_shell(inner, lang="ja", banner="新しいケースを作成しました").replace("charset=UTF-8", "charset=iso-8859-1")
    body = part(h, "html", "utf-8", "8bit", label="iso-8859-1")
    subj = enc_hdr(f"[CASE {c}] {FORM_SUBJ}")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), subj, extra=ses_extra(dt))
    return "008-ja-form-new-case-mislabelled.eml", assemble(H, body), L("case_created", c, ["AWS62759014"], True, "ja")

# ======================================================================= merge_confirmation_requested
@mail
def m009():
    u, c = "marco", CASE["marco"]
    dt = ts(2025, 3, 5, 10, 31, 7)
    quoted = ("<p>Hi,</p><p>Please keep the one linked to marco.bianchi.it@gmail.com, that's the account I use now. "
              "The polimi-alumni address was my university mailbox, I can still receive mail there if needed.</p><p>Thanks,<br>Marco</p>")
    inner = f"""<p>Hello Marco,</p>
<p>Thank you for getting back to us with those details. Before we make any change, please look over the consolidation we have prepared:</p>
{case_table([("Stays active", "AWS88342710 &mdash; marco.bianchi.it@gmail.com"), ("Folded into the above", "AWS13957264 &mdash; m.bianchi@polimi-alumni.it")])}
<p>When the two are combined, the exam history, certifications and benefits of AWS13957264 will appear under AWS88342710, and AWS13957264 will stop working as a login.
<b>Please be aware that this cannot be reversed</b> &mdash; once combined, we are unable to split the records again.</p>
<p>If the table above is right, a short reply to this email saying so is all we need to go ahead. If anything is wrong, tell us what should change.</p>
{form_sig("Aditi R.")}
{rating_block(c)}
<div style="margin-top:24px;border-top:1px solid #d5dbdb;padding-top:10px;font-size:12px;color:#545b64">
-------- Original Message --------<br>From: Marco Bianchi &lt;{USERS[u]['addr']}&gt;<br>Sent: Tue, 4 Mar 2025 14:02:51 +0100<br>Subject: RE:[CASE {c}] {FORM_SUBJ}</div>
<blockquote style="margin:6px 0 0 6px;border-left:2px solid #d5dbdb;padding-left:10px;color:#545b64">{quoted}</blockquote>"""
    h = aws_shell(inner)
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE:[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "009-form-please-review-before-we-combine.eml", assemble(H, body), L("merge_confirmation_requested", c, ["AWS88342710", "AWS13957264"], True, "en")

@mail
def m010():
    u, c = "sato", CASE["sato"]
    dt = ts(2025, 5, 29, 1, 40, 22)
    inner = f"""<p>佐藤 遥 様</p>
<p>お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの小林でございます。</p>
<p>ご依頼いただいた認定アカウントの統合について、以下の内容で手続きを進めさせていただく予定です。</p>
{case_table([("存続するアカウント", "AWS 04829173（haruka.sato.dev@gmail.com）"), ("統合されるアカウント", "AWS 11630258（h.sato@old-company.co.jp）")])}
<p>統合処理を実施いたしますと、<span style="color:#d13212;font-weight:bold">元の状態に戻すことはできません</span>。
統合されるアカウントの受験履歴・認定資格・特典は、存続するアカウントへ引き継がれます。</p>
<p>上記の内容でお間違いがなければ、本メールにご返信いただき、統合へのご同意をお知らせください。
ご返信を確認次第、作業を開始いたします。</p>
{form_sig("小林", "ja")}"""
    h = aws_shell(inner, lang="ja")
    h_iso = h.replace("charset=UTF-8", "charset=ISO-2022-JP")
    body = alt(part(h2t(h), "plain", "iso-2022-jp", "7bit"), part(h_iso, "html", "iso-2022-jp", "7bit"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE:[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "010-ja-form-tougou-goshounin.eml", assemble(H, body), L("merge_confirmation_requested", c, ["AWS04829173", "AWS11630258"], True, "ja")

@mail
def m011():
    u, c = "daniel", CASE["daniel"]
    dt = ts(2025, 8, 20, 15, 2, 48)
    inner = f"""<p>Hello Daniel,</p>
<p>Thanks for your patience while I looked into this. I was able to locate both of your certification profiles:</p>
<ul><li><b>aws30917742</b> &ndash; registered to d.okafor@outlook.com (2 active certifications)</li>
<li><b>aws27554018</b> &ndash; registered to daniel.okafor@tu-example.de (1 active certification)</li></ul>
<p>My proposal is to keep aws30917742 as your single profile and bring aws27554018 into it. After that, aws27554018 can no longer be used to sign in or schedule exams.</p>
<p style="background:#fff8e6;border:1px solid #f2c94c;padding:10px 14px">Important: this operation is permanent. We cannot undo it or separate the profiles later.</p>
<p>Could you confirm that this is what you want? As soon as you reply on the case with your confirmation, I'll submit it to the team that performs the change.</p>
{console_sig("Kwame")}
{rating_block(c)}
{console_reply_note(c)}"""
    h = aws_shell(inner, banner=f"Case {c}: new reply")
    body = part(h, "html", "utf-8", "quoted-printable")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), f"RE:[CASE {c}] Need to merge two certification accounts into one",
                     extra=ses_extra(dt))
    return "011-console-proposal-keep-one-html-only.eml", assemble(H, body), L("merge_confirmation_requested", c, ["AWS30917742", "AWS27554018"], True, "en")

@mail
def m012():
    u, c = "tanaka", CASE["tanaka"]
    dt = ts(2025, 10, 7, 3, 20, 11)
    inner = f"""<p>田中 健一 様</p>
<p>Amazon Web Services の佐々木でございます。お問い合わせいただいた件について確認いたしました。</p>
<p>お客様の認定アカウントとして、以下の3件を確認しております。</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px;margin:10px 0">
<tr style="background:#232f3e;color:#fff"><th style="padding:6px 12px">アカウント</th><th style="padding:6px 12px">登録メールアドレス</th><th style="padding:6px 12px">統合後</th></tr>
<tr><td style="padding:6px 12px;border:1px solid #d5dbdb">AWS58210346</td><td style="padding:6px 12px;border:1px solid #d5dbdb">k-tanaka@nifty.com</td><td style="padding:6px 12px;border:1px solid #d5dbdb"><b>残す（統合先）</b></td></tr>
<tr><td style="padding:6px 12px;border:1px solid #d5dbdb">AWS60093127</td><td style="padding:6px 12px;border:1px solid #d5dbdb">tanaka.k@example-si.co.jp</td><td style="padding:6px 12px;border:1px solid #d5dbdb">統合元（廃止）</td></tr>
<tr><td style="padding:6px 12px;border:1px solid #d5dbdb">AWS00471985</td><td style="padding:6px 12px;border:1px solid #d5dbdb">kenichi.t@gmail.com</td><td style="padding:6px 12px;border:1px solid #d5dbdb">統合元（廃止）</td></tr>
</table>
<p>統合作業後は取り消しや分割ができません。上記の内容で進めてよろしいか、サポートセンターのケースページよりご返信をお願いいたします。
ご承諾をいただくまで作業は行いません。</p>
{console_sig("佐々木", "ja")}
{rating_block(c, "ja")}
{console_reply_note(c, "ja")}"""
    h = aws_shell(inner, lang="ja")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    subj = enc_hdr(f"RE:[CASE {c}] 認定アカウントの統合について")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "012-ja-console-three-accounts-kakunin.eml", assemble(H, body), L("merge_confirmation_requested", c, ["AWS58210346", "AWS60093127", "AWS00471985"], True, "ja")

@mail
def m013():
    u = "marco"
    fake = "174112000300551"
    dt = ts(2025, 3, 6, 19, 44, 3)
    s = sender_generic("mail.aws-certification-merge.com", "45.134.26.77", "bounce@aws-certification-merge.com",
                       "aws-certification-merge.com", dkim_d="aws-certification-merge.com", sel="default", pol="NONE")
    link = f"https://aws-certification-merge.com/case/verify?ref={ralnum(22)}"
    inner = f"""<p>Dear Candidate,</p>
<p>Your request to merge certification accounts (case <b>{fake}</b>) is waiting for your final approval.</p>
<p>For security reasons, account merges must be approved by the account owner through our verification portal within <b>24 hours</b>.
Unapproved requests are cancelled and the certifications on both accounts may be temporarily suspended.</p>
<table role="presentation" style="margin:18px 0"><tr><td class="btn"><a href="{link}" style="background:#ec7211;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">Approve merge</a></td></tr></table>
<p>You will be asked to sign in with your AWS Certification credentials to confirm which account will be kept.</p>
<p>AWS Training &amp; Certification Team</p>"""
    h = aws_shell(inner, banner="Action required: confirm your account merge")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "base64", crlf=True))
    H = mail_headers(u, dt, s, addr("AWS Training & Certification", "case-update@aws-certification-merge.com"),
                     f"Action required: approve your certification account merge - Case {fake}",
                     msgid=f"<{rhex(24)}@aws-certification-merge.com>")
    return "013-lookalike-approve-merge.eml", assemble(H, body), L("merge_confirmation_requested", fake, [], False, "en")

@mail
def m014():
    u = "suzuki"
    fake = "176851240300177"
    dt = ts(2026, 1, 15, 22, 7, 40)
    s = sender_generic("vps-3318.hostingpro.example.net", "193.42.33.18", "info@mailer-shop24.xyz", "amazon.com",
                       dkim_d=None, spf="softfail", dmarc="fail", pol="QUARANTINE")
    forged = [("Received", "from mx-out.amazon.com (mx-out.amazon.com [52.94.124.7])\n\tby smtp.amazon.com with ESMTPS; Thu, 15 Jan 2026 22:07:38 +0000"),
              ("Authentication-Results", "amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com")]
    link = f"http://aws-tc-verify.click/jp/login?case={fake}&u={ralnum(16)}"
    inner = f"""<p>お客様各位</p>
<p>ご依頼いただいたアカウント統合（ケース番号: {fake}）について、最終確認が完了しておりません。</p>
<p>統合を実行するには、下記のボタンから AWS 認定アカウントにサインインし、存続させるアカウントを選択のうえ「統合を承認する」を押してください。</p>
<table role="presentation" style="margin:18px 0"><tr><td class="btn"><a href="{link}" style="background:#ec7211;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">統合を承認する</a></td></tr></table>
<p style="color:#d13212">48時間以内にご承認いただけない場合、ご依頼は取り消され、保有する認定資格が一時的に無効となる場合があります。</p>
<p>AWS トレーニングと認定 サポートチーム</p>"""
    h = aws_shell(inner, lang="ja")
    body = part(h, "html", "utf-8", "base64", crlf=True)
    subj = Header(f"【重要】アカウント統合のご確認のお願い（ケース番号 {fake}）", "iso-2022-jp").encode(maxlinelen=60)
    H = mail_headers(u, dt, s, addr(AWS_NAME, FORM), subj, msgid=f"<{rhex(16)}.{rhex(8)}@mailer-shop24.xyz>", lower=forged)
    return "014-ja-spoofed-shounin-dmarc-fail.eml", assemble(H, body), L("merge_confirmation_requested", fake, [], False, "ja")

@mail
def m015():
    u, c = "priya", CASE["priya"]
    dt = ts(2025, 11, 11, 18, 10, 54)
    txt = f"""Hi Priya,

We're ready to combine your two profiles:
  - AWS-71204859 stays (priya.raman@brightline-analytics.com)
  - AWS-09386612 goes away (priya.r.personal@gmail.com)

This can't be undone. Reply "confirmed" to this message and we'll go ahead.

Tomas
AWS Training and Certification
"""
    inner = f"""<p>Hi Priya,</p>
<p>Thanks for confirming your contact details. I've matched two candidate profiles to you and prepared them for consolidation:</p>
{case_table([("Profile kept", "AWS71204859<br><span style='color:#545b64'>priya.raman@brightline-analytics.com &middot; 3 certifications</span>"),
             ("Profile retired", "AWS09386612<br><span style='color:#545b64'>priya.r.personal@gmail.com &middot; 1 certification, 1 unused 50% voucher</span>")])}
<p>After consolidation you would sign in only with the kept profile. The step is final: profiles can't be separated again afterwards.</p>
<table role="presentation" style="margin:14px 0"><tr><td style="background:#f2f8fd;border:1px solid #0073bb;padding:12px 16px">
<b>What we need from you:</b> reply to this email with your confirmation (for example &ldquo;The details are correct. Please proceed.&rdquo;). We will not change anything until we hear from you.</td></tr></table>
{form_sig("Tom&aacute;s")}
{rating_block(c, style='stars')}"""
    h = aws_shell(inner)
    body = alt(part(txt, "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE: [CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "015-form-consolidation-ready-parts-differ.eml", assemble(H, body), L("merge_confirmation_requested", c, ["AWS71204859", "AWS09386612"], True, "en")

@mail
def m016():
    u, c = "yamamoto", CASE["yamamoto"]
    dt = ts(2025, 12, 10, 2, 5, 49)
    inner_prev_aws = f"""<p>山本 翔 様</p><p>お問い合わせの件、確認のため以下の情報をお知らせください。</p>
<p>1. 各アカウントのログインに使用しているメールアドレス<br>2. 統合後に残したいアカウント<br>3. 統合を希望される理由</p><p>AWS トレーニングと認定 カスタマーサポート 森</p>"""
    user_reply = f"""<div style="font-family:'Yu Gothic UI',sans-serif;font-size:11pt">
<p>AWS トレーニングと認定 ご担当者様</p>
<p>ご連絡ありがとうございます。以下の通り回答いたします。</p>
<p>1. sho.yamamoto@kaiho-systems.co.jp（会社）／ sho.y.1990@gmail.com（個人）<br>
2. 会社のメールアドレスで登録している AWS62759014 を残したいです。<br>
3. 受験時に誤って個人アドレスで別アカウント（aws20648337）を作成してしまったためです。</p>
<p>よろしくお願いいたします。<br>山本</p></div>
{outlook_quote([("差出人:", "Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;"), ("送信日時:", "2025年12月9日 12:12"), ("宛先:", "山本 翔 &lt;sho.yamamoto@kaiho-systems.co.jp&gt;"), ("件名:", f"RE:[CASE {c}] {FORM_SUBJ}")], inner_prev_aws)}"""
    inner = f"""<p>山本 翔 様</p>
<p>ご回答いただきありがとうございます。いただいた情報をもとに確認したところ、以下の2アカウントが該当いたしました。</p>
{case_table([("存続アカウント", "AWS62759014"), ("統合対象アカウント", "AWS20648337")])}
<p>統合対象アカウントの受験履歴・認定資格は、存続アカウントへ移されます。<b>一度統合すると分割・復元はできません。</b></p>
<p>この内容で進めてよろしいか、本メールへのご返信にてお知らせください。</p>
{form_sig("森", "ja")}
{rating_block(c, "ja")}
<div style="margin-top:20px">{outlook_quote([("差出人:", "山本 翔 &lt;sho.yamamoto@kaiho-systems.co.jp&gt;"), ("送信日時:", "2025年12月9日 18:44"), ("宛先:", "Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;"), ("件名:", f"RE: RE:[CASE {c}] {FORM_SUBJ}")], user_reply)}</div>"""
    h = aws_shell(inner, lang="ja")
    body = alt(part(h2t(h), "plain", "utf-8", "base64", crlf=True), part(h, "html", "utf-8", "base64", crlf=True))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE:[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "016-ja-form-two-accounts-outlook-thread.eml", assemble(H, body), L("merge_confirmation_requested", c, ["AWS62759014", "AWS20648337"], True, "ja")

@mail
def m017():
    u, c = "suzuki", CASE["suzuki"]
    dt = ts(2026, 1, 14, 6, 33, 12)
    inner = f"""<p>鈴木 美咲 様</p>
<p>Amazon Web Services サポートの伊藤です。認定アカウントの件、お待たせいたしました。</p>
<p>ご依頼の件は、次の内容で対応する予定です。</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:12px 0;font-size:14px"><tr>
<td style="padding:10px 16px;border:1px solid #d5dbdb;background:#f2f3f3">移行元<br><b>AWS39926581</b></td>
<td style="padding:0 14px;font-size:22px;color:#ec7211">&rarr;</td>
<td style="padding:10px 16px;border:1px solid #d5dbdb;background:#f2f3f3">移行先（今後ご利用いただくアカウント）<br><b>AWS45017263</b></td></tr></table>
<p>この作業は不可逆で、実施後に元の2アカウントの状態へ戻すことはできません。</p>
<p>ご了承いただける場合は、サポートセンターのケースページから「上記内容で問題ありません」とご返信ください。ご返信をいただいてから作業に着手いたします。</p>
{console_sig("伊藤", "ja")}
{rating_block(c, "ja")}
{console_reply_note(c, "ja")}"""
    h = aws_shell(inner, lang="ja", banner=f"ケース {c} に新しい返信があります")
    body = part(h, "html", "utf-8", "base64", crlf=True)
    subj = enc_hdr(f"RE:[CASE {c}] 認定アカウントを1つにまとめたい")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "017-ja-console-ikou-yotei-html-only.eml", assemble(H, body), L("merge_confirmation_requested", c, ["AWS45017263", "AWS39926581"], True, "ja")

# ======================================================================= merge_completed
@mail
def m018():
    u, c = "marco", CASE["marco"]
    dt = ts(2025, 3, 7, 8, 15, 26)
    prev_aws = f"""<p>Hello Marco,</p><p>Before we make any change, please look over the consolidation we have prepared:</p>
{case_table([("Stays active", "AWS88342710"), ("Folded into the above", "AWS13957264")])}
<p>Please be aware that this cannot be reversed. If the table above is right, a short reply to this email saying so is all we need.</p><p>Aditi R.<br>AWS Training and Certification Customer Support</p>"""
    user = f"""<div dir="ltr">The details are correct. Please proceed with the merge.<div><br></div><div>Thanks a lot,</div><div>Marco</div></div><br>
{gmail_quote("On Wed, Mar 5, 2025 at 11:31&#8239;AM Amazon Web Services &lt;<a href='mailto:" + FORM + "'>" + FORM + "</a>&gt; wrote:", prev_aws)}"""
    inner = f"""<p>Hello Marco,</p>
<p>Good news: the records from your second profile have now been moved over. From today, please sign in with profile <b>AWS88342710</b> only &mdash;
the other profile has been retired and will no longer accept logins.</p>
<p>You should now see all of your certifications, your full exam history and your 50% exam benefit listed under AWS88342710 in your Certification Account.
If something looks incomplete, sign out, wait an hour and check again before contacting us.</p>
<p>Digital badges are handled by Credly. They usually follow within 48 hours; if they have not appeared by then, reply to this email and we'll ask the badge team to look at it.</p>
{form_sig("Aditi R.")}
{rating_block(c)}
<div style="margin-top:24px">{gmail_quote("On Wed, Mar 5, 2025 at 2:02&#8239;PM Marco Bianchi &lt;" + USERS[u]['addr'] + "&gt; wrote:", user)}</div>"""
    h = aws_shell(inner)
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE:[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "018-form-records-moved-quoted-request.eml", assemble(H, body), L("merge_completed", c, ["AWS88342710"], True, "en")

@mail
def m019():
    u, c = "sato", CASE["sato"]
    dt = ts(2025, 5, 30, 6, 10, 3)
    txt = f"""佐藤 遥 様

ご返信いただきありがとうございます。
ご指示のとおり、AWS11630258 の受験履歴および認定資格を AWS04829173 へ統合いたしました。
統合処理はすべて完了しております。

今後は AWS04829173 のアカウントにてサインインしてください。
旧アカウント（AWS11630258）ではサインインできなくなっておりますのでご注意ください。
Credly のデジタルバッジは、反映までに最大で数日かかる場合がございます。

ほかにご不明な点がございましたら、本メールにご返信ください。

よろしくお願いいたします。

小林
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

2025年5月29日(木) 11:05 佐藤 遥 <haruka.sato.dev@gmail.com>:
> 小林様
>
> ご確認ありがとうございます。内容に相違ありません。統合を進めてください。
> The details are correct. Please proceed with the merge.
>
> 佐藤
>
> 2025年5月29日(木) 10:40 Amazon Web Services <{FORM}>:
> > 佐藤 遥 様
> >
> > ご依頼いただいた認定アカウントの統合について、以下の内容で手続きを進めさせていただく予定です。
> >
> > 存続するアカウント: AWS 04829173
> > 統合されるアカウント: AWS 11630258
> >
> > 統合処理を実施いたしますと、元の状態に戻すことはできません。
> > 上記の内容でお間違いがなければ、本メールにご返信いただき、統合へのご同意をお知らせください。
"""
    def q(s):
        return "<br>".join(htmlmod.escape(x) for x in s.split("\n"))
    new_html, quoted = txt.split("\n2025年5月29日(木) 11:05", 1)
    quoted = "2025年5月29日(木) 11:05" + quoted
    user_lines = [l[2:] if l.startswith("> ") else l.lstrip(">") for l in quoted.split("\n")[1:]]
    ub = "\n".join(user_lines)
    u_top, u_q = ub.split("\n2025年5月29日(木) 10:40", 1)
    aws_lines = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in u_q.split("\n")[1:])
    inner = (f"<div style=\"font-size:14px\">{q(new_html.strip())}</div>"
             + gmail_quote(htmlmod.escape("2025年5月29日(木) 11:05 佐藤 遥 <haruka.sato.dev@gmail.com>:"),
                           q(u_top.strip()) + gmail_quote(htmlmod.escape(f"2025年5月29日(木) 10:40 Amazon Web Services <{FORM}>:"), q(aws_lines.strip()))))
    h = aws_shell(inner, lang="ja").replace("charset=UTF-8", "charset=ISO-2022-JP")
    body = alt(part(txt, "plain", "iso-2022-jp", "7bit"), part(h, "html", "iso-2022-jp", "7bit"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE:[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "019-ja-form-tougou-kanryou-nested-quote.eml", assemble(H, body), L("merge_completed", c, ["AWS04829173", "AWS11630258"], True, "ja")

@mail
def m020():
    u, c = "daniel", CASE["daniel"]
    dt = ts(2025, 8, 22, 11, 48, 31)
    inner = f"""<p>Hello Daniel,</p>
<p>We've consolidated your certification history into <b>AWS30917742</b>. The profile AWS27554018 has been deactivated, and the exams,
certifications and benefits it held now appear under the surviving profile.</p>
{case_table([("Case ID", c), ("Subject", "Need to merge two certification accounts into one"), ("Status", "Resolved")])}
<p>Because the requested change has been made, we are marking this case as resolved. If you need anything else on this topic, you can reopen the
case from the Support Center within 14 days.</p>
{console_sig("Kwame")}
{yesno_block(c)}
{rating_block(c)}
{console_reply_note(c)}"""
    h = aws_shell(inner, banner="Your case has been resolved", preheader="Your certification history is now under one profile.")
    body = part(h, "html", "utf-8", "quoted-printable")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), f"Amazon Web Services Support: Case {c} has been resolved", extra=ses_extra(dt))
    return "020-console-resolved-and-consolidated.eml", assemble(H, body), L("merge_completed", c, ["AWS30917742", "AWS27554018"], True, "en")

@mail
def m021():
    u, c = "tanaka", CASE["tanaka"]
    dt = ts(2025, 10, 9, 2, 40, 55)
    inner = f"""<p>田中 健一 様</p>
<p>大変お待たせいたしました。Amazon Web Services の佐々木でございます。</p>
<p>AWS60093127 および AWS00471985 に登録されていた受験記録・認定資格を、AWS58210346 へ移行いたしました。
旧アカウント2件は今後ご利用いただけませんので、AWS58210346 にてサインインしてください。</p>
<p>以上をもちまして、本ケースはクローズとさせていただきます。</p>
<div style="border:1px solid #ec7211;padding:14px 16px;margin:16px 0">
<b>アンケートのお願い</b><br>今回のサポートについて、よろしければ以下のアンケートにご協力ください。
{yesno_block(c, "ja")}</div>
{console_sig("佐々木", "ja")}
{rating_block(c, "ja")}"""
    h = aws_shell(inner, lang="ja")
    hs = h.replace("charset=UTF-8", "charset=Shift_JIS")
    body = alt(part(h2t(h), "plain", "shift_jis", "base64", crlf=True), part(hs, "html", "shift_jis", "quoted-printable"))
    subj = enc_hdr(f"RE:[CASE {c}] 認定アカウントの統合について", "iso-2022-jp")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "021-ja-console-ikou-shimashita-anketo.eml", assemble(H, body), L("merge_completed", c, ["AWS58210346", "AWS60093127", "AWS00471985"], True, "ja")

@mail
def m022():
    u, c = "priya", CASE["priya"]
    dt = ts(2025, 11, 15, 20, 22, 14)
    prev_aws = f"""<p>Hi Priya,</p><p>Thanks for confirming your contact details. I've matched two candidate profiles to you and prepared them for consolidation:</p>
<p>Profile kept: AWS71204859<br>Profile retired: AWS09386612</p><p>The step is final: profiles can't be separated again afterwards. Reply to this email with your confirmation.</p><p>Tom&aacute;s<br>AWS Training and Certification Customer Support</p>"""
    user = f"""<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">Hello Tom&aacute;s,<br><br>Sorry for the slow answer, I was travelling. The details are correct. Please proceed with the merge.<br><br>Best,<br>Priya Raman<br>Senior Data Engineer | Brightline Analytics</div>
{outlook_quote([("From:", "Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;"), ("Sent:", "Tuesday, November 11, 2025 6:10 PM"), ("To:", "Priya Raman &lt;priya.raman@brightline-analytics.com&gt;"), ("Subject:", f"RE: [CASE {c}] {FORM_SUBJ}")], prev_aws)}"""
    inner = f"""<p>Hi Priya,</p>
<p>Your two candidate profiles are now one. Everything previously held under AWS09386612 &mdash; exam history, your certification and the unused 50% voucher &mdash;
now lives under <b>AWS71204859</b>, and the old login has been switched off.</p>
<p>Nothing further is needed from you. If a certification or voucher seems to be missing when you next sign in, reply here within 14 days and we'll pick it up again.</p>
{form_sig("Tom&aacute;s")}
{rating_block(c)}
<div style="margin-top:20px">{outlook_quote([("From:", "Priya Raman &lt;priya.raman@brightline-analytics.com&gt;"), ("Sent:", "Friday, November 14, 2025 9:03 AM"), ("To:", "Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;"), ("Subject:", f"RE: [CASE {c}] {FORM_SUBJ}")], user)}</div>"""
    h = aws_shell(inner)
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE: [CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "022-form-profiles-now-one-outlook-thread.eml", assemble(H, body), L("merge_completed", c, ["AWS71204859", "AWS09386612"], True, "en")

@mail
def m023():
    u, c = "suzuki", CASE["suzuki"]
    dt = ts(2026, 1, 16, 0, 58, 40)
    inner = f"""<p>鈴木 美咲 様</p>
<p>いつも Amazon Web Services をご利用いただきありがとうございます。サポートの伊藤です。</p>
<p>ご依頼のアカウント統合作業が終了いたしました。<b>AWS45017263</b> にて、これまでに取得された認定資格・受験履歴がすべて確認いただける状態となっております。</p>
<p>もう一方のアカウントは閉鎖済みのため、今後のサインインや試験のご予約には AWS45017263 をご利用ください。</p>
<p>ご不明な点がございましたら、ケースページよりお気軽にご返信ください。</p>
{console_sig("伊藤", "ja")}
{rating_block(c, "ja")}
{console_reply_note(c, "ja")}"""
    h = aws_shell(inner, lang="ja", banner="ケースが更新されました")
    body = part(h, "html", "utf-8", "base64", crlf=True)
    subj = enc_hdr(f"RE:[CASE {c}] 認定アカウントを1つにまとめたい")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "023-ja-console-sagyou-shuuryou-base64.eml", assemble(H, body), L("merge_completed", c, ["AWS45017263"], True, "ja")

@mail
def m024():
    u, c = "sofia", CASE["sofia"]
    dt = ts(2026, 2, 5, 9, 30, 12)
    txt = f"""Hello,

A new correspondence has been added to your AWS Support case {c}.

To view it, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Please do not reply to this email. This address cannot accept replies.

Amazon Web Services
"""
    inner = f"""<p>Hello,</p><p>A new correspondence has been added to your AWS Support case <b>{c}</b>:</p>
<div style="border-left:4px solid #0073bb;background:#f7fafc;padding:12px 16px;margin:14px 0">
<p>Hi Sofia,</p>
<p>Your certification profiles have been brought together. AWS97130452 now holds your full certification record &mdash; both certifications, all exam
attempts and your benefits &mdash; and AWS76485109 has been closed.</p>
<p>Please sign in with AWS97130452 from now on. Your Credly badges will be re-issued to the email address on that profile.</p>
<p>Best regards,<br>Ines<br>Amazon Web Services</p></div>
<table role="presentation" style="margin:16px 0"><tr><td class="btn"><a href="{console_link(c)}" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold">View case</a></td></tr></table>
{rating_block(c)}
{console_reply_note(c)}"""
    h = aws_shell(inner, banner="New correspondence")
    body = alt(part(txt, "plain", "utf-8", "7bit"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), f"[Case {c}] New correspondence added", extra=ses_extra(dt))
    return "024-console-new-correspondence-html-has-result.eml", assemble(H, body), L("merge_completed", c, ["AWS97130452", "AWS76485109"], True, "en")

@mail
def m025():
    u, c = "yamamoto", CASE["yamamoto"]
    dt = ts(2025, 12, 12, 5, 17, 8)
    prev_aws = f"""<p>山本 翔 様</p><p>以下の2アカウントが該当いたしました。</p><p>存続アカウント: AWS62759014<br>統合対象アカウント: AWS20648337</p>
<p>一度統合すると分割・復元はできません。この内容で進めてよろしいか、本メールへのご返信にてお知らせください。</p><p>森<br>AWS トレーニングと認定 カスタマーサポート</p>"""
    user = f"""<div style="font-family:'Yu Gothic UI',sans-serif;font-size:11pt"><p>森様</p><p>問題ありません。統合をお願いいたします。<br>The details are correct. Please proceed with the merge.</p><p>山本</p></div>
{outlook_quote([("差出人:", "Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;"), ("送信日時:", "2025年12月10日 11:05"), ("宛先:", "山本 翔 &lt;sho.yamamoto@kaiho-systems.co.jp&gt;"), ("件名:", f"RE:[CASE {c}] {FORM_SUBJ}")], prev_aws)}"""
    inner = f"""<p>山本 翔 様</p>
<p>ご確認いただきありがとうございました。AWS トレーニングと認定 カスタマーサポートの森です。</p>
<p>AWS20648337 に登録されていた情報を AWS62759014 へ移行いたしました。次回受験時の 50% 割引などの特典も引き継がれております。</p>
<p>今後は AWS62759014（sho.yamamoto@kaiho-systems.co.jp）でサインインしてください。</p>
{form_sig("森", "ja")}
{rating_block(c, "ja")}
<div style="margin-top:18px">{outlook_quote([("差出人:", "山本 翔 &lt;sho.yamamoto@kaiho-systems.co.jp&gt;"), ("送信日時:", "2025年12月11日 9:31"), ("宛先:", "Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;"), ("件名:", f"RE: RE:[CASE {c}] {FORM_SUBJ}")], user)}</div>"""
    h = aws_shell(inner, lang="ja")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    subj = Header(f"RE:[CASE {c}] {FORM_SUBJ} 【完了のご連絡】", "iso-2022-jp").encode(maxlinelen=64)
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), subj, extra=ses_extra(dt))
    return "025-ja-form-ikou-itashimashita-split-subject.eml", assemble(H, body), L("merge_completed", c, ["AWS62759014", "AWS20648337"], True, "ja")

@mail
def m026():
    u, c = "james", CASE["james"]
    dt = ts(2025, 7, 18, 13, 44, 19)
    inner = f"""<p>Hi James,</p>
<p>Just letting you know that your certification records are now housed under a single profile, <b>AWS51874620</b>.
The duplicate (aws 83092716) no longer exists as a separate account, so please don't try to sign in with it.</p>
<p>The exam voucher that was sitting on the duplicate has been carried across as well; you'll find it under <i>Benefits</i>.</p>
<p>If you spot anything missing, just reply and reference the case number in the subject.</p>
{form_sig("Niamh")}
<table role="presentation" style="margin-top:18px;width:100%;background:#f2f3f3"><tr><td style="padding:12px 16px;font-size:13px">
Tell us how we did on this reply: <a href="https://amazonsurvey.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={c}&amp;r=5">Great</a> &middot;
<a href="https://amazonsurvey.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={c}&amp;r=3">OK</a> &middot;
<a href="https://amazonsurvey.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={c}&amp;r=1">Not helpful</a></td></tr></table>"""
    h = aws_shell(inner)
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE:[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "026-form-single-profile-no-auth-results.eml", assemble(H, body), L("merge_completed", c, ["AWS51874620", "AWS83092716"], None, "en")

@mail
def m027():
    u, c = "takahashi", CASE["takahashi"]
    dt = ts(2025, 9, 4, 7, 2, 37)
    corr = f"""高橋 大輔 様

Amazon Web Services の中村です。

認定アカウント AWS 70318264 と AWS 52906417 の統合処理が完了いたしましたので、ご報告いたします。
今後は AWS 70318264 にて認定資格をご確認いただけます。

中村
Amazon Web Services"""
    txt = f"""ケース {c} に新しい返信が追加されました。

----
{corr}
----

返信内容の確認やご返信は、サポートセンターからお願いいたします。
{console_link(c, 'ja').replace('&amp;', '&')}

このメールアドレスは送信専用です。
"""
    inner = f"""<p>ケース <b>{c}</b> に新しい返信が追加されました。</p>
<div style="border-left:4px solid #0073bb;background:#f7fafc;padding:12px 16px;margin:14px 0">{'<br>'.join(corr.split(chr(10)))}</div>
<table role="presentation" style="margin:16px 0"><tr><td class="btn"><a href="{console_link(c, 'ja')}" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold">ケースを表示</a></td></tr></table>
{rating_block(c, "ja")}
{console_reply_note(c, "ja")}"""
    h = aws_shell(inner, lang="ja")
    body = alt(part(txt, "plain", "iso-2022-jp", "7bit"), part(h, "html", "utf-8", "quoted-printable"))
    subj = enc_hdr(f"[Case {c}] 新しい返信が追加されました", "iso-2022-jp")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "027-ja-console-new-reply-kanryou.eml", assemble(H, body), L("merge_completed", c, ["AWS70318264", "AWS52906417"], True, "ja")

# ======================================================================= survey
@mail
def m028():
    u, c = "marco", CASE["marco"]
    dt = ts(2025, 3, 8, 8, 20, 2)
    scale = "".join(f"<td style=\"padding:3px\"><a href=\"https://amazonsurvey.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={c}&amp;csat={i}\" style=\"display:inline-block;width:34px;height:34px;line-height:34px;text-align:center;border:1px solid #879596;color:#16191f;text-decoration:none\">{i}</a></td>" for i in range(1, 6))
    inner = f"""<p>Hi Marco,</p>
<p>Your recent case with AWS Training and Certification Customer Support (<b>{c}</b>) has been closed.</p>
<p>How did we do? We read every response, and it takes less than a minute.</p>
{yesno_block(c, q="Did we answer your question?")}
<p style="margin-bottom:4px">How satisfied are you with the support you received?</p>
<table role="presentation"><tr><td style="font-size:11px;color:#545b64;padding-right:6px">Very dissatisfied</td>{scale}<td style="font-size:11px;color:#545b64;padding-left:6px">Very satisfied</td></tr></table>
<p style="font-size:12px;color:#545b64">This survey is administered by Qualtrics on behalf of Amazon Web Services. Your responses are handled in accordance with the
<a href="https://aws.amazon.com/privacy/">AWS Privacy Notice</a>.</p>"""
    h = aws_shell(inner, banner="How did we do?")
    body = part(h, "html", "utf-8", "quoted-printable")
    H = mail_headers(u, dt, sender_ses(dt), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"),
                     f"How did we do? Your AWS Training and Certification case {c}", extra=ses_extra(dt))
    return "028-form-how-did-we-do-html-only.eml", assemble(H, body), L("survey", c, [], True, "en")

@mail
def m029():
    u, c = "sato", CASE["sato"]
    dt = ts(2025, 5, 31, 0, 5, 44)
    inner = f"""<p>佐藤 遥 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>お問い合わせ（ケース番号: {c}）はクローズされました。今後のサービス向上のため、アンケートへのご協力をお願いいたします。所要時間は約1分です。</p>
<table role="presentation" style="margin:16px 0"><tr><td class="btn"><a href="https://amazonsurvey.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={c}&amp;lang=JA" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold">アンケートに回答する</a></td></tr></table>
<p style="font-size:12px;color:#545b64">本アンケートは Qualtrics を利用して実施しています。ご回答内容はサービス改善の目的にのみ使用いたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>"""
    h = aws_shell(inner, lang="ja", banner="アンケートのお願い")
    hiso = h.replace("charset=UTF-8", "charset=ISO-2022-JP")
    body = alt(part(h2t(h), "plain", "iso-2022-jp", "7bit"), part(hiso, "html", "iso-2022-jp", "7bit"))
    subj = enc_hdr("【アンケートのお願い】AWS トレーニングと認定 カスタマーサポート", "iso-2022-jp")
    H = mail_headers(u, dt, sender_ses(dt), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), subj, extra=ses_extra(dt))
    return "029-ja-form-anketo-onegai.eml", assemble(H, body), L("survey", c, [], True, "ja")

@mail
def m030():
    u, c = "daniel", CASE["daniel"]
    dt = ts(2025, 8, 25, 16, 0, 7)
    stars = "".join(f"<a href=\"https://console.aws.amazon.com/support/feedback?displayId={c}&amp;stars={i}\" style=\"font-size:28px;color:#ec7211;text-decoration:none\">&#9734;</a>" for i in range(1, 6))
    inner = f"""<p>Hello Daniel,</p>
<p>We recently worked with you on the case below. Tell us about your experience so we can keep improving AWS Support.</p>
{case_table([("Case ID", c), ("Subject", "Need to merge two certification accounts into one"), ("Status", "Closed")])}
<p style="margin-bottom:2px"><b>Overall, how would you rate your support experience?</b></p>
<div>{stars}</div>
<p style="font-size:12px;color:#545b64">1 star = very poor, 5 stars = excellent</p>
<p>Thank you for choosing Amazon Web Services.</p>"""
    h = aws_shell(inner, banner="Tell us about your recent case")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), f"Amazon Web Services Support: How was your experience with case {c}?", extra=ses_extra(dt))
    return "030-console-rate-your-experience.eml", assemble(H, body), L("survey", c, [], True, "en")

@mail
def m031():
    u, c = "tanaka", CASE["tanaka"]
    dt = ts(2025, 10, 12, 3, 0, 15)
    inner = f"""<p>田中 健一 様</p>
<p>お客様のケース {c}（件名: 認定アカウントの統合について）は解決済みとしてクローズされました。</p>
<p>クローズ後 14 日以内であれば、サポートセンターからケースを再オープンいただけます。</p>
{yesno_block(c, "ja", q="今回のお問い合わせは解決しましたか？")}
<p>今回のサポート対応について、アンケートへのご協力をお願いいたします。</p>
<p>Amazon Web Services</p>"""
    h = aws_shell(inner, lang="ja", banner="ケースがクローズされました")
    hs = h.replace("charset=UTF-8", "charset=Shift_JIS")
    body = part(hs, "html", "shift_jis", "base64", crlf=True)
    subj = enc_hdr(f"Amazon Web Services サポート: ケース {c} がクローズされました", "iso-2022-jp")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "031-ja-console-case-closed-sjis.eml", assemble(H, body), L("survey", c, [], True, "ja")

@mail
def m032():
    u, c = "priya", CASE["priya"]
    dt = ts(2025, 11, 16, 21, 0, 33)
    link = f"https://amazonsurvey.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={c}&src=email"
    txt = f"""Rate your experience with AWS Training and Certification Customer Support:
{link}

Reference: {c}
"""
    prev = f"""<p>Hi Priya,</p><p>Your two candidate profiles are now one. Everything previously held under AWS09386612 now lives under AWS71204859, and the old login has been switched off.</p><p>Tom&aacute;s<br>AWS Training and Certification Customer Support</p>"""
    inner = f"""<p>Hi Priya,</p>
<p>Your request <b>{c}</b> is now closed. How would you rate the help you received?</p>
<table role="presentation" style="margin:16px 0"><tr><td class="btn"><a href="{htmlmod.escape(link)}" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold">Rate your experience</a></td></tr></table>
<p style="font-size:12px;color:#545b64">The survey has 3 questions and takes about one minute.</p>
<p style="margin-top:22px;font-size:12px;color:#545b64">Your most recent correspondence for reference:</p>
<div style="font-size:12px;color:#545b64">On Sat, Nov 15, 2025 at 8:22 PM, Amazon Web Services wrote:</div>
<blockquote style="margin:4px 0 0 4px;border-left:2px solid #d5dbdb;padding-left:10px;color:#545b64">{prev}</blockquote>"""
    h = aws_shell(inner, banner="Your request is closed")
    body = alt(part(txt, "plain", "us-ascii", "7bit"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"),
                     f"Your AWS Training and Certification request {c} is closed", extra=ses_extra(dt))
    return "032-form-closed-survey-quotes-completion.eml", assemble(H, body), L("survey", c, [], True, "en")

@mail
def m033():
    u, c = "suzuki", CASE["suzuki"]
    dt = ts(2026, 1, 19, 1, 30, 0)
    stars = "".join(f"<a href=\"https://console.aws.amazon.com/support/feedback?displayId={c}&amp;stars={i}&amp;language=ja\" style=\"font-size:26px;color:#ec7211;text-decoration:none\">&#9733;</a>" for i in range(1, 6))
    inner = f"""<p>鈴木 美咲 様</p>
<p>このたびは AWS サポートをご利用いただき、ありがとうございました。</p>
<p>ケース {c} の対応についてお伺いします。担当者の対応にどの程度満足されましたか？</p>
<div style="margin:10px 0">{stars}</div>
<p style="font-size:12px;color:#545b64">星をクリックすると評価が送信されます（1 = 不満、5 = 満足）。</p>
<p>いただいたご意見は、今後のサポート品質の向上に活用させていただきます。</p>
<p>Amazon Web Services</p>"""
    h = aws_shell(inner, lang="ja", banner="お客様満足度アンケート")
    body = part(h, "html", "utf-8", "base64", crlf=True)
    subj = enc_hdr(f"お客様満足度アンケートのお願い（ケース {c}）")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "033-ja-console-manzokudo-stars.eml", assemble(H, body), L("survey", c, [], True, "ja")

@mail
def m034():
    u, c = "yamamoto", CASE["yamamoto"]
    dt = ts(2025, 12, 19, 0, 12, 9)
    inner = f"""<p>山本 翔 様</p>
<p>先日お送りしたアンケートへのご回答をまだいただいておりません。お忙しいところ恐れ入りますが、ご協力いただけますと幸いです。</p>
{case_table([("ケース番号", c), ("件名", FORM_SUBJ)])}
{yesno_block(c, "ja", q="担当者はお客様の問題を解決できましたか？")}
<p style="font-size:12px;color:#545b64">既にご回答いただいている場合は、本メールと行き違いとなりましたことをご容赦ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>"""
    h = aws_shell(inner, lang="ja", banner="リマインダー: アンケートのお願い")
    body = alt(part(h2t(h), "plain", "iso-2022-jp", "7bit"), part(h, "html", "utf-8", "base64", crlf=True))
    subj = Header(f"【リマインダー】アンケートへのご協力のお願い（ケース {c}）", "iso-2022-jp").encode(maxlinelen=60)
    H = mail_headers(u, dt, sender_ses(dt), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), subj, extra=ses_extra(dt))
    return "034-ja-form-anketo-reminder.eml", assemble(H, body), L("survey", c, [], True, "ja")

# ======================================================================= credly_badge_issued
def credly_msgid(dt):
    return f"<{ralnum(22)}_{int(dt.timestamp())}@geopod-ismtpd-{R.randint(1,40)}.mail.credly.com>"

def credly_extra():
    return [("List-Unsubscribe", f"<https://www.credly.com/unsubscribe/{ralnum(40)}>, <mailto:unsubscribe@credly.com?subject=unsubscribe>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("X-SG-EID", ralnum(60)), ("X-Entity-ID", ralnum(22) + "==")]

@mail
def m035():
    u = "marco"; dt = ts(2025, 3, 8, 14, 2, 50)
    url = credly_badge_url()
    inner = f"""<h2 style="margin:0 0 10px;font-size:22px">Congratulations, Marco!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge. Accept it to start sharing your achievement.</p>
{badge_card("AWS Certified Solutions Architect &ndash; Associate", "aws-certified-solutions-architect-associate", "Accept your badge", url)}
<p style="font-size:14px"><b>Why accept?</b> Accepted badges can be shared on LinkedIn, added to your email signature and verified by employers in one click.</p>
<p style="font-size:13px;color:#6b6b6b">Having trouble with the button? Copy this link into your browser:<br>{url}</p>"""
    h = credly_shell(inner, preheader="Your new badge is waiting for you.")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr(CREDLY_NAME, CREDLY),
                     "Marco, you've earned a badge from Amazon Web Services Training and Certification", msgid=credly_msgid(dt), extra=credly_extra())
    return "035-credly-earned-badge-accept.eml", assemble(H, body), L("credly_badge_issued", None, [], True, "en")

@mail
def m036():
    u = "daniel"; dt = ts(2025, 8, 23, 2, 11, 5)
    cards = "".join(badge_card(n, s, "Accept badge", credly_badge_url()) for n, s in [
        ("AWS Certified Cloud Practitioner", "aws-certified-cloud-practitioner"),
        ("AWS Certified Developer &ndash; Associate", "aws-certified-developer-associate"),
        ("AWS Certified Data Engineer &ndash; Associate", "aws-certified-data-engineer-associate")])
    inner = f"""<p>Hi Daniel,</p>
<p>Following an update to your AWS Certification profile, the badges below have been transferred to the Credly account for
<b>d.okafor@outlook.com</b>. They're ready for you to accept and share.</p>
{cards}
<p style="font-size:13px;color:#6b6b6b">Badges on your previous Credly account were moved automatically, including their original issue dates.</p>"""
    h = credly_shell(inner, preheader="3 badges were transferred to your account")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr(CREDLY_NAME, CREDLY),
                     "3 badges from Amazon Web Services Training and Certification were moved to your account", msgid=credly_msgid(dt), extra=credly_extra())
    return "036-credly-badges-transferred.eml", assemble(H, body), L("credly_badge_issued", None, [], True, "en")

@mail
def m037():
    u = "sato"; dt = ts(2025, 6, 1, 3, 44, 18)
    url = credly_badge_url()
    inner = f"""<h2 style="margin:0 0 10px;font-size:21px">佐藤 遥さん、おめでとうございます！</h2>
<p>Amazon Web Services Training and Certification からバッジが発行されました。バッジを受け取って、あなたの実績を共有しましょう。</p>
{badge_card("AWS Certified Developer &ndash; Associate", "aws-certified-developer-associate", "バッジを受け取る", url)}
<p style="font-size:13px">受け取ったバッジは LinkedIn などで共有でき、第三者がいつでも真正性を確認できます。</p>
<p style="font-size:12px;color:#6b6b6b">ボタンが機能しない場合は、次の URL をブラウザに貼り付けてください。<br>{url}</p>"""
    h = credly_shell(inner, preheader="新しいバッジが届いています", lang="ja")
    body = alt(part(h2t(h), "plain", "utf-8", "base64", crlf=True), part(h, "html", "utf-8", "base64", crlf=True))
    subj = enc_hdr("佐藤 遥さん、Amazon Web Services Training and Certification からバッジが発行されました")
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr(CREDLY_NAME, CREDLY), subj, msgid=credly_msgid(dt), extra=credly_extra())
    return "037-ja-credly-badge-hakkou.eml", assemble(H, body), L("credly_badge_issued", None, [], True, "ja")

@mail
def m038():
    u = "tanaka"; dt = ts(2025, 10, 13, 8, 3, 51)
    cards = "".join(badge_card(n, s, "バッジを承認する", credly_badge_url()) for n, s in [
        ("AWS Certified SysOps Administrator &ndash; Associate", "aws-certified-sysops-administrator-associate"),
        ("AWS Certified Solutions Architect &ndash; Professional", "aws-certified-solutions-architect-professional")])
    inner = f"""<p>田中 健一さん</p>
<p>認定アカウントの統合に伴い、Amazon Web Services Training and Certification から以下のバッジが再発行されました。承認すると、プロフィールに表示されます。</p>
{cards}
<p style="font-size:12px;color:#6b6b6b">元の取得日と有効期限はそのまま引き継がれています。</p>"""
    h = credly_shell(inner, preheader="2件のバッジが届いています", lang="ja")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    subj = enc_hdr("新しいバッジが届いています: Amazon Web Services Training and Certification")
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr(CREDLY_NAME, CREDLY), subj, msgid=credly_msgid(dt), extra=credly_extra())
    return "038-ja-credly-saihakkou-two-badges.eml", assemble(H, body), L("credly_badge_issued", None, [], True, "ja")

@mail
def m039():
    u = "sofia"; dt = ts(2026, 2, 6, 17, 25, 9)
    cards = "".join(badge_card(n, s, "Accept", credly_badge_url()) for n, s in [
        ("AWS Certified Machine Learning Engineer &ndash; Associate", "aws-certified-machine-learning-engineer-associate"),
        ("AWS Certified AI Practitioner", "aws-certified-ai-practitioner")])
    inner = f"""<p>Hi Sofia,</p>
<p>You have <b>2 badges</b> from Amazon Web Services Training and Certification waiting for you. Accept them to add them to your Credly profile.</p>
{cards}
<p style="font-size:13px">Tip: turn on auto-accept in your Credly settings so future badges appear right away.</p>"""
    h = credly_shell(inner, preheader="Your badges are ready")
    body = part(h, "html", "utf-8", "quoted-printable")
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr(CREDLY_NAME, CREDLY), "Your badges are ready to accept", msgid=credly_msgid(dt), extra=credly_extra())
    return "039-credly-ready-to-accept-html-only.eml", assemble(H, body), L("credly_badge_issued", None, [], True, "en")

@mail
def m040():
    u = "suzuki"; dt = ts(2026, 1, 17, 11, 40, 30)
    inner = f"""<p>鈴木 美咲さん</p>
<p>バッジの受け取り準備ができました。Amazon Web Services Training and Certification から発行されたバッジを確認してください。</p>
{badge_card("AWS Certified Cloud Practitioner", "aws-certified-cloud-practitioner", "バッジを受け取る", credly_badge_url())}
{badge_card("AWS Certified Solutions Architect &ndash; Associate", "aws-certified-solutions-architect-associate", "バッジを受け取る", credly_badge_url())}
<p style="font-size:12px;color:#6b6b6b">このバッジは 鈴木 美咲 さんのメールアドレス宛てに発行されています。</p>"""
    h = credly_shell(inner, preheader="", lang="ja")
    body = part(h, "html", "utf-8", "base64", crlf=True)
    subj = enc_hdr("バッジの受け取り準備ができました")
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr(CREDLY_NAME, CREDLY), subj, msgid=credly_msgid(dt), extra=credly_extra())
    return "040-ja-credly-uketori-html-only.eml", assemble(H, body), L("credly_badge_issued", None, [], True, "ja")

@mail
def m041():
    u = "james"; dt = ts(2025, 7, 19, 9, 12, 44)
    url1, url2 = credly_badge_url(), credly_badge_url()
    txt = f"""Hi James,

Amazon Web Services Training and Certification issued you a badge:
AWS Certified Solutions Architect - Associate

Accept it here: {url1.replace('&amp;', '&')}

- The Credly Team
"""
    inner = f"""<p>Hi James,</p>
<p>Amazon Web Services Training and Certification has issued you new badges.</p>
{badge_card("AWS Certified Solutions Architect &ndash; Associate", "aws-certified-solutions-architect-associate", "Accept your badge", url1)}
{badge_card("AWS Certified Cloud Practitioner", "aws-certified-cloud-practitioner", "Accept your badge", url2)}"""
    h = credly_shell(inner, preheader="New badges")
    body = alt(part(txt, "plain", "utf-8", "7bit"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr(CREDLY_NAME, CREDLY),
                     "You've been issued new badges by Amazon Web Services Training and Certification", msgid=credly_msgid(dt), extra=credly_extra())
    return "041-credly-issued-parts-differ-no-auth.eml", assemble(H, body), L("credly_badge_issued", None, [], None, "en")

@mail
def m042():
    u = "yamamoto"; dt = ts(2025, 12, 13, 4, 2, 27)
    cards = "".join(badge_card(n, s, "バッジを確認", credly_badge_url()) for n, s in [
        ("AWS Certified Security &ndash; Specialty", "aws-certified-security-specialty"),
        ("AWS Certified Solutions Architect &ndash; Associate", "aws-certified-solutions-architect-associate")])
    inner = f"""<p>山本 翔さん</p>
<p>AWS 認定アカウントの統合に伴い、以下の 2 件のバッジがこの Credly アカウント（sho.yamamoto@kaiho-systems.co.jp）へ移動され、受け取り可能になりました。</p>
{cards}
<p style="font-size:12px;color:#6b6b6b">以前のアカウントに表示されていたバッジは、今後このアカウントにのみ表示されます。</p>"""
    h = credly_shell(inner, preheader="バッジが移動されました", lang="ja")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    subj = Header("山本 翔さん、アカウント統合に伴いバッジがこのアカウントに移動されました", "utf-8").encode(maxlinelen=60)
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr(CREDLY_NAME, CREDLY), subj, msgid=credly_msgid(dt), extra=credly_extra())
    return "042-ja-credly-idou-split-subject.eml", assemble(H, body), L("credly_badge_issued", None, [], True, "ja")

# ======================================================================= support_reply
@mail
def m043():
    u, c = "marco", CASE["marco"]
    dt = ts(2025, 3, 4, 11, 20, 31)
    orig = f"""<p>Inquiry type: Certification<br>Inquiry detail: Account Merge<br>AWS candidate ID: AWS88342710<br>
Description: I ended up with two certification profiles, the second one (aws13957264) was created with my old university address when I booked my SAA exam. Can you combine them so everything is under one?</p>"""
    inner = f"""<p>Hi Marco,</p>
<p>Thanks for your patience. I found two candidate profiles that match your name and date of birth:</p>
<ul><li>AWS88342710 &ndash; marco.bianchi.it@gmail.com</li><li>AWS13957264 &ndash; m.bianchi@polimi-alumni.it</li></ul>
<p>To continue, could you let me know:</p>
<ol><li>which of the two you would like to keep as your main profile, and</li>
<li>which e-mail address you want certification notifications to go to afterwards?</li></ol>
<p>Once I have that, I'll set out exactly what will happen so you can check it before anything changes.</p>
{form_sig("Aditi R.")}
{rating_block(c)}
<div style="margin-top:24px;font-size:12px;color:#545b64">--- Your original request ---</div>
<blockquote style="margin:4px 0 0 4px;border-left:2px solid #d5dbdb;padding-left:10px;color:#545b64">{orig}</blockquote>"""
    h = aws_shell(inner)
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE:[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "043-form-which-profile-to-keep.eml", assemble(H, body), L("support_reply", c, ["AWS88342710", "AWS13957264"], True, "en")

@mail
def m044():
    u, c = "yamamoto", CASE["yamamoto"]
    dt = ts(2025, 12, 9, 3, 12, 40)
    inner = f"""<p>山本 翔 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの森でございます。お問い合わせいただきありがとうございます。</p>
<p>お知らせいただいた AWS62759014 のほかに該当するアカウントを特定するため、以下の情報をお知らせください。</p>
<ol><li>各アカウントのログインに使用しているメールアドレス</li>
<li>統合後に残したいアカウント</li>
<li>統合を希望される理由</li></ol>
<p>もう一方のアカウント番号が分かる場合は、あわせてお知らせいただけますと手続きがスムーズです。</p>
{form_sig("森", "ja")}"""
    h = aws_shell(inner, lang="ja")
    hiso = h.replace("charset=UTF-8", "charset=ISO-2022-JP")
    body = alt(part(h2t(h), "plain", "iso-2022-jp", "7bit"), part(hiso, "html", "iso-2022-jp", "7bit"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE:[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "044-ja-form-tsuika-jouhou-onegai.eml", assemble(H, body), L("support_reply", c, ["AWS62759014"], True, "ja")

@mail
def m045():
    u, c = "daniel", CASE["daniel"]
    dt = ts(2025, 8, 21, 9, 5, 16)
    prev = f"""<p><b>Correspondence from Daniel Okafor</b> &middot; Thu Aug 21 2025 06:48 UTC</p>
<p>Hi Kwame, yes, that's right. The details are correct. Please proceed with the merge.</p>
<p><b>Correspondence from Amazon Web Services</b> &middot; Wed Aug 20 2025 15:02 UTC</p>
<p>My proposal is to keep aws30917742 as your single profile and bring aws27554018 into it. This operation is permanent. Could you confirm that this is what you want?</p>"""
    inner = f"""<p>Hello Daniel,</p>
<p>Thank you for confirming. I've handed your request to our certification operations team, who will now combine AWS27554018 into AWS30917742.</p>
<p>There's nothing more you need to do. You'll get an update on this case as soon as the work is finished &mdash; usually within two business days.
Please don't book any exams on AWS27554018 in the meantime.</p>
{console_sig("Kwame")}
{rating_block(c)}
{console_reply_note(c)}
<div style="margin-top:20px;font-size:12px;color:#545b64;border-top:1px solid #d5dbdb;padding-top:8px">Previous correspondence</div>
<blockquote style="margin:6px 0 0 4px;border-left:2px solid #d5dbdb;padding-left:10px;color:#545b64;font-size:12px">{prev}</blockquote>"""
    h = aws_shell(inner, banner=f"Case {c}: new reply")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), f"RE:[CASE {c}] Need to merge two certification accounts into one", extra=ses_extra(dt))
    return "045-console-thanks-handed-to-operations.eml", assemble(H, body), L("support_reply", c, ["AWS30917742", "AWS27554018"], True, "en")

@mail
def m046():
    u, c = "sato", CASE["sato"]
    dt = ts(2025, 5, 29, 5, 30, 2)
    inner = f"""<p>佐藤 遥 様</p>
<p>ご返信いただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの小林でございます。</p>
<p>ご承諾いただいた内容にて、AWS04829173 への統合作業を担当チームへ依頼いたしました。</p>
<p>統合作業が完了しましたら、改めて本メールにてご連絡いたします。通常 1～2 営業日ほどお時間をいただいております。
それまでの間、統合される側のアカウントでの試験予約はお控えください。</p>
{form_sig("小林", "ja")}"""
    h = aws_shell(inner, lang="ja")
    hs = h.replace("charset=UTF-8", "charset=Shift_JIS")
    body = alt(part(h2t(h), "plain", "shift_jis", "8bit"), part(hs, "html", "shift_jis", "base64", crlf=True))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE:[CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "046-ja-form-kanryou-shidai-renraku.eml", assemble(H, body), L("support_reply", c, ["AWS04829173"], True, "ja")

@mail
def m047():
    u, c = "priya", CASE["priya"]
    dt = ts(2025, 11, 14, 7, 45, 0)
    prev = f"""<p>Hi Priya,</p><p>Thanks for confirming your contact details. I've matched two candidate profiles to you and prepared them for consolidation:</p>
<p>Profile kept: AWS71204859<br>Profile retired: AWS09386612</p>
<p>The step is final: profiles can't be separated again afterwards. Reply to this email with your confirmation.</p><p>Tom&aacute;s</p>"""
    inner = f"""<p>Hi Priya,</p>
<p>I wanted to check in, as we haven't heard back since our message of November 11. We're still waiting for your go-ahead on the consolidation described below.</p>
<p>Do you still need help with this? If we don't hear from you within 5 days, this case will be closed automatically. You can always reply to reopen it.</p>
{form_sig("Tom&aacute;s")}
{rating_block(c)}
<div style="margin-top:22px;font-size:12px;color:#545b64">On Tue, Nov 11, 2025 at 6:10 PM, Amazon Web Services wrote:</div>
<blockquote style="margin:4px 0 0 4px;border-left:2px solid #d5dbdb;padding-left:10px;color:#545b64">{prev}</blockquote>"""
    h = aws_shell(inner)
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, FORM), f"RE: [CASE {c}] {FORM_SUBJ}", extra=ses_extra(dt))
    return "047-form-checking-in-still-need-help.eml", assemble(H, body), L("support_reply", c, [], True, "en")

@mail
def m048():
    u, c = "tanaka", CASE["tanaka"]
    dt = ts(2025, 10, 8, 6, 55, 42)
    txt = f"""田中 健一 様

Amazon Web Services の佐々木でございます。
ご承諾いただきありがとうございます。

現在、担当部署にて AWS58210346 への統合作業を進めております。
作業には通常 1〜3 営業日ほどかかりますので、今しばらくお待ちいただけますようお願いいたします。
進捗がございましたら、本ケースにてご連絡いたします。

佐々木
Amazon Web Services

このメールアドレスは送信専用です。ご返信はサポートセンターのケースページからお願いいたします。
{console_link(c, 'ja').replace('&amp;', '&')}

-----
2025/10/07 22:14 (UTC) 田中 健一:
内容に間違いありません。上記の内容で統合をお願いします。
"""
    inner = f"""<p>田中 健一 様</p>
<p>Amazon Web Services の佐々木でございます。<br>ご承諾いただきありがとうございます。</p>
<p>現在、担当部署にて AWS58210346 への統合作業を進めております。作業には通常 1～3 営業日ほどかかりますので、今しばらくお待ちいただけますようお願いいたします。
進捗がございましたら、本ケースにてご連絡いたします。</p>
{console_sig("佐々木", "ja")}
{rating_block(c, "ja")}
{console_reply_note(c, "ja")}
<hr style="border:0;border-top:1px solid #d5dbdb">
<p style="font-size:12px;color:#545b64">2025/10/07 22:14 (UTC) 田中 健一:<br>内容に間違いありません。上記の内容で統合をお願いします。</p>"""
    h = aws_shell(inner, lang="ja")
    body = alt(part(txt, "plain", "iso-2022-jp", "7bit"), part(h, "html", "utf-8", "quoted-printable"))
    subj = enc_hdr(f"RE:[CASE {c}] 認定アカウントの統合について", "iso-2022-jp")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "048-ja-console-taiouchuu.eml", assemble(H, body), L("support_reply", c, ["AWS58210346"], True, "ja")

@mail
def m049():
    u, c = "suzuki", CASE["suzuki"]
    dt = ts(2026, 1, 22, 2, 18, 3)
    inner = f"""<p>鈴木 美咲 様</p>
<p>Amazon Web Services サポートの伊藤です。ご連絡いただきありがとうございます。</p>
<p>Credly のバッジが旧アカウント（AWS39926581）に紐づいたメールアドレス側に残っているとのこと、承知いたしました。
Credly 側のアカウントの統合につきましては、担当チームへ依頼いたしました。</p>
<p>対応状況が分かり次第、本ケースにてご連絡いたします。お手数ですが、今しばらくお待ちください。</p>
{console_sig("伊藤", "ja")}
{rating_block(c, "ja")}
{console_reply_note(c, "ja")}"""
    h = aws_shell(inner, lang="ja")
    body = alt(part(h2t(h), "plain", "utf-8", "base64", crlf=True), part(h, "html", "utf-8", "base64", crlf=True))
    subj = enc_hdr(f"RE:[CASE {c}] 認定アカウントを1つにまとめたい")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "049-ja-console-credly-irai-shimashita.eml", assemble(H, body), L("support_reply", c, ["AWS39926581"], True, "ja")

@mail
def m050():
    u, c = "sofia", CASE["sofia"]
    dt = ts(2026, 2, 3, 10, 12, 56)
    txt = f"""Hello,

A new correspondence has been added to your AWS Support case {c}.

To view it, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Please do not reply to this email. This address cannot accept replies.

Amazon Web Services
"""
    inner = f"""<p>Hello,</p><p>A new correspondence has been added to your AWS Support case <b>{c}</b>:</p>
<div style="border-left:4px solid #0073bb;background:#f7fafc;padding:12px 16px;margin:14px 0">
<p>Hi Sofia,</p>
<p>Thanks for the go-ahead. I've reviewed both profiles (AWS97130452 and AWS76485109) and passed the request to the team that carries out
profile merges. These typically take 3&ndash;5 business days. I'll update this case as soon as I hear back from them.</p>
<p>Best regards,<br>Ines<br>Amazon Web Services</p></div>
<table role="presentation" style="margin:16px 0"><tr><td class="btn"><a href="{console_link(c)}" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold">View case</a></td></tr></table>
{rating_block(c)}
{console_reply_note(c)}"""
    h = aws_shell(inner, banner="New correspondence")
    body = alt(part(txt, "plain", "utf-8", "7bit"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), f"[Case {c}] New correspondence added", extra=ses_extra(dt))
    return "050-console-new-correspondence-escalated.eml", assemble(H, body), L("support_reply", c, ["AWS97130452", "AWS76485109"], True, "en")

@mail
def m051():
    u, c = "takahashi", CASE["takahashi"]
    dt = ts(2025, 9, 3, 5, 41, 22)
    inner = f"""<p>高橋 大輔 様</p>
<p>Amazon Web Services の中村です。お問い合わせいただきありがとうございます。</p>
<p>なお、同じご依頼について複数のケースをお作りいただいているようです。お手数ですが、以降のご連絡は本ケースにてお願いいたします。</p>
<p>ご依頼の内容を確認するため、AWS70318264 とは別のアカウントの登録メールアドレス（通知先）をお知らせいただけますでしょうか。
また、統合後に残したいアカウントがどちらかもあわせてお知らせください。</p>
{console_sig("中村", "ja")}
{rating_block(c, "ja")}
{console_reply_note(c, "ja")}"""
    h = aws_shell(inner, lang="ja", banner=f"ケース {c} に新しい返信があります")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    subj = enc_hdr(f"RE:[CASE {c}] AWS認定アカウントの統合のお願い", "iso-2022-jp")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "051-ja-console-tsuuchisaki-onegai.eml", assemble(H, body), L("support_reply", c, ["AWS70318264"], True, "ja")

# ======================================================================= unrelated
@mail
def m052():
    u = "marco"; dt = ts(2025, 3, 9, 16, 37, 21)
    s = sender_generic("out-21.smtp.github.com", "192.30.252.204", "noreply@github.com", "github.com", dkim_d="github.com", sel="pf2023", pol="REJECT")
    repo = "bianchi-labs/cert-tracker"
    txt = f"""Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/{repo}/pull/412#event-{R.randint(10**10, 10**11)}
You are receiving this because you authored the thread.
"""
    h = f"""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/{repo}/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/{repo}/pull/412#event-{R.randint(10**10, 10**11)}">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/{ralnum(26)}">unsubscribe</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/{ralnum(40)}.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;{repo}/pull/412/issue_event/{R.randint(10**10, 10**11)}@github.com&gt;</span></span></p>
<script type="application/ld+json">[{{"@context":"http://schema.org","@type":"EmailMessage","potentialAction":{{"@type":"ViewAction","target":"https://github.com/{repo}/pull/412","name":"View Pull Request"}},"description":"View this Pull Request on GitHub"}}]</script>"""
    body = alt(part(txt, "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    evt = R.randint(10**10, 10**11)
    H = mail_headers(u, dt, s, addr("Lena Fischer", "notifications@github.com"),
                     f"Re: [{repo}] Merge duplicate candidate records on import (PR #412)",
                     msgid=f"<{repo}/pull/412/issue_event/{evt}@github.com>", irt=[f"<{repo}/pull/412@github.com>"],
                     extra=[("List-ID", f"{repo} <cert-tracker.bianchi-labs.github.com>"), ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "lfischer")])
    return "052-github-pr-merged.eml", assemble(H, body), L("unrelated", None, [], False, "en")

@mail
def m053():
    u = "daniel"; dt = ts(2025, 9, 10, 21, 3, 12)
    c = "6120394857"
    inner = f"""<p>Hello,</p>
<p>Hello from Amazon Selling Partner Support.</p>
<p>Thank you for your patience. We have merged the duplicate detail pages for ASIN B0C7XK2M9P and ASIN B0C7XK4Q1Z. The surviving page is B0C7XK2M9P, and all offers
from the retired page have been moved to it. It can take up to 48 hours for the change to appear on the website.</p>
<p>Your case is now resolved. If you need further assistance, please reply through Seller Central.</p>
<table role="presentation" style="margin:14px 0;border:1px solid #ddd;width:100%"><tr><td style="padding:12px;font-size:13px">
Were you satisfied with the support you received? <a href="https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID={c}&amp;r=y">Yes</a> | <a href="https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID={c}&amp;r=n">No</a></td></tr></table>
<p>We value your feedback.<br>Thank you,<br>Gaurav<br>Amazon.com</p>"""
    h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #ff9900;padding:10px 0"><img src="https://m.media-amazon.com/images/G/01/sellercentral/SC_logo._CB{R.randint(100000000,999999999)}_.png" alt="amazon seller central" width="160"></td></tr>
<tr><td style="padding:16px 0">{inner}</td></tr>
<tr><td style="font-size:11px;color:#777;border-top:1px solid #ddd;padding-top:10px">This email was sent by Amazon.com Services LLC, 410 Terry Ave. North, Seattle, WA 98109. &copy; 2025 Amazon.com, Inc. or its affiliates.</td></tr></table>
</body></html>"""
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_ses(dt), addr("Amazon Seller Support", "seller-support-noreply@amazon.com"),
                     f"RE:[CASE {c}] Request to merge duplicate detail pages", extra=ses_extra(dt))
    return "053-seller-central-listings-merged.eml", assemble(H, body), L("unrelated", c, [], True, "en")

@mail
def m054():
    u = "tanaka"; c = "17482093316"; dt = ts(2025, 11, 4, 2, 30, 41)
    inner = f"""<p>田中 健一 様</p>
<p>Amazon Web Services 請求・アカウントサポートの高木でございます。</p>
<p>請求書の宛名変更についてお問い合わせいただきありがとうございます。宛名は請求コンソールの「お支払い設定」＞「請求先住所」から変更いただけます。
変更は次回以降に発行される請求書に反映されます。</p>
<p>過去の請求書の宛名変更をご希望の場合は、対象の請求書番号をお知らせください。</p>
{console_sig("高木", "ja")}
{rating_block(c, "ja")}
{console_reply_note(c, "ja")}"""
    h = aws_shell(inner, lang="ja", banner=f"ケース {c} に新しい返信があります")
    body = alt(part(h2t(h), "plain", "iso-2022-jp", "7bit"), part(h, "html", "utf-8", "quoted-printable"))
    subj = enc_hdr(f"RE:[CASE {c}] 請求書の宛名変更について", "iso-2022-jp")
    H = mail_headers(u, dt, sender_ses(dt), addr(AWS_NAME, CONSOLE), subj, extra=ses_extra(dt))
    return "054-ja-console-billing-atena.eml", assemble(H, body), L("unrelated", c, [], True, "ja")

@mail
def m055():
    u = "sofia"; dt = ts(2026, 2, 12, 14, 0, 2)
    host, ip = R.choice(SES_IPS)
    s = sender_generic(host, ip, f"0100{int(dt.timestamp()*1000):012x}-{uuid.UUID(int=R.getrandbits(128), version=4)}-000000@amazonses.com",
                       "certmetrics.com", dkim_d="certmetrics.com", sel="k1", pol="QUARANTINE")
    inner = f"""<p>Dear Sofia Lindqvist,</p>
<p>Thank you for taking an AWS Certification exam. We'd like to hear about your experience &mdash; from registration through exam day &mdash; so we can keep improving.</p>
<table role="presentation" style="margin:16px 0"><tr><td class="btn"><a href="https://www.certmetrics.com/amazon/candidate/survey.aspx?t={ralnum(32)}" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold">Take the survey</a></td></tr></table>
<p>The survey takes about 5 minutes and closes in 14 days.</p>
{case_table([("Candidate ID", "AWS97130452"), ("Exam", "AWS Certified Machine Learning Engineer - Associate (MLA-C01)")])}
<p>Sincerely,<br>AWS Certification</p>
<p style="font-size:11px;color:#687078">This is an automated message from CertMetrics on behalf of AWS Certification. Please do not reply.</p>"""
    h = aws_shell(inner, banner="AWS Certification wants to hear from you")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, s, addr("AWS Certification", "do-not-reply@certmetrics.com"), "AWS Certification wants to hear from you",
                     msgid=ses_msgid(dt))
    return "055-certmetrics-hear-from-you.eml", assemble(H, body), L("unrelated", None, ["AWS97130452"], False, "en")

@mail
def m056():
    u = "sato"; dt = ts(2025, 6, 10, 4, 21, 15)
    s = sender_generic("mta-201.pearsonvue.com", "139.138.43.201", "bounce-pvue@pearson.com", "pearson.com", dkim_d="pearson.com", sel="pvue1", pol="REJECT")
    h = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',Arial,sans-serif;font-size:14px">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #ccc"><tr><td style="background:#003057;padding:14px 24px"><img src="https://home.pearsonvue.com/getattachment/pvue-logo.png" alt="Pearson VUE" width="140"></td></tr>
<tr><td style="padding:20px 24px">
<p>佐藤 遥 様</p>
<p>Pearson VUE で試験のご予約をいただき、ありがとうございます。ご予約内容は以下のとおりです。</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #ccc;background:#f3f3f3">試験</td><td style="border:1px solid #ccc">SAA-C03: AWS Certified Solutions Architect - Associate（日本語）</td></tr>
<tr><td style="border:1px solid #ccc;background:#f3f3f3">日時</td><td style="border:1px solid #ccc">2025年7月5日(土) 10:00 JST</td></tr>
<tr><td style="border:1px solid #ccc;background:#f3f3f3">受験方法</td><td style="border:1px solid #ccc">OnVUE（オンライン監督試験）</td></tr>
<tr><td style="border:1px solid #ccc;background:#f3f3f3">登録 ID</td><td style="border:1px solid #ccc">489213377</td></tr>
<tr><td style="border:1px solid #ccc;background:#f3f3f3">AWS 認定候補者 ID</td><td style="border:1px solid #ccc">AWS04829173</td></tr></table>
<p>試験開始の30分前からチェックインが可能です。事前にシステムテストを実施してください。</p>
<p>予約の変更・キャンセルは、試験開始の24時間前まで AWS 認定アカウントから行えます。</p>
</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#666;background:#f7f7f7">&copy; 1996-2025 Pearson Education, Inc. All rights reserved. <a href="https://home.pearsonvue.com/privacy">プライバシーポリシー</a></td></tr></table>
</body></html>"""
    body = alt(part(h2t(h), "plain", "utf-8", "base64", crlf=True), part(h, "html", "utf-8", "base64", crlf=True))
    subj = enc_hdr("試験予約の確認 - AWS Certified Solutions Architect - Associate")
    H = mail_headers(u, dt, s, addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), subj, msgid=f"<{rhex(32)}@pearsonvue.com>")
    return "056-ja-pearson-vue-yoyaku.eml", assemble(H, body), L("unrelated", None, ["AWS04829173"], False, "ja")

@mail
def m057():
    u = "marco"; dt = ts(2025, 9, 2, 13, 15, 40)
    inner = f"""<p>Hi Marco,</p>
<p>Your badge <b>AWS Certified Cloud Practitioner</b> issued by Amazon Web Services Training and Certification expires in <b>90 days</b> (on December 1, 2025).</p>
{badge_card("AWS Certified Cloud Practitioner", "aws-certified-cloud-practitioner", "View recertification options", "https://aws.amazon.com/certification/recertification/")}
<p>After the expiry date the badge will be marked as expired on your Credly profile and can no longer be verified as current.</p>"""
    h = credly_shell(inner, preheader="Your badge expires in 90 days")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr(CREDLY_NAME, CREDLY), "Your AWS Certified Cloud Practitioner badge expires in 90 days",
                     msgid=credly_msgid(dt), extra=credly_extra())
    return "057-credly-expiry-reminder.eml", assemble(H, body), L("unrelated", None, [], True, "en")

@mail
def m058():
    u = "daniel"; dt = ts(2025, 8, 23, 19, 40, 22)
    code = "482913"
    inner = f"""<p>Hi Daniel,</p>
<p>You asked to merge another Credly account into <b>d.okafor@outlook.com</b>. Enter the verification code below to continue:</p>
<div style="font-size:30px;letter-spacing:8px;font-weight:700;text-align:center;background:#f5f5f5;padding:16px;margin:14px 0">{code}</div>
<p>Or finish the process with one click:</p>
<div class="cta" style="text-align:center;margin:10px 0 18px"><a href="https://www.credly.com/users/merge/confirm?token={ralnum(40)}" style="background:#ff6b00;color:#fff;border-radius:4px;padding:12px 28px;text-decoration:none;font-weight:600">Complete Account Merge</a></div>
<p style="font-size:13px;color:#6b6b6b">The code expires in 30 minutes. If you didn't request this, you can safely ignore this email &mdash; no changes will be made.</p>"""
    h = credly_shell(inner, preheader=f"Your verification code is {code}")
    body = alt(part(h2t(h), "plain", "utf-8", "quoted-printable"), part(h, "html", "utf-8", "quoted-printable"))
    H = mail_headers(u, dt, sender_credly(USERS[u]["addr"]), addr("Credly", "no-reply@credly.com"), "Complete your Credly account merge",
                     msgid=credly_msgid(dt))
    return "058-credly-own-merge-code.eml", assemble(H, body), L("unrelated", None, [], True, "en")

@mail
def m059():
    c = CASE["yamamoto"]
    dt = ts(2025, 12, 12, 16, 2, 11, JST)
    frm_addr, to_addr = "sho.yamamoto@kaiho-systems.co.jp", "t.kimura@kaiho-systems.co.jp"
    fwd = f"""<p>山本 翔 様</p>
<p>ご確認いただきありがとうございました。AWS トレーニングと認定 カスタマーサポートの森です。</p>
<p>AWS20648337 に登録されていた情報を AWS62759014 へ移行いたしました。次回受験時の 50% 割引などの特典も引き継がれております。</p>
<p>よろしくお願いいたします。</p><p>森<br>AWS トレーニングと認定 カスタマーサポート<br>Amazon Web Services</p>"""
    h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>
<body dir="ltr"><div class="elementToProof" style="font-family:'Yu Gothic UI',sans-serif;font-size:11pt;color:rgb(0,0,0)">
木村さん<br><br>お疲れさまです。山本です。<br><br>
先日ご相談した AWS 認定アカウントの件、AWS20648337 の方を AWS62759014 に統合してもらえました（ケース {c}）。<br>
会社アドレスの方に一本化されたので、資格取得の報告書類にはこちらの番号を記載します。<br>
AWS からの連絡を念のため転送します。<br><br>山本</div>
{outlook_quote([("差出人:", "Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;"), ("送信日時:", "2025年12月12日 14:17"), ("宛先:", "山本 翔 &lt;sho.yamamoto@kaiho-systems.co.jp&gt;"), ("件名:", f"RE:[CASE {c}] {FORM_SUBJ} 【完了のご連絡】")], fwd)}
</body></html>"""
    body = alt(part(h2t(h), "plain", "utf-8", "base64", crlf=True), part(h, "html", "utf-8", "base64", crlf=True))
    t1 = rfcdate(dt.astimezone(UTC)).replace("-0000", "+0000")
    H = [("Received", f"from OS3P286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:{rhex(3)}::{rhex(2)}) by\n TYCP286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM with HTTPS; {t1}"),
         ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=kaiho-systems.co.jp;"),
         ("Received", f"from TY4P286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:405:{rhex(3)}::{rhex(2)})\n by OS3P286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.12; {t1}"),
         ("From", addr("山本 翔", frm_addr)),
         ("To", addr("木村 達也", to_addr)),
         ("Subject", Header(f"FW: RE:[CASE {c}] {FORM_SUBJ} 【完了のご連絡】", "utf-8").encode(maxlinelen=70)),
         ("Thread-Topic", Header(f"RE:[CASE {c}] {FORM_SUBJ} 【完了のご連絡】", "utf-8").encode(maxlinelen=70)),
         ("Thread-Index", rb64(22)),
         ("Date", rfcdate(dt.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", f"<TY4P286MB{R.randint(1000,9999)}{ralnum(20).upper()}@TY4P286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM>"),
         ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
         ("X-MS-Exchange-Organization-AuthAs", "Internal"),
         ("X-MS-Exchange-Organization-AuthSource", f"TY4P286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM")]
    return "059-ja-colleague-forward-kanryou.eml", assemble(H, body), L("unrelated", c, ["AWS62759014", "AWS20648337"], False, "ja")

@mail
def m060():
    u = "tanaka"; dt = ts(2025, 11, 20, 23, 48, 5)
    s = sender_generic("mail.aws-jp-support.com", "103.150.12.40", "noreply@aws-jp-support.com", "aws-jp-support.com", dkim_d=None, dmarc="none")
    inner = f"""<p>AWS をご利用のお客様</p>
<p>お客様のアカウントに登録されているお支払い方法の有効期限が切れているため、AWS アカウントの一部サービスが一時停止されています。</p>
<p>サービスの停止を解除するには、72時間以内に以下のリンクからお支払い情報を更新してください。</p>
<table role="presentation" style="margin:18px 0"><tr><td class="btn"><a href="http://aws-jp-support.com/billing/update?id={ralnum(18)}" style="background:#ec7211;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">お支払い情報を更新する</a></td></tr></table>
<p>期限内に更新が確認できない場合、アカウントは閉鎖され、保存されているデータは削除されます。</p>
<p>AWS 請求チーム</p>"""
    h = aws_shell(inner, lang="ja", banner="【重要】お支払い方法の確認が必要です")
    body = part(h, "html", "utf-8", "base64", crlf=True)
    subj = enc_hdr("【AWS】お支払い方法の確認が必要です（アカウント一時停止のお知らせ）")
    H = mail_headers(u, dt, s, addr("AWS 請求チーム", "billing@aws-jp-support.com"), subj, msgid=f"<{rhex(20)}@aws-jp-support.com>")
    return "060-ja-lookalike-billing-phish.eml", assemble(H, body), L("unrelated", None, [], False, "ja")

# ----------------------------------------------------------------- main
def main():
    labels = {}
    for f in MAILS:
        name, data, lab = f()
        assert name not in labels, name
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=2)
    print(len(labels), "mails written")

if __name__ == "__main__":
    main()
