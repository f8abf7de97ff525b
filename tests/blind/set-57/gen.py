#!/usr/bin/env python3
"""Generator for blind set 57 (AWS Certification account-merge mail, phone-read / hurried replies)."""
import base64, quopri, random, json, os, re, uuid, html as htmlmod
from datetime import datetime, timedelta, timezone
from email.mime.multipart import MIMEMultipart
from email.message import Message
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(570057)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

def us_pacific(d):
    d = d.astimezone(UTC)
    y = d.year
    dst = {2025: (datetime(2025, 3, 9, 10, tzinfo=UTC), datetime(2025, 11, 2, 9, tzinfo=UTC)),
           2026: (datetime(2026, 3, 8, 10, tzinfo=UTC), datetime(2026, 11, 1, 9, tzinfo=UTC))}[y]
    off = -7 if dst[0] <= d < dst[1] else -8
    return d.astimezone(timezone(timedelta(hours=off)))

def fmt(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)

def gdate(d):
    p = us_pacific(d)
    return format_datetime(p) + (" (PDT)" if p.utcoffset() == timedelta(hours=-7) else " (PST)")

def case15(opened):
    return "%d%05d" % (int(opened.timestamp()), R.randrange(0, 100000))

def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()

def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

def fold_b64(s, indent="\t", width=70):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))

def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, str(uuid.UUID(bytes=R.randbytes(16))))

# ---------------------------------------------------------------- senders
def ses():
    n = R.choice([11, 12, 21, 25, 31, 33, 34, 52, 58])
    return dict(host="a8-%d.smtp-out.amazonses.com" % n, ip="54.240.8.%d" % n,
                mailfrom=None, dkim=[("amazon.com", "rtbvc525ugfbx2meaqktrdunlxbm3edd"),
                                     ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                from_dom="amazon.com", policy="QUARANTINE", ses=True)

def credly(dom="credly.com"):
    n = R.randrange(10, 99)
    return dict(host="o%d.ptr%d.%s" % (R.randrange(1, 9), R.randrange(1000, 9999), "sendgrid.net" if dom == "credly.com" else dom),
                ip="149.72.%d.%d" % (R.randrange(1, 250), R.randrange(1, 250)),
                mailfrom="bounces+%d-%s@em%d.%s" % (R.randrange(1000000, 9999999), hexs(4), R.randrange(1000, 9999), dom),
                dkim=[(dom, "s1")], from_dom=dom, policy="REJECT" if dom == "credly.com" else "NONE")

def gmail_user(addr):
    return dict(host="mail-sor-f%d.google.com" % R.randrange(41, 73), ip="209.85.220.%d" % R.randrange(41, 73),
                mailfrom=addr, dkim=[("gmail.com", "20230601")], from_dom="gmail.com", policy="NONE")

def yahoo_user(addr):
    return dict(host="sonic%d-%d.consmr.mail.ne1.yahoo.com" % (R.randrange(300, 330), R.randrange(1, 40)),
                ip="66.163.%d.%d" % (R.randrange(184, 191), R.randrange(1, 250)),
                mailfrom=addr, dkim=[("yahoo.com", "s2048")], from_dom="yahoo.com", policy="REJECT")

def icloud_user(addr):
    return dict(host="p00-icloudmta-asmtp-us-west-2a-60-percent-%d.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com" % R.randrange(1, 9),
                ip="17.57.155.%d" % R.randrange(2, 40), mailfrom=addr, dkim=[("icloud.com", "1a1hai")],
                from_dom="icloud.com", policy="QUARANTINE")

def o365_org(addr, dom):
    return dict(host="%s.outbound.protection.outlook.com" % R.choice(["mail-tycprd01on2101", "mail-os0jpn01on2112", "mail-bn8nam12on2091", "mail-dm6nam10on2118"]),
                ip="40.107.%d.%d" % (R.randrange(1, 250), R.randrange(1, 250)), mailfrom=addr,
                dkim=[(dom, "selector1")], from_dom=dom, policy="NONE")

def generic(dom, host, ip, mailfrom, selector="s1", policy="NONE", dkim=True):
    return dict(host=host, ip=ip, mailfrom=mailfrom, dkim=[(dom, selector)] if dkim else [],
                from_dom=dom, policy=policy)

# ---------------------------------------------------------------- traces
def dkim_sig(d, s, t, hdrs="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"):
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s") % (
        s, d, t, hdrs, b64r(32), fold_b64(b64r(256)))

def mailfrom_of(snd, when):
    if snd.get("ses"):
        return "0100%012x-%s-000000@amazonses.com" % (int(when.timestamp() * 1000) - R.randrange(200, 900), str(uuid.UUID(bytes=R.randbytes(16))))
    return snd["mailfrom"]

def trace(rcv, snd, to, when, res=None, forged_lower=None, sign=True):
    """Return list of header strings (topmost first) added by the path to `to`.
    res: dict spf/dkim/dmarc verdicts ('pass' default)."""
    res = dict(dict(spf="pass", dkim="pass", dmarc="pass"), **(res or {}))
    mf = mailfrom_of(snd, when)
    mfdom = mf.split("@")[1]
    t1 = when + timedelta(seconds=R.randrange(1, 4))
    t2 = t1 + timedelta(seconds=R.randrange(0, 2))
    fd = snd["from_dom"]
    dk = snd["dkim"]
    H = []
    if rcv == "none":
        pass
    elif rcv == "gmail":
        dk_items = []
        for d, s in dk:
            dk_items.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res["dkim"], d, s, b64r(6)[:8]))
        if not dk:
            dk_items = []
        spfw = {"pass": "designates %s as permitted sender" % snd["ip"],
                "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mf, snd["ip"]),
                "fail": "domain of %s does not designate %s as permitted sender" % (mf, snd["ip"])}[res["spf"]]
        spf_line = ("spf=%s (google.com: domain of %s %s) smtp.mailfrom=%s" % (res["spf"], mf, spfw, mf)
                    if res["spf"] == "pass" else "spf=%s (google.com: %s) smtp.mailfrom=%s" % (res["spf"], spfw, mf))
        dis = "NONE" if res["dmarc"] == "pass" else ("QUARANTINE" if snd["policy"] == "QUARANTINE" else snd["policy"])
        dm = "dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (res["dmarc"], snd["policy"], snd["policy"], dis, fd)
        body = ";\n       ".join(dk_items + [spf_line, dm])
        gid = "%s.%d.%s" % (alnum(10).lower(), R.randrange(1000000, 99999999), alnum(4).lower())
        H.append("Delivered-To: %s" % to)
        H.append("Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hexs(4), hexs(3), hexs(3), hexs(4), hexs(4), alnum(10).lower(), gdate(t2)))
        H.append("X-Google-Smtp-Source: AGHT+I%s" % b64r(54)[:72])
        H.append("X-Received: by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            hexs(3), hexs(3), hexs(3), hexs(4), hexs(4), alnum(12).lower(), R.randrange(1, 99), R.randrange(10**12, 10**13), gdate(t2)))
        H.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(t1.timestamp()), fold_b64(b64r(256), "         ", 64)))
        H.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=subject:to:from:date:message-id:mime-version;\n        bh=%s;\n        fh=%s;\n        b=%s" % (
            b64r(32), b64r(32), fold_b64(b64r(256), "         ", 64)))
        H.append("ARC-Authentication-Results: i=1; mx.google.com;\n       " + body)
        H.append("Return-Path: <%s>" % mf)
        H.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            snd["host"], snd["host"], snd["ip"], gid, to, gdate(t1)))
        H.append("Received-SPF: %s (google.com: %s) client-ip=%s;" % (
            res["spf"], ("domain of %s designates %s as permitted sender" % (mf, snd["ip"])) if res["spf"] == "pass" else spfw, snd["ip"]))
        H.append("Authentication-Results: mx.google.com;\n       " + body)
    elif rcv in ("outlook", "o365", "o365-internal"):
        if rcv == "o365-internal":
            ar = "Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % fd
        else:
            dmv = ("dmarc=pass action=none header.from=%s;compauth=pass reason=100" % fd if res["dmarc"] == "pass"
                   else "dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % fd)
            dkv = ("dkim=pass (signature was verified)\n header.d=%s;" % dk[0][0]) if (dk and res["dkim"] == "pass") else "dkim=none (message not signed)\n header.d=none;"
            spfv = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; " % (snd["ip"], mfdom)) if res["spf"] == "pass" else \
                   ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; " % (res["spf"], snd["ip"], mfdom))
            ar = "Authentication-Results: " + spfv + dkv + dmv
        nam = R.choice(["namprd12", "namprd04", "namprd11", "jpnprd01", "apcprd06"])
        m1 = "%s%sMB%04d.%s.prod.outlook.com" % (R.choice(["SJ0P", "BY5P", "CH3P", "TYCP", "OS3P"]), nam[-2:], R.randrange(1000, 9999), nam)
        m2 = "%s%sCA%04d.%s.prod.outlook.com" % (R.choice(["SN7P", "MW4P", "TY2P"]), nam[-2:], R.randrange(1000, 9999), nam)
        ipv6 = "2603:10b6:%x:%x::%x" % (R.randrange(256, 4095), R.randrange(16, 512), R.randrange(1, 64))
        ipv6b = "2603:10b6:%x:%x::%x" % (R.randrange(256, 4095), R.randrange(16, 512), R.randrange(1, 64))
        H.append("Received: from %s (%s) by\n %s with HTTPS; %s" % (m2, ipv6, m1, fmt(t2, UTC)))
        H.append("Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            m2.replace("CA", "EX"), ipv6b, m1, ipv6, R.randrange(8000, 9400), R.randrange(10, 40), fmt(t2, UTC)))
        if rcv != "o365-internal":
            H.append(ar)
            H.append("Received-SPF: %s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (
                res["spf"].capitalize(), mfdom, "designates" if res["spf"] == "pass" else "does not designate", snd["ip"], snd["ip"], snd["host"]))
            H.append("Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s" % (
                snd["host"], snd["ip"], m2.split(".")[0].replace("CA", "PEPF0000"), R.randrange(1, 250), R.randrange(1, 250), R.randrange(8000, 9400), R.randrange(10, 40), fmt(t1, UTC)))
            H.append("X-MS-Exchange-Organization-AuthSource: %s" % m1)
            H.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        else:
            H.append(ar)
            H.append("X-MS-Exchange-Organization-AuthAs: Internal")
            H.append("X-MS-Exchange-Organization-AuthMechanism: 04")
    elif rcv in ("nifty", "biglobe", "ocn"):
        sid = {"nifty": "mx.nifty.com", "biglobe": "mail.biglobe.ne.jp", "ocn": "mfilter.ocn.ad.jp"}[rcv]
        inner = {"nifty": "mta-rcv-%d.mail.nifty.com" % R.randrange(10, 60),
                 "biglobe": "mfilter%02d.biglobe.ne.jp" % R.randrange(1, 40),
                 "ocn": "mfilter%d.ocn.ad.jp" % R.randrange(10, 99)}[rcv]
        dkv = ("dkim=%s header.d=%s header.s=%s" % (res["dkim"], dk[0][0], dk[0][1])) if dk else "dkim=none"
        ar = "Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s" % (
            sid, res["spf"], mf, dkv, res["dmarc"], fd)
        H.append("Return-Path: <%s>" % mf)
        H.append("Received: from %s by %s\n\twith ESMTP id <%s@%s>\n\tfor <%s>; %s" % (
            inner, sid.replace("mx.", "mbox.") if rcv == "nifty" else "mbox%02d.%s" % (R.randrange(1, 20), sid.split(".", 1)[1]),
            "%s%d" % (alnum(8).lower(), R.randrange(100, 999)), sid, to, fmt(t2, JST)))
        H.append(ar)
        H.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS\n\tid <%s>; %s" % (
            snd["host"], snd["host"], snd["ip"], inner, alnum(16), fmt(t1, JST)))
    elif rcv == "yahoo":
        dkv = "dkim=%s header.i=@%s header.s=%s" % (res["dkim"], dk[0][0], dk[0][1])
        H.append("Received: from %d.%d.%d.%d (EHLO %s)\n by atlas%d.free.mail.ne1.yahoo.com with HTTP; %s" % (
            10, R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250), "mail.yahoo.com", R.randrange(100, 230), fmt(t2, UTC)))
        H.append("Authentication-Results: atlas%d.free.mail.ne1.yahoo.com;\n %s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;" % (
            R.randrange(100, 230), dkv, res["spf"], mfdom, res["dmarc"], snd["policy"], fd))
        H.append("X-Apparently-To: %s; %s" % (to, fmt(t1, UTC)))
        H.append("Return-Path: <%s>" % mf)
        H.append("Received: from %s (EHLO %s) (%s)\n by mta%d.mail.ne1.yahoo.com with SMTPS; %s" % (snd["host"], snd["host"], snd["ip"], R.randrange(4000, 4999), fmt(t1, UTC)))
    elif rcv == "fastmail":
        mx = "mx%d.messagingengine.com" % R.randrange(1, 8)
        H.append("Return-Path: <%s>" % mf)
        H.append("Received: from %s ([10.202.2.%d])\n\t by sloti%d.messagingengine.com (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s" % (
            mx, R.randrange(10, 99), R.randrange(30, 60), hexs(10), fmt(t2)))
        dkl = ";\n    ".join("dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048" % (
            res["dkim"], d, d, b64r(6)[:8], s) for d, s in dk)
        H.append("Authentication-Results: %s;\n    dkim=%s;\n    arc=none (no signatures found);\n    %s;\n    dmarc=%s policy.published-domain-policy=%s\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=%s,d=none,d.eval=none) policy.policy-from=p\n      header.from=%s;\n    spf=%s smtp.mailfrom=%s\n      smtp.helo=%s" % (
            mx, res["dkim"], dkl, res["dmarc"], snd["policy"].lower(), snd["policy"].lower(), fd, res["spf"], mf, snd["host"]))
        H.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            snd["host"], snd["host"], snd["ip"], mx, alnum(11), to, fmt(t1)))
    elif rcv == "proton":
        H.append("Return-Path: <%s>" % mf)
        H.append("Authentication-Results: mailin%03d.protonmail.ch; dmarc=%s (p=%s dis=none)\n header.from=%s" % (R.randrange(1, 60), res["dmarc"], snd["policy"].lower(), fd))
        H.append("Authentication-Results: mailin%03d.protonmail.ch; spf=%s smtp.mailfrom=%s" % (R.randrange(1, 60), res["spf"], mfdom))
        H.append("Authentication-Results: mailin%03d.protonmail.ch; dkim=%s (Good\n 2048 bit rsa-sha256 signature) header.d=%s header.a=rsa-sha256" % (R.randrange(1, 60), res["dkim"], dk[0][0]))
        H.append("Received: from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_256_GCM_SHA384 (256/256 bits)) (No client certificate requested) by\n mailin%03d.protonmail.ch (Postfix) with ESMTPS id 4%s for <%s>; %s" % (
            snd["host"], snd["host"], snd["ip"], R.randrange(1, 60), alnum(10), to, fmt(t1)))
        H.append("X-Pm-Spam-Action: inbox")
    elif rcv == "icloud":
        H.append("Return-Path: <%s>" % mf)
        H.append("Original-Recipient: rfc822;%s" % to)
        H.append("Received: from p%d-mailgateway-smtp-%s (mailgateway-smtp-%s) by\n p%d-mailstore.icloud-mail-production.svc.kube.us-west-1a.k8s.cloud.apple.com\n (Mailstore) with LMTPS id %s; %s" % (
            R.randrange(10, 99), hexs(10), hexs(10), R.randrange(10, 99), alnum(20), fmt(t2, UTC)))
        H.append("Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s" % (res["dmarc"], fd))
        H.append("Authentication-Results: dmarc.icloud.com; dmarc-policy=%s; dmarc-reason=" % snd["policy"].lower())
        H.append("Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s" % (res["dkim"], dk[0][0], dk[0][0], b64r(6)[:8]))
        H.append("Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (res["spf"], mf, snd["ip"], mf))
        H.append("Received-SPF: %s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s" % (res["spf"], mf, snd["ip"], snd["ip"], snd["host"], mf))
        H.append("Received: from %s (%s [%s])\n\tby p%d-mailgateway-smtp-%s (mailgateway) with ESMTPS id %s\n\tfor <%s>; %s" % (
            snd["host"], snd["host"], snd["ip"], R.randrange(10, 99), hexs(10), alnum(18), to, fmt(t1, UTC)))
    else:
        raise ValueError(rcv)
    if forged_lower:
        H.extend(forged_lower)
    if sign:
        for d, s in dk:
            H.append(dkim_sig(d, s, int(when.timestamp())))
    return H

# ---------------------------------------------------------------- bodies
PLACE = {}

def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, fmt_flowed=False):
    m = Message()
    lab = label or charset
    ct = 'text/%s; charset="%s"' % (subtype, lab)
    if fmt_flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        tok = "@@PLACE%04d@@" % len(PLACE)
        PLACE[tok] = raw
        payload = tok + "\n"
    else:
        raise ValueError(cte)
    if cte == "7bit" and not payload.endswith("\n"):
        payload += "\n"
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m

