#!/usr/bin/env python3
"""Generator for blind set 177: completions and Credly, fifth round.

Writes NNN-short-description.eml files and labels.json into this folder.
Bodies are built with the email package (MIME parts, charsets, transfer
encodings); trace headers are pre-formatted text, as real MTAs write them.
"""
import base64
import io
import json
import os
import quopri
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.generator import BytesGenerator
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
UTC = timezone.utc

MAILS = []  # (filename, bytes, label)


# ---------------------------------------------------------------- utilities
def R(seed):
    return random.Random(seed)


def b64junk(rng, n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid_like(rng):
    return f"{hexs(rng,8)}-{hexs(rng,4)}-4{hexs(rng,3)}-{rng.choice('89ab')}{hexs(rng,3)}-{hexs(rng,12)}"


def dt(s, tz=UTC):
    """'2025-05-28 08:02:11' in tz -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def case15(opened):
    """15-digit case id: unix time of opening + 5 digits"""
    rng = R(int(opened.timestamp()))
    return f"{int(opened.timestamp())}{rng.randint(0, 99999):05d}"


def ses_id(rng, when):
    ms = int(when.timestamp() * 1000)
    return f"0100{ms:012x}-{uuid_like(rng)}-000000"


def rfcdate(when, tz=None):
    if tz is not None:
        when = when.astimezone(tz)
    return format_datetime(when)


def gdate(when):
    """Gmail Received timestamp in Pacific time with (PDT)/(PST)"""
    w = when.astimezone(PT)
    return w.strftime("%a, %d %b %Y %H:%M:%S %z") + f" ({w.tzname()})"


def enc_header(text, charset="utf-8", q=False, name="Subject"):
    if all(ord(c) < 128 for c in text):
        return text
    cs = Charset(charset)
    if q:
        cs.header_encoding = QP
    return Header(text, cs, header_name=name).encode()


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    if all(ord(c) < 128 for c in name):
        return formataddr((name, address))
    return formataddr((name, address), charset=charset)


# ---------------------------------------------------------------- MIME parts
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None,
          codec=None):
    """A text/* part. codec = python codec for bytes (defaults to charset);
    label = charset written in the header (to fake a wrong label)."""
    raw = text.replace("\r\n", "\n").encode(codec or charset)
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", label or charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(plain, html):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    m.attach(plain)
    m.attach(html)
    return m


def mixed(*parts, subtype="mixed"):
    m = MIMEMultipart(subtype)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def image_part(rng, name, cid=None):
    # a tiny 1x1 PNG
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    p = MIMENonMultipart("image", "png")
    del p["MIME-Version"]
    p.set_param("name", name)
    p["Content-Transfer-Encoding"] = "base64"
    if cid:
        p["Content-ID"] = f"<{cid}>"
        p["Content-Disposition"] = f'inline; filename="{name}"'
    else:
        p["Content-Disposition"] = f'attachment; filename="{name}"'
    p.set_payload(base64.encodebytes(png).decode("ascii"))
    return p


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html_body(text):
    """Plain text -> simple HTML; runs of '>' quoted lines become blockquotes."""
    out = []
    depth = 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        q = m.group(1).count(">")
        while depth < q:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > q:
            out.append("</blockquote>")
            depth -= 1
        content = m.group(2)
        content = re.sub(r"(https?://[^\s<>]+)", lambda mm: f'<a href="{mm.group(1)}">{mm.group(1)}</a>', esc(content))
        out.append((content or "&nbsp;") + "<br>")
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    return "\n".join(out)


def html_doc(inner, title="", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        f"<title>{esc(title)}</title>\n</head>\n<body style=\"{style}\">\n{inner}\n</body>\n</html>\n")


def aws_html(inner_html, title=""):
    """Amazon Web Services support template (table layout)."""
    return html_doc(
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f3f3">'
        '<tr><td align="center">'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">'
        '<tr><td style="background:#232f3e;padding:16px 24px">'
        '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" '
        'alt="Amazon Web Services" width="120"></td></tr>'
        f'<tr><td style="padding:24px;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;line-height:20px">{inner_html}</td></tr>'
        '<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
        'Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., '
        '410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>'
        '</table></td></tr></table>', title)


def body_bytes(part):
    fp = io.BytesIO()
    g = BytesGenerator(fp, mangle_from_=False, policy=compat32.clone(linesep="\n"))
    g.flatten(part)
    return fp.getvalue()


# ---------------------------------------------------------------- trace / auth
SES_IPS = ["54.240.8.21", "54.240.8.33", "54.240.11.84", "54.240.9.112", "23.251.226.3",
           "54.240.13.47", "54.240.27.16", "54.240.48.92"]


def ses_host(ip):
    a = ip.split(".")
    return f"a{a[2]}-{a[3]}.smtp-out.amazonses.com"


def dkim_sig(rng, d, s, when, h="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    t = int(when.timestamp())
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={s}; d={d}; t={t};\n"
            f"\th={h};\n"
            f"\tbh={b64junk(rng, 43)}=;\n"
            f"\tb={b64junk(rng, 76)}\n\t{b64junk(rng, 76)}\n\t{b64junk(rng, 58)}=")


AMZ_SEL = "rjs6uhwgqcdkiaokv2uswjdxpwnibkqt"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


class Ctx:
    """Everything about one mail's transport."""

    def __init__(self, seed, when, to_addr, mailbox, from_addr, sender="ses",
                 auth="pass", forged_ar=False, from_domain=None):
        self.rng = R(seed)
        self.when = when
        self.to_addr = to_addr
        self.mailbox = mailbox          # gmail / outlook / nifty / yahoojp / docomo / biglobe / corp
        self.from_addr = from_addr
        self.sender = sender            # ses (amazon) / credly / other:<domain> / lookalike:<domain>
        self.auth = auth                # pass / fail / none(no AR at all) / softfail
        self.forged_ar = forged_ar
        self.from_domain = from_domain or from_addr.split("@")[1]
        rng = self.rng
        self.ip = rng.choice(SES_IPS)
        self.bounce = None
        if sender == "ses":
            self.mailfrom_dom = "email.amazonses.com"
            self.bounce = f"{ses_id(rng, when)}@email.amazonses.com"
            self.relay_host = ses_host(self.ip)
        elif sender == "credly":
            self.ip = f"149.72.{rng.randint(1,254)}.{rng.randint(1,254)}"
            self.mailfrom_dom = "em.credly.com"
            self.bounce = f"bounces+{rng.randint(1000000,9999999)}-{hexs(rng,4)}-{to_addr.replace('@','=')}@em.credly.com"
            self.relay_host = f"o{rng.randint(1,30)}.ptr{rng.randint(1000,9999)}.em.credly.com"
        elif sender == "youracclaim":
            self.ip = f"167.89.{rng.randint(1,254)}.{rng.randint(1,254)}"
            self.mailfrom_dom = "email.youracclaim.com"
            self.bounce = f"bounces+{rng.randint(1000000,9999999)}-{hexs(rng,4)}-{to_addr.replace('@','=')}@email.youracclaim.com"
            self.relay_host = f"o{rng.randint(1,30)}.email.youracclaim.com"
        else:
            _, dom = sender.split(":", 1)
            self.ip = f"{rng.choice([185,198,209,45,91])}.{rng.randint(1,254)}.{rng.randint(1,254)}.{rng.randint(1,254)}"
            self.mailfrom_dom = dom
            self.bounce = f"bounce-{hexs(rng,10)}@{dom}"
            self.relay_host = f"mail{rng.randint(1,9)}.{dom}"

    # --- authentication result text for the mailbox provider
    def results(self):
        """(spf, dkim list [(result, d)], dmarc, dmarc_policy_text)"""
        fd = self.from_domain
        if self.sender == "ses":
            if self.auth == "pass":
                return "pass", [("pass", "amazon.com"), ("pass", "amazonses.com")], "pass"
            if self.auth == "fail":   # spoofed From: amazon.com, sent from elsewhere
                return "softfail", [("none", None)], "fail"
        if self.sender == "credly":
            if self.auth == "pass":
                return "pass", [("pass", "credly.com"), ("pass", "sendgrid.info")], "pass"
        if self.sender == "youracclaim":
            return "pass", [("pass", "youracclaim.com"), ("pass", "sendgrid.info")], "pass"
        # other / lookalike senders
        if self.auth == "pass":
            return "pass", [("pass", fd)], "pass"
        if self.auth == "softfail":
            return "softfail", [("none", None)], "none"
        if self.auth == "fail":
            return "fail", [("fail", fd)], "fail"
        raise ValueError(self.auth)

    def ar_gmail(self):
        if getattr(self, "_arg", None):
            return self._arg
        self._arg = self._ar_gmail()
        return self._arg

    def _ar_gmail(self):
        spf, dk, dm = self.results()
        lines = ["Authentication-Results: mx.google.com;"]
        for r, d in dk:
            if r == "none":
                continue
            sel = AMZ_SEL if d == "amazon.com" else SES_SEL if d == "amazonses.com" else ("s1" if "sendgrid" in d or "credly" in d else "selector1")
            lines.append(f"       dkim={r} header.i=@{d} header.s={sel} header.b={b64junk(self.rng, 8)};")
        spfword = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate"}[spf]
        mf = self.bounce if self.sender != "spoof" else self.bounce
        tail = "as permitted sender" if spf == "pass" else "as permitted sender"
        trans = "transitioning " if spf == "softfail" else ""
        lines.append(f"       spf={spf} (google.com: domain of {trans}{mf} {spfword} {self.ip} {tail}) smtp.mailfrom={mf};")
        pol = "QUARANTINE" if self.from_domain == "amazon.com" else "REJECT" if self.from_domain == "credly.com" else "NONE"
        if dm == "none":
            lines.append(f"       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={self.from_domain}" if False else
                         f"       dmarc=none (p=NONE sp=NONE dis=NONE) header.from={self.from_domain}")
        else:
            dis = "NONE" if dm == "pass" else pol
            lines.append(f"       dmarc={dm} (p={pol} sp={pol} dis={dis}) header.from={self.from_domain}")
        return "\n".join(lines)

    def ar_outlook(self):
        spf, dk, dm = self.results()
        mf = self.mailfrom_dom
        parts = [f"spf={spf} (sender IP is {self.ip})\n smtp.mailfrom={mf};"]
        for r, d in dk:
            if r == "none":
                parts.append(" dkim=none (message not signed)\n header.d=none;")
            else:
                parts.append(f" dkim={r} (signature was verified)\n header.d={d};" if r == "pass" else
                             f" dkim={r} (body hash did not verify)\n header.d={d};")
        action = "none" if dm == "pass" else ("quarantine" if self.from_domain == "amazon.com" else "none")
        comp = "pass reason=100" if dm == "pass" else "fail reason=000"
        parts.append(f"dmarc={dm} action={action}\n header.from={self.from_domain};compauth={comp}")
        return "Authentication-Results: " + "".join(parts)

    def ar_jp(self, host):
        spf, dk, dm = self.results()
        s = f"Authentication-Results: {host}; spf={spf} smtp.mailfrom={self.bounce};"
        for r, d in dk:
            if r == "none":
                s += "\n\tdkim=none;"
            else:
                s += f"\n\tdkim={r} header.i=@{d};"
        s += f"\n\tdmarc={dm} header.from={self.from_domain}"
        return s

    # --- the full trace block (top of the message)
    def trace(self):
        rng = self.rng
        w = self.when
        h = []
        mb = self.mailbox
        arrive = w + timedelta(seconds=rng.randint(1, 4))
        if mb == "gmail":
            h.append(f"Delivered-To: {self.to_addr}")
            h.append(f"Received: by 2002:a05:{hexs(rng,4)}:{hexs(rng,4)}:b0:{hexs(rng,3)}:{hexs(rng,4)}:{hexs(rng,4)} with SMTP id {hexs(rng,3)}csp{rng.randint(100000,999999)};\n        {gdate(arrive)}")
            h.append(f"X-Google-Smtp-Source: AGHT+I{b64junk(rng, 60)}")
            h.append(f"X-Received: by 2002:a05:{hexs(rng,4)}:{hexs(rng,4)}:b0:{hexs(rng,3)}:{hexs(rng,4)}:{hexs(rng,4)} with SMTP id {hexs(rng,4)}{rng.choice('abcdefghjkmnpqrstuvwxyz')}{hexs(rng,7)}.{rng.randint(10,99)}.{int(arrive.timestamp())};\n        {gdate(arrive)}")
            if self.auth != "none":
                t = int(arrive.timestamp())
                h.append(f"ARC-Seal: i=1; a=rsa-sha256; t={t}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64junk(rng,70)}\n         {b64junk(rng,70)}==")
                h.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64junk(rng,43)}=;\n        fh={b64junk(rng,43)}=;\n        b={b64junk(rng,70)}\n         {b64junk(rng,40)}==;\n        dara=google.com")
                h.append("ARC-Authentication-Results: i=1; mx.google.com;" + self.ar_gmail().split("mx.google.com;", 1)[1])
            h.append(f"Return-Path: <{self.bounce}>")
            h.append(f"Received: from {self.relay_host} ({self.relay_host}. [{self.ip}])\n        by mx.google.com with ESMTPS id {hexs(rng,12)}{rng.choice('abcdefghjkmnpqrstuvwxyz')}{hexs(rng,7)}.{rng.randint(100,999)}.{rng.randint(10,99)}.{rng.randint(1000,9999)}\n        for <{self.to_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(arrive)}")
            spfres = self.results()[0] if self.auth != "none" else "pass"
            h.append(f"Received-SPF: {spfres} (google.com: domain of {self.bounce} {'designates' if spfres=='pass' else 'does not designate'} {self.ip} as permitted sender) client-ip={self.ip};")
            if self.auth != "none":
                h.append(self.ar_gmail())
        elif mb == "outlook":
            a = arrive
            x1 = f"{rng.choice(['SN7PR','PH0PR','BY5PR','CH3PR','DM6PR','SA1PR'])}{rng.randint(10,19)}MB{rng.randint(1000,9999)}.namprd{rng.randint(10,20)}.prod.outlook.com"
            x2 = f"{rng.choice(['BN1PEPF','BN2PEPF','CH1PEPF','SJ1PEPF'])}0000{hexs(rng,4).upper()}.namprd{rng.randint(2,9):02d}.prod.outlook.com"
            x3 = f"{rng.choice(['MW4PR','CO1PR','DS7PR'])}{rng.randint(3,4)}CA{rng.randint(1000,9999)}.namprd{rng.randint(2,9):02d}.prod.outlook.com"
            fmt = lambda t: format_datetime(t.astimezone(UTC)).replace("-0000", "+0000")
            h.append(f"Received: from {x1} (2603:10b6:{hexs(rng,3)}:{hexs(rng,3)}::{rng.randint(10,30)})\n by {x1.replace('MB', 'MB0')} with HTTPS; {fmt(a + timedelta(seconds=2))}")
            h.append(f"Received: from {x3} (2603:10b6:{hexs(rng,3)}:{hexs(rng,2)}::{rng.randint(10,30)}) by\n {x1} (2603:10b6:{hexs(rng,3)}:{hexs(rng,3)}::{rng.randint(10,30)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,8999)}.{rng.randint(10,40)}; {fmt(a + timedelta(seconds=1))}")
            h.append(f"Received: from {x2}\n (2603:10b6:{hexs(rng,3)}:{hexs(rng,2)}:cafe::{hexs(rng,2)}) by {x3}\n (2603:10b6:{hexs(rng,3)}:{hexs(rng,2)}::{rng.randint(10,30)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,8999)}.{rng.randint(10,40)} via Frontend Transport; {fmt(a + timedelta(seconds=1))}")
            if self.auth != "none":
                h.append(self.ar_outlook())
                spf = self.results()[0]
                word = "designates" if spf == "pass" else "does not designate"
                h.append(f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {self.mailfrom_dom}\n {word} {self.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={self.ip}; helo={self.relay_host}; pr=C")
            h.append(f"Received: from {self.relay_host} ({self.ip}) by\n {x2} (10.167.{rng.randint(240,250)}.{rng.randint(1,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,8999)}.{rng.randint(10,40)}\n via Frontend Transport; {fmt(a)}")
        elif mb in ("nifty", "yahoojp", "docomo", "biglobe", "ocn"):
            host = {"nifty": "mx.nifty.com", "yahoojp": f"mta{rng.randint(1000,5999)}.mail.kks.yahoo.co.jp",
                    "docomo": "mfsmax.docomo.ne.jp", "biglobe": "mail.biglobe.ne.jp",
                    "ocn": "mf-smf-ucb0{0}.ocn.ad.jp".format(rng.randint(10, 49))}[mb]
            a = arrive.astimezone(JST)
            h.append(f"Return-Path: <{self.bounce}>")
            h.append(f"Delivered-To: {self.to_addr}")
            inner = {"nifty": f"mta-snd{rng.randint(10,99)}.nifty.com", "yahoojp": f"mta{rng.randint(1000,5999)}.mail.kks.yahoo.co.jp",
                     "docomo": f"md{rng.randint(10,99)}.docomo.ne.jp", "biglobe": f"mfilter{rng.randint(10,99)}.biglobe.ne.jp",
                     "ocn": f"mbox{rng.randint(100,999)}.ocn.ad.jp"}[mb]
            h.append(f"Received: from {host} (localhost [127.0.0.1])\n\tby {inner} with ESMTP id {hexs(rng,10).upper()}\n\tfor <{self.to_addr}>; {format_datetime(a + timedelta(seconds=1))}")
            if self.auth != "none":
                h.append(self.ar_jp(host))
            h.append(f"Received: from {self.relay_host} ({self.relay_host} [{self.ip}])\n\tby {host} with ESMTP id {hexs(rng,12).upper()}\n\tfor <{self.to_addr}>; {format_datetime(a)}")
        elif mb == "corp":   # on-prem relay that adds no Authentication-Results
            a = arrive
            h.append(f"Received: from mx{rng.randint(1,3)}.{self.to_addr.split('@')[1]} ([10.20.{rng.randint(1,200)}.{rng.randint(1,200)}])\n\tby mailhub.{self.to_addr.split('@')[1]} (Postfix) with ESMTPS id {hexs(rng,11).upper()}\n\tfor <{self.to_addr}>; {format_datetime(a + timedelta(seconds=3))}")
            h.append(f"Received: from {self.relay_host} ({self.relay_host} [{self.ip}])\n\tby mx{rng.randint(1,3)}.{self.to_addr.split('@')[1]} (Postfix) with ESMTPS id {hexs(rng,11).upper()}\n\tfor <{self.to_addr}>; {format_datetime(a)}")
        else:
            raise ValueError(mb)
        # sender-side headers
        if self.forged_ar:
            h.append(f"Authentication-Results: {self.relay_host};\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com")
        if self.sender == "ses" and self.auth in ("pass", "none"):
            h.append(dkim_sig(rng, "amazon.com", AMZ_SEL, self.when))
            h.append(dkim_sig(rng, "amazonses.com", SES_SEL, self.when, h="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))
        elif self.sender in ("credly", "youracclaim") and self.auth == "pass":
            d = "credly.com" if self.sender == "credly" else "youracclaim.com"
            h.append(dkim_sig(rng, d, "s1", self.when, h="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"))
            h.append(dkim_sig(rng, "sendgrid.info", "smtpapi", self.when, h="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"))
        elif self.sender.startswith(("other:", "lookalike:")) and self.auth == "pass":
            h.append(dkim_sig(rng, self.from_domain, rng.choice(["s1", "selector1", "k1", "google"]), self.when))
        return h


def assemble(ctx, msg_headers, body, extra_bottom=()):
    """ctx: Ctx; msg_headers: list of 'Name: value' strings (already encoded)."""
    lines = ctx.trace() + list(msg_headers) + ["MIME-Version: 1.0"] + list(extra_bottom)
    head = "\n".join(lines) + "\n"
    for ln in head.split("\n"):
        assert all(ord(c) < 128 for c in ln), ln
    return head.encode("ascii") + body_bytes(body)


def add(name, data, kind, case_id=None, ids=(), verified=True, lang="en"):
    n = len(MAILS) + 1
    fname = f"{n:03d}-{name}.eml"
    MAILS.append((fname, data, {
        "kind": kind,
        "case_id": case_id,
        "account_ids": sorted(set(ids)),
        "sender_verified": verified,
        "language": lang,
    }))


# ---------------------------------------------------------------- common texts
FORM_FROM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE_FROM = "no-reply-aws@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def ses_headers(ctx, from_disp, subject, to_disp, extra=()):
    rng = ctx.rng
    hs = [f"From: {from_disp}",
          f"To: {to_disp}",
          f"Subject: {subject}",
          f"Date: {rfcdate(ctx.when)}",
          f"Message-ID: <{ses_id(rng, ctx.when)}@email.amazonses.com>"]
    hs += list(extra)
    hs.append(f"Feedback-ID: ::1.us-east-1.{b64junk(rng, 43)}=:AmazonSES")
    hs.append(f"X-SES-Outgoing: {ctx.when.strftime('%Y.%m.%d')}-{ctx.ip}")
    return hs


def aws_footer_rate(case_id, lang="en"):
    if lang == "ja":
        return ("\n\nこのご対応に満足いただけた場合は、以下のリンクから評価をお願いいたします。\n"
                f"https://console.aws.amazon.com/support/home#/case/?displayId={case_id}&language=ja\n")
    return ("\n\nWe value your feedback. Please share your experience by rating this and other "
            "correspondences in the AWS Support Center. You can rate a correspondence by selecting "
            "the stars in the top right corner of the correspondence.\n\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={case_id}%26language=en\n")


# ================================================================ MAILS
# (each block builds one mail and calls add(); order = file numbering)

def q(text, depth=1):
    pre = ">" * depth
    return "\n".join((pre + " " + l) if l and not l.startswith(">") else (pre + l if l else pre) for l in text.split("\n"))


def gmail_on(when, name, address, tz=PT):
    w = when.astimezone(tz)
    return f"On {w.strftime('%a, %b')} {w.day}, {w.year} at {w.strftime('%I:%M %p').lstrip('0')} {name} <{address}> wrote:"


def outlook_block(from_disp, when, to_disp, subject, tz=UTC):
    w = when.astimezone(tz)
    return ("________________________________\n"
            f"From: {from_disp}\n"
            f"Sent: {w.strftime('%A, %B')} {w.day}, {w.year} {w.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {to_disp}\n"
            f"Subject: {subject}\n")


def simple_html(text):
    return html_doc('<div dir="ltr">' + text_to_html_body(text) + "</div>")


# ---- 001 completion, form desk, "moved", Gmail
def m001():
    opened = dt("2025-03-10 14:22:07")
    cid = case15(opened)
    when = dt("2025-03-12 17:41:55")
    to = "marco.bianchi87@gmail.com"
    ctx = Ctx(1, when, to, "gmail", FORM_FROM)
    req_when = dt("2025-03-11 06:03:12")
    conf_when = dt("2025-03-11 16:14:40")
    request = (
        "Hello Marco,\n\n"
        "Thank you for contacting AWS Training and Certification.\n\n"
        "We have located the following two Certification accounts:\n\n"
        "Account 1: AWS04418236 - marco.bianchi@studenti.polimi.it\n"
        "Account 2: AWS02977150 - marco.bianchi87@gmail.com\n\n"
        "Per your request, Account 1 will be merged into Account 2. Account 2 will remain as your active "
        "account and Account 1 will be deactivated. Please note that a merge cannot be reversed once processed.\n\n"
        "Please reply to this email to confirm that the above is correct.\n\n"
        "Kind regards,\nHarriet W.\nAWS Training and Certification")
    confirm = ("Hi Harriet,\n\nYes, the details are correct. Please go ahead with the merge.\n\nThanks,\nMarco")
    new = (
        "Hello Marco,\n\n"
        "Thanks for confirming.\n\n"
        "All certifications and exam history that were held under AWS04418236 have now been moved to your "
        "account AWS02977150. You can sign in to your AWS Certification Account with marco.bianchi87@gmail.com "
        "to review them. The candidate ID AWS04418236 is no longer active and can't be used to sign in.\n\n"
        "Your Credly badges should follow within 2-3 business days. If they do not appear, please let us know "
        "by replying to this email.\n\n"
        "Kind regards,\nHarriet W.\nAWS Training and Certification\n\n")
    hist = (gmail_on(conf_when, "Marco Bianchi", to) + "\n\n" + q(confirm) + "\n>\n> " +
            gmail_on(req_when, "Amazon Web Services", FORM_FROM).replace("\n", " ") + "\n>\n" + q(request, 2))
    text = new + hist
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Marco Bianchi", to))
    add("form-desk-records-moved", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS04418236", "AWS02977150"], True)


# ---- credly templates
CREDLY_AWS = "Amazon Web Services Training and Certification"


def credly_html(headline, paras, button, link, badge_name, issuer=CREDLY_AWS, footer_extra=""):
    ps = "".join(f'<p style="margin:0 0 16px 0">{p}</p>' for p in paras)
    return html_doc(
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px">'
        '<tr><td style="padding:24px 32px;border-bottom:1px solid #e5e5e5"><img src="https://images.credly.com/images/logos/credly-logo.png" alt="Credly" width="96"></td></tr>'
        f'<tr><td style="padding:32px"><h1 style="font-size:22px;margin:0 0 16px 0">{headline}</h1>'
        f'<p style="margin:0 0 16px 0"><img src="https://images.credly.com/size/220x220/images/{uuid_like(R(len(badge_name)))}/image.png" alt="{esc(badge_name)}" width="110"></p>'
        f'<p style="font-weight:bold;margin:0 0 4px 0">{esc(badge_name)}</p><p style="color:#666;margin:0 0 24px 0">Issued by {esc(issuer)}</p>'
        f'{ps}'
        f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#ff6b00;border-radius:4px;padding:12px 24px">'
        f'<a href="{link}" style="color:#ffffff;text-decoration:none;font-weight:bold">{button}</a></td></tr></table>'
        '</td></tr>'
        '<tr><td style="padding:24px 32px;font-size:11px;color:#888">'
        f'{footer_extra}'
        'Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007<br>'
        '<a href="https://www.credly.com/notification_settings">Email preferences</a> | '
        '<a href="https://www.credly.com/privacy">Privacy Policy</a> | <a href="https://www.credly.com/terms">Terms</a>'
        '</td></tr></table></td></tr></table>', headline)


def credly_headers(ctx, from_name, subject, to_disp, from_addr="admin@credly.com"):
    rng = ctx.rng
    hs = [f"From: {addr(from_name, from_addr)}",
          f"Reply-To: {addr(from_name, 'support@credly.com')}" if from_addr.endswith("credly.com") else f"Reply-To: {from_addr}",
          f"To: {to_disp}",
          f"Subject: {subject}",
          f"Date: {rfcdate(ctx.when)}",
          f"Message-ID: <{b64junk(rng,22).replace('+','-').replace('/','_')}@geopod-ismtpd-{rng.randint(1,40)}>",
          f"X-SG-EID: u001.{b64junk(rng,60)}",
          f"X-Entity-ID: u001.{b64junk(rng,22)}=="]
    return hs


# ---- 002 Credly issued SAA, Gmail
def m002():
    when = dt("2025-04-02 19:07:33")
    to = "s.whitlock.cloud@gmail.com"
    ctx = Ctx(2, when, to, "gmail", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badge = "AWS Certified Solutions Architect - Associate"
    link = f"https://www.credly.com/badges/{uuid_like(rng)}/accept?utm_source=email&utm_medium=badge_issued"
    paras = ["Hi Sam,",
             f"Congratulations! {CREDLY_AWS} has issued you a new badge for your achievement.",
             "Accept your badge to share it with your professional network, add it to your email signature or "
             "download it to print. Badges are verified by Credly, so anyone can confirm your accomplishment."]
    plain = (f"Hi Sam,\n\nCongratulations! {CREDLY_AWS} has issued you a new badge:\n\n{badge}\n\n"
             "Accept your badge to share it with your professional network, add it to your email signature or "
             f"download it to print.\n\nAccept your badge: {link}\n\n"
             "---\nCredly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n"
             "Manage your email preferences: https://www.credly.com/notification_settings\n")
    body = alt(tpart(plain, cte="7bit", charset="us-ascii"),
               tpart(credly_html("You earned a new badge!", paras, "Accept your badge", link, badge), "html"))
    hs = credly_headers(ctx, f"{CREDLY_AWS} via Credly",
                        f"{CREDLY_AWS} has issued you a new badge!", addr("Sam Whitlock", to))
    add("credly-badge-issued-saa", assemble(ctx, hs, body), "credly_badge_issued", None, [], True)


# ---- 003 Credly expiry reminder (unrelated)
def m003():
    when = dt("2025-06-18 14:00:12")
    to = "priya.raman@outlook.com"
    ctx = Ctx(3, when, to, "outlook", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badge = "AWS Certified Developer - Associate"
    link = f"https://www.credly.com/badges/{uuid_like(rng)}?utm_source=email&utm_medium=expiration_reminder"
    paras = ["Hi Priya,",
             f"Your <b>{badge}</b> badge issued by {CREDLY_AWS} will expire on <b>September 16, 2025</b>.",
             "To keep your badge active, visit the issuer's website to learn about recertification requirements. "
             "Once your credential is renewed, the issuer will send you a new badge."]
    plain = (f"Hi Priya,\n\nYour {badge} badge issued by {CREDLY_AWS} will expire on September 16, 2025 "
             "(in 90 days).\n\nTo keep your badge active, visit the issuer's website to learn about "
             "recertification requirements. Once your credential is renewed, the issuer will send you a new badge.\n\n"
             f"View badge: {link}\n\nCredly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n")
    body = alt(tpart(plain), tpart(credly_html("Your badge is expiring soon", paras, "View badge", link, badge), "html"))
    hs = credly_headers(ctx, "Credly", f"Your {badge} badge expires in 90 days", addr("Priya Raman", to))
    add("credly-expiry-reminder", assemble(ctx, hs, body), "unrelated", None, [], True)


# ---- 004 console case, "consolidated", Outlook corp, HTML only
def m004():
    opened = dt("2025-01-20 09:48:51")
    cid = case15(opened)
    when = dt("2025-01-22 23:15:04")
    to = "dokafor@northwind-logistics.com"
    ctx = Ctx(4, when, to, "outlook", CONSOLE_FROM)
    inner = (
        "<p>Hello Daniel,</p>"
        "<p>Thank you for your patience while we looked into this.</p>"
        "<p>Your two AWS Certification profiles have been consolidated into a single profile under candidate ID "
        "<b>AWS 05521907</b>. Your exam history, active certifications and the benefits attached to them "
        "(including the 50% discount voucher) are now attached to that profile. The second profile "
        "(AWS 01873342) has been closed, so please use only <b>dokafor@northwind-logistics.com</b> to sign in from now on.</p>"
        "<p>If anything looks out of place after you sign in, simply reply from the Support Center and we'll take another look.</p>"
        "<p>Best regards,<br>Nikhil S.<br>Amazon Web Services</p>"
        "<hr>"
        "<p style=\"font-size:12px\">We value your feedback. Please share your experience by rating this and other correspondences "
        "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.</p>"
        f"<p style=\"font-size:12px\">To see the full case history or reply, please use this link: "
        f"<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en\">"
        f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en</a></p>"
        "<p style=\"font-size:12px\"><b>*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
        "Please use the link above if you need to contact us again about this same issue.</b></p>")
    body = tpart(aws_html(inner, "AWS Support"), "html", cte="quoted-printable")
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM),
                     f"RE:[CASE {cid}] Two AWS Certification accounts - please combine",
                     to)
    add("console-profiles-consolidated", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS05521907", "AWS01873342"], True)


# ---- 005 "thanks for confirming, we will proceed" (support_reply)
def m005():
    opened = dt("2025-05-05 03:11:46")
    cid = case15(opened)
    when = dt("2025-05-07 10:26:19")
    to = "anna.kowalczyk.it@gmail.com"
    ctx = Ctx(5, when, to, "gmail", FORM_FROM)
    req_when = dt("2025-05-06 08:40:02")
    conf_when = dt("2025-05-06 19:55:31")
    request = ("Dear Anna,\n\nThank you for reaching out to AWS Training and Certification.\n\n"
               "Before we proceed, please confirm the following merge request:\n\n"
               "- Account to be merged (will be deactivated): AWS 03318842 (a.kowalczyk@comarch-partner.pl)\n"
               "- Account to be kept: AWS 07215590 (anna.kowalczyk.it@gmail.com)\n\n"
               "Please be aware that this action is permanent. Reply to this email with your confirmation.\n\n"
               "Regards,\nTomasz\nAWS Training and Certification")
    confirm = "Hello Tomasz,\n\nI confirm. The details are correct, please proceed with the merge.\n\nBest regards,\nAnna Kowalczyk"
    new = ("Dear Anna,\n\nThank you for confirming.\n\n"
           "We will now proceed with merging AWS 03318842 into AWS 07215590. Once the merge is complete, "
           "we will send you a confirmation email and your certifications will appear under the remaining account. "
           "This usually takes 1-3 business days.\n\n"
           "There is no need to open a new case in the meantime.\n\n"
           "Regards,\nTomasz\nAWS Training and Certification\n\n")
    text = new + gmail_on(conf_when, "Anna Kowalczyk", to) + "\n\n" + q(confirm) + "\n>\n> " + \
        gmail_on(req_when, "Amazon Web Services", FORM_FROM) + "\n>\n" + q(request, 2)
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Anna Kowalczyk", to))
    add("form-desk-confirmed-will-proceed", assemble(ctx, hs, body), "support_reply", cid,
        ["AWS03318842", "AWS07215590"], True)


# ---- 006 Japanese completion, ISO-2022-JP, nifty
def m006():
    opened = dt("2025-02-03 01:37:22")
    cid = case15(opened)
    when = dt("2025-02-05 06:12:40")
    to = "keiko-sato@nifty.com"
    ctx = Ctx(6, when, to, "nifty", FORM_FROM)
    conf_when = dt("2025-02-04 23:02:00")
    text = ("佐藤 恵子 様\n\n"
            "AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n"
            "担当の森本でございます。\n\n"
            "ご確認のご返信をいただき、ありがとうございました。\n"
            "ご依頼いただきました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。\n\n"
            "　統合元（無効化）：AWS02264419\n"
            "　統合先（存続）　：AWS06650183\n\n"
            "今後は統合先のアカウントにて AWS Certification Account へサインインしていただけますと幸いです。\n"
            "なお、Credly のデジタルバッジへの反映には数日かかる場合がございます。\n\n"
            "その他ご不明な点がございましたら、本メールにご返信ください。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "森本\nAWS トレーニングと認定\n\n"
            f"{conf_when.astimezone(JST).year}年{conf_when.astimezone(JST).month}月{conf_when.astimezone(JST).day}日(水) 8:02 佐藤恵子 <{to}>:\n"
            "> 森本様\n>\n> ご連絡ありがとうございます。\n> 記載の内容で問題ございません。統合を進めてください。\n>\n> 佐藤\n")
    body = tpart(text, charset="iso-2022-jp", cte="7bit")
    subj = enc_header(f"RE:[CASE {cid}] {FORM_SUBJ}", "iso-2022-jp")
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), subj, addr("佐藤恵子", to, "iso-2022-jp"))
    add("ja-form-desk-merge-done-iso2022jp", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS02264419", "AWS06650183"], True, "ja")


# ---- 007 Credly accept reminder, Outlook.com
def m007():
    when = dt("2024-11-14 15:30:02")
    to = "lena.fischer@hotmail.com"
    ctx = Ctx(7, when, to, "outlook", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badge = "AWS Certified Cloud Practitioner"
    link = f"https://www.credly.com/badges/{uuid_like(rng)}/accept?utm_source=email&utm_medium=pending_reminder"
    paras = ["Hi Lena,",
             f"Just a friendly reminder: {CREDLY_AWS} issued you the <b>{badge}</b> badge on November 7, 2024, "
             "and it is still waiting for you.",
             "Claim it now to let your network know about your new skills."]
    plain = (f"Hi Lena,\n\nJust a friendly reminder: {CREDLY_AWS} issued you the {badge} badge on "
             "November 7, 2024, and it is still waiting for you.\n\nClaim it now to let your network know "
             f"about your new skills.\n\nAccept badge: {link}\n\n"
             "You are receiving this email because a badge was issued to this email address.\n"
             "Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n")
    body = alt(tpart(plain), tpart(credly_html("Your badge is waiting", paras, "Accept badge", link, badge), "html"))
    hs = credly_headers(ctx, f"{CREDLY_AWS} via Credly",
                        "Reminder: your AWS Certified Cloud Practitioner badge is waiting for you", addr("Lena Fischer", to))
    add("credly-accept-reminder", assemble(ctx, hs, body), "credly_badge_issued", None, [], True)


# ---- 008 Credly self-service account merge code (unrelated)
def m008():
    when = dt("2025-03-20 11:45:50")
    to = "marco.bianchi87@gmail.com"
    ctx = Ctx(8, when, to, "gmail", "admin@credly.com", sender="credly")
    rng = ctx.rng
    code = f"{rng.randint(100000, 999999)}"
    link = f"https://www.credly.com/users/account_merges/{uuid_like(rng)}/confirm"
    plain = ("Hi Marco,\n\nWe received a request to merge the Credly account registered to "
             "marco.bianchi@studenti.polimi.it into your account.\n\n"
             f"Your verification code is: {code}\n\n"
             f"Or click the link below to complete the merge:\nComplete Account Merge: {link}\n\n"
             "All badges from the merged account will be moved and the merged account will be deleted. "
             "This code expires in 24 hours. If you did not request this, you can ignore this email.\n\n"
             "The Credly Team\n")
    html = html_doc(
        "<p>Hi Marco,</p><p>We received a request to merge the Credly account registered to "
        "<b>marco.bianchi@studenti.polimi.it</b> into your account.</p>"
        f"<p>Your verification code is:</p><p style=\"font-size:28px;letter-spacing:6px;font-weight:bold\">{code}</p>"
        f"<p><a href=\"{link}\" style=\"background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none\">Complete Account Merge</a></p>"
        "<p>All badges from the merged account will be moved and the merged account will be deleted. "
        "This code expires in 24 hours. If you did not request this, you can ignore this email.</p><p>The Credly Team</p>")
    body = alt(tpart(plain), tpart(html, "html"))
    hs = credly_headers(ctx, "Credly", "Confirm your account merge request", addr("Marco Bianchi", to))
    add("credly-self-service-merge-code", assemble(ctx, hs, body), "unrelated", None, [], True)


# ---- 009 non-native agent, "reflecting" (completion without saying so)
def m009():
    opened = dt("2025-07-14 05:20:33")
    cid = case15(opened)
    when = dt("2025-07-16 04:51:17")
    to = "rahul.verma.devops@gmail.com"
    ctx = Ctx(9, when, to, "gmail", FORM_FROM)
    text = ("Dear Rahul,\n\n"
            "Greetings from AWS Training and Certification!\n\n"
            "This is with reference to your request for merging your certification accounts. Kindly be informed "
            "that all the certification records of candidate ID AWS-08834120 are now reflecting under your primary "
            "candidate ID AWS-03056677, and the secondary login will not work anymore.\n\n"
            "Request you to please log out and login again in your Certification Account to see the updated "
            "transcript. Also the benefits for the AWS Certified DevOps Engineer - Professional is available "
            "under the Benefits tab.\n\n"
            "Do revert back in case of any further queries, we will be happy to assist.\n\n"
            "Thanks & Regards,\nKarthik R.\nAWS Training and Certification Support\n")
    body = alt(tpart(text, cte="base64"), tpart(simple_html(text), "html", cte="base64"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE: [CASE {cid}] {FORM_SUBJ}",
                     to)
    add("form-desk-records-reflecting", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS08834120", "AWS03056677"], True)


# ---- 010 standard confirmation request
def m010():
    opened = dt("2025-08-25 16:02:44")
    cid = case15(opened)
    when = dt("2025-08-26 21:33:08")
    to = "jt.morrison@gmail.com"
    ctx = Ctx(10, when, to, "gmail", FORM_FROM)
    text = ("Hello Jordan,\n\n"
            "Thank you for contacting AWS Training and Certification. My name is Claire and I'll be assisting you today.\n\n"
            "I have reviewed your request and found the following Certification accounts associated with you:\n\n"
            "  AWS01290345 - jordan.morrison@acme-analytics.io - 2 active certifications\n"
            "  AWS09442861 - jt.morrison@gmail.com - 1 active certification\n\n"
            "We will merge AWS01290345 into AWS09442861. AWS09442861 will be the surviving account; once merged, "
            "AWS01290345 will no longer be accessible. Please note a merge is permanent and cannot be undone.\n\n"
            "To proceed, please reply to this email confirming that the information above is accurate.\n\n"
            "Best regards,\nClaire\nAWS Training and Certification\n")
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Jordan Morrison", to))
    add("form-desk-please-confirm", assemble(ctx, hs, body), "merge_confirmation_requested", cid,
        ["AWS01290345", "AWS09442861"], True)


for _f in (m001, m002, m003, m004, m005, m006, m007, m008, m009, m010):
    _f()

WD_JA = "月火水木金土日"


def ja_on(when, name, address):
    w = when.astimezone(JST)
    return f"{w.year}年{w.month}月{w.day}日({WD_JA[w.weekday()]}) {w.hour}:{w.minute:02d} {name} <{address}>:"


# ---- 011 HashiCorp badge via Credly (other issuer -> unrelated)
def m011():
    when = dt("2025-05-21 16:44:09")
    to = "dokafor@northwind-logistics.com"
    ctx = Ctx(11, when, to, "outlook", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badge = "HashiCorp Certified: Terraform Associate (003)"
    link = f"https://www.credly.com/badges/{uuid_like(rng)}/accept"
    paras = ["Hi Daniel,", "HashiCorp has issued you a new badge. Congratulations on your achievement!",
             "Accept your badge and share it on LinkedIn, Twitter or your email signature."]
    plain = (f"Hi Daniel,\n\nHashiCorp has issued you a new badge: {badge}\n\n"
             f"Accept your badge: {link}\n\nCredly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n")
    body = alt(tpart(plain), tpart(credly_html("You earned a new badge!", paras, "Accept your badge", link, badge, issuer="HashiCorp"), "html"))
    hs = credly_headers(ctx, "HashiCorp via Credly", "HashiCorp has issued you a new badge!", addr("Daniel Okafor", to))
    add("credly-other-issuer-hashicorp", assemble(ctx, hs, body), "unrelated", None, [], True)


# ---- 012 console closure notice with survey
def m012():
    opened = dt("2025-01-20 09:48:51")
    cid = case15(opened)
    when = dt("2025-01-23 00:02:31")
    to = "dokafor@northwind-logistics.com"
    ctx = Ctx(12, when, to, "outlook", CONSOLE_FROM)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en"
    plain = ("Hello,\n\n"
             f"We're writing to let you know that your support case {cid} has been resolved.\n\n"
             "Case ID: " + cid + "\nSubject: Two AWS Certification accounts - please combine\n"
             "Severity: General guidance\nStatus: Resolved\n\n"
             "Was your issue resolved?\n"
             f"YES: https://support.aws.amazon.com/survey?displayId={cid}&resolved=yes\n"
             f"NO: https://support.aws.amazon.com/survey?displayId={cid}&resolved=no\n\n"
             "If you need further help with this issue, you can reopen the case within 14 days from the Support Center:\n"
             f"{link}\n\n"
             "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
             "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
    inner = (f"<p>Hello,</p><p>We're writing to let you know that your support case <b>{cid}</b> has been resolved.</p>"
             f"<table style=\"border:1px solid #d5dbdb\"><tr><td><b>Case ID</b></td><td>{cid}</td></tr>"
             "<tr><td><b>Subject</b></td><td>Two AWS Certification accounts - please combine</td></tr>"
             "<tr><td><b>Severity</b></td><td>General guidance</td></tr><tr><td><b>Status</b></td><td>Resolved</td></tr></table>"
             "<p><b>Was your issue resolved?</b></p>"
             f"<p><a href=\"https://support.aws.amazon.com/survey?displayId={cid}&resolved=yes\">YES</a> &nbsp; "
             f"<a href=\"https://support.aws.amazon.com/survey?displayId={cid}&resolved=no\">NO</a></p>"
             f"<p>If you need further help with this issue, you can reopen the case within 14 days from the <a href=\"{link}\">Support Center</a>.</p>"
             "<p>Thank you for using Amazon Web Services.</p><p>Sincerely,<br>Amazon Web Services</p>")
    body = alt(tpart(plain), tpart(aws_html(inner), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM),
                     f"Amazon Web Services: Your support case {cid} has been resolved", to)
    add("console-case-resolved-survey", assemble(ctx, hs, body), "survey", cid, [], True)


# ---- 013 completion, "now lives under", short, Outlook corp
def m013():
    opened = dt("2024-09-16 13:05:59")
    cid = case15(opened)
    when = dt("2024-09-18 15:47:12")
    to = "c.delgado@meridianhealth.org"
    ctx = Ctx(13, when, to, "outlook", FORM_FROM)
    text = ("Hi Carmen,\n\n"
            "Quick update on your request: your full certification history now lives under candidate ID AWS06127734 "
            "(c.delgado@meridianhealth.org). The older ID, AWS03390185, has been retired and any login tied to it "
            "will redirect you to the account above.\n\n"
            "Nothing else is needed from your side.\n\n"
            "Cheers,\nSean\nAWS Training & Certification Customer Support\n")
    prev = (outlook_block("Carmen Delgado <c.delgado@meridianhealth.org>", dt("2024-09-17 20:12:00"),
                          "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                          f"RE: RE:[CASE {cid}] {FORM_SUBJ}", ZoneInfo("America/Chicago")) +
            "\nHi Sean, confirmed - go ahead and keep the meridianhealth one.\n\nCarmen Delgado, MSN\nClinical Informatics | Meridian Health\n")
    full = text + "\n" + prev
    body = alt(tpart(full, cte="quoted-printable"), tpart(simple_html(full), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Carmen Delgado", to))
    add("form-desk-history-now-lives-under", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS06127734", "AWS03390185"], True)


# ---- 014 Credly: badges transferred after merge
def m014():
    when = dt("2025-03-14 12:20:45")
    to = "marco.bianchi87@gmail.com"
    ctx = Ctx(14, when, to, "gmail", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badges = ["AWS Certified Solutions Architect - Associate", "AWS Certified Cloud Practitioner"]
    link = f"https://www.credly.com/users/marco-bianchi.{hexs(rng,8)}/badges?utm_source=email&utm_medium=badge_transfer"
    paras = ["Hi Marco,",
             f"At the request of {CREDLY_AWS}, the badges below have been transferred to the Credly account registered to "
             "this email address, following the consolidation of your certification records:",
             "<ul>" + "".join(f"<li>{b}</li>" for b in badges) + "</ul>",
             "Sign in to accept them and choose who can see them on your profile."]
    plain = ("Hi Marco,\n\n"
             f"At the request of {CREDLY_AWS}, the badges below have been transferred to the Credly account "
             "registered to this email address, following the consolidation of your certification records:\n\n" +
             "".join(f"  * {b}\n" for b in badges) +
             f"\nSign in to accept them and choose who can see them on your profile:\n{link}\n\n"
             "Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n")
    body = alt(tpart(plain), tpart(credly_html("Your badges have a new home", paras, "View my badges", link, badges[0]), "html"))
    hs = credly_headers(ctx, f"{CREDLY_AWS} via Credly", "Your AWS badges have been transferred to your account",
                        addr("Marco Bianchi", to))
    add("credly-badges-transferred-after-merge", assemble(ctx, hs, body), "credly_badge_issued", None, [], True)


# ---- 015 console case opened (ack)
def m015():
    opened = dt("2025-10-06 08:17:35")
    cid = case15(opened)
    when = opened + timedelta(seconds=9)
    to = "ines.moreau@proton.me"
    ctx = Ctx(15, when, to, "gmail", CONSOLE_FROM)
    ctx.to_addr = "ines.moreau.pro@gmail.com"
    to = ctx.to_addr
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en"
    plain = ("Dear AWS customer,\n\n"
             f"Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.\n\n"
             "The details of your case are as follows:\n\n"
             f"Case ID: {cid}\nSubject: Merge my two AWS Certification (CertMetrics) accounts\n"
             "Severity: General guidance\nCorrespondence: Hello, I have two certification accounts, AWS07760021 and "
             "AWS02199458, created with different emails. Could you merge them and keep AWS07760021? Thank you, Ines\n\n"
             f"You can view and update your case here:\n{link}\n\n"
             "Sincerely,\nAmazon Web Services\n\n"
             "Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n")
    body = alt(tpart(plain), tpart(aws_html(text_to_html_body(plain)), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM),
                     f"Amazon Web Services: You have opened a new Support case: {cid}", to)
    add("console-case-opened", assemble(ctx, hs, body), "case_created", cid,
        ["AWS07760021", "AWS02199458"], True)


# ---- 016 partial completion: cert merge done, Credly separate (biglobe)
def m016():
    opened = dt("2024-12-02 02:40:10")
    cid = case15(opened)
    when = dt("2024-12-04 07:08:57")
    to = "hiroshi.nakamura@biglobe.ne.jp"
    ctx = Ctx(16, when, to, "biglobe", FORM_FROM)
    text = ("Hello Hiroshi,\n\n"
            "Thank you for your patience.\n\n"
            "The certification side of your request has been taken care of: AWS05078813 has been merged into "
            "AWS09916240, and your exam results and certifications are visible in your AWS Certification Account.\n\n"
            "Please note that Credly badges are handled by a separate process. Your badges are still attached to the "
            "Credly profile of your old e-mail address. If you would like them moved, please reply with the e-mail "
            "address used on each Credly account and we will raise a request with Credly on your behalf.\n\n"
            "Best regards,\nAigerim\nAWS Training and Certification\n")
    body = alt(tpart(text, cte="7bit", charset="us-ascii"), tpart(simple_html(text), "html", cte="7bit", charset="us-ascii"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Hiroshi Nakamura", to))
    add("form-desk-merged-credly-pending", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS05078813", "AWS09916240"], True)


# ---- 017 support asks which account to keep + login e-mails
def m017():
    opened = dt("2025-09-02 19:58:03")
    cid = case15(opened)
    when = dt("2025-09-04 13:21:44")
    to = "tomas.novak.cz@gmail.com"
    ctx = Ctx(17, when, to, "gmail", FORM_FROM)
    orig = ("Inquiry type: Certification\nDetail: Account Merge\nAWS candidate ID: AWS04471196\n"
            "Description: I have 2 accounts from when I changed job, please merge them into one.")
    text = ("Hello Tomas,\n\n"
            "Thank you for contacting AWS Training and Certification.\n\n"
            "I'd be glad to help with combining your accounts. So that I can locate the second account, could you "
            "please send me:\n\n"
            "1. The e-mail address you used to sign in to each Certification account\n"
            "2. The notification e-mail on each account, if different\n"
            "3. Which of the two accounts you would like to keep as your primary account\n\n"
            "I found AWS04471196 from your form; I was not able to find a second account under your name with the "
            "details provided.\n\n"
            "Kind regards,\nMateus P.\nAWS Training and Certification\n\n"
            "---------- Original message ----------\n" + orig + "\n")
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Tomas Novak", to))
    add("form-desk-which-account-to-keep", assemble(ctx, hs, body), "support_reply", cid, ["AWS04471196"], True)


# ---- 018 CertMetrics survey (unrelated, sender not AWS/Credly)
def m018():
    when = dt("2025-04-09 18:00:03")
    to = "s.whitlock.cloud@gmail.com"
    ctx = Ctx(18, when, to, "gmail", "do-not-reply@certmetrics.com", sender="other:certmetrics.com")
    rng = ctx.rng
    plain = ("Hello Sam,\n\nAWS Certification wants to hear from you!\n\n"
             "You recently earned the AWS Certified Solutions Architect - Associate certification "
             "(validation number: " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)) + "). "
             "Please take 5 minutes to tell us about your exam experience.\n\n"
             f"Take the survey: https://www.certmetrics.com/amazon/survey/{hexs(rng,32)}\n\n"
             "Thank you,\nAWS Certification\n\nThis message was sent from an unmonitored address. Please do not reply.\n")
    body = alt(tpart(plain), tpart(simple_html(plain), "html"))
    hs = [f"From: AWS Certification <do-not-reply@certmetrics.com>", f"To: {to}",
          "Subject: AWS Certification wants to hear from you", f"Date: {rfcdate(when)}",
          f"Message-ID: <{uuid_like(rng)}@certmetrics.com>"]
    add("certmetrics-wants-to-hear", assemble(ctx, hs, body), "unrelated", None, [], False)


# ---- 019 phishing look-alike completion (merge_completed, false)
def m019():
    when = dt("2025-06-03 02:13:29")
    to = "anna.kowalczyk.it@gmail.com"
    ctx = Ctx(19, when, to, "gmail", "no-reply@aws-certification-services.com",
              sender="lookalike:aws-certification-services.com")
    rng = ctx.rng
    link = f"http://aws-certification-services.com/account/verify?token={hexs(rng,40)}"
    plain = ("Dear Candidate,\n\n"
             "We are pleased to inform that your AWS Certification accounts AWS 03318842 and AWS 07215590 has been "
             "successfully unified. To keep your certifications active after the unification you must re-validate "
             "your identity within 48 hours, otherwise the certifications linked to the old account will be "
             "permanently removed.\n\n"
             f"Validate now: {link}\n\n"
             "AWS Training and Certification Team\n(c) 2025 Amazon Web Services, Inc.\n")
    html = aws_html(text_to_html_body(plain).replace(esc(link), "<b>Validate now</b>"))
    body = alt(tpart(plain), tpart(html, "html"))
    hs = [f"From: {addr('AWS Training and Certification', 'no-reply@aws-certification-services.com')}",
          f"To: {to}", "Subject: Your AWS Certification accounts have been unified - action required",
          f"Date: {rfcdate(when)}", f"Message-ID: <{hexs(rng,24)}@aws-certification-services.com>",
          "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"]
    add("phish-lookalike-merge-unified", assemble(ctx, hs, body), "merge_completed", None,
        ["AWS03318842", "AWS07215590"], False)


# ---- 020 Credly in Japanese (yahoo.co.jp)
def m020():
    when = dt("2025-02-07 03:25:18")
    to = "misaki_tanaka82@yahoo.co.jp"
    ctx = Ctx(20, when, to, "yahoojp", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badge = "AWS Certified Data Engineer - Associate"
    link = f"https://www.credly.com/badges/{uuid_like(rng)}/accept?locale=ja"
    paras = ["田中 美咲 さん", f"おめでとうございます！{CREDLY_AWS} から新しいバッジが発行されました。",
             "バッジを受け取って、LinkedIn などで実績を共有しましょう。"]
    plain = (f"田中 美咲 さん\n\nおめでとうございます！\n{CREDLY_AWS} から新しいバッジが発行されました。\n\n"
             f"{badge}\n\nバッジを受け取って、LinkedIn などで実績を共有しましょう。\n\nバッジを受け取る: {link}\n\n"
             "Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n")
    body = alt(tpart(plain, cte="base64"), tpart(credly_html("新しいバッジを獲得しました", paras, "バッジを受け取る", link, badge), "html", cte="base64"))
    hs = credly_headers(ctx, f"{CREDLY_AWS} via Credly",
                        enc_header(f"{CREDLY_AWS} から新しいバッジが発行されました"), addr("田中 美咲", to))
    add("credly-ja-badge-issued", assemble(ctx, hs, body), "credly_badge_issued", None, [], True, "ja")


# ---- 021 completion on top of quoted confirmation request (Outlook-style history)
def m021():
    opened = dt("2025-04-14 07:55:20")
    cid = case15(opened)
    when = dt("2025-04-17 09:02:36")
    to = "wbrandt@kestrel-eng.de"
    ctx = Ctx(21, when, to, "outlook", FORM_FROM)
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    req = ("Hello Wolfgang,\n\nThank you for contacting AWS Training and Certification.\n\n"
           "We can merge the following accounts for you:\n\n"
           "Source account (will be closed): AWS00982254 - w.brandt@gmx.de\n"
           "Destination account (will be kept): AWS07305516 - wbrandt@kestrel-eng.de\n\n"
           "IMPORTANT: Once merged, the accounts cannot be separated again. Please reply to this e-mail to "
           "confirm you want us to merge the accounts as described above.\n\n"
           "Kind regards,\nJoao P.\nAWS Training and Certification\n")
    user = ("Hello Joao,\n\nconfirmed, please merge as described.\n\nBest regards\nWolfgang Brandt\n"
            "Kestrel Engineering GmbH | Cloud Platform Team\n")
    new = ("Hello Wolfgang,\n\n"
           "As confirmed, your former account has been merged into AWS07305516. Please sign in with "
           "wbrandt@kestrel-eng.de; your certifications from the gmx address are listed there now.\n\n"
           "Kind regards,\nJoao P.\nAWS Training and Certification\n\n")
    text = (new +
            outlook_block("Wolfgang Brandt <wbrandt@kestrel-eng.de>", dt("2025-04-16 06:30:00"),
                          "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", subj, ZoneInfo("Europe/Berlin")) +
            "\n" + user + "\n" +
            outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", dt("2025-04-15 14:11:00"),
                          "Wolfgang Brandt <wbrandt@kestrel-eng.de>", subj, ZoneInfo("Europe/Berlin")) +
            "\n" + req)
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), subj, addr("Wolfgang Brandt", to))
    add("form-desk-merged-over-quoted-request", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS07305516"], True)


# ---- 022 Credly marketing newsletter
def m022():
    when = dt("2025-07-08 15:00:00")
    to = "lena.fischer@hotmail.com"
    ctx = Ctx(22, when, to, "outlook", "news@credly.com", sender="credly")
    rng = ctx.rng
    plain = ("Credly Monthly | July 2025\n\n"
             "Hi Lena,\n\n"
             "Skills are the new currency. This month on Credly:\n\n"
             "* 5 in-demand cloud skills employers are searching for right now\n"
             "* How to showcase your badges on LinkedIn in 3 clicks\n"
             "* New: Credly Workforce insights for your career path\n\n"
             "Explore badges from Amazon Web Services, IBM, Google Cloud and more than 3,000 issuers.\n"
             "https://www.credly.com/earner/earned?utm_source=newsletter&utm_campaign=2025-07\n\n"
             "You're receiving this because you have a Credly account. Unsubscribe: "
             f"https://www.credly.com/unsubscribe?token={hexs(rng,32)}\n"
             "Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n")
    body = alt(tpart(plain), tpart(simple_html(plain), "html"))
    hs = credly_headers(ctx, "Credly", "5 cloud skills employers want right now", addr("Lena Fischer", to), from_addr="news@credly.com")
    hs.append(f"List-Unsubscribe: <https://www.credly.com/unsubscribe?token={hexs(rng,32)}>")
    hs.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    add("credly-newsletter", assemble(ctx, hs, body), "unrelated", None, [], True)


for _f in (m011, m012, m013, m014, m015, m016, m017, m018, m019, m020, m021, m022):
    _f()

# ---- 023 rating request, HTML only
def m023():
    opened = dt("2025-03-10 14:22:07")
    cid = case15(opened)
    when = dt("2025-03-13 18:00:41")
    to = "marco.bianchi87@gmail.com"
    ctx = Ctx(23, when, to, "gmail", "aws-tc-survey@amazon.com")
    rng = ctx.rng
    stars = "".join(f'<a href="https://survey.aws.training/s/{hexs(R(cid),16)}?case={cid}&amp;score={i}" '
                    f'style="font-size:26px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))
    inner = ("<p>Hi Marco,</p>"
             f"<p>You recently contacted AWS Training and Certification Customer Support about case <b>{cid}</b>. "
             "We'd love to know how we did.</p>"
             "<p><b>How satisfied were you with the support you received?</b></p>"
             f"<p>{stars}</p>"
             "<p>The survey takes less than two minutes. Your answers are used to improve the support experience for all learners.</p>"
             "<p>Thank you,<br>AWS Training and Certification</p>")
    body = tpart(aws_html(inner, "How did we do?"), "html", cte="quoted-printable")
    hs = ses_headers(ctx, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"),
                     f"How did we do? Tell us about case {cid}", to)
    add("tc-support-rate-us-html-only", assemble(ctx, hs, body), "survey", cid, [], True)


# ---- 024 in progress, partially moved (support_reply)
def m024():
    opened = dt("2025-06-23 11:30:52")
    cid = case15(opened)
    when = dt("2025-06-26 16:44:20")
    to = "ben.achterberg@gmail.com"
    ctx = Ctx(24, when, to, "gmail", FORM_FROM)
    text = ("Hi Ben,\n\n"
            "I wanted to give you a quick status update on your merge request.\n\n"
            "Our back-end team has started the work: your exam history from AWS02845561 has already been copied "
            "over to AWS08107723, but the old profile is still active while they finish moving the certification "
            "records and the exam benefit. You may see the Developer - Associate certification listed on both "
            "accounts for a day or two - this is expected.\n\n"
            "Please don't open a new case for this. I'll write to you again as soon as the process is finalized.\n\n"
            "Best,\nRebecca M.\nAWS Training and Certification\n")
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Ben Achterberg", to))
    add("form-desk-partly-copied-in-progress", assemble(ctx, hs, body), "support_reply", cid,
        ["AWS02845561", "AWS08107723"], True)


# ---- 025 Japanese completion "一本化", JA quote header, UTF-8 base64, OCN
def m025():
    opened = dt("2025-05-26 00:51:09")
    cid = case15(opened)
    when = dt("2025-05-28 02:40:33")
    to = "k.watanabe@ocn.ne.jp"
    ctx = Ctx(25, when, to, "ocn", FORM_FROM)
    prev_when = dt("2025-05-27 23:02:00")
    req_when = dt("2025-05-27 04:15:00")
    text = ("渡辺 健一 様\n\n"
            "いつもお世話になっております。AWS トレーニングと認定 サポートの佐々木でございます。\n\n"
            "ご返信いただき、誠にありがとうございます。\n"
            "お客様の認定アカウントにつきまして、AWS04010958 にアカウントを一本化いたしました。\n"
            "これまで AWS01552037 に紐づいておりました認定資格および受験履歴は、すべて AWS04010958 にてご確認いただけます。\n"
            "なお、AWS01552037 には今後サインインいただけませんので、あらかじめご了承ください。\n\n"
            "引き続きよろしくお願い申し上げます。\n\n"
            "佐々木\nAWS トレーニングと認定\n\n" +
            ja_on(prev_when, "渡辺健一", to) + "\n" +
            "> 佐々木様\n>\n> お世話になっております。渡辺です。\n> 内容を確認しました。こちらで問題ありませんので、統合をお願いいたします。\n>\n" +
            "> " + ja_on(req_when, "Amazon Web Services", FORM_FROM) + "\n" +
            "> > 渡辺 健一 様\n> >\n> > 以下の 2 つのアカウントを統合いたします。統合後は元に戻すことができません。\n"
            "> > 統合元: AWS01552037\n> > 統合先: AWS04010958\n> > 上記の内容でよろしければ、本メールにご返信ください。\n")
    body = alt(tpart(text, cte="base64"), tpart(simple_html(text), "html", cte="base64"))
    subj = enc_header(f"RE:[CASE {cid}] {FORM_SUBJ}")
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), subj, addr("渡辺健一", to))
    add("ja-accounts-unified-ocn", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS01552037", "AWS04010958"], True, "ja")


# ---- 026 old Acclaim badge mail (2019)
def m026():
    when = dt("2019-10-22 17:12:40")
    to = "jt.morrison@gmail.com"
    ctx = Ctx(26, when, to, "gmail", "admin@youracclaim.com", sender="youracclaim")
    rng = ctx.rng
    badge = "AWS Certified SysOps Administrator - Associate"
    link = f"https://www.youracclaim.com/earner/earned/badge/{uuid_like(rng)}"
    plain = (f"Jordan,\n\n{CREDLY_AWS.replace('Training and Certification', 'Training and Certification')} has issued you "
             f"the following badge:\n\n{badge}\n\nAccept your badge to manage, share and verify your competencies.\n\n"
             f"Accept your badge: {link}\n\n"
             "Acclaim is a product of Credly.\nCredly, Inc. | 250 Park Ave South, 12th Floor, New York, NY 10003\n")
    html = credly_html("Congratulations, you earned a badge!", ["Jordan,", f"{CREDLY_AWS} has issued you a badge.",
                        "Accept your badge to manage, share and verify your competencies."], "Accept your badge", link, badge)
    html = html.replace("https://images.credly.com/images/logos/credly-logo.png", "https://www.youracclaim.com/images/acclaim-logo.png").replace("alt=\"Credly\"", "alt=\"Acclaim\"")
    body = alt(tpart(plain, cte="7bit", charset="us-ascii"), tpart(html, "html"))
    hs = credly_headers(ctx, f"{CREDLY_AWS} via Acclaim", "Amazon Web Services Training and Certification has issued you a badge",
                        addr("Jordan Morrison", to), from_addr="admin@youracclaim.com")
    add("acclaim-2019-badge-issued", assemble(ctx, hs, body), "credly_badge_issued", None, [], True)


# ---- 027 Pearson VUE appointment (unrelated)
def m027():
    when = dt("2025-08-11 22:04:19")
    to = "rahul.verma.devops@gmail.com"
    ctx = Ctx(27, when, to, "gmail", "donotreply@pearsonvue.com", sender="other:pearsonvue.com")
    rng = ctx.rng
    plain = ("Dear Rahul Verma,\n\n"
             "Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.\n\n"
             "Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
             "Date: Saturday, September 6, 2025\nTime: 10:00 AM India Standard Time\n"
             "Delivery: OnVUE online proctored\n"
             f"Registration ID: {rng.randint(400000000, 499999999)}\n"
             "AWS Candidate ID: AWS03056677\n\n"
             "Please check in 30 minutes before your appointment and run the system test beforehand.\n\n"
             "Pearson VUE\n")
    body = alt(tpart(plain), tpart(simple_html(plain), "html"))
    hs = ["From: Pearson VUE <donotreply@pearsonvue.com>", f"To: {to}",
          "Subject: Pearson VUE Confirmation of Booking", f"Date: {rfcdate(when)}",
          f"Message-ID: <{rng.randint(10**9,10**10)}.{rng.randint(100,999)}@pearsonvue.com>"]
    add("pearson-vue-booking", assemble(ctx, hs, body), "unrelated", None, ["AWS03056677"], False)


# ---- 028 spoofed amazon.com completion, dmarc=fail on top, forged AR lower
def m028():
    opened = dt("2025-05-05 03:11:46")
    cid = case15(opened)
    when = dt("2025-05-09 05:37:02")
    to = "anna.kowalczyk.it@gmail.com"
    ctx = Ctx(28, when, to, "gmail", FORM_FROM, sender="other:srv-mail-relay.top", auth="fail",
              forged_ar=True, from_domain="amazon.com")
    rng = ctx.rng
    plain = ("Dear Anna,\n\n"
             "Your certification profiles have been consolidated. Going forward, AWS07215590 is your only active "
             "candidate ID.\n\n"
             "To make sure your certifications and vouchers were transferred correctly, please sign in and review "
             "your transcript using the secure link below:\n"
             f"https://aws-training-certification.support-login.net/signin?case={cid}\n\n"
             "Regards,\nTomasz\nAWS Training and Certification\n")
    body = alt(tpart(plain), tpart(simple_html(plain), "html"))
    hs = [dkim_sig(rng, "amazon.com", AMZ_SEL, when),
          f"From: {addr('Amazon Web Services', FORM_FROM)}", f"To: {to}",
          f"Subject: RE:[CASE {cid}] {FORM_SUBJ}", f"Date: {rfcdate(when)}",
          f"Message-ID: <{hexs(rng,16)}.{hexs(rng,8)}@srv-mail-relay.top>"]
    add("spoof-dmarc-fail-consolidated", assemble(ctx, hs, body), "merge_completed", cid, ["AWS07215590"], False)


# ---- 029 form desk auto acknowledgement (Outlook)
def m029():
    opened = dt("2025-04-14 07:55:20")
    cid = case15(opened)
    when = opened + timedelta(seconds=41)
    to = "wbrandt@kestrel-eng.de"
    ctx = Ctx(29, when, to, "outlook", FORM_FROM)
    text = ("Hello,\n\n"
            "Thank you for contacting AWS Training and Certification Customer Support.\n\n"
            "This message confirms that we have received your inquiry. Your case number is " + cid + ". "
            "A member of our team will review your request and get back to you, in most cases within 24 hours.\n\n"
            "To add information to this request, simply reply to this e-mail and keep the case number in the subject line. "
            "Please do not submit a new form for the same issue, as this may delay our response.\n\n"
            "In the meantime, you may find answers to common questions at https://aws.amazon.com/certification/faqs/\n\n"
            "Sincerely,\nAWS Training and Certification Customer Support\n")
    body = alt(tpart(text), tpart(aws_html(text_to_html_body(text)), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"[CASE {cid}] {FORM_SUBJ}",
                     to)
    add("form-desk-auto-ack", assemble(ctx, hs, body), "case_created", cid, [], True)


# ---- 030 chaser, 11-digit case (2022), new text has no ids
def m030():
    cid = "10513877206"
    when = dt("2022-08-09 15:22:48")
    to = "n.obrien@tallyforge.ie"
    ctx = Ctx(30, when, to, "outlook", FORM_FROM)
    req_when = dt("2022-08-03 10:04:00")
    req = ("Hello Niamh,\n\n"
           "We have found two Certification accounts under your name: AWS06693310 (n.obrien@tallyforge.ie) and "
           "AWS02258917 (niamh.obrien@ucdconnect.ie). We would merge AWS02258917 into AWS06693310; the merge "
           "cannot be undone. Please reply to confirm.\n\nRegards,\nAisling\nAWS Training and Certification")
    text = ("Hello Niamh,\n\n"
            "I'm following up on my previous e-mail below, as we haven't heard back from you yet.\n\n"
            "When you have a moment, please review the details and reply so that we can continue with your request. "
            "If we don't receive a response within 3 business days, this case will be closed automatically; you can "
            "still reply afterwards and it will be reopened.\n\n"
            "Regards,\nAisling\nAWS Training and Certification\n\n"
            "-----Original Message-----\n"
            f"From: Amazon Web Services <{FORM_FROM}>\n"
            f"Sent: {req_when.strftime('%A, %B %d, %Y %I:%M %p')}\n"
            f"To: {to}\n"
            f"Subject: RE:[CASE {cid}] {FORM_SUBJ}\n\n" + req + "\n")
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}", to)
    add("form-desk-chaser-2022", assemble(ctx, hs, body), "support_reply", cid, [], True)


# ---- 031 Credly HTML-only base64 (CCP)
def m031():
    when = dt("2025-08-28 20:41:16")
    to = "jt.morrison@gmail.com"
    ctx = Ctx(31, when, to, "gmail", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badge = "AWS Certified AI Practitioner"
    link = f"https://www.credly.com/badges/{uuid_like(rng)}/accept?utm_campaign=badge_issued"
    paras = ["Jordan,", "Your hard work paid off. You can now claim your new digital badge and show the world what you can do.",
             "Your badge contains verified information about the skills you demonstrated to earn it."]
    body = tpart(credly_html("Your new badge is ready to claim", paras, "Claim your badge", link, badge), "html", cte="base64")
    hs = credly_headers(ctx, f"{CREDLY_AWS} via Credly", "Jordan, your badge from AWS is ready to claim", addr("Jordan Morrison", to))
    add("credly-ready-to-claim-html-only", assemble(ctx, hs, body), "credly_badge_issued", None, [], True)


# ---- 032 CNCF badge via Credly (other issuer)
def m032():
    when = dt("2025-02-19 09:10:05")
    to = "ben.achterberg@gmail.com"
    ctx = Ctx(32, when, to, "gmail", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badge = "CKA: Certified Kubernetes Administrator"
    link = f"https://www.credly.com/badges/{uuid_like(rng)}/accept"
    paras = ["Hi Ben,", "The Linux Foundation has issued you a new badge for earning the CKA certification.",
             "Accept your badge to share it with your network."]
    plain = (f"Hi Ben,\n\nThe Linux Foundation has issued you a new badge: {badge}.\n\nAccept your badge: {link}\n\n"
             "Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n")
    body = alt(tpart(plain), tpart(credly_html("You earned a badge", paras, "Accept your badge", link, badge, issuer="The Linux Foundation"), "html"))
    hs = credly_headers(ctx, "The Linux Foundation via Credly", "The Linux Foundation has issued you a new badge!", addr("Ben Achterberg", to))
    add("credly-other-issuer-linux-foundation", assemble(ctx, hs, body), "unrelated", None, [], True)


# ---- 033 console completion, "retired", wrong charset label (utf-8 bytes labelled iso-8859-1)
def m033():
    opened = dt("2024-07-08 18:33:50")
    cid = case15(opened)
    when = dt("2024-07-10 20:09:31")
    to = "priya.raman@outlook.com"
    ctx = Ctx(33, when, to, "outlook", CONSOLE_FROM)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en"
    text = ("Hello Priya,\n\n"
            "Thanks for your patience – here’s where things stand.\n\n"
            "The duplicate profile AWS 08813055 has been retired. Everything that was on it (your “AWS Certified "
            "Developer – Associate” certification and its exam record) has been attached to AWS 04092287, which is "
            "the profile you sign in to with priya.raman@outlook.com.\n\n"
            "You don’t need to do anything else. It can take up to 48 hours for the change to show on Credly.\n\n"
            "Best regards,\nDevika\nAmazon Web Services" + aws_footer_rate(cid) +
            "\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            f"Please use the link below if you need to contact us again about this same issue.\n{link}\n")
    body = alt(tpart(text, cte="quoted-printable", label="iso-8859-1"),
               tpart(aws_html(text_to_html_body(text)), "html", cte="quoted-printable", label="iso-8859-1"))
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM),
                     f"RE:[CASE {cid}] Please merge my certification profiles", to)
    add("console-duplicate-retired-wrong-charset", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS08813055", "AWS04092287"], True)


# ---- 034 Japanese closure / survey (console)
def m034():
    opened = dt("2025-09-29 02:10:44")
    cid = case15(opened)
    when = dt("2025-10-02 03:00:18")
    to = "k-suzuki.0311@docomo.ne.jp"
    ctx = Ctx(34, when, to, "docomo", CONSOLE_FROM)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=ja"
    text = ("お客様\n\n"
            f"サポートケース {cid} は解決済みとしてクローズされました。\n\n"
            f"ケース ID: {cid}\n件名: 認定アカウントの統合について\n重要度: 一般的なガイダンス\nステータス: 解決済み\n\n"
            "問題は解決しましたか?\n"
            f"はい: https://support.aws.amazon.com/survey?displayId={cid}&resolved=yes&language=ja\n"
            f"いいえ: https://support.aws.amazon.com/survey?displayId={cid}&resolved=no&language=ja\n\n"
            "アンケートへのご協力をお願いいたします。今後のサービス向上のために活用させていただきます。\n"
            f"引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。\n{link}\n\n"
            "Amazon Web Services をご利用いただき、ありがとうございます。\n\nAmazon Web Services\n")
    body = alt(tpart(text, charset="iso-2022-jp", cte="7bit"), tpart(aws_html(text_to_html_body(text)), "html", cte="quoted-printable"))
    subj = enc_header(f"Amazon Web Services: サポートケース {cid} は解決済みです", "iso-2022-jp")
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM), subj, to)
    add("ja-console-resolved-survey", assemble(ctx, hs, body), "survey", cid, [], True, "ja")


for _f in (m023, m024, m025, m026, m027, m028, m029, m030, m031, m032, m033, m034):
    _f()

# ---- 035 2019, 10-digit case, no Authentication-Results (corp relay) -> null
def m035():
    cid = "6498231570"
    when = dt("2019-11-19 16:27:03")
    to = "mkhan@vantrell.co.uk"
    ctx = Ctx(35, when, to, "corp", FORM_FROM, auth="none")
    text = ("Hi Mohammed,\n\n"
            "Many thanks for confirming the details.\n\n"
            "Your two certification accounts have now been combined. Your certification history from AWS00718364 "
            "sits under AWS01946650 going forward, and you'll use mkhan@vantrell.co.uk to log in to "
            "aws.training/certification.\n\n"
            "Please allow up to 24 hours for the transcript to refresh.\n\n"
            "Thanks,\nOliver\nAWS Training and Certification\n\n"
            "> From: Mohammed Khan <mkhan@vantrell.co.uk>\n"
            "> Sent: 18 November 2019 09:12\n"
            "> Subject: RE: [CASE 6498231570]\n"
            ">\n> Hi Oliver, yes that's right, please keep the Vantrell account.\n> Mohammed\n")
    body = tpart(text, cte="7bit", charset="us-ascii")
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Mohammed Khan", to))
    add("form-desk-2019-combined-no-auth", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS00718364", "AWS01946650"], None)


# ---- 036 Japanese: thanks for confirming, in progress (support_reply)
def m036():
    opened = dt("2025-09-29 02:10:44")
    cid = case15(opened)
    when = dt("2025-09-30 05:48:27")
    to = "k-suzuki.0311@docomo.ne.jp"
    ctx = Ctx(36, when, to, "docomo", CONSOLE_FROM)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=ja"
    text = ("鈴木 健 様\n\n"
            "Amazon Web Services にお問い合わせいただき、ありがとうございます。\n\n"
            "統合内容についてご確認いただき、誠にありがとうございました。\n"
            "いただいた内容に基づき、現在、担当部署にて AWS07714502 から AWS05583026 への統合作業を進めております。\n"
            "作業が完了いたしましたら、改めて本ケースにてご連絡申し上げますので、今しばらくお待ちくださいますようお願い申し上げます。\n\n"
            "なお、同一のお問い合わせで新しいケースを作成いただく必要はございません。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "Amazon Web Services\n江口" + aws_footer_rate(cid, "ja") +
            "\n※本メールは送信専用アドレスから送信されています。ご返信はサポートセンターからお願いいたします。\n")
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text_to_html_body(text)), "html", cte="base64"))
    subj = enc_header(f"RE:[CASE {cid}] 認定アカウントの統合について")
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM), subj, to)
    add("ja-console-in-progress", assemble(ctx, hs, body), "support_reply", cid,
        ["AWS05583026", "AWS07714502"], True, "ja")


# ---- 037 Credly: several badges waiting after a merge
def m037():
    when = dt("2025-01-24 13:02:55")
    to = "dokafor@northwind-logistics.com"
    ctx = Ctx(37, when, to, "outlook", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badges = ["AWS Certified Solutions Architect - Professional", "AWS Certified Security - Specialty",
              "AWS Certified Cloud Practitioner"]
    link = f"https://www.credly.com/earner/earned?pending=true&utm_source=email&utm_medium=pending_badges_{hexs(rng,6)}"
    paras = ["Hi Daniel,", f"You have <b>3 badges</b> from {CREDLY_AWS} waiting to be accepted:",
             "<ul>" + "".join(f"<li>{b}</li>" for b in badges) + "</ul>",
             "These badges were re-issued to this email address after your AWS Certification profiles were combined."]
    plain = (f"Hi Daniel,\n\nYou have 3 badges from {CREDLY_AWS} waiting to be accepted:\n\n" +
             "".join(f"- {b}\n" for b in badges) +
             "\nThese badges were re-issued to this email address after your AWS Certification profiles were combined.\n\n"
             f"Accept your badges: {link}\n\nCredly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n")
    body = alt(tpart(plain), tpart(credly_html("You have badges waiting", paras, "Accept your badges", link, badges[0]), "html"))
    hs = credly_headers(ctx, f"{CREDLY_AWS} via Credly", "You have 3 badges waiting to be accepted", addr("Daniel Okafor", to))
    add("credly-three-badges-waiting", assemble(ctx, hs, body), "credly_badge_issued", None, [], True)


# ---- 038 GitHub "merged" notification (unrelated)
def m038():
    when = dt("2025-06-12 08:31:40")
    to = "ben.achterberg@gmail.com"
    ctx = Ctx(38, when, to, "gmail", "notifications@github.com", sender="other:github.com")
    rng = ctx.rng
    plain = ("Merged #42 into main.\n\n"
             "-- \nReply to this email directly, view it on GitHub:\n"
             "https://github.com/bachterberg/cert-tracker/pull/42#event-" + str(rng.randint(10**10, 10**11)) + "\n"
             "You are receiving this because you authored the thread.\n\nMessage ID: <bachterberg/cert-tracker/pull/42/issue_event/"
             + str(rng.randint(10**10, 10**11)) + "@github.com>\n")
    html = html_doc("<p>Merged <a href=\"https://github.com/bachterberg/cert-tracker/pull/42\">#42</a> into main.</p>"
                    "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, view it on GitHub.<br>"
                    "You are receiving this because you authored the thread.</p>")
    body = alt(tpart(plain, cte="7bit", charset="UTF-8"), tpart(html, "html", cte="7bit", charset="UTF-8"))
    hs = ["From: Ben Achterberg <notifications@github.com>", "Reply-To: bachterberg/cert-tracker <reply+ABCD1234EFGH@reply.github.com>",
          "To: bachterberg/cert-tracker <cert-tracker@noreply.github.com>",
          "Cc: Ben Achterberg <ben.achterberg@gmail.com>, Author <author@noreply.github.com>",
          "Subject: Re: [bachterberg/cert-tracker] Merge old AWS certification records into one account view (PR #42)",
          f"Date: {rfcdate(when, ZoneInfo('America/Los_Angeles'))}",
          "Message-ID: <bachterberg/cert-tracker/pull/42/issue_event/17228813301@github.com>",
          "In-Reply-To: <bachterberg/cert-tracker/pull/42@github.com>",
          "References: <bachterberg/cert-tracker/pull/42@github.com>",
          "List-ID: bachterberg/cert-tracker <cert-tracker.bachterberg.github.com>",
          "X-GitHub-Reason: author"]
    add("github-pr-merged", assemble(ctx, hs, body), "unrelated", None, [], False)


# ---- 039 partial completion: one of two merged, the third needs info
def m039():
    opened = dt("2025-02-17 21:04:30")
    cid = case15(opened)
    when = dt("2025-02-20 14:55:09")
    to = "lucia.herrera.mx@gmail.com"
    ctx = Ctx(39, when, to, "gmail", FORM_FROM)
    text = ("Hola Lucia,\n\n"
            "Thank you for confirming the details.\n\n"
            "Here is where your request stands:\n\n"
            "- AWS 03671209 has been merged into AWS 09128844. Its certifications and exam history are now shown "
            "under AWS 09128844.\n"
            "- AWS 05540176 could not be merged yet. The name on that account (\"L. Herrera Gomez\") does not match "
            "the name on your primary account, so we need you to confirm the legal name you want on the surviving "
            "account. Once you reply, we'll take care of this one as well.\n\n"
            "Saludos,\nDiego\nAWS Training and Certification\n")
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Lucia Herrera", to))
    add("form-desk-partial-one-of-two-merged", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS03671209", "AWS09128844", "AWS05540176"], True)


# ---- 040 Japanese confirmation request (ISO-2022-JP, yahoo.co.jp)
def m040():
    opened = dt("2025-01-29 06:18:02")
    cid = case15(opened)
    when = dt("2025-01-30 08:41:19")
    to = "misaki_tanaka82@yahoo.co.jp"
    ctx = Ctx(40, when, to, "yahoojp", FORM_FROM)
    text = ("田中 美咲 様\n\n"
            "AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n"
            "担当の森本でございます。\n\n"
            "お調べいたしましたところ、お客様のお名前で以下の 2 つの認定アカウントを確認いたしました。\n\n"
            "　・AWS 08250731（misaki.tanaka@fujiwara-sys.co.jp）\n"
            "　・AWS 02976604（misaki_tanaka82@yahoo.co.jp）\n\n"
            "AWS 08250731 を AWS 02976604 に統合し、AWS 02976604 を今後ご利用いただくアカウントとして残す形でよろしいでしょうか。\n"
            "統合後は元に戻すことができませんので、あらかじめご了承ください。\n\n"
            "上記の内容でお間違いがなければ、お手数ですが本メールにご返信のうえ、ご承認いただけますようお願い申し上げます。\n\n"
            "何卒よろしくお願い申し上げます。\n\n森本\nAWS トレーニングと認定\n")
    body = tpart(text, charset="iso-2022-jp", cte="7bit")
    subj = enc_header(f"RE:[CASE {cid}] {FORM_SUBJ}", "iso-2022-jp")
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), subj, addr("田中 美咲", to, "iso-2022-jp"))
    add("ja-form-desk-please-approve", assemble(ctx, hs, body), "merge_confirmation_requested", cid,
        ["AWS08250731", "AWS02976604"], True, "ja")


# ---- 041 other AWS support case: billing (unrelated)
def m041():
    opened = dt("2025-03-03 12:09:27")
    cid = case15(opened)
    when = dt("2025-03-04 09:30:50")
    to = "marco.bianchi87@gmail.com"
    ctx = Ctx(41, when, to, "gmail", CONSOLE_FROM)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en"
    text = ("Hello Marco,\n\n"
            "Thank you for contacting AWS Billing and Accounts.\n\n"
            "I have reviewed the charges on account 4417-2290-6613 for February. The $38.72 was generated by a NAT "
            "Gateway in eu-south-1 that has been running since February 2. I've applied a one-time credit of $38.72; "
            "it will show on your March invoice. Please delete the NAT Gateway if you no longer need it to avoid "
            "further charges.\n\n"
            "Best regards,\nFrancesca R.\nAmazon Web Services" + aws_footer_rate(cid) +
            f"\nTo see the case or reply, use: {link}\n")
    body = alt(tpart(text), tpart(aws_html(text_to_html_body(text)), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM),
                     f"RE:[CASE {cid}] Unexpected charge on February bill", to)
    add("other-aws-case-billing-credit", assemble(ctx, hs, body), "unrelated", cid, [], True)


# ---- 042 phishing: Credly look-alike about badges moved after merge
def m042():
    when = dt("2025-03-16 07:14:44")
    to = "marco.bianchi87@gmail.com"
    ctx = Ctx(42, when, to, "gmail", "badges@credly-notify.net", sender="lookalike:credly-notify.net", auth="softfail")
    rng = ctx.rng
    link = f"https://credly-notify.net/claim/{hexs(rng,24)}"
    plain = ("Hello,\n\n"
             "After your AWS Certification account merge, 2 badges were issued to you but could not be delivered "
             "to your Credly wallet.\n\n"
             "Accept your badges before they expire in 24 hours:\n" + link + "\n\n"
             "You will be asked to sign in with your Credly or LinkedIn password.\n\nCredly Badge Services\n")
    html = credly_html("Your badges are waiting", ["Hello,", "After your AWS Certification account merge, 2 badges were issued to you "
                       "but could not be delivered to your Credly wallet.", "Accept your badges before they expire in 24 hours."],
                       "Accept badges", link, "AWS Certified Solutions Architect - Associate")
    body = alt(tpart(plain), tpart(html, "html"))
    hs = [f"From: {addr('Credly Badges', 'badges@credly-notify.net')}", f"To: {to}",
          "Subject: Action needed: accept your AWS badges after account merge",
          f"Date: {rfcdate(when)}", f"Message-ID: <{hexs(rng,20)}@credly-notify.net>"]
    add("phish-credly-lookalike-badges-after-merge", assemble(ctx, hs, body), "credly_badge_issued", None, [], False)


# ---- 043 completion + closure in one agent reply (console)
def m043():
    opened = dt("2024-10-21 15:40:02")
    cid = case15(opened)
    when = dt("2024-10-23 17:26:38")
    to = "s.whitlock.cloud@gmail.com"
    ctx = Ctx(43, when, to, "gmail", CONSOLE_FROM)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en"
    text = ("Hi Sam,\n\n"
            "Good news - I've folded your older certification profile (AWS02203389) into AWS06874120, so everything "
            "from both is now in one place. Your SAA and CLF certifications both show on AWS06874120.\n\n"
            "As this takes care of your request, I'm going to mark this case as resolved. If anything looks wrong, "
            "you can reopen it from the Support Center within 14 days.\n\n"
            "Was your issue resolved? Let us know:\n"
            f"YES: https://support.aws.amazon.com/survey?displayId={cid}&resolved=yes\n"
            f"NO: https://support.aws.amazon.com/survey?displayId={cid}&resolved=no\n\n"
            "Best regards,\nLiam K.\nAmazon Web Services" + aws_footer_rate(cid) + f"\n{link}\n")
    body = alt(tpart(text), tpart(aws_html(text_to_html_body(text)), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM), f"RE:[CASE {cid}] Combine two certification profiles", to)
    add("console-folded-and-resolved", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS02203389", "AWS06874120"], True)


# ---- 044 auto-closure after no reply (survey)
def m044():
    cid = "10513877206"
    when = dt("2022-08-15 15:30:00")
    to = "n.obrien@tallyforge.ie"
    ctx = Ctx(44, when, to, "outlook", FORM_FROM)
    text = ("Hello,\n\n"
            f"We haven't heard back from you regarding case {cid}, so we have closed it.\n\n"
            "If you still need help, reply to this e-mail and your case will be reopened automatically.\n\n"
            "How would you rate the support you received?\n"
            f"Excellent: https://aws-tc.survey.amazon.com/r/{cid}/5\n"
            f"Good: https://aws-tc.survey.amazon.com/r/{cid}/4\n"
            f"Fair: https://aws-tc.survey.amazon.com/r/{cid}/3\n"
            f"Poor: https://aws-tc.survey.amazon.com/r/{cid}/1\n\n"
            "Thank you,\nAWS Training and Certification\n")
    body = alt(tpart(text), tpart(aws_html(text_to_html_body(text)), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"[CASE {cid}] Your case has been closed", to)
    add("form-desk-closed-no-response-2022", assemble(ctx, hs, body), "survey", cid, [], True)


# ---- 045 after completion: Credly transfer requested (support_reply), completion quoted below
def m045():
    opened = dt("2024-12-02 02:40:10")
    cid = case15(opened)
    when = dt("2024-12-06 05:13:48")
    to = "hiroshi.nakamura@biglobe.ne.jp"
    ctx = Ctx(45, when, to, "biglobe", FORM_FROM)
    prev = ("Hello Hiroshi,\n\n"
            "The certification side of your request has been taken care of: AWS05078813 has been merged into "
            "AWS09916240, and your exam results and certifications are visible in your AWS Certification Account.\n\n"
            "Best regards,\nAigerim")
    user = ("Hi Aigerim,\nThank you. My old Credly account is h.nakamura@tokai-denki.co.jp and the new one is "
            "hiroshi.nakamura@biglobe.ne.jp. Please move the badges.\nHiroshi")
    text = ("Hello Hiroshi,\n\n"
            "Thank you for the details. I have passed your two Credly e-mail addresses to our badging team and "
            "asked them to move your badges to hiroshi.nakamura@biglobe.ne.jp.\n\n"
            "You should receive an e-mail from Credly within 5-7 business days asking you to accept the badges. "
            "If nothing arrives by then, just reply to this message.\n\n"
            "Best regards,\nAigerim\nAWS Training and Certification\n\n"
            "-----Original Message-----\n"
            f"From: Hiroshi Nakamura <{to}>\nSent: Thursday, December 5, 2024 9:40 AM\n"
            f"To: aws-cs-trainingcertification-form@amazon.com\nSubject: Re: RE:[CASE {cid}] {FORM_SUBJ}\n\n" +
            user + "\n\n" + q(prev) + "\n")
    body = alt(tpart(text, cte="7bit", charset="us-ascii"), tpart(simple_html(text), "html", cte="7bit", charset="us-ascii"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Hiroshi Nakamura", to))
    add("form-desk-credly-transfer-requested", assemble(ctx, hs, body), "support_reply", cid, [], True)


# ---- 046 Credly badge-view statistics (unrelated)
def m046():
    when = dt("2025-09-01 14:05:31")
    to = "priya.raman@outlook.com"
    ctx = Ctx(46, when, to, "outlook", "admin@credly.com", sender="credly")
    rng = ctx.rng
    plain = ("Hi Priya,\n\nYour badges were viewed 27 times in August.\n\n"
             "Most viewed: AWS Certified Developer - Associate (19 views)\n"
             "Top viewer location: Bengaluru, India\n\n"
             "Keep the momentum going - add your badges to your LinkedIn profile.\n"
             f"https://www.credly.com/users/priya-raman.{hexs(rng,8)}/badges\n\n"
             "Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n"
             "Update your notification settings: https://www.credly.com/notification_settings\n")
    body = alt(tpart(plain), tpart(simple_html(plain), "html"))
    hs = credly_headers(ctx, "Credly", "Your badges were viewed 27 times last month", addr("Priya Raman", to))
    add("credly-monthly-views", assemble(ctx, hs, body), "unrelated", None, [], True)


# ---- 047 2022, 11-digit case, "transferred" (non-native)
def m047():
    cid = "11096355842"
    when = dt("2022-11-08 06:19:27")
    to = "y.abdullah@petrolinkco.com"
    ctx = Ctx(47, when, to, "outlook", FORM_FROM)
    text = ("Dear Yusuf,\n\n"
            "Hope you are doing well.\n\n"
            "As per your confirmation, we have transferred all of your certification from the old candidate ID "
            "aws00461923 to your new candidate ID aws03817745, including the exam history and the digital badge "
            "eligibility. The old candidate ID is deactivated from our side.\n\n"
            "Kindly check and let us know if any discrepancy.\n\n"
            "Warm Regards,\nAhmed\nAWS Training and Certification\n")
    body = alt(tpart(text, cte="base64"), tpart(simple_html(text), "html", cte="base64"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Yusuf Abdullah", to))
    add("form-desk-2022-transferred-lowercase-ids", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS00461923", "AWS03817745"], True)


for _f in (m035, m036, m037, m038, m039, m040, m041, m042, m043, m044, m045, m046, m047):
    _f()

# ---- 048 Japanese console case opened (Shift_JIS)
def m048():
    opened = dt("2025-09-29 02:10:44")
    cid = case15(opened)
    when = opened + timedelta(seconds=7)
    to = "k-suzuki.0311@docomo.ne.jp"
    ctx = Ctx(48, when, to, "docomo", CONSOLE_FROM)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=ja"
    text = ("お客様\n\n"
            f"Amazon Web Services にお問い合わせいただきありがとうございます。お問い合わせの件について、ケース {cid} を作成しました。\n\n"
            "ケースの詳細は以下のとおりです。\n\n"
            f"ケース ID: {cid}\n件名: 認定アカウントの統合について\n重要度: 一般的なガイダンス\n"
            "内容: 認定アカウントが2つあります（AWS07714502 と AWS05583026）。AWS05583026 に統合をお願いします。\n\n"
            f"ケースの確認および更新は、以下のリンクから行うことができます。\n{link}\n\n"
            "よろしくお願いいたします。\nAmazon Web Services\n\n"
            "※このメールアドレスは送信専用のため、ご返信いただいても受信できません。\n")
    body = tpart(text, charset="shift_jis", cte="base64")
    subj = enc_header(f"Amazon Web Services: 新しいサポートケースを作成しました: {cid}", "shift_jis")
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM), subj, to)
    add("ja-console-case-opened-sjis", assemble(ctx, hs, body), "case_created", cid,
        ["AWS05583026", "AWS07714502"], True, "ja")


# ---- 049 voucher question after merge (support_reply; completion quoted)
def m049():
    opened = dt("2025-07-14 05:20:33")
    cid = case15(opened)
    when = dt("2025-07-18 07:02:15")
    to = "rahul.verma.devops@gmail.com"
    ctx = Ctx(49, when, to, "gmail", FORM_FROM)
    prev = ("Dear Rahul,\n\nKindly be informed that all the certification records of candidate ID AWS-08834120 are now "
            "reflecting under your primary candidate ID AWS-03056677.\n\nThanks & Regards,\nKarthik R.")
    ask = "Hi Karthik,\nThanks. I can't see the 50% discount voucher for my next exam, where did it go?\nRahul"
    text = ("Dear Rahul,\n\n"
            "Thank you for writing back.\n\n"
            "Regarding your query on the 50% discount: the benefit is not issued as a code in advance. Please go to "
            "the Benefits tab in your AWS Certification Account and click \"Request Discount\" to generate the voucher "
            "code, then apply it at checkout when you schedule your next exam. The voucher is valid until your "
            "current certification expires.\n\n"
            "Do let me know if you face any issue.\n\n"
            "Thanks & Regards,\nKarthik R.\nAWS Training and Certification Support\n\n" +
            gmail_on(dt("2025-07-17 11:48:00"), "Rahul Verma", to, ZoneInfo("Asia/Kolkata")) + "\n\n" + q(ask) + "\n>\n" +
            "> " + gmail_on(dt("2025-07-16 04:51:17"), "Amazon Web Services", FORM_FROM, ZoneInfo("Asia/Kolkata")) + "\n>\n" + q(prev, 2) + "\n")
    body = alt(tpart(text, cte="base64"), tpart(simple_html(text), "html", cte="base64"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE: [CASE {cid}] {FORM_SUBJ}", to)
    add("form-desk-voucher-question", assemble(ctx, hs, body), "support_reply", cid, [], True)


# ---- 050 Credly ready to accept (Outlook corp)
def m050():
    when = dt("2025-04-19 10:14:22")
    to = "wbrandt@kestrel-eng.de"
    ctx = Ctx(50, when, to, "outlook", "admin@credly.com", sender="credly")
    rng = ctx.rng
    badge = "AWS Certified Security - Specialty"
    link = f"https://www.credly.com/badges/{uuid_like(rng)}/accept"
    paras = ["Hallo Wolfgang,", f"Your badge from {CREDLY_AWS} is ready. Accept it to start sharing your achievement.",
             "If you already have a Credly account under another email address, you can add this email to it in your account settings."]
    plain = (f"Hallo Wolfgang,\n\nYour badge from {CREDLY_AWS} is ready: {badge}\n\n"
             f"Accept it to start sharing your achievement: {link}\n\n"
             "If you already have a Credly account under another email address, you can add this email to it in your account settings.\n\n"
             "Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n")
    body = alt(tpart(plain, cte="base64"), tpart(credly_html("Your badge is ready", paras, "Accept badge", link, badge), "html", cte="base64"))
    hs = credly_headers(ctx, f"{CREDLY_AWS} via Credly", "Your AWS Certified Security - Specialty badge is ready to accept", addr("Wolfgang Brandt", to))
    add("credly-badge-ready-outlook", assemble(ctx, hs, body), "credly_badge_issued", None, [], True)


# ---- 051 phishing not about the merge (unrelated)
def m051():
    when = dt("2025-05-30 03:48:12")
    to = "lena.fischer@hotmail.com"
    ctx = Ctx(51, when, to, "outlook", "billing@aws-amazon-verify.com", sender="lookalike:aws-amazon-verify.com", auth="fail")
    rng = ctx.rng
    plain = ("Dear Customer,\n\n"
             "We were unable to process the payment for your AWS account. Your services will be suspended within 24 "
             "hours unless you update your payment information.\n\n"
             f"Update payment method: https://aws-amazon-verify.com/billing/{hexs(rng,16)}\n\n"
             "Amazon Web Services Billing\n")
    body = alt(tpart(plain), tpart(aws_html(text_to_html_body(plain)), "html"))
    hs = [f"From: {addr('Amazon Web Services', 'billing@aws-amazon-verify.com')}", f"To: {to}",
          "Subject: [Action Required] Your AWS account will be suspended", f"Date: {rfcdate(when)}",
          f"Message-ID: <{hexs(rng,18)}@aws-amazon-verify.com>"]
    add("phish-account-suspended", assemble(ctx, hs, body), "unrelated", None, [], False)


# ---- 052 phishing confirmation request about the merge (look-alike domain)
def m052():
    when = dt("2025-08-27 13:02:50")
    to = "jt.morrison@gmail.com"
    ctx = Ctx(52, when, to, "gmail", "cases@amazon-certification-support.com",
              sender="lookalike:amazon-certification-support.com")
    rng = ctx.rng
    link = f"https://amazon-certification-support.com/merge/confirm?ref={hexs(rng,20)}"
    plain = ("Hello Jordan,\n\n"
             "We received your request to merge AWS01290345 with AWS09442861. To prevent unauthorized changes, "
             "please confirm the merge by signing in with your AWS Certification credentials within 24 hours:\n\n"
             f"{link}\n\n"
             "If you do not confirm, both accounts will be locked.\n\n"
             "AWS Training and Certification Support\n")
    body = alt(tpart(plain), tpart(aws_html(text_to_html_body(plain)), "html"))
    hs = [f"From: {addr('AWS Training and Certification', 'cases@amazon-certification-support.com')}", f"To: {to}",
          "Subject: Confirm your AWS Certification account merge", f"Date: {rfcdate(when)}",
          f"Message-ID: <{uuid_like(rng)}@amazon-certification-support.com>"]
    add("phish-lookalike-confirm-merge", assemble(ctx, hs, body), "merge_confirmation_requested", None,
        ["AWS01290345", "AWS09442861"], False)


# ---- 053 completion: duplicate deactivated, validation-number trap, "AWS-" ids
def m053():
    opened = dt("2025-10-13 22:31:08")
    cid = case15(opened)
    when = dt("2025-10-15 19:07:44")
    to = "ines.moreau.pro@gmail.com"
    ctx = Ctx(53, when, to, "gmail", FORM_FROM)
    rng = ctx.rng
    text = ("Bonjour Ines,\n\n"
            "Thank you for your patience.\n\n"
            "The duplicate profile has been deactivated and all of your credentials are now associated with "
            "candidate ID AWS-07760021. Your validation numbers have not changed (for example, "
            "7QKZ1M2B3JRE1DS5 for your Solutions Architect - Associate), so any links you have shared with "
            "employers will continue to work.\n\n"
            "Please sign out of aws.training and sign back in so the change shows up.\n\n"
            "Best regards,\nJulien\nAWS Training and Certification\n"
            f"Reference: {hexs(rng,32)}\n")
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Ines Moreau", to))
    add("form-desk-duplicate-deactivated", assemble(ctx, hs, body), "merge_completed", cid, ["AWS07760021"], True)


# ---- 054 survey reminder
def m054():
    opened = dt("2025-04-14 07:55:20")
    cid = case15(opened)
    when = dt("2025-04-24 16:00:05")
    to = "wbrandt@kestrel-eng.de"
    ctx = Ctx(54, when, to, "outlook", "aws-tc-survey@amazon.com")
    text = ("Hello Wolfgang,\n\n"
            f"A few days ago we asked about your experience with case {cid}. We haven't received your feedback yet.\n\n"
            "It only takes a minute, and it helps us improve support for everyone:\n"
            f"https://survey.aws.training/s/{hexs(R(cid),16)}?case={cid}\n\n"
            "If you've already responded, thank you and please ignore this reminder.\n\n"
            "AWS Training and Certification\n")
    body = alt(tpart(text), tpart(aws_html(text_to_html_body(text)), "html"))
    hs = ses_headers(ctx, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"),
                     "Reminder: a minute to tell us about your recent support experience?", to)
    add("tc-survey-reminder", assemble(ctx, hs, body), "survey", cid, [], True)


# ---- 055 cannot merge yet (name mismatch), escalated; case id only in body
def m055():
    opened = dt("2025-06-09 18:46:11")
    cid = case15(opened)
    when = dt("2025-06-11 12:37:26")
    to = "a.mensah@kumasi-tech.com.gh"
    ctx = Ctx(55, when, to, "gmail", FORM_FROM)
    text = ("Hello Abena,\n\n"
            f"Case ID: {cid}\n\n"
            "Thank you for your reply. Unfortunately we are not able to combine AWS 02014477 and AWS 06390025 as "
            "things stand, because the first and last names on the two profiles are different (\"Abena Mensah\" and "
            "\"Abena Owusu\").\n\n"
            "I have escalated your case to our Certification Operations team. To help them, please reply with a "
            "scan of a government-issued ID showing your current legal name, and - if your name changed - a document "
            "linking the two names. You may black out your ID number.\n\n"
            "We will get back to you as soon as the team has reviewed the documents.\n\n"
            "Kind regards,\nMarek\nAWS Training and Certification\n")
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM),
                     "AWS Training and Certification - update on your account request", addr("Abena Mensah", to))
    hs[1] = f"To: {addr('Abena Mensah', to)}"
    add("form-desk-name-mismatch-escalated", assemble(ctx, hs, body), "support_reply", cid,
        ["AWS02014477", "AWS06390025"], True)


# ---- 056 AWS Training newsletter (genuine amazon.com, unrelated)
def m056():
    when = dt("2025-05-13 17:00:00")
    to = "anna.kowalczyk.it@gmail.com"
    ctx = Ctx(56, when, to, "gmail", "aws-training-and-certification@amazon.com")
    rng = ctx.rng
    plain = ("AWS Training and Certification | May 2025\n\n"
             "Hi Anna,\n\n"
             "New in AWS Skill Builder this month:\n"
             "- AWS Certified AI Practitioner: free exam prep plan\n"
             "- Hands-on: Amazon Bedrock Agents (new lab)\n"
             "- Get 50% off your next exam with a Certification benefit - find it in your Certification Account\n\n"
             "Start learning: https://skillbuilder.aws/?trk=email_may25\n\n"
             "You are receiving this email because you subscribed to AWS Training and Certification updates. "
             f"Unsubscribe: https://pages.awscloud.com/unsubscribe.html?uid={hexs(rng,20)}\n"
             "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
    body = alt(tpart(plain), tpart(aws_html(text_to_html_body(plain)), "html"))
    hs = ses_headers(ctx, addr("AWS Training and Certification", "aws-training-and-certification@amazon.com"),
                     "New AI Practitioner prep + 50% exam benefit reminder", addr("Anna Kowalczyk", to),
                     extra=[f"List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?uid={hexs(rng,20)}>"])
    add("aws-tc-newsletter", assemble(ctx, hs, body), "unrelated", None, [], True)


# ---- 057 second case opened (duplicate), ack mentions earlier case
def m057():
    opened = dt("2025-10-13 22:31:08")
    cid = case15(opened)
    earlier = case15(dt("2025-10-06 08:17:35"))
    when = opened + timedelta(seconds=12)
    to = "ines.moreau.pro@gmail.com"
    ctx = Ctx(57, when, to, "gmail", CONSOLE_FROM)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en"
    text = ("Dear AWS customer,\n\n"
            f"Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.\n\n"
            f"Case ID: {cid}\nSubject: Follow-up: certification account merge (no answer)\nSeverity: General guidance\n"
            f"Correspondence: I opened case {earlier} a week ago to merge my two certification accounts and "
            "haven't received any reply. Could someone please look at it?\n\n"
            f"You can view and update your case here:\n{link}\n\n"
            "Sincerely,\nAmazon Web Services\n\n"
            "Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n")
    body = alt(tpart(text), tpart(aws_html(text_to_html_body(text)), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM),
                     f"Amazon Web Services: You have opened a new Support case: {cid}", to)
    add("console-second-case-opened", assemble(ctx, hs, body), "case_created", cid, [], True)


# ---- 058 confirmation request on top of quoted original request (3 ids quoted, 2 new)
def m058():
    opened = dt("2024-08-05 14:12:19")
    cid = case15(opened)
    when = dt("2024-08-06 19:48:03")
    to = "hannah.lee@brightpath-cloud.com"
    ctx = Ctx(58, when, to, "outlook", FORM_FROM)
    orig = ("Inquiry type: AWS Training and Certification\nDetail: Account Merge\n"
            "AWS candidate ID: AWS04823309\n"
            "Description: I think I have three profiles: AWS04823309, AWS01167752 and maybe AWS09030418 from a "
            "beta exam. Please keep the first one.")
    text = ("Hi Hannah,\n\n"
            "Thanks for reaching out to AWS Training and Certification.\n\n"
            "I checked all three IDs. The beta-exam ID you mentioned belongs to a different candidate, so it is "
            "not part of this request. For the other one, here is what we plan to do:\n\n"
            "  Keep:   AWS04823309  (hannah.lee@brightpath-cloud.com)\n"
            "  Fold in: AWS01167752 (hlee.dev@outlook.com) - this profile will be closed afterwards\n\n"
            "All certifications and exam history on AWS01167752 would be folded into AWS04823309. This can't be "
            "reversed afterwards, so before I submit it, could you reply with a quick \"Yes, proceed\"?\n\n"
            "Thanks,\nPriyanka\nAWS Training and Certification\n\n"
            "-----Original Message-----\n" + orig + "\n")
    body = alt(tpart(text), tpart(simple_html(text), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), f"RE:[CASE {cid}] {FORM_SUBJ}",
                     addr("Hannah Lee", to))
    add("form-desk-fold-in-reply-yes", assemble(ctx, hs, body), "merge_confirmation_requested", cid,
        ["AWS04823309", "AWS01167752"], True)


# ---- 059 Japanese completion "移行", labelled shift_jis but cp932 characters
def m059():
    opened = dt("2025-01-29 06:18:02")
    cid = case15(opened)
    when = dt("2025-02-01 02:26:40")
    to = "misaki_tanaka82@yahoo.co.jp"
    ctx = Ctx(59, when, to, "yahoojp", FORM_FROM)
    text = ("田中 美咲 様\n\n"
            "いつもお世話になっております。AWS トレーニングと認定の森本でございます。\n\n"
            "ご承認いただきありがとうございました。以下のとおり対応いたしましたので、ご連絡申し上げます。\n\n"
            "①　AWS 08250731 に登録されていた認定資格・受験履歴を AWS 02976604 へ移行いたしました。\n"
            "②　AWS 08250731 は無効化いたしましたため、今後はサインインいただけません。\n"
            "③　Credly のバッジにつきましては、数日以内に Credly より別途メールが届く予定でございます。\n\n"
            "AWS Certification Account にサインインのうえ、内容をご確認いただけますと幸いです。\n\n"
            "今後ともよろしくお願い申し上げます。\n\n森本\nAWS トレーニングと認定\n\n"
            + ja_on(dt("2025-01-31 13:20:00"), "田中 美咲", to) + "\n"
            "> 森本様\n> ご連絡ありがとうございます。記載の内容で問題ございません。よろしくお願いいたします。\n> 田中\n")
    body = tpart(text, charset="shift_jis", codec="cp932", cte="base64")
    subj = enc_header(f"RE:[CASE {cid}] {FORM_SUBJ}")
    hs = ses_headers(ctx, addr("Amazon Web Services", FORM_FROM), subj, addr("田中 美咲", to, "iso-2022-jp"))
    add("ja-form-desk-records-migrated-cp932", assemble(ctx, hs, body), "merge_completed", cid,
        ["AWS08250731", "AWS02976604"], True, "ja")


# ---- 060 console "New correspondence added" notice
def m060():
    opened = dt("2025-10-06 08:17:35")
    cid = case15(opened)
    when = dt("2025-10-14 16:05:51")
    to = "ines.moreau.pro@gmail.com"
    ctx = Ctx(60, when, to, "gmail", CONSOLE_FROM)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en"
    text = ("Hello,\n\n"
            f"A new correspondence has been added to your support case {cid}.\n\n"
            "To view the correspondence and respond, sign in to the AWS Support Center:\n"
            f"{link}\n\n"
            "Sincerely,\nAmazon Web Services\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n")
    body = alt(tpart(text), tpart(aws_html(text_to_html_body(text)), "html"))
    hs = ses_headers(ctx, addr("Amazon Web Services", CONSOLE_FROM), f"[Case {cid}] New correspondence added", to)
    add("console-new-correspondence", assemble(ctx, hs, body), "support_reply", cid, [], True)


for _f in (m048, m049, m050, m051, m052, m053, m054, m055, m056, m057, m058, m059, m060):
    _f()

# ==== MAILS END ====


# ---------------------------------------------------------------- main
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, data, lab in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        labels[fname] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
    print(f"wrote {len(MAILS)} mails")


if __name__ == "__main__":
    main()
