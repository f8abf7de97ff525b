#!/usr/bin/env python3
"""Generator for blind set 105: AWS Certification account-merge mail (.eml) + labels.json.

Run:  python3 make_set.py   (writes NNN-slug.eml files and labels.json next to this script)
"""
import base64
import datetime as dt
import io
import json
import os
import random
import re
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(105_2025)

UTC = dt.timezone.utc
JST = ZoneInfo("Asia/Tokyo")
LA = ZoneInfo("America/Los_Angeles")
CET = ZoneInfo("Europe/Warsaw")
LON = ZoneInfo("Europe/London")

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    return "".join(R.choice(B64) for _ in range(n))


def ralnum(n, upper=False):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(a) for _ in range(n))


def D(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), R.randint(0, 99999))


def rfc_date(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def gdate(d):
    """Gmail style date in Received headers: Wed, 28 May 2025 01:02:14 -0700 (PDT)."""
    x = d.astimezone(LA)
    return format_datetime(x) + " (%s)" % x.tzname()


def enc_hdr(s, charset="utf-8", maxlen=76, q=False):
    """Pre-encoded (RFC 2047) header value, folded over several lines when long."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if q:
            cs = Charset(charset)
            cs.header_encoding = QP
            return Header(s, cs).encode(maxlinelen=maxlen)
        return Header(s, charset).encode(maxlinelen=maxlen)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if re.search(r'[,.;:()<>@"]', name):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


# ---------------------------------------------------------------- senders
SES_DKIM_SEL = ["rjs2s2ktm3kkdtr4zxpxn2wznmbkfwls", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "pxgezaz6kwuvmrqbfkqe2xs37sjbq7tn"]


def ses_transport(d, from_domain="amazon.com"):
    ms = int(d.timestamp() * 1000)
    sid = "0100%012x-%s-%s-%s-%s-%s-000000" % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    net = R.choice(["54.240.8", "54.240.48", "54.240.11", "54.240.9", "23.251.234"])
    last = R.randint(2, 250)
    ip = "%s.%d" % (net, last)
    helo = "a%s-%d.smtp-out.amazonses.com" % (net.split(".")[2], last)
    return dict(
        ip=ip, helo=helo, mailfrom="%s@amazonses.com" % sid, mailfrom_domain="amazonses.com",
        msgid="<%s@email.amazonses.com>" % sid,
        dkim=[(from_domain, R.choice(SES_DKIM_SEL)), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
        from_domain=from_domain, p="QUARANTINE", extra=[
            ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43).replace("/", "x")),
            ("X-SES-Outgoing", "%s-%s" % (d.strftime("%Y.%m.%d"), ip)),
        ])


def credly_transport(d):
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    return dict(
        ip=ip, helo="o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)),
        mailfrom="bounces+%d-%s@em.credly.com" % (R.randint(1000000, 9999999), rhex(4)),
        mailfrom_domain="em.credly.com",
        msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), R.randint(1, 40)),
        dkim=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")], from_domain="credly.com", p="REJECT",
        extra=[("X-SG-EID", rb64(80)), ("X-Entity-ID", rb64(22))])


def gmail_user_transport(d, from_addr):
    ip = "209.85.%d.%d" % (R.randint(128, 223), R.randint(2, 250))
    return dict(ip=ip, helo="mail-%s.google.com" % ralnum(10), mailfrom=from_addr,
                mailfrom_domain="gmail.com",
                msgid="<CA%s@mail.gmail.com>" % rb64(56).replace("/", "_").replace("+", "-"),
                dkim=[("gmail.com", "20230601")], from_domain="gmail.com", p="NONE", extra=[
                    ("X-Gm-Message-State", rb64(60)), ("X-Google-Smtp-Source", rb64(60))])


def o365_user_transport(d, from_addr, region="jpn"):
    dom = from_addr.split("@")[1]
    ip = "40.107.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
    pre = "TY" if region == "jpn" else "DU"
    return dict(ip=ip, helo="%s3P286CU002.outbound.protection.outlook.com" % ("JPN01-OS0" if region == "jpn" else "EUR05-DB8"),
                mailfrom=from_addr, mailfrom_domain=dom,
                msgid="<%sPR01MB%04d%s@%sPR01MB%04d.%s.prod.outlook.com>" % (
                    pre, R.randint(1000, 9999), ralnum(22, True), pre, R.randint(1000, 9999),
                    "jpnprd01" if region == "jpn" else "eurprd04"),
                dkim=[(dom, "selector1")], from_domain=dom, p="NONE", extra=[])


def generic_transport(d, from_addr, ip, helo, dkim_sel="default", msgid_host=None, p="NONE"):
    dom = from_addr.split("@")[1]
    return dict(ip=ip, helo=helo, mailfrom=from_addr, mailfrom_domain=dom,
                msgid="<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), ralnum(12), msgid_host or dom),
                dkim=[(dom, dkim_sel)] if dkim_sel else [], from_domain=dom, p=p, extra=[])


# ------------------------------------------------ receiving-side headers
def dkim_sig(dom, sel, d, hlist="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s\n\t%s\n\t%s=" % (
        sel, dom, int(d.timestamp()), hlist, rb64(43), rb64(70), rb64(70), rb64(70), rb64(60)))


def verdicts(t, dmarc="pass", spf="pass", dkim_ok=True):
    return dict(dmarc=dmarc, spf=spf, dkim_ok=dkim_ok)


def ar_gmail(t, v):
    parts = []
    if v["dkim_ok"] and t["dkim"]:
        for dom, sel in t["dkim"]:
            parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dom, sel, rb64(8)))
    elif t["dkim"]:
        parts.append("dkim=fail header.i=@%s header.s=%s header.b=%s" % (t["dkim"][0][0], t["dkim"][0][1], rb64(8)))
    if v["spf"] == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
            t["mailfrom"], t["ip"], t["mailfrom"]))
    else:
        parts.append("spf=%s (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (
            v["spf"], t["mailfrom"], t["ip"], t["mailfrom"]))
    p = t["p"]
    parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
        v["dmarc"], p, p, "NONE" if v["dmarc"] == "pass" else ("QUARANTINE" if p != "NONE" else "NONE"), t["from_domain"]))
    if t["from_domain"] == "gmail.com":
        parts[-1] = parts[-1] + "\n       dara=pass header.i=@gmail.com"
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def ar_ms(t, v, arc=False):
    spf = v["spf"]
    sp = "%s (sender IP is %s) smtp.mailfrom=%s" % (spf, t["ip"], t["mailfrom_domain"])
    if t["dkim"]:
        dk = "dkim=%s (%s) header.d=%s" % ("pass" if v["dkim_ok"] else "fail",
                                          "signature was verified" if v["dkim_ok"] else "body hash did not verify",
                                          t["dkim"][0][0])
    else:
        dk = "dkim=none (message not signed) header.d=none"
    if v["dmarc"] == "pass":
        dm = "dmarc=pass action=none header.from=%s;compauth=pass reason=100" % t["from_domain"]
    else:
        act = "quarantine" if t["p"] in ("QUARANTINE", "REJECT") else "none"
        dm = "dmarc=fail action=%s header.from=%s;compauth=fail reason=%s" % (act, t["from_domain"], "000" if act != "none" else "001")
    return "spf=%s; %s;%s" % (sp, dk, dm)


def ar_jp(authserv, t, v):
    parts = ["spf=%s smtp.mailfrom=%s" % (v["spf"], t["mailfrom"])]
    if t["dkim"]:
        parts.append("dkim=%s header.i=@%s" % ("pass" if v["dkim_ok"] else "fail", t["dkim"][0][0]))
    else:
        parts.append("dkim=none")
    parts.append("dmarc=%s header.from=%s" % (v["dmarc"], t["from_domain"]))
    return authserv + "; " + ";\n\t".join(parts)


def ar_fastmail(t, v):
    dk = ""
    if t["dkim"]:
        dk = "dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n    " % (
            "pass" if v["dkim_ok"] else "fail", t["dkim"][0][0], t["dkim"][0][0], rb64(8), t["dkim"][0][1])
    return ("mx4.messagingengine.com;\n    arc=none (no signatures found);\n    %sdmarc=%s policy.published-domain-policy=%s\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=%s,d=none,d.eval=none) policy.policy-from=p\n      header.from=%s;\n    spf=%s smtp.mailfrom=%s\n      smtp.helo=%s"
            % (dk, v["dmarc"], t["p"].lower(), t["p"].lower(), t["from_domain"], v["spf"], t["mailfrom"], t["helo"]))


def provider_headers(provider, rcpt, t, d, v):
    """Return header list (top first) added by the receiving side, d = delivery time."""
    h = []
    d1 = d + dt.timedelta(seconds=R.randint(1, 3))
    if provider == "gmail":
        h.append(("Delivered-To", rcpt))
        h.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s" % (
            rhex(4), rhex(4), rhex(3), rhex(4), rhex(4), ralnum(3), R.randint(100000, 9999999), ralnum(3), gdate(d1))))
        h.append(("X-Google-Smtp-Source", rb64(80)))
        h.append(("X-Received", "by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id af79cd13be357-%smr%d.%d.%d;\n        %s" % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(10), R.randint(10**8, 10**9), R.randint(1, 99), int(d1.timestamp() * 1000), gdate(d1))))
        h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s\n         %s==" % (
            int(d.timestamp()), rb64(70), rb64(70), rb64(60))))
        h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s\n         %s==;\n        dara=google.com" % (
            rb64(43), rb64(43), rb64(70), rb64(60))))
        ar = ar_gmail(t, v)
        h.append(("ARC-Authentication-Results", "i=1; " + ar))
        h.append(("Return-Path", "<%s>" % t["mailfrom"]))
        h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id af79cd13be357-%ssi%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            t["helo"], t["helo"], t["ip"], rhex(10), R.randint(10**6, 10**7), R.randint(1, 99), d.strftime("%Y.%m.%d.%H.%M.%S"), rcpt, gdate(d))))
        if v["spf"] == "pass":
            h.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (t["mailfrom"], t["ip"], t["ip"])))
        else:
            h.append(("Received-SPF", "%s (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;" % (v["spf"], t["mailfrom"], t["ip"], t["ip"])))
        h.append(("Authentication-Results", ar))
    elif provider in ("o365", "outlookcom"):
        if provider == "o365":
            pod = R.choice(["TYCPR01MB", "OS3PR01MB"] if rcpt.endswith(".jp") else ["DU0PR04MB", "AM9PR04MB"])
            dom = "jpnprd01" if pod.startswith(("TY", "OS")) else "eurprd04"
            fe = "%s%04d.%s.prod.outlook.com" % (pod, R.randint(1000, 9999), dom)
            edge = "%sPEPF0000%04d.%s.prod.outlook.com" % ("OS1" if dom == "jpnprd01" else "AMS0", R.randint(1000, 9999), dom)
        else:
            fe = "SA1PR19MB%04d.namprd19.prod.outlook.com" % R.randint(1000, 9999)
            edge = "SN1PEPF0002%04d.namprd05.prod.outlook.com" % R.randint(1000, 9999)
        mdate = format_datetime(d1.astimezone(UTC)).replace("-0000", "+0000")
        h.append(("Received", "from %s (::1) by %s with HTTPS; %s" % (fe, fe, mdate)))
        h.append(("Received", "from %s (2603:10b6:%s::%s) by %s (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            edge, rhex(3), rhex(2), fe, rhex(3), rhex(2), R.randint(8000, 8999), R.randint(10, 40), mdate)))
        if provider == "outlookcom":
            h.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s==" % (rb64(70), rb64(60))))
            h.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=%s (sender ip is\n %s) smtp.rcpttodomain=outlook.com smtp.mailfrom=%s;\n dmarc=%s (p=%s sp=%s pct=100) action=none header.from=%s;\n dkim=%s (signature was verified) header.d=%s; arc=none (0)" % (
                v["spf"], t["ip"], t["mailfrom_domain"], v["dmarc"], t["p"].lower(), t["p"].lower(), t["from_domain"],
                "pass" if v["dkim_ok"] else "fail", t["dkim"][0][0] if t["dkim"] else "none")))
        h.append(("Authentication-Results", ar_ms(t, v)))
        h.append(("Received-SPF", "%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (
            v["spf"].capitalize(), t["mailfrom_domain"], "designates" if v["spf"] == "pass" else "does not designate", t["ip"], t["ip"], t["helo"])))
        h.append(("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            t["helo"], t["ip"], edge.replace("prod.outlook.com", "mail.protection.outlook.com"), R.randint(1, 250), R.randint(1, 250),
            R.randint(8000, 8999), R.randint(10, 40), format_datetime(d.astimezone(UTC)).replace("-0000", "+0000"))))
    elif provider in ("nifty", "biglobe", "sonet", "ocn"):
        host = {"nifty": ("mta-snd-%02d.nifty.com" % R.randint(1, 9), "mfilter-s-%03d.nifty.com" % R.randint(100, 300), "nifty.com"),
                "biglobe": ("mtai%02d.biglobe.ne.jp" % R.randint(1, 20), "rcvc%02d.biglobe.ne.jp" % R.randint(1, 20), "biglobe.ne.jp"),
                "sonet": ("mi%02d.so-net.ne.jp" % R.randint(1, 20), "mx-in%02d.so-net.ne.jp" % R.randint(1, 20), "so-net.ne.jp"),
                "ocn": ("mgw%02d.ocn.ad.jp" % R.randint(1, 20), "mfgw%02d.ocn.ad.jp" % R.randint(1, 20), "ocn.ad.jp")}[provider]
        jd = format_datetime(d1.astimezone(JST))
        h.append(("Return-Path", "<%s>" % t["mailfrom"]))
        h.append(("Received", "from %s by %s with ESMTP\n          id <%s.%s.%s@%s>\n          for <%s>; %s" % (
            host[1], host[0], d1.astimezone(JST).strftime("%Y%m%d%H%M%S"), ralnum(12, True), host[0].split(".")[0], host[1], rcpt, jd)))
        h.append(("Authentication-Results", ar_jp(host[2], t, v)))
        h.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            t["helo"], t["helo"], t["ip"], host[1], ralnum(12, True), rcpt, format_datetime(d.astimezone(JST)))))
    elif provider == "fastmail":
        h.append(("Return-Path", "<%s>" % t["mailfrom"]))
        h.append(("Received", "from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s" % (
            R.randint(1, 9), R.randint(1, 9), R.randint(1, 99), R.randint(10, 99), rhex(8), format_datetime(d1.astimezone(UTC)))))
        h.append(("X-Cyrus-Session-Id", "sloti%d-%d-%d-2-%d" % (R.randint(10, 99), int(d.timestamp()), R.randint(10**6, 10**7), R.randint(10**18, 10**19))))
        h.append(("X-Sieve", "CMU Sieve 3.0"))
        h.append(("Authentication-Results", ar_fastmail(t, v)))
        h.append(("Received", "from mx4.messagingengine.com (localhost [127.0.0.1])\n\t by mailmx.nyi.internal (Postfix) with ESMTP id %s\n\t for <%s>; %s" % (
            ralnum(10, True), rcpt, format_datetime(d.astimezone(UTC)))))
        h.append(("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (
            t["helo"], t["helo"], t["ip"], rcpt, format_datetime(d.astimezone(UTC)))))
    elif provider == "o365-internal":
        # mail between two mailboxes of the same Microsoft 365 tenant: no Authentication-Results
        srv = "TYCPR01MB%04d.jpnprd01.prod.outlook.com" % R.randint(1000, 9999)
        srv2 = "OS3PR01MB%04d.jpnprd01.prod.outlook.com" % R.randint(1000, 9999)
        mdate = format_datetime(d1.astimezone(UTC)).replace("-0000", "+0000")
        h.append(("Received", "from %s (::1) by %s with HTTPS; %s" % (srv2, srv2, mdate)))
        h.append(("Received", "from %s (2603:1096:400:%s::%s) by\n %s (2603:1096:604:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            srv, rhex(3), rhex(2), srv2, rhex(3), rhex(2), R.randint(8000, 8999), R.randint(10, 40), mdate)))
        h.append(("X-MS-Exchange-Organization-AuthAs", "Internal"))
        h.append(("X-MS-Exchange-Organization-AuthMechanism", "04"))
        h.append(("X-MS-Exchange-Organization-AuthSource", srv))
    elif provider.startswith("none:"):
        # on-premises relay that adds no Authentication-Results
        relay = provider.split(":", 1)[1]
        h.append(("Received", "from %s (10.20.%d.%d) by %s (10.20.%d.%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.%d;\n %s" % (
            "edge01." + relay, R.randint(1, 250), R.randint(1, 250), "exch02." + relay, R.randint(1, 250), R.randint(1, 250),
            R.randint(10, 60), format_datetime(d1.astimezone(LON)))))
        h.append(("Received", "from %s ([%s]) by edge01.%s with ESMTP id %s\n for <%s>; %s" % (
            t["helo"], t["ip"], relay, ralnum(14, True), rcpt, format_datetime(d.astimezone(LON)))))
        h.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
    else:
        raise ValueError(provider)
    return h


# ------------------------------------------------------------- bodies
def txt(s, charset="utf-8", enc=None):
    """text/plain part. enc: None (library default), 'qp', 'b64', '7bit'"""
    if charset in ("utf-8", "shift_jis", "euc-jp") and enc:
        cs = Charset(charset)
        cs.body_encoding = QP if enc == "qp" else BASE64
        if charset != "utf-8":
            cs.output_charset = charset
            cs.output_codec = charset
        return MIMEText(s, "plain", cs)
    return MIMEText(s, "plain", charset)


def html(s, charset="utf-8", enc=None):
    if enc:
        cs = Charset(charset)
        cs.body_encoding = QP if enc == "qp" else BASE64
        return MIMEText(s, "html", cs)
    return MIMEText(s, "html", charset)


def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def raw_part(data_bytes, ctype, label_charset, cte="base64"):
    """A part whose bytes are in one encoding but labelled with another (wrong charset label)."""
    m = Message()
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = '%s; charset="%s"' % (ctype, label_charset)
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        m.set_payload(base64.encodebytes(data_bytes).decode("ascii"))
    elif cte == "quoted-printable":
        import quopri
        m.set_payload(quopri.encodestring(data_bytes).decode("ascii"))
    else:
        raise ValueError(cte)
    return m


def html_wrap(inner, lang="en"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n") % (lang, inner)


# ------------------------------------------------------------- assembly
AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY = ("Credly", "admin@credly.com")

MAILS = []   # (slug, bytes, label)


def build(slug, *, frm, to, date, subject, body, provider, transport=None, v=None, label,
          cc=None, extra=None, forged_ar=None, sender_tz=UTC, reply_to=None, delay=None, no_dkim=False, below=None):
    """frm/to: (name, addr). date: sending time. body: a Message. label: dict."""
    if transport is None:
        transport = ses_transport(date, frm[1].split("@")[1])
    if v is None:
        v = verdicts(transport)
    if no_dkim:
        transport = dict(transport, dkim=[])
    deliver = date + (delay if delay is not None else dt.timedelta(seconds=R.randint(1, 5)))
    hdrs = provider_headers(provider, to[1], transport, deliver, v)
    for k, val in (below or []):
        hdrs.append((k, val))
    if forged_ar:
        hdrs.append(("Authentication-Results", forged_ar))
    for dom, sel in transport["dkim"]:
        hdrs.append(("DKIM-Signature", dkim_sig(dom, sel, date)))
    hdrs.append(("Date", rfc_date(date, sender_tz)))
    hdrs.append(("From", addr(*frm)))
    hdrs.append(("To", addr(*to)))
    if cc:
        hdrs.append(("Cc", ", ".join(addr(*c) for c in cc)))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Message-ID", transport["msgid"]))
    for k, val in (extra or []):
        hdrs.append((k, val))
    hdrs.append(("Subject", subject))
    msg = Message()
    for k, val in hdrs:
        msg[k] = val
    for k, val in body.items():
        msg[k] = val
    for k, val in transport.get("extra", []):
        msg[k] = val
    msg.set_payload(body.get_payload())
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False,
                   policy=policy.compat32.clone(linesep="\r\n", max_line_length=0)).flatten(msg)
    raw = buf.getvalue()
    # keep body lines readable but header folding under our control
    MAILS.append((slug, raw, label))
    return transport


def L(kind, case_id, ids, sv, lang):
    return dict(kind=kind, case_id=case_id, account_ids=sorted(set(ids)), sender_verified=sv, language=lang)


# Shared footers -----------------------------------------------------------
def console_footer_en(case_id):
    return ("\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n"
            "\nTo see all of the correspondence on this case and to reply, please visit the AWS Support Center:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n"
            "\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.\n"
            "\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n") % case_id


def console_footer_ja(case_id):
    return ("\nこのやり取りについてご評価ください。本メール末尾の AWS サポートセンターのリンクからフィードバックをお寄せいただけます。\n"
            "\nこのケースのやり取りをすべて確認し、返信するには、AWS サポートセンターにアクセスしてください:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n"
            "\n※このメールは送信専用のアドレスから送信されています。同じ件で再度お問い合わせいただく場合は、上記リンクをご利用ください。\n"
            "\nAmazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n") % case_id


FORM_FOOTER_EN = ("\n--\nAWS Training and Certification Customer Support\n"
                  "Please do not change the subject line of this e-mail when replying, so that your message is added to the existing case.\n")
FORM_FOOTER_JA = ("\n--\nAWS トレーニングと認定 カスタマーサポート\n"
                  "ご返信の際は件名を変更せずにお送りください。既存のケースに追加されます。\n")

# ==== MAILS ====

# ---------------------------------------------------------------- personas
DAN = ("Daniel Okafor", "dan.okafor@gmail.com")
KENJI = ("渡辺 健二", "kenji.watanabe.aws@gmail.com")
PRIYA = ("Priya Raman", "priya.raman@outlook.com")
HARUKA = ("佐藤 遥", "h.sato@kotobuki-sys.co.jp")
MAREK = ("Marek Nowak", "marek.nowak@vistula-it.pl")
TOMOKO = ("山田 智子", "t-yamada@nifty.com")
SOFIA = ("Sofia Lindqvist", "sofia.lindqvist@gmail.com")
YUKI = ("松本 由紀", "yuki.m@biglobe.ne.jp")
CARLOS = ("Carlos Mendes", "cmendes@fastmail.com")
AIKO = ("藤田 愛子", "aiko.fujita.0417@gmail.com")
JAMES = ("James Whitfield", "j.whitfield@whitfield-partners.co.uk")
RYO = ("小林 亮", "ryo.kobayashi@so-net.ne.jp")

FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

# ---- Daniel thread (form case, English) ----------------------------------
DAN_OPEN = D(2025, 3, 10, 14, 22, 7)
DAN_CASE = case15(DAN_OPEN)
DAN_KEEP, DAN_OLD = "AWS04418276", "AWS11720953"

dan_req_text = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I have located both certification profiles you mentioned. Below is a summary of what would happen:

  Account ID   | Login e-mail                        | After the merge
  -------------+-------------------------------------+---------------------------
  %s  | dan.okafor@gmail.com                | Remains active (primary)
  %s  | d.okafor@brightlane-consulting.com  | History moved, then closed

All exam history, active certifications and benefits on %s will be transferred to %s.

Please note that this action is permanent and cannot be reversed once completed. Kindly reply to this e-mail stating that you agree with the above so that we can submit the request.

Best regards,
Nikhil R.
AWS Training and Certification
""" % (DAN_KEEP, DAN_OLD, DAN_OLD, DAN_KEEP)

dan_req_html = html_wrap("""<p>Hello Daniel,</p>
<p>Thank you for reaching out to AWS Training and Certification.</p>
<p>I have located both certification profiles you mentioned. Below is a summary of what would happen:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th>Account ID</th><th>Login e-mail</th><th>After the merge</th></tr>
<tr><td>%s</td><td>dan.okafor@gmail.com</td><td>Remains active (primary)</td></tr>
<tr><td>%s</td><td>d.okafor@brightlane-consulting.com</td><td>History moved, then closed</td></tr>
</table>
<p>All exam history, active certifications and benefits on %s will be transferred to %s.</p>
<p><b>Please note that this action is permanent and cannot be reversed once completed.</b> Kindly reply to this e-mail stating that you agree with the above so that we can submit the request.</p>
<p>Best regards,<br>Nikhil R.<br>AWS Training and Certification</p>""" % (DAN_KEEP, DAN_OLD, DAN_OLD, DAN_KEEP))

d = D(2025, 3, 11, 16, 5, 44)
build("aws-form-reply", frm=AWS_FORM, to=DAN, date=d, subject=FORM_SUBJ % DAN_CASE,
      body=alt(txt(dan_req_text + FORM_FOOTER_EN, enc="qp"), html(dan_req_html, enc="qp")),
      provider="gmail", label=L("merge_confirmation_requested", DAN_CASE, [DAN_KEEP, DAN_OLD], True, "en"))

d2 = D(2025, 3, 12, 9, 40, 12)
dan_ack = """Hello Daniel,

Thank you for your prompt reply and for confirming the details.

I have now passed the request to our certification operations team, who will combine %s into %s. This is usually completed within 2-3 business days, and you will receive a separate e-mail from us as soon as it has been processed. There is nothing further you need to do in the meantime; please do not open a new case for this request.

Best regards,
Nikhil R.
AWS Training and Certification

---------- Previous correspondence ----------

From: dan.okafor@gmail.com
Sent: 2025-03-11 18:27 UTC
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

Thanks,
Dan

From: aws-cs-trainingcertification-form@amazon.com
Sent: 2025-03-11 16:05 UTC

%s""" % (DAN_OLD, DAN_KEEP, DAN_CASE, dan_req_text)
build("aws-form-reply", frm=AWS_FORM, to=DAN, date=d2, subject=FORM_SUBJ % DAN_CASE,
      body=txt(dan_ack + FORM_FOOTER_EN, enc="qp"), provider="gmail",
      label=L("support_reply", DAN_CASE, [DAN_KEEP, DAN_OLD], True, "en"))

d3 = D(2025, 3, 14, 2, 11, 3)
dan_done = """Hello Daniel,

Good news: your two certification profiles are now one.

Everything that was recorded under %s (exam history, your AWS Certified Solutions Architect - Associate and AWS Certified Developer - Associate certifications, and the 50%% exam discount benefit) now appears under %s, and the old profile has been retired. Please sign in with dan.okafor@gmail.com to review your transcript.

Your digital badges will be re-issued by Credly to the e-mail address on the remaining account. This can take up to 48 hours.

Was your issue resolved?
YES: https://aws-tc-feedback.amazon.com/survey?c=%s&r=yes
NO:  https://aws-tc-feedback.amazon.com/survey?c=%s&r=no

Best regards,
Nikhil R.
AWS Training and Certification
""" % (DAN_OLD, DAN_KEEP, DAN_CASE, DAN_CASE)
build("aws-form-reply", frm=AWS_FORM, to=DAN, date=d3, subject=FORM_SUBJ % DAN_CASE,
      body=alt(txt(dan_done + FORM_FOOTER_EN),
               html(html_wrap("<p>Hello Daniel,</p><p>Good news: your two certification profiles are now one.</p>"
                              "<p>Everything that was recorded under %s (exam history, your AWS Certified Solutions Architect - Associate and AWS Certified Developer - Associate certifications, and the 50%% exam discount benefit) now appears under %s, and the old profile has been retired. Please sign in with dan.okafor@gmail.com to review your transcript.</p>"
                              "<p>Your digital badges will be re-issued by Credly to the e-mail address on the remaining account. This can take up to 48 hours.</p>"
                              "<p><b>Was your issue resolved?</b><br><a href=\"https://aws-tc-feedback.amazon.com/survey?c=%s&amp;r=yes\">YES</a> &nbsp; <a href=\"https://aws-tc-feedback.amazon.com/survey?c=%s&amp;r=no\">NO</a></p>"
                              "<p>Best regards,<br>Nikhil R.<br>AWS Training and Certification</p>" % (DAN_OLD, DAN_KEEP, DAN_CASE, DAN_CASE)))),
      provider="gmail", label=L("merge_completed", DAN_CASE, [DAN_KEEP, DAN_OLD], True, "en"))

# ---- Kenji thread (form case, Japanese) ----------------------------------
KEN_OPEN = D(2025, 5, 26, 23, 15, 40)
KEN_CASE = case15(KEN_OPEN)
KEN_KEEP, KEN_OLD = "AWS20785314", "AWS09931642"

ken_req = """渡辺 健二 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
担当の佐々木でございます。

お知らせいただいた 2 つの認定アカウントを確認いたしました。統合は以下の内容で実施する予定です。

・存続するアカウント：%s（ログインメール：kenji.watanabe.aws@gmail.com）
・統合元のアカウント：%s（ログインメール：k-watanabe@hoshizora-tech.co.jp）
・統合元の受験履歴、取得済みの認定、特典（50%% 割引バウチャー等）はすべて存続するアカウントへ移行されます
・統合後は、統合元のアカウントにはログインできなくなります

なお、統合は一度実施すると元に戻すことができません。
上記の内容で差し支えなければ、本メールにその旨ご返信いただけますでしょうか。ご返信を確認次第、手続きを進めます。

何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
""" % (KEN_KEEP, KEN_OLD)
d = D(2025, 5, 27, 6, 48, 19)
build("aws-form-reply", frm=AWS_FORM, to=KENJI, date=d, subject=FORM_SUBJ % KEN_CASE,
      body=txt(ken_req + FORM_FOOTER_JA, charset="iso-2022-jp"), provider="gmail",
      label=L("merge_confirmation_requested", KEN_CASE, [KEN_KEEP, KEN_OLD], True, "ja"))

d = D(2025, 5, 28, 1, 30, 55)
ken_ack = """渡辺 様

ご確認のご返信をいただき、ありがとうございます。

いただいた内容に基づき、AWS 09931642 を AWS 20785314 へ統合する手続きを本日より開始いたします。
作業が終わりましたら、改めてこちらからご連絡いたしますので、今しばらくお待ちください。
同じ内容で新しいケースを作成されますと処理が遅れる場合がございますので、ご注意ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

2025年5月27日(火) 18:20 渡辺 健二 <kenji.watanabe.aws@gmail.com>:
> 佐々木様
>
> ご連絡ありがとうございます。
> 記載の内容で問題ありません。統合をお願いいたします。
>
> 渡辺
>
> 2025年5月27日(火) 15:48 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
""" + "".join("> > " + ln + "\n" if ln else "> >\n" for ln in ken_req.splitlines())
build("aws-form-reply", frm=AWS_FORM, to=KENJI, date=d, subject=FORM_SUBJ % KEN_CASE,
      body=txt(ken_ack, enc="b64"), provider="gmail",
      label=L("support_reply", KEN_CASE, [KEN_KEEP, KEN_OLD], True, "ja"))

d = D(2025, 5, 29, 7, 12, 31)
ken_done = """渡辺 様

お待たせいたしました。
ご依頼いただいたアカウントの統合作業が完了いたしました。

今後は kenji.watanabe.aws@gmail.com で AWS 認定アカウント（%s）にサインインしていただくと、これまでの受験履歴と認定資格をすべてご確認いただけます。
Credly のデジタルバッジにつきましては、数日以内に上記メールアドレス宛てに受け取りのご案内が届きます。

ほかにご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, May 27, 2025 6:48 AM
To: kenji.watanabe.aws@gmail.com
Subject: %s

%s""" % (KEN_KEEP, FORM_SUBJ % KEN_CASE, ken_req)
build("aws-form-reply", frm=AWS_FORM, to=KENJI, date=d, subject=FORM_SUBJ % KEN_CASE,
      body=txt(ken_done + FORM_FOOTER_JA, enc="b64"), provider="gmail",
      label=L("merge_completed", KEN_CASE, [KEN_KEEP], True, "ja"))

# ---- Priya: single question, console case --------------------------------
PRI_OPEN = D(2025, 9, 2, 19, 3, 51)
PRI_CASE = case15(PRI_OPEN)
d = D(2025, 9, 3, 21, 17, 8)
build("console-case-reply", frm=AWS_CONSOLE, to=PRIYA, date=d,
      subject="RE:[CASE %s] Two certification logins - please combine" % PRI_CASE,
      body=txt("""Hello Priya,

Quick question before I submit this: do you want aws13357102 folded into aws16028844, with aws16028844 (priya.raman@outlook.com) being the one you keep using afterwards? Once it's done we can't split them apart again.

Best regards,
Sean M.
Amazon Web Services
""" + console_footer_en(PRI_CASE)), provider="outlookcom",
      label=L("merge_confirmation_requested", PRI_CASE, ["AWS13357102", "AWS16028844"], True, "en"))

# ---- Haruka: plan only in the subject -------------------------------------
HAR_OPEN = D(2025, 7, 14, 1, 2, 9)
HAR_CASE = case15(HAR_OPEN)
d = D(2025, 7, 15, 4, 26, 40)
build("aws-form-reply", frm=AWS_FORM, to=HARUKA, date=d,
      subject=enc_hdr("RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance / 統合確認 AWS27749013→AWS31170524" % HAR_CASE),
      body=txt("""佐藤 様

お世話になっております。AWS トレーニングと認定サポートの山本です。

件名に記載したとおりの方向（左のアカウントを右のアカウントへ）で進めてよろしいでしょうか。
実施後は元に戻すことができませんので、問題がなければ「はい」とだけご返信ください。

山本
""" + FORM_FOOTER_JA, enc="qp"), provider="o365",
      label=L("merge_confirmation_requested", HAR_CASE, ["AWS27749013", "AWS31170524"], True, "ja"))

# ---- Marek: asked again after an unclear answer ---------------------------
MAR_OPEN = D(2025, 10, 9, 8, 41, 2)
MAR_CASE = case15(MAR_OPEN)
mar_first = """Hello Marek,

Thank you for contacting AWS Training and Certification.

We can merge your two certification accounts. Our proposal is to keep AWS19946230 (marek.nowak@vistula-it.pl) and to merge AWS05592817 (m.nowak87@wp.pl) into it. Please confirm by replying to this e-mail; the merge cannot be reversed.

Kind regards,
Ana P.
AWS Training and Certification"""
d = D(2025, 10, 14, 13, 2, 26)
build("aws-form-reply", frm=AWS_FORM, to=MAREK, date=d, subject=FORM_SUBJ % MAR_CASE,
      body=txt("""Hello Marek,

Thanks for getting back to me. I'm afraid I can't treat "I think that should be fine, but I'm not sure which one has my SAP exam" as a go-ahead, because this change is permanent.

To clarify: your AWS Certified SAP on AWS - Specialty result is recorded on AWS 05592817, the account you asked us to close. It would not be lost. It would move to AWS 19946230 together with everything else on that account.

So, one more time: shall we move everything from AWS 05592817 into AWS 19946230 and close AWS 05592817? A simple "yes, proceed" or "no" is enough.

Kind regards,
Ana P.
AWS Training and Certification

________________________________
From: Marek Nowak <marek.nowak@vistula-it.pl>
Sent: Tuesday, October 14, 2025 10:12 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Ana,

I think that should be fine, but I'm not sure which one has my SAP exam. I don't want to lose it.

Marek

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, October 10, 2025 3:55 PM
To: Marek Nowak <marek.nowak@vistula-it.pl>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (MAR_CASE, MAR_CASE, mar_first) + FORM_FOOTER_EN, enc="qp"), provider="o365",
      label=L("merge_confirmation_requested", MAR_CASE, ["AWS05592817", "AWS19946230"], True, "en"))

# ---- Tomoko: corrected plan, Shift_JIS -----------------------------------
TOM_OPEN = D(2025, 11, 4, 0, 37, 15)
TOM_CASE = case15(TOM_OPEN)
d = D(2025, 11, 5, 2, 58, 47)
build("aws-form-reply", frm=AWS_FORM, to=TOMOKO, date=d,
      subject=enc_hdr("RE:[CASE %s] 【訂正】アカウント統合の内容について" % TOM_CASE, "shift_jis"),
      body=txt("""山田 智子 様

いつもお世話になっております。AWS トレーニングと認定サポートの田中です。

先ほどお送りしたメールで、残すアカウントと統合するアカウントを逆に記載しておりました。
大変失礼いたしました。正しくは以下のとおりです。

　残すアカウント（統合先）　　：AWS22604719（t-yamada@nifty.com）
　統合するアカウント（統合元）：AWS08817345（tomoko.yamada@mail.seiwa-u.ac.jp）

誤った内容のメールは破棄していただけますと幸いです。
改めまして、上記の訂正後の内容で統合を実施してよろしいか、ご確認のうえご返信をお願いいたします。
統合は取り消しができませんので、念のためご注意ください。

田中
AWS トレーニングと認定 カスタマーサポート
""" + FORM_FOOTER_JA, charset="shift_jis", enc="b64"), provider="nifty",
      label=L("merge_confirmation_requested", TOM_CASE, ["AWS08817345", "AWS22604719"], True, "ja"))

# ---- Sofia: console reply, plan only in a quoted block ----------------------
SOF_OPEN = D(2026, 1, 19, 10, 4, 33)
SOF_CASE = case15(SOF_OPEN)
d = D(2026, 1, 20, 15, 49, 2)
build("console-case-reply", frm=AWS_CONSOLE, to=SOFIA, date=d,
      subject="RE:[CASE %s] Merge my certification accounts" % SOF_CASE,
      body=txt("""Hello Sofia,

Thank you for contacting AWS Training and Certification.

I've reviewed the request you submitted, quoted below. Before I hand it to the team that carries this out, please check that the direction is right: the account you name as the one to keep will be the only one left afterwards, and there is no way to undo it.

> I have two certification accounts. Please keep AWS24470981 (sofia.lindqvist@gmail.com)
> and merge AWS17703352 (sofia.l@nordhavn-data.se) into it. I changed jobs and can no
> longer access the work mailbox.

If that is correct, reply to this case in the Support Center with "Confirmed". If anything should change, tell me what.

Best regards,
Rohan K.
Amazon Web Services
""" + console_footer_en(SOF_CASE)), provider="gmail",
      label=L("merge_confirmation_requested", SOF_CASE, [], True, "en"))

# ---- Yuki: numbered list, ids as the user typed them -----------------------
YUK_OPEN = D(2025, 8, 18, 3, 12, 58)
YUK_CASE = case15(YUK_OPEN)
d = D(2025, 8, 19, 5, 40, 21)
build("console-case-reply", frm=AWS_CONSOLE, to=YUKI, date=d,
      subject=enc_hdr("RE:[CASE %s] 認定アカウントが2つあります" % YUK_CASE),
      body=txt("""松本 様

お問い合わせいただきありがとうございます。Amazon Web Services の Kaito です。

お知らせいただいた ID（aws-26613058、aws-10382297）について確認いたしました。作業は次の流れになります。

1. aws-10382297 の受験履歴と認定資格を aws-26613058 へ移します
2. aws-10382297 は無効化され、以後ログインできなくなります
3. Credly のバッジは、aws-26613058 に登録されたメールアドレス宛てに再発行されます

この作業は取り消しができません。上記 1〜3 の内容で実施してよろしいでしょうか。
サポートセンターから本ケースにご返信ください。

よろしくお願いいたします。
Kaito
Amazon Web Services
""" + console_footer_ja(YUK_CASE), enc="b64"), provider="biglobe",
      label=L("merge_confirmation_requested", YUK_CASE, ["AWS10382297", "AWS26613058"], True, "ja"))


# ---- Carlos: look-alike phishing asking to confirm --------------------------
d = D(2025, 6, 23, 7, 18, 2)
t = generic_transport(d, "certification@aws-certmerge-support.com", "45.133.216.%d" % R.randint(2, 250),
                      "mail.aws-certmerge-support.com", dkim_sel="mail")
phish_txt = """AWS Training & Certification

Dear Candidate,

Our records show two certification profiles registered to you: AWS03381920 and AWS21857406 (Case #4410925831).

To complete the consolidation you requested, you must confirm the merge within 24 hours. If we do not receive your confirmation, both profiles will be locked and your active certifications may be revoked.

Confirm merge now: https://aws-certmerge-support.com/verify?case=4410925831&u=cmendes

This is an automated message, please do not reply.
(c) 2025 Amazon Web Services, Inc.
"""
phish_html = html_wrap("""<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:14px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">Training &amp; Certification</span></div>
<div style="padding:18px">
<p>Dear Candidate,</p>
<p>Our records show two certification profiles registered to you: <b>AWS03381920</b> and <b>AWS21857406</b> (Case #4410925831).</p>
<p>To complete the consolidation you requested, you must <b>confirm the merge within 24 hours</b>. If we do not receive your confirmation, both profiles will be locked and your active certifications may be revoked.</p>
<p style="text-align:center"><a href="https://aws-certmerge-support.com/verify?case=4410925831&amp;u=cmendes" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;border-radius:4px">Confirm merge</a></p>
<p style="font-size:11px;color:#777">This is an automated message, please do not reply.<br>&copy; 2025 Amazon Web Services, Inc.</p>
</div></div>""")
build("cert-team-notice", frm=("AWS Certification", "certification@aws-certmerge-support.com"), to=CARLOS, date=d,
      subject="Action required: confirm merge of certification profiles (24h)",
      body=alt(txt(phish_txt), html(phish_html, enc="qp")), provider="fastmail", transport=t,
      label=L("merge_confirmation_requested", "4410925831", ["AWS03381920", "AWS21857406"], False, "en"))

# ---- Aiko: spoofed amazon.com, dmarc=fail, forged lower AR ----------------
AIK_FAKE = case15(D(2025, 10, 13, 22, 5, 11))
d = D(2025, 10, 15, 11, 42, 9)
t = dict(ip="185.225.17.42", helo="srv42.kagayaki-host.net", mailfrom="apache@srv42.kagayaki-host.net",
         mailfrom_domain="srv42.kagayaki-host.net", msgid="<%s@srv42.kagayaki-host.net>" % rhex(32),
         dkim=[], from_domain="amazon.com", p="QUARANTINE",
         extra=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")])
build("aws-form-reply", frm=AWS_FORM, to=AIKO, date=d,
      subject=enc_hdr("RE:[CASE %s] 【重要】アカウント統合の最終確認のお願い" % AIK_FAKE),
      body=alt(txt("""藤田 愛子 様

AWS トレーニングと認定サポートです。
お客様のアカウント AWS 15520934 と AWS 28849106 の統合について、最終確認が完了していません。

統合を確定するには、48 時間以内に以下のページから AWS 認定アカウントにサインインし、「統合を承認する」ボタンを押してください。
期限までに承認されない場合、両方のアカウントが一時停止されます。

https://aws-certification.merge-confirm-jp.com/approve?case=%s

AWS トレーニングと認定 カスタマーサポート
""" % AIK_FAKE), html(html_wrap("""<p>藤田 愛子 様</p><p>AWS トレーニングと認定サポートです。<br>お客様のアカウント AWS 15520934 と AWS 28849106 の統合について、最終確認が完了していません。</p>
<p>統合を確定するには、<b>48 時間以内</b>に以下のページから AWS 認定アカウントにサインインし、「統合を承認する」ボタンを押してください。<br>期限までに承認されない場合、両方のアカウントが一時停止されます。</p>
<p><a href="https://aws-certification.merge-confirm-jp.com/approve?case=%s">統合を承認する</a></p>
<p>AWS トレーニングと認定 カスタマーサポート</p>""" % AIK_FAKE, "ja"), enc="b64")),
      provider="gmail", transport=t, v=verdicts(t, dmarc="fail", spf="softfail", dkim_ok=False),
      forged_ar="mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com",
      label=L("merge_confirmation_requested", AIK_FAKE, ["AWS15520934", "AWS28849106"], False, "ja"))

# ---- James: HTML-only request, no Authentication-Results at all ------------
JAM_CASE = "12871406593"
d = D(2025, 4, 8, 10, 3, 50)
build("aws-form-reply", frm=AWS_FORM, to=JAMES, date=d, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % JAM_CASE,
      body=html(html_wrap("""<p>Hi James,</p>
<p>Thank you for your patience while we looked into this.</p>
<p>We have found the following certification accounts in your name:</p>
<ul>
<li>AWS10649287 &ndash; registered to j.whitfield@whitfield-partners.co.uk (current employer address)</li>
<li>AWS02274815 &ndash; registered to jwhitfield1979@btinternet.com</li>
</ul>
<p>As requested, we would keep <b>AWS10649287</b> and move all certification history from AWS02274815 into it. AWS02274815 would then be deactivated.</p>
<p>Could you please confirm you are happy for us to go ahead on this basis? Please be aware that once actioned, this cannot be reverted.</p>
<p>Kind regards,<br>Fiona<br>AWS Training and Certification Customer Support</p>
<p style="color:#888;font-size:11px">Please do not change the subject line of this e-mail when replying, so that your message is added to the existing case.</p>"""), enc="qp"),
      provider="none:whitfield-partners.co.uk",
      label=L("merge_confirmation_requested", JAM_CASE, ["AWS02274815", "AWS10649287"], None, "en"))

# ---- Ryo: alternative parts that differ; the text part is only a stub -------
RYO_OPEN = D(2025, 12, 1, 13, 20, 45)
RYO_CASE = case15(RYO_OPEN)
d = D(2025, 12, 2, 8, 7, 16)
ryo_html = html_wrap("""<p>小林 様</p>
<p>Amazon Web Services サポートにお問い合わせいただき、ありがとうございます。担当の中島です。</p>
<p>ご依頼の件、以下の内容で作業を行う予定です。</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th>&nbsp;</th><th>認定アカウント ID</th><th>登録メールアドレス</th></tr>
<tr><td>残すアカウント</td><td>AWS 33104576</td><td>ryo.kobayashi@so-net.ne.jp</td></tr>
<tr><td>統合されるアカウント</td><td>AWS 21968830</td><td>r-kobayashi@minato-denki.co.jp</td></tr>
</table>
<p>作業後は元の状態に戻すことができません。表の内容で問題がないか、サポートセンターから本ケースにご返信いただけますでしょうか。</p>
<p>中島<br>Amazon Web Services</p>""", "ja")
build("console-case-reply", frm=AWS_CONSOLE, to=RYO, date=d,
      subject=enc_hdr("RE:[CASE %s] 認定アカウントの統合について" % RYO_CASE),
      body=alt(txt("""小林 様

このメッセージは HTML 形式で作成されています。内容を正しく表示するには、HTML 表示に対応したメールソフトをご利用いただくか、サポートセンターでケースをご確認ください。
""" + console_footer_ja(RYO_CASE)), html(ryo_html + "", enc="b64")),
      provider="sonet",
      label=L("merge_confirmation_requested", RYO_CASE, ["AWS21968830", "AWS33104576"], True, "ja"))

# ---- Olivia: request worded without the usual words ------------------------
OLIVIA = ("Olivia Chen", "olivia.chen.dev@gmail.com")
OLI_OPEN = D(2026, 2, 3, 17, 50, 29)
OLI_CASE = case15(OLI_OPEN)
d = D(2026, 2, 4, 18, 31, 55)
build("aws-form-reply", frm=AWS_FORM, to=OLIVIA, date=d, subject=FORM_SUBJ % OLI_CASE,
      body=txt("""Hi Olivia,

Thanks for writing in. I've looked at both of your certification profiles.

Before we go ahead: the profile tied to olivia.chen.dev@gmail.com (AWS29015573) would become your only profile, and the one tied to ochen@harborpoint.io (AWS18842260) would be folded into it and switched off. Your exam results and the Developer - Associate certification on the harborpoint.io profile would carry across.

Is that what you want? Let us know either way. We won't be able to reverse it afterwards.

Thanks,
Grace L.
AWS Training and Certification
""" + FORM_FOOTER_EN), provider="gmail",
      label=L("merge_confirmation_requested", OLI_CASE, ["AWS18842260", "AWS29015573"], True, "en"))

# ---- Sho: request without the word 統合 ----------------------------------
SHO = ("中村 翔", "sho.nakamura@ocn.ne.jp")
SHO_OPEN = D(2025, 6, 9, 2, 44, 18)
SHO_CASE = case15(SHO_OPEN)
d = D(2025, 6, 10, 1, 15, 37)
build("aws-form-reply", frm=AWS_FORM, to=SHO, date=d, subject=FORM_SUBJ % SHO_CASE,
      body=txt("""中村 翔 様

AWS トレーニングと認定へのお問い合わせありがとうございます。

お申し出の件、AWS14463380 に登録されている受験履歴および認定資格を AWS30218857 へ移し、移行元の AWS14463380 は無効化する形で対応いたします。
この操作は後から取り消すことができません。問題なければ、その旨を本メールへのご返信でお知らせください。
ご返信をいただくまで作業は行いません。

よろしくお願いいたします。
小池
AWS トレーニングと認定 カスタマーサポート
""" + FORM_FOOTER_JA, charset="iso-2022-jp"), provider="ocn",
      label=L("merge_confirmation_requested", SHO_CASE, ["AWS14463380", "AWS30218857"], True, "ja"))

# ---- Ahmed: three accounts, bullet list, console -----------------------------
AHMED = ("Ahmed Farouk", "ahmed.farouk.cloud@gmail.com")
AHM_OPEN = D(2025, 8, 5, 11, 8, 27)
AHM_CASE = case15(AHM_OPEN)
d = D(2025, 8, 6, 12, 51, 3)
build("console-case-reply", frm=AWS_CONSOLE, to=AHMED, date=d,
      subject="RE:[CASE %s] Duplicate certification accounts (3)" % AHM_CASE,
      body=txt("""Hello Ahmed,

Thank you for contacting AWS Support.

I found three certification accounts that match the details you provided. Here is what we would do:

  * Keep:  AWS07736119 (ahmed.farouk.cloud@gmail.com) - this becomes your single account
  * Fold in: AWS25580402 (afarouk@nilebridge-tech.com) - 2 certifications, 3 exam attempts
  * Fold in: AWS12094478 (ahmed.f@student.cu.edu.eg) - 1 certification (expired)

After this, only AWS07736119 will exist; the other two will be closed and cannot be reopened.

Are you OK with this plan? Please reply to the case in the Support Center to let us know.

Best regards,
Mateo
Amazon Web Services
""" + console_footer_en(AHM_CASE), enc="qp"), provider="gmail",
      label=L("merge_confirmation_requested", AHM_CASE, ["AWS07736119", "AWS12094478", "AWS25580402"], True, "en"))


# ---- Misaki: HTML table (Japanese), text part with its own layout ----------
MISAKI = ("伊藤 美咲", "misaki.ito.0823@gmail.com")
MIS_OPEN = D(2025, 4, 21, 6, 33, 12)
MIS_CASE = case15(MIS_OPEN)
d = D(2025, 4, 22, 9, 2, 40)
mis_txt = """伊藤 美咲 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。担当の北村です。

統合の対象となるアカウントを確認しましたので、下表をご覧ください。

| 区分         | アカウント ID | 登録メールアドレス             | 取得済み認定 |
|--------------|---------------|--------------------------------|--------------|
| 統合後に残る | AWS32290618   | misaki.ito.0823@gmail.com      | CLF-C02      |
| 統合される   | AWS06657231   | m-ito@sakuragaoka-hs.ed.jp     | SAA-C03      |

表の内容にお間違いがなければ、「表の内容で統合してください」とご返信ください。
いただいたご返信をもって統合の同意とさせていただきます。実施後の取り消しはできません。

北村
AWS トレーニングと認定 カスタマーサポート
"""
mis_html = html_wrap("""<p>伊藤 美咲 様</p><p>AWS トレーニングと認定にお問い合わせいただきありがとうございます。担当の北村です。</p>
<p>統合の対象となるアカウントを確認しましたので、下表をご覧ください。</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr style="background:#eaeded"><th>区分</th><th>アカウント ID</th><th>登録メールアドレス</th><th>取得済み認定</th></tr></thead>
<tbody><tr><td>統合後に残る</td><td>AWS32290618</td><td>misaki.ito.0823@gmail.com</td><td>CLF-C02</td></tr>
<tr><td>統合される</td><td>AWS06657231</td><td>m-ito@sakuragaoka-hs.ed.jp</td><td>SAA-C03</td></tr></tbody></table>
<p>表の内容にお間違いがなければ、「表の内容で統合してください」とご返信ください。<br>いただいたご返信をもって統合の同意とさせていただきます。<b>実施後の取り消しはできません。</b></p>
<p>北村<br>AWS トレーニングと認定 カスタマーサポート</p>""", "ja")
build("aws-form-reply", frm=AWS_FORM, to=MISAKI, date=d, subject=FORM_SUBJ % MIS_CASE,
      body=alt(txt(mis_txt + FORM_FOOTER_JA, enc="b64"), html(mis_html, enc="b64")), provider="gmail",
      label=L("merge_confirmation_requested", MIS_CASE, ["AWS06657231", "AWS32290618"], True, "ja"))

# ---- Lukas: request on top of an Outlook-quoted thread -----------------------
LUKAS = ("Lukas Berger", "lukas.berger@alpenwerk-it.de")
LUK_OPEN = D(2025, 11, 17, 7, 55, 40)
LUK_CASE = case15(LUK_OPEN)
d = D(2025, 11, 18, 14, 9, 33)
build("aws-form-reply", frm=AWS_FORM, to=LUKAS, date=d, subject=FORM_SUBJ % LUK_CASE,
      body=txt("""Hello Lukas,

Thank you for the additional details, that helped.

Based on what you sent, this is what we are ready to do:
- Surviving account: AWS09185530 (lukas.berger@alpenwerk-it.de)
- Account to be merged and closed: AWS27316094 (lukas.berger@t-online.de)

Can you confirm this is correct? Please keep in mind that a merge is final and cannot be undone afterwards.

Best regards,
Joanna
AWS Training and Certification

From: Lukas Berger <lukas.berger@alpenwerk-it.de>
Sent: Monday, November 17, 2025 4:31 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello,

as requested: my current account is AWS09185530 (login lukas.berger@alpenwerk-it.de). The old one is AWS27316094, it was registered with my private address lukas.berger@t-online.de, which I still have access to. Please merge the old one into the current one.

Reason: I passed Solutions Architect Associate on the old account and want all my certifications in one place.

Regards
Lukas Berger

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, November 17, 2025 11:02 AM
To: Lukas Berger <lukas.berger@alpenwerk-it.de>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Lukas,

To help with your request, please send us the candidate ID and login e-mail address of each certification account, and tell us which one you would like to keep.

Best regards,
Joanna
""" % (LUK_CASE, LUK_CASE) + FORM_FOOTER_EN, enc="qp"), provider="o365",
      label=L("merge_confirmation_requested", LUK_CASE, ["AWS09185530", "AWS27316094"], True, "en"))

# ---- Makoto: answers the user's question, then asks for the go-ahead ---------
MAKOTO = ("高橋 誠", "makoto.takahashi.jp@gmail.com")
MAK_OPEN = D(2026, 3, 2, 4, 18, 26)
MAK_CASE = case15(MAK_OPEN)
d = D(2026, 3, 4, 2, 36, 10)
build("aws-form-reply", frm=AWS_FORM, to=MAKOTO, date=d, subject=FORM_SUBJ % MAK_CASE,
      body=txt("""高橋 誠 様

ご返信ありがとうございます。AWS トレーニングと認定サポートの小西です。

ご質問いただいた点について回答いたします。

Q. 統合すると認定の有効期限は変わりますか。
A. 変わりません。各認定の有効期限は取得日に基づいて引き継がれます。

Q. 旧アカウントに付与されている 50% 割引特典は使えなくなりますか。
A. 未使用の特典は統合後のアカウントに引き継がれます。

以上を踏まえまして、AWS18473362 を残し、AWS04928157 をそちらに統合する内容で進めてよろしいでしょうか。
一度実施すると元に戻せませんので、お手数ですがご意向を改めてお知らせください。

小西
AWS トレーニングと認定 カスタマーサポート
""" + FORM_FOOTER_JA, enc="qp"), provider="gmail",
      label=L("merge_confirmation_requested", MAK_CASE, ["AWS04928157", "AWS18473362"], True, "ja"))

# ---- Carlos (genuine): reply YES/NO, Q-encoded subject folded over lines --------
CAR_OPEN = D(2025, 7, 1, 20, 14, 3)
CAR_CASE = case15(CAR_OPEN)
d = D(2025, 7, 2, 22, 40, 51)
build("aws-form-reply", frm=AWS_FORM, to=CARLOS, date=d,
      subject=enc_hdr("RE:[CASE %s] Certification account merge \u2013 we need your go\u2011ahead before anything changes" % CAR_CASE, q=True),
      body=txt("""Hi Carlos,

Thanks for your patience.

Merge request:  AWS31807745  -->  AWS23390168
(AWS31807745 will be closed, AWS23390168 stays.)

Reply YES to proceed or NO to cancel. This cannot be undone.

Regards,
Victor
AWS Training and Certification
""" + FORM_FOOTER_EN), provider="fastmail",
      label=L("merge_confirmation_requested", CAR_CASE, ["AWS23390168", "AWS31807745"], True, "en"))

# ---- Kenta: Shift_JIS bytes labelled utf-8 (wrong charset label) -------------
KENTA = ("森 健太", "kenta.mori.1988@gmail.com")
KNT_CASE = case15(D(2025, 9, 24, 5, 9, 44))
d = D(2025, 9, 25, 7, 51, 29)
kenta_txt = """森 健太 様

AWS トレーニングと認定へのお問い合わせありがとうございます。担当の大野です。

ご依頼の内容を以下のとおり整理いたしました。

　残す ID　　：AWS 11958342
　まとめる ID：AWS 24406187

AWS 24406187 の認定資格と受験履歴は AWS 11958342 に移り、AWS 24406187 は閉鎖されます。
この整理で正しいかどうか、ご返信にてお知らせいただけますか。ご返信をいただいた時点で作業に着手いたします。
なお、作業後に元の状態へ戻すことはできません。

大野
AWS トレーニングと認定 カスタマーサポート

--
ご返信の際は件名を変更せずにお送りください。
"""
build("aws-form-reply", frm=AWS_FORM, to=KENTA, date=d, subject=FORM_SUBJ % KNT_CASE,
      body=raw_part(kenta_txt.replace("\n", "\r\n").encode("shift_jis"), "text/plain", "utf-8", cte="quoted-printable"),
      provider="gmail",
      label=L("merge_confirmation_requested", KNT_CASE, ["AWS11958342", "AWS24406187"], True, "ja"))

# ---- Ben: reminder, the request is asked again -------------------------------
BEN = ("Ben Carter", "bencarter.aws@gmail.com")
BEN_OPEN = D(2025, 5, 30, 15, 6, 58)
BEN_CASE = case15(BEN_OPEN)
d = D(2025, 6, 5, 16, 22, 17)
build("aws-form-reply", frm=AWS_FORM, to=BEN, date=d, subject=FORM_SUBJ % BEN_CASE,
      body=txt("""Hello Ben,

I'm following up on my message below, as we haven't heard back from you yet.

We still need your go-ahead before we can merge AWS20633951 into AWS08112476. Nothing has been changed on either account so far. If the plan below is right, a one-line reply saying so is all we need; if you would prefer to keep AWS20633951 instead, just tell us.

Best regards,
Priyanka S.
AWS Training and Certification

On Mon, Jun 2, 2025 at 9:14 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Ben,
>
> Thank you for contacting AWS Training and Certification.
>
> We can merge the two accounts you listed. AWS08112476 (bencarter.aws@gmail.com)
> would be kept and AWS20633951 (ben.carter@quayside-analytics.co) would be merged
> into it. Please reply to confirm. Merges are permanent.
>
> Best regards,
> Priyanka S.
""" + FORM_FOOTER_EN), provider="gmail",
      label=L("merge_confirmation_requested", BEN_CASE, ["AWS08112476", "AWS20633951"], True, "en"))

# ---- Hana: Japanese reminder ------------------------------------------------
HANA = ("吉田 花", "hana.yoshida@outlook.jp")
HAN_OPEN = D(2025, 12, 8, 23, 40, 2)
HAN_CASE = case15(HAN_OPEN)
d = D(2025, 12, 15, 1, 5, 48)
build("aws-form-reply", frm=AWS_FORM, to=HANA, date=d, subject=FORM_SUBJ % HAN_CASE,
      body=txt("""吉田 花 様

お世話になっております。AWS トレーニングと認定サポートの森田です。

12 月 10 日にご案内した統合内容につきまして、まだご返信を確認できておりません。
念のため内容を再掲いたします。

　・統合先（残る ID）：AWS19240066
　・統合元（なくなる ID）：AWS30817529

こちらの内容で進めてよろしければ、本メールにご返信ください。ご返信をいただくまでは作業を保留いたします。
ご不明点がございましたら、あわせてお知らせください。

森田
AWS トレーニングと認定 カスタマーサポート
""" + FORM_FOOTER_JA, enc="b64"), provider="outlookcom",
      label=L("merge_confirmation_requested", HAN_CASE, ["AWS19240066", "AWS30817529"], True, "ja"))

# ---- Ines: agent proposes which to keep and asks ------------------------------
INES = ("Ines Duarte", "ines.duarte.pt@gmail.com")
INE_OPEN = D(2025, 10, 27, 9, 12, 35)
INE_CASE = case15(INE_OPEN)
d = D(2025, 10, 28, 11, 44, 6)
build("console-case-reply", frm=AWS_CONSOLE, to=INES, date=d,
      subject="RE:[CASE %s] Certification - two candidate IDs" % INE_CASE,
      body=txt("""Hello Ines,

Thanks for the details.

Our suggestion would be to keep AWS25068813, since that is where your active Security - Specialty and Solutions Architect - Professional certifications are. AWS13995740 would be merged into it and closed.

Shall we do it that way? If you'd rather keep AWS13995740 as the surviving account, tell us and we'll reverse the direction. Either way, once the merge has run it is permanent.

Best regards,
Hyun-woo
Amazon Web Services
""" + console_footer_en(INE_CASE)), provider="gmail",
      label=L("merge_confirmation_requested", INE_CASE, ["AWS13995740", "AWS25068813"], True, "en"))


# ---- Aiko (genuine case): request above a Gmail-style Japanese quote ---------
AIK_OPEN = D(2025, 9, 7, 12, 30, 18)
AIK_CASE = case15(AIK_OPEN)
d = D(2025, 9, 9, 0, 57, 4)
build("aws-form-reply", frm=AWS_FORM, to=AIKO, date=d, subject=FORM_SUBJ % AIK_CASE,
      body=txt("""藤田 愛子 様

詳細をお知らせいただきありがとうございます。AWS トレーニングと認定サポートの石川です。

いただいた情報をもとに確認したところ、次の形で対応が可能です。
AWS15520934（aiko.fujita.0417@gmail.com）をお使いいただくアカウントとして残し、AWS28849106 の記録をすべてこちらへ移します。移行後、AWS28849106 は利用できなくなります。

この形で進めることにご同意いただけますか。
お手数ですが、本メールへのご返信でお知らせください。いったん実施すると、取り消すことはできません。

石川
AWS トレーニングと認定 カスタマーサポート

2025年9月8日(月) 22:14 藤田 愛子 <aiko.fujita.0417@gmail.com>:
> ご担当者様
>
> お世話になっております。藤田です。
> 追加で必要とのことでしたので、以下お送りいたします。
>
> ・現在使っている ID：AWS15520934（aiko.fujita.0417@gmail.com）
> ・以前の ID：AWS28849106（a.fujita@kisaragi-soft.co.jp、前職のメールのため現在は受信できません）
> ・統合の理由：転職により前職のメールアドレスが使えなくなったため
>
> よろしくお願いいたします。
> 藤田 愛子
""" + FORM_FOOTER_JA, enc="b64"), provider="gmail",
      label=L("merge_confirmation_requested", AIK_CASE, ["AWS15520934", "AWS28849106"], True, "ja"))

# ---- Rajesh: ids echoed in lower case as the user typed them ------------------
RAJESH = ("Rajesh Iyer", "rajesh.iyer84@outlook.com")
RAJ_OPEN = D(2025, 8, 25, 4, 2, 17)
RAJ_CASE = case15(RAJ_OPEN)
d = D(2025, 8, 26, 6, 30, 45)
build("aws-form-reply", frm=AWS_FORM, to=RAJESH, date=d, subject=FORM_SUBJ % RAJ_CASE,
      body=txt("""Dear Rajesh,

Greetings from AWS Training and Certification.

You wrote that "aws17264093" is your personal account and "aws 02958814" is the one your previous employer created for you. We have matched both to your name and date of birth.

We would retain aws17264093 and merge aws 02958814 into it. Kindly revert with your consent so that we may proceed. Kindly note that the merge process is irreversible.

Warm regards,
Deepa
AWS Training and Certification
""" + FORM_FOOTER_EN, enc="qp"), provider="outlookcom",
      label=L("merge_confirmation_requested", RAJ_CASE, ["AWS02958814", "AWS17264093"], True, "en"))

# ---- Naoki: new request above nested "> >" quotes, English subject ----------
NAOKI = ("岡田 直樹", "naoki.okada.works@gmail.com")
NAO_OPEN = D(2026, 1, 6, 1, 48, 51)
NAO_CASE = case15(NAO_OPEN)
d = D(2026, 1, 8, 5, 13, 27)
build("aws-form-reply", frm=AWS_FORM, to=NAOKI, date=d, subject=FORM_SUBJ % NAO_CASE,
      body=txt("""岡田 様

ご返信ありがとうございます。

ご指摘のとおり、残すアカウントは AWS23851047 のほうでございますね。失礼いたしました。
それでは、AWS10076392 を AWS23851047 へ統合する方向で手続きの準備をいたします。
最終確認として、この方向で問題ないか、もう一度だけご返信いただけますでしょうか。統合は取り消しができない操作のため、念のための確認となります。

AWS トレーニングと認定 カスタマーサポート
平田

> 平田様
>
> ご連絡ありがとうございます。
> 残したいのは AWS23851047 のほうです。逆になっていないでしょうか。
>
> 岡田
>
> > 岡田 直樹 様
> >
> > お問い合わせの件、AWS10076392 を残し、AWS23851047 を統合する形でよろしいでしょうか。
> > 統合は元に戻すことができません。
> >
> > 平田
""" + FORM_FOOTER_JA, charset="iso-2022-jp"), provider="gmail",
      label=L("merge_confirmation_requested", NAO_CASE, ["AWS10076392", "AWS23851047"], True, "ja"))

# ---- Hannah: genuine console reply, but a link-rewriting gateway broke DKIM ---
HANNAH = ("Hannah Schulz", "h.schulz@rheinwerk-cloud.de")
HNN_OPEN = D(2025, 6, 16, 8, 3, 29)
HNN_CASE = case15(HNN_OPEN)
d = D(2025, 6, 17, 9, 26, 14)
t = ses_transport(d)
ses_ip, ses_helo = t["ip"], t["helo"]
pp_ip = "148.163.%d.%d" % (R.randint(128, 159), R.randint(2, 250))
t = dict(t, ip=pp_ip, helo="mx0b-00438201.pphosted.com")
pp_below = [("Received", "from pps.filterd (m0418224.ppops.net [127.0.0.1])\n\tby mx0b-00438201.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id 55H8oF%s;\n\tTue, 17 Jun 2025 09:26:16 +0000" % ralnum(6)),
            ("Received", "from %s (%s [%s])\n\tby mx0b-00438201.pphosted.com (PPS) with ESMTPS id 55H9Q%s\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <h.schulz@rheinwerk-cloud.de>; Tue, 17 Jun 2025 09:26:15 +0000" % (ses_helo, ses_helo, ses_ip, ralnum(7)))]
build("console-case-reply", frm=AWS_CONSOLE, to=HANNAH, date=d, below=pp_below,
      subject="RE:[CASE %s] Please merge my two certification accounts" % HNN_CASE,
      body=txt("""Hello Hannah,

Thank you for your patience.

Summary of the requested change:
Account that stays ........ AWS14702258 (h.schulz@rheinwerk-cloud.de)
Account that is merged .... AWS29931406 (hannah.schulz@gmx.de)

Could you please reply via the Support Center and confirm that this is what you want? We will not make any change before we hear from you. Note that this cannot be reverted.

Best regards,
Elena
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see all of the correspondence on this case and to reply, please visit the AWS Support Center:
https://urldefense.com/v3/__https://support.console.aws.amazon.com/support/home*/case/?displayId=%s&language=en__;Iw!!Bx%s$

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (HNN_CASE, ralnum(40))), provider="o365", transport=t, v=verdicts(t, dmarc="fail", spf="fail", dkim_ok=False),
      extra=[("X-Proofpoint-GUID", ralnum(32)), ("X-Proofpoint-Spam-Details", "rule=outbound_notspam policy=outbound score=0 mlxscore=0 classifier=spam adjust=0 reason=mlx")],
      label=L("merge_confirmation_requested", HNN_CASE, ["AWS14702258", "AWS29931406"], False, "en"))

# ---- Takashi: one question only ------------------------------------------
TAKASHI = ("斎藤 隆", "takashi.saito@nifty.com")
TAK_OPEN = D(2025, 4, 2, 3, 55, 10)
TAK_CASE = case15(TAK_OPEN)
d = D(2025, 4, 3, 4, 1, 33)
build("console-case-reply", frm=AWS_CONSOLE, to=TAKASHI, date=d,
      subject=enc_hdr("RE:[CASE %s] 認定IDの重複について" % TAK_CASE, "iso-2022-jp"),
      body=txt("""斎藤 様

一点だけ確認させてください。
AWS05318874 を残して AWS26470031 をそちらにまとめる、ということでお間違いないでしょうか？（まとめた後は分けられません）

サポートセンターからご返信をお待ちしております。

Amazon Web Services
前田
""" + console_footer_ja(TAK_CASE), charset="iso-2022-jp"), provider="nifty",
      label=L("merge_confirmation_requested", TAK_CASE, ["AWS05318874", "AWS26470031"], True, "ja"))

# ---- Ahmed: corrected plan -------------------------------------------------
d = D(2025, 8, 7, 8, 12, 40)
build("console-case-reply", frm=AWS_CONSOLE, to=AHMED, date=d,
      subject="RE:[CASE %s] Duplicate certification accounts (3)" % AHM_CASE,
      body=txt("""Hello Ahmed,

I need to correct my previous message, sorry for the confusion.

On a second check, AWS12094478 belongs to a different candidate with the same name, so it will NOT be part of this request. The revised plan is:

  * Keep:    AWS07736119
  * Fold in: AWS25580402

Please ignore the earlier three-account version and let us know via the Support Center whether we may go ahead with this revised two-account plan. As before, it is permanent.

Best regards,
Mateo
Amazon Web Services
""" + console_footer_en(AHM_CASE), enc="qp"), provider="gmail",
      label=L("merge_confirmation_requested", AHM_CASE, ["AWS07736119", "AWS12094478", "AWS25580402"], True, "en"))

# ---- Aya: Japanese console reply, the plan only in the quoted description ----
AYA = ("清水 彩", "aya.shimizu.cloud@gmail.com")
AYA_OPEN = D(2026, 2, 16, 0, 22, 47)
AYA_CASE = case15(AYA_OPEN)
d = D(2026, 2, 17, 2, 48, 9)
build("console-case-reply", frm=AWS_CONSOLE, to=AYA, date=d,
      subject=enc_hdr("RE:[CASE %s] 認定アカウントをひとつにしたい" % AYA_CASE),
      body=txt("""清水 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。

ケース作成時にご記入いただいた内容（下記）を拝見しました。
作業担当へ引き継ぐ前に、記載どおりの方向で進めてよいか確認させてください。作業後はどちらか一方のアカウントのみが残り、元には戻せません。

> 認定アカウントが2つあります。AWS31442095 を残して、AWS17650283 をそちらに統合してください。
> AWS17650283 は学生時代に大学のメールアドレス（shimizu.aya@st.hokuyo-u.ac.jp）で作ったものです。

この内容でよろしければ、サポートセンターから本ケースに「問題ありません」とご返信ください。

よろしくお願いいたします。
Amazon Web Services
""" + console_footer_ja(AYA_CASE), enc="b64"), provider="gmail",
      label=L("merge_confirmation_requested", AYA_CASE, [], True, "ja"))


# ======================= look-alikes: restate accounts/plan, not a request ======

# ---- Priya: which account to keep (support_reply) ---------------------------
d = D(2025, 9, 3, 3, 40, 22)
build("console-case-reply", frm=AWS_CONSOLE, to=PRIYA, date=d,
      subject="RE:[CASE %s] Two certification logins - please combine" % PRI_CASE,
      body=txt("""Hello Priya,

Thank you for contacting AWS Training and Certification.

I found the two certification accounts you mentioned:

- AWS16028844 - login priya.raman@outlook.com - created 2021
- AWS13357102 - login priya.r@lumencore.in - created 2019, holds your AWS Certified Cloud Practitioner

Which of these would you like to keep as your main account from now on? The other one will be merged into it, so please pick the one whose login you can always access.

Best regards,
Sean M.
Amazon Web Services
""" + console_footer_en(PRI_CASE)), provider="outlookcom",
      label=L("support_reply", PRI_CASE, ["AWS13357102", "AWS16028844"], True, "en"))

# ---- Haruka: which to keep, Japanese (support_reply) --------------------------
d = D(2025, 7, 14, 8, 30, 5)
build("aws-form-reply", frm=AWS_FORM, to=HARUKA, date=d, subject=FORM_SUBJ % HAR_CASE,
      body=txt("""佐藤 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。担当の山本でございます。

お名前で登録されている認定アカウントを確認したところ、次の 2 件が見つかりました。

　AWS31170524　h.sato@kotobuki-sys.co.jp　（2024 年作成）
　AWS27749013　haruka.sato.0302@gmail.com　（2022 年作成、SAA 取得済み）

今後お使いになるアカウントとして、どちらを残すことをご希望でしょうか。
お知らせいただいた後、統合の内容を改めてご案内し、最終的なご確認をお願いする流れとなります。

山本
AWS トレーニングと認定 カスタマーサポート
""" + FORM_FOOTER_JA, enc="qp"), provider="o365",
      label=L("support_reply", HAR_CASE, ["AWS27749013", "AWS31170524"], True, "ja"))

# ---- Carlos: asks for more details, lists the accounts (support_reply) ---------
d = D(2025, 7, 2, 3, 15, 48)
build("aws-form-reply", frm=AWS_FORM, to=CARLOS, date=d, subject=FORM_SUBJ % CAR_CASE,
      body=txt("""Hi Carlos,

Thank you for contacting AWS Training and Certification.

We can look into combining AWS23390168 and AWS31807745, but we need a few more details first:

1. The login e-mail address of each account
2. The e-mail address where each account receives notifications, if different
3. Which of the two you would like to keep
4. A short reason for the request

Please reply to this e-mail with the information above; there is no need to open a new case.

Regards,
Victor
AWS Training and Certification
""" + FORM_FOOTER_EN), provider="fastmail",
      label=L("support_reply", CAR_CASE, ["AWS23390168", "AWS31807745"], True, "en"))

# ---- Yuki: more details, Japanese (support_reply) ----------------------------
d = D(2025, 8, 18, 7, 55, 31)
build("console-case-reply", frm=AWS_CONSOLE, to=YUKI, date=d,
      subject=enc_hdr("RE:[CASE %s] 認定アカウントが2つあります" % YUK_CASE),
      body=txt("""松本 様

お問い合わせいただきありがとうございます。Amazon Web Services の Kaito です。

ご提示いただいた aws-26613058 と aws-10382297 のうち、aws-10382297 については登録メールアドレスを確認できませんでした。
お手数ですが、以下をサポートセンターから本ケースにお知らせください。

・それぞれのアカウントのログイン用メールアドレス
・通知の受信に使っているメールアドレス（ログイン用と異なる場合）
・今後使い続けたいアカウント

いただいた情報をもとに、改めてご案内いたします。

Kaito
Amazon Web Services
""" + console_footer_ja(YUK_CASE), enc="qp"), provider="biglobe",
      label=L("support_reply", YUK_CASE, ["AWS10382297", "AWS26613058"], True, "ja"))

# ---- Marek: progress note after confirmation (support_reply) -------------------
d = D(2025, 10, 16, 9, 20, 37)
build("aws-form-reply", frm=AWS_FORM, to=MAREK, date=d, subject=FORM_SUBJ % MAR_CASE,
      body=txt("""Hello Marek,

A short update on your request.

The merge of AWS05592817 into AWS19946230 is now with our back-office team. It is taking a little longer than usual because the SAP on AWS - Specialty record has to be moved by hand, but we expect it to be finished by the end of this week.

You don't need to do anything in the meantime. I will write again as soon as it is done.

Kind regards,
Ana P.
AWS Training and Certification
""" + FORM_FOOTER_EN), provider="o365",
      label=L("support_reply", MAR_CASE, ["AWS05592817", "AWS19946230"], True, "en"))

# ---- Tomoko: progress note, Shift_JIS quoted-printable (support_reply) --------
d = D(2025, 11, 7, 6, 4, 11)
build("aws-form-reply", frm=AWS_FORM, to=TOMOKO, date=d,
      subject=enc_hdr("RE:[CASE %s] 【訂正】アカウント統合の内容について" % TOM_CASE, "shift_jis"),
      body=txt("""山田 様

お世話になっております。田中です。
訂正後の内容にてご了承いただき、ありがとうございました。

現在、AWS08817345 から AWS22604719 への移行作業を担当部署にて進めております。
通常 2～3 営業日ほどかかりますので、完了までもうしばらくお待ちください。
完了しましたら、本ケースにてご連絡いたします。

田中
AWS トレーニングと認定 カスタマーサポート
""".replace("～", "〜") + FORM_FOOTER_JA, charset="shift_jis", enc="qp"), provider="nifty",
      label=L("support_reply", TOM_CASE, ["AWS08817345", "AWS22604719"], True, "ja"))

# ---- Ines: answer to a question that repeats the plan (support_reply) ----------
d = D(2025, 10, 30, 10, 2, 58)
build("console-case-reply", frm=AWS_CONSOLE, to=INES, date=d,
      subject="RE:[CASE %s] Certification - two candidate IDs" % INE_CASE,
      body=txt("""Hello Ines,

To answer your question: yes. After AWS13995740 is merged into AWS25068813, both your Security - Specialty and your Solutions Architect - Professional will be listed on AWS25068813, and their expiry dates stay exactly as they are today. Your recertification discount follows the certification, so it will also be available on AWS25068813.

Since you have already given us the go-ahead, the request is being processed and there is nothing else you need to send. I'll update this case when it's finished.

Best regards,
Hyun-woo
Amazon Web Services
""" + console_footer_en(INE_CASE)), provider="gmail",
      label=L("support_reply", INE_CASE, ["AWS13995740", "AWS25068813"], True, "en"))

# ---- Misaki: answer about badges that restates the plan (support_reply) --------
d = D(2025, 4, 23, 7, 48, 2)
build("aws-form-reply", frm=AWS_FORM, to=MISAKI, date=d, subject=FORM_SUBJ % MIS_CASE,
      body=alt(txt("""伊藤 様

ご返信とご質問をいただき、ありがとうございます。北村です。

Credly のバッジについてお答えいたします。
AWS06657231 から AWS32290618 への統合が済み次第、SAA-C03 のバッジは misaki.ito.0823@gmail.com 宛てに改めて発行されます。
旧アドレス（m-ito@sakuragaoka-hs.ed.jp）の Credly アカウントに残っているバッジを削除していただく必要はありません。

統合はご了承いただいた内容で手配済みですので、追加でご対応いただくことはございません。

北村
AWS トレーニングと認定 カスタマーサポート
""" + FORM_FOOTER_JA, enc="b64"),
               html(html_wrap("""<p>伊藤 様</p><p>ご返信とご質問をいただき、ありがとうございます。北村です。</p>
<p>Credly のバッジについてお答えいたします。<br>AWS06657231 から AWS32290618 への統合が済み次第、SAA-C03 のバッジは misaki.ito.0823@gmail.com 宛てに改めて発行されます。<br>旧アドレス（m-ito@sakuragaoka-hs.ed.jp）の Credly アカウントに残っているバッジを削除していただく必要はありません。</p>
<p>統合はご了承いただいた内容で手配済みですので、追加でご対応いただくことはございません。</p><p>北村<br>AWS トレーニングと認定 カスタマーサポート</p>""", "ja"), enc="b64")),
      provider="gmail",
      label=L("support_reply", MIS_CASE, ["AWS06657231", "AWS32290618"], True, "ja"))

# ---- James: identity check, no Authentication-Results (support_reply) ----------
d = D(2025, 4, 4, 13, 27, 19)
build("aws-form-reply", frm=AWS_FORM, to=JAMES, date=d, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % JAM_CASE,
      body=txt("""Hi James,

Thank you for contacting AWS Training and Certification.

Before we can do anything with AWS10649287 and AWS02274815, we need to make sure that both accounts belong to you. Please reply with:

- your full name exactly as it appears on your government-issued ID
- your date of birth
- for each of the two accounts, the name and date of the most recent exam you sat

For your security, please do not send a copy of the ID itself.

Kind regards,
Fiona
AWS Training and Certification Customer Support
""" + FORM_FOOTER_EN, enc="qp"), provider="none:whitfield-partners.co.uk",
      label=L("support_reply", JAM_CASE, ["AWS02274815", "AWS10649287"], None, "en"))

# ---- Kenta: identity check, Japanese (support_reply) ---------------------------
d = D(2025, 9, 24, 9, 2, 55)
build("aws-form-reply", frm=AWS_FORM, to=KENTA, date=d, subject=FORM_SUBJ % KNT_CASE,
      body=txt("""森 健太 様

AWS トレーニングと認定へのお問い合わせありがとうございます。担当の大野です。

AWS 11958342 と AWS 24406187 の統合をご希望とのこと、承知いたしました。
お手続きの前に、ご本人様確認のため次の情報をご返信ください。

１．氏名（ローマ字表記、身分証明書と同じもの）
２．生年月日
３．各アカウントで最後に受験された試験の名称と受験日

確認が取れましたら、統合の内容をご案内いたします。

大野
AWS トレーニングと認定 カスタマーサポート
""" + FORM_FOOTER_JA, charset="iso-2022-jp"), provider="gmail",
      label=L("support_reply", KNT_CASE, ["AWS11958342", "AWS24406187"], True, "ja"))

# ---- Emily: do you still need help? (support_reply) ----------------------------
EMILY = ("Emily Novak", "emily.novak.cloud@gmail.com")
EMI_OPEN = D(2025, 12, 10, 16, 30, 44)
EMI_CASE = "11953460827"  # older-style display id (case reopened from 2023)
d = D(2025, 12, 19, 17, 5, 12)
build("aws-form-reply", frm=AWS_FORM, to=EMILY, date=d, subject=FORM_SUBJ % EMI_CASE,
      body=txt("""Hello Emily,

We haven't heard back from you regarding your request about AWS22751390 and AWS06183427. In our last message we asked for the login e-mail address of AWS06183427, which we still need in order to continue.

Do you still need assistance with this? If we don't hear from you within 5 days, this case will be closed automatically. You can reopen it at any time by replying to this e-mail.

Best regards,
Tomas
AWS Training and Certification
""" + FORM_FOOTER_EN), provider="gmail",
      label=L("support_reply", EMI_CASE, ["AWS06183427", "AWS22751390"], True, "en"))

# ---- Sho: follow-up while the user is thinking it over (support_reply) -----
d = D(2025, 6, 24, 0, 48, 3)
build("aws-form-reply", frm=AWS_FORM, to=SHO, date=d, subject=FORM_SUBJ % SHO_CASE,
      body=txt("""中村 様

お世話になっております。AWS トレーニングと認定サポートの小池です。

AWS14463380 と AWS30218857 の件で「少し検討したい」とのご連絡をいただいてから 2 週間ほど経ちましたので、ご様子を伺いたくご連絡いたしました。
引き続きサポートが必要でしたら、本メールにご返信ください。ご不明な点があればお気軽にお尋ねください。

なお、7 日以内にご返信がない場合、本ケースはいったんクローズとなります。クローズ後も、本メールへのご返信で再開できます。

小池
AWS トレーニングと認定 カスタマーサポート
""" + FORM_FOOTER_JA, charset="iso-2022-jp"), provider="ocn",
      label=L("support_reply", SHO_CASE, ["AWS14463380", "AWS30218857"], True, "ja"))

# ---- Sofia: "once the merge is complete, we will ..." (support_reply) ---------
d = D(2026, 1, 21, 11, 33, 50)
build("console-case-reply", frm=AWS_CONSOLE, to=SOFIA, date=d,
      subject="RE:[CASE %s] Merge my certification accounts" % SOF_CASE,
      body=txt("""Hello Sofia,

Thanks for confirming. I've submitted the request to the certification team.

Once the merge is complete, we will send you a note on this case, and the badges currently tied to AWS17703352 will be re-issued by Credly to sofia.lindqvist@gmail.com. Until then, please avoid scheduling exams on either account, so that nothing is booked on the profile that is going away.

Best regards,
Rohan K.
Amazon Web Services
""" + console_footer_en(SOF_CASE), enc="qp"), provider="gmail",
      label=L("support_reply", SOF_CASE, ["AWS17703352"], True, "en"))


# ---- Haruka: closure that also says the merge is done (merge_completed) --------
d = D(2025, 7, 17, 2, 14, 26)
build("aws-form-reply", frm=AWS_FORM, to=HARUKA, date=d,
      subject=enc_hdr("RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance 【クローズのお知らせ】" % HAR_CASE),
      body=txt("""佐藤 様

AWS トレーニングと認定サポートの山本です。

先日ご確認いただいた件、AWS27749013 に記録されていた認定と受験履歴は AWS31170524 へ移行いたしました。
旧アカウントは閉鎖済みのため、今後は h.sato@kotobuki-sys.co.jp でサインインしてください。

これをもちまして本ケースをクローズいたします。
よろしければ、今回の対応についてアンケートへのご協力をお願いいたします（所要時間 1 分程度）。
https://aws-tc-feedback.amazon.com/survey?c=%s&lang=ja

山本
AWS トレーニングと認定 カスタマーサポート
""" % HAR_CASE + FORM_FOOTER_JA, enc="b64"), provider="o365",
      label=L("merge_completed", HAR_CASE, ["AWS27749013", "AWS31170524"], True, "ja"))

# ---- Lukas: completion above the quoted confirmation request --------------------
d = D(2025, 11, 20, 16, 41, 9)
build("aws-form-reply", frm=AWS_FORM, to=LUKAS, date=d, subject=FORM_SUBJ % LUK_CASE,
      body=txt("""Hello Lukas,

All done. Your certifications and exam history now sit under a single account, AWS09185530, and the other ID can no longer be used to sign in. Please allow up to 48 hours for your Credly badges to be re-sent.

If anything looks wrong on your transcript, just reply to this e-mail.

Best regards,
Joanna
AWS Training and Certification

From: Lukas Berger <lukas.berger@alpenwerk-it.de>
Sent: Wednesday, November 19, 2025 8:03 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Yes, that is correct. Please go ahead.

Lukas

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, November 18, 2025 3:09 PM
To: Lukas Berger <lukas.berger@alpenwerk-it.de>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Lukas,

Thank you for the additional details, that helped.

Based on what you sent, this is what we are ready to do:
- Surviving account: AWS09185530 (lukas.berger@alpenwerk-it.de)
- Account to be merged and closed: AWS27316094 (lukas.berger@t-online.de)

Can you confirm this is correct? Please keep in mind that a merge is final and cannot be undone afterwards.

Best regards,
Joanna
""" % (LUK_CASE, LUK_CASE) + FORM_FOOTER_EN, enc="qp"), provider="o365",
      label=L("merge_completed", LUK_CASE, ["AWS09185530"], True, "en"))

# ---- Priya: case resolved + rating, no word on the merge (survey) ---------------
d = D(2025, 9, 8, 19, 5, 33)
build("console-case-resolved", frm=AWS_CONSOLE, to=PRIYA, date=d,
      subject="Amazon Web Services Support: Case %s has been resolved" % PRI_CASE,
      body=alt(txt("""Hello,

Your support case %s ("Two certification logins - please combine") has been marked as resolved.

How would you rate the support you received?
  Very satisfied:      https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=5
  Satisfied:           https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=4
  Neutral:             https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=3
  Dissatisfied:        https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=2

If your issue is not resolved, you can reopen the case from the Support Center within 14 days.

Amazon Web Services
""" % ((PRI_CASE,) * 5)),
               html(html_wrap("""<p>Hello,</p><p>Your support case <b>%s</b> (&quot;Two certification logins - please combine&quot;) has been marked as resolved.</p>
<p><b>How would you rate the support you received?</b></p>
<p><a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a><br>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=4">&#9733;&#9733;&#9733;&#9733;</a><br>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=3">&#9733;&#9733;&#9733;</a><br>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=2">&#9733;&#9733;</a></p>
<p>If your issue is not resolved, you can reopen the case from the Support Center within 14 days.</p><p>Amazon Web Services</p>""" % ((PRI_CASE,) * 5)), enc="qp")),
      provider="outlookcom", label=L("survey", PRI_CASE, [], True, "en"))

# ---- Kenji: closure questionnaire (survey) ------------------------------------
d = D(2025, 6, 2, 3, 0, 41)
build("aws-form-survey", frm=AWS_FORM, to=KENJI, date=d,
      subject=enc_hdr("[CASE %s] お問い合わせに関するアンケートのお願い" % KEN_CASE, "iso-2022-jp"),
      body=txt("""渡辺 健二 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
お問い合わせ（ケース ID：%s）は解決済みとしてクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力ください。

　問題は解決しましたか？
　　はい　：https://aws-tc-feedback.amazon.com/survey?c=%s&r=yes&lang=ja
　　いいえ：https://aws-tc-feedback.amazon.com/survey?c=%s&r=no&lang=ja

本メールは送信専用です。
AWS トレーニングと認定
""" % (KEN_CASE, KEN_CASE, KEN_CASE), charset="iso-2022-jp"), provider="gmail",
      label=L("survey", KEN_CASE, [], True, "ja"))

# ---- Ben: automatic acknowledgement echoing the submitted form (case_created) ----
d = BEN_OPEN + dt.timedelta(seconds=41)
build("aws-form-ack", frm=AWS_FORM, to=BEN, date=d,
      subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % BEN_CASE,
      body=txt("""Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your request and logged it under case %s.

A member of our team will get back to you, normally within 24 hours. Please do not submit another request for the same issue, as this may delay our response.

Summary of your submission
--------------------------
Inquiry type:      AWS Training and Certification
Detail:            Account Merge
Name:              Ben Carter
E-mail:            bencarter.aws@gmail.com
AWS candidate ID:  AWS08112476
Description:       Please merge AWS20633951 into AWS08112476. AWS20633951 was created with
                   my old work address (ben.carter@quayside-analytics.co) which I no longer use.

AWS Training and Certification
""" % BEN_CASE, enc="qp"), provider="gmail",
      label=L("case_created", BEN_CASE, ["AWS08112476", "AWS20633951"], True, "en"))

# ---- Aya: console case opened, description echoed (case_created) ---------------
d = AYA_OPEN + dt.timedelta(seconds=12)
build("aws-support-notice", frm=AWS_CONSOLE, to=AYA, date=d,
      subject=enc_hdr("Amazon Web Services: 新しいサポートケースが作成されました: %s" % AYA_CASE),
      body=alt(txt("""Amazon Web Services にお問い合わせいただきありがとうございます。
お客様の問題に対応するため、ケース %s を作成しました。

ケース ID：%s
件名：認定アカウントをひとつにしたい
重要度：一般的なガイダンス

お問い合わせ内容：
認定アカウントが2つあります。AWS31442095 を残して、AWS17650283 をそちらに統合してください。
AWS17650283 は学生時代に大学のメールアドレス（shimizu.aya@st.hokuyo-u.ac.jp）で作ったものです。

担当者から回答があり次第、メールでお知らせします。
ケースの詳細は AWS サポートセンターでご確認いただけます:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスから送信されています。
""" % (AYA_CASE, AYA_CASE, AYA_CASE), enc="b64"),
               html(html_wrap("""<p>Amazon Web Services にお問い合わせいただきありがとうございます。<br>お客様の問題に対応するため、ケース %s を作成しました。</p>
<table cellpadding="4"><tr><td><b>ケース ID</b></td><td>%s</td></tr><tr><td><b>件名</b></td><td>認定アカウントをひとつにしたい</td></tr><tr><td><b>重要度</b></td><td>一般的なガイダンス</td></tr></table>
<p><b>お問い合わせ内容：</b><br>認定アカウントが2つあります。AWS31442095 を残して、AWS17650283 をそちらに統合してください。<br>AWS17650283 は学生時代に大学のメールアドレス（shimizu.aya@st.hokuyo-u.ac.jp）で作ったものです。</p>
<p>担当者から回答があり次第、メールでお知らせします。<br><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">AWS サポートセンターでケースを表示</a></p>
<p style="font-size:11px;color:#666">※このメールは送信専用のアドレスから送信されています。</p>""" % (AYA_CASE, AYA_CASE, AYA_CASE), "ja"), enc="b64")),
      provider="gmail", label=L("case_created", AYA_CASE, ["AWS17650283", "AWS31442095"], True, "ja"))

# ---- Dan: Credly badge moved after the merge (credly_badge_issued) ------------
d = D(2025, 3, 15, 9, 12, 7)
t = credly_transport(d)
credly_en = html_wrap("""<table width="600" align="center" style="border:1px solid #e5e5e5"><tr><td style="padding:24px">
<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90">
<h2 style="font-weight:normal">Hi Daniel,</h2>
<p>Amazon Web Services Training and Certification has issued you a badge following an update to your certification account.</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p>This badge was previously issued to a different e-mail address and has now been moved to dan.okafor@gmail.com. Accept it to display it on your Credly profile.</p>
<p><a href="https://www.credly.com/badges/%s/accept?utm_source=email" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p style="font-size:12px;color:#777">You received this e-mail because an organization issued you a badge on Credly. Credly, Inc., 1 Battery Park Plaza, New York, NY 10004</p>
</td></tr></table>""" % ("%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))))
build("credly-notice", frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=DAN, date=d,
      subject="Your badge from Amazon Web Services Training and Certification is ready",
      body=alt(txt("""Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge following an update to your certification account.

AWS Certified Solutions Architect - Associate

This badge was previously issued to a different e-mail address and has now been moved to dan.okafor@gmail.com. Accept it to display it on your Credly profile:
https://www.credly.com/badges/accept

Credly, Inc., 1 Battery Park Plaza, New York, NY 10004
"""), html(credly_en, enc="qp")),
      provider="gmail", transport=t, label=L("credly_badge_issued", None, [], True, "en"))

# ---- Kenji: Credly badge in Japanese (credly_badge_issued) -----------------------
d = D(2025, 5, 30, 11, 47, 52)
t = credly_transport(d)
build("credly-notice", frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=KENJI, date=d,
      subject=enc_hdr("Amazon Web Services Training and Certification からバッジが発行されました"),
      body=alt(txt("""渡辺 健二 さん

Amazon Web Services Training and Certification から、新しいバッジ「AWS Certified Developer - Associate」が発行されました。

以下のリンクからバッジを受け取り、プロフィールで公開できます。
https://www.credly.com/badges/%s-%s/accept

このメールは、組織が Credly でバッジを発行したためにお送りしています。
Credly, Inc.
""" % (rhex(8), rhex(4)), enc="b64"),
               html(html_wrap("""<p>渡辺 健二 さん</p><p>Amazon Web Services Training and Certification から、新しいバッジ<b>「AWS Certified Developer - Associate」</b>が発行されました。</p>
<p><a href="https://www.credly.com/badges/accept" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#777">このメールは、組織が Credly でバッジを発行したためにお送りしています。<br>Credly, Inc.</p>""", "ja"), enc="b64")),
      provider="gmail", transport=t, label=L("credly_badge_issued", None, [], True, "ja"))

# ---- Marek forwards the request from work to his private mailbox (unrelated) ----
d = D(2025, 10, 10, 16, 48, 30)
t = o365_user_transport(d, MAREK[1], region="eur")
build("fwd-case-mail", frm=MAREK, to=("Marek Nowak", "marek.nowak.pl@gmail.com"), date=d, sender_tz=CET,
      subject="FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAR_CASE,
      body=txt("""Sending this home so I can check tonight which of AWS 05592817 / AWS 19946230 has the SAP exam before I answer them.

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, October 10, 2025 3:55 PM
To: Marek Nowak <marek.nowak@vistula-it.pl>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (MAR_CASE, mar_first), enc="qp"), provider="gmail", transport=t,
      extra=[("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAR_CASE),
             ("Thread-Index", "Adw5" + rb64(26)), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-Language", "pl-PL")],
      label=L("unrelated", MAR_CASE, ["AWS05592817", "AWS19946230"], False, "en"))

# ---- Haruka's colleague forwards a request from the shared mailbox (unrelated) --
SUZUKI = ("鈴木 大輔", "d.suzuki@kotobuki-sys.co.jp")
d = D(2025, 7, 15, 5, 2, 18)
t = o365_user_transport(d, SUZUKI[1])
build("fwd-case-mail", frm=SUZUKI, to=HARUKA, date=d, sender_tz=JST, no_dkim=True,
      subject=enc_hdr("転送: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance / 統合確認 AWS27749013→AWS31170524" % HAR_CASE),
      body=txt("""佐藤さん

お疲れさまです。鈴木です。
研修用の共有アドレスにも AWS から下記が届いていました。佐藤さんの認定アカウントの件だと思いますので、念のため転送します。
返信は佐藤さんから直接お願いします。

鈴木

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年7月15日 13:26
宛先: training@kotobuki-sys.co.jp
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance / 統合確認 AWS27749013→AWS31170524

佐藤 様

お世話になっております。AWS トレーニングと認定サポートの山本です。

件名に記載したとおりの方向（左のアカウントを右のアカウントへ）で進めてよろしいでしょうか。
実施後は元に戻すことができませんので、問題がなければ「はい」とだけご返信ください。

山本
""" % HAR_CASE, enc="b64"), provider="o365-internal", transport=t,
      extra=[("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % HAR_CASE),
             ("Thread-Index", "AQHb" + rb64(26)), ("Content-Language", "ja-JP")],
      label=L("unrelated", HAR_CASE, ["AWS27749013", "AWS31170524"], None, "ja"))

# ---- Dan: Credly's own account merge code (unrelated) -----------------------------
d = D(2025, 3, 16, 20, 4, 45)
t = credly_transport(d)
build("credly-notice", frm=CREDLY, to=DAN, date=d, subject="Complete your Credly account merge",
      body=alt(txt("""Hi Daniel,

We received a request to merge the Credly account registered to d.okafor@brightlane-consulting.com into your account dan.okafor@gmail.com.

Your verification code is: 482913

Enter this code on the merge page, or use the link below. The code expires in 30 minutes.
Complete Account Merge: https://www.credly.com/account/merge/confirm

If you didn't request this, you can ignore this e-mail; no changes will be made.

The Credly Team
"""), html(html_wrap("""<p>Hi Daniel,</p><p>We received a request to merge the Credly account registered to <b>d.okafor@brightlane-consulting.com</b> into your account <b>dan.okafor@gmail.com</b>.</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px"><b>482913</b></p>
<p>Enter this code on the merge page, or use the button below. The code expires in 30 minutes.</p>
<p><a href="https://www.credly.com/account/merge/confirm" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none">Complete Account Merge</a></p>
<p style="font-size:12px;color:#777">If you didn't request this, you can ignore this e-mail; no changes will be made.</p><p>The Credly Team</p>"""), enc="qp")),
      provider="gmail", transport=t, label=L("unrelated", None, [], True, "en"))

# ---- Daniel: EC2 quota case asking to confirm details (unrelated) ------------------
DAN_EC2_OPEN = D(2025, 11, 3, 13, 37, 21)
DAN_EC2 = case15(DAN_EC2_OPEN)
d = D(2025, 11, 3, 19, 2, 16)
build("console-case-reply", frm=AWS_CONSOLE, to=DAN, date=d,
      subject="RE:[CASE %s] Limit Increase: EC2 Instances" % DAN_EC2,
      body=txt("""Hello,

Thank you for submitting your limit increase request.

Before I pass it to the EC2 service team, please confirm the details below are correct:

  Account:   5209 4471 8836
  Region:    EU (Ireland) / eu-west-1
  Limit:     Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
  New value: 256 vCPUs

Once you confirm, the change usually takes effect within 24 hours. Please reply to this case through the Support Center.

Best regards,
Arjun P.
Amazon Web Services
""" + console_footer_en(DAN_EC2)), provider="gmail",
      label=L("unrelated", DAN_EC2, [], True, "en"))

# ---- Ryo: AWS Organizations billing consolidation case (unrelated) --------------
RYO_ORG_OPEN = D(2026, 1, 13, 6, 2, 14)
RYO_ORG = case15(RYO_ORG_OPEN)
d = D(2026, 1, 14, 1, 25, 40)
build("console-case-reply", frm=AWS_CONSOLE, to=RYO, date=d,
      subject=enc_hdr("RE:[CASE %s] 請求をひとつのアカウントにまとめたい" % RYO_ORG),
      body=txt("""小林 様

Amazon Web Services サポートの西村です。

お問い合わせいただいた一括請求への統合について、以下の内容で進める想定です。

　管理アカウント：3318 5520 7461
　追加するメンバーアカウント：4821 0937 5512
　移行後の請求：管理アカウントに一本化（2 月分のご利用から）

メンバーアカウント側で組織への招待を承認いただくと統合が完了します。上記の内容でよろしいか、サポートセンターからご返信ください。
なお、統合後もメンバーアカウントのリソースやデータには影響ありません。

西村
Amazon Web Services
""" + console_footer_ja(RYO_ORG), enc="qp"), provider="sonet",
      label=L("unrelated", RYO_ORG, [], True, "ja"))

# ==== END MAILS ====


def main():
    order = list(range(len(MAILS)))
    R2 = random.Random(10505)
    R2.shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for n, i in enumerate(order, 1):
        slug, raw, label = MAILS[i]
        name = "%03d-%s.eml" % (n, slug)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(MAILS), "mails")


if __name__ == "__main__":
    main()