def alt(*parts):
    mm = MIMEMultipart("alternative", boundary="--=_%s" % (R.choice(["Part_", "NextPart_", "alt_"]) + hexs(24)))
    del mm["MIME-Version"]
    for p in parts:
        mm.attach(p)
    return mm

def enc_addr(name, addr, charset="utf-8"):
    if name is None:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return formataddr((name, addr), charset=charset)

def enc_subj(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode()

def html_to_text(h):
    t = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return htmlmod.unescape(t)

ID_RE = re.compile(r"(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?![0-9])")

def ids_in(s):
    return sorted(set("AWS" + m for m in ID_RE.findall(s)))

MAILS = []

def mail(slug, kind, lang, *, frm, to, subject, date, body, trace_hdrs, new, quoted="",
         case_id=None, verified=None, cc=None, msgid=None, extra=(), subj_charset="utf-8",
         addr_charset="utf-8", in_reply_to=None, references=None, reply_to=None, xmailer=None):
    """new / quoted: the textual content (for labels and checks)."""
    MAILS.append(dict(slug=slug, kind=kind, lang=lang, frm=frm, to=to, subject=subject, date=date,
                      body=body, trace=trace_hdrs, new=new, quoted=quoted, case_id=case_id,
                      verified=verified, cc=cc, msgid=msgid, extra=extra, subj_charset=subj_charset,
                      addr_charset=addr_charset, in_reply_to=in_reply_to, references=references,
                      reply_to=reply_to, xmailer=xmailer))

def render(m):
    hdr = list(m["trace"])
    fn, fa = m["frm"]
    hdr.append("From: " + enc_addr(fn, fa, m["addr_charset"]))
    tos = m["to"] if isinstance(m["to"], list) else [m["to"]]
    hdr.append("To: " + ", ".join(enc_addr(n, a, m["addr_charset"]) for n, a in tos))
    if m["cc"]:
        hdr.append("Cc: " + ", ".join(enc_addr(n, a, m["addr_charset"]) for n, a in m["cc"]))
    if m["reply_to"]:
        hdr.append("Reply-To: " + m["reply_to"])
    hdr.append("Subject: " + enc_subj(m["subject"], m["subj_charset"]))
    hdr.append("Date: " + m["date"])
    hdr.append("Message-ID: " + m["msgid"])
    if m["in_reply_to"]:
        hdr.append("In-Reply-To: " + m["in_reply_to"])
    if m["references"]:
        hdr.append("References: " + m["references"])
    for e in m["extra"]:
        hdr.append(e)
    if m["xmailer"]:
        hdr.append(m["xmailer"])
    hdr.append("MIME-Version: 1.0")
    head = "\n".join(hdr) + "\n"
    body = m["body"].as_bytes()
    data = head.encode("ascii") + body
    for tok, raw in PLACE.items():
        data = data.replace(tok.encode(), raw)
    return data

# ================================================================ people & cases
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORMSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

EMILY = ("Emily Chen", "emily.chen.dev@gmail.com")
DANIEL = ("Daniel Okafor", "daniel.okafor@outlook.com")
PRIYA = ("Priya Raman", "priya.raman@brightlane.io")
TOM = ("Tom Whitfield", "tom.whitfield@brightlane.io")
YAMADA = ("山田 太郎", "taro.yamada82@gmail.com")
SATO = ("佐藤 美咲", "misaki-sato@nifty.com")
SATO_DOCOMO = ("佐藤美咲", "misaki.s-0312@docomo.ne.jp")
SATO_ICLOUD = ("佐藤 美咲", "misaki.sato.0312@icloud.com")
SUZUKI = ("鈴木 健一", "k-suzuki@kaede-systems.co.jp")
TAKAHASHI = ("高橋 直樹", "n-takahashi@kaede-systems.co.jp")
MARCO = ("Marco Rossi", "marco.rossi@yahoo.com")
LUCA = ("Luca Bianchi", "luca.bianchi.it@gmail.com")
NAKAMURA = ("中村 弘", "nakamura.hiroshi@biglobe.ne.jp")
HANNAH = ("Hannah Weiss", "hannah.weiss@fastmail.com")
ITO = ("伊藤 理恵", "rie.ito.0427@gmail.com")
LIAM = ("Liam O'Connor", "liam.oconnor@proton.me")
SANJAY = ("Sanjay Mehta", "sanjay.mehta@icloud.com")
KOBAYASHI = ("小林 真由美", "mayumi-kobayashi@ocn.ne.jp")

def U(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)

C1 = case15(U(2025, 3, 11, 16, 9, 58))         # Emily form
C2 = case15(U(2025, 6, 2, 1, 35, 35))          # Daniel console
C3 = case15(U(2025, 9, 15, 14, 21, 42))        # Priya form
C4 = case15(U(2025, 5, 26, 9, 15, 5, JST))     # Yamada form
C5 = case15(U(2025, 11, 4, 13, 20, 44, JST))   # Sato console
C6 = case15(U(2026, 1, 19, 10, 2, 17, JST))    # Suzuki form
C7 = case15(U(2026, 2, 2, 8, 13, 2))           # Marco console
C8 = case15(U(2025, 7, 11, 21, 48, 30, JST))   # Nakamura console
C9 = "12977340581"                             # Hannah (older 11-digit console case)
C10 = case15(U(2025, 10, 13, 22, 5, 11, JST))  # Ito form
C11 = case15(U(2026, 3, 9, 19, 40, 0))         # Liam console
C12 = case15(U(2025, 11, 26, 3, 12, 54))       # Sanjay console
C13 = case15(U(2026, 3, 16, 11, 30, 9, JST))   # Kobayashi form
C14 = case15(U(2025, 12, 2, 16, 44, 20, JST))  # Yamada billing
C15 = case15(U(2025, 8, 31, 17, 2, 36))        # Emily EC2 quota
SELLER = "7719044382"

E_KEEP, E_OLD = "AWS40218873", "AWS71650329"
D_KEEP, D_OLD = "AWS58832014", "AWS09417726"
P_KEEP, P_OLD1, P_OLD2 = "AWS66170943", "AWS23904518", "AWS77012365"
Y_KEEP, Y_OLD = "AWS31557820", "AWS84420617"
S_KEEP, S_OLD = "AWS12098456", "AWS55310984"
K_KEEP, K_OLD = "AWS90266134", "AWS47781509"
M_KEEP, M_OLD = "AWS35079941", "AWS62843307"
N_KEEP, N_OLD = "AWS28815460", "AWS73390152"
H_KEEP, H_OLD = "AWS18266075", "AWS50917342"
I_KEEP, I_OLD = "AWS80342279", "AWS19655038"

def sp(i):   # "AWS 12345678"
    return "AWS " + i[3:]

def dash(i):
    return "aws-" + i[3:]

def low(i):
    return "aws" + i[3:]

CONSOLE_FOOT = """
To see all the correspondence for this case and reply, please open the link below:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================

Learn to use AWS Support Center: https://docs.aws.amazon.com/awssupport/latest/user/getting-started.html

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOT_JA = """
このケースに関するすべてのやり取りを確認し、返信するには、以下のリンクを開いてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

*このメールは送信専用のアドレスから送信されています。本件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

====================================================================

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""

RATE_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence."""

FORM_FOOT = """
To contact us again about this case, please reply to this email and keep the case number in the subject line.

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210"""

FORM_FOOT_JA = """
本件について引き続きお問い合わせいただく場合は、件名のケース番号を変更せずに本メールへご返信ください。

アマゾン ウェブ サービス ジャパン合同会社 トレーニングと認定"""

# ================================================================ case_created
# 1. Emily form ack (echoes submission)
d = U(2025, 3, 11, 16, 10, 41)
new = f"""Hello,

Thank you for reaching out to AWS Training and Certification Support.

This is an automated message to let you know that we have received your request and it has been logged as case {C1}. A member of our team will review it and get back to you, usually within 24 hours.

Please do not submit another request for the same issue. Additional requests for the same issue can delay our response. If you need to add details, reply to this email instead.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: {E_KEEP}
Email address: emily.chen.dev@gmail.com
Description: Hi, I have two certification accounts. One was created with my old work email (e.chen@tidewater-analytics.com), candidate ID {E_OLD}. I'd like everything combined under {E_KEEP} please. Thanks!

Kind regards,
AWS Training and Certification Support
{FORM_FOOT}
"""
s = ses()
mail("request-received-aws-tc", "case_created", "en", frm=FORM, to=[EMILY],
     subject=f"[CASE {C1}] We have received your request - AWS Training and Certification",
     date=fmt(d), msgid=ses_msgid(d), body=leaf(new, cte="quoted-printable"),
     trace_hdrs=trace("gmail", s, EMILY[1], d), new=new, case_id=C1, verified=True,
     extra=["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64r(30)[:43], "X-SES-Outgoing: 2025.03.11-54.240.8.%d" % R.randrange(10, 60)])

# 2. Daniel console case opened, HTML only, Outlook.com
d = U(2025, 6, 2, 1, 35, 58)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#232f3e;padding:14px 20px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="28"></td></tr></table>
<div style="padding:20px">
<p>Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:14px">
<tr><td><b>Case ID:</b></td><td>{C2}</td></tr>
<tr><td><b>Subject:</b></td><td>Two certification accounts - please combine</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td><b>Correspondence:</b></td><td>Hi, I accidentally registered for my exams with two different emails so I now have two candidate IDs: {dash(D_KEEP)} (daniel.okafor@outlook.com) and {D_OLD} (my old student email). Can these be combined into the first one? Thank you</td></tr>
</table>
<p>To see all the correspondence for this case and reply, please open the link below:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en</a></p>
<p style="font-size:12px;color:#545b64">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.</p>
<p style="font-size:12px;color:#545b64">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</div></body></html>
"""
s = ses()
mail("new-support-case", "case_created", "en", frm=CONSOLE, to=[DANIEL],
     subject=f"Amazon Web Services: You have opened a new Support case: {C2}",
     date=fmt(d), msgid=ses_msgid(d), body=leaf(html, "html", cte="quoted-printable"),
     trace_hdrs=trace("outlook", s, DANIEL[1], d), new=html_to_text(html), case_id=C2, verified=True)

# 3. Marco forwards the console "case opened" mail from Yahoo mobile to himself (work)
d0 = U(2026, 2, 2, 8, 13, 40)
d = U(2026, 2, 2, 8, 21, 7)
note = """for my records

Sent from Yahoo Mail for iPhone
"""
fwd = f"""

Begin forwarded message:

On Monday, February 2, 2026, 9:13 AM, Amazon Web Services <no-reply-aws@amazon.com> wrote:

Thank you for contacting Amazon Web Services. We have opened case {C7} to address your issue.

Case ID: {C7}
Subject: Duplicate certification profile
Severity: General guidance
Correspondence: Hello, I seem to have two certification accounts, one from when I was at university. I only use the yahoo one now. Can they be joined together? I passed SAA on the old one. Grazie
{CONSOLE_FOOT.format(cid=C7, lang='en')}
"""
s = yahoo_user(MARCO[1])
mail("fwd-new-support-case", "case_created", "en", frm=MARCO, to=[("Marco Rossi", "m.rossi@ferrante-eng.it")],
     subject=f"Fwd: Amazon Web Services: You have opened a new Support case: {C7}",
     date=fmt(d, timezone(timedelta(hours=1))), msgid="<%d.%d@mail.yahoo.com>" % (R.randrange(10**8, 10**9), R.randrange(10**8, 10**9)),
     body=leaf(note + fwd, cte="quoted-printable"),
     trace_hdrs=trace("o365", s, "m.rossi@ferrante-eng.it", d), new=note, quoted=fwd, case_id=C7, verified=False,
     xmailer="X-Mailer: WebService/1.1.25011 YMailNorrin")

# 5. Yamada form ack in Japanese, ISO-2022-JP
d = U(2025, 5, 26, 0, 15, 49)
new = f"""山田 太郎 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
本メールはシステムより自動送信しております。

お問い合わせはケース番号 {C4} として登録されました。
担当者が内容を確認のうえ、原則として24時間以内にご連絡いたします。

同じ内容で新たにお問い合わせをいただきますと、回答が遅れる場合がございます。
追加の情報がございましたら、本メールへの返信でお知らせください。

―――― お問い合わせ内容 ――――
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: {Y_KEEP}
内容: 会社のメールアドレスで作成した古いアカウント({Y_OLD})があります。こちらの認定を {Y_KEEP} にまとめたいです。
――――――――――――――――――

AWS トレーニングと認定 サポートチーム
{FORM_FOOT_JA}
"""
s = ses()
mail("uketsuke-aws-tc", "case_created", "ja", frm=FORM, to=[YAMADA],
     subject=f"[CASE {C4}] お問い合わせを受け付けました - AWS トレーニングと認定",
     subj_charset="iso-2022-jp", addr_charset="iso-2022-jp",
     date=fmt(d), msgid=ses_msgid(d), body=leaf(new, charset="iso-2022-jp", cte="7bit"),
     trace_hdrs=trace("gmail", s, YAMADA[1], d), new=new, case_id=C4, verified=True)

# 6. Sato forwards console "case opened" from docomo phone to her nifty address, Shift_JIS, no AR
d = U(2025, 11, 4, 21, 5, 33, JST)
note = """PCで見る用

"""
fwd = f"""-------- 転送元のメッセージ --------
送信元: Amazon Web Services <no-reply-aws@amazon.com>
日時: 2025/11/04 13:21
件名: Amazon Web Services: 新しいサポートケースが作成されました: {C5}

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {C5} を作成しました。

ケース ID: {C5}
件名: 認定アカウントが2つあります
重要度: 一般的なガイダンス
内容: 以前の職場のメールで作った認定アカウントと今のアカウントがあります。1つにまとめることはできますか。
{CONSOLE_FOOT_JA.format(cid=C5)}
"""
mail("tensou-support-case", "case_created", "ja", frm=SATO_DOCOMO, to=[SATO],
     subject=f"転送: Amazon Web Services: 新しいサポートケースが作成されました: {C5}",
     subj_charset="shift_jis", addr_charset="shift_jis",
     date=fmt(d), msgid="<%s.%s@docomo.ne.jp>" % (alnum(10), hexs(8)),
     body=leaf(note + fwd, charset="shift_jis", cte="base64"),
     trace_hdrs=["Received: from mfsmax.docomo.ne.jp (mfsmax.docomo.ne.jp [203.138.181.%d])\n\tby mta-snd-w%02d.mail.nifty.com with ESMTP\n\tid <%s@mta-rcv.nifty.com> for <%s>; %s" % (
         R.randrange(10, 250), R.randrange(1, 20), alnum(14), SATO[1], fmt(d + timedelta(seconds=3), JST)),
         "Received: from docomo.ne.jp (smvm%02d [10.1.1.%d]) by mfsmax.docomo.ne.jp\n\t(Postfix) with ESMTP id %s; %s" % (R.randrange(1, 40), R.randrange(2, 250), alnum(10), fmt(d + timedelta(seconds=1), JST))],
     new=note, quoted=fwd, case_id=C5, verified=None,
     xmailer="X-Mailer: docomo mail app")

# 7. Nakamura console case opened, Japanese, UTF-8 base64, long subject split
d = U(2025, 7, 11, 12, 49, 12)
new = f"""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {C8} を作成しました。

ケース ID: {C8}
件名: 認定アカウントの統合のお願い
重要度: 一般的なガイダンス
内容: お世話になります。AWS認定のアカウントが2つあります({N_KEEP} と {low(N_OLD)})。前者に統合していただけますでしょうか。よろしくお願いします。
{CONSOLE_FOOT_JA.format(cid=C8)}
"""
s = ses()
mail("shinki-support-case", "case_created", "ja", frm=CONSOLE, to=[NAKAMURA],
     subject=f"Amazon Web Services: 新しいサポートケースが作成されました: {C8}",
     date=fmt(d), msgid=ses_msgid(d), body=leaf(new, cte="base64"),
     trace_hdrs=trace("biglobe", s, NAKAMURA[1], d), new=new, case_id=C8, verified=True)

# 8. Suzuki form ack, multipart/alternative with differing parts, O365
d = U(2026, 1, 19, 1, 2, 58)
txt = f"""鈴木 健一 様

AWS トレーニングと認定へのお問い合わせを受け付けました(ケース番号: {C6})。
担当者より追ってご連絡いたします。

このメールは自動送信です。
"""
html = f"""<html><body style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">
<p>鈴木 健一 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。<br>
お客様のお問い合わせはケース番号 <b>{C6}</b> として記録されました。担当者が確認のうえ、原則24時間以内にご回答いたします。</p>
<p>同一内容でのお問い合わせを重ねて送信されますと、対応に時間がかかる場合がございます。追加のご連絡は本メールにご返信ください。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><th align="left" bgcolor="#f2f3f3">お問い合わせの種類</th><td>AWS Training and Certification</td></tr>
<tr><th align="left" bgcolor="#f2f3f3">詳細</th><td>Account Merge</td></tr>
<tr><th align="left" bgcolor="#f2f3f3">AWS 受験者 ID</th><td>{K_KEEP}</td></tr>
<tr><th align="left" bgcolor="#f2f3f3">内容</th><td>会社のアドレスで登録したアカウント({K_OLD})と個人のアカウントがあるため、個人の方にまとめてください。</td></tr>
</table>
<p>AWS トレーニングと認定 サポート</p>
<p style="font-size:11px;color:#687078">本メールは送信専用ではありません。ご返信の際は件名を変更しないでください。</p>
</body></html>
"""
s = ses()
mail("case-uketsuke-no-oshirase", "case_created", "ja", frm=FORM, to=[SUZUKI],
     subject=f"[CASE {C6}] AWS トレーニングと認定: お問い合わせ受付のお知らせ",
     date=fmt(d), msgid=ses_msgid(d),
     body=alt(leaf(txt, cte="base64"), leaf(html, "html", cte="quoted-printable")),
     trace_hdrs=trace("o365", s, SUZUKI[1], d), new=txt + html_to_text(html), case_id=C6, verified=True)

# ================================================================ merge_confirmation_requested
# 9. Emily: agent lists accounts, asks to confirm (form desk), original form text quoted
d = U(2025, 3, 12, 22, 3, 17)
E_REQ = f"""Hello Emily,

Thank you for contacting AWS Training and Certification.

I've located both of the certification profiles you mentioned. Before I submit the request, please review the details below carefully:

Primary account (this one stays active):
    {E_KEEP} - emily.chen.dev@gmail.com

Secondary account (its history will be combined into the primary, after which it will be deactivated):
    {E_OLD} - e.chen@tidewater-analytics.com

Please be aware that this action is permanent and cannot be reversed once completed. Exam history, certifications and benefits from the secondary account will move to the primary account.

If the above is correct, simply reply to this email stating that you agree and we'll take it from there. If you would rather keep the other account as your primary, just let me know.

Best regards,
Haruto M.
AWS Training and Certification
"""
q = f"""
---------- Original message ----------
> Inquiry type: AWS Training and Certification
> Inquiry detail: Account Merge
> AWS candidate ID: {E_KEEP}
> Description: Hi, I have two certification accounts. One was created with my old
> work email (e.chen@tidewater-analytics.com), candidate ID {E_OLD}. I'd like
> everything combined under {E_KEEP} please. Thanks!
{FORM_FOOT}
"""
s = ses()
mail("re-case-account-assistance", "merge_confirmation_requested", "en", frm=FORM, to=[EMILY],
     subject=f"RE:[CASE {C1}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(E_REQ + q, cte="quoted-printable"), trace_hdrs=trace("gmail", s, EMILY[1], d),
     new=E_REQ, quoted=q, case_id=C1, verified=True)

# 10. Daniel: agent repeats the earlier request; earlier message pasted below with no quote marker
d = U(2025, 6, 6, 17, 44, 2)
D_FIRST = f"""Hello Daniel,

Thank you for contacting AWS Support. I was able to find both candidate profiles you described and I can request that they be combined for you.

Proposed change:
  - Keep: AWS 58832014 (daniel.okafor@outlook.com)
  - Merge into it and close: AWS 09417726 (d.okafor@students.kennesaw.edu)

Please note that once this is done it can't be reversed. Kindly reply on this case to confirm you would like us to go ahead.

Best regards,
Sofia R.
Amazon Web Services
"""
new = f"""Hello Daniel,

I'm writing again about this case, as I haven't been able to go ahead without hearing from you. Here is the plan once more:

  Account to keep:    {sp(D_KEEP)} (daniel.okafor@outlook.com)
  Account to retire:  {sp(D_OLD)} (d.okafor@students.kennesaw.edu)

Everything on the second account - exam history, your AWS Certified Cloud Practitioner certification and any unused benefits - would be moved onto the first one, and the second would then be shut down. We can't split them apart again afterwards, which is why I need you to tell me explicitly that this is what you want.

If it is, please reply on this case from the Support Center with a short confirmation. If you would rather keep {sp(D_OLD)} instead, tell me and I'll adjust the request.

Best regards,
Sofia R.
Amazon Web Services

"""
tail = "\n" + RATE_EN + "\n" + CONSOLE_FOOT.format(cid=C2, lang="en") + "\n"
s = ses()
mail("re-case-two-cert-accounts", "merge_confirmation_requested", "en", frm=CONSOLE, to=[DANIEL],
     subject=f"RE:[CASE {C2}] Two certification accounts - please combine", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new + D_FIRST + tail, cte="base64"), trace_hdrs=trace("outlook", s, DANIEL[1], d),
     new=new + D_FIRST + tail, case_id=C2, verified=True)

