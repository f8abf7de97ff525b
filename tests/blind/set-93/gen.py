#!/usr/bin/env python3
"""Generator for blind set 93: careless quoting / layout, AWS Certification account merges.

Writes NNN-slug.eml files and labels.json into the folder of this script.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(9393)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


# ---------------------------------------------------------------- small helpers
def dt(y, mo, d, h=0, mi=0, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened, suffix):
    """15-digit display id: Unix time of opening + 5 digits."""
    return "%d%s" % (int(opened.timestamp()), suffix)


def hexs(n, seed):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64s(n, seed):
    raw = hashlib.sha512(seed.encode()).digest() * 3
    return base64.b64encode(raw).decode()[:n]


def ses_id(when, seed):
    ms = int(when.timestamp() * 1000)
    h = hexs(40, seed)
    return "<%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def gmail_id(seed):
    return "<CA%s%s@mail.gmail.com>" % (b64s(20, seed).replace("/", "_").replace("+", "-"),
                                        "=" + b64s(14, seed + "x").replace("/", "-"))


def outlook_id(seed, region="jpnprd01"):
    h = hexs(12, seed).upper()
    box = "TYCPR01MB%s" % h[:4] if region == "jpnprd01" else "DM6PR11MB%s" % h[:4]
    return "<%s%s@%s.%s.prod.outlook.com>" % (box, h[4:], box, region if region else "namprd11")


def fmt(d):
    return format_datetime(d)


def fold_b(s, charset="utf-8", maxlen=74, qp=False):
    """Encoded-word header, folded over lines by the email package."""
    cs = Charset(charset)
    if qp:
        cs.header_encoding = QP
    return Header(s, cs, maxlinelen=maxlen, header_name="Subject").encode()


def fold_raw(s, codec, label, chunk=14, enc="B"):
    """Encoded words made by hand (the email package would turn Shift_JIS into ISO-2022-JP),
    `chunk` characters per word, one word per folded line."""
    words = []
    for i in range(0, len(s), chunk):
        raw = s[i:i + chunk].encode(codec)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (label, base64.b64encode(raw).decode()))
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else "=%02X" % b for b in raw)
            words.append("=?%s?Q?%s?=" % (label, q))
    return "\n ".join(words)


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


# ---------------------------------------------------------------- body parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None,
         extra_ct="", encode_as=None):
    """A leaf text part. `label` is the charset written in the header (may be wrong);
    `encode_as` the codec really used for the bytes (defaults to charset)."""
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, label or charset, extra_ct)
    raw = text.encode(encode_as or charset)
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
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def multi(subtype, children, boundary=None):
    p = Message()
    b = boundary or ("----=_Part_%d_%d.%d" % (RNG.randint(10**5, 10**6), RNG.randint(10**8, 10**9),
                                              RNG.randint(10**12, 10**13)))
    p["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, b)
    p.set_payload(list(children))
    return p


def rfc822(inner):
    p = Message()
    p["Content-Type"] = "message/rfc822"
    p["Content-Disposition"] = "inline"
    p.set_payload([inner])
    return p


def html_doc(inner, lang="en", style="font-family:Arial,sans-serif;font-size:14px"):
    return ('<!DOCTYPE html><html lang="%s"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body style="%s">%s</body></html>'
            % (lang, style, inner))


def flat_html(text, lang="en"):
    """HTML whose text has lost its line breaks: paragraphs run together with spaces."""
    words = " ".join(html.escape(line.strip(), quote=False) for line in text.splitlines() if line.strip())
    return html_doc("<div>%s</div>" % words, lang)


def para_inner(text):
    paras = [html.escape(p.strip(), quote=False) for p in text.split("\n\n") if p.strip()]
    return "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in paras)


def para_html(text, lang="en"):
    return html_doc(para_inner(text), lang)


def quote(text, mark="> ", compact=False):
    """Prefix every line; compact=True gives '>>' (Thunderbird/Outlook), else '> >' (Gmail)."""
    out = []
    for line in text.splitlines():
        if line.startswith(">"):
            out.append(">" + line if compact else mark + line)
        elif line.strip() == "":
            out.append(mark.rstrip())
        else:
            out.append(mark + line)
    return "\n".join(out)


def wrap_at(text, width):
    """Hard-wrap each paragraph line at an odd width (as a careless client does)."""
    out = []
    for line in text.splitlines():
        if len(line) <= width:
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def wrap_ja(text, width):
    out = []
    for line in text.splitlines():
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- transport headers
SES_IPS = ["54.240.8.30", "54.240.8.31", "54.240.9.52", "54.240.11.14", "54.240.27.114",
           "23.251.242.7", "54.240.48.99"]
CREDLY_IPS = ["149.72.134.23", "167.89.101.212", "198.21.6.147"]


def ses_host(ip):
    a = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3])


class Sender:
    """Where a mail really comes from: envelope, DKIM, IP."""

    def __init__(self, kind, from_domain, ip=None, helo=None, mailfrom=None, dkim_d=None,
                 selector="s1", second_dkim=None):
        self.kind = kind
        self.from_domain = from_domain
        self.ip = ip
        self.helo = helo
        self.mailfrom = mailfrom
        self.dkim_d = dkim_d
        self.selector = selector
        self.second_dkim = second_dkim


def ses_sender(when, seed, from_domain="amazon.com"):
    ip = RNG.choice(SES_IPS)
    mid = ses_id(when, seed)[1:].split("@")[0]
    return Sender("ses", from_domain, ip, ses_host(ip), "%s@email.amazonses.com" % mid,
                  from_domain, selector="a2l6tafc7rlbxdaqcaphmu3ccu7sq6ns" if from_domain == "amazon.com" else "amazon201209",
                  second_dkim=("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"))


def credly_sender(domain="credly.com"):
    ip = RNG.choice(CREDLY_IPS)
    return Sender("sendgrid", domain, ip, "o%d.ptr%d.%s" % (RNG.randint(1, 9), RNG.randint(1000, 9999), "sendgrid.net"),
                  "bounces+%d-%s-%s=%s@em%d.%s" % (RNG.randint(1000000, 9999999), hexs(4, domain + str(ip)), "user", "x", RNG.randint(100, 9999), domain),
                  domain, selector="s1", second_dkim=("sendgrid.info", "smtpapi"))


def ar_value(provider, snd, spf="pass", dkim="pass", dmarc="pass", policy_="QUARANTINE",
             header_from=None, host=None):
    hf = header_from or snd.from_domain
    mf = snd.mailfrom or ("bounce@" + snd.from_domain)
    mf_dom = mf.split("@", 1)[1]
    if provider == "gmail":
        parts = ["mx.google.com;"]
        if dkim != "none" and snd.dkim_d:
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
                dkim, snd.dkim_d, snd.selector, b64s(8, mf + "b")))
        if snd.second_dkim:
            parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s;" % (
                snd.second_dkim[0], snd.second_dkim[1], b64s(8, mf + "c")))
        parts.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;" % (
            spf, mf, "designates" if spf == "pass" else "does not designate", snd.ip, mf))
        dis = "NONE" if dmarc == "pass" else policy_
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy_, policy_, dis, hf))
        return "\n       ".join(parts)
    if provider == "outlook":
        comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
        act = "none" if dmarc == "pass" else ("quarantine" if policy_ != "NONE" else "none")
        dk = ("pass (signature was verified) header.d=%s" % snd.dkim_d) if dkim == "pass" else \
             ("fail (body hash did not verify) header.d=%s" % (snd.dkim_d or hf)) if dkim == "fail" else \
             "none (message not signed) header.d=none"
        return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
                % (spf if spf != "pass" else "pass", snd.ip, mf_dom, dk, dmarc, act, hf, comp))
    # Japanese providers and others: "authserv-id; method=result ..."
    authserv = host or provider_host(provider, mf)
    dk = ("dkim=%s header.d=%s header.s=%s" % (dkim, snd.dkim_d or hf, snd.selector)) if dkim != "none" else "dkim=none"
    s = "%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s" % (
        authserv, spf, mf, dk, dmarc, hf)
    if provider == "fastmail":
        fdk = ("dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048" % (
            dkim, snd.dkim_d or hf, snd.dkim_d or hf, b64s(8, mf), snd.selector)) if dkim != "none" else "dkim=none (no signatures found)"
        s = "%s;\n    %s;\n    dmarc=%s policy.published-domain-policy=%s header.from=%s;\n    spf=%s smtp.mailfrom=%s smtp.helo=%s" % (
            authserv, fdk, dmarc, policy_.lower(), hf, spf, mf, snd.helo)
    return s


def provider_host(provider, key):
    """The receiving host of a Japanese/other provider, stable for one mail."""
    n = int(hexs(6, key), 16)
    return {"nifty": "mfilter%02d.nifty.com" % (n % 40 + 1),
            "biglobe": "mx-in%02d.biglobe.ne.jp" % (n % 20 + 1),
            "ocn": "mfilter%d.ocn.ad.jp" % (n % 900 + 100),
            "sakura": "www%d.sakura.ne.jp" % (n % 9000 + 1000),
            "fastmail": "mx%d.messagingengine.com" % (n % 8 + 1),
            "docomo": "mf.docomo.ne.jp"}[provider]


def received_chain(provider, snd, rcpt, when, extra_hops=None):
    """Return list of (name, value) Received headers, topmost first."""
    t_in = when + timedelta(seconds=RNG.randint(1, 9))
    hops = []
    if provider == "gmail":
        loc = t_in.astimezone(PDT if 3 <= t_in.month <= 10 else PST)
        hops.append("by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s" % (
            RNG.randint(0x6000, 0x7fff), RNG.randint(0x100, 0xfff), RNG.randint(0x100, 0xfff),
            RNG.randint(0x100, 0xfff), RNG.randint(0x1000, 0xffff), "x%dcsp%d%s" % (RNG.randint(10, 99), RNG.randint(100000, 999999), "mdb"), fmt(loc) + " (%s)" % ("PDT" if loc.utcoffset() == timedelta(hours=-7) else "PST")))
        hops.append("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            snd.helo, snd.helo, snd.ip, "d75a77b69052e-%s%ssi%d.%d.%s" % (hexs(10, rcpt + str(when)), "", RNG.randint(100000, 9999999), RNG.randint(10, 99), loc.strftime("%Y.%m.%d.%H.%M.%S")), rcpt,
            fmt(loc) + " (%s)" % ("PDT" if loc.utcoffset() == timedelta(hours=-7) else "PST")))
    elif provider == "outlook":
        t_in = t_in.astimezone(UTC)
        tld = rcpt.rsplit(".", 1)[-1]
        if tld == "jp":
            box, dom, ca, pre, fe = "TYWPR01MB%d" % RNG.randint(1000, 9999), "jpnprd01.prod.outlook.com", "OS0P286CA%04d.JPNP286.PROD.OUTLOOK.COM" % RNG.randint(1, 999), "2603:1096", "OS1PEPF0000%04d.apcprd03.prod.outlook.com" % RNG.randint(1000, 9999)
        elif tld in ("uk", "eu", "de", "pl", "fr"):
            box, dom, ca, pre, fe = "LO4P265MB%d" % RNG.randint(1000, 9999), "GBRP265.PROD.OUTLOOK.COM", "LO2P265CA%04d.GBRP265.PROD.OUTLOOK.COM" % RNG.randint(1, 999), "2603:10a6", "AMS1EPF0000%04d.eurprd04.prod.outlook.com" % RNG.randint(1000, 9999)
        else:
            box, dom, ca, pre, fe = "SJ0PR11MB%d" % RNG.randint(1000, 9999), "namprd11.prod.outlook.com", "MW4PR04CA%04d.namprd04.prod.outlook.com" % RNG.randint(1, 999), "2603:10b6", "CO1PEPF0000%04d.namprd03.prod.outlook.com" % RNG.randint(1000, 9999)
        hops.append("from %s.%s (%s:400:%x::%x) by\n %s.%s with HTTPS; %s" % (
            box, dom, pre, RNG.randint(0x100, 0xfff), RNG.randint(1, 0xff), box, dom, fmt(t_in)))
        hops.append("from %s (%s:604:%x::%x)\n by %s.%s (%s:400:%x::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            ca, pre, RNG.randint(0x10, 0xff), RNG.randint(1, 0xff), box, dom, pre, RNG.randint(0x100, 0xfff), RNG.randint(1, 0xff), RNG.randint(8000, 9300), RNG.randint(10, 40), fmt(t_in)))
        hops.append("from %s (%s) by\n %s (10.167.240.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s" % (
            snd.helo, snd.ip, fe, RNG.randint(2, 250), RNG.randint(8000, 9300), RNG.randint(10, 40), fmt(t_in)))
    else:
        if provider == "fastmail":
            jt = t_in.astimezone(timezone(timedelta(hours=-4 if 3 < t_in.month < 11 else -5)))
        else:
            jt = t_in.astimezone(JST)
        host = provider_host(provider, rcpt + str(when))
        hops.append("from %s (localhost [127.0.0.1])\n\tby %s with ESMTP id <%s@%s>\n\tfor <%s>; %s" % (
            host, host, hexs(16, rcpt + str(when)), host, rcpt, fmt(jt)))
        hops.append("from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            snd.helo, snd.helo, snd.ip, host, hexs(12, str(when) + rcpt).upper(), rcpt, fmt(jt)))
    if extra_hops:
        hops.extend(extra_hops)
    return [("Received", h) for h in hops]


def dkim_header(snd, when, headers="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    if not snd.dkim_d:
        return []
    out = []
    ts = int(when.timestamp())
    out.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s==" % (
        snd.selector, snd.dkim_d, ts, headers, b64s(43, snd.dkim_d + str(ts)), b64s(64, "sig" + snd.dkim_d + str(ts)),
        b64s(40, "sig2" + snd.dkim_d + str(ts)))))
    if snd.second_dkim:
        d2, s2 = snd.second_dkim
        out.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s:Feedback-ID;\n\tbh=%s=;\n\tb=%s\n\t%s==" % (
            s2, d2, ts, headers, b64s(43, snd.dkim_d + str(ts)), b64s(64, "sig" + d2 + str(ts)), b64s(40, "s" + d2 + str(ts)))))
    return out


# ---------------------------------------------------------------- assembling a mail
LABELS = {}
MAILS = []


def norm_ids(ids):
    out = set()
    for i in ids:
        m = re.fullmatch(r"(?i)aws[\s\-]?(\d{8})", i.strip())
        assert m, i
        out.add("AWS" + m.group(1))
    return sorted(out)


def build(slug, *, kind, lang, case_id, ids, verified, frm, to, subject, date, body,
          provider="gmail", snd=None, auth=None, extra_headers=None, msgid=None,
          in_reply_to=None, references=None, cc=None, reply_to=None, no_auth=False,
          forged_lower_ar=None, pre_headers=None, x_headers=None, return_path=None,
          mime_version=True):
    """Record one mail. `body` is a leaf or multipart Message (made by part()/multi())."""
    assert kind in ("case_created", "merge_confirmation_requested", "merge_completed", "survey",
                    "credly_badge_issued", "support_reply", "unrelated"), kind
    assert lang in ("en", "ja")
    MAILS.append(dict(slug=slug, kind=kind, lang=lang, case_id=case_id, ids=norm_ids(ids),
                      verified=verified, frm=frm, to=to, subject=subject, date=date, body=body,
                      provider=provider, snd=snd, auth=auth or {}, extra_headers=extra_headers or [],
                      msgid=msgid, in_reply_to=in_reply_to, references=references, cc=cc,
                      reply_to=reply_to, no_auth=no_auth, forged_lower_ar=forged_lower_ar,
                      pre_headers=pre_headers or [], x_headers=x_headers or [],
                      return_path=return_path, mime_version=mime_version))


def render(m):
    msg = Message()
    rcpt = re.search(r"<([^>]+)>", m["to"]).group(1) if "<" in m["to"] else m["to"].split(",")[0].strip()
    snd = m["snd"]
    headers = []
    headers.extend(m["pre_headers"])
    if snd is not None:
        if m["provider"] == "gmail":
            headers.append(("Delivered-To", rcpt))
        elif m["provider"] != "outlook":
            headers.append(("X-Original-To", rcpt))
        rec = received_chain(m["provider"], snd, rcpt, m["date"])
        # gmail puts Received by ... first, then ARC/Auth, then Received from
        if m["provider"] == "gmail":
            headers.append(rec[0])
            headers.append(("X-Google-Smtp-Source", b64s(60, rcpt + str(m["date"]))))
            if not m["no_auth"]:
                headers.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
                    int(m["date"].timestamp()), b64s(70, "arc" + rcpt + str(m["date"])))))
                headers.append(("ARC-Authentication-Results", "i=1; " + ar_value("gmail", snd, **m["auth"])))
            headers.append(("Return-Path", "<%s>" % (m["return_path"] or snd.mailfrom)))
            headers.extend(rec[1:])
            if not m["no_auth"]:
                headers.append(("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
                    m["auth"].get("spf", "pass"), snd.mailfrom, snd.ip, snd.ip)))
                headers.append(("Authentication-Results", ar_value("gmail", snd, **m["auth"])))
        elif m["provider"] == "outlook":
            headers.append(rec[0])
            headers.append(rec[1])
            if not m["no_auth"]:
                headers.append(("Authentication-Results", ar_value("outlook", snd, **m["auth"])))
                headers.append(("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
                    snd.mailfrom.split("@")[1], snd.ip, snd.ip, snd.helo)))
            headers.extend(rec[2:])
        else:
            headers.append(("Return-Path", "<%s>" % (m["return_path"] or snd.mailfrom)))
            if not m["no_auth"]:
                headers.append(("Authentication-Results", ar_value(m["provider"], snd, host=provider_host(m["provider"], rcpt + str(m["date"])), **m["auth"])))
            headers.extend(rec)
        if m["forged_lower_ar"]:
            headers.append(("Authentication-Results", m["forged_lower_ar"]))
        headers.extend(dkim_header(snd, m["date"]))
    headers.extend(m["x_headers"])
    headers.append(("Date", fmt(m["date"])))
    headers.append(("From", m["frm"]))
    if m["reply_to"]:
        headers.append(("Reply-To", m["reply_to"]))
    headers.append(("To", m["to"]))
    if m["cc"]:
        headers.append(("Cc", m["cc"]))
    headers.append(("Message-ID", m["msgid"] or ses_id(m["date"], m["slug"])))
    if m["in_reply_to"]:
        headers.append(("In-Reply-To", m["in_reply_to"]))
    if m["references"]:
        headers.append(("References", m["references"]))
    headers.append(("Subject", m["subject"]))
    if m["mime_version"]:
        headers.append(("MIME-Version", "1.0"))
    headers.extend(m["extra_headers"])
    for k, v in headers:
        msg[k] = v
    body = m["body"]
    for k, v in body.items():
        msg[k] = v
    msg._payload = body._payload  # keep raw (8bit surrogateescape) payloads untouched
    return msg


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for i, m in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        msg = render(m)
        pol = policy.compat32.clone(linesep="\n", max_line_length=0)
        with open(os.path.join(OUT, name), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, policy=pol).flatten(msg)
        labels[name] = {"kind": m["kind"], "case_id": m["case_id"], "account_ids": m["ids"],
                        "sender_verified": m["verified"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print("wrote", len(labels))


# ---------------------------------------------------------------- common text blocks
AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'

AWS_LEGAL_EN = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and distributed by
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

This e-mail and any attachments are intended only for the person to whom it is
addressed and may contain confidential or privileged information. If you are not the
intended recipient, please notify the sender by reply e-mail and delete this message.
Any unauthorised review, use, disclosure or distribution is prohibited.

Reference: AWS Privacy Notice https://aws.amazon.com/privacy/ | AWS Training and
Certification FAQ https://aws.amazon.com/certification/faqs/"""

