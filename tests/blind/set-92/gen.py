#!/usr/bin/env python3
"""Generator for blind set 92: AWS Certification account-merge mail (.eml) + labels.json.

Run:  python3 make_set.py
Each mail is built with the stdlib `email` package (compat32 MIME classes so that
Header objects / charsets can be controlled), then trace + authentication headers
are put on top in the order a receiving provider would leave them.
"""
import base64
import hashlib
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from email import policy as _policy

OUT = "/work/blind/set-92"
RNG = random.Random(9202)
UTC = timezone.utc
JST = timezone(timedelta(hours=9), "JST")
PDT = timezone(timedelta(hours=-7), "PDT")
PST = timezone(timedelta(hours=-8), "PST")
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))
EST = timezone(timedelta(hours=-5))

LABELS = {}
ID_RE = re.compile(r"(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)")


def ids_in(*texts):
    s = set()
    for t in texts:
        for m in ID_RE.finditer(t or ""):
            s.add("AWS" + m.group(1))
    return sorted(s)


# ---------------------------------------------------------------- random bits
def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(nbytes))).decode()


def fold_b64(s, first=4, width=70, indent="\t "):
    out, line = [], s
    chunks = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\r\n" + indent).join(chunks)


def case15(opened):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), RNG.randint(100, 99999))


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000) + RNG.randint(0, 900)
    return "<01000%011x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_return_path(msgid):
    return "<%s>" % msgid.strip("<>").replace("@email.amazonses.com", "@amazonses.com")


def sendgrid_msgid():
    return "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), RNG.randint(1, 40))


def gmail_msgid():
    return "<CA%s@mail.gmail.com>" % ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")


def outlook_msgid(host="namprd05.prod.outlook.com"):
    return "<%s%s@%s>" % (ralnum(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                          ralnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), host)


def fmt(dt):
    return format_datetime(dt)


def gfmt(dt):
    # Gmail style trace date: "Tue, 3 Jun 2025 01:12:44 -0700 (PDT)"
    return format_datetime(dt) + (" (%s)" % dt.tzname() if dt.tzname() and dt.tzname()[0].isalpha() and not dt.tzname().startswith("UTC") else "")


# ------------------------------------------------------------- DKIM signature
def dkim_sig(d, s, dt, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID", c="relaxed/simple"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\r\n\ts=%s; d=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s"
            % (c, s, d, int(dt.timestamp()), headers, rb64(32),
               fold_b64(rb64(192), width=72, indent="\t")))


SES_SEL_AMZ = "yg4mwqurec7fkhzutopddd3ytuaqrvuz"
SES_SEL_SES = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_dkim(dt, from_domain="amazon.com", forged=False):
    h = []
    h.append(("DKIM-Signature", dkim_sig(from_domain, SES_SEL_AMZ if from_domain == "amazon.com" else ralnum(32), dt,
                                         headers="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date")))
    h.append(("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL_SES, dt,
                                         headers="Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")))
    return h


# ----------------------------------------------------- provider trace headers
class Hop:
    """Describes the sending side of the last hop."""

    def __init__(self, helo, ip, mailfrom, dkim=(), dmarc="pass", from_domain="amazon.com",
                 p="QUARANTINE", spf="pass", selector="s1"):
        self.helo, self.ip, self.mailfrom = helo, ip, mailfrom
        self.dkim = list(dkim)          # list of (domain, result)
        self.dmarc, self.from_domain, self.p, self.spf = dmarc, from_domain, p, spf
        self.selector = selector

    @property
    def mf_domain(self):
        return self.mailfrom.split("@")[-1]


def ses_hop(from_domain="amazon.com"):
    ip = "54.240.%d.%d" % (RNG.choice([8, 9, 11, 27, 48]), RNG.randint(2, 250))
    helo = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    return Hop(helo, ip, "", dkim=[(from_domain, "pass"), ("amazonses.com", "pass")], from_domain=from_domain)


def credly_hop():
    ip = "167.89.%d.%d" % (RNG.randint(1, 120), RNG.randint(2, 250))
    return Hop("o%d.email.credly.com" % RNG.randint(1, 9), ip,
               "bounces+%d-%s-%s=%s@email.credly.com", dkim=[("credly.com", "pass"), ("sendgrid.info", "pass")],
               from_domain="credly.com", p="REJECT")


def gmail_trace(to, hop, dt_local, dmarc_override=None):
    """Return headers (top first) Gmail adds; dt_local = arrival time (PDT/PST)."""
    t = gfmt(dt_local)
    smtp_id = ralnum(20)
    dk = []
    for d, r in hop.dkim:
        dk.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (
            r, d, hop.selector if d not in ("amazon.com", "amazonses.com") else (SES_SEL_AMZ if d == "amazon.com" else SES_SEL_SES),
            ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))
    spf = "spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s" % (
        hop.spf, hop.mailfrom, "designates" if hop.spf == "pass" else "does not designate", hop.ip, hop.mailfrom)
    dmarc = dmarc_override or "dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
        hop.dmarc, hop.p, hop.p, "NONE" if hop.dmarc == "pass" else hop.p, hop.from_domain)
    ar = "mx.google.com;\r\n       " + ";\r\n       ".join(dk + [spf, dmarc])
    h = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\r\n        %s" % (
            rhex(4), rhex(4), rhex(3), rhex(3), rhex(2), ralnum(10), t)),
        ("X-Google-Smtp-Source", "AGHT+I" + ralnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
        ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\r\n        %s" % (
            rhex(4), rhex(3), rhex(4), smtp_id, t)),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s"
         % (int(dt_local.timestamp()), fold_b64(rb64(120), width=68, indent="        "))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\r\n        h=subject:to:from:date:message-id:mime-version:dkim-signature;\r\n        bh=%s;\r\n        fh=%s;\r\n        b=%s"
         % (rb64(32), rb64(12), fold_b64(rb64(96), width=68, indent="        "))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % hop.mailfrom),
        ("Received", "from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s"
         % (hop.helo, hop.helo, hop.ip, ralnum(20) + "." + str(RNG.randint(100, 999)) + "." + time_ms(dt_local), to, t)),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            hop.spf, hop.mailfrom, "designates" if hop.spf == "pass" else "does not designate", hop.ip, hop.ip)),
        ("Authentication-Results", ar),
    ]
    return h


def time_ms(dt):
    return "%d" % (int(dt.timestamp()) % 100000)


def outlook_trace(to, hop, dt, consumer=True, dmarc_text=None):
    """Outlook.com / Office 365 style, top first."""
    pod = RNG.choice(["SA1PR05MB", "BY5PR17MB", "PH0PR19MB", "DM6PR11MB", "TYCPR01MB", "OS3PR01MB"])
    node = "%s%04d.namprd%02d.prod.outlook.com" % (pod, RNG.randint(1000, 9999), RNG.randint(2, 20))
    if pod.startswith(("TYC", "OS3")):
        node = "%s%04d.jpnprd01.prod.outlook.com" % (pod, RNG.randint(1000, 9999))
    eop = "%s.mail.protection.outlook.com" % RNG.choice(["SN1PEPF000252A0", "CO1PEPF000044F7", "TY2PEPF0000AB85", "DS1PEPF00017092", "BN2PEPF000044A9"])
    ip6 = "2603:10b6:%x:%x::%x" % (RNG.randint(0x100, 0xfff), RNG.randint(1, 0xff), RNG.randint(1, 0x20))
    t = fmt(dt.astimezone(UTC)).replace("-0000", "+0000")
    dk = ";".join("dkim=%s (%s) header.d=%s" % (r, "signature was verified" if r == "pass" else "signature did not verify", d)
                  for d, r in hop.dkim) or "dkim=none (message not signed) header.d=none"
    if dmarc_text is None:
        if hop.dmarc == "pass":
            dmarc_text = "dmarc=pass action=none header.from=%s;compauth=pass reason=100" % hop.from_domain
        elif hop.dmarc == "fail":
            dmarc_text = "dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % hop.from_domain
        else:
            dmarc_text = "dmarc=%s action=none header.from=%s;compauth=softpass reason=201" % (hop.dmarc, hop.from_domain)
    spfw = "spf=%s (sender IP is %s) smtp.mailfrom=%s" % (hop.spf, hop.ip, hop.mf_domain)
    if hop.spf != "pass":
        spfw = "spf=%s (sender IP is %s) smtp.mailfrom=%s" % (hop.spf, hop.ip, hop.mf_domain)
    ar = "%s; %s;%s" % (spfw, dk, dmarc_text)
    h = [
        ("Received", "from %s (%s) by\r\n %s with HTTPS; %s" % (node, ip6, node.replace("MB", "MB" if True else ""), t)),
        ("Received", "from %s (%s) by\r\n %s (2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % ("%sCA%04d.namprd%02d.prod.outlook.com" % (pod[:4], RNG.randint(1000, 9999), RNG.randint(2, 20)), ip6, node,
            RNG.randint(0x100, 0xfff), RNG.randint(1, 0xff), RNG.randint(1, 0x20), RNG.randint(8000, 9400), RNG.randint(10, 40), t)),
        ("Received", "from %s (2603:10b6:%x:%x:cafe::%x) by %s\r\n (2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
         % (eop, RNG.randint(0x100, 0xfff), RNG.randint(1, 0xff), RNG.randint(1, 0xff), "%sCA%04d.outlook.office365.com" % (pod[:4], RNG.randint(1000, 9999)),
            RNG.randint(0x100, 0xfff), RNG.randint(1, 0xff), RNG.randint(1, 0x20), RNG.randint(8000, 9400), RNG.randint(10, 40), t)),
        ("Authentication-Results", ar),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s %s %s as permitted sender)\r\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
         % (hop.spf.capitalize(), hop.mf_domain, "designates" if hop.spf == "pass" else "does not designate", hop.ip, hop.ip, hop.helo)),
        ("Received", "from %s (%s) by\r\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
         % (hop.helo, hop.ip, eop, RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(8000, 9400), RNG.randint(10, 40), t)),
    ]
    return h


def outlook_tail(dt, dir_="Incoming"):
    return [
        ("X-MS-Exchange-Organization-ExpirationStartTime", dt.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + " (UTC)"),
        ("X-MS-Exchange-Organization-Network-Message-Id", "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ("X-MS-Exchange-Organization-MessageDirectionality", dir_),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]


def jp_trace(to, hop, dt, authserv, mx_host, dk_style="i"):
    """Japanese ISP style (nifty / biglobe / so-net like)."""
    t = format_datetime(dt.astimezone(JST))
    dk = "; ".join("dkim=%s header.%s=%s" % (r, dk_style, ("@" + d) if dk_style == "i" else d) for d, r in hop.dkim) or "dkim=none"
    ar = "%s;\r\n\tspf=%s smtp.mailfrom=%s;\r\n\t%s;\r\n\tdmarc=%s header.from=%s" % (
        authserv, hop.spf, hop.mailfrom, dk, hop.dmarc, hop.from_domain)
    h = [
        ("Return-Path", "<%s>" % hop.mailfrom),
        ("Delivered-To", to),
        ("Received", "from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
            mx_host, mx_host.replace("mx", "mbox", 1), ralnum(11, "0123456789ABCDEF"), to, t)),
        ("Authentication-Results", ar),
        ("Received", "from %s (%s [%s])\r\n\tby %s with ESMTPS id %s\r\n\tfor <%s>; %s" % (
            hop.helo, hop.helo, hop.ip, mx_host, ralnum(12, "0123456789ABCDEF"), to, t)),
    ]
    return h


def o365_internal_trace(to, frm, dt, tenant_domain):
    """Mail between two users of the same Microsoft 365 tenant."""
    t = fmt(dt.astimezone(UTC)).replace("-0000", "+0000")
    node = "TYCPR01MB%04d.jpnprd01.prod.outlook.com" % RNG.randint(1000, 9999)
    return [
        ("Received", "from %s (2603:1096:%x:%x::%x) by\r\n %s with HTTPS; %s" % (
            node, RNG.randint(0x100, 0xfff), RNG.randint(1, 0xff), RNG.randint(1, 0x20), node, t)),
        ("Received", "from %s ([fe80::%s:%s:%s:%s]) by %s\r\n ([fe80::%s:%s:%s:%s%%7]) with mapi id 15.20.%d.%d; %s"
         % (node, rhex(4), rhex(4), rhex(4), rhex(4), node, rhex(4), rhex(4), rhex(4), rhex(4),
            RNG.randint(8000, 9400), RNG.randint(10, 40), t)),
        ("Authentication-Results", "dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=%s;" % tenant_domain),
    ]


# --------------------------------------------------------------- MIME parts
def text(s, charset="utf-8", cte="qp", label=None, subtype="plain"):
    """Build a text part. cte: qp | b64 | 7bit | 8bit. label: declared charset if different (wrong label)."""
    data = s.replace("\n", "\r\n") if False else s
    if charset.lower() == "iso-2022-jp":
        p = MIMENonMultipart("text", subtype, charset="ISO-2022-JP" if label is None else label)
        p.set_payload(data.encode("iso-2022-jp").decode("ascii"))
        p["Content-Transfer-Encoding"] = "7bit"
        return p
    raw = data.encode(charset)
    declared = label or charset
    p = MIMENonMultipart("text", subtype, charset=declared)
    if cte == "b64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "qp":
        import quopri
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte in ("8bit", "7bit"):
        key = "@@RAW%d@@" % len(RAWS)
        RAWS[key] = raw
        p.set_payload(key)
        p["Content-Transfer-Encoding"] = cte
    else:
        raise ValueError(cte)
    return p


RAWS = {}


def html(s, **kw):
    return text(s, subtype="html", **kw)


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or "%s%s" % (RNG.choice(["----=_Part_", "_NextPart_", "=_"]), rhex(24)))
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def hsubj(s, charset="utf-8", enc=None, maxlen=76):
    """Encoded-word subject (Header object, folded over lines when long)."""
    if charset.lower() == "iso-2022-jp":
        h = Header(s, "iso-2022-jp", maxlinelen=maxlen, header_name="Subject")
    else:
        c = _cs.Charset(charset)
        if enc == "q":
            c.header_encoding = _cs.QP
        elif enc == "b":
            c.header_encoding = _cs.BASE64
        h = Header(s, c, maxlinelen=maxlen, header_name="Subject")
    return h.encode(linesep="\r\n")