# 11. Priya: look-alike phishing "confirm your account consolidation" (content = confirmation request)
d = U(2025, 9, 24, 13, 7, 45)
PH_CASE = case15(U(2025, 9, 24, 9, 51, 3))
txt = f"""AWS Training and Certification

Action required: confirm your certification account consolidation

Dear candidate,

We received a request to combine the AWS Certification accounts registered to priya.raman@brightlane.io into a single profile (reference CASE {PH_CASE}). Before we complete the consolidation, you must confirm the request. The consolidation is permanent.

Confirm now: https://aws-certification-merge.com/confirm?ref={PH_CASE}&u=cHJpeWEucmFtYW4

If you do not confirm within 48 hours the request will be cancelled and access to your certifications may be restricted.

Thank you,
AWS Certification Support Team
"""
html = f"""<html><body style="font-family:Arial,sans-serif;background:#f2f3f3;padding:20px">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-top:4px solid #ff9900">
<h2 style="color:#232f3e;font-size:20px">Action required: confirm your certification account consolidation</h2>
<p>Dear candidate,</p>
<p>We received a request to combine the AWS Certification accounts registered to <b>priya.raman@brightlane.io</b> into a single profile (reference CASE {PH_CASE}). Before we complete the consolidation, you must confirm the request. <b>The consolidation is permanent.</b></p>
<p style="text-align:center"><a href="https://aws-certification-merge.com/confirm?ref={PH_CASE}&amp;u=cHJpeWEucmFtYW4" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;border-radius:2px;font-weight:bold">Confirm merge</a></p>
<p style="font-size:12px;color:#687078">If you do not confirm within 48 hours the request will be cancelled and access to your certifications may be restricted.</p>
<p>Thank you,<br>AWS Certification Support Team</p>
</div></body></html>
"""
s = generic("aws-certification-merge.com", "mail.aws-certification-merge.com", "185.234.72.%d" % R.randrange(2, 250),
            "bounce@aws-certification-merge.com", selector="default")
