#!/usr/bin/env python3
"""Generate blind test set 99: realistic .eml files around AWS Certification account merges.

Writes NNN-slug.eml files and labels.json into the folder of this script.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy as _policy
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email import quoprimime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(99)
UTC = timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
CET = ZoneInfo("Europe/Berlin")
NL = "\n"

LABELS = {}
ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)


# ----------------------------------------------------------------- small utils
def rhex(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(RND.getrandbits(8) for _ in range(n))).decode()


def ralnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RND.choice(chars) for _ in range(n))


def dt_utc(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def fmt(dt, tz=None):
    if tz is not None:
        dt = dt.astimezone(tz)
    out = format_datetime(dt)
    if tz is PT:
        out += " (%s)" % dt.tzname()
    return out


def case15(dt):
    """15-digit display id: Unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), RND.randint(100, 1999))


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_mailfrom(dt):
    ms = int(dt.timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def gmail_msgid():
    return "<CA%s%s@mail.gmail.com>" % (ralnum(30), ralnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+="))


def outlook_msgid(dom="namprd12.prod.outlook.com"):
    box = "SA1PR12MB%d" % RND.randint(1000, 9999)
    return "<%s%s@%s.%s>" % (box, ralnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), box, dom)


def ew(text, charset="utf-8", enc="B", chunk=None, maxbytes=39):
    """RFC 2047 encoded words (each at most `maxbytes` raw bytes), folded onto new lines."""
    if all(ord(c) < 128 for c in text):
        return text
    pieces, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(charset)) > maxbytes:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    pieces.append(cur)
    words = []
    cs = "ISO-2022-JP" if charset == "iso-2022-jp" else charset.upper()
    for piece in pieces:
        raw = piece.encode(charset)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode()))
        else:
            words.append(quoprimime.header_encode(raw, cs))
    return (NL + " ").join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


def fold(s, width=76):
    """Fold a long structured header value at '; ' boundaries."""
    parts = s.split("; ")
    lines, cur = [], ""
    for i, p in enumerate(parts):
        tok = p + (";" if i < len(parts) - 1 else "")
        if cur and len(cur) + 1 + len(tok) > width:
            lines.append(cur)
            cur = tok
        else:
            cur = (cur + " " + tok) if cur else tok
    lines.append(cur)
    return (NL + "\t").join(lines)


# ----------------------------------------------------------------- MIME bodies
def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, enc_errors="strict"):
    data = text.encode(charset, enc_errors)
    part = MIMENonMultipart("text", subtype, charset=(label or charset))
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or ("--==_mimepart_" + rhex(16)))
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def mixed(*parts, boundary=None, subtype="mixed"):
    m = MIMEMultipart(subtype, boundary=boundary or ("----=_Part_%d_%d.%d" % (
        RND.randint(100000, 999999), RND.randint(10**8, 10**9), RND.randint(10**12, 10**13))))
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def html_wrap(inner, title="", lang="en"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\">\n<title>%s</title>\n</head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e\">\n%s\n</body>\n</html>\n"
            % (lang, title, inner))


def paras_html(text):
    """Turn plain paragraphs into simple HTML paragraphs (keeps the same words)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        esc = block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def body_bytes(part):
    """Serialize a MIME part (with its own Content-* headers) with LF line ends."""
    del part["MIME-Version"]
    buf = io.BytesIO()
    pol = _policy.compat32.clone(linesep="\n")
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(part)
    return buf.getvalue()


# ----------------------------------------------------------------- transport headers
SES_IPS = ["54.240.8.31", "54.240.8.87", "54.240.11.12", "54.240.4.18", "54.240.3.7", "54.240.8.10",
           "54.240.48.95", "23.251.226.3"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def dkim_sig(domain, selector, dt, hdrs="Subject:From:To:Date:MIME-Version:Content-Type:Message-ID"):
    return fold("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; h=%s; bh=%s; b=%s"
                % (selector, domain, int(dt.timestamp()), hdrs, rb64(32), rb64(192)))


AMZ_SEL = "yg4mwqurec7fkhzutopddd3ytuaqrvuz"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def aws_dkim(dt, from_domain="amazon.com"):
    h = [("DKIM-Signature", dkim_sig(from_domain, AMZ_SEL if from_domain == "amazon.com" else "rte1" + ralnum(4).lower(), dt))]
    h.append(("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, dt,
                                         "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID")))
    return h


def gmail_ar(dkim_domains, mailfrom, ip, from_domain, dmarc="pass", p="QUARANTINE", sp="QUARANTINE",
             dis="NONE", spf="pass"):
    items = ["mx.google.com"]
    for d in dkim_domains:
        res = "pass"
        if isinstance(d, tuple):
            d, res = d
        items.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, "s1", ralnum(8)))
    mdom = mailfrom.split("@")[-1]
    if spf == "pass":
        items.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    else:
        items.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (spf, mailfrom, ip, mailfrom))
    items.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, p, sp, dis, from_domain))
    return (";" + NL + "       ").join(items)


def gmail_chain(to, from_host, ip, dt, ar, mailfrom, arc=True):
    t = fmt(dt + timedelta(seconds=RND.randint(1, 4)), PT)
    t2 = fmt(dt + timedelta(seconds=RND.randint(5, 9)), PT)
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;%s        %s"
          % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(8).lower(), NL, t2)),
         ("X-Google-Smtp-Source", ralnum(60) + "=="),
         ("X-Received", "by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;%s        %s"
          % (rhex(3), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(16).lower(), RND.randint(1000, 9999),
             int(dt.timestamp()) * 1000 + RND.randint(0, 999), NL, t2))]
    if arc:
        h += [("ARC-Seal", fold("i=1; a=rsa-sha256; t=%d; cv=none; d=google.com; s=arc-20240605; b=%s"
                                % (int(dt.timestamp()), rb64(160)))),
              ("ARC-Message-Signature", fold("i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605; "
                                             "h=feedback-id:mime-version:subject:message-id:to:from:date:dkim-signature; "
                                             "bh=%s; fh=%s; b=%s" % (rb64(32), rb64(32), rb64(160)))),
              ("ARC-Authentication-Results", "i=1; " + ar)]
    h += [("Return-Path", "<%s>" % mailfrom),
          ("Received", "from %s (%s. [%s])%s        by mx.google.com with ESMTPS id %s.%d.%d.%d%s"
           "        for <%s>%s        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);%s        %s"
           % (from_host, from_host, ip, NL, ralnum(16).lower(), RND.randint(1, 999), RND.randint(1, 99),
              RND.randint(1000, 9999), NL, to, NL, NL, t)),
          ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
           % (mailfrom, ip, ip)),
          ("Authentication-Results", ar)]
    return h


def o365_ar(ip, mailfrom_dom, dkim_d, from_dom, spf="pass", dkim="pass", dmarc="pass", action="none",
            compauth="pass reason=100"):
    spf_txt = "spf=%s (sender IP is %s) smtp.mailfrom=%s" % (spf, ip, mailfrom_dom)
    if dkim == "pass":
        dk = "dkim=pass (signature was verified) header.d=%s" % dkim_d
    elif dkim == "none":
        dk = "dkim=none (message not signed) header.d=none"
    else:
        dk = "dkim=fail (body hash did not verify) header.d=%s" % dkim_d
    return "%s; %s;dmarc=%s action=%s header.from=%s;compauth=%s" % (spf_txt, dk, dmarc, action, from_dom, compauth)


def o365_chain(tenant_box, from_host, ip, dt, ar, mailfrom_dom, region="namprd12"):
    b1 = "%s%s" % (tenant_box, "")
    fe = "BN2PEPF0000%s.namprd04.prod.outlook.com" % ralnum(4, "0123456789ABCDEF")
    ca = "BN9PR03CA0%s.namprd03.prod.outlook.com" % RND.randint(100, 999)
    t = fmt(dt + timedelta(seconds=2), UTC)
    h = [("Received", "from %s.%s.prod.outlook.com (2603:10b6:806:%s::%d) by%s MN0PR12MB%d.%s.prod.outlook.com with HTTPS; %s"
          % (b1, region, rhex(3), RND.randint(2, 20), NL + " ", RND.randint(1000, 9999), region, t)),
         ("Received", "from %s (2603:10b6:408:%s::%d) by%s %s.%s.prod.outlook.com%s (2603:10b6:806:%s::%d) with Microsoft SMTP Server%s"
          " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id%s 15.20.9137.%d; %s"
          % (ca, rhex(3), RND.randint(2, 40), NL + " ", b1, region, NL + " ", rhex(3), RND.randint(2, 20), NL + " ",
             NL + " ", RND.randint(5, 19), t)),
         ("Received", "from %s%s (2603:10b6:408:138:cafe::%d) by %s.outlook.office365.com%s (2603:10b6:408:138::32) with Microsoft SMTP Server"
          " (version=TLS1_3,%s cipher=TLS_AES_256_GCM_SHA384) id 15.20.9137.%d via Frontend Transport; %s"
          % (fe, NL + " ", RND.randint(1, 9), ca.split(".")[0], NL + " ", NL + " ", RND.randint(5, 19), t)),
         ("Authentication-Results", ar),
         ("Received-SPF", "Pass (protection.outlook.com: domain of %s%s designates %s as permitted sender)%s receiver=protection.outlook.com; client-ip=%s;%s helo=%s; pr=C"
          % (mailfrom_dom, NL + " ", ip, NL + " ", ip, NL + " ", from_host)),
         ("Received", "from %s (%s) by%s %s (10.167.243.%d) with Microsoft SMTP Server (version=TLS1_3,%s"
          " cipher=TLS_AES_256_GCM_SHA384) id 15.20.9137.%d via Frontend Transport; %s"
          % (from_host, ip, NL + " ", fe.replace(".namprd04.prod.outlook.com", ".mail.protection.outlook.com"),
             RND.randint(10, 250), NL + " ", RND.randint(5, 19), fmt(dt + timedelta(seconds=1), UTC)))]
    return h


def o365_tail():
    return [("X-MS-Exchange-Organization-ExpirationStartTime", "0"),
            ("X-MS-Exchange-Organization-Network-Message-Id", "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
            ("X-MS-Exchange-Organization-AuthSource", "BN2PEPF000044A9.namprd04.prod.outlook.com"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|%d|%d;" % (RND.randint(10**6, 10**7), RND.randint(10**6, 10**7)))]


def jp_chain(authserv, rcv_host, to, from_host, ip, dt, ar_body, mailfrom):
    t = fmt(dt + timedelta(seconds=RND.randint(2, 6)), JST)
    mf = "mfilter%02d.%s" % (RND.randint(1, 20), authserv)
    return [("Return-Path", "<%s>" % mailfrom),
            ("Received", "from %s by %s with ESMTP%s id <2%s%s@%s>%s for <%s>; %s"
             % (mf, rcv_host, NL + "          ", rhex(10), rhex(6), rcv_host, NL + "          ", to, t)),
            ("Authentication-Results", "%s; %s" % (authserv, ar_body)),
            ("Received", "from %s (%s [%s])%s by %s with ESMTPS; %s"
             % (from_host, from_host, ip, NL + "          ", mf, t))]


def jp_ar(mailfrom, dkim_d, from_dom, dmarc="pass", p="quarantine", spf="pass", dkim="pass"):
    return (("spf=%s smtp.mailfrom=%s;" + NL + "\tdkim=%s header.d=%s;" + NL
             + "\tdmarc=%s (p=%s dis=none) header.from=%s") % (spf, mailfrom, dkim, dkim_d, dmarc, p, from_dom))


def fastmail_chain(to, from_host, ip, dt, mailfrom, dkim_d, from_dom, dmarc="pass", p="quarantine"):
    t = fmt(dt + timedelta(seconds=3), UTC)
    ar = ("mx%d.messagingengine.com;" + NL + "    dkim=pass (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=s1;"
          + NL + "    %s"
          + NL + "    spf=pass smtp.mailfrom=%s smtp.helo=%s") % (RND.randint(1, 9), dkim_d, dkim_d, ralnum(8),
              ("dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;" % (dmarc, p, p, from_dom))
              if dmarc != "none" else ("dmarc=none (no DMARC record found) header.from=%s;" % from_dom), mailfrom, from_host)
    return [("Return-Path", "<%s>" % mailfrom),
            ("Received", "from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])%s by sloti%d.nyi.internal (Cyrus 3.13.0-alpha0-%s) with LMTPA;%s %s"
             % (RND.randint(1, 9), RND.randint(1, 9), RND.randint(40, 49), NL + "\t ", RND.randint(30, 60), rhex(7), NL + "\t ", t)),
            ("X-Cyrus-Session-Id", "sloti%d-%d-%d-2-%d" % (RND.randint(30, 60), int(dt.timestamp()), RND.randint(100000, 999999), RND.randint(10**17, 10**18))),
            ("Authentication-Results", ar),
            ("Received", "from %s (%s [%s])%s by mx%d.messagingengine.com (Postfix) with ESMTPS id %s%s for <%s>; %s"
             % (from_host, from_host, ip, NL + "\t", RND.randint(1, 9), ralnum(10, "0123456789ABCDEF"), NL + "\t", to, t))]


def transport(prov, to, dt, from_dom, mailfrom, ip, host, dkim_ds, dmarc="pass", spf="pass", tenant="SA1PR12MB8120"):
    """Receiving-side headers (topmost first) for the mailbox provider `prov`."""
    mdom = mailfrom.split("@")[-1]
    main_d = dkim_ds[0] if dkim_ds else "none"
    if prov == "gmail":
        ar = gmail_ar(dkim_ds, mailfrom, ip, from_dom, dmarc=dmarc, spf=spf,
                      p="QUARANTINE" if from_dom == "amazon.com" else ("REJECT" if from_dom in ("credly.com", "github.com") else "NONE"),
                      sp="QUARANTINE" if from_dom == "amazon.com" else "NONE")
        return gmail_chain(to, host, ip, dt, ar, mailfrom)
    if prov in ("o365", "outlookcom"):
        ar = o365_ar(ip, mdom, main_d, from_dom, spf=spf, dkim="pass" if dkim_ds else "none", dmarc=dmarc,
                     action="none" if dmarc == "pass" else ("quarantine" if dmarc == "fail" else "none"),
                     compauth="pass reason=100" if dmarc == "pass" else "fail reason=000")
        ch = o365_chain(tenant, host, ip, dt, ar, mdom, region="namprd12" if prov == "o365" else "eurprd07")
        if spf != "pass":
            ch = [(k, v.replace("Pass (protection.outlook.com: domain of", "SoftFail (protection.outlook.com: domain of transitioning")
                   .replace("designates", "discourages use of").replace("as permitted sender", "as permitted sender") if k == "Received-SPF" else v)
                  for k, v in ch]
        return ch
    if prov == "nifty":
        return jp_chain("nifty.com", "mta-rcv-e03.mail.nifty.com", to, host, ip, dt,
                        jp_ar(mailfrom, main_d, from_dom, dmarc=dmarc, spf=spf), mailfrom)
    if prov == "biglobe":
        return jp_chain("biglobe.ne.jp", "mail-rcv02.biglobe.ne.jp", to, host, ip, dt,
                        jp_ar(mailfrom, main_d, from_dom, dmarc=dmarc, spf=spf), mailfrom)
    if prov == "fastmail":
        return fastmail_chain(to, host, ip, dt, mailfrom, main_d, from_dom, dmarc=dmarc)
    if prov == "none":  # corporate relay that adds no Authentication-Results
        t = fmt(dt + timedelta(seconds=RND.randint(3, 20)), JST)
        return [("Return-Path", "<%s>" % mailfrom),
                ("Received", "from gw02.mail.kaede-sys.co.jp (gw02.mail.kaede-sys.co.jp [10.40.1.12])%s by mbox01.kaede-sys.co.jp (Postfix) with ESMTP id %s%s for <%s>; %s"
                 % (NL + "\t", ralnum(10, "0123456789ABCDEF"), NL + "\t", to, t)),
                ("Received", "from %s (%s [%s])%s by gw02.mail.kaede-sys.co.jp (Postfix) with ESMTPS id %s%s for <%s>; %s"
                 % (host, host, ip, NL + "\t", ralnum(10, "0123456789ABCDEF"), NL + "\t", to, t)),
                ("X-Virus-Scanned", "amavisd-new at kaede-sys.co.jp")]
    raise ValueError(prov)


# ----------------------------------------------------------------- assembling
def build(fname, kind, lang, top_headers, msg_headers, body_part, case_id, verified, new_text,
          crlf=False, extra_ids=None):
    """top_headers: list of (name, value) for transport; msg_headers: From/To/Subject/... in order."""
    lines = []
    for name, value in list(top_headers) + list(msg_headers):
        if value is None:
            continue
        lines.append("%s: %s" % (name, value))
    head = (NL.join(lines) + NL).encode("ascii")
    raw = head + body_bytes(body_part)
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    ids = sorted({"AWS" + m for m in ID_RE.findall(new_text)} | set(extra_ids or []))
    assert kind in KINDS, kind
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                     "sender_verified": verified, "language": lang}


KINDS = {"case_created", "merge_confirmation_requested", "merge_completed", "survey",
         "credly_badge_issued", "support_reply", "unrelated"}


def std_headers(frm, to, subject, date, msgid, extra=None, mime=True):
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    if extra:
        h += extra
    if mime:
        h.append(("MIME-Version", "1.0"))
    return h


def aws_extra(dt, ip):
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(30)),
            ("X-SES-Outgoing", dt.strftime("%Y.%m.%d-") + ip)]


# ----------------------------------------------------------------- people / accounts
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


def aws_send(fname, kind, lang, prov, to, dt, subject, body, new_text, case_id, sender=FORM, extra=None,
             subject_raw=False, dmarc="pass", verified=True, msgid=None, crlf=False, tenant="SA1PR12MB8120"):
    """Genuine AWS support mail sent through SES to mailbox provider `prov`."""
    ip = RND.choice(SES_IPS)
    mf = ses_mailfrom(dt)
    top = transport(prov, to, dt, "amazon.com", mf, ip, ses_host(ip), ["amazon.com", "amazonses.com"],
                    dmarc=dmarc, tenant=tenant)
    top = top + aws_dkim(dt)
    if prov in ("o365", "outlookcom"):
        top = top + o365_tail()
    hdr = std_headers(addr(*sender), to, subject if subject_raw else ew(subject), fmt(dt, UTC),
                      msgid or ses_msgid(dt), (extra or []) + aws_extra(dt, ip))
    if prov == "none":
        verified = None
    build(fname, kind, lang, top, hdr, body, case_id, verified, new_text, crlf=crlf)


def credly_send(fname, kind, lang, prov, to, dt, subject, body, new_text, sender_name, verified=True,
                case_id=None):
    ip = "149.72.%d.%d" % (RND.randint(100, 250), RND.randint(2, 250))
    host = "o%d.em.credly.com" % RND.randint(1, 9)
    mf = "bounces+%d-%s-%s@em.credly.com" % (RND.randint(1000000, 9999999), rhex(4), to.replace("@", "="))
    top = transport(prov, to, dt, "credly.com", mf, ip, host, ["credly.com", "sendgrid.info"])
    top = top + [("DKIM-Signature", dkim_sig("credly.com", "s1", dt, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to")),
                 ("DKIM-Signature", dkim_sig("sendgrid.info", "smtpapi", dt, "from:subject:mime-version:content-type:to:cc"))]
    if prov in ("o365", "outlookcom"):
        top = top + o365_tail()
    hdr = std_headers(addr(sender_name, "admin@credly.com"), to, ew(subject), fmt(dt, UTC),
                      "<%s@geopod-ismtpd-%d>" % (ralnum(22), RND.randint(1, 60)),
                      [("X-SG-EID", ralnum(80) + "=="), ("X-Entity-ID", "u001." + ralnum(22))])
    if prov == "none":
        verified = None
    build(fname, kind, lang, top, hdr, body, case_id, verified, new_text)


# === MAILS ===
# ---------------------------------------------------------------- thread A: Kenji Watanabe (ja, Gmail, form case)
KENJI = ("渡辺 健二", "kenji.watanabe.dev@gmail.com")
CASE_A = "174835326700571"
SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"


@mail
def m001():
    dt = dt_utc(2025, 5, 27, 13, 41, 52)
    txt = """渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。