AWS_LEGAL_JA = """アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア

本メールは送信専用アドレスまたはケース管理システムから送信されています。
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者へご連絡のうえ、本メールを削除してください。
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
プライバシー規約: https://aws.amazon.com/jp/privacy/"""

RATE_EN = """We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link at the end of this correspondence. Each correspondence
can also be rated by selecting the stars in top right corner of each correspondence
within the AWS Support Center."""

RATE_JA = """お客様のご意見をお聞かせください。本メール末尾の AWS サポートセンターのリンクから、
今回の対応の評価にご協力いただけますと幸いです。"""


def gmail_user_sender(addr_, ip=None):
    ip = ip or "209.85.%d.%d" % (RNG.randint(128, 221), RNG.randint(2, 250))
    return Sender("gmail", addr_.split("@")[1], ip, "mail-%s-f%d.google.com" % (RNG.choice(["wm1", "ej1", "pl1", "yb1", "qk1"]), RNG.randint(40, 199)),
                  addr_, addr_.split("@")[1] if addr_.endswith("gmail.com") else addr_.split("@")[1], selector="20230601" if addr_.endswith("gmail.com") else "google")


def o365_sender(addr_):
    dom = addr_.split("@")[1]
    ip = "40.107.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
    return Sender("o365", dom, ip, "%s.outbound.protection.outlook.com" % ("JPN01-TYC-obe" if dom.endswith(".jp") else "NAM12-DM6-obe"),
                  addr_, dom, selector="selector1")


def generic_sender(from_domain, ip, helo, mailfrom, dkim_d=None, selector="s1"):
    return Sender("generic", from_domain, ip, helo, mailfrom, dkim_d, selector=selector)


def sig_aws_en(name, team="AWS Training and Certification"):
    return "%s\n%s\nAmazon Web Services" % (name, team)

# === MAILS ===

# ================================================================ thread A: Daniel Okafor (gmail, en)
A_USER = "d.okafor84@gmail.com"
A_TO = addr("Daniel Okafor", A_USER)
A_OPEN = dt(2025, 5, 27, 13, 40, 12)
A_CASE = case15(A_OPEN, "04418")
A_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_CASE
A_SUBMISSION = """Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
First name: Daniel
Last name: Okafor
Email: d.okafor84@gmail.com
AWS candidate ID: AWS04419260
Description:
Hi, I have two certification accounts. The older one (AWS02841937) was created
with my university address in 2019 and holds my Cloud Practitioner. Please combine
it with my current one so all my certs are in one place. Thanks!"""

d = A_OPEN + timedelta(seconds=8)
build("form-ack-submission-echo", kind="case_created", lang="en", case_id=A_CASE,
      ids=["AWS04419260", "AWS02841937"], verified=True,
      frm=AWS_FORM, to=A_TO, subject=A_SUBJ, date=d, provider="gmail", snd=ses_sender(d, "A1"),
      body=part("""Hello,

Thank you for reaching out to AWS Training and Certification. This note confirms that
your request reached us and has been logged under case %s.

A member of our team will look into it and get back to you, normally within 24 hours.
If you need to add details, reply to this e-mail and keep the case number in the
subject line. Please do not submit the form again for the same matter, as a second
request can delay our response.

Summary of your submission
--------------------------
%s

Regards,
AWS Training and Certification

%s
""" % (A_CASE, A_SUBMISSION, AWS_LEGAL_EN), cte="quoted-printable"))

A2_DATE = dt(2025, 5, 28, 16, 22, 41)
A2_TEXT = """Hello Daniel,

Thanks for your patience while we looked into this.

I've located both candidate profiles tied to your request:

  - AWS04419260 (d.okafor84@gmail.com) - this profile will remain active
  - AWS02841937 (daniel.okafor@student.leeds.ac.uk) - this profile will be folded
    into the one above

Please be aware that once the two profiles are combined, the change is permanent
and we are not able to split them again afterwards. The login and e-mail address of
the retained profile will be used from then on.

If everything above is accurate, simply reply to this message to say so and we will
take it from there.

Kind regards,

Tomasz W.
AWS Training and Certification
Amazon Web Services"""
d = A2_DATE
build("form-reply-pasted-history", kind="merge_confirmation_requested", lang="en", case_id=A_CASE,
      ids=["AWS04419260", "AWS02841937"], verified=True,
      frm=AWS_FORM, to=A_TO, subject="RE:" + A_SUBJ, date=d, provider="gmail", snd=ses_sender(d, "A2"),
      body=part(A2_TEXT + "\n\n" + AWS_LEGAL_EN + "\n\n\n" + A_SUBMISSION + "\n", cte="quoted-printable"))

A_CONFIRM = """The details are correct. Please proceed with the merge.

Daniel"""
A_CONFIRM_DATE = dt(2025, 5, 28, 22, 10, 5)
d = dt(2025, 5, 29, 9, 5, 12)
A3_TEXT = """Hello Daniel,

Thank you for the quick reply. I have passed your go-ahead to the colleagues who
handle profile consolidation, and the work on AWS04419260 has started. I'll write
again as soon as it is finished; this usually takes one to three business days.
There is nothing else you need to do in the meantime.

Best regards,

Tomasz W.
AWS Training and Certification"""
hist = ("On Wed, May 28, 2025 at 11:10 PM Daniel Okafor <d.okafor84@gmail.com> wrote:\n" +
        quote(A_CONFIRM + "\n\nOn Wed, 28 May 2025 at 17:22, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" +
              quote(A2_TEXT)))