mail("action-required-confirm", "merge_confirmation_requested", "en", frm=("AWS Certification", "support@aws-certification-merge.com"),
     to=[PRIYA], subject="Action required: Confirm your AWS Certification account merge",
     date=fmt(d), msgid="<%s@aws-certification-merge.com>" % hexs(24),
     body=alt(leaf(txt, cte="7bit", charset="us-ascii"), leaf(html, "html", cte="quoted-printable")),
     trace_hdrs=trace("o365", s, PRIYA[1], d), new=txt + html_to_text(html), case_id=PH_CASE, verified=False)

# 12. Emily: spoofed amazon.com, topmost AR dmarc=fail, a forged "pass" header lower down
d = U(2025, 3, 18, 9, 12, 30)
SP_CASE = case15(U(2025, 3, 17, 22, 40, 11))
new = f"""Hello,

We are contacting you regarding your recent AWS Training and Certification request.

Our records show more than one certification profile associated with you. To finalise the merge of your certification accounts we need you to confirm the request and verify ownership of the surviving account. Please note the merge is permanent and cannot be undone.

Please confirm here within 24 hours:
http://aws-training-verify.support-cases.net/confirm/{SP_CASE}

If we do not receive your confirmation the request will be closed.

Best regards,
AWS Training and Certification
"""
s = generic("amazon.com", "vps-%d.hostedcloud.ru" % R.randrange(1000, 9999), "91.215.%d.%d" % (R.randrange(1, 250), R.randrange(1, 250)),
            "info@mail-sender-pro.ru", policy="QUARANTINE", dkim=False)
s["dkim"] = []
forged = ["Authentication-Results: amazon.com; dkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"]
mail("re-case-merge-confirmation", "merge_confirmation_requested", "en", frm=FORM, to=[EMILY],
     subject=f"RE:[CASE {SP_CASE}] Account merge - confirmation needed", date=fmt(d),
     msgid="<%s.%d@amazon.com>" % (hexs(16), R.randrange(10**6, 10**7)),
     body=leaf(new, cte="quoted-printable"),
     trace_hdrs=trace("gmail", s, EMILY[1], d, res=dict(spf="softfail", dkim="none", dmarc="fail"), forged_lower=forged, sign=False),
     new=new, case_id=SP_CASE, verified=False)

# 13. Priya forwards the agent's confirmation request to her manager (Outlook iOS)
d_agent = U(2025, 9, 16, 22, 42, 10)
d = U(2025, 9, 17, 3, 10, 26)
note = f"""Hi Tom - fyi, support wants me to confirm before they merge. They'd keep {P_KEEP} and fold {dash(P_OLD1)} and {P_OLD2} into it. Sending the OK tomorrow unless you need the old ones kept for the partner portal.

Priya

Get Outlook for iOS<https://aka.ms/o0ukef>
"""
fwd = f"""________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, September 16, 2025 6:42:10 PM
To: Priya Raman <priya.raman@brightlane.io>
Subject: RE:[CASE {C3}] {FORMSUBJ}

Hi Priya,

Thank you for your patience. I found three candidate profiles linked to you:

1. {P_KEEP} (priya.raman@brightlane.io) - most recent activity, proposed as the account to keep
2. {P_OLD1} (priya.r@ventrix-solutions.com)
3. {P_OLD2} (praman.cloud@gmail.com)

If you agree, accounts 2 and 3 will be merged into account 1. All certifications, exam history and benefits will then appear on {P_KEEP}, and accounts 2 and 3 will no longer be accessible.

Please note a merge is final; we cannot separate the accounts again later. Kindly reply to this email confirming that the above is correct so we can submit the request.

Best regards,
Olu B.
AWS Training and Certification
"""
s = o365_org(PRIYA[1], "brightlane.io")
mail("fw-re-case-account-assistance", "merge_confirmation_requested", "en", frm=PRIYA, to=[TOM],
     subject=f"Fw: RE:[CASE {C3}] {FORMSUBJ}", date=fmt(d), msgid="<%s@%s.namprd12.prod.outlook.com>" % (alnum(40), alnum(12)),
     body=leaf(note + "\n" + fwd, cte="quoted-printable"),
     trace_hdrs=trace("o365-internal", s, TOM[1], d, sign=False), new=note, quoted=fwd, case_id=C3, verified=False,
     extra=["Thread-Topic: RE:[CASE %s] %s" % (C3, FORMSUBJ), "Thread-Index: %s" % b64r(22), "Accept-Language: en-US", "Content-Language: en-US",
            "X-MS-Has-Attach:", "X-MS-Exchange-Organization-SCL: -1"])

# 14. Yamada: Japanese agent confirmation request, ISO-2022-JP
d = U(2025, 5, 27, 9, 40, 31)
Y_REQ = f"""山田 太郎 様

AWS トレーニングと認定サポートの斎藤でございます。
お問い合わせいただいた認定アカウントについて確認いたしました。

以下の内容でアカウントの統合を行う予定です。

【統合後も残るアカウント】
  {sp(Y_KEEP)}(taro.yamada82@gmail.com)
【統合元のアカウント(統合後はご利用いただけなくなります)】
  {sp(Y_OLD)}(t-yamada@hoshizora-denki.co.jp)

統合を行いますと、元に戻すことはできません。
受験履歴、取得済みの認定、特典(受験の割引など)は、上記の残るアカウントへ移されます。

上記の内容でよろしければ、本メールにご返信いただき、同意いただける旨をお知らせください。
ご返信を確認でき次第、手続きを進めさせていただきます。

どうぞよろしくお願いいたします。

斎藤
AWS トレーニングと認定
"""
s = ses()
mail("re-case-account-assistance-ja", "merge_confirmation_requested", "ja", frm=FORM, to=[YAMADA],
     subject=f"RE:[CASE {C4}] {FORMSUBJ}", addr_charset="iso-2022-jp",
     date=fmt(d), msgid=ses_msgid(d), body=leaf(Y_REQ + FORM_FOOT_JA + "\n", charset="iso-2022-jp", cte="7bit"),
     trace_hdrs=trace("gmail", s, YAMADA[1], d), new=Y_REQ + FORM_FOOT_JA, case_id=C4, verified=True)

# 15. Nakamura: agent re-sends the confirmation request, earlier messages quoted with > and > >
d = U(2025, 7, 16, 2, 15, 40)
new = f"""中村 様

お世話になっております。AWS サポートの小野です。

先日ご案内した統合の内容について、まだご確認のご連絡をいただけていないため、改めてご連絡いたしました。
内容を再掲いたします。

 ・残すアカウント: {N_KEEP}
 ・統合されるアカウント: {N_OLD}(統合後は閉鎖されます)

統合は取り消しのできない操作のため、お客様の明示的なご同意をいただくまで作業を進めることができません。
内容に問題がなければ、サポートセンターから本ケースに「同意します」とご返信ください。
残すアカウントを逆にご希望の場合も、その旨お知らせください。

よろしくお願いいたします。

小野
Amazon Web Services

以下、前回のご案内です。
"""
q = f"""> 中村 様
>
> AWS サポートにお問い合わせいただきありがとうございます。
> ご連絡いただいた2つの受験者IDを確認いたしました。以下の内容で統合手続きを行うことが可能です。
>
>  ・残すアカウント: {N_KEEP}
>  ・統合されるアカウント: {N_OLD}
>
> 統合後は元に戻すことができませんので、ご確認のうえご返信ください。
>
> > お世話になります。AWS認定のアカウントが2つあります({N_KEEP} と {low(N_OLD)})。
> > 前者に統合していただけますでしょうか。よろしくお願いします。
"""
s = ses()
mail("re-case-togo-onegai", "merge_confirmation_requested", "ja", frm=CONSOLE, to=[NAKAMURA],
     subject=f"RE:[CASE {C8}] 認定アカウントの統合のお願い", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new + q + CONSOLE_FOOT_JA.format(cid=C8) + "\n", cte="base64"),
     trace_hdrs=trace("biglobe", s, NAKAMURA[1], d), new=new + CONSOLE_FOOT_JA, quoted=q, case_id=C8, verified=True)

# 16. Suzuki: HTML only, agent bottom-posts under the user's quoted request
d = U(2026, 1, 20, 6, 31, 9)
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>鈴木 健一 様</p>
<p>AWS トレーニングと認定へご連絡いただきありがとうございます。担当の森でございます。</p>
<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:8px;color:#555">
会社のメールアドレスで作ったアカウントと、個人のアカウントがあるので、ひとつにまとめたいです。<br>
個人の方({K_KEEP})を残したいです。
</blockquote>
<p>承知いたしました。以下の内容で手続きを行う予定です。</p>
<table border="0" cellpadding="3" style="font-size:14px">
<tr><td>存続するアカウント:</td><td><b>{K_KEEP}</b>(k.suzuki.home@gmail.com)</td></tr>
<tr><td>統合元のアカウント:</td><td><b>{K_OLD}</b>(k-suzuki@kaede-systems.co.jp)</td></tr>
</table>
<p>統合元アカウントの受験履歴・認定は存続するアカウントへ移され、統合元のアカウントは閉鎖されます。<b>この操作は完了後に取り消すことができません。</b></p>
<p>内容にお間違いがなければ、本メールへのご返信にて「同意します」とお知らせください。ご返信をいただいてから作業を開始いたします。</p>
<p>森<br>AWS トレーニングと認定</p>
<p style="font-size:11px;color:#687078">本件について引き続きお問い合わせいただく場合は、件名のケース番号を変更せずに本メールへご返信ください。</p>
</body></html>
"""
hq = f"会社のメールアドレスで作ったアカウントと、個人のアカウントがあるので、ひとつにまとめたいです。 個人の方({K_KEEP})を残したいです。"
s = ses()
mail("re-case-account-assistance-ja-2", "merge_confirmation_requested", "ja", frm=FORM, to=[SUZUKI],
     subject=f"RE:[CASE {C6}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(html, "html", cte="base64"), trace_hdrs=trace("o365", s, SUZUKI[1], d),
     new=html_to_text(html).replace(hq, ""), quoted=hq, case_id=C6, verified=True)

# 17. Sato forwards the agent's Japanese confirmation request from her iPhone to her nifty address
d = U(2025, 11, 5, 3, 30, 12)
note = f"""あとでPCから返信する。残すのは {S_KEEP} のほう、{S_OLD} が統合される

iPhoneから送信
"""
fwd = f"""
転送されたメッセージ:

差出人: Amazon Web Services <no-reply-aws@amazon.com>
件名: RE:[CASE {C5}] 認定アカウントが2つあります
日付: 2025年11月5日 10:14:22 JST
宛先: misaki-sato@nifty.com

佐藤 様

AWS サポートにお問い合わせいただきありがとうございます。

2つの認定アカウントを確認いたしました。以下のとおり1つにまとめることができます。

  存続: {S_KEEP}(misaki-sato@nifty.com)
  統合元: {S_OLD}(m.sato@aozora-kikaku.jp)

統合元のアカウントにある認定と受験履歴は存続アカウントに移り、統合元アカウントは使えなくなります。統合後に元に戻すことはできませんので、ご了承ください。

この内容で進めてよろしいか、サポートセンターから本ケースにご返信ください。

よろしくお願いいたします。
AWS サポート 西村
"""
s = icloud_user(SATO_ICLOUD[1])
mail("tensou-re-case-nintei-account", "merge_confirmation_requested", "ja", frm=SATO_ICLOUD, to=[SATO],
     subject=f"転送: RE:[CASE {C5}] 認定アカウントが2つあります", date=fmt(d, JST),
     msgid="<%s@icloud.com>" % str(uuid.UUID(bytes=R.randbytes(16))).upper(),
     body=leaf(note + fwd, cte="quoted-printable"), trace_hdrs=trace("nifty", s, SATO[1], d),
     new=note, quoted=fwd, case_id=C5, verified=False, xmailer="X-Mailer: iPhone Mail (22B91)")

# ================================================================ merge_completed
# 18. Emily: short top-posted completion over a long Gmail-style quoted thread (nested > >)
d = U(2025, 3, 14, 20, 5, 51)
new = f"""Hi Emily,

All done - everything from your old work profile now lives under {E_KEEP}, and the duplicate has been closed. You can sign in with emily.chen.dev@gmail.com to see it.

Haruto M.
AWS Training and Certification
"""
EMILY_OK = """Yes that's right, go ahead

Sent from my iPhone"""
q = "\nOn Thu, Mar 13, 2025 at 7:51 AM Emily Chen <emily.chen.dev@gmail.com> wrote:\n" + \
    "\n".join("> " + l if l else ">" for l in (EMILY_OK + "\n\nOn Mar 12, 2025, at 6:03 PM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n" +
              "\n".join("> " + l if l else ">" for l in E_REQ.splitlines())).splitlines()) + "\n" + FORM_FOOT + "\n"
s = ses()
mail("re-case-account-assistance-2", "merge_completed", "en", frm=FORM, to=[EMILY],
     subject=f"RE:[CASE {C1}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new + q, cte="quoted-printable"), trace_hdrs=trace("gmail", s, EMILY[1], d),
     new=new, quoted=q, case_id=C1, verified=True)

# 19. Daniel: completion + case resolved + rating invitation (console)
d = U(2025, 6, 9, 15, 22, 7)
new = f"""Hello Daniel,

Thank you for confirming and for your patience while our certification team worked on this.

