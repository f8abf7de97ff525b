#!/usr/bin/env python3
"""Generator for blind set 168: an ordinary developer's inbox (two months)
with one AWS Certification account-merge case (form desk) mixed in."""
import base64, hashlib, html, io, json, os, quopri, random, re, sys
from datetime import datetime, timezone, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
IST = timezone(timedelta(hours=5, minutes=30))

# ---------------------------------------------------------------- persona
ME_NAME = "Kenji Sato"
ME_JA = "佐藤 健二"
ME_G = "kenji.sato.dev@gmail.com"          # personal (Gmail)
ME_O = "k.sato@hoshizora-tech.co.jp"       # work (Microsoft 365)
ME_B = "ksato-77@kde.biglobe.ne.jp"        # old ISP address (BIGLOBE)
ACC_A = "AWS02718846"   # old personal CertMetrics account (biglobe): SAA 2022, AIF 2025
ACC_B = "AWS04391275"   # work CertMetrics account: CLF 2023, DVA 2024
CASE_M = "174701083300517"   # merge case, form desk, opened 2025-05-12 09:47:13 JST
CASE_BILL = "174494915100289"  # billing case (console), opened 2025-04-18 13:05:51 JST
CASE_Q = "174772572800963"     # quota case (console, work account), 2025-05-20 16:22:08 JST
CASE_OLD = "12873349101"       # 2023 case referenced by an agent
CASE_SELLER = "5917342086"     # Amazon Seller Central case
FORM_FROM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
NOREPLY_AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def jst(*a):
    return datetime(*a, tzinfo=JST)

# ---------------------------------------------------------------- random bits
class R:
    def __init__(self, seed):
        self.r = random.Random(seed)
    def hex(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))
    def b64(self, n):
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return "".join(self.r.choice(al) for _ in range(n))
    def alnum(self, n, al="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
        return "".join(self.r.choice(al) for _ in range(n))
    def ip(self, prefix):
        return prefix + "." + ".".join(str(self.r.randint(1, 250)) for _ in range(4 - prefix.count(".") - 1))
    def uuid(self):
        h = self.hex(32)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    def int(self, a, b):
        return self.r.randint(a, b)
    def choice(self, s):
        return self.r.choice(s)

def ses_msgid(dt, rnd, region="0100"):
    ms = int(dt.timestamp() * 1000) - rnd.int(200, 4000)
    return "<%s%012x-%s-000000@email.amazonses.com>" % (region, ms, rnd.uuid())

def ses_mailfrom(msgid):
    return msgid.strip("<>").split("@")[0] + "@amazonses.com"

def rfcdate(dt):
    return format_datetime(dt)

def gdate(dt):
    # Gmail's Received timestamps are in Pacific time
    return format_datetime(dt.astimezone(PDT)) + " (PDT)"

# ---------------------------------------------------------------- MIME parts
def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              declared=None, codec=None, fmt=None):
    data = text.replace("\r\n", "\n").encode(codec or charset)
    p = MIMENonMultipart("text", subtype, charset=declared or charset)
    if fmt:
        p.set_param("format", fmt)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p

def alt(plain, htm, boundary=None, **kw):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    pkw = {k[2:]: v for k, v in kw.items() if k.startswith("p_")}
    hkw = {k[2:]: v for k, v in kw.items() if k.startswith("h_")}
    m.attach(plain if not isinstance(plain, str) else text_part(plain, "plain", **pkw))
    m.attach(htm if not isinstance(htm, str) else text_part(htm, "html", **hkw))
    return m

def mixed(parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m

def attachment(data, ctype, name):
    maintype, sub = ctype.split("/")
    p = MIMENonMultipart(maintype, sub, name=name)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    p["Content-Disposition"] = 'attachment; filename="%s"' % name
    del p["MIME-Version"]
    return p

def txt2html(text, font="Arial, sans-serif"):
    """Plain text with '>' quoting to simple client-style HTML."""
    out, depth = [], 0
    for line in text.split("\n"):
        d = 0
        s = line
        while s.startswith(">"):
            d += 1
            s = s[1:].lstrip(" ") if s[1:2] == " " else s[1:]
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(html.escape(s) + "<br>")
    out.extend("</blockquote>" for _ in range(depth))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr" style="font-family:%s">\n' % font + "\n".join(out) + "\n</div></body></html>\n")

# ---------------------------------------------------------------- quoting
def q(text, prefix=">"):
    return "\n".join((prefix + " " + l) if l and not l.startswith(">") else (prefix + l) for l in text.split("\n"))

EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
JA_DAYS = "月火水木金土日"

def gmail_attr(dt, name, addr):
    h = dt.strftime("%I").lstrip("0")
    return "On %s, %s at %s:%s %s %s <%s> wrote:" % (
        EN_DAYS[dt.weekday()], dt.strftime("%b %-d, %Y"), h, dt.strftime("%M"), dt.strftime("%p"), name, addr)

def ja_attr(dt, name, addr):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (dt.year, dt.month, dt.day, JA_DAYS[dt.weekday()],
                                               dt.hour, dt.minute, name, addr)

def outlook_block(frm, dt, to, subject, cc=None, ja=False):
    if ja:
        lines = ["差出人: %s" % frm, "送信日時: %d年%d月%d日 %d:%02d" % (dt.year, dt.month, dt.day, dt.hour, dt.minute),
                 "宛先: %s" % to]
        if cc:
            lines.append("CC: %s" % cc)
        lines.append("件名: %s" % subject)
    else:
        lines = ["From: %s" % frm, "Sent: %s" % dt.strftime("%A, %B %-d, %Y %-I:%M %p"), "To: %s" % to]
        if cc:
            lines.append("Cc: %s" % cc)
        lines.append("Subject: %s" % subject)
    return "\n".join(lines)

def orig_block(frm, dt, to, subject):
    return "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s" % (
        frm, dt.strftime("%a, %d %b %Y %H:%M:%S %z"), to, subject)

# ---------------------------------------------------------------- headers
def fold_list(items, sep="; ", indent="\n\t"):
    return (";" + indent).join(items)

def dkim_sig(rnd, d, sel, dt, hlist="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date", c="relaxed/simple"):
    b = rnd.b64(342) + "=="
    chunks = "\n\t".join(b[i:i + 72] for i in range(0, len(b), 72))
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s" %
            (c, sel, d, int(dt.timestamp()) - rnd.int(1, 5), hlist, rnd.b64(43), chunks))

class Sender:
    """How the sending side looks: relay host/ip, envelope sender, DKIM domains."""
    def __init__(self, host, ip, mailfrom, dkim=(), spf="pass", dmarc=None, helo=None, spf_domain=None):
        self.host, self.ip, self.mailfrom = host, ip, mailfrom
        self.dkim = list(dkim)      # [(domain, selector, result)]
        self.spf = spf
        self.dmarc = dmarc          # (result, policy, from_domain) or None
        self.helo = helo or host
        self.spf_domain = spf_domain or mailfrom.split("@")[-1]

def gmail_trace(rnd, to, dt, s):
    t_in = dt + timedelta(seconds=rnd.int(1, 9))
    smtp_id = rnd.alnum(3, "abcdefghijklmnopqrstuvwxyz0123456789") + str(rnd.int(1000000, 9999999))
    mxid = rnd.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789") + "." + rnd.int(1, 400).__str__()
    ar = ["mx.google.com"]
    for (d, sel, res) in s.dkim:
        ar.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, sel, rnd.b64(8)))
    spf_word = {"pass": "designates %s as permitted sender" % s.ip,
                "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (s.mailfrom, s.ip),
                "fail": "domain of %s does not designate %s as permitted sender" % (s.mailfrom, s.ip),
                "neutral": "%s is neither permitted nor denied by best guess record for domain of %s" % (s.ip, s.mailfrom)}[s.spf]
    if s.spf == "pass":
        ar.append("spf=pass (google.com: domain of %s %s) smtp.mailfrom=%s" % (s.mailfrom, spf_word, s.mailfrom))
    else:
        ar.append("spf=%s (google.com: %s) smtp.mailfrom=%s" % (s.spf, spf_word, s.mailfrom))
    if s.dmarc:
        res, pol, fd = s.dmarc
        if pol:
            ar.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (res, pol, pol, "QUARANTINE" if res == "fail" and pol != "NONE" else "NONE", fd))
        else:
            ar.append("dmarc=%s header.from=%s" % (res, fd))
    ar_val = (";\n       ").join(ar)
    hdrs = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rnd.hex(4), rnd.hex(3), rnd.hex(3), rnd.hex(4), smtp_id, gdate(t_in + timedelta(seconds=1)))),
        ("X-Google-Smtp-Source", "AGHT+I" + rnd.b64(86)),
        ("X-Received", "by 2002:a05:6214:%s:b0:6f5:%s:%s with SMTP id %s;\n        %s" % (
            rnd.hex(4), rnd.hex(4), rnd.hex(4), rnd.alnum(24, "abcdefghijklmnopqrstuvwxyz0123456789"), gdate(t_in))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s" % (
            int(t_in.timestamp()), rnd.b64(70), rnd.b64(60) + "==")),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s\n         %s==;\n        dara=google.com" % (
            rnd.b64(43), rnd.b64(43), rnd.b64(70), rnd.b64(60))),
        ("ARC-Authentication-Results", "i=1; " + ar_val.replace("header.b=", "header.b=")),
        ("Return-Path", "<%s>" % s.mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            s.host, s.host, s.ip, mxid, to, gdate(t_in))),
        ("Received-SPF", "%s (google.com: %s) client-ip=%s;" % (s.spf, spf_word if s.spf != "pass" else "domain of %s %s" % (s.mailfrom, spf_word), s.ip)),
        ("Authentication-Results", ar_val),
    ]
    return hdrs

