#!/usr/bin/env python3
"""Generator for blind set 317: Japanese-emphasis AWS Certification account-merge mailbox.

Writes NNN-*.eml and labels.json into this folder.
"""
import base64
import html as _h
import json
import os
import quopri
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
rng = random.Random(317)
LABELS = {}
SEQ = [0]
GEN_POLICY = policy.compat32.clone(max_line_length=None, linesep="\r\n")


# ---------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, s=0, tz=JST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def unix(d):
    return int(d.timestamp())


def case15(opened, suffix):
    return "%d%s" % (unix(opened), suffix)


def rb64(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def ses_id(d, region=None):
    ms = int(d.timestamp() * 1000)
    pre = "0100" if region is None else "0106"
    tail = "%s-%s-%s-%s-%s-000000" % (rhex(8), rhex(4), "4" + rhex(3), rng.choice("89ab") + rhex(3), rhex(12))
    core = "%s%012x-%s" % (pre, ms, tail)
    dom = "email.amazonses.com" if region is None else "%s.amazonses.com" % region
    return core, "<%s@%s>" % (core, dom)


def rfc(d):
    return format_datetime(d)


def fold_b(prefix, val, width=74):
    out = [prefix + val[: max(10, width - len(prefix))]]
    rest = val[max(10, width - len(prefix)):]
    while rest:
        out.append(rest[:width])
        rest = rest[width:]
    return out


def dkim(d, s, t, h="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", c="relaxed/simple"):
    lines = ["v=1; a=rsa-sha256; q=dns/txt; c=%s;" % c, "s=%s; d=%s; t=%d;" % (s, d, t)]
    hh = "h=" + h + ";"
    while len(hh) > 74:
        cut = hh.rfind(":", 0, 74) + 1
        lines.append(hh[:cut])
        hh = hh[cut:]
    lines.append(hh)
    lines.append("bh=%s;" % rb64(32))
    lines.extend(fold_b("b=", rb64(256)))
    return "\n\t".join(lines)


def enc_subject(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset).encode(maxlinelen=76)


def enc_name(name, addr, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (Header(name, charset).encode(), addr)


def leaf(text, subtype="plain", charset="utf-8", cte="base64", codec=None, ct_extra="", quote_cs=False):
    """A text leaf with exact control over charset label and transfer encoding."""
    m = Message()
    codec = codec or charset
    raw = text.replace("\r\n", "\n").encode(codec)
    if cte in ("base64", "quoted-printable"):
        raw = raw.replace(b"\n", b"\r\n")
    cs = '"%s"' % charset if quote_cs else charset
    m["Content-Type"] = "text/%s; charset=%s%s" % (subtype, cs, ct_extra)
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
        payload = payload.replace("=0D\n", "\n").replace("\r\n", "\n")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:  # 8bit
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def binleaf(data, maintype, subtype, cid=None, filename=None, disposition="inline"):
    m = Message()
    m["Content-Type"] = "%s/%s" % (maintype, subtype) + ('; name="%s"' % filename if filename else "")
    m["Content-Transfer-Encoding"] = "base64"
    if cid:
        m["Content-ID"] = "<%s>" % cid
    if filename:
        m["Content-Disposition"] = '%s; filename="%s"' % (disposition, filename)
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def boundary(style="java"):
    if style == "java":
        return "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(10000000, 999999999), rng.randint(1700000000000, 1760000000000))
    if style == "google":
        return "0000000000%s" % rhex(16)
    if style == "outlook":
        return "_000_%s_" % ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (ralnum(8, "ABCDEF0123456789"), ralnum(4, "ABCDEF0123456789"), ralnum(4, "ABCDEF0123456789"), ralnum(4, "ABCDEF0123456789"), ralnum(12, "ABCDEF0123456789"))
    if style == "sendgrid":
        return rhex(64)
    return "=_%s" % ralnum(24)


def multi(subtype, parts, style="java"):
    m = MIMEMultipart(subtype, boundary=boundary(style))
    for p in parts:
        m.attach(p)
    return m


def alt(plain, html, style="java"):
    return multi("alternative", [plain, html], style)


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def html_wrap(inner, title="", lang="ja", font="'Hiragino Kaku Gothic ProN', Meiryo, sans-serif"):
    return (
        '<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
        '<body style="margin:0;padding:0;background:#f2f3f3;">\n'
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;">'
        '<tr><td align="center" style="padding:24px 8px;">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:%s;font-size:14px;line-height:1.7;color:#16191f;">\n'
        '<tr><td style="padding:24px 32px;">\n%s\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n'
    ) % (lang, title, font, inner)


def txt2html(text):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


def quote(text, prefix="> "):
    out = []
    for l in text.strip("\n").split("\n"):
        if l.startswith(">"):
            out.append(">" + l)
        elif l == "":
            out.append(prefix.rstrip())
        else:
            out.append(prefix + l)
    return "\n".join(out)


def jdate(d, wd=True, sec=False):
    w = "月火水木金土日"[d.weekday()]
    s = "%d年%d月%d日" % (d.year, d.month, d.day)
    if wd:
        s += "(%s)" % w
    s += " %d:%02d" % (d.hour, d.minute)
    if sec:
        s += ":%02d" % d.second
    return s


# ---------------------------------------------------------------- senders / transport
SES_HOSTS = [("a8-30", "54.240.8.30"), ("a8-51", "54.240.8.51"), ("a48-112", "54.240.48.112"),
             ("a9-27", "54.240.9.27"), ("a11-86", "54.240.11.86"), ("a48-93", "54.240.48.93"),
             ("a8-76", "54.240.8.76"), ("a9-103", "54.240.9.103")]
AMZ_SEL = ["rtbwdi4qm2pxtjbewqrjrfnfe6xoizo7", "kpz6kmyh7etjfn2cbxv3tmnp6rt3i7cq", "ug3rpvjvw7y2kgmyc4wx46eplqnxaaxj"]
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


class Src:
    """Where a mail comes from: envelope, IP, DKIM signers."""

    def __init__(self, host, ip, mailfrom, dkims, helo=None):
        self.host, self.ip, self.mailfrom, self.dkims = host, ip, mailfrom, dkims
        self.helo = helo or host


def ses_src(d, from_dom="amazon.com", region=None):
    h, ip = rng.choice(SES_HOSTS)
    core, mid = ses_id(d, region)
    dom = "amazonses.com" if region is None else "%s.amazonses.com" % region
    host = "%s.smtp-out.amazonses.com" % h if region is None else "%s.smtp-out.%s.amazonses.com" % (h, region)
    src = Src(host, ip, "%s@%s" % (core, dom), [(from_dom, rng.choice(AMZ_SEL)), ("amazonses.com", SES_SEL)])
    return src, mid


def sg_src(from_dom="credly.com", sel="s1"):
    ip = "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    host = "o%d.ptr%d.credly.com" % (rng.randint(1, 9), rng.randint(1000, 9999))
    mf = "bounces+%d-%s-%s@em.%s" % (rng.randint(1000000, 9999999), rhex(4), "user", from_dom)
    return Src(host, ip, mf, [(from_dom, sel), ("sendgrid.info", "smtpapi")])


def gen_src(host, ip, mailfrom, dkims):
    return Src(host, ip, mailfrom, dkims)


def ar_items(src, from_dom, spf="pass", dkim_res=None, dmarc="pass", pol="QUARANTINE"):
    """Return normalized results: list of dkim tuples (res, domain, sel), spf, dmarc."""
    if dkim_res is None:
        dkim_res = ["pass"] * len(src.dkims)
    dk = [(r, dd, s) for r, (dd, s) in zip(dkim_res, src.dkims)]
    return dict(dkim=dk, spf=spf, dmarc=dmarc, from_dom=from_dom, pol=pol, src=src)


def tb(n=8):
    return ralnum(n)


def trace(provider, to, arrive, src, ar=None, no_ar=False, extra_top=None, forged_ar=None):
    """Return list of (name, value) for the receiving side of the trace."""
    H = []
    s = src
    mf_dom = s.mailfrom.split("@")[-1]
    if provider == "gmail":
        at = arrive.astimezone(PDT if 3 <= arrive.month <= 10 else PST)
        H.append(("Delivered-To", to))
        H.append(("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rhex(4), rhex(3), rhex(3), rhex(4), "x%dcsp%d" % (rng.randint(1, 99), rng.randint(100000, 9999999)), rfc(at))))
        H.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:90]))
        H.append(("X-Received", "by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(12), rhex(6), rng.randint(1, 99), rng.randint(1700000000000, 1760000000000) // 10000, rfc(at))))
        if ar is not None:
            H.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (unix(arrive), "\n         ".join(fold_b("", rb64(256), 70)))))
            H.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (rb64(32), rb64(32), "\n         ".join(fold_b("", rb64(256), 70)))))
            H.append(("ARC-Authentication-Results", "i=1; mx.google.com;\n" + _gmail_ar_body(ar)))
        H.append(("Return-Path", "<%s>" % s.mailfrom))
        H.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            s.host, s.host, s.ip, rhex(14), rhex(6), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9), to, rfc(at))))
        if ar is not None:
            spfw = {"pass": "designates %s as permitted sender" % s.ip, "softfail": "transitioning %s does not designate %s as permitted sender" % (s.mailfrom, s.ip),
                    "fail": "%s does not designate %s as permitted sender" % (s.mailfrom, s.ip), "neutral": "%s is neither permitted nor denied by best guess record for domain of %s" % (s.ip, s.mailfrom)}[ar["spf"]]
            if ar["spf"] == "pass":
                H.append(("Received-SPF", "pass (google.com: domain of %s %s) client-ip=%s;" % (s.mailfrom, spfw, s.ip)))
            else:
                H.append(("Received-SPF", "%s (google.com: %s) client-ip=%s;" % (ar["spf"], spfw, s.ip)))
            H.append(("Authentication-Results", "mx.google.com;\n" + _gmail_ar_body(ar)))
    elif provider == "outlook":
        at = arrive.astimezone(UTC)
        node = "TY%dP286MB%04d.JPNP286.PROD.OUTLOOK.COM" % (rng.randint(1, 9), rng.randint(1000, 9999))
        node2 = "OS%dP286MB%04d.JPNP286.PROD.OUTLOOK.COM" % (rng.randint(1, 9), rng.randint(1000, 9999))
        fe = "TYZAPC01FT0%02d.eop-APC01.prod.protection.outlook.com" % rng.randint(10, 60)
        H.append(("Received", "from %s (::1) by\n %s with HTTPS; %s" % (node, node2, rfc(at + timedelta(seconds=2)))))
        H.append(("Received", "from TYCP286CA0%03d.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:%s::%s) by\n %s (2603:1096:604:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.%d; %s" % (
            rng.randint(1, 999), rhex(3), rhex(2), node, rhex(3), rhex(2), rng.randint(10, 40), rfc(at + timedelta(seconds=1)))))
        H.append(("Received", "from %s\n (2603:1096:400:%s:cafe::%s) by TYCP286CA0%03d.outlook.office365.com\n (2603:1096:400:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via Frontend Transport; %s" % (
            fe, rhex(3), rhex(2), rng.randint(1, 999), rhex(3), rhex(2), rng.randint(10, 40), rfc(at + timedelta(seconds=1)))))
        if ar is not None:
            dk = ar["dkim"][0] if ar["dkim"] else None
            dks = "dkim=%s (%s)\n header.d=%s" % (dk[0], "signature was verified" if dk[0] == "pass" else "signature did not verify", dk[1]) if dk else "dkim=none (message not signed)\n header.d=none"
            comp = "pass reason=100" if ar["dmarc"] == "pass" else "fail reason=001"
            act = "none" if ar["dmarc"] == "pass" else ("quarantine" if ar["pol"] != "NONE" else "none")
            H.append(("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
                ar["spf"], s.ip, mf_dom, dks, ar["dmarc"], act, ar["from_dom"], comp)))
            H.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
                ar["spf"].capitalize(), mf_dom, s.ip, s.ip, s.helo)))
        H.append(("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via Frontend Transport; %s" % (
            s.host, s.ip, fe, rng.randint(1, 250), rng.randint(1, 250), rng.randint(10, 40), rfc(at))))
        H.append(("X-MS-Exchange-Organization-ExpirationStartTime", "%s" % at.strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)"))
        H.append(("X-MS-Exchange-Organization-Network-Message-Id", "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))))
        H.append(("X-MS-PublicTrafficType", "Email"))
        H.append(("X-Microsoft-Antispam", "BCL:0;ARA:%d|%d|%d;" % (rng.randint(10000, 99999), rng.randint(100, 999), rng.randint(1000000, 9999999))))
    elif provider in ("docomo", "au", "nifty"):
        at = arrive.astimezone(JST)
        mta = {"docomo": "mfsmax.docomo.ne.jp", "au": "mx-iu.auone.ezweb.ne.jp", "nifty": "mta-mx-ssl.nifty.com"}[provider]
        authid = {"docomo": "mfsmax.docomo.ne.jp", "au": "au.com", "nifty": "nifty.com"}[provider]
        inner = {"docomo": "dcmmwsl%02d.docomo.ne.jp" % rng.randint(1, 40), "au": "mtaout%02d.auone.ezweb.ne.jp" % rng.randint(1, 40), "nifty": "mta-snd%02d.nifty.com" % rng.randint(1, 20)}[provider]
        H.append(("Return-Path", "<%s>" % s.mailfrom))
        H.append(("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s" % (
            mta, inner, ralnum(10), to, rfc(at + timedelta(seconds=1)))))
        if ar is not None:
            parts = ["spf=%s smtp.mailfrom=%s" % (ar["spf"], s.mailfrom)]
            for r, dd, sel in ar["dkim"]:
                parts.append("dkim=%s header.d=%s header.s=%s" % (r, dd, sel))
            if not ar["dkim"]:
                parts.append("dkim=none")
            parts.append("dmarc=%s (p=%s) header.from=%s" % (ar["dmarc"], ar["pol"].lower(), ar["from_dom"]))
            H.append(("Authentication-Results", "%s;\n\t%s" % (authid, ";\n\t".join(parts))))
        if provider == "nifty":
            H.append(("Received", "from %s ([%s])\n          by %s with ESMTP\n          id <%s.%s@%s>\n          for <%s>; %s" % (
                s.host, s.ip, mta, at.strftime("%Y%m%d%H%M%S"), ralnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), mta, to, rfc(at))))
        else:
            H.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s" % (
                s.helo, s.host, s.ip, mta, ralnum(10), to, rfc(at))))
    elif provider == "icloud":
        at = arrive.astimezone(UTC)
        node = "p%02d-icloudmta-asmtp-us-west-%d%s-%d-percent-%d.p%02d-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-%d%s.k8s.cloud.apple.com" % (
            rng.randint(0, 99), rng.randint(1, 3), rng.choice("abc"), rng.randint(10, 99), rng.randint(0, 9), rng.randint(0, 99), rng.randint(1, 3), rng.choice("abc"))
        H.append(("Received", "from %s by\n p%02d-mailgateway-smtp-%s.icloud.com (mailgateway) with SMTPS id\n %s-%s-%s-%s-%s for %s; %s" % (
            node, rng.randint(0, 99), rhex(10), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), to, rfc(at + timedelta(seconds=1)))))
        if ar is not None:
            H.append(("Authentication-Results", "dmarc.icloud.com; dmarc=%s header.from=%s" % (ar["dmarc"], ar["from_dom"])))
            for r, dd, sel in ar["dkim"]:
                H.append(("Authentication-Results", "dkim-verifier.icloud.com; dkim=%s (2048-bit key)\n header.d=%s header.i=@%s header.b=%s" % (r, dd, dd, ralnum(8))))
            H.append(("Authentication-Results", "spf.icloud.com; spf=%s (spf.icloud.com: domain of %s\n designates %s as permitted sender) smtp.mailfrom=%s" % (ar["spf"], s.mailfrom, s.ip, s.mailfrom)))
            H.append(("Received-SPF", "%s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s" % (
                ar["spf"], s.mailfrom, s.ip, s.ip, s.helo, s.mailfrom)))
        H.append(("Received", "from %s (%s [%s])\n\tby %s (iCloud Mail Gateway) with ESMTPS id %s\n\tfor <%s>; %s" % (
            s.helo, s.host, s.ip, node[:40] + ".icloud.com", rhex(20), to, rfc(at))))
        H.append(("Return-Path", "<%s>" % s.mailfrom))
    elif provider == "none":
        # mail pulled by a local client via POP3 from a server that adds no auth results
        at = arrive.astimezone(JST)
        H.append(("Return-Path", "<%s>" % s.mailfrom))
        H.append(("Received", "from %s (%s [%s])\n\tby mx%02d.example-isp.ne.jp (8.15.2/8.15.2) with ESMTP id %s\n\tfor <%s>; %s" % (
            s.helo, s.host, s.ip, rng.randint(1, 9), ralnum(14), to, rfc(at))))
    if extra_top:
        H = extra_top + H
    if forged_ar:
        H.append(("Authentication-Results", forged_ar))
    return H