I'm happy to let you know that your records have now been combined: the exam history and the AWS Certified Cloud Practitioner certification that were on {D_OLD} now appear on {D_KEEP}, and the duplicate profile has been deactivated. Please sign in to AWS Certification with daniel.okafor@outlook.com from now on.

Your Credly badges may take up to 48 hours to reflect the change.

As your request has been fulfilled, I'll mark this case as resolved. If anything looks wrong, you can reopen it from the Support Center within 14 days.

Best regards,
Sofia R.
Amazon Web Services

{RATE_EN}
{CONSOLE_FOOT.format(cid=C2, lang='en')}
"""
s = ses()
mail("re-case-two-cert-accounts-2", "merge_completed", "en", frm=CONSOLE, to=[DANIEL],
     subject=f"RE:[CASE {C2}] Two certification accounts - please combine", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("outlook", s, DANIEL[1], d),
     new=new, case_id=C2, verified=True)

# 20. Priya: completion worded without "merge", multipart/alternative base64
d = U(2025, 9, 19, 12, 48, 33)
txt = f"""Hi Priya,

Quick update on your request: the records from {P_OLD1} and {P_OLD2} have been moved over to {P_KEEP}, and those two profiles have been retired. Going forward please use only {P_KEEP} - sign in with priya.raman@brightlane.io.

Your 50% exam discount benefit has carried over as well. If a certification you expected is missing from your CertMetrics transcript, reply here and I'll take a look.

Regards,
Olu B.
AWS Training and Certification
{FORM_FOOT}
"""
html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
    "<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>\n") for p in txt.strip().split("\n\n")) + "</body></html>\n"
s = ses()
mail("re-case-account-assistance-3", "merge_completed", "en", frm=FORM, to=[PRIYA],
     subject=f"RE:[CASE {C3}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=alt(leaf(txt, cte="base64"), leaf(html, "html", cte="base64")),
     trace_hdrs=trace("o365", s, PRIYA[1], d), new=txt, case_id=C3, verified=True)

# 21. Marco forwards the completion to a friend from his phone (Yahoo -> Gmail)
d = U(2026, 2, 6, 18, 2, 44)
note = f"""Finally sorted - everything from {low(M_OLD)} is on {M_KEEP} now. Thanks for the tip about the support case!

Sent from Yahoo Mail on Android
"""
fwd = f"""
  ----- Forwarded Message -----
  From: Amazon Web Services <no-reply-aws@amazon.com>
  To: Marco Rossi <marco.rossi@yahoo.com>
  Sent: Friday, February 6, 2026 at 04:51:19 PM GMT+1
  Subject: RE:[CASE {C7}] Duplicate certification profile

Hello Marco,

Thank you for confirming. The certification team has completed the merge of your two profiles. {M_OLD} has been merged into {M_KEEP}; your AWS Certified Solutions Architect - Associate and its exam history are now visible on {M_KEEP}.

Best regards,
Deepak
Amazon Web Services
{CONSOLE_FOOT.format(cid=C7, lang='en')}
"""
s = yahoo_user(MARCO[1])
mail("fwd-re-case-duplicate-profile", "merge_completed", "en", frm=MARCO, to=[LUCA],
     subject=f"Fwd: RE:[CASE {C7}] Duplicate certification profile", date=fmt(d, timezone(timedelta(hours=1))),
     msgid="<%d.%d@mail.yahoo.com>" % (R.randrange(10**8, 10**9), R.randrange(10**8, 10**9)),
     body=alt(leaf(note + fwd, cte="quoted-printable"),
              leaf("<html><head></head><body><div style=\"font-family:Helvetica,Arial,sans-serif;font-size:13px\">" +
                   htmlmod.escape(note).replace("\n", "<br>") + "<br><div class=\"yahoo_quoted\"><blockquote style=\"margin:0 0 20px 0\">" +
                   htmlmod.escape(fwd).replace("\n", "<br>") + "</blockquote></div></div></body></html>\n", "html", cte="quoted-printable")),
     trace_hdrs=trace("gmail", s, LUCA[1], d), new=note, quoted=fwd, case_id=C7, verified=False,
     xmailer="X-Mailer: WebService/1.1.25061 YahooMailAndroidMobile")

# 22. Hannah: older 11-digit case; agent bottom-posts under the user's confirmation (Fastmail)
d = U(2025, 4, 11, 14, 18, 26)
q = """> The details are correct. Please proceed with the merge.
> Hannah
"""
new = f"""Hello Hannah,

{q}
Thank you for confirming. This has now been taken care of on our side: {H_OLD} was combined into {H_KEEP}, which is the account you will use from now on. The older profile can no longer be signed in to.

If you had a scheduled exam on the old account, it has been carried over as well - you'll see it under "Upcoming exams".

Best regards,
Megan T.
Amazon Web Services

{RATE_EN}
{CONSOLE_FOOT.format(cid=C9, lang='en')}
"""
s = ses()
mail("re-case-certification-account-duplicate", "merge_completed", "en", frm=CONSOLE, to=[HANNAH],
     subject=f"RE:[CASE {C9}] Certification account duplicate", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("fastmail", s, HANNAH[1], d),
     new=new.replace(q, ""), quoted=q, case_id=C9, verified=True)

# 23. Yamada: completion top-posted over Japanese quote header, ISO-2022-JP
d = U(2025, 5, 29, 6, 10, 2)
new = f"""山田 太郎 様

お待たせいたしました。
{sp(Y_OLD)} の認定情報を {sp(Y_KEEP)} へ統合する作業が完了しました。
今後は taro.yamada82@gmail.com でサインインしてご利用ください。

斎藤
AWS トレーニングと認定
"""
YAMADA_OK = """内容に相違ありません。統合を進めてください。

iPhoneから送信"""
inner = "\n".join("> " + l if l else ">" for l in Y_REQ.splitlines())
YQ = q = "\n2025年5月28日(水) 8:02 山田 太郎 <taro.yamada82@gmail.com>:\n" + "\n".join(
    "> " + l if l else ">" for l in (YAMADA_OK + "\n\n2025年5月27日(火) 18:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + inner).splitlines()) + "\n"
s = ses()
mail("re-case-account-assistance-ja-3", "merge_completed", "ja", frm=FORM, to=[YAMADA],
     subject=f"RE:[CASE {C4}] {FORMSUBJ}", addr_charset="iso-2022-jp",
     date=fmt(d), msgid=ses_msgid(d), body=leaf(new + q + FORM_FOOT_JA + "\n", charset="iso-2022-jp", cte="7bit"),
     trace_hdrs=trace("gmail", s, YAMADA[1], d), new=new + FORM_FOOT_JA, quoted=q, case_id=C4, verified=True)

# 24. Nakamura: "移行いたしました" wording, UTF-8 QP
d = U(2025, 7, 18, 5, 2, 40)
new = f"""中村 様

お待たせいたしました。AWS サポートの小野です。

ご同意いただいた内容に基づき、{N_OLD} に登録されていた受験履歴および認定資格を {N_KEEP} へ移行いたしました。
移行元のアカウントは今後ご利用いただけませんので、{N_KEEP} でサインインしてください。

Credly のデジタルバッジにつきましては、反映まで数日かかる場合がございます。

小野
Amazon Web Services
{CONSOLE_FOOT_JA.format(cid=C8)}
"""
s = ses()
mail("re-case-togo-onegai-2", "merge_completed", "ja", frm=CONSOLE, to=[NAKAMURA],
     subject=f"RE:[CASE {C8}] 認定アカウントの統合のお願い", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("biglobe", s, NAKAMURA[1], d),
     new=new, case_id=C8, verified=True)

# 25. Sato: closure that also says the merge is done + rating request, base64
d = U(2025, 11, 7, 8, 41, 19)
new = f"""佐藤 様

AWS サポートの西村です。

ご依頼いただいたアカウントの統合作業は完了しております。{S_KEEP} でサインインし、すべての認定が表示されていることをご確認ください。

お問い合わせの内容は解決したものと判断し、本ケースはクローズさせていただきます。

今回のサポートはいかがでしたか?
よろしければ、サポートセンターの本ケースのページから評価をお願いいたします。
問題は解決しましたか? はい / いいえ

西村
Amazon Web Services
{CONSOLE_FOOT_JA.format(cid=C5)}
"""
s = ses()
mail("re-case-nintei-account-2", "merge_completed", "ja", frm=CONSOLE, to=[SATO],
     subject=f"RE:[CASE {C5}] 認定アカウントが2つあります", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="base64"), trace_hdrs=trace("nifty", s, SATO[1], d),
     new=new, case_id=C5, verified=True)

# 26. Suzuki forwards the completion to colleague Takahashi (Outlook, ISO-2022-JP, internal)
d = U(2026, 1, 23, 5, 5, 48)
note = f"""高橋さん

先日話していた認定アカウントの件、統合が終わったそうです。
今後は {K_KEEP} の方で受験申し込みします({K_OLD} は使えなくなりました)。
バウチャーの件もこちらで引き継がれているようです。

鈴木

iOS 用 Outlook を入手<https://aka.ms/o0ukef>
"""
fwd = f"""________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年1月23日 13:47
宛先: 鈴木 健一 <k-suzuki@kaede-systems.co.jp>
件名: RE:[CASE {C6}] {FORMSUBJ}

鈴木 健一 様

お待たせいたしました。AWS トレーニングと認定の森でございます。

ご同意いただいた内容にて、{K_OLD} を {K_KEEP} へ統合する手続きが完了いたしました。
統合元アカウントの受験履歴および認定はすべて {K_KEEP} に反映されております。

森
AWS トレーニングと認定
"""
s = o365_org(SUZUKI[1], "kaede-systems.co.jp")
mail("tensou-re-case-account-assistance", "merge_completed", "ja", frm=SUZUKI, to=[TAKAHASHI],
     subject=f"転送: RE:[CASE {C6}] {FORMSUBJ}", subj_charset="iso-2022-jp", addr_charset="iso-2022-jp",
     date=fmt(d, JST), msgid="<%s@%s.jpnprd01.prod.outlook.com>" % (alnum(40), alnum(12)),
     body=leaf(note + "\n" + fwd, charset="iso-2022-jp", cte="7bit"),
     trace_hdrs=trace("o365", s, TAKAHASHI[1], d), new=note, quoted=fwd, case_id=C6, verified=False,
     extra=["Thread-Topic: RE:[CASE %s] %s" % (C6, FORMSUBJ), "Thread-Index: %s" % b64r(22), "Accept-Language: ja-JP", "Content-Language: ja-JP"])

# 27. Ito: completion, wrong charset label (says iso-8859-1, bytes are UTF-8, 8bit)
d = U(2025, 10, 20, 4, 26, 55)
new = f"""伊藤 理恵 様

AWS トレーニングと認定の木村でございます。
ご返信ありがとうございました。

ご依頼の2つのアカウントを1つにまとめる作業を行い、{I_OLD} の受験履歴と認定はすべて {I_KEEP} に引き継がれました。
{I_OLD} は閉鎖されましたので、今後は {I_KEEP} をご利用ください。

木村
AWS トレーニングと認定
{FORM_FOOT_JA}
"""
s = ses()
mail("re-case-account-assistance-ja-4", "merge_completed", "ja", frm=FORM, to=[ITO],
     subject=f"RE:[CASE {C10}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, charset="utf-8", label="iso-8859-1", cte="8bit"),
     trace_hdrs=trace("gmail", s, ITO[1], d), new=new, case_id=C10, verified=True)

# ================================================================ survey
# 28. Daniel: console "case resolved" + Was your issue resolved? YES / NO
d = U(2025, 6, 9, 15, 23, 30)
new = f"""Hello,

Your AWS Support case {C2} has been resolved.

Subject: Two certification accounts - please combine

Was your issue resolved?
YES: https://console.aws.amazon.com/support/feedback?displayId={C2}&resolved=yes
NO:  https://console.aws.amazon.com/support/feedback?displayId={C2}&resolved=no

Your feedback helps us improve AWS Support. If you need further help with this issue, you can reopen the case within 14 days from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
s = ses()
mail("support-case-resolved", "survey", "en", frm=CONSOLE, to=[DANIEL],
     subject=f"Amazon Web Services: Your support case {C2} has been resolved", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("outlook", s, DANIEL[1], d),
     new=new, case_id=C2, verified=True)

# 29. Emily: "How did we do?" HTML only
d = U(2025, 3, 14, 20, 7, 12)
stars = "".join('<a href="https://survey.aws-tc-feedback.amazon.com/s/?c=%s&amp;r=%d" style="font-size:26px;color:#ff9900;text-decoration:none">&#9733;</a>' % (C1, i) for i in range(1, 6))
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<div style="max-width:600px;margin:auto">
<h2 style="font-size:22px">How did we do?</h2>
<p>Hi Emily,</p>
<p>Your recent case with AWS Training and Certification Support ({C1}) has been closed. We'd love to hear about your experience &mdash; it only takes a minute.</p>
<p>How satisfied were you with the support you received?</p>
<p>{stars}</p>
<p>Was your issue resolved? <a href="https://survey.aws-tc-feedback.amazon.com/s/?c={C1}&amp;res=1">Yes</a> | <a href="https://survey.aws-tc-feedback.amazon.com/s/?c={C1}&amp;res=0">No</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">This survey is administered by Amazon Web Services, Inc. You received this message because you contacted AWS Training and Certification Support. <a href="https://aws.amazon.com/privacy/">Privacy Notice</a></p>
</div></body></html>
"""
s = ses()
mail("how-did-we-do", "survey", "en", frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=[EMILY],
     subject=f"How did we do? Tell us about case {C1}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(html, "html", cte="quoted-printable"), trace_hdrs=trace("gmail", s, EMILY[1], d),
     new=html_to_text(html), case_id=C1, verified=True)

# 30. Sanjay: closed for inactivity + rating (iCloud; several AR headers)
d = U(2025, 12, 15, 9, 30, 4)
new = f"""Hello Sanjay,