def outlook_trace(rnd, to, dt, s, internal=False):
    t_in = dt + timedelta(seconds=rnd.int(1, 6))
    def srv(pfx):
        return "%s%s%s.apcprd%02d.prod.outlook.com" % (pfx, rnd.alnum(2), rnd.int(1000, 9999), rnd.int(1, 6))
    mbx, fe, edge = srv("TYCPR01MB"), srv("OS0P286CA"), "TY2PEPF0000%s.apcprd03.prod.outlook.com" % rnd.alnum(4)
    ms_ts = lambda t: t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S.") + "%07d +0000" % rnd.int(0, 9999999)
    if internal:
        ar = "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hoshizora-tech.co.jp;"
    else:
        parts = []
        spfw = {"pass": "pass (sender IP is %s)" % s.ip, "fail": "fail (sender IP is %s)" % s.ip,
                "softfail": "softfail (sender IP is %s)" % s.ip, "neutral": "neutral (sender IP is %s)" % s.ip,
                "none": "none (sender IP is %s)" % s.ip}[s.spf]
        parts.append("spf=%s\n smtp.mailfrom=%s" % (spfw, s.spf_domain))
        if s.dkim:
            d, sel, res = s.dkim[0]
            parts.append(" dkim=%s (%s)\n header.d=%s" % (res, "signature was verified" if res == "pass" else "signature did not verify", d))
        else:
            parts.append(" dkim=none (message not signed)\n header.d=none")
        if s.dmarc:
            res, pol, fd = s.dmarc
            act = "none" if res in ("pass", "none", "bestguesspass") else ("quarantine" if pol == "QUARANTINE" else "oreject")
            parts.append("dmarc=%s action=%s header.from=%s" % (res, act, fd))
            parts.append("compauth=%s reason=%s" % ("pass" if res == "pass" else "fail", "100" if res == "pass" else "000"))
        ar = ";".join(parts)
    hdrs = [
        ("Received", "from %s (2603:1096:400:%s::%s) by\n %s with HTTPS; %s" % (fe, rnd.hex(3), rnd.hex(2), mbx, ms_ts(t_in + timedelta(seconds=2)))),
        ("Received", "from %s (2603:1096:604:%s::%s) by\n %s (2603:1096:400:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8722.%d; %s" % (
            edge, rnd.hex(3), rnd.hex(2), fe, rnd.hex(3), rnd.hex(2), rnd.int(10, 40), ms_ts(t_in + timedelta(seconds=1)))),
        ("Received", "from %s\n (2603:1096:604:%s:cafe::%s) by %s\n (2603:1096:604:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend Transport; %s" % (
            edge, rnd.hex(3), rnd.hex(2), edge.replace("PEPF", "PR"), rnd.hex(3), rnd.hex(2), rnd.int(10, 40), ms_ts(t_in))),
        ("Authentication-Results", ar),
    ]
    if not internal:
        spf_txt = {"pass": "Pass (protection.outlook.com: domain of %s designates %s as permitted sender)" % (s.spf_domain, s.ip),
                   "fail": "Fail (protection.outlook.com: domain of %s does not designate %s as permitted sender)" % (s.spf_domain, s.ip),
                   "softfail": "SoftFail (protection.outlook.com: domain of transitioning %s discourages use of %s as permitted sender)" % (s.spf_domain, s.ip),
                   "none": "None (protection.outlook.com: %s does not designate permitted sender hosts)" % s.spf_domain,
                   "neutral": "Neutral (protection.outlook.com: %s is neither permitted nor denied by domain of %s)" % (s.ip, s.spf_domain)}[s.spf]
        hdrs.append(("Received-SPF", "%s\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (spf_txt, s.ip, s.helo)))
        hdrs.append(("Received", "from %s (%s) by\n %s (10.167.249.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend Transport; %s" % (
            s.host, s.ip, edge, rnd.int(2, 250), rnd.int(10, 40), ms_ts(dt))))
    return hdrs

def outlook_tail(rnd, dt, internal=False):
    return [
        ("X-MS-Exchange-Organization-ExpirationStartTime", dt.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + "%04dZ" % rnd.int(0, 9999)),
        ("X-MS-Exchange-Organization-Network-Message-Id", rnd.uuid()),
        ("X-MS-Exchange-Organization-AuthSource", "TY2PEPF0000%s.apcprd03.prod.outlook.com" % rnd.alnum(4)),
        ("X-MS-Exchange-Organization-AuthAs", "Internal" if internal else "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "-1" if internal else "1"),
        ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|69100299015|8096899003|%d;" % rnd.int(1000000, 9999999)),
        ("X-MS-Exchange-Transport-EndToEndLatency", "00:00:0%d.%07d" % (rnd.int(1, 9), rnd.int(0, 9999999))),
    ]

def biglobe_trace(rnd, to, dt, s):
    t_in = dt + timedelta(seconds=rnd.int(1, 8))
    ar = ["mx.biglobe.ne.jp"]
    ar.append("spf=%s smtp.mailfrom=%s" % (s.spf, s.mailfrom))
    for (d, sel, res) in s.dkim:
        ar.append("dkim=%s header.d=%s header.s=%s" % (res, d, sel))
    if s.dmarc:
        ar.append("dmarc=%s header.from=%s" % (s.dmarc[0], s.dmarc[2]))
    return [
        ("Return-Path", "<%s>" % s.mailfrom),
        ("Delivered-To", to),
        ("Received", "from mfilter%02d.biglobe.ne.jp (mfilter%02d.biglobe.ne.jp [133.208.149.%d])\n\tby mbox-pop%02d.biglobe.ne.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            rnd.int(1, 12), rnd.int(1, 12), rnd.int(10, 200), rnd.int(1, 20), rnd.alnum(11, "0123456789ABCDEF"), to, rfcdate((t_in + timedelta(seconds=1)).astimezone(JST)))),
        ("Authentication-Results", ";\n\t".join(ar)),
        ("Received", "from %s (%s [%s])\n\tby mx%02d.biglobe.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            s.host, s.host, s.ip, rnd.int(1, 9), rnd.alnum(11, "0123456789ABCDEF"), to, rfcdate(t_in.astimezone(JST)))),
    ]

# ---------------------------------------------------------------- senders
AMZ_SEL = {"amazon.com": "rjs4zcgnsn5khabvyfbspzj6mnbbmi4d", "amazonaws.com": "2e2cfyz4ugvsz6tqnntzwidbyfmbdo3h",
           "signin.aws": "hhlubiwdoz2fxhekbytmg5sm3ld6qdsw"}
def ses_sender(rnd, msgid, dkim_d="amazon.com", dmarc=("pass", "QUARANTINE", "amazon.com"), region="us-east-1"):
    ipn = "54.240.%d.%d" % (rnd.int(0, 15), rnd.int(1, 250)) if region == "us-east-1" else "23.251.%d.%d" % (rnd.int(224, 239), rnd.int(1, 250))
    host = "a%s-%s.smtp-out.amazonses.com" % tuple(ipn.split(".")[2:]) if region == "us-east-1" else "e%s-%s.smtp-out.ap-northeast-1.amazonses.com" % tuple(ipn.split(".")[2:])
    dk = [(dkim_d, AMZ_SEL.get(dkim_d, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"), "pass"),
          ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")]
    return Sender(host, ipn, ses_mailfrom(msgid), dk, "pass", dmarc, spf_domain="amazonses.com")

def ses_dkim_headers(rnd, dt, dkim_d="amazon.com"):
    return [("DKIM-Signature", dkim_sig(rnd, dkim_d, AMZ_SEL.get(dkim_d, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"), dt,
                                         "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date")),
            ("DKIM-Signature", dkim_sig(rnd, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", dt,
                                         "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]

def ses_tail(rnd, dt, region="us-east-1"):
    return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, rnd.b64(43))),
            ("X-SES-Outgoing", "%s-%s" % (dt.astimezone(UTC).strftime("%Y.%m.%d"), "54.240.%d.%d" % (rnd.int(0, 15), rnd.int(1, 250))))]

# ---------------------------------------------------------------- assembly
def ew(s, charset, codec=None, enc="B", maxbytes=42):
    """Hand-made RFC 2047 encoded words (keeps the given charset label, e.g.
    Shift_JIS, which the email package would otherwise convert), folded."""
    codec = codec or charset
    words, cur = [], ""
    for ch in s:
        if cur and len((cur + ch).encode(codec)) > maxbytes:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(codec)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            qs = "".join(chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else "=%02X" % c) for c in b)
            out.append("=?%s?Q?%s?=" % (charset, qs))
    return "\n ".join(out)

def encode_subject(s, charset=None):
    if charset is None:
        try:
            s.encode("ascii")
            return s
        except UnicodeEncodeError:
            charset = "utf-8"
    return Header(s, charset, header_name="Subject").encode(linesep="\n")

def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)

def serialize(headers, body):
    """headers: list of (name, value) in order; body: a MIME object (its own
    Content-* headers are appended after our headers)."""
    p = policy.compat32.clone(linesep="\r\n")
    f = io.BytesIO()
    BytesGenerator(f, mangle_from_=False, maxheaderlen=0, policy=p).flatten(body)
    raw = f.getvalue()
    ch, _, rest = raw.partition(b"\r\n\r\n")
    lines = []
    for n, v in headers:
        v = v.replace("\r\n", "\n").replace("\n", "\r\n")
        lines.append(("%s: %s" % (n, v)).encode("utf-8"))
    lines.append(b"MIME-Version: 1.0")
    out = b"\r\n".join(lines) + b"\r\n" + ch + b"\r\n\r\n" + rest
    return out

MAILS = []

def mail(slug, kind, case_id, ids, verified, lang):
    def deco(fn):
        MAILS.append((slug, fn, {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
                                 "sender_verified": verified, "language": lang}))
        return fn
    return deco

def compose(rnd, box, to, dt, sender, top, body, extra_top=(), forged_ar=None, trace=True):
    """box: gmail/outlook/biglobe/none.  top: list of sender-side headers
    (DKIM, From, To, Subject, Date, Message-ID, ...)."""
    h = []
    if box == "gmail":
        h += gmail_trace(rnd, to, dt, sender)
    elif box == "outlook":
        h += outlook_trace(rnd, to, dt, sender)
    elif box == "outlook-internal":
        h += outlook_trace(rnd, to, dt, sender, internal=True)
    elif box == "biglobe":
        h += biglobe_trace(rnd, to, dt, sender)
    elif box == "none":
        pass
    h += list(extra_top)
    if forged_ar:
        h.append(("Authentication-Results", forged_ar))
    h += list(top)
    if box.startswith("outlook"):
        h += outlook_tail(rnd, dt, internal=(box == "outlook-internal"))
    return serialize(h, body)

# ================================================================ MAILS

# ---------------------------------------------------------------- common non-AWS senders
def github_sender(rnd):
    ip = "192.30.252.%d" % rnd.int(190, 215)
    return Sender("out-%d.smtp.github.com" % rnd.int(10, 30), ip, "noreply@github.com",
                  [("github.com", "pf2023", "pass")], "pass", ("pass", "REJECT", "github.com"))

def credly_sender(rnd, to, dom="credly.com"):
    ip = "168.245.%d.%d" % (rnd.int(1, 120), rnd.int(1, 250))
    local = to.replace("@", "=")
    return Sender("o%d.ptr%d.%s" % (rnd.int(1, 9), rnd.int(1000, 9999), dom), ip,
                  "bounces+%d-%s-%s@em.%s" % (rnd.int(1000000, 9999999), rnd.hex(4), local, dom),
                  [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass",
                  ("pass", "NONE" if dom == "youracclaim.com" else "QUARANTINE", dom))

def std_top(frm, to, subject, dt, msgid, cc=None, extra=(), subj_charset=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", encode_subject(subject, subj_charset)), ("Date", rfcdate(dt)), ("Message-ID", msgid)]
    h += list(extra)
    return h

# ---------------------------------------------------------------- 001
@mail("github-pr-merged", "unrelated", None, [], False, "en")
def m001(rnd):
    dt = jst(2025, 4, 14, 10, 3, 27).astimezone(UTC)
    s = github_sender(rnd)
    subj = "Re: [kenjisato/tsundoku-api] Add cursor pagination to /books endpoint (PR #42)"
    plain = ("Merged #42 into main.\n\n"
             "\u2014\nReply to this email directly, view it on GitHub:\n"
             "https://github.com/kenjisato/tsundoku-api/pull/42#event-17293847561\n"
             "You are receiving this because you authored the thread.\n\n"
             "Message ID: <kenjisato/tsundoku-api/pull/42/issue_event/17293847561@github.com>\n")
    htm = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kenjisato/tsundoku-api/pull/42">#42</a> '
           'into main.</p>\n\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
           '<a href="https://github.com/kenjisato/tsundoku-api/pull/42#event-17293847561">view it on GitHub</a>, or '
           '<a href="https://github.com/notifications/unsubscribe-auth/AB3K7Q">unsubscribe</a>.<br />You are receiving this because you authored the thread.'
           '<img src="https://github.com/notifications/beacon/AB3K7QX.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none;">'
           'Message ID: <span>&lt;kenjisato/tsundoku-api/pull/42/issue_event/17293847561</span><span>@</span><span>github</span><span>.</span><span>com&gt;</span></span></p>\n')
    body = alt(plain, htm, boundary="--==_mimepart_67fc5a8f3c4e1_2b7a1d8c10%d" % rnd.int(1000, 9999))
    top = [("DKIM-Signature", dkim_sig(rnd, "github.com", "pf2023", dt, "Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From"))]
    top += std_top('"Mika Tanaka" <notifications@github.com>', "kenjisato/tsundoku-api <tsundoku-api@noreply.github.com>",
                   subj, dt, "<kenjisato/tsundoku-api/pull/42/issue_event/17293847561@github.com>",
                   cc="Kenji Sato <kenji.sato.dev@gmail.com>, Author <author@noreply.github.com>",
                   extra=[("Reply-To", "kenjisato/tsundoku-api <reply+AB3K7QXZ6KDW@reply.github.com>"),
                          ("In-Reply-To", "<kenjisato/tsundoku-api/pull/42@github.com>"),
                          ("References", "<kenjisato/tsundoku-api/pull/42@github.com>"),
                          ("List-ID", "kenjisato/tsundoku-api <tsundoku-api.kenjisato.github.com>"),
                          ("List-Unsubscribe", "<mailto:unsub+AB3K7QXZ6KDW@reply.github.com>,\n <https://github.com/notifications/unsubscribe/AB3K7Q>"),
                          ("X-GitHub-Sender", "mtanaka-dev"), ("X-GitHub-Recipient", "kenjisato"),
                          ("X-GitHub-Reason", "author"), ("X-GitHub-Notify-Platform", "newsies-on-aws")])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 002
@mail("aws-weekly-roundup-newsletter", "unrelated", None, [], True, "en")
def m002(rnd):
    dt = datetime(2025, 4, 15, 16, 2, 11, tzinfo=UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid)
    htm = """<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>AWS Weekly Roundup</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:20px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="110" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:24px">AWS Weekly Roundup: Amazon Q Developer in the console, EKS auto mode, and more (April 14, 2025)</h1>
<p>Hello builders,</p>
<p>Here are the launches and updates from last week that caught our attention.</p>
<ul>
<li><b>Amazon Q Developer</b> now supports multi-file code transformations in the IDE.</li>
<li><b>Amazon EKS</b> Auto Mode adds support for custom node pools.</li>
<li><b>AWS Lambda</b> increases the maximum payload for asynchronous invocations to 1 MB.</li>
<li><b>Amazon S3</b> Express One Zone now supports conditional deletes.</li>
</ul>
<h2 style="font-size:18px">Upcoming events</h2>
<p>AWS Summit Japan takes place June 25&ndash;26 at Makuhari Messe. <a href="https://aws.amazon.com/jp/summits/japan/">Register now</a>.</p>
<p>AWS Certification: Get 50% off your next exam when you hold an active AWS Certification. Visit your AWS Certification Account to find your benefits.</p>
<p>&mdash; The AWS News Blog team</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.<br>
<a href="https://pages.awscloud.com/communication-preferences.html">Manage preferences</a> | <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a> | <a href="https://aws.amazon.com/privacy/">Privacy</a>
</td></tr></table></td></tr></table></body></html>
"""
    body = text_part(htm, "html", "utf-8", "quoted-printable")
    top = ses_dkim_headers(rnd, dt) + std_top('"Amazon Web Services" <aws-marketing-email-replies@amazon.com>', ME_G,
        "AWS Weekly Roundup: Amazon Q Developer, EKS Auto Mode, and more", dt, mid,
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=MTEyLVRaTS03NjYAAAGZ%s>" % rnd.b64(20)),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]) + ses_tail(rnd, dt)
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 003
@mail("pearson-vue-appointment-ja", "unrelated", None, [ACC_A], False, "ja")
def m003(rnd):
    dt = jst(2025, 4, 16, 21, 14, 52)
    s = Sender("mta-%d.pearson.com" % rnd.int(10, 99), "159.112.%d.%d" % (rnd.int(240, 250), rnd.int(1, 250)),
               "bounce-%s@pearson.com" % rnd.hex(10), [("pearson.com", "selector1", "pass")], "pass", ("pass", "REJECT", "pearson.com"))
    text = """佐藤 健二 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験の予約が確定しましたのでお知らせいたします。

試験名: AIF-C01: AWS Certified AI Practitioner (日本語)
試験日時: 2025年4月22日(火) 14:00 JST
所要時間: 130分（試験説明・アンケートを含む）
受験方法: テストセンター
会場: 秋葉原テストセンター
　　　東京都千代田区外神田1-18-13 秋葉原ダイビル 12F

受験者 ID: AWS02718846
登録 ID: 4829173650
予約番号: 518204937

【当日の持ち物】
・有効期限内の身分証明書を2点（うち1点は顔写真付き）
・受付は試験開始の30分前から開始いたします。15分以上遅刻された場合は受験いただけません。

予約の変更・キャンセルは、試験開始の24時間前までに AWS 認定アカウントから行ってください。
https://www.aws.training/certification

※本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできません。

Pearson VUE カスタマーサービス
https://www.pearsonvue.co.jp/
"""
    body = text_part(text, "plain", "iso-2022-jp", "7bit", codec="iso2022_jp")
    top = [("DKIM-Signature", dkim_sig(rnd, "pearson.com", "selector1", dt))]
    top += std_top(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_B,
                   "Pearson VUE 試験予約確認 - AWS Certified AI Practitioner", dt,
                   "<%d.%s.JavaMail.vue@prdvuemail%02d>" % (rnd.int(10**8, 10**9), rnd.hex(8), rnd.int(1, 9)),
                   subj_charset="iso-2022-jp")
    return compose(rnd, "biglobe", ME_B, dt, s, top, body)

# ---------------------------------------------------------------- 004
@mail("credly-badge-expiring-reminder", "unrelated", None, [], True, "en")
def m004(rnd):
    dt = datetime(2025, 4, 17, 13, 31, 4, tzinfo=UTC)
    s = credly_sender(rnd, ME_B)
    plain = """Hi Kenji,

Your badge is expiring soon.

AWS Certified Solutions Architect - Associate
Issued by Amazon Web Services Training and Certification
Expires: June 20, 2025

Once a badge expires it will still be visible on your profile, but it will be
marked as expired. To keep your certification active, follow the issuer's
recertification requirements before the expiration date.

View badge: https://www.credly.com/badges/5c1e8a2f-93b4-4d0e-9a57-0f2c6b7d8e41

Credly, a Pearson company
210 Sixth Avenue, Pittsburgh, PA 15222
Manage notification settings: https://www.credly.com/users/kenji-sato.8c2f1e/notifications
"""
    htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#3b3f45">
<table width="600" align="center"><tr><td><img src="https://images.credly.com/images/credly-logo.png" width="120" alt="Credly"></td></tr>
<tr><td><h2>Hi Kenji,</h2><p>Your badge is expiring soon.</p>
<table><tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110"></td>
<td><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification<br>Expires: June 20, 2025</td></tr></table>
<p>Once a badge expires it will still be visible on your profile, but it will be marked as expired. To keep your certification active, follow the issuer&rsquo;s recertification requirements before the expiration date.</p>
<p><a href="https://www.credly.com/badges/5c1e8a2f-93b4-4d0e-9a57-0f2c6b7d8e41" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">View Badge</a></p>
</td></tr><tr><td style="font-size:11px;color:#888">Credly, a Pearson company &middot; 210 Sixth Avenue, Pittsburgh, PA 15222<br>
<a href="https://www.credly.com/users/kenji-sato.8c2f1e/notifications">Manage notification settings</a></td></tr></table></body></html>
"""
    body = alt(plain, htm, boundary="----=_Part_%d_%d.%d" % (rnd.int(10**6, 10**7), rnd.int(10**8, 10**9), int(dt.timestamp() * 1000)),
               p_cte="7bit", p_charset="us-ascii", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "credly.com", "s1", dt, "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to")),
           ("DKIM-Signature", dkim_sig(rnd, "sendgrid.info", "smtpapi", dt, "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to"))]
    top += std_top('"Credly" <admin@credly.com>', ME_B, "Your AWS Certified Solutions Architect - Associate badge expires soon",
                   dt, "<%s@geopod-ismtpd-%d>" % (rnd.b64(22).replace("/", "_").replace("+", "-"), rnd.int(1, 30)),
                   extra=[("X-SG-EID", rnd.b64(60)), ("X-Entity-ID", rnd.b64(22) + "==")])
    return compose(rnd, "biglobe", ME_B, dt, s, top, body)

# ---------------------------------------------------------------- 005
@mail("aws-billing-case-opened", "unrelated", CASE_BILL, [], True, "en")
def m005(rnd):
    dt = jst(2025, 4, 18, 13, 5, 58).astimezone(UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid)
    link = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % CASE_BILL
    plain = """Dear Kenji Sato,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: 4月の請求額について（Elastic IP の課金）
Severity: General guidance
Correspondence: 3月分の請求に Elastic IP アドレスの料金が USD 3.72 計上されていますが、
インスタンスはすべて停止しています。どのリソースが対象か教えてください。

You can view this case and add correspondence to it at any time in the AWS Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
Please use the link above if you need to contact us again about this same issue.

Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (CASE_BILL, CASE_BILL, link)
    htm = txt2html(plain).replace(html.escape(link), '<a href="%s">%s</a>' % (html.escape(link), html.escape(link)))
    body = alt(plain, htm, boundary="----=_Part_%d_%d.%d" % (rnd.int(10**6, 10**7), rnd.int(10**8, 10**9), int(dt.timestamp() * 1000)),
               p_cte="quoted-printable", h_cte="quoted-printable")
    top = ses_dkim_headers(rnd, dt) + std_top('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_G,
        "Amazon Web Services: You have opened a new Support case: %s" % CASE_BILL, dt, mid) + ses_tail(rnd, dt)
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 006
@mail("gitlab-mr-merged", "unrelated", None, [], False, "en")
def m006(rnd):
    dt = jst(2025, 4, 18, 17, 42, 9).astimezone(UTC)
    s = Sender("mail-%d.mg.gitlab.com" % rnd.int(10, 99), "198.61.254.%d" % rnd.int(1, 250),
               "bounce+%s.%s-%s=%s@mg.gitlab.com" % (rnd.hex(6), rnd.hex(6), ME_G.split("@")[0], "gmail.com"),
               [("mg.gitlab.com", "mailo", "pass"), ("gitlab.com", "mailo", "pass")], "pass", ("pass", "REJECT", "gitlab.com"))
    plain = """Merge request !118 was merged
Merge request URL: https://gitlab.com/hoshizora-tech/infra-terraform/-/merge_requests/118
Project:Branches: kenji.sato/infra-terraform:feature/vpc-endpoints-s3 to hoshizora-tech/infra-terraform:main
Author: Kenji Sato

--
Reply to this email directly or view it on GitLab: https://gitlab.com/hoshizora-tech/infra-terraform/-/merge_requests/118
You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread: https://gitlab.com/-/sent_notifications/%s/unsubscribe | Manage all notifications: https://gitlab.com/-/profile/notifications | Help: https://gitlab.com/help
""" % rnd.hex(32)
    htm = txt2html(plain, "Helvetica, Arial, sans-serif")
    body = alt(plain, htm, boundary="--==_mimepart_%s_%d" % (rnd.hex(13), rnd.int(100000, 999999)), p_cte="7bit", p_charset="UTF-8",
               h_charset="UTF-8", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "gitlab.com", "mailo", dt, "In-Reply-To:References:Reply-To:Subject:Message-ID:To:From:Date"))]
    top += std_top('"Tomoya Ishikawa (@t.ishikawa)" <gitlab@mg.gitlab.com>', '"Kenji Sato" <%s>' % ME_G,
        "Re: Infra Terraform | Add VPC endpoints for S3 and DynamoDB (!118)", dt,
        "<merge_request_%d@gitlab.com>" % rnd.int(10**8, 10**9) if False else "<%s_%d@gitlab.com>" % (rnd.hex(20), rnd.int(100, 999)),
        extra=[("Reply-To", "GitLab <incoming+hoshizora-tech-infra-terraform-%d-%s-issue-118@incoming.gitlab.com>" % (rnd.int(10**7, 10**8), rnd.alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789"))),
               ("In-Reply-To", "<merge_request_%d@gitlab.com>" % 318827365), ("References", "<merge_request_318827365@gitlab.com>"),
               ("X-GitLab-Project", "infra-terraform"), ("X-GitLab-MergeRequest-IID", "118"),
               ("X-GitLab-NotificationReason", "author"), ("List-Id", "hoshizora-tech/infra-terraform <%d.infra-terraform.hoshizora-tech.gitlab.com>" % rnd.int(10**7, 10**8))])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

def bnd(rnd, dt, style="java"):
    if style == "java":
        return "----=_Part_%d_%d.%d" % (rnd.int(10**6, 10**7), rnd.int(10**8, 10**9), int(dt.timestamp() * 1000))
    if style == "gmail":
        return "000000000000%s" % rnd.hex(12)
    if style == "outlook":
        return "_000_%s_" % rnd.alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return "==%s==" % rnd.hex(16)

AWS_FOOTER = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

# ---------------------------------------------------------------- 007
@mail("aws-billing-case-reply-ja", "unrelated", CASE_BILL, [], True, "ja")
def m007(rnd):
    dt = jst(2025, 4, 19, 11, 26, 40).astimezone(UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid)
    link = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % CASE_BILL
    plain = """佐藤 様

Amazon Web Services（AWS）にお問い合わせいただき、誠にありがとうございます。
AWS 請求サポートの山本と申します。

3月分のご請求に計上されている Elastic IP アドレスの料金について確認いたしました。

お客様のアカウントでは、アジアパシフィック（東京）リージョンにおいて、
停止中の EC2 インスタンス（i-0a3f5c21e9b7d4410）に関連付けられた Elastic IP アドレスが
1 つ確保されたままとなっておりました。

2024年2月1日より、パブリック IPv4 アドレスは、実行中のインスタンスに関連付けられているか
どうかにかかわらず、1 時間あたり 0.005 USD の料金が発生いたします。
3月の 744 時間分として USD 3.72 が計上されております。

今後の料金発生を防ぐには、EC2 コンソールの［Elastic IP］画面から対象のアドレスを
解放（リリース）していただけますでしょうか。なお、解放したアドレスは元に戻すことが
できませんので、ご注意くださいませ。

今回は初回のご利用に関するお問い合わせであることから、特例として 3 月分の該当料金を
クレジットとして付与いたしました。5～7 営業日以内に反映される見込みでございます。

ほかにご不明な点がございましたら、お気軽にお問い合わせくださいませ。
今後とも Amazon Web Services をよろしくお願い申し上げます。

山本
Amazon Web Services

=============================================================
このケースへのご返信やご意見は、サポートセンターからお願いいたします：
%s

*本メールは送信専用アドレスから送信されております。ご返信いただいてもお答えできませんので、ご了承ください。

""" % link + AWS_FOOTER + "\n"
    htm = txt2html(plain, "'Meiryo', Arial, sans-serif")
    body = alt(plain, htm, boundary=bnd(rnd, dt), p_cte="base64", h_cte="base64")
    top = ses_dkim_headers(rnd, dt) + std_top('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_G,
        "RE:[CASE %s] 4月の請求額について（Elastic IP の課金）" % CASE_BILL, dt, mid) + ses_tail(rnd, dt)
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 008
@mail("colleague-release-merge-schedule", "unrelated", None, [], None, "en")
def m008(rnd):
    dt = jst(2025, 4, 21, 18, 12, 3)
    prev = jst(2025, 4, 21, 15, 40, 0)
    plain = """Hi Kenji-san,

OK for me. Then we merge release/2.3 into main on Thursday 24th after QA sign-off, and I will tag v2.3.0 same day.
One concern: the feature flag for new billing page is still ON in staging. Can you please turn it OFF before the merge? Otherwise it will go to prod also.

Also, about the two AWS accounts (hoshizora-dev and hoshizora-sandbox), I think we should merge the IAM Identity Center config first, then CI roles. No hurry, next sprint is fine.

Thanks,
Ravi

Ravi Menon
Senior Software Engineer | Platform Team
Hoshizora Technologies Inc.
r.menon@hoshizora-tech.co.jp | +81-3-6812-4470

""" + outlook_block("Kenji Sato <k.sato@hoshizora-tech.co.jp>", prev, "Ravi Menon <r.menon@hoshizora-tech.co.jp>",
                    "release/2.3 merge schedule", cc="Dev Team <dev-team@hoshizora-tech.co.jp>") + """

Hi Ravi,

QA found two minor issues in release/2.3 (BUG-1182, BUG-1185). Both are fixed in the branch now.
Can we merge to main on Thursday instead of Wednesday? I want one more full regression run.

Kenji
"""
    htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="EN-US" link="#0563C1" vlink="#954F72">'
           '<div class="WordSection1">' + "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(l) or "&nbsp;") for l in plain.split("\n")) +
           '</div></body></html>\n')
    body = alt(plain, htm, boundary=bnd(rnd, dt, "outlook"), p_cte="quoted-printable", h_cte="quoted-printable")
    tr = [("Received", "from TYCPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:1c2::9) by\n TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s" % (
            rnd.int(1000, 9999), rnd.int(1000, 9999), dt.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000"))),
          ("Received", "from TYCPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\n TYCPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s:%s:%s:%s%%4]) with mapi id\n 15.20.8655.031; %s" % (
            rnd.int(1000, 9999), rnd.hex(4), rnd.hex(4), rnd.hex(4), rnd.hex(4), rnd.int(1000, 9999), rnd.hex(4), rnd.hex(4), rnd.hex(4), rnd.hex(4),
            rfcdate(dt)))]
    top = [("From", "Ravi Menon <r.menon@hoshizora-tech.co.jp>"), ("To", "Kenji Sato <k.sato@hoshizora-tech.co.jp>"),
           ("CC", "Dev Team <dev-team@hoshizora-tech.co.jp>"), ("Subject", "RE: release/2.3 merge schedule"),
           ("Thread-Topic", "release/2.3 merge schedule"), ("Thread-Index", "AQHbsn" + rnd.b64(26) + "=="),
           ("Date", rfcdate(dt)), ("Message-ID", "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (rnd.int(1000, 9999), rnd.alnum(20), rnd.int(1000, 9999))),
           ("References", "<TYCPR01MB8834A1C2D3E4F5A6B7C8D9E0F1A2B@TYCPR01MB8834.jpnprd01.prod.outlook.com>"),
           ("In-Reply-To", "<TYCPR01MB8834A1C2D3E4F5A6B7C8D9E0F1A2B@TYCPR01MB8834.jpnprd01.prod.outlook.com>"),
           ("Accept-Language", "en-US, ja-JP"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
           ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", "TYCPR01MB%d.jpnprd01.prod.outlook.com" % rnd.int(1000, 9999))]
    return compose(rnd, "none", ME_O, dt, None, top, body, extra_top=tr)

# ---------------------------------------------------------------- 009
def certmetrics_sender(rnd):
    return Sender("smtp%d.certmetrics.com" % rnd.int(1, 9), "52.1.%d.%d" % (rnd.int(1, 250), rnd.int(1, 250)),
                  "bounce@certmetrics.com", [("certmetrics.com", "k1", "pass")], "pass", ("pass", "NONE", "certmetrics.com"))

@mail("certmetrics-now-certified-aif", "unrelated", None, [ACC_A], False, "en")
def m009(rnd):
    dt = datetime(2025, 4, 22, 9, 48, 31, tzinfo=UTC)
    s = certmetrics_sender(rnd)
    plain = """Dear Kenji Sato,

Congratulations! You have successfully completed the requirements for AWS Certified AI Practitioner.

Certification: AWS Certified AI Practitioner
Date achieved: Apr 22, 2025
Expiration date: Apr 22, 2028
AWS Certification Account: AWS02718846
Validation Number: 7H2K9QWPL4XMBN3D
Validate at: http://aws.amazon.com/verification

Within the next 5 business days you will receive an email from Credly with your digital badge.
Your certificate and certification benefits are available in your AWS Certification Account:
https://cp.certmetrics.com/amazon/en/home/dashboard

As an AWS Certified individual you can take advantage of a 50% discount on your next AWS
Certification exam. Find the voucher under Benefits in your AWS Certification Account.

Thank you,
AWS Training and Certification

Please do not reply to this email. This mailbox is not monitored.
"""
    htm = txt2html(plain)
    body = alt(plain, htm, boundary=bnd(rnd, dt, "other"), p_cte="7bit", p_charset="us-ascii", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "certmetrics.com", "k1", dt))]
    top += std_top('"AWS Training and Certification" <do-not-reply@certmetrics.com>', ME_B,
                   "Congratulations, you are now AWS Certified!", dt, "<%s@certmetrics.com>" % rnd.uuid())
    return compose(rnd, "biglobe", ME_B, dt, s, top, body)

# ---------------------------------------------------------------- 010
def credly_badge(rnd, to, dt, badge, first, extra_line="", dom="credly.com", box="biglobe", subject=None, accept=True,
                 intro="Congratulations! Amazon Web Services Training and Certification has issued you a badge."):
    s = credly_sender(rnd, to, dom)
    url = "https://www.credly.com/badges/%s" % rnd.uuid()
    plain = """Hi %s,

%s

%s
%s
%s

Claim your badge and share your accomplishment with your network.
%s: %s

Your badge will appear on your Credly profile once accepted. Badges are a verified
digital representation of your skills and achievements.

Questions? Visit https://support.credly.com

Credly, a Pearson company
210 Sixth Avenue, Pittsburgh, PA 15222
""" % (first, intro, badge, "Issued by Amazon Web Services Training and Certification", extra_line,
       "Accept your badge" if accept else "View your badge", url + "/accept" if accept else url)
    htm = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#3b3f45">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" width="110" alt="Credly"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Hi %s,</h1>
<p>%s</p>
<table><tr><td><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="120" alt=""></td>
<td style="padding-left:16px"><b>%s</b><br><span style="color:#777">Issued by Amazon Web Services Training and Certification</span><br>%s</td></tr></table>
<p style="text-align:center;padding:20px"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>
<p>Your badge will appear on your Credly profile once accepted.</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Credly, a Pearson company &middot; 210 Sixth Avenue, Pittsburgh, PA 15222<br>
<a href="https://www.credly.com/earner/settings/notifications">Notification settings</a> &middot; <a href="https://support.credly.com">Help</a></td></tr>
</table></td></tr></table></body></html>
""" % (first, html.escape(intro), rnd.uuid(), html.escape(badge), html.escape(extra_line), url + "/accept" if accept else url,
       "Accept your badge" if accept else "View your badge")
    body = alt(plain, htm, boundary=bnd(rnd, dt), p_cte="quoted-printable", h_cte="quoted-printable")
    sender_name = "Amazon Web Services Training and Certification via Credly"
    top = [("DKIM-Signature", dkim_sig(rnd, dom, "s1", dt, "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to")),
           ("DKIM-Signature", dkim_sig(rnd, "sendgrid.info", "smtpapi", dt, "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to"))]
    top += std_top('"%s" <admin@%s>' % (sender_name, dom), to,
                   subject or "Amazon Web Services Training and Certification has issued you a new badge", dt,
                   "<%s@geopod-ismtpd-%d>" % (rnd.b64(22).replace("/", "_").replace("+", "-"), rnd.int(1, 30)),
                   extra=[("X-SG-EID", rnd.b64(60)), ("X-Entity-ID", rnd.b64(22) + "==")])
    return compose(rnd, box, to, dt, s, top, body)

@mail("credly-badge-issued-ai-practitioner", "credly_badge_issued", None, [], True, "en")
def m010(rnd):
    dt = datetime(2025, 4, 23, 17, 5, 12, tzinfo=UTC)
    return credly_badge(rnd, ME_B, dt, "AWS Certified AI Practitioner", "Kenji",
                        "Issued on April 22, 2025 \u00b7 Expires April 22, 2028",
                        subject="Kenji, you've earned the AWS Certified AI Practitioner badge")

# ---------------------------------------------------------------- 011
@mail("tldr-newsletter", "unrelated", None, [], False, "en")
def m011(rnd):
    dt = datetime(2025, 4, 24, 10, 31, 0, tzinfo=UTC)
    s = Sender("a%d-%d.smtp-out.amazonses.com" % (rnd.int(8, 48), rnd.int(1, 250)), "54.240.%d.%d" % (rnd.int(8, 48), rnd.int(1, 250)),
               "01000196%s-%s-000000@amazonses.com" % (rnd.hex(8), rnd.uuid()), [("tldrnewsletter.com", "s2", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
               "pass", ("pass", "NONE", "tldrnewsletter.com"))
    plain = """TLDR Dev 2025-04-24

Sign Up | Advertise | View Online

TLDR Dev

ARTICLES & TUTORIALS

How we cut CI time by 60%% with GitHub merge queues (8 minute read)
Merge queues batch pull requests and test them against the latest main, so the team stopped
babysitting rebases. The post covers flaky test quarantine and required checks.

Amazon S3 Express One Zone, one year later (6 minute read)
A look at real latency numbers and when the single-AZ tradeoff is worth it.

OPINIONS & ADVICE

Your on-call rotation is a product (5 minute read)
Treat runbooks like code: review them, test them, and delete what nobody uses.

LAUNCHES & TOOLS

uv 0.7 (GitHub Repo)
Faster Python installs, now with workspace-aware lockfiles.

Love TLDR? Tell your friends and get rewards!
Share your referral link below with friends to get free TLDR swag!
https://refer.tldr.tech/%s/1

Want to advertise in TLDR? Reach 1.6 million developers: https://advertise.tldr.tech/

If you don't want to receive future editions of TLDR Dev, please unsubscribe here:
https://tldr.tech/api/unsubscribe?email=kenji.sato.dev%%40gmail.com&newsletter=dev
""" % rnd.hex(8)
    htm = txt2html(plain, "Georgia, serif")
    body = alt(plain, htm, boundary=bnd(rnd, dt, "other"), p_cte="quoted-printable", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "tldrnewsletter.com", "s2", dt))]
    top += std_top("TLDR Dev <dan@tldrnewsletter.com>", ME_G,
                   "How we cut CI time by 60% with merge queues \U0001F680, S3 Express one year later, uv 0.7", dt,
                   "<01000196%s-%s-000000@email.amazonses.com>" % (rnd.hex(8), rnd.uuid()),
                   extra=[("List-Unsubscribe", "<https://tldr.tech/api/unsubscribe?email=kenji.sato.dev%40gmail.com&newsletter=dev>"),
                          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 012
@mail("qiita-weekly-trend-ja", "unrelated", None, [], False, "ja")
def m012(rnd):
    dt = jst(2025, 4, 25, 8, 0, 14)
    s = Sender("mail%d.qiita.com" % rnd.int(1, 9), "149.72.%d.%d" % (rnd.int(1, 250), rnd.int(1, 250)),
               "bounces+%d-%s-kenji.sato.dev=gmail.com@mail.qiita.com" % (rnd.int(10**6, 10**7), rnd.hex(4)),
               [("qiita.com", "s1", "pass")], "pass", ("pass", "NONE", "qiita.com"))
    plain = """Kenji_Sato さん、こんにちは。
今週 Qiita で話題になった記事をお届けします。

■ AWS 認定 12 冠を達成したので勉強法をまとめてみた
  https://qiita.com/cloud_taro/items/3f9c1a2e7b8d6c5e4f10
  LGTM 842

■ GitHub Actions の merge_group イベントで CI を高速化する
  https://qiita.com/ci_hanako/items/8e1d2c3b4a5f6e7d8c90
  LGTM 511

■ Terraform の moved ブロックでリソースを安全にリネームする
  https://qiita.com/iac_jiro/items/0a9b8c7d6e5f4a3b2c1d
  LGTM 396

■ 個人開発で Amazon Bedrock を月 500 円で運用するコツ
  https://qiita.com/bedrock_fan/items/1b2c3d4e5f6a7b8c9d0e
  LGTM 287

--
このメールは Qiita の通知設定に基づいて送信されています。
配信停止: https://qiita.com/settings/notifications
Qiita 運営事務局 / Increments株式会社
"""
    htm = txt2html(plain, "'Hiragino Kaku Gothic ProN', Meiryo, sans-serif")
    body = alt(plain, htm, boundary=bnd(rnd, dt, "other"), p_cte="base64", h_cte="base64")
    top = [("DKIM-Signature", dkim_sig(rnd, "qiita.com", "s1", dt))]
    top += std_top(addr("Qiita", "noreply@qiita.com"), ME_G, "【Qiita】今週のトレンド記事: AWS 認定 12 冠を達成したので勉強法をまとめてみた ほか",
                   dt, "<%s@geopod-ismtpd-%d>" % (rnd.b64(22).replace("/", "_").replace("+", "-"), rnd.int(1, 30)))
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 013
@mail("aws-builder-id-verification-code", "unrelated", None, [], True, "en")
def m013(rnd):
    dt = datetime(2025, 4, 28, 2, 11, 45, tzinfo=UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid, dkim_d="signin.aws", dmarc=("pass", "REJECT", "signin.aws"))
    code = "%06d" % rnd.int(100000, 999999)
    plain = """Verify your AWS Builder ID email address

Thanks for signing up for an AWS Builder ID. To finish creating your profile, enter the following
verification code.

Verification code: %s

This code expires 30 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc.,
410 Terry Ave. North, Seattle, WA 98109
""" % code
    htm = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif">
<table width="560" align="center"><tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" width="80"></td></tr>
<tr><td style="padding:24px"><h2>Verify your AWS Builder ID email address</h2>
<p>Thanks for signing up for an AWS Builder ID. To finish creating your profile, enter the following verification code.</p>
<p style="font-size:14px">Verification code</p><p style="font-size:32px;font-weight:bold;letter-spacing:4px">%s</p>
<p>This code expires 30 minutes after it was sent.</p>
<p style="color:#545b64">If you didn't try to create an AWS Builder ID, you can ignore this email.</p></td></tr>
<tr><td style="font-size:11px;color:#687078;padding:16px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. &hellip; 410 Terry Ave. North, Seattle, WA 98109</td></tr></table></body></html>
""" % code
    body = alt(plain, htm, boundary=bnd(rnd, dt), p_cte="7bit", p_charset="UTF-8", h_cte="quoted-printable")
    top = ses_dkim_headers(rnd, dt, "signin.aws") + std_top('"AWS" <no-reply@signin.aws>', ME_O,
        "Verify your AWS Builder ID email address", dt, mid) + ses_tail(rnd, dt)
    return compose(rnd, "outlook", ME_O, dt, s, top, body)

# ---------------------------------------------------------------- 014
@mail("seller-central-case-listing", "unrelated", CASE_SELLER, [], True, "en")
def m014(rnd):
    dt = datetime(2025, 4, 30, 6, 44, 19, tzinfo=UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid)
    plain = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that your listing for ASIN B0D7K3XQ2M (Split keyboard wrist rest, walnut) was suppressed
after you updated the product images.

I have reviewed the listing and found that the main image does not meet our image requirements:
the product must fill at least 85% of the image frame and the background must be pure white
(RGB 255,255,255). Once you upload a compliant main image, the listing will be reactivated
automatically within 24 hours.

You can upload images from Catalog > Edit product > Images:
https://sellercentral.amazon.com/abis/listing/edit?asin=B0D7K3XQ2M

If you have further questions about this issue, please reply to this case from the Case Log.

We hope this helps.

Best regards,
Arjun R.
Amazon Selling Partner Support

Was this email helpful?
Yes: https://sellercentral.amazon.com/cu/case-lobby/feedback?caseID=5917342086&rating=yes
No: https://sellercentral.amazon.com/cu/case-lobby/feedback?caseID=5917342086&rating=no

Please do not reply to this email. To respond to this case, please visit the Case Log:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5917342086
"""
    htm = txt2html(plain, "Arial, sans-serif")
    body = alt(plain, htm, boundary=bnd(rnd, dt), p_cte="quoted-printable", h_cte="quoted-printable")
    top = ses_dkim_headers(rnd, dt) + std_top('"Amazon Selling Partner Support" <seller-notification@amazon.com>', ME_G,
        "RE:[CASE %s] Listing suppressed: ASIN B0D7K3XQ2M" % CASE_SELLER, dt, mid,
        extra=[("Bounces-to", "RTE-%s@bounces.amazon.com" % rnd.alnum(12))]) + ses_tail(rnd, dt)
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 015
@mail("github-dependabot-alert", "unrelated", None, [], False, "en")
def m015(rnd):
    dt = datetime(2025, 5, 1, 3, 12, 55, tzinfo=UTC)
    s = github_sender(rnd)
    plain = """[kenjisato/tsundoku-api] Dependabot alert

Dependabot found a vulnerable dependency in kenjisato/tsundoku-api

Critical severity
axios Server-Side Request Forgery when using absolute URLs
package-lock.json . Upgrade axios to version 1.8.2 or later

Review all vulnerable dependencies:
https://github.com/kenjisato/tsundoku-api/security/dependabot

\u2014
You are receiving this because you are subscribed to security alerts for kenjisato/tsundoku-api.
Manage your notification settings: https://github.com/settings/notifications

GitHub, Inc. \u30fb88 Colin P Kelly Jr Street \u30fb San Francisco, CA 94107
"""
    htm = txt2html(plain, "-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif")
    body = alt(plain, htm, boundary="--==_mimepart_%s_%d" % (rnd.hex(13), rnd.int(100000, 999999)), p_cte="quoted-printable", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "github.com", "pf2023", dt, "Date:From:To:Subject:List-ID:List-Unsubscribe:From"))]
    top += std_top('"dependabot[bot]" <notifications@github.com>', '"Kenji Sato" <%s>' % ME_G,
                   "[kenjisato/tsundoku-api] Dependabot alert: Critical severity vulnerability in axios", dt,
                   "<kenjisato/tsundoku-api/security/dependabot/alerts/%d@github.com>" % rnd.int(10, 99),
                   extra=[("X-GitHub-Reason", "security_alert"), ("List-ID", "kenjisato/tsundoku-api <tsundoku-api.kenjisato.github.com>")])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 016
def gmail_user_sender(rnd, frm):
    ip = "209.85.%d.%d" % (rnd.int(128, 223), rnd.int(1, 250))
    return Sender("mail-%s.google.com" % rnd.alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789"), ip, frm,
                  [("gmail.com", "20230601", "pass")], "pass", ("pass", "NONE", "gmail.com"))

@mail("friend-ja-how-to-merge-cert-accounts", "unrelated", None, [ACC_A, ACC_B], False, "ja")
def m016(rnd):
    dt = jst(2025, 5, 2, 7, 48, 10)
    prev = jst(2025, 5, 1, 22, 14, 0)
    frm = "sho.nakamura.0412@gmail.com"
    s = gmail_user_sender(rnd, frm)
    mine = """翔さん

久しぶり！ちょっと相談なんだけど、AWS 認定のアカウントが2つあるのに最近気づいた。
昔 biglobe のアドレスで作ったやつ（AWS02718846、SAA と AI Practitioner）と、
会社のアドレスで作ったやつ（AWS04391275、CLF と DVA）。
翔さんも前に統合したって言ってたよね？どうやったか教えてもらえる？

健二"""
    plain = """健二さん

おはよう。俺は去年やったよ。
AWS Training and Certification の問い合わせフォームから送るだけ。
問い合わせの種類で「Certification」、詳細で「Account Merge」を選んで、
本文に「AWS02718846 と AWS04391275 を統合したい、残したいのはこっち」って
両方の ID と、それぞれのログインメールを書いておけば話が早いと思う。

あとは英語で「統合していいか確認して」ってメールが来るから、
「Please proceed with the merge」って返すだけ。俺のときは3日くらいで終わった。
統合は元に戻せないらしいから、どっちを残すかだけはちゃんと決めておいた方がいいよ。
Credly のバッジが移らなかったら、もう一回サポートに言えば対応してくれる。

じゃあまた今度飲みに行こう。

翔

""" + ja_attr(prev, "佐藤健二", ME_G) + "\n" + q(mine) + "\n"
    htm = ('<div dir="ltr">' + txt2html(plain).split('<div dir="ltr" style="font-family:Arial, sans-serif">')[1])
    htm = '<html><body>' + htm.replace('</body></html>\n', '') + '</body></html>\n'
    body = alt(plain, htm, boundary=bnd(rnd, dt, "gmail"), p_cte="base64", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "gmail.com", "20230601", dt, "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to", "relaxed/relaxed"))]
    top += [("X-Google-DKIM-Signature", dkim_sig(rnd, "1e100.net", "20230601", dt, "x-gm-message-state:to:subject:message-id:date:from:in-reply-to:references:mime-version", "relaxed/relaxed"))]
    top += std_top(addr("中村 翔", frm), addr("佐藤健二", ME_G), "Re: AWS資格のアカウント統合ってどうやった？", dt,
                   "<CAF%s@mail.gmail.com>" % rnd.b64(40).replace("/", "x").replace("+", "y"),
                   extra=[("In-Reply-To", "<CAKs9pQ%s@mail.gmail.com>" % rnd.alnum(30)),
                          ("References", "<CAKs9pQ%s@mail.gmail.com>" % rnd.alnum(30))])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 017
@mail("pearson-vue-testing-experience-survey", "unrelated", None, [], False, "en")
def m017(rnd):
    dt = datetime(2025, 5, 7, 14, 2, 37, tzinfo=UTC)
    s = Sender("mta%d.email.pearson.com" % rnd.int(1, 9), "13.111.%d.%d" % (rnd.int(1, 250), rnd.int(1, 250)),
               "bounce-%d_HTML-%d-%d-%d@bounce.email.pearson.com" % (rnd.int(10, 99), rnd.int(10**8, 10**9), rnd.int(10**5, 10**6), rnd.int(10, 99)),
               [("email.pearson.com", "200608", "pass")], "pass", ("pass", "REJECT", "email.pearson.com"))
    htm = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pearson VUE</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0"><img src="https://home.pearsonvue.com/images/pvue-logo.png" alt="Pearson VUE" width="160"></td></tr>
<tr><td>
<p>Dear Kenji Sato,</p>
<p>Thank you for recently testing with Pearson VUE. We would like to hear about your experience at <b>Akihabara Test Center</b> on <b>April 22, 2025</b>.</p>
<p>The survey takes about 3 minutes. How likely are you to recommend testing with Pearson VUE to a friend or colleague?</p>
<table cellpadding="6"><tr>""" + "".join('<td><a href="https://survey.pearsonvue.com/s/%s?score=%d" style="display:block;border:1px solid #007fa3;padding:6px 10px;color:#007fa3;text-decoration:none">%d</a></td>' % (rnd.hex(10), i, i) for i in range(0, 11)) + """</tr></table>
<p style="font-size:12px;color:#777">0 = Not at all likely &nbsp;&nbsp; 10 = Extremely likely</p>
<p>Your feedback helps us improve the testing experience for everyone.</p>
<p>Sincerely,<br>Pearson VUE Customer Experience</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:20px">This email was sent to ksato-77@kde.biglobe.ne.jp. Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437 USA.<br>
<a href="https://home.pearsonvue.com/privacy">Privacy policy</a> | <a href="https://click.email.pearson.com/unsub_center.aspx">Unsubscribe</a></td></tr>
</table></body></html>
"""
    body = text_part(htm, "html", "utf-8", "quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "email.pearson.com", "200608", dt))]
    top += std_top('"Pearson VUE" <pearsonvue@email.pearson.com>', ME_B, "How was your testing experience, Kenji?", dt,
                   "<%s@ind1s%02dmta%d.xt.local>" % (rnd.uuid(), rnd.int(1, 9), rnd.int(100, 999)),
                   extra=[("X-SFMC-Stack", "10"), ("List-Unsubscribe", "<https://click.email.pearson.com/subscription_center.aspx?jwt=%s>" % rnd.b64(40))])
    return compose(rnd, "biglobe", ME_B, dt, s, top, body)

# ---------------------------------------------------------------- 018
@mail("aws-budgets-alert-work", "unrelated", None, [], True, "en")
def m018(rnd):
    dt = datetime(2025, 5, 8, 0, 17, 3, tzinfo=UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid, dkim_d="costalerts.amazonaws.com", dmarc=("pass", "QUARANTINE", "costalerts.amazonaws.com"))
    plain = """AWS Budget Notification May 08, 2025
AWS Account 482917305561

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your dev-monthly-budget budget
is greater than 80.00% of $600.00 for the current month. The ACTUAL Cost associated with this budget
is $487.21. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: dev-monthly-budget
Budget Type: Cost
Budgeted Amount: $600.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: $487.21

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets

Please note, this is an automated email. Please do not reply.
"""
    htm = txt2html(plain)
    body = alt(plain, htm, boundary=bnd(rnd, dt), p_cte="7bit", p_charset="UTF-8", h_cte="quoted-printable")
    top = ses_dkim_headers(rnd, dt, "costalerts.amazonaws.com") + std_top('"AWS Budgets" <budgets@costalerts.amazonaws.com>', ME_O,
        "AWS Budgets: dev-monthly-budget has exceeded your alert threshold", dt, mid) + ses_tail(rnd, dt)
    return compose(rnd, "outlook", ME_O, dt, s, top, body)

# ---------------------------------------------------------------- 019
@mail("github-actions-run-failed", "unrelated", None, [], False, "en")
def m019(rnd):
    dt = datetime(2025, 5, 9, 9, 3, 41, tzinfo=UTC)
    s = github_sender(rnd)
    sha = rnd.hex(7)
    plain = """[kenjisato/tsundoku-api] Run failed: CI - main (%s)

CI: Some jobs were not successful
View workflow run: https://github.com/kenjisato/tsundoku-api/actions/runs/14%d

test (20.x)     Failed in 1 minute and 12 seconds   (annotations: 1)
test (22.x)     Failed in 1 minute and 9 seconds    (annotations: 1)
lint            Succeeded in 24 seconds

\u2014
You are receiving this email because your push triggered this workflow run.
Manage your GitHub Actions notifications: https://github.com/settings/notifications
""" % (sha, rnd.int(10**8, 10**9))
    htm = txt2html(plain, "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif")
    body = alt(plain, htm, boundary="--==_mimepart_%s_%d" % (rnd.hex(13), rnd.int(100000, 999999)), p_cte="quoted-printable", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "github.com", "pf2023", dt, "Date:From:To:Subject:List-ID:List-Unsubscribe:From"))]
    top += std_top('"Kenji Sato" <notifications@github.com>', "kenjisato/tsundoku-api <tsundoku-api@noreply.github.com>",
                   "[kenjisato/tsundoku-api] Run failed: CI - main (%s)" % sha, dt,
                   "<kenjisato/tsundoku-api/check-suites/CS_kwDOL%s@github.com>" % rnd.alnum(14),
                   extra=[("X-GitHub-Reason", "ci_activity"), ("List-ID", "kenjisato/tsundoku-api <tsundoku-api.kenjisato.github.com>")])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ================================================================ merge case helpers
U0_DT = jst(2025, 5, 12, 9, 47, 13)
U0 = """Inquiry type: Certification
Inquiry detail: Account Merge
Name: Kenji Sato
Contact e-mail: kenji.sato.dev@gmail.com
AWS candidate ID: AWS02718846
Description:
Hello,
I have two AWS Certification accounts and I would like to merge them into one.
Account 1: AWS02718846 (login ksato-77@kde.biglobe.ne.jp) - Solutions Architect Associate, AI Practitioner
Account 2: AWS0439127 (login k.sato@hoshizora-tech.co.jp) - Cloud Practitioner, Developer Associate
Please contact me at kenji.sato.dev@gmail.com.
Best regards,
Kenji Sato"""

FORM_FOOTER = """To contact us again about this case, please reply to this e-mail and keep the case ID in the subject line.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210"""

RATE_LINE = ("We value your feedback. Please share your experience by rating this correspondence:\n"
             "https://support.aws.amazon.com/#/feedback?displayId=%s&language=en&rating=" % CASE_M)

def form_subject():
    return "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ)

def aws_html(text, head_color="#232f3e"):
    """AWS support template: header bar + pre-wrapped correspondence."""
    body = html.escape(text).replace("\n", "<br>\n")
    body = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', body)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:%s;padding:12px\">"
            "<img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png\" width=\"70\" alt=\"AWS\"></td></tr>\n"
            "<tr><td style=\"padding:16px\">\n%s\n</td></tr></table></body></html>\n" % (head_color, body))

def form_mail(rnd, dt, text, box="gmail", to=ME_G, subject=None, frm=None, p_cte="quoted-printable",
              h_cte="quoted-printable", html_only=False, plain_only=False, charset="utf-8", h_text=None,
              codec=None, no_auth=False):
    dtu = dt.astimezone(UTC)
    mid = ses_msgid(dtu, rnd)
    s = ses_sender(rnd, mid)
    htm = aws_html(h_text or text)
    if html_only:
        body = text_part(htm, "html", "utf-8", h_cte)
    elif plain_only:
        body = text_part(text, "plain", charset, p_cte, codec=codec)
    else:
        body = alt(text_part(text, "plain", charset, p_cte, codec=codec), text_part(htm, "html", "utf-8", h_cte),
                   boundary=bnd(rnd, dtu))
    frm = frm or '"%s" <%s>' % FORM_FROM
    top = ses_dkim_headers(rnd, dtu) + std_top(frm, to, subject or form_subject(), dtu, mid,
                                               subj_charset=None) + ses_tail(rnd, dtu)
    if no_auth:
        # saved copy without any receiving-side trace / authentication results
        tr = [("Return-Path", "<%s>" % s.mailfrom),
              ("Received", "from %s (%s [%s])\n\tby mx1.mailstore.local (Postfix) with ESMTPS id %s;\n\t%s" % (
                  s.host, s.host, s.ip, rnd.alnum(11, "0123456789ABCDEF"), rfcdate(dtu)))]
        return compose(rnd, "none", to, dtu, None, top, body, extra_top=tr)
    return compose(rnd, box, to, dtu, s, top, body)

# ---------------------------------------------------------------- 020
@mail("aws-tc-form-case-received", "case_created", CASE_M, [ACC_A], True, "en")
def m020(rnd):
    dt = jst(2025, 5, 12, 9, 47, 40)
    text = """Hello Kenji Sato,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to let you know that we have received your request and a support case
has been created for you. Here is a summary of your submission:

Case ID: %s
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS02718846

A member of our team will review your request and get back to you, in principle within 24 hours.
There is no need to submit the form again for the same request; opening additional cases for the
same issue may delay our response. If you want to add information, simply reply to this e-mail.

In the meantime, you may find an answer in the AWS Certification FAQs:
https://aws.amazon.com/certification/faqs/

Sincerely,
AWS Training and Certification Customer Support

""" % CASE_M + FORM_FOOTER
    return form_mail(rnd, dt, text, html_only=True, h_cte="base64",
                     subject="[CASE %s] %s" % (CASE_M, FORM_SUBJ))

# ---------------------------------------------------------------- 021
@mail("udemy-promo", "unrelated", None, [], False, "en")
def m021(rnd):
    dt = datetime(2025, 5, 12, 14, 30, 5, tzinfo=UTC)
    s = Sender("o%d.email.udemy.com" % rnd.int(1, 9), "167.89.%d.%d" % (rnd.int(1, 120), rnd.int(1, 250)),
               "bounces+%d-%s-kenji.sato.dev=gmail.com@email.udemy.com" % (rnd.int(10**6, 10**7), rnd.hex(4)),
               [("udemy.com", "s1", "pass")], "pass", ("pass", "REJECT", "udemy.com"))
    htm = """<html><body style="font-family:'SF Pro Text',Arial,sans-serif;background:#f7f9fa">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://www.udemy.com/staticx/udemy/images/v7/logo-udemy.svg" width="90" alt="Udemy">
<h1 style="font-size:26px">Kenji, your next certification starts here</h1>
<p>Courses from &yen;1,300 for a limited time. Ends May 15.</p>
<ul>
<li><b>Ultimate AWS Certified Solutions Architect Associate SAA-C03</b> &mdash; 4.7 &#9733; (220,000 ratings)</li>
<li><b>AWS Certified Solutions Architect Professional SAP-C02</b> &mdash; 4.7 &#9733;</li>
<li><b>Docker &amp; Kubernetes: The Practical Guide</b> &mdash; 4.7 &#9733;</li>
</ul>
<p><a href="https://www.udemy.com/courses/it-and-software/?utm_source=email" style="background:#a435f0;color:#fff;padding:12px 20px;text-decoration:none">Shop now</a></p>
</td></tr><tr><td style="font-size:11px;color:#6a6f73;padding:16px">Udemy, Inc., 600 Harrison Street, 3rd floor, San Francisco, CA 94107<br>
<a href="https://www.udemy.com/user/edit-notifications/">Unsubscribe from promotional emails</a></td></tr></table></body></html>
"""
    body = text_part(htm, "html", "utf-8", "quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "udemy.com", "s1", dt))]
    top += std_top('"Udemy" <udemy@email.udemy.com>', ME_G, "__Q__", dt,
                   "<%s@geopod-ismtpd-%d>" % (rnd.b64(22).replace("/", "_").replace("+", "-"), rnd.int(1, 30)),
                   extra=[("List-Unsubscribe", "<https://www.udemy.com/user/edit-notifications/>")])
    top = [(n, ew("\u23F0 Last chance: courses from \u00a51,300 end soon", "UTF-8", "utf-8", "Q", 30) if v == "__Q__" else v)
           for n, v in top]
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 022
A1_DT = jst(2025, 5, 13, 10, 22, 8)
A1 = """Hello Kenji,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding the merging of your AWS Certification accounts. I understand
you would like to have all your certifications under one single account, and I will be glad to assist
you on this.

I have checked with the details provided and could locate the candidate ID AWS02718846 which is
registered with ksato-77@kde.biglobe.ne.jp. However, the second ID mentioned in your request
(AWS0439127) seems to be incomplete, hence I was unable to locate that account.

In order to proceed further, kindly provide us the below details:

1. The complete candidate ID of the second account (it starts with "AWS" followed by 8 digits). You can
   find it on the top right of the page after you sign in at https://www.aws.training/certification
2. The e-mail address used to sign in to each of the accounts.
3. Which account you would like to retain as the primary account. The other account will be
   deactivated after the merge.

Once we receive the above information, we will be able to proceed further with your request.

Kindly reply to this e-mail without changing the subject line.

Regards,
Priya S.
AWS Training and Certification Customer Support"""

@mail("aws-tc-agent-asks-missing-details", "support_reply", CASE_M, [ACC_A], True, "en")
def m022(rnd):
    text = (A1 + "\n\n" + RATE_LINE + "\n\n" + FORM_FOOTER + "\n\n" +
            orig_block("Kenji Sato <kenji.sato.dev@gmail.com>", U0_DT, "aws-cs-trainingcertification-form@amazon.com",
                       FORM_SUBJ) + "\n\n" + U0 + "\n")
    return form_mail(rnd, A1_DT, text)

# ---------------------------------------------------------------- 023
@mail("colleague-ja-release-merge-done", "unrelated", None, [], False, "ja")
def m023(rnd):
    dt = jst(2025, 5, 14, 19, 3, 55)
    prev = jst(2025, 5, 14, 11, 20, 0)
    s = Sender("TYCPR01MB%d.jpnprd01.prod.outlook.com" % rnd.int(1000, 9999), "2603:1096:400:1c2::9", ME_O, [], "none")
    plain = """佐藤さん

お疲れ様です。高橋です。

release/2.4 の main へのマージ、先ほど完了しました。
CI もすべて green です。タグ v2.4.0 も打っておきました。

ステージングのマイグレーション（0042_add_invoice_index）は明日 10 時に実施予定です。
本番反映は木曜の定例後でお願いします。

よろしくお願いいたします。

----------------------------------------
高橋 美咲 / Misaki Takahashi
株式会社ほしぞらテック 開発部
TEL: 03-6812-4471
----------------------------------------

""" + outlook_block("佐藤 健二 <k.sato@hoshizora-tech.co.jp>", prev, "高橋 美咲 <m.takahashi@hoshizora-tech.co.jp>",
                    "【確認】release/2.4 のマージについて", cc="dev-team <dev-team@hoshizora-tech.co.jp>", ja=True) + """

高橋さん

お疲れ様です。佐藤です。
release/2.4 のレビューが終わりましたので、main へのマージをお願いできますか。
マージ後、念のため CI の結果だけ共有いただけると助かります。

佐藤
"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head>'
           '<body lang="JA"><div class="WordSection1">' +
           "".join('<p class="MsoNormal">%s</p>\n' % (html.escape(l) or "&nbsp;") for l in plain.split("\n")) + '</div></body></html>\n')
    body = alt(text_part(plain, "plain", "iso-2022-jp", "7bit", codec="iso2022_jp"),
               text_part(htm, "html", "iso-2022-jp", "quoted-printable", codec="iso2022_jp"), boundary=bnd(rnd, dt, "outlook"))
    top = [("From", addr("高橋 美咲", "m.takahashi@hoshizora-tech.co.jp", "iso-2022-jp")),
           ("To", addr("佐藤 健二", ME_O, "iso-2022-jp")),
           ("CC", "dev-team <dev-team@hoshizora-tech.co.jp>"),
           ("Subject", encode_subject("RE: 【確認】release/2.4 のマージについて", "iso-2022-jp")),
           ("Thread-Topic", encode_subject("【確認】release/2.4 のマージについて", "iso-2022-jp")),
           ("Thread-Index", "AQHbxK" + rnd.b64(26) + "=="), ("Date", rfcdate(dt)),
           ("Message-ID", "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (rnd.int(1000, 9999), rnd.alnum(20), rnd.int(1000, 9999))),
           ("In-Reply-To", "<TYCPR01MB7712%s@TYCPR01MB7712.jpnprd01.prod.outlook.com>" % rnd.alnum(20)),
           ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")]
    return compose(rnd, "outlook-internal", ME_O, dt, s, top, body)

# ---------------------------------------------------------------- 024
A2_DT = jst(2025, 5, 16, 11, 5, 31)
A2 = """Hi Kenji,

I'm following up on my colleague Priya's e-mail from May 13 about your account merge request.
We haven't heard back from you yet, and we still need a few details before we can move forward:

- the full candidate ID of your second account (AWS + 8 digits)
- the sign-in e-mail address for each account
- which account you'd like to keep

If we don't hear from you within 5 business days, this case will be closed automatically. Replying to
this e-mail afterwards will reopen it, so nothing will be lost.

Thanks,
Daniel M.
AWS Training and Certification Support"""

@mail("aws-tc-chaser-no-response", "support_reply", CASE_M, [], True, "en")
def m024(rnd):
    text = (A2 + "\n\n" + FORM_FOOTER + "\n\n" +
            orig_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", A1_DT, "kenji.sato.dev@gmail.com",
                       form_subject()) + "\n\n" + A1 + "\n\n" +
            orig_block("Kenji Sato <kenji.sato.dev@gmail.com>", U0_DT, "aws-cs-trainingcertification-form@amazon.com",
                       FORM_SUBJ) + "\n\n" + U0 + "\n")
    return form_mail(rnd, A2_DT, text, p_cte="7bit", charset="us-ascii")

# ---------------------------------------------------------------- 025
@mail("phish-fake-merge-case-received", "case_created", "4482019375", [], False, "en")
def m025(rnd):
    dt = datetime(2025, 5, 16, 12, 41, 9, tzinfo=UTC)
    dom = "aws-certification-helpdesk.com"
    s = Sender("mail.%s" % dom, "45.146.%d.%d" % (rnd.int(1, 250), rnd.int(1, 250)), "support@%s" % dom,
               [(dom, "default", "pass")], "pass", ("pass", "NONE", dom))
    plain = """Dear AWS Certified Candidate,

Your request has been received and a case has been opened.

Case number: 4482019375
Subject: Certification Account Merge
Status: Pending identity verification

To avoid delays in merging your AWS Certification accounts, please verify your identity by signing in
to the AWS Certification portal within 48 hours:

https://%s/aws/certmetrics/verify?case=4482019375&ref=%s

If the verification is not completed, your merge request will be cancelled and your certification
records may be suspended for security reasons.

Thank you for your cooperation.
AWS Training & Certification Support Team
""" % (dom, rnd.hex(16))
    htm = """<html><body style="font-family:Arial"><div style="background:#232f3e;padding:10px"><img src="https://%s/img/aws.png" width="60"></div>
<p>Dear AWS Certified Candidate,</p><p>Your request has been received and a case has been opened.</p>
<table border="0"><tr><td><b>Case number:</b></td><td>4482019375</td></tr><tr><td><b>Subject:</b></td><td>Certification Account Merge</td></tr>
<tr><td><b>Status:</b></td><td style="color:#d13212">Pending identity verification</td></tr></table>
<p>To avoid delays in merging your AWS Certification accounts, please verify your identity within <b>48 hours</b>.</p>
<p><a href="https://%s/aws/certmetrics/verify?case=4482019375" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Verify my identity</a></p>
<p style="font-size:12px">If the verification is not completed, your merge request will be cancelled and your certification records may be suspended.</p>
<p>AWS Training &amp; Certification Support Team</p></body></html>
""" % (dom, dom)
    body = alt(plain, htm, boundary=bnd(rnd, dt, "other"), p_cte="quoted-printable", h_cte="base64")
    top = [("DKIM-Signature", dkim_sig(rnd, dom, "default", dt))]
    top += std_top('"AWS Certification Support" <support@%s>' % dom, ME_G,
                   "Case #4482019375 received: Certification Account Merge - action required", dt,
                   "<%s@%s>" % (rnd.hex(24), dom), extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 026
U1_DT = jst(2025, 5, 17, 11, 2, 44)
U1 = """ご連絡ありがとうございます。返信が遅くなり申し訳ありません。日本語で失礼します。

2つ目のアカウントの ID は AWS04391275 でした（前回は1桁抜けていました、すみません）。

サインイン用のメールアドレス:
・AWS02718846: ksato-77@kde.biglobe.ne.jp
・AWS04391275: k.sato@hoshizora-tech.co.jp

残すアカウントはどちらでも構いません。お任せします。
どうぞよろしくお願いいたします。

佐藤 健二"""

A3_DT = jst(2025, 5, 19, 9, 31, 2)
A3 = """Hello Kenji,

Thank you for getting back to us with the details.

I noticed that your reply was written in Japanese. To make sure nothing gets lost in translation, I have
transferred your case to our Japanese-speaking team, and one of my colleagues will contact you shortly
in Japanese. There is no need to open a new case; please keep replying on this thread.

Kind regards,
Daniel M.
AWS Training and Certification Support"""

@mail("aws-tc-transferred-to-japanese-team", "support_reply", CASE_M, [], None, "en")
def m026(rnd):
    text = (A3 + "\n\n" + FORM_FOOTER + "\n\n" + gmail_attr(U1_DT, "Kenji Sato", ME_G) + "\n\n" +
            q(U1 + "\n\n" + gmail_attr(A2_DT, "Amazon Web Services", FORM_FROM[1]) + "\n\n" + q(A2)) + "\n")
    return form_mail(rnd, A3_DT, text, p_cte="base64", no_auth=True)

# ---------------------------------------------------------------- 027
@mail("connpass-jawsug-registration-ja", "unrelated", None, [], False, "ja")
def m027(rnd):
    dt = jst(2025, 5, 19, 20, 14, 6)
    s = Sender("o%d.ptr%d.connpass.com" % (rnd.int(1, 9), rnd.int(1000, 9999)), "149.72.%d.%d" % (rnd.int(1, 250), rnd.int(1, 250)),
               "bounces+%d-%s-ksato-77=kde.biglobe.ne.jp@em.connpass.com" % (rnd.int(10**6, 10**7), rnd.hex(4)),
               [("connpass.com", "s1", "pass")], "pass", ("pass", "NONE", "connpass.com"))
    plain = """佐藤 健二 さん

以下のイベントへの参加登録が完了しました。

■ イベント名
JAWS-UG 東京 #58 「AWS 認定、どう活かす？」LT 大会

■ 開催日時
2025/06/05（木） 19:00 〜 21:30

■ 会場
東京都渋谷区渋谷2-24-12 渋谷スクランブルスクエア 40F
（受付は 18:30 から。入館証の発行が必要です）

■ 参加枠
一般参加枠（現地）  受付番号: 2741-0038

イベントページ: https://jawsug.connpass.com/event/35%04d/

キャンセルされる場合は、イベントページからお手続きをお願いします。

--
connpass - エンジニアをつなぐ IT 勉強会支援プラットフォーム
https://connpass.com/
このメールは送信専用です。
""" % rnd.int(0, 9999)
    body = text_part(plain, "plain", "utf-8", "quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "connpass.com", "s1", dt))]
    top += std_top(addr("connpass", "no-reply@connpass.com"), ME_B,
                   "【connpass】JAWS-UG 東京 #58 「AWS 認定、どう活かす？」LT 大会 への参加登録が完了しました", dt,
                   "<%s@geopod-ismtpd-%d>" % (rnd.b64(22).replace("/", "_").replace("+", "-"), rnd.int(1, 30)))
    return compose(rnd, "biglobe", ME_B, dt, s, top, body)

# ---------------------------------------------------------------- 028
A4_DT = jst(2025, 5, 20, 10, 40, 17)
A4 = """佐藤 健二 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

この度は AWS 認定アカウントの統合についてお問い合わせいただき、誠にありがとうございます。
また、これまで英語でのご案内となりましたこと、失礼いたしました。以降は日本語にてご対応させていただきます。

ご提供いただいた情報をもとに、2 つのアカウントを確認いたしました。
以下の内容にて統合を行いますので、ご確認をお願いいたします。

■ 統合元アカウント（統合後に無効化されます）
　受験者 ID：AWS02718846
　サインイン用メールアドレス：ksato-77@kde.biglobe.ne.jp
　保有認定：AWS Certified Solutions Architect - Associate、AWS Certified AI Practitioner

■ 統合先アカウント（統合後も残るアカウント）
　受験者 ID：AWS04391275
　サインイン用メールアドレス：k.sato@hoshizora-tech.co.jp
　保有認定：AWS Certified Cloud Practitioner、AWS Certified Developer - Associate

※統合後は、すべての認定履歴、受験履歴および特典が統合先アカウントに移行されます。
※一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承くださいませ。

上記の内容でお間違いがなければ、本メールにご返信いただき、統合へのご同意をお知らせいただけますでしょうか。
ご返信を確認次第、統合の手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

鈴木
AWS トレーニングと認定 カスタマーサポート"""

FORM_FOOTER_JA = """本件について追加のご連絡がございましたら、件名のケース ID を変更せずに本メールへご返信ください。

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc."""

@mail("aws-tc-ja-merge-confirmation-request", "merge_confirmation_requested", CASE_M, [ACC_A, ACC_B], True, "ja")
def m028(rnd):
    text = (A4 + "\n\n" + FORM_FOOTER_JA + "\n\n" + ja_attr(U1_DT, "Kenji Sato", ME_G) + "\n" + q(U1) + "\n")
    return form_mail(rnd, A4_DT, text, p_cte="7bit", charset="iso-2022-jp", codec="iso2022_jp")

# ---------------------------------------------------------------- 029
def console_mail(rnd, dt, subject, text, to, box, html_only=False):
    dtu = dt.astimezone(UTC)
    mid = ses_msgid(dtu, rnd)
    s = ses_sender(rnd, mid)
    if html_only:
        body = text_part(aws_html(text), "html", "utf-8", "quoted-printable")
    else:
        body = alt(text, aws_html(text), boundary=bnd(rnd, dtu), p_cte="quoted-printable", h_cte="quoted-printable")
    top = ses_dkim_headers(rnd, dtu) + std_top('"Amazon Web Services" <no-reply-aws@amazon.com>', to, subject, dtu, mid) + ses_tail(rnd, dtu)
    return compose(rnd, box, to, dtu, s, top, body)

@mail("aws-quota-case-opened-work", "unrelated", CASE_Q, [], True, "en")
def m029(rnd):
    dt = jst(2025, 5, 20, 16, 22, 39)
    link = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_Q
    text = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Normal
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Asia Pacific (Tokyo)
Primary Instance Type: All G and VT instances
Limit name: Running On-Demand G and VT instances
New limit value: 16
------------
Use case description: We need GPU instances (g5.2xlarge x2) for an internal LLM evaluation PoC for 3 months.

You can view this case and add correspondence to it at any time in the AWS Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
Please use the link above if you need to contact us again about this same issue.

Amazon Web Services

""" % (CASE_Q, CASE_Q, link) + AWS_FOOTER + "\n"
    return console_mail(rnd, dt, "Amazon Web Services: You have opened a new Support case: %s" % CASE_Q, text, ME_O, "outlook")

# ---------------------------------------------------------------- 030
U2_DT = jst(2025, 5, 20, 21, 47, 30)
U2 = """Hello Suzuki-san,

Thank you for the confirmation, and sorry for the confusion. I changed my mind: I would like to keep the
personal account AWS02718846, not AWS04391275. I am going to leave my current company next month, so
I will lose access to the k.sato@hoshizora-tech.co.jp mailbox.

So please merge AWS04391275 into AWS02718846.
Also, if possible, could you change the e-mail address of the remaining account to
kenji.sato.dev@gmail.com? The biglobe address is very old and I rarely check it.

Best regards,
Kenji Sato"""

A5_DT = jst(2025, 5, 21, 9, 15, 2)
A5 = """Hello Kenji,

Thank you for letting us know, and no problem at all. My colleague Suzuki-san is out of office today,
so I'm picking up your case. I've updated your request as follows. Please review it carefully, since a
merge is permanent and can't be reversed once it has been processed:

Account to be merged (will be deactivated):
  AWS 04391275 - k.sato@hoshizora-tech.co.jp - Cloud Practitioner, Developer - Associate

Account to keep (surviving account):
  AWS 02718846 - ksato-77@kde.biglobe.ne.jp - Solutions Architect - Associate, AI Practitioner

After the merge, all certifications, exam history and benefits from AWS 04391275 will be available
under AWS 02718846. As part of the same request, we'll update the e-mail address of the surviving
account to kenji.sato.dev@gmail.com.

Could you please reply to this e-mail to confirm that the above details are correct and that you'd
like us to go ahead? We won't make any changes until we hear back from you.

Best regards,
Mei L.
AWS Training and Certification Customer Support"""

@mail("aws-tc-merge-confirmation-request-revised", "merge_confirmation_requested", CASE_M, [ACC_A, ACC_B], True, "en")
def m030(rnd):
    text = (A5 + "\n\n" + RATE_LINE + "\n\n" + FORM_FOOTER + "\n\n" + gmail_attr(U2_DT, "Kenji Sato", ME_G) + "\n\n" +
            q(U2 + "\n\n" + ja_attr(A4_DT, "Amazon Web Services", FORM_FROM[1]) + "\n" + q(A4)) + "\n")
    return form_mail(rnd, A5_DT, text)

# ---------------------------------------------------------------- 031
@mail("aws-quota-case-new-correspondence", "unrelated", CASE_Q, [], True, "en")
def m031(rnd):
    dt = jst(2025, 5, 21, 13, 58, 21)
    link = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_Q
    text = """Hello,

A new correspondence has been added to your Support case %s.

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Normal

To view the correspondence and respond, please sign in to the AWS Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services

""" % (CASE_Q, CASE_Q, link) + AWS_FOOTER + "\n"
    return console_mail(rnd, dt, "[Case %s] New correspondence added" % CASE_Q, text, ME_O, "outlook")

# ---------------------------------------------------------------- 032
U3_DT = jst(2025, 5, 21, 12, 8, 51)
U3 = """Hi Mei,

The details are correct. Please proceed with the merge.

Thank you,
Kenji"""

A6_DT = jst(2025, 5, 22, 8, 50, 39)
A6 = """Hi Kenji,

Thank you for confirming. I've now passed your request on to our certification operations team, and
they will go ahead with the merge. This usually takes 2-3 business days.

Once the merge is complete, we'll send you a confirmation e-mail. After that, Credly will issue your
badges to the e-mail address on the surviving account, so please keep an eye on your inbox (and the
spam folder, just in case).

There's nothing else you need to do for now.

Best regards,
Mei L.
AWS Training and Certification Customer Support"""

@mail("aws-tc-thanks-for-confirming-will-proceed", "support_reply", CASE_M, [], True, "en")
def m032(rnd):
    text = (A6 + "\n\n" + RATE_LINE + "\n\n" + FORM_FOOTER + "\n\n" + gmail_attr(U3_DT, "Kenji Sato", ME_G) + "\n\n" +
            q(U3 + "\n\n" + gmail_attr(A5_DT, "Amazon Web Services", FORM_FROM[1]) + "\n\n" + q(A5)) + "\n")
    return form_mail(rnd, A6_DT, text, p_cte="base64", h_cte="base64")

# ---------------------------------------------------------------- 033
@mail("phish-aws-account-suspended", "unrelated", None, [], False, "en")
def m033(rnd):
    dt = datetime(2025, 5, 22, 3, 7, 44, tzinfo=UTC)
    dom = "aws-billing-notice.com"
    s = Sender("smtp.%s" % dom, "185.234.%d.%d" % (rnd.int(1, 250), rnd.int(1, 250)), "noreply@%s" % dom,
               [(dom, "mail", "pass")], "pass", ("pass", "NONE", dom))
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span></div>
<p>Dear AWS Customer,</p>
<p>We were unable to process the payment for your latest invoice. As a result, your AWS account has been <b style="color:#d13212">temporarily suspended</b> and your running resources will be terminated within 24 hours.</p>
<p>To restore your account, please update your payment information:</p>
<p><a href="http://%s/console/billing/update?id=%s" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Update payment method</a></p>
<p>If you have already updated your payment details, please disregard this message.</p>
<p>Sincerely,<br>Amazon Web Services Billing Team</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>
""" % (dom, rnd.hex(20))
    body = text_part(htm, "html", "utf-8", "base64")
    top = [("DKIM-Signature", dkim_sig(rnd, dom, "mail", dt))]
    top += std_top('"Amazon Web Services" <noreply@%s>' % dom, ME_G, "[Action Required] Your AWS account has been suspended", dt,
                   "<%s.%d@%s>" % (rnd.hex(16), rnd.int(1000, 9999), dom))
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 034
A7_DT = jst(2025, 5, 23, 15, 30, 12)
A7 = """Hello Kenji,

I wanted to give you a quick update on your request.

Our operations team has started working on the merge. While reviewing your records, they noticed that
the e-mail address on AWS04391275 was changed in 2023 (case %s), so they need to run one extra
verification step before the records can be combined. No action is needed on your side; this may add
about one business day to the usual timeframe.

We'll write to you again as soon as everything is finished. Please don't open a new case for this
request, as that could slow things down.

Thank you for your patience.

Best regards,
Mei L.
AWS Training and Certification Customer Support""" % CASE_OLD

@mail("aws-tc-status-update-extra-verification", "support_reply", CASE_M, [ACC_B], True, "en")
def m034(rnd):
    text = A7 + "\n\n" + RATE_LINE + "\n\n" + FORM_FOOTER + "\n"
    return form_mail(rnd, A7_DT, text, html_only=True)

# ---------------------------------------------------------------- 035
A8_DT = jst(2025, 5, 26, 11, 12, 5)
A8 = """Hello Kenji,

Good news: your AWS Certification accounts have been merged.

Your active account is now AWS02718846. The following certifications from AWS04391275 have been moved
to it, together with their exam history:

  - AWS Certified Cloud Practitioner (CLF-C02)
  - AWS Certified Developer - Associate (DVA-C02)

AWS04391275 has been deactivated, so you will no longer be able to sign in with it. As requested, the
e-mail address of AWS02718846 has been changed to kenji.sato.dev@gmail.com. Please use this address
the next time you sign in at https://www.aws.training/certification

Credly will send new badge notifications for the moved certifications to kenji.sato.dev@gmail.com
within 2-5 business days. Any unused exam benefits from the old account are now listed under
Benefits in your active account.

If anything looks wrong, just reply to this e-mail.

Best regards,
Mei L.
AWS Training and Certification Customer Support"""

@mail("aws-tc-merge-done", "merge_completed", CASE_M, [ACC_A, ACC_B], True, "en")
def m035(rnd):
    text = (A8 + "\n\n" + RATE_LINE + "\n\n" + FORM_FOOTER + "\n\n" +
            orig_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", A7_DT, "kenji.sato.dev@gmail.com", form_subject()) +
            "\n\n" + A7 + "\n")
    return form_mail(rnd, A8_DT, text)

# ---------------------------------------------------------------- 036
@mail("aws-tc-case-resolved-survey", "survey", CASE_M, [], True, "en")
def m036(rnd):
    dt = jst(2025, 5, 26, 11, 13, 49)
    base = "https://survey.aws-tc-support.amazon.com/s/csat?displayId=%s&token=%s" % (CASE_M, rnd.hex(24))
    text = """Hello Kenji Sato,

Your case %s (account-assistance) has been marked as resolved. Our records show that your
certification accounts were merged as requested; the details were sent to you in a separate e-mail.

We'd like to hear about your experience.

Was your issue resolved?
YES: %s&resolved=yes
NO: %s&resolved=no

How would you rate the support you received? (1 = very poor, 5 = excellent)
%s&rating=1 ... %s&rating=5

If you need more help with this request, reply to this e-mail within 14 days and the case will be
reopened. After that, please submit a new request through the contact form.

Thank you for choosing AWS Training and Certification.

""" % (CASE_M, base, base, base, base) + FORM_FOOTER + "\n"
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;color:#16191f">
<table width="600" align="center"><tr><td style="background:#232f3e;padding:14px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" width="70" alt="AWS"></td></tr>
<tr><td style="padding:20px"><p>Hello Kenji Sato,</p>
<p>Your case <b>%s</b> (account-assistance) has been marked as resolved. Our records show that your certification accounts were merged as requested; the details were sent to you in a separate e-mail.</p>
<p>We'd like to hear about your experience.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="%s&resolved=yes" style="background:#1d8102;color:#fff;padding:8px 22px;text-decoration:none">YES</a>&nbsp;&nbsp;<a href="%s&resolved=no" style="background:#d13212;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p><b>How would you rate the support you received?</b></p><p>""" % (CASE_M, html.escape(base), html.escape(base)) + " ".join(
        '<a href="%s&amp;rating=%d" style="font-size:22px;color:#ff9900;text-decoration:none">&#9733;</a>' % (html.escape(base), i) for i in range(1, 6)) + """</p>
<p style="font-size:12px;color:#545b64">If you need more help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>
</td></tr><tr><td style="font-size:11px;color:#687078;padding:12px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr></table></body></html>
"""
    dtu = dt.astimezone(UTC)
    mid = ses_msgid(dtu, rnd)
    s = ses_sender(rnd, mid)
    body = alt(text, htm, boundary=bnd(rnd, dtu), p_cte="quoted-printable", h_cte="quoted-printable")
    top = ses_dkim_headers(rnd, dtu) + std_top('"AWS Training and Certification" <%s>' % FORM_FROM[1], ME_G,
        "[CASE %s] Your case has been resolved - how did we do?" % CASE_M, dtu, mid) + ses_tail(rnd, dtu)
    return compose(rnd, "gmail", ME_G, dtu, s, top, body)

# ---------------------------------------------------------------- 037
@mail("credly-badge-moved-developer-associate", "credly_badge_issued", None, [], True, "en")
def m037(rnd):
    dt = datetime(2025, 5, 27, 15, 40, 2, tzinfo=UTC)
    return credly_badge(rnd, ME_G, dt, "AWS Certified Developer \u2013 Associate", "Kenji",
                        "Issued on March 14, 2024 \u00b7 Expires March 14, 2027", box="gmail")

# ---------------------------------------------------------------- 038
@mail("credly-badge-moved-cloud-practitioner", "credly_badge_issued", None, [], True, "en")
def m038(rnd):
    dt = datetime(2025, 5, 27, 15, 40, 9, tzinfo=UTC)
    return credly_badge(rnd, ME_G, dt, "AWS Certified Cloud Practitioner", "Kenji",
                        "Issued on September 8, 2023 \u00b7 Expires September 8, 2026", box="gmail",
                        subject="You've been issued a badge: AWS Certified Cloud Practitioner",
                        intro="Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification is ready. Accept it to add it to your profile.")

# ---------------------------------------------------------------- 039
@mail("github-pr-merged-duplicate-accounts", "unrelated", None, [], False, "en")
def m039(rnd):
    dt = jst(2025, 5, 27, 18, 21, 44).astimezone(UTC)
    s = github_sender(rnd)
    subj = "Re: [kenjisato/tsundoku-api] Merge duplicate user accounts on sign-up (PR #57)"
    plain = ("Merged #57 into main.\n\n"
             "\u2014\nReply to this email directly, view it on GitHub:\n"
             "https://github.com/kenjisato/tsundoku-api/pull/57#event-17811230945\n"
             "You are receiving this because you were mentioned.\n\n"
             "Message ID: <kenjisato/tsundoku-api/pull/57/issue_event/17811230945@github.com>\n")
    htm = ('<p></p>\n<p>Merged <a href="https://github.com/kenjisato/tsundoku-api/pull/57">#57</a> into main.</p>\n'
           '<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kenjisato/tsundoku-api/pull/57#event-17811230945">view it on GitHub</a>.'
           '<br />You are receiving this because you were mentioned.</p>\n')
    body = alt(plain, htm, boundary="--==_mimepart_%s_%d" % (rnd.hex(13), rnd.int(100000, 999999)))
    top = [("DKIM-Signature", dkim_sig(rnd, "github.com", "pf2023", dt, "Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Unsubscribe:From"))]
    top += std_top('"Mika Tanaka" <notifications@github.com>', "kenjisato/tsundoku-api <tsundoku-api@noreply.github.com>",
                   subj, dt, "<kenjisato/tsundoku-api/pull/57/issue_event/17811230945@github.com>",
                   cc="Kenji Sato <kenji.sato.dev@gmail.com>, Mention <mention@noreply.github.com>",
                   extra=[("In-Reply-To", "<kenjisato/tsundoku-api/pull/57@github.com>"),
                          ("References", "<kenjisato/tsundoku-api/pull/57@github.com>"),
                          ("List-ID", "kenjisato/tsundoku-api <tsundoku-api.kenjisato.github.com>"),
                          ("X-GitHub-Reason", "mention")])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 040
@mail("aws-japan-summit-newsletter-ja", "unrelated", None, [], True, "ja")
def m040(rnd):
    dt = jst(2025, 5, 28, 12, 0, 33).astimezone(UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid)
    htm = """<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>AWS Summit Japan 2025</title></head>
<body style="margin:0;background:#eaeded;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#232f3e;padding:18px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" width="90" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px">AWS Summit Japan 2025 ご登録受付中</h1>
<p>佐藤 健二 様</p>
<p>日本最大の &ldquo;AWS を学ぶイベント&rdquo; AWS Summit Japan を、2025 年 6 月 25 日（水）・26 日（木）の 2 日間、幕張メッセにて開催します。</p>
<ul>
<li>基調講演、150 以上のセッション</li>
<li>AWS 認定資格をお持ちの方限定の「AWS Certified Lounge」</li>
<li>AWS Jam、GameDay などのハンズオン企画</li>
</ul>
<p>AWS 認定資格をお持ちの方は、当日「AWS Certified Lounge」で認定デジタルバッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=%s" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">今すぐ登録（無料）</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">本メールは、AWS からのお知らせの配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア</td></tr></table></body></html>
""" % rnd.hex(8)
    body = text_part(htm, "html", "utf-8", "base64")
    top = ses_dkim_headers(rnd, dt) + std_top(addr("アマゾン ウェブ サービス ジャパン", "aws-jp-marketing@amazon.com"), ME_G,
        "【AWS Summit Japan 2025】ご登録受付中 | 6 月 25 日・26 日 幕張メッセで開催", dt, mid,
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>" % rnd.b64(30))]) + ses_tail(rnd, dt)
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 041
U4_DT = jst(2025, 5, 27, 22, 10, 3)
U4 = """Hi Mei,

Thank you, I can see all four certifications in AWS02718846 now.

I received two Credly e-mails for Cloud Practitioner and Developer Associate, but they created a new
Credly profile for kenji.sato.dev@gmail.com. My SAA and AI Practitioner badges are still on my old
Credly profile (biglobe address), and the old CLF/DVA badges are still on the profile with my work
e-mail. Is it possible to put everything on one Credly profile?

Kenji"""

A9_DT = jst(2025, 5, 29, 10, 5, 48)
A9 = """Hi Kenji,

Thanks for letting us know, and I'm glad the certifications all show up now.

Credly issues badges to the e-mail address on your AWS Certification account, which is why the new
badges went to kenji.sato.dev@gmail.com. Unfortunately we can't combine Credly profiles from our side,
but Credly has a self-service option for this:

1. Sign in to Credly with kenji.sato.dev@gmail.com.
2. Go to Settings > Account > Merge Accounts.
3. Add your biglobe and work e-mail addresses. Credly sends a code to each address to verify it.

After that, the badges from your other profiles will appear on one profile. The duplicate CLF and DVA
badges that were issued for AWS04391275 will be revoked on our side within a few days, so you won't
see them twice.

Let me know if there's anything else I can help with.

Best regards,
Mei L.
AWS Training and Certification Customer Support"""

@mail("aws-tc-reply-credly-profiles", "support_reply", CASE_M, [ACC_B], True, "en")
def m041(rnd):
    text = (A9 + "\n\n" + RATE_LINE + "\n\n" + FORM_FOOTER + "\n\n" + gmail_attr(U4_DT, "Kenji Sato", ME_G) + "\n\n" +
            q(U4 + "\n\n" + gmail_attr(A8_DT, "Amazon Web Services", FORM_FROM[1]) + "\n\n" + q(A8)) + "\n")
    return form_mail(rnd, A9_DT, text)

# ---------------------------------------------------------------- 042
@mail("credly-self-service-merge-code", "unrelated", None, [], True, "en")
def m042(rnd):
    dt = jst(2025, 5, 29, 21, 33, 17).astimezone(UTC)
    s = credly_sender(rnd, ME_O)
    code = "%06d" % rnd.int(100000, 999999)
    plain = """Hi Kenji,

We received a request to merge the Credly account for k.sato@hoshizora-tech.co.jp into the Credly
account for kenji.sato.dev@gmail.com.

Your verification code is: %s

Or click the link below to complete the merge:
Complete Account Merge: https://www.credly.com/account_merges/%s/confirm

This code expires in 24 hours. After the merge, all badges from this account will be moved to
kenji.sato.dev@gmail.com and this account will be closed.

If you did not request this, you can ignore this e-mail and no changes will be made.

The Credly Team
""" % (code, rnd.uuid())
    htm = txt2html(plain, "Helvetica, Arial, sans-serif")
    body = alt(plain, htm, boundary=bnd(rnd, dt), p_cte="7bit", p_charset="us-ascii", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "credly.com", "s1", dt, "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to"))]
    top += std_top('"Credly" <admin@credly.com>', ME_O, "Verify your email to merge your Credly accounts", dt,
                   "<%s@geopod-ismtpd-%d>" % (rnd.b64(22).replace("/", "_").replace("+", "-"), rnd.int(1, 30)))
    return compose(rnd, "outlook", ME_O, dt, s, top, body)

# ---------------------------------------------------------------- 043
@mail("phish-lookalike-confirm-merge", "merge_confirmation_requested", None, ["AWS10293847"], False, "en")
def m043(rnd):
    dt = datetime(2025, 5, 30, 1, 52, 40, tzinfo=UTC)
    dom = "aws-trainingcertification.net"
    s = Sender("mta1.%s" % dom, "91.215.%d.%d" % (rnd.int(1, 250), rnd.int(1, 250)), "notify@%s" % dom,
               [(dom, "k1", "pass")], "pass", ("pass", "NONE", dom))
    plain = """Dear Candidate,

We have received a request to merge the AWS Certification account AWS-10293847 into your account.
Before we proceed, please confirm which account should remain active after the merge.

Please confirm the merge here within 24 hours:
https://%s/certification/merge/confirm?ref=%s

If we do not hear from you, the merge will be processed automatically and the certifications on the
other account may be lost. This action cannot be undone.

Regards,
AWS Training & Certification - Account Services
""" % (dom, rnd.hex(20))
    htm = txt2html(plain)
    body = alt(plain, htm, boundary=bnd(rnd, dt, "other"), p_cte="quoted-printable", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, dom, "k1", dt))]
    top += std_top('"AWS Training & Certification" <notify@%s>' % dom, ME_G,
                   "Action required: confirm the merge of your AWS Certification accounts", dt, "<%s@%s>" % (rnd.uuid(), dom))
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 044
@mail("pearson-vue-saa-appointment-confirmation", "unrelated", None, [ACC_A], False, "en")
def m044(rnd):
    dt = datetime(2025, 5, 30, 12, 18, 7, tzinfo=UTC)
    s = Sender("mta-%d.pearson.com" % rnd.int(10, 99), "159.112.%d.%d" % (rnd.int(240, 250), rnd.int(1, 250)),
               "bounce-%s@pearson.com" % rnd.hex(10), [("pearson.com", "selector1", "pass")], "pass", ("pass", "REJECT", "pearson.com"))
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Kenji Sato,</p>
<p>Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Exam</b></td><td>SAA-C03: AWS Certified Solutions Architect - Associate (English)</td></tr>
<tr><td><b>Date and time</b></td><td>Tuesday, June 10, 2025 at 10:00 AM Japan Standard Time</td></tr>
<tr><td><b>Delivery</b></td><td>OnVUE online proctored</td></tr>
<tr><td><b>Candidate ID</b></td><td>AWS02718846</td></tr>
<tr><td><b>Registration ID</b></td><td>5107734921</td></tr>
<tr><td><b>Order total</b></td><td>USD 75.00 (50% certification benefit applied)</td></tr>
</table>
<p>Before exam day, run the system test on the computer you will use: <a href="https://home.pearsonvue.com/aws/onvue">https://home.pearsonvue.com/aws/onvue</a></p>
<p>You can check in 30 minutes before your appointment. If you need to reschedule or cancel, do so at least 24 hours before your appointment through your AWS Certification Account.</p>
<p>Sincerely,<br>Pearson VUE</p>
<p style="font-size:11px;color:#777">Please do not reply to this message. Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437.</p>
</body></html>
"""
    body = text_part(htm, "html", "us-ascii", "7bit")
    top = [("DKIM-Signature", dkim_sig(rnd, "pearson.com", "selector1", dt))]
    top += std_top('"Pearson VUE" <pearsonvueconfirmation@pearson.com>', ME_G,
                   "Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Associate", dt,
                   "<%d.%s.JavaMail.vue@prdvuemail%02d>" % (rnd.int(10**8, 10**9), rnd.hex(8), rnd.int(1, 9)))
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 045
U5_DT = jst(2025, 5, 30, 20, 45, 10)
U5 = """Hello,

One more question, sorry. The 50% discount benefit I got with the Developer Associate certification
(on the old account) is not visible under Benefits. I wanted to use it for my SAA-C03 recertification
exam on June 10. Was it transferred? In the end I booked the exam with the benefit from AI Practitioner,
but I would like to keep the other one for later.

Kenji"""

A10_DT = jst(2025, 6, 2, 10, 20, 55)
A10 = """Hello Kenji,

Thank you for writing back, and please do not worry about asking.

I have checked your records. The 50% discount benefit that you earned with AWS Certified Developer -
Associate had not been copied over together with the certification because of a synchronisation delay.
I have now re-issued it to AWS02718846 and it is showing under Benefits > Exam Discount. It can be used
once and it is valid until March 13, 2027.

Your SAA-C03 appointment on June 10 is not affected.

Have a nice day and all the best for your exam!

Regards,
Priya S.
AWS Training and Certification Customer Support"""

@mail("aws-tc-reply-exam-benefit-voucher", "support_reply", CASE_M, [ACC_A], True, "en")
def m045(rnd):
    text = A10 + "\n\n" + FORM_FOOTER + "\n\n" + gmail_attr(U5_DT, "Kenji Sato", ME_G) + "\n\n" + q(U5) + "\n"
    return form_mail(rnd, A10_DT, text, plain_only=True, p_cte="quoted-printable")

# ---------------------------------------------------------------- 046
@mail("aws-quota-case-resolved-feedback", "unrelated", CASE_Q, [], True, "en")
def m046(rnd):
    dt = jst(2025, 6, 2, 17, 4, 30)
    link = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_Q
    text = """Hello,

We've resolved your support case %s: "Limit Increase: EC2 Instances".

Your request to raise the limit for Running On-Demand G and VT instances in Asia Pacific (Tokyo) to 16
vCPUs has been approved and is now in effect.

If you're satisfied with the resolution, no further action is needed. If you need more help, you can
reopen the case from the Support Center within 14 days:
%s

How did we do? Please take a moment to rate the support you received:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&feedback=true

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services

""" % (CASE_Q, link, CASE_Q) + AWS_FOOTER + "\n"
    return console_mail(rnd, dt, "[Case %s] Your support case has been resolved" % CASE_Q, text, ME_O, "outlook")

# ---------------------------------------------------------------- 047
@mail("credly-reminder-accept-badge", "credly_badge_issued", None, [], True, "en")
def m047(rnd):
    dt = datetime(2025, 6, 3, 15, 2, 48, tzinfo=UTC)
    return credly_badge(rnd, ME_G, dt, "AWS Certified Developer \u2013 Associate", "Kenji",
                        "Issued on March 14, 2024 \u00b7 Expires March 14, 2027", box="gmail",
                        subject="Reminder: your AWS Certified Developer \u2013 Associate badge is waiting for you",
                        intro="You have a badge from Amazon Web Services Training and Certification waiting to be accepted.")

# ---------------------------------------------------------------- 048
@mail("phish-spoofed-merge-completed", "merge_completed", "11840293551", [], False, "en")
def m048(rnd):
    dt = datetime(2025, 6, 3, 22, 14, 5, tzinfo=UTC)
    s = Sender("vps-%d.hostnode-eu.net" % rnd.int(100, 999), "193.42.%d.%d" % (rnd.int(1, 250), rnd.int(1, 250)),
               "bounce@mailer-%s.hostnode-eu.net" % rnd.hex(4), [], "pass", ("fail", "QUARANTINE", "amazon.com"))
    forged = ("amazon.com;\n\tdkim=pass header.d=amazon.com header.s=rjs4zcgnsn5khabvyfbspzj6mnbbmi4d;\n"
              "\tspf=pass smtp.mailfrom=amazonses.com;\n\tdmarc=pass header.from=amazon.com")
    plain = """Hello,

We are happy to inform you that your AWS Certification accounts have been merged successfully.

To make sure your certifications, badges and exam benefits are displayed correctly, please sign in
once to your merged account within 48 hours and confirm your profile details:

https://aws-certmetrics-login.com/merged-account/verify?id=%s

The merge summary is attached to this e-mail.

Best regards,
AWS Training and Certification Customer Support
""" % rnd.hex(16)
    summary = ("<html><body><h3>AWS Certification - Account Merge Summary</h3><p>Status: COMPLETED</p>"
               "<p>To view your merged certifications please <a href='https://aws-certmetrics-login.com/login'>sign in</a>.</p>"
               "<script>location.href='https://aws-certmetrics-login.com/login?s=%s'</script></body></html>" % rnd.hex(12)).encode()
    body = mixed([alt(plain, txt2html(plain), boundary=bnd(rnd, dt, "other"), p_cte="quoted-printable", h_cte="quoted-printable"),
                  attachment(summary, "text/html", "Merge_Summary.html")], boundary=bnd(rnd, dt, "other"))
    top = std_top('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_G,
                  "RE:[CASE 11840293551] Your AWS Certification accounts have been merged", dt,
                  "<%s@hostnode-eu.net>" % rnd.hex(20), extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return compose(rnd, "gmail", ME_G, dt, s, top, body, forged_ar=forged)

# ---------------------------------------------------------------- 049
@mail("aws-tc-rate-your-experience", "survey", CASE_M, [], True, "en")
def m049(rnd):
    dt = jst(2025, 6, 4, 10, 30, 2)
    base = "https://survey.aws-tc-support.amazon.com/s/csat?displayId=%s&token=%s" % (CASE_M, rnd.hex(24))
    levels = ["Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"]
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;color:#16191f;background:#f2f3f3">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#232f3e;padding:14px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" width="70" alt="AWS"></td></tr>
<tr><td style="padding:22px">
<p>Hello Kenji,</p>
<p>We recently closed your AWS Training and Certification support case <b>%s</b>. We'd appreciate a minute of your time to tell us how we did &mdash; your answers go directly to the team that handled your request.</p>
<p><b>Overall, how satisfied are you with the support you received?</b></p>
<table cellpadding="4">%s</table>
<p>The survey link expires in 7 days.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:12px">You received this one-time survey because you contacted AWS Training and Certification Customer Support. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></body></html>
""" % (CASE_M, "".join('<tr><td><a href="%s&amp;score=%d" style="display:block;width:220px;border:1px solid #0073bb;padding:6px;color:#0073bb;text-decoration:none">%s</a></td></tr>' % (html.escape(base), 5 - i, l) for i, l in enumerate(levels)))
    dtu = dt.astimezone(UTC)
    mid = ses_msgid(dtu, rnd)
    s = ses_sender(rnd, mid)
    body = text_part(htm, "html", "utf-8", "quoted-printable")
    top = ses_dkim_headers(rnd, dtu) + std_top('"AWS Training and Certification" <%s>' % FORM_FROM[1], ME_G,
        "How would you rate your recent support experience? (Case %s)" % CASE_M, dtu, mid) + ses_tail(rnd, dtu)
    return compose(rnd, "gmail", ME_G, dtu, s, top, body)

# ---------------------------------------------------------------- 050
@mail("certmetrics-wants-to-hear-from-you", "unrelated", None, [], False, "en")
def m050(rnd):
    dt = datetime(2025, 6, 5, 16, 0, 41, tzinfo=UTC)
    s = certmetrics_sender(rnd)
    plain = """Hello Kenji,

AWS Certification wants to hear from you!

You recently earned or renewed an AWS Certification. Please take our short survey about your
certification experience - from preparing for the exam to using your certification benefits.
It takes about 5 minutes.

Take the survey: https://cp.certmetrics.com/amazon/en/survey/%s

Your feedback helps us improve AWS Certification for everyone.

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply.
""" % rnd.hex(16)
    body = alt(plain, txt2html(plain), boundary=bnd(rnd, dt, "other"), p_cte="7bit", p_charset="us-ascii", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "certmetrics.com", "k1", dt))]
    top += std_top('"AWS Certification" <do-not-reply@certmetrics.com>', ME_G, "AWS Certification wants to hear from you", dt,
                   "<%s@certmetrics.com>" % rnd.uuid())
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 051
@mail("javascript-weekly-mislabelled-charset", "unrelated", None, [], False, "en")
def m051(rnd):
    dt = datetime(2025, 6, 6, 15, 31, 2, tzinfo=UTC)
    s = Sender("mta%d.cooperpress.com" % rnd.int(1, 9), "52.10.%d.%d" % (rnd.int(1, 250), rnd.int(1, 250)),
               "bounces+%s@mail.cooperpress.com" % rnd.hex(10), [("cooperpress.com", "cp1", "pass")], "pass", ("pass", "NONE", "cooperpress.com"))
    plain = """#740 \u2014 June 6, 2025

JavaScript Weekly

\u2018Node.js 24 is here\u2019 \u2014 The headline features: V8 13.6, a stable permission model, and URLPattern as a global.

Merging objects the right way \u2014 A look at structuredClone, spread, and why deep merges still bite.

Deno 2.3 \u2014 Now with local npm packages and improved Jupyter support.

\u2192 Jobs: Senior Front-end Engineer (Tokyo, hybrid) \u2014 \u00a59M\u2013\u00a513M

\u2014 Peter Cooper & the Cooperpress team

Unsubscribe: https://javascriptweekly.com/leave/%s
Cooperpress Ltd, Fairfield Enterprise Centre, Louth, LN11 0LS, UK
""" % rnd.hex(10)
    # sent as UTF-8 bytes but labelled ISO-8859-1 by the sending system
    body = text_part(plain, "plain", "utf-8", "8bit", declared="iso-8859-1")
    top = [("DKIM-Signature", dkim_sig(rnd, "cooperpress.com", "cp1", dt))]
    top += std_top("JavaScript Weekly <jsw@peterc.org>", ME_G, "Node.js 24 is here, merging objects the right way, Deno 2.3", dt,
                   "<%s@cooperpress.com>" % rnd.hex(24),
                   extra=[("List-Unsubscribe", "<https://javascriptweekly.com/leave/%s>" % rnd.hex(10))])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 052
@mail("github-new-ssh-key-added", "unrelated", None, [], False, "en")
def m052(rnd):
    dt = datetime(2025, 6, 6, 23, 48, 10, tzinfo=UTC)
    s = github_sender(rnd)
    plain = """Hey kenjisato!

A new SSH authentication public key was added to your account.

Key: SHA256:%s
Title: kenji-mbp-2025

If you believe this key was added in error, you can remove the key and disable access at the following location:
https://github.com/settings/keys

Thanks,
The GitHub Team
""" % rnd.b64(43)
    body = text_part(plain, "plain", "utf-8", "7bit")
    top = [("DKIM-Signature", dkim_sig(rnd, "github.com", "pf2023", dt, "Date:From:To:Subject:From"))]
    top += std_top("GitHub <noreply@github.com>", "kenjisato <%s>" % ME_G, "[GitHub] A new SSH authentication public key was added to your account", dt,
                   "<%s.%d@github.com>" % (rnd.hex(24), rnd.int(10**5, 10**6)))
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 053
@mail("pearson-vue-exam-reminder-sjis", "unrelated", None, [ACC_A], False, "ja")
def m053(rnd):
    dt = jst(2025, 6, 9, 10, 0, 22)
    s = Sender("mta-%d.pearson.com" % rnd.int(10, 99), "159.112.%d.%d" % (rnd.int(240, 250), rnd.int(1, 250)),
               "bounce-%s@pearson.com" % rnd.hex(10), [("pearson.com", "selector1", "pass")], "pass", ("pass", "REJECT", "pearson.com"))
    text = """佐藤 健二 様

Pearson VUE より、ご予約いただいている試験についてのリマインダーをお送りします。

試験名: SAA-C03: AWS Certified Solutions Architect - Associate
試験日時: 2025年6月10日(火) 10:00 JST
受験方法: OnVUE オンライン試験
受験者 ID: AWS02718846
登録 ID: 5107734921

■受験前のご確認事項
① 試験開始 30 分前からチェックインできます。
② 事前にシステムテストを実施してください。
③ 受験場所には、ご本人以外の方が入室しないようにしてください。
④ 机の上には何も置かないでください（飲み物は透明の容器のみ可）。

※ご不明な点は、Pearson VUE カスタマーサービス（平日 9:00〜18:00）までお問い合わせください。

ピアソン・ビュー・ジャパン株式会社
"""
    body = text_part(text, "plain", "shift_jis", "8bit", codec="cp932")
    top = [("DKIM-Signature", dkim_sig(rnd, "pearson.com", "selector1", dt))]
    top += std_top(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_G,
                   "__SJIS__", dt,
                   "<%d.%s.JavaMail.vue@prdvuemail%02d>" % (rnd.int(10**8, 10**9), rnd.hex(8), rnd.int(1, 9)))
    top = [(n, ew("【リマインダー】明日の試験について - AWS Certified Solutions Architect - Associate", "Shift_JIS", "cp932")
            if v == "__SJIS__" else v) for n, v in top]
    return compose(rnd, "gmail", ME_G, dt.astimezone(UTC), s, top, body)

# ---------------------------------------------------------------- 054
@mail("certmetrics-recertification-congrats", "unrelated", None, [ACC_A], False, "en")
def m054(rnd):
    dt = datetime(2025, 6, 10, 23, 12, 6, tzinfo=UTC)
    s = certmetrics_sender(rnd)
    plain = """Dear Kenji Sato,

Congratulations on renewing your AWS Certified Solutions Architect - Associate certification!

Your certification is now valid until Jun 10, 2028.
AWS Certification Account: aws02718846
Validation Number: Q4M8RZ2K1XWPN7TB

Your updated certificate is available in your AWS Certification Account, and Credly will update your
digital badge within 5 business days.

Thank you for your continued commitment to AWS Certification.

AWS Training and Certification
Please do not reply to this email. This mailbox is not monitored.
"""
    body = alt(plain, txt2html(plain), boundary=bnd(rnd, dt, "other"), p_cte="quoted-printable", h_cte="base64")
    top = [("DKIM-Signature", dkim_sig(rnd, "certmetrics.com", "k1", dt))]
    top += std_top('"AWS Training and Certification" <do-not-reply@certmetrics.com>', ME_G,
                   "Congratulations on your AWS Certification renewal", dt, "<%s@certmetrics.com>" % rnd.uuid())
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 055
@mail("credly-badge-issued-saa-renewed", "credly_badge_issued", None, [], True, "en")
def m055(rnd):
    dt = datetime(2025, 6, 11, 16, 44, 30, tzinfo=UTC)
    return credly_badge(rnd, ME_G, dt, "AWS Certified Solutions Architect \u2013 Associate", "Kenji",
                        "Issued on June 10, 2025 \u00b7 Expires June 10, 2028", box="gmail",
                        subject="Amazon Web Services Training and Certification sent you a new badge")

# ---------------------------------------------------------------- 056
@mail("seller-central-case-closed", "unrelated", CASE_SELLER, [], True, "en")
def m056(rnd):
    dt = datetime(2025, 6, 11, 4, 2, 57, tzinfo=UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid)
    plain = """Hello,

We have not received a response from you regarding case %s, so we have resolved it. Our records show
that the listing for ASIN B0D7K3XQ2M is active again after the main image was updated on May 2.

If you need further assistance, you can reopen this case from the Case Log within 30 days.

How would you rate the support you received? Your feedback helps us improve:
https://sellercentral.amazon.com/cu/case-lobby/feedback?caseID=%s

Best regards,
Amazon Selling Partner Support

Please do not reply to this email.
""" % (CASE_SELLER, CASE_SELLER)
    body = alt(plain, txt2html(plain), boundary=bnd(rnd, dt), p_cte="quoted-printable", h_cte="quoted-printable")
    top = ses_dkim_headers(rnd, dt) + std_top('"Amazon Selling Partner Support" <seller-notification@amazon.com>', ME_G,
        "RE:[CASE %s] Listing suppressed: ASIN B0D7K3XQ2M" % CASE_SELLER, dt, mid) + ses_tail(rnd, dt)
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 057
@mail("aws-tc-newsletter-june", "unrelated", None, [], True, "en")
def m057(rnd):
    dt = datetime(2025, 6, 12, 16, 5, 0, tzinfo=UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid)
    plain = """AWS Training and Certification | June 2025

Hi Kenji,

What's new this month:

* New exam: AWS Certified Generative AI Developer - Professional (beta) - registration opens soon.
* AWS Skill Builder: 20 new hands-on labs for Amazon Bedrock Agents.
* Recertify early: if your certification expires in the next 6 months, check your AWS Certification
  Account for your recertification options and your 50% exam discount benefit.

Account tip: Did you earn certifications under more than one e-mail address? Keep all your
certifications in one place - contact AWS Training and Certification Customer Support and ask us to
merge your accounts.

Keep building,
AWS Training and Certification

Manage preferences: https://pages.awscloud.com/communication-preferences.html
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
    body = alt(plain, txt2html(plain), boundary=bnd(rnd, dt), p_cte="quoted-printable", h_cte="quoted-printable")
    top = ses_dkim_headers(rnd, dt) + std_top('"AWS Training and Certification" <aws-training-noreply@amazon.com>', ME_G,
        "June update: new Generative AI exam, Skill Builder labs, and recertification tips", dt, mid,
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>" % rnd.b64(30))]) + ses_tail(rnd, dt)
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 058
@mail("colleague-asks-how-to-merge-cert-accounts", "unrelated", None, ["AWS05512093", "AWS05881470"], False, "en")
def m058(rnd):
    dt = jst(2025, 6, 12, 17, 26, 40)
    prev = jst(2025, 6, 12, 12, 3, 0)
    s = Sender("TYCPR01MB%d.jpnprd01.prod.outlook.com" % rnd.int(1000, 9999), "2603:1096:400:1c2::9", "r.menon@hoshizora-tech.co.jp", [], "none")
    mine = """Hi Ravi,

Yes, my two certification accounts (AWS02718846 and AWS04391275) were merged at the end of May.
It took about two weeks in total because I gave them an incomplete ID at first. Credly badges were the
most annoying part.

Kenji"""
    plain = """Hi Kenji-san,

Thanks for sharing. I have the same situation: AWS 05512093 from my previous company and aws05881470
with our company mail. Which form did you use for the request? Was it the Training and Certification
contact form or the normal AWS Support console? I don't want to open a case in the company AWS account by mistake.

Also, did you lose any exam voucher?

Thanks!
Ravi

""" + outlook_block("Kenji Sato <k.sato@hoshizora-tech.co.jp>", prev, "Ravi Menon <r.menon@hoshizora-tech.co.jp>",
                    "RE: lunch & AWS cert question") + "\n\n" + mine + "\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US"><div class="WordSection1">' +
           "".join('<p class="MsoNormal">%s</p>\n' % (html.escape(l) or "&nbsp;") for l in plain.split("\n")) + '</div></body></html>\n')
    body = alt(plain, htm, boundary=bnd(rnd, dt, "outlook"), p_cte="quoted-printable", h_cte="base64")
    top = [("From", "Ravi Menon <r.menon@hoshizora-tech.co.jp>"), ("To", "Kenji Sato <k.sato@hoshizora-tech.co.jp>"),
           ("Subject", "RE: lunch & AWS cert question"), ("Thread-Topic", "lunch & AWS cert question"),
           ("Thread-Index", "AQHb2z" + rnd.b64(26) + "=="), ("Date", rfcdate(dt)),
           ("Message-ID", "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (rnd.int(1000, 9999), rnd.alnum(20), rnd.int(1000, 9999))),
           ("In-Reply-To", "<TYCPR01MB8834%s@TYCPR01MB8834.jpnprd01.prod.outlook.com>" % rnd.alnum(20)),
           ("Accept-Language", "en-US, ja-JP"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")]
    return compose(rnd, "outlook-internal", ME_O, dt, s, top, body)

# ---------------------------------------------------------------- 059
@mail("gitlab-mr-merged-aws-accounts-config", "unrelated", None, [], False, "en")
def m059(rnd):
    dt = jst(2025, 6, 13, 11, 9, 15).astimezone(UTC)
    s = Sender("mail-%d.mg.gitlab.com" % rnd.int(10, 99), "198.61.254.%d" % rnd.int(1, 250),
               "bounce+%s.%s-kenji.sato.dev=gmail.com@mg.gitlab.com" % (rnd.hex(6), rnd.hex(6)),
               [("mg.gitlab.com", "mailo", "pass"), ("gitlab.com", "mailo", "pass")], "pass", ("pass", "REJECT", "gitlab.com"))
    plain = """Merge request !131 was merged
Merge request URL: https://gitlab.com/hoshizora-tech/infra-terraform/-/merge_requests/131
Project:Branches: r.menon/infra-terraform:feat/merge-aws-accounts-config to hoshizora-tech/infra-terraform:main
Author: Ravi Menon
Assignee: Kenji Sato

Merge AWS accounts config: consolidate hoshizora-dev and hoshizora-sandbox provider blocks

--
Reply to this email directly or view it on GitLab: https://gitlab.com/hoshizora-tech/infra-terraform/-/merge_requests/131
You're receiving this email because you have been assigned an item on gitlab.com.
"""
    body = alt(plain, txt2html(plain, "Helvetica, Arial, sans-serif"), boundary="--==_mimepart_%s_%d" % (rnd.hex(13), rnd.int(100000, 999999)),
               p_cte="7bit", p_charset="UTF-8", h_cte="quoted-printable")
    top = [("DKIM-Signature", dkim_sig(rnd, "gitlab.com", "mailo", dt, "In-Reply-To:References:Reply-To:Subject:Message-ID:To:From:Date"))]
    top += std_top('"Ravi Menon (@r.menon)" <gitlab@mg.gitlab.com>', '"Kenji Sato" <%s>' % ME_G,
                   "Re: Infra Terraform | Merge AWS accounts config (!131)", dt, "<%s_%d@gitlab.com>" % (rnd.hex(20), rnd.int(100, 999)),
                   extra=[("In-Reply-To", "<merge_request_331904127@gitlab.com>"), ("References", "<merge_request_331904127@gitlab.com>"),
                          ("X-GitLab-Project", "infra-terraform"), ("X-GitLab-MergeRequest-IID", "131"), ("X-GitLab-NotificationReason", "assigned")])
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ---------------------------------------------------------------- 060
@mail("aws-free-tier-usage-alert", "unrelated", None, [], True, "en")
def m060(rnd):
    dt = datetime(2025, 6, 13, 8, 40, 19, tzinfo=UTC)
    mid = ses_msgid(dt, rnd)
    s = ses_sender(rnd, mid)
    plain = """Dear AWS Customer,

Your AWS account 3029-4471-8856 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of June.

Product        AWS Free Tier Usage as of 06/12/2025   Usage Limit
AmazonS3       4.31 GB-Mo                             5 GB-Mo
AWSLambda      872,114 Requests                       1,000,000 Requests

To learn more about your AWS Free Tier usage, go to the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/freetier

Sincerely,
Amazon Web Services

""" + AWS_FOOTER + "\n"
    body = alt(plain, txt2html(plain), boundary=bnd(rnd, dt), p_cte="quoted-printable", h_cte="quoted-printable")
    top = ses_dkim_headers(rnd, dt) + std_top('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_G,
        "AWS Free Tier limit alert", dt, mid) + ses_tail(rnd, dt)
    return compose(rnd, "gmail", ME_G, dt, s, top, body)

# ================================================================ MAIN
def main():
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i, (slug, fn, lab) in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, slug)
        rnd = R(slug)
        data = fn(rnd)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print("wrote %d mails" % len(labels))

if __name__ == "__main__":
    main()