def _gmail_ar_body(ar):
    s = ar["src"]
    lines = []
    for r, dd, sel in ar["dkim"]:
        lines.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, dd, sel, ralnum(8)))
    if not ar["dkim"]:
        pass
    if ar["spf"] == "pass":
        lines.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (s.mailfrom, s.ip, s.mailfrom))
    else:
        lines.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (ar["spf"], s.mailfrom, s.ip, s.mailfrom))
    dm = ar["dmarc"]
    if dm == "pass":
        lines.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (ar["pol"], ar["pol"], ar["from_dom"]))
    elif dm == "none":
        pass
    else:
        lines.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dm, ar["pol"], ar["pol"], ar["pol"] if ar["pol"] != "NONE" else "NONE", ar["from_dom"]))
    return "       " + ";\n       ".join(lines)


def dkim_headers(src, d, heads=None):
    out = []
    for dd, sel in src.dkims:
        if dd == "sendgrid.info":
            out.append(("DKIM-Signature", dkim(dd, sel, unix(d), "from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to", c="relaxed/relaxed")))
        elif dd == "amazonses.com":
            out.append(("DKIM-Signature", dkim(dd, sel, unix(d), "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")))
        else:
            out.append(("DKIM-Signature", dkim(dd, sel, unix(d), heads or "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date")))
    return out


# ---------------------------------------------------------------- emit
def emit(slug, body, headers, kind, case_id, accts, sv, lang, top_cte=None):
    SEQ[0] += 1
    name = "%03d-%s.eml" % (SEQ[0], slug)
    ct = body["Content-Type"]
    cte = body["Content-Transfer-Encoding"]
    del body["Content-Type"]
    del body["Content-Transfer-Encoding"]
    del body["MIME-Version"]
    for k, v in headers:
        body[k] = v
    body["MIME-Version"] = "1.0"
    body["Content-Type"] = ct
    if cte:
        body["Content-Transfer-Encoding"] = cte
    # move the header block before any pre-existing headers (none left) -> fine
    data = body.as_bytes(policy=GEN_POLICY)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    norm = sorted(set(a.upper().replace(" ", "").replace("-", "") for a in accts))
    LABELS[name] = {"kind": kind, "case_id": case_id, "account_ids": norm, "sender_verified": sv, "language": lang}
    return name


def aws_headers(frm, to, subj, d, mid, src, extra=None, reply_to=None, feedback="1.us-east-1.%s=:AmazonSES", cc=None):
    h = dkim_headers(src, d)
    h += [("From", frm)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subj), ("Date", rfc(d.astimezone(UTC))), ("Message-ID", mid)]
    if extra:
        h += extra
    h.append(("Feedback-ID", feedback % rb64(33)[:44]))
    h.append(("X-SES-Outgoing", d.astimezone(UTC).strftime("%Y.%m.%d-") + src.ip))
    return h


# ---------------------------------------------------------------- personas
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWSN = "Amazon Web Services"

# P1 田中 健太 (docomo) — form case, 15 digits
P1 = dict(name="田中 健太", addr="kenta.tanaka.0712@docomo.ne.jp", open=dt(2025, 5, 27, 21, 14, 9))
P1["case"] = case15(P1["open"], "00815")
P1["old"], P1["keep"] = "AWS04829173", "AWS11937466"
P1["case2_open"] = dt(2025, 6, 3, 7, 48, 31)
P1["case2"] = case15(P1["case2_open"], "00342")
# P2 佐藤 美咲 (au) — console case 2023, 11 digits
P2 = dict(name="佐藤 美咲", addr="misaki.sato-88@au.com", open=dt(2023, 9, 12, 13, 5, 40), case="13652048917",
          old="AWS30571842", keep="AWS27719054")
# P3 鈴木 一郎 (nifty) — 2020, 10 digits
P3 = dict(name="鈴木 一郎", addr="ichiro-suzuki@nifty.com", open=dt(2020, 2, 18, 9, 22, 3), case="6842195073",
          old="AWS00918274", keep="AWS00716653")
# P4 山本 さくら (icloud) — console case, 15 digits, three accounts
P4 = dict(name="山本 さくら", addr="sakura.yamamoto.jp@icloud.com", open=dt(2025, 3, 11, 10, 2, 47))
P4["case"] = case15(P4["open"], "00422")
P4["a1"], P4["a2"], P4["keep"] = "AWS52018839", "AWS52240617", "AWS60193375"
# P5 高橋 翔 (gmail) — console case, machine-translated replies
P5 = dict(name="高橋 翔", addr="sho.takahashi.dev@gmail.com", open=dt(2025, 8, 19, 23, 40, 12))
P5["case"] = case15(P5["open"], "01276")
P5["old"], P5["keep"] = "AWS71420958", "AWS68830142"
# P6 伊藤 浩 (outlook.jp) — form case 2024
P6 = dict(name="伊藤 浩", addr="hiroshi_ito@outlook.jp", open=dt(2024, 11, 5, 9, 31, 55))
P6["case"] = case15(P6["open"], "00097")
P6["a"], P6["b"] = "AWS09384412", "AWS15567230"
# P7 中村 優子 (gmail) — form case 2025-10
P7 = dict(name="中村 優子", addr="yuko.nakamura.w@gmail.com", open=dt(2025, 10, 2, 18, 26, 44))
P7["case"] = case15(P7["open"], "00530")
P7["old"], P7["keep"] = "AWS44021379", "AWS39917502"
# P8 渡辺 亮 (docomo) — form case 2025-07, name mismatch
P8 = dict(name="渡辺 亮", addr="watanabe.ryo@docomo.ne.jp", open=dt(2025, 7, 8, 12, 3, 18))
P8["case"] = case15(P8["open"], "00614")
P8["a"], P8["b"] = "AWS25580731", "AWS25603318"
# P9 小林 大輔 (icloud) — form case 2025-01, English-speaking desk
P9 = dict(name="小林 大輔", addr="daisuke.kobayashi@icloud.com", open=dt(2025, 1, 14, 16, 55, 2))
P9["case"] = case15(P9["open"], "00188")
P9["old"], P9["keep"] = "AWS80264431", "AWS81105926"


def to_addr(p):
    return enc_name(p["name"], p["addr"])


# ==================================================================== MAILS
# ---------------------------------------------------------------- 001 P1 form ack (ja, iso-2022-jp)
d = P1["open"] + timedelta(seconds=74)
src, mid = ses_src(d)
body_txt = """田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

　ケース ID　　　：{case}
　お問い合わせ種別：認定 (Certification)
　詳細　　　　　　：アカウントの統合 (Account Merge)
　受付日時　　　　：2025年5月27日 21:14（日本時間）

　ご入力いただいた内容（抜粋）：
　　AWS 認定候補者 ID：{keep}
　　統合したいアカウント：{old}（旧勤務先のメールアドレスで作成）

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名の [CASE {case}] を変更せずに
本メールへご返信ください。同じご依頼で新たにお問い合わせを作成されますと、
ご案内までにお時間をいただく場合がございますので、あらかじめご了承ください。

※本メールはお問い合わせの受付を自動でお知らせするものです。

--------------------------------------------------
AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
--------------------------------------------------
""".format(case=P1["case"], keep=P1["keep"], old=P1["old"])
b = leaf(body_txt, charset="ISO-2022-JP", codec="iso2022_jp", cte="7bit")
subj = enc_subject("[CASE %s] AWS トレーニングと認定 お問い合わせ受付のお知らせ" % P1["case"], "iso-2022-jp")
h = trace("docomo", P1["addr"], d + timedelta(seconds=3), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P1["addr"], subj, d, mid, src)
emit("docomo-uketsuke", b, h, "case_created", P1["case"], [P1["keep"], P1["old"]], True, "ja")

# ---------------------------------------------------------------- 002 P4 console case opened (en template, ja correspondence)
d = P4["open"] + timedelta(seconds=21)
src, mid = ses_src(d)
plain = """Hello,

Thank you for contacting Amazon Web Services. We have opened case {case} to address your issue.

The details of your case are as follows:

Case ID: {case}
Subject: 認定アカウントが3つあるので1つにまとめたい
Severity: General question
Correspondence: お世話になっております。山本と申します。
AWS認定の受験のたびに別のメールアドレスでアカウントを作ってしまい、現在
{a1}、{a2}、{keep} の3つがあります。
{keep} を残して、他の2つをまとめていただくことは可能でしょうか。
よろしくお願いいたします。

We will respond to your case as soon as possible. You can view or update your case by signing in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
""".format(case=P4["case"], a1=P4["a1"], a2=P4["a2"], keep=P4["keep"])
html = html_wrap(
    '<p>Hello,</p>\n<p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your issue.</p>\n'
    '<p>The details of your case are as follows:</p>\n<table cellpadding="4" style="border-collapse:collapse;font-size:14px;">\n'
    '<tr><td style="color:#545b64;">Case ID:</td><td>%s</td></tr>\n<tr><td style="color:#545b64;">Subject:</td><td>認定アカウントが3つあるので1つにまとめたい</td></tr>\n'
    '<tr><td style="color:#545b64;">Severity:</td><td>General question</td></tr>\n'
    '<tr><td style="color:#545b64;vertical-align:top;">Correspondence:</td><td>お世話になっております。山本と申します。<br>AWS認定の受験のたびに別のメールアドレスでアカウントを作ってしまい、現在<br>%s、%s、%s の3つがあります。<br>%s を残して、他の2つをまとめていただくことは可能でしょうか。<br>よろしくお願いいたします。</td></tr>\n</table>\n'
    '<p>We will respond to your case as soon as possible. You can view or update your case by signing in to the '
    '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>\n'
    '<p style="font-size:12px;color:#687078;">Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.</p>\n'
    '<p>Sincerely,<br>Amazon Web Services</p>\n<p style="font-size:11px;color:#879596;">This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.</p>'
    % (P4["case"], P4["case"], P4["a1"], P4["a2"], P4["keep"], P4["keep"], P4["case"]), "Amazon Web Services Support", lang="en", font="Arial, sans-serif")