def addr(name, email_, charset="utf-8"):
    if name and any(ord(ch) > 127 for ch in name):
        return formataddr((name, email_), charset=charset)  # =?utf-8?b?...?= <addr>
    return formataddr((name, email_))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(new, quoted=None, lang="en", foot=""):
    """Plain text -> simple html; quoted part in blockquote."""
    def paras(t):
        out = []
        for blk in t.strip("\n").split("\n\n"):
            out.append("<p>" + "<br>\n".join(esc(l) for l in blk.split("\n")) + "</p>")
        return "\n".join(out)
    font = "font-family:Arial,Helvetica,sans-serif" if lang == "en" else "font-family:'Meiryo','Hiragino Sans',sans-serif"
    q = ""
    if quoted:
        q = '\n<div class="quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n%s\n</blockquote></div>' % paras(quoted)
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="%s;font-size:14px">\n%s%s%s\n</body></html>\n' % (font, paras(new), q, foot))


def quote(t, mark="> "):
    return "\n".join((mark + l) if l.strip() else mark.rstrip() for l in t.strip("\n").split("\n"))


# ----------------------------------------------------------------- assembly
def emit(n, slug, body, hdrs, trace, label, new_text, tail=(), extra_top=(), expect_ids=None):
    """body: MIME object; hdrs: list of (name, value) message headers (From, To, ...);
    trace: list of trace headers (top first); label: dict(kind, case_id, sender_verified, language);
    new_text: list of strings that are the new (non-quoted) text -> account ids."""
    mime = list(body.items())
    for k in set(k for k, _ in mime):
        del body[k]
    for k, v in list(extra_top) + list(trace) + list(hdrs):
        body[k] = v
    if "MIME-Version" not in [k for k, _ in hdrs]:
        body["MIME-Version"] = "1.0"
    for k, v in mime:
        if k == "MIME-Version":
            continue
        body[k] = v
    for k, v in tail:
        body[k] = v
    raw = body.as_bytes(policy=_policy.compat32.clone(linesep="\r\n", max_line_length=0))
    for key, val in RAWS.items():
        if key.encode() in raw:
            raw = raw.replace(key.encode(), val.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    fn = "%03d-%s.eml" % (n, slug)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(raw)
    ids = ids_in(*new_text)
    if expect_ids is not None:
        assert sorted(expect_ids) == ids, (fn, expect_ids, ids)
    lab = {"kind": label["kind"], "case_id": label.get("case_id"), "account_ids": ids,
           "sender_verified": label["sender_verified"], "language": label["language"]}
    LABELS[fn] = lab
    return fn


def msg_hdrs(frm, to, subject, date, msgid, extra=(), cc=None, reply_to=None, in_reply_to=None, refs=None):
    h = [("From", frm)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", fmt(date)), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def ses_extra(dt):
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33).rstrip("=")),
            ("X-SES-Outgoing", dt.astimezone(UTC).strftime("%Y.%m.%d-") + "54.240.%d.%d" % (RNG.randint(1, 60), RNG.randint(2, 250)))]


# ------------------------------------------------------------ people & cases
AWS_FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")

U = {
    "emily": ("Emily Carter", "emily.carter.dev@gmail.com", "gmail"),
    "rahul": ("Rahul Menon", "rahul.menon@outlook.com", "outlook"),
    "sato": ("佐藤 健一", "kenichi-sato@nifty.com", "nifty"),
    "takahashi": ("高橋 美咲", "misaki.takahashi88@gmail.com", "gmail"),
    "nakamura": ("中村 大輔", "d-nakamura@kitasoft.co.jp", "o365"),
    "marco": ("Marco Bianchi", "marco.bianchi@outlook.com", "outlook"),
    "yamada": ("山田 直子", "naoko-yamada@biglobe.ne.jp", "biglobe"),
    "olivia": ("Olivia Nguyen", "olivia.nguyen.cloud@gmail.com", "gmail"),
    "watanabe": ("渡辺 健二", "kenji.watanabe.w@gmail.com", "gmail"),
    "sarah": ("Sarah Lindqvist", "sarah.lindqvist@brightfield-data.com", "o365"),
}


def uaddr(k, charset="utf-8"):
    n, e, _ = U[k]
    return addr(n, e, charset)


def trace_for(user, hop, dt):
    n, e, prov = U[user]
    if prov == "gmail":
        return gmail_trace(e, hop, dt.astimezone(PDT if 3 <= dt.month <= 10 else PST)), []
    if prov == "outlook":
        return outlook_trace(e, hop, dt), outlook_tail(dt)
    if prov == "o365":
        return outlook_trace(e, hop, dt, consumer=False), outlook_tail(dt)
    if prov == "nifty":
        return jp_trace(e, hop, dt, "mx.nifty.com", "mx03.nifty.com"), []
    if prov == "biglobe":
        return jp_trace(e, hop, dt, "biglobe.ne.jp", "mx-in02.biglobe.ne.jp", dk_style="d"), []
    raise KeyError(prov)


def aws_mail(n, slug, user, body, subject, dt, label, new_text, frm=AWS_FORM, hop=None, expect_ids=None,
             extra_hdrs=(), reply_to=None, dmarc_override=None):
    """Genuine (or spoofed via hop) mail from amazon.com through SES."""
    msgid = ses_msgid(dt)
    hop = hop or ses_hop()
    hop.mailfrom = ses_return_path(msgid).strip("<>")
    tr, tail = trace_for(user, hop, dt + timedelta(seconds=RNG.randint(1, 6)))
    hd = ses_dkim(dt) if hop.dkim and hop.dkim[0][0] == "amazon.com" else []
    h = msg_hdrs(frm, uaddr(user), subject, dt, msgid, extra=ses_extra(dt) + list(extra_hdrs), reply_to=reply_to)
    return emit(n, slug, body, hd + h, tr, label, new_text, tail=tail, expect_ids=expect_ids)


def credly_mail(n, slug, user, body, subject, dt, label, new_text, frm_name="Amazon Web Services Training and Certification via Credly",
                expect_ids=None):
    hop = credly_hop()
    uid = RNG.randint(10000000, 39999999)
    hop.mailfrom = "bounces+%d-%s-%s=%s@email.credly.com" % (uid, rhex(4), U[user][1].split("@")[0], U[user][1].split("@")[1])
    msgid = sendgrid_msgid()
    tr, tail = trace_for(user, hop, dt + timedelta(seconds=RNG.randint(1, 9)))
    hd = [("DKIM-Signature", dkim_sig("credly.com", "s1", dt, headers="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to", c="relaxed/relaxed")),
          ("DKIM-Signature", dkim_sig("sendgrid.info", "smtpapi", dt, headers="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to", c="relaxed/relaxed"))]
    h = msg_hdrs(addr(frm_name, "admin@credly.com"), uaddr(user), subject, dt, msgid,
                 extra=[("X-Feedback-ID", "%d:SG" % RNG.randint(1000000, 9999999))])
    return emit(n, slug, body, hd + h, tr, label, new_text, tail=tail, expect_ids=expect_ids)


def lab(kind, case_id, sv, lang):
    return {"kind": kind, "case_id": case_id, "sender_verified": sv, "language": lang}


def console_footer(cid, lang="en"):
    if lang == "ja":
        return ("\n\nケースの履歴の確認や返信は、サポートセンターにサインインして行ってください:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
                "*このメールは送信専用アドレスから送信されています。このメールに返信されても受信できません。\n" % cid)
    return ("\n\nTo see the full case history and respond, please sign in to the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            "Please use the link above if you need to contact us again about this same issue.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % cid)


RATE_EN = ("\n\nWe value your feedback. Please share your experience by rating this and other correspondences "
           "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n")

# Case ids -------------------------------------------------------------------
OPEN_A = datetime(2025, 3, 10, 14, 22, 7, tzinfo=UTC)
OPEN_B = datetime(2025, 9, 15, 17, 5, 41, tzinfo=UTC)
OPEN_C = datetime(2025, 5, 26, 23, 41, 12, tzinfo=UTC)
OPEN_D = datetime(2025, 11, 4, 2, 18, 55, tzinfo=UTC)
OPEN_E = datetime(2026, 1, 13, 1, 9, 30, tzinfo=UTC)
OPEN_G = datetime(2025, 8, 19, 4, 55, 3, tzinfo=UTC)
OPEN_I = datetime(2026, 2, 9, 11, 30, 18, tzinfo=UTC)
OPEN_NB = datetime(2026, 2, 24, 0, 48, 26, tzinfo=UTC)   # Nakamura billing case
CASE = {
    "A": case15(OPEN_A), "B": case15(OPEN_B), "C": case15(OPEN_C), "D": case15(OPEN_D),
    "E": case15(OPEN_E), "F": "13264759081", "G": case15(OPEN_G), "H": "7305561948",
    "I": case15(OPEN_I), "F2": "13264802217", "NB": case15(OPEN_NB), "SC": "5884881212",
}

# ============================================================== THE MAILS ==
# ---------------------------------------------------------------- Case A ---
# Emily Carter, Gmail, form desk, English. Agent "Priya" is chatty.
A = CASE["A"]
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A

# 1 case_created (form acknowledgement, mentions "completed" in passing)
t1 = """Hello,

Thank you for writing to AWS Training and Certification.

This note is simply to let you know that your message reached us. It now sits with
our Certification team under reference %s, and a member of the team will write
to you personally, in most cases within 24 hours. If you need to add anything, reply
to this e-mail and it will join the same thread - please don't send the form again,
as a second submission only moves you further back in the queue.

For your records, this is what you sent us:

  Inquiry type:        Certification
  Inquiry detail:      Account Merge
  AWS candidate ID:    AWS 31415926
  Other candidate ID:  aws-27182818
  Description:         I ended up with two certification accounts, one created with
                       my former employer's e-mail. I'd like everything in one place.

Requests of this type are usually completed within 3-5 business days once we have
verified that both accounts belong to you.

Kind regards,
AWS Training and Certification
""" % A
h1 = to_html(t1.replace("Kind regards,", "Helpful while you wait:\nhttps://aws.amazon.com/certification/policies/before-testing/\n\nKind regards,"))
d1 = OPEN_A + timedelta(seconds=41)
aws_mail(1, "form-received-reference", "emily",
         alt(text(t1, cte="qp"), html(h1, cte="qp")),
         "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A, d1,
         lab("case_created", A, True, "en"), [t1, h1], expect_ids=["AWS31415926", "AWS27182818"])

# 2 support_reply (asks which profile to keep + notification e-mail)
t2 = """Hi Emily!

Thanks so much for getting in touch, and I hope your week is off to a good start :)

I had a good dig through our records and you're right - there are two profiles with
your name on them: AWS31415926 (you sign in to that one with emily.carter.dev@gmail.com)
and aws-27182818, which is tied to an address at your previous company.

Before I can set anything in motion I need two small things from you:

1. Which of the two would you like to carry on using? Whichever you pick is where
   everything ends up living.
2. Could you confirm the notification e-mail on the other one? Ours shows
   e.carter@ (then a domain I'd rather not guess at), and I want to be sure it's you.

No rush at all - just reply to this e-mail and it lands right back with me.

Cheers,
Priya
Amazon Web Services
Training and Certification
"""
d2 = datetime(2025, 3, 11, 16, 3, 18, tzinfo=UTC)
aws_mail(2, "which-profile-stays", "emily", text(t2, cte="b64"), SUBJ_A, d2,
         lab("support_reply", A, True, "en"), [t2], expect_ids=["AWS31415926", "AWS27182818"])

