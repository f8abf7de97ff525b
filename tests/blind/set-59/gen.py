#!/usr/bin/env python3
"""Generate blind set 59: realistic AWS Certification account-merge mail (.eml) + labels.json."""
import base64, hashlib, json, os, quopri, random, re, string
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.header import Header
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5959)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PT = ZoneInfo("America/Los_Angeles")
UK = ZoneInfo("Europe/London")
PL = ZoneInfo("Europe/Warsaw")
NG = ZoneInfo("Africa/Lagos")

LABELS = {}
RAWTOKENS = {}

# ----------------------------------------------------------------- helpers

def u(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(dt, tail):
    return "%d%05d" % (int(dt.timestamp()), tail)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    al = string.ascii_letters + string.digits + "+/"
    return "".join(R.choice(al) for _ in range(n))


def alnum(n, al=string.ascii_letters + string.digits):
    return "".join(R.choice(al) for _ in range(n))


def uuid():
    return "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ses_id(dt, region="email.amazonses.com"):
    ms = int(dt.timestamp() * 1000)
    return "0100%012x-%s-000000" % (ms, uuid()), region


def fdate(dt, tz=None):
    return format_datetime(dt.astimezone(tz) if tz else dt)


def gdate(dt):
    """Gmail Received-line date (Pacific)."""
    t = dt.astimezone(PT)
    return t.strftime("%a, %d %b %Y %H:%M:%S %z (") + t.tzname() + ")"


def jdate(dt):
    t = dt.astimezone(JST)
    return "%d年%d月%d日(%s) %d:%02d" % (t.year, t.month, t.day, "月火水木金土日"[t.weekday()], t.hour, t.minute)


def gquote_date(dt, tz):
    t = dt.astimezone(tz)
    return t.strftime("%a, %d %b %Y at %H:%M").replace(" 0", " ", 1) if False else t.strftime("%a, ") + str(t.day) + t.strftime(" %b %Y at %H:%M")


def outlook_sent(dt, tz):
    t = dt.astimezone(tz)
    h = t.hour % 12 or 12
    return t.strftime("%A, %B ") + str(t.day) + t.strftime(", %Y ") + "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def hdr(name, value, charset=None, q=False):
    """Encode and fold a header; returns 'Name: value' (may contain newlines)."""
    if charset is None and all(ord(c) < 128 for c in value):
        h = Header(value, header_name=name, continuation_ws=" ")
        return "%s: %s" % (name, h.encode(maxlinelen=78))
    cs = Charset(charset or "utf-8")
    if q:
        cs.header_encoding = CS_QP
    h = Header(value, cs, header_name=name)
    return "%s: %s" % (name, h.encode(maxlinelen=76))


def addr(name, email, charset=None):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return formataddr((name, email), charset=charset or "utf-8")


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.split("\n"))


def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, sub=True):
    codec = codec or charset
    data = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:  # 8bit: raw bytes substituted after generation
        tok = "@@RAW%d@@" % len(RAWTOKENS)
        RAWTOKENS[tok] = data
        payload = tok
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    if sub:
        del p["MIME-Version"]
    return p


def alt(parts, boundary):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def entity_bytes(ent):
    """Serialize the MIME entity with MIME-Version first, as most mailers do."""
    ct = ent["Content-Type"]
    cte = ent["Content-Transfer-Encoding"]
    for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        del ent[k]
    ent["MIME-Version"] = "1.0"
    ent["Content-Type"] = ct
    if cte:
        ent["Content-Transfer-Encoding"] = cte
    b = ent.as_bytes()
    for tok, data in RAWTOKENS.items():
        b = b.replace(tok.encode(), data)
    return b


MSGIDS = {}


def write(fname, label, trace, dkim, own, ent):
    for o in own:
        if o.startswith("Message-ID:"):
            MSGIDS[fname[:3]] = o.split(":", 1)[1].strip()
    head = "\n".join(trace + dkim + own) + "\n"
    raw = head.encode("ascii") + entity_bytes(ent)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    LABELS[fname] = label


def L(kind, case_id, ids, verified, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}

# ------------------------------------------------------------ signatures

AMZ_SEL = "rjt5fm7zqflqlavgcqzyhgz54fgwz4jj"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def dkim_sig(d, s, dt, hlist, c="relaxed/simple", extra=""):
    b = b64s(342) + "=="
    lines = ["DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;" % c,
             "\ts=%s; d=%s; t=%d;%s" % (s, d, int(dt.timestamp()), extra),
             "\th=%s;" % hlist,
             "\tbh=%s=;" % b64s(43),
             "\tb=%s" % b[:70]]
    rest = b[70:]
    while rest:
        lines.append("\t" + rest[:72])
        rest = rest[72:]
    return "\n".join(lines)