We haven't heard back from you about your request to combine your certification accounts, so this case has now been closed.

If you still need help, you can reopen case {C12} from the Support Center within 14 days, or simply open a new case and reference this one.

How would you rate the support you received? Please take a moment to rate this correspondence in the Support Center - your feedback is read by our team.

Best regards,
Amazon Web Services
{CONSOLE_FOOT.format(cid=C12, lang='en')}
"""
s = ses()
mail("re-case-combine-two-accounts", "survey", "en", frm=CONSOLE, to=[SANJAY],
     subject=f"RE:[CASE {C12}] Combine my two AWS Certification accounts", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("icloud", s, SANJAY[1], d),
     new=new, case_id=C12, verified=True)

# 31. Yamada: アンケート, ISO-2022-JP
d = U(2025, 5, 30, 1, 0, 12)
new = f"""山田 太郎 様

先日は AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございました。

サービス向上のため、ケース {C4} の対応についてアンケートを実施しております。
所要時間は2分程度です。ご協力いただけますと幸いです。

アンケートに回答する:
https://survey.aws-tc-feedback.amazon.com/s/?c={C4}&lang=ja

本アンケートは、お問い合わせいただいたお客様にお送りしております。
回答期限: 2025年6月13日

AWS トレーニングと認定
"""
s = ses()
mail("anketo-onegai", "survey", "ja", frm=("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), to=[YAMADA],
     subject="AWS トレーニングと認定 サポートに関するアンケートのお願い", subj_charset="iso-2022-jp", addr_charset="iso-2022-jp",
     date=fmt(d), msgid=ses_msgid(d), body=leaf(new, charset="iso-2022-jp", cte="7bit"),
     trace_hdrs=trace("gmail", s, YAMADA[1], d), new=new, case_id=C4, verified=True)

# 32. Nakamura: console closure "解決済み" + はい/いいえ
d = U(2025, 7, 18, 5, 4, 1)
new = f"""アマゾン ウェブ サービスをご利用いただきありがとうございます。

サポートケース {C8} は解決済みとしてクローズされました。

件名: 認定アカウントの統合のお願い

問題は解決しましたか?
はい: https://console.aws.amazon.com/support/feedback?displayId={C8}&resolved=yes&language=ja
いいえ: https://console.aws.amazon.com/support/feedback?displayId={C8}&resolved=no&language=ja

引き続きサポートが必要な場合は、14日以内であればサポートセンターからケースを再開できます。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
s = ses()
mail("support-case-kaiketsu-zumi", "survey", "ja", frm=CONSOLE, to=[NAKAMURA],
     subject=f"Amazon Web Services: サポートケース {C8} は解決済みになりました", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("biglobe", s, NAKAMURA[1], d),
     new=new, case_id=C8, verified=True)

# 33. Suzuki: closure + rating; the earlier completion only appears in quoted history
d = U(2026, 1, 23, 5, 48, 22)
new = f"""鈴木 健一 様

このたびは AWS トレーニングと認定へお問い合わせいただき、ありがとうございました。
本ケースはこれをもちましてクローズとさせていただきます。

今後のサービス向上のため、対応についての評価にご協力いただけますと幸いです。
https://survey.aws-tc-feedback.amazon.com/s/?c={C6}&lang=ja

森
AWS トレーニングと認定

----- 以前のやり取り -----
"""
q = f"""> 鈴木 健一 様
>
> お待たせいたしました。AWS トレーニングと認定の森でございます。
>
> ご同意いただいた内容にて、{K_OLD} を {K_KEEP} へ統合する手続きが完了いたしました。
> 統合元アカウントの受験履歴および認定はすべて {K_KEEP} に反映されております。
"""
s = ses()
mail("re-case-account-assistance-ja-5", "survey", "ja", frm=FORM, to=[SUZUKI],
     subject=f"RE:[CASE {C6}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new + q + FORM_FOOT_JA + "\n", cte="base64"), trace_hdrs=trace("o365", s, SUZUKI[1], d),
     new=new + FORM_FOOT_JA, quoted=q, case_id=C6, verified=True)