b = alt(leaf(plain, cte="quoted-printable", charset="UTF-8"), leaf(html, "html", cte="quoted-printable", charset="UTF-8"))
subj = "Amazon Web Services: You have opened a new Support case: %s" % P4["case"]
h = trace("icloud", P4["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P4["addr"], subj, d, mid, src)
emit("icloud-console-new", b, h, "case_created", P4["case"], [P4["a1"], P4["a2"], P4["keep"]], True, "en")

# ---------------------------------------------------------------- 003 P5 console case opened (ja template)
d = P5["open"] + timedelta(seconds=40)
src, mid = ses_src(d)
plain = """お客様

アマゾン ウェブ サービス (AWS) へお問い合わせいただきありがとうございます。
お客様のお問い合わせに対応するため、ケース {case} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {case}
件名: 認定アカウントの統合依頼
重要度: 一般的な質問
サービス: トレーニングと認定

できるだけ早く回答いたします。ケースの確認や返信の追加は、AWS サポートセンターにサインインして行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

このメールは送信専用アドレスから送信されています。このメールに返信されても対応できませんので、ご了承ください。

アマゾン ウェブ サービス
""".format(case=P5["case"])
html = html_wrap(txt2html(plain).replace("https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja" % P5["case"],
                 '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">AWS サポートセンター</a>' % P5["case"]), "AWS サポート")
b = alt(leaf(plain, charset="UTF-8"), leaf(html, "html", charset="UTF-8"))
subj = enc_subject("アマゾン ウェブ サービス: 新しいサポートケースを作成しました: %s" % P5["case"], "utf-8")
h = trace("gmail", P5["addr"], d + timedelta(seconds=1), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P5["addr"], subj, d, mid, src)
emit("gmail-console-sakusei", b, h, "case_created", P5["case"], [], True, "ja")

# ---------------------------------------------------------------- 004 P6 form ack bilingual (outlook)
d = P6["open"] + timedelta(seconds=55)
src, mid = ses_src(d)
plain = """伊藤 浩 様

※English follows Japanese.

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせ（ケース番号：{case}）を確かに承りました。

内容を確認し、担当者より順次ご返信いたします。通常、1 営業日以内にご連絡しておりますが、
混雑状況によってはお時間をいただく場合がございます。
本件に関するご連絡は、件名を変えずにこのメールへの返信でお送りください。

AWS トレーニングと認定 サポートチーム

------------------------------------------------------------

Dear Hiroshi Ito,

Thank you for reaching out to AWS Training and Certification. Your request has been
received and logged under case number {case}.

A member of our team will get back to you, normally within one business day.
To add information, simply reply to this e-mail and keep the case number in the subject line.

AWS Training and Certification Support
""".format(case=P6["case"])
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(txt2html(plain), "AWS T&C"), "html", charset="UTF-8", cte="quoted-printable"))
subj = enc_subject("[CASE %s] お問い合わせを受け付けました / We received your request" % P6["case"])
h = trace("outlook", P6["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P6["addr"], subj, d, mid, src)
emit("outlook-form-ack-bilingual", b, h, "case_created", P6["case"], [], True, "ja")

# ---------------------------------------------------------------- 005 P3 2020 form ack, English, no AR
d = P3["open"] + timedelta(minutes=2, seconds=11)
src, mid = ses_src(d)
plain = """Dear Ichiro Suzuki,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated reply to let you know that we have received your inquiry.
Your case number is {case}. Please reference this number in any future
correspondence about this request.

Inquiry type: Certification
Topic: Account merge
Candidate ID provided: {old}

Our support team will review your request and respond as soon as possible.
Responses are typically provided within 1 business day.

Regards,
AWS Training and Certification Customer Support
""".format(case=P3["case"], old=P3["old"])
b = leaf(plain, charset="us-ascii", cte="7bit")
subj = "[CASE %s] We have received your inquiry - AWS Training and Certification" % P3["case"]
h = trace("none", P3["addr"], d + timedelta(seconds=5), src)
h += [("From", '"AWS Training and Certification" <%s>' % FORM), ("To", P3["addr"]), ("Subject", subj), ("Date", rfc(d.astimezone(UTC))), ("Message-ID", mid)]
emit("nifty-2020-received", b, h, "case_created", P3["case"], [P3["old"]], None, "en")

# ---------------------------------------------------------------- 006 P2 2023 console case created (ja, Shift_JIS)
d = P2["open"] + timedelta(seconds=33)
src, mid = ses_src(d)
plain = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
ご連絡いただいた内容について、ケース {case} を作成いたしました。

■ケースの詳細
　ケース ID　：{case}
　件名　　　：認定のアカウントが2つある
　重要度　　：一般的なガイダンス
　カテゴリー：トレーニングと認定 ＞ 認定アカウント

担当者が確認次第、ご連絡いたします。
ケースの状況は AWS サポートセンターからご確認いただけます。
https://console.aws.amazon.com/support/home?#/case/?displayId={case}&language=ja

※本メールアドレスは送信専用のため、ご返信いただいても受信できません。
　ケースへの追記はサポートセンターから行ってください。

アマゾン ウェブ サービス
""".format(case=P2["case"])
b = leaf(plain, charset="Shift_JIS", codec="cp932", cte="base64")
subj = enc_subject("Amazon Web Services: 新しいサポートケースが作成されました: %s" % P2["case"], "shift_jis")
h = trace("au", P2["addr"], d + timedelta(seconds=4), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P2["addr"], subj, d, mid, src)
emit("au-2023-case-sakusei", b, h, "case_created", P2["case"], [], True, "ja")

# ---------------------------------------------------------------- 007 P7 form ack HTML-only (ja, QP)
d = P7["open"] + timedelta(seconds=48)
src, mid = ses_src(d)
inner = """<div style="border-bottom:3px solid #ff9900;padding-bottom:8px;margin-bottom:16px;"><span style="font-size:18px;font-weight:bold;">AWS トレーニングと認定</span></div>
<p>中村 優子 様</p>
<p>ご依頼を承りました。いただいた内容は担当窓口へ引き継がれ、<b>おおむね 1 営業日以内</b>を目安にご案内を差し上げます。</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;border-collapse:collapse;font-size:13px;">
<tr><th align="left" style="background:#fafafa;border:1px solid #d5dbdb;">受付番号</th><td style="border:1px solid #d5dbdb;">{case}</td></tr>
<tr><th align="left" style="background:#fafafa;border:1px solid #d5dbdb;">カテゴリ</th><td style="border:1px solid #d5dbdb;">AWS Certification &gt; Account Merge</td></tr>
<tr><th align="left" style="background:#fafafa;border:1px solid #d5dbdb;">受付日時</th><td style="border:1px solid #d5dbdb;">2025/10/02 18:26 JST</td></tr>
</table>
<p>ご返信の際は、件名の受付番号を消さずにそのままお送りください。同じ内容で再度フォームを送信されますと、別件として扱われ、ご案内が遅れる原因となります。</p>
<p style="font-size:12px;color:#687078;">このメールはシステムにより自動送信されています。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>""".format(case=P7["case"])
b = leaf(html_wrap(inner, "受付のお知らせ"), "html", charset="UTF-8", cte="quoted-printable")
subj = enc_subject("RE:[CASE %s] [AWS Training and Certification Form Submission] - 受付完了のお知らせ" % P7["case"])
h = trace("gmail", P7["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P7["addr"], subj, d, mid, src)
emit("gmail-form-uketsuke-html", b, h, "case_created", P7["case"], [], True, "ja")

# ---------------------------------------------------------------- 008 P1 second (duplicate) case ack, echo with full-width id
d = P1["case2_open"] + timedelta(seconds=62)
src, mid = ses_src(d)
plain = """田中 健太 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
以下のとおり新しいお問い合わせを受け付けました。

ケース ID：{case}

【お問い合わせ内容】
先週も同じ件で問い合わせたのですが返信がないので再度送ります。
ＡＷＳ０４８２９１７３ のアカウントを AWS11937466 に統合してください。

担当者より追ってご連絡いたします。件名を変更せずにこのメールへご返信いただくと、
本ケースに追記されます。

AWS トレーニングと認定 カスタマーサポート
""".format(case=P1["case2"])
b = leaf(plain, charset="UTF-8", cte="8bit")
subj = enc_subject("[CASE %s] AWS トレーニングと認定 お問い合わせ受付のお知らせ" % P1["case2"], "utf-8")
h = trace("docomo", P1["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P1["addr"], subj, d, mid, src)
emit("docomo-uketsuke-2", b, h, "case_created", P1["case2"], ["AWS04829173", "AWS11937466"], True, "ja")


# ================================================================ confirmation requests
FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- 009 P1 keigo confirmation, plain table, iso-2022-jp
d = dt(2025, 5, 29, 14, 5, 37)
src, mid = ses_src(d)
user_q = """森様

ご連絡ありがとうございます。各アカウントのログイン用メールアドレスは以下のとおりです。

AWS04829173 → k.tanaka@hokuto-sys.co.jp（旧勤務先、現在は受信できません）
AWS11937466 → kenta.tanaka.0712@docomo.ne.jp

残したいのは AWS11937466 の方です。
よろしくお願いいたします。

田中

2025年5月28日(水) 10:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 田中 健太 様
>
> AWS トレーニングと認定 カスタマーサポートの森でございます。
> 恐れ入りますが、各アカウントのログイン用メールアドレスをお知らせいただけますでしょうか。
"""
body_txt = """田中 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの森でございます。

各アカウントのログイン用メールアドレスをお知らせくださり、ありがとうございました。
頂戴した情報をもとに確認いたしましたところ、以下の 2 アカウントはいずれも
田中様ご本人のものと判断いたしました。統合の内容は下記のとおりでございます。

【統合内容】
┌────┬─────────┬─────────────────────┬───────┐
│区分　　│候補者 ID　　　　 │ログイン用メールアドレス　　　　　　　　　 │統合後　　　　│
├────┼─────────┼─────────────────────┼───────┤
│統合元　│AWS04829173　　　 │k.tanaka@hokuto-sys.co.jp　　　　　　　　 │無効化　　　　│
│統合先　│AWS11937466　　　 │kenta.tanaka.0712@docomo.ne.jp　　　　　　│存続　　　　　│
└────┴─────────┴─────────────────────┴───────┘

統合元アカウントに登録されている認定資格、受験履歴、特典（50% 割引バウチャー等）は
統合先アカウントへ移行され、統合元アカウントへはログインできなくなります。
また、統合後に元の状態へ戻すことはいたしかねますので、あらかじめご了承くださいませ。

上記の内容でお間違いがなければ、本メールにご返信いただき、
統合の実施にご同意いただける旨をお知らせいただけますでしょうか。
ご返信を確認いたしましたら、速やかに作業を開始させていただきます。

何卒よろしくお願い申し上げます。

森 千尋
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

-----Original Message-----
From: 田中 健太 <kenta.tanaka.0712@docomo.ne.jp>
Sent: 2025年5月28日 22:40
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

""".format(case=P1["case"]) + user_q
b = leaf(body_txt, charset="ISO-2022-JP", codec="iso2022_jp", cte="7bit")
subj = FORM_SUBJ % P1["case"]
h = trace("docomo", P1["addr"], d + timedelta(seconds=3), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P1["addr"], subj, d, mid, src)
emit("docomo-form-reply-hyou", b, h, "merge_confirmation_requested", P1["case"], [P1["old"], P1["keep"]], True, "ja")

# ---------------------------------------------------------------- 010 P4 three accounts, HTML table (console reply)
d = dt(2025, 3, 12, 11, 47, 5)
src, mid = ses_src(d)
rows = [(P4["a1"], "sakura.y@keio-alumni.jp", "2019年", "統合元"), (P4["a2"], "s.yamamoto@tri-net.co.jp", "2021年", "統合元"),
        (P4["keep"], "sakura.yamamoto.jp@icloud.com", "2024年", "統合先（存続）")]
plain = """山本 さくら 様

AWS サポートの井上と申します。お問い合わせいただきありがとうございます。

3 つの認定アカウントの統合について、以下の内容で承ります。

  No. | 候補者 ID   | 登録メールアドレス            | 作成 | 統合後
  ----+-------------+-------------------------------+------+----------------
""" + "".join("  %d   | %s | %-29s | %s | %s\n" % (i + 1, r[0], r[1], r[2], r[3]) for i, r in enumerate(rows)) + """
{a1} と {a2} の認定・受験履歴はすべて {keep} に集約されます。
統合後は元に戻せません（分割はできません）のでご注意ください。

この内容で進めてよろしければ、サポートセンターから本ケースに「同意します」とご返信ください。
内容に誤りがある場合は、正しい候補者 ID をお知らせください。

よろしくお願いいたします。

井上
Amazon Web Services

このメールへの返信は受け付けておりません。ケースへのご返信は以下のリンクから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja
""".format(a1=P4["a1"], a2=P4["a2"], keep=P4["keep"], case=P4["case"])
trs = "".join(
    '<tr><td style="border:1px solid #d5dbdb;padding:6px;">%d</td><td style="border:1px solid #d5dbdb;padding:6px;font-family:Menlo,monospace;">%s</td>'
    '<td style="border:1px solid #d5dbdb;padding:6px;">%s</td><td style="border:1px solid #d5dbdb;padding:6px;">%s</td><td style="border:1px solid #d5dbdb;padding:6px;%s">%s</td></tr>\n'
    % (i + 1, r[0], r[1], r[2], "font-weight:bold;" if i == 2 else "", r[3]) for i, r in enumerate(rows))
inner = ("<p>山本 さくら 様</p><p>AWS サポートの井上と申します。お問い合わせいただきありがとうございます。</p>"
         "<p>3 つの認定アカウントの統合について、以下の内容で承ります。</p>"
         '<table cellspacing="0" style="border-collapse:collapse;font-size:13px;"><tr style="background:#eaeded;">'
         '<th style="border:1px solid #d5dbdb;padding:6px;">No.</th><th style="border:1px solid #d5dbdb;padding:6px;">候補者 ID</th>'
         '<th style="border:1px solid #d5dbdb;padding:6px;">登録メールアドレス</th><th style="border:1px solid #d5dbdb;padding:6px;">作成</th>'
         '<th style="border:1px solid #d5dbdb;padding:6px;">統合後</th></tr>\n' + trs + "</table>"
         "<p>%s と %s の認定・受験履歴はすべて %s に集約されます。<br><b>統合後は元に戻せません（分割はできません）</b>のでご注意ください。</p>"
         "<p>この内容で進めてよろしければ、サポートセンターから本ケースに「同意します」とご返信ください。<br>内容に誤りがある場合は、正しい候補者 ID をお知らせください。</p>"
         "<p>よろしくお願いいたします。</p><p>井上<br>Amazon Web Services</p>"
         '<hr><p style="font-size:12px;color:#687078;">このメールへの返信は受け付けておりません。ケースへのご返信は<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">こちら</a>から行ってください。</p>'
         % (P4["a1"], P4["a2"], P4["keep"], P4["case"]))
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(inner, "AWS Support"), "html", charset="UTF-8", cte="quoted-printable"))
subj = enc_subject("RE:[CASE %s] 認定アカウントが3つあるので1つにまとめたい" % P4["case"])
h = trace("icloud", P4["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P4["addr"], subj, d, mid, src)
emit("icloud-console-reply-table", b, h, "merge_confirmation_requested", P4["case"], [P4["a1"], P4["a2"], P4["keep"]], True, "ja")

# ---------------------------------------------------------------- 011 P5 machine-translated ja confirmation
d = dt(2025, 8, 21, 3, 12, 44)
src, mid = ses_src(d)
plain = """こんにちは高橋 翔さん、

AWS サポートにご連絡いただきありがとうございます。私の名前は Ravi で、今日はあなたのケースを支援します。

私はあなたの要求を調査し、あなたが2つの認定アカウントを持っていることを見つけました:

- AWS 71420958 (メール: sho.t@outlook.com)
- AWS 68830142 (メール: sho.takahashi.dev@gmail.com)

私たちは AWS 71420958 を AWS 68830142 にマージします。マージの後、AWS 68830142 がプライマリアカウントとして残り、AWS 71420958 は閉じられます。すべての認定とバッジはプライマリアカウントに移動されます。

マージは元に戻すことができないことに注意してください。

上記の詳細が正しいことを確認するために、このケースに返信してください。あなたの確認を受け取った後、私たちはマージを進めます。

よい一日を!

よろしくお願いします、
Ravi K.
アマゾン ウェブ サービス

===================================================================
このやり取りを評価するには、以下のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja
===================================================================
""".format(case=P5["case"])
b = leaf(plain, charset="UTF-8", cte="base64")
subj = enc_subject("RE:[CASE %s] 認定アカウントの統合依頼" % P5["case"])
h = trace("gmail", P5["addr"], d + timedelta(seconds=1), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P5["addr"], subj, d, mid, src)
emit("gmail-console-honyaku", b, h, "merge_confirmation_requested", P5["case"], [P5["old"], P5["keep"]], True, "ja")

# ---------------------------------------------------------------- 012 P2 2023 Shift_JIS list, AWS-xxxxxxxx
d = dt(2023, 9, 13, 16, 20, 9)
src, mid = ses_src(d)
plain = """佐藤 美咲 様

お世話になっております。AWS サポートの木村でございます。
認定アカウントの統合についてお問い合わせいただき、ありがとうございます。

お調べしましたところ、佐藤様の認定アカウントは次の 2 件でございました。

　・AWS-30571842（2019年作成／旧姓「高田 美咲」で登録）
　・AWS-27719054（2016年作成／現在のお名前で登録）

ご依頼に基づき、AWS-30571842 を AWS-27719054 へ統合し、AWS-27719054 を残す形で
手続きを進める予定でございます。統合後は AWS-30571842 ではサインインできなくなり、
この操作は取り消すことができません。

つきましては、上記の内容で統合を実施してよろしいか、本ケースにてご確認のお返事を
頂戴できますと幸いでございます。

どうぞよろしくお願いいたします。

木村
アマゾン ウェブ サービス

このメールは送信専用です。ご返信はサポートセンターの本ケースからお願いいたします。
https://console.aws.amazon.com/support/home?#/case/?displayId={case}&language=ja
""".format(case=P2["case"])
b = leaf(plain, charset="Shift_JIS", codec="cp932", cte="base64")
subj = enc_subject("RE:[CASE %s] 認定のアカウントが2つある" % P2["case"], "shift_jis")
h = trace("au", P2["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P2["addr"], subj, d, mid, src)
emit("au-2023-reply-kakunin", b, h, "merge_confirmation_requested", P2["case"], [P2["old"], P2["keep"]], True, "ja")

# ---------------------------------------------------------------- 013 P3 2020 English, non-native, lower-case ids
d = dt(2020, 2, 21, 19, 3, 51)
src, mid = ses_src(d)
prev = """Dear Priya-san,

The reason is I changed company in 2018 and could not login old account because the
e-mail is company one. So I made new account and took SAA exam again.

Best regards,
Ichiro Suzuki
"""
plain = """Hello Ichiro,

Greetings from AWS Training and Certification!

Thank you for sharing the reason, this is much helpful. I have checked both the
accounts from our side and below is the summary of the request:

Account to be merged (will be closed) : aws00918274 - ichiro.suzuki@sakura-denki.co.jp
Account to be retained                 : aws00716653 - ichiro-suzuki@nifty.com

Kindly note that once the accounts are merged it is not possible to revert back,
and all the certification history of aws00918274 will be shown under aws00716653 only.

Request you to kindly revert on this email confirming the above details are correct
so that we can go ahead with the merge.

Thanks & Regards,
Priya S.
AWS Training and Certification Customer Support

----- Original Message -----
From: Ichiro Suzuki <ichiro-suzuki@nifty.com>
Date: Thu, 20 Feb 2020 23:18:42 +0900
Subject: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

""".format(case=P3["case"]) + prev
b = leaf(plain, charset="us-ascii", cte="7bit")
subj = FORM_SUBJ % P3["case"]
h = trace("nifty", P3["addr"], d + timedelta(seconds=4), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P3["addr"], subj, d, mid, src)
emit("nifty-2020-form-reply", b, h, "merge_confirmation_requested", P3["case"], [P3["old"], P3["keep"]], True, "en")

# ---------------------------------------------------------------- 014 P6 outlook, "AWS 0938..." spacing, outlook quote block
d = dt(2024, 11, 7, 10, 41, 16)
src, mid = ses_src(d)
plain = """伊藤 浩 様

AWS トレーニングと認定 サポートの佐々木です。
残すアカウントについてご回答いただき、ありがとうございました。

ご指定に従い、以下のとおり統合いたします。

  1. 統合されるアカウント： AWS 09384412（hito@kansai-denshi.co.jp）
  2. 残るアカウント　　　： AWS 15567230（hiroshi_ito@outlook.jp）

AWS 09384412 の認定資格（CLF-C02、SAA-C03）は AWS 15567230 に表示されるようになります。
一度統合すると元に戻すことはできませんので、念のため最終のご確認をお願いいたします。

上記でよろしければ「上記内容で統合をお願いします」とこのメールにご返信ください。
ご返信をいただいてから作業に着手いたします。

佐々木 彩
AWS トレーニングと認定 カスタマーサポート

________________________________
差出人: 伊藤 浩 <hiroshi_ito@outlook.jp>
送信日時: 2024年11月6日 21:03
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

佐々木様

お世話になっております。伊藤です。
残したいのは AWS15567230（outlook.jp のほう）です。
よろしくお願いします。

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2024年11月6日 11:20
宛先: hiroshi_ito@outlook.jp
件名: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

伊藤 浩 様
どちらのアカウントを残すご希望か、お知らせいただけますでしょうか。
""".format(case=P6["case"])
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html_wrap(txt2html(plain), "RE"), "html", charset="UTF-8", cte="base64"))
subj = FORM_SUBJ % P6["case"]
h = trace("outlook", P6["addr"], d + timedelta(seconds=3), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P6["addr"], subj, d, mid, src)
emit("outlook-form-reply-saishu", b, h, "merge_confirmation_requested", P6["case"], [P6["a"], P6["b"]], True, "ja")

# ---------------------------------------------------------------- 015 phishing look-alike (ja), about the merge, masked id
d = dt(2025, 7, 10, 8, 31, 2)
ph = gen_src("mail.aws-certification-jp.com", "185.213.27.%d" % rng.randint(2, 250), "bounce@aws-certification-jp.com", [("aws-certification-jp.com", "default")])
plain = """渡辺 亮 様

いつも AWS をご利用いただきありがとうございます。
AWS トレーニングと認定 アカウント統合センターです。

お客様よりご依頼いただいた認定アカウントの統合につきまして、最終確認が完了しておりません。
以下の統合内容をご確認のうえ、48時間以内に専用ページより本人確認と同意手続きを行ってください。

　統合元アカウント：AWS2558****
　統合先アカウント：watanabe.ryo@docomo.ne.jp に紐づくアカウント

▼統合内容の確認・同意はこちら
https://aws-certification-jp.com/merge/confirm?u=watanabe.ryo%40docomo.ne.jp&t=8d1f2c

期限内にご確認いただけない場合、両方のアカウントが一時的に停止され、
保有されている認定資格が失効する可能性がございます。

※本メールは送信専用です。

AWS トレーニングと認定 アカウント統合センター
"""
html_inner = txt2html(plain).replace("https://aws-certification-jp.com/merge/confirm?u=watanabe.ryo%40docomo.ne.jp&amp;t=8d1f2c",
                                      '<a href="https://aws-certification-jp.com/merge/confirm?u=watanabe.ryo%40docomo.ne.jp&amp;t=8d1f2c" style="display:inline-block;background:#ff9900;color:#fff;padding:10px 24px;text-decoration:none;border-radius:2px;">統合内容を確認する</a>')
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html_wrap(html_inner, "重要"), "html", charset="UTF-8", cte="base64"), style="other")
subj = enc_subject("【重要】AWS認定アカウント統合の最終確認のお願い（48時間以内）")
h = trace("docomo", P8["addr"], d + timedelta(seconds=6), ph, ar_items(ph, "aws-certification-jp.com", pol="NONE"))
h += dkim_headers(ph, d)
h += [("From", enc_name("AWS トレーニングと認定", "support@aws-certification-jp.com")), ("To", P8["addr"]), ("Subject", subj),
      ("Date", rfc(d)), ("Message-ID", "<%s@aws-certification-jp.com>" % ralnum(20)), ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
emit("docomo-kakunin-onegai", b, h, "merge_confirmation_requested", None, [], False, "ja")

# ---------------------------------------------------------------- 016 phishing spoofing amazon.com, gmail dmarc=fail, forged lower AR
d = dt(2025, 10, 4, 6, 55, 30)
ph = gen_src("vps-7721.hostkey-cloud.net", "91.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "www-data@vps-7721.hostkey-cloud.net", [])
fake_case = "1759512906" + "04417"
plain = """Dear Customer 中村 優子 様

お客様のアカウント統合のリクエストを受け付けました。
統合を実行する前に、お客様ご本人による承認が必要となります。
以下の AWS 認定アカウントが統合されます:

    Source account : yuko.n@fujimoto-shoji.co.jp
    Target account : yuko.nakamura.w@gmail.com  (このアカウントが残ります)

統合を承認するには、24時間以内に下記のリンクからサインインしてください。

    https://aws-trainingcertification-form.support-case-review.com/confirm?case={fc}

承認がない場合、お客様の認定記録は完全に削除される可能性があります。

よろしくお願いします。
AWS Training and Certification
""".format(fc=fake_case)
b = leaf(plain, charset="UTF-8", cte="quoted-printable")
subj = enc_subject("RE:[CASE %s] アカウント統合の承認が必要です / Merge approval required" % fake_case)
forged = "amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com"
h = trace("gmail", P7["addr"], d + timedelta(seconds=9), ph, ar_items(ph, "amazon.com", spf="fail", dkim_res=[], dmarc="fail"), forged_ar=forged)
h += [("From", '"Amazon Web Services" <%s>' % FORM), ("To", P7["addr"]), ("Subject", subj), ("Date", rfc(d.astimezone(UTC))),
      ("Message-ID", "<%s.%d@vps-7721.hostkey-cloud.net>" % (rhex(16), unix(d))), ("X-Priority", "1 (Highest)")]
emit("gmail-merge-approval", b, h, "merge_confirmation_requested", fake_case, [], False, "ja")

# ---------------------------------------------------------------- 017 P7 confirmation plus a side question about Credly
d = dt(2025, 10, 3, 15, 9, 58)
src, mid = ses_src(d)
plain = """中村 優子 様

AWS トレーニングと認定 カスタマーサポートの小野寺でございます。
お問い合わせいただきありがとうございます。

ご依頼のアカウント統合につきまして、当方で確認した内容は以下のとおりです。

　■ 統合後に残るアカウント：{keep}（yuko.nakamura.w@gmail.com）
　■ 統合されて閉鎖されるアカウント：{old}（yuko.n@fujimoto-shoji.co.jp）

※統合後の取り消しはできかねます。

上記で相違がないか、ご確認をお願いいたします。問題がなければ、
このメールへの返信にて「統合を了承します」とお知らせください。

あわせて、Credly のデジタルバッジについてもお伺いいたします。
旧アカウントで取得されたバッジを、統合後に新しいアカウント側の Credly に
移す必要はございますか。必要な場合は、Credly に登録されているメールアドレスも
お知らせいただけますと、同時に手配いたします。

以上、ご確認のほどよろしくお願い申し上げます。

小野寺 舞
AWS トレーニングと認定 カスタマーサポート
""".format(keep=P7["keep"], old=P7["old"])
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(txt2html(plain), "RE"), "html", charset="UTF-8", cte="quoted-printable"))
subj = FORM_SUBJ % P7["case"]
h = trace("gmail", P7["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P7["addr"], subj, d, mid, src)
emit("gmail-form-reply-credly-q", b, h, "merge_confirmation_requested", P7["case"], [P7["keep"], P7["old"]], True, "ja")

# ---------------------------------------------------------------- 018 P9 English confirmation, quotes iPhone ja reply header
d = dt(2025, 1, 16, 10, 2, 27)
src, mid = ses_src(d)
plain = """Hello Daisuke,

Thank you for the information. I was able to locate both profiles using the e-mail
addresses you provided.

Here is what we are going to do, please read it carefully:

  * AWS80264431 (d.kobayashi@minato-tech.jp) will be merged INTO
  * AWS81105926 (daisuke.kobayashi@icloud.com), which will be the surviving account.

After the merge, your exam history and active certifications from AWS80264431 will
appear under AWS81105926, and you will no longer be able to sign in with the
minato-tech.jp address. Please be aware that this action is permanent.

Could you reply to this e-mail to confirm that the above is correct? We will not
make any change to your accounts until we hear back from you.

Best regards,
Hannah
AWS Training and Certification

2025/01/15 9:12、小林大輔 <daisuke.kobayashi@icloud.com>のメール:

> Hi Hannah,
>
> The old one is d.kobayashi@minato-tech.jp and the new one is this icloud address.
> Thank you.
>
> iPhoneから送信
>
>> 2025/01/15 1:37、Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>のメール:
>>
>> Hello Daisuke,
>> Could you please provide the e-mail address used to sign in to each account?
"""
b = leaf(plain, charset="UTF-8", cte="8bit")
subj = FORM_SUBJ % P9["case"]
h = trace("icloud", P9["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P9["addr"], subj, d, mid, src)
emit("icloud-form-reply-en", b, h, "merge_confirmation_requested", P9["case"], [P9["old"], P9["keep"]], True, "en")


# ================================================================ merge completed
# ---------------------------------------------------------------- 019 P1 completion, cert list, ja quote header with nested > >
d = dt(2025, 6, 4, 11, 20, 48)
src, mid = ses_src(d)
plain = """田中 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの森でございます。
お待たせいたしまして、大変申し訳ございませんでした。

ご依頼いただいておりました認定アカウントの統合作業が、本日すべて終了いたしましたので
ご報告申し上げます。現在の状態は以下のとおりでございます。

【作業結果】
　・存続アカウント：{keep}（kenta.tanaka.0712@docomo.ne.jp）
　・統合元アカウント：{old} → 無効化済み

【{keep} に表示される認定資格】
　認定名　　　　　　　　　　　　　　　　　　　　　認定番号　　　　　　　有効期限
　AWS Certified Cloud Practitioner　　　　　　　　 F2Q8KX1LJBE4QW3S　　2026/08/30
　AWS Certified Solutions Architect - Associate　　 7VN2R9CLD1E4Q5XM　　2027/02/14

お手数ではございますが、CertMetrics（AWS 認定アカウント）にサインインのうえ、
上記の認定資格および受験特典が正しく表示されていることをご確認くださいませ。
Credly のバッジにつきましては、反映までに数日ほどかかる場合がございます。

なお、同じご依頼で 6月3日に作成いただいたケース {case2} につきましては、
本ケースに集約のうえクローズさせていただいております。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

森 千尋
AWS トレーニングと認定 カスタマーサポート

2025年5月30日(金) 8:02 田中 健太 <kenta.tanaka.0712@docomo.ne.jp>:

> 森様
>
> 内容に相違ありません。統合を進めてください。
> The details are correct. Please proceed with the merge.
>
> 田中
>
> 2025年5月29日(木) 14:05 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 田中 健太 様
> >
> > 【統合内容】
> > 統合元　AWS04829173　k.tanaka@hokuto-sys.co.jp　　無効化
> > 統合先　AWS11937466　kenta.tanaka.0712@docomo.ne.jp　存続
> >
> > 上記の内容でお間違いがなければ、本メールにご返信いただき、
> > 統合の実施にご同意いただける旨をお知らせいただけますでしょうか。
""".format(keep=P1["keep"], old=P1["old"], case2=P1["case2"])
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(txt2html(plain), "RE"), "html", charset="UTF-8", cte="quoted-printable"))
subj = FORM_SUBJ % P1["case"]
h = trace("docomo", P1["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P1["addr"], subj, d, mid, src)
emit("docomo-form-reply-kekka", b, h, "merge_completed", P1["case"], [P1["keep"], P1["old"]], True, "ja")

# ---------------------------------------------------------------- 020 P4 completion, HTML result table (console)
d = dt(2025, 3, 14, 9, 58, 12)
src, mid = ses_src(d)
res = [(P4["a1"], "統合済み（サインイン不可）", "—"), (P4["a2"], "統合済み（サインイン不可）", "—"),
       (P4["keep"], "有効", "CLF-C02 / SAA-C03 / DVA-C02")]
plain = """山本 さくら 様

AWS サポートの井上です。ご同意のご連絡ありがとうございました。

3 つのアカウントを 1 つにまとめる作業を実施いたしました。結果は以下のとおりです。

  候補者 ID     状態                          保有認定
  -----------   ---------------------------   ---------------------------
""" + "".join("  %s   %s   %s\n" % r for r in res) + """
今後は {keep}（sakura.yamamoto.jp@icloud.com）でサインインしてください。
認定の有効期限や受験特典も {keep} 側でご確認いただけます。

ほかにご不明な点がございましたら、本ケースにてお知らせください。

井上
Amazon Web Services

本件へのご返信は次のリンクからお願いします:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja
""".format(keep=P4["keep"], case=P4["case"])
trs = "".join('<tr><td style="border:1px solid #d5dbdb;padding:6px;font-family:Menlo,monospace;">%s</td><td style="border:1px solid #d5dbdb;padding:6px;">%s</td><td style="border:1px solid #d5dbdb;padding:6px;">%s</td></tr>\n' % r for r in res)
inner = ("<p>山本 さくら 様</p><p>AWS サポートの井上です。ご同意のご連絡ありがとうございました。</p><p>3 つのアカウントを 1 つにまとめる作業を実施いたしました。結果は以下のとおりです。</p>"
         '<table cellspacing="0" style="border-collapse:collapse;font-size:13px;"><tr style="background:#eaeded;"><th style="border:1px solid #d5dbdb;padding:6px;">候補者 ID</th>'
         '<th style="border:1px solid #d5dbdb;padding:6px;">状態</th><th style="border:1px solid #d5dbdb;padding:6px;">保有認定</th></tr>\n' + trs + "</table>"
         "<p>今後は <b>%s</b>（sakura.yamamoto.jp@icloud.com）でサインインしてください。<br>認定の有効期限や受験特典も %s 側でご確認いただけます。</p>"
         "<p>ほかにご不明な点がございましたら、本ケースにてお知らせください。</p><p>井上<br>Amazon Web Services</p>"
         '<hr><p style="font-size:12px;color:#687078;">本件へのご返信は<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">こちら</a>からお願いします。</p>') % (P4["keep"], P4["keep"], P4["case"])
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html_wrap(inner, "AWS Support"), "html", charset="UTF-8", cte="quoted-printable"))
subj = enc_subject("RE:[CASE %s] 認定アカウントが3つあるので1つにまとめたい" % P4["case"])
h = trace("icloud", P4["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P4["addr"], subj, d, mid, src)
emit("icloud-console-reply-kekka", b, h, "merge_completed", P4["case"], [P4["a1"], P4["a2"], P4["keep"]], True, "ja")

# ---------------------------------------------------------------- 021 P5 machine-translated completion
d = dt(2025, 8, 23, 2, 41, 19)
src, mid = ses_src(d)
plain = """こんにちは高橋 翔さん、

あなたの確認をありがとうございました。

私はあなたのアカウント AWS 71420958 が AWS 68830142 に正常にマージされたことをお知らせすることを嬉しく思います。すべての認定と試験の履歴は、現在 AWS 68830142 で利用可能です。

変更が認定アカウントに反映されるまで、最大24時間かかる場合があります。あなたが他の質問を持っている場合は、私たちに知らせてください。

よい一日を!

よろしくお願いします、
Ravi K.
アマゾン ウェブ サービス

===================================================================
このやり取りを評価するには、以下のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja
===================================================================
""".format(case=P5["case"])
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html_wrap(txt2html(plain), "AWS"), "html", charset="UTF-8", cte="base64"))
subj = enc_subject("RE:[CASE %s] 認定アカウントの統合依頼" % P5["case"])
h = trace("gmail", P5["addr"], d + timedelta(seconds=1), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P5["addr"], subj, d, mid, src)
emit("gmail-console-honyaku-2", b, h, "merge_completed", P5["case"], [P5["old"], P5["keep"]], True, "ja")

# ---------------------------------------------------------------- 022 P2 2023 completion, Shift_JIS label with cp932-only chars
d = dt(2023, 9, 22, 14, 2, 33)
src, mid = ses_src(d)
plain = """佐藤 美咲 様

お世話になっております。AWS サポートの木村でございます。
ご確認のお返事をいただき、誠にありがとうございました。

ご依頼の統合手続きが完了いたしましたので、ご案内申し上げます。

　① AWS-30571842 の認定履歴を AWS-27719054 へ移行しました。
　② AWS-30571842 は無効となり、今後はサインインできません。
　③ 認定資格の表示名は現在のお名前「佐藤 美咲」に統一されています。

Credly のバッジは、数日以内に AWS-27719054 に登録されているメールアドレス宛てに
改めて発行のご案内が届く予定です。

ご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。

木村
アマゾン ウェブ サービス

このメールは送信専用です。ご返信はサポートセンターの本ケースからお願いいたします。
https://console.aws.amazon.com/support/home?#/case/?displayId={case}&language=ja
""".format(case=P2["case"])
b = leaf(plain, charset="Shift_JIS", codec="cp932", cte="8bit")
subj = enc_subject("RE:[CASE %s] 認定のアカウントが2つある" % P2["case"], "shift_jis")
h = trace("au", P2["addr"], d + timedelta(seconds=3), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P2["addr"], subj, d, mid, src)
emit("au-2023-reply-kanryo", b, h, "merge_completed", P2["case"], [P2["old"], P2["keep"]], True, "ja")

# ---------------------------------------------------------------- 023 P3 2020 completion, English non-native, no AR
d = dt(2020, 2, 24, 13, 47, 2)
src, mid = ses_src(d)
plain = """Hello Ichiro,

Hope you are doing well!

This is to inform you that the merge of your accounts has been successfully done.
Your certification history is now available under the account aws00716653 and the
account aws00918274 is deactivated.

Please login to https://www.certmetrics.com/amazon/ with ichiro-suzuki@nifty.com to
verify the same. Your AWS Certified Solutions Architect - Associate (validation number
is shown in the certification tab) should be visible in the account.

Have a nice day ahead!

Thanks & Regards,
Priya S.
AWS Training and Certification Customer Support

-----Original Message-----
From: Ichiro Suzuki [mailto:ichiro-suzuki@nifty.com]
Sent: Saturday, February 22, 2020 8:15 AM
To: AWS Training and Certification
Subject: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

Dear Priya-san,

Yes, the details are correct. Please proceed with the merge.

Ichiro Suzuki
""".format(case=P3["case"])
b = leaf(plain, charset="us-ascii", cte="7bit")
subj = FORM_SUBJ % P3["case"]
h = trace("none", P3["addr"], d + timedelta(seconds=5), src)
h += [("From", '"Amazon Web Services" <%s>' % FORM), ("To", P3["addr"]), ("Subject", subj), ("Date", rfc(d.astimezone(UTC))), ("Message-ID", mid)]
emit("nifty-2020-form-reply-done", b, h, "merge_completed", P3["case"], [P3["keep"], P3["old"]], None, "en")

# ---------------------------------------------------------------- 024 P6 completion that also closes the case
d = dt(2024, 11, 8, 17, 33, 40)
src, mid = ses_src(d)
plain = """伊藤 浩 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。

ご返信ありがとうございました。お知らせいただいた内容のとおり、
AWS 09384412 のアカウントを AWS 15567230 に統合する処理を行い、正常に反映されたことを確認いたしました。
以後は hiroshi_ito@outlook.jp でサインインのうえ、認定資格をご確認ください。

ご依頼の件はこれで対応完了となりますので、本ケースはクローズさせていただきます。
後ほど、対応品質に関するアンケートのご案内が届きますので、ご協力いただけますと幸いです。

佐々木 彩
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 伊藤 浩 <hiroshi_ito@outlook.jp>
Sent: Thursday, November 7, 2024 7:55 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

佐々木様

上記内容で統合をお願いします。

伊藤
""".format(case=P6["case"])
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(txt2html(plain), "RE"), "html", charset="UTF-8", cte="quoted-printable"))
subj = FORM_SUBJ % P6["case"]
h = trace("outlook", P6["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P6["addr"], subj, d, mid, src)
emit("outlook-form-reply-close", b, h, "merge_completed", P6["case"], [P6["a"], P6["b"]], True, "ja")

# ---------------------------------------------------------------- 025 P8 completion (after identity check), iso-2022-jp
d = dt(2025, 7, 14, 16, 8, 5)
src, mid = ses_src(d)
plain = """渡辺 亮 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
本人確認書類をご提出いただき、誠にありがとうございました。

確認が取れましたので、ご依頼どおり aws25580731 の登録情報を
AWS 25603318 へ移し、2 つのアカウントを一本化いたしました。
aws25580731 は今後ご利用いただけません。

また、氏名の表記は「渡辺 亮」に統一しております。
認定証の PDF は新しい表記で再発行されておりますので、必要に応じて
認定アカウントからダウンロードしてください。

ご不便をおかけいたしましたことをお詫び申し上げます。
引き続きどうぞよろしくお願いいたします。

山口 恵
AWS トレーニングと認定 カスタマーサポート

----- 元のメッセージ -----
差出人: 渡辺 亮 <watanabe.ryo@docomo.ne.jp>
日時: 2025/07/11 (金) 21:40
件名: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

山口様
運転免許証の画像を添付します。確認をお願いします。
""".format(case=P8["case"])
b = leaf(plain, charset="ISO-2022-JP", codec="iso2022_jp", cte="7bit")
subj = FORM_SUBJ % P8["case"]
h = trace("docomo", P8["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P8["addr"], subj, d, mid, src)
emit("docomo-form-reply-ippon", b, h, "merge_completed", P8["case"], [P8["a"], P8["b"]], True, "ja")

# ---------------------------------------------------------------- 026 P9 English completion (non-native), quotes English iOS header
d = dt(2025, 1, 17, 13, 25, 50)
src, mid = ses_src(d)
plain = """Dear Daisuke-san,

Thank you for your kind confirmation.

We have completed the merging of your two AWS Certification accounts. From now, please
use AWS81105926 (daisuke.kobayashi@icloud.com) only; the other profile can not be used
anymore. All of your certification and exam record were moved to AWS81105926.

The Credly badges will be re-issued to the e-mail of the surviving account. It can take
1-2 business days, so please kindly wait.

If any question, please feel free to reply this e-mail.

Kind regards,
Kenji Ota
AWS Training and Certification Customer Support

On Jan 16, 2025, at 19:45, Daisuke Kobayashi <daisuke.kobayashi@icloud.com> wrote:

> The details are correct. Please proceed with the merge.
>
> Daisuke
>
>> On Jan 16, 2025, at 10:02, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>>
>>  * AWS80264431 (d.kobayashi@minato-tech.jp) will be merged INTO
>>  * AWS81105926 (daisuke.kobayashi@icloud.com), which will be the surviving account.
"""
b = leaf(plain, charset="us-ascii", cte="7bit")
subj = FORM_SUBJ % P9["case"]
h = trace("icloud", P9["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P9["addr"], subj, d, mid, src)
emit("icloud-form-reply-en-2", b, h, "merge_completed", P9["case"], [P9["keep"]], True, "en")


# ================================================================ surveys / closure
# ---------------------------------------------------------------- 027 P1 closure + rating, HTML only
d = dt(2025, 6, 4, 11, 21, 30)
src, mid = ses_src(d)
surl = "https://aws-tc.qualtrics.com/jfe/form/SV_3kQ9sLz1fX7aB2m?case=%s&lang=ja" % P1["case"]
inner = """<div style="border-bottom:3px solid #ff9900;padding-bottom:8px;margin-bottom:16px;font-size:18px;font-weight:bold;">AWS トレーニングと認定</div>
<p>田中 健太 様</p>
<p>ケース <b>{case}</b> はクローズされました。<br>このたびはお問い合わせいただき、ありがとうございました。</p>
<p>サービス向上のため、今回の対応についてご意見をお聞かせください。回答は 1 分ほどで終わります。</p>
<p style="font-weight:bold;">お問い合わせの内容は解決しましたか？</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;"><a href="{u}&amp;q1=yes" style="display:inline-block;background:#1d8102;color:#ffffff;padding:10px 28px;text-decoration:none;border-radius:2px;">はい</a></td>
<td><a href="{u}&amp;q1=no" style="display:inline-block;background:#d13212;color:#ffffff;padding:10px 28px;text-decoration:none;border-radius:2px;">いいえ</a></td>
</tr></table>
<p style="margin-top:20px;">担当者の対応を 5 段階で評価してください：<br>
<a href="{u}&amp;r=1">★1</a>&nbsp; <a href="{u}&amp;r=2">★2</a>&nbsp; <a href="{u}&amp;r=3">★3</a>&nbsp; <a href="{u}&amp;r=4">★4</a>&nbsp; <a href="{u}&amp;r=5">★5</a></p>
<p style="font-size:12px;color:#687078;">本件について引き続きお問い合わせがある場合は、このメールにご返信ください。ケースが再開されます。<br>
このメールは送信専用アドレスではありませんが、アンケートへのご回答は上記リンクからお願いいたします。</p>
<p style="font-size:11px;color:#879596;">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>""".format(case=P1["case"], u=surl)
b = leaf(html_wrap(inner, "アンケート"), "html", charset="UTF-8", cte="base64")
subj = enc_subject("[CASE %s] ケースはクローズされました - ご意見をお聞かせください" % P1["case"], "iso-2022-jp")
h = trace("docomo", P1["addr"], d + timedelta(seconds=3), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P1["addr"], subj, d, mid, src)
emit("docomo-close-enquete", b, h, "survey", P1["case"], [], True, "ja")

# ---------------------------------------------------------------- 028 P4 English rating request
d = dt(2025, 3, 14, 10, 15, 3)
src, mid = ses_src(d)
plain = """Hello,

Your case {case} has been resolved. We hope that our support engineer was able to help.

How would you rate the support you received?

  Excellent  https://console.aws.amazon.com/support/feedback?displayId={case}&rating=5
  Good       https://console.aws.amazon.com/support/feedback?displayId={case}&rating=4
  Fair       https://console.aws.amazon.com/support/feedback?displayId={case}&rating=3
  Poor       https://console.aws.amazon.com/support/feedback?displayId={case}&rating=1

If your issue is not resolved, you can reopen the case from the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""".format(case=P4["case"])
inner = ("<p>Hello,</p><p>Your case <b>%s</b> has been resolved. We hope that our support engineer was able to help.</p>"
         "<p><b>How would you rate the support you received?</b></p><p>" % P4["case"] +
         " ".join('<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=%d" style="display:inline-block;border:1px solid #aab7b8;padding:6px 14px;margin:2px;color:#0073bb;text-decoration:none;">%s</a>' % (P4["case"], r, t)
                  for r, t in ((5, "Excellent"), (4, "Good"), (3, "Fair"), (1, "Poor"))) +
         '</p><p>If your issue is not resolved, you can <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">reopen the case</a> within 14 days.</p>'
         '<p>Thank you for using Amazon Web Services.</p><p style="font-size:11px;color:#879596;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>' % P4["case"])
b = alt(leaf(plain, charset="UTF-8", cte="7bit"), leaf(html_wrap(inner, "AWS Support", lang="en", font="Arial, sans-serif"), "html", charset="UTF-8", cte="quoted-printable"))
subj = "Amazon Web Services: How did we do? Case %s" % P4["case"]
h = trace("icloud", P4["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P4["addr"], subj, d, mid, src)
emit("icloud-console-howdidwedo", b, h, "survey", P4["case"], [], True, "en")

# ---------------------------------------------------------------- 029 P5 machine-translated resolved + rate
d = dt(2025, 8, 27, 3, 0, 9)
src, mid = ses_src(d)
plain = """こんにちは、

あなたのサポートケース {case} は解決済みとしてマークされました。

私たちはあなたの問題が解決されたことを願っています。私たちのサービスについてのあなたのフィードバックを共有してください。それは私たちが改善するのに役立ちます。

今日あなたのケースの経験をどのように評価しますか?
https://console.aws.amazon.com/support/feedback?displayId={case}&language=ja

ケースを再度開く必要がある場合は、AWS サポートセンターからそれを行うことができます。

ありがとう、
アマゾン ウェブ サービス
""".format(case=P5["case"])
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html_wrap(txt2html(plain), "AWS"), "html", charset="UTF-8", cte="base64"))
subj = enc_subject("アマゾン ウェブ サービス: あなたのケースは解決されました: %s" % P5["case"])
h = trace("gmail", P5["addr"], d + timedelta(seconds=1), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P5["addr"], subj, d, mid, src)
emit("gmail-console-kaiketsu", b, h, "survey", P5["case"], [], True, "ja")

# ---------------------------------------------------------------- 030 P2 2023 closure notice, Shift_JIS
d = dt(2023, 9, 22, 14, 3, 10)
src, mid = ses_src(d)
plain = """お客様

ケース {case}「認定のアカウントが2つある」は解決済みとなりました。

今回のサポートはいかがでしたか。以下のリンクから、担当者の対応について
ご評価をお寄せください。いただいたご意見は今後のサービス改善に活用させていただきます。

　ご評価はこちら：
　https://console.aws.amazon.com/support/home?#/case/?displayId={case}&language=ja#feedback

解決済みのケースは、14 日以内であればサポートセンターから再開できます。

アマゾン ウェブ サービス
""".format(case=P2["case"])
b = leaf(plain, charset="Shift_JIS", codec="cp932", cte="base64")
subj = enc_subject("Amazon Web Services: ケースが解決されました: %s" % P2["case"], "shift_jis")
h = trace("au", P2["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P2["addr"], subj, d, mid, src)
emit("au-2023-kaiketsu", b, h, "survey", P2["case"], [], True, "ja")

# ---------------------------------------------------------------- 031 P3 2020 survey (English)
d = dt(2020, 2, 24, 13, 50, 44)
src, mid = ses_src(d)
plain = """Dear Ichiro Suzuki,

Your case {case} with AWS Training and Certification Customer Support has been closed.

We would love to hear about your experience. Please take a moment to answer two
short questions:

  1. Was your issue resolved?   YES / NO
  2. How satisfied are you with the support you received? (1-5)

Take the survey: https://aws-tc.qualtrics.com/jfe/form/SV_8dF0kQ2wLm?c={case}

If you need further help with this request, simply reply to this message and your
case will be reopened.

Thank you,
AWS Training and Certification Customer Support
""".format(case=P3["case"])
b = leaf(plain, charset="us-ascii", cte="7bit")
subj = "[CASE %s] Your case has been closed - tell us how we did" % P3["case"]
h = trace("nifty", P3["addr"], d + timedelta(seconds=4), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % ("AWS Training and Certification", FORM), P3["addr"], subj, d, mid, src)
emit("nifty-2020-closed", b, h, "survey", P3["case"], [], True, "en")

# ---------------------------------------------------------------- 032 P6 closure notice quoting the completion (outlook)
d = dt(2024, 11, 8, 17, 40, 2)
src, mid = ses_src(d)
plain = """伊藤 浩 様

ケース番号 {case} の対応を終了いたしました。

お問い合わせいただいた件は、すべて解決しましたでしょうか。
担当者の対応について、以下より評価をお願いいたします（所要時間：約 1 分）。

　▶ とても満足　https://aws-tc.qualtrics.com/jfe/form/SV_5pJd?case={case}&csat=5
　▶ 満足　　　　https://aws-tc.qualtrics.com/jfe/form/SV_5pJd?case={case}&csat=4
　▶ 普通　　　　https://aws-tc.qualtrics.com/jfe/form/SV_5pJd?case={case}&csat=3
　▶ 不満　　　　https://aws-tc.qualtrics.com/jfe/form/SV_5pJd?case={case}&csat=1

AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, November 8, 2024 5:33 PM
To: hiroshi_ito@outlook.jp
Subject: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

伊藤 浩 様

AWS 09384412 のアカウントを AWS 15567230 に統合する処理を行い、正常に反映されたことを確認いたしました。
ご依頼の件はこれで対応完了となりますので、本ケースはクローズさせていただきます。
""".format(case=P6["case"])
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html_wrap(txt2html(plain), "アンケート"), "html", charset="UTF-8", cte="base64"), style="outlook")
subj = enc_subject("[CASE %s] 対応終了のお知らせとアンケートのお願い" % P6["case"])
h = trace("outlook", P6["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P6["addr"], subj, d, mid, src)
emit("outlook-taiou-shuryo", b, h, "survey", P6["case"], [], True, "ja")

# ---------------------------------------------------------------- 033 P9 survey reminder (ja)
d = dt(2025, 1, 24, 10, 0, 0)
src, mid = ses_src(d)
plain = """小林 大輔 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース {case} に関するアンケートへのご回答がまだお済みでないようでしたので、
改めてご案内いたします。すでにご回答いただいている場合は、本メールは破棄してください。

■ アンケート（所要時間：1〜2 分）
https://aws-tc.qualtrics.com/jfe/form/SV_cTq7Lr2?case={case}&l=JA

■ 回答期限：2025年1月31日

お寄せいただいたご意見は、担当者へのフィードバックおよびサービス改善のために活用いたします。

AWS トレーニングと認定 カスタマーサポート
""".format(case=P9["case"])
b = leaf(plain, charset="UTF-8", cte="base64")
subj = enc_subject("【リマインダー】アンケートご協力のお願い（ケース %s）" % P9["case"])
h = trace("icloud", P9["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P9["addr"], subj, d, mid, src)
emit("icloud-enquete-remind", b, h, "survey", P9["case"], [], True, "ja")


# ================================================================ Credly
CREDLY_FROM = "Amazon Web Services Training and Certification via Credly"


def credly_headers(to, subj, d, src, frm_addr="admin@credly.com", lang_hdr=None):
    h = dkim_headers(src, d)
    h += [("From", '"%s" <%s>' % (CREDLY_FROM, frm_addr)), ("Reply-To", "Credly <support@credly.com>"), ("To", to), ("Subject", subj),
          ("Date", rfc(d.astimezone(UTC))), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (ralnum(22), rng.randint(1, 40))),
          ("X-SG-EID", "u001." + rb64(120)[:150]), ("X-Entity-ID", "u001." + rb64(18)[:24])]
    if lang_hdr:
        h.append(("Content-Language", lang_hdr))
    return h


def badge_uuid():
    return "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def credly_html(greeting, lines, badges, button, foot, lang="ja"):
    cards = "".join(
        '<tr><td align="center" style="padding:12px;"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="140" height="140" alt="%s"><br>'
        '<span style="font-size:15px;font-weight:bold;">%s</span><br><a href="https://www.credly.com/badges/%s/accept?locale=%s" '
        'style="display:inline-block;margin-top:10px;background:#ff6b00;color:#ffffff;padding:10px 26px;border-radius:4px;text-decoration:none;font-weight:bold;">%s</a></td></tr>\n'
        % (badge_uuid(), _h.escape(bn), _h.escape(bn), u, "ja" if lang == "ja" else "en", button) for bn, u in badges)
    inner = ('<div style="text-align:center;"><img src="https://www.credly.com/assets/credly_logo_orange.png" width="96" alt="Credly"></div>'
             "<p>%s</p>%s<table role=\"presentation\" width=\"100%%\">%s</table>"
             '<p style="font-size:11px;color:#888;">%s</p>') % (greeting, "".join("<p>%s</p>" % l for l in lines), cards, foot)
    return html_wrap(inner, "Credly", lang=lang, font="Helvetica, Arial, sans-serif")


# ---------------------------------------------------------------- 034 P1 Credly (ja)
d = dt(2025, 6, 5, 9, 12, 40)
src = sg_src()
u1 = badge_uuid()
plain = """田中 健太 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを受け取って、あなたのスキルを共有しましょう：
https://www.credly.com/badges/{u}/accept?locale=ja

バッジを受け取ると、LinkedIn やメール署名などで実績を簡単に共有できます。

Credly チーム
このメールは kenta.tanaka.0712@docomo.ne.jp 宛てに送信されました。
配信設定の変更：https://www.credly.com/earner/settings/notifications
Credly, Inc. | 100 Park Avenue, 14th Floor, New York, NY 10017
""".format(u=u1)
html = credly_html("田中 健太 さん", ["Amazon Web Services Training and Certification から新しいバッジが発行されました。", "バッジを受け取ると、LinkedIn やメール署名などで実績を簡単に共有できます。"],
                   [("AWS Certified Solutions Architect - Associate", u1)], "バッジを受け取る",
                   "このメールは kenta.tanaka.0712@docomo.ne.jp 宛てに送信されました。<br>Credly, Inc. | 100 Park Avenue, 14th Floor, New York, NY 10017")
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html, "html", charset="UTF-8", cte="quoted-printable"), style="sendgrid")
subj = enc_subject("Amazon Web Services Training and Certification からバッジが発行されました")
h = trace("docomo", P1["addr"], d + timedelta(seconds=4), src, ar_items(src, "credly.com", pol="NONE"))
h += credly_headers(P1["addr"], subj, d, src, lang_hdr="ja")
emit("docomo-credly-badge", b, h, "credly_badge_issued", None, [], True, "ja")

# ---------------------------------------------------------------- 035 P4 Credly (en), three badges after merge
d = dt(2025, 3, 15, 2, 44, 18)
src = sg_src()
bs = [("AWS Certified Cloud Practitioner", badge_uuid()), ("AWS Certified Solutions Architect - Associate", badge_uuid()), ("AWS Certified Developer - Associate", badge_uuid())]
plain = "Hi Sakura,\n\nAmazon Web Services Training and Certification has issued you 3 badges. Accept them to start sharing your achievements.\n\n" + \
        "".join("%s\nAccept badge: https://www.credly.com/badges/%s/accept\n\n" % x for x in bs) + \
        "Questions? Visit https://support.credly.com\n\nThe Credly Team\n\nYou are receiving this e-mail because a badge was issued to sakura.yamamoto.jp@icloud.com.\nUnsubscribe: https://www.credly.com/earner/settings/notifications\n"
html = credly_html("Hi Sakura,", ["Amazon Web Services Training and Certification has issued you 3 badges. Accept them to start sharing your achievements."],
                   bs, "Accept badge", "You are receiving this e-mail because a badge was issued to sakura.yamamoto.jp@icloud.com.", lang="en")
b = alt(leaf(plain, charset="UTF-8", cte="7bit"), leaf(html, "html", charset="UTF-8", cte="quoted-printable"), style="sendgrid")
subj = "You've got 3 new badges from Amazon Web Services Training and Certification"
h = trace("icloud", P4["addr"], d + timedelta(seconds=3), src, ar_items(src, "credly.com", pol="NONE"))
h += credly_headers(P4["addr"], subj, d, src)
emit("icloud-credly-3badges", b, h, "credly_badge_issued", None, [], True, "en")

# ---------------------------------------------------------------- 036 P5 Credly: badges moved to the merged account (ja)
d = dt(2025, 8, 24, 7, 3, 55)
src = sg_src()
u2 = badge_uuid()
plain = """高橋 翔 さん

Amazon Web Services Training and Certification によるアカウント統合に伴い、
以下のバッジがあなたの Credly アカウント（sho.takahashi.dev@gmail.com）に移されました。

・AWS Certified Developer - Associate
・AWS Certified SysOps Administrator - Associate

新しく追加されたバッジは受け取り待ちの状態です。以下から承認してください。
https://www.credly.com/badges/{u}/accept?locale=ja

以前のメールアドレスに届いていたバッジのリンクは無効になっています。

Credly チーム
""".format(u=u2)
html = credly_html("高橋 翔 さん", ["Amazon Web Services Training and Certification によるアカウント統合に伴い、以下のバッジがあなたの Credly アカウント（sho.takahashi.dev@gmail.com）に移されました。",
                                     "新しく追加されたバッジは受け取り待ちの状態です。", "以前のメールアドレスに届いていたバッジのリンクは無効になっています。"],
                   [("AWS Certified Developer - Associate", u2), ("AWS Certified SysOps Administrator - Associate", badge_uuid())], "承認する",
                   "Credly, Inc. | 100 Park Avenue, 14th Floor, New York, NY 10017")
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html, "html", charset="UTF-8", cte="base64"), style="sendgrid")
subj = enc_subject("バッジがあなたのアカウントに移動されました - Amazon Web Services Training and Certification")
h = trace("gmail", P5["addr"], d + timedelta(seconds=2), src, ar_items(src, "credly.com", pol="NONE"))
h += credly_headers(P5["addr"], subj, d, src, lang_hdr="ja")
emit("gmail-credly-idou", b, h, "credly_badge_issued", None, [], True, "ja")

# ---------------------------------------------------------------- 037 P3 2020 Acclaim (youracclaim.com)
d = dt(2020, 2, 25, 6, 30, 12)
src = Src("o7.ptr3451.youracclaim.com", "167.89.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "bounces+4410821-1f2e-ichiro-suzuki=nifty.com@email.youracclaim.com",
          [("youracclaim.com", "s1"), ("sendgrid.info", "smtpapi")])
u3 = badge_uuid()
plain = """Ichiro Suzuki,

Congratulations! Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge now: https://www.youracclaim.com/badges/{u}/accept

Accepting your badge lets you share it on LinkedIn, Twitter and other platforms and
provides employers with verified information about your skills.

- The Acclaim Team
Acclaim is a Credly product. 2020 Credly, Inc.
""".format(u=u3)
html = html_wrap("<p>Ichiro Suzuki,</p><p>Congratulations! Amazon Web Services Training and Certification has issued you a badge:</p>"
                 '<p style="text-align:center;font-weight:bold;">AWS Certified Solutions Architect - Associate<br>'
                 '<a href="https://www.youracclaim.com/badges/%s/accept" style="display:inline-block;margin-top:8px;background:#2f6fb5;color:#fff;padding:10px 24px;text-decoration:none;">Accept your badge</a></p>'
                 "<p>Accepting your badge lets you share it on LinkedIn, Twitter and other platforms and provides employers with verified information about your skills.</p>"
                 '<p style="font-size:11px;color:#888;">Acclaim is a Credly product. &copy; 2020 Credly, Inc.</p>' % u3, "Acclaim", lang="en", font="Arial, sans-serif")
b = alt(leaf(plain, charset="us-ascii", cte="7bit"), leaf(html, "html", charset="UTF-8", cte="quoted-printable"), style="sendgrid")
subj = "Amazon Web Services Training and Certification has issued you a badge"
h = trace("nifty", P3["addr"], d + timedelta(seconds=5), src, ar_items(src, "youracclaim.com", pol="NONE"))
h += dkim_headers(src, d)
h += [("From", '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'), ("To", P3["addr"]), ("Subject", subj),
      ("Date", rfc(d.astimezone(UTC))), ("Message-ID", "<%s@ismtpd0017p1mdw1.sendgrid.net>" % ralnum(22))]
emit("nifty-2020-acclaim", b, h, "credly_badge_issued", None, [], True, "en")

# ---------------------------------------------------------------- 038 P2 2023 Credly: badge waiting to be accepted (ja)
d = dt(2023, 9, 27, 11, 5, 31)
src = sg_src()
u4 = badge_uuid()
plain = """佐藤 美咲 さん

Amazon Web Services Training and Certification から発行されたバッジが、まだ受け取られていません。

AWS Certified Machine Learning - Specialty

バッジは受け取りの準備ができています。以下のリンクから受け取りを完了してください。
https://www.credly.com/badges/{u}/accept?locale=ja

受け取ったバッジは、プロフィールで公開・非公開を選べます。

Credly チーム
""".format(u=u4)
html = credly_html("佐藤 美咲 さん", ["Amazon Web Services Training and Certification から発行されたバッジが、まだ受け取られていません。", "バッジは受け取りの準備ができています。"],
                   [("AWS Certified Machine Learning - Specialty", u4)], "バッジを受け取る", "受け取ったバッジは、プロフィールで公開・非公開を選べます。")
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html, "html", charset="UTF-8", cte="quoted-printable"), style="sendgrid")
subj = enc_subject("バッジの受け取りをお待ちしています: AWS Certified Machine Learning - Specialty")
h = trace("au", P2["addr"], d + timedelta(seconds=3), src, ar_items(src, "credly.com", pol="NONE"))
h += credly_headers(P2["addr"], subj, d, src, lang_hdr="ja")
emit("au-2023-credly-uketori", b, h, "credly_badge_issued", None, [], True, "ja")

# ---------------------------------------------------------------- 039 P9 Credly, iso-2022-jp text only
d = dt(2025, 1, 18, 4, 22, 7)
src = sg_src()
u5 = badge_uuid()
plain = """小林 大輔 さん

おめでとうございます。Amazon Web Services Training and Certification から
バッジ「AWS Certified Security - Specialty」が発行されました。

バッジを受け取る：
https://www.credly.com/badges/{u}/accept?locale=ja

このバッジは daisuke.kobayashi@icloud.com 宛てに発行されています。

Credly チーム
""".format(u=u5)
b = leaf(plain, charset="ISO-2022-JP", codec="iso2022_jp", cte="7bit")
subj = enc_subject("バッジが発行されました: AWS Certified Security - Specialty", "iso-2022-jp")
h = trace("icloud", P9["addr"], d + timedelta(seconds=2), src, ar_items(src, "credly.com", pol="NONE"))
h += credly_headers(P9["addr"], subj, d, src)
emit("icloud-credly-security", b, h, "credly_badge_issued", None, [], True, "ja")


# ================================================================ support replies
# ---------------------------------------------------------------- 040 P1 asks for login e-mails (iso-2022-jp)
d = dt(2025, 5, 28, 10, 12, 20)
src, mid = ses_src(d)
plain = """田中 健太 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポートの森でございます。

認定アカウントの統合をご希望とのこと、承知いたしました。
お手続きを進めるにあたり、恐れ入りますが、以下の情報をお知らせいただけますでしょうか。

　1. 各アカウントのログイン用メールアドレス
　2. 各アカウントに登録されている通知先メールアドレス（ログイン用と異なる場合）
　3. 統合後に残したいアカウント

なお、ご本人確認のため、ご登録の氏名・生年月日とあわせて照合させていただく場合がございます。
いただいた情報は本件の対応のみに使用いたします。

ご返信は、件名を変更せずに本メールへそのままお送りください。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

森 千尋
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
Inquiry Type: Certification
Detail: Account Merge
Name: 田中 健太
Email: kenta.tanaka.0712@docomo.ne.jp
AWS Candidate ID: AWS11937466
Description: 以前の会社のメールで作った認定アカウント（AWS04829173）があり、個人のアカウントと一つにまとめたいです。
"""
b = leaf(plain, charset="ISO-2022-JP", codec="iso2022_jp", cte="7bit")
subj = FORM_SUBJ % P1["case"]
h = trace("docomo", P1["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P1["addr"], subj, d, mid, src)
emit("docomo-form-reply-onegai", b, h, "support_reply", P1["case"], [], True, "ja")

# ---------------------------------------------------------------- 041 P1 thanks for confirming, will proceed
d = dt(2025, 5, 30, 11, 31, 2)
src, mid = ses_src(d)
plain = """田中 健太 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
早速ご確認のご返信をいただき、誠にありがとうございます。

ご同意をいただきましたので、これより {old} から {keep} への
統合作業を担当部署にて進めてまいります。
作業が終わり次第、改めて本メールスレッドにてご報告いたしますので、
今しばらくお待ちくださいますようお願い申し上げます。

なお、作業中は統合元アカウントへのサインインができなくなる場合がございます。
受験のご予約等がございましたら、事前にお知らせくださいませ。

森 千尋
AWS トレーニングと認定 カスタマーサポート

2025年5月30日(金) 8:02 田中 健太 <kenta.tanaka.0712@docomo.ne.jp>:
> 森様
>
> 内容に相違ありません。統合を進めてください。
> The details are correct. Please proceed with the merge.
>
> 田中
""".format(old=P1["old"], keep=P1["keep"])
b = leaf(plain, charset="UTF-8", cte="base64")
subj = FORM_SUBJ % P1["case"]
h = trace("docomo", P1["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P1["addr"], subj, d, mid, src)
emit("docomo-form-reply-shouchi", b, h, "support_reply", P1["case"], [P1["old"], P1["keep"]], True, "ja")

# ---------------------------------------------------------------- 042 P4 console: new correspondence added (en)
d = dt(2025, 3, 13, 8, 4, 51)
src, mid = ses_src(d)
plain = """Hello,

We've updated your AWS Support case {case}. To view the correspondence, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Case ID: {case}
Subject: 認定アカウントが3つあるので1つにまとめたい
Status: Pending Amazon Action

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.
""".format(case=P4["case"])
inner = ('<p>Hello,</p><p>We\'ve updated your AWS Support case <b>%s</b>. To view the correspondence, sign in to the '
         '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>'
         '<p>Case ID: %s<br>Subject: 認定アカウントが3つあるので1つにまとめたい<br>Status: Pending Amazon Action</p>'
         '<p style="font-size:12px;color:#687078;">Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p><p>Thank you for using Amazon Web Services.</p>') % (P4["case"], P4["case"], P4["case"])
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(inner, "AWS Support", lang="en", font="Arial, sans-serif"), "html", charset="UTF-8", cte="quoted-printable"))
subj = "[Case %s] New correspondence added" % P4["case"]
h = trace("icloud", P4["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P4["addr"], subj, d, mid, src)
emit("icloud-console-correspondence", b, h, "support_reply", P4["case"], [], True, "en")

# ---------------------------------------------------------------- 043 P5 machine-translated status update; HTML part mislabeled us-ascii
d = dt(2025, 8, 20, 19, 7, 33)
src, mid = ses_src(d)
plain = """こんにちは高橋 翔さん、

AWS サポートにご連絡いただきありがとうございます。私の名前は Ravi です。

私はあなたの要求を受け取り、現在、認定チームと一緒にあなたのアカウントを調査しています。この種類の要求は、関連するチームからの確認を必要とするため、少し時間がかかることがあります。

私が更新を持っているとすぐに、私はこのケースを更新します。その間、このケースを開いたままにしてください。新しいケースを開く必要はありません。

ご理解とご辛抱に感謝いたします。

よろしくお願いします、
Ravi K.
アマゾン ウェブ サービス

===================================================================
このやり取りを評価するには、以下のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja
===================================================================
""".format(case=P5["case"])
b = alt(leaf(plain, charset="UTF-8", cte="base64"),
        leaf(html_wrap(txt2html(plain), "AWS"), "html", charset="us-ascii", codec="utf-8", cte="8bit"))
subj = enc_subject("RE:[CASE %s] 認定アカウントの統合依頼" % P5["case"])
h = trace("gmail", P5["addr"], d + timedelta(seconds=1), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P5["addr"], subj, d, mid, src)
emit("gmail-console-chousachu", b, h, "support_reply", P5["case"], [], True, "ja")

# ---------------------------------------------------------------- 044 P2 2023 chaser (Shift_JIS)
d = dt(2023, 9, 20, 10, 30, 0)
src, mid = ses_src(d)
plain = """佐藤 美咲 様

お世話になっております。AWS サポートの木村でございます。

9月13日にお送りしたご案内について、その後いかがでしょうか。
まだお返事を確認できておりませんでしたので、念のためご連絡いたしました。

お手数ですが、前回お送りした内容をご確認のうえ、サポートセンターの本ケースから
ご返信をお願いいたします。

なお、このまま 7 日間ご返信がない場合、本ケースは自動的に解決済みとなります。
解決済みとなった後も、14 日以内であれば再開してご返信いただけます。

木村
アマゾン ウェブ サービス

https://console.aws.amazon.com/support/home?#/case/?displayId={case}&language=ja
""".format(case=P2["case"])
b = leaf(plain, charset="Shift_JIS", codec="cp932", cte="base64")
subj = enc_subject("RE:[CASE %s] 認定のアカウントが2つある" % P2["case"], "shift_jis")
h = trace("au", P2["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P2["addr"], subj, d, mid, src)
emit("au-2023-reply-saisoku", b, h, "support_reply", P2["case"], [], True, "ja")

# ---------------------------------------------------------------- 045 P3 2020 asks reason (English), no AR
d = dt(2020, 2, 19, 17, 11, 38)
src, mid = ses_src(d)
plain = """Hello Ichiro,

Thank you for contacting AWS Training and Certification.

I understand that you would like to merge two of your certification accounts. I have
found the account AWS00918274 mentioned in your request. To proceed further, kindly
help us with below details:

1) The reason for the merge request
2) The e-mail ID associated with the second account (if you are having the candidate ID
   of that account, please share the same also)