def ses_dkim(dt):
    return [dkim_sig("amazon.com", AMZ_SEL, dt, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"),
            dkim_sig("amazonses.com", SES_SEL, dt, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID")]


def ses_extra(dt):
    ip = "54.240.8.%d" % R.randint(10, 99)
    return ["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64s(43),
            "X-SES-Outgoing: %s-%s" % (dt.strftime("%Y.%m.%d"), ip)], ip

# ------------------------------------------------------------ trace styles

def gmail_trace(rcpt, dt, host, ip, mailfrom, ar_lines, arc=True):
    t1 = dt + timedelta(seconds=R.randint(1, 4))
    t2 = t1 + timedelta(seconds=1)
    ar = "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(ar_lines)
    out = ["Delivered-To: %s" % rcpt,
           "Received: by 2002:a05:7010:%x:b0:%x:%x:%x with SMTP id %s;\n        %s" % (
               R.randint(0x1000, 0xffff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff),
               alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"), gdate(t2)),
           "X-Google-Smtp-Source: AGHT+I%s" % b64s(80),
           "X-Received: by 2002:a05:620a:%x:b0:7c5:%x:%x with SMTP id %s;\n        %s" % (
               R.randint(0x1000, 0xffff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff),
               alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"), gdate(t2))]
    if arc:
        out += ["ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s" % (
                    int(t1.timestamp()), b64s(70), b64s(70)),
                "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                "        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n"
                "        bh=%s=;\n        fh=%s=;\n        b=%s\n         %s" % (b64s(43), b64s(43), b64s(70), b64s(70)),
                "ARC-Authentication-Results: i=1; mx.google.com;\n       " + ";\n       ".join(ar_lines)]
    out += ["Return-Path: <%s>" % mailfrom,
            "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                host, host, ip, "%s-%ssi%dqtb" % (hexs(13), hexs(16), R.randint(10**6, 10**7)), R.randint(1, 999),
                t1.astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S"), rcpt, gdate(t1))]
    spf = [l for l in ar_lines if l.startswith("spf=")][0]
    res = spf.split("=")[1].split()[0]
    out.append("Received-SPF: %s %s client-ip=%s;" % (res, spf[spf.index("("):spf.index(")") + 1], ip))
    out.append(ar)
    return out


def g_ar(dkims, mailfrom, ip, spf, dmarc, dom, pol="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    lines = []
    for d, s, r in dkims:
        lines.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, d, s, alnum(8)))
    if spf == "pass":
        lines.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif spf == "softfail":
        lines.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        lines.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    lines.append("dmarc=%s (%s) header.from=%s" % (dmarc, pol, dom))
    return lines


def o365_trace(rcpt, dt, host, ip, mailfrom_dom, ar, region="namprd", consumer=False):
    t1 = dt + timedelta(seconds=R.randint(1, 3))
    t2 = t1 + timedelta(seconds=1)
    pre = {"namprd": ("NAM", "namprd", "BN", "SA"), "eurprd": ("EUR", "eurprd", "DB", "AM"), "jpnprd": ("JPN", "jpnprd01", "TY", "OS")}[region]
    mb = "%s%dPR%02dMB%d.%s%s.prod.outlook.com" % (pre[2], R.randint(1, 9), R.randint(1, 19), R.randint(1000, 9999), pre[1], "" if pre[1].endswith("01") else "%02d" % R.randint(1, 10))
    ca = "%s%dP%03dCA%04d.%s%s.prod.outlook.com" % (pre[3], R.randint(1, 9), R.randint(1, 299), R.randint(1, 9999), pre[1], "" if pre[1].endswith("01") else "%02d" % R.randint(1, 10))
    fe = "%s%dPEPF%08d.%s%s.prod.outlook.com" % (pre[3], R.randint(1, 9), R.randint(1, 99999), pre[1], "" if pre[1].endswith("01") else "%02d" % R.randint(1, 10))
    v6 = lambda: "2603:10b6:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(1, 0xff), R.randint(1, 0x1f))
    srv = "15.20.%d.%d" % (R.randint(8000, 9300), R.randint(10, 40))
    fdt = lambda t: format_datetime(t)
    mb2 = "%s%dPR%02dMB%d.%s%s.prod.outlook.com" % (pre[2], R.randint(1, 9), R.randint(1, 19), R.randint(1000, 9999), pre[1], "" if pre[1].endswith("01") else "%02d" % R.randint(1, 10))
    out = ["Received: from %s (%s) by\n %s with HTTPS; %s" % (mb, v6(), mb2, fdt(t2)),
           "Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (ca, v6(), mb, v6(), srv, fdt(t2)),
           "Received: from %s\n (%s) by %s.office365.com\n (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s" % (
               fe.replace(".prod.outlook.com", ".prod.outlook.com"), v6(), ca.split('.')[0] + ".outlook", v6(), srv, fdt(t1)),
           "Authentication-Results: " + ar]
    res = re.search(r"spf=(\w+)", ar).group(1)
    if res == "pass":
        out.append("Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mailfrom_dom, ip, ip, host))
    else:
        out.append("Received-SPF: %s (protection.outlook.com: domain of %s does not\n designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;" % (res.capitalize(), mailfrom_dom, ip, ip, host))
    out.append("Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id %s\n via Frontend Transport; %s" % (
        host, ip, fe.split('.')[0] + ".mail.protection.outlook.com", R.randint(0, 255), R.randint(0, 255), srv, fdt(t1)))
    return out


def o_ar(ip, mailfrom_dom, dkim_d, from_dom, ok=True, dkim="pass"):
    if ok:
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % (ip, mailfrom_dom, dkim, dkim_d, from_dom))
    return ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000" % (ip, mailfrom_dom, from_dom))


def o365_tail(consumer=False):
    if consumer:
        return ["X-MS-Exchange-Organization-AuthSource: %s.namprd%02d.prod.outlook.com" % ("BN%dPEPF%08d" % (R.randint(1, 9), R.randint(1, 99999)), R.randint(1, 20)),
                "X-MS-Exchange-Organization-AuthAs: Anonymous",
                "X-MS-Exchange-Organization-SCL: 1",
                "X-Microsoft-Antispam: BCL:0;ARA:13230040|29132699027|12121999004|8060799006;"]
    return ["X-MS-Exchange-Organization-AuthSource: %s.prod.outlook.com" % ("TYCPR01CA%04d.jpnprd01" % R.randint(1, 9999)),
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            "X-MS-Exchange-Organization-Network-Message-Id: %s" % uuid(),
            "X-MS-Exchange-Organization-SCL: 1"]


def jp_trace(authserv, rcpt, dt, host, ip, mailfrom, ar_body, mta):
    t1 = dt + timedelta(seconds=R.randint(1, 4))
    out = ["Return-Path: <%s>" % mailfrom,
           "Received: from %s by %s with ESMTP\n          id <%s.%s@%s>\n          for <%s>; %s" % (
               mta.replace("rcv", "snd") if "rcv" in mta else "localhost", mta, t1.astimezone(JST).strftime("%Y%m%d%H%M%S"),
               alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), mta, rcpt, fdate(t1, JST))]
    if ar_body is not None:
        out.append("Authentication-Results: %s;\n\t%s" % (authserv, ";\n\t".join(ar_body)))
    out.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS; %s" % (host, host, ip, mta, fdate(t1, JST)))
    return out


def j_ar(mailfrom, dkims, dom, dmarc="pass", spf="pass"):
    out = ["spf=%s smtp.mailfrom=%s" % (spf, mailfrom)]
    for d, s, r in dkims:
        out.append("dkim=%s header.i=@%s header.s=%s" % (r, d, s))
    out.append("dmarc=%s header.from=%s" % (dmarc, dom))
    return out

# ------------------------------------------------------------ common senders

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY_NAME = "Amazon Web Services Training and Certification via Credly"


def ses_headers(dt, to, frm, subject, charset=None, q=False, extra=()):
    mid, dom = ses_id(dt)
    ex, ip = ses_extra(dt)
    own = ["Date: %s" % fdate(dt),
           "From: %s" % addr(*frm),
           "To: %s" % to,
           "Message-ID: <%s@%s>" % (mid, dom),
           hdr("Subject", subject, charset, q)] + list(extra) + ex
    host = "a8-%s.smtp-out.amazonses.com" % ip.split(".")[-1]
    return own, mid + "@" + dom, ip, host


def ses_gmail(rcpt, dt, to, subject, frm=FORM, charset=None, q=False, extra=()):
    own, mf, ip, host = ses_headers(dt, to, frm, subject, charset, q, extra)
    ar = g_ar([("amazon.com", AMZ_SEL, "pass"), ("amazonses.com", SES_SEL, "pass")], mf, ip, "pass", "pass", "amazon.com")
    return gmail_trace(rcpt, dt, host, ip, mf, ar), ses_dkim(dt), own


def ses_o365(rcpt, dt, to, subject, frm=FORM, charset=None, q=False, extra=(), region="namprd", consumer=False):
    own, mf, ip, host = ses_headers(dt, to, frm, subject, charset, q, extra)
    tr = o365_trace(rcpt, dt, host, ip, "email.amazonses.com", o_ar(ip, "email.amazonses.com", "amazon.com", "amazon.com"), region)
    return tr + o365_tail(consumer), ses_dkim(dt), own


def ses_jp(authserv, mta, rcpt, dt, to, subject, frm=FORM, charset=None, q=False, extra=(), with_ar=True):
    own, mf, ip, host = ses_headers(dt, to, frm, subject, charset, q, extra)
    ar = j_ar(mf, [("amazon.com", AMZ_SEL, "pass"), ("amazonses.com", SES_SEL, "pass")], "amazon.com") if with_ar else None
    return jp_trace(authserv, rcpt, dt, host, ip, mf, ar, mta), ses_dkim(dt), own


def credly_headers(dt, to, subject, charset=None, frm_name=CREDLY_NAME):
    mid = "<%s@geopod-ismtpd-%d>" % (alnum(22), R.randint(1, 40))
    own = ["Date: %s" % fdate(dt),
           "From: %s" % addr(frm_name, "admin@credly.com"),
           "Reply-To: support@credly.com",
           "To: %s" % to,
           "Message-ID: %s" % mid,
           hdr("Subject", subject, charset),
           "X-SG-EID: u001.%s" % b64s(60),
           "X-Entity-ID: u001.%s" % b64s(22),
           "List-Unsubscribe: <https://www.credly.com/notification_preferences>"]
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(1, 250))
    host = "o%d.ptr%d.em.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))
    mf = "bounces+%d-%s-%s@em.credly.com" % (R.randint(1000000, 9999999), hexs(4), re.sub(r"[@]", "=", re.search(r"[\w.\-+]+@[\w.\-]+", to).group(0)))
    dk = [dkim_sig("credly.com", "s1", dt, "from:reply-to:subject:mime-version:content-type:to:cc:content-type:from:subject:to", c="relaxed/relaxed"),
          dkim_sig("sendgrid.info", "smtpapi", dt, "from:reply-to:subject:mime-version:content-type:to:cc:content-type:from:subject:to", c="relaxed/relaxed")]
    return own, mf, ip, host, dk

# ------------------------------------------------------------ people

PRIYA = ("Priya Raman", "priya.raman.dev@gmail.com")
TOMASZ = ("Tomasz Nowak", "t.nowak@brightwave-analytics.com")
DANIEL = ("Daniel Okafor", "daniel.okafor@outlook.com")
TAKA = ("高橋 健一", "kenichi.takahashi@nifty.com")
AYA = ("中村 彩", "aya.nakamura.0412@gmail.com")
SHOTA = ("山本 翔太", "s-yamamoto@kawase-sys.co.jp")
KOBA = ("小林 直樹", "nkobayashi_0719@yahoo.co.jp")
ITO = ("伊藤 真理子", "mariko@ito-kobo.jp")


def to_(p, cs=None):
    return addr(p[0], p[1], cs)

# case ids -----------------------------------------------------------------
C_PRIYA_OPEN = u(2025, 5, 27, 14, 3, 11)
C_PRIYA = case15(C_PRIYA_OPEN, 12207)
C_TOM_OPEN = u(2025, 9, 15, 7, 41, 26)
C_TOM = case15(C_TOM_OPEN, 14630)
C_TOM_EC2_OPEN = u(2025, 10, 2, 12, 0, 7)
C_TOM_EC2 = case15(C_TOM_EC2_OPEN, 90411)
C_DAN1_OPEN = u(2025, 11, 3, 19, 22, 40)
C_DAN1 = case15(C_DAN1_OPEN, 3318)
C_DAN2_OPEN = u(2025, 12, 1, 8, 47, 15)
C_DAN2 = case15(C_DAN2_OPEN, 51902)
C_TAKA_OPEN = u(2025, 7, 8, 1, 15, 33)
C_TAKA = case15(C_TAKA_OPEN, 20874)
C_AYA_OPEN = u(2025, 10, 20, 0, 32, 10)
C_AYA = case15(C_AYA_OPEN, 61245)
C_SHOTA_OPEN = u(2026, 1, 14, 2, 5, 51)
C_SHOTA = case15(C_SHOTA_OPEN, 7736)
C_KOBA_A_OPEN = u(2026, 2, 3, 12, 10, 5)
C_KOBA_A = case15(C_KOBA_A_OPEN, 44120)
C_KOBA_B_OPEN = u(2026, 2, 4, 23, 58, 40)
C_KOBA_B = case15(C_KOBA_B_OPEN, 98013)
C_ITO_OPEN = u(2026, 3, 9, 23, 40, 12)
C_ITO = case15(C_ITO_OPEN, 12570)

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
RATE_EN = ("How would you rate this response?\n"
           "  Excellent: https://support.aws.amazon.com/feedback?c=%s&r=5\n"
           "  Poor:      https://support.aws.amazon.com/feedback?c=%s&r=1")

# =========================================================================
#                               ENGLISH
# =========================================================================

# ---- Priya (Gmail, form desk) -------------------------------------------
PRIYA_SUBMISSION = """Inquiry type: AWS Certification
Detail: Account Merge
AWS candidate ID: AWS04418207
Description: I ended up with two certification profiles. The second one (aws 06620391) was created by my previous employer's training portal with my work address. I'd like everything to sit under my personal profile please."""


def m001():
    dt = C_PRIYA_OPEN + timedelta(seconds=4)
    subj = "[CASE %s] %s" % (C_PRIYA, FORM_SUBJ)
    tr, dk, own = ses_gmail(PRIYA[1], dt, to_(PRIYA), subj)
    body = """Hello,

Thank you for contacting AWS Training and Certification.

This automatic message is to let you know that your request reached us and has been given the reference number %s. One of our Customer Service associates will review it and get back to you, normally within 24 hours.

To avoid delays, please don't submit the form again for the same question. If you would like to add something, reply to this e-mail and leave the reference number in the subject line unchanged.

A copy of what you sent us:
----------------------------------------
%s
----------------------------------------

Kind regards,
AWS Training and Certification Customer Service
https://aws.amazon.com/training/
""" % (C_PRIYA, PRIYA_SUBMISSION)
    html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in body.split("\n\n")) + "</body></html>"
    ent = alt([tpart(body), tpart(html, "html")], "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("001-tc-form-acknowledgement.eml", L("case_created", C_PRIYA, ["AWS04418207", "AWS06620391"], True, "en"), tr, dk, own, ent)


PRIYA_CONFIRM = """Hello Priya,

Thank you for your patience.

I have found both certification profiles that belong to you:

  * AWS04418207 - registered to priya.raman.dev@gmail.com. This is the profile that will stay active.
  * AWS06620391 - registered to priya.raman@northgate-consult.com. Its exam history, certifications and benefits would be moved into AWS04418207, after which this profile is closed.

Before I hand this over, please be aware that the change is permanent: profiles that have been combined cannot be separated again, and you will no longer be able to sign in to CertMetrics with priya.raman@northgate-consult.com.

If everything above is accurate, simply reply to this e-mail and tell me you agree. If you would rather keep the other profile as the primary one, let me know and I will adjust the request.

Best regards,
Rohan S.
AWS Training and Certification Customer Service"""


def m002():
    dt = u(2025, 5, 28, 9, 14, 2)
    subj = "RE:[CASE %s] %s" % (C_PRIYA, FORM_SUBJ)
    tr, dk, own = ses_gmail(PRIYA[1], dt, to_(PRIYA), subj)
    text = PRIYA_CONFIRM + "\n\n" + RATE_EN % (C_PRIYA, C_PRIYA) + "\n\n-----Original Message-----\nFrom: priya.raman.dev@gmail.com\nSent: %s\n\n%s\n" % (
        C_PRIYA_OPEN.strftime("%Y-%m-%d %H:%M:%S UTC"), PRIYA_SUBMISSION)
    html = "<html><body><div style=\"font-family:Amazon Ember,Arial,sans-serif\">" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>\n") for p in PRIYA_CONFIRM.split("\n\n")) + \
        "<hr><p style=\"font-size:12px;color:#555\">How would you rate this response? <a href=\"https://support.aws.amazon.com/feedback?c=%s&amp;r=5\">Excellent</a> | <a href=\"https://support.aws.amazon.com/feedback?c=%s&amp;r=1\">Poor</a></p>" % (C_PRIYA, C_PRIYA) + \
        "<div style=\"border-top:1px solid #ccc;color:#666\"><b>-----Original Message-----</b><br>%s</div></div></body></html>" % PRIYA_SUBMISSION.replace("\n", "<br>")
    ent = alt([tpart(text), tpart(html, "html")], "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("002-rohan-profiles-found.eml", L("merge_confirmation_requested", C_PRIYA, ["AWS04418207", "AWS06620391"], True, "en"), tr, dk, own, ent)


PRIYA_REPLY_DT = u(2025, 5, 28, 10, 2, 37)
PRIYA_REPLY = """Hi Rohan,

Yes, that's all correct - please go ahead and keep AWS04418207 as the main one.

Thanks a lot,
Priya"""


def m003():
    dt = u(2025, 5, 28, 16, 40, 19)
    subj = "RE:[CASE %s] %s" % (C_PRIYA, FORM_SUBJ)
    tr, dk, own = ses_gmail(PRIYA[1], dt, to_(PRIYA), subj)
    inner = PRIYA_REPLY + "\n\nOn %s, Amazon Web Services <%s> wrote:\n%s" % (
        gquote_date(u(2025, 5, 28, 9, 14, 2), UK), FORM[1], quote(PRIYA_CONFIRM))
    text = """Hello Priya,

Thanks for getting back to me so quickly. I have noted your agreement and passed the request on to our certification records team, who carry out this type of change. There is nothing further you need to do at this stage.

I will write to you again as soon as they tell me it has gone through. This normally takes between one and three business days. Please don't open another request in the meantime, as that tends to slow things down.

Best regards,
Rohan S.
AWS Training and Certification Customer Service

On %s, Priya Raman <%s> wrote:
%s
""" % (gquote_date(PRIYA_REPLY_DT, UK), PRIYA[1], quote(inner))
    ent = tpart(text, sub=False)
    write("003-rohan-handed-to-records.eml", L("support_reply", C_PRIYA, [], True, "en"), tr, dk, own, ent)


PRIYA_DONE = """Hello Priya,

Good news: the records team has finished working on your request.

Everything that was held on AWS06620391 - your AWS Certified Developer - Associate, the related exam history and the unused 50% exam discount - now shows on AWS04418207. The profile that was tied to priya.raman@northgate-consult.com has been retired, so from now on please sign in with priya.raman.dev@gmail.com.

Digital badges are handled by Credly. You should receive a separate message from them inviting you to accept the badge on your current Credly account. If nothing arrives within a week, just reply to this e-mail.

As the request is now complete, I'll go ahead and resolve this case."""


def m004():
    dt = u(2025, 5, 30, 11, 22, 48)
    subj = "RE:[CASE %s] %s" % (C_PRIYA, FORM_SUBJ)
    tr, dk, own = ses_gmail(PRIYA[1], dt, to_(PRIYA), subj)
    text = PRIYA_DONE + """

How did we do? It takes a minute and helps us improve:
  I'm satisfied:     https://survey.aws.amazon.com/tc?case=%s&s=y
  I'm not satisfied: https://survey.aws.amazon.com/tc?case=%s&s=n

Best regards,
Rohan S.
AWS Training and Certification Customer Service
""" % (C_PRIYA, C_PRIYA)
    html = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in PRIYA_DONE.split("\n\n")) + \
        "<table style=\"margin:16px 0\"><tr><td>How did we do?</td><td><a href=\"https://survey.aws.amazon.com/tc?case=%s&amp;s=y\" style=\"background:#ff9900;color:#fff;padding:6px 12px\">&#128077; Satisfied</a></td>" \
        "<td><a href=\"https://survey.aws.amazon.com/tc?case=%s&amp;s=n\" style=\"background:#232f3e;color:#fff;padding:6px 12px\">&#128078; Not satisfied</a></td></tr></table>" \
        "<p>Best regards,<br>Rohan S.<br>AWS Training and Certification Customer Service</p></body></html>" % (C_PRIYA, C_PRIYA)
    ent = alt([tpart(text), tpart(html, "html", cte="base64")], "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("004-rohan-records-team-finished.eml", L("merge_completed", C_PRIYA, ["AWS04418207", "AWS06620391"], True, "en"), tr, dk, own, ent)


def m005():
    dt = u(2025, 5, 30, 11, 24, 3)
    subj = "Your AWS Training and Certification case %s has been resolved" % C_PRIYA
    tr, dk, own = ses_gmail(PRIYA[1], dt, to_(PRIYA), subj, frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"))
    text = """Hello,

Your case %s has been marked as resolved.

Was your issue resolved?
  YES  https://survey.aws.amazon.com/tc/closure?case=%s&a=1
  NO   https://survey.aws.amazon.com/tc/closure?case=%s&a=0

Your answer goes straight to the team that handled your request. If you still need help with this matter, reply to this message within 14 days and the case will be reopened automatically.

Case history
----------------------------------------
30 May 2025 11:22 UTC - Amazon Web Services
%s

28 May 2025 16:40 UTC - Amazon Web Services
Thanks for getting back to me so quickly. I have noted your agreement and passed the request on to our certification records team.
----------------------------------------

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % (C_PRIYA, C_PRIYA, C_PRIYA, PRIYA_DONE)
    # sender domain is amazon.com via SES: re-use ses trace (From aws-tc-feedback@amazon.com)
    ent = tpart(text, sub=False)
    write("005-case-resolved-yes-no.eml", L("survey", C_PRIYA, [], True, "en"), tr, dk, own, ent)


def m006():
    dt = u(2025, 5, 31, 2, 10, 44)
    subj = "Priya, your AWS Certified Developer - Associate badge is waiting for you"
    own, mf, ip, host, dk = credly_headers(dt, to_(PRIYA), subj)
    ar = g_ar([("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], mf, ip, "pass", "pass", "credly.com", "p=QUARANTINE sp=QUARANTINE dis=NONE")
    tr = gmail_trace(PRIYA[1], dt, host, ip, mf, ar)
    bid = uuid()
    text = """Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Developer - Associate

Following an update to your certification record, this badge is now linked to your Credly account (priya.raman.dev@gmail.com). Accept it to add it to your profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/%s?notification=accept

Questions about the badge itself? Contact the issuer: Amazon Web Services Training and Certification.

Credly, Inc. | 111 W Monroe St, Chicago, IL 60603
Manage e-mail preferences: https://www.credly.com/notification_preferences
""" % bid
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/%s/image.png" alt="AWS Certified Developer - Associate" width="110"></td></tr>
<tr><td style="padding:0 24px;font-size:20px;color:#1d1d1d">Amazon Web Services Training and Certification has issued you a badge</td></tr>
<tr><td style="padding:12px 24px;font-size:15px"><b>AWS Certified Developer - Associate</b><br>Following an update to your certification record, this badge is now linked to your Credly account.</td></tr>
<tr><td style="padding:16px 24px"><a href="https://www.credly.com/earner/earned/badge/%s?notification=accept" style="background:#0e6ad0;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">Credly, Inc. | 111 W Monroe St, Chicago, IL 60603 &middot; <a href="https://www.credly.com/notification_preferences">Manage e-mail preferences</a></td></tr>
</table></td></tr></table></body></html>""" % (uuid(), bid)
    ent = alt([tpart(text, cte="7bit"), tpart(html, "html")], "%s" % hexs(60))
    write("006-credly-developer-badge-waiting.eml", L("credly_badge_issued", None, [], True, "en"), tr, [dk[0], dk[1]], own, ent)


def m007():
    dt = u(2025, 5, 30, 12, 5, 11)
    boss = ("James Whitfield", "j.whitfield@harbourline.co.uk")
    gm_id = "<CA%s@mail.gmail.com>" % alnum(40)
    fwd = "---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\nDate: %s\nSubject: RE:[CASE %s] %s\nTo: Priya Raman <%s>\n\n\n%s\n\nBest regards,\nRohan S.\nAWS Training and Certification Customer Service\n" % (
        FORM[1], u(2025, 5, 30, 11, 22, 48).astimezone(UK).strftime("%a, %d %b %Y at %H:%M"), C_PRIYA, FORM_SUBJ, PRIYA[1], PRIYA_DONE)
    text = """Hi James,

FYI - AWS have sorted out my duplicate certification profiles, see below. The old one from the Northgate portal (aws-06620391) is gone and everything is under AWS04418207 now, so that's the ID to put in the skills matrix.

The Developer badge should show up on Credly again in a few days.

Cheers,
Priya

""" + fwd
    own = ["Date: %s" % fdate(dt, UK),
           "From: %s" % to_(PRIYA),
           "To: %s" % addr(*boss),
           "Message-ID: %s" % gm_id,
           "References: <0100%012x-%s-000000@email.amazonses.com>" % (int(u(2025, 5, 30, 11, 22, 48).timestamp() * 1000), uuid()),
           "In-Reply-To: <0100%012x-%s-000000@email.amazonses.com>" % (int(u(2025, 5, 30, 11, 22, 48).timestamp() * 1000), uuid()),
           hdr("Subject", "Fwd: RE:[CASE %s] %s" % (C_PRIYA, FORM_SUBJ))]
    own = own[:4] + own[6:]  # Gmail forward carries no In-Reply-To/References to the original
    ip = "209.85.%d.%d" % (R.randint(128, 222), R.randint(1, 250))
    host = "mail-wm1-f%d.google.com" % R.randint(40, 80)
    tr = o365_trace(boss[1], dt, host, ip, "gmail.com", o_ar(ip, "gmail.com", "gmail.com", "gmail.com"), "eurprd") + o365_tail()
    dk = [dkim_sig("gmail.com", "20230601", dt, "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to", c="relaxed/relaxed")]
    html = "<div dir=\"ltr\">" + "".join("<div>%s</div><div><br></div>" % p.replace("\n", "<br>") for p in text.split("---------- Forwarded message ---------")[0].strip().split("\n\n")) + \
        "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">---------- Forwarded message ---------<br>From: <strong class=\"gmail_sendername\">Amazon Web Services</strong> <span>&lt;%s&gt;</span><br>Subject: RE:[CASE %s] %s<br></div><br>%s</div></div>" % (
            FORM[1], C_PRIYA, FORM_SUBJ, "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in PRIYA_DONE.split("\n\n")))
    ent = alt([tpart(text, charset="UTF-8"), tpart(html, "html", charset="UTF-8")], "000000000000" + hexs(16))
    write("007-fwd-to-manager-skills-matrix.eml", L("unrelated", C_PRIYA, ["AWS04418207", "AWS06620391"], False, "en"), tr, dk, own, ent)


def m026():
    dt = u(2025, 6, 10, 6, 33, 51)
    fake_case = "11820457316"
    frm = ("AWS Training & Certification", "certification@aws-tc-support.com")
    mid = "<%s@aws-tc-support.com>" % uuid()
    own = ["Date: %s" % fdate(dt), "From: %s" % addr(*frm), "To: %s" % PRIYA[1], "Message-ID: %s" % mid,
           hdr("Subject", "[CASE %s] Final step: confirm the consolidation of your certification profiles" % fake_case),
           "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
    ip = "45.137.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    host = "mail.aws-tc-support.com"
    mf = "bounce@aws-tc-support.com"
    ar = g_ar([("aws-tc-support.com", "default", "pass")], mf, ip, "pass", "pass", "aws-tc-support.com", "p=NONE sp=NONE dis=NONE")
    tr = gmail_trace(PRIYA[1], dt, host, ip, mf, ar)
    dk = [dkim_sig("aws-tc-support.com", "default", dt, "Date:From:To:Subject:Message-ID", c="relaxed/relaxed")]
    html = """<html><body style="font-family:Arial;background:#fafafa">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px;border-top:4px solid #ff9900">
<img src="https://aws-tc-support.com/img/aws-logo.png" alt="aws" width="80">
<p>Dear Candidate,</p>
<p>Our records show two certification profiles registered to you: <b>AWS04418207</b> and <b>AWS06620391</b>. As part of the consolidation you requested, AWS06620391 will be absorbed into AWS04418207.</p>
<p>Because this operation cannot be undone, we need you to confirm it by signing in with your AWS Certification credentials within <b>48 hours</b>. Unconfirmed requests are cancelled and both profiles may be locked for security reasons.</p>
<p style="text-align:center"><a href="https://aws-tc-support.com/certmetrics/confirm?ref=%s" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">Confirm consolidation</a></p>
<p>Case reference: %s</p>
<p>Regards,<br>AWS Training and Certification Team</p>
<p style="font-size:10px;color:#999">Amazon Web Services, Inc. 410 Terry Ave North, Seattle WA</p>
</div></body></html>""" % (hexs(32), fake_case)
    ent = tpart(html, "html", charset="iso-8859-1", cte="quoted-printable", sub=False)
    write("026-confirm-consolidation-48h.eml", L("merge_confirmation_requested", fake_case, ["AWS04418207", "AWS06620391"], False, "en"), tr, dk, own, ent)


def m028():
    dt = u(2025, 6, 4, 15, 0, 12)
    own = ["Date: %s" % fdate(dt), "From: %s" % addr("AWS Certification", "do-not-reply@certmetrics.com"),
           "To: %s" % PRIYA[1], "Message-ID: <%s@certmetrics.com>" % uuid(),
           hdr("Subject", "AWS Certification wants to hear from you")]
    ip = "168.245.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    host = "o%d.email.certmetrics.com" % R.randint(1, 9)
    mf = "bounces+%d-%s@email.certmetrics.com" % (R.randint(10**6, 10**7), hexs(4))
    ar = g_ar([("certmetrics.com", "s1", "pass")], mf, ip, "pass", "pass", "certmetrics.com", "p=NONE sp=NONE dis=NONE")
    tr = gmail_trace(PRIYA[1], dt, host, ip, mf, ar)
    dk = [dkim_sig("certmetrics.com", "s1", dt, "from:subject:mime-version:content-type:to", c="relaxed/relaxed")]
    text = """Hello Priya,

Thank you for being part of the AWS Certification community. We are constantly working to improve the certification experience and would value your opinion.

The survey takes about 10 minutes and covers your exam preparation, scheduling and the benefits portal. Your answers are confidential and are not linked to your exam results.

Take the survey: https://www.certmetrics.com/amazon/survey/%s

Candidate ID: AWS04418207

If you have questions about your certification record, visit the AWS Certification Account at https://www.aws.training/Certification.

AWS Certification
This is an automated message from CertMetrics on behalf of Amazon Web Services. Please do not reply.
""" % hexs(32)
    ent = tpart(text, charset="us-ascii", cte="7bit", sub=False)
    write("028-certmetrics-hear-from-you.eml", L("unrelated", None, ["AWS04418207"], False, "en"), tr, dk, own, ent)

# ---- Tomasz (Office 365, console case) ----------------------------------
TOM_SUBJ = "Two certification accounts - please combine"
TOM_FIRST = """Hi,
I have two AWS Certification accounts. AWS 07731945 is the one I use now. There is an older one, AWS01190284, from 2021 when I sat Cloud Practitioner with my university e-mail. Can they be combined into one? I would like to keep my SAA and the CLF history together.
Thanks, Tomasz"""
CONSOLE_FOOT = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
                "This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.")


def console_link(cid):
    return "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % cid


def m008():
    dt = C_TOM_OPEN + timedelta(seconds=3)
    subj = "Amazon Web Services: You have opened a new Support case: %s" % C_TOM
    tr, dk, own = ses_o365(TOMASZ[1], dt, TOMASZ[1], subj, frm=CONSOLE, region="eurprd")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">
<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" height="24"></td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>%s</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>%s</td></tr>
</table>
<p>You can view and update your case at any time in the Support Center:<br><a href="%s">%s</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">This email address cannot accept replies. To update your case, please use the Support Center link above.<br><br>%s</p>
</td></tr></table></body></html>""" % (C_TOM, C_TOM, TOM_SUBJ, TOM_FIRST.replace("\n", "<br>"), console_link(C_TOM), console_link(C_TOM), CONSOLE_FOOT)
    ent = tpart(html, "html", cte="quoted-printable", sub=False)
    write("008-console-opened-two-cert-accounts.eml", L("case_created", C_TOM, ["AWS01190284", "AWS07731945"], True, "en"), tr, dk, own, ent)


def m009():
    dt = u(2025, 9, 18, 14, 30, 41)
    subj = "[Case %s] New correspondence added" % C_TOM
    tr, dk, own = ses_o365(TOMASZ[1], dt, TOMASZ[1], subj, frm=CONSOLE, region="eurprd")
    text = """Hello,

Amazon Web Services has added a response to support case %s, "%s".

To read the response and reply, sign in to the Support Center:
%s

Replies sent to this e-mail address are not monitored. Please use the Support Center to update your case.

Sincerely,
Amazon Web Services

%s
""" % (C_TOM, TOM_SUBJ, console_link(C_TOM), CONSOLE_FOOT)
    ent = tpart(text, cte="7bit", charset="us-ascii", sub=False)
    write("009-case-new-correspondence.eml", L("support_reply", C_TOM, [], True, "en"), tr, dk, own, ent)


TOM_ASK = """Hello Tomasz,

Thank you for reaching out to AWS Training and Certification. My name is Melissa and I'll be helping you with your request.

I located both records you mentioned. Before we can bring them together, I need a few details from you:

1. Which of the two accounts would you like to keep as the primary one? The other account will be closed once its history has been moved.
2. The e-mail address you use to sign in to each account, and, if different, the e-mail address where each account receives notifications.
3. A short note on why two accounts were created (for example, a change of employer or university).

Please keep in mind that this kind of change cannot be reversed, so take a moment to check which account you want to keep.

You can reply through the Support Center link below.

Best regards,
Melissa
Amazon Web Services"""


def m010():
    dt = u(2025, 9, 16, 10, 5, 17)
    subj = "RE:[CASE %s] %s" % (C_TOM, TOM_SUBJ)
    tr, dk, own = ses_o365(TOMASZ[1], dt, TOMASZ[1], subj, frm=CONSOLE, region="eurprd")
    text = TOM_ASK + """

To see all correspondence or reply: %s

We value your feedback. Please share your experience by rating this correspondence using the Support Center link above.

%s
""" % (console_link(C_TOM), CONSOLE_FOOT)
    ent = tpart(text, sub=False)
    write("010-melissa-which-to-keep.eml", L("support_reply", C_TOM, [], True, "en"), tr, dk, own, ent)


TOM_ANS_DT = u(2025, 9, 17, 6, 12, 0)
TOM_ANS = """Hi Melissa,

1. Keep AWS07731945 please.
2. AWS07731945 - t.nowak@brightwave-analytics.com (login and notifications). AWS01190284 - tomasz.nowak@student.pwr.edu.pl for login, notifications went to the same address.
3. I created the second one when I joined Brightwave because I could not access the university mailbox anymore.

Regards,
Tomasz"""


def m011():
    dt = u(2025, 9, 18, 14, 30, 39)
    subj = "RE:[CASE %s] %s" % (C_TOM, TOM_SUBJ)
    tr, dk, own = ses_o365(TOMASZ[1], dt, TOMASZ[1], subj, frm=CONSOLE, region="eurprd")
    text = """Hello Tomasz,

Thank you for the details. Based on your answers, this is what I am about to request:

  Primary account (stays):    AWS07731945  - t.nowak@brightwave-analytics.com
  Secondary account (folded in and then closed): AWS01190284 - tomasz.nowak@student.pwr.edu.pl

Your Cloud Practitioner history from AWS01190284 would appear on AWS07731945, and you would no longer be able to sign in with the student address.

Since this can't be undone, I need your explicit go-ahead before I submit it. Please reply in the Support Center with "Yes, proceed" if the above is right. Once you confirm, the merge is usually completed within 2-3 business days and you will receive a short survey when the case is resolved.

Best regards,
Melissa
Amazon Web Services

To see all correspondence or reply: %s

-------------------------------------------------------------------
From: %s
Sent: %s
To: Amazon Web Services
Subject: RE:[CASE %s] %s

%s

%s
""" % (console_link(C_TOM), TOMASZ[0], outlook_sent(TOM_ANS_DT, PL), C_TOM, TOM_SUBJ, TOM_ANS, CONSOLE_FOOT)
    ent = alt([tpart(text), tpart("<html><body><pre style=\"font-family:Arial,sans-serif;white-space:pre-wrap\">%s</pre></body></html>" % text.replace("&", "&amp;").replace("<", "&lt;"), "html")],
              "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("011-melissa-about-to-request.eml", L("merge_confirmation_requested", C_TOM, ["AWS01190284", "AWS07731945"], True, "en"), tr, dk, own, ent)


def m012():
    dt = C_TOM_EC2_OPEN + timedelta(seconds=2)
    subj = "Amazon Web Services: You have opened a new Support case: %s" % C_TOM_EC2
    tr, dk, own = ses_o365(TOMASZ[1], dt, TOMASZ[1], subj, frm=CONSOLE, region="eurprd")
    text = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Normal
Correspondence: Service: EC2 Instances
Region: Europe (Frankfurt)
Primary Instance Type: Running On-Demand G and VT instances
Limit name: Instance Limit
New limit value: 32
------------
Use case description: We are consolidating two training clusters into one account and need more G instance vCPUs for the merged workload.

You can view and update your case in the Support Center:
%s

Sincerely,
Amazon Web Services

This email address cannot accept replies. To update your case, please use the Support Center link above.

%s
""" % (C_TOM_EC2, C_TOM_EC2, console_link(C_TOM_EC2), CONSOLE_FOOT)
    ent = tpart(text, sub=False)
    write("012-console-opened-limit-increase.eml", L("unrelated", C_TOM_EC2, [], True, "en"), tr, dk, own, ent)


def m013():
    dt = u(2025, 9, 24, 17, 55, 2)
    subj = "RE:[CASE %s] %s" % (C_TOM, TOM_SUBJ)
    tr, dk, own = ses_o365(TOMASZ[1], dt, TOMASZ[1], subj, frm=CONSOLE, region="eurprd")
    text = """Hello Tomasz,

All set. Everything that was on AWS01190284, including your Cloud Practitioner (CLF-C02) and the exam history from 2021, is now visible on AWS07731945 alongside your Solutions Architect - Associate (SAA-C03). The student login has been switched off, so please keep using t.nowak@brightwave-analytics.com.

Please allow up to 48 hours for the changes to appear everywhere, including the benefits page.

I'll resolve this case now. You may receive a short survey about your experience.

Best regards,
Melissa
Amazon Web Services

To see all correspondence or reply: %s

%s
""" % (console_link(C_TOM), CONSOLE_FOOT)
    ent = tpart(text, cte="base64", sub=False)
    write("013-melissa-all-set.eml", L("merge_completed", C_TOM, ["AWS01190284", "AWS07731945"], True, "en"), tr, dk, own, ent)


def m014():
    dt = u(2025, 9, 24, 17, 56, 30)
    subj = "Amazon Web Services: Your support case %s has been resolved" % C_TOM
    tr, dk, own = ses_o365(TOMASZ[1], dt, TOMASZ[1], subj, frm=CONSOLE, region="eurprd")
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We've marked your support case <b>%s</b> (&quot;%s&quot;) as resolved.</p>
<p>We'd like to hear about your experience. Please take a moment to answer two quick questions:</p>
<ol><li>Did we solve your problem?</li><li>How satisfied are you with the support you received?</li></ol>
<p><a href="https://support.console.aws.amazon.com/support/survey?caseId=%s&amp;src=email" style="background:#ec7211;color:#fff;padding:8px 18px;text-decoration:none">Take the survey</a></p>
<p>If your issue hasn't been fully addressed, you can reopen the case from the Support Center within 14 days: <a href="%s">view case</a>.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">%s</p>
</body></html>""" % (C_TOM, TOM_SUBJ, C_TOM, console_link(C_TOM), CONSOLE_FOOT)
    text = """Hello,

We've marked your support case %s ("%s") as resolved.

We'd like to hear about your experience: https://support.console.aws.amazon.com/support/survey?caseId=%s&src=email

If your issue hasn't been fully addressed, you can reopen the case from the Support Center within 14 days.

Sincerely,
Amazon Web Services
""" % (C_TOM, TOM_SUBJ, C_TOM)
    ent = alt([tpart(text), tpart(html, "html")], "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("014-console-case-resolved-survey.eml", L("survey", C_TOM, [], True, "en"), tr, dk, own, ent)


def m024():
    dt = u(2025, 10, 7, 13, 44, 9)
    frm = ("Kasia Wrobel", "notifications@github.com")
    pr = 412
    own = ["Date: %s" % fdate(dt), "From: %s" % addr(*frm),
           "Reply-To: brightwave/cert-tracker <reply+%s@reply.github.com>" % alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
           "To: brightwave/cert-tracker <cert-tracker@noreply.github.com>",
           "Cc: %s, Review requested <review_requested@noreply.github.com>" % addr("Tomasz Nowak", "t.nowak@brightwave-analytics.com"),
           "Message-ID: <brightwave/cert-tracker/pull/%d/c%d@github.com>" % (pr, R.randint(3 * 10**9, 4 * 10**9)),
           "In-Reply-To: <brightwave/cert-tracker/pull/%d@github.com>" % pr,
           "References: <brightwave/cert-tracker/pull/%d@github.com>" % pr,
           hdr("Subject", "Re: [brightwave/cert-tracker] Merge duplicate certification accounts into a single row (PR #%d)" % pr),
           "List-ID: brightwave/cert-tracker <cert-tracker.brightwave.github.com>",
           "List-Archive: https://github.com/brightwave/cert-tracker",
           "X-GitHub-Sender: kwrobel", "X-GitHub-Recipient: tnowak-bw", "X-GitHub-Reason: review_requested",
           "X-Auto-Response-Suppress: All", "Precedence: list"]
    ip = "192.30.252.%d" % R.randint(190, 210)
    host = "out-%d.smtp.github.com" % R.randint(20, 30)
    tr = o365_trace(TOMASZ[1], dt, host, ip, "github.com", o_ar(ip, "github.com", "github.com", "github.com"), "eurprd") + o365_tail()
    dk = [dkim_sig("github.com", "pf2023", dt, "Date:From:Reply-To:To:Cc:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From", c="relaxed/relaxed")]
    text = """Merged #%d into main.

The `dedupe_cert_accounts` migration now folds rows that share an e-mail into the oldest candidate ID, e.g. AWS01190284 -> AWS07731945 in the staging data. Closes #388.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/brightwave/cert-tracker/pull/%d#event-%d
You are receiving this because your review was requested.

Message ID: <brightwave/cert-tracker/pull/%d/c%d@github.com>
""" % (pr, pr, R.randint(10**10, 2 * 10**10), pr, R.randint(3 * 10**9, 4 * 10**9))
    html = "<p></p><p>Merged <a class=\"issue-link\" href=\"https://github.com/brightwave/cert-tracker/pull/%d\">#%d</a> into main.</p><p>The <code>dedupe_cert_accounts</code> migration now folds rows that share an e-mail into the oldest candidate ID, e.g. AWS01190284 -&gt; AWS07731945 in the staging data. Closes #388.</p><p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, <a href=\"https://github.com/brightwave/cert-tracker/pull/%d\">view it on GitHub</a>.</p>" % (pr, pr, pr)
    ent = alt([tpart(text, charset="UTF-8", cte="7bit"), tpart(html, "html", charset="UTF-8", cte="7bit")], "--==_mimepart_%s_%d" % (hexs(13), R.randint(10**4, 10**5)))
    write("024-github-pr-merged-dedupe.eml", L("unrelated", None, ["AWS01190284", "AWS07731945"], False, "en"), tr, dk, own, ent)


def m027():
    dt = u(2025, 10, 14, 3, 17, 45)
    frm = ("Amazon Web Services", "no-reply-aws@amazon.com")
    own = ["Date: %s" % fdate(dt), "From: %s" % addr(*frm), "To: %s" % TOMASZ[1],
           "Message-ID: <%s@mail-relay-eu.net>" % alnum(20), hdr("Subject", "Action needed: payment failure - AWS services and certification benefits on hold")]
    ip = "185.%d.%d.%d" % (R.randint(100, 250), R.randint(1, 250), R.randint(1, 250))
    host = "vps%d.mail-relay-eu.net" % R.randint(100, 999)
    tr = o365_trace(TOMASZ[1], dt, host, ip, "amazon.com", o_ar(ip, "amazon.com", None, "amazon.com", ok=False), "eurprd") + o365_tail()
    html = """<html><body style="font-family:Arial">
<p>Dear Customer,</p>
<p>We were unable to charge the payment method on file for your Amazon Web Services account. As a result, your services and any associated AWS Certification benefits (exam vouchers, practice exams) have been placed on hold.</p>
<p>To avoid account suspension, please update your billing information within 24 hours:</p>
<p><a href="http://aws-billing-update.mail-relay-eu.net/console/billing">Update payment method</a></p>
<p>Thank you for using Amazon Web Services.</p>
<p>Sincerely,<br>Amazon Web Services Billing</p></body></html>"""
    ent = tpart(html, "html", charset="utf-8", cte="base64", sub=False)
    write("027-payment-failure-benefits-on-hold.eml", L("unrelated", None, [], False, "en"), tr, [], own, ent)


def m029():
    dt = u(2025, 9, 23, 8, 12, 5)
    subj = "RE:[CASE %s] %s" % (C_TOM, TOM_SUBJ)
    tr, dk, own = ses_o365(TOMASZ[1], dt, TOMASZ[1], subj, frm=CONSOLE, region="eurprd")
    ask_dt = u(2025, 9, 22, 14, 18, 0)
    conf_dt = u(2025, 9, 19, 7, 2, 0)
    text = """Hello Tomasz,

Thanks for checking in. Your request is still with our certification records team; it was picked up on Friday and is being worked on. No further action is needed from your side.

I'm keeping an eye on it and will update this case the moment I hear back.

Best regards,
Melissa
Amazon Web Services

To see all correspondence or reply: %s

-------------------------------------------------------------------
From: %s
Sent: %s
To: Amazon Web Services
Subject: RE:[CASE %s] %s

Hi Melissa, any update? It has been a few days since I confirmed and AWS01190284 still shows up as a separate account when I log in with the old address.

Tomasz

-------------------------------------------------------------------
From: %s
Sent: %s
To: Amazon Web Services
Subject: RE:[CASE %s] %s

Yes, proceed. Keep AWS07731945.

%s
""" % (console_link(C_TOM), TOMASZ[0], outlook_sent(ask_dt, PL), C_TOM, TOM_SUBJ, TOMASZ[0], outlook_sent(conf_dt, PL), C_TOM, TOM_SUBJ, CONSOLE_FOOT)
    ent = tpart(text, sub=False)
    write("029-melissa-still-with-records.eml", L("support_reply", C_TOM, [], True, "en"), tr, dk, own, ent)

# ---- Daniel (outlook.com, two form cases) -------------------------------
DAN_CONF1_DT = u(2025, 11, 11, 15, 40, 2)
DAN_CONF1 = """Hello Daniel,

Thank you for contacting AWS Training and Certification, and I'm sorry for the time it took us to respond.

I can see the following candidate records:
  - AWS05523618 (daniel.okafor@outlook.com) - to be retained
  - AWS09914402 (d.okafor@stu.unilag.edu.ng) - to be merged into AWS05523618

Please note that once this is done it cannot be reversed. Reply to this message to confirm that the details are correct and I will submit the request.

Kind regards,
Aisha K.
AWS Training and Certification Customer Service"""


def m015():
    dt = u(2025, 11, 18, 16, 2, 55)
    subj = "RE:[CASE %s] %s" % (C_DAN1, FORM_SUBJ)
    tr, dk, own = ses_o365(DANIEL[1], dt, DANIEL[1], subj, consumer=True)
    text = """Hello Daniel,

I'm following up on the message below about your certification records. We haven't heard back from you yet.

Do you still need help with this? If so, just reply to this e-mail and we'll pick it up from where we left off. If we don't hear from you within the next five days, we will assume no further help is needed and close the case.

Kind regards,
Aisha K.
AWS Training and Certification Customer Service


%s
%s
""" % (DAN_CONF1_DT.strftime("%m/%d/%Y %I:%M %p UTC"), DAN_CONF1)
    ent = tpart(text, sub=False)
    write("015-aisha-still-need-help.eml", L("support_reply", C_DAN1, [], True, "en"), tr, dk, own, ent)


def m016():
    dt = u(2025, 11, 24, 0, 5, 13)
    subj = "RE:[CASE %s] %s" % (C_DAN1, FORM_SUBJ)
    tr, dk, own = ses_o365(DANIEL[1], dt, DANIEL[1], subj, consumer=True)
    text = """Hello Daniel,

As we haven't received a reply to our previous messages, this case has now been closed. No changes have been made to your candidate records.

If you would still like us to go ahead, you can reply to this e-mail within 14 days to reopen the case.

Was your issue resolved?
YES: https://survey.aws.amazon.com/tc/closure?case=%s&a=1
NO:  https://survey.aws.amazon.com/tc/closure?case=%s&a=0

Kind regards,
AWS Training and Certification Customer Service
""" % (C_DAN1, C_DAN1)
    ent = tpart(text, cte="7bit", charset="us-ascii", sub=False)
    write("016-case-closed-no-reply.eml", L("survey", C_DAN1, [], True, "en"), tr, dk, own, ent)


def m017():
    dt = C_DAN2_OPEN + timedelta(seconds=5)
    subj = "[CASE %s] %s" % (C_DAN2, FORM_SUBJ)
    tr, dk, own = ses_o365(DANIEL[1], dt, DANIEL[1], subj, consumer=True)
    text = """Hello,

Thank you for contacting AWS Training and Certification. We’ve received your inquiry and logged it under reference %s.

Our team aims to reply within 24 hours. There’s no need to send the form again – if you have more details to add, just reply to this message.

Your submission
Inquiry type: AWS Certification – Account Merge
AWS candidate ID: AWS05523618
Message: My earlier case (%s) was closed before I could answer – I never got the e-mail because it went to junk. I’d still like my two accounts combined, keeping AWS05523618. The other one is AWS09914402.

Kind regards,
AWS Training and Certification Customer Service
""" % (C_DAN2, C_DAN1)
    # label says us-ascii, body is really UTF-8 (smart quotes, dashes)
    p = tpart(text, charset="us-ascii", cte="8bit", codec="utf-8", sub=False)
    write("017-tc-inquiry-logged-again.eml", L("case_created", C_DAN2, ["AWS05523618", "AWS09914402"], True, "en"), tr, dk, own, p)


DAN_CONF2_DT = u(2025, 12, 2, 10, 31, 44)
DAN_CONF2 = """Hi Daniel,

Thanks for getting in touch again, and apologies that our earlier e-mail ended up in your junk folder.

Here is what we have on file:

  KEEP:  aws-05523618 / daniel.okafor@outlook.com
  MERGE: aws-09914402 / d.okafor@stu.unilag.edu.ng  (will be absorbed into the account above)

This is a one-way operation - once the records are combined we are unable to split them again.

Could you respond with "I confirm" if this matches what you want? We'll start as soon as we receive your reply.

Thanks,
Jorge M.
AWS Training and Certification Customer Service"""


def m018():
    dt = DAN_CONF2_DT
    subj = "RE:[CASE %s] %s" % (C_DAN2, FORM_SUBJ)
    tr, dk, own = ses_o365(DANIEL[1], dt, DANIEL[1], subj, consumer=True)
    text = DAN_CONF2 + "\n"
    html = "<html><body><div style=\"font-family:Calibri,Arial;font-size:11pt\">" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in DAN_CONF2.split("\n\n")) + "</div></body></html>"
    ent = alt([tpart(text), tpart(html, "html")], "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("018-jorge-keep-merge-table.eml", L("merge_confirmation_requested", C_DAN2, ["AWS05523618", "AWS09914402"], True, "en"), tr, dk, own, ent)


def m019():
    dt = u(2025, 12, 2, 18, 7, 20)
    subj = "RE:[CASE %s] %s" % (C_DAN2, FORM_SUBJ)
    tr, dk, own = ses_o365(DANIEL[1], dt, DANIEL[1], subj, consumer=True)
    dan_ok_dt = u(2025, 12, 2, 12, 48, 0)
    text = """Hi Daniel,

Thank you for the confirmation - we'll now proceed.

Once the merge is complete, I'll send you a final note on this case, and your Credly badges should follow within about 48 hours. Until then you may still see two separate accounts when you sign in; that is expected.

Thanks,
Jorge M.
AWS Training and Certification Customer Service

________________________________
From: Daniel Okafor <%s>
Sent: %s
To: Amazon Web Services <%s>
Subject: RE:[CASE %s] %s

I confirm. Keep aws-05523618.

Daniel
""" % (DANIEL[1], outlook_sent(dan_ok_dt, NG), FORM[1], C_DAN2, FORM_SUBJ)
    ent = tpart(text, sub=False)
    write("019-jorge-we-will-now-proceed.eml", L("support_reply", C_DAN2, [], True, "en"), tr, dk, own, ent)


def m020():
    dt = u(2025, 12, 4, 9, 15, 30)
    subj = "RE:[CASE %s] %s" % (C_DAN2, FORM_SUBJ)
    tr, dk, own = ses_o365(DANIEL[1], dt, DANIEL[1], subj, consumer=True)
    text = """Hi Daniel,

Your case %s is now resolved: the two candidate records were combined on 3 December, and AWS05523618 is the account to use from now on. Your certifications and exam history from the other record are listed there.

Was your issue resolved?
  YES - https://survey.aws.amazon.com/tc/closure?case=%s&a=1
  NO  - https://survey.aws.amazon.com/tc/closure?case=%s&a=0

Thanks,
Jorge M.
AWS Training and Certification Customer Service

On %s, Amazon Web Services wrote:
%s
""" % (C_DAN2, C_DAN2, C_DAN2, DAN_CONF2_DT.strftime("%a, %d %b %Y %H:%M UTC"), quote(DAN_CONF2))
    ent = tpart(text, sub=False)
    write("020-jorge-resolved-records-combined.eml", L("merge_completed", C_DAN2, ["AWS05523618"], True, "en"), tr, dk, own, ent)


def credly_o365(rcpt, dt, to, subj, charset=None, frm_name=CREDLY_NAME, consumer=True):
    own, mf, ip, host, dk = credly_headers(dt, to, subj, charset, frm_name)
    tr = o365_trace(rcpt, dt, host, ip, "em.credly.com", o_ar(ip, "em.credly.com", "credly.com", "credly.com")) + o365_tail(consumer)
    return tr, dk, own


def m021():
    dt = u(2025, 12, 5, 21, 40, 3)
    subj = "You've been issued a badge: AWS Certified Cloud Practitioner"
    tr, dk, own = credly_o365(DANIEL[1], dt, to_(DANIEL), subj)
    bid = uuid()
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;padding:0;background:#f6f6f6">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1b1b1b">
<tr><td style="padding:20px 30px"><img src="https://www.credly.com/assets/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td align="center"><img src="https://images.credly.com/size/220x220/images/%s/image.png" width="160" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td style="padding:20px 30px;font-size:22px;text-align:center">Daniel, you've been issued a badge!</td></tr>
<tr><td style="padding:0 30px;font-size:15px;text-align:center">Amazon Web Services Training and Certification issued you the <b>AWS Certified Cloud Practitioner</b> badge. Claim it to showcase your achievement and let employers verify it with one click.</td></tr>
<tr><td align="center" style="padding:28px"><a href="https://www.credly.com/earner/earned/badge/%s?notification=accept" style="background:#0c66d6;color:#fff;padding:14px 34px;border-radius:3px;text-decoration:none;font-weight:bold">Accept your badge</a></td></tr>
<tr><td style="padding:0 30px 30px;font-size:12px;color:#6b6b6b;text-align:center">Sent by Credly on behalf of Amazon Web Services Training and Certification.<br>
Credly, Inc. &middot; 111 W Monroe St &middot; Chicago, IL 60603 &middot; <a href="https://www.credly.com/notification_preferences">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>""" % (uuid(), bid)
    ent = tpart(html, "html", cte="quoted-printable", sub=False)
    write("021-credly-cloud-practitioner-issued.eml", L("credly_badge_issued", None, [], True, "en"), tr, dk, own, ent)


def m022():
    dt = u(2026, 1, 20, 14, 2, 18)
    subj = "Your AWS Certified Cloud Practitioner badge expires in 60 days"
    tr, dk, own = credly_o365(DANIEL[1], dt, to_(DANIEL), subj, frm_name="Credly")
    text = """Hi Daniel,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on March 21, 2026.

Once a badge expires it remains on your profile, but it is marked as expired and can no longer be verified as current. To keep it active, follow the issuer's recertification requirements:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/%s

The Credly Team
Credly, Inc. | 111 W Monroe St, Chicago, IL 60603
""" % uuid()
    html = "<html><body style=\"font-family:Helvetica,Arial\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    ent = alt([tpart(text, cte="7bit"), tpart(html, "html")], hexs(60))
    write("022-credly-ccp-expires-60-days.eml", L("unrelated", None, [], True, "en"), tr, dk, own, ent)


def m023():
    dt = u(2026, 1, 22, 19, 55, 40)
    subj = "Complete your account merge"
    tr, dk, own = credly_o365(DANIEL[1], dt, DANIEL[1], subj, frm_name="Credly")
    code = "%06d" % R.randint(0, 999999)
    text = """Hi Daniel,

We received a request to merge the Credly account registered to d.okafor@stu.unilag.edu.ng into your account daniel.okafor@outlook.com. Badges, evidence and connections from that account will be moved, and the merged account will be closed.

Your verification code is: %s

Enter this code on the merge screen, or select the link below to finish:
Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s

The code expires in 30 minutes. If you didn't request this, you can ignore this e-mail and nothing will change.

The Credly Team
""" % (code, alnum(40))
    html = "<html><body style=\"font-family:Helvetica,Arial\"><p>Hi Daniel,</p><p>We received a request to merge the Credly account registered to d.okafor@stu.unilag.edu.ng into your account daniel.okafor@outlook.com. Badges, evidence and connections from that account will be moved, and the merged account will be closed.</p><p style=\"font-size:28px;letter-spacing:6px\"><b>%s</b></p><p><a href=\"https://www.credly.com/users/account_merge/confirm\" style=\"background:#0c66d6;color:#fff;padding:10px 24px\">Complete Account Merge</a></p><p>The code expires in 30 minutes.</p></body></html>" % code
    ent = alt([tpart(text, cte="7bit"), tpart(html, "html")], hexs(60))
    write("023-credly-account-merge-code.eml", L("unrelated", None, [], True, "en"), tr, dk, own, ent)


def m025():
    dt = u(2026, 2, 10, 11, 48, 26)
    sc = "5884881212"
    subj = "RE:[CASE %s] Request to merge two seller accounts" % sc
    own, mf, ip, host = ses_headers(dt, DANIEL[1], ("Amazon Seller Support", "seller-notification@amazon.com"), subj)
    tr = o365_trace(DANIEL[1], dt, host, ip, "email.amazonses.com", o_ar(ip, "email.amazonses.com", "amazon.com", "amazon.com")) + o365_tail(True)
    text = """Hello,

Thank you for contacting Amazon Seller Support.

I have reviewed your request. The two seller accounts you listed (merchant tokens A3KX0PL27Q9R1B and A1Q8VNE55ZK3T6) have now been merged. Your listings, order history and reviews are available under the account you chose to keep, and the second account has been deactivated. It may take up to 24 hours for reports in Seller Central to reflect the change.

We'd appreciate your feedback. Was this response helpful?
https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s

Thank you for selling with Amazon,
Ravi
Amazon Seller Support
https://sellercentral.amazon.com
""" % sc
    ent = tpart(text, sub=False)
    write("025-seller-support-accounts-merged.eml", L("unrelated", sc, [], True, "en"), tr, ses_dkim(dt), own, ent)


def m030():
    dt = u(2025, 12, 3, 2, 41, 9)
    fake = "176463881217543"
    frm = FORM
    own = ["Date: %s" % fdate(dt), "From: %s" % addr(*frm), "To: %s" % DANIEL[1],
           "Message-ID: <%s@email.amazonses.com>" % ("0100%012x-%s-000000" % (int(dt.timestamp() * 1000), uuid())),
           hdr("Subject", "RE:[CASE %s] Action required: confirm your account merge" % fake)]
    ip = "91.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    host = "srv%d.hostingcloud-nl.com" % R.randint(100, 999)
    tr = o365_trace(DANIEL[1], dt, host, ip, "amazon.com", o_ar(ip, "amazon.com", None, "amazon.com", ok=False)) + o365_tail(True)
    # header forged by the sender below the provider's trace
    forged = ["Authentication-Results: mx.amazon.com;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com",
              "Received: from localhost (localhost [127.0.0.1]) by %s (Postfix) with ESMTPA id %s; %s" % (host, alnum(10, "0123456789ABCDEF"), fdate(dt))]
    text = """Hello,

We are ready to merge your AWS Certification accounts AWS05523618 and AWS07100244. AWS07100244 will be merged into AWS05523618 and then permanently removed.

As this action is irreversible, we must verify that the request comes from you. Please confirm within 24 hours by signing in at the secure link below. If we do not receive your confirmation, both accounts will be suspended pending review.

Confirm the merge: https://aws-certification.support-verify.co/cm/confirm?case=%s

Kind regards,
AWS Training and Certification Customer Service
""" % fake
    ent = tpart(text, sub=False)
    write("030-action-required-confirm-merge.eml", L("merge_confirmation_requested", fake, ["AWS05523618", "AWS07100244"], False, "en"), tr + forged, [], own, ent)

# =========================================================================
#                               JAPANESE
# =========================================================================

def nifty(dt, subj, charset=None, q=False, frm=FORM):
    return ses_jp("nifty.com", "mta-rcv-e02.mail.nifty.com", TAKA[1], dt, to_(TAKA, "iso-2022-jp"), subj, frm=frm, charset=charset, q=q)


TAKA_SUBMISSION = """お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：AWS 03385120
内容：
以前の勤務先のメールアドレスで作成したアカウント（AWS-03019964）が残っており、取得した認定が 2 つのアカウントに分かれてしまっています。現在使用しているアカウントにまとめていただけますでしょうか。"""


def m031():
    dt = C_TAKA_OPEN + timedelta(seconds=3)
    subj = "[CASE %s] [AWS Training and Certification Form Submission] お問い合わせを受け付けました" % C_TAKA
    tr, dk, own = nifty(dt, subj, charset="iso-2022-jp")
    text = """高橋 健一 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

受付番号：%s

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同じ内容で重複してお問い合わせいただきますと、ご回答が遅れる場合がございます。追加の情報がございましたら、件名の受付番号を変更せずに本メールへご返信ください。

■ お問い合わせ内容
%s

AWS トレーニングと認定 カスタマーサービス
""" % (C_TAKA, TAKA_SUBMISSION)
    ent = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    write("031-uketsuke-jidou-soushin.eml", L("case_created", C_TAKA, ["AWS03019964", "AWS03385120"], True, "ja"), tr, dk, own, ent)


TAKA_CONF_DT = u(2025, 7, 9, 2, 40, 18)
TAKA_CONF = """高橋 健一 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定 カスタマーサービスの佐々木でございます。

ご依頼の件について確認いたしましたところ、以下の 2 つの認定アカウントが見つかりました。

　存続アカウント　：AWS03385120（ご登録メールアドレス：kenichi.takahashi@nifty.com）
　統合元アカウント：AWS03019964（ご登録メールアドレス：k.takahashi@tohoku-denshi.co.jp）

統合元アカウントの受験履歴・認定資格・特典は存続アカウントへ引き継がれ、統合元アカウントは削除されます。
なお、一度統合を行いますと、元の状態に戻すことはできません。

上記の内容でお手続きを進めてよろしいか、本メールへのご返信にてお知らせください。ご返信を確認したのち、作業に着手いたします。

何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサービス"""


def m032():
    dt = TAKA_CONF_DT
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_TAKA
    tr, dk, own = nifty(dt, subj)
    ent = tpart(TAKA_CONF + "\n", charset="shift_jis", cte="base64", sub=False)
    write("032-sasaki-sonzoku-tougoumoto.eml", L("merge_confirmation_requested", C_TAKA, ["AWS03019964", "AWS03385120"], True, "ja"), tr, dk, own, ent)


TAKA_OK_DT = u(2025, 7, 9, 3, 31, 4)


def m033():
    dt = u(2025, 7, 9, 6, 10, 52)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_TAKA
    tr, dk, own = nifty(dt, subj)
    user = """佐々木様

ご連絡ありがとうございます。
記載いただいた内容で問題ございません。どうぞよろしくお願いいたします。

高橋

%s Amazon Web Services <%s>:
%s""" % (jdate(TAKA_CONF_DT), FORM[1], quote(TAKA_CONF, "> "))
    text = """高橋 健一 様

ご返信いただき、ありがとうございます。
内容をご承認いただきましたので、担当部署へ手続きを依頼いたしました。

作業が終わり次第、あらためて本メールにてご連絡いたします。通常 1～3 営業日ほどお時間をいただいておりますので、恐れ入りますが今しばらくお待ちくださいませ。

佐々木
AWS トレーニングと認定 カスタマーサービス

%s 高橋 健一 <%s>:
%s
""" % (jdate(TAKA_OK_DT), TAKA[1], quote(user, "> "))
    ent = tpart(text, cte="base64", sub=False)
    write("033-sasaki-tantoubusho-irai.eml", L("support_reply", C_TAKA, [], True, "ja"), tr, dk, own, ent)


TAKA_DONE_DT = u(2025, 7, 11, 4, 5, 27)
TAKA_DONE = """高橋 健一 様

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの件、作業が終わりましたのでご報告いたします。

AWS03019964 に登録されていた受験履歴および認定資格は、すべて AWS03385120 へ移行いたしました。旧アカウントは今後ご利用いただけませんので、kenichi.takahashi@nifty.com でサインインしてください。

Credly のデジタルバッジにつきましては、Credly から別途メールが届きます。1 週間ほど経っても届かない場合は、本メールにご返信ください。

本件はこれにてクローズとさせていただきます。"""


def m034():
    dt = TAKA_DONE_DT
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_TAKA
    tr, dk, own = nifty(dt, subj)
    text = TAKA_DONE + """
よろしければ、今回の対応についてアンケートにご協力ください。
https://survey.aws.amazon.com/tc?case=%s&lang=ja

佐々木
AWS トレーニングと認定 カスタマーサービス
""" % C_TAKA
    ent = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    write("034-sasaki-ikou-itashimashita.eml", L("merge_completed", C_TAKA, ["AWS03019964", "AWS03385120"], True, "ja"), tr, dk, own, ent)


def m035():
    dt = u(2025, 7, 11, 4, 6, 40)
    subj = "【アンケートのお願い】ケース %s（件名：アカウントの統合について）" % C_TAKA
    tr, dk, own = nifty(dt, subj, frm=("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"))
    own = [o if not o.startswith("From:") else "From: %s" % addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com", "iso-2022-jp") for o in own]
    text = """高橋 健一 様

このたびは AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
お問い合わせ（ケース番号：%s）は解決済みとしてクローズされました。

サービス向上のため、簡単なアンケートにご協力をお願いいたします。所要時間は 1 分ほどです。

問題は解決しましたか？
　はい　　https://survey.aws.amazon.com/tc/closure?case=%s&a=1&lang=ja
　いいえ　https://survey.aws.amazon.com/tc/closure?case=%s&a=0&lang=ja

引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。

AWS トレーニングと認定
""" % (C_TAKA, C_TAKA, C_TAKA)
    html = "<html><head><meta charset=\"iso-2022-jp\"></head><body style=\"font-family:'Meiryo',sans-serif\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    ent = alt([tpart(text, charset="iso-2022-jp", cte="7bit"), tpart(html, "html", charset="iso-2022-jp", cte="7bit")],
              "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("035-anketo-onegai.eml", L("survey", C_TAKA, [], True, "ja"), tr, dk, own, ent)


def credly_jp(authserv, mta, rcpt, dt, to, subj, charset="utf-8", frm_name=CREDLY_NAME):
    own, mf, ip, host, dk = credly_headers(dt, to, subj, charset, frm_name)
    ar = j_ar(mf, [("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "credly.com")
    return jp_trace(authserv, rcpt, dt, host, ip, mf, ar, mta), dk, own


def m036():
    dt = u(2025, 7, 12, 9, 31, 50)
    subj = "高橋 健一さん、Amazon Web Services Training and Certification からバッジが発行されました"
    tr, dk, own = credly_jp("nifty.com", "mta-rcv-e02.mail.nifty.com", TAKA[1], dt, to_(TAKA), subj)
    bid = uuid()
    text = """高橋 健一さん

Amazon Web Services Training and Certification から、次のバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを受け取る：https://www.credly.com/earner/earned/badge/%s?notification=accept

このメールは Amazon Web Services Training and Certification に代わって Credly から送信されています。
Credly, Inc. | 111 W Monroe St, Chicago, IL 60603
""" % bid
    html = """<html><head><meta charset="utf-8"></head><body style="background:#f4f4f4;margin:0">
<table width="600" align="center" style="background:#fff;font-family:'Hiragino Sans','Meiryo',sans-serif">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/160x160/images/%s/image.png" width="140" alt="AWS Certified Solutions Architect - Associate"></td></tr>
<tr><td style="padding:0 24px;font-size:20px;text-align:center">高橋 健一さん、バッジが発行されました</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;text-align:center">Amazon Web Services Training and Certification から <b>AWS Certified Solutions Architect - Associate</b> のバッジが届いています。</td></tr>
<tr><td style="padding:20px;text-align:center"><a href="https://www.credly.com/earner/earned/badge/%s?notification=accept" style="background:#0c66d6;color:#fff;padding:12px 30px;text-decoration:none">バッジを受け取る</a></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888;text-align:center">Credly, Inc. | 111 W Monroe St, Chicago, IL 60603</td></tr></table></body></html>""" % (uuid(), bid)
    ent = alt([tpart(text, cte="base64"), tpart(html, "html", cte="base64")], hexs(60))
    write("036-credly-badge-hakkou.eml", L("credly_badge_issued", None, [], True, "ja"), tr, dk, own, ent)


def m037():
    dt = u(2025, 7, 11, 5, 20, 33)
    boss = ("遠藤 部長", "endo@tohoku-denshi.co.jp")
    fwd = """-------- Original Message --------
差出人: Amazon Web Services <%s>
送信日時: %s
宛先: %s
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (FORM[1], jdate(TAKA_DONE_DT), TAKA[1], C_TAKA, TAKA_DONE)
    text = """遠藤部長

お疲れさまです。高橋です。
先日ご相談した AWS 認定のアカウントの件、AWS から完了の連絡がありましたので転送いたします。
前職のアドレスで作った AWS03019964 の履歴が AWS03385120 にまとまりましたので、社内の資格管理表の受験者 ID を AWS03385120 に更新していただけますでしょうか。

よろしくお願いいたします。

高橋 健一

""" + fwd
    own = ["Date: %s" % fdate(dt, JST),
           "From: %s" % addr(TAKA[0], TAKA[1], "iso-2022-jp"),
           "To: %s" % addr(boss[0], boss[1], "iso-2022-jp"),
           "Message-ID: <%s.%s@nifty.com>" % (dt.astimezone(JST).strftime("%Y%m%d%H%M%S"), alnum(10, "0123456789abcdef")),
           "In-Reply-To: %s" % MSGIDS["034"],
           "References: %s" % MSGIDS["034"],
           hdr("Subject", "Fw: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_TAKA),
           "X-Mailer: @nifty Webmail 2.0"]
    ip = "106.153.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    host = "mta-snd-e07.mail.nifty.com"
    tr = o365_trace(boss[1], dt, host, ip, "nifty.com", o_ar(ip, "nifty.com", "nifty.com", "nifty.com"), "jpnprd") + o365_tail()
    dk = [dkim_sig("nifty.com", "default-1811", dt, "From:To:Subject:Date:Message-ID", c="relaxed/relaxed")]
    ent = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    write("037-fw-bucho-shikaku-kanrihyou.eml", L("unrelated", C_TAKA, ["AWS03019964", "AWS03385120"], False, "ja"), tr, dk, own, ent)

# ---- Nakamura (Gmail, console case in Japanese) --------------------------
AYA_SUBJ = "認定アカウントが2つあるので1つにしたい"
AYA_FIRST = """AWS認定のアカウントが2つあります。AWS 02274419 が今使っているもので、aws02288105 は会社の研修で受験したときに作られたものです。1つにまとめることはできますか？"""
CONSOLE_FOOT_JA = "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。このメッセージは Amazon Web Services, Inc. およびその関連会社 (410 Terry Ave. North, Seattle, WA 98109-5210) によって作成および配信されたものです。"


def console_link_ja(cid):
    return "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % cid


def aya(dt, subj, q=False):
    return ses_gmail(AYA[1], dt, AYA[1], subj, frm=CONSOLE, charset="utf-8", q=q)


def m038():
    dt = C_AYA_OPEN + timedelta(seconds=2)
    subj = "Amazon Web Services: 新しいサポートケースを作成しました: %s" % C_AYA
    tr, dk, own = aya(dt, subj)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Amazon Ember','Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">
<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" height="24"></td></tr>
<tr><td style="padding:20px">
<p>お客様</p>
<p>Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。</p>
<p>ケースの詳細は以下のとおりです。</p>
<table cellpadding="4">
<tr><td><b>ケース ID:</b></td><td>%s</td></tr>
<tr><td><b>件名:</b></td><td>%s</td></tr>
<tr><td><b>重要度:</b></td><td>一般的なガイダンス</td></tr>
<tr><td valign="top"><b>内容:</b></td><td>%s</td></tr>
</table>
<p>サポートセンターでケースの確認や更新を行うことができます。<br><a href="%s">%s</a></p>
<p>よろしくお願いいたします。<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">このメールアドレスは返信を受け付けておりません。ケースを更新するには、上記のサポートセンターのリンクをご利用ください。<br><br>%s</p>
</td></tr></table></body></html>""" % (C_AYA, C_AYA, AYA_SUBJ, AYA_FIRST, console_link_ja(C_AYA), console_link_ja(C_AYA), CONSOLE_FOOT_JA)
    ent = tpart(html, "html", cte="base64", sub=False)
    write("038-console-shinki-case-sakusei.eml", L("case_created", C_AYA, ["AWS02274419", "AWS02288105"], True, "ja"), tr, dk, own, ent)


def m039():
    dt = u(2025, 10, 21, 3, 0, 44)
    subj = "RE:[CASE %s] %s" % (C_AYA, AYA_SUBJ)
    tr, dk, own = aya(dt, subj)
    text = """中村 彩 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。担当の森と申します。

ご申告いただいた AWS 02274419 と aws02288105 の 2 件について確認を進めております。手続きに必要となるため、恐れ入りますが以下の点をお知らせいただけますでしょうか。

1. それぞれのアカウントのサインインに使用しているメールアドレス
2. それぞれのアカウントの通知先メールアドレス（サインイン用と異なる場合）
3. 今後ご利用になるアカウント（残すアカウント）はどちらか

上記を確認でき次第、次のご案内をいたします。

サポートセンターのリンクからご返信ください。
%s

森
Amazon Web Services

このご回答はお役に立ちましたか？サポートセンターから評価をお寄せください。
%s
""" % (console_link_ja(C_AYA), CONSOLE_FOOT_JA)
    ent = tpart(text, sub=False)
    write("039-mori-mailaddress-onegai.eml", L("support_reply", C_AYA, ["AWS02274419", "AWS02288105"], True, "ja"), tr, dk, own, ent)


AYA_CONF_DT = u(2025, 10, 22, 5, 30, 8)
AYA_CONF_BODY = """中村 彩 様

ご回答いただき、ありがとうございます。
いただいた情報をもとに、以下の内容で統合の手続きを行う予定です。

　統合先（今後ご利用いただくアカウント）：AWS02274419　aya.nakamura.0412@gmail.com
　統合元（統合後に閉鎖されるアカウント）：AWS02288105　a-nakamura@shinwa-trading.co.jp

統合元アカウントの認定資格および受験履歴は、統合先アカウントへ引き継がれます。統合後に元へ戻すことはできませんので、内容に誤りがないかご確認ください。

問題がなければ、サポートセンターから「上記内容で統合をお願いします」とご返信ください。ご返信をいただいてから手続きを開始いたします。

森
Amazon Web Services"""


def m040():
    dt = AYA_CONF_DT
    subj = "RE:[CASE %s] %s" % (C_AYA, AYA_SUBJ)
    tr, dk, own = aya(dt, subj)
    text = """このメールは HTML 形式で送信されています。内容が正しく表示されない場合は、サポートセンターでケースをご確認ください。
%s
""" % console_link_ja(C_AYA)
    html = "<html><head><meta charset=\"UTF-8\"></head><body style=\"font-family:Meiryo,sans-serif;font-size:14px\">" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>\n") for p in AYA_CONF_BODY.split("\n\n")) + \
        "<p><a href=\"%s\">サポートセンターで返信する</a></p><p style=\"font-size:11px;color:#687078\">%s</p></body></html>" % (console_link_ja(C_AYA), CONSOLE_FOOT_JA)
    ent = alt([tpart(text, cte="base64"), tpart(html, "html", cte="base64")], "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("040-mori-tougousaki-tougoumoto.eml", L("merge_confirmation_requested", C_AYA, ["AWS02274419", "AWS02288105"], True, "ja"), tr, dk, own, ent)


def m041():
    dt = u(2025, 10, 24, 1, 45, 36)
    subj = "RE:[CASE %s] %s" % (C_AYA, AYA_SUBJ)
    tr, dk, own = aya(dt, subj, q=True)
    text = """中村 彩 様

お待たせいたしました。
ご依頼いただいておりましたアカウントの一本化作業を終えました。

旧アカウント（AWS02288105）にあった認定資格と受験履歴は、AWS02274419 でご確認いただけます。旧アカウントは閉鎖済みのため、今後は aya.nakamura.0412@gmail.com でサインインしてください。反映まで最大 48 時間ほどかかる場合がございます。

ほかにご不明な点がなければ、本ケースは解決済みとさせていただきます。

森
Amazon Web Services

%s
%s

%s
""" % ("-" * 40, jdate(AYA_CONF_DT) + " Amazon Web Services:", AYA_CONF_BODY.replace("AWS02288105", "AWS02288105"))
    ent = tpart(text, cte="base64", sub=False)
    write("041-mori-ipponka-owarimashita.eml", L("merge_completed", C_AYA, ["AWS02274419", "AWS02288105"], True, "ja"), tr, dk, own, ent)


def m042():
    dt = u(2025, 10, 24, 1, 47, 2)
    subj = "Amazon Web Services: サポートケース %s は解決済みになりました" % C_AYA
    tr, dk, own = aya(dt, subj)
    text = """お客様

サポートケース %s（%s）を解決済みにしました。

今回のサポートについてのご感想をお聞かせください。2 つの質問にお答えいただくだけで完了します。
https://support.console.aws.amazon.com/support/survey?caseId=%s&src=email&language=ja

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。
%s

よろしくお願いいたします。
Amazon Web Services

%s
""" % (C_AYA, AYA_SUBJ, C_AYA, console_link_ja(C_AYA), CONSOLE_FOOT_JA)
    ent = tpart(text, sub=False)
    write("042-console-kaiketsu-survey.eml", L("survey", C_AYA, [], True, "ja"), tr, dk, own, ent)


def m043():
    dt = u(2025, 10, 25, 11, 3, 27)
    subj = "バッジが新しいアカウントに移行されました：AWS Certified AI Practitioner"
    own, mf, ip, host, dk = credly_headers(dt, to_(AYA), subj, "utf-8")
    ar = g_ar([("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], mf, ip, "pass", "pass", "credly.com")
    tr = gmail_trace(AYA[1], dt, host, ip, mf, ar)
    bid = uuid()
    text = """中村 彩さん

Amazon Web Services Training and Certification の認定記録が更新されたため、以下のバッジがあなたの Credly アカウント（aya.nakamura.0412@gmail.com）に発行されました。

・AWS Certified AI Practitioner

プロフィールに表示するには、バッジを承認してください。
バッジを受け取る：https://www.credly.com/earner/earned/badge/%s?notification=accept

以前のメールアドレス宛てに発行されていたバッジは、このアカウントで管理されます。

Credly, Inc. | 111 W Monroe St, Chicago, IL 60603
配信設定：https://www.credly.com/notification_preferences
""" % bid
    html = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Meiryo,sans-serif\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    ent = alt([tpart(text), tpart(html, "html")], hexs(60))
    write("043-credly-ikou-shouninshite.eml", L("credly_badge_issued", None, [], True, "ja"), tr, dk, own, ent)


def m044():
    dt = u(2025, 11, 5, 8, 20, 15)
    frm = ("Pearson VUE", "pearsonvueconfirmation@pearson.com")
    own = ["Date: %s" % fdate(dt), "From: %s" % addr(*frm), "To: %s" % AYA[1], "Message-ID: <%s@pearson.com>" % uuid(),
           hdr("Subject", "Pearson VUE 試験予約の確認 - AWS Certified Solutions Architect - Professional", "utf-8")]
    ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    host = "mx%d.pearson.com" % R.randint(1, 9)
    mf = "bounce-%s@pearson.com" % hexs(10)
    ar = g_ar([("pearson.com", "selector1", "pass")], mf, ip, "pass", "pass", "pearson.com", "p=REJECT sp=REJECT dis=NONE")
    tr = gmail_trace(AYA[1], dt, host, ip, mf, ar)
    dk = [dkim_sig("pearson.com", "selector1", dt, "From:To:Subject:Date:Message-ID", c="relaxed/relaxed")]
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,Arial,sans-serif;font-size:14px">
<p>中村 彩 様</p>
<p>AWS 認定試験のご予約が完了しました。以下の内容をご確認ください。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>試験</td><td>SAP-C02: AWS Certified Solutions Architect - Professional（日本語）</td></tr>
<tr><td>日時</td><td>2025年12月6日（土）10:00</td></tr>
<tr><td>会場</td><td>OnVUE オンライン試験</td></tr>
<tr><td>受験者 ID</td><td>AWS02274419</td></tr>
<tr><td>登録 ID</td><td>%d</td></tr>
</table>
<p>試験開始 30 分前からチェックインできます。予約の変更・キャンセルは試験日の 24 時間前までに行ってください。</p>
<p>Pearson VUE</p></body></html>""" % R.randint(400000000, 499999999)
    ent = tpart(html, "html", cte="quoted-printable", sub=False)
    write("044-pearsonvue-yoyaku-kakunin.eml", L("unrelated", None, ["AWS02274419"], False, "ja"), tr, dk, own, ent)

# ---- Yamamoto (Office 365 corporate, form case) -------------------------
def shota(dt, subj, frm=FORM, q=False):
    return ses_o365(SHOTA[1], dt, to_(SHOTA), subj, frm=frm, charset="utf-8", q=q, region="jpnprd")


SHOTA_SUB_DT = C_SHOTA_OPEN
SHOTA_SUBMISSION = """お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：AWS08816024
内容：
転職前の会社で受験した際のアカウント（AWS08100375）と、現在のアカウントを統合したいです。現在のアカウントを残してください。"""


def m045():
    dt = C_SHOTA_OPEN + timedelta(seconds=6)
    subj = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_SHOTA
    tr, dk, own = shota(dt, subj)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Yu Gothic',Meiryo,sans-serif;font-size:14px;color:#222">
<p>山本 翔太 様</p>
<p>AWS トレーニングと認定にご連絡いただき、ありがとうございます。<br>
以下のとおり、お問い合わせを承りました（受付番号：<b>%s</b>）。</p>
<p>内容を確認のうえ、担当者より原則 24 時間以内にご返信いたします。<br>
なお、同じご用件で新たにフォームを送信されますと、対応が遅れる原因となりますのでご遠慮ください。補足事項がある場合は、このメールにそのままご返信ください。</p>
<div style="background:#f5f5f5;border-left:4px solid #ff9900;padding:10px 14px;margin:16px 0">
%s
</div>
<p>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>""" % (C_SHOTA, SHOTA_SUBMISSION.replace("\n", "<br>\n"))
    ent = tpart(html, "html", cte="quoted-printable", sub=False)
    write("045-uketamawarimashita-html.eml", L("case_created", C_SHOTA, ["AWS08100375", "AWS08816024"], True, "ja"), tr, dk, own, ent)


def m046():
    dt = u(2026, 1, 16, 0, 42, 10)
    boss = ("松田 隆", "t-matsuda@kawase-sys.co.jp")
    mid = "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (R.randint(1000, 9999), alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), R.randint(1000, 9999))
    text = """山本さん

お疲れさまです。松田です。

先週話していた AWS 認定アカウントの統合の件、その後どうなりましたか？
①AWS からの確認依頼メールが届いていたら、内容を見て早めに返信しておいてください（統合は元に戻せないそうなので、残すのが AWS08816024 で合っているかだけ確認を）。
②ケース番号は %s でしたよね。教育管理表の備考欄に記入しておきます。
③完了したら、Credly のバッジが移っているかも見ておいてください。

年度末の資格手当の集計に間に合わせたいので、よろしくお願いします～。

━━━━━━━━━━━━━━━━━━
㈱川瀬システムズ　技術部
松田 隆
━━━━━━━━━━━━━━━━━━
""" % C_SHOTA
    own = ["Date: %s" % fdate(dt, JST),
           "From: %s" % addr(boss[0], boss[1], "iso-2022-jp"),
           "To: %s" % addr(SHOTA[0], SHOTA[1], "iso-2022-jp"),
           "Message-ID: %s" % mid,
           hdr("Subject", "AWS認定アカウント統合の件", "iso-2022-jp"),
           "Thread-Topic: " + Header("AWS認定アカウント統合の件", "iso-2022-jp").encode(),
           "Thread-Index: AQH" + b64s(30),
           "Content-Language: ja-JP",
           "X-MS-Has-Attach: ",
           "X-MS-TNEF-Correlator: ",
           "X-MS-Exchange-Organization-AuthAs: Internal",
           "X-MS-Exchange-Organization-AuthMechanism: 04",
           "X-MS-Exchange-Organization-AuthSource: TYCPR01MB%d.jpnprd01.prod.outlook.com" % R.randint(1000, 9999)]
    tr = ["Received: from TYCPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:%x::%x) by\n TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s" % (
        R.randint(1000, 9999), R.randint(0x100, 0xfff), R.randint(1, 0x1f), R.randint(1000, 9999), fdate(dt + timedelta(seconds=1))),
          "Received: from TYCPR01MB%d.jpnprd01.prod.outlook.com\n ([fe80::%x:%x:%x:%x]) by TYCPR01MB%d.jpnprd01.prod.outlook.com\n ([fe80::%x:%x:%x:%x%%5]) with mapi id 15.20.8356.020; %s" % (
        R.randint(1000, 9999), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(1000, 9999),
        R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), fdate(dt + timedelta(seconds=1), JST))]
    # label says Shift_JIS, bytes are CP932 (circled digits, ㈱, wave dash)
    ent = tpart(text, charset="Shift_JIS", cte="base64", codec="cp932", sub=False)
    write("046-matsuda-sono-go-dou.eml", L("unrelated", C_SHOTA, ["AWS08816024"], None, "ja"), tr, [], own, ent)


SHOTA_CONF_DT = u(2026, 1, 16, 4, 10, 36)


def m047():
    dt = SHOTA_CONF_DT
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] アカウント統合内容のご確認" % C_SHOTA
    tr, dk, own = shota(dt, subj)
    sent1 = u(2026, 1, 15, 1, 12, 0)
    prev_agent_dt = u(2026, 1, 14, 8, 55, 0)
    text = """山本 翔太 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの石川です。
追加情報のご提供ありがとうございました。いただいたアカウント番号に誤記があったようですので、こちらで正しい番号を確認いたしました。

下記の内容で統合を行います。

　【残すアカウント】AWS08816024（s-yamamoto@kawase-sys.co.jp）
　【統合されるアカウント】AWS08100357（shota.y@nexus-soft.jp）

統合されるアカウントの認定・受験履歴・特典はすべて残すアカウントへ移り、統合されるアカウントは閉鎖されます。統合後にアカウントを分離することはできません。

お手数ですが、上記でよろしければ、このメールに「承諾します」とご返信ください。

石川
AWS トレーニングと認定 カスタマーサービス

差出人: 山本 翔太 <%s>
送信日時: %s
宛先: Amazon Web Services <%s>
件名: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

石川様

ご連絡ありがとうございます。
旧アカウントのサインイン用アドレスは shota.y@nexus-soft.jp です（アカウント番号は AWS08100375 だったと思います）。
通知先も同じアドレスでした。現在のアカウントを残す希望です。

山本

差出人: Amazon Web Services <%s>
送信日時: %s
宛先: 山本 翔太 <%s>
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

山本 翔太 様

お問い合わせありがとうございます。統合元となるアカウントのサインイン用メールアドレスと通知先メールアドレスをお知らせください。

石川

-----Original Message-----
%s
""" % (SHOTA[1], sent1.astimezone(JST).strftime("%Y年%-m月%-d日 %-H:%M"),
       FORM[1], C_SHOTA, FORM[1], prev_agent_dt.astimezone(JST).strftime("%Y年%-m月%-d日 %-H:%M"), SHOTA[1], C_SHOTA, SHOTA_SUBMISSION)
    ent = tpart(text, cte="quoted-printable", sub=False)
    write("047-ishikawa-shoudaku-onegai.eml", L("merge_confirmation_requested", C_SHOTA, ["AWS08100357", "AWS08816024"], True, "ja"), tr, dk, own, ent)


def m048():
    dt = u(2026, 1, 16, 9, 20, 3)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] アカウント統合内容のご確認" % C_SHOTA
    tr, dk, own = shota(dt, subj)
    text = """山本 翔太 様

ご承諾のご連絡をいただき、ありがとうございます。これより統合の手続きに入ります。

統合が完了しましたら、本ケースにて改めてご連絡いたします。完了後、Credly のバッジも残すアカウント側に反映されますが、反映までさらに数日かかることがございます。

それまでの間、旧アカウントでのサインインは可能ですが、新たな試験の予約は現在のアカウントで行っていただきますようお願いいたします。

石川
AWS トレーニングと認定 カスタマーサービス
"""
    html = "<html><body style=\"font-family:Meiryo\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    ent = alt([tpart(text, cte="base64"), tpart(html, "html", cte="base64")], "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("048-ishikawa-tetsuzuki-ni-hairimasu.eml", L("support_reply", C_SHOTA, [], True, "ja"), tr, dk, own, ent)


def m049():
    dt = u(2026, 1, 19, 6, 0, 40)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] アカウント統合内容のご確認" % C_SHOTA
    tr, dk, own = shota(dt, subj)
    ok_dt = u(2026, 1, 16, 5, 2, 0)
    text = """山本 翔太 様

お待たせいたしました。旧アカウントの情報を AWS08816024 に移し、統合作業がすべて完了しましたので、本ケースをクローズいたします。

お手すきの際に、今回の対応についてアンケートへのご回答をお願いいたします。
https://survey.aws.amazon.com/tc?case=%s&lang=ja

石川
AWS トレーニングと認定 カスタマーサービス

差出人: 山本 翔太 <%s>
送信日時: %s
宛先: Amazon Web Services <%s>
件名: RE: [CASE %s] [AWS Training and Certification Form Submission] アカウント統合内容のご確認

承諾します。よろしくお願いいたします。

山本

差出人: Amazon Web Services <%s>
送信日時: %s
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] アカウント統合内容のご確認

山本 翔太 様

下記の内容で統合を行います。
　【残すアカウント】AWS08816024（s-yamamoto@kawase-sys.co.jp）
　【統合されるアカウント】AWS08100357（shota.y@nexus-soft.jp）
統合後にアカウントを分離することはできません。上記でよろしければ、このメールに「承諾します」とご返信ください。

石川
""" % (C_SHOTA, SHOTA[1], ok_dt.astimezone(JST).strftime("%Y年%-m月%-d日 %-H:%M"), FORM[1], C_SHOTA, FORM[1],
       SHOTA_CONF_DT.astimezone(JST).strftime("%Y年%-m月%-d日 %-H:%M"), C_SHOTA)
    ent = tpart(text, cte="quoted-printable", sub=False)
    write("049-ishikawa-kanryou-close.eml", L("merge_completed", C_SHOTA, ["AWS08816024"], True, "ja"), tr, dk, own, ent)


def m050():
    dt = u(2026, 1, 20, 1, 14, 9)
    frm = ("AWS", "no-reply@signin.aws")
    own = ["Date: %s" % fdate(dt), "From: %s" % addr(*frm), "To: %s" % SHOTA[1],
           "Message-ID: <0100%012x-%s-000000@email.amazonses.com>" % (int(dt.timestamp() * 1000), uuid()),
           hdr("Subject", "AWS Builder ID の E メールアドレスを確認してください", "utf-8")]
    ip = "54.240.8.%d" % R.randint(10, 99)
    host = "a8-%s.smtp-out.amazonses.com" % ip.split(".")[-1]
    tr = o365_trace(SHOTA[1], dt, host, ip, "email.amazonses.com", o_ar(ip, "email.amazonses.com", "signin.aws", "signin.aws"), "jpnprd") + o365_tail()
    dk = [dkim_sig("signin.aws", "s1", dt, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"), dkim_sig("amazonses.com", SES_SEL, dt, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID")]
    code = "%06d" % R.randint(0, 999999)
    text = """AWS Builder ID

E メールアドレスの確認

AWS Builder ID の作成を完了するには、以下の確認コードを入力してください。

確認コード: %s

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。
""" % code
    ent = tpart(text, sub=False)
    write("050-builder-id-kakunin-code.eml", L("unrelated", None, [], True, "ja"), tr, dk, own, ent)

# ---- Kobayashi (Yahoo! JAPAN mail, duplicate form cases) ------------------
def koba(dt, subj, charset=None, frm=FORM):
    return ses_jp("yahoo.co.jp", "mta%d.mail.kks.yahoo.co.jp" % R.randint(5000, 5999), KOBA[1], dt, to_(KOBA, "iso-2022-jp"), subj, frm=frm, charset=charset)


def m051():
    dt = C_KOBA_B_OPEN + timedelta(seconds=4)
    subj = "[CASE %s] [AWS Training and Certification Form Submission] お問い合わせを受け付けました" % C_KOBA_B
    tr, dk, own = koba(dt, subj, charset="iso-2022-jp")
    text = """小林 直樹 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

受付番号：%s

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同じ内容で重複してお問い合わせいただきますと、ご回答が遅れる場合がございます。

■ お問い合わせ内容
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：aws09230118
内容：
2 月 3 日にも同じ内容で問い合わせました（受付番号 %s）が、まだ返信がないため再度送ります。
AWS09376402 のアカウントを aws09230118 にまとめてほしいです。急ぎでお願いします。

AWS トレーニングと認定 カスタマーサービス
""" % (C_KOBA_B, C_KOBA_A)
    ent = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    write("051-uketsuke-saisoushin.eml", L("case_created", C_KOBA_B, ["AWS09230118", "AWS09376402"], True, "ja"), tr, dk, own, ent)


def m052():
    dt = u(2026, 2, 5, 6, 25, 47)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_KOBA_A
    tr, dk, own = koba(dt, subj)
    text = """小林 直樹 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定 カスタマーサービスの藤井です。
ご返信が遅くなり、申し訳ございません。

同じご依頼で 2 件のお問い合わせ（受付番号 %s および %s）をいただいておりましたので、窓口を本ケース（%s）に一本化し、後から作成されたケースはクローズいたしました。以降のやり取りは本メールへのご返信でお願いいたします。

現在、ご依頼のアカウントについて内容を確認しております。確認が取れ次第、統合の対象となるアカウントをご案内いたしますので、今しばらくお待ちください。

恐れ入りますが、新たなお問い合わせを作成されますとさらにお時間を要する場合がございますので、ご遠慮いただけますと幸いです。

藤井
AWS トレーニングと認定 カスタマーサービス
""" % (C_KOBA_A, C_KOBA_B, C_KOBA_A)
    ent = tpart(text, cte="quoted-printable", sub=False)
    write("052-fujii-madoguchi-ipponka.eml", L("support_reply", C_KOBA_A, [], True, "ja"), tr, dk, own, ent)


def m053():
    dt = u(2026, 2, 9, 7, 48, 12)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_KOBA_A
    tr, dk, own = koba(dt, subj)
    text = """小林 直樹 様

いつもお世話になっております。藤井です。

先日ご承諾いただきました件につきまして、AWS09376402 の認定資格・受験履歴・特典を AWS09230118 へ移行いたしました。AWS09376402 は閉鎖済みとなっております。

Credly のバッジについては Credly 側の処理となるため、数日以内に Credly から通知メールが届く予定です。

ご不明な点がございましたら、本メールにご返信ください。

藤井
AWS トレーニングと認定 カスタマーサービス
"""
    ent = tpart(text, charset="iso-2022-jp", cte="base64", sub=False)
    write("053-fujii-ikou-heisa-zumi.eml", L("merge_completed", C_KOBA_A, ["AWS09230118", "AWS09376402"], True, "ja"), tr, dk, own, ent)


def m054():
    dt = u(2026, 2, 5, 6, 27, 3)
    subj = "ケース %s はクローズされました" % C_KOBA_B
    tr, dk, own = koba(dt, subj, charset="utf-8", frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"))
    text = """小林 直樹 様

お問い合わせ（ケース番号：%s）は、同じご依頼の別ケースで対応を続けるためクローズされました。このケースでは統合の作業は行っておりません。引き続きのご案内は、担当者から別ケースにてお送りします。

今回のご対応についてのご意見をお聞かせください。

問題は解決しましたか？
はい：https://survey.aws.amazon.com/tc/closure?case=%s&a=1&lang=ja
いいえ：https://survey.aws.amazon.com/tc/closure?case=%s&a=0&lang=ja

AWS トレーニングと認定
""" % (C_KOBA_B, C_KOBA_B, C_KOBA_B)
    html = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Meiryo\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    ent = alt([tpart(text, cte="base64"), tpart(html, "html", cte="base64")], "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("054-case-close-chofuku.eml", L("survey", C_KOBA_B, [], True, "ja"), tr, dk, own, ent)


def m055():
    dt = u(2026, 2, 12, 22, 3, 55)
    frm = ("Credly", "notice@credly-badges-jp.com")
    own = ["Date: %s" % fdate(dt, JST), "From: %s" % addr(*frm), "To: %s" % KOBA[1], "Message-ID: <%s@credly-badges-jp.com>" % alnum(24),
           hdr("Subject", "【Credly】アカウント統合に伴いバッジが再発行されました", "utf-8")]
    ip = "103.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    host = "mail.credly-badges-jp.com"
    mf = "info@credly-badges-jp.com"
    ar = j_ar(mf, [], "credly-badges-jp.com", dmarc="none", spf="pass")
    ar.insert(1, "dkim=none")
    tr = jp_trace("yahoo.co.jp", KOBA[1], dt, host, ip, mf, ar, "mta%d.mail.kks.yahoo.co.jp" % R.randint(5000, 5999))
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo">
<p>小林 直樹 様</p>
<p>AWS 認定アカウントの統合に伴い、以下のバッジがあなたの Credly アカウントに再発行されました。</p>
<p><b>AWS Certified Developer - Associate</b><br><b>AWS Certified Cloud Practitioner</b></p>
<p>バッジを受け取るには、72 時間以内に Credly アカウントでログインしてください。期限を過ぎるとバッジは失効します。</p>
<p><a href="http://credly-badges-jp.com/login?next=accept&id=%s" style="background:#0c66d6;color:#fff;padding:10px 24px;text-decoration:none">バッジを受け取る</a></p>
<p>Credly サポートチーム</p></body></html>""" % hexs(16)
    ent = tpart(html, "html", cte="base64", sub=False)
    write("055-credly-saihakkou-72jikan.eml", L("credly_badge_issued", None, [], False, "ja"), tr, [], own, ent)


def m056():
    dt = u(2026, 3, 1, 0, 30, 0)
    subj = "バッジの有効期限が近づいています：AWS Certified Cloud Practitioner"
    tr, dk, own = credly_jp("yahoo.co.jp", "mta%d.mail.kks.yahoo.co.jp" % R.randint(5000, 5999), KOBA[1], dt, to_(KOBA), subj, frm_name="Credly")
    text = """小林 直樹さん

Amazon Web Services Training and Certification から発行された「AWS Certified Cloud Practitioner」バッジの有効期限は 2026年5月28日 です。

有効期限が切れると、バッジはプロフィールに「期限切れ」と表示され、現在有効な資格として確認できなくなります。有効な状態を保つには、発行元の再認定要件をご確認ください。
https://aws.amazon.com/jp/certification/recertification/

バッジを表示：https://www.credly.com/badges/%s

Credly チーム
""" % uuid()
    ent = alt([tpart(text), tpart("<html><body style=\"font-family:Meiryo\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>", "html")], hexs(60))
    write("056-credly-yuukoukigen.eml", L("unrelated", None, [], True, "ja"), tr, dk, own, ent)


# ---- Ito (rental server, no Authentication-Results) --------------------------
def ito_trace(dt, host, ip, mf):
    t1 = dt + timedelta(seconds=R.randint(1, 5))
    sv = "sv%d.xserver.jp" % 14213
    return ["Return-Path: <%s>" % mf,
            "Delivered-To: mariko@ito-kobo.jp",
            "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <mariko@ito-kobo.jp>; %s" % (
                host, host, ip, sv, alnum(11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"), fdate(t1, JST)),
            "X-Virus-Status: Clean",
            "X-Spam-Status: No, score=-0.1 required=5.0"]


def ito(dt, subj, frm=FORM):
    own, mf, ip, host = ses_headers(dt, to_(ITO, "iso-2022-jp"), frm, subj, "utf-8")
    return ito_trace(dt, host, ip, mf), ses_dkim(dt), own


ITO_SUBJ = "RE:[CASE %s] 【ご確認のお願い】認定アカウントの統合について" % C_ITO
ITO_CONF_DT = u(2026, 3, 11, 1, 20, 45)
ITO_CONF = """伊藤 真理子 様

AWS トレーニングと認定 カスタマーサービスの原田と申します。
お問い合わせの件、以下のとおり統合を行う準備が整いました。

・引き続きご利用いただくアカウント：AWS06047731（mariko@ito-kobo.jp）
・統合により閉鎖されるアカウント：aws 05198846（ito.mariko@webgraphics-ac.jp）※フォームでご申告いただいた ID

統合すると、閉鎖されるアカウントの受験履歴・認定はすべて AWS06047731 に引き継がれます。統合の取り消しはできかねますので、あらかじめご了承ください。

お手数ですが、内容をご確認いただき、問題なければ本メールへその旨ご返信をお願いいたします。ご返信をもって手続きを開始いたします。

原田
AWS トレーニングと認定 カスタマーサービス"""


def m058():
    dt = ITO_CONF_DT
    tr, dk, own = ito(dt, ITO_SUBJ)
    ent = alt([tpart(ITO_CONF + "\n"), tpart("<html><body style=\"font-family:Meiryo\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ITO_CONF.split("\n\n")) + "</body></html>", "html")],
              "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
    write("058-harada-junbi-totonoimashita.eml", L("merge_confirmation_requested", C_ITO, ["AWS05198846", "AWS06047731"], None, "ja"), tr, dk, own, ent)


ITO_DONE_DT = u(2026, 3, 12, 7, 5, 18)
ITO_DONE = """伊藤 真理子 様

先日はご返信いただき、ありがとうございました。原田です。

ご承諾いただいた内容のとおり、旧アカウントの認定情報を AWS06047731 へ名寄せする作業を終えました。旧アカウントでのサインインはできなくなっております。

認定のデジタルバッジ（Credly）については、Credly から別途ご案内が届きます。

原田
AWS トレーニングと認定 カスタマーサービス"""


def m057():
    dt = ITO_DONE_DT
    tr, dk, own = ito(dt, ITO_SUBJ)
    ok_dt = u(2026, 3, 11, 3, 2, 0)
    text = ITO_DONE + """

%s 伊藤 真理子 <mariko@ito-kobo.jp>:
> 原田様
>
> ご連絡ありがとうございます。内容確認しました。この内容で進めてください。
>
> 伊藤
>
> %s Amazon Web Services <%s>:
%s
""" % (jdate(ok_dt), jdate(ITO_CONF_DT), FORM[1], quote(quote(ITO_CONF, "> "), "> "))
    ent = tpart(text, cte="quoted-printable", sub=False)
    write("057-harada-nayose-owarimashita.eml", L("merge_completed", C_ITO, ["AWS06047731"], None, "ja"), tr, dk, own, ent)


def m059():
    dt = u(2026, 3, 13, 2, 40, 33)
    subj = "おめでとうございます！バッジを獲得しました：AWS Certified Machine Learning Engineer - Associate"
    own, mf, ip, host, dk = credly_headers(dt, to_(ITO, "utf-8"), subj, "utf-8")
    tr = ito_trace(dt, host, ip, mf)
    bid = uuid()
    text = """伊藤 真理子さん、バッジを獲得しました。
発行元：Amazon Web Services Training and Certification
https://www.credly.com/earner/earned/badge/%s?notification=accept
""" % bid
    html = """<html><head><meta charset="utf-8"></head><body style="background:#f4f4f4;margin:0">
<table width="600" align="center" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/160x160/images/%s/image.png" width="140" alt="AWS Certified Machine Learning Engineer - Associate"></td></tr>
<tr><td style="padding:0 24px;font-size:20px;text-align:center">おめでとうございます、伊藤 真理子さん！</td></tr>
<tr><td style="padding:16px 24px;font-size:14px">Amazon Web Services Training and Certification から <b>AWS Certified Machine Learning Engineer - Associate</b> のバッジが発行されました。承認すると、Credly のプロフィールに追加され、履歴書や SNS で共有できるようになります。</td></tr>
<tr><td style="padding:20px;text-align:center"><a href="https://www.credly.com/earner/earned/badge/%s?notification=accept" style="background:#0c66d6;color:#fff;padding:12px 30px;text-decoration:none">バッジを受け取る</a></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888;text-align:center">このメールは Amazon Web Services Training and Certification に代わって Credly から送信されています。<br>Credly, Inc. | 111 W Monroe St, Chicago, IL 60603</td></tr></table></body></html>""" % (uuid(), bid)
    ent = alt([tpart(text, cte="base64"), tpart(html, "html", cte="quoted-printable")], hexs(60))
    write("059-credly-omedetou-mle.eml", L("credly_badge_issued", None, [], None, "ja"), tr, dk, own, ent)


def m060():
    dt = ITO_DONE_DT + timedelta(minutes=2, seconds=11)
    subj = "【AWS トレーニングと認定】ケース %s 解決のお知らせとアンケートのお願い" % C_ITO
    tr, dk, own = ito(dt, subj, frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"))
    text = """伊藤 真理子 様

お問い合わせいただいたケース %s は解決済みとなりました。
今回の対応はいかがでしたか。1 分程度のアンケートにご協力ください。

問題は解決しましたか？
　はい　https://survey.aws.amazon.com/tc/closure?case=%s&a=1&lang=ja
　いいえ　https://survey.aws.amazon.com/tc/closure?case=%s&a=0&lang=ja

%s Amazon Web Services <%s>:
%s
""" % (C_ITO, C_ITO, C_ITO, jdate(ITO_DONE_DT), FORM[1], quote(ITO_DONE, "> "))
    ent = tpart(text, cte="base64", sub=False)
    write("060-kaiketsu-oshirase-anketo.eml", L("survey", C_ITO, [], None, "ja"), tr, dk, own, ent)


# =========================================================================
if __name__ == "__main__":
    for name in sorted(n for n in dir() if re.fullmatch(r"m\d{3}", n)):
        globals()[name]()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), "mails written")