build("thanks-for-confirming-nested", kind="support_reply", lang="en", case_id=A_CASE,
      ids=["AWS04419260"], verified=True,
      frm=AWS_FORM, to=A_TO, subject="RE:" + A_SUBJ, date=d, provider="gmail", snd=ses_sender(d, "A3"),
      body=multi("alternative", [
          part(A3_TEXT + "\n\n" + hist + "\n", cte="quoted-printable"),
          part(html_doc(para_inner(A3_TEXT) + "<div class=\"gmail_quote\"><blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">%s</blockquote></div>" % para_inner(hist)), "html", cte="quoted-printable")]))

A4_DATE = dt(2025, 5, 30, 18, 47, 3)
A4_TEXT = """Hello Daniel,

Good news: your certification history now lives in one place. Everything that was on
AWS02841937 (exam results, the AWS Certified Cloud Practitioner certification and the
related benefits) has been moved to AWS04419260, and the older profile has been retired.
Please sign in with d.okafor84@gmail.com from now on.

Your Credly badges should follow within a few days; Credly will e-mail you when they are
ready to be accepted.

If you have a moment, please tell us how we did by answering the two-question survey:
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kZ8fQx1?case=%s

Kind regards,

Tomasz W.
AWS Training and Certification
Amazon Web Services""" % A_CASE
hist = """-----Original Message-----
From: Amazon Web Services
Sent: Wednesday, May 28, 2025 4:22 PM
To: d.okafor84@gmail.com
Subject: RE:%s

%s""" % (A_SUBJ, A2_TEXT)
d = A4_DATE
build("done-above-outlook-original", kind="merge_completed", lang="en", case_id=A_CASE,
      ids=["AWS02841937", "AWS04419260"], verified=True,
      frm=AWS_FORM, to=A_TO, subject="RE:" + A_SUBJ, date=d, provider="gmail", snd=ses_sender(d, "A4"),
      body=part(A4_TEXT + "\n\n" + hist + "\n\n" + AWS_LEGAL_EN + "\n", cte="base64"))

d = dt(2025, 5, 31, 3, 12, 50)
credly_txt = """Daniel, your badge is waiting

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Cloud Practitioner

Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/7c1e4b2a-6d0f-4a8e-9b57-0f3d2c91ab64

Why accept? Digital badges are a web-enabled version of a credential, certification
or learning outcome that can be verified in real time, online.

--
Credly, Inc. | 1 Pennsylvania Plaza, Suite 1800 | New York, NY 10119
You received this e-mail because an issuer awarded you a badge on Credly.
Unsubscribe from badge notifications: https://www.credly.com/notification_settings"""
credly_html = html_doc("""<table width="600" align="center"><tr><td style="padding:24px">
<h1 style="font-size:22px">Daniel, your badge is waiting</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt=""><br>
<strong>AWS Certified Cloud Practitioner</strong></p>
<p><a href="https://www.credly.com/earner/earned/badge/7c1e4b2a-6d0f-4a8e-9b57-0f3d2c91ab64" style="background:#0b6ebf;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 1 Pennsylvania Plaza, Suite 1800 | New York, NY 10119<br>
You received this e-mail because an issuer awarded you a badge on Credly.</p></td></tr></table>""")
snd = credly_sender()
build("credly-accept-ccp", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
      frm=CREDLY, to=A_TO, subject="Daniel, accept your AWS Certified Cloud Practitioner badge", date=d,
      provider="gmail", snd=snd, msgid="<%s@geopod-ismtpd-%d>" % (b64s(22, "A5").replace("/", "x"), RNG.randint(1, 40)),
      body=multi("alternative", [part(credly_txt, cte="quoted-printable"), part(credly_html, "html", cte="quoted-printable")]))

d = dt(2025, 5, 31, 8, 30, 44, timezone(timedelta(hours=1)))
A6_NEW = """Hi Rachel,

FYI - AWS finally sorted out my two cert profiles. The old uni one (aws-02841937) is
gone now, so for the partner portal please use the ID in the mail below instead.
Apparently the 50%% voucher carries over too.

Cheers,
Dan

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Fri, May 30, 2025 at 7:47 PM
Subject: RE:%s
To: <d.okafor84@gmail.com>


""" % A_SUBJ
snd = gmail_user_sender(A_USER)
build("fwd-to-manager", kind="unrelated", lang="en", case_id=A_CASE, ids=["AWS02841937"], verified=False,
      frm=A_TO, to=addr("Rachel Moore", "rachel.moore@lumenbridge.co.uk"),
      subject="Fwd: RE:" + A_SUBJ, date=d, provider="outlook", snd=snd,
      msgid=gmail_id("A6"), references=ses_id(A4_DATE, "A4"),
      body=multi("alternative", [part(A6_NEW + A4_TEXT + "\n", cte="quoted-printable"),
                                 part(para_html(A6_NEW + A4_TEXT), "html", cte="quoted-printable")]))


# ================================================================ thread B: 佐藤 健太 (gmail, ja, form case)
B_USER = "kenta.sato.0412@gmail.com"
B_TO = addr("佐藤 健太", B_USER)
B_OPEN = dt(2025, 8, 4, 2, 15, 33)
B_CASE = case15(B_OPEN, "06612")
B_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B_CASE

d = B_OPEN + timedelta(seconds=7)
build("jp-form-ack-2022", kind="case_created", lang="ja", case_id=B_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=B_TO, subject=B_SUBJ, date=d, provider="gmail", snd=ses_sender(d, "B1"),
      body=part("""このメールは自動送信されています。

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お客様のリクエストを受け付け、ケース番号 %s として登録いたしました。

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
追加の情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせいただくと、回答が遅れる場合がございます。

AWS トレーニングと認定

%s
""" % (B_CASE, AWS_LEGAL_JA), charset="iso-2022-jp", cte="7bit"))

B_USER_Q = """認定資格のアカウントが2つあり、1つにまとめたいです。
1つは会社のメールアドレス、もう1つは個人の Gmail で登録しています。
アカウントID は AWS02217748 と AWS03958106 です。
取得済みの資格（SAA と DVA）が消えてしまわないか心配です。"""
B2_DATE = dt(2025, 8, 5, 1, 30, 2)
B2_TEXT = """佐藤 様

AWS トレーニングと認定サポートの山口です。
お問い合わせいただきありがとうございます。いただいた内容に沿って回答いたします。

> 認定資格のアカウントが2つあり、1つにまとめたいです。

承知いたしました。手続きを進めるにあたり、いくつか確認させてください。

> 1つは会社のメールアドレス、もう1つは個人の Gmail で登録しています。

それぞれのアカウントにサインインする際に使用しているメールアドレスを、
改めてお知らせいただけますでしょうか。
あわせて、今後どちらのアカウントを残したいか、ご希望をお聞かせください。

> アカウントID は AWS02217748 と AWS03958106 です。

ありがとうございます。いずれも同じお名前で登録されていることを確認しました。

> 取得済みの資格（SAA と DVA）が消えてしまわないか心配です。

手続き後も、取得済みの認定資格と受験履歴は残す側のアカウントにすべて引き継がれますので、
ご安心ください。

ご返信をお待ちしております。

山口
AWS トレーニングと認定
Amazon Web Services"""
d = B2_DATE
build("jp-inline-answers", kind="support_reply", lang="ja", case_id=B_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=B_TO, subject="RE: " + B_SUBJ, date=d, provider="gmail", snd=ses_sender(d, "B2"),
      body=part(B2_TEXT + "\n\n" + RATE_JA + "\n\n" + AWS_LEGAL_JA + "\n", cte="base64"))

B_REPLY1 = """山口様

ご連絡ありがとうございます。
サインインに使っているメールアドレスは以下の通りです。
個人: kenta.sato.0412@gmail.com （こちらを残したいです）
会社: k.sato@minato-soft.co.jp

よろしくお願いします。
佐藤"""
B3_DATE = dt(2025, 8, 6, 0, 40, 19)
B3_TEXT = """佐藤 様

ご返信いただきありがとうございます。AWS トレーニングと認定サポートの山口です。

いただいた情報をもとに確認したところ、以下の2つのアカウントが該当いたしました。

　残すアカウント　　　：AWS02217748（kenta.sato.0412@gmail.com）
　統合されるアカウント：AWS03958106（k.sato@minato-soft.co.jp）

実施後は、AWS03958106 の認定資格・受験履歴が AWS02217748 に移され、
AWS03958106 ではサインインできなくなります。
なお、この操作は一度実施すると取り消すことができません。

上記の内容でよろしければ、本メールにその旨ご返信ください。
ご返信を確認次第、作業を開始いたします。

山口
AWS トレーニングと認定
Amazon Web Services"""
hist = ("2025年8月5日(火) 10:12 佐藤 健太 <kenta.sato.0412@gmail.com>:\n" +
        quote(B_REPLY1 + "\n\n2025年8月5日(火) 10:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + quote(B2_TEXT)))
d = B3_DATE
build("jp-sjis-nested-quote", kind="merge_confirmation_requested", lang="ja", case_id=B_CASE,
      ids=["AWS02217748", "AWS03958106"], verified=True,
      frm=AWS_FORM, to=B_TO, subject="RE: " + B_SUBJ, date=d, provider="gmail", snd=ses_sender(d, "B3"),
      body=part(B3_TEXT + "\n\n" + hist + "\n", charset="shift_jis", cte="base64"))

B4_DATE = dt(2025, 8, 7, 5, 20, 7)
B4_TEXT = """佐藤 様

お待たせいたしました。AWS トレーニングと認定サポートの山口です。

AWS03958106 に登録されていた認定資格と受験履歴を、AWS02217748 へ移行いたしました。今後は AWS02217748（kenta.sato.0412@gmail.com）でサインインしてください。AWS03958106 は無効となっており、ご利用いただけません。

Credly のデジタルバッジについては、数日以内に Credly からご案内のメールが届きます。

山口
AWS トレーニングと認定
Amazon Web Services"""
d = B4_DATE
build("jp-done-pasted-no-marker", kind="merge_completed", lang="ja", case_id=B_CASE,
      ids=["AWS02217748", "AWS03958106"], verified=True,
      frm=AWS_FORM, to=B_TO, subject="RE: " + B_SUBJ, date=d, provider="gmail", snd=ses_sender(d, "B4"),
      body=part(wrap_ja(B4_TEXT, 27) + "\n\n\n" + B3_TEXT + "\n", cte="quoted-printable"))

B5_TEXT = """佐藤 健太 様

いつも Amazon Web Services をご利用いただきありがとうございます。

お問い合わせいただいたケース %s は、解決済みとしてクローズいたしました。

今回のサポートについて、簡単なアンケートにご協力ください。質問は2問のみで、1分ほどで完了します。

問題は解決しましたか？
はい: https://amazonwebservices.qualtrics.com/jfe/form/SV_9yUQx2?r=1&c=%s
いいえ: https://amazonwebservices.qualtrics.com/jfe/form/SV_9yUQx2?r=0&c=%s

ケースの再開をご希望の場合は、14 日以内に本メールへご返信ください。

AWS トレーニングと認定""" % (B_CASE, B_CASE, B_CASE)
d = B4_DATE + timedelta(minutes=1, seconds=12)
build("jp-closed-html-flat", kind="survey", lang="ja", case_id=B_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=B_TO, subject="RE: " + B_SUBJ, date=d, provider="gmail", snd=ses_sender(d, "B5"),
      body=part(flat_html(B5_TEXT + "\n" + AWS_LEGAL_JA, "ja"), "html", cte="base64"))

d = dt(2025, 8, 12, 11, 3, 40)
k2 = """佐藤 健太 さん

Amazon Web Services Training and Certification から発行されたバッジが、まだ受け取られていません。

AWS Certified Solutions Architect – Associate
AWS Certified Developer – Associate

以下のボタンからバッジを受け取り、プロフィールに追加しましょう。

バッジを受け取る: https://www.credly.com/earner/earned/badge/2f8a91c4-5be0-4c17-a3de-8e64b0f1d2a7

Credly, Inc. | 1 Pennsylvania Plaza, Suite 1800 | New York, NY 10119
このメールは、発行者が Credly 上でバッジを授与したためにお送りしています。
配信設定: https://www.credly.com/notification_settings"""
build("credly-jp-pending", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
      frm=CREDLY, to=B_TO, subject=fold_b("佐藤 健太 さん、受け取り待ちのバッジが 2 件あります", "utf-8", 60),
      date=d, provider="gmail", snd=credly_sender(),
      msgid="<%s@geopod-ismtpd-%d>" % (b64s(22, "K2").replace("/", "x"), RNG.randint(1, 40)),
      body=multi("alternative", [part(k2, cte="base64"), part(para_html(k2, "ja"), "html", cte="base64")]))


# ================================================================ thread C: Priya Raman (outlook.com, en)
C_USER = "priya.raman@outlook.com"
C_TO = addr("Priya Raman", C_USER)
C_OPEN = dt(2025, 10, 14, 21, 5, 48)
C_CASE = case15(C_OPEN, "01937")
C_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_CASE

d = C_OPEN + timedelta(seconds=7)
C1_TEXT = """Hello Priya,

We\u2019ve received your message and a support case has been created for you \u2014 case number %s.

What happens next: one of our Training and Certification specialists will review your request and reply by e-mail. Most requests receive a first response within one business day.

To add information to this case, reply to this e-mail without changing the subject line.

Please don\u2019t submit another request about the same issue \u2014 duplicate requests are merged into the original one and can slow things down.

Thank you,
AWS Training and Certification

This is an automated message. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.""" % C_CASE
build("ack-html-flat-cp1252-label", kind="case_created", lang="en", case_id=C_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=C_TO, subject=C_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "C1"),
      body=part(flat_html(C1_TEXT), "html", charset="utf-8", label="windows-1252", cte="quoted-printable"))

C_FORM = """Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS03390812
Description:
I passed SAA-C03 on a second account (AWS01763305) by mistake because Pearson VUE created a new profile when I used a different e-mail. Can these be combined?"""
C2_DATE = dt(2025, 10, 16, 17, 40, 26)
C2_TEXT = """Hi Priya,

Thank you for contacting AWS Training and Certification.

To look into the two candidate records you mentioned, I need a little more information:

1. The e-mail address you use to sign in to each account.
2. The notification e-mail address on each account, if different.
3. Which of the two you would like to keep going forward.

As soon as I have these details I can continue with your request.

Best regards,
Aroha
AWS Training and Certification"""
d = C2_DATE
build("need-info-over-outlook-block", kind="support_reply", lang="en", case_id=C_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=C_TO, subject="RE:" + C_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "C2"),
      body=part(C2_TEXT + """

________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Tuesday, October 14, 2025 2:05 PM
To: AWS Training and Certification
Subject: [AWS Training and Certification Form Submission] - account-assistance

""" + C_FORM + "\n", cte="quoted-printable"))

C3_DATE = dt(2025, 10, 17, 19, 2, 55)
C3_TEXT = """Hi Priya,

Thanks for the details. Answers inline below.

> 1. Sign-in: priya.raman@outlook.com for both? I think the second one is p.raman@infosolve.com

Correct - AWS01763305 is registered to p.raman@infosolve.com.

> Also - will my 50% exam voucher from the first cert still be usable after this?

Yes. Unused benefits stay available on the account that remains.

> And will the SAA badge show on Credly under my main account?

It will, although the Credly side can lag a few days behind.

Before I submit anything, please confirm the following, as it cannot be reversed once done:

  Account to keep:    AWS03390812 (priya.raman@outlook.com)
  Account to retire:  AWS01763305 (p.raman@infosolve.com)
  All certifications and exam history from AWS01763305 will be moved to AWS03390812.

A short reply saying this is correct is all I need.

Best regards,
Aroha
AWS Training and Certification"""
C3_HTML = html_doc("""<p>Hi Priya,</p><p>Thanks for the details. Answers inline below.</p>
<blockquote style="border-left:2px solid #999;margin:0;padding-left:8px;color:#555">1. Sign-in: priya.raman@outlook.com for both? I think the second one is p.raman@infosolve.com</blockquote>
<p>Correct - AWS01763305 is registered to p.raman@infosolve.com.</p>
<blockquote style="border-left:2px solid #999;margin:0;padding-left:8px;color:#555">Also - will my 50%% exam voucher from the first cert still be usable after this?</blockquote>
<p>Yes. Unused benefits stay available on the account that remains.</p>
<blockquote style="border-left:2px solid #999;margin:0;padding-left:8px;color:#555">And will the SAA badge show on Credly under my main account?</blockquote>
<p>It will, although the Credly side can lag a few days behind.</p>
<p>Before I submit anything, please confirm the following, as it cannot be reversed once done:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>Account to keep</td><td>AWS03390812 (priya.raman@outlook.com)</td></tr>
<tr><td>Account to retire</td><td>AWS01763305 (p.raman@infosolve.com)</td></tr></table>
<p>All certifications and exam history from AWS01763305 will be moved to AWS03390812.</p>
<p>A short reply saying this is correct is all I need.</p>
<p>Best regards,<br>Aroha<br>AWS Training and Certification</p>
<hr><p style="font-size:11px;color:#888">How did we do? Rate this reply: <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_5u1?c=%s&r=5">Excellent</a> | <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_5u1?c=%s&r=1">Poor</a></p>""" % (C_CASE, C_CASE))
C_REPLY1 = """Hi Aroha,

1. Sign-in: priya.raman@outlook.com for both? I think the second one is p.raman@infosolve.com
2. Notification e-mail: same as above
3. Keep AWS03390812 please.

Also - will my 50% exam voucher from the first cert still be usable after this?
And will the SAA badge show on Credly under my main account?

Thanks, Priya"""
d = C3_DATE
build("inline-then-confirm-alt-differs", kind="merge_confirmation_requested", lang="en", case_id=C_CASE,
      ids=["AWS01763305", "AWS03390812"], verified=True,
      frm=AWS_FORM, to=C_TO, subject="RE:" + C_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "C3"),
      body=multi("alternative", [part(C3_TEXT + "\n", cte="quoted-printable"), part(C3_HTML, "html", cte="quoted-printable")]))

C_CONFIRM = """Yes, that's correct, please go ahead.
Priya"""
d = dt(2025, 10, 18, 15, 10, 33)
C4_NEW = """Thanks, Priya. I've handed this to our certification operations team. Once the
records have been combined I'll let you know here, and after that we will ask Credly to
move your badges to the remaining profile - you don't need to contact Credly yourself
in the meantime.

Aroha
AWS Training and Certification"""
top = ("On 18 Oct 2025, at 09:47, Priya Raman <priya.raman@outlook.com> wrote:\n" +
       quote(C_CONFIRM + "\n\nOn Fri, Oct 17, 2025 at 19:02, Amazon Web Services wrote:\n" + quote(C3_TEXT)))
build("bottom-post-once-done-credly", kind="support_reply", lang="en", case_id=C_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=C_TO, subject="RE:" + C_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "C4"),
      body=part(top + "\n\n" + C4_NEW + "\n", cte="base64"))

d = dt(2025, 10, 20, 11, 33, 18)
C5_TEXT = """Hello Priya,

I'm marking this case as resolved: your exam history and certifications are now combined
under a single profile, AWS03390812, and AWS01763305 no longer exists as a separate record.
Sign in with priya.raman@outlook.com as usual.

Was your issue resolved?
YES: https://amazonwebservices.qualtrics.com/jfe/form/SV_eXq3?c=%s&resolved=1
NO: https://amazonwebservices.qualtrics.com/jfe/form/SV_eXq3?c=%s&resolved=0

Best regards,
Aroha
AWS Training and Certification""" % (C_CASE, C_CASE)
build("resolved-and-combined-survey", kind="merge_completed", lang="en", case_id=C_CASE,
      ids=["AWS01763305", "AWS03390812"], verified=True,
      frm=AWS_FORM, to=C_TO, subject="RE:" + C_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "C5"),
      body=multi("alternative", [part(C5_TEXT + "\n\n" + AWS_LEGAL_EN + "\n", cte="quoted-printable"),
                                 part(para_html(C5_TEXT + "\n\n" + AWS_LEGAL_EN), "html", cte="quoted-printable")]))

d = dt(2025, 10, 20, 23, 4, 9)
C6_HTML = html_doc("""<div style="display:none">Your badge from Amazon Web Services Training and Certification is here</div>
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:28px">
<p style="font-size:20px"><b>Priya, a badge is ready for you</b></p>
<p>Following an update to your records with Amazon Web Services Training and Certification, the badge below has been issued to this Credly account:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/earner/earned/badge/b14c09e7-33aa-4f0e-8d6b-51c8f2a7e390" style="background:#0b6ebf;color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#6b6b6b">Credly, Inc. &middot; 1 Pennsylvania Plaza, Suite 1800 &middot; New York, NY 10119</p>
</td></tr></table>""")
build("credly-alt-text-stub", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
      frm=CREDLY, to=C_TO, subject="Priya, a badge is ready for you", date=d, provider="outlook", snd=credly_sender(),
      msgid="<%s@geopod-ismtpd-%d>" % (b64s(22, "C6").replace("/", "x"), RNG.randint(1, 40)),
      body=multi("alternative", [part("View this e-mail in your browser: https://www.credly.com/mail/view/b14c09e7\n", cte="7bit", charset="us-ascii"),
                                 part(C6_HTML, "html", cte="quoted-printable")]))


# ================================================================ thread D: 伊藤 浩之 (Office 365, ja, three accounts)
D_USER = "hiroyuki.ito@kaiyo-sys.co.jp"
D_TO = addr("伊藤 浩之", D_USER)
D_OPEN = dt(2026, 1, 19, 0, 48, 2)
D_CASE = case15(D_OPEN, "00371")
D_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CASE

d = D_OPEN + timedelta(seconds=8)
D1_TEXT = """伊藤 浩之 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを承ったことをお知らせする自動送信メールです。

ケース番号　　　: %s
お問い合わせ種別: Certification / Account Merge

担当者より順次ご連絡いたします。今しばらくお待ちください。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【ご注意】
・本メールにご返信いただくと、同じケースに情報を追加できます。件名は変更しないでください。
・同じ内容のお問い合わせを複数お送りいただくと、確認に時間を要する場合がございます。
・受付時間外にいただいたお問い合わせは、翌営業日以降の対応となります。
・お問い合わせ内容によっては、ご本人確認のため追加の情報をお伺いすることがございます。

【個人情報の取り扱いについて】
お客様からいただいた個人情報は、お問い合わせへの回答およびサービス品質向上の目的にのみ使用し、
法令に基づく場合を除き、お客様の同意なく第三者へ提供することはございません。
詳しくは AWS プライバシー規約 https://aws.amazon.com/jp/privacy/ をご覧ください。

【免責事項】
本メールの内容は送信時点の情報に基づいています。本メールおよび添付ファイルには機密情報が
含まれている場合があります。宛先に誤りがある場合は、お手数ですが本メールを破棄してください。
本メールの無断転載・複製を禁じます。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

%s

%s
""" % (D_CASE, AWS_LEGAL_JA, AWS_LEGAL_EN)
build("jp-ack-sjis-long-footer", kind="case_created", lang="ja", case_id=D_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=D_TO, subject=D_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "D1"),
      body=part(D1_TEXT, charset="shift_jis", cte="base64"))

D_FORM = """Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS04012659
Description:
認定アカウントが3つに分かれてしまっています。AWS03301877 と AWS01955023 を AWS04012659 にまとめてください。"""
D2_DATE = dt(2026, 1, 20, 2, 30, 11)
D2_TEXT = """伊藤 様

お世話になっております。AWS トレーニングと認定サポートの小林でございます。

ご申告いただいた3件のアカウントについて確認いたしました。
以下の内容で統合を実施する予定です。

　■ 統合後に残るアカウント
　　AWS04012659（hiroyuki.ito@kaiyo-sys.co.jp）
　■ 上記へ統合されるアカウント
　　AWS 03301877（h.ito.aws@gmail.com）
　　aws-01955023（hiroyuki.ito@old-kaiyo.co.jp）

統合を実施しますと、元の状態に戻すことはできません。
お手数ですが、上記の内容に誤りがないかご確認のうえ、
本メールへのご返信にて実施可否をお知らせください。

小林
AWS トレーニングと認定
Amazon Web Services"""
d = D2_DATE
build("jp-three-accounts-outlook-jp-block", kind="merge_confirmation_requested", lang="ja", case_id=D_CASE,
      ids=["AWS04012659", "AWS03301877", "AWS01955023"], verified=True,
      frm=AWS_FORM, to=D_TO, subject="RE:" + D_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "D2"),
      body=part(D2_TEXT + """

差出人: 伊藤 浩之 <hiroyuki.ito@kaiyo-sys.co.jp>
送信日時: 2026年1月19日 9:48
宛先: AWS Training and Certification
件名: [AWS Training and Certification Form Submission] - account-assistance

""" + D_FORM + "\n", charset="iso-2022-jp", cte="7bit"))