Once we receive the requested information, we will be happy to assist further.

Thanks & Regards,
Priya S.
AWS Training and Certification Customer Support
"""
b = leaf(plain, charset="us-ascii", cte="7bit")
subj = FORM_SUBJ % P3["case"]
h = trace("none", P3["addr"], d + timedelta(seconds=3), src)
h += [("From", '"Amazon Web Services" <%s>' % FORM), ("To", P3["addr"]), ("Subject", subj), ("Date", rfc(d.astimezone(UTC))), ("Message-ID", mid)]
emit("nifty-2020-form-reply-riyu", b, h, "support_reply", P3["case"], [P3["old"]], None, "en")

# ---------------------------------------------------------------- 046 P6 which account to keep (outlook)
d = dt(2024, 11, 6, 11, 20, 14)
src, mid = ses_src(d)
plain = """伊藤 浩 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。
お問い合わせいただきありがとうございます。

お調べしたところ、伊藤様のお名前で以下の 2 つの認定アカウントが見つかりました。

　・AWS09384412　hito@kansai-denshi.co.jp　（2021年3月作成）
　・AWS15567230　hiroshi_ito@outlook.jp　　（2024年6月作成）

統合にあたり、どちらのアカウントを残すご希望か、お知らせいただけますでしょうか。
残さない方のアカウントは統合後にご利用いただけなくなります。
なお、会社のメールアドレスは退職等で受信できなくなる可能性があるため、
個人でお使いのアドレスのアカウントを残されることをおすすめしております。

