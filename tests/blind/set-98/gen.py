#!/usr/bin/env python3
"""Generator for blind set 98: AWS Certification account-merge mail (.eml) + labels.json."""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import uuid
from io import BytesIO
from zoneinfo import ZoneInfo
from email import charset as cs
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []  # (slug, labels, bytes)

UTC = dt.timezone.utc
JST = ZoneInfo("Asia/Tokyo")
LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")


# ---------------------------------------------------------------- utilities
def rng(seed):
    return random.Random(hashlib.sha256(seed.encode()).digest())


def rb64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def rhex(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def T(s, tz=UTC):
    """'2025-05-27 23:02:48' in tz -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def fmt(d, tz=None, paren=False):
    if tz is not None:
        d = d.astimezone(tz)
    s = format_datetime(d)
    if paren:
        s += " (%s)" % d.tzname()
    return s


def cid15(opened, suffix):
    return "%d%05d" % (int(opened.timestamp()), suffix)


def ses_msgid(d, r):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, uuid.UUID(int=r.getrandbits(128)))


def subj(s, charset="utf-8", q=False, maxlen=74):
    """Subject as (possibly folded) encoded words; ASCII passes through."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    c = cs.Charset(charset)
    if q:
        c.header_encoding = cs.QP
    return Header(s, c, maxlinelen=maxlen, header_name="Subject").encode()


def subj_raw(s, label, codec, enc="B", chunk=12):
    """Hand-made encoded words (e.g. Shift_JIS, which Header() would turn into ISO-2022-JP)."""
    words = []
    for i in range(0, len(s), chunk):
        raw = s[i:i + chunk].encode(codec)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (label, base64.b64encode(raw).decode()))
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                        ("_" if b == 32 else "=%02X" % b) for b in raw)
            words.append("=?%s?Q?%s?=" % (label, q))
    return "\n ".join(words)


def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    return formataddr((name, a), charset=charset)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, encoder=None):
    raw = text.encode(encoder or charset)
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", label or charset)
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


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def fold_params(prefix, items, sep="; ", indent="\t", width=76):
    out, line = [], prefix
    for i, it in enumerate(items):
        piece = it + (";" if i < len(items) - 1 else "")
        if len(line) + 1 + len(piece) > width and line.strip():
            out.append(line)
            line = indent + piece
        else:
            line = (line + " " + piece) if line else piece
    out.append(line)
    return "\n".join(out)


def dkim_sig(r, d, s, t, hlist="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    b = rb64(r, 256)
    parts = ["v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;",
             "\ts=%s; d=%s; t=%d;" % (s, d, int(t.timestamp())),
             "\th=%s;" % hlist,
             "\tbh=%s;" % rb64(r, 32),
             "\tb=%s" % b[:64]]
    rest = b[64:]
    while rest:
        parts.append("\t" + rest[:72])
        rest = rest[72:]
    return "\n".join(parts)


# ------------------------------------------------------- receiving providers
class Ctx:
    """What the receiving side saw."""

    def __init__(self, rcpt, mailfrom, ip, helo, sent, from_dom, dkim=(), spf="pass",
                 dmarc="pass", dkim_res="pass", delay=2, dmarc_policy="QUARANTINE"):
        self.rcpt, self.mailfrom, self.ip, self.helo = rcpt, mailfrom, ip, helo
        self.sent, self.from_dom, self.dkim = sent, from_dom, list(dkim)
        self.spf, self.dmarc, self.dkim_res = spf, dmarc, dkim_res
        self.arr = sent + dt.timedelta(seconds=delay)
        self.dmarc_policy = dmarc_policy

    @property
    def mf_dom(self):
        return self.mailfrom.split("@")[-1]


def trace_gmail(c, r, arc=True):
    t = c.arr
    sid = "%s%s" % (r.choice("abcdefghijk"), r.randint(10, 99))
    h = [("Delivered-To", c.rcpt),
         ("Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %scsp%d%s;\n        %s" % (
             r.randint(0x6000, 0x7fff), r.randint(0x1000, 0xffff), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff),
             r.randint(0x100, 0xfff), sid, r.randint(1000000, 9999999), "".join(r.choice("bcdfghjklmnpqrstvwxyz") for _ in range(3)), fmt(t, LA, True))),
         ("X-Google-Smtp-Source", "AGHT+I" + rb64(r, 48).rstrip("=")),
         ("X-Received", "by 2002:a17:%x:%x:b0:%x:%x:%x with SMTP id %s-%x.%d.%d;\n        %s" % (
             r.randint(0x900, 0x9ff), r.randint(0x1000, 0xffff), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff),
             r.randint(0x100, 0xfff), rhex(r, 16), r.randint(0x10000, 0xfffff), r.randint(1, 9), r.randint(10, 99),
             fmt(t, LA, True)))]
    dk = ";\n       ".join("dkim=%s header.i=@%s header.s=%s header.b=%s" % (c.dkim_res, d, s, rb64(r, 6)[:8])
                           for d, s in c.dkim)
    spftxt = {"pass": "designates %s as permitted sender" % c.ip,
              "fail": "does not designate %s as permitted sender" % c.ip,
              "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (c.mailfrom, c.ip),
              "neutral": "%s is neither permitted nor denied by best guess record for domain of %s" % (c.ip, c.mailfrom)}[c.spf]
    if c.spf == "softfail":
        spf_comment = "google.com: " + spftxt
    elif c.spf == "neutral":
        spf_comment = "google.com: " + spftxt
    else:
        spf_comment = "google.com: domain of %s %s" % (c.mailfrom, spftxt)
    dm = {"pass": "dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (c.dmarc_policy, c.dmarc_policy, c.from_dom),
          "fail": "dmarc=fail (p=%s sp=%s dis=%s) header.from=%s" % (
              c.dmarc_policy, c.dmarc_policy, "QUARANTINE" if c.dmarc_policy != "NONE" else "NONE", c.from_dom),
          "none": "dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s" % c.from_dom}[c.dmarc]
    ar_body = "mx.google.com;\n       " + (dk + ";\n       " if dk else "") + \
        "spf=%s (%s) smtp.mailfrom=%s;\n       %s" % (c.spf, spf_comment, c.mailfrom, dm)
    if arc:
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
                  int(t.timestamp()), rb64(r, 96))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
               "        h=feedback-id:message-id:date:mime-version:subject:to:from\n"
               "         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (
                   rb64(r, 32), rb64(r, 32), rb64(r, 96))),
              ("ARC-Authentication-Results", "i=1; " + ar_body)]
    h += [("Return-Path", "<%s>" % c.mailfrom),
          ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d.%d.%s\n"
           "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
               c.helo, c.helo, c.ip, rhex(r, 13), rhex(r, 10), r.randint(1000000, 9999999), r.randint(10, 999), t.astimezone(LA).strftime("%Y.%m.%d.%H.%M.%S"),
               c.rcpt, fmt(t, LA, True))),
          ("Received-SPF", "%s (%s) client-ip=%s;" % (c.spf, spf_comment, c.ip)),
          ("Authentication-Results", ar_body)]
    return h, []


def _ms_host(r, region):
    pre = {"jpn": ("TY", "OS", "jpnprd01"), "nam": ("BY", "SJ", "namprd04"), "eur": ("AM", "DB", "eurprd02")}[region]
    return "%s%dPR%02dMB%04d.%s.prod.outlook.com" % (r.choice(pre[:2]), r.randint(0, 9), r.randint(1, 20),
                                                      r.randint(1000, 9999), pre[2])


def trace_o365(c, r, region="jpn", consumer=False):
    t = c.arr
    mb = _ms_host(r, region)
    fe = "%s%dP%dCA%04d.%s.PROD.OUTLOOK.COM" % ("OS" if region == "jpn" else "MW", r.randint(0, 3), r.randint(100, 299),
                                               r.randint(1, 999), "JPNP286" if region == "jpn" else "NAMP220")
    eop = "%s%dPEPF%08d.%s.prod.outlook.com" % ("OS" if region == "jpn" else "CO", r.randint(1, 9), r.randint(1, 99999),
                                               "jpnprd01" if region == "jpn" else "namprd03")
    _p = "2603:1096" if region == "jpn" else "2603:10b6"

    def V6():
        return "%s:%x:%x::%x" % (_p, r.randint(0x100, 0xfff), r.randint(0x10, 0xff), r.randint(1, 0x2f))
    v6 = V6()
    srv = "15.20.%d.%d" % (r.randint(8600, 9300), r.randint(10, 40))

    def ts(k):
        return fmt(t - dt.timedelta(seconds=k), UTC)
    spfs = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "neutral": "Neutral"}[c.spf]
    spfdesc = {"pass": "designates %s as permitted sender" % c.ip,
               "fail": "does not designate %s as permitted sender" % c.ip,
               "softfail": "does not designate %s as permitted sender" % c.ip,
               "neutral": "does not designate %s as permitted sender" % c.ip}[c.spf]
    dkd = c.dkim[0][0] if c.dkim else None
    if c.dkim and c.dkim_res == "pass":
        dkpart = "dkim=pass (signature was verified)\n header.d=%s;" % dkd
    elif c.dkim:
        dkpart = "dkim=fail (body hash did not verify)\n header.d=%s;" % dkd
    else:
        dkpart = "dkim=none (message not signed)\n header.d=none;"
    if c.dmarc == "pass":
        dm = "dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % c.from_dom
    elif c.dmarc == "fail":
        dm = "dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000" % c.from_dom
    else:
        dm = "dmarc=none action=none\n header.from=%s;compauth=softpass reason=201" % c.from_dom
    ar = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s%s" % (
        c.spf if c.spf != "softfail" else "softfail", c.ip, c.mf_dom, dkpart, dm)
    h = [("Received", "from %s (%s) by\n %s with HTTPS; %s" % (mb, V6(), _ms_host(r, region), ts(0))),
         ("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
             fe, v6, mb, V6(), srv, ts(1))),
         ("Received", "from %s\n (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s" % (
             eop, v6.replace("::", ":cafe::"), fe.lower().replace(".prod.outlook.com", ".outlook.office365.com"), v6, srv, ts(1))),
         ("Authentication-Results", ar),
         ("Received-SPF", "%s (protection.outlook.com: domain of %s\n %s)\n receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (
             spfs, c.mf_dom, spfdesc, c.ip, c.helo)),
         ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id %s\n via Frontend Transport; %s" % (
             c.helo, c.ip, eop.replace(".prod.outlook.com", ".mail.protection.outlook.com"), r.randint(240, 250),
             r.randint(2, 250), srv, ts(2)))]
    tail = [("X-MS-Exchange-Organization-ExpirationStartTime", ts(1).replace("+0000", "(UTC)")),
            ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=r.getrandbits(128)))),
            ("X-EOPAttributedMessage", "0"),
            ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"),
            ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-Organization-AuthSource", eop.replace(".prod.outlook.com", ".namprd03.prod.outlook.com").split(".")[0] + ".%s.prod.outlook.com" % ("jpnprd01" if region == "jpn" else "namprd03")),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Exchange-Organization-SCL", "1" if c.dmarc == "pass" else "5"),
            ("X-Forefront-Antispam-Report", "CIP:%s;CTRY:US;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:%s;CAT:%s;SFS:;DIR:INB;" % (
                c.ip, "ja" if region == "jpn" else "en", 1 if c.dmarc == "pass" else 5, c.helo, c.helo,
                "NONE" if c.dmarc == "pass" else "SPOOF")),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", ts(2).replace("+0000", "(UTC)")),
            ("X-MS-Exchange-Transport-EndToEndLatency", "00:00:0%d.%07d" % (r.randint(1, 9), r.randint(0, 9999999))),
            ("X-MS-Exchange-Processed-By-BccFoldering", srv)]
    if consumer:
        tail.insert(0, ("X-Sender-IP", c.ip))
        tail.insert(0, ("X-SID-PRA", c.from_dom.upper()))
    return h, tail


def trace_jp(c, r, isp):
    """Japanese ISP mailbox (nifty / biglobe style)."""
    t = c.arr.astimezone(JST)
    if isp == "nifty":
        mx, inner, authid = "mfilter-s%02d.nifty.com" % r.randint(1, 12), "mta-snd-w%02d.mail.nifty.com" % r.randint(1, 9), "nifty.com"
    elif isp == "biglobe":
        mx, inner, authid = "mxb%02d.biglobe.ne.jp" % r.randint(1, 12), "mbox%02d.biglobe.ne.jp" % r.randint(1, 40), "biglobe.ne.jp"
    else:
        raise ValueError(isp)
    qid = rhex(r, 10).upper()
    h = [("Return-Path", "<%s>" % c.mailfrom),
         ("Delivered-To", c.rcpt),
         ("Received", "from %s (%s [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
             mx, mx, r.randint(1, 200), r.randint(1, 200), r.randint(1, 200), inner, qid, c.rcpt, fmt(t, paren=True)))]
    if authid:
        dk = "; ".join("dkim=%s header.d=%s header.s=%s" % (c.dkim_res, d, s) for d, s in c.dkim) or "dkim=none"
        h.append(("Authentication-Results", "%s; spf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s" % (
            authid, c.spf, c.mailfrom, dk, c.dmarc, c.from_dom)))
    h.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
        c.helo, c.helo, c.ip, mx, rhex(r, 12).upper(), c.rcpt,
        fmt(t - dt.timedelta(seconds=1), paren=True))))
    return h, []