ケース ID: %s
お問い合わせの種類: AWS トレーニングと認定 - 認定
詳細: アカウントの統合
AWS 候補者 ID: AWS04417392

お問い合わせ内容:
転職前の会社のメールアドレスで作った認定アカウント (aws 07730158) と、現在使っているアカウントを一つにまとめたいです。古い方の資格(クラウドプラクティショナー)を今のアカウントに移してください。

同じ内容で新しいお問い合わせを作成されますと、対応が遅れる場合がございます。追記事項がございましたら、本メールにそのままご返信ください。

※ 本メールはお問い合わせの受付をお知らせするものです。回答は担当者から別途お送りします。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_A
    html = html_wrap(paras_html(txt), lang="ja")
    body = alt(leaf(txt, cte="base64"), leaf(html, "html", cte="base64"))
    subj = "お問い合わせを受け付けました [CASE %s] %s" % (CASE_A, SUBJ_A)
    aws_send("001-watanabe-0527.eml", "case_created", "ja", "gmail", KENJI[1], dt, subj, body, txt, CASE_A)


@mail
def m002():
    dt = dt_utc(2025, 5, 28, 23, 5, 19)
    new = """Hello Kenji,

Thank you for contacting AWS Training and Certification. My name is Rachel, and I'll be helping you with this case.

I'm sorry to reply in English. Our Japanese-speaking colleagues have a long queue this week and I did not want your request to wait. You are welcome to answer in Japanese or in English, whichever you prefer.

I searched our records and found two certification accounts that appear to be yours:

- AWS04417392 (sign-in e-mail: kenji.watanabe.dev@gmail.com)
- AWS07730158 (sign-in e-mail: k-watanabe@hoshizora-soft.co.jp)

Before I can prepare anything, I need a few details from you:

1. Which of the two accounts would you like to keep? The other one will be closed and its history moved over.
2. Do you still have access to the mailbox k-watanabe@hoshizora-soft.co.jp? If not, please tell us the notification e-mail you used for that account.
3. Are there any exam appointments currently scheduled on either account?

Please reply to this e-mail with the information above. Please do not open a new case for this request, as that may delay the handling.

Best regards,
Rachel M.
Amazon Web Services
Training and Certification Customer Support
"""
    quoted = """

----- Original Message -----
From: 渡辺 健二 <kenji.watanabe.dev@gmail.com>
Sent: 2025-05-27 13:41 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 候補者 ID: AWS04417392
内容: 転職前の会社のメールアドレスで作った認定アカウント (aws 07730158) と、現在使っているアカウントを一つにまとめたいです。古い方の資格(クラウドプラクティショナー)を今のアカウントに移してください。
"""
    body = leaf(new + quoted, cte="quoted-printable")
    subj = "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)
    aws_send("002-watanabe-0528.eml", "support_reply", "en", "gmail", KENJI[1], dt, subj, body, new, CASE_A)


@mail
def m003():
    dt = dt_utc(2025, 5, 29, 8, 47, 3)
    txt = """渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。
いつもお世話になっております。

5月29日にご返信いただいた内容をもとに、2つのアカウントのご本人確認を行いました。旧アカウントのメールアドレスは現在ご利用いただけないとのことでしたので、ご申告いただいた通知用メールアドレスで照合し、同一の方のアカウントであることを確認いたしました。また、いずれのアカウントにも予約済みの試験がないことも確認済みです。

つきましては、作業に着手する前に、以下の内容でよろしいかご確認ください。

残すアカウント: AWS04417392 (kenji.watanabe.dev@gmail.com)
統合されるアカウント: AWS07730158 (k-watanabe@hoshizora-soft.co.jp)

AWS07730158 の認定資格・受験履歴は AWS04417392 に移され、AWS07730158 は閉鎖されます。この操作は一度実施すると元に戻すことができません。

上記の内容で問題がなければ、本メールにご返信のうえ、統合に同意する旨をお知らせください。ご返信をいただくまで作業は行いません。

なお、統合後には次のようになります。
- 認定資格の有効期限は変わりません。
- 次回の試験で使える 50%% 割引特典は、残すアカウントから確認できます。
- Credly のデジタルバッジについては、統合後に Credly から別途メールが届きます。

よろしくお願いいたします。

佐々木
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    html_inner = """<p>渡辺 健二 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの佐々木です。<br>いつもお世話になっております。</p>
<p>5月29日にご返信いただいた内容をもとに、2つのアカウントのご本人確認を行い、同一の方のアカウントであることを確認いたしました。いずれのアカウントにも予約済みの試験はございません。</p>
<p>作業に着手する前に、以下の内容でよろしいかご確認をお願いいたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>区分</th><th>候補者 ID</th><th>メールアドレス</th></tr>
<tr><td>残すアカウント</td><td>AWS04417392</td><td>kenji.watanabe.dev@gmail.com</td></tr>
<tr><td>統合されるアカウント(閉鎖)</td><td>AWS07730158</td><td>k-watanabe@hoshizora-soft.co.jp</td></tr>
</table>
<p><b>この操作は元に戻すことができません。</b>内容に問題がなければ、本メールへのご返信で同意する旨をお知らせください。ご返信をいただくまで作業は行いません。</p>
<p>統合後、認定資格の有効期限は変わらず、50%% 割引特典は残すアカウントからご確認いただけます。Credly のバッジについては Credly から別途ご案内が届きます。</p>
<p>よろしくお願いいたします。</p>
<p>佐々木<br>Amazon Web Services<br>トレーニングと認定 カスタマーサポート</p>
<p style="font-size:11px;color:#666">ケース ID: %s</p>""" % CASE_A
    quoted = """
2025年5月29日(木) 9:12 渡辺 健二 <kenji.watanabe.dev@gmail.com>:
> ご連絡ありがとうございます。日本語で失礼します。
> 1. 残したいのは AWS04417392 です。
> 2. 旧会社のメールは使えません。通知用に kenji.w.0815@gmail.com を登録していたと思います。
> 3. 予約している試験はありません。
"""
    body = alt(leaf(txt + quoted, cte="base64"), leaf(html_wrap(html_inner, lang="ja"), "html", cte="base64"))
    subj = "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)
    aws_send("003-watanabe-0529.eml", "merge_confirmation_requested", "ja", "gmail", KENJI[1], dt, subj, body,
             txt + html_inner, CASE_A)


@mail
def m004():
    dt = dt_utc(2025, 5, 31, 2, 13, 44)
    new = """渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。

5月30日に統合内容についてご確認のご返信をいただき、ありがとうございました。
ご確認いただいた内容のとおり、AWS07730158 の認定資格および受験履歴を AWS04417392 へ移し、アカウントの統合作業が完了いたしました。AWS07730158 は閉鎖済みのため、今後はサインインできません。

お手数ですが、AWS04417392 にサインインし、AWS Certified Cloud Practitioner が表示されていることをご確認ください。Credly のバッジは数日以内に Credly から届くメールでご確認いただけます。

本ケースはこのあとクローズされ、対応品質に関する簡単なアンケートのご案内が自動で送信されます。ご協力いただけますと幸いです。