# 3 merge_confirmation_requested (mentions "closes itself" in passing; quoted id only in history)
q3 = """On Tue, Mar 11, 2025 at 10:14 AM Emily Carter <emily.carter.dev@gmail.com> wrote:
> Hi Priya,
>
> Thanks! I'd like to keep AWS31415926, that's the one I use now. The notification
> address on the other one (AWS27182818) is ecarter@halvorsen-eng.example.
>
> Oh - I might also have a third one, AWS16180339, from a Pearson VUE exam back in
> 2019? Not 100%% sure.
>
> Emily
>
> On Tue, Mar 11, 2025 at 9:03 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Emily!
> >
> > Thanks so much for getting in touch, and I hope your week is off to a good start :)
> > [...]"""
n3 = """Hi again Emily,

Perfect, thank you for coming back to me so quickly! Here's what I've lined up:

  * Stays:  AWS31415926 (emily.carter.dev@gmail.com)
  * Goes:   AWS27182818 - everything on it (your Cloud Practitioner and the exam
            history from 2022) gets folded over into AWS31415926, and AWS27182818
            then stops existing.

About the third number you mentioned: I looked, and it belongs to somebody else
entirely, so I've left it out of this.

One honest heads-up: there is no rewind button here. Once our back-end team runs
this I can't pull the two apart again. So before I hand it over I'd love a quick
"yes, go ahead" from you - just hit reply.

P.S. Our system gets a little impatient: if a thread sits quiet for 7 days it
closes itself. If that happens, simply reply anyway and it wakes back up.

Cheers,
Priya
Amazon Web Services
Training and Certification
"""
t3 = n3 + "\n" + (q3 % ())
d3 = datetime(2025, 3, 12, 15, 30, 2, tzinfo=UTC)
aws_mail(3, "heres-what-ive-lined-up", "emily", text(t3, cte="qp"), SUBJ_A, d3,
         lab("merge_confirmation_requested", A, True, "en"), [n3], expect_ids=["AWS27182818", "AWS31415926"])

# 4 support_reply ("thank you for confirming, we proceed", mentions survey in passing)
n4 = """Brilliant - that's everything I needed from you, Emily!

I've passed it across to the folks who do the heavy lifting behind the scenes. The
next time you hear from me it should be with good news; that usually takes one to
three business days.

You may also get an automated survey e-mail from us at some point. Feel free to
ignore it until you've heard back from me - nothing is finished yet!

Cheers,
Priya
Amazon Web Services
Training and Certification
"""
q4 = """On Wed, Mar 12, 2025 at 11:02 AM Emily Carter <emily.carter.dev@gmail.com> wrote:
> Yes, go ahead. Thank you!!
>
> On Wed, Mar 12, 2025 at 8:30 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi again Emily,
> >
> > Perfect, thank you for coming back to me so quickly! Here's what I've lined up:
> >
> >   * Stays:  AWS31415926 (emily.carter.dev@gmail.com)
> >   * Goes:   AWS27182818 - everything on it (your Cloud Practitioner and the exam
> >             history from 2022) gets folded over into AWS31415926, and AWS27182818
> >             then stops existing.
> >
> > One honest heads-up: there is no rewind button here. [...]
> > So before I hand it over I'd love a quick "yes, go ahead" from you - just hit reply.
"""
t4 = n4 + "\n" + q4
d4 = datetime(2025, 3, 13, 9, 40, 55, tzinfo=UTC)
aws_mail(4, "passed-to-the-back-end", "emily", text(t4, cte="qp"), SUBJ_A, d4,
         lab("support_reply", A, True, "en"), [n4], expect_ids=[])

# 5 merge_completed (HTML only, chatty, rating footer)
n5 = """Hi Emily,

Happy Friday! If you sign in with emily.carter.dev@gmail.com right now, you'll find your
Cloud Practitioner, your Solutions Architect - Associate and every exam you've taken
sitting together under AWS31415926.

AWS27182818 isn't around any more: its login won't work, and there's nothing left on it.

A couple of things worth a peek over the next few days: the 50% voucher under
Benefits, and your Credly badges (Credly writes to you separately, usually within 48 hours).

If anything looks off, just reply here and I'll jump on it.

Cheers,
Priya
Amazon Web Services
Training and Certification"""
foot5 = ('\n<hr><p style="font-size:12px;color:#555">How did I do? Let us know by '
         '<a href="https://support.aws.amazon.com/#/contacts/survey?caseId=%s">rating this reply</a>.</p>' % A)
h5 = to_html(n5, foot=foot5)
d5 = datetime(2025, 3, 14, 20, 11, 9, tzinfo=UTC)
aws_mail(5, "happy-friday-all-in-one-place", "emily", html(h5, cte="qp"), SUBJ_A, d5,
         lab("merge_completed", A, True, "en"), [h5], expect_ids=["AWS27182818", "AWS31415926"])

# 6 survey (closure + rating, says nothing about the accounts)
t6 = """Hello Emily,

Your recent conversation with AWS Training and Certification (reference %s)
has come to an end on our side.

Did we get you what you needed?
  Yes: https://support.aws.amazon.com/feedback?ref=%s&r=1
  No:  https://support.aws.amazon.com/feedback?ref=%s&r=0

It takes about two minutes, and every answer is read by the people who coach our team.

Thank you,
AWS Training and Certification
""" % (A, A, A)
h6 = to_html("""Hello Emily,

Your recent conversation with AWS Training and Certification (reference %s) has come to an end on our side.

Did we get you what you needed?

One more thing: how would you rate the person who helped you, from 1 (not at all) to 5 (brilliantly)?

Thank you,
AWS Training and Certification""" % A)
d6 = datetime(2025, 3, 14, 20, 13, 44, tzinfo=UTC)
aws_mail(6, "did-we-get-you-what-you-needed", "emily", alt(text(t6, cte="7bit"), html(h6, cte="qp")),
         "[CASE %s] Two minutes of your time?" % A, d6,
         lab("survey", A, True, "en"), [t6, h6], expect_ids=[])

# 7 credly_badge_issued (badge moved after profiles were joined)
t7 = """Emily, something is waiting for you on Credly.

AWS Training and Certification has sent you:

    AWS Certified Solutions Architect - Associate

Because your AWS Certification profiles were brought together, this credential now
follows the e-mail address you use today. Claim it to add it to your Credly profile
and decide who gets to see it.

Claim your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Questions? https://support.credly.com

Credly, 1 Penn Plaza, New York, NY 10119
You are receiving this e-mail because an organization you are affiliated with uses Credly.
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
h7 = to_html(t7.replace("Claim your badge:", "[ Claim your badge ]"))
d7 = datetime(2025, 3, 16, 3, 20, 31, tzinfo=UTC)
credly_mail(7, "something-waiting-on-credly", "emily", alt(text(t7, cte="qp"), html(h7, cte="qp")),
            "Emily, your AWS Certified Solutions Architect - Associate is waiting for you", d7,
            lab("credly_badge_issued", None, True, "en"), [t7, h7], expect_ids=[])

# ---------------------------------------------------------------- Case B ---
# Rahul Menon, Outlook.com, console case, English. Agent "Tomasz" is terse.
B = CASE["B"]
SUBJ_B = "RE:[CASE %s] Two certification logins - want one" % B

# 8 case_created (console; mentions "resolved" / "rate" in passing)
t8 = """Hello,

Thanks for getting in touch with Amazon Web Services. Your request is now in our queue,
and the number below is how we will refer to it from here on.

Case ID: %s
Subject: Two certification logins - want one
Severity: General guidance
Correspondence: I passed CLF-C02 under AWS-55102938 (old work address) and SAA-C03 under
AWS60417721 (personal). I'd like all of it under the personal one.

An associate will pick this up and write to you, usually within 24 hours. Once the case is
resolved you'll be able to rate the correspondence you received.%s""" % (B, console_footer(B))
d8 = OPEN_B + timedelta(seconds=33)
aws_mail(8, "now-in-our-queue", "rahul", text(t8, cte="qp"),
         "Amazon Web Services: Support case %s is now in our queue" % B, d8,
         lab("case_created", B, True, "en"), [t8], frm=AWS_NOREPLY, expect_ids=["AWS55102938", "AWS60417721"])

# 9 support_reply (terse, asks for details)
t9 = """Hello Rahul,

Two things before I can act:

- sign-in e-mail for AWS-55102938
- sign-in e-mail for AWS60417721

Also: which ID stays.

Reply through the Support Center.

Regards,
Tomasz
Amazon Web Services%s%s""" % (RATE_EN, console_footer(B))
d9 = datetime(2025, 9, 16, 13, 12, 40, tzinfo=UTC)
aws_mail(9, "two-things-before-i-act", "rahul", text(t9, cte="7bit"), SUBJ_B, d9,
         lab("support_reply", B, True, "en"), [t9], frm=AWS_NOREPLY, expect_ids=["AWS55102938", "AWS60417721"])

# 10 merge_confirmation_requested (terse; "Completed exams" in passing)
t10 = """Hello Rahul,

Plan:

AWS55102938 -> into AWS60417721.
Completed exams + certs from both show under AWS60417721 afterwards.
AWS55102938 is then gone. No undo.

OK to go? Say yes on the case and I start.

Regards,
Tomasz
Amazon Web Services%s%s""" % (RATE_EN, console_footer(B))
d10 = datetime(2025, 9, 17, 10, 48, 12, tzinfo=UTC)
aws_mail(10, "plan-no-undo", "rahul", text(t10, cte="qp"), SUBJ_B, d10,
         lab("merge_confirmation_requested", B, True, "en"), [t10], frm=AWS_NOREPLY,
         expect_ids=["AWS55102938", "AWS60417721"])

# 11 merge_completed (terse)
t11 = """Hello Rahul,

AWS55102938 is gone. Everything it held now sits in AWS60417721.
Sign in with rahul.menon@outlook.com from here on.

Anything off: reply on this case.

Regards,
Tomasz
Amazon Web Services%s%s""" % (RATE_EN, console_footer(B))
d11 = datetime(2025, 9, 18, 22, 3, 51, tzinfo=UTC)
aws_mail(11, "everything-it-held", "rahul", text(t11, cte="b64"), SUBJ_B, d11,
         lab("merge_completed", B, True, "en"), [t11], frm=AWS_NOREPLY,
         expect_ids=["AWS55102938", "AWS60417721"])

# 12 survey (case goes read-only; rating)
t12 = """Hello,

We haven't heard from you for a while, so case %s no longer accepts new
correspondence. If something else comes up, please start a new case from the Support Center.

Did we sort out what you came to us for?
  Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&answer=yes
  No:  https://console.aws.amazon.com/support/feedback?displayId=%s&answer=no

You can also rate each reply you received by selecting the stars next to it.

Thank you for using Amazon Web Services.%s""" % (B, B, B, console_footer(B))
d12 = datetime(2025, 9, 25, 22, 10, 5, tzinfo=UTC)
aws_mail(12, "no-longer-accepts-correspondence", "rahul", text(t12, cte="qp"),
         "Amazon Web Services: Support case %s is now read-only" % B, d12,
         lab("survey", B, True, "en"), [t12], frm=AWS_NOREPLY, expect_ids=[])

# ---------------------------------------------------------------- Case C ---
# 佐藤 健一, nifty, form desk, Japanese. Agent 小林 writes very polite keigo.
C = CASE["C"]
SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C

# 13 case_created (ISO-2022-JP, encoded subject over several lines)
t13 = """佐藤 健一 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。

お送りいただいた内容は、認定担当の窓口に届いております。今後のやり取りでは、
以下の番号を使わせていただきます。

　お問い合わせ番号: %s

担当者より、原則として24時間以内にご連絡いたします。追加でお伝えになりたいことが
ございましたら、このメールにそのままご返信ください。同じご用件で新たにフォームを
送信されますと、かえってご回答が遅れる場合がございます。

■ご送信内容
　お問い合わせの種類: 認定
　詳細: アカウントの統合
　AWS 候補者 ID: AWS20481632
　その他の ID: AWS40961281
　内容: 勤務先のメールアドレスで作ったアカウントと、個人のアカウントが別々に
　　　　なっています。個人のほうにまとめたいです。

手続きが終わりましたら、担当者より改めてご案内いたします。

AWS トレーニングと認定
""" % C
d13 = OPEN_C + timedelta(seconds=52)
aws_mail(13, "uketsuke-bangou", "sato", text(t13, charset="iso-2022-jp"),
         hsubj("[CASE %s] AWS トレーニングと認定: お問い合わせ内容が担当窓口に届きました" % C, "iso-2022-jp"), d13,
         lab("case_created", C, True, "ja"), [t13], expect_ids=["AWS20481632", "AWS40961281"])