def trace_fastmail(c, r):
    t = c.arr
    n = r.randint(1, 8)
    dk = ";\n    ".join("dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048" % (
        c.dkim_res, d, d, rb64(r, 6)[:8], s) for d, s in c.dkim)
    dm = "dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=%s (p=%s,d=none,d.eval=%s) policy.policy-from=p header.from=%s" % (
        c.dmarc, c.dmarc_policy.lower(), "none" if c.dmarc == "pass" else c.dmarc_policy.lower(),
        c.dmarc_policy.lower(), "none" if c.dmarc == "pass" else c.dmarc_policy.lower(), c.from_dom)
    ar = "mx%d.messagingengine.com;\n    %s;\n    %s;\n    iprev=pass smtp.remote-ip=%s (%s);\n    spf=%s smtp.mailfrom=%s smtp.helo=%s" % (
        n, dk, dm, c.ip, c.helo, c.spf, c.mailfrom, c.helo)
    h = [("Return-Path", "<%s>" % c.mailfrom),
         ("Received", "from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.nyi.internal (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s" % (
             n, n, 40 + n, 30 + n, rhex(r, 12), fmt(t.astimezone(ZoneInfo("America/New_York"))))),
         ("X-Cyrus-Session-Id", "sloti%d-%d-%d-2-%d" % (30 + n, int(t.timestamp()), r.randint(1000, 99999), r.randint(10 ** 18, 10 ** 19))),
         ("X-Sieve", "CMU Sieve 3.0"),
         ("X-Spam-known-sender", "no"),
         ("X-Spam-score", "0.0" if c.dmarc == "pass" else "4.6"),
         ("Received", "from mx%d ([10.202.2.%d])\n  by compute%d.internal (LMTPProxy); %s" % (
             n, 200 + n, n, fmt(t.astimezone(ZoneInfo("America/New_York"))))),
         ("Received", "from mx%d.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
             n, rhex(r, 11).upper(), c.rcpt, fmt(t.astimezone(ZoneInfo("America/New_York"))))),
         ("Received", "from mx%d.messagingengine.com (localhost [127.0.0.1])\n    by mx%d.messagingengine.com (Authentication Milter) with ESMTP\n    id %s.%s;\n    %s" % (
             n, n, rhex(r, 8).upper(), rhex(r, 8).upper(), fmt(t.astimezone(ZoneInfo("America/New_York"))))),
         ("ARC-Authentication-Results", "i=1; " + ar),
         ("Authentication-Results", ar),
         ("X-ME-VSCategory", "clean" if c.dmarc == "pass" else "spam"),
         ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (
             c.helo, c.helo, c.ip, n, c.rcpt, fmt((t - dt.timedelta(seconds=1)).astimezone(ZoneInfo("America/New_York")))))]
    return h, []


def trace_mailboxorg(c, r):
    t = c.arr.astimezone(BERLIN)
    n = r.randint(1, 4)
    dk = "; ".join("dkim=%s header.d=%s header.s=%s header.b=%s" % (c.dkim_res, d, s, rb64(r, 6)[:8]) for d, s in c.dkim)
    ar = "mx%d.mailbox.org;\n\t%s;\n\tdmarc=%s (policy=%s) header.from=%s;\n\tspf=%s (mx%d.mailbox.org: domain of \"%s\" designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (
        n, dk or "dkim=none", c.dmarc, c.dmarc_policy.lower(), c.from_dom, c.spf, n, c.mailfrom, c.ip, c.mailfrom)
    h = [("Return-Path", "<%s>" % c.mailfrom),
         ("Delivered-To", c.rcpt),
         ("Received", "from mx%d.mailbox.org ([10.196.102.%d])\n\tby mailbox-dcm%d.mailbox.org (Dovecot) with LMTP id %s\n\tfor <%s>; %s" % (
             n, 100 + n, r.randint(1, 9), rb64(r, 15)[:20], c.rcpt, fmt(t))),
         ("Authentication-Results", ar),
         ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\tby mx%d.mailbox.org (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s" % (
             c.helo, c.helo, c.ip, n, rb64(r, 9)[:11], c.rcpt, fmt(t - dt.timedelta(seconds=1)))),
         ("X-Rspamd-Queue-Id", "4" + rb64(r, 9)[:11]),
         ("X-Rspamd-Server", "mx%d" % n)]
    return h, []


def trace_o365_internal(c, r):
    """Mail between two mailboxes of the same Exchange Online tenant: no Authentication-Results."""
    t = c.arr
    a, b = _ms_host(r, "jpn"), _ms_host(r, "jpn")
    h = [("Received", "from %s (2603:1096:400:%x::%x) by\n %s with HTTPS; %s" % (
              a, r.randint(0x100, 0x3ff), r.randint(1, 20), b, fmt(t, UTC))),
         ("Received", "from %s ([fe80::%x:%x:%x:%x]) by\n %s ([fe80::%x:%x:%x:%x%%5]) with mapi id %s; %s" % (
              a, r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), a,
              r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff),
              "15.20.%d.%d" % (r.randint(8600, 9300), r.randint(10, 40)), fmt(t - dt.timedelta(seconds=1), UTC)))]
    tail = [("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-AuthAs", "Internal"),
            ("X-MS-Exchange-Organization-AuthMechanism", "04"),
            ("X-MS-Exchange-Organization-AuthSource", a),
            ("X-MS-Exchange-Organization-SCL", "-1"),
            ("X-MS-Exchange-Organization-MessageDirectionality", "Originating")]
    return h, tail


PROVIDERS = {
    "o365-internal": trace_o365_internal,
    "gmail": lambda c, r: trace_gmail(c, r, arc=r.random() < 0.6),
    "gmail-noarc": lambda c, r: trace_gmail(c, r, arc=False),
    "o365": lambda c, r: trace_o365(c, r, "jpn"),
    "outlookcom": lambda c, r: trace_o365(c, r, "nam", consumer=True),
    "nifty": lambda c, r: trace_jp(c, r, "nifty"),
    "biglobe": lambda c, r: trace_jp(c, r, "biglobe"),
    "fastmail": trace_fastmail,
    "mailboxorg": trace_mailboxorg,
}

# ------------------------------------------------------------------- people
USERS = {
    "daniel": ("Daniel Okafor", "d.okafor@outlook.com", "outlookcom"),
    "haruka": ("佐藤 遥", "haruka.sato.aws@gmail.com", "gmail"),
    "priya": ("Priya Raman", "priya@ramanlabs.io", "gmail"),
    "morimoto": ("森本 健二", "k.morimoto@kitaura-sys.co.jp", "o365"),
    "tanabe": ("田辺 由紀", "yuki-tanabe@nifty.com", "nifty"),
    "marco": ("Marco Bellini", "marco.bellini@fastmail.com", "fastmail"),
    "ogawa": ("小川 翔太", "s-ogawa@biglobe.ne.jp", "biglobe"),
    "lena": ("Lena Fischer", "lena.fischer@mailbox.org", "mailboxorg"),
}

# senders: (display, address, mailfrom-domain, helo pool, ip pool, dkim list)
SES_IPS = [("a8-31.smtp-out.amazonses.com", "54.240.8.31"), ("a27-12.smtp-out.us-west-2.amazonses.com", "54.240.27.12"),
           ("a48-110.smtp-out.amazonses.com", "54.240.48.110"), ("a11-87.smtp-out.amazonses.com", "54.240.11.87"),
           ("a9-162.smtp-out.amazonses.com", "54.240.9.162"), ("a27-185.smtp-out.us-west-2.amazonses.com", "54.240.27.185")]
SG_IPS = [("o1.ptr4521.em.credly.com", "167.89.28.114"), ("o2.ptr8810.em.credly.com", "149.72.152.31"),
          ("o7.ptr1194.em.credly.com", "168.245.64.97")]