D_ITO_Q = """鈴木さん

AWS から統合の確認が来ました。以下3点確認させてください。

会社のアカウント（AWS04012659）を残す形でよいでしょうか。
Gmail の方（AWS 03301877）で取った SAP も会社側に寄せて大丈夫ですか？
旧ドメインのアカウントはもうログインできないのですが、問題ないでしょうか。

伊藤"""
D3_NEW = """伊藤さん

インラインで回答します。

> 会社のアカウント（AWS04012659）を残す形でよいでしょうか。

はい、それで問題ありません。パートナー登録は AWS04012659 で申請済みです。

> Gmail の方（AWS 03301877）で取った SAP も会社側に寄せて大丈夫ですか？

大丈夫です。会社負担で受験したものなので、むしろ会社側にまとめてください。

> 旧ドメインのアカウントはもうログインできないのですが、問題ないでしょうか。

サポートに任せてよいと思います。返事は早めにしておいてください。

鈴木
----------------------------------------
株式会社海洋システムズ　クラウド推進部
部長　鈴木 誠
TEL: 03-5555-0142 / 内線 2201
----------------------------------------"""
d = dt(2026, 1, 20, 13, 5, 37, JST)
internal = [("Received", "from TYCPR01MB8841.jpnprd01.prod.outlook.com ([fe80::5c1e:9a3b:77d2:41f0]) by\n TYCPR01MB8841.jpnprd01.prod.outlook.com ([fe80::5c1e:9a3b:77d2:41f0%4]) with\n mapi id 15.20.9520.011; Tue, 20 Jan 2026 04:05:38 +0000")]
build("jp-colleague-inline-answers", kind="unrelated", lang="ja", case_id=D_CASE, ids=["AWS04012659"], verified=None,
      frm=addr("鈴木 誠", "makoto.suzuki@kaiyo-sys.co.jp"), to=D_TO,
      subject=fold_b("RE: FW: RE:" + D_SUBJ, "iso-2022-jp"), date=d, provider="outlook", snd=None,
      pre_headers=internal, msgid=outlook_id("D3"), in_reply_to=outlook_id("D3p"),
      references=outlook_id("D3p"),
      x_headers=[("Thread-Topic", "RE:" + D_SUBJ), ("Thread-Index", "AQHbaV" + b64s(30, "D3ti")),
                 ("X-MS-Exchange-Organization-AuthAs", "Internal"),
                 ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
      body=part(D3_NEW + """

-----Original Message-----
From: 伊藤 浩之 <hiroyuki.ito@kaiyo-sys.co.jp>
Sent: Tuesday, January 20, 2026 12:10 PM
To: 鈴木 誠 <makoto.suzuki@kaiyo-sys.co.jp>
Subject: FW: RE:""" + D_SUBJ + "\n\n" + D_ITO_Q + """

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, January 20, 2026 11:30 AM
To: 伊藤 浩之 <hiroyuki.ito@kaiyo-sys.co.jp>
Subject: RE:""" + D_SUBJ + "\n\n" + D2_TEXT + "\n", charset="iso-2022-jp", cte="7bit"))

D4_DATE = dt(2026, 1, 21, 1, 15, 44)
D4_TEXT = """伊藤 様

ご確認いただきありがとうございます。
ご返信の内容をもって実施のご承諾と承りましたので、これより担当部署にて作業を進めてまいります。
作業が終わりましたら、改めて本ケースにてご連絡いたします。
通常 1〜3 営業日ほどお時間をいただいております。

小林
AWS トレーニングと認定"""
D_ITO_CONFIRM = """小林様

お世話になっております。伊藤です。
内容に相違ございません。上記の内容で統合を進めてください。
社内の承認も得ておりますので、念のため転送いたします。

---------- Forwarded message ---------
From: 鈴木 誠 <makoto.suzuki@kaiyo-sys.co.jp>
Date: 2026年1月20日(火) 13:05
Subject: RE: FW: RE:""" + D_SUBJ + """
To: 伊藤 浩之 <hiroyuki.ito@kaiyo-sys.co.jp>

伊藤さん
はい、それで問題ありません。パートナー登録は AWS04012659 で申請済みです。
鈴木

""" + quote(D_ITO_Q) + """

伊藤 浩之
株式会社海洋システムズ　クラウド推進部"""
d = D4_DATE
build("jp-proceeding-fwd-inside-quote", kind="support_reply", lang="ja", case_id=D_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=D_TO, subject="RE:" + D_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "D4"),
      body=part(D4_TEXT + "\n\n" + quote(D_ITO_CONFIRM + "\n\n" + "2026年1月20日(火) 11:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + quote(D2_TEXT)) + "\n",
                charset="iso-2022-jp", cte="7bit"))

D5_DATE = dt(2026, 1, 22, 6, 40, 2)
D5_TEXT = """伊藤 様

お待たせいたしました。小林でございます。

ご依頼いただいておりました件、下記のとおり処理が完了いたしました。

　① AWS 03301877 → AWS04012659
　② AWS-01955023 → AWS04012659

①②の認定資格・受験履歴はすべて AWS04012659 に集約済みです。
旧アカウント2件はクローズ済みのため、今後はサインインできません。

Credly のバッジについては、別途移行のご案内が届く予定です。
数日たっても届かない場合は、本ケースにご返信ください。

小林
AWS トレーニングと認定"""
d = D5_DATE
build("jp-done-cp932-in-sjis-label", kind="merge_completed", lang="ja", case_id=D_CASE,
      ids=["AWS03301877", "AWS01955023", "AWS04012659"], verified=True,
      frm=AWS_FORM, to=D_TO, subject="RE:" + D_SUBJ.replace(" - account-assistance", "") + "\n - account-assistance " + fold_raw("【処理完了のご連絡】", "cp932", "Shift_JIS", 6),
      date=d, provider="outlook", snd=ses_sender(d, "D5"),
      body=part(D5_TEXT + """

-----Original Message-----
差出人: Amazon Web Services
送信日時: 2026年1月21日 10:15
宛先: 伊藤 浩之
件名: RE:""" + D_SUBJ + "\n\n" + D4_TEXT + "\n", charset="cp932", label="Shift_JIS", cte="base64"))

d = dt(2026, 1, 29, 3, 0, 21)
D6_TEXT = """伊藤 様

本ケースは、最後のご連絡から一定期間が経過したため、クローズさせていただきました。

今回の対応についてご意見をお聞かせください（所要時間 約1分）。
https://amazonwebservices.qualtrics.com/jfe/form/SV_1Bq9?c=%s&lang=ja

ご不明な点が残っている場合は、本メールにご返信いただくことでケースを再開できます。

AWS トレーニングと認定""" % D_CASE
build("jp-closure-over-done-quote", kind="survey", lang="ja", case_id=D_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=D_TO, subject="RE:" + D_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "D6"),
      body=part(D6_TEXT + """

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年1月22日 15:40
宛先: 伊藤 浩之 <hiroyuki.ito@kaiyo-sys.co.jp>
件名: RE:""" + D_SUBJ + " 【処理完了のご連絡】\n\n" + D5_TEXT + "\n", cte="quoted-printable"))