佐々木
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    quoted = """
--------------------------------------------------
> 残すアカウント: AWS04417392 (kenji.watanabe.dev@gmail.com)
> 統合されるアカウント: AWS07730158 (k-watanabe@hoshizora-soft.co.jp)
>
> AWS07730158 の認定資格・受験履歴は AWS04417392 に移され、AWS07730158 は閉鎖されます。この操作は一度実施すると元に戻すことができません。
>
> 上記の内容で問題がなければ、本メールにご返信のうえ、統合に同意する旨をお知らせください。ご返信をいただくまで作業は行いません。
"""
    body = leaf(new + quoted, cte="quoted-printable")
    subj = "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)
    aws_send("004-watanabe-0531.eml", "merge_completed", "ja", "gmail", KENJI[1], dt, subj, body, new, CASE_A)


@mail
def m005():
    dt = dt_utc(2025, 5, 31, 2, 20, 10)
    inner = """<div style="max-width:600px;margin:0 auto">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80">
<p>渡辺 健二 様</p>
<p>お問い合わせいただいたケース <b>%s</b> は、担当者により解決済みとしてクローズされました。</p>
<p>今回のサポート対応について、1 分ほどのアンケートにご協力ください。いただいたご意見は今後のサービス改善に活用いたします。</p>
<p style="font-weight:bold">問題は解決しましたか?</p>
<p><a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;r=yes&amp;lang=ja" style="background:#ff9900;color:#fff;padding:8px 22px;text-decoration:none">はい</a>
&nbsp;&nbsp;
<a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;r=no&amp;lang=ja" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください:
<a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;rating=1">1</a>
<a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;rating=2">2</a>
<a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;rating=3">3</a>
<a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;rating=4">4</a>
<a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;rating=5">5</a></p>
<p>同じ件で引き続きお困りの場合は、このメールに返信するとケースが再開されます。</p>
<p style="font-size:11px;color:#687078">このメールは送信専用のアドレスから送信されています。<br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</div>""" % ((CASE_A,) * 8)
    body = leaf(html_wrap(inner, "アンケート", "ja"), "html", cte="quoted-printable")
    subj = "ケース %s はクローズされました - アンケートのお願い" % CASE_A
    aws_send("005-watanabe-0531b.eml", "survey", "ja", "gmail", KENJI[1], dt, subj, body, inner, CASE_A)


@mail
def m006():
    dt = dt_utc(2025, 6, 1, 17, 2, 38)
    txt = """Hi Kenji,

Amazon Web Services Training and Certification has transferred badges to your Credly account after an update to your certification profile.

The following badge is now waiting for you:

  AWS Certified Cloud Practitioner
  Issued by Amazon Web Services Training and Certification

Accept your badge to start sharing it on LinkedIn, in your e-mail signature or on your resume:
https://www.credly.com/badges/4f1c2a9e-77d0-4b6e-9a31-0c5de8b2a914/accept

Your other badges are unchanged and remain on your profile.

Questions? Visit https://support.credly.com

Credly, a Pearson company
2 Park Ave, Suite 1405, New York, NY 10016
Unsubscribe from badge notifications: https://www.credly.com/notification_settings
"""
    html = html_wrap("""<table width="600" align="center"><tr><td>
<h2 style="color:#001d3d">Your badge has been transferred</h2>
<p>Hi Kenji,</p>
<p>Amazon Web Services Training and Certification has transferred badges to your Credly account after an update to your certification profile.</p>
<table><tr><td><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="110"></td>
<td><b>AWS Certified Cloud Practitioner</b><br>Issued by Amazon Web Services Training and Certification</td></tr></table>
<p><a href="https://www.credly.com/badges/4f1c2a9e-77d0-4b6e-9a31-0c5de8b2a914/accept" style="background:#0b7e8c;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p>Your other badges are unchanged and remain on your profile.</p>
<p style="font-size:11px;color:#777">Credly, a Pearson company &middot; 2 Park Ave, Suite 1405, New York, NY 10016</p>
</td></tr></table>""")
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable"))
    credly_send("006-watanabe-0601.eml", "credly_badge_issued", "en", "gmail", KENJI[1], dt,
                "Kenji, your AWS Certified Cloud Practitioner badge is ready", body, txt,
                "Amazon Web Services Training and Certification via Credly")

# === MAILS END A ===
# ---------------------------------------------------------------- thread B: Laura Mendes (en, Office 365, console case)
LAURA = ("Laura Mendes", "laura.mendes@northwind-analytics.com")
CASE_B = "175794497100238"
SUBJ_B = "Merge three certification accounts into one (AWS02291846)"
CONSOLE_FOOT = """
To view this case or add a reply, sign in to the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this e-mail. This address cannot receive incoming messages; correspondence must be added through the Support Center.

Was this response helpful? Rate this correspondence in the Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""


@mail
def m007():
    dt = dt_utc(2025, 9, 15, 14, 3, 20)
    txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, over the years I ended up with three AWS Certification accounts because of job changes. AWS02291846 is the one I use today (work e-mail). The older ones are AWS09163370 and aws-05528814. Could you please combine them so that all my certifications show up under AWS02291846? Thank you, Laura

We will respond to your case as soon as possible. You can view the case, add correspondence, or close it at any time in the Support Center.

Best regards,
Amazon Web Services
""" % (CASE_B, CASE_B, SUBJ_B) + CONSOLE_FOOT % CASE_B
    body = leaf(txt, cte="quoted-printable")
    aws_send("007-mendes-0915.eml", "case_created", "en", "o365", LAURA[1], dt,
             "Amazon Web Services: You have opened a new Support case: " + CASE_B, body, txt, CASE_B, sender=NOREPLY)


@mail
def m008():
    dt = dt_utc(2025, 9, 18, 10, 27, 55)
    txt = """Hello Laura,

I wanted to give you a short status update on this case so you are not left wondering.

Your request is now with our certification records team. To recap exactly what has been agreed and what they will do:

- AWS02291846 (laura.mendes@northwind-analytics.com) stays as your one and only certification account.
- AWS09163370 (laura.m@globex-consult.com) will be folded into AWS02291846: its AWS Certified Solutions Architect - Associate and exam history will be moved across.
- AWS05528814 (lmendes81@gmail.com) will be folded into AWS02291846 in the same way, including the Cloud Practitioner certification and the unused 50% discount benefit.
- After the records have been moved, both older accounts will be deactivated and you will no longer be able to sign in to them.

The team is still working through the request. This kind of change usually takes two to three business days, and your digital badges are handled by Credly separately afterwards. There is nothing you need to do at the moment; I will write again on this case as soon as I hear back from them.

Thank you for your patience.

Best regards,
Tomasz
Amazon Web Services
""" + CONSOLE_FOOT % CASE_B
    html = html_wrap(paras_html(txt))
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable"))
    aws_send("008-mendes-0918.eml", "support_reply", "en", "o365", LAURA[1], dt,
             "RE:[CASE %s] %s" % (CASE_B, SUBJ_B), body, txt, CASE_B, sender=NOREPLY)


@mail
def m009():
    dt = dt_utc(2025, 9, 16, 15, 48, 12)
    txt = """Hello Laura,

Thank you for your patience while I looked into this. I was able to find all three certification accounts you mentioned, and they all appear to belong to you.

Before we make any change, I need you to check the plan below and tell us it is correct:

  Account that will remain (primary): AWS02291846 - laura.mendes@northwind-analytics.com
  Account to be combined into the primary: AWS09163370 - laura.m@globex-consult.com
  Account to be combined into the primary: AWS05528814 - lmendes81@gmail.com

Please be aware that this cannot be reversed. Once the two accounts have been combined into AWS02291846 they are closed for good, and we are not able to split them again later.

If everything above is right, please reply to this case in the Support Center with "I confirm the details are correct, please proceed". If you would rather keep a different account as the primary, just let me know which one.

When we have your confirmation, the records team will carry out the change and I will let you know when it is finished.

Best regards,
Tomasz
Amazon Web Services
""" + CONSOLE_FOOT % CASE_B
    inner = """<p>Hello Laura,</p>
<p>Thank you for your patience while I looked into this. I was able to find all three certification accounts you mentioned, and they all appear to belong to you.</p>
<p>Before we make any change, I need you to check the plan below and tell us it is correct:</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<tr style="background:#f2f3f3"><th>Role</th><th>Candidate ID</th><th>E-mail</th></tr>
<tr><td>Remains (primary)</td><td>AWS02291846</td><td>laura.mendes@northwind-analytics.com</td></tr>
<tr><td>Combined into primary</td><td>AWS09163370</td><td>laura.m@globex-consult.com</td></tr>
<tr><td>Combined into primary</td><td>AWS05528814</td><td>lmendes81@gmail.com</td></tr>
</table>
<p><strong>This cannot be reversed.</strong> Once the two accounts have been combined they are closed for good.</p>
<p>If everything above is right, please reply to this case in the <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a> with &quot;I confirm the details are correct, please proceed&quot;.</p>
<p>Best regards,<br>Tomasz<br>Amazon Web Services</p>""" % CASE_B
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    aws_send("009-mendes-0916.eml", "merge_confirmation_requested", "en", "o365", LAURA[1], dt,
             "RE:[CASE %s] %s" % (CASE_B, SUBJ_B), body, txt + inner, CASE_B, sender=NOREPLY)