ご返信をお待ちしております。

佐々木 彩
AWS トレーニングと認定 カスタマーサポート
"""
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(txt2html(plain), "RE"), "html", charset="UTF-8", cte="quoted-printable"), style="outlook")
subj = FORM_SUBJ % P6["case"]
h = trace("outlook", P6["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P6["addr"], subj, d, mid, src)
emit("outlook-form-reply-dochira", b, h, "support_reply", P6["case"], [P6["a"], P6["b"]], True, "ja")

# ---------------------------------------------------------------- 047 P9 after merge: Credly question (ja), iOS quote
d = dt(2025, 1, 20, 14, 45, 9)
src, mid = ses_src(d)
plain = """小林 大輔 様

AWS トレーニングと認定 カスタマーサポートの太田でございます。
ご連絡ありがとうございます。

Credly のバッジが一部しか表示されていないとのこと、ご不便をおかけしており申し訳ございません。
認定アカウント（AWS81105926）側の記録は正しく移行されていることを確認いたしました。

Credly 側の調査のため、恐れ入りますが以下をお知らせいただけますでしょうか。

　・Credly にサインインする際のメールアドレス
　・表示されていないバッジの名称（例：AWS Certified Developer - Associate）

いただいた情報をもとに、Credly の担当チームへ確認を依頼いたします。