# 14 support_reply (asks which to keep + background; Shift_JIS base64)
t14 = """佐藤 健一 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定サポートの小林でございます。

お問い合わせいただきました件につきお調べいたしましたところ、佐藤様のお名前で
ご登録いただいているアカウントが、下記の二件確認できました。

・AWS 20481632（ご登録メールアドレス: kenichi-sato@nifty.com）
・aws-40961281（ご登録メールアドレス: 勤務先のドメイン）

つきましては、大変恐れ入りますが、以下の二点につきご教示いただけますでしょうか。

　一、今後ご利用を希望されるアカウントはどちらでございましょうか。
　二、二つのアカウントをお持ちになった経緯を、差し支えのない範囲で
　　　お聞かせいただけますと幸いでございます。

お手数をおかけいたしますが、本メールへのご返信にてお知らせいただけますよう、
お願い申し上げます。

何卒よろしくお願い申し上げます。

小林
Amazon Web Services
トレーニングと認定
"""
d14 = datetime(2025, 5, 27, 9, 15, 3, tzinfo=UTC)
aws_mail(14, "goriyou-kibou-no-account", "sato", text(t14, charset="shift_jis", cte="b64"), SUBJ_C, d14,
         lab("support_reply", C, True, "ja"), [t14], expect_ids=["AWS20481632", "AWS40961281"])

# 15 merge_confirmation_requested (keigo; "クローズ" in passing; a mistyped id only in the quote)
n15 = """佐藤 健一 様

ご返信いただき、誠にありがとうございます。小林でございます。

頂戴いたしました内容をもとに、以下のとおり手配させていただきたく存じます。

　ご利用を継続されるアカウント: AWS20481632
　記録をお移しするアカウント　: AWS40961281

AWS40961281 にてご取得の認定資格および受験履歴は、すべて AWS20481632 へお移しし、
AWS40961281 は以後ご利用いただけなくなります。なお、本手続きは一度実施いたしますと、
元の状態に戻すことができかねます。

上記の内容にお間違いがなく、このまま進めてよろしい場合は、その旨を本メールへの
ご返信にてお知らせくださいますよう、お願い申し上げます。ご返信を拝見いたしましてから、
作業に着手いたします。

また、ご申告いただいた番号のうち一件は、末尾の数字が入れ替わっていたようでございましたので、
こちらで正しい番号に読み替えさせていただきました。

恐れ入りますが、5営業日以内にご返信をいただけない場合、本件はいったんクローズとさせて
いただきますので、あらかじめご了承くださいませ。

小林
Amazon Web Services
トレーニングと認定
"""
q15 = """2025年5月28日(水) 8:02 佐藤 健一 <kenichi-sato@nifty.com>:
> 小林様
>
> ご連絡ありがとうございます。
> 今後は個人のアカウント（AWS20481632）を使いたいです。
> 会社のほう（AWS40961218）は転職前に作ったもので、もう使っていません。
>
> 佐藤
"""
t15 = n15 + "\n" + q15
d15 = datetime(2025, 5, 28, 4, 37, 26, tzinfo=UTC)
aws_mail(15, "tehai-no-naiyou", "sato", text(t15, charset="iso-2022-jp"), SUBJ_C, d15,
         lab("merge_confirmation_requested", C, True, "ja"), [n15], expect_ids=["AWS20481632", "AWS40961281"])

# 16 support_reply (thanks for the go-ahead, work requested; mentions 完了 / アンケート in passing)
n16 = """佐藤 健一 様

ご返信を賜り、誠にありがとうございます。小林でございます。

いただいたお返事をもちまして、担当部署へ作業を依頼いたしました。
作業が終わり次第、あらためて小林よりご連絡申し上げます。通常、1～3営業日ほど
頂戴しております。

なお、システムの都合上、作業完了前にアンケートのご案内メールが自動で届く場合が
ございますが、本件は引き続き対応中でございますので、どうぞご安心くださいませ。

今しばらくお待ちいただけますと幸いです。

小林
Amazon Web Services
トレーニングと認定
"""
q16 = """2025年5月28日(水) 21:40 佐藤 健一 <kenichi-sato@nifty.com>:
> 小林様
>
> はい、その内容で進めてください。よろしくお願いします。
>
> 2025年5月28日(水) 13:37 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 佐藤 健一 様
> >
> > 　ご利用を継続されるアカウント: AWS20481632
> > 　記録をお移しするアカウント　: AWS40961281
> > （以下略）
"""
t16 = n16 + "\n" + q16
d16 = datetime(2025, 5, 29, 1, 5, 48, tzinfo=UTC)
aws_mail(16, "tantou-busho-ni-irai", "sato", text(t16, cte="qp"), SUBJ_C, d16,
         lab("support_reply", C, True, "ja"), [n16], expect_ids=[])

# 17 merge_completed (keigo, no usual words; the earlier request quoted underneath)
n17 = """佐藤 健一 様

大変お待たせいたしました。小林でございます。

本日より、AWS20481632 にサインインいただきますと、これまで AWS40961281 でご取得になった
認定資格ならびに受験履歴を、あわせてご覧いただけるようになっております。
AWS40961281 につきましては、今後サインインいただくことはできませんので、
ご注意くださいませ。

Credly のデジタルバッジにつきましては、数日のうちに Credly より別途メールにて
ご案内が届く予定でございます。

ご不明な点がございましたら、本メールにご返信くださいませ。

小林
Amazon Web Services
トレーニングと認定
"""
q17 = """2025年5月28日(水) 13:37 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 佐藤 健一 様
>
> 頂戴いたしました内容をもとに、以下のとおり手配させていただきたく存じます。
>
> 　ご利用を継続されるアカウント: AWS20481632
> 　記録をお移しするアカウント　: AWS40961281
>
> 本手続きは一度実施いたしますと、元の状態に戻すことができかねます。
> 上記の内容にお間違いがなく、このまま進めてよろしい場合は、その旨を本メールへの
> ご返信にてお知らせくださいますよう、お願い申し上げます。
"""
t17 = n17 + "\n" + q17
d17 = datetime(2025, 5, 30, 7, 22, 10, tzinfo=UTC)
aws_mail(17, "awasete-goran-itadakemasu", "sato", text(t17, charset="iso-2022-jp"), SUBJ_C, d17,
         lab("merge_completed", C, True, "ja"), [n17], expect_ids=["AWS20481632", "AWS40961281"])

# 18 survey (utf-8 base64; no word about the accounts)
t18 = """佐藤 健一 様

AWS トレーニングと認定をご利用いただき、ありがとうございました。
お問い合わせ番号 %s のやり取りは、これをもちまして一区切りとさせていただきます。

担当者の対応はいかがでしたでしょうか。よろしければ、以下のページから
5段階でお聞かせください（1～2分ほどでお答えいただけます）。

https://support.aws.amazon.com/feedback?ref=%s&lang=ja

いただいたご意見は、今後の対応の品質向上に役立ててまいります。

AWS トレーニングと認定
""" % (C, C)
d18 = datetime(2025, 5, 30, 7, 24, 55, tzinfo=UTC)
aws_mail(18, "hitokoto-okikase-kudasai", "sato", text(t18, cte="b64"),
         hsubj("[CASE %s] このたびのやり取りについて、ひと言お聞かせください" % C, "utf-8", enc="b"), d18,
         lab("survey", C, True, "ja"), [t18], expect_ids=[])

RATE_JA = ("\n\nお客様のご意見をお聞かせください。サポートセンターでは、各返信の右上の星を選択して、"
           "この返信やほかの返信を評価いただけます。\n")

# ---------------------------------------------------------------- Case D ---
# 高橋 美咲, Gmail, console case in Japanese. Agent 森 writes plain, short Japanese.
D = CASE["D"]
SUBJ_D = "RE:[CASE %s] 認定アカウントが2つあるので1つにしたい" % D

# 19 case_created (console, Japanese, lower-case id in the echoed text)
t19 = """こんにちは。

Amazon Web Services にお問い合わせいただきありがとうございます。
ご連絡いただいた内容は、以下の番号で承りました。

ケース ID: %s
件名: 認定アカウントが2つあるので1つにしたい
重要度: 一般的な質問
内容: 前の会社で作ったアカウント（aws56473829）と、今使っている AWS01928374 があります。
今のほうに1つにしたいです。

担当者から24時間以内を目安にご連絡します。%s""" % (D, console_footer(D, "ja"))
d19 = OPEN_D + timedelta(seconds=47)
aws_mail(19, "bangou-de-uketamawarimashita", "takahashi", text(t19, cte="b64"),
         hsubj("Amazon Web Services: お問い合わせをケース %s として承りました" % D, "utf-8", enc="b", maxlen=60), d19,
         lab("case_created", D, True, "ja"), [t19], frm=AWS_NOREPLY, expect_ids=["AWS01928374", "AWS56473829"])

# 20 support_reply (plain; which one stays; alternative parts differ: html has a table)
t20 = """高橋様

お問い合わせありがとうございます。担当の森です。

調べたところ、高橋様の認定アカウントは次の2つでした。

- aws01928374（misaki.takahashi88@gmail.com）
- AWS-56473829（以前の会社のメールアドレス）

どちらを残しますか。残すほうを教えてもらえれば、次の案内を送ります。
サポートセンターのケース画面から返信してください。

森
Amazon Web Services%s%s""" % (RATE_JA, console_footer(D, "ja"))
h20 = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Meiryo',sans-serif\">\n"
       "<p>高橋様</p><p>お問い合わせありがとうございます。担当の森です。</p>\n"
       "<p>調べたところ、高橋様の認定アカウントは次の2つでした。</p>\n"
       "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
       "<tr><th>ID</th><th>メールアドレス</th><th>最後のサインイン</th></tr>\n"
       "<tr><td>aws01928374</td><td>misaki.takahashi88@gmail.com</td><td>2025年10月</td></tr>\n"
       "<tr><td>AWS-56473829</td><td>（以前の会社のメールアドレス）</td><td>2022年3月</td></tr></table>\n"
       "<p>どちらを残しますか。残すほうを教えてもらえれば、次の案内を送ります。<br>"
       "サポートセンターのケース画面から返信してください。</p>\n<p>森<br>Amazon Web Services</p>\n"
       "<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja\">ケースを表示</a></p>\n"
       "</body></html>\n" % D)
d20 = datetime(2025, 11, 5, 1, 50, 31, tzinfo=UTC)
aws_mail(20, "dochira-wo-nokoshimasu-ka", "takahashi", alt(text(t20, cte="qp"), html(h20, cte="b64")), SUBJ_D, d20,
         lab("support_reply", D, True, "ja"), [t20, h20], frm=AWS_NOREPLY, expect_ids=["AWS01928374", "AWS56473829"])

# 21 merge_confirmation_requested (plain; "完了" about the future)
t21 = """高橋様

返信ありがとうございます。森です。

次の内容で進めます。

- 残すアカウント: AWS01928374
- 移すアカウント: AWS56473829

AWS56473829 にある認定と受験記録を AWS01928374 に移して、AWS56473829 は使えなくなります。
一度やると元には戻せません。

この内容でよければ、サポートセンターからこのケースに「お願いします」と返信してください。
返信をもらってから、通常1～2営業日で完了します。

森
Amazon Web Services%s%s""" % (RATE_JA, console_footer(D, "ja"))
d21 = datetime(2025, 11, 6, 3, 2, 17, tzinfo=UTC)
aws_mail(21, "tsugi-no-naiyou-de-susumemasu", "takahashi", text(t21, cte="b64"), SUBJ_D, d21,
         lab("merge_confirmation_requested", D, True, "ja"), [t21], frm=AWS_NOREPLY,
         expect_ids=["AWS01928374", "AWS56473829"])

# 22 merge_completed (plain; rating footer)
t22 = """高橋様

森です。

AWS01928374 でサインインすると、前に AWS56473829 にあった認定が全部見えるようになっています。
AWS56473829 のほうは、もうサインインできません。

Credly のバッジについては、数日以内に Credly からメールが届きます。

ほかに気になる点があれば、このケースに返信してください。

森
Amazon Web Services%s%s""" % (RATE_JA, console_footer(D, "ja"))
d22 = datetime(2025, 11, 7, 8, 41, 3, tzinfo=UTC)
aws_mail(22, "zenbu-mieru-you-ni", "takahashi", text(t22, cte="qp"), SUBJ_D, d22,
         lab("merge_completed", D, True, "ja"), [t22], frm=AWS_NOREPLY, expect_ids=["AWS01928374", "AWS56473829"])