# 34. Ito: survey, multipart/alternative with a stub text part and a full HTML part
d = U(2025, 10, 21, 0, 15, 37)
txt = """このメールは HTML 形式で作成されています。HTML 表示に対応したメールソフトでご覧ください。
"""
html = f"""<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px">
<p>伊藤 理恵 様</p>
<p>お問い合わせいただいたケース(ケース番号: {C10})はクローズされました。</p>
<p><b>今回のサポートにご満足いただけましたか?</b></p>
<table><tr>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/?c={C10}&amp;r=5&amp;lang=ja">とても満足</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/?c={C10}&amp;r=4&amp;lang=ja">満足</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/?c={C10}&amp;r=3&amp;lang=ja">どちらでもない</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/?c={C10}&amp;r=2&amp;lang=ja">不満</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/?c={C10}&amp;r=1&amp;lang=ja">とても不満</a></td>
</tr></table>
<p>いただいたご意見は今後のサポート改善に活用させていただきます。</p>
<p>AWS トレーニングと認定</p>
</body></html>
"""
s = ses()
mail("manzokudo-chosa", "survey", "ja", frm=("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), to=[ITO],
     subject="お問い合わせ対応に関する満足度調査のお願い", date=fmt(d), msgid=ses_msgid(d),
     body=alt(leaf(txt, cte="base64"), leaf(html, "html", cte="quoted-printable")),
     trace_hdrs=trace("gmail", s, ITO[1], d), new=txt + html_to_text(html), case_id=C10, verified=True)

# ================================================================ credly_badge_issued
def credly_html(greet, lines, btn, badge_url, footer):
    body = "".join("<p style=\"margin:0 0 14px\">%s</p>" % l for l in lines)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 32px;font-size:15px;color:#333">
<p style="margin:0 0 14px">{greet}</p>
{body}
<p style="margin:24px 0;text-align:center"><a href="{badge_url}" style="background:#ff6b00;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none;font-weight:bold">{btn}</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888">{footer}</td></tr>
</table></td></tr></table>
<img src="https://u{R.randrange(1000000,9999999)}.ct.sendgrid.net/wf/open?upn={b64r(60).replace('/', '_').replace('+', '-')}" width="1" height="1" alt="">
</body></html>
"""

FOOT_CR = "Credly, Inc. &middot; 13 W 27th St, 4th Floor, New York, NY 10001 &middot; <a href=\"https://www.credly.com/notification_settings\">Notification settings</a>"

# 35. Emily: badge issued (credly.com)
d = U(2025, 3, 16, 11, 2, 19)
bid = str(uuid.UUID(bytes=R.randbytes(16)))
url = f"https://www.credly.com/badges/{bid}/accept?utm_campaign=badge_issued&utm_medium=email&utm_source=credly"
lines = ["Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Developer &ndash; Associate</b>.",
         "Accept your badge to add it to your Credly profile and share it on LinkedIn and other networks."]
html = credly_html("Hi Emily,", lines, "Accept your badge", url, FOOT_CR)
txt = f"""Hi Emily,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.

Accept your badge to add it to your Credly profile and share it on LinkedIn and other networks:
{url}

Credly, Inc. - 13 W 27th St, 4th Floor, New York, NY 10001
"""
s = credly()
mail("credly-new-badge", "credly_badge_issued", "en", frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
     to=[EMILY], subject="Amazon Web Services Training and Certification has issued you a badge", date=fmt(d),
     msgid="<%s@credly.com>" % hexs(32), body=alt(leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")),
     trace_hdrs=trace("gmail", s, EMILY[1], d), new=txt, case_id=None, verified=True)

# 36. Daniel: badges moved after the account update (Outlook.com)
d = U(2025, 6, 11, 14, 40, 3)
bid = str(uuid.UUID(bytes=R.randbytes(16)))
url = f"https://www.credly.com/earner/earned/badge/{bid}?utm_source=transfer"
lines = ["Following an update to your AWS Certification records, the badge below has been transferred to this Credly account:",
         "<b>AWS Certified Cloud Practitioner</b><br>Issued by Amazon Web Services Training and Certification",
         "It's ready for you to accept. Once accepted it will appear on your public profile."]
html = credly_html("Hi Daniel,", lines, "Accept your badge", url, FOOT_CR)
txt = f"""Hi Daniel,

Following an update to your AWS Certification records, the badge below has been transferred to this Credly account:

AWS Certified Cloud Practitioner
Issued by Amazon Web Services Training and Certification

It's ready for you to accept: {url}
"""
s = credly()
mail("credly-badge-transferred", "credly_badge_issued", "en", frm=("Credly", "admin@credly.com"), to=[DANIEL],
     subject="Your badge has been transferred - accept it now", date=fmt(d), msgid="<%s@credly.com>" % hexs(32),
     body=alt(leaf(txt, cte="7bit", charset="us-ascii"), leaf(html, "html", cte="quoted-printable")),
     trace_hdrs=trace("outlook", s, DANIEL[1], d), new=txt, verified=True)

# 37. Priya forwards a Credly badge mail from work to her personal Gmail
d = U(2025, 9, 22, 23, 55, 40)
bid = str(uuid.UUID(bytes=R.randbytes(16)))
note = """for LinkedIn later

Get Outlook for Android<https://aka.ms/AAb9ysg>
"""
fwd = f"""________________________________
From: Amazon Web Services Training and Certification via Credly <admin@credly.com>
Sent: Monday, September 22, 2025 9:14 AM
To: Priya Raman <priya.raman@brightlane.io>
Subject: Amazon Web Services Training and Certification sent you a badge

Hi Priya,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Professional.

Accept your badge<https://www.credly.com/badges/{bid}/accept>

Verify: validation number {alnum(16)}
"""
s = o365_org(PRIYA[1], "brightlane.io")
mail("fw-credly-badge", "credly_badge_issued", "en", frm=PRIYA, to=[("Priya Raman", "praman.cloud@gmail.com")],
     subject="Fw: Amazon Web Services Training and Certification sent you a badge", date=fmt(d),
     msgid="<%s@%s.namprd12.prod.outlook.com>" % (alnum(40), alnum(12)),
     body=leaf(note + "\n" + fwd, cte="quoted-printable"),
     trace_hdrs=trace("gmail", dict(s, policy="NONE"), "praman.cloud@gmail.com", d), new=note, quoted=fwd, verified=False,
     extra=["Thread-Topic: Amazon Web Services Training and Certification sent you a badge", "Thread-Index: %s" % b64r(22)])

# 38. Hannah: older Acclaim sender, badge ready to accept (Fastmail)
d = U(2025, 4, 13, 16, 30, 45)
bid = str(uuid.UUID(bytes=R.randbytes(16)))
txt = f"""Hannah,

Your badge is ready!

AWS Certified SysOps Administrator - Associate
Issued by: Amazon Web Services Training and Certification

Accept your badge: https://www.youracclaim.com/badges/{bid}/accept

Why accept? Share your verified achievement and let employers see what you've earned.

---
Acclaim, powered by Credly
"""
s = credly("youracclaim.com")
mail("acclaim-badge-ready", "credly_badge_issued", "en", frm=("Acclaim", "admin@youracclaim.com"), to=[HANNAH],
     subject="Your badge from Amazon Web Services Training and Certification is ready to accept", date=fmt(d),
     msgid="<%s@youracclaim.com>" % hexs(32), body=leaf(txt, cte="quoted-printable"),
     trace_hdrs=trace("fastmail", s, HANNAH[1], d), new=txt, verified=True)

# 39. Yamada: Japanese Credly badge mail, UTF-8 base64
d = U(2025, 5, 31, 2, 11, 8)
bid = str(uuid.UUID(bytes=R.randbytes(16)))
url = f"https://www.credly.com/badges/{bid}/accept?locale=ja"
lines = ["Amazon Web Services Training and Certification から新しいバッジ <b>AWS Certified Solutions Architect &ndash; Associate</b> が発行されました。",
         "バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn などで共有できるようになります。"]
html = credly_html("山田 太郎 様", lines, "バッジを受け取る", url, FOOT_CR)
txt = f"""山田 太郎 様

Amazon Web Services Training and Certification から新しいバッジ「AWS Certified Solutions Architect - Associate」が発行されました。

バッジを受け取る: {url}
"""
s = credly()
mail("credly-badge-hakko", "credly_badge_issued", "ja", frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
     to=[YAMADA], subject="Amazon Web Services Training and Certification からバッジが発行されました", date=fmt(d),
     msgid="<%s@credly.com>" % hexs(32), body=alt(leaf(txt, cte="base64"), leaf(html, "html", cte="base64")),
     trace_hdrs=trace("gmail", s, YAMADA[1], d), new=txt, verified=True)

# 40. Sato forwards a Credly mail from her docomo phone, Shift_JIS 8bit, no AR
d = U(2025, 11, 9, 20, 14, 2, JST)
bid = str(uuid.UUID(bytes=R.randbytes(16)))
note = """バッジ来た!あとで承認する

"""
fwd = f"""-------- 転送元のメッセージ --------
送信元: Amazon Web Services Training and Certification via Credly <admin@credly.com>
日時: 2025/11/09 19:58
件名: バッジを受け取ってください

佐藤 美咲 様

アカウント統合に伴い、以下のバッジがお客様の Credly アカウントに移動されました。

AWS Certified Cloud Practitioner
発行元: Amazon Web Services Training and Certification

バッジを承認する: https://www.credly.com/badges/{bid}/accept
"""
mail("tensou-badge-uketori", "credly_badge_issued", "ja", frm=SATO_DOCOMO, to=[SATO],
     subject="転送: バッジを受け取ってください", subj_charset="shift_jis", addr_charset="shift_jis",
     date=fmt(d), msgid="<%s.%s@docomo.ne.jp>" % (alnum(10), hexs(8)),
     body=leaf(note + fwd, charset="shift_jis", cte="8bit"),
     trace_hdrs=["Received: from mfsmax.docomo.ne.jp (mfsmax.docomo.ne.jp [203.138.181.%d])\n\tby mta-snd-w%02d.mail.nifty.com with ESMTP\n\tid <%s@mta-rcv.nifty.com> for <%s>; %s" % (
         R.randrange(10, 250), R.randrange(1, 20), alnum(14), SATO[1], fmt(d + timedelta(seconds=2), JST))],
     new=note, quoted=fwd, verified=None, xmailer="X-Mailer: docomo mail app")

# 41. Nakamura: Credly, badges moved after the merge, Japanese, UTF-8 QP
d = U(2025, 7, 20, 9, 5, 30)
bid = str(uuid.UUID(bytes=R.randbytes(16)))
url = f"https://www.credly.com/badges/{bid}/accept?locale=ja"
lines = ["AWS 認定アカウントの統合に伴い、以下のバッジがお客様のアカウントへ移行されました。",
         "<b>AWS Certified Developer &ndash; Associate</b><br>発行元: Amazon Web Services Training and Certification",
         "バッジを承認すると、プロフィールに表示されます。"]
html = credly_html("中村 弘 様", lines, "バッジを承認する", url, FOOT_CR)
txt = f"""中村 弘 様

AWS 認定アカウントの統合に伴い、以下のバッジがお客様のアカウントへ移行されました。

AWS Certified Developer - Associate
発行元: Amazon Web Services Training and Certification

バッジを承認する: {url}
"""
s = credly()
mail("credly-badge-ikou", "credly_badge_issued", "ja", frm=("Credly", "admin@credly.com"), to=[NAKAMURA],
     subject="バッジがお客様のアカウントに移行されました", date=fmt(d), msgid="<%s@credly.com>" % hexs(32),
     body=alt(leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")),
     trace_hdrs=trace("biglobe", s, NAKAMURA[1], d), new=txt, verified=True)

# ================================================================ support_reply
# 42. Marco: agent asks which account to keep + notification addresses (Yahoo)
d = U(2026, 2, 3, 10, 27, 14)
new = f"""Hello Marco,

Thank you for contacting AWS Support about your certification profiles.

I found two candidate profiles that appear to belong to you:

  - {M_KEEP} - marco.rossi@yahoo.com
  - {M_OLD} - m.rossi@studenti.unipd.it

Before I can raise the request with our certification team, could you please tell me:

  1. Which of these two accounts you would like to keep as your main account
  2. The notification e-mail address you would like on the surviving account
  3. Whether you still have access to the university mailbox

Once I have this information I will send you a summary of the change for your approval.

Best regards,
Deepak
Amazon Web Services

{RATE_EN}
{CONSOLE_FOOT.format(cid=C7, lang='en')}
"""
s = ses()
mail("re-case-duplicate-profile", "support_reply", "en", frm=CONSOLE, to=[MARCO],
     subject=f"RE:[CASE {C7}] Duplicate certification profile", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("yahoo", s, MARCO[1], d),
     new=new, case_id=C7, verified=True)

# 43. Emily: "thanks for confirming, passing it on" one-liner over long thread
d = U(2025, 3, 13, 18, 20, 3)
new = """Thanks Emily - noted. I've passed this to the team that handles these requests and will update you as soon as it's done.

Haruto
"""
q = "\nOn Thu, Mar 13, 2025 at 7:51 AM Emily Chen <emily.chen.dev@gmail.com> wrote:\n" + \
    "\n".join("> " + l if l else ">" for l in (EMILY_OK + "\n\nOn Mar 12, 2025, at 6:03 PM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n" +
              "\n".join("> " + l if l else ">" for l in E_REQ.splitlines())).splitlines()) + "\n" + FORM_FOOT + "\n"
s = ses()
mail("re-case-account-assistance-4", "support_reply", "en", frm=FORM, to=[EMILY],
     subject=f"RE:[CASE {C1}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new + q, cte="quoted-printable"), trace_hdrs=trace("gmail", s, EMILY[1], d),
     new=new, quoted=q, case_id=C1, verified=True)

# 44. Priya: conditional "once the merge is complete, we will ..."
d = U(2025, 9, 17, 16, 2, 55)
new = f"""Hi Priya,

Thanks for confirming. The request for {P_KEEP} is now with our certification operations team.

Once the merge is complete, I'll contact Credly so the badges from the retired profiles follow you to the surviving account - you'll receive an e-mail from Credly asking you to accept them at that point. No action is needed from you until then.

Regards,
Olu B.
AWS Training and Certification
{FORM_FOOT}
"""
s = ses()
mail("re-case-account-assistance-5", "support_reply", "en", frm=FORM, to=[PRIYA],
     subject=f"RE:[CASE {C3}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("o365", s, PRIYA[1], d),
     new=new, case_id=C3, verified=True)

# 45. Hannah: follow-up "do you still need help?", repeating the earlier info request;
#     earlier message pasted below without any header or marker
d = U(2025, 4, 8, 13, 3, 12)
H_ASK = f"""Hello Hannah,

Thank you for contacting AWS Support. To look into the two certification accounts you mentioned ({H_KEEP} and {H_OLD}), I need a few more details:

1. The e-mail address you use to sign in to each account
2. The notification e-mail address listed on each account
3. Which of the two candidate IDs you would like to keep

Best regards,
Megan T.
Amazon Web Services
"""
new = f"""Hello Hannah,

I'm checking in because I haven't yet received the information I asked for on April 2. Do you still need assistance with this?

To go ahead I still need the sign-in and notification e-mail addresses for {H_KEEP} and {H_OLD}, and which of the two you would like to keep. If we don't hear from you within 5 business days, this case will be closed automatically - you can reopen it at any time.

Best regards,
Megan T.
Amazon Web Services



"""
tail = "\n" + RATE_EN + "\n" + CONSOLE_FOOT.format(cid=C9, lang="en") + "\n"
s = ses()
mail("re-case-certification-account-duplicate-2", "support_reply", "en", frm=CONSOLE, to=[HANNAH],
     subject=f"RE:[CASE {C9}] Certification account duplicate", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new + H_ASK + tail, cte="quoted-printable"), trace_hdrs=trace("fastmail", s, HANNAH[1], d),
     new=new + H_ASK + tail, case_id=C9, verified=True)

# 46. Liam: "we're working on it / escalated", HTML only, Proton
d = U(2026, 3, 10, 21, 11, 40)
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Liam,</p>
<p>Thank you for your reply and for confirming the details.</p>
<p>I have forwarded your request for <b>{low('AWS60028417')}</b> and <b>AWS-93315270</b> to our certification operations team. Requests of this type usually take <b>3&ndash;5 business days</b> to process. I'll keep this case open and update you as soon as I hear back from them; there is nothing else you need to do in the meantime.</p>
<p>Please don't open a new case for this request, as that may delay processing.</p>
<p>Best regards,<br>Aisha K.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#545b64">{RATE_EN}</p>
<p style="font-size:12px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={C11}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C11}&amp;language=en</a></p>
<p style="font-size:12px;color:#545b64">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</body></html>
"""
s = ses()
mail("re-case-merge-certification-accounts", "support_reply", "en", frm=CONSOLE, to=[LIAM],
     subject=f"RE:[CASE {C11}] Merge certification accounts", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(html, "html", cte="quoted-printable"), trace_hdrs=trace("proton", s, LIAM[1], d),
     new=html_to_text(html), case_id=C11, verified=True)

# 47. Ito: request for more information, ISO-2022-JP
d = U(2025, 10, 14, 2, 40, 19)
new = f"""伊藤 理恵 様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。木村でございます。

アカウントの統合手続きにあたり、以下の情報をお知らせいただけますでしょうか。

 1. 各アカウントのサインインに使用しているメールアドレス
 2. 各アカウントに登録されている通知先メールアドレス
 3. どちらのアカウントを残すことをご希望か
 4. 統合をご希望される理由(例: 転職によりメールアドレスが変わった 等)

なお、ご記載いただいた受験者 ID {I_KEEP} 以外のアカウントについて、受験者 ID がお分かりでしたら併せてお知らせください。

お手数をおかけしますが、よろしくお願いいたします。

木村
AWS トレーニングと認定
{FORM_FOOT_JA}
"""
s = ses()
mail("re-case-account-assistance-ja-6", "support_reply", "ja", frm=FORM, to=[ITO],
     subject=f"RE:[CASE {C10}] {FORMSUBJ}", addr_charset="iso-2022-jp",
     date=fmt(d), msgid=ses_msgid(d), body=leaf(new, charset="iso-2022-jp", cte="7bit"),
     trace_hdrs=trace("gmail", s, ITO[1], d), new=new, case_id=C10, verified=True)

# 48. Yamada: "ご確認ありがとうございます。これより進めます" over the quoted thread
d = U(2025, 5, 28, 1, 30, 44)
new = """山田 太郎 様

ご確認いただきありがとうございます。
これより統合の手続きを進めてまいります。作業が終わりましたら、改めてご連絡いたします。

斎藤
"""
s = ses()
mail("re-case-account-assistance-ja-7", "support_reply", "ja", frm=FORM, to=[YAMADA],
     subject=f"RE:[CASE {C4}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new + YQ + FORM_FOOT_JA + "\n", cte="base64"),
     trace_hdrs=trace("gmail", s, YAMADA[1], d), new=new + FORM_FOOT_JA, quoted=YQ, case_id=C4, verified=True)

# 49. Sato forwards (docomo, Shift_JIS base64) the "we'll tell you when it's finished" reply
d = U(2025, 11, 6, 9, 40, 57, JST)
note = """念のため保存

"""
fwd = f"""-------- 転送元のメッセージ --------
送信元: Amazon Web Services <no-reply-aws@amazon.com>
日時: 2025/11/06 09:02
件名: RE:[CASE {C5}] 認定アカウントが2つあります

佐藤 様

ご返信いただきありがとうございます。ご同意の内容を確認いたしました。

担当部署にて作業を開始しております。統合が完了しましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちください。

西村
Amazon Web Services
"""
mail("tensou-re-case-nintei-account-2", "support_reply", "ja", frm=SATO_DOCOMO, to=[SATO],
     subject=f"転送: RE:[CASE {C5}] 認定アカウントが2つあります", subj_charset="shift_jis", addr_charset="shift_jis",
     date=fmt(d), msgid="<%s.%s@docomo.ne.jp>" % (alnum(10), hexs(8)),
     body=leaf(note + fwd, charset="shift_jis", cte="base64"),
     trace_hdrs=["Received: from mfsmax.docomo.ne.jp (mfsmax.docomo.ne.jp [203.138.181.%d])\n\tby mta-snd-w%02d.mail.nifty.com with ESMTP\n\tid <%s@mta-rcv.nifty.com> for <%s>; %s" % (
         R.randrange(10, 250), R.randrange(1, 20), alnum(14), SATO[1], fmt(d + timedelta(seconds=4), JST))],
     new=note, quoted=fwd, case_id=C5, verified=None, xmailer="X-Mailer: docomo mail app")

# 50. Nakamura: agent answers inline below the user's quoted questions (bottom-posted)
d = U(2025, 7, 17, 0, 55, 3)
q1 = "> 統合すると、今持っている50%割引の特典は消えてしまいますか?\n"
q2 = "> どれくらい時間がかかりますか?\n"
new = f"""中村 様

ご返信ならびにご同意いただきありがとうございます。ご質問について回答いたします。

{q1}
特典は存続するアカウント({N_KEEP})に引き継がれますので、ご安心ください。

{q2}
現在、担当部署にて作業を進めております。通常1〜3営業日ほどで完了いたします。完了しましたら本ケースにてご連絡いたします。

小野
Amazon Web Services
{CONSOLE_FOOT_JA.format(cid=C8)}
"""
s = ses()
mail("re-case-togo-onegai-3", "support_reply", "ja", frm=CONSOLE, to=[NAKAMURA],
     subject=f"RE:[CASE {C8}] 認定アカウントの統合のお願い", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("biglobe", s, NAKAMURA[1], d),
     new=new.replace(q1, "").replace(q2, ""), quoted=q1 + q2, case_id=C8, verified=True)

# 51. Kobayashi: follow-up, still need help?, repeats earlier request; charset label Shift_JIS but UTF-8 bytes
d = U(2026, 3, 24, 1, 12, 48)
new = f"""小林 真由美 様

AWS トレーニングと認定の村上です。

先日ご連絡した件について、その後いかがでしょうか。引き続きサポートが必要でしょうか。

前回のメールでお願いした以下の情報を、まだ確認できておりません。
 ・{sp('AWS44019283')} のサインイン用メールアドレス
 ・もう一方のアカウントの受験者 ID、またはサインイン用メールアドレス
 ・残すアカウントのご希望

5営業日以内にご返信がない場合、本ケースはクローズさせていただきます。ご不明な点がございましたら、本メールにご返信ください。

村上
AWS トレーニングと認定
{FORM_FOOT_JA}
"""
s = ses()
mail("re-case-account-assistance-ja-8", "support_reply", "ja", frm=FORM, to=[KOBAYASHI],
     subject=f"RE:[CASE {C13}] {FORMSUBJ}", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, charset="utf-8", label="Shift_JIS", cte="base64"),
     trace_hdrs=trace("ocn", s, KOBAYASHI[1], d), new=new, case_id=C13, verified=True)