# ================================================================ thread E: Marek Nowak (Google Workspace, en, console case 11 digits)
E_USER = "marek.nowak@nordlabs.eu"
E_TO = addr("Marek Nowak", E_USER)
E_CASE = "12409358716"
E_OPEN = dt(2025, 3, 10, 15, 2, 21)

d = E_OPEN + timedelta(seconds=9)
E1_TEXT = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge two certification accounts
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts, AWS00938271 (old employer e-mail) and AWS02650144 (current). I would like them merged into AWS02650144. Thanks, Marek

You can view your case or add a correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services""" % (E_CASE, E_CASE, E_CASE)
build("console-opened-odd-wrap", kind="case_created", lang="en", case_id=E_CASE,
      ids=["AWS00938271", "AWS02650144"], verified=True,
      frm=AWS_CONSOLE, to=E_TO, subject="Amazon Web Services: You have opened a new Support case: " + E_CASE,
      date=d, provider="gmail", snd=ses_sender(d, "E1"),
      body=part(wrap_at(E1_TEXT, 41) + "\n", cte="quoted-printable"))

d = dt(2025, 3, 11, 10, 12, 37)
build("console-new-correspondence", kind="support_reply", lang="en", case_id=E_CASE, ids=[], verified=True,
      frm=AWS_CONSOLE, to=E_TO, subject="[Case %s] New correspondence added" % E_CASE,
      date=d, provider="gmail", snd=ses_sender(d, "E2"),
      body=multi("alternative", [
          part("""Hello,

We've added a new correspondence to your support case %s. To view and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail was sent from an address that cannot accept incoming e-mail. To respond, please use the link above.

Amazon Web Services
""" % (E_CASE, E_CASE), cte="7bit", charset="us-ascii"),
          part(html_doc("""<p>Hello,</p><p>We've added a new correspondence to your support case <b>%s</b>. To view and respond, sign in to the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p style="color:#687078;font-size:12px">This e-mail was sent from an address that cannot accept incoming e-mail. To respond, please use the link above.</p><p>Amazon Web Services</p>""" % (E_CASE, E_CASE)), "html", cte="quoted-printable")]))

E_REQ = """Hello Marek,

Thank you for your patience. I can see the two profiles you mentioned:

AWS02650144 - marek.nowak@nordlabs.eu - will be kept
AWS00938271 - m.nowak@vistacore.pl - will be merged into the one above

This cannot be undone once it has been carried out. Please reply to confirm that the
details are correct and that you would like us to go ahead.

Best regards,
Lucia
Amazon Web Services"""
E_OK = """Confirmed - details are correct, please go ahead.

Marek"""
E3_TEXT = """Hello Marek,

Thanks for confirming. The records held under AWS00938271 - your exam history and the two
active certifications - now sit under AWS02650144, and the former profile has been closed.
Nothing changes for the way you sign in: keep using marek.nowak@nordlabs.eu.

If anything looks off when you check your certification dashboard, just reply here.

Best regards,
Lucia
Amazon Web Services"""
hist = quote(E_OK + "\n\nOn 11 Mar 2025, at 11:12, Amazon Web Services wrote:\n" + quote(E_REQ + "\n\n" + "Original correspondence:\n" + quote(E1_TEXT.split("Correspondence: ")[1].split("\n")[0]), compact=True), compact=True)
d = dt(2025, 3, 13, 9, 48, 40)
build("console-done-triple-nested", kind="merge_completed", lang="en", case_id=E_CASE,
      ids=["AWS00938271", "AWS02650144"], verified=True,
      frm=AWS_CONSOLE, to=E_TO, subject="RE:[CASE %s] Merge two certification accounts" % E_CASE,
      date=d, provider="gmail", snd=ses_sender(d, "E3"),
      body=multi("alternative", [part(E3_TEXT + "\n\n" + hist + "\n\n" + RATE_EN + "\n", cte="quoted-printable"),
                                 part(para_html(E3_TEXT + "\n\n" + hist + "\n\n" + RATE_EN), "html", cte="base64")]))

d = dt(2025, 3, 13, 9, 50, 2)
E4_TEXT = """Hello,

Your AWS Support case %s was recently resolved.

How did we do? Tell us about your experience - it takes less than a minute:
https://console.aws.amazon.com/support/feedback?displayId=%s

Thank you,
AWS Support""" % (E_CASE, E_CASE)
E4_FOOTER = """---------------------------------------------------------------------------
Why am I receiving this e-mail? You are receiving this e-mail because you opened a support
case with Amazon Web Services. Survey responses are used to improve AWS Support and are
processed in accordance with the AWS Privacy Notice (https://aws.amazon.com/privacy/).
Responses are anonymous unless you choose to include identifying information. Participation
is voluntary. To stop receiving AWS Support surveys, update your communication preferences
in the AWS Support Center. This survey link is unique to your case; please do not forward
this e-mail. If you have additional questions about this case, you can reopen it within 14
days from the Support Center. After that period, please create a new case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Reference: 8f21c0d4-1e77-4b6a-
9f03-2d6c5e0a17b9

(c) 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved. Amazon Web
Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon Web Services and AWS are
trademarks or registered trademarks of Amazon.com, Inc. or its affiliates. Other company
names, product names or services mentioned herein may be trademarks of their respective
owners. This message may contain confidential information; if you received it in error,
please delete it. AWS will never ask for your password or credit-card details by e-mail."""
build("how-did-we-do-footer-heavy", kind="survey", lang="en", case_id=E_CASE, ids=[], verified=True,
      frm=addr("AWS Support", "no-reply-aws@amazon.com"), to=E_TO,
      subject="How did we do? Your feedback on case %s" % E_CASE,
      date=d, provider="gmail", snd=ses_sender(d, "E4"),
      body=part(E4_TEXT + "\n\n" + E4_FOOTER + "\n", cte="quoted-printable"))

d = dt(2025, 3, 12, 14, 27, 5)
gh = Sender("github", "github.com", "192.30.252.%d" % RNG.randint(192, 210), "out-%d.smtp.github.com" % RNG.randint(20, 28),
            "noreply@github.com", "github.com", selector="pf2023")