# 23 credly_badge_issued (Japanese Credly mail)
t23 = """高橋 美咲 さん

Amazon Web Services Training and Certification から、あなた宛てにデジタルバッジが届いています。

　AWS Certified Cloud Practitioner

AWS 認定アカウントの整理にともない、このバッジは現在お使いのメールアドレス宛てに送られています。
受け取ると Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

ご不明な点は https://support.credly.com までお問い合わせください。

Credly, 1 Penn Plaza, New York, NY 10119
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
h23 = to_html(t23.replace("バッジを受け取る:", "［ バッジを受け取る ］"), lang="ja")
d23 = datetime(2025, 11, 9, 2, 14, 50, tzinfo=UTC)
credly_mail(23, "badge-ga-todoite-imasu", "takahashi", alt(text(t23, cte="b64"), html(h23, cte="b64")),
            hsubj("高橋 美咲さん、Amazon Web Services Training and Certification から届いたバッジがあります", "utf-8", enc="b"), d23,
            lab("credly_badge_issued", None, True, "ja"), [t23, h23], expect_ids=[])

# ---------------------------------------------------------------- Case E ---
# 中村 大輔, corporate Microsoft 365 (kitasoft.co.jp), form desk, Japanese. Agent 田中 apologises a lot.
E = CASE["E"]
SUBJ_E = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E

# 50 merge_confirmation_requested (apologetic; three accounts)
t50 = """中村 大輔 様

AWS トレーニングと認定サポートの田中でございます。
ご連絡が遅くなりましたこと、心よりお詫び申し上げます。

お調べいたしましたところ、中村様のお名前で以下の三つのアカウントがございました。
重ねてのお手数をおかけし大変恐縮ではございますが、下記の内容でお手続きを進めて
よろしいか、ご返信にてお知らせいただけますでしょうか。

　今後もご利用いただくアカウント: AWS77031245
　内容を移すアカウント　　　　　: AWS77031246、AWS77031247

AWS77031246 および AWS77031247 の認定資格・受験履歴は AWS77031245 へ移り、
この二つのアカウントにはサインインできなくなります。
誠に申し訳ございませんが、実施後に元へ戻すことはできません。

ご不便をおかけいたしますこと、重ねてお詫び申し上げます。

田中
Amazon Web Services
トレーニングと認定
"""
d50 = datetime(2026, 1, 15, 6, 12, 44, tzinfo=UTC)
aws_mail(50, "osusume-shite-yoroshii-ka", "nakamura", text(t50, cte="b64"), SUBJ_E, d50,
         lab("merge_confirmation_requested", E, True, "ja"), [t50],
         expect_ids=["AWS77031245", "AWS77031246", "AWS77031247"])

# 24 support_reply (apologetic; still working; says a survey mail was sent by mistake)
t24 = """中村 大輔 様

田中でございます。ご返信が遅くなり、大変申し訳ございません。

先日ご了承をいただきました件につきまして、現在、担当チームにて作業を進めております。
想定よりもお時間を頂戴しており、誠に申し訳ございません。

また、昨日「アンケートへのご協力のお願い」というメールがお手元に届いたかと存じますが、
こちらはシステムの不具合により誤って送信されたものでございます。本件はまだ対応中で
ございますので、恐れ入りますが、破棄していただけますと幸いです。

AWS77031246、AWS77031247 の記録の移動が済みましたら、改めてご連絡いたします。

ご迷惑をおかけし、重ねてお詫び申し上げます。

田中
Amazon Web Services
トレーニングと認定
"""
d24 = datetime(2026, 1, 19, 2, 30, 9, tzinfo=UTC)
aws_mail(24, "ankeeto-wa-goso-shin", "nakamura", text(t24, charset="iso-2022-jp"),
         hsubj(SUBJ_E, "iso-2022-jp"), d24,
         lab("support_reply", E, True, "ja"), [t24], expect_ids=["AWS77031246", "AWS77031247"])

# 25 merge_completed (apologetic; closes the case too; Shift_JIS 8bit)
t25 = """中村 大輔 様

田中でございます。大変長らくお待たせいたしまして、誠に申し訳ございませんでした。

本日より、AWS77031245 にサインインいただきますと、これまでの認定資格と受験履歴を
すべてご覧いただけます。AWS77031246 と AWS77031247 は、今後ご利用いただけない状態と
なっております。

お時間を要しましたことを、重ねてお詫び申し上げます。
本件はこちらをもちましてクローズとさせていただきます。後ほどお送りするアンケートに
ご協力いただけますと幸いです。

田中
Amazon Web Services
トレーニングと認定
"""
d25 = datetime(2026, 1, 20, 5, 5, 37, tzinfo=UTC)
aws_mail(25, "nagaraku-omatase", "nakamura", text(t25, charset="shift_jis", cte="8bit"), SUBJ_E, d25,
         lab("merge_completed", E, True, "ja"), [t25], expect_ids=["AWS77031245", "AWS77031246", "AWS77031247"])

# 26 unrelated (the user forwards the completion to a colleague; Outlook Japanese header block)
n26 = """鈴木さん

お疲れさまです。中村です。
先日ご相談した AWS 認定アカウントの件、AWS77031246・AWS77031247 の分が AWS77031245 に
まとまったと連絡がありました。資格手当の申請には AWS77031245 の番号を使います。

以下、サポートからのメールです。

中村
"""
f26 = """________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年1月20日 14:05
宛先: 中村 大輔 <d-nakamura@kitasoft.co.jp>
件名: %s

%s""" % (SUBJ_E, t25)
t26 = n26 + "\n" + f26
d26 = datetime(2026, 1, 20, 6, 48, 12, tzinfo=UTC)
tr26 = o365_internal_trace("y-suzuki@kitasoft.co.jp", "d-nakamura@kitasoft.co.jp", d26 + timedelta(seconds=2), "kitasoft.co.jp")
h26 = msg_hdrs(uaddr("nakamura"), addr("鈴木 洋平", "y-suzuki@kitasoft.co.jp"), "FW: " + SUBJ_E, d26,
               outlook_msgid("TYCPR01MB8841.jpnprd01.prod.outlook.com"),
               extra=[("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E),
                      ("Thread-Index", "AQHc" + rb64(18)), ("Accept-Language", "ja-JP, en-US"),
                      ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
emit(26, "fw-shikaku-teate-no-ken", text(t26, cte="b64"), h26, tr26,
     lab("unrelated", E, False, "ja"), [n26], tail=outlook_tail(d26, "Originating"),
     expect_ids=["AWS77031245", "AWS77031246", "AWS77031247"])

# ---------------------------------------------------------------- Case F ---
# Marco Bianchi, Outlook.com, form desk (11-digit id), English. Agent Jonathan writes formally.
F = CASE["F"]
SUBJ_F = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F

# 27 support_reply (formal request for details)
t27 = """Dear Mr Bianchi,

Thank you for contacting AWS Training and Certification.

Further to your enquiry regarding the certification accounts AWS 83920174 and
AWS 83920175, we require the following information before we are able to take any action:

  1. the e-mail address used to sign in to each of the two accounts;
  2. the notification e-mail address recorded against each account, if different;
  3. your preference as to which of the two accounts should be retained.

We should be grateful if you would provide these details by replying to this message.

Yours sincerely,

Jonathan Whitfield
Amazon Web Services
Training and Certification
"""
d27 = datetime(2025, 7, 7, 10, 15, 22, tzinfo=UTC)
aws_mail(27, "we-require-the-following", "marco", text(t27, cte="qp"), SUBJ_F, d27,
         lab("support_reply", F, True, "en"), [t27], expect_ids=["AWS83920174", "AWS83920175"])

# 28 merge_confirmation_requested (formal; utf-8 bytes labelled iso-8859-1; Outlook header block below)
n28 = """Dear Mr Bianchi,

Thank you for the information provided.

On the basis of your reply, we intend to proceed as follows:

   Account to be retained – AWS83920175 (marco.bianchi@outlook.com)
   Account to be absorbed – AWS83920174 (m.bianchi@studio-bianchi.example)

Upon execution, all certifications, exam history and associated benefits recorded under
AWS83920174 will be transferred to AWS83920175, and AWS83920174 will be permanently
deactivated. We must stress that this action cannot be reversed.

We would therefore ask you to indicate your agreement by replying to this message.
No action will be taken until we have received your written consent.

We note that one of the candidate IDs quoted in your message below contains a
transposition; we have used the ID shown on our records.

Yours sincerely,

Jonathan Whitfield
Amazon Web Services
Training and Certification
"""
q28 = """________________________________
From: Marco Bianchi <marco.bianchi@outlook.com>
Sent: Tuesday, July 8, 2025 9:41 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: %s

Hello Jonathan,

1. AWS83920175 -> marco.bianchi@outlook.com ; AWS83920714 -> m.bianchi@studio-bianchi.example
2. same as above
3. keep the outlook one please, it’s the one I use for everything now.

Thanks,
Marco
""" % SUBJ_F
t28 = n28 + "\n" + q28
d28 = datetime(2025, 7, 8, 14, 20, 7, tzinfo=UTC)
aws_mail(28, "we-intend-to-proceed", "marco", text(t28, cte="8bit", label="iso-8859-1"), SUBJ_F, d28,
         lab("merge_confirmation_requested", F, True, "en"), [n28], expect_ids=["AWS83920174", "AWS83920175"])

# 29 merge_completed (formal; also closes the case and mentions a questionnaire)
t29 = """Dear Mr Bianchi,

We write further to your reply of 9 July.

We are pleased to inform you that the certifications, exam history and benefits previously
held under AWS83920174 are now recorded under AWS83920175. AWS83920174 has been
deactivated and can no longer be used to sign in.

Please allow up to 48 hours for any Credly badges to be re-sent to marco.bianchi@outlook.com.

As no further action is required on our part, this case will now be closed. You may receive
a short questionnaire regarding our handling of your enquiry; we would be grateful for your
comments.

Yours sincerely,

Jonathan Whitfield
Amazon Web Services
Training and Certification
"""
d29 = datetime(2025, 7, 10, 16, 44, 30, tzinfo=UTC)
aws_mail(29, "we-are-pleased-to-inform", "marco", text(t29, cte="b64"), SUBJ_F, d29,
         lab("merge_completed", F, True, "en"), [t29], expect_ids=["AWS83920174", "AWS83920175"])

# 60 survey (HTML only; "complete" refers to the questionnaire)
h60 = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>AWS</title></head>
<body style="margin:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#232f3e;color:#ffffff;font-size:18px">Amazon Web Services</td></tr>
<tr><td style="font-size:14px;color:#16191f">
<p>Dear Marco Bianchi,</p>
<p>Our work on case <b>%s</b> has come to an end. Before you go, did our replies sort out what you contacted us about?</p>
<p><a href="https://support.aws.amazon.com/feedback?ref=%s&amp;a=y" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">Yes</a>
&nbsp;&nbsp;<a href="https://support.aws.amazon.com/feedback?ref=%s&amp;a=n" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none">No</a></p>
<p>The questionnaire takes less than a minute to complete, and it goes straight to the team lead of the associate who helped you.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table>
</body></html>
""" % (F, F, F)
d60 = datetime(2025, 7, 10, 16, 46, 2, tzinfo=UTC)
aws_mail(60, "before-you-go", "marco", html(h60, cte="qp"),
         "A quick word about case %s" % F, d60,
         lab("survey", F, True, "en"), [h60], expect_ids=[])

# 30 unrelated (another AWS console case: EC2 quota; "completed")
F2 = CASE["F2"]
t30 = """Hello,

We have completed the processing of your limit increase request.

Your new limit for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in
Europe (Milan) is 64 vCPUs. It can sometimes take up to 30 minutes for this to become
available in your account.

Best regards,
Amazon Web Services%s%s""" % (RATE_EN, console_footer(F2))
d30 = datetime(2025, 7, 22, 8, 9, 55, tzinfo=UTC)
aws_mail(30, "ec2-limit-increase", "marco", text(t30, cte="qp"),
         "RE:[CASE %s] Limit Increase: EC2 Instances" % F2, d30,
         lab("unrelated", F2, True, "en"), [t30], frm=AWS_NOREPLY, expect_ids=[])

# ---------------------------------------------------------------- Case G ---
# 山田 直子, BIGLOBE, form desk, Japanese. Agent 伊藤, very polite. The user never answers.
G = CASE["G"]
SUBJ_G = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G

# 31 case_created (ISO-2022-JP; very polite)
t31 = """山田 直子 様

このたびは、AWS トレーニングと認定へお問い合わせをいただき、誠にありがとうございます。

お寄せいただきました内容は、確かに担当窓口へ届いております。以後ご連絡をいただく際には、
下記のお問い合わせ番号をお書き添えくださいますよう、お願い申し上げます。

　お問い合わせ番号：%s

内容を拝見のうえ、担当者より通常24時間以内にご連絡を差し上げます。
今しばらくお待ちくださいますよう、お願い申し上げます。

―――― ご入力内容 ――――
お名前　　　　　　　　　：山田 直子
AWS 候補者 ID　　　　　 ：aws 66012345
統合をご希望のアカウント：AWS66012399
ご用件　　　　　　　　　：旧姓で登録したアカウントがあり、現在のものにまとめたいです。
――――――――――――――

※本メールにご返信いただくことで、追加の情報をお送りいただけます。

AWS トレーニングと認定
""" % G
d31 = OPEN_G + timedelta(seconds=61)
aws_mail(31, "tantou-madoguchi-e-todoite-orimasu", "yamada", text(t31, charset="iso-2022-jp"),
         hsubj("[CASE %s] お問い合わせを承りました（AWS トレーニングと認定）" % G, "iso-2022-jp"), d31,
         lab("case_created", G, True, "ja"), [t31], expect_ids=["AWS66012345", "AWS66012399"])