@mail
def m010():
    dt = datetime(2025, 9, 16, 18, 2, 41, tzinfo=ZoneInfo("America/New_York"))
    greg = "greg.ho@northwind-analytics.com"
    new = """Hi Greg,

Forwarding the message from AWS Support about my certification accounts. Before I confirm anything: do you remember whether the partner-program exam voucher was assigned to AWS09163370 (the Globex one)? I don't want it to disappear when they close that account.

If you're not sure, no worries, I'll ask them.

Thanks,
Laura

Laura Mendes | Senior Data Engineer
Northwind Analytics
"""
    fwd = """
________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Tuesday, September 16, 2025 11:48 AM
To: Laura Mendes <laura.mendes@northwind-analytics.com>
Subject: RE:[CASE 175794497100238] Merge three certification accounts into one (AWS02291846)

Hello Laura,

Thank you for your patience while I looked into this. I was able to find all three certification accounts you mentioned, and they all appear to belong to you.

Before we make any change, I need you to check the plan below and tell us it is correct:

  Account that will remain (primary): AWS02291846 - laura.mendes@northwind-analytics.com
  Account to be combined into the primary: AWS09163370 - laura.m@globex-consult.com
  Account to be combined into the primary: AWS05528814 - lmendes81@gmail.com

Please be aware that this cannot be reversed. Once the two accounts have been combined into AWS02291846 they are closed for good, and we are not able to split them again later.

If everything above is right, please reply to this case in the Support Center with "I confirm the details are correct, please proceed".

Best regards,
Tomasz
Amazon Web Services
"""
    html = html_wrap('<div dir="ltr">' + paras_html(new) + '</div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                     + '<div id="divRplyFwdMsg" dir="ltr">' + paras_html(fwd.replace("________________________________\n", "")) + '</div>')
    body = alt(leaf(new + fwd, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable"))
    t = fmt(dt.astimezone(UTC), UTC)
    top = [("Received", "from MN0PR12MB5953.namprd12.prod.outlook.com (2603:10b6:208:37c::11) by%s SA1PR12MB8120.namprd12.prod.outlook.com with HTTPS; %s" % (NL + " ", t)),
           ("Received", "from MN0PR12MB5953.namprd12.prod.outlook.com%s ([fe80::4c2a:91de:77b1:3e05]) by MN0PR12MB5953.namprd12.prod.outlook.com%s ([fe80::4c2a:91de:77b1:3e05%%4]) with mapi id 15.20.9137.012; %s" % (NL + " ", NL + " ", t)),
           ("Authentication-Results", "dkim=none (message not signed)%s header.d=none;dmarc=none action=none%s header.from=northwind-analytics.com;" % (NL + " ", NL + " ")),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("x-ms-publictraffictype", "Email"),
           ("X-MS-Exchange-Organization-AuthAs", "Internal"),
           ("X-MS-Exchange-Organization-AuthSource", "MN0PR12MB5953.namprd12.prod.outlook.com")]
    hdr = std_headers(addr(*LAURA), "Greg Ho <%s>" % greg,
                      "FW: RE:[CASE %s] Merge three certification accounts into one (AWS02291846)" % CASE_B,
                      fmt(dt), outlook_msgid(),
                      [("Thread-Topic", "RE:[CASE %s] Merge three certification accounts into one (AWS02291846)" % CASE_B),
                       ("Thread-Index", "AQHcJz" + ralnum(26) + "=="),
                       ("Accept-Language", "en-US"), ("Content-Language", "en-US")])
    build("010-mendes-0916b.eml", "unrelated", "en", top, hdr, body, CASE_B, False, new)


@mail
def m011():
    dt = dt_utc(2025, 9, 17, 8, 5, 30)
    new = """Hello Laura,

Thank you for confirming the details, and thanks for checking on the voucher first - it sits on AWS05528814, and it will be carried over to AWS02291846 together with the certifications.

With your confirmation in hand, we will now go ahead and pass the request to the team that performs the change. Once the merge is complete, I will update this case, and you should then see all three certifications when you sign in with AWS02291846. Your badges on Credly are updated afterwards, so please allow a few extra days for those.

Best regards,
Tomasz
Amazon Web Services
"""
    quoted = """
---------------------------------------------------------------------
Correspondence added by the customer on Tue Sep 16 2025 22:31:07 GMT+0000:

Hi Tomasz,
I confirm the details are correct, please proceed.
Just one question: the exam voucher I got through the partner program is on one of the old accounts, will it still be usable afterwards?
Thanks, Laura
---------------------------------------------------------------------
"""
    body = leaf(new + quoted + CONSOLE_FOOT % CASE_B, cte="quoted-printable")
    aws_send("011-mendes-0917.eml", "support_reply", "en", "o365", LAURA[1], dt,
             "RE:[CASE %s] %s" % (CASE_B, SUBJ_B), body, new, CASE_B, sender=NOREPLY)


@mail
def m012():
    dt = dt_utc(2025, 9, 19, 13, 40, 2)
    txt = """Hello,

Your support case %s has been resolved and closed.

Case ID: %s
Subject: %s
Resolution summary provided by your support agent:
"The certification records of AWS09163370 and AWS05528814 were merged into AWS02291846 today. The two older accounts have been deactivated; please sign in with AWS02291846 to see your full certification history and your discount benefit."

If the issue is not resolved, you can reopen the case within 14 days from the Support Center.

How would you rate the support you received?
Excellent | Good | Fair | Poor | Very poor
https://support.console.aws.amazon.com/support/feedback?displayId=%s

Best regards,
Amazon Web Services
""" % (CASE_B, CASE_B, SUBJ_B, CASE_B)
    inner = paras_html(txt).replace("Excellent | Good | Fair | Poor | Very poor",
        '<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;r=5">Excellent</a> | '
        '<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;r=4">Good</a> | '
        '<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;r=3">Fair</a> | '
        '<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;r=2">Poor</a> | '
        '<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;r=1">Very poor</a>' % ((CASE_B,) * 5))
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    aws_send("012-mendes-0919.eml", "merge_completed", "en", "o365", LAURA[1], dt,
             "Amazon Web Services: Your Support case %s has been resolved" % CASE_B, body, txt, CASE_B, sender=NOREPLY)


@mail
def m013():
    dt = dt_utc(2025, 9, 19, 21, 11, 46)
    txt = """Laura, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect – Associate

Claim it now so you can share it with your network and let employers verify your skills.

Accept your badge: https://www.credly.com/earner/earned/badge/9c2e0d71-5b3a-4f68-8e0b-6a7d41f2c3b8

This badge was issued to laura.mendes@northwind-analytics.com. If you'd like it to appear on another Credly account, add this e-mail address to that account before accepting.

Credly · 2 Park Ave, Suite 1405 · New York, NY 10016
Manage e-mail preferences: https://www.credly.com/notification_settings
"""
    inner = """<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580"><tr><td style="padding:24px">
<p style="font-size:22px;font-weight:bold">Laura, you&#39;ve earned a badge!</p>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt=""><br>
<b>AWS Certified Solutions Architect – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/9c2e0d71-5b3a-4f68-8e0b-6a7d41f2c3b8" style="background:#0d6d7b;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:3px">Accept Badge</a></p>
<p style="font-size:12px;color:#666">This badge was issued to laura.mendes@northwind-analytics.com.</p>
</td></tr></table></td></tr></table>"""
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    credly_send("013-mendes-0919b.eml", "credly_badge_issued", "en", "o365", LAURA[1], dt,
                "Amazon Web Services Training and Certification sent you a badge", body, txt,
                "Amazon Web Services Training and Certification via Credly")

# === MAILS END B ===
# ---------------------------------------------------------------- thread C: Misaki Sato (ja, nifty, form case then console case)
MISAKI = ("佐藤 美咲", "misaki.s-0412@nifty.com")
CASE_C = "176225817301164"
CASE_C2 = "176463468500092"
SUBJ_C = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C2 = "認定アカウントの統合(再依頼)"


@mail
def m014():
    dt = dt_utc(2025, 11, 4, 12, 10, 4)
    txt = """佐藤 美咲 様

このたびは AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お客様のリクエストは正常に登録されました。

  ケース番号: %s
  カテゴリ: 認定 / アカウントの統合
  候補者 ID: aws-03381920

担当者より、通常 1 営業日以内にこのメールアドレス宛てにご連絡いたします。
混雑状況により、ご回答までお時間をいただく場合がございます。あらかじめご了承ください。

ご連絡をお待ちいただく間に、同じ内容のお問い合わせを重ねて送信されないようお願いいたします。
追加でお伝えいただきたい情報がある場合は、件名を変更せずにこのメールへ返信してください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_C
    body = leaf(txt, charset="iso-2022-jp", cte="7bit")
    subj = ew("【受付完了】お問い合わせを承りました", "iso-2022-jp") + NL + " [CASE %s] %s" % (CASE_C, SUBJ_C)
    aws_send("014-sato-1104.eml", "case_created", "ja", "nifty", MISAKI[1], dt, subj, body, txt, CASE_C,
             subject_raw=True)


@mail
def m015():
    dt = dt_utc(2025, 11, 6, 1, 32, 48)
    new = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの高橋と申します。
お問い合わせいただきありがとうございます。

お知らせいただいた候補者 ID (AWS03381920) のほかに、お名前とメールアドレスが近い認定アカウント AWS06047715 が見つかりました。統合の対象となるアカウントを正しく特定するため、お手数ですが以下の情報をご返信ください。

1. それぞれのアカウントにサインインする際のメールアドレス
2. それぞれのアカウントに登録されている通知用メールアドレス(分かる範囲で構いません)
3. 今後も使い続けたいアカウントはどちらか
4. アカウントが 2 つになった経緯(例: 会社のアドレスで別途登録した、など)

いただいた情報をもとに確認を進め、改めてご連絡いたします。
ご不明な点がございましたら、本メールにご返信ください。

高橋
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    quoted = """
2025年11月4日(火) 21:09 佐藤 美咲 <misaki.s-0412@nifty.com>:
> お世話になります。
> 認定アカウントが2つあるようなので、1つにまとめていただけますでしょうか。
> 今使っている候補者IDは aws-03381920 です。
> もう一つは以前の勤務先のメールで登録したと思いますが、IDは分かりません。
> よろしくお願いいたします。
"""
    body = leaf(new + quoted, cte="quoted-printable")
    aws_send("015-sato-1106.eml", "support_reply", "ja", "nifty", MISAKI[1], dt,
             "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), body, new, CASE_C)


@mail
def m016():
    dt = dt_utc(2025, 11, 7, 3, 55, 21)
    txt = """※このメールは自動送信です。

佐藤 美咲 様

ご連絡ありがとうございます。
担当の高橋は、11月7日(金)から11月10日(月)まで休暇のため不在にしております。

ケース %s にいただいたご返信は受け付けており、11月11日(火)以降、順次確認のうえご連絡いたします。
お急ぎの場合でも、新しいケースを作成せず、引き続き本ケースへご返信ください。重複したケースがあると対応が遅れる原因となります。

ご不便をおかけし申し訳ございません。

Automatic reply: I am out of the office from 7 to 10 November and will respond to your case when I return.

高橋
Amazon Web Services
トレーニングと認定 カスタマーサポート
""" % CASE_C
    body = leaf(txt, cte="base64")
    aws_send("016-sato-1107.eml", "support_reply", "ja", "nifty", MISAKI[1], dt,
             "自動応答: RE:[CASE %s] %s" % (CASE_C, SUBJ_C), body, txt, CASE_C,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("X-Autoreply", "yes")])


@mail
def m017():
    dt = dt_utc(2025, 11, 11, 2, 4, 36)
    txt = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの高橋です。
不在の間お待たせしてしまい、申し訳ございませんでした。

11月7日にいただいた情報(各アカウントのサインイン用メールアドレスと通知用メールアドレス)で照合したところ、2つのアカウントはいずれも佐藤様ご本人のものと確認できました。

つきましては、以下の内容で統合を進めてよろしいか、ご確認をお願いいたします。

  存続するアカウント: AWS03381920 (misaki.s-0412@nifty.com)
  統合元のアカウント: AWS06047715 (m.sato@tsubame-logistics.co.jp)

統合後は、AWS06047715 で取得された AWS Certified SysOps Administrator - Associate を含むすべての履歴が AWS03381920 に表示され、AWS06047715 は利用できなくなります。一度統合すると元に戻すことはできませんので、ご注意ください。

内容に相違がなければ、「上記の内容で統合をお願いします」とご返信ください。ご返信を確認した後に作業を開始し、完了しましたら改めてご連絡いたします。

--- English ---
Dear Ms. Sato,

For your reference, here is the same request in English. Please confirm that we may merge AWS06047715 into AWS03381920. AWS03381920 will be kept; AWS06047715 will be closed. This action cannot be undone. Simply reply to this e-mail to confirm, and we will start the process and let you know when it has been completed.

高橋 / Takahashi
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    body = leaf(txt, cte="base64")
    aws_send("017-sato-1111.eml", "merge_confirmation_requested", "ja", "nifty", MISAKI[1], dt,
             "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), body, txt, CASE_C)


@mail
def m018():
    dt = dt_utc(2025, 11, 18, 5, 17, 9)
    txt = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの高橋です。

11月11日に統合内容のご確認をお願いするメールをお送りしましたが、その後ご返信を確認できておりません。
念のため、対象のアカウントを再度記載いたします。

  AWS03381920 (存続予定)
  AWS06047715 (統合予定)

こちらのアカウントの統合について、引き続きサポートが必要でしょうか。
ご希望の場合は、前回のメールに記載の内容でよいかどうかを本メールにご返信ください。
すでに解決済みの場合や、統合が不要になった場合も、その旨をお知らせいただけますと幸いです。

11月25日(火)までにご返信がない場合は、本ケースをいったんクローズさせていただきます。

高橋
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    # mislabelled charset: the bytes are UTF-8, the header claims ISO-8859-1
    body = leaf(txt, cte="8bit", label="iso-8859-1")
    aws_send("018-sato-1118.eml", "support_reply", "ja", "nifty", MISAKI[1], dt,
             "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), body, txt, CASE_C)


@mail
def m019():
    dt = dt_utc(2025, 11, 25, 9, 0, 14)
    txt = """佐藤 美咲 様

ケース %s のクローズについてお知らせいたします。

11月11日および11月18日にお送りしたメールについて、期限までにご返信を確認できなかったため、アカウントの統合は実施しないまま、本ケースをクローズいたしました。現在も 2 つのアカウントは別々のまま残っています。

統合を改めてご希望の場合は、新しくお問い合わせいただく際に本ケース番号をお書き添えください。

今回の対応について、アンケートへのご協力をお願いいたします(所要時間 1 分)。
https://survey.training.aws/s/case-feedback?caseId=%s&lang=ja

問題は解決しましたか?  はい / いいえ

Amazon Web Services
トレーニングと認定 カスタマーサポート
""" % (CASE_C, CASE_C)
    html = html_wrap(paras_html(txt).replace("はい / いいえ",
        '<a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;r=yes">はい</a> / '
        '<a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;r=no">いいえ</a>' % (CASE_C, CASE_C)), lang="ja")
    body = alt(leaf(txt, cte="base64"), leaf(html, "html", cte="base64"))
    aws_send("019-sato-1125.eml", "survey", "ja", "nifty", MISAKI[1], dt,
             "ケース %s はクローズされました" % CASE_C, body, txt, CASE_C)


@mail
def m020():
    dt = dt_utc(2025, 12, 2, 0, 18, 41)
    txt = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
内容: 前回のケース(%s)が、返信が遅れたためクローズされてしまいました。改めてお願いします。AWS06047715 を AWS03381920 に統合してください。前回ご提示いただいた内容で問題ありません。

できるだけ早く回答いたします。サポートセンターでは、いつでもケースの確認、返信の追加、クローズを行うことができます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは送信専用です。返信はサポートセンターから行ってください。

よろしくお願いいたします。
Amazon Web Services
""" % (CASE_C2, CASE_C2, SUBJ_C2, CASE_C, CASE_C2)
    body = leaf(txt, cte="quoted-printable")
    aws_send("020-sato-1202.eml", "case_created", "ja", "nifty", MISAKI[1], dt,
             "Amazon Web Services: 新しいサポートケースを作成しました: " + CASE_C2, body, txt, CASE_C2, sender=NOREPLY)


@mail
def m021():
    dt = dt_utc(2025, 12, 4, 6, 42, 27)
    txt = """佐藤 美咲 様

Amazon Web Services トレーニングと認定サポートの中島です。

前回のケース(%s)でご案内した内容と、今回のケースでいただいたご同意に基づき、AWS06047715 の認定資格および受験履歴を AWS03381920 へ移行いたしました。これにより 2 つのアカウントは AWS03381920 の 1 つにまとまり、AWS06047715 は無効となっております。

AWS Certification アカウントに AWS03381920 でサインインし、SysOps Administrator - Associate を含むすべての認定が表示されていることをご確認ください。表示に問題がある場合は、このケースにご返信ください。

お待たせしてしまい、申し訳ございませんでした。

中島
Amazon Web Services
""" % CASE_C
    foot = """
サポートセンターでケースを確認する:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
このメールアドレスは送信専用です。
""" % CASE_C2
    body = leaf(txt + foot, cte="base64")
    aws_send("021-sato-1204.eml", "merge_completed", "ja", "nifty", MISAKI[1], dt,
             "RE:[CASE %s] %s" % (CASE_C2, SUBJ_C2), body, txt, CASE_C2, sender=NOREPLY)

# === MAILS END C ===
# ---------------------------------------------------------------- thread D: Daniel Okafor (en, Fastmail, 11-digit form case)
DANIEL = ("Daniel Okafor", "daniel.okafor@fastmail.com")
CASE_D = "14720937615"
SUBJ_D = "[AWS Training and Certification Form Submission] - account-assistance"


@mail
def m022():
    dt = dt_utc(2026, 2, 9, 16, 22, 5)
    new = """Hi Daniel,

Thanks for reaching out to AWS Training and Certification, I'm Priyanka and I'll be looking after your request.

I searched for profiles under your name and found two that match what you described:

  AWS 08815530 - daniel.okafor@fastmail.com (created 2023)
  AWS 01947726 - d.okafor@leedsbeckett-alumni.ac.uk (created 2021)

Could you please tell me which of these two you want to continue using going forward? It would also help to know whether you still receive mail at the university address, as we send a notification there as well.

As soon as I have your answer I'll prepare the next step.

Kind regards,
Priyanka
AWS Training and Certification Support
"""
    quoted = """
-----Original Message-----
From: Daniel Okafor <daniel.okafor@fastmail.com>
Sent: 2026-02-08 21:14 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS08815530
Description: I took my first exam with my uni email years ago and now I have a second profile. Please merge them into one. Thanks!
"""
    body = leaf(new + quoted, cte="quoted-printable")
    aws_send("022-okafor-0209.eml", "support_reply", "en", "fastmail", DANIEL[1], dt,
             "RE: [CASE %s] %s" % (CASE_D, SUBJ_D), body, new, CASE_D)


@mail
def m023():
    dt = dt_utc(2026, 2, 11, 10, 3, 58)
    quoted = """On Tue, Feb 10, 2026 at 7:41 PM Daniel Okafor <daniel.okafor@fastmail.com> wrote:
> Hi Priyanka,
>
> Thanks for the quick reply. Please keep AWS08815530, that's the one tied
> to my personal mail. I can still log in to the uni address, so the
> notification is no problem.
>
> Daniel
>
> On Mon, Feb 9, 2026 at 4:22 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Daniel,
> >
> > I searched for profiles under your name and found two that match:
> >
> >   AWS 08815530 - daniel.okafor@fastmail.com (created 2023)
> >   AWS 01947726 - d.okafor@leedsbeckett-alumni.ac.uk (created 2021)
> >
> > Could you please tell me which of these two you want to continue using
> > going forward?
> >
> > Kind regards,
> > Priyanka
"""
    new = """
Hi Daniel,

Thank you, that answers everything. Here is what we would do, so you can check it before anything happens:

  KEEP:   AWS08815530 (daniel.okafor@fastmail.com)
  MERGE:  AWS01947726 (d.okafor@leedsbeckett-alumni.ac.uk) -> into AWS08815530

All certifications and exam history from AWS01947726 would move to AWS08815530, and AWS01947726 would then be closed. Please note this is permanent and we cannot undo it afterwards.

Could you reply to this e-mail to confirm that you agree with the above? I won't start until I hear back from you.

Kind regards,
Priyanka
AWS Training and Certification Support
"""
    body = leaf(quoted + new, cte="quoted-printable")
    aws_send("023-okafor-0211.eml", "merge_confirmation_requested", "en", "fastmail", DANIEL[1], dt,
             "RE: [CASE %s] %s" % (CASE_D, SUBJ_D), body, new, CASE_D)


@mail
def m024():
    dt = dt_utc(2026, 2, 13, 14, 51, 19)
    new = """Hi Daniel,

Thanks for the go-ahead yesterday. Good news: everything has been moved over. The profile you chose to keep, AWS08815530, now carries your full certification history, and the older university profile has been retired, so it will no longer accept sign-ins.

Your Credly badges should follow within a few days. If they don't show up by the end of next week, just reply here.

You'll also get a short survey about this case. It only takes a minute, and it helps us a lot.

Kind regards,
Priyanka
AWS Training and Certification Support

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, February 11, 2026 10:03 AM
To: Daniel Okafor <daniel.okafor@fastmail.com>
Subject: RE: [CASE 14720937615] [AWS Training and Certification Form Submission] - account-assistance
"""
    quoted = """
Hi Daniel,

Thank you, that answers everything. Here is what we would do, so you can check it before anything happens:

  KEEP:   AWS08815530 (daniel.okafor@fastmail.com)
  MERGE:  AWS01947726 (d.okafor@leedsbeckett-alumni.ac.uk) -> into AWS08815530

All certifications and exam history from AWS01947726 would move to AWS08815530, and AWS01947726 would then be closed. Please note this is permanent and we cannot undo it afterwards.

Could you reply to this e-mail to confirm that you agree with the above? I won't start until I hear back from you.
"""
    body = leaf(new + quoted, cte="quoted-printable")
    aws_send("024-okafor-0213.eml", "merge_completed", "en", "fastmail", DANIEL[1], dt,
             "RE: [CASE %s] %s" % (CASE_D, SUBJ_D), body, new, CASE_D)


@mail
def m025():
    dt = dt_utc(2026, 2, 14, 15, 0, 2)
    txt = """How did we do?

Hi Daniel,

Your case %s has been closed. We'd love to hear about your experience with AWS Training and Certification Support.

Overall, how satisfied are you with the support you received?

  Very satisfied:    https://survey.training.aws/s/csat?c=%s&s=5
  Satisfied:         https://survey.training.aws/s/csat?c=%s&s=4
  Neutral:           https://survey.training.aws/s/csat?c=%s&s=3
  Dissatisfied:      https://survey.training.aws/s/csat?c=%s&s=2
  Very dissatisfied: https://survey.training.aws/s/csat?c=%s&s=1

This survey closes in 7 days. Your feedback is anonymous unless you choose to share your contact details.

AWS Training and Certification
""" % ((CASE_D,) * 6)
    inner = """<div style="max-width:560px;margin:auto;font-family:Arial">
<h1 style="font-size:24px">How did we do?</h1>
<p>Hi Daniel,</p>
<p>Your case <b>%s</b> has been closed. We&#39;d love to hear about your experience with AWS Training and Certification Support.</p>
<p>Overall, how satisfied are you with the support you received?</p>
<p>%s</p>
<p style="color:#888;font-size:11px">This survey closes in 7 days.</p></div>""" % (
        CASE_D, " ".join('<a href="https://survey.training.aws/s/csat?c=%s&amp;s=%d" style="font-size:26px;text-decoration:none">&#9733;</a>' % (CASE_D, i) for i in range(1, 6)))
    body = alt(leaf(txt, cte="7bit"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    aws_send("025-okafor-0214.eml", "survey", "en", "fastmail", DANIEL[1], dt,
             "How did we do? Case %s" % CASE_D, body, txt, CASE_D)


# ---------------------------------------------------------------- thread E: Daisuke Tanaka (ja, corporate relay without Authentication-Results)
TANAKA = ("田中 大輔", "d-tanaka@kaede-sys.co.jp")
CASE_E = "177241606000417"
SUBJ_E = "AWS認定アカウントの統合について"


@mail
def m026():
    dt = dt_utc(2026, 3, 2, 1, 48, 9)
    txt = """Amazon Web Services をご利用いただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース %s をオープンいたしました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
お問い合わせ内容:
会社で取得した認定(AWS05190283)と、個人で受験したときの認定(AWS02736651)が別アカウントになっています。個人のほうにまとめたいのですが可能でしょうか。

担当者よりできるだけ早くご連絡いたします。ケースの状況はサポートセンターでご確認いただけます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできません。

Amazon Web Services
""" % (CASE_E, CASE_E, SUBJ_E, CASE_E)
    body = leaf(txt, cte="base64")
    subj = "Amazon Web Services: " + ew("新しいサポートケースがオープンされました:", "utf-8", "Q", maxbytes=30) + " " + CASE_E
    aws_send("026-tanaka-0302.eml", "case_created", "ja", "none", TANAKA[1], dt, subj, body, txt, CASE_E,
             sender=NOREPLY, subject_raw=True)

# === MAILS END D ===
@mail
def m027():
    dt = dt_utc(2026, 3, 3, 7, 26, 40)
    txt = """田中 大輔 様

Amazon Web Services トレーニングと認定サポートの髙木です。
お問い合わせいただきありがとうございます。

これまでの経緯を整理いたします。
① 3月2日に、会社で取得された認定のアカウント(AWS05190283)と個人で受験されたアカウント(AWS02736651)を一つにしたいとのご依頼をいただきました。
② 両アカウントの登録情報を照合し、どちらも田中様ご本人のアカウントであることを確認いたしました。
③ ご依頼の文面から、個人のアカウントを残すご希望と理解しております。

つきましては、作業の前に次の内容で問題ないかご確認ください。

  残すアカウント  : AWS02736651(個人)
  統合するアカウント: AWS05190283(会社) → AWS02736651 へ

統合を行うと、AWS05190283 は閉鎖され、元に戻すことはできません。会社の研修制度で認定の証明書を提出される場合は、統合後は AWS02736651 の証明書をご利用いただくことになります。

上記でよろしければ、サポートセンターからこのケースに「同意します」とご返信ください。

ご同意をいただいた後の流れは以下のとおりです。
・1~2 営業日以内に統合作業を行います。
・作業が終わりましたら、このケースでお知らせします。
・Credly のバッジは、統合完了後に Credly から届くメールで受け取っていただけます。

髙木
Amazon Web Services
"""
    # bytes are cp932 (①, ②, ③, 髙, ~ are outside strict Shift_JIS); header says Shift_JIS
    body = leaf(txt, charset="cp932", cte="base64", label="Shift_JIS")
    aws_send("027-tanaka-0303.eml", "merge_confirmation_requested", "ja", "none", TANAKA[1], dt,
             "RE:[CASE %s] %s" % (CASE_E, SUBJ_E), body, txt, CASE_E, sender=NOREPLY)


@mail
def m028():
    dt = dt_utc(2026, 3, 4, 0, 58, 12)
    new = """田中 大輔 様

ご確認いただき、ありがとうございます。
いただいたご同意をもって、これより AWS05190283 を AWS02736651 にまとめる作業に入ります。

作業が完了次第、このケースにてご報告いたします。完了のご連絡までの間は、どちらのアカウントでも新しい試験のご予約はお控えください。

なお、完了後に AWS02736651 で認定一覧をご確認いただき、表示に不足があればお知らせください。

髙木
Amazon Web Services
"""
    quoted = """
差出人: 田中 大輔 <d-tanaka@kaede-sys.co.jp>
送信日時: 2026年3月3日 18:40
宛先: Amazon Web Services サポートセンター
件名: RE:[CASE 177241606000417] AWS認定アカウントの統合について

髙木様

ご確認ありがとうございます。記載の内容で問題ありません。同意します。
会社の証明書は個人のほうで出し直します。

田中
"""
    body = leaf(new + quoted, cte="quoted-printable")
    aws_send("028-tanaka-0304.eml", "support_reply", "ja", "none", TANAKA[1], dt,
             "RE:[CASE %s] %s" % (CASE_E, SUBJ_E), body, new, CASE_E, sender=NOREPLY)


@mail
def m029():
    dt = dt_utc(2026, 3, 5, 2, 33, 50)
    inner = """<div style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>田中 大輔 様</p>
<p>Amazon Web Services トレーニングと認定サポートの髙木です。</p>
<p>お待たせいたしました。AWS05190283 に登録されていた認定資格 2 件(AWS Certified Solutions Architect - Associate、AWS Certified Developer - Associate)と受験履歴を、AWS02736651 へ移行いたしました。<br>
AWS05190283 は本日付で閉鎖しており、今後はサインインできません。</p>
<p>AWS02736651 にサインインし、認定資格が 3 件表示されることをご確認ください。50%% 割引の特典も AWS02736651 に引き継がれています。</p>
<p>本件について他にご不明な点がなければ、このケースは数日後に自動的にクローズされます。</p>
<p>髙木<br>Amazon Web Services</p>
<hr>
<p style="font-size:11px;color:#687078">ケースを表示: <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">https://support.console.aws.amazon.com/support/home#/case/?displayId=%s</a><br>
このメールアドレスは送信専用です。</p>
</div>""" % (CASE_E, CASE_E)
    body = leaf(html_wrap(inner, lang="ja"), "html", cte="base64")
    aws_send("029-tanaka-0305.eml", "merge_completed", "ja", "none", TANAKA[1], dt,
             "RE:[CASE %s] %s" % (CASE_E, SUBJ_E), body, inner, CASE_E, sender=NOREPLY)


@mail
def m030():
    dt = dt_utc(2026, 3, 6, 9, 14, 3)
    txt = """田中 大輔 さん

Amazon Web Services Training and Certification からバッジが発行されました。

  AWS Certified Developer – Associate

バッジを受け取ると、LinkedIn やメール署名で共有したり、雇用主がスキルを確認したりできるようになります。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/31d7e6a2-0b84-4c5f-9f02-d7a6c91e4b55

このバッジは d-tanaka@kaede-sys.co.jp 宛てに発行されました。別の Credly アカウントで受け取りたい場合は、受け取る前にそのアカウントにこのメールアドレスを追加してください。

Credly, a Pearson company
通知設定: https://www.credly.com/notification_settings
"""
    inner = """<table width="580" align="center"><tr><td style="padding:20px">
<p style="font-size:20px;font-weight:bold">田中 大輔 さん、新しいバッジが届いています</p>
<p>Amazon Web Services Training and Certification からバッジが発行されました。</p>
<p><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt=""><br>
<b>AWS Certified Developer – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/31d7e6a2-0b84-4c5f-9f02-d7a6c91e4b55" style="background:#0d6d7b;color:#fff;padding:10px 26px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#777">このバッジは d-tanaka@kaede-sys.co.jp 宛てに発行されました。</p>
</td></tr></table>"""
    body = alt(leaf(txt, cte="base64"), leaf(html_wrap(inner, lang="ja"), "html", cte="base64"))
    credly_send("030-tanaka-0306.eml", "credly_badge_issued", "ja", "none", TANAKA[1], dt,
                "Amazon Web Services Training and Certification からバッジが発行されました", body, txt,
                "Amazon Web Services Training and Certification via Credly")


@mail
def m031():
    dt = datetime(2026, 3, 6, 11, 2, 17, tzinfo=JST)
    txt = """田中さん

お疲れさまです。インフラ課の鈴木です。

昨日の朝会で、AWS 認定のアカウントを個人のほうに統合したと伺いました。
研修手当の申請に認定証の写しが必要なので、新しいほうの認定 ID で証明書を出し直して、
今週中に共有フォルダ(\\\\fs01\\研修\\2026\\認定証)へ置いていただけますか。

あと別件ですが、検証用 AWS アカウントを Organizations の管理アカウントに
統合する作業は、来週火曜に実施予定です。請求が一本化されるので、
月末の費用レポートはそれ以降、管理アカウント側で確認してください。

よろしくお願いします。

--
鈴木 拓也
楓システムズ株式会社 インフラ課
内線 4127
"""
    body = leaf(txt, charset="iso-2022-jp", cte="7bit")
    t = fmt(dt + timedelta(seconds=2), JST)
    top = [("Return-Path", "<t-suzuki@kaede-sys.co.jp>"),
           ("Received", "from mbox02.kaede-sys.co.jp (mbox02.kaede-sys.co.jp [10.40.1.22])%s by mbox01.kaede-sys.co.jp (Postfix) with ESMTP id 4F2A13C0E7%s for <d-tanaka@kaede-sys.co.jp>; %s" % (NL + "\t", NL + "\t", t)),
           ("X-Virus-Scanned", "amavisd-new at kaede-sys.co.jp")]
    hdr = std_headers(addr("鈴木 拓也", "t-suzuki@kaede-sys.co.jp", "iso-2022-jp"), addr(*TANAKA, charset="iso-2022-jp"),
                      ew("認定証の再提出のお願い/検証アカウント統合の予定", "iso-2022-jp"), fmt(dt),
                      "<%s.%s@kaede-sys.co.jp>" % (dt.strftime("%Y%m%d%H%M%S"), rhex(8)),
                      [("X-Mailer", "Microsoft Outlook 16.0")])
    build("031-tanaka-0306b.eml", "unrelated", "ja", top, hdr, body, None, None, txt)

# === MAILS END E ===
# ---------------------------------------------------------------- thread F: Priya Raman (en, outlook.com, form case)
PRIYA = ("Priya Raman", "priya.raman88@outlook.com")
CASE_F = "175199161200853"
SUBJ_F = "[AWS Training and Certification Form Submission] - account-assistance"


@mail
def m032():
    dt = dt_utc(2025, 7, 8, 16, 20, 40)
    txt = """Hello Priya,

Thanks for getting in touch with AWS Training and Certification. This automated note is to let you know that your message reached us and is now in our queue.

Reference number: %s
Topic: Certification - Account Merge
Candidate ID provided: AWS06372941

A member of our support team will review it and get back to you at this address, usually within one business day.

If you need to add something, reply to this e-mail and keep the reference number in the subject line. Please don't submit the form again for the same question, as duplicates take longer to resolve.

AWS Training and Certification Customer Support
""" % CASE_F
    inner = paras_html(txt)
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    aws_send("032-raman-0708.eml", "case_created", "en", "outlookcom", PRIYA[1], dt,
             "We have received your request [CASE %s] %s" % (CASE_F, SUBJ_F), body, txt, CASE_F,
             tenant="DB9PR07MB7721")


@mail
def m033():
    dt = dt_utc(2025, 7, 9, 19, 8, 33)
    txt = """Hello Priya,

My name is Marcus and I'm following up on your request about your certification profiles.

I found the profile you listed in the form, AWS06372941, without any problem. However, the second ID you mentioned in your description, AWS04108875, does not match any certification account in our system, so I can't locate the profile you want to bring over yet.

To continue, could you please send me:

1. The second candidate ID again (you can find it under "My Account" after signing in to that profile), or the e-mail address you used to sign in to it.
2. The first and last name as they appear on that profile.
3. The approximate year in which you took your first exam with it.

Once I have these details I'll pick this up again straight away.

Best regards,
Marcus
Amazon Web Services
Training and Certification Support
"""
    body = leaf(txt, cte="quoted-printable")
    aws_send("033-raman-0709.eml", "support_reply", "en", "outlookcom", PRIYA[1], dt,
             "RE:[CASE %s] %s" % (CASE_F, SUBJ_F), body, txt, CASE_F, tenant="DB9PR07MB7721")


@mail
def m034():
    dt = dt_utc(2025, 7, 10, 6, 41, 2)
    txt = """Thank you for your message.

I am out of the office until Monday, July 14, with limited access to e-mail. Your reply to case %s has been received and is saved on the case; I will continue with it as soon as I am back. If a colleague picks it up in the meantime, they will write to you from this same address.

There is no need to open a new case.

Marcus
Amazon Web Services - Training and Certification Support
""" % CASE_F
    body = leaf(txt, cte="7bit", charset="us-ascii")
    aws_send("034-raman-0710.eml", "support_reply", "en", "outlookcom", PRIYA[1], dt,
             "Automatic reply: RE:[CASE %s] %s" % (CASE_F, SUBJ_F), body, txt, CASE_F, tenant="DB9PR07MB7721",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail
def m035():
    dt = dt_utc(2025, 7, 14, 15, 55, 47)
    new = """Hello Priya,

Thanks for your patience while I was away, and for sending the corrected ID. With the right number I found the second profile immediately, and the name and e-mail match yours.

So that we are completely clear before I hand this to the records team, please confirm this plan:

- AWS06372941 (priya.raman88@outlook.com) - this profile stays and becomes your only one
- AWS04108857 (p.raman@kestrel-cloud.io) - its certifications and history are moved to AWS06372941, then it is closed

Please keep in mind that a merge is final; we can't separate the profiles again later. A short reply such as "Confirmed, please proceed" is all I need. I won't make any change until I have it.

Best regards,
Marcus
Amazon Web Services
Training and Certification Support
"""
    quoted = """
________________________________
From: Priya Raman <priya.raman88@outlook.com>
Sent: Thursday, July 10, 2025 6:40 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 175199161200853] [AWS Training and Certification Form Submission] - account-assistance

Hi Marcus,
So sorry, that was a typo on my side. The right one is aws04108857, I signed up with p.raman@kestrel-cloud.io in 2022. Name on it is Priya Raman.
Priya

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, July 9, 2025 7:08 PM
To: Priya Raman <priya.raman88@outlook.com>
Subject: RE:[CASE 175199161200853] [AWS Training and Certification Form Submission] - account-assistance

Hello Priya,

I found the profile you listed in the form, AWS06372941, without any problem. However, the second ID you mentioned in your description, AWS04108875, does not match any certification account in our system.
"""
    inner = paras_html(new) + '\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%">\n' + paras_html(
        quoted.replace("________________________________\n", ""))
    body = alt(leaf(new + quoted, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    aws_send("035-raman-0714.eml", "merge_confirmation_requested", "en", "outlookcom", PRIYA[1], dt,
             "RE:[CASE %s] %s" % (CASE_F, SUBJ_F), body, new, CASE_F, tenant="DB9PR07MB7721")


@mail
def m036():
    dt = dt_utc(2025, 7, 16, 12, 19, 5)
    txt = """Hello Priya,

Good news – we’ve finished consolidating your certification records. Everything that was on AWS04108857 (your Kestrel Cloud profile) now lives under AWS06372941, and the old profile has been retired, so you won’t be able to sign in to it any more.

When you sign in with priya.raman88@outlook.com you should now see both the Solutions Architect – Associate and the AI Practitioner certification. Credly will send you a separate e-mail for the badges in the next few days.

Because this wraps up your request, I’ll set the case to resolved. You may receive a brief questionnaire about my handling of it; I’d be grateful for your feedback.

Best regards,
Marcus
Amazon Web Services
Training and Certification Support
"""
    # UTF-8 bytes (’ and –) sent under a wrong ISO-8859-1 label
    body = leaf(txt, cte="8bit", label="iso-8859-1")
    aws_send("036-raman-0716.eml", "merge_completed", "en", "outlookcom", PRIYA[1], dt,
             "RE:[CASE %s] %s" % (CASE_F, SUBJ_F), body, txt, CASE_F, tenant="DB9PR07MB7721")


@mail
def m037():
    dt = dt_utc(2025, 7, 16, 18, 45, 30)
    inner = """<table width="600" align="center" style="font-family:Arial;font-size:14px"><tr><td>
<p>Hello Priya,</p>
<p>Your case <b>%s</b> was marked as resolved by our Training and Certification Support team.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;r=yes">YES</a> &nbsp;|&nbsp; <a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;r=no">NO</a></p>
<p>Please also rate your support agent. It takes less than a minute:</p>
<p><a href="https://survey.training.aws/s/case-feedback?caseId=%s&amp;agent=1">Rate your experience</a></p>
<p>If you need more help with this request, simply reply to this e-mail within 14 days and your case will be reopened.</p>
<p style="color:#687078;font-size:11px">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</td></tr></table>""" % ((CASE_F,) * 4)
    txt = """Hello Priya,

Your case %s was marked as resolved by our Training and Certification Support team.

Was your issue resolved? YES: https://survey.training.aws/s/case-feedback?caseId=%s&r=yes  NO: https://survey.training.aws/s/case-feedback?caseId=%s&r=no

Rate your experience: https://survey.training.aws/s/case-feedback?caseId=%s&agent=1
""" % ((CASE_F,) * 4)
    body = alt(leaf(txt, cte="7bit", charset="us-ascii"), leaf(html_wrap(inner), "html", cte="base64"))
    aws_send("037-raman-0716b.eml", "survey", "en", "outlookcom", PRIYA[1], dt,
             "Your case %s has been resolved - tell us how we did" % CASE_F, body, txt, CASE_F, tenant="DB9PR07MB7721")


@mail
def m038():
    dt = dt_utc(2025, 7, 17, 22, 30, 11)
    txt = """Hi Priya,

Your AWS Certified AI Practitioner badge from Amazon Web Services Training and Certification is ready to accept.

This badge was previously issued to p.raman@kestrel-cloud.io and has been reissued to priya.raman88@outlook.com following a change to your certification profile.

Accept your badge:
https://www.credly.com/earner/earned/badge/e07b3c58-2d19-4a7f-b8e6-5f0a91c4d236

Once accepted, you can share it on LinkedIn and other networks with one click.

Credly, a Pearson company
https://www.credly.com
"""
    inner = paras_html(txt).replace("https://www.credly.com/earner/earned/badge/e07b3c58-2d19-4a7f-b8e6-5f0a91c4d236",
        '<a href="https://www.credly.com/earner/earned/badge/e07b3c58-2d19-4a7f-b8e6-5f0a91c4d236" style="background:#0d6d7b;color:#fff;padding:10px 24px;text-decoration:none">Accept your badge</a>')
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    credly_send("038-raman-0717.eml", "credly_badge_issued", "en", "outlookcom", PRIYA[1], dt,
                "Priya, your badge is ready to accept", body, txt,
                "Amazon Web Services Training and Certification via Credly")


@mail
def m039():
    """Look-alike domain asking to 'confirm the merge' (phishing)."""
    dt = dt_utc(2025, 7, 15, 3, 12, 44)
    dom = "aws-certification-merge.com"
    ip = "185.234.72.%d" % RND.randint(10, 250)
    host = "mail.%s" % dom
    txt = """Dear Candidate,

We have received a request to merge the certification profiles associated with this e-mail address (case 175256810400112).

  Primary profile: AWS 09912035
  Profile to be merged: AWS 06372941

To prevent loss of your certifications, you must confirm this merge within 24 hours. Merges that are not confirmed will be cancelled and all certifications on both profiles will be suspended pending review.

Confirm the merge and verify your identity here:
https://www.aws-certification-merge.com/confirm?case=175256810400112&id=AWS06372941

This operation is irreversible once confirmed.

Regards,
AWS Training & Certification Account Services
"""
    inner = paras_html(txt).replace("https://www.aws-certification-merge.com/confirm?case=175256810400112&amp;id=AWS06372941",
        '<a href="https://www.aws-certification-merge.com/confirm?case=175256810400112&amp;id=AWS06372941" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">CONFIRM MERGE</a>')
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    mf = "bounce@%s" % dom
    top = transport("outlookcom", PRIYA[1], dt, dom, mf, ip, host, [dom], tenant="DB9PR07MB7721")
    top += [("DKIM-Signature", dkim_sig(dom, "default", dt))] + o365_tail()
    hdr = std_headers(addr("AWS Training & Certification", "support@" + dom), PRIYA[1],
                      "Action required: confirm your certification account merge (case 175256810400112)",
                      fmt(dt, UTC), "<%s@%s>" % (rhex(24), host))
    build("039-raman-0715.eml", "merge_confirmation_requested", "en", top, hdr, body, "175256810400112", False, txt)

# === MAILS END F ===
# ---------------------------------------------------------------- phishing and look-alikes
NAKAMURA = ("中村 陽子", "y.nakamura.works@gmail.com")


@mail
def m040():
    """Look-alike domain claiming the merge is finished (phishing), Japanese."""
    dt = dt_utc(2025, 6, 3, 0, 51, 9)
    dom = "aws-training-jp.com"
    ip = "45.137.21.%d" % RND.randint(10, 250)
    host = "smtp1.%s" % dom
    txt = """AWS 認定をご利用のお客様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

ご依頼いただいた認定アカウントの統合が完了しました(ケース番号: 174890311200458)。
統合後のアカウント: AWS07130094

統合に伴い、認定特典(試験 50% 割引バウチャー等)を引き続きご利用いただくには、48 時間以内に本人確認を行っていただく必要があります。期限を過ぎると、特典および認定資格が一時的に停止されます。

▼ 本人確認はこちら
https://aws-training-jp.com/certification/verify?ref=174890311200458

※ 本メールは送信専用です。

AWS トレーニングと認定 事務局
"""
    body = leaf(html_wrap(paras_html(txt).replace("https://aws-training-jp.com/certification/verify?ref=174890311200458",
        '<a href="https://aws-training-jp.com/certification/verify?ref=174890311200458">https://aws-training-jp.com/certification/verify?ref=174890311200458</a>'), lang="ja"),
        "html", cte="base64")
    mf = "info@%s" % dom
    top = transport("gmail", KENJI[1], dt, dom, mf, ip, host, [dom]) + [("DKIM-Signature", dkim_sig(dom, "mail", dt))]
    hdr = std_headers(addr("AWS トレーニングと認定", "no-reply@" + dom), KENJI[1],
                      ew("【AWS認定】アカウント統合完了のお知らせ(要対応)"), fmt(dt, JST),
                      "<%s@%s>" % (rhex(20), host), [("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])
    build("040-watanabe-0603.eml", "merge_completed", "ja", top, hdr, body, "174890311200458", False, txt)


@mail
def m041():
    """Credly look-alike badge mail (phishing)."""
    dt = dt_utc(2026, 2, 17, 13, 7, 55)
    dom = "credly-notify.net"
    ip = "91.215.85.%d" % RND.randint(10, 250)
    host = "mx-out.%s" % dom
    txt = """Hi Daniel,

Good news! Your account merge has been processed and your badges have been moved.

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect – Professional

To accept your badge, sign in with your AWS Builder ID or Credly password within 72 hours:
https://credly-notify.net/badges/accept?u=daniel.okafor

If you do not accept in time, the badge will be revoked.

Credly Team
"""
    inner = paras_html(txt).replace("https://credly-notify.net/badges/accept?u=daniel.okafor",
        '<a href="https://credly-notify.net/badges/accept?u=daniel.okafor" style="background:#0d6d7b;color:#fff;padding:10px 20px;text-decoration:none">Accept Badge</a>')
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    mf = "postmaster@%s" % dom
    top = transport("fastmail", DANIEL[1], dt, dom, mf, ip, host, [dom], dmarc="none")
    top += [("DKIM-Signature", dkim_sig(dom, "k1", dt))]
    hdr = std_headers(addr("Credly", "badges@" + dom), DANIEL[1], "You've been issued a badge: AWS Certified Solutions Architect – Professional",
                      fmt(dt, UTC), "<%s@%s>" % (rhex(24), host))
    hdr = [(k, ew(v) if k == "Subject" else v) for k, v in hdr]
    build("041-okafor-0217.eml", "credly_badge_issued", "en", top, hdr, body, None, False, txt)


@mail
def m042():
    """Phishing that is not about the merge: fake AWS billing suspension."""
    dt = dt_utc(2025, 10, 1, 4, 2, 18)
    dom = "aws-billing-support.info"
    ip = "103.145.13.%d" % RND.randint(10, 250)
    host = "vps%d.hostsrv-eu.net" % RND.randint(100, 999)
    inner = """<div style="font-family:Arial;font-size:14px;max-width:600px">
<img src="https://aws-billing-support.info/img/aws_logo.png" width="90" alt="aws">
<p>Dear AWS customer,</p>
<p>We were unable to process the payment for your most recent invoice. As a result, your AWS account and all associated resources <b>will be suspended within 24 hours</b>.</p>
<p>To avoid service interruption, please update your payment method now:</p>
<p><a href="http://aws-billing-support.info/console/billing/update" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Update payment information</a></p>
<p>Invoice number: 2143377651<br>Amount due: USD 412.86</p>
<p>Thank you for using Amazon Web Services.</p>
<p>Sincerely,<br>Amazon Web Services Billing</p>
</div>"""
    body = leaf(html_wrap(inner), "html", cte="quoted-printable")
    mf = "www-data@%s" % host
    top = transport("o365", LAURA[1], dt, "amazon.com", mf, ip, host, [], dmarc="fail", spf="softfail")
    top += o365_tail()
    hdr = std_headers(addr("Amazon Web Services", "billing@amazon.com"), LAURA[1],
                      "Action Required: Your AWS account will be suspended", fmt(dt, UTC),
                      "<%s@%s>" % (rhex(16), host), [("Reply-To", "billing@" + dom)])
    build("042-mendes-1001.eml", "unrelated", "en", top, hdr, body, None, False, inner)


@mail
def m043():
    """Spoofed amazon.com From: provider says dmarc=fail; a forged pass result sits lower down."""
    dt = dt_utc(2026, 4, 15, 11, 36, 2)
    ip = "194.26.29.%d" % RND.randint(10, 250)
    host = "srv%d.cloudhost-vds.ru" % RND.randint(10, 99)
    fake_case = "177625101300288"
    txt = """中村 陽子 様

AWS トレーニングと認定 カスタマーサポートです。

お客様からご依頼のあった認定アカウントの統合について、以下の内容で処理を予定しております。

  存続アカウント: AWS08450127
  統合対象アカウント: AWS05583306

統合処理を確定するには、下記のリンクから AWS アカウントにサインインし、「統合に同意する」を選択してください。24 時間以内にご対応いただけない場合、両方のアカウントが一時的にロックされます。

https://aws-certification-support.com/merge/confirm?case=%s

この操作は取り消すことができません。

AWS トレーニングと認定 カスタマーサポート
""" % fake_case
    body = leaf(txt, cte="base64")
    mf = "apache@%s" % host
    ar = gmail_ar([], mf, ip, "amazon.com", dmarc="fail", spf="softfail")
    top = gmail_chain(NAKAMURA[1], host, ip, dt, ar, mf, arc=False)
    top = [(k, ("softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;" % (mf, ip, ip)) if k == "Received-SPF" else v) for k, v in top]
    forged = ("mx.google.com;" + NL + "       dkim=pass header.i=@amazon.com header.s=yg4mwqurec7fkhzutopddd3ytuaqrvuz header.b=Qm3kT0aa;"
              + NL + "       spf=pass smtp.mailfrom=amazon.com;" + NL + "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
    top += [("Received", "from localhost (localhost [127.0.0.1]) by %s (Postfix) with ESMTP id 9A1C2E0431%s for <%s>; %s"
             % (host, NL + "\t", NAKAMURA[1], fmt(dt - timedelta(seconds=5), UTC))),
            ("Authentication-Results", forged)]
    hdr = std_headers(addr(*FORM), NAKAMURA[1], ew("RE:[CASE %s] 認定アカウント統合のご確認" % fake_case), fmt(dt, UTC),
                      "<%s@%s>" % (rhex(20), host))
    build("043-nakamura-0415.eml", "merge_confirmation_requested", "ja", top, hdr, body, fake_case, False, txt)


# ---------------------------------------------------------------- other senders that are not the merge flow
SAM = ("Sam Whitfield", "sam.whitfield.dev@gmail.com")
TOM = ("Tom Becker", "tom.becker.cloud@gmail.com")


@mail
def m044():
    dt = dt_utc(2025, 8, 5, 21, 17, 33)
    sc_case = "5884881212"
    txt = """Hello,

Thank you for contacting Amazon Seller Support.

I have reviewed the two detail pages you reported as duplicates (ASIN B0CX4R7T2M and ASIN B0CX4R9LQ1). Our catalog team has merged them, and all offers are now listed under B0CX4R7T2M. The second page will no longer appear in search within 24-48 hours.

Please allow up to 48 hours for your inventory report to reflect the change. If your offer does not appear on the surviving page after that time, reply to this case with your SKU.

We value your feedback. Please rate my response using one of the links below.

Were you satisfied with this response?
Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&r=y
No: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&r=n

Thank you for selling on Amazon,
Meera S.
Amazon Seller Support
""" % (sc_case, sc_case)
    body = leaf(txt, cte="quoted-printable")
    ip = "54.240.13.%d" % RND.randint(10, 99)
    mf = "0100%012x-%s-000000@amazonses.com" % (int(dt.timestamp() * 1000), rhex(20))
    top = transport("gmail", SAM[1], dt, "amazon.com", mf, ip, ses_host(ip), ["amazon.com", "amazonses.com"]) + aws_dkim(dt)
    hdr = std_headers(addr("Amazon Seller Support", "seller-support@amazon.com"), SAM[1],
                      "RE:[CASE %s] Duplicate detail pages for my listing" % sc_case, fmt(dt, UTC), ses_msgid(dt))
    build("044-whitfield-0805.eml", "unrelated", "en", top, hdr, body, sc_case, True, txt)


@mail
def m045():
    dt = dt_utc(2025, 10, 2, 8, 44, 51)
    ec2 = "175939468000611"
    txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: US East (Northern Virginia)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: Load testing for a client project next week, need to go from 32 to 64 vCPUs for three days.

We will respond to your case as soon as possible. You can view your case, add correspondence, or close it in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services
""" % (ec2, ec2, ec2)
    body = leaf(txt, cte="7bit", charset="us-ascii")
    aws_send("045-becker-1002.eml", "unrelated", "en", "gmail", TOM[1], dt,
             "Amazon Web Services: You have opened a new Support case: " + ec2, body, txt, ec2, sender=NOREPLY)


@mail
def m046():
    dt = dt_utc(2025, 8, 2, 14, 0, 7)
    txt = """Hello Priya Raman,

AWS Certification wants to hear from you!

You recently updated your AWS Certification account. We would appreciate a few minutes of your time to tell us about your experience with the AWS Certification program and with your certification account.

Candidate ID: AWS06372941

Take the survey: https://www.certmetrics.com/amazon/survey/takesurvey.aspx?s=7c1d3e8f2a&c=AWS06372941

The survey will take about 5 minutes to complete and will be open until August 31, 2025.

Thank you,
AWS Training and Certification

This is an automated message from CertMetrics. Please do not reply.
"""
    inner = paras_html(txt)
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    dom = "certmetrics.com"
    ip = "52.21.183.%d" % RND.randint(10, 250)
    host = "mail%d.certmetrics.com" % RND.randint(1, 4)
    mf = "bounce@" + dom
    top = transport("outlookcom", PRIYA[1], dt, dom, mf, ip, host, [dom], tenant="DB9PR07MB7721")
    top += [("DKIM-Signature", dkim_sig(dom, "cm1", dt))] + o365_tail()
    hdr = std_headers(addr("AWS Certification", "do-not-reply@certmetrics.com"), PRIYA[1],
                      "AWS Certification wants to hear from you", fmt(dt, UTC), "<%s@certmetrics.com>" % rhex(24))
    build("046-raman-0802.eml", "unrelated", "en", top, hdr, body, None, False, txt)


@mail
def m047():
    dt = dt_utc(2026, 1, 8, 15, 20, 44)
    txt = """Hi Kenji,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on April 8, 2026.

After it expires, your badge will still be visible on your profile, but it will be marked as expired.

To keep it active, check the recertification options offered by the issuer:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/4f1c2a9e-77d0-4b6e-9a31-0c5de8b2a914

Credly, a Pearson company
Manage notifications: https://www.credly.com/notification_settings
"""
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(paras_html(txt)), "html", cte="quoted-printable"))
    credly_send("047-watanabe-0108.eml", "unrelated", "en", "gmail", KENJI[1], dt,
                "Your AWS Certified Cloud Practitioner badge expires in 90 days", body, txt, "Credly")


@mail
def m048():
    dt = dt_utc(2025, 9, 25, 19, 2, 12)
    txt = """Hi Laura,

We received a request to merge the Credly account lmendes81@gmail.com into your Credly account laura.mendes@northwind-analytics.com.

Your verification code is: 482913

Enter this code on the account merge page, or click the button below to finish. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=Jx7PqW2mRk9s

If you did not request this, you can ignore this e-mail and your accounts will stay as they are.

Credly Support
"""
    inner = paras_html(txt).replace("Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=Jx7PqW2mRk9s",
        '<a href="https://www.credly.com/users/account_merges/confirm?token=Jx7PqW2mRk9s" style="background:#0d6d7b;color:#fff;padding:10px 20px;text-decoration:none">Complete Account Merge</a>')
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    credly_send("048-mendes-0925.eml", "unrelated", "en", "o365", LAURA[1], dt,
                "Your Credly account merge verification code", body, txt, "Credly")


@mail
def m049():
    dt = dt_utc(2026, 1, 15, 2, 12, 40)
    txt = """佐藤 美咲 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
試験日時: 2026年2月7日(土) 13:30 (日本標準時)
受験方法: テストセンター
会場: 東京 品川 テストセンター
AWS 候補者 ID: AWS03381920
登録 ID: 512847301

当日は、有効な身分証明書を 2 点お持ちのうえ、試験開始 15 分前までに会場にお越しください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

Pearson VUE
"""
    body = leaf(txt, charset="iso-2022-jp", cte="7bit")
    dom = "pearson.com"
    ip = "159.182.6.%d" % RND.randint(10, 99)
    host = "mx%d.pearsonvue.com" % RND.randint(1, 4)
    mf = "bounce@" + dom
    top = transport("nifty", MISAKI[1], dt, dom, mf, ip, host, [dom]) + [("DKIM-Signature", dkim_sig(dom, "pvue", dt))]
    hdr = std_headers(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), MISAKI[1],
                      ew("試験予約の確認 - AWS Certification", "iso-2022-jp"), fmt(dt, UTC),
                      "<%s.JavaMail.pvue@prd-mail%d>" % (rhex(12), RND.randint(1, 9)))
    build("049-sato-0115.eml", "unrelated", "ja", top, hdr, body, None, False, txt)


@mail
def m050():
    dt = dt_utc(2026, 2, 12, 11, 28, 3)
    txt = """Merged #142 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/okafor-d/cert-tracker/pull/142#event-16329870011
You are receiving this because you authored the thread.

Message ID: <okafor-d/cert-tracker/pull/142/issue_event/16329870011@github.com>
"""
    inner = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/okafor-d/cert-tracker/pull/142">#142</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/okafor-d/cert-tracker/pull/142#event-16329870011">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
    body = alt(leaf(txt, cte="7bit", charset="UTF-8"), leaf(html_wrap(inner), "html", cte="7bit", charset="UTF-8"))
    dom = "github.com"
    ip = "192.30.252.%d" % RND.randint(200, 210)
    host = "out-%d.smtp.github.com" % RND.randint(20, 28)
    mf = "noreply@github.com"
    top = transport("fastmail", DANIEL[1], dt, dom, mf, ip, host, [dom])
    top += [("DKIM-Signature", dkim_sig(dom, "pf2023", dt))]
    hdr = std_headers(addr("Ifeoma N.", "notifications@github.com"), "okafor-d/cert-tracker <cert-tracker@noreply.github.com>",
                      "Re: [okafor-d/cert-tracker] Merge duplicate account records into one table (PR #142)", fmt(dt, UTC),
                      "<okafor-d/cert-tracker/pull/142/issue_event/16329870011@github.com>",
                      [("Cc", "Daniel Okafor <daniel.okafor@fastmail.com>, Author <author@noreply.github.com>"),
                       ("In-Reply-To", "<okafor-d/cert-tracker/pull/142@github.com>"),
                       ("References", "<okafor-d/cert-tracker/pull/142@github.com>"),
                       ("List-ID", "okafor-d/cert-tracker <cert-tracker.okafor-d.github.com>"),
                       ("X-GitHub-Reason", "author")])
    build("050-okafor-0212.eml", "unrelated", "en", top, hdr, body, None, False, txt)

# === MAILS END P ===
# ---------------------------------------------------------------- single mails of other users
HIROSHI = ("小林 浩", "hiroshi.kobayashi.aws@gmail.com")
CASE_H = "176879194400326"
ANA = ("Ana Ruiz", "ana@ruizdata.es")
CASE_ANA = "177913322600944"
SUBJ_ANA = "Two certification profiles - please combine"
CASE_NK = "177606186201507"
CASE_TOM = "175974192000719"
CASE_SAM = "178214058900061"


@mail
def m051():
    dt = dt_utc(2026, 1, 21, 4, 37, 15)
    new = """Hello Hiroshi,

Thank you for your reply yesterday confirming the details (I used a translation tool to read it - I hope it is fine that I answer in English).

As you confirmed, we kept AWS09034418 and merged AWS01265583 into it. This has now been completed: your certifications and exam history from both accounts are under AWS09034418, and AWS01265583 has been closed.

Your case will now be closed. You will receive a short survey about our support by e-mail - we would be very grateful if you could answer it.

If anything looks wrong when you sign in, simply reply to this e-mail within 14 days.

Best regards,
Jonas
Amazon Web Services
Training and Certification Support
"""
    quoted = """
2026年1月20日(火) 8:02 小林 浩 <hiroshi.kobayashi.aws@gmail.com>:
> ご連絡ありがとうございます。
> 内容を確認しました。AWS09034418 を残して、AWS01265583 を統合してください。
> 元に戻せないことも理解しています。よろしくお願いします。
>
> 2026年1月19日(月) 23:48 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > Hello Hiroshi,
> >
> > Please confirm the following before we proceed:
> >   Account to keep: AWS09034418
> >   Account to merge into it: AWS01265583
> > This cannot be reversed. Please reply to confirm.
"""
    body = alt(leaf(new + quoted, cte="quoted-printable"),
               leaf(html_wrap(paras_html(new) + '\n<div class="gmail_quote">' + paras_html(quoted) + "</div>"), "html", cte="quoted-printable"))
    aws_send("051-kobayashi-0121.eml", "merge_completed", "en", "gmail", HIROSHI[1], dt,
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_H,
             body, new, CASE_H)


@mail
def m052():
    dt = dt_utc(2026, 4, 14, 2, 9, 51)
    txt = """中村 陽子 様

AWS トレーニングと認定 カスタマーサポートの森です。
お問い合わせいただき、ありがとうございます。

ご依頼の AWS05583306 から AWS08450127 への統合について確認したところ、AWS05583306 に 4月25日(土) の試験(AWS Certified Machine Learning Engineer - Associate)のご予約が入っていることがわかりました。

試験のご予約があるアカウントは統合の対象にできないため、恐れ入りますが受験後に作業を進めさせていただければと存じます。

今後の流れは次のとおりです。
1. 予定どおり 4月25日にご受験ください(予約の変更は不要です)。
2. 試験結果がアカウントに反映されましたら(通常 5 営業日以内)、このメールにご返信ください。
3. その時点で、統合の内容を改めてお送りしますので、ご確認をお願いいたします。

統合が完了すると、今回の試験結果も含めて AWS08450127 でご確認いただけるようになります。
それまで本ケースはオープンのままにしておきますので、新しいケースを作成する必要はございません。

森
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    body = alt(leaf(txt, cte="base64"), leaf(html_wrap(paras_html(txt), lang="ja"), "html", cte="base64"))
    aws_send("052-nakamura-0414.eml", "support_reply", "ja", "gmail", NAKAMURA[1], dt,
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_NK,
             body, txt, CASE_NK)


@mail
def m053():
    dt = dt_utc(2025, 10, 9, 17, 26, 0)
    txt = """Hello Tom,

We are closing case %s.

As explained in our previous message, we were not able to merge AWS07418836 and AWS04402291. The second profile is registered to a different person (the name and date of birth do not match the details on your profile), so we cannot combine them. No changes have been made to either profile, and your certifications on AWS07418836 are not affected.

If you believe this is a mistake, please open a new request and attach a copy of the score report for the exam you took under AWS04402291.

Before you go, please tell us about your experience. Rate this case:
https://survey.training.aws/s/case-feedback?caseId=%s

Thank you,
AWS Training and Certification Support
""" % (CASE_TOM, CASE_TOM)
    body = leaf(txt, cte="quoted-printable")
    aws_send("053-becker-1009.eml", "survey", "en", "gmail", TOM[1], dt,
             "Case %s closed - share your feedback" % CASE_TOM, body, txt, CASE_TOM)


@mail
def m054():
    dt = dt_utc(2026, 5, 21, 9, 15, 27)
    txt = """Hello Ana,

Here is a quick summary of where your case stands:

- On May 19 I asked you to confirm your full legal name, as the two profiles show slightly different names.
- You replied with the name on your passport, "Ana María Ruiz Gómez", which matches both profiles.
- I also checked that neither profile has an exam booked, so nothing stands in the way.

Please look at the proposed change and let me know whether it is correct:

  Profile to keep: aws06620417 (ana@ruizdata.es)
  Profile to fold into it: aws-03315092 (ana.ruiz.gomez@uc3m-alumni.es)

Everything on aws-03315092 would be transferred to aws06620417, and aws-03315092 would then be shut down. This step is permanent.

If you agree, please reply to this case in the Support Center with "Confirmed". Nothing will change until you do.

What happens after you confirm:
1. The records team carries out the change, normally within two business days.
2. I post a message on this case when it is finished.
3. Your Credly badges are then reissued to ana@ruizdata.es, and Credly will e-mail you to accept them.

Best regards,
Hannah
Amazon Web Services
"""
    body = leaf(txt + CONSOLE_FOOT % CASE_ANA, cte="quoted-printable")
    aws_send("054-ruiz-0521.eml", "merge_confirmation_requested", "en", "gmail", ANA[1], dt,
             "RE:[CASE %s] %s" % (CASE_ANA, SUBJ_ANA), body, txt, CASE_ANA, sender=NOREPLY)


@mail
def m055():
    dt = dt_utc(2026, 5, 19, 12, 48, 6)
    stub = """To view this message, please use an HTML-capable e-mail client, or open your case in the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CASE_ANA
    inner = """<p>Hello Ana,</p>
<p>Thank you for opening this case. I located both certification profiles from your description: <b>AWS06620417</b> and <b>AWS03315092</b>.</p>
<p>Before I can suggest how to combine them, I need one more detail. The first profile is registered as &quot;Ana Ruiz&quot; and the second as &quot;Ana M. Ruiz Gomez&quot;. Could you please reply with your full legal name exactly as it appears on the ID you present at the test center?</p>
<p>Once I have it, I will send you the proposed change for your approval. Nothing will be changed on your profiles before that.</p>
<p>Best regards,<br>Hannah<br>Amazon Web Services</p>
<hr>
<p style="font-size:11px;color:#687078">To reply, open your case in the <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>. This e-mail address cannot receive replies.</p>""" % CASE_ANA
    body = alt(leaf(stub, cte="7bit", charset="us-ascii"), leaf(html_wrap(inner), "html", cte="quoted-printable"))
    aws_send("055-ruiz-0519.eml", "support_reply", "en", "gmail", ANA[1], dt,
             "RE:[CASE %s] %s" % (CASE_ANA, SUBJ_ANA), body, inner, CASE_ANA, sender=NOREPLY)


@mail
def m056():
    dt = dt_utc(2025, 8, 21, 7, 3, 44)
    bill = "175566600001223"
    txt = """渡辺 健二 様

Amazon Web Services 請求およびアカウントサポートの山口です。

お問い合わせいただいた、2 つの AWS アカウント(111122223333 と 444455556666)の請求をまとめたいというご要望について回答いたします。

AWS Organizations の一括請求(コンソリデーティッドビリング)機能をご利用いただくことで、複数のアカウントの請求を管理アカウントに統合できます。手順は以下のとおりです。

1. 管理アカウントとして使用するアカウント(例: 111122223333)で AWS Organizations を有効にします。
2. もう一方のアカウント(444455556666)を組織に招待します。
3. 招待されたアカウントで招待を承認すると、翌月分から請求が管理アカウントにまとめられます。

なお、アカウント自体が一つに統合されるわけではなく、リソースや IAM ユーザーはそれぞれのアカウントに残ります。

ほかにご不明な点がございましたら、サポートセンターからご返信ください。

山口
Amazon Web Services
"""
    foot = """
ケースを表示: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
このメールアドレスは送信専用です。
""" % bill
    body = leaf(txt + foot, cte="quoted-printable")
    aws_send("056-watanabe-0821.eml", "unrelated", "ja", "gmail", KENJI[1], dt,
             "RE:[CASE %s] 複数アカウントの請求をまとめたい" % bill, body, txt, bill, sender=NOREPLY)


@mail
def m057():
    dt = dt_utc(2026, 6, 22, 15, 3, 58)
    txt = """Hello Sam,

Case %s has been created for your request to AWS Training and Certification.

Here is a copy of what you submitted:

  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS07781290
  Message: "Please merge AWS02058817 into AWS07781290. I understand this can't be undone and I confirm the merge. AWS07781290 is the account I want to keep."

What happens next: a support specialist will read your request and write back to this address, normally within 24 hours. You don't need to do anything in the meantime.

To add information, reply to this message without changing the subject.

AWS Training and Certification Customer Support
""" % CASE_SAM
    body = alt(leaf(txt, cte="quoted-printable"), leaf(html_wrap(paras_html(txt)), "html", cte="quoted-printable"))
    aws_send("057-whitfield-0622.eml", "case_created", "en", "gmail", SAM[1], dt,
             "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_SAM,
             body, txt, CASE_SAM)


@mail
def m058():
    dt = dt_utc(2026, 6, 25, 10, 41, 9)
    txt = """Hi Sam,

Thanks for waiting. I can confirm the work on your profiles is finished: AWS07781290 is now your single certification profile and holds all the records that were previously under AWS02058817, which has been deactivated.

Your 50% exam discount and the AWS Certified Developer - Associate recertification date carried over unchanged.

Once Credly has processed the update (usually within 3-5 days), your badges will be reissued to the e-mail address on AWS07781290, so you may see "Accept your badge" messages from Credly. If they haven't arrived after a week, reply to this e-mail and I'll follow up.

Kind regards,
Olivia
AWS Training and Certification Support
"""
    body = leaf(txt, cte="base64")
    aws_send("058-whitfield-0625.eml", "merge_completed", "en", "gmail", SAM[1], dt,
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_SAM,
             body, txt, CASE_SAM)


@mail
def m059():
    dt = dt_utc(2026, 5, 8, 0, 30, 0)
    txt = """中村 陽子 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース番号 %s での担当者の対応について、お客様のご意見をお聞かせください。
アンケートは 3 問で、1 分ほどで終わります。

  アンケートに回答する:
  https://survey.training.aws/s/csat?c=%s&lang=ja

いただいた回答は、サポート品質の向上のために活用させていただきます。
本メールは送信専用アドレスからお送りしています。

AWS トレーニングと認定
""" % (CASE_NK, CASE_NK)
    body = alt(leaf(txt, cte="base64"), leaf(html_wrap(paras_html(txt), lang="ja"), "html", cte="base64"))
    aws_send("059-nakamura-0508.eml", "survey", "ja", "gmail", NAKAMURA[1], dt,
             "サポートの対応はいかがでしたか?(ケース %s)" % CASE_NK, body, txt, CASE_NK,
             sender=("AWS トレーニングと認定", "aws-training-survey@amazon.com"))


@mail
def m060():
    dt = dt_utc(2025, 9, 24, 16, 12, 38)
    txt = """Hello Laura,

Thank you for reopening the case and for letting us know that your AWS Certified Cloud Practitioner badge is still missing on Credly.

I checked with our Credly contact. The badge is still attached to the separate Credly account registered with lmendes81@gmail.com, which is why it did not appear with the others. There are two ways to fix this:

1. You merge the two Credly accounts yourself from Credly's account settings. Credly will send you a verification code to confirm.
2. We ask Credly to reissue the badge to laura.mendes@northwind-analytics.com. This takes about five business days.

Could you let me know which option you prefer? And apart from the badge, is there anything else you still need help with regarding AWS02291846?

Best regards,
Tomasz
Amazon Web Services
""" + CONSOLE_FOOT % CASE_B
    body = leaf(txt, cte="quoted-printable")
    aws_send("060-mendes-0924.eml", "support_reply", "en", "o365", LAURA[1], dt,
             "RE:[CASE %s] %s" % (CASE_B, SUBJ_B), body, txt, CASE_B, sender=NOREPLY)

# === MAILS END G ===


def main():
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(LABELS), "mails")


if __name__ == "__main__":
    main()