太田 健二
AWS トレーニングと認定 カスタマーサポート

2025/01/19 22:10、小林大輔 <daisuke.kobayashi@icloud.com>のメール:

> 太田様
>
> 統合ありがとうございました。認定アカウントでは全部見えていますが、Credly では
> Security Specialty のバッジしか来ていません。Developer Associate のバッジはどうなりますか？
>
> iPhoneから送信
"""
b = leaf(plain, charset="UTF-8", cte="quoted-printable")
subj = FORM_SUBJ % P9["case"]
h = trace("icloud", P9["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P9["addr"], subj, d, mid, src)
emit("icloud-form-reply-credly", b, h, "support_reply", P9["case"], [P9["keep"]], True, "ja")

# ---------------------------------------------------------------- 048 P7 plan table: "once the merge is complete"
d = dt(2025, 10, 6, 13, 2, 44)
src, mid = ses_src(d)
plain = """中村 優子 様

AWS トレーニングと認定 カスタマーサポートの小野寺でございます。
ご了承のご連絡、ならびに Credly のメールアドレスのご提供をありがとうございました。

今後の作業予定は以下のとおりです。

| 手順 | 内容                                           | 目安                |
|------|------------------------------------------------|---------------------|
| 1    | {old} を {keep} へ統合                | 10月7日（火）まで   |
| 2    | Credly バッジを yuko.nakamura.w@gmail.com へ移行 | 統合後 2〜3 営業日  |
| 3    | 完了のご報告                                   | 手順 2 の終了後     |