# ================================================================ unrelated
# 52. Seller Central case (10-digit) that uses "merged" about product listings
d = U(2025, 7, 22, 19, 4, 50)
new = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the duplicate detail pages you reported for your listing "Okafor Outdoors Insulated Camp Mug 16 oz". ASIN B0D8K7QX2L has been merged into ASIN B0C9P4TNW1, and your offer now appears on the surviving detail page. Please allow up to 48 hours for the change to be reflected in search results.

If you have further questions about this issue, reply to this case through Seller Central.

Was this response helpful? Please rate it in Seller Central.

Thank you for selling on Amazon,
Ravi
Amazon Selling Partner Support

To view this case in Seller Central: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SELLER}
"""
s = ses()
mail("re-case-listing-detail-page", "unrelated", "en", frm=("Amazon Selling Partner Support", "seller-support-no-reply@amazon.com"),
     to=[DANIEL], subject=f"RE:[CASE {SELLER}] Duplicate detail pages - request to merge ASINs", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("outlook", s, DANIEL[1], d),
     new=new, case_id=SELLER, verified=True)

# 53. Emily: EC2 service quota case on her AWS account
d = U(2025, 9, 1, 6, 31, 22)
new = f"""Hello,

Thank you for your patience. I'm pleased to let you know that your request to increase "Running On-Demand G and VT instances" in US East (N. Virginia) from 0 to 16 vCPUs has been approved and applied to account 4418-2097-3365.

It can sometimes take up to 30 minutes for the new limit to become available. You can view your current quotas in the Service Quotas console.

Best regards,
Jorge
Amazon Web Services

{RATE_EN}
{CONSOLE_FOOT.format(cid=C15, lang='en')}
"""
s = ses()
mail("re-case-service-quota", "unrelated", "en", frm=CONSOLE, to=[EMILY],
     subject=f"RE:[CASE {C15}] Service Quota Increase: EC2 Instances", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("gmail", s, EMILY[1], d),
     new=new, case_id=C15, verified=True)

# 54. GitHub "merged" notification
d = U(2025, 9, 25, 15, 44, 3)
new = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightlane/infra-modules/pull/482#event-19873461022
You are receiving this because you authored the thread.

Message ID: <brightlane/infra-modules/pull/482/issue_event/19873461022@github.com>
"""
html = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/brightlane/infra-modules/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightlane/infra-modules/pull/482#event-19873461022">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
s = generic("github.com", "out-21.smtp.github.com", "192.30.252.204", "noreply@github.com", selector="pf2023", policy="REJECT")
mail("github-pr-482-merged", "unrelated", "en", frm=("tom-whitfield", "notifications@github.com"), to=[("brightlane/infra-modules", "infra-modules@noreply.github.com")],
     cc=[PRIYA, ("Author", "author@noreply.github.com")],
     subject="Re: [brightlane/infra-modules] Merge duplicate cert-tracking modules into aws-accounts (PR #482)",
     date=fmt(d), msgid="<brightlane/infra-modules/pull/482/issue_event/19873461022@github.com>",
     in_reply_to="<brightlane/infra-modules/pull/482@github.com>", references="<brightlane/infra-modules/pull/482@github.com>",
     body=alt(leaf(new, cte="7bit", charset="UTF-8"), leaf(html, "html", cte="7bit", charset="UTF-8")),
     trace_hdrs=trace("o365", s, PRIYA[1], d), new=new, verified=False,
     extra=["List-ID: brightlane/infra-modules <infra-modules.brightlane.github.com>", "X-GitHub-Reason: author", "X-GitHub-Sender: tom-whitfield"])

# 55. Daniel: Credly's own account-merge verification code
d = U(2025, 6, 12, 2, 17, 35)
code = "%06d" % R.randrange(0, 10**6)
txt = f"""Hi Daniel,

We received a request to merge another Credly account into this one.

Your verification code is: {code}

Enter this code on the Account Merge page to continue, or use the link below:
Complete Account Merge: https://www.credly.com/users/account_merge/verify?token={hexs(40)}

This code expires in 30 minutes. If you didn't request this, you can ignore this email - no changes will be made.

The Credly Team
"""
html = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">" + "".join(
    "<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</body></html>\n"
s = credly()
mail("credly-account-merge-code", "unrelated", "en", frm=("Credly", "admin@credly.com"), to=[DANIEL],
     subject="Your Credly account merge verification code", date=fmt(d), msgid="<%s@credly.com>" % hexs(32),
     body=alt(leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")),
     trace_hdrs=trace("outlook", s, DANIEL[1], d), new=txt, verified=True)

# 56. Tom (colleague) writes to Priya from his phone; internal mail, no Authentication-Results
d = U(2025, 9, 17, 13, 22, 8)
new = """No objection from me - go ahead and send them the OK. The partner portal only checks the cert, not the candidate ID.

FWIW I had the same mess last year, mine is AWS 20558716 now and it took them about 3 days. Check that your Credly badges come across afterwards, mine didn't until I asked.

Tom

Sent from my iPhone
"""
tr = ["Received: from %s.namprd12.prod.outlook.com (2603:10b6:%x::%x) by\n %s.namprd12.prod.outlook.com with HTTPS; %s" % (
          "SA1PR12MB%04d" % R.randrange(1000, 9999), R.randrange(256, 4095), R.randrange(1, 64), "BL1PR12MB%04d" % R.randrange(1000, 9999), fmt(d + timedelta(seconds=1))),
      "Received: from %s.namprd12.prod.outlook.com ([fe80::%x:%x:%x:%x]) by\n %s.namprd12.prod.outlook.com ([fe80::%x:%x:%x:%x%%5]) with mapi id\n 15.20.9137.014; %s" % (
          "SA1PR12MB%04d" % R.randrange(1000, 9999), *[R.randrange(4096, 65535) for _ in range(4)], "SA1PR12MB%04d" % R.randrange(1000, 9999), *[R.randrange(4096, 65535) for _ in range(4)], fmt(d))]
mail("re-cert-accounts-quick-q", "unrelated", "en", frm=TOM, to=[PRIYA],
     subject="Re: quick q - AWS cert accounts", date=fmt(d), msgid="<%s@%s.namprd12.prod.outlook.com>" % (alnum(40), alnum(12)),
     in_reply_to="<%s@%s.namprd12.prod.outlook.com>" % (alnum(40), alnum(12)),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=tr, new=new, verified=None,
     extra=["Thread-Topic: quick q - AWS cert accounts", "Thread-Index: %s" % b64r(22), "X-MS-Exchange-Organization-AuthAs: Internal", "X-MS-Exchange-Organization-AuthSource: SA1PR12MB%04d.namprd12.prod.outlook.com" % R.randrange(1000, 9999)])

# 57. Yamada: CertMetrics "we want to hear from you" (Japanese), mentions his candidate ID
d = U(2025, 8, 5, 3, 20, 11)
new = f"""山田 太郎 様

AWS 認定をご利用いただきありがとうございます。

AWS 認定プログラムの改善のため、認定取得者の皆様にご意見をお聞きしています。
以下のリンクから、10分程度のアンケートにご協力ください。

アンケートに回答する: https://www.certmetrics.com/amazon/survey/default.aspx?id={hexs(32)}

受験者 ID: {Y_KEEP}

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。

AWS Certification
"""
s = generic("certmetrics.com", "o%d.ptr%d.certmetrics.com" % (R.randrange(1, 9), R.randrange(1000, 9999)), "167.89.%d.%d" % (R.randrange(1, 250), R.randrange(1, 250)),
            "bounces+%d@em.certmetrics.com" % R.randrange(10**6, 10**7), selector="s1", policy="NONE")
mail("certmetrics-goiken", "unrelated", "ja", frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[YAMADA],
     subject="AWS 認定より: ご意見をお聞かせください", date=fmt(d), msgid="<%s@certmetrics.com>" % hexs(32),
     body=leaf(new, cte="base64"), trace_hdrs=trace("gmail", s, YAMADA[1], d), new=new, verified=False)

# 58. Nakamura: Pearson VUE appointment confirmation (Japanese)
d = U(2025, 8, 20, 7, 2, 44)
new = f"""中村 弘 様

Pearson VUE をご利用いただきありがとうございます。以下の試験の予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
日時: 2025年9月13日(土) 10:00 JST
会場: オンライン監督付き試験 (OnVUE)
受験者 ID: {N_KEEP}
登録番号: {R.randrange(400000000, 499999999)}

試験開始の30分前からチェックインが可能です。システム要件を事前にご確認ください。

予約の変更・キャンセルは、試験開始の24時間前までに行ってください。

Pearson VUE
"""
s = generic("pearson.com", "mta-%d.pearson.com" % R.randrange(10, 99), "159.182.%d.%d" % (R.randrange(1, 250), R.randrange(1, 250)),
            "pearsonvuecustomerservice@pearson.com", selector="pvue", policy="QUARANTINE")
mail("pearson-vue-yoyaku", "unrelated", "ja", frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=[NAKAMURA],
     subject="Pearson VUE 試験予約確認のお知らせ", date=fmt(d), msgid="<%s@pearson.com>" % hexs(24),
     body=leaf(new, cte="quoted-printable"), trace_hdrs=trace("biglobe", s, NAKAMURA[1], d), new=new, verified=False)

# 59. Sato: Credly badge expiry reminder (Japanese)
d = U(2026, 1, 20, 0, 30, 12)
txt = """佐藤 美咲 様

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が 2026年3月15日 に近づいています。

有効期限が切れると、バッジはプロフィール上で「期限切れ」と表示されます。再認定の方法については発行元の案内をご確認ください。

Credly
"""
html = "<html><body style=\"font-family:sans-serif\">" + "".join("<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</body></html>\n"
s = credly()
mail("credly-yukokigen", "unrelated", "ja", frm=("Credly", "admin@credly.com"), to=[SATO],
     subject="バッジの有効期限が近づいています", date=fmt(d), msgid="<%s@credly.com>" % hexs(32),
     body=alt(leaf(txt, cte="base64"), leaf(html, "html", cte="base64")),
     trace_hdrs=trace("nifty", s, SATO[1], d), new=txt, verified=True)

# 60. Yamada: billing case (Japanese), "請求をまとめる" wording
d = U(2025, 12, 3, 5, 18, 40)
new = f"""山田 様

AWS サポートの田中です。お問い合わせいただきありがとうございます。

ご質問の、2つの AWS アカウントの請求を1つにまとめる方法についてご案内いたします。
AWS Organizations を作成し、もう一方のアカウントを組織に招待していただくことで、一括請求(コンソリデーティッドビリング)をご利用いただけます。
なお、アカウント自体が統合されるわけではなく、各アカウントのリソースはそれぞれのアカウントに残ります。

手順: https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

田中
Amazon Web Services
{CONSOLE_FOOT_JA.format(cid=C14)}
"""
s = ses()
mail("re-case-seikyu", "unrelated", "ja", frm=CONSOLE, to=[YAMADA],
     subject=f"RE:[CASE {C14}] 請求について: 2つのアカウントの請求をまとめたい", date=fmt(d), msgid=ses_msgid(d),
     body=leaf(new, cte="base64"), trace_hdrs=trace("gmail", s, YAMADA[1], d), new=new, case_id=C14, verified=True)

# 61. Suzuki: look-alike phishing about account suspension (not about the merge)
d = U(2026, 2, 10, 0, 41, 9)
txt = """鈴木 様

お客様の AWS アカウントで異常なサインインが検出されたため、アカウントを一時的に停止しました。
24時間以内に以下のリンクから本人確認を完了しない場合、アカウントは完全に削除されます。

本人確認: https://aws-security-jp.com/verify?id=8f2a91

Amazon Web Services セキュリティチーム
"""
html = "<html><body>" + "".join("<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</body></html>\n"
s = generic("aws-security-jp.com", "mail.aws-security-jp.com", "45.142.%d.%d" % (R.randrange(1, 250), R.randrange(1, 250)),
            "noreply@aws-security-jp.com", selector="mail")
mail("aws-account-teishi", "unrelated", "ja", frm=("Amazon Web Services", "noreply@aws-security-jp.com"), to=[SUZUKI],
     subject="【重要】AWS アカウントが一時停止されました", date=fmt(d), msgid="<%s@aws-security-jp.com>" % hexs(20),
     body=alt(leaf(txt, cte="base64"), leaf(html, "html", cte="base64")),
     trace_hdrs=trace("o365", s, SUZUKI[1], d), new=txt, verified=False)

# ================================================================ write
def main():
    assert len(MAILS) == 60, len(MAILS)
    order = list(range(len(MAILS)))
    R2 = random.Random(5757)
    R2.shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        new_ids = ids_in(m["new"])
        q_ids = ids_in(m["quoted"])
        fwd_like = m["slug"].startswith(("fwd-", "fw-", "tensou-"))
        if fwd_like:
            assert set(q_ids) <= set(new_ids), (m["slug"], q_ids, new_ids)
        name = "%03d-%s.eml" % (n, m["slug"])
        data = render(m)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        labels[name] = {"kind": m["kind"], "case_id": m["case_id"], "account_ids": new_ids,
                        "sender_verified": m["verified"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
    print("wrote", len(labels))

if __name__ == "__main__":
    main()