# 33 merge_confirmation_requested (HTML only; very polite; no usual words)
n33 = """山田 直子 様

AWS トレーニングと認定の伊藤と申します。お問い合わせいただき、誠にありがとうございます。

ご依頼の内容を拝見し、お手続きの準備を整えましたので、実施に先立ちまして、
内容に相違がないかお目通しいただきたく、ご連絡申し上げました。

ご利用を続けていただくアカウント：AWS66012345（現在のお名前・メールアドレス）
記録をお移しするアカウント：AWS66012399（旧姓でのご登録）

AWS66012399 でご取得の認定資格、受験履歴、特典は、すべて AWS66012345 へお移しいたします。
お移しした後、AWS66012399 はご利用いただけなくなり、恐れ入りますが、元に戻すことはいたしかねます。

上記にて差し支えございませんでしたら、本メールへのご返信にて、その旨をお知らせいただけますでしょうか。
ご返信を頂戴いたしましたのち、速やかに作業に取りかからせていただきます。

何卒よろしくお願い申し上げます。

伊藤
Amazon Web Services
トレーニングと認定"""
h33 = to_html(n33, lang="ja")
d33 = datetime(2025, 8, 20, 6, 30, 14, tzinfo=UTC)
aws_mail(33, "jisshi-ni-sakidachimashite", "yamada", html(h33, cte="qp"), SUBJ_G, d33,
         lab("merge_confirmation_requested", G, True, "ja"), [h33], expect_ids=["AWS66012345", "AWS66012399"])

# 32 support_reply (follow-up, mentions クローズ; earlier mail appended WITHOUT quote marks;
#    declared Shift_JIS but bytes are CP932, circled digits break strict decoders)
n32 = """山田 直子 様

いつもお世話になっております。AWS トレーニングと認定の伊藤でございます。

先日お送りいたしましたご案内につきまして、その後いかがでございましょうか。
お忙しいところ大変恐縮ではございますが、お手すきの際にご返信を頂戴できましたら幸いでございます。

なお、
①ご返信がない状態が続いた場合、本件は7日後に自動的にクローズされます。
②クローズ後でも、本メールにご返信いただければ、そのまま再開いたします。

伊藤
Amazon Web Services
トレーニングと認定
"""
q32 = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 2025年8月20日 15:30
To: 山田 直子 <naoko-yamada@biglobe.ne.jp>
Subject: %s

山田 直子 様

ご依頼の内容を拝見し、お手続きの準備を整えましたので、実施に先立ちまして、
内容に相違がないかお目通しいただきたく、ご連絡申し上げました。

ご利用を続けていただくアカウント：AWS66012345（現在のお名前・メールアドレス）
記録をお移しするアカウント：AWS66012399（旧姓でのご登録）

お移しした後、AWS66012399 はご利用いただけなくなり、恐れ入りますが、元に戻すことはいたしかねます。
上記にて差し支えございませんでしたら、本メールへのご返信にて、その旨をお知らせいただけますでしょうか。
""" % SUBJ_G
t32 = n32 + "\n" + q32
d32 = datetime(2025, 8, 27, 2, 15, 40, tzinfo=UTC)
aws_mail(32, "sonogo-ikaga-deshou", "yamada", text(t32, charset="cp932", cte="8bit", label="Shift_JIS"), SUBJ_G, d32,
         lab("support_reply", G, True, "ja"), [n32], expect_ids=[])

# 34 survey (closed for lack of reply; nothing was done)
t34 = """山田 直子 様

お問い合わせ番号 %s につきまして、一定期間ご連絡を頂戴できませんでしたため、
対応をいったん終了させていただきました。

引き続きお手伝いが必要な場合は、本メールにご返信いただくか、あらためてお問い合わせください。

よろしければ、今回の対応について、以下のページから評価をお寄せください。
https://support.aws.amazon.com/feedback?ref=%s&lang=ja

AWS トレーニングと認定
""" % (G, G)
d34 = datetime(2025, 9, 3, 2, 20, 11, tzinfo=UTC)
aws_mail(34, "taiou-wo-ittan-shuuryou", "yamada", text(t34, cte="b64"),
         hsubj("[CASE %s] お問い合わせ対応についてのご意見をお寄せください" % G, "utf-8", enc="q"), d34,
         lab("survey", G, True, "ja"), [t34], expect_ids=[])

# ---------------------------------------------------------------- Case H ---
# Olivia Nguyen, Gmail, form desk (10-digit id), English. Agent Daniel apologises a lot.
H = CASE["H"]
OPEN_H = datetime(2025, 12, 1, 18, 2, 40, tzinfo=UTC)
SUBJ_H = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H

# 54 case_created (HTML only; mentions closing a duplicate in passing)
n54 = """Hi there,

Got it - thanks for writing to AWS Training and Certification.

Your request now has a number: %s. Keep it handy; a member of our team will pick it up
and write back to you, normally within one business day.

Already sent us the same request through another channel? Please reply to this e-mail and
tell us, so we can close the duplicate and keep everything in one thread.

What you told us:
Candidate ID: AWS90817263
Other ID(s): aws 90817264
Message: Two profiles, one from university. Want to keep the gmail one.

AWS Training and Certification""" % H
h54 = to_html(n54, foot='\n<p style="font-size:11px;color:#777">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>')
d54 = OPEN_H + timedelta(seconds=49)
aws_mail(54, "your-request-now-has-a-number", "olivia", html(h54, cte="b64"),
         "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H, d54,
         lab("case_created", H, True, "en"), [h54], expect_ids=["AWS90817263", "AWS90817264"])

# 49 merge_confirmation_requested (apologetic)
t49 = """Hi Olivia,

First, I'm really sorry it took us two days to get to your request - we've had an unusually
long queue this week, and that's on us, not you.

I've looked at both profiles, and this is what I'd like to do, with your blessing:

  - AWS90817263 (olivia.nguyen.cloud@gmail.com) is the one you'll keep using.
  - aws 90817264 (your university address) would hand over everything it holds - your
    Developer - Associate and the exam history - to AWS90817263, and would then
    disappear for good.

I'm sorry to add a step, but because this can't be taken back afterwards, I need you to
tell me it's alright before I go ahead. A short reply to this e-mail is enough.

Apologies again for the wait.

Daniel
Amazon Web Services
Training and Certification
"""
d49 = datetime(2025, 12, 3, 19, 27, 3, tzinfo=UTC)
aws_mail(49, "with-your-blessing", "olivia", text(t49, cte="qp"), SUBJ_H, d49,
         lab("merge_confirmation_requested", H, True, "en"), [t49], expect_ids=["AWS90817263", "AWS90817264"])

# 35 support_reply (apologetic; conditional "once they've finished")
n35 = """Hi Olivia,

I'm so sorry - I said you'd have an update by Friday and I didn't send one. Your request
hasn't been forgotten: it's sitting with our back-end team, who had a backlog last week.

Once they've finished moving your records over to AWS90817263, I'll write to you straight
away, and Credly will send its own e-mail shortly after. I'm sorry I can't give you an
exact day yet.

Apologies again,
Daniel
Amazon Web Services
Training and Certification
"""
q35 = """On Mon, Dec 8, 2025 at 8:12 AM Olivia Nguyen <olivia.nguyen.cloud@gmail.com> wrote:
> Hi Daniel,
>
> Any news? I have an interview on the 15th and would love to be able to show the badge.
>
> Olivia
>
> On Wed, Dec 3, 2025 at 11:27 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Olivia,
> >
> > First, I'm really sorry it took us two days to get to your request [...]
> >   - AWS90817263 (olivia.nguyen.cloud@gmail.com) is the one you'll keep using.
> >   - aws 90817264 (your university address) would hand over everything it holds
"""
t35 = n35 + "\n" + q35
d35 = datetime(2025, 12, 8, 17, 55, 20, tzinfo=UTC)
aws_mail(35, "sitting-with-our-back-end-team", "olivia", text(t35, cte="b64"), SUBJ_H, d35,
         lab("support_reply", H, True, "en"), [n35], expect_ids=["AWS90817263"])

# 36 merge_completed (apologetic; long quoted thread in text part, html part has only the new text)
n36 = """Hi Olivia,

Thank you so much for your patience, and I'm sorry it dragged on this long.

When you sign in with olivia.nguyen.cloud@gmail.com you should now see your Cloud Practitioner
and your Developer - Associate side by side on AWS90817263, along with every exam you've sat.
AWS90817264 has been switched off, so please don't try your university login any more.

Your 50% discount benefit came across too. The Credly e-mail can take a day or two - sorry
in advance if it's slow.

Good luck with the interview on the 15th!

Daniel
Amazon Web Services
Training and Certification
"""
q36 = """On Tue, Dec 9, 2025 at 6:03 PM Olivia Nguyen <olivia.nguyen.cloud@gmail.com> wrote:
> Thanks Daniel, no worries. Fingers crossed!
>
> On Mon, Dec 8, 2025 at 9:55 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Olivia,
> >
> > I'm so sorry - I said you'd have an update by Friday and I didn't send one. Your request
> > hasn't been forgotten: it's sitting with our back-end team, who had a backlog last week.
> >
> > Once they've finished moving your records over to AWS90817263, I'll write to you straight
> > away, and Credly will send its own e-mail shortly after.
> >
> > On Mon, Dec 8, 2025 at 8:12 AM Olivia Nguyen <olivia.nguyen.cloud@gmail.com> wrote:
> > > Hi Daniel,
> > >
> > > Any news? I have an interview on the 15th and would love to be able to show the badge.
> > >
> > > On Thu, Dec 4, 2025 at 7:40 AM Olivia Nguyen <olivia.nguyen.cloud@gmail.com> wrote:
> > > > Yes, that's right, please go ahead.
> > > >
> > > > On Wed, Dec 3, 2025 at 11:27 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > > > > Hi Olivia,
> > > > >
> > > > > I've looked at both profiles, and this is what I'd like to do, with your blessing:
> > > > >
> > > > >   - AWS90817263 (olivia.nguyen.cloud@gmail.com) is the one you'll keep using.
> > > > >   - aws 90817264 (your university address) would hand over everything it holds
> > > > >     to AWS90817263, and would then disappear for good.
> > > > >
> > > > > I'm sorry to add a step, but because this can't be taken back afterwards, I need
> > > > > you to tell me it's alright before I go ahead. A short reply to this e-mail is enough.
"""
t36 = n36 + "\n" + q36
h36 = to_html(n36, foot='\n<p><a href="https://support.aws.amazon.com/#/contacts/case?ref=%s">View this request</a></p>' % H)
d36 = datetime(2025, 12, 10, 21, 38, 44, tzinfo=UTC)
aws_mail(36, "side-by-side", "olivia", alt(text(t36, cte="qp"), html(h36, cte="qp")), SUBJ_H, d36,
         lab("merge_completed", H, True, "en"), [n36, h36], expect_ids=["AWS90817263", "AWS90817264"])

# 58 survey ("account-merge request" named, nothing said about its outcome)
t58 = """Hello Olivia,

We've wrapped up our side of reference %s.

Your feedback on how this account-merge request was handled helps us decide what to
train, fix and keep. Would you give us one minute?

  How satisfied were you with the help you received? (1 = not at all, 5 = very)
  https://support.aws.amazon.com/feedback?ref=%s

Thank you for being part of AWS Training and Certification.
""" % (H, H)
d58 = datetime(2025, 12, 10, 21, 40, 2, tzinfo=UTC)
aws_mail(58, "one-minute-of-feedback", "olivia", text(t58, cte="7bit"),
         "How did we handle your request? (%s)" % H, d58,
         lab("survey", H, True, "en"), [t58], expect_ids=[])

# 37 credly_badge_issued (roundabout; mentions expiry and profile consolidation in passing)
t37 = """Olivia, a new credential from AWS Training and Certification is ready for you.

    AWS Certified Developer - Associate
    Valid until December 2028

Your AWS Certification profiles were recently consolidated, so this credential now follows
olivia.nguyen.cloud@gmail.com. Add it to your Credly profile, then share it on LinkedIn or
embed it in your e-mail signature.