build("github-merged-pr", kind="unrelated", lang="en", case_id=None, ids=[], verified=False,
      frm=addr("Anna Kowalczyk", "notifications@github.com"), to=addr("nordlabs/infra-modules", "infra-modules@noreply.github.com"),
      cc=addr("Marek Nowak", "marek.nowak@nordlabs.eu") + ", " + "Author <author@noreply.github.com>",
      reply_to=addr("nordlabs/infra-modules", "reply+ABCDEF%s@reply.github.com" % hexs(20, "E5").upper()),
      subject="Re: [nordlabs/infra-modules] Merge aws-accounts module into core (PR #412)",
      date=d, provider="gmail", snd=gh, msgid="<nordlabs/infra-modules/pull/412/issue_event/16483920715@github.com>",
      in_reply_to="<nordlabs/infra-modules/pull/412@github.com>", references="<nordlabs/infra-modules/pull/412@github.com>",
      x_headers=[("List-ID", "nordlabs/infra-modules <infra-modules.nordlabs.github.com>"), ("X-GitHub-Reason", "review_requested")],
      body=multi("alternative", [part("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nordlabs/infra-modules/pull/412#event-16483920715
You are receiving this because your review was requested.

Message ID: <nordlabs/infra-modules/pull/412/issue_event/16483920715@github.com>
""", cte="7bit", charset="us-ascii"), part(html_doc("""<p>Merged <a href="https://github.com/nordlabs/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/nordlabs/infra-modules/pull/412#event-16483920715">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>"""), "html", cte="quoted-printable")]))

d = dt(2025, 3, 15, 8, 1, 14)
build("credly-own-merge-code", kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
      frm=addr("Credly", "admin@credly.com"), to=E_TO, subject="Your Credly account merge verification code",
      date=d, provider="gmail", snd=credly_sender(),
      msgid="<%s@geopod-ismtpd-%d>" % (b64s(22, "E6").replace("/", "x"), RNG.randint(1, 40)),
      body=multi("alternative", [part("""Hi Marek,

We received a request to merge the Credly account m.nowak@vistacore.pl into your account marek.nowak@nordlabs.eu.

Your verification code is: 482913

Enter this code on the merge page, or select "Complete Account Merge" below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=ea93c1f07b2d4e58

If you did not request this, you can ignore this e-mail; no changes will be made.

Credly, Inc. | 1 Pennsylvania Plaza, Suite 1800 | New York, NY 10119
""", cte="quoted-printable"), part(html_doc("""<p>Hi Marek,</p><p>We received a request to merge the Credly account <b>m.nowak@vistacore.pl</b> into your account <b>marek.nowak@nordlabs.eu</b>.</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px"><b>482913</b></p>
<p><a href="https://www.credly.com/users/account_merges/confirm?token=ea93c1f07b2d4e58">Complete Account Merge</a></p>
<p style="font-size:12px;color:#777">If you did not request this, you can ignore this e-mail; no changes will be made.</p>"""), "html", cte="quoted-printable")]))

d = dt(2025, 3, 15, 17, 44, 51)
acc = Sender("sendgrid", "youracclaim.com", "167.89.%d.%d" % (RNG.randint(1, 120), RNG.randint(1, 250)), "o%d.email.youracclaim.com" % RNG.randint(1, 9),
             "bounces+1877240-9f0c-marek.nowak=nordlabs.eu@email.youracclaim.com", "youracclaim.com", selector="s1",
             second_dkim=("sendgrid.info", "smtpapi"))
build("acclaim-badge-security", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
      frm=addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"), to=E_TO,
      subject=fold_b("Marek, you've been issued the AWS Certified Security \u2013 Specialty badge", "utf-8", 76, qp=True),
      date=d, provider="gmail", snd=acc,
      msgid="<%s@ismtpd0%d.sendgrid.net>" % (b64s(22, "K1").replace("/", "x"), RNG.randint(10, 99)),
      body=part(html_doc("""<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560"><tr><td style="padding:20px;font-family:Helvetica,Arial,sans-serif">
<p>Hi Marek,</p>
<p>Amazon Web Services Training and Certification has issued you the following badge, now linked to your updated certification profile:</p>
<p style="font-size:18px"><b>AWS Certified Security &ndash; Specialty</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/54d7e0b3-91af-4c62-b8f4-2a0e6c1d9f85">Accept Badge</a></p>
<p>Once accepted you can share it on LinkedIn, add it to your e-mail signature, or embed it on your site.</p>
<p style="font-size:11px;color:#888">Acclaim is a Credly service. Credly, Inc. | 1 Pennsylvania Plaza, Suite 1800 | New York, NY 10119</p>
</td></tr></table></td></tr></table>""").replace("%%", "%"), "html", cte="quoted-printable"))


# ================================================================ thread F: 高橋 由美 (nifty, ja, form case)
F_USER = "y-takahashi@nifty.com"
F_TO = addr("高橋 由美", F_USER, "iso-2022-jp")
F_OPEN = dt(2025, 11, 30, 23, 58, 41)
F_CASE = case15(F_OPEN, "07725")
F_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_CASE

d = F_OPEN + timedelta(seconds=8)
F1_TEXT = """高橋 由美 様

お問い合わせありがとうございます。
ご依頼内容を受け付けました（ケース番号: %s）。

担当者からの回答まで、今しばらくお待ちください。通常、1 営業日以内にご連絡いたします。
本メールに返信すると、同じケースに追記されます。

AWS トレーニングと認定 カスタマーサポート

※本メールはシステムより自動送信されています。
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.""" % F_CASE
build("jp-ack-html-flat", kind="case_created", lang="ja", case_id=F_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=F_TO, subject=F_SUBJ, date=d, provider="nifty", snd=ses_sender(d, "F1"),
      body=part(flat_html(F1_TEXT, "ja"), "html", cte="base64"))

F_FORM = """Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS01120493
Description:
転職前の会社メールで作成したアカウント（AWS02776531）があり、
資格が2つのアカウントに分かれてしまいました。1つにしたいです。"""
F2_TEXT = """高橋 様

AWS トレーニングと認定サポートの森です。お問い合わせいただきありがとうございます。

AWS01120493 と AWS02776531 の2件を確認いたしました。
手続きを進めるにあたり、以下の2点をお知らせいただけますでしょうか。

1. 今後残したいアカウントはどちらか
2. それぞれのアカウントに登録されている通知先メールアドレス

ご返信をお待ちしております。

森
AWS トレーニングと認定"""
d = dt(2025, 12, 1, 23, 10, 15)
build("jp-which-to-keep-thunderbird-quote", kind="support_reply", lang="ja", case_id=F_CASE,
      ids=["AWS01120493", "AWS02776531"], verified=True,
      frm=AWS_FORM, to=F_TO, subject="RE:" + F_SUBJ, date=d, provider="nifty", snd=ses_sender(d, "F2"),
      body=part(F2_TEXT + "\n\n2025/12/01 8:58 に 高橋 由美 さんは書きました:\n" + quote(F_FORM) + "\n",
                charset="iso-2022-jp", cte="7bit"))

F6_NEW = """高橋 様

森です。上記のご連絡から数日が経過しましたが、その後いかがでしょうか。
引き続きサポートが必要な場合は、本メールへご返信ください。
ご返信がない場合、一定期間後に本ケースは自動的にクローズされますのでご了承ください。

森
AWS トレーニングと認定"""
d = dt(2025, 12, 4, 1, 0, 9)
build("jp-still-need-help-bottom", kind="support_reply", lang="ja", case_id=F_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=F_TO, subject="RE:" + F_SUBJ, date=d, provider="nifty", snd=ses_sender(d, "F6"),
      body=part("2025/12/02 8:10、Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> のメール:\n" +
                quote(F2_TEXT) + "\n\n" + F6_NEW + "\n", cte="quoted-printable"))

F_REPLY = """森様

ご連絡が遅くなり申し訳ありません。
1. 残したいのは AWS02776531 の方です（現在の個人アドレスに変更済みのため）
2. AWS02776531: y-takahashi@nifty.com / AWS01120493: yumi.takahashi@tsubasa-corp.jp

よろしくお願いいたします。
高橋"""
F3_DATE = dt(2025, 12, 5, 2, 30, 12)
F3_TEXT = """高橋 様

ご回答ありがとうございます。森です。

いただいた内容をもとに、以下のとおり手続きを進めてよろしいでしょうか。

　存続するアカウント：aws02776531（y-takahashi@nifty.com）
　統合元のアカウント：AWS01120493（yumi.takahashi@tsubasa-corp.jp）

一度実施すると、アカウントを再び分けることはできません。
内容に問題がなければ、その旨を本メールにご返信ください。

森
AWS トレーニングと認定"""
d = F3_DATE
build("jp-confirm-over-mailto-block", kind="merge_confirmation_requested", lang="ja", case_id=F_CASE,
      ids=["AWS02776531", "AWS01120493"], verified=True,
      frm=AWS_FORM, to=F_TO, subject="RE:" + F_SUBJ, date=d, provider="nifty", snd=ses_sender(d, "F3"),
      body=part(F3_TEXT + """

-----Original Message-----
From: 高橋 由美 [mailto:y-takahashi@nifty.com]
Sent: Thursday, December 04, 2025 9:12 PM
To: 'Amazon Web Services'
Subject: Re: RE:""" + F_SUBJ + "\n\n" + F_REPLY + "\n", charset="iso-2022-jp", cte="7bit"))

F4_TEXT = """高橋 様

森です。アカウントの統合が完了いたしました。
AWS02776531 にて、これまでの認定資格と受験履歴をすべてご確認いただけます。

これをもちまして本ケースはクローズとさせていただきます。
よろしければ、今回の対応に関するアンケートにご協力ください。
https://amazonwebservices.qualtrics.com/jfe/form/SV_0kP3?c=%s&lang=ja

森
AWS トレーニングと認定""" % F_CASE
d = dt(2025, 12, 8, 4, 15, 50)
build("jp-done-and-closed-gmail-jp-quote", kind="merge_completed", lang="ja", case_id=F_CASE, ids=["AWS02776531"], verified=True,
      frm=AWS_FORM, to=F_TO, subject="RE:" + F_SUBJ, date=d, provider="nifty", snd=ses_sender(d, "F4"),
      body=part(F4_TEXT + "\n\n2025年12月5日(金) 21:47 高橋 由美 <y-takahashi@nifty.com>:\n" +
                quote("The details are correct. Please proceed with the merge.\n\n高橋\n\n2025年12月5日(金) 11:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + quote(F3_TEXT)) + "\n",
                cte="base64"))

d = dt(2025, 12, 8, 10, 2, 33)
F5_TEXT = """高橋 由美 さん

おめでとうございます。Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect – Associate
AWS Certified Cloud Practitioner

バッジを受け取ると、プロフィールでの公開や SNS での共有ができるようになります。

バッジを受け取る
https://www.credly.com/earner/earned/badge/9e31d5aa-0c47-4f2b-b6e8-7d14a2c05f93

Credly, Inc. | 1 Pennsylvania Plaza, Suite 1800 | New York, NY 10119"""
build("credly-jp-issued", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
      frm=CREDLY, to=F_TO, subject=fold_b("新しいバッジが発行されました: AWS Certified Solutions Architect – Associate ほか", "utf-8", 72),
      date=d, provider="nifty", snd=credly_sender(),
      msgid="<%s@geopod-ismtpd-%d>" % (b64s(22, "F5").replace("/", "x"), RNG.randint(1, 40)),
      body=multi("alternative", [part(F5_TEXT, cte="base64"), part(para_html(F5_TEXT, "ja"), "html", cte="base64")]))


# ================================================================ thread G: Laura Chen (fastmail, en)
G_USER = "laura.chen@fastmail.com"
G_TO = addr("Laura Chen", G_USER)
G_OPEN = dt(2026, 2, 23, 16, 11, 7)
G_CASE = case15(G_OPEN, "05140")
G_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_CASE

d = dt(2026, 1, 5, 14, 20, 3)
build("credly-expiry-reminder", kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
      frm=addr("Credly", "admin@credly.com"), to=G_TO,
      subject=fold_b("Laura, your AWS Certified Developer \u2013 Associate badge expires in 30 days", "utf-8", 76, qp=True),
      date=d, provider="fastmail", snd=credly_sender(),
      msgid="<%s@geopod-ismtpd-%d>" % (b64s(22, "G0").replace("/", "x"), RNG.randint(1, 40)),
      body=part(html_doc("""<p>Hi Laura,</p>
<p>Your badge <b>AWS Certified Developer &ndash; Associate</b>, issued by Amazon Web Services Training and Certification, will expire on <b>February 4, 2026</b>.</p>
<p>To keep your credential active, review the issuer's recertification requirements.</p>
<p><a href="https://www.credly.com/badges/3a7f4d19-8c2e-4b60-a1d5-e09b7c4f2a16">View badge</a> &nbsp; <a href="https://aws.amazon.com/certification/recertification/">Recertification options</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Pennsylvania Plaza, Suite 1800 | New York, NY 10119 &middot; <a href="https://www.credly.com/notification_settings">Notification settings</a></p>"""),
                "html", cte="quoted-printable"))

d = G_OPEN + timedelta(seconds=9)
G2_TEXT = """Hello Laura,

Thanks for getting in touch with AWS Training and Certification \u2013 we\u2019ve opened case %s for your request.

Our team aims to reply within 24 hours. You can add details at any time by replying to this e-mail; please keep the case reference in the subject.

AWS Training and Certification
""" % G_CASE
build("ack-latin1-label-utf8-bytes", kind="case_created", lang="en", case_id=G_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=G_TO, subject=G_SUBJ, date=d, provider="fastmail", snd=ses_sender(d, "G2"),
      body=part(G2_TEXT, charset="utf-8", label="iso-8859-1", cte="8bit"))

d = dt(2026, 2, 24, 3, 14, 27)
ph = generic_sender("amazon-tc-verify.com", "185.217.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                    "mail.amazon-tc-verify.com", "bounce@amazon-tc-verify.com", "amazon-tc-verify.com", "default")
build("lookalike-confirm-link", kind="merge_confirmation_requested", lang="en", case_id=G_CASE,
      ids=["AWS01549982", "AWS04187725"], verified=False,
      frm=addr("AWS Training and Certification", "support@amazon-tc-verify.com"), to=G_TO,
      subject="Action needed: confirm certification account merge [CASE %s]" % G_CASE,
      date=d, provider="fastmail", snd=ph, auth=dict(policy_="NONE"),
      msgid="<%s@amazon-tc-verify.com>" % hexs(24, "G1"),
      body=multi("alternative", [part("""Dear Laura Chen,

We are processing your request to merge the following AWS Certification accounts:

Primary account: AWS04187725
Secondary account: AWS01549982

Merging is permanent. To authorise the merge, please confirm your identity and the
account details within 48 hours using the secure link below. Requests that are not
confirmed in time will be cancelled and both profiles temporarily locked.

Confirm merge: https://amazon-tc-verify.com/cert/merge/confirm?c=%s

AWS Training and Certification Support
""" % G_CASE, cte="quoted-printable"), part(html_doc("""<p>Dear Laura Chen,</p><p>We are processing your request to merge the following AWS Certification accounts:</p>
<p>Primary account: <b>AWS04187725</b><br>Secondary account: <b>AWS01549982</b></p>
<p>Merging is permanent. To authorise the merge, please confirm your identity and the account details within 48 hours using the secure link below. Requests that are not confirmed in time will be cancelled and both profiles temporarily locked.</p>
<p><a href="https://amazon-tc-verify.com/cert/merge/confirm?c=%s" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Confirm merge</a></p><p>AWS Training and Certification Support</p>""" % G_CASE), "html", cte="quoted-printable")]))

G3_DATE = dt(2026, 2, 25, 18, 20, 46)
G3_TEXT = """Hello Laura,

My name is Ines and I'm looking after your request.

I found these two candidate records:
AWS04187725 - laura.chen@fastmail.com (remains active)
AWS01549982 - lchen@brightpath-analytics.com (merged into AWS04187725)

Once we consolidate them there is no way to separate the records again, so I need your explicit go-ahead first. Could you reply to this message confirming the details above are right?

Kind regards,
Ines
AWS Training and Certification"""
G3_FOOTER = """CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the use of the individual or entity to which they are addressed and may contain information that is privileged, confidential and exempt from disclosure under applicable law. If the reader of this message is not the intended recipient, or the employee or agent responsible for delivering the message to the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited. If you have received this communication in error, please notify us immediately by replying to this message and delete the original message and any copies from your system.
AWS will never ask you to share your password, payment details or multi-factor authentication codes by e-mail. If you receive a suspicious message claiming to be from AWS, please report it to stop-spoofing@amazon.com.
""" + AWS_LEGAL_EN
d = G3_DATE
build("confirm-html-flat-long-legal", kind="merge_confirmation_requested", lang="en", case_id=G_CASE,
      ids=["AWS01549982", "AWS04187725"], verified=True,
      frm=AWS_FORM, to=G_TO, subject="RE:" + G_SUBJ, date=d, provider="fastmail", snd=ses_sender(d, "G3"),
      body=part(flat_html(G3_TEXT + "\n" + G3_FOOTER), "html", cte="quoted-printable"))

d = dt(2026, 3, 2, 6, 45, 12)
ph2 = generic_sender("aws-account-support.net", "91.92.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                     "vps-%d.hostinger-mail.net" % RNG.randint(100, 999), "billing@aws-account-support.net", None)
build("lookalike-billing-suspend", kind="unrelated", lang="en", case_id=None, ids=[], verified=False,
      frm=addr("Amazon Web Services", "billing@aws-account-support.net"), to=G_TO,
      subject="Your AWS account has been suspended - update payment method",
      date=d, provider="fastmail", snd=ph2, auth=dict(dkim="none", dmarc="none", policy_="NONE"),
      msgid="<%s@vps-host>" % hexs(20, "G4"),
      body=part(flat_html("""Dear Customer,
We were unable to process the payment for your AWS account. As a result, your account and the certification benefits linked to it have been suspended.
To restore access, please update your payment method within 24 hours:
https://aws-account-support.net/billing/restore
If no action is taken, your resources will be deleted.
Amazon Web Services Billing Team"""), "html", cte="base64"))

G_CONF = """Hi Ines,

Yes, both are correct - go ahead.

Laura"""
d = dt(2026, 2, 27, 14, 55, 30)
G5_NEW = """All set, Laura. Everything from aws01549982 now sits under AWS04187725, and the
brightpath address no longer has a profile of its own. Your Developer Associate and
the older Cloud Practitioner both show on AWS04187725.

Ines
AWS Training and Certification"""
build("bottom-post-all-set", kind="merge_completed", lang="en", case_id=G_CASE,
      ids=["AWS01549982", "AWS04187725"], verified=True,
      frm=AWS_FORM, to=G_TO, subject="RE:" + G_SUBJ, date=d, provider="fastmail", snd=ses_sender(d, "G5"),
      body=part("On Thu, Feb 26, 2026, at 9:31 AM, Laura Chen wrote:\n" +
                quote(G_CONF + "\n\nOn Wed, Feb 25, 2026, at 18:20, Amazon Web Services wrote:\n" + quote(G3_TEXT)) +
                "\n\n" + G5_NEW + "\n", cte="quoted-printable"))

d = dt(2026, 2, 27, 14, 56, 41)
build("yes-no-alt-differs", kind="survey", lang="en", case_id=G_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=G_TO, subject="RE:" + G_SUBJ, date=d, provider="fastmail", snd=ses_sender(d, "G6"),
      body=multi("alternative", [
          part("""Hello,

Your case %s has been closed.

Was your issue resolved?
YES https://amazonwebservices.qualtrics.com/jfe/form/SV_eXq3?c=%s&resolved=1
NO  https://amazonwebservices.qualtrics.com/jfe/form/SV_eXq3?c=%s&resolved=0

AWS Training and Certification
""" % (G_CASE, G_CASE, G_CASE), cte="7bit", charset="us-ascii"),
          part(html_doc("""<table width="600"><tr><td>
<p>Hello,</p><p>Thank you for contacting AWS Training and Certification. Your case <b>%s</b> has been closed. If you need more help with it, reply to this e-mail within 14 days and it will be reopened.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_eXq3?c=%s&amp;resolved=1" style="background:#1d8102;color:#fff;padding:8px 24px;text-decoration:none">YES</a>
&nbsp; <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_eXq3?c=%s&amp;resolved=0" style="background:#d13212;color:#fff;padding:8px 24px;text-decoration:none">NO</a></p>
<p>How would you rate your support agent? &#9733;&#9733;&#9733;&#9733;&#9733;</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p></td></tr></table>""" % (G_CASE, G_CASE, G_CASE)),
               "html", cte="quoted-printable")]))