統合が完了しましたら、改めて本スレッドにてご連絡いたします。
それまでの間、{old} へのサインインはお控えくださいますようお願いいたします。

小野寺 舞
AWS トレーニングと認定 カスタマーサポート

2025年10月4日(土) 9:41 中村 優子 <yuko.nakamura.w@gmail.com>:

> 小野寺様
>
> 内容を確認しました。統合を了承します。
> Credly は yuko.nakamura.w@gmail.com で登録しています。こちらへの移行もお願いします。
>
> 中村
""".format(old=P7["old"], keep=P7["keep"])
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html_wrap(txt2html(plain), "RE"), "html", charset="UTF-8", cte="base64"), style="google")
subj = FORM_SUBJ % P7["case"]
h = trace("gmail", P7["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P7["addr"], subj, d, mid, src)
emit("gmail-form-reply-yotei", b, h, "support_reply", P7["case"], [P7["old"], P7["keep"]], True, "ja")

# ---------------------------------------------------------------- 049 P8 name mismatch: ID document needed
d = dt(2025, 7, 9, 15, 36, 21)
src, mid = ses_src(d)
plain = """渡辺 亮 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
お問い合わせいただき、誠にありがとうございます。

ご依頼の 2 アカウント（AWS25580731／AWS25603318）を確認いたしましたところ、
ご登録の氏名が「渡邊 亮」と「渡辺 亮」で異なっておりました。
恐れ入りますが、同一人物であることを確認させていただくため、
氏名が確認できる公的な本人確認書類（運転免許証、パスポート等）の画像を
本メールへの返信にて添付していただけますでしょうか。

※書類の番号部分は隠していただいて問題ございません。
※ご提出いただいた画像は確認後、速やかに削除いたします。

確認が取れ次第、手続きについてご案内いたします。
お手数をおかけいたしますが、よろしくお願い申し上げます。

山口 恵
AWS トレーニングと認定 カスタマーサポート
"""
b = leaf(plain, charset="ISO-2022-JP", codec="iso2022_jp", cte="7bit")
subj = FORM_SUBJ % P8["case"]
h = trace("docomo", P8["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P8["addr"], subj, d, mid, src)
emit("docomo-form-reply-honnin", b, h, "support_reply", P8["case"], [P8["a"], P8["b"]], True, "ja")

# ---------------------------------------------------------------- 050 P1 duplicate case redirected (on case2)
d = dt(2025, 6, 3, 15, 2, 11)
src, mid = ses_src(d)
plain = """田中 健太 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
ご連絡いただき、ありがとうございます。また、ご不安をおかけしており申し訳ございません。

いただいたご依頼は、5月27日にお受けしたケース {c1} と同じ内容でございます。
統合作業は現在そちらのケースで進めておりますので、本件（ケース {c2}）では
これ以上の対応は行わず、今後のご連絡はすべてケース {c1} にてお送りいたします。

作業は最終段階に入っておりますので、もう少々お待ちいただけますと幸いです。

森 千尋
AWS トレーニングと認定 カスタマーサポート
""".format(c1=P1["case"], c2=P1["case2"])
b = leaf(plain, charset="UTF-8", cte="quoted-printable")
subj = FORM_SUBJ % P1["case2"]
h = trace("docomo", P1["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, FORM), P1["addr"], subj, d, mid, src)
emit("docomo-form-reply-juufuku", b, h, "support_reply", P1["case2"], [], True, "ja")


# ================================================================ unrelated
# ---------------------------------------------------------------- 051 AWS billing case (ja) to P5
bill_open = dt(2025, 9, 2, 9, 15, 37)
bill_case = case15(bill_open, "00932")
d = dt(2025, 9, 3, 10, 48, 22)
src, mid = ses_src(d)
plain = """高橋 翔 様

AWS 請求サポートの藤田でございます。お問い合わせいただきありがとうございます。

アカウント ID 4821-0937-1165 の 8 月分のご請求について確認いたしました。
NAT Gateway のデータ処理料金（約 42.18 USD）は、8月12日から8月18日にかけて
ap-northeast-1 の VPC で発生したものでございます。

今回に限り、同期間の NAT Gateway 料金をクレジットとして付与いたしました。
9 月のご請求書でご確認いただけます。

今後の予期しない料金を防ぐため、AWS Budgets でのアラート設定をおすすめいたします。
https://docs.aws.amazon.com/ja_jp/cost-management/latest/userguide/budgets-create.html

ほかにご不明な点がございましたら、本ケースにてお知らせください。

藤田
Amazon Web Services