Add to my profile: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Credly, 1 Penn Plaza, New York, NY 10119
Manage e-mail preferences: https://www.credly.com/earner/settings/notifications
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
h37 = to_html(t37, foot='\n<img src="https://images.credly.com/images/%s/image.png" width="120" alt="badge">' % rhex(32))
d37 = datetime(2025, 12, 12, 6, 3, 19, tzinfo=UTC)
credly_mail(37, "credential-ready-for-you", "olivia", alt(text(t37, cte="qp"), html(h37, cte="qp")),
            "A new credential from AWS Training and Certification is ready for you", d37,
            lab("credly_badge_issued", None, True, "en"), [t37, h37], expect_ids=[])

# 38 unrelated (Credly expiry reminder; mentions "issued")
t38 = """Hi Olivia,

Heads up: your AWS Certified Cloud Practitioner badge, issued on February 10, 2023,
lapses on February 10, 2026.

To keep it active, recertify through AWS Training and Certification before that date.
Once it lapses, the badge will show as expired on your public profile.

View badge: https://www.credly.com/badges/%s-%s-%s-%s-%s

Credly, 1 Penn Plaza, New York, NY 10119
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
d38 = datetime(2026, 1, 5, 15, 0, 4, tzinfo=UTC)
credly_mail(38, "badge-lapses-soon", "olivia", alt(text(t38, cte="qp"), html(to_html(t38), cte="qp")),
            "Your AWS Certified Cloud Practitioner badge lapses in 36 days", d38,
            lab("unrelated", None, True, "en"), [t38], frm_name="Credly", expect_ids=[])

# 39 unrelated (Credly's own account-merge code)
t39 = """Hi Olivia,

Someone (hopefully you) asked to combine the Credly account o.nguyen@student.uni-example.edu
with this one.

Your verification code is: 482913

Enter the code on the page where you started, then select "Complete Account Merge".
The code expires in 30 minutes. If you didn't ask for this, you can ignore this e-mail and
nothing will change.

The Credly Team
"""
d39 = datetime(2025, 12, 14, 2, 44, 51, tzinfo=UTC)
credly_mail(39, "credly-verification-code", "olivia", text(t39, cte="7bit"),
            "Your Credly verification code", d39,
            lab("unrelated", None, True, "en"), [t39], frm_name="Credly", expect_ids=[])

# ---------------------------------------------------------------- Case I ---
# 渡辺 健二, Gmail, form desk, Japanese. Agent 山口, polite.
I = CASE["I"]
SUBJ_I = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I

# 40 case_created (plain; mentions 完了 about the usual duration)
t40 = """渡辺 健二 様

AWS トレーニングと認定です。
フォームからのご連絡、たしかに受け取りました。

　受付番号: %s
　ご用件: 認定アカウントについて
　候補者 ID: AWS48151623 / AWS48151624

担当者が内容を確認し、24時間以内を目安にメールでご連絡します。
このメールに返信すると、同じ受付番号のやり取りとして担当者に届きます。

参考: アカウントをまとめる手続きが完了するまでには、ご本人確認のあと、
通常3～5営業日ほどかかります。

AWS トレーニングと認定
""" % I
d40 = OPEN_I + timedelta(seconds=38)
aws_mail(40, "form-tashika-ni-uketorimashita", "watanabe", text(t40, cte="qp"),
         hsubj("[CASE %s] [AWS Training and Certification Form Submission] フォームを受け取りました" % I, "utf-8", enc="q"), d40,
         lab("case_created", I, True, "ja"), [t40], expect_ids=["AWS48151623", "AWS48151624"])

# 41 merge_confirmation_requested -- PHISHING from a look-alike domain (its own DMARC passes)
fake_case41 = "%d%05d" % (int(datetime(2026, 2, 10, 0, 12, 5, tzinfo=UTC).timestamp()), 30117)
t41 = """渡辺 健二 様

AWS 認定サポートセンターです。（ケース番号: %s）

お客様の認定アカウント AWS-10293847 と、同じお名前で登録されている別のアカウントを
一つにする準備が整いました。

この処理は取り消しができないため、実行前にご本人様の同意が必要です。
以下のページからサインインし、48時間以内に「同意する」を押してください。
期限を過ぎた場合、保有されている認定資格が失効する場合があります。

https://aws-certification-jp.com/consent?c=%s&u=kenji.watanabe.w

AWS 認定サポートセンター
""" % (fake_case41, fake_case41)
d41 = datetime(2026, 2, 10, 8, 15, 33, tzinfo=UTC)
hop41 = Hop("mail.aws-certification-jp.com", "45.131.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250)),
            "bounce@mail.aws-certification-jp.com", dkim=[("aws-certification-jp.com", "pass")], dmarc="pass",
            from_domain="aws-certification-jp.com", p="NONE", selector="default")
tr41 = gmail_trace(U["watanabe"][1], hop41, d41.astimezone(PST) + timedelta(seconds=3))
mid41 = "<%s.%s@mail.aws-certification-jp.com>" % (d41.strftime("%Y%m%d%H%M%S"), ralnum(10, "0123456789ABCDEF"))
h41 = [("DKIM-Signature", dkim_sig("aws-certification-jp.com", "default", d41))] + \
      msg_hdrs(addr("AWS 認定サポート", "support@aws-certification-jp.com"), uaddr("watanabe"),
               hsubj("【重要】認定アカウントの統合に関するご本人様確認のお願い", "utf-8", enc="b"), d41, mid41,
               extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")])
emit(41, "gohonnin-sama-no-doui", text(t41, cte="b64"), h41, tr41,
     lab("merge_confirmation_requested", fake_case41, False, "ja"), [t41], expect_ids=["AWS10293847"])

# 42 merge_completed (polite; nothing usual)
t42 = """渡辺 健二 様

AWS トレーニングと認定の山口でございます。お待たせいたしました。

AWS48151624 にてお持ちでした認定資格および受験の記録は、本日より AWS48151623 にて
ご覧いただける状態となっております。今後は AWS48151623 のみをご利用くださいますよう
お願い申し上げます。なお、AWS48151624 へのサインインはできなくなっております。

Credly のバッジにつきましては、追って Credly より別途ご案内が届く見込みでございます。

何かお気づきの点がございましたら、本メールへご返信くださいませ。

山口
Amazon Web Services
トレーニングと認定
"""
d42 = datetime(2026, 2, 12, 5, 10, 26, tzinfo=UTC)
aws_mail(42, "goran-itadakeru-joutai", "watanabe", text(t42, cte="b64"), SUBJ_I, d42,
         lab("merge_completed", I, True, "ja"), [t42], expect_ids=["AWS48151623", "AWS48151624"])

# 43 support_reply (badges still missing: asked Credly to resend; the completion quoted below)
n43 = """渡辺 健二 様

山口でございます。ご連絡をいただき、誠にありがとうございます。

Credly のバッジがお手元に届いていない件、承知いたしました。現在、Credly 側の担当チームへ、
AWS48151623 にご登録のメールアドレス宛てにバッジを送り直すよう依頼をかけております。
お届けまで、三～五営業日ほどお待ちいただけますでしょうか。

お手数をおかけし、申し訳ございません。

山口
Amazon Web Services
トレーニングと認定
"""
q43 = """2026年2月14日(土) 10:22 渡辺 健二 <kenji.watanabe.w@gmail.com>:
> 山口様
>
> 対応ありがとうございました。認定は AWS48151623 で見られるようになりましたが、
> Credly のバッジがまだ古いメールアドレスのほうに残っています。
>
> 2026年2月12日(木) 14:10 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 渡辺 健二 様
> >
> > AWS48151624 にてお持ちでした認定資格および受験の記録は、本日より AWS48151623 にて
> > ご覧いただける状態となっております。
> > なお、AWS48151624 へのサインインはできなくなっております。
"""
t43 = n43 + "\n" + q43
d43 = datetime(2026, 2, 16, 1, 48, 2, tzinfo=UTC)
aws_mail(43, "credly-ni-irai-chuu", "watanabe", text(t43, cte="qp"), SUBJ_I, d43,
         lab("support_reply", I, True, "ja"), [n43], expect_ids=["AWS48151623"])

# 44 credly_badge_issued (Japanese; badge moved after the profiles were combined)
t44 = """渡辺 健二 さん

AWS 認定アカウントの統合にともない、以下のバッジの送付先が変わりました。
新しい送付先で受け取ると、これまでどおりプロフィールに表示されます。

　AWS Certified Solutions Architect - Professional
　発行元: Amazon Web Services Training and Certification

受け取りはこちら:
https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Credly, 1 Penn Plaza, New York, NY 10119
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
d44 = datetime(2026, 2, 18, 9, 31, 45, tzinfo=UTC)
credly_mail(44, "okurisaki-ga-kawarimashita", "watanabe", alt(text(t44, cte="b64"), html(to_html(t44, lang="ja"), cte="b64")),
            hsubj("渡辺 健二さん、バッジの受け取りをお待ちしています", "utf-8", enc="b"), d44,
            lab("credly_badge_issued", None, True, "ja"), [t44], expect_ids=[])

# 59 survey (names the merge request, says nothing about its outcome)
t59 = """渡辺 健二 様

このたびは、アカウント統合のご依頼（受付番号 %s）でお問い合わせいただき、
ありがとうございました。

今回の対応はお役に立ちましたでしょうか。

　はい　: https://support.aws.amazon.com/feedback?ref=%s&a=1&lang=ja
　いいえ: https://support.aws.amazon.com/feedback?ref=%s&a=0&lang=ja

ご回答は1分ほどで終わります。いただいた声は、担当者の育成に使わせていただきます。

AWS トレーニングと認定
""" % (I, I, I)
d59 = datetime(2026, 2, 23, 3, 0, 12, tzinfo=UTC)
aws_mail(59, "oyaku-ni-tachimashita-ka", "watanabe", text(t59, charset="iso-2022-jp"),
         hsubj("[CASE %s] 今回の対応はお役に立ちましたか" % I, "iso-2022-jp"), d59,
         lab("survey", I, True, "ja"), [t59], expect_ids=[])

# ============================================================ others =======

# 45 merge_completed -- PHISHING spoofing amazon.com (top Authentication-Results: dmarc=fail;
#    a forged "pass" result further down, added by the sender)
fake_case45 = "%d%05d" % (int(datetime(2026, 1, 27, 13, 2, 44, tzinfo=UTC).timestamp()), 4471)
t45 = """Hello,

Regarding case %s:

Your two AWS Certification profiles now live as one. Everything that was on AWS-31003100
has been carried over to AWS31003101, and the old sign-in no longer works.

To keep access to your certificates and your 50%% exam voucher, please re-verify your
sign-in details within 24 hours:

    https://aws-training-portal.help/signin?ref=%s

Profiles that are not re-verified are suspended automatically.

Best regards,
Amazon Web Services
Training and Certification
""" % (fake_case45, fake_case45)
h45 = to_html(t45)
d45 = datetime(2026, 1, 28, 9, 14, 2, tzinfo=UTC)
hop45 = Hop("vps-4471.cert-notify-mail.top", "193.42.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250)),
            "info@cert-notify-mail.top", dkim=[("cert-notify-mail.top", "pass")], dmarc="fail", from_domain="amazon.com",
            p="QUARANTINE", selector="mail")