def aws_sender(r, when, display="Amazon Web Services", a="no-reply-aws@amazon.com"):
    helo, ip = r.choice(SES_IPS)
    mid = ses_msgid(when, r)
    west = "us-west" in helo
    if west:
        mid = mid.replace("@email.amazonses.com", "@us-west-2.amazonses.com")
    mf = mid[1:-1]
    return dict(display=display, addr=a, mailfrom=mf, helo=helo, ip=ip,
                dkim=[("amazon.com", r.choice(["rte02", "4kfo2jmyf2w5bvyjyqp7uuvbjf6bhvzl"])),
                      ("amazonses.com", "hsbnp7p3ensaochzwyq5wwmceodymuwv" if west else "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
                from_dom="amazon.com", msgid=mid)


FORM = "aws-cs-trainingcertification-form@amazon.com"


def credly_sender(r, when, display="Amazon Web Services Training and Certification via Credly", a="admin@credly.com", rcpt="x"):
    helo, ip = r.choice(SG_IPS)
    mf = "bounces+%d-%s-%s@em.credly.com" % (r.randint(1000000, 9999999), rhex(r, 4), rcpt.replace("@", "="))
    return dict(display=display, addr=a, mailfrom=mf, helo=helo, ip=ip,
                dkim=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")], from_dom="credly.com",
                msgid="<%s@%s>" % (rb64(r, 18).replace("/", "_").replace("+", "-"), "geopod-ismtpd-%d" % r.randint(1, 40)))


# ------------------------------------------------------------------ assembly
def render(top_headers, body):
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\n")).flatten(body)
    head = "".join("%s: %s\n" % (k, v) for k, v in top_headers)
    return head.encode("ascii") + buf.getvalue()


def add(slug, *, kind, lang, case_id, ids, verified, user, sender, subject, sent, body,
        to=None, cc=None, provider=None, auth=True, dmarc="pass", spf="pass", dkim_res="pass",
        dmarc_policy="QUARANTINE", extra=(), pre_extra=(), in_reply_to=None, references=None,
        msgid=None, dkim=True, xmailer=None, lower_forged=None, delay=None):
    r = rng(slug)
    name, uaddr, prov = USERS[user]
    prov = provider or prov
    to_h = to or addr(name, uaddr)
    c = Ctx(uaddr, sender["mailfrom"], sender["ip"], sender["helo"], sent, sender["from_dom"],
            dkim=sender["dkim"] if dkim else [], spf=spf, dmarc=dmarc, dkim_res=dkim_res,
            delay=delay if delay is not None else r.randint(1, 9), dmarc_policy=dmarc_policy)
    if auth:
        trace, tail = PROVIDERS[prov](c, r)
    else:
        trace, tail = PROVIDERS[prov](c, r)
        trace = [(k, v) for k, v in trace if k not in ("Authentication-Results", "ARC-Authentication-Results",
                                                       "ARC-Seal", "ARC-Message-Signature")]
    hdrs = list(trace) + list(pre_extra)
    if lower_forged:
        hdrs.append(("Authentication-Results", lower_forged))
    if dkim:
        for d, s in sender["dkim"]:
            hdrs.append(("DKIM-Signature", dkim_sig(r, d, s, sent)))
    hdrs.append(("From", addr(sender["display"], sender["addr"])))
    hdrs.append(("To", to_h))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", subject))
    hdrs.append(("Date", fmt(sent)))
    hdrs.append(("Message-ID", msgid or sender["msgid"]))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    if xmailer:
        hdrs.append(("X-Mailer", xmailer))
    hdrs += list(extra)
    if sender["from_dom"] == "amazon.com" and "amazonses" in sender["mailfrom"]:
        hdrs.append(("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(r, 33)[:44]))
        hdrs.append(("X-SES-Outgoing", "%s-%s" % (sent.strftime("%Y.%m.%d"), sender["ip"])))
    if body.is_multipart():
        fd = sender["from_dom"]
        if fd == "credly.com":
            body.set_boundary("--==_mimepart_%s_%d%s" % (rhex(r, 13), r.randint(1, 99), rhex(r, 4)))
        elif fd == "kitaura-sys.co.jp":
            body.set_boundary("_000_%s_" % sender["msgid"][1:].split("@")[0])
        elif fd == "github.com":
            body.set_boundary("--==_mimepart_%s_%d" % (rhex(r, 13), r.randint(100, 999)))
        elif fd in ("amazon.com", "signin.aws"):
            body.set_boundary("----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9),
                                                        int(sent.timestamp() * 1000)))
        else:
            body.set_boundary("b1_%s" % rhex(r, 32))
    body["MIME-Version"] = "1.0"
    # move MIME-Version first among body headers
    bh = body._headers
    mv = [x for x in bh if x[0] == "MIME-Version"]
    body._headers = mv + [x for x in bh if x[0] != "MIME-Version"]
    data = render(hdrs, body)
    if tail:
        # Exchange appends its own headers after the original ones: splice before the MIME block
        extra_txt = "".join("%s: %s\n" % (k, v) for k, v in tail).encode()
        data = data.replace(b"\nMIME-Version: 1.0\n", b"\n" + extra_txt + b"MIME-Version: 1.0\n", 1)
    labels = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
              "sender_verified": verified, "language": lang}
    MAILS.append((slug, labels, data))
    return data


# ====================================================================== MAILS
# Cases and people ---------------------------------------------------------
DAN_A_OPEN = T("2025-03-11 14:22:07")
DAN_A = cid15(DAN_A_OPEN, 40218)
DAN_B_OPEN = T("2025-03-12 09:05:41")
DAN_B = cid15(DAN_B_OPEN, 11873)
HAR_C_OPEN = T("2025-05-27 23:02:48")
HAR_C = cid15(HAR_C_OPEN, 52207)
HAR_D_OPEN = T("2025-05-19 12:41:09")
HAR_D = cid15(HAR_D_OPEN, 30946)
PRI_E_OPEN = T("2025-09-15 16:40:03")
PRI_E = cid15(PRI_E_OPEN, 60391)
PRI_F_OPEN = T("2026-01-20 18:03:55")
PRI_F = cid15(PRI_F_OPEN, 7725)
MOR_G_OPEN = T("2025-11-05 01:12:30")
MOR_G = cid15(MOR_G_OPEN, 27745)
MOR_H = "12093847561"
MOR_I_OPEN = T("2025-11-20 05:48:12")
MOR_I = cid15(MOR_I_OPEN, 91402)
TAN_J_OPEN = T("2025-07-08 03:31:26")
TAN_J = cid15(TAN_J_OPEN, 81120)
MAR_K = "12694830572"
OGA_L_OPEN = T("2026-02-03 00:27:19")
OGA_L = cid15(OGA_L_OPEN, 44086)
LEN_M = "7318845206"



# ---------------------------------------------------------------- part 1: acknowledgements
# 1 form-desk ack, en, quotes the submission, promises 24h
_t = DAN_A_OPEN + dt.timedelta(seconds=38)
_s = aws_sender(rng("ack-form-daniel"), _t, a=FORM)
add("form-desk-receipt-copy", kind="case_created", lang="en", case_id=DAN_A,
    ids=["AWS02905571", "AWS01184023"], verified=True, user="daniel", sender=_s, sent=_t,
    subject="[CASE %s] We received your request - AWS Training and Certification Form Submission" % DAN_A,
    body=text_part(f"""Hello,

Thank you for writing to AWS Training and Certification. Your request has been
logged and assigned the reference number below. A member of our team will look
at it and get back to you, usually within 24 hours.

Reference number: {DAN_A}

If you need to add anything, reply to this message and keep the reference
number in the subject line. Please do not submit the form again for the same
request; duplicate requests slow things down for everyone.

Here is a copy of what you sent us:

  Inquiry type:      AWS Training and Certification
  Category:          Certification
  Detail:            Account Merge
  AWS candidate ID:  AWS 02905571
  Contact e-mail:    d.okafor@outlook.com
  Description:       I have two certification profiles. The older one
                     (AWS01184023) was created with my university address
                     and holds my Cloud Practitioner. Please combine them so
                     everything sits under AWS 02905571.

Kind regards,
AWS Training and Certification

This message was produced and distributed by Amazon Web Services, Inc. and
affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="quoted-printable"))

# 2 console ack, ja, multipart/alternative base64
_t = HAR_C_OPEN + dt.timedelta(seconds=11)
_s = aws_sender(rng("ack-console-haruka"), _t)
_url = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={HAR_C}&language=ja"
_plain = f"""佐藤 遥 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お問い合わせに対応するため、サポートケース {HAR_C} を作成いたしました。

ケース ID: {HAR_C}
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なご質問
カテゴリ: アカウントおよび請求 > トレーニングと認定

ケースの状況は AWS サポートセンターからいつでもご確認いただけます。
{_url}

※このメールアドレスは送信専用のため、ご返信いただいても確認できません。
　ケースへの返信はサポートセンターから行ってください。

Amazon Web Services
"""
_html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS サポート</title></head>
<body style="margin:0;padding:0;background:#f2f3f3;font-family:'Hiragino Kaku Gothic ProN',Meiryo,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #ff9900;">
<tr><td style="padding:20px 28px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="72"></td></tr>
<tr><td style="padding:0 28px 8px;font-size:15px;color:#16191f;">佐藤 遥 様</td></tr>
<tr><td style="padding:0 28px 16px;font-size:14px;line-height:1.8;color:#16191f;">
Amazon Web Services にお問い合わせいただき、ありがとうございます。<br>
お問い合わせに対応するため、サポートケース <b>{HAR_C}</b> を作成いたしました。</td></tr>
<tr><td style="padding:0 28px;">
<table cellpadding="6" cellspacing="0" style="font-size:13px;border:1px solid #d5dbdb;width:100%;">
<tr><td style="background:#fafafa;width:30%;">ケース ID</td><td>{HAR_C}</td></tr>
<tr><td style="background:#fafafa;">件名</td><td>認定アカウントが2つあるので1つにまとめたい</td></tr>
<tr><td style="background:#fafafa;">重要度</td><td>一般的なご質問</td></tr>
<tr><td style="background:#fafafa;">カテゴリ</td><td>アカウントおよび請求 &gt; トレーニングと認定</td></tr>
</table></td></tr>
<tr><td style="padding:20px 28px;"><a href="{_url}" style="background:#ec7211;color:#fff;padding:9px 18px;text-decoration:none;border-radius:2px;font-size:14px;">サポートセンターでケースを表示</a></td></tr>
<tr><td style="padding:0 28px 24px;font-size:12px;color:#545b64;">このメールアドレスは送信専用です。ケースへの返信はサポートセンターから行ってください。</td></tr>
</table>
<p style="font-size:11px;color:#879596;">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。</p>
</td></tr></table></body></html>
"""
add("console-new-case-ja", kind="case_created", lang="ja", case_id=HAR_C, ids=[], verified=True,
    user="haruka", sender=_s, sent=_t,
    subject=subj("Amazon Web Services: 新しいサポートケースが作成されました: %s" % HAR_C),
    body=alt(text_part(_plain, cte="base64"), text_part(_html, "html", cte="base64")))

# 3 console ack, en, nothing but a number
_t = PRI_E_OPEN + dt.timedelta(seconds=6)
_s = aws_sender(rng("ack-console-priya-min"), _t)
add("console-opened-bare", kind="case_created", lang="en", case_id=PRI_E, ids=[], verified=True,
    user="priya", sender=_s, sent=_t,
    subject="Amazon Web Services: You have opened a new Support case: %s" % PRI_E,
    body=text_part(f"""Case {PRI_E} has been opened.

https://console.aws.amazon.com/support/home#/case/?displayId={PRI_E}&language=en

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", charset="us-ascii", cte="7bit"))

# 4 form ack, ja, ISO-2022-JP, lower-case dashed ids in the echo
_t = MOR_G_OPEN + dt.timedelta(seconds=52)
_s = aws_sender(rng("ack-form-morimoto"), _t, a=FORM)
add("uketsuke-kanryo-iso2022", kind="case_created", lang="ja", case_id=MOR_G,
    ids=["AWS03318402", "AWS00764419"], verified=True, user="morimoto", sender=_s, sent=_t,
    subject=subj("【受付完了】AWS トレーニングと認定へのお問い合わせ [CASE %s]" % MOR_G, "iso-2022-jp"),
    body=text_part(f"""森本 健二 様

AWS トレーニングと認定 お問い合わせ窓口です。
以下の内容でお問い合わせを承りました。担当者が内容を確認のうえ、
通常1営業日以内にご連絡いたします。

受付番号：{MOR_G}

―――― お問い合わせ内容 ――――
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：aws-03318402
内容：
社用と個人用で認定アカウントが分かれてしまいました。
aws-00764419 に登録されている SAA の認定を aws-03318402 のほうに
まとめていただけますでしょうか。
――――――――――――――――――

追加のご連絡は、件名の受付番号を変えずにこのメールへご返信ください。
同じ内容でフォームを再送信されますと、対応が遅れる場合がございます。

AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit"))

# 5 form ack, en, HTML only, designer template, 11-digit case
_t = T("2025-08-19 21:14:50")
_s = aws_sender(rng("ack-html-marco"), _t, a=FORM)
add("weve-got-it-html", kind="case_created", lang="en", case_id=MAR_K, ids=[], verified=True,
    user="marco", sender=_s, sent=_t,
    subject="Got it - your Training and Certification request %s" % MAR_K,
    body=text_part(f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>
  .wrap {{ max-width:560px; margin:0 auto; font-family: "Amazon Ember", Helvetica, Arial, sans-serif; color:#232f3e; }}
  .hero {{ background:#232f3e; color:#ffffff; padding:28px 32px; font-size:22px; }}
  .ref {{ font-size:28px; letter-spacing:2px; font-weight:bold; color:#ec7211; }}
  .step {{ padding:6px 0; }}
</style></head>
<body>
<div class="wrap">
  <div class="hero">We've got your message.</div>
  <div style="padding:24px 32px;">
    <p>Hi Marco,</p>
    <p>Your note reached the AWS Training and Certification team. Keep this reference handy:</p>
    <p class="ref">{MAR_K}</p>
    <p><b>What happens next</b></p>
    <div class="step">1. A specialist reads your request.</div>
    <div class="step">2. You hear back from us by e-mail, normally within one business day.</div>
    <div class="step">3. Anything to add? Just reply to this e-mail &mdash; it goes straight to your request.</div>
    <p style="font-size:12px;color:#687078;margin-top:28px;">Sent more than one request about the same thing? No need &ndash; we'll handle it under the number above.</p>
  </div>
  <div style="padding:16px 32px;font-size:11px;color:#879596;border-top:1px solid #eaeded;">
    Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210 &middot;
    <a href="https://aws.amazon.com/privacy/">Privacy</a>
  </div>
</div>
</body></html>
""", "html", cte="quoted-printable"))

# 6 console ack, ja, Shift_JIS base64, split encoded-word subject, no Authentication-Results
_t = TAN_J_OPEN + dt.timedelta(seconds=9)
_s = aws_sender(rng("ack-console-tanabe"), _t)
add("support-case-open-sjis", kind="case_created", lang="ja", case_id=TAN_J, ids=[], verified=None,
    user="tanabe", sender=_s, sent=_t, auth=False,
    subject=subj("Amazon Web Services: サポートケースをオープンしました (ケース %s)" % TAN_J, "iso-2022-jp", maxlen=60),
    body=text_part(f"""田辺 由紀 様

AWS サポートをご利用いただき、誠にありがとうございます。
次の内容でケース {TAN_J} をオープンしました。

  件名　　：認定資格アカウントの統合依頼
  重要度　：低
  サービス：トレーニングと認定

担当エンジニアからの回答は、サポートセンターにてお知らせいたします。
https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={TAN_J}&language=ja

本メールへの返信はお受けできません。ケースへの追記はサポートセンターから
お願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
""", charset="shift_jis", encoder="cp932", cte="base64", label="Shift_JIS"))


# 7 duplicate form ack, en, multipart/alternative QP, ids spelled with dash/space
_t = DAN_B_OPEN + dt.timedelta(seconds=44)
_s = aws_sender(rng("ack-form-daniel-dup"), _t, a=FORM)
_plain = f"""Hi there,

Thanks for getting in touch with AWS Training and Certification.

  Case ID ........ {DAN_B}
  Submitted ...... 12 March 2025, 09:05 UTC
  Topic .......... Certification / Account Merge

We aim to respond within 24 hours, Monday to Friday.

Heads-up: if you have already contacted us about this same topic, there is no
need to write again. We'll pick it up in the original conversation, and this
new case may be closed.

What you told us:
  "Following up on my earlier request. My two IDs are AWS-02905571 (keep)
   and aws 01184023. Haven't heard anything yet."

- AWS Training and Certification Customer Support
"""
_html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
<p>Hi there,</p>
<p>Thanks for getting in touch with AWS Training and Certification.</p>
<table style="border-collapse:collapse;font-size:14px;">
<tr><td style="padding:3px 12px 3px 0;color:#666;">Case ID</td><td><b>{DAN_B}</b></td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#666;">Submitted</td><td>12 March 2025, 09:05 UTC</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#666;">Topic</td><td>Certification / Account Merge</td></tr>
</table>
<p>We aim to respond within 24 hours, Monday to Friday.</p>
<p style="background:#fff8e1;padding:8px;border-left:3px solid #ffb300;"><b>Heads-up:</b> if you have already contacted us about this same topic, there is no need to write again. We'll pick it up in the original conversation, and this new case may be closed.</p>
<p style="color:#666;">What you told us:</p>
<blockquote style="margin:0 0 0 8px;color:#444;">Following up on my earlier request. My two IDs are AWS-02905571 (keep) and aws 01184023. Haven't heard anything yet.</blockquote>
<p>&ndash; AWS Training and Certification Customer Support</p>
</body></html>
"""
add("second-submission-received", kind="case_created", lang="en", case_id=DAN_B,
    ids=["AWS02905571", "AWS01184023"], verified=True, user="daniel", sender=_s, sent=_t,
    subject="Your AWS Training and Certification request (Case ID: %s)" % DAN_B,
    body=alt(text_part(_plain), text_part(_html, "html")))

# 8 HTML-only ack, ja, base64, says little more than the number
_t = OGA_L_OPEN + dt.timedelta(seconds=27)
_s = aws_sender(rng("ack-html-ogawa"), _t, a=FORM)
add("uketsuke-bango-html", kind="case_created", lang="ja", case_id=OGA_L, ids=[], verified=True,
    user="ogawa", sender=_s, sent=_t,
    subject=subj("ケース番号 %s を受け付けました - AWS トレーニングと認定" % OGA_L),
    body=text_part(f"""<!doctype html>
<html><head><meta charset="UTF-8"></head>
<body style="background:#ffffff;">
<div style="max-width:520px;margin:24px auto;font-family:'Yu Gothic','Meiryo',sans-serif;font-size:14px;line-height:1.9;color:#333;">
<div style="font-size:12px;color:#999;border-bottom:1px solid #eee;padding-bottom:6px;">AWS トレーニングと認定 カスタマーサポート</div>
<p>小川 翔太 様</p>
<p>お問い合わせありがとうございます。<br>
ケース番号 <span style="font-family:Consolas,monospace;font-size:16px;">{OGA_L}</span> にて承りました。</p>
<p style="font-size:12px;color:#777;">ご連絡の際はこの番号をお知らせください。</p>
<div style="margin-top:40px;font-size:11px;color:#aaa;">Amazon Web Services, Inc.</div>
</div></body></html>
""", "html", cte="base64"))

# 9 form ack, en, 2026, plain and HTML differ (HTML carries the echo)
_t = PRI_F_OPEN + dt.timedelta(seconds=31)
_s = aws_sender(rng("ack-form-priya-2026"), _t, a=FORM)
_plain = f"""Case opened: {PRI_F}

We'll be in touch.

AWS Training and Certification
"""
_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;">
<tr><td style="background:#0f1b2a;padding:18px 24px;color:#fff;font-size:18px;">AWS Training and Certification</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#0f1b2a;line-height:1.6;">
<p>Case opened: <strong>{PRI_F}</strong></p>
<p>Our support specialists handle requests in the order they arrive. Most people hear back within a day; at busy times it can take a little longer.</p>
<table cellpadding="4" style="font-size:13px;border-top:1px solid #dde3ea;width:100%;">
<tr><td style="color:#5f6b7a;width:40%;">Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td style="color:#5f6b7a;">Detail</td><td>Account Merge</td></tr>
<tr><td style="color:#5f6b7a;">AWS candidate ID</td><td>AWS03770126</td></tr>
<tr><td style="color:#5f6b7a;">Notification e-mail</td><td>priya@ramanlabs.io</td></tr>
<tr><td style="color:#5f6b7a;vertical-align:top;">Your message</td><td>My badges from the old profile never showed up in Credly after last year's merge. Could you look into it?</td></tr>
</table>
<p style="font-size:12px;color:#5f6b7a;">Reply to this e-mail to add details. Please keep the case number in the subject.</p>
</td></tr></table>
</body></html>
"""
add("case-opened-two-parts", kind="case_created", lang="en", case_id=PRI_F, ids=["AWS03770126"],
    verified=True, user="priya", sender=_s, sent=_t,
    subject="[CASE %s] AWS Training and Certification Form Submission - received" % PRI_F,
    body=alt(text_part(_plain, charset="us-ascii", cte="7bit"), text_part(_html, "html", cte="quoted-printable")))

# 10 form ack, ja, UTF-8 QP, reply-to-add-info, 24h promise
_t = HAR_D_OPEN + dt.timedelta(seconds=40)
_s = aws_sender(rng("ack-form-haruka-first"), _t, a=FORM)
add("form-toiawase-uketsuke", kind="case_created", lang="ja", case_id=HAR_D,
    ids=["AWS02481736", "AWS01957284"], verified=True, user="haruka", sender=_s, sent=_t,
    subject=subj("[CASE %s] AWS トレーニングと認定 フォーム送信の確認" % HAR_D, q=True),
    body=text_part(f"""このメールは、AWS トレーニングと認定のお問い合わせフォームから
送信された内容の確認のため、自動でお送りしています。

ケース番号: {HAR_D}

ご送信内容
------------------------------------------------------------
お名前: 佐藤 遥
お問い合わせの種類: AWS トレーニングと認定 / 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS 02481736
もう一つのアカウント: aws01957284
メッセージ:
 以前の会社のメールアドレスで作ったアカウントに CLF が残っています。
 今のアカウントに統合をお願いします。
------------------------------------------------------------

原則として24時間以内に担当者よりご連絡いたします。
追加でお伝えいただきたいことがあれば、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス
""", cte="quoted-printable"))

# 11 form ack, en, body is UTF-8 but labelled ISO-8859-1, 8bit, 10-digit case
_t = T("2025-04-02 07:51:33")
_s = aws_sender(rng("ack-form-lena"), _t, a=FORM)
add("case-logged-mislabelled", kind="case_created", lang="en", case_id=LEN_M, ids=[], verified=True,
    user="lena", sender=_s, sent=_t,
    subject="Thanks for contacting AWS Training & Certification - case %s" % LEN_M,
    body=text_part(f"""Hello Lena,

Thanks for reaching out to AWS Training & Certification — we’ve opened case
{LEN_M} for you.

Someone from our team will be in touch within the next business day. You don’t
need to do anything else right now; if you think of something we should know,
simply answer this e-mail and it’ll be added to the case.

Best,
The AWS T&C Support Team
“Learn. Build. Certify.”
""", charset="utf-8", label="iso-8859-1", cte="8bit"))

# 12 console ack, bilingual ja/en, 11-digit case, base64
_t = T("2025-10-29 02:16:44")
_s = aws_sender(rng("ack-console-morimoto-bi"), _t)
add("console-ack-bilingual", kind="case_created", lang="ja", case_id=MOR_H, ids=[], verified=True,
    user="morimoto", sender=_s, sent=_t,
    subject=subj("Amazon Web Services: ケース %s が作成されました / Case %s has been created" % (MOR_H, MOR_H)),
    body=text_part(f"""※このメールは自動送信です。 / This is an automated message.

いつも Amazon Web Services をご利用いただきありがとうございます。
サポートケースを受け付けました。担当者からの回答まで今しばらくお待ちください。

  ケース ID : {MOR_H}
  件名      : 認定アカウントの統合（社用・個人用）
  重要度    : 低 - 一般的なガイダンス
  言語      : 日本語

回答は AWS サポートセンター（https://console.aws.amazon.com/support/home）に
掲載され、あわせてメールでもお知らせします。

--------------------------------------------------------------------------
Thank you for contacting Amazon Web Services. We have opened case {MOR_H}
to address your issue. You will be notified when a response is available.

  Case ID  : {MOR_H}
  Severity : Low - General guidance

Please do not reply to this e-mail; replies to this address are not monitored.
--------------------------------------------------------------------------
アマゾン ウェブ サービス ジャパン合同会社 / Amazon Web Services
""", cte="base64"))


# ---------------------------------------------------------------- part 3: surveys and closures
# 13 duplicate case closed + star rating, en
_t = T("2025-03-12 16:48:02")
_s = aws_sender(rng("survey-dup-daniel"), _t, a=FORM)
_base = "https://survey.aws-tc-support.amazon.com/r/%s?c=%s&s=" % ("kq7Zt2", DAN_B)
_stars = "".join('<a href="%s%d" style="font-size:30px;color:#ffb400;text-decoration:none;">&#9733;</a>' % (_base, i) for i in range(1, 6))
_plain = f"""Hello Daniel,

Case {DAN_B} is now closed.

This request covers the same topic as a case you opened earlier, so we are
continuing the conversation there. You don't need to do anything.

How would you rate the help you received on this case?
  1 star  {_base}1
  2 stars {_base}2
  3 stars {_base}3
  4 stars {_base}4
  5 stars {_base}5

Thank you,
AWS Training and Certification
"""
_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f;">
<p>Hello Daniel,</p>
<p>Case <b>{DAN_B}</b> is now closed.</p>
<p>This request covers the same topic as a case you opened earlier, so we are continuing the conversation there. You don't need to do anything.</p>
<p style="margin-top:24px;">How would you rate the help you received on this case?</p>
<div>{_stars}</div>
<p style="font-size:11px;color:#888;">1 = poor, 5 = excellent</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>
"""
add("duplicate-closed-stars", kind="survey", lang="en", case_id=DAN_B, ids=[], verified=True,
    user="daniel", sender=_s, sent=_t,
    subject="[CASE %s] Closed - tell us how we did" % DAN_B,
    body=alt(text_part(_plain), text_part(_html, "html")))

# 14 yes/no questionnaire, ja, console
_t = T("2025-05-30 06:20:15")
_s = aws_sender(rng("survey-yesno-haruka"), _t)
_y = f"https://support.console.aws.amazon.com/support/feedback?displayId={HAR_C}&resolved=yes&language=ja"
_n = f"https://support.console.aws.amazon.com/support/feedback?displayId={HAR_C}&resolved=no&language=ja"
_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;">
<table width="560" align="center" style="border:1px solid #e1e4e8;"><tr><td style="padding:24px;">
<p style="font-size:13px;color:#687078;">ケース {HAR_C}</p>
<p style="font-size:18px;font-weight:bold;">今回のお問い合わせで、お困りごとは解消しましたか？</p>
<p>
<a href="{_y}" style="display:inline-block;width:110px;text-align:center;padding:10px 0;background:#1d8102;color:#fff;text-decoration:none;">はい</a>
&nbsp;&nbsp;
<a href="{_n}" style="display:inline-block;width:110px;text-align:center;padding:10px 0;background:#d13212;color:#fff;text-decoration:none;">いいえ</a>
</p>
<p style="font-size:13px;">ボタンを1回押すだけで回答できます（所要時間 約10秒）。いただいたご意見は、サポート品質の改善にのみ使用します。</p>
<p style="font-size:11px;color:#879596;">このメールは送信専用アドレスからお送りしています。</p>
</td></tr></table></body></html>
"""
_plain = f"""ケース {HAR_C}

今回のお問い合わせで、お困りごとは解消しましたか？

はい  : {_y}
いいえ: {_n}

ボタン（リンク）を1回押すだけで回答できます（所要時間 約10秒）。
いただいたご意見は、サポート品質の改善にのみ使用します。
"""
add("kaiketsu-hai-iie", kind="survey", lang="ja", case_id=HAR_C, ids=[], verified=True,
    user="haruka", sender=_s, sent=_t,
    subject=subj("[Case %s] ご意見をお聞かせください" % HAR_C),
    body=alt(text_part(_plain, cte="base64"), text_part(_html, "html", cte="base64")))

# 15 NPS 0-10, en
_t = T("2025-09-23 13:02:40")
_s = aws_sender(rng("survey-nps-priya"), _t, display="AWS Support Feedback", a="aws-support-feedback@amazon.com")
_u = "https://feedback.support.aws.amazon.com/nps?case=%s&score=" % PRI_E
_cells = "".join('<td><a href="%s%d" style="display:block;width:34px;height:34px;line-height:34px;text-align:center;border:1px solid #aab7b8;color:#16191f;text-decoration:none;">%d</a></td>' % (_u, i, i) for i in range(11))
add("nps-zero-to-ten", kind="survey", lang="en", case_id=PRI_E, ids=[], verified=True,
    user="priya", sender=_s, sent=_t,
    subject="One question about your recent support case",
    body=alt(text_part(f"""One question about support case {PRI_E}:

On a scale from 0 (not at all likely) to 10 (extremely likely), how likely are
you to recommend AWS Training and Certification support to a colleague?

Answer here: {_u}<0-10>

It takes a single click. Thanks for helping us improve.
""", charset="us-ascii", cte="7bit"), text_part(f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#16191f;">
<p style="font-size:12px;color:#687078;">Support case {PRI_E}</p>
<p style="font-size:17px;">How likely are you to recommend AWS Training and Certification support to a colleague?</p>
<table cellspacing="4"><tr>{_cells}</tr></table>
<table width="420"><tr><td style="font-size:11px;color:#687078;">Not at all likely</td><td align="right" style="font-size:11px;color:#687078;">Extremely likely</td></tr></table>
<p style="font-size:12px;">It takes a single click. Thanks for helping us improve.</p>
</body></html>
""", "html")))

# 16 closed after no reply, ja, ISO-2022-JP
_t = T("2025-07-23 01:00:12")
_s = aws_sender(rng("survey-noreply-tanabe"), _t)
add("henshin-nashi-close", kind="survey", lang="ja", case_id=TAN_J, ids=[], verified=True,
    user="tanabe", sender=_s, sent=_t,
    subject=subj("[Case %s] ケースをクローズしました" % TAN_J, "iso-2022-jp"),
    body=text_part(f"""田辺 由紀 様

ケース {TAN_J} につきまして、担当者からのご連絡のあと一定期間
ご返信をいただけなかったため、本日付でケースをクローズいたしました。

引き続きお手伝いが必要な場合は、サポートセンターからケースを再開いただくか、
新しいケースを作成してください。その際、このケース番号をお書き添えいただくと
スムーズです。

よろしければ、今回の対応についてのアンケートにご協力ください（約1分）。
https://support.console.aws.amazon.com/support/home#/case/?displayId={TAN_J}&survey=1&language=ja

アマゾン ウェブ サービス ジャパン合同会社
""", charset="iso-2022-jp", cte="7bit"))

# 17 closed after no reply, en; genuine AWS mail relayed by an alumni forwarder that broke DKIM
_t = T("2025-09-02 18:30:55")
_r = rng("survey-noreply-marco")
_s = aws_sender(_r, _t, a=FORM)
_s["mailfrom"] = "SRS0=%s=%s=email.amazonses.com=%s@alumni.polimi-net.it" % (rb64(_r, 3)[:4], "T4", _s["msgid"][1:].split("@")[0])
_orig_helo, _orig_ip = _s["helo"], _s["ip"]
_s["helo"], _s["ip"] = "relay2.alumni.polimi-net.it", "193.205.81.44"
_fwd_rcv = [("Received", "from %s (%s [%s])\n\tby relay2.alumni.polimi-net.it (Postfix) with ESMTPS id 4cGq%s\n\tfor <marco.bellini@alumni.polimi-net.it>; %s" % (
    _orig_helo, _orig_helo, _orig_ip, rb64(_r, 6)[:7], fmt(_t + dt.timedelta(seconds=1), ZoneInfo("Europe/Rome"))))]
add("closed-no-response", kind="survey", lang="en", case_id=MAR_K, ids=[], verified=False,
    user="marco", sender=_s, sent=_t, dkim_res="fail", dmarc="fail", pre_extra=_fwd_rcv,
    to="marco.bellini@alumni.polimi-net.it",
    subject="[CASE %s] We've closed your request" % MAR_K,
    body=text_part(f"""Hi Marco,

We haven't heard back from you since our last message, so we've gone ahead and
closed case {MAR_K}.

Nothing is lost: if you still need us, reply to this e-mail within 14 days and
the case opens again with its full history. After that, please start a new
request and mention this number.

Would you spend 30 seconds telling us how this case went?
https://pulse.aws.training/feedback?ref={MAR_K}

AWS Training and Certification Support

--
Inoltrato dal servizio di posta Alumni / Forwarded by the Alumni mail service
""", cte="quoted-printable"))

# 18 "resolved" notice with star rating, ja, HTML only
_t = T("2026-02-09 08:44:21")
_s = aws_sender(rng("survey-resolved-ogawa"), _t, a=FORM)
_su = "https://survey.aws-tc-support.amazon.com/ja/%s?rating=" % OGA_L
add("kaiketsuzumi-hyouka", kind="survey", lang="ja", case_id=OGA_L, ids=[], verified=True,
    user="ogawa", sender=_s, sent=_t,
    subject=subj("お問い合わせ（ケース番号 %s）は解決済みになりました" % OGA_L),
    body=text_part(f"""<html><head><meta charset="utf-8"><style>
.box{{width:520px;margin:20px auto;font-family:'Hiragino Sans','Meiryo',sans-serif;border-radius:8px;border:1px solid #d9d9d9;}}
.hd{{background:#f7f7f7;padding:14px 20px;font-size:13px;color:#666;border-radius:8px 8px 0 0;}}
.bd{{padding:20px;font-size:14px;line-height:1.8;color:#222;}}
.st a{{font-size:28px;color:#f0a500;text-decoration:none;margin-right:4px;}}
</style></head><body>
<div class="box"><div class="hd">AWS トレーニングと認定</div>
<div class="bd">
<p>小川 翔太 様</p>
<p>ケース番号 {OGA_L} のステータスを「解決済み」に変更しました。</p>
<p>担当者の対応はいかがでしたか。星の数で教えてください。</p>
<p class="st"><a href="{_su}1">&#9733;</a><a href="{_su}2">&#9733;</a><a href="{_su}3">&#9733;</a><a href="{_su}4">&#9733;</a><a href="{_su}5">&#9733;</a></p>
<p style="font-size:12px;color:#888;">解決していない場合は、このメールにご返信いただければケースを再開します。</p>
</div></div></body></html>
""", "html", cte="quoted-printable"))


# 19 closure + yes/no on top, completion quoted underneath (only quoted), en
_t = T("2025-03-14 17:26:09")
_s = aws_sender(rng("survey-quoted-daniel"), _t, a=FORM)
add("followup-did-we-solve", kind="survey", lang="en", case_id=DAN_A, ids=[], verified=True,
    user="daniel", sender=_s, sent=_t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % DAN_A,
    body=text_part(f"""Hello,

We're following up on case {DAN_A}. Our records show this case as closed.

Did we solve your problem?
  Yes: https://survey.aws-tc-support.amazon.com/q?c={DAN_A}&a=1
  No:  https://survey.aws-tc-support.amazon.com/q?c={DAN_A}&a=0

Your answer goes straight to the team that handled your request.

Sincerely,
AWS Training and Certification

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Thursday, March 13, 2025 11:02 PM
To: d.okafor@outlook.com
Subject: RE:[CASE {DAN_A}] [AWS Training and Certification Form Submission] - account-assistance

> Hello Daniel,
>
> Everything that was held under AWS01184023 now lives under AWS02905571, and
> the older profile has been switched off. Your Cloud Practitioner shows on
> AWS02905571 from today.
>
> Best regards,
> Ifeoma
> Amazon Web Services
>
> > From: Daniel Okafor <d.okafor@outlook.com>
> > Sent: Thursday, March 13, 2025 8:40 AM
> > The details are correct. Please proceed with the merge.
> > Daniel
""", cte="quoted-printable"))

# 20 rating request, ja, plain (ISO-2022-JP) and HTML (UTF-8) differ
_t = T("2025-11-12 03:05:47")
_s = aws_sender(rng("survey-faces-morimoto"), _t, a=FORM)
_fu = "https://survey.aws-tc-support.amazon.com/ja/%s?f=" % MOR_G
_faces = "".join('<a href="%s%d" style="font-size:30px;text-decoration:none;margin:0 6px;">%s</a>' % (_fu, i, e)
                 for i, e in enumerate(["&#128544;", "&#128543;", "&#128528;", "&#128578;", "&#128516;"], 1))
add("hyouka-onegai-faces", kind="survey", lang="ja", case_id=MOR_G, ids=[], verified=True,
    user="morimoto", sender=_s, sent=_t,
    subject=subj("サポートの評価をお願いします [CASE %s]" % MOR_G, "iso-2022-jp"),
    body=alt(text_part(f"""評価はこちらから: {_fu}3
（ケース {MOR_G}）
""", charset="iso-2022-jp", cte="7bit"),
             text_part(f"""<html><body style="font-family:'Meiryo UI',sans-serif;font-size:14px;">
<p>森本 健二 様</p>
<p>先日はお問い合わせ（ケース {MOR_G}）をいただき、ありがとうございました。<br>
担当者の対応について、率直なご感想をお聞かせください。</p>
<p style="text-align:center;">{_faces}</p>
<p style="text-align:center;font-size:11px;color:#888;">とても不満 &larr; &rarr; とても満足</p>
<p style="font-size:12px;color:#666;">回答は匿名で集計され、担当者の評価とサービス改善に活用されます。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
""", "html", cte="base64")))

# 21 one-liner yes/no, en, case id only in the subject
_t = T("2026-01-23 22:10:31")
_s = aws_sender(rng("survey-short-priya"), _t, a=FORM)
add("resolved-yes-no-short", kind="survey", lang="en", case_id=PRI_F, ids=[], verified=True,
    user="priya", sender=_s, sent=_t,
    subject="[CASE %s] Quick question" % PRI_F,
    body=text_part("""Was this resolved?

Yes -> https://survey.aws-tc-support.amazon.com/y/e8Hq2c
No  -> https://survey.aws-tc-support.amazon.com/n/e8Hq2c

-- AWS T&C Support
""", charset="us-ascii", cte="7bit"))

# 22 phishing questionnaire from a look-alike domain, ja (own DMARC passes, but not AWS)
_t = T("2025-06-02 10:12:08")
_r = rng("survey-phish-haruka")
_s = dict(display="AWS サポート", addr="survey@aws-support-center.net",
          mailfrom="bounce-%d@mail.aws-support-center.net" % _r.randint(10000, 99999),
          helo="mail.aws-support-center.net", ip="185.225.%d.%d" % (_r.randint(1, 250), _r.randint(1, 250)),
          dkim=[("aws-support-center.net", "default")], from_dom="aws-support-center.net",
          msgid="<%s@aws-support-center.net>" % rhex(_r, 24))
add("anketo-gift-card", kind="survey", lang="ja", case_id=HAR_C, ids=[], verified=False,
    user="haruka", sender=_s, sent=_t, dmarc_policy="NONE", xmailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
    subject=subj("【AWS】ケース %s に関するアンケートのお願い（Amazonギフトカード進呈）" % HAR_C),
    body=text_part(f"""佐藤 遥 様

先日は AWS サポート（ケース {HAR_C}）をご利用いただき、誠にありがとうございました。

サービス向上のため、簡単なアンケートにご協力をお願いしております。
ご回答いただいた方全員に、Amazon ギフトカード 1,000 円分をお送りします。

▼アンケートに回答する（AWS アカウントでのサインインが必要です）
https://aws-support-center.net/survey/login?case={HAR_C}

回答期限：2025年6月4日 23:59
期限を過ぎますと特典は無効となります。

AWS カスタマーサポート
""", cte="base64"))

# 23 "marked as Resolved", en, base64
_t = T("2025-04-08 15:37:00")
_s = aws_sender(rng("survey-resolved-lena"), _t, a=FORM)
add("status-resolved-reopen", kind="survey", lang="en", case_id=LEN_M, ids=[], verified=True,
    user="lena", sender=_s, sent=_t,
    subject="Case %s status update: Resolved" % LEN_M,
    body=text_part(f"""Dear Lena Fischer,

The status of your case {LEN_M} has changed to: Resolved

If something is still not right, answer this message within 14 days and the
case will be reopened automatically. After 14 days, please contact us through
the Training and Certification support form.

Your opinion matters to us. Please rate the service you received:
https://survey.aws-tc-support.amazon.com/en/{LEN_M}

Kind regards,
AWS Training and Certification Support
""", cte="base64"))

# 24 satisfaction survey with NPS, ja, Shift_JIS QP, no Authentication-Results at all
_t = T("2025-07-24 02:15:40")
_s = aws_sender(rng("survey-nps-tanabe"), _t, display="AWS サポート アンケート", a="aws-support-feedback@amazon.com")
add("manzokudo-chousa", kind="survey", lang="ja", case_id=TAN_J, ids=[], verified=None,
    user="tanabe", sender=_s, sent=_t, auth=False,
    subject=subj_raw("AWS サポート 満足度調査のお願い（ケース %s）" % TAN_J, "Shift_JIS", "cp932", chunk=14),
    body=text_part(f"""田辺 由紀 様

先日クローズしたケース {TAN_J} について、2つだけ質問させてください。

Q1. AWS サポートを同僚やご友人に勧める可能性はどのくらいありますか。
    0（まったくない）から 10（非常に高い）でお答えください。
    https://feedback.support.aws.amazon.com/ja/nps?case={TAN_J}

Q2. 担当者の説明はわかりやすかったですか。
    https://feedback.support.aws.amazon.com/ja/q2?case={TAN_J}

ご回答の締め切りは配信から 30 日後です。
ご協力ありがとうございました。

アマゾン ウェブ サービス ジャパン合同会社
""", charset="shift_jis", encoder="cp932", label="Shift_JIS", cte="quoted-printable"))


# ---------------------------------------------------------------- part 5: Credly badges
def _u(seed):
    return str(uuid.UUID(int=rng(seed).getrandbits(128), version=4))


# 25 badge issued, en, big HTML + plain
_t = T("2025-03-15 02:41:19")
_s = credly_sender(rng("credly-daniel-saa"), _t, rcpt="d.okafor@outlook.com")
_b = _u("b-daniel-saa")
add("credly-saa-earned", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
    user="daniel", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject="Daniel, you earned a badge: AWS Certified Solutions Architect – Associate".replace("–", "-"),
    body=alt(text_part(f"""Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a badge:

    AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your e-mail signature, or
download a PDF certificate:
https://www.credly.com/earner/earned/badge/{_b}

Questions? Visit https://support.credly.com

Credly, a Pearson company
210 Carnegie Center Dr., Suite 102, Princeton, NJ 08540
Unsubscribe from badge notifications: https://www.credly.com/notifications
""", cte="quoted-printable"), text_part(f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f5f7;">
<center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Helvetica Neue',Arial,sans-serif;">
<tr><td style="padding:24px;text-align:left;"><img src="https://images.credly.com/images/credly-logo-orange.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 40px;text-align:center;">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="badge">
<h1 style="font-size:24px;color:#2c2c2c;margin:16px 0 4px;">Congratulations, Daniel!</h1>
<p style="font-size:15px;color:#555;">Amazon Web Services Training and Certification has issued you a badge</p>
<p style="font-size:18px;font-weight:bold;color:#2c2c2c;">AWS Certified Solutions Architect &ndash; Associate</p>
<a href="https://www.credly.com/earner/earned/badge/{_b}" style="display:inline-block;background:#ff6b00;color:#fff;padding:14px 36px;border-radius:4px;text-decoration:none;font-weight:bold;">Accept your badge</a>
<p style="font-size:13px;color:#777;margin:28px 0;">Share it on LinkedIn, add it to your e-mail signature, or download a PDF certificate.</p>
</td></tr>
<tr><td style="background:#2c2c2c;color:#aaa;font-size:11px;padding:20px 40px;">Credly, a Pearson company &middot; 210 Carnegie Center Dr., Suite 102, Princeton, NJ 08540<br><a href="https://www.credly.com/notifications" style="color:#aaa;">Manage notifications</a></td></tr>
</table></center></body></html>
""", "html", cte="quoted-printable")))

# 26 badge issued, ja, Credly Japanese template
_t = T("2025-05-31 04:12:55")
_s = credly_sender(rng("credly-haruka-clf"), _t, rcpt="haruka.sato.aws@gmail.com")
_b = _u("b-haruka-clf")
add("credly-badge-hakkou", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
    user="haruka", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject=subj("Amazon Web Services Training and Certification からバッジが発行されました"),
    body=alt(text_part(f"""佐藤 遥 さん、おめでとうございます。

Amazon Web Services Training and Certification から、次のデジタルバッジが
発行されました。

  AWS Certified Cloud Practitioner

バッジを受け取ると、LinkedIn などで公開したり、認定の証明として共有したり
できます。
バッジを受け取る: https://www.credly.com/badges/{_b}/accept?locale=ja

Credly
""", cte="base64"), text_part(f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Noto Sans JP',sans-serif;background:#fafafa;">
<div style="width:560px;margin:0 auto;background:#fff;padding:32px;text-align:center;">
<div style="color:#ff6b00;font-weight:bold;font-size:20px;letter-spacing:1px;">Credly</div>
<p style="font-size:20px;margin-top:24px;">佐藤 遥 さん、おめでとうございます！</p>
<p>Amazon Web Services Training and Certification から<br>新しいデジタルバッジが発行されました。</p>
<div style="border:1px solid #eee;border-radius:6px;padding:16px;margin:16px 40px;">
<img src="https://images.credly.com/size/220x220/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="110" alt=""><br>
<b>AWS Certified Cloud Practitioner</b></div>
<a href="https://www.credly.com/badges/{_b}/accept?locale=ja" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 32px;border-radius:24px;text-decoration:none;">バッジを受け取る</a>
<p style="font-size:11px;color:#999;margin-top:32px;">このメールは Credly の通知設定に基づいてお送りしています。</p>
</div></body></html>
""", "html", cte="base64")))

# 27 pending badge reminder (recent, not yet accepted), en
_t = T("2025-09-24 14:00:03")
_s = credly_sender(rng("credly-priya-pending"), _t, rcpt="priya@ramanlabs.io", display="Credly")
_b = _u("b-priya-mla")
add("badge-still-waiting", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
    user="priya", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject="Reminder: your AWS badge is ready to accept",
    body=text_part(f"""<html><body style="font-family:Arial,sans-serif;color:#333;">
<table width="100%"><tr><td align="center">
<table width="520" style="border:1px solid #e6e6e6;">
<tr><td style="padding:28px 32px;">
<p style="font-size:13px;color:#999;text-transform:uppercase;letter-spacing:1px;">Don't forget</p>
<p style="font-size:20px;">Hi Priya, a badge you earned last week is still waiting for you.</p>
<p><b>AWS Certified Machine Learning Engineer &ndash; Associate</b><br>
<span style="color:#777;">Issued by Amazon Web Services Training and Certification on September 17, 2025</span></p>
<p>Accept it to make it visible on your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/{_b}" style="background:#ff6b00;color:#fff;padding:11px 26px;text-decoration:none;border-radius:3px;">Accept badge</a></p>
<p style="font-size:12px;color:#999;">We'll stop reminding you once you've accepted or declined the badge.</p>
</td></tr></table>
<p style="font-size:11px;color:#aaa;">Credly &middot; Princeton, NJ</p>
</td></tr></table></body></html>
""", "html", cte="quoted-printable"))

# 28 badges moved to this account after the merge, ja
_t = T("2025-11-11 07:33:48")
_s = credly_sender(rng("credly-morimoto-moved"), _t, rcpt="k.morimoto@kitaura-sys.co.jp")
add("credly-badge-iten", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
    user="morimoto", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject=subj("バッジがこのアカウントに移されました", q=True),
    body=alt(text_part("""森本 健二 様

Amazon Web Services Training and Certification でのアカウント統合に伴い、
以下のバッジをこのメールアドレスの Credly アカウントへ移しました。

 - AWS Certified Solutions Architect - Associate
 - AWS Certified Developer - Associate

移されたバッジは、受け取り手続きをしていただくとプロフィールに表示されます。
https://www.credly.com/earner/earned

以前のメールアドレスに届いたリンクは無効になっています。

Credly サポートチーム
"""), text_part("""<html><body style="font-family:sans-serif;">
<p>森本 健二 様</p>
<p>Amazon Web Services Training and Certification でのアカウント統合に伴い、以下のバッジをこのメールアドレスの Credly アカウントへ移しました。</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p>移されたバッジは、<a href="https://www.credly.com/earner/earned">受け取り手続き</a>をしていただくとプロフィールに表示されます。</p>
<p style="color:#888;font-size:12px;">以前のメールアドレスに届いたリンクは無効になっています。</p>
<p>Credly サポートチーム</p></body></html>
""", "html")))

# 29 three badges transferred after merge, en, HTML only, base64
_t = T("2025-10-14 19:05:30")
_s = credly_sender(rng("credly-marco-transfer"), _t, rcpt="marco.bellini@fastmail.com")
_rows = "".join('<tr><td style="padding:8px 0;border-bottom:1px solid #eee;"><img src="https://images.credly.com/size/80x80/images/%s/image.png" width="40" style="vertical-align:middle;"> &nbsp;%s</td><td style="color:#2e7d32;font-size:12px;">Transferred</td></tr>' % (_u("img" + n), n)
                for n in ["AWS Certified Cloud Practitioner", "AWS Certified SysOps Administrator &ndash; Associate", "AWS Certified Security &ndash; Specialty"])
add("three-badges-transferred", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
    user="marco", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject="3 badges have been transferred to your Credly account",
    body=text_part(f"""<html><body style="background:#eef0f3;padding:24px 0;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="padding:28px 32px 8px;"><h2 style="margin:0;font-weight:500;">Your badges found their new home</h2></td></tr>
<tr><td style="padding:8px 32px;">Hi Marco, Amazon Web Services Training and Certification has consolidated your certification records. The badges below now belong to this Credly account:</td></tr>
<tr><td style="padding:8px 32px;"><table width="100%">{_rows}</table></td></tr>
<tr><td style="padding:16px 32px 28px;"><a href="https://www.credly.com/users/marco-bellini.a41f2c/badges" style="color:#ff6b00;font-weight:bold;">View your profile &rarr;</a></td></tr>
</table>
<p style="text-align:center;font-size:11px;color:#8a8f98;font-family:Arial,sans-serif;">You are receiving this because you have a Credly account. &copy; 2025 Credly</p>
</body></html>
""", "html", cte="base64"))


# 30 badge ready to accept, ja, base64
_t = T("2026-02-10 11:20:09")
_s = credly_sender(rng("credly-ogawa-ready"), _t, rcpt="s-ogawa@biglobe.ne.jp")
_b = _u("b-ogawa-dva")
add("badge-uketori-junbi", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
    user="ogawa", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject=subj("小川 翔太 さん、新しいバッジを受け取る準備ができました"),
    body=alt(text_part(f"""小川 翔太 さん

AWS Certified Developer - Associate のバッジを受け取る準備ができました。
発行者：Amazon Web Services Training and Certification

下のリンクから手続きを済ませると、あなたの Credly プロフィールに表示されます。
{"https://www.credly.com/badges/%s/accept" % _b}

リンクの有効期限はありません。いつでも受け取れます。
""", cte="base64"), text_part(f"""<html><body style="font-family:'Yu Gothic UI',sans-serif;margin:0;">
<div style="background:#ff6b00;height:6px;"></div>
<div style="padding:28px 36px;max-width:520px;">
<p style="font-size:16px;">小川 翔太 さん</p>
<p style="font-size:22px;font-weight:bold;margin:8px 0 20px;">新しいバッジを受け取る準備ができました</p>
<p>AWS Certified Developer &ndash; Associate<br><small style="color:#777;">発行者：Amazon Web Services Training and Certification</small></p>
<p><a href="https://www.credly.com/badges/{_b}/accept" style="border:2px solid #ff6b00;color:#ff6b00;padding:10px 24px;text-decoration:none;font-weight:bold;">受け取る</a></p>
<p style="font-size:12px;color:#999;">リンクの有効期限はありません。</p></div></body></html>
""", "html", cte="base64")))

# 31 English Credly mail to a Japanese user, plain text only
_t = T("2025-08-01 09:47:12")
_s = credly_sender(rng("credly-tanabe-en"), _t, rcpt="yuki-tanabe@nifty.com")
_b = _u("b-tanabe-saa")
add("issued-plain-english", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
    user="tanabe", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject="You've been issued a badge by Amazon Web Services Training and Certification",
    body=text_part(f"""Hi Yuki,

Amazon Web Services Training and Certification just sent you a new badge:
AWS Certified Solutions Architect - Associate

Claim it here: https://www.credly.com/badges/{_b}/accept

Once claimed, your badge has its own web page that employers can check. You
can make it public or keep it private at any time.

-- The Credly Team
""", charset="us-ascii", cte="7bit"))

# 32 phishing Credly look-alike, ja
_t = T("2025-06-05 13:58:41")
_r = rng("credly-phish-haruka")
_s = dict(display="Credly", addr="badges@credly-notify.com",
          mailfrom="return@credly-notify.com", helo="vps-2291.hostlocal-srv.com",
          ip="45.146.%d.%d" % (_r.randint(1, 250), _r.randint(1, 250)),
          dkim=[], from_dom="credly-notify.com", msgid="<%s.%d@vps-2291.hostlocal-srv.com>" % (rhex(_r, 16), _r.randint(1000, 9999)))
add("badge-login-required", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=False,
    user="haruka", sender=_s, sent=_t, dkim=False, dmarc="none", spf="neutral",
    subject=subj("【Credly】AWS 認定バッジが発行されました - 48時間以内に受け取ってください"),
    body=text_part("""<html><body>
<p>佐藤 遥 様</p>
<p>Amazon Web Services から AWS Certified Cloud Practitioner のバッジが発行されました。</p>
<p>セキュリティ強化のため、バッジの受け取りには <b>Amazon アカウントでの再ログイン</b> が必要です。<br>
48時間以内に手続きされない場合、バッジは失効します。</p>
<p><a href="http://credly-notify.com/accept/login.php?id=8812">バッジを受け取る</a></p>
<p>Credly サポート</p>
</body></html>
""", "html", cte="quoted-printable"))

# 33 two pending badges (one moved over from the merged account), en, plain QP
_t = T("2025-03-22 15:00:27")
_s = credly_sender(rng("credly-daniel-two"), _t, rcpt="d.okafor@outlook.com", display="Credly Notifications")
add("two-badges-pending", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
    user="daniel", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject="You have 2 badges waiting for you",
    body=text_part(f"""Daniel, you have 2 badges from Amazon Web Services Training and Certification
that you haven't accepted yet:

  * AWS Certified Cloud Practitioner  (moved here from your other certification account)
  * AWS Certified Solutions Architect – Associate

Accept them: https://www.credly.com/earner/earned

Accepted badges appear on your public profile; you can change that at any time.
Questions about a badge's details go to the organisation that issued it.

Credly | 210 Carnegie Center Dr, Princeton, NJ 08540 | Email preferences: https://www.credly.com/notifications
""", cte="quoted-printable"))

# 34 new badge, ja, plain and HTML differ (only HTML names the badge)
_t = T("2025-12-16 23:30:02")
_s = credly_sender(rng("credly-morimoto-aif"), _t, rcpt="k.morimoto@kitaura-sys.co.jp")
_b = _u("b-morimoto-aif")
add("new-badge-html-detail", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
    user="morimoto", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject=subj("新しいバッジが届いています", "iso-2022-jp"),
    body=alt(text_part(f"""新しいバッジが届いています。
https://www.credly.com/badges/{_b}
（このメールを HTML で表示すると詳細をご覧いただけます）
""", charset="iso-2022-jp", cte="7bit"), text_part(f"""<html><body style="font-family:'BIZ UDPGothic',sans-serif;">
<table width="540" align="center" style="border-collapse:collapse;">
<tr><td style="padding:20px;border-bottom:3px solid #ff6b00;font-size:18px;">Credly</td></tr>
<tr><td style="padding:24px 20px;font-size:14px;line-height:1.9;">
森本 健二 様<br><br>
Amazon Web Services Training and Certification から<br>
<b style="font-size:17px;">AWS Certified AI Practitioner</b><br>
のバッジが発行されました。<br><br>
<a href="https://www.credly.com/badges/{_b}" style="background:#ff6b00;color:#fff;padding:10px 26px;text-decoration:none;">バッジを確認して受け取る</a>
</td></tr></table></body></html>
""", "html", cte="quoted-printable")))

# ---------------------------------------------------------------- part 6b: look-alikes (unrelated)
# 35 Credly expiry reminder, en
_t = T("2025-06-11 16:02:44")
_s = credly_sender(rng("credly-daniel-expiry"), _t, rcpt="d.okafor@outlook.com")
add("badge-expires-90-days", kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
    user="daniel", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject="Your AWS Certified Cloud Practitioner badge expires in 90 days",
    body=alt(text_part("""Hi Daniel,

Heads up: your AWS Certified Cloud Practitioner badge, issued by Amazon Web
Services Training and Certification, expires on September 9, 2025.

After that date the badge will show as expired on your profile. To keep it
current, follow the issuer's recertification requirements:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/earner/earned

Credly
"""), text_part("""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<p>Hi Daniel,</p>
<p><b>Heads up:</b> your <b>AWS Certified Cloud Practitioner</b> badge, issued by Amazon Web Services Training and Certification, expires on <b>September 9, 2025</b>.</p>
<p>After that date the badge will show as expired on your profile. To keep it current, follow the issuer's <a href="https://aws.amazon.com/certification/recertification/">recertification requirements</a>.</p>
<p><a href="https://www.credly.com/earner/earned">View badge</a></p><p>Credly</p></body></html>
""", "html")))

# 36 Credly recertification reminder, ja
_t = T("2026-02-15 00:05:18")
_s = credly_sender(rng("credly-haruka-recert"), _t, rcpt="haruka.sato.aws@gmail.com")
add("yuukou-kigen-chikai", kind="unrelated", lang="ja", case_id=None, ids=[], verified=True,
    user="haruka", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject=subj("【Credly】バッジの有効期限が近づいています：AWS Certified Cloud Practitioner"),
    body=text_part("""佐藤 遥 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」（発行者：Amazon Web
Services Training and Certification）の有効期限は 2026年5月14日 です。

期限を過ぎるとプロフィール上で「期限切れ」と表示されます。
引き続き有効な状態を保つには、発行者が定める再認定の手続きを行ってください。
https://aws.amazon.com/jp/certification/recertification/

バッジを見る：https://www.credly.com/earner/earned

Credly
""", cte="quoted-printable"))

# 37 Credly's own account-merge verification code, en
_t = T("2025-10-02 20:44:10")
_s = credly_sender(rng("credly-priya-mergecode"), _t, rcpt="priya@ramanlabs.io", display="Credly", a="noreply@credly.com")
add("credly-merge-code", kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
    user="priya", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject="Your Credly account merge code",
    body=alt(text_part("""Hi Priya,

Someone (hopefully you) asked to merge another Credly account into this one.

Your verification code: 731204

Enter the code on the merge page, or click "Complete Account Merge":
https://www.credly.com/account/merge/confirm?token=Zk3q8VbT1xR

The code expires in 30 minutes. If you didn't ask for this, you can ignore this
e-mail; nothing will change.

Credly Support
""", charset="us-ascii", cte="7bit"), text_part("""<html><body style="font-family:Arial,sans-serif;">
<p>Hi Priya,</p>
<p>Someone (hopefully you) asked to merge another Credly account into this one.</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold;">731204</p>
<p><a href="https://www.credly.com/account/merge/confirm?token=Zk3q8VbT1xR" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none;">Complete Account Merge</a></p>
<p style="font-size:12px;color:#777;">The code expires in 30 minutes. If you didn't ask for this, you can ignore this e-mail; nothing will change.</p>
<p>Credly Support</p></body></html>
""", "html", charset="us-ascii", cte="7bit")))

# 38 Credly merge code, ja
_t = T("2025-08-03 04:18:27")
_s = credly_sender(rng("credly-tanabe-mergecode"), _t, rcpt="yuki-tanabe@nifty.com", display="Credly", a="noreply@credly.com")
add("credly-tougou-kakunin-code", kind="unrelated", lang="ja", case_id=None, ids=[], verified=True,
    user="tanabe", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject=subj("Credly アカウントの統合 - 確認コード"),
    body=text_part("""田辺 由紀 さん

別の Credly アカウントをこのアカウントに統合するリクエストを受け付けました。

確認コード：406 918

統合画面にこのコードを入力するか、次のリンクから手続きを完了してください。
https://www.credly.com/account/merge/confirm?token=p2LwQ9cY0a&locale=ja

コードの有効期限は 30 分です。
お心当たりがない場合は、このメールを破棄してください。アカウントは変更されません。

Credly サポート
""", cte="base64"))

# 39 Credly newsletter, en
_t = T("2026-03-04 15:30:00")
_s = credly_sender(rng("credly-marco-news"), _t, rcpt="marco.bellini@fastmail.com", display="Credly", a="news@credly.com")
add("credly-digest-march", kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
    user="marco", sender=_s, sent=_t, dmarc_policy="REJECT",
    extra=[("List-Unsubscribe", "<https://www.credly.com/unsubscribe?u=4f9a21&l=digest>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    subject="The Credly Digest: what 2026 hiring managers want to see on your profile",
    body=alt(text_part("""THE CREDLY DIGEST - March 2026

1. Skills over titles: 7 in 10 hiring managers now check verified badges
   before the first interview.
2. Stack your badges: how cloud professionals combine associate and specialty
   credentials to stand out.
3. New on Credly: share a badge straight to your resume PDF.

Read more: https://info.credly.com/digest/2026-03

You're receiving this because you subscribed to Credly news.
Unsubscribe: https://www.credly.com/unsubscribe?u=4f9a21&l=digest
"""), text_part("""<html><body style="background:#f3f3f3;font-family:Georgia,serif;">
<table width="600" align="center" style="background:#fff;">
<tr><td style="padding:30px;font-size:30px;">The Credly Digest <span style="font-size:14px;color:#999;">March 2026</span></td></tr>
<tr><td style="padding:0 30px 20px;"><h3>Skills over titles</h3><p>7 in 10 hiring managers now check verified badges before the first interview.</p>
<h3>Stack your badges</h3><p>How cloud professionals combine associate and specialty credentials to stand out.</p>
<h3>New on Credly</h3><p>Share a badge straight to your resume PDF.</p>
<p><a href="https://info.credly.com/digest/2026-03">Read more</a></p></td></tr>
<tr><td style="padding:20px 30px;font-size:11px;color:#999;">You're receiving this because you subscribed to Credly news. <a href="https://www.credly.com/unsubscribe?u=4f9a21&amp;l=digest">Unsubscribe</a></td></tr>
</table></body></html>
""", "html")))

# 40 another issuer's badge via Credly, en
_t = T("2025-05-20 10:11:55")
_s = credly_sender(rng("credly-lena-lf"), _t, rcpt="lena.fischer@mailbox.org", display="The Linux Foundation via Credly")
_b = _u("b-lena-cka")
add("cka-badge-linux-foundation", kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
    user="lena", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject="Congratulations! The Linux Foundation has issued you a badge",
    body=text_part(f"""<html><body style="font-family:Helvetica,Arial,sans-serif;text-align:center;">
<p style="font-size:22px;">Congratulations, Lena!</p>
<p>The Linux Foundation has issued you a badge:</p>
<p style="font-size:18px;"><b>CKA: Certified Kubernetes Administrator</b></p>
<p><a href="https://www.credly.com/badges/{_b}/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;">Accept your badge</a></p>
<p style="font-size:11px;color:#999;">Credly, a Pearson company</p></body></html>
""", "html", cte="quoted-printable"))

# 41 another issuer's badge via Credly, ja
_t = T("2026-01-28 06:40:13")
_s = credly_sender(rng("credly-ogawa-cisco"), _t, rcpt="s-ogawa@biglobe.ne.jp", display="Cisco via Credly")
_b = _u("b-ogawa-ccna")
add("cisco-ccna-badge-ja", kind="unrelated", lang="ja", case_id=None, ids=[], verified=True,
    user="ogawa", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject=subj("Cisco からバッジが発行されました: Cisco Certified Network Associate (CCNA)"),
    body=text_part(f"""小川 翔太 さん、おめでとうございます。

Cisco から次のバッジが発行されました。
  Cisco Certified Network Associate (CCNA)

バッジを受け取る：https://www.credly.com/badges/{_b}/accept?locale=ja

Credly
""", cte="base64"))


# 42 billing case opened (console), ja -> another AWS case, not the merge
_t = MOR_I_OPEN + dt.timedelta(seconds=7)
_s = aws_sender(rng("ack-billing-morimoto"), _t)
add("seikyu-case-open", kind="unrelated", lang="ja", case_id=MOR_I, ids=[], verified=True,
    user="morimoto", sender=_s, sent=_t,
    subject=subj("Amazon Web Services: 新しいサポートケースが作成されました: %s" % MOR_I),
    body=text_part(f"""森本 健二 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お問い合わせに対応するため、サポートケース {MOR_I} を作成いたしました。

ケース ID: {MOR_I}
件名: 10月分の請求書で EC2 の料金が二重に計上されているように見える
重要度: 一般的なご質問
カテゴリ: 請求 > 請求書・明細

AWS サポートセンター:
https://support.console.aws.amazon.com/support/home#/case/?displayId={MOR_I}&language=ja

※このメールアドレスは送信専用です。

Amazon Web Services
""", cte="base64"))

# 43 Seller Central case reply, same RE:[CASE ...] style, en
_t = T("2025-04-17 19:22:50")
_s = aws_sender(rng("seller-central-daniel"), _t, display="Amazon Selling Partner Support", a="sellercentral-support@amazon.com")
add("seller-central-listing-case", kind="unrelated", lang="en", case_id="5884127730", ids=[], verified=True,
    user="daniel", sender=_s, sent=_t,
    subject="RE:[CASE 5884127730] Listing suppressed - ASIN B0CX7Q21MR",
    body=text_part("""Hello,

Thank you for contacting Amazon Selling Partner Support.

I reviewed the ASIN you mentioned (B0CX7Q21MR). The listing was suppressed
because the main image does not have a pure white background. Once you upload a
compliant image in Manage Inventory > Edit > Images, the listing should become
active again within 24 hours.

Was this response helpful? Rate it in Seller Central under Case Log.

We value your feedback.

Nadia K.
Amazon.com
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884127730
""", cte="quoted-printable"))

# 44 colleague forwards the completion mail (internal, no Authentication-Results), ja
_t = T("2025-11-11 01:20:37")
_r = rng("fwd-colleague-morimoto")
_s = dict(display="宮下 奈緒", addr="n-miyashita@kitaura-sys.co.jp", mailfrom="n-miyashita@kitaura-sys.co.jp",
          helo="", ip="", dkim=[], from_dom="kitaura-sys.co.jp",
          msgid="<TY%dPR%02dMB%04d%s@TY%dPR%02dMB%04d.jpnprd01.prod.outlook.com>" % (
              3, 1, 8435, rhex(_r, 40).upper(), 3, 1, 8435))
_fwd_plain = f"""森本さん

お疲れさまです。総務の宮下です。

旧アカウント（AWS00764419）の通知先が総務の共有アドレスになっていたため、
AWS からの連絡がこちらに届いていました。AWS03318402 のほうに一本化された
とのことですので、念のため転送します。ご確認ください。

宮下

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年11月11日 6:10
宛先: soumu@kitaura-sys.co.jp
件名: RE:[CASE {MOR_G}] [AWS Training and Certification Form Submission] - account-assistance

森本 健二 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスです。

ご依頼いただいておりました AWS00764419 の認定履歴を AWS03318402 へ
移行いたしました。AWS00764419 は今後ご利用いただけません。

ご不明な点がございましたら、本メールにご返信ください。
"""
_fwd_html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-2022-jp\"></head><body><div style=\"font-family:'Meiryo UI';font-size:11pt;\">" + \
    _fwd_plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>\n"
add("fw-toumu-tensou", kind="unrelated", lang="ja", case_id=MOR_G, ids=["AWS00764419", "AWS03318402"],
    verified=None, user="morimoto", sender=_s, sent=_t, auth=False, dkim=False, provider="o365-internal",
    subject=subj("FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MOR_G, "iso-2022-jp"),
    extra=[("Thread-Topic", subj("RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MOR_G)),
           ("Thread-Index", "AQHcUm" + rb64(_r, 20).rstrip("=")),
           ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP")],
    body=alt(text_part(_fwd_plain, charset="iso-2022-jp", cte="7bit"),
             text_part(_fwd_html, "html", charset="iso-2022-jp", cte="7bit")))

# 45 GitHub "merged" notification, en
_t = T("2025-09-29 08:14:03")
_r = rng("github-merged-priya")
_s = dict(display="Ravi Kumar", addr="notifications@github.com",
          mailfrom="bounces+%d-%s-priya=ramanlabs.io@sgmail.github.com" % (_r.randint(100000, 999999), rhex(_r, 4)),
          helo="o11.sgmail.github.com", ip="167.89.101.%d" % _r.randint(2, 250),
          dkim=[("github.com", "pf2023"), ("sendgrid.info", "smtpapi")], from_dom="github.com",
          msgid="<ramanlabs/cert-tracker/pull/482/issue_event/%d@github.com>" % _r.randint(10 ** 10, 10 ** 11))
add("github-pr-482-merged", kind="unrelated", lang="en", case_id=None, ids=[], verified=False,
    user="priya", sender=_s, sent=_t, dmarc_policy="REJECT",
    to="ramanlabs/cert-tracker <cert-tracker@noreply.github.com>",
    cc="Priya Raman <priya@ramanlabs.io>, Mention <mention@noreply.github.com>",
    in_reply_to="<ramanlabs/cert-tracker/pull/482@github.com>",
    references="<ramanlabs/cert-tracker/pull/482@github.com>",
    extra=[("List-ID", "ramanlabs/cert-tracker <cert-tracker.ramanlabs.github.com>"),
           ("List-Archive", "https://github.com/ramanlabs/cert-tracker"),
           ("X-GitHub-Sender", "ravikumar-dev"), ("X-GitHub-Recipient", "priyaraman"),
           ("X-GitHub-Reason", "mention")],
    subject="Re: [ramanlabs/cert-tracker] Merge duplicate candidate records on import (PR #482)",
    body=alt(text_part("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/ramanlabs/cert-tracker/pull/482#event-19384722012
You are receiving this because you were mentioned.
""", charset="us-ascii", cte="7bit"), text_part("""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/ramanlabs/cert-tracker/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/ramanlabs/cert-tracker/pull/482#event-19384722012">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
""", "html", charset="us-ascii", cte="7bit")))

# 46 Pearson VUE appointment confirmation, ja (carries the candidate id)
_t = T("2026-01-12 03:47:29")
_r = rng("pvue-ogawa")
_s = dict(display="Pearson VUE", addr="PearsonVUEConfirmation@pearson.com",
          mailfrom="PearsonVUEConfirmation@pearson.com", helo="mx0b-0040ee01.pphosted.com",
          ip="148.163.%d.%d" % (_r.randint(128, 159), _r.randint(1, 250)),
          dkim=[("pearson.com", "selector1")], from_dom="pearson.com",
          msgid="<%d.%d.JavaMail.vue@pvuemail%02d>" % (_r.randint(10 ** 6, 10 ** 7), _r.randint(10 ** 12, 10 ** 13), _r.randint(1, 20)))
add("pearson-vue-yoyaku", kind="unrelated", lang="ja", case_id=None, ids=["AWS01649902"], verified=False,
    user="ogawa", sender=_s, sent=_t, dmarc_policy="REJECT",
    subject=subj("Pearson VUE 試験予約の確認 - AWS Certified Developer - Associate"),
    body=text_part("""小川 翔太 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験:         DVA-C02: AWS Certified Developer - Associate (日本語)
日時:         2026年1月31日(土) 10:00 JST
会場:         ピアソン VUE 公認テストセンター 新宿西口
受験者 ID:    AWS01649902
登録 ID:      512873904

当日は、氏名が一致する本人確認書類を 2 点ご持参ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS トレーニングと認定
アカウントから行ってください。

Pearson VUE
""", cte="quoted-printable"))

# 47 CertMetrics "wants to hear from you", en
_t = T("2025-10-21 17:05:09")
_r = rng("certmetrics-marco")
_s = dict(display="AWS Certification", addr="do-not-reply@certmetrics.com",
          mailfrom="bounce@certmetrics.com", helo="mail-out2.certmetrics.com", ip="52.14.%d.%d" % (_r.randint(1, 250), _r.randint(1, 250)),
          dkim=[("certmetrics.com", "cm1")], from_dom="certmetrics.com",
          msgid="<%s@certmetrics.com>" % uuid.UUID(int=_r.getrandbits(128)))
add("certmetrics-hear-from-you", kind="unrelated", lang="en", case_id=None, ids=["AWS00837265"], verified=False,
    user="marco", sender=_s, sent=_t, dmarc_policy="NONE",
    subject="AWS Certification wants to hear from you",
    body=text_part("""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<p>Dear Marco Bellini,</p>
<p>Thank you for being part of the AWS Certified community. We are running a short survey about your certification
experience &ndash; exam preparation, scheduling, and the benefits you use.</p>
<p>AWS Certification Account: AWS00837265</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?t=Qm9uZ2lvcm5v">Take the 5-minute survey</a></p>
<p>Regards,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888;">This is an automated message from CertMetrics on behalf of AWS. Please do not reply.</p>
</body></html>
""", "html", cte="quoted-printable"))

# 48 AWS Builder ID verification code, ja, no Authentication-Results
_t = T("2025-07-07 22:59:41")
_r = rng("builderid-tanabe")
_mid = ses_msgid(_t, _r)
_s = dict(display="AWS", addr="no-reply@signin.aws", mailfrom=_mid[1:-1], helo="a8-52.smtp-out.amazonses.com",
          ip="54.240.8.52", dkim=[("signin.aws", "jd5kjm4wwbiuqkpyuguqjzkgnl7qm7i5"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
          from_dom="signin.aws", msgid=_mid)
add("builder-id-kakunin-code", kind="unrelated", lang="ja", case_id=None, ids=[], verified=None,
    user="tanabe", sender=_s, sent=_t, auth=False,
    subject=subj("AWS Builder ID の E メールアドレスを確認してください"),
    body=alt(text_part("""AWS Builder ID

E メールアドレスの確認

AWS Builder ID の作成を完了するには、次の確認コードを入力してください。

確認コード: 583 027

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。
"""), text_part("""<html><body style="font-family:Arial,'Meiryo',sans-serif;background:#f9f9f9;">
<table width="540" align="center" style="background:#fff;padding:24px;"><tr><td>
<p style="font-size:20px;">E メールアドレスの確認</p>
<p>AWS Builder ID の作成を完了するには、次の確認コードを入力してください。</p>
<p style="font-size:32px;font-weight:bold;letter-spacing:4px;">583027</p>
<p style="font-size:12px;color:#666;">このコードの有効期限は 30 分です。このリクエストに心当たりがない場合は、このメールを無視してください。</p>
</td></tr></table></body></html>
""", "html")))


# ---------------------------------------------------------------- part 8: ordinary case replies
# 49 agent asks for login e-mails / which account to keep, en
_t = T("2025-03-12 18:31:14")
_s = aws_sender(rng("reply-info-daniel"), _t, a=FORM)
add("need-login-emails", kind="support_reply", lang="en", case_id=DAN_A,
    ids=["AWS02905571", "AWS01184023"], verified=True, user="daniel", sender=_s, sent=_t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % DAN_A,
    body=text_part(f"""Hello Daniel,

Thank you for contacting AWS Training and Certification.

I found both profiles you mentioned, AWS 02905571 and AWS01184023. Before I
can hand this to the team that consolidates records, I need a few details:

  1. The e-mail address you use to sign in to each of the two accounts.
  2. The notification e-mail listed on each account, if different.
  3. Which of the two should remain active afterwards. You mentioned
     AWS 02905571 in the form; please confirm this is still your choice.

You can simply reply to this message with the information above.

Best regards,
Ifeoma
Amazon Web Services
""", cte="quoted-printable"))

# 50 "thank you for confirming, we will now start", ja, Gmail-style nested quotes carry the ids
_t = T("2025-05-29 00:46:38")
_s = aws_sender(rng("reply-proceed-haruka"), _t, a=FORM)
add("kakunin-arigatou-susumemasu", kind="support_reply", lang="ja", case_id=HAR_D, ids=[], verified=True,
    user="haruka", sender=_s, sent=_t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % HAR_D,
    body=text_part(f"""佐藤 遥 様

ご返信いただきありがとうございます。内容を確認いたしました。

これより担当チームにて手続きを開始いたします。完了までに数営業日ほど
お時間を頂戴する場合がございます。手続きが済みましたら、改めてこの
ケースにてお知らせいたします。

引き続きよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
井上

2025年5月28日(水) 22:14 佐藤 遥 <haruka.sato.aws@gmail.com>:
> 内容に相違ありません。統合を進めてください。
>
> 2025年5月28日(水) 8:02 Amazon Web Services <{FORM}>:
> > 佐藤 遥 様
> >
> > お問い合わせの件、以下の2つのアカウントを統合いたします。
> >
> > 存続するアカウント（統合先）: AWS02481736
> > 統合されるアカウント: AWS01957284
> >
> > 統合後は元に戻すことができません。内容にお間違いがなければ、
> > 本メールにご返信のうえ、統合を希望する旨をお知らせください。
""", cte="quoted-printable"))

# 51 follow-up: do you still need help? (rating footer, but a reply), en, console
_t = T("2025-09-19 16:22:10")
_s = aws_sender(rng("reply-followup-priya"), _t)
add("still-need-assistance", kind="support_reply", lang="en", case_id=PRI_E,
    ids=["AWS00491858", "AWS03770126"], verified=True, user="priya", sender=_s, sent=_t,
    subject="RE:[CASE %s] Merge two certification accounts" % PRI_E,
    body=text_part(f"""Hello,

Your case {PRI_E} has been updated. Below is the new correspondence:

-------------------------------------------------------------------------
Hi Priya,

I'm checking in on your request to combine aws00491858 with AWS03770126. On
16 September we asked you to confirm the details, and we haven't seen an answer
yet. Do you still need our help with this? If so, just let us know in the
Support Center and we'll pick it up straight away.

If we don't hear from you, the case will be closed automatically after a
period of inactivity.

Best regards,
Tomasz
Amazon Web Services
-------------------------------------------------------------------------

To see the full case history and respond, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={PRI_E}&language=en

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/feedback?displayId={PRI_E}&rating=

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""", charset="us-ascii", cte="7bit"))

# 52 asks about a third account + "once the consolidation is done we will ...", ja, ISO-2022-JP
_t = T("2025-11-07 02:40:51")
_s = aws_sender(rng("reply-conditional-morimoto"), _t, a=FORM)
add("mittsume-account-shitsumon", kind="support_reply", lang="ja", case_id=MOR_G,
    ids=["AWS00764419", "AWS02650917", "AWS03318402"], verified=True, user="morimoto", sender=_s, sent=_t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MOR_G,
    body=text_part(f"""森本 健二 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの
高橋でございます。

ご返信にて、aws-00764419 と aws-03318402 のほかに、もう一つ
AWS 02650917 というアカウントもお持ちとのことを承りました。
こちらも同じお手続きの対象とするため、恐れ入りますが、AWS 02650917 の
サインインに使用しているメールアドレスをお知らせいただけますでしょうか。

なお、すべてのアカウントの統合が完了しましたら、Credly のバッジの
引き継ぎ状況についても、あらためてご案内いたします。

何卒よろしくお願いいたします。

高橋
AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit"))

# 53 "we're working on it / passed to the specialist team", en, Outlook history without quote marks
_t = T("2025-08-21 22:05:37")
_s = aws_sender(rng("reply-working-marco"), _t, a=FORM)
add("escalated-still-working", kind="support_reply", lang="en", case_id=MAR_K, ids=["AWS00837265"],
    verified=True, user="marco", sender=_s, sent=_t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAR_K,
    body=alt(text_part(f"""Hi Marco,

A quick update: your request about AWS00837265 has been passed to our records
team, who handle this kind of change. They are reviewing it now and I'll write
again as soon as I have news. No action is needed from you at the moment.

Thanks for your patience,
Keiko
AWS Training and Certification

From: Marco Bellini <marco.bellini@fastmail.com>
Sent: Wednesday, August 20, 2025 9:12 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: Got it - your Training and Certification request {MAR_K}

Hello, any news on this? I have an exam voucher tied to AWS02213590 that I'd
like to use next month.

Marco

From: aws-cs-trainingcertification-form@amazon.com
Sent: Tuesday, August 19, 2025 11:14 PM
To: marco.bellini@fastmail.com
Subject: Got it - your Training and Certification request {MAR_K}

We've got your message. Keep this reference handy: {MAR_K}
"""), text_part(f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Hi Marco,</p>
<p>A quick update: your request about AWS00837265 has been passed to our records team, who handle this kind of change. They are reviewing it now and I'll write again as soon as I have news. No action is needed from you at the moment.</p>
<p>Thanks for your patience,<br>Keiko<br>AWS Training and Certification</p>
<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> Marco Bellini &lt;marco.bellini@fastmail.com&gt;<br><b>Sent:</b> Wednesday, August 20, 2025 9:12 AM<br><b>To:</b> aws-cs-trainingcertification-form@amazon.com<br><b>Subject:</b> Re: Got it - your Training and Certification request {MAR_K}</p></div>
<p>Hello, any news on this? I have an exam voucher tied to AWS02213590 that I'd like to use next month.</p><p>Marco</p>
<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> aws-cs-trainingcertification-form@amazon.com<br><b>Sent:</b> Tuesday, August 19, 2025 11:14 PM<br><b>To:</b> marco.bellini@fastmail.com<br><b>Subject:</b> Got it - your Training and Certification request {MAR_K}</p></div>
<p>We've got your message. Keep this reference handy: {MAR_K}</p>
</body></html>
""", "html")))


# ---------------------------------------------------------------- part 9: confirmations and completions
# 54 confirmation request, en, multipart/alternative
_t = T("2025-04-03 11:18:26")
_s = aws_sender(rng("confirm-lena"), _t, a=FORM)
_p = f"""Hello Lena,

Thank you for your patience. I have located both of your certification
profiles and I'm ready to bring them together. Please check the plan below
carefully:

  Profile that stays (all history ends up here):   AWS02067743
  Profile that will be folded into it and closed:  aws-00915584

Once this is carried out it cannot be reversed, so I will only go ahead after
you have written back to say the above is correct. If anything should be the
other way round, tell me which profile you want to keep.

Kind regards,
Rafael
Amazon Web Services
"""
add("please-check-plan", kind="merge_confirmation_requested", lang="en", case_id=LEN_M,
    ids=["AWS00915584", "AWS02067743"], verified=True, user="lena", sender=_s, sent=_t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % LEN_M,
    body=alt(text_part(_p), text_part("<html><body><div style=\"font-family:Arial;font-size:10pt\">" +
                                      _p.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div></body></html>\n", "html")))

# 55 confirmation request, ja, Shift_JIS QP, console reply
_t = T("2025-07-09 05:52:13")
_s = aws_sender(rng("confirm-tanabe"), _t)
add("tougou-naiyou-kakunin", kind="merge_confirmation_requested", lang="ja", case_id=TAN_J,
    ids=["AWS01520338", "AWS03094461"], verified=True, user="tanabe", sender=_s, sent=_t,
    subject=subj_raw("RE:[CASE %s] 認定資格アカウントの統合依頼" % TAN_J, "Shift_JIS", "cp932", enc="Q", chunk=18),
    body=text_part(f"""田辺 由紀 様

ケース {TAN_J} に新しい回答が追加されました。

-------------------------------------------------------------------------
田辺様

お問い合わせいただいたアカウントについて、次のとおり手続きを行う予定です。

　残すアカウント　：aws-01520338
　取り込むアカウント：AWS 03094461（手続き後は使用できなくなります）

この手続きは一度実行すると取り消すことができません。
上記の内容でよろしければ、サポートセンターからその旨をご返信ください。
ご返信を確認してから作業に入ります。

よろしくお願いいたします。
AWS サポート 中村
-------------------------------------------------------------------------

ケースの履歴の確認と返信は、サポートセンターから行ってください。
https://support.console.aws.amazon.com/support/home#/case/?displayId={TAN_J}&language=ja
""", charset="shift_jis", encoder="cp932", label="Shift_JIS", cte="quoted-printable"))

# 56 phishing: spoofed amazon.com From, provider says dmarc=fail, a forged "pass" lower down, ja
_t = T("2026-02-04 09:03:44")
_r = rng("confirm-phish-ogawa")
_s = dict(display="Amazon Web Services", addr=FORM, mailfrom="info@mx-relay-ca.top", helo="mail.mx-relay-ca.top",
          ip="103.151.%d.%d" % (_r.randint(1, 250), _r.randint(1, 250)), dkim=[], from_dom="amazon.com",
          msgid="<%s@amazon.com>" % rhex(_r, 20))
add("tougou-kakutei-link", kind="merge_confirmation_requested", lang="ja", case_id=OGA_L,
    ids=["AWS01649902", "AWS03481127"], verified=False, user="ogawa", sender=_s, sent=_t,
    dkim=False, spf="pass", dmarc="fail", dmarc_policy="REJECT",
    in_reply_to="<0100019c2145a8d3-6b1e0f2a-99c4-4d71-a2b8-3f0e5c7d9a11-000000@email.amazonses.com>",
    references="<0100019c2145a8d3-6b1e0f2a-99c4-4d71-a2b8-3f0e5c7d9a11-000000@email.amazonses.com>",
    lower_forged="mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com",
    subject=subj("RE:[CASE %s] アカウント統合の最終確認（24時間以内にご対応ください）" % OGA_L),
    body=text_part(f"""<html><body style="font-family:Meiryo,sans-serif;font-size:14px;">
<p>小川 翔太 様</p>
<p>ケース番号 {OGA_L} のアカウント統合につきまして、以下の内容で処理を行います。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;">
<tr><td>統合先アカウント</td><td>AWS01649902</td></tr>
<tr><td>統合元アカウント</td><td>AWS03481127</td></tr></table>
<p>統合は取り消しができません。内容を確認のうえ、<b>24時間以内</b>に下のボタンから
AWS アカウントにサインインして確定してください。期限を過ぎると両方のアカウントが一時停止されます。</p>
<p><a href="https://aws-certification-verify.top/merge/confirm?case={OGA_L}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;">統合を確定する</a></p>
<p>Amazon Web Services</p></body></html>
""", "html", cte="base64"))

# 57 completion + closure + rating in one mail, en
_t = T("2025-03-14 04:02:51")
_s = aws_sender(rng("done-daniel"), _t, a=FORM)
_su = "https://survey.aws-tc-support.amazon.com/r/kq7Zt2?c=%s&s=" % DAN_A
add("records-combined-case-closed", kind="merge_completed", lang="en", case_id=DAN_A,
    ids=["AWS01184023", "AWS02905571"], verified=True, user="daniel", sender=_s, sent=_t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % DAN_A,
    body=alt(text_part(f"""Hello Daniel,

Everything that was held under AWS01184023 now lives under AWS02905571, and
the older profile has been switched off. Your Cloud Practitioner shows on
AWS02905571 from today. Badges may take a few days to appear in Credly.

As nothing else is outstanding, I'm closing this case. If you have a minute,
please rate the support you received (1 = poor, 5 = excellent):
{_su}1  {_su}2  {_su}3  {_su}4  {_su}5

Best regards,
Ifeoma
Amazon Web Services
"""), text_part(f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<p>Hello Daniel,</p>
<p>Everything that was held under AWS01184023 now lives under AWS02905571, and the older profile has been switched off. Your Cloud Practitioner shows on AWS02905571 from today. Badges may take a few days to appear in Credly.</p>
<p>As nothing else is outstanding, I'm closing this case. If you have a minute, please rate the support you received:</p>
<p>{"".join('<a href="%s%d" style="font-size:26px;color:#ff9900;text-decoration:none;">&#9733;</a>' % (_su, i) for i in range(1, 6))}</p>
<p>Best regards,<br>Ifeoma<br>Amazon Web Services</p></body></html>
""", "html")))

# 58 completion, ja, earlier thread appended with no quote markers
_t = T("2025-05-30 06:11:02")
_s = aws_sender(rng("done-haruka"), _t, a=FORM)
add("ikou-kanryou-rireki-tsuki", kind="merge_completed", lang="ja", case_id=HAR_D,
    ids=["AWS01957284", "AWS02481736"], verified=True, user="haruka", sender=_s, sent=_t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % HAR_D,
    body=text_part(f"""佐藤 遥 様

お待たせいたしました。
AWS01957284 に登録されていた認定資格と受験履歴は、すべて AWS02481736 に
まとめ終えました。今後は AWS02481736 のアカウントでサインインしてください。
AWS01957284 はすでに無効化されております。

デジタルバッジが Credly に反映されるまで数日かかる場合がございます。

AWS トレーニングと認定 カスタマーサービス
井上

2025年5月28日(水) 22:14 佐藤 遥 <haruka.sato.aws@gmail.com>:
内容に相違ありません。統合を進めてください。

2025年5月28日(水) 8:02 Amazon Web Services <{FORM}>:
佐藤 遥 様

お問い合わせの件、以下の2つのアカウントを統合いたします。

存続するアカウント（統合先）: AWS02481736
統合されるアカウント: AWS01957284

統合後は元に戻すことができません。内容にお間違いがなければ、
本メールにご返信のうえ、統合を希望する旨をお知らせください。
""", cte="base64"))

# 59 completion with the confirmation request quoted beneath, en
_t = T("2025-09-22 20:48:30")
_s = aws_sender(rng("done-priya"), _t, a=FORM)
add("old-profile-retired", kind="merge_completed", lang="en", case_id=PRI_E,
    ids=["AWS00491858", "AWS03770126"], verified=True, user="priya", sender=_s, sent=_t,
    subject="RE:[CASE %s] Merge two certification accounts" % PRI_E,
    body=text_part(f"""Hi Priya,

Good news: your exam history, certifications and benefits now sit under
AWS03770126. The old profile (AWS00491858) has been retired and can no
longer be used to sign in. Any unused 50% voucher carried over as well.

Please allow up to 5 business days for Credly to catch up.

Best regards,
Tomasz
Amazon Web Services

-----Original Message-----
From: Amazon Web Services
Sent: 16 September 2025 10:02
Subject: RE:[CASE {PRI_E}] Merge two certification accounts

> Hi Priya,
> Before we go ahead, please confirm the following. Account to keep:
> AWS03770126. Account to merge into it: AWS00491858. This cannot be undone.
> Reply "confirmed" if this is correct.
""", charset="us-ascii", cte="7bit"))

# 60 completion, ja, HTML only, cc to the shared mailbox
_t = T("2025-11-10 21:12:06")
_s = aws_sender(rng("done-morimoto"), _t, a=FORM)
add("nintei-rireki-ikou-html", kind="merge_completed", lang="ja", case_id=MOR_G,
    ids=["AWS00764419", "AWS02650917", "AWS03318402"], verified=True, user="morimoto", sender=_s, sent=_t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MOR_G,
    body=text_part(f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'MS PGothic',sans-serif;font-size:10.5pt;line-height:1.7;">
森本 健二 様<br><br>
お世話になっております。AWS トレーニングと認定 カスタマーサービスの高橋でございます。<br><br>
ご依頼いただいておりました AWS00764419 および AWS-02650917 の認定履歴を、<br>
AWS03318402 へ移行いたしました。移行元の2つのアカウントは今後ご利用いただけません。<br><br>
Credly のバッジにつきましては、登録メールアドレス宛てに別途 Credly から通知が届きます。<br>
ご不明な点がございましたら、本メールにご返信ください。<br><br>
高橋<br>AWS トレーニングと認定
</div></body></html>
""", "html", cte="quoted-printable"))


# ================================================================ END MAILS
def finish():
    order = list(range(len(MAILS)))
    rng("set-98-order").shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for n, i in enumerate(order, 1):
        slug, lab, data = MAILS[i]
        fn = "%03d-%s.eml" % (n, slug)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        labels[fn] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(labels), "mails")


finish()