# ================================================================ thread H: 中村 さくら (biglobe, ja, console case)
H_USER = "sakura.n@biglobe.ne.jp"
H_TO = addr("中村 さくら", H_USER, "iso-2022-jp")
H_OPEN = dt(2025, 6, 16, 4, 22, 19)
H_CASE = case15(H_OPEN, "00552")

d = H_OPEN + timedelta(seconds=7)
H1_TEXT = """お客様

Amazon Web Services にお問い合わせいただきありがとうございます。
お問い合わせについて、ケース %s を作成しました。

ケース ID: %s
件名: 認定アカウントの統合（再送）
重大度: 一般的なガイダンス

ケースの確認や返信は、AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは送信専用のため、ご返信いただいても対応できません。

Amazon Web Services""" % (H_CASE, H_CASE, H_CASE)
build("jp-console-opened-split-subject", kind="case_created", lang="ja", case_id=H_CASE, ids=[], verified=True,
      frm=AWS_CONSOLE, to=H_TO, subject=fold_b("Amazon Web Services: 新しいサポートケースを作成しました: " + H_CASE, "utf-8", 50),
      date=d, provider="biglobe", snd=ses_sender(d, "H1"),
      body=part(H1_TEXT + "\n", cte="base64"))

H2_TEXT = """中村 様

AWS トレーニングと認定サポートの田中です。
先日フォームからお送りいただいたお問い合わせは、通知先メールアドレスのご登録がなかったため、こちらからご連絡できておりませんでした。大変失礼いたしました。

本件は本ケースにて対応させていただきますので、今後は同じ内容で新しいケースを作成されないようお願いいたします。

ご記載の AWS02488016 とあわせて統合をご希望のアカウントについて、以下をお知らせください。
1) それぞれのアカウントのサインイン用メールアドレス
2) 今後残したいアカウント

田中
AWS トレーニングと認定"""
d = dt(2025, 6, 17, 2, 10, 4)
build("jp-console-dont-open-twice-wrapped", kind="support_reply", lang="ja", case_id=H_CASE, ids=["AWS02488016"], verified=True,
      frm=AWS_CONSOLE, to=H_TO, subject=fold_b("RE:[CASE %s] 認定アカウントの統合（再送）" % H_CASE, "iso-2022-jp"),
      date=d, provider="biglobe", snd=ses_sender(d, "H2"),
      body=part(wrap_ja(H2_TEXT, 33) + "\n\n" + RATE_JA + "\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n" % H_CASE,
                charset="iso-2022-jp", cte="7bit"))

d = dt(2025, 6, 18, 9, 41, 55)
spoof = Sender("spoof", "amazon.com", "45.153.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
               "mail.jp-notice-center.top", "info@jp-notice-center.top", None, selector="x")
build("jp-spoofed-confirm-forged-ar", kind="merge_confirmation_requested", lang="ja", case_id=H_CASE,
      ids=["AWS02488016", "AWS03713490"], verified=False,
      frm=AWS_CONSOLE, to=H_TO, subject=fold_raw("【重要】アカウント統合の最終確認 [CASE %s]" % H_CASE, "shift_jis", "Shift_JIS", 12),
      date=d, provider="biglobe", snd=spoof, auth=dict(spf="softfail", dkim="none", dmarc="fail"),
      forged_lower_ar="mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com",
      msgid="<%s@jp-notice-center.top>" % hexs(22, "H3"),
      body=part("""中村 さくら 様

いつも AWS をご利用いただきありがとうございます。

ご依頼のあった下記アカウントの統合について、最終確認をお願いいたします。

　統合先　：AWS02488016
　統合元　：AWS03713490

統合は取り消しができません。内容をご確認のうえ、24時間以内に下記ページよりサインインし、
「統合に同意する」を押してください。期限までにご確認いただけない場合、
両アカウントの認定資格が一時停止されます。

https://aws-certify-jp.com/merge/confirm?case=%s

Amazon Web Services サポート
""" % H_CASE, charset="shift_jis", cte="base64"))

H4_TEXT = """中村 様

田中です。お待たせいたしました。

AWS03713490 の受験履歴および認定資格を、AWS02488016 へ移し替える作業が終わりました。
AWS03713490 は閉鎖済みとなり、今後は AWS02488016（sakura.n@biglobe.ne.jp）のみご利用いただけます。

田中
AWS トレーニングと認定"""
d = dt(2025, 6, 20, 7, 45, 18)
build("jp-console-done-user-comment-quoted", kind="merge_completed", lang="ja", case_id=H_CASE,
      ids=["AWS02488016", "AWS03713490"], verified=True,
      frm=AWS_CONSOLE, to=H_TO, subject=fold_b("RE:[CASE %s] 認定アカウントの統合（再送）" % H_CASE, "utf-8", 64, qp=True),
      date=d, provider="biglobe", snd=ses_sender(d, "H4"),
      body=part(H4_TEXT + """

――――――――――――――――――――
2025年6月19日(木) 9:14 中村 さくら さんのコメント:
> 内容に間違いありません。統合をお願いします。
>
> 2025年6月18日(水) 16:02 Amazon Web Services:
> > 残すアカウント: AWS02488016
> > 統合されるアカウント: AWS03713490
> > 実施後は元に戻せません。問題なければご返信ください。
""" + "\n" + RATE_JA + "\n", cte="quoted-printable", extra_ct="; format=flowed"))