tr45 = gmail_trace(U["olivia"][1], hop45, d45.astimezone(PST) + timedelta(seconds=4))
mid45 = "<%s@cert-notify-mail.top>" % rhex(32)
h45h = [("Authentication-Results", "mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
        ("DKIM-Signature", dkim_sig("cert-notify-mail.top", "mail", d45))] + \
       msg_hdrs(AWS_NOREPLY, uaddr("olivia"), "RE:[CASE %s] Your certification profiles" % fake_case45, d45, mid45)
emit(45, "profiles-now-live-as-one", alt(text(t45, cte="qp"), html(h45, cte="qp")), h45h, tr45,
     lab("merge_completed", fake_case45, False, "en"), [t45, h45], expect_ids=["AWS31003100", "AWS31003101"])

# 46 credly_badge_issued -- PHISHING look-alike Credly domain (its own DMARC passes)
t46 = """Hi Rahul,

AWS Training and Certification has sent you a digital badge:

    AWS Certified Security - Specialty

For security reasons, badges that are not claimed within 48 hours are returned to the issuer.
Sign in with your AWS Certification credentials to claim yours:

    https://credly-notify.com/claim/%s

Credly
""" % rhex(20)
d46 = datetime(2025, 10, 2, 14, 33, 9, tzinfo=UTC)
hop46 = Hop("smtp.credly-notify.com", "38.180.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250)),
            "postmaster@credly-notify.com", dkim=[("credly-notify.com", "pass")], dmarc="pass", from_domain="credly-notify.com")
tr46 = outlook_trace(U["rahul"][1], hop46, d46 + timedelta(seconds=2))
h46 = [("DKIM-Signature", dkim_sig("credly-notify.com", "k1", d46))] + \
      msg_hdrs(addr("Credly", "badges@credly-notify.com"), uaddr("rahul"),
               "Rahul, claim your AWS Certified Security - Specialty badge", d46, "<%s@credly-notify.com>" % rhex(24))
emit(46, "claim-within-48-hours", alt(text(t46, cte="7bit"), html(to_html(t46), cte="qp")), h46, tr46,
     lab("credly_badge_issued", None, False, "en"), [t46], tail=outlook_tail(d46), expect_ids=[])

# 47 unrelated -- PHISHING not about the merge (billing suspension)
t47 = """Dear Customer,

We were unable to process the payment for your AWS account. Your services will be
suspended within 24 hours unless the billing information is updated.

Update billing information: https://aws-account-billing.net/console/billing

Thank you,
AWS Billing Team
"""
d47 = datetime(2025, 11, 18, 6, 2, 51, tzinfo=UTC)
hop47 = Hop("mta2.aws-account-billing.net", "91.92.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250)),
            "billing@aws-account-billing.net", dkim=[], dmarc="none", from_domain="aws-account-billing.net", spf="softfail")
tr47 = outlook_trace(U["marco"][1], hop47, d47 + timedelta(seconds=2),
                     dmarc_text="dmarc=none action=none header.from=aws-account-billing.net;compauth=fail reason=001")
h47 = msg_hdrs(addr("AWS Billing", "billing@aws-account-billing.net"), uaddr("marco"),
               "Action required: your AWS account will be suspended", d47, "<%s@aws-account-billing.net>" % rhex(20))
emit(47, "billing-suspension-notice", html(to_html(t47), cte="b64"), h47, tr47,
     lab("unrelated", None, False, "en"), [t47], tail=outlook_tail(d47), expect_ids=[])

# 48 unrelated -- GitHub "merged" notification
t48 = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightfield/cert-tracker/pull/214#event-18234567890
You are receiving this because you authored the thread.

Message ID: <brightfield/cert-tracker/pull/214/issue_event/18234567890@github.com>
"""
d48 = datetime(2025, 6, 11, 17, 26, 40, tzinfo=UTC)
hop48 = Hop("out-21.smtp.github.com", "192.30.252.%d" % RNG.randint(190, 210),
            "noreply@github.com", dkim=[("github.com", "pass")], dmarc="pass", from_domain="github.com", p="REJECT", selector="pf2023")
tr48 = gmail_trace(U["emily"][1], hop48, d48.astimezone(PDT) + timedelta(seconds=2))
h48 = [("DKIM-Signature", dkim_sig("github.com", "pf2023", d48))] + \
      msg_hdrs(addr("Sam Patel", "notifications@github.com"), addr("brightfield/cert-tracker", "cert-tracker@noreply.github.com"),
               "Re: [brightfield/cert-tracker] Merge duplicate certification records into one profile (PR #214)", d48,
               "<brightfield/cert-tracker/pull/214/issue_event/18234567890@github.com>",
               reply_to="brightfield/cert-tracker <reply+A3K%s@reply.github.com>" % ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
               in_reply_to="<brightfield/cert-tracker/pull/214@github.com>",
               refs="<brightfield/cert-tracker/pull/214@github.com>",
               cc=addr("Emily Carter", "emily.carter.dev@gmail.com") + ", Author <author@noreply.github.com>",
               extra=[("List-ID", "brightfield/cert-tracker <cert-tracker.brightfield.github.com>"),
                      ("List-Archive", "https://github.com/brightfield/cert-tracker"),
                      ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "spatel")])
emit(48, "github-pr-merged", alt(text(t48, cte="7bit"), html(to_html(t48), cte="qp")), h48, tr48,
     lab("unrelated", None, False, "en"), [t48], expect_ids=[])

# 51 unrelated -- Seller Central case (same subject style; "merged", "resolved")
SC = CASE["SC"]
t51 = """Hello from Amazon Selling Partner Support,

Thank you for your patience. We have merged the detail pages for ASIN B0C7XK2M4Q and
ASIN B0C7XK9P1L, as requested. Your offer now appears on a single detail page; the change
may take up to 48 hours to show on the website.

This case is now resolved. If you feel your issue has not been resolved, reply to this
e-mail within 7 days and we will reopen the case.

Was this e-mail helpful?  Yes | No

Thank you,
Nadia R.
Amazon Selling Partner Support
"""
d51 = datetime(2025, 10, 21, 11, 37, 29, tzinfo=UTC)
hop51 = ses_hop("sellercentral.amazon.com")
hop51.dkim = [("amazon.com", "pass")]
aws_mail(51, "seller-support-detail-pages", "rahul", text(t51, cte="qp"),
         "RE:[CASE %s] Duplicate listings - request to merge ASINs" % SC, d51,
         lab("unrelated", SC, True, "en"), [t51], frm=addr("Amazon Selling Partner Support", "no-reply@sellercentral.amazon.com"),
         hop=hop51, expect_ids=[])

# 52 unrelated -- a colleague's mail about their own merge (no Authentication-Results at all)
t52 = """Hey Sarah,

Re your question at standup: yes, my two AWS cert accounts got combined last month. It took
about three days. My old one was aws-12121212 if you want to compare notes.

Tips:
- when support sends you the "this is what we're about to do" mail, reply with a clear
  "proceed" - they won't touch anything until you do
- you'll get a survey right after; the badges from Credly only came two days later

Ping me if you get stuck.

Jordan
"""
d52 = datetime(2025, 8, 6, 16, 12, 3, tzinfo=timezone(timedelta(hours=-4)))
tr52 = [("Return-Path", "<jordan.reyes@brightfield-data.com>"),
        ("Received", "from [10.20.4.117] (unknown [10.20.4.117])\r\n\tby mail.brightfield-data.com (Postfix) with ESMTPSA id 4bXk2F1Qz3z1Ql4\r\n\tfor <sarah.lindqvist@brightfield-data.com>; %s" % fmt(d52 + timedelta(seconds=1)))]
h52 = msg_hdrs(addr("Jordan Reyes", "jordan.reyes@brightfield-data.com"), addr("Sarah Lindqvist", "sarah.lindqvist@brightfield-data.com"),
               "Re: cert account thing", d52, "<%s-%s@brightfield-data.com>" % (rhex(8).upper(), rhex(4).upper()),
               in_reply_to="<SA1PR05MB8812C3E0F1A2B4D9E6F7A8B9C0D1E2F3@SA1PR05MB8812.namprd05.prod.outlook.com>",
               refs="<SA1PR05MB8812C3E0F1A2B4D9E6F7A8B9C0D1E2F3@SA1PR05MB8812.namprd05.prod.outlook.com>",
               extra=[("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")])
emit(52, "colleague-cert-account-thing", text(t52, cte="7bit"), h52, tr52,
     lab("unrelated", None, None, "en"), [t52], expect_ids=["AWS12121212"])

# 53 unrelated -- AWS newsletter in Japanese (FAQ mentions 統合 / 完了)
t53 = """AWS 認定 ニュースレター 2026年1月号

高橋 美咲 様

いつも AWS 認定をご活用いただき、ありがとうございます。

■ 今月のトピック
・AWS Certified Generative AI Developer - Professional の日本語試験が始まりました
・認定者限定ラウンジ（AWS Summit Japan）の事前登録を受け付けています

■ よくあるご質問
Q. 認定アカウントが2つあります。どうすればよいですか？
A. トレーニングと認定のお問い合わせフォームから統合をご依頼ください。統合が完了すると、
　 すべての認定が1つのアカウントで表示されます。一度統合したアカウントは元に戻せません。

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア
"""
h53 = to_html(t53, lang="ja")
d53 = datetime(2026, 1, 21, 1, 0, 7, tzinfo=UTC)
aws_mail(53, "nyuusuretaa-2026-01", "takahashi", alt(text(t53, cte="b64"), html(h53, cte="b64")),
         hsubj("AWS 認定 ニュースレター 2026年1月号: 新しい試験と Summit のご案内", "utf-8", enc="b"), d53,
         lab("unrelated", None, True, "ja"), [t53, h53], frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
         extra_hdrs=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=%s>" % rhex(16)),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")], expect_ids=[])

# 55 unrelated -- the user forwards the completion to her manager (Gmail forward, Japanese UI)
n55 = """小川さん

お疲れさまです。高橋です。
AWS 認定のアカウントの件、旧アカウント AWS56473829 の認定が AWS01928374 にまとめられたと
サポートから連絡がありました。社内の資格一覧の ID を AWS01928374 に更新していただけますでしょうか。

よろしくお願いします。
"""
f55 = """---------- Forwarded message ---------
送信者: Amazon Web Services <no-reply-aws@amazon.com>
Date: 2025年11月7日(金) 17:41
Subject: %s
To: <misaki.takahashi88@gmail.com>


%s""" % (SUBJ_D, t22)
t55 = n55 + "\n" + f55
h55 = to_html(n55, lang="ja") .replace("</body>", "<div class=\"gmail_quote\">" + "<br>\n".join(esc(l) for l in f55.split("\n")) + "</div></body>")
d55 = datetime(2025, 11, 7, 11, 2, 36, tzinfo=UTC)
hop55 = Hop("mail-sor-f41.google.com", "209.85.220.41", "misaki.takahashi88@gmail.com",
            dkim=[("gmail.com", "pass")], dmarc="pass", from_domain="gmail.com", p="NONE")
tr55 = outlook_trace("y-ogawa@hoshizora-sys.co.jp", hop55, d55 + timedelta(seconds=3))
h55h = [("DKIM-Signature", dkim_sig("gmail.com", "20230601", d55, headers="to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to", c="relaxed/relaxed"))] + \
       msg_hdrs(uaddr("takahashi"), addr("小川 裕介", "y-ogawa@hoshizora-sys.co.jp"),
                hsubj("Fwd: " + SUBJ_D, "utf-8", enc="b"), d55.astimezone(JST), gmail_msgid())
emit(55, "fwd-shikaku-ichiran-koushin", alt(text(t55, cte="b64"), html(h55, cte="qp"), boundary="000000000000" + rhex(12)), h55h, tr55,
     lab("unrelated", D, False, "ja"), [n55], tail=outlook_tail(d55), expect_ids=["AWS01928374", "AWS56473829"])

# 56 unrelated -- another AWS console case (billing), Japanese, "完了いたしました"
NB = CASE["NB"]
t56 = """中村 大輔 様

Amazon Web Services の請求サポート担当、斉藤でございます。

お問い合わせいただいた請求書の宛名変更につきまして、変更が完了いたしました。
次回以降に発行される請求書には、新しい宛名「株式会社キタソフト 情報システム部」が記載されます。
発行済みの請求書の宛名は変更されませんので、ご了承ください。

斉藤
Amazon Web Services%s%s""" % (RATE_JA, console_footer(NB, "ja"))
d56 = datetime(2026, 2, 25, 4, 11, 50, tzinfo=UTC)
aws_mail(56, "seikyuusho-atena-henkou", "nakamura", text(t56, cte="qp"),
         hsubj("RE:[CASE %s] 請求書の宛名変更について" % NB, "utf-8", enc="b"), d56,
         lab("unrelated", NB, True, "ja"), [t56], frm=AWS_NOREPLY, expect_ids=[])

# 57 unrelated -- CertMetrics survey in Japanese; UTF-8 bytes labelled iso-8859-1
t57 = """佐藤 健一 様

AWS 認定を取得していただき、ありがとうございます。

AWS 認定プログラムをより良いものにするため、5分ほどのアンケートにご協力いただけませんか。
ご回答いただいた方には、次回の認定試験でご利用いただける練習問題セットをご案内します。

　候補者 ID: AWS20481632
　アンケート: https://www.certmetrics.com/amazon/survey.aspx?id=%s

このメールは送信専用です。ご返信いただいてもお答えできません。

AWS Training and Certification
""" % rhex(32)
d57 = datetime(2025, 6, 24, 14, 30, 0, tzinfo=UTC)
hop57 = Hop("mail12.certmetrics.com", "52.95.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250)),
            "bounce@certmetrics.com", dkim=[("certmetrics.com", "pass")], dmarc="pass", from_domain="certmetrics.com")
tr57 = jp_trace(U["sato"][1], hop57, d57 + timedelta(seconds=5), "mx.nifty.com", "mx02.nifty.com")
h57 = [("DKIM-Signature", dkim_sig("certmetrics.com", "cm1", d57))] + \
      msg_hdrs(addr("AWS Certification", "do-not-reply@certmetrics.com"), uaddr("sato"),
               hsubj("AWS 認定からのお願い: あなたの声をお聞かせください", "utf-8", enc="b"), d57,
               "<%s@certmetrics.com>" % rhex(24))
emit(57, "certmetrics-koe-wo-okikase", text(t57, cte="8bit", label="iso-8859-1"), h57, tr57,
     lab("unrelated", None, False, "ja"), [t57], expect_ids=["AWS20481632"])


# ---------------------------------------------------------------- output ---
def main():
    assert len(LABELS) == 60, len(LABELS)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")


main()