===================================================================
このやり取りを評価するには、以下のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja
===================================================================
""".format(case=bill_case)
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html_wrap(txt2html(plain), "AWS"), "html", charset="UTF-8", cte="base64"))
subj = enc_subject("RE:[CASE %s] 8月の請求額について" % bill_case)
h = trace("gmail", P5["addr"], d + timedelta(seconds=1), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P5["addr"], subj, d, mid, src)
emit("gmail-console-seikyu", b, h, "unrelated", bill_case, [], True, "ja")

# ---------------------------------------------------------------- 052 quota increase (en) to P4
q_open = dt(2025, 4, 2, 14, 30, 5)
q_case = case15(q_open, "00071")
d = dt(2025, 4, 3, 2, 17, 40)
src, mid = ses_src(d)
plain = """Hello,

Thank you for contacting AWS Support.

We have approved and processed your quota increase request. It can sometimes take up to 30
minutes for this to propagate and become available for use.

Region: Asia Pacific (Tokyo)
Service: Amazon Elastic Compute Cloud (Amazon EC2)
Quota name: Running On-Demand G and VT instances
New quota value: 16

The change has been completed on our side. Please try your request again after approximately
30 minutes.

Best regards,
Marco D.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Check out the AWS Support Knowledge Center: https://repost.aws/knowledge-center

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(Sign in with the account ID ending in ...9043)
""".format(case=q_case)
b = leaf(plain, charset="UTF-8", cte="7bit")
subj = "RE:[CASE %s] Quota increase: Running On-Demand G and VT instances" % q_case
h = trace("icloud", P4["addr"], d + timedelta(seconds=2), src, ar_items(src, "amazon.com"))
h += aws_headers('"%s" <%s>' % (AWSN, NOREPLY), P4["addr"], subj, d, mid, src)
emit("icloud-console-quota", b, h, "unrelated", q_case, [], True, "en")

# ---------------------------------------------------------------- 053 Seller Central JP case about merging seller accounts
sc_case = "5884881212"
d = dt(2025, 10, 9, 17, 42, 3)
src, mid = ses_src(d, from_dom="amazon.co.jp", region="ap-northeast-1")
plain = """中村 優子 様

Amazon.co.jp セラーサポートにお問い合わせいただき、ありがとうございます。

お問い合わせいただいた、2つの出品用アカウントを統合したいとの件についてご案内いたします。

出品用アカウントの統合は、以下の条件を満たす場合にのみ承ることができます。
　・両方のアカウントが同一の法人または個人により所有されていること
　・いずれのアカウントにも未解決のパフォーマンス通知がないこと
　・統合先のアカウントが「大口出品」であること

ご状況を確認のうえ、統合を希望される場合は、セラーセントラルの「ヘルプ」＞「サポートを受ける」から
統合を希望するアカウントの出品者 ID（マーチャントトークン）を添えて再度ご連絡ください。

Amazon.co.jp をご利用いただきありがとうございます。

このメールへの返信はできません。お問い合わせの更新は、セラーセントラルのケースログから行ってください。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={case}
""".format(case=sc_case)
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(txt2html(plain), "Amazon セラーセントラル"), "html", charset="UTF-8", cte="quoted-printable"))
subj = enc_subject("RE:[CASE %s] 出品用アカウントの統合について" % sc_case)
h = trace("gmail", P7["addr"], d + timedelta(seconds=1), src, ar_items(src, "amazon.co.jp"))
h += aws_headers(enc_name("Amazon セラーセントラル", "seller-notification@amazon.co.jp"), P7["addr"], subj, d, mid, src, feedback="1.ap-northeast-1.%s=:AmazonSES")
emit("gmail-sellercentral-case", b, h, "unrelated", sc_case, [], True, "ja")

# ---------------------------------------------------------------- 054 CertMetrics recertification (ja), genuine but not AWS
d = dt(2024, 12, 2, 3, 8, 17)
cm = gen_src("mail-cm-out3.certmetrics.com", "52.14.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "bounce@certmetrics.com", [("certmetrics.com", "cm2022")])
plain = """伊藤 浩 様

AWS 認定をご取得いただき、誠におめでとうございます。

このたび、以下の認定資格の再認定が完了しました。

　認定名：AWS Certified Solutions Architect - Associate
　候補者 ID：AWS15567230
　認定日：2024年11月29日
　有効期限：2027年11月29日
　検証番号：QW4RT7YZ1KLM9PNB

デジタルバッジは Credly から別途メールでお届けします。
認定証は AWS 認定アカウントからいつでもダウンロードいただけます。
https://www.aws.training/Certification

このメールは送信専用です。

AWS 認定プログラム
"""
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(txt2html(plain), "AWS Certification"), "html", charset="UTF-8", cte="quoted-printable"))
subj = enc_subject("AWS 認定: 再認定おめでとうございます")
h = trace("outlook", P6["addr"], d + timedelta(seconds=3), cm, ar_items(cm, "certmetrics.com", pol="NONE"))
h += dkim_headers(cm, d)
h += [("From", enc_name("AWS Certification", "do-not-reply@certmetrics.com")), ("To", P6["addr"]), ("Subject", subj),
      ("Date", rfc(d.astimezone(UTC))), ("Message-ID", "<%s@certmetrics.com>" % (rhex(32)))]
emit("outlook-certmetrics-saininntei", b, h, "unrelated", None, [P6["b"]], False, "ja")

# ---------------------------------------------------------------- 055 Pearson VUE appointment (ja, iso-2022-jp), no AR header
d = dt(2025, 7, 20, 22, 31, 5)
pv = gen_src("mx-out02.pearsonvue.com", "159.182.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "bounces@pearsonvue.com", [])
plain = """渡辺 亮 様

ピアソン VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

■ 試験：SAP-C02: AWS Certified Solutions Architect - Professional（日本語）
■ 日時：2025年8月9日（土）10:00 JST
■ 受験方法：OnVUE オンライン試験
■ 候補者 ID：AWS25603318
■ 予約番号：536718204

試験開始 30 分前からチェックインが可能です。事前にシステムテストを実施してください。
https://home.pearsonvue.com/aws/onvue

ご予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソン VUE
"""
b = leaf(plain, charset="ISO-2022-JP", codec="iso2022_jp", cte="7bit")
subj = enc_subject("ピアソン VUE 試験予約確認", "iso-2022-jp")
h = trace("none", P8["addr"], d + timedelta(seconds=6), pv)
h += [("From", enc_name("Pearson VUE", "pearsonvuecustomerservice@pearson.com", "iso-2022-jp")), ("To", P8["addr"]), ("Subject", subj),
      ("Date", rfc(d)), ("Message-ID", "<%d.%s.JavaMail.vue@pvprd-app07>" % (rng.randint(10 ** 8, 10 ** 9), rhex(8)))]
emit("docomo-pearsonvue-yoyaku", b, h, "unrelated", None, [P8["b"]], None, "ja")

# ---------------------------------------------------------------- 056 Credly self-service account merge code (ja)
d = dt(2025, 8, 25, 12, 14, 48)
src = sg_src()
plain = """高橋 翔 さん

Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを入力して、sho.t@outlook.com のアカウントを現在のアカウントに統合してください。

確認コード：481 937

または、次のボタンから手続きを完了できます。
アカウントの統合を完了する（Complete Account Merge）：
https://www.credly.com/users/merge/confirm?token={t}

このコードの有効期限は 30 分です。心当たりがない場合は、このメールを無視してください。

Credly チーム
""".format(t=rhex(32))
b = alt(leaf(plain, charset="UTF-8", cte="quoted-printable"), leaf(html_wrap(txt2html(plain), "Credly", font="Helvetica, Arial, sans-serif"), "html", charset="UTF-8", cte="quoted-printable"), style="sendgrid")
subj = enc_subject("Credly: アカウント統合の確認コード")
h = trace("gmail", P5["addr"], d + timedelta(seconds=2), src, ar_items(src, "credly.com", pol="NONE"))
h += dkim_headers(src, d)
h += [("From", "Credly <admin@credly.com>"), ("To", P5["addr"]), ("Subject", subj), ("Date", rfc(d.astimezone(UTC))),
      ("Message-ID", "<%s@geopod-ismtpd-%d>" % (ralnum(22), rng.randint(1, 40)))]
emit("gmail-credly-code", b, h, "unrelated", None, [], True, "ja")

# ---------------------------------------------------------------- 057 Credly badge expiry reminder (ja)
d = dt(2025, 11, 20, 1, 5, 0)
src = sg_src()
plain = """小林 大輔 さん

Amazon Web Services Training and Certification から発行された次のバッジの有効期限が近づいています。

AWS Certified Developer - Associate
有効期限：2025年12月20日

有効期限を過ぎると、バッジは「期限切れ」と表示されます。
再認定の方法については、発行元の案内をご確認ください。
https://aws.amazon.com/jp/certification/recertification/

Credly チーム
"""
b = alt(leaf(plain, charset="UTF-8", cte="base64"), leaf(html_wrap(txt2html(plain), "Credly", font="Helvetica, Arial, sans-serif"), "html", charset="UTF-8", cte="base64"), style="sendgrid")
subj = enc_subject("バッジの有効期限が近づいています: AWS Certified Developer - Associate")
h = trace("icloud", P9["addr"], d + timedelta(seconds=2), src, ar_items(src, "credly.com", pol="NONE"))
h += credly_headers(P9["addr"], subj, d, src)
emit("icloud-credly-kigen", b, h, "unrelated", None, [], True, "ja")

# ---------------------------------------------------------------- 058 Japanese phishing, not about merge (Shift_JIS)
d = dt(2025, 6, 12, 6, 2, 59)
ph = gen_src("smtp.amazonaws-jp-support.com", "45.153.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "info@amazonaws-jp-support.com", [])
plain = """AWS をご利用のお客様

お客様のアカウントに登録されているお支払い方法の有効性を確認できませんでした。
このままでは、2025年6月14日をもってご利用中の AWS サービスが停止されます。

以下のリンクよりサインインし、お支払い情報を更新してください。
https://signin.amazonaws-jp-support.com/billing/update

※本メールにお心当たりのない場合でも、必ず手続きを行ってください。

アマゾン ウェブ サービス ジャパン合同会社
"""
b = alt(leaf(plain, charset="Shift_JIS", codec="cp932", cte="base64"),
        leaf(html_wrap(txt2html(plain), "AWS"), "html", charset="Shift_JIS", codec="cp932", cte="base64"), style="other")
subj = enc_subject("【AWS】お支払い方法の確認が必要です（サービス停止のお知らせ）", "shift_jis")
h = trace("au", P2["addr"], d + timedelta(seconds=8), ph, ar_items(ph, "amazonaws-jp-support.com", spf="pass", dkim_res=[], dmarc="none", pol="NONE"))
h += [("From", enc_name("Amazon Web Services", "info@amazonaws-jp-support.com")), ("To", P2["addr"]), ("Subject", subj),
      ("Date", rfc(d)), ("Message-ID", "<%s@smtp.amazonaws-jp-support.com>" % rhex(24)), ("X-Mailer", "Microsoft Outlook 16.0")]
emit("au-shiharai-kakunin", b, h, "unrelated", None, [], False, "ja")

# ---------------------------------------------------------------- 059 GitHub "merged" notification (ja repo)
d = dt(2025, 8, 22, 9, 33, 17)
gh = gen_src("out-21.smtp.github.com", "192.30.252.%d" % rng.randint(190, 210), "noreply@github.com", [("github.com", "pf2023")])
plain = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-lab/cert-portal/pull/412#event-19283746650
You are receiving this because you authored the thread.

Message ID: <hoshizora-lab/cert-portal/pull/412/issue_event/19283746650@github.com>
"""
html = ('<p>Merged <a href="https://github.com/hoshizora-lab/cert-portal/pull/412">#412</a> into main.</p>'
        '<p style="font-size:small;color:#666;">—<br>Reply to this email directly, <a href="https://github.com/hoshizora-lab/cert-portal/pull/412#event-19283746650">view it on GitHub</a>.<br>'
        'You are receiving this because you authored the thread.</p>')
b = alt(leaf(plain, charset="UTF-8", cte="8bit"), leaf(html, "html", charset="UTF-8", cte="8bit"), style="other")
subj = enc_subject("Re: [hoshizora-lab/cert-portal] アカウント統合（merge）処理のリファクタリング (PR #412)")
h = trace("gmail", P5["addr"], d + timedelta(seconds=1), gh, ar_items(gh, "github.com", pol="REJECT"))
h += dkim_headers(gh, d)
h += [("From", "Kaito Morimoto <notifications@github.com>"), ("Reply-To", "hoshizora-lab/cert-portal <reply+ACX3K2Q@reply.github.com>"),
      ("To", "hoshizora-lab/cert-portal <cert-portal@noreply.github.com>"), ("Cc", "Sho Takahashi <%s>, Author <author@noreply.github.com>" % P5["addr"]),
      ("Subject", subj), ("Date", rfc(d.astimezone(UTC))), ("Message-ID", "<hoshizora-lab/cert-portal/pull/412/issue_event/19283746650@github.com>"),
      ("In-Reply-To", "<hoshizora-lab/cert-portal/pull/412@github.com>"), ("References", "<hoshizora-lab/cert-portal/pull/412@github.com>"),
      ("List-ID", "hoshizora-lab/cert-portal <cert-portal.hoshizora-lab.github.com>"), ("X-GitHub-Reason", "author")]
emit("gmail-github-merged", b, h, "unrelated", None, [], False, "en")

# ---------------------------------------------------------------- 060 AWS Japan newsletter (genuine amazon.com) mentioning merges
d = dt(2025, 6, 18, 2, 0, 4)
src, mid = ses_src(d)
inner = """<div style="background:#232f3e;padding:14px 20px;color:#ffffff;font-size:18px;font-weight:bold;">AWS トレーニングと認定 ニュースレター｜2025年6月号</div>
<h2 style="font-size:17px;border-left:4px solid #ff9900;padding-left:8px;">新しい試験のご案内</h2>
<p>AWS Certified AI Practitioner の日本語版試験が通年で受験可能になりました。</p>
<h2 style="font-size:17px;border-left:4px solid #ff9900;padding-left:8px;">よくあるご質問：認定アカウントが複数ある場合</h2>
<p>転職などで認定アカウントが複数できてしまった場合は、AWS トレーニングと認定のお問い合わせフォームから統合をご依頼いただけます。
統合後は元に戻せないため、残すアカウントを事前にご検討ください。</p>
<h2 style="font-size:17px;border-left:4px solid #ff9900;padding-left:8px;">イベント</h2>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr><td style="border:1px solid #d5dbdb;">6/26（木）</td><td style="border:1px solid #d5dbdb;">AWS Certification Day Tokyo（オンライン）</td></tr>
<tr><td style="border:1px solid #d5dbdb;">7/10（木）</td><td style="border:1px solid #d5dbdb;">試験対策ウェビナー：Solutions Architect - Associate</td></tr>
</table>
<p style="font-size:11px;color:#687078;margin-top:24px;">このメールは AWS からのお知らせの配信を希望された kenta.tanaka.0712@docomo.ne.jp 宛てにお送りしています。
配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>"""
b = leaf(html_wrap(inner, "AWS ニュースレター"), "html", charset="UTF-8", cte="quoted-printable")
subj = enc_subject("AWS トレーニングと認定 ニュースレター 2025年6月号")
h = trace("docomo", P1["addr"], d + timedelta(seconds=5), src, ar_items(src, "amazon.com"))
h += aws_headers('"Amazon Web Services" <aws-marketing-email-replies@amazon.com>', P1["addr"], subj, d, mid, src,
                 extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
emit("docomo-newsletter", b, h, "unrelated", None, [], True, "ja")


# ---- END MAILS

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print("wrote", len(LABELS), "mails")