d = dt(2025, 6, 21, 12, 30, 8)
ph3 = generic_sender("credly-badges.net", "103.75.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                     "smtp.credly-badges.net", "noreply@credly-badges.net", "credly-badges.net", "k1")
build("jp-lookalike-credly-badge", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=False,
      frm=addr("Credly", "badges@credly-badges.net"), to=H_TO,
      subject=fold_b("【Credly】AWS 認定バッジが発行されました - 受け取りをお願いします", "utf-8", 64),
      date=d, provider="biglobe", snd=ph3, auth=dict(dmarc="pass", policy_="NONE"),
      msgid="<%s@credly-badges.net>" % hexs(22, "H5"),
      body=part(flat_html("""中村 さくら 様
アカウント統合に伴い、AWS 認定バッジが再発行されました。
AWS Certified Solutions Architect – Professional
バッジを受け取るには、72時間以内に下記からログインしてください。期限を過ぎるとバッジは失効します。
バッジを受け取る: https://credly-badges.net/accept?u=sakura.n
Credly, Inc.""", "ja"), "html", cte="base64"))

d = dt(2025, 7, 2, 5, 12, 40)
pv = generic_sender("pearson.com", "159.182.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                    "mx-out.pearson.com", "pearsonvueconfirmation@pearson.com", "pearson.com", "selector2")
build("jp-pearson-vue-booking", kind="unrelated", lang="ja", case_id=None, ids=["AWS02488016"], verified=False,
      frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=H_TO,
      subject=fold_b("Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional", "iso-2022-jp"),
      date=d, provider="biglobe", snd=pv,
      msgid="<%s.JavaMail.vue@pvlnx%d>" % (RNG.randint(10**8, 10**9), RNG.randint(10, 99)),
      body=part("""中村 さくら 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
受験者 ID: AWS02488016
登録 ID: 518204377
日時: 2025年7月19日(土) 10:00 JST
会場: オンライン試験 (OnVUE)

試験当日は、開始時刻の30分前からチェックインが可能です。
ご予約の変更・キャンセルは、試験開始の24時間前までに行ってください。

Pearson VUE
""", charset="iso-2022-jp", cte="7bit"))


# ================================================================ thread I: 山本 大輔 (OCN, ja, console case)
I_USER = "d.yamamoto@ocn.ne.jp"
I_TO = addr("山本 大輔", I_USER, "iso-2022-jp")
I_OPEN = dt(2025, 9, 24, 6, 30, 55)
I_CASE = case15(I_OPEN, "02964")

d = I_OPEN + timedelta(seconds=7)
K3_TEXT = """お客様

Amazon Web Services にお問い合わせいただきありがとうございます。
以下の内容で新しいケースを作成しました。

ケース ID: %s
件名: 認定アカウント統合のお願い
重大度: 一般的なガイダンス
問い合わせ内容: 認定のアカウントが aws00784415 と AWS03066231 の2つあります。会社のアドレスで作った aws00784415 に一本化したいです。

ケースの状況は AWS サポートセンターでご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールには返信できません。

Amazon Web Services""" % (I_CASE, I_CASE)
build("jp-console-opened-sjis-alt", kind="case_created", lang="ja", case_id=I_CASE,
      ids=["AWS00784415", "AWS03066231"], verified=True,
      frm=AWS_CONSOLE, to=I_TO, subject=fold_b("Amazon Web Services: 新しいサポートケースをオープンしました: " + I_CASE, "iso-2022-jp", 60),
      date=d, provider="ocn", snd=ses_sender(d, "K3"),
      body=multi("alternative", [part(K3_TEXT + "\n", charset="shift_jis", cte="base64"),
                                 part(para_html(K3_TEXT, "ja"), "html", cte="quoted-printable")]))

d = dt(2025, 9, 26, 4, 0, 31)
I1_TEXT = """山本 様

AWS トレーニングと認定サポートの佐々木です。
お問い合わせいただいた件につきまして、現在、担当部署にて両アカウントの受験記録を照合しております。
照合が済み次第、手続きの内容についてご案内いたしますので、今しばらくお待ちください。
お急ぎのところ恐れ入りますが、何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定"""
build("jp-checking-html-flat", kind="support_reply", lang="ja", case_id=I_CASE, ids=[], verified=True,
      frm=AWS_CONSOLE, to=I_TO, subject=fold_b("RE:[CASE %s] 認定アカウント統合のお願い" % I_CASE, "utf-8", 70),
      date=d, provider="ocn", snd=ses_sender(d, "I1"),
      body=part(flat_html(I1_TEXT + "\n" + RATE_JA + "\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n" % I_CASE + AWS_LEGAL_JA, "ja"),
                "html", cte="base64"))

I_REQ = """山本 様

佐々木です。照合が完了しました。以下の内容で統合を行います。

残すアカウント：AWS00784415（daisuke.yamamoto@tohoku-densan.co.jp）
統合されるアカウント：AWS03066231（d.yamamoto@ocn.ne.jp）

統合後に元に戻すことはできません。よろしければサポートセンターからご返信ください。

佐々木
AWS トレーニングと認定"""
d = dt(2025, 9, 27, 13, 22, 9, JST)
gw = Sender("ocn", "ocn.ne.jp", "153.149.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "mogw%04d.ocn.ad.jp" % RNG.randint(1000, 9999),
            I_USER, "ocn.ne.jp", selector="20230406")
build("jp-self-forward-to-work", kind="unrelated", lang="ja", case_id=I_CASE, ids=["AWS00784415"], verified=False,
      frm=I_TO, to=addr("山本 大輔", "daisuke.yamamoto@tohoku-densan.co.jp", "iso-2022-jp"),
      subject=fold_b("Fwd: RE:[CASE %s] 認定アカウント統合のお願い" % I_CASE, "iso-2022-jp"),
      date=d, provider="gmail", snd=gw, msgid="<%s@ocn.ne.jp>" % hexs(18, "I4"),
      x_headers=[("User-Agent", "Mozilla Thunderbird")],
      body=part("""会社でも見られるように転送。
残すのは AWS00784415（会社アドレスの方）で合っているはず。
返信はサポートセンターから「問題ありません」でOK。

-------- 転送メッセージ --------
件名: RE:[CASE %s] 認定アカウント統合のお願い
日付: Sat, 27 Sep 2025 03:40:12 +0000
差出人: Amazon Web Services <no-reply-aws@amazon.com>
宛先: d.yamamoto@ocn.ne.jp

""" % I_CASE + I_REQ + "\n", charset="iso-2022-jp", cte="7bit", extra_ct="; format=flowed; delsp=yes"))

I_DONE = """山本 様

佐々木です。統合作業が完了しました。AWS03066231 の記録は AWS00784415 に移っております。

佐々木"""
d = dt(2025, 9, 30, 8, 0, 44)
I2_TEXT = """山本 大輔 様

このたびは AWS サポートをご利用いただき、ありがとうございました。
ケース %s はクローズされました。

ご対応はいかがでしたか？ 今後のサービス向上のため、簡単なアンケートにご協力ください。
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

Amazon Web Services""" % (I_CASE, I_CASE)
build("jp-survey-over-thanks-nested", kind="survey", lang="ja", case_id=I_CASE, ids=[], verified=True,
      frm=AWS_CONSOLE, to=I_TO, subject=fold_b("Amazon Web Services: ケース %s のご対応はいかがでしたか" % I_CASE, "iso-2022-jp"),
      date=d, provider="ocn", snd=ses_sender(d, "I2"),
      body=part(I2_TEXT + "\n\n" + "お客様の最後のコメント (2025/09/29 18:03):\n" +
                quote("統合ありがとうございました。資格一覧で確認できました。助かりました。\n\n" + quote(I_DONE)) + "\n",
                charset="iso-2022-jp", cte="7bit"))

I3_OPEN = dt(2025, 10, 3, 1, 12, 48)
I3_CASE = case15(I3_OPEN, "08830")
d = dt(2025, 10, 3, 5, 47, 2)
build("jp-ec2-quota-raised", kind="unrelated", lang="ja", case_id=I3_CASE, ids=[], verified=True,
      frm=AWS_CONSOLE, to=I_TO, subject=fold_b("RE:[CASE %s] サービスクォータの引き上げリクエスト: EC2 オンデマンドインスタンス" % I3_CASE, "utf-8", 72),
      date=d, provider="ocn", snd=ses_sender(d, "I3"),
      body=part("""こんにちは、

AWS サポートにお問い合わせいただきありがとうございます。

ご依頼いただいた下記のクォータについて、引き上げが完了しました。

リージョン: アジアパシフィック (東京) ap-northeast-1
クォータ名: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
新しいクォータ値: 64 vCPU

反映まで最大 30 分ほどかかる場合がございます。Service Quotas コンソールでご確認ください。

よろしくお願いいたします。

Amazon Web Services
=======================================
""" + RATE_JA + "\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n" % I3_CASE, cte="quoted-printable"))


# ================================================================ thread J: Sam Whitfield (Office 365, en)
J_USER = "sam@whitfield.dev"
J_TO = addr("Sam Whitfield", J_USER)
J_OPEN = dt(2026, 2, 2, 19, 44, 10)
J_CASE = case15(J_OPEN, "03318")
J_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % J_CASE

d = dt(2026, 2, 5, 16, 18, 27)
J1_TEXT = """Hi Sam,

Thank you for following up, and sorry for the wait. Your request is with our internal
certification team, who are reviewing the exam records on both profiles before anything
is changed. I don't have a completion date yet, but I've flagged your partner audit
deadline to them and will update you as soon as I hear back.

Regards,
Mateo R.
AWS Training and Certification"""
J1_FOOTER = """
--------------------------------------------------------------------------------
Amazon Web Services, Inc. | 410 Terry Ave. North | Seattle, WA 98109-5210 | USA

IMPORTANT: This e-mail, including any attachments, is confidential and intended only for the
addressee(s). It may contain information that is legally privileged or protected from
disclosure. If you are not an intended recipient, you must not read, use, copy, disclose or
distribute this e-mail or its attachments; please notify the sender immediately by reply and
delete all copies. Internet communications are not guaranteed to be secure or error-free;
information could be intercepted, corrupted, lost, destroyed, arrive late or incomplete, or
contain viruses. AWS accepts no liability for any errors or omissions in the contents of this
message which arise as a result of e-mail transmission.

Data protection: AWS processes personal data in accordance with the AWS Privacy Notice,
available at https://aws.amazon.com/privacy/. Where applicable, you have rights of access,
rectification, erasure, restriction, portability and objection. For questions about how AWS
processes your personal data, please contact aws-EU-privacy@amazon.com.

Security reminder: AWS will never ask for your password, credit card details or one-time
codes by e-mail. Report suspicious messages to stop-spoofing@amazon.com.

Please consider the environment before printing this e-mail.
--------------------------------------------------------------------------------"""
J_CHASER = """From: Sam Whitfield <sam@whitfield.dev>
Date: Thursday, 5 February 2026 at 09:03
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:%s

Hi, any update on this? It's been three days and I need the combined transcript for a
partner audit next week.

Sam

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Monday, 2 February 2026 at 20:10
To: Sam Whitfield <sam@whitfield.dev>
Subject: RE:%s

Hi Sam,

Thanks for reaching out. I'm reviewing the two profiles you listed (AWS03802216 and
AWS02934470) and will come back to you shortly.

Mateo R.""" % (J_SUBJ, J_SUBJ)
build("escalated-mac-outlook-quote", kind="support_reply", lang="en", case_id=J_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=J_TO, subject="RE:" + J_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "J1"),
      body=part(J1_TEXT + "\n" + J1_FOOTER + "\n\n" + J_CHASER + "\n", cte="quoted-printable"))

d = dt(2026, 2, 6, 21, 3, 55)
J2_TEXT = """Hi Sam,

Your two candidate profiles have been consolidated. AWS03802216 is now your only active profile and contains the certification history previously held on aws 02934470, including the DevOps Engineer - Professional. The transcript you download from the certification portal will now list everything in one place.

Regards,
Mateo R.
AWS Training and Certification"""
build("consolidated-odd-wrap-64", kind="merge_completed", lang="en", case_id=J_CASE,
      ids=["AWS03802216", "AWS02934470"], verified=True,
      frm=AWS_FORM, to=J_TO, subject="RE:" + J_SUBJ, date=d, provider="outlook", snd=ses_sender(d, "J2"),
      body=part(wrap_at(J2_TEXT, 64) + "\n\n" + wrap_at(J1_FOOTER, 64) + "\n\n" +
                "-----Original Message-----\n" + J_CHASER + "\n", charset="us-ascii", cte="7bit"))

d = dt(2026, 2, 6, 21, 5, 12)
build("rate-1-to-5-plain", kind="survey", lang="en", case_id=J_CASE, ids=[], verified=True,
      frm=AWS_FORM, to=J_TO, subject="How would you rate your support experience? [CASE %s]" % J_CASE,
      date=d, provider="outlook", snd=ses_sender(d, "J5"),
      body=part("""Hi Sam,

Thank you for contacting AWS Training and Certification about case %s. This case is now closed.

How would you rate the support you received?

1 - Very poor      https://amazonwebservices.qualtrics.com/jfe/form/SV_7Hk?c=%s&s=1
2 - Poor           https://amazonwebservices.qualtrics.com/jfe/form/SV_7Hk?c=%s&s=2
3 - Average        https://amazonwebservices.qualtrics.com/jfe/form/SV_7Hk?c=%s&s=3
4 - Good           https://amazonwebservices.qualtrics.com/jfe/form/SV_7Hk?c=%s&s=4
5 - Excellent      https://amazonwebservices.qualtrics.com/jfe/form/SV_7Hk?c=%s&s=5

Your answers help us improve. The survey takes about one minute.

AWS Training and Certification
""" % ((J_CASE,) * 6), cte="quoted-printable"))

d = dt(2026, 2, 10, 9, 27, 36)
build("seller-central-asin-merge", kind="unrelated", lang="en", case_id="5891207734", ids=[], verified=True,
      frm=addr("Amazon Seller Central", "seller-notification@amazon.com"), to=J_TO,
      subject="RE:[CASE 5891207734] Duplicate detail pages for ASIN B0CK7TQ2ZL",
      date=d, provider="outlook", snd=ses_sender(d, "J3"),
      body=part("""Hello,

We have reviewed your request regarding duplicate detail pages. The detail pages for
ASIN B0CK7TQ2ZL and ASIN B0CK7V81MX have been merged. Your offer now appears on
B0CK7TQ2ZL. It may take up to 24 hours for the change to be visible on the website.

To view your case, go to: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5891207734

Were we able to resolve your issue? Please let us know by selecting Yes or No in Case Log.

We value your feedback. Please rate my correspondence at the end of this message.

Thank you for selling on Amazon,
Kiran S.
Amazon.com
https://sellercentral.amazon.com
""", cte="quoted-printable"))

d = dt(2026, 2, 12, 15, 40, 2)
cm = generic_sender("certmetrics.com", "13.111.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                    "mta.email.certmetrics.com", "bounce-%d@email.certmetrics.com" % RNG.randint(1000, 9999), "certmetrics.com", "s2048")
build("certmetrics-hear-from-you", kind="unrelated", lang="en", case_id=None, ids=["AWS03802216"], verified=False,
      frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=J_TO,
      subject="AWS Certification wants to hear from you",
      date=d, provider="outlook", snd=cm, msgid="<%s@certmetrics.com>" % hexs(26, "J4"),
      body=multi("alternative", [part("""Hello Sam Whitfield,

Candidate ID: AWS03802216

Thank you for being part of the AWS Certification community. We'd like to hear about your
experience with the exam process, from scheduling to receiving your results.

Take the survey (about 5 minutes): https://www.certmetrics.com/amazon/survey/?cid=AWS03802216

AWS Certification
This message was sent by the AWS Certification program via CertMetrics. Please do not reply.
""", cte="quoted-printable"), part(html_doc("""<p>Hello Sam Whitfield,</p><p>Candidate ID: AWS03802216</p>
<p>Thank you for being part of the AWS Certification community. We'd like to hear about your experience with the exam process, from scheduling to receiving your results.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?cid=AWS03802216">Take the survey</a> (about 5 minutes)</p>
<p style="font-size:11px;color:#777">This message was sent by the AWS Certification program via CertMetrics. Please do not reply.</p>"""), "html", cte="quoted-printable")]))


# === MAIN ===
if __name__ == "__main__":
    write_all()
