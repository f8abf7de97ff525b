#!/usr/bin/env python3
"""Blind set 29: AWS Certification account-merge mail, five users, 2025-2026.

Builds NNN-slug.eml files and labels.json in this folder.
Everything is generated with the stdlib `email` package (compat32 Messages so the
raw headers, charsets and transfer encodings are exactly the ones chosen here).
"""
import base64, hashlib, html as htmlmod, json, os, quopri, random, re, uuid
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
from email.message import Message
from email.header import Header
from email.charset import Charset, QP as CS_QP
from email.generator import BytesGenerator
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2929)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PT = ZoneInfo("America/Los_Angeles")
IN = timezone(timedelta(hours=5, minutes=30))

CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
         "euc-jp": "euc_jp", "us-ascii": "ascii", "iso-8859-1": "latin-1"}

# ---------------------------------------------------------------- identifiers
C1 = "174161565100382"    # Emily, form case, 2025-03-10 14:07:31Z
C2 = "175245570900917"    # Misaki, form case, 2025-07-14 01:15:09Z
CB = "174884288701264"    # Misaki, billing case (unrelated), 2025-06-02
C3 = "176098248200655"    # Rahul, console case, 2025-10-20 17:48:02Z
CQ = "175796662500141"    # Rahul, EC2 quota case (unrelated), 2025-09-15
C4A = "176827441100829"   # Kenichi, first form case (never answered)
C4B = "176895712000473"   # Kenichi, second form case, same request
C5 = "177547871500218"    # Aoi, form case 2026-04-06
C5B = "177733140600906"   # Aoi, new case created from reply to resolved case
SC = "6093377145"         # Seller Central case (10 digits)
OLD11 = "12987306541"     # an old 2023 billing case mentioned in passing

EMILY = ("Emily Carter", "emily.carter.dev@gmail.com")
MISAKI = ("田中 美咲", "m.tanaka@hoshizora-sys.co.jp")
RAHUL = ("Rahul Verma", "rahul.verma88@outlook.com")
KENICHI = ("佐藤 健一", "k-sato.cloud@nifty.com")
AOI = ("山本 葵", "aoi.yamamoto.cloud@gmail.com")

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY_AWS = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")

FAMILY = ("amazon.com", "aws", "signin.aws", "credly.com")


# ---------------------------------------------------------------- helpers
def rnd_b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rnd_hex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split("\n"))


def dom(addr):
    return addr.rsplit("@", 1)[1].lower()


def fold(s, ind="        "):
    return s.replace("\n", "\n" + ind)


def enc_body(text, codec, cte):
    b = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    return b.decode("ascii", "surrogateescape")


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None):
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label or charset)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(enc_body(text, CODEC[charset], cte))
    return p


def multipart(sub, parts):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (sub, "----=_Part_%d_%d.%d" % (
        R.randint(100000, 999999), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13)))
    m.set_payload(parts)
    return m


def enc_hdr(chunks, maxlen=76):
    """chunks: str or list of (text, charset|None). Returns a folded header value."""
    if isinstance(chunks, str):
        try:
            chunks.encode("ascii")
            return chunks
        except UnicodeEncodeError:
            chunks = [(chunks, "utf-8")]
    h = Header(header_name="Subject", maxlinelen=maxlen)
    for text, cs in chunks:
        if cs in (None, "us-ascii"):
            h.append(text, "us-ascii")
        elif cs == "utf-8-q":
            c = Charset("utf-8")
            c.header_encoding = CS_QP
            h.append(text, c)
        else:
            h.append(text, cs)
    return h.encode(linesep="\n")


def addr_hdr(name, addr, cs="utf-8"):
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.()<>@:;"'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), addr)


def strip_html(h):
    h = re.sub(r"(?is)<(style|script).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


ID_RE = re.compile(r"(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)")


def find_ids(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


def to_html(new, quoted="", quoted_intro=""):
    def esc(t):
        return htmlmod.escape(t).replace("\n", "<br>\n")
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div style="font-family:Arial,sans-serif;font-size:14px">' + esc(new) + "</div>\n"
    if quoted:
        h += '<div class="quote">' + esc(quoted_intro) + '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + esc(quoted) + "</blockquote></div>\n"
    return h + "</body></html>\n"


# ---------------------------------------------------------------- transport
SES_HOSTS = [("a8-23.smtp-out.amazonses.com", "54.240.8.23"), ("a48-30.smtp-out.amazonses.com", "54.240.48.30"),
             ("a9-112.smtp-out.amazonses.com", "54.240.9.112"), ("a11-74.smtp-out.amazonses.com", "54.240.11.74"),
             ("a27-110.smtp-out.us-west-2.amazonses.com", "54.240.27.110")]
POLICY = {"amazon.com": "QUARANTINE", "credly.com": "REJECT", "github.com": "REJECT", "signin.aws": "REJECT",
          "certmetrics.com": "NONE", "pearson.com": "REJECT", "mg.gitlab.com": "REJECT"}


def ses_msgid(when):
    ms = int(when.timestamp() * 1000) + R.randint(0, 900)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, uuid.UUID(int=R.getrandbits(128)))


def source(kind, from_addr, to_addr, when):
    """returns dict host, ip, mailfrom, dkim [(d, s)], msgid"""
    if kind == "ses":
        host, ip = R.choice(SES_HOSTS)
        mid = ses_msgid(when)
        mf = mid[1:].split("@")[0] + "@email.amazonses.com"
        return dict(host=host, ip=ip, mailfrom=mf, dkim=[(dom(from_addr), R.choice(["rjt5wqkyjzsk6ucchrzgpuxmlc6elmyx", "dqnzcqt3zyk6kvm5gtwdmqdt4ll36gke"])), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")], msgid=mid)
    if kind == "credly":
        lp, d = to_addr.split("@")
        return dict(host="o%d.email.credly.com" % R.randint(1, 9), ip="149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250)),
                    mailfrom="bounces+2918812-%s-%s=%s@email.credly.com" % (rnd_hex(4), lp, d),
                    dkim=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")],
                    msgid="<%s@geopod-ismtpd-%d>" % (base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode().rstrip("="), R.randint(1, 40)))
    if kind == "github":
        return dict(host="out-%d.smtp.github.com" % R.randint(10, 30), ip="192.30.252.%d" % R.randint(190, 210), mailfrom="noreply@github.com",
                    dkim=[("github.com", "pf2023")], msgid="<brightlane/cert-portal/pull/412/c%d@github.com>" % R.randint(10 ** 9, 3 * 10 ** 9))
    if kind == "gitlab":
        return dict(host="m%d-%d.mailgun.net" % (R.randint(200, 250), R.randint(1, 90)), ip="159.135.%d.%d" % (R.randint(224, 239), R.randint(2, 250)),
                    mailfrom="bounce+%s.%s-%s=gmail.com@mg.gitlab.com" % (rnd_hex(6), rnd_hex(6), to_addr.split("@")[0]),
                    dkim=[("mg.gitlab.com", "mailo")], msgid="<merge_request_%d@gitlab.com>" % R.randint(10 ** 8, 4 * 10 ** 8))
    if kind == "certmetrics":
        return dict(host="mail%d.certmetrics.com" % R.randint(1, 4), ip="52.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                    mailfrom="bounce@certmetrics.com", dkim=[("certmetrics.com", "k1")],
                    msgid="<%s@certmetrics.com>" % uuid.UUID(int=R.getrandbits(128)))
    if kind == "pearson":
        return dict(host="mta%d.pearson.com" % R.randint(1, 9), ip="159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                    mailfrom="pvdonotreply@pearson.com", dkim=[("pearson.com", "selector2")],
                    msgid="<%s.JavaMail.pvue@vuews%02d>" % (R.randint(10 ** 8, 10 ** 9), R.randint(1, 30)))
    raise ValueError(kind)


def dkim_sig(d, s, when, hs="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return fold("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n s=%s; d=%s; t=%d;\n h=%s;\n bh=%s;\n b=%s" % (
        s, d, int(when.timestamp()) - R.randint(0, 3), hs, rnd_b64(32), rnd_b64(96)[:86] + "\n " + rnd_b64(96)[:86]), "\t")[0:]


def trace_headers(prov, src, to_addr, when, hfrom, verdict, forged=None):
    """Return list of (name, value), topmost first. verdict: dict spf,dkim,dmarc."""
    H = []
    spf, dk, dm = verdict.get("spf", "pass"), verdict.get("dkim", "pass"), verdict.get("dmarc", "pass")
    pol = verdict.get("policy", POLICY.get(hfrom, "NONE"))
    mfdom = src["mailfrom"].split("@")[1]
    arr = when + timedelta(seconds=R.randint(1, 9))
    if prov == "gmail":
        lt = arr.astimezone(PT)
        gdate = lt.strftime("%a, %d %b %Y %H:%M:%S %z") + " (%s)" % lt.tzname()
        H.append(("Delivered-To", to_addr))
        H.append(("Received", fold("by 2002:a05:6a10:%x:b0:%x:%x:%x with SMTP id %s;\n%s" % (
            R.randint(4096, 65535), R.randint(256, 4095), R.randint(4096, 65535), R.randint(4096, 65535),
            R.choice("abcdefghijklmnop") + str(R.randint(10, 99)) + "csp" + str(R.randint(10 ** 6, 10 ** 7)) + "pxb", gdate))))
        H.append(("X-Google-Smtp-Source", rnd_b64(66)))
        H.append(("X-Received", fold("by 2002:a05:620a:%x:b0:%x:%x with SMTP id %s-%s.%d.%d;\n%s" % (
            R.randint(4096, 65535), R.randint(256, 4095), R.randint(4096, 65535), rnd_hex(14), rnd_hex(7), R.randint(1, 9), R.randint(10, 99), gdate))))
        dparts = [] if dk == "none" else ["dkim=%s header.i=@%s header.s=%s header.b=%s" % (dk, d, sel, rnd_b64(6)) for d, sel in src["dkim"]]
        spf_txt = {"pass": "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s",
                   "softfail": "spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s",
                   "fail": "spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"}[spf] % (src["mailfrom"], src["ip"], src["mailfrom"])
        dis = "NONE" if dm == "pass" else ("QUARANTINE" if pol in ("QUARANTINE",) else ("REJECT" if pol == "REJECT" else "NONE"))
        dm_txt = "dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dm, pol, pol, dis, hfrom)
        body = ";\n".join(["mx.google.com"] + dparts + [spf_txt, dm_txt]).replace("mx.google.com;\n", "mx.google.com;\n", 1)
        H.append(("ARC-Seal", fold("i=1; a=rsa-sha256; t=%d; cv=none;\n d=google.com; s=arc-20240605;\n b=%s" % (int(arr.timestamp()), rnd_b64(90)))))
        H.append(("ARC-Authentication-Results", fold("i=1; " + body, "       ")))
        H.append(("Return-Path", "<%s>" % src["mailfrom"]))
        H.append(("Received", fold("from %s (%s. [%s])\nby mx.google.com with ESMTPS id %s-%s%dsi%d.%d.%s\nfor <%s>\n(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n%s" % (
            src["host"], src["host"], src["ip"], rnd_hex(8), rnd_hex(10), R.randint(1, 9), R.randint(10 ** 6, 10 ** 7), R.randint(100, 999),
            arr.astimezone(UTC).strftime("%Y.%m.%d.%H.%M.%S"), to_addr, gdate))))
        H.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, src["mailfrom"], "designates" if spf == "pass" else "does not designate", src["ip"], src["ip"])))
        H.append(("Authentication-Results", fold(body, "       ")))
    elif prov in ("o365", "o365jp", "outlookcom"):
        region = {"o365": "eop-nam12", "o365jp": "eop-apc01", "outlookcom": "eop-nam10"}[prov]
        srv = {"o365": "BN8PR12MB%d.namprd12.prod.outlook.com", "o365jp": "TYCPR01MB%d.jpnprd01.prod.outlook.com",
               "outlookcom": "DM6PR10MB%d.namprd10.prod.outlook.com"}[prov] % R.randint(1000, 9999)
        fe = {"o365": "BN2PEPF000044A%d.namprd04.prod.outlook.com", "o365jp": "TY2PEPF0000AB8%d.jpnprd01.prod.outlook.com",
              "outlookcom": "DM6NAM10FT0%d.%s.prod.protection.outlook.com"}[prov]
        fe = fe % ((R.randint(1, 9), region) if prov == "outlookcom" else R.randint(1, 9))
        ex = lambda t: t.strftime("%a, %d %b %Y %H:%M:%S +0000")
        H.append(("Received", fold("from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            "OS0P286CA00%d.JPNP286.PROD.OUTLOOK.COM" % R.randint(10, 99) if prov == "o365jp" else "BY3PR05CA00%d.namprd05.prod.outlook.com" % R.randint(10, 99),
            "2603:1096:604:%x::%x" % (R.randint(16, 255), R.randint(1, 20)), srv, "2603:1096:400:%x::%x" % (R.randint(16, 255), R.randint(1, 20)),
            R.randint(8000, 9400), R.randint(10, 40), ex(arr.astimezone(UTC))))))
        if src.get("internal"):
            H.append(("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % hfrom))
        else:
            spf_s = {"pass": "pass", "fail": "fail", "softfail": "softfail"}[spf]
            dk_s = {"pass": "dkim=pass (signature was verified)\n header.d=%s" % verdict.get("dkim_d", hfrom),
                    "none": "dkim=none (message not signed)\n header.d=none", "fail": "dkim=fail (body hash did not verify)\n header.d=%s" % hfrom}[dk]
            act = "none" if dm in ("pass", "none") else ("quarantine" if pol == "QUARANTINE" else "oreject")
            comp = "pass reason=100" if dm == "pass" else ("fail reason=001" if dm == "none" else "fail reason=000")
            H.append(("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
                spf_s, src["ip"], mfdom, dk_s, dm, act, hfrom, comp)))
            H.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
                spf.capitalize(), mfdom, src["ip"], src["ip"], src["host"])))
            H.append(("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
                src["host"], src["ip"], fe, "10.167.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), R.randint(8000, 9400), R.randint(10, 40), ex(arr.astimezone(UTC)))))
    elif prov == "nifty":
        n = R.randint(1, 4)
        H.append(("Return-Path", "<%s>" % src["mailfrom"]))
        H.append(("Received", "from mta-in0%d.nifty.com by mbox%02d.nifty.com with LMTP id %s\n\tfor <%s>; %s" % (
            n, R.randint(1, 30), rnd_hex(16), to_addr, arr.astimezone(JST).strftime("%a, %d %b %Y %H:%M:%S +0900"))))
        dmres = "dmarc=%s header.from=%s" % (dm, hfrom)
        dkres = "dkim=%s header.d=%s" % (dk, verdict.get("dkim_d", hfrom)) if dk != "none" else "dkim=none"
        H.append(("Authentication-Results", "mta-in0%d.nifty.com;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\t%s" % (n, spf, src["mailfrom"], dkres, dmres)))
        H.append(("Received", "from %s (%s [%s])\n\tby mta-in0%d.nifty.com with ESMTPS id <%s@mta-in0%d.nifty.com>\n\tfor <%s>; %s" % (
            src["host"], src["host"], src["ip"], n, arr.astimezone(JST).strftime("%Y%m%d%H%M%S") + "." + rnd_hex(8).upper(), n, to_addr,
            arr.astimezone(JST).strftime("%a, %d %b %Y %H:%M:%S +0900"))))
    elif prov == "corpgw":   # corporate gateway that strips/does not add Authentication-Results
        H.append(("Received", "from mgw01.hoshizora-sys.co.jp (mgw01.hoshizora-sys.co.jp [203.0.113.41])\n\tby mail.hoshizora-sys.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            rnd_hex(10).upper(), to_addr, arr.astimezone(JST).strftime("%a, %d %b %Y %H:%M:%S +0900 (JST)"))))
        if src.get("host"):
            H.append(("Received", "from %s (%s [%s])\n\tby mgw01.hoshizora-sys.co.jp with ESMTPS id %s; %s" % (
                src["host"], src["host"], src["ip"], rnd_hex(12).upper(), arr.astimezone(JST).strftime("%a, %d %b %Y %H:%M:%S +0900 (JST)"))))
    if forged:
        H.append(("Authentication-Results", forged))
    if src.get("dkim") and not verdict.get("nosig"):
        for d, s in src["dkim"]:
            H.append(("DKIM-Signature", dkim_sig(d, s, when)))
    return H


# ---------------------------------------------------------------- the set
SPECS = []


def M(n, slug, kind, lang, case, ids, ver, **kw):
    SPECS.append(dict(n=n, slug=slug, kind=kind, lang=lang, case=case, ids=sorted(ids), ver=ver, **kw))


def build(s):
    when = datetime.strptime(s["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    frm, to = s["frm"], s["to"]
    fdom = dom(frm[1])
    hfrom = s.get("hfrom", fdom)
    verdict = s.get("verdict", {})
    prov = s.get("prov", "gmail")
    srckind = s.get("src", "ses")
    if isinstance(srckind, dict):
        src = dict(srckind)
        src.setdefault("msgid", "<%s@%s>" % (rnd_hex(24), src.get("mid_dom", fdom)))
    else:
        src = source(srckind, frm[1], to[1], when)

    # --- body
    new, quoted = s.get("new", ""), s.get("quoted", "")
    text = new + (("\n" + quoted) if quoted else "")
    cs = s.get("cs", "utf-8")
    cte = s.get("cte", "quoted-printable" if cs == "utf-8" else ("7bit" if cs in ("iso-2022-jp", "us-ascii") else "base64"))
    fmt = s.get("fmt", "plain")
    if fmt == "plain":
        body = part(text, "plain", cs, cte, s.get("label"))
    elif fmt == "html":
        body = part(s["html"], "html", cs, cte, s.get("label"))
    elif fmt == "alt":
        h = s.get("html") or to_html(new, quoted and s.get("quoted_body", quoted), s.get("quoted_intro", ""))
        ttext = s.get("text", text)
        body = multipart("alternative", [part(ttext, "plain", cs, cte, s.get("label")),
                                         part(h, "html", s.get("hcs", "utf-8"), s.get("hcte", "quoted-printable" if cte != "base64" else "base64"))])
    else:
        raise ValueError(fmt)

    # --- headers
    top = Message()
    for k, v in trace_headers(prov, src, to[1], when, hfrom, verdict, s.get("forged")):
        top[k] = v
    dtz = {"utc": UTC, "jst": JST, "pt": PT, "in": IN}[s.get("tz", "utc")]
    top["From"] = addr_hdr(*frm, cs=s.get("ncs", "utf-8"))
    top["To"] = addr_hdr(*to, cs=s.get("ncs", "utf-8")) if s.get("to_name", True) else to[1]
    if s.get("cc"):
        top["Cc"] = s["cc"]
    if s.get("reply_to"):
        top["Reply-To"] = s["reply_to"]
    top["Subject"] = enc_hdr(s["subj"])
    top["Date"] = when.astimezone(dtz).strftime("%a, %d %b %Y %H:%M:%S %z")
    top["Message-ID"] = s.get("msgid", src["msgid"])
    if s.get("irt"):
        top["In-Reply-To"] = s["irt"]
        top["References"] = s.get("refs", s["irt"])
    for k, v in s.get("extra", []):
        top[k] = v
    if srckind == "ses" and prov != "none":
        top["Feedback-ID"] = "::1.us-east-1.%s=:AmazonSES" % rnd_b64(33)[:43]
        top["X-SES-Outgoing"] = "%s-%s" % (when.strftime("%Y.%m.%d"), src["ip"])
    top["MIME-Version"] = "1.0"
    for k, v in body._headers:
        top[k] = v
    top.set_payload(body._payload)
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(top)
    raw = bio.getvalue()
    if s.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    # --- label cross-check
    idtext = new + "\n" + (strip_html(s["html_new"]) if s.get("html_new") else "")
    if fmt in ("html", "alt") and s.get("html") and not s.get("html_new"):
        idtext += strip_html(s["html"])
    if s.get("text") and fmt == "alt":
        idtext += "\n" + s["text"]
    got = find_ids(idtext)
    assert got == s["ids"], (s["n"], got, s["ids"])
    has_ar = prov in ("gmail", "o365", "o365jp", "outlookcom", "nifty")
    if not has_ar:
        ver = None
    else:
        dm = verdict.get("dmarc", "pass")
        if src.get("internal"):
            dm = "none"
        ver = dm == "pass" and hfrom == fdom and any(fdom == f or fdom.endswith("." + f) for f in FAMILY)
    assert ver == s["ver"], (s["n"], ver, s["ver"])
    return raw


def write_all():
    labels = {}
    for s in SPECS:
        name = "%03d-%s.eml" % (s["n"], s["slug"])
        raw = build(s)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(raw)
        labels[name] = {"kind": s["kind"], "case_id": s["case"], "account_ids": s["ids"],
                        "sender_verified": s["ver"], "language": s["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    return labels


# ---------------------------------------------------------------- U1 Emily (en, Gmail), form case C1
FORM_SUBJ1 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C1

M(1, "tc-request-logged", "case_created", "en", C1, ["AWS04418273"], True,
  frm=FORM, to=EMILY, date="2025-03-10 14:07:44", subj="Your AWS Training and Certification request has been logged [CASE %s]" % C1,
  new="""Hello,

Thanks for getting in touch with AWS Training and Certification. This is an automated note to let you know your request has been logged under reference %s.

Someone from our team will look at it and get back to you, normally within one business day. If you need to add anything, just reply to this e-mail and keep the reference in the subject line so it is attached to the same request. Please don't submit the form again for the same question - a second submission is logged separately and can slow things down.

What you sent us
----------------
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS04418273
Contact e-mail: emily.carter.dev@gmail.com

Regards,
AWS Training and Certification Customer Support

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % C1)

M(2, "form-reply-jordan", "support_reply", "en", C1, ["AWS04418273"], True,
  frm=FORM, to=EMILY, date="2025-03-11 16:22:05", subj=FORM_SUBJ1, cs="us-ascii",
  new="""Hi Emily,

Thanks so much for reaching out, and happy Tuesday! I'm Jordan and I'll be looking after your request from here on.

I've had a look at the candidate ID you gave us (AWS04418273) and I can see your Solutions Architect - Associate sitting on it. There's also a second profile that looks like it was set up with a work address a few years back - but before I go poking at it I need a couple of things from you so I'm 100% sure we're talking about the same person:

1. The e-mail address you use to sign in to that other profile (plus its notification address, if that's different)
2. Its candidate ID, if you have it handy (it's on the certificate PDF, top right)
3. Which of the two you'd like to keep going forward - the other one gets folded in and stops existing

No rush at all. Just hit reply with the details and it'll land straight back with me.

Cheers,
Jordan M.
AWS Training and Certification Customer Support
""",
  quoted="""
-------- Original form submission --------
""" + q("""Name: Emily Carter
Inquiry type: Certification
Detail: Account Merge
Description: Hi, I have two certification accounts - the one on my personal gmail and an older one from my last job (brightlane). I'd like everything on one account please. Thanks!"""))

M(3, "form-reply-jordan-2", "merge_confirmation_requested", "en", C1, ["AWS04418273", "AWS10392846"], True,
  frm=FORM, to=EMILY, date="2025-03-12 18:40:17", subj=FORM_SUBJ1,
  new="""Hi again Emily,

Brilliant, thanks for the quick turnaround \u2013 that's everything I needed!

Here's the plan, just so we're on the same page before I touch anything:

  \u2022 Stays: AWS04418273 (sign-in emily.carter.dev@gmail.com)
  \u2022 Gets folded into it and closed: AWS10392846 (sign-in e.carter@brightlane.io)

Everything on AWS10392846 \u2013 your Cloud Practitioner, the exam history, any benefits \u2013 moves across to AWS04418273, and AWS10392846 is then shut down for good. Heads up that this is a one-way street: once it's done we can't split them apart again.

If that all looks right, could you reply with a quick "yes, go ahead" (or tell me what needs changing)? I'll leave everything exactly as it is until I hear back from you.

Talk soon,
Jordan M.
AWS Training and Certification Customer Support
""",
  quoted="""On Wed, Mar 12, 2025 at 9:55\u202fAM Emily Carter <emily.carter.dev@gmail.com> wrote:
""" + q("""Hi Jordan,

Sure! The old one signs in with e.carter@brightlane.io (same address for notifications I think). The ID on the old certificate says AWS10392846.
I'd like to keep the gmail one please.

Thanks,
Emily"""))

M(4, "form-reply-tomasz", "merge_completed", "en", C1, ["AWS04418273", "AWS10392846"], True,
  frm=FORM, to=EMILY, date="2025-03-14 09:03:29", subj=FORM_SUBJ1, cs="us-ascii", cte="7bit",
  new="""Hello Emily,

Done. AWS10392846 is now part of AWS04418273; the old profile is deactivated. Sign in with emily.carter.dev@gmail.com to see both certifications.

Credly badges can take up to 72 hours to show.

Tomasz
AWS T&C Support
""",
  quoted="""On Wed, Mar 12, 2025 at 7:02 PM Emily Carter <emily.carter.dev@gmail.com> wrote:
> Yes, go ahead - keep AWS04418273. Thanks Jordan!
>
> On Wed, Mar 12, 2025 at 6:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi again Emily,
> >
> > Here's the plan, just so we're on the same page before I touch anything:
> >
> >   - Stays: AWS04418273 (sign-in emily.carter.dev@gmail.com)
> >   - Gets folded into it and closed: AWS10392846 (sign-in e.carter@brightlane.io)
> >
> > Heads up that this is a one-way street: once it's done we can't split them
> > apart again. If that all looks right, could you reply with a quick
> > "yes, go ahead"?
> >
> > Jordan M.
""")

M(5, "case-feedback", "survey", "en", C1, [], True,
  frm=FORM, to=EMILY, date="2025-03-14 09:05:02", subj="Case %s has been resolved - tell us how we did" % C1, fmt="alt",
  new="""Hello,

Case %s has been marked as resolved by our team.

Was your issue resolved?
  YES: https://support.aws.amazon.com/feedback/case?displayId=%s&resolved=yes&t=8f3c1e0a9b
  NO:  https://support.aws.amazon.com/feedback/case?displayId=%s&resolved=no&t=8f3c1e0a9b

How would you rate the help you received from Tomasz?
  1 - Poor   2   3   4   5 - Excellent
  https://support.aws.amazon.com/feedback/agent?displayId=%s&t=8f3c1e0a9b

The survey takes about a minute. Your answers go to the AWS Training and Certification support team and help us coach our agents.

Need more help with this? Reply to this e-mail within 14 days and the case will be picked up again.

AWS Training and Certification Customer Support
""" % (C1, C1, C1, C1),
  html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Case <b>%s</b> has been marked as resolved by our team.</p>
<table cellpadding="8"><tr><td colspan="2"><b>Was your issue resolved?</b></td></tr>
<tr><td><a href="https://support.aws.amazon.com/feedback/case?displayId=%s&amp;resolved=yes&amp;t=8f3c1e0a9b" style="background:#ff9900;color:#fff;padding:8px 18px;text-decoration:none">YES</a></td>
<td><a href="https://support.aws.amazon.com/feedback/case?displayId=%s&amp;resolved=no&amp;t=8f3c1e0a9b" style="background:#232f3e;color:#fff;padding:8px 18px;text-decoration:none">NO</a></td></tr></table>
<p>How would you rate the help you received from Tomasz?</p>
<p><a href="https://support.aws.amazon.com/feedback/agent?displayId=%s&amp;r=1">&#9733;</a> <a href="https://support.aws.amazon.com/feedback/agent?displayId=%s&amp;r=2">&#9733;</a> <a href="https://support.aws.amazon.com/feedback/agent?displayId=%s&amp;r=3">&#9733;</a> <a href="https://support.aws.amazon.com/feedback/agent?displayId=%s&amp;r=4">&#9733;</a> <a href="https://support.aws.amazon.com/feedback/agent?displayId=%s&amp;r=5">&#9733;</a></p>
<p style="color:#666;font-size:12px">The survey takes about a minute. Need more help with this? Reply within 14 days and the case will be picked up again.</p>
</body></html>
""" % ((C1,) * 8))

M(6, "credly-cloud-practitioner", "credly_badge_issued", "en", None, [], True,
  frm=CREDLY_AWS, to=EMILY, date="2025-03-14 11:30:51", src="credly",
  subj="Amazon Web Services Training and Certification sent you a new badge", fmt="alt", cte="quoted-printable",
  new="""Hi Emily,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Cloud Practitioner

Accept your badge to add it to your Credly profile, share it on LinkedIn and let employers verify it.

Accept your badge:
https://www.credly.com/earner/earned/badge/5f1c0a7e-2b7d-4c55-9a3e-61b0f2d8c913?utm_campaign=badge_issued&utm_medium=email&utm_source=credly

Questions about the badge itself? Contact the issuer: Amazon Web Services Training and Certification.

Credly, Inc. - 1400 Broadway, 16th Floor, New York, NY 10018
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications
""",
  html="""<!DOCTYPE html><html><body style="margin:0;background:#f4f6f8">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/c2b1c8f4-8a2e-4e0f-9f7c-0f7e3a7a9c11/image.png" width="120" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td style="padding:0 24px"><h2 style="margin:0">Congratulations, Emily!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Cloud Practitioner</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5f1c0a7e-2b7d-4c55-9a3e-61b0f2d8c913?utm_campaign=badge_issued" style="background:#0f7f8c;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#888">Credly, Inc. &middot; 1400 Broadway, 16th Floor, New York, NY 10018</p></td></tr></table>
</td></tr></table></body></html>
""")

M(7, "credly-wallet", "credly_badge_issued", "en", None, [], True,
  frm=("Credly", "admin@credly.com"), to=EMILY, date="2025-03-15 02:14:09", src="credly",
  subj="Emily, something new is waiting in your wallet", fmt="html", cte="base64",
  html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Credly</title>
<style>.btn{background:#1d6fa5;color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:3px}</style></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#222;background:#fafafa">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
<p style="font-size:13px;color:#777">Credly &middot; Digital credentials</p>
<h1 style="font-size:22px">Ready when you are</h1>
<p>Hi Emily,</p>
<p><b>AWS Knowledge: Cloud Essentials</b> from Amazon Web Services Training and Certification is now in your wallet. It was awarded to the address emily.carter.dev@gmail.com after your training record was updated.</p>
<p>Claim it to show it on your public profile. Until you do, only you can see it.</p>
<p><a class="btn" href="https://www.credly.com/badges/a41f9d2c-77e0-4b3e-9d0a-2c5b8e6f1a47/claim">Claim badge</a></p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Badge ID a41f9d2c77e04b3e9d0a2c5b8e6f1a47 &middot; You are receiving this because an organization issued you a credential on Credly.<br>
<a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</div></body></html>
""")

M(8, "github-cert-portal-412", "unrelated", "en", None, [], False,
  frm=("Dana Whitfield", "notifications@github.com"), to=EMILY, date="2025-03-12 21:17:40", src="github",
  reply_to="brightlane/cert-portal <reply+ABX3KQ7ZPD2M4NRT6YV5HUE6DN3KDEVBNHHKNQ7C2Q@reply.github.com>",
  subj="Re: [brightlane/cert-portal] Account merge: dedupe learner profiles by e-mail (PR #412)", fmt="alt",
  irt="<brightlane/cert-portal/pull/412@github.com>", refs="<brightlane/cert-portal/pull/412@github.com>",
  extra=[("List-ID", "brightlane/cert-portal <cert-portal.brightlane.github.com>"), ("X-GitHub-Reason", "author")],
  new="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightlane/cert-portal/pull/412#event-16781200452
You are receiving this because you authored the thread.
""")

M(9, "credly-saa-notice", "unrelated", "en", None, [], True,
  frm=("Credly", "admin@credly.com"), to=EMILY, date="2025-09-02 15:40:12", src="credly",
  subj="Your AWS Certified Solutions Architect \u2013 Associate badge expires in 90 days", fmt="alt",
  new="""Hi Emily,

Heads up: your badge AWS Certified Solutions Architect \u2013 Associate, issued by Amazon Web Services Training and Certification, expires on December 1, 2025.

After that date the badge will show as expired on your profile. To keep it current, follow the issuer's recertification steps:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/0b7e3f52-91ad-4c6e-b1f0-6e2d9a8c4b13

Credly
""")

M(58, "tc-verification", "support_reply", "en", None, ["AWS04418273"], False,
  frm=FORM, to=EMILY, date="2025-03-13 03:51:22",
  src=dict(host="vps-4471.hostkey-srv.net", ip="185.203.116.44", mailfrom="bounce@mailer-cloud-dispatch.net", dkim=[], mid_dom="mailer-cloud-dispatch.net"),
  verdict=dict(spf="fail", dkim="none", dmarc="fail"),
  forged="amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com",
  subj="RE: [AWS Training and Certification] Identity verification needed for your account request", cs="us-ascii",
  new="""Dear Customer,

We are processing the request you submitted regarding your AWS Certification profile AWS04418273.

Before we can continue, our security team must verify your identity. Please complete the verification below within 24 hours. You will be asked to sign in with your AWS Certification e-mail and password and upload a photo of a government-issued ID.

Verify now: http://aws-certification.verify-portal-secure.com/tc/identity?ref=8841-20

If the verification is not completed, your request will be cancelled and the profile may be locked for security reasons.

Sincerely,
AWS Training and Certification Customer Support
""")

M(61, "seller-central-case", "unrelated", "en", SC, [], True,
  frm=("Amazon Seller Central", "seller-notification@amazon.com"), to=EMILY, date="2025-05-19 20:02:33",
  subj="RE:[CASE %s] Request to merge two Seller Central accounts" % SC,
  new="""Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like to combine the selling account registered to e.carter@brightlane.io with the account registered to emily.carter.dev@gmail.com.

Before we can submit this request, please reply with:
- The merchant token of each account (Settings > Account Info > Your Merchant Token)
- Confirmation that both accounts belong to the same legal entity

Please be aware that once two selling accounts are linked under one owner, listings and payment settings of the secondary account cannot be restored.

We value your feedback. Please rate your experience using the links below:
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=%s

Thanks,
Anjali
Amazon Selling Partner Support
""" % SC)

# ---------------------------------------------------------------- U2 Misaki (ja, Office 365 JP), form case C2
FORM_SUBJ2 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2

M(10, "uketsuke", "case_created", "ja", C2, ["AWS27750419"], True,
  frm=FORM, to=MISAKI, date="2025-07-14 01:15:20", prov="o365jp", ncs="iso-2022-jp",
  subj=[("[CASE %s] " % C2, None), ("お問い合わせを受け付けました - AWS トレーニングと認定", "iso-2022-jp")], cs="iso-2022-jp",
  new="""田中 美咲 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございます。
以下の内容でご依頼を承りました。

ケース番号: %s
お問い合わせの種類: 認定 / アカウントの統合
AWS 受験者 ID: AWS27750419
受付日時: 2025年7月14日 10:15 (JST)

担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。
追加の情報がある場合は、件名のケース番号を変えずにこのメールへご返信ください。
同じ内容でフォームを再度送信されますと、別のケースとして登録され、回答が遅れる場合がございます。

※本メールへご返信いただいた内容は、そのままケースに追加されます。

AWS トレーニングと認定 カスタマーサポート
""" % C2)

M(11, "form-reply-takahashi", "support_reply", "ja", C2, ["AWS08823194", "AWS27750419", "AWS31086652"], True,
  frm=FORM, to=MISAKI, date="2025-07-15 06:30:44", prov="o365jp", subj=FORM_SUBJ2, cte="base64",
  new="""田中 美咲 様

いつもアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの高橋でございます。

この度はアカウント統合のご依頼をいただき、ありがとうございます。
お知らせいただいた受験者 ID のうち、AWS27750419 および AWS31086652 につきましては、当方で登録情報を確認することができました。
一方、AWS08823194 につきましては、ご記載のメールアドレスでは該当するアカウントを特定することができませんでした。

お手数をおかけいたしますが、以下の情報を本メールへのご返信にてお知らせいただけますでしょうか。

・AWS08823194 のサインインに使用しているメールアドレス
・同アカウントの通知先メールアドレス（サインイン用と異なる場合）
・統合後に残すアカウント（現時点では AWS27750419 を想定しております）

いただいた情報をもとに、手続きのご案内を差し上げます。
何卒よろしくお願い申し上げます。

高橋 翔
AWS トレーニングと認定 カスタマーサポート
""")

M(12, "form-reply-takahashi-2", "merge_confirmation_requested", "ja", C2, ["AWS08823194", "AWS27750419", "AWS31086652"], True,
  frm=FORM, to=MISAKI, date="2025-07-16 02:11:38", prov="o365jp", subj=FORM_SUBJ2, cs="shift_jis", cte="8bit",
  new="""田中 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋でございます。
追加情報のご提供、誠にありがとうございました。

ご依頼内容を以下のとおり整理いたしました。作業に着手する前に、内容に相違がないかご確認をお願いいたします。

■ 存続するアカウント（統合先）
　受験者 ID: AWS27750419
　サインイン: m.tanaka@hoshizora-sys.co.jp

■ 統合元のアカウント（統合後に削除されます）
　受験者 ID: AWS31086652
　受験者 ID: AWS08823194

統合元の 2 アカウントに登録されている認定資格、受験履歴、特典は、すべて AWS27750419 に引き継がれます。
なお、統合処理は一度実施すると元に戻すことができません。あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信のうえ、統合の実施にご同意いただける旨をお知らせください。
ご返信を確認するまで、作業は保留とさせていただきます。

高橋 翔
AWS トレーニングと認定 カスタマーサポート
""")

M(13, "form-reply-kobayashi-saiso", "merge_confirmation_requested", "ja", C2, [], True,
  frm=FORM, to=MISAKI, date="2025-07-22 01:40:03", prov="o365jp", cs="iso-2022-jp",
  subj=[("RE:[CASE %s] " % C2, None), ("【再送】アカウント統合内容のご確認のお願い", "iso-2022-jp")],
  new="""田中 美咲 様

AWS トレーニングと認定 カスタマーサポートの小林と申します。高橋に代わりご連絡いたします。

7月16日にお送りした下記メールにつきまして、その後ご確認いただけましたでしょうか。
統合の実施にはお客様のご同意が必要なため、現在ケースを保留とさせていただいております。

下記の統合内容でお間違いがなければ、お手数ですがその旨をご返信ください。
なお、7 日以内にご返信がない場合、本ケースは自動的にクローズされますのでご注意ください。

小林 由衣
AWS トレーニングと認定 カスタマーサポート
""",
  quoted="""
---------- 元のメッセージ ----------
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年7月16日 11:11
宛先: m.tanaka@hoshizora-sys.co.jp
件名: %s

田中 美咲 様

ご依頼内容を以下のとおり整理いたしました。作業に着手する前に、内容に相違がないかご確認をお願いいたします。

■ 存続するアカウント（統合先）
　受験者 ID: AWS27750419
■ 統合元のアカウント（統合後に削除されます）
　受験者 ID: AWS31086652
　受験者 ID: AWS08823194

統合処理は一度実施すると元に戻すことができません。
上記の内容でよろしければ、本メールにご返信のうえ、統合の実施にご同意いただける旨をお知らせください。

高橋 翔
""" % FORM_SUBJ2)

M(14, "form-reply-kobayashi", "support_reply", "ja", C2, ["AWS08823194", "AWS27750419", "AWS31086652"], True,
  frm=FORM, to=MISAKI, date="2025-07-22 08:05:51", prov="o365jp", subj=FORM_SUBJ2,
  new="""田中 様

ご返信いただき、ありがとうございます。統合内容にご同意いただいたことを確認いたしました。

これより、AWS31086652 および AWS08823194 を AWS27750419 へまとめる作業に入ります。
処理には通常 1〜3 営業日ほどお時間を頂戴しております。作業が終わりましたら、改めて本ケースにてご連絡いたします。

完了のご連絡を差し上げるまでの間は、統合元のアカウントでの試験予約やバウチャーのご利用はお控えください。

小林 由衣
AWS トレーニングと認定 カスタマーサポート
""",
  quoted="""
2025年7月22日(火) 13:52 田中 美咲 <m.tanaka@hoshizora-sys.co.jp>:
""" + q("""小林様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。
ご提示の内容で問題ありませんので、統合をお願いいたします。

田中"""))

M(15, "form-reply-kobayashi-2", "merge_completed", "ja", C2, ["AWS08823194", "AWS27750419", "AWS31086652"], True,
  frm=FORM, to=MISAKI, date="2025-07-23 04:48:16", prov="o365jp", subj=FORM_SUBJ2, cte="base64", crlf=True,
  new="""田中 美咲 様

大変お待たせいたしました。
ご依頼いただいておりましたアカウントの件、作業が完了いたしましたのでご報告いたします。

旧アカウント AWS31086652 および AWS08823194 に登録されていた認定資格・受験履歴・特典は、すべて AWS27750419 へ移行いたしました。旧アカウントは無効化済みのため、今後はサインインできません。

AWS Certification アカウントにサインインのうえ、認定資格の一覧と特典（50%% 割引バウチャー等）が表示されていることをご確認ください。
Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届きます。

本件はこれにてクローズとさせていただきます。
今回の対応について、よろしければアンケートへのご協力をお願いいたします。
https://support.aws.amazon.com/feedback/case?displayId=%s&lang=ja

小林 由衣
AWS トレーニングと認定 カスタマーサポート
""" % C2)

M(16, "anketo", "survey", "ja", C2, [], None,
  frm=("AWS Support", "no-reply-aws@amazon.com"), to=MISAKI, date="2025-07-25 00:30:00", prov="corpgw", fmt="alt",
  subj="ケース %s に関するアンケートのお願い" % C2,
  new="""田中 美咲 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

先日クローズされたケース %s について、簡単なアンケートにご協力ください。所要時間は 1 分程度です。

Q1. 問題は解決しましたか？
　はい　 https://support.aws.amazon.com/feedback/case?displayId=%s&resolved=yes&lang=ja
　いいえ https://support.aws.amazon.com/feedback/case?displayId=%s&resolved=no&lang=ja

Q2. 担当者の対応はいかがでしたか？（1: 不満 〜 5: 満足）
　https://support.aws.amazon.com/feedback/agent?displayId=%s&lang=ja

ご回答内容はサポート品質の向上にのみ使用いたします。
本メールは送信専用のアドレスからお送りしております。

アマゾン ウェブ サービス
""" % (C2, C2, C2, C2))

M(17, "credly-dva-ja", "credly_badge_issued", "ja", None, [], True,
  frm=("Amazon Web Services Training and Certification（Credly経由）", "admin@credly.com"), to=MISAKI,
  date="2025-07-23 09:12:40", src="credly", prov="o365jp", fmt="alt",
  subj=[("新しいバッジが届いています: AWS Certified Developer ", "utf-8-q"), ("- Associate", None)],
  new="""田中 美咲 さん

Amazon Web Services Training and Certification から、バッジ「AWS Certified Developer - Associate」が発行されました。

このバッジは認定アカウントの更新に伴い、m.tanaka@hoshizora-sys.co.jp の Credly アカウントへ送られたものです。下のリンクからバッジを受け取り、公開範囲を設定してください。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/9c2e7b40-58d1-4f6a-8a3b-d47e0c15f2a8?locale=ja

このメールは Credly から送信されています。配信設定: https://www.credly.com/earner/settings/notifications
""")

M(18, "okada-re-fw", "unrelated", "ja", C2, [], False,
  frm=("岡田 浩二", "k.okada@hoshizora-sys.co.jp"), to=MISAKI, date="2025-07-23 07:02:11", tz="jst", prov="o365jp",
  src=dict(host="", ip="", mailfrom="k.okada@hoshizora-sys.co.jp", internal=True, dkim=[]), verdict=dict(dmarc="none"),
  subj="RE: FW: " + FORM_SUBJ2, fmt="alt", cte="base64",
  msgid="<TYCPR01MB6630E41B9D27C5A08F3E17D2A5A9@TYCPR01MB6630.jpnprd01.prod.outlook.com>",
  irt="<TYCPR01MB8812C3F0A1D2E4B7F1A8D3C6BB2A9@TYCPR01MB8812.jpnprd01.prod.outlook.com>",
  extra=[("Thread-Topic", "FW: " + FORM_SUBJ2), ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
  new="""田中さん

共有ありがとうございます。統合完了、了解しました。
バウチャーの件は来週の定例で確認しましょう。受験費用の申請は、今後は統合後の ID で出してください。

岡田
""",
  quoted="""
________________________________
差出人: 田中 美咲 <m.tanaka@hoshizora-sys.co.jp>
送信日時: 2025年7月23日 14:10
宛先: 岡田 浩二 <k.okada@hoshizora-sys.co.jp>
件名: FW: %s

岡田さん

AWS から統合完了の連絡が来ましたので共有します。

田中

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年7月23日 13:48
宛先: 田中 美咲 <m.tanaka@hoshizora-sys.co.jp>
件名: %s

田中 美咲 様

大変お待たせいたしました。
ご依頼いただいておりましたアカウントの件、作業が完了いたしましたのでご報告いたします。

旧アカウント AWS31086652 および AWS08823194 に登録されていた認定資格・受験履歴・特典は、すべて AWS27750419 へ移行いたしました。旧アカウントは無効化済みのため、今後はサインインできません。

本件はこれにてクローズとさせていただきます。

小林 由衣
AWS トレーニングと認定 カスタマーサポート
""" % (FORM_SUBJ2, FORM_SUBJ2))

M(19, "pearson-vue", "unrelated", "ja", None, ["AWS27750419"], False,
  frm=("Pearson VUE", "pvdonotreply@pearson.com"), to=MISAKI, date="2025-08-05 03:27:14", src="pearson", prov="o365jp", fmt="alt",
  subj="Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional",
  new="""田中 美咲 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
受験言語: 日本語
日時: 2025年8月30日(土) 13:00 JST
会場: 東京 - 新宿テストセンター
受験者 ID: AWS27750419
登録番号: 497316620

当日は、有効な本人確認書類（2 点）をお持ちのうえ、開始時刻の 30 分前までにお越しください。
予約の変更・キャンセルは、試験開始の 24 時間前まで AWS Certification アカウントから行うことができます。

Pearson VUE
""")

M(20, "seikyu-case", "unrelated", "ja", CB, [], True,
  frm=CONSOLE, to=MISAKI, date="2025-06-03 02:48:59", prov="o365jp", cs="iso-2022-jp",
  subj=[("RE:[CASE %s] " % CB, None), ("請求書の宛名および住所変更について", "iso-2022-jp")],
  new="""田中様

アマゾン ウェブ サービスの請求担当、伊藤でございます。

請求書の宛名および住所の変更について、お問い合わせいただきありがとうございます。
請求書に記載される宛名・住所は、請求コンソールの「お支払い設定」>「請求先の住所」から変更いただけます。変更後に発行される請求書から新しい宛名が反映されます。

なお、2023年にお問い合わせいただいたケース %s でご案内した手順と同じ内容となります。
過去分の請求書の再発行が必要な場合は、対象の月をお知らせください。

本ケースへのご返信は AWS サポートセンターからお願いいたします。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

伊藤
アマゾン ウェブ サービス
""" % (OLD11, CB))

# ---------------------------------------------------------------- U3 Rahul (en, Outlook.com), console case C3
CON_SUBJ3 = "RE:[CASE %s] Merge two AWS Certification accounts" % C3
CON_FOOT = """
To contact us again about this case, please return to the AWS Support Center using the following link:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % C3

M(21, "console-new-case", "case_created", "en", C3, ["AWS55190327", "AWS62004418"], True,
  frm=CONSOLE, to=RAHUL, date="2025-10-20 17:48:07", prov="outlookcom", to_name=False, cs="us-ascii",
  subj="Amazon Web Services: You have opened a new Support case: %s" % C3,
  new="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge two AWS Certification accounts (AWS55190327 / AWS62004418)
Severity: General guidance
Correspondence: Hi team, I have two certification accounts because I changed my employer and registered the second exam with new office mail. Please combine them into the one with my personal email.

We will respond to your case as soon as possible.
""" % (C3, C3) + CON_FOOT)

M(22, "console-correspondence", "support_reply", "en", C3, [], True,
  frm=CONSOLE, to=RAHUL, date="2025-10-23 05:12:40", prov="outlookcom", to_name=False, cs="us-ascii",
  subj="[Case %s] New correspondence added" % C3,
  new="""Hello,

We've updated your support case %s with new correspondence.

Case ID: %s
Subject: Merge two AWS Certification accounts
Status: Pending customer action

To view the update and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (C3, C3, C3))

M(23, "console-reply-sathish", "merge_confirmation_requested", "en", C3, ["AWS55190327", "AWS62004418"], True,
  frm=CONSOLE, to=RAHUL, date="2025-10-23 05:11:58", prov="outlookcom", to_name=False, subj=CON_SUBJ3,
  new="""Dear Rahul,

Greetings from AWS Training and Certification team!!

This is regarding your request for merging of your certification accounts. As per our verification, please find below the accounts details:

Primary account (will be retain) : aws-55190327 , login email - rahul.verma88@outlook.com
Secondary account (will be merge and deactivate) : AWS 62004418 , login email - rahul.v@northwind-analytics.in

Kindly note once the merging is done the same cannot be revert back. All certifications, exam history and benefits of secondary account will be moving into primary account.

Request you to please revert on this case through Support Center by confirming the above details are correct, so that we can do the needful.

Awaiting for your kind response.

Thanks & Regards,
Sathish K.
AWS Training and Certification Support
""" + CON_FOOT)

M(24, "console-reply-sathish-2", "merge_confirmation_requested", "en", C3, ["AWS55190327", "AWS62004418"], True,
  frm=CONSOLE, to=RAHUL, date="2025-10-27 06:40:31", prov="outlookcom", to_name=False,
  subj=CON_SUBJ3 + " - Reminder", cs="us-ascii",
  new="""Dear Rahul,

Hope you are doing well.

This is gentle reminder for the confirmation we requested on 23-Oct-2025. Still we have not received any response from your end.

Once again sharing the details for your reference:
 - Account to be retained : AWS55190327
 - Account to be merged and deactivated : AWS62004418

Please note the merge is permanent action. Kindly confirm by replying in Support Center so we can proceed further. If no response is received, the case will be auto-resolved after 7 days.

Thanks & Regards,
Sathish K.
AWS Training and Certification Support
""" + CON_FOOT)

M(25, "console-reply-sathish-3", "support_reply", "en", C3, ["AWS55190327", "AWS62004418"], True,
  frm=CONSOLE, to=RAHUL, date="2025-10-28 04:55:02", prov="outlookcom", to_name=False, subj=CON_SUBJ3, cs="us-ascii",
  new="""Dear Rahul,

Thank you for the confirmation. We have now forwarded your request to our concerned team for processing the merge of AWS62004418 into AWS55190327.

Once the merge is completed, you will be able to see all certifications under AWS55190327 and your Credly badges will be transfer to the Credly account linked with rahul.verma88@outlook.com. We will update you on this case as soon as we are receiving update from the team.

Thanks for your patience.

Thanks & Regards,
Sathish K.
AWS Training and Certification Support
""" + CON_FOOT)

M(26, "console-reply-sathish-4", "merge_completed", "en", C3, ["AWS55190327", "AWS62004418"], True,
  frm=CONSOLE, to=RAHUL, date="2025-10-30 03:44:19", prov="outlookcom", to_name=False, subj=CON_SUBJ3,
  new="""Dear Rahul,

Greetings of the day!

We are happy to inform that your request has been successfully actioned. The secondary account AWS62004418 has been merged with the primary account AWS55190327 and the secondary account is now deactivated. You can login using rahul.verma88@outlook.com to view all your certifications.

As the request is completed, we are resolving this case. If you are satisfied with our support, please take a moment to rate this correspondence using below link.

Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true

Thanks & Regards,
Sathish K.
AWS Training and Certification Support
""" % C3 + CON_FOOT)

M(27, "console-case-status", "case_created", "en", C3, [], True,
  frm=CONSOLE, to=RAHUL, date="2025-11-04 16:21:55", prov="outlookcom", to_name=False, cs="us-ascii",
  subj="Amazon Web Services: Your Support case %s has been reopened" % C3,
  new="""Hello,

Your support case %s has been reopened and is back in the queue for an AWS Support agent. You don't need to do anything else right now; we will respond as soon as possible.

Case ID: %s
Subject: Merge two AWS Certification accounts
Severity: General guidance
Status: Reopened

Most recent correspondence:
Hello, the certification part is fine now but my two badges (Developer Associate and SysOps) are still sitting in my old Credly login with the office email. Can you please help to move them?
""" % (C3, C3) + CON_FOOT)

M(28, "console-reply-mohammed", "support_reply", "en", C3, ["AWS55190327"], True,
  frm=CONSOLE, to=RAHUL, date="2025-11-05 18:09:27", prov="outlookcom", to_name=False, subj=CON_SUBJ3, cte="quoted-printable",
  new="""Hi Rahul,

Thanks for getting back to us, and sorry about the trouble with the badges.

I've checked and your certifications are showing correctly under AWS55190327, so the certification side is all good. Credly is a separate system: I have raised an internal request with our Credly team to move the two badges from the Credly profile registered to rahul.v@northwind-analytics.in over to the one under rahul.verma88@outlook.com. This normally takes 3 to 5 business days. You will get the e-mails directly from Credly once that's done, and I'll keep this case open until then.

Best regards,
Mohammed R.
Amazon Web Services
""" + CON_FOOT,
  quoted="""________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Thursday, October 30, 2025 9:14 AM
To: rahul.verma88@outlook.com
Subject: %s

Dear Rahul,

Greetings of the day!

We are happy to inform that your request has been successfully actioned. The secondary account AWS62004418 has been merged with the primary account AWS55190327 and the secondary account is now deactivated. You can login using rahul.verma88@outlook.com to view all your certifications.

As the request is completed, we are resolving this case.

Thanks & Regards,
Sathish K.
""" % CON_SUBJ3)

M(29, "credly-account-update", "credly_badge_issued", "en", None, [], True,
  frm=("Credly", "admin@credly.com"), to=RAHUL, date="2025-11-07 13:02:48", src="credly", prov="outlookcom", fmt="alt",
  subj="2 badges have been moved to your Credly account",
  new="""Hi Rahul,

At the request of Amazon Web Services Training and Certification, 2 badges were transferred to this Credly account. They keep their original issue dates.

View your badges: https://www.credly.com/users/rahul-verma.4f2a9c/badges

Credly
""",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<div style="max-width:600px;margin:auto">
<h2>Your badges have a new home</h2>
<p>Hi Rahul,</p>
<p>At the request of <b>Amazon Web Services Training and Certification</b>, the following badges were transferred from the Credly account <i>rahul.v@northwind-analytics.in</i> to this one:</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th align="left">Badge</th><th align="left">Issued</th><th align="left">Expires</th></tr>
<tr><td>AWS Certified Developer &ndash; Associate</td><td>Jun 12, 2024</td><td>Jun 12, 2027</td></tr>
<tr><td>AWS Certified SysOps Administrator &ndash; Associate</td><td>Feb 3, 2025</td><td>Feb 3, 2028</td></tr>
</table>
<p>Both badges are already accepted and visible on your profile. You can change who can see them at any time.</p>
<p><a href="https://www.credly.com/users/rahul-verma.4f2a9c/badges" style="background:#0f7f8c;color:#fff;padding:10px 18px;text-decoration:none">View my badges</a>
&nbsp; <a href="https://www.credly.com/earner/settings/privacy">Privacy settings</a></p>
<p style="font-size:11px;color:#999">Transfer reference 6c1b0e9f2d4a47b8a3e5f0d7c9b2a614</p>
</div></body></html>
""")

M(30, "support-feedback", "survey", "en", C3, [], True,
  frm=("AWS Support", "aws-support-feedback@amazon.com"), to=RAHUL, date="2025-11-12 21:30:05", prov="outlookcom", to_name=False,
  subj="Quick question about your recent AWS Support case", fmt="html", cte="quoted-printable",
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;background:#f2f3f3">
<table width="600" align="center" style="background:#ffffff" cellpadding="20"><tr><td>
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked.547f032d90171cdea4dd90c258f47373c5573db5.png" width="90" alt="AWS">
<p>Your case <b>%s</b> (Merge two AWS Certification accounts) was recently closed.</p>
<p style="font-size:18px"><b>How likely are you to recommend AWS Support to a friend or colleague?</b></p>
<table cellspacing="4"><tr>
<td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=0">0</a></td><td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=1">1</a></td>
<td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=2">2</a></td><td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=3">3</a></td>
<td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=4">4</a></td><td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=5">5</a></td>
<td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=6">6</a></td><td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=7">7</a></td>
<td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=8">8</a></td><td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=9">9</a></td>
<td><a href="https://survey.support.aws/s/nps?c=%s&amp;v=10">10</a></td></tr>
<tr><td colspan="5" style="font-size:11px;color:#777">Not at all likely</td><td colspan="6" align="right" style="font-size:11px;color:#777">Extremely likely</td></tr></table>
<p style="font-size:12px;color:#777">Clicking a number opens a two-question form. We read every comment.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></body></html>
""" % ((C3,) * 12))

M(31, "console-ec2-limit", "unrelated", "en", CQ, [], True,
  frm=CONSOLE, to=RAHUL, date="2025-09-16 08:27:13", prov="outlookcom", to_name=False, cs="us-ascii",
  subj="RE:[CASE %s] Limit Increase: EC2 Instances" % CQ,
  new="""Hello,

Thank you for your patience while we reviewed your request.

We have approved and processed your quota increase request for Running On-Demand G and VT instances in the US East (N. Virginia) region. Your new quota is 64 vCPUs. It can take up to 30 minutes for the new value to appear in the Service Quotas console.

Quota increases do not change your bill by themselves; you are only charged for the instances you launch.

We hope this helps. Have a great day ahead!

Best regards,
Ken T.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center
""" + CON_FOOT.replace(C3, CQ))

M(32, "certmetrics-survey", "unrelated", "en", None, ["AWS55190327"], False,
  frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=RAHUL, date="2025-12-01 14:00:37", src="certmetrics", prov="outlookcom",
  subj="AWS Certification wants to hear from you", fmt="alt",
  new="""Hello Rahul Verma,

Thank you for being part of the AWS Certification community.

We are running a short survey about your exam experience, from scheduling to receiving your results. It takes about 5 minutes and your answers are anonymous.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?id=7c0e41d2

Candidate ID: AWS55190327

Sincerely,
AWS Training and Certification

You are receiving this message because you have an AWS Certification account. Manage preferences at https://www.certmetrics.com/amazon/candidate/preferences.aspx
""")

M(33, "aws-billing-alert", "unrelated", "en", None, [], False,
  frm=("AWS Billing", "billing-alerts@aws-account-verify-center.com"), to=RAHUL, date="2025-10-25 11:19:44", prov="outlookcom",
  src=dict(host="mail.aws-account-verify-center.com", ip="45.137.21.86", mailfrom="billing-alerts@aws-account-verify-center.com", dkim=[]),
  verdict=dict(spf="pass", dkim="none", dmarc="none"),
  subj="Action required: your AWS account has been suspended", fmt="html", cte="base64",
  html="""<html><body style="font-family:Arial">
<p><img src="http://aws-account-verify-center.com/img/aws.png" alt="aws"></p>
<p>Dear AWS Customer,</p>
<p>We were unable to validate the payment method on your account. As a result, <b>your AWS account and all running resources have been suspended</b>.</p>
<p>To avoid permanent deletion of your data, please update your billing information within 48 hours:</p>
<p><a href="http://aws-account-verify-center.com/billing/restore?u=rahul.verma88">Restore my account</a></p>
<p>Regards,<br>AWS Billing Department</p>
</body></html>
""")

M(34, "builder-id", "unrelated", "en", None, [], True,
  frm=("AWS", "no-reply@signin.aws"), to=RAHUL, date="2025-10-20 17:30:58", prov="outlookcom", to_name=False,
  subj="Your AWS Builder ID verification code", fmt="alt",
  new="""Verify your AWS Builder ID email address

Hello,

To finish signing in with your AWS Builder ID, enter this verification code:

Verification code: 482913

This code expires 10 minutes after it was sent.

If you did not try to sign in, you can ignore this message.

Amazon Web Services
""")

# ---------------------------------------------------------------- U4 Kenichi (ja, nifty), form cases C4A then C4B
FORM_SUBJ4 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4B
NIFTY = dict(prov="nifty")

M(35, "otoiawase-uketsuke", "case_created", "ja", C4A, ["AWS71338025"], True,
  frm=FORM, to=KENICHI, date="2026-01-13 03:20:23", **NIFTY,
  subj="お問い合わせありがとうございます [CASE %s]" % C4A,
  new="""佐藤 健一 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号は %s です。

担当者より、原則として 24 時間以内にご連絡いたします。
本ケースに関するご連絡は、このメールへの返信にてお願いいたします（件名のケース番号は削除しないでください）。

―― お問い合わせ内容 ――
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS71338025
通知先メールアドレス: （未入力）

AWS トレーニングと認定 カスタマーサポート
""" % C4A)

M(36, "otoiawase-uketsuke-2", "case_created", "ja", C4B, ["AWS19920584", "AWS71338025"], True,
  frm=FORM, to=KENICHI, date="2026-01-21 00:58:52", cte="base64", **NIFTY,
  subj="お問い合わせありがとうございます [CASE %s]" % C4B,
  new="""佐藤 健一 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号は %s です。

担当者より、原則として 24 時間以内にご連絡いたします。
本ケースに関するご連絡は、このメールへの返信にてお願いいたします（件名のケース番号は削除しないでください）。

―― お問い合わせ内容 ――
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: aws71338025
通知先メールアドレス: k-sato.cloud@nifty.com
内容:
1月13日にケース %s で同じ内容をお願いしましたが、1週間たっても返信がないため、もう一度送ります。
前の会社のメールアドレスで作った受験者 ID AWS19920584 を、aws71338025 にまとめてください。

AWS トレーニングと認定 カスタマーサポート
""" % (C4B, C4A))

M(37, "form-reply-mori", "support_reply", "ja", C4B, ["AWS19920584"], True,
  frm=FORM, to=KENICHI, date="2026-01-22 02:34:10", cs="iso-2022-jp", subj=FORM_SUBJ4, **NIFTY,
  new="""佐藤 健一 様

お問い合わせいただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサポートでございます。

【ご依頼内容】
アカウント統合

【ご連絡事項】
先に作成されておりましたケース %s につきましては、通知先メールアドレスが未入力であったため、弊社からのご連絡が届いておりませんでした。ご不便をおかけし、申し訳ございません。
同ケースは本ケースと重複するため、以降は本ケース（%s）にて対応いたします。

【ご確認のお願い】
統合手続きのため、以下の項目についてご回答ください。
1. 統合元アカウント（AWS19920584）のサインイン用メールアドレス
2. 統合の理由（例: 転職に伴うメールアドレスの変更）
3. 統合後も使用するメールアドレス

【回答期限】
本メール送信日から 7 日以内

以上、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
担当: 森
""" % (C4A, C4B))

M(38, "form-reply-mori-2", "merge_confirmation_requested", "ja", C4B, ["AWS19920584", "AWS71338025"], True,
  frm=FORM, to=KENICHI, date="2026-01-23 05:47:33", cs="iso-2022-jp", **NIFTY,
  subj=[("RE:[CASE %s] " % C4B, None), ("【要返信】アカウント統合内容のご確認（統合は取り消しできません）", "iso-2022-jp")],
  new="""佐藤 健一 様

ご回答いただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサポートでございます。

【統合内容】
統合先（存続）: AWS71338025（k-sato.cloud@nifty.com）
統合元（削除）: AWS19920584（kenichi.sato@tsubame-denki.co.jp）

【注意事項】
・統合元の認定資格、受験履歴、特典はすべて統合先へ移されます。
・統合元アカウントは統合後に削除され、サインインできなくなります。
・統合は取り消しできません。

【ご確認のお願い】
上記内容でよろしければ、本メールに「上記内容で統合を承諾します」とご返信ください。
内容に誤りがある場合は、正しい内容をご返信ください。
ご返信をいただくまで、作業は行いません。

以上、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
担当: 森
""")

M(39, "form-reply-mori-3", "merge_completed", "ja", C4B, ["AWS19920584", "AWS71338025"], True,
  frm=FORM, to=KENICHI, date="2026-01-26 08:15:02", subj=FORM_SUBJ4, cs="utf-8", cte="8bit", label="iso-8859-1", **NIFTY,
  new="""佐藤様

AWS19920584 の内容を AWS71338025 へ移し終えました。旧アカウントは閉鎖済みです。
サインイン後、認定一覧をご確認ください。

森
""",
  quoted="""
2026年1月24日(土) 9:41 佐藤 健一 <k-sato.cloud@nifty.com>:
""" + q("""森様

上記内容で統合を承諾します。
よろしくお願いします。

佐藤

> 【統合内容】
> 統合先（存続）: AWS71338025（k-sato.cloud@nifty.com）
> 統合元（削除）: AWS19920584（kenichi.sato@tsubame-denki.co.jp）"""))

M(40, "case-close-hyoka", "survey", "ja", C4B, [], True,
  frm=FORM, to=KENICHI, date="2026-01-26 08:16:40", cs="shift_jis", cte="base64", **NIFTY,
  subj="[CASE %s] ケースクローズのお知らせとご評価のお願い" % C4B,
  new="""佐藤 健一 様

ケース %s はクローズされました。

今回のサポートについて、満足度を 1（不満）～ 5（満足）の数字で本メールにご返信ください。
ご意見・ご要望があれば、数字の後に続けてご記入ください。

　例）5 迅速な対応でした

いただいた評価は、担当者へのフィードバックおよびサービス改善に活用いたします。
なお、クローズ後 14 日以内にご返信いただいた内容によっては、ケースが再開されることがあります。

AWS トレーニングと認定 カスタマーサポート
""" % C4B)

M(63, "case-kaiketsu", "survey", "ja", C4A, [], True,
  frm=FORM, to=KENICHI, date="2026-01-28 03:20:40", cs="euc-jp", cte="base64", **NIFTY,
  subj="[CASE %s] ケースは解決済みになりました" % C4A,
  new="""佐藤 健一 様

ケース %s は、一定期間お客様からのご返信がなかったため、解決済みとして処理されました。

引き続きサポートが必要な場合は、14 日以内に本メールへご返信ください。ケースが再開されます。

サポートの品質向上のため、アンケートへのご協力をお願いいたします。
問題は解決しましたか？
　はい　 https://support.aws.amazon.com/feedback/case?displayId=%s&resolved=yes&lang=ja
　いいえ https://support.aws.amazon.com/feedback/case?displayId=%s&resolved=no&lang=ja

AWS トレーニングと認定 カスタマーサポート
""" % (C4A, C4A, C4A))

M(41, "credly-dea", "credly_badge_issued", "en", None, [], True,
  frm=CREDLY_AWS, to=KENICHI, date="2026-02-03 14:05:19", src="credly", fmt="alt", **NIFTY,
  subj="Reminder: your AWS Certified Data Engineer \u2013 Associate badge is waiting",
  new="""Hi Kenichi,

You have a badge from Amazon Web Services Training and Certification that hasn't been accepted yet:

AWS Certified Data Engineer \u2013 Associate
Issued to k-sato.cloud@nifty.com on January 27, 2026

Badges you haven't accepted are not visible to anyone else. Accept it to share it and to let others verify it.

Accept badge: https://www.credly.com/earner/earned/badge/e8d4a1b7-0c3f-4e92-b5a6-7f1d2c3e9a05

Credly
""")

M(42, "credly-account", "unrelated", "en", None, [], True,
  frm=("Credly", "admin@credly.com"), to=KENICHI, date="2026-02-04 10:22:07", src="credly", fmt="alt", **NIFTY,
  subj="Confirm your Credly account merge",
  new="""Hi Kenichi,

You asked to merge the Credly account kenichi.sato@tsubame-denki.co.jp into this account.

Enter this code on the merge page to continue:

    738204

Or use the link below:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=Zk3Q9pLm2TxR7vWb

The code expires in 30 minutes. If you didn't request this, you can ignore this e-mail; nothing will change.

Credly Support
""")

M(43, "amazon-co-jp-notice", "unrelated", "ja", None, [], False,
  frm=("Amazon.co.jp", "account-update@amazon-co-jp.securenotice-center.com"), to=KENICHI, date="2026-02-10 12:03:55", **NIFTY,
  src=dict(host="mx1.securenotice-center.com", ip="103.151.20.77", mailfrom="account-update@amazon-co-jp.securenotice-center.com", dkim=[]),
  verdict=dict(spf="pass", dkim="none", dmarc="none"), hfrom="amazon-co-jp.securenotice-center.com",
  subj="【重要】Amazon アカウントの利用制限のお知らせ", fmt="html", cte="base64",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'メイリオ',sans-serif">
<p>Amazon お客様</p>
<p>お客様のアカウントで異常なログインが検出されたため、セキュリティ保護のためアカウントの利用を一時的に制限しております。</p>
<p>24時間以内に以下のリンクからお客様情報を確認してください。確認されない場合、アカウントは永久に停止されます。</p>
<p><a href="http://amazon-co-jp.securenotice-center.com/ap/signin?ref=lock">アカウントを確認する</a></p>
<p>Amazon.co.jp カスタマーサービス</p>
</div></body></html>
""")

M(44, "aws-jp-seminar", "unrelated", "ja", None, [], True,
  frm=("アマゾン ウェブ サービス ジャパン", "aws-jp-marketing@amazon.com"), to=KENICHI, date="2026-02-12 01:00:12", fmt="alt",
  cs="iso-2022-jp", hcs="utf-8", **NIFTY,
  subj=[("【AWS トレーニングと認定】2 月の無料オンラインセミナーのご案内", "iso-2022-jp")],
  extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?lang=ja>")],
  new="""佐藤 健一 様

AWS トレーニングと認定より、2 月開催の無料オンラインセミナーをご案内いたします。

■ AWS Certified Solutions Architect - Associate 試験対策セミナー
　2 月 18 日(水) 19:00〜20:30
■ はじめての生成 AI: Amazon Bedrock 入門
　2 月 25 日(水) 12:00〜13:00

お申し込みはこちら: https://aws.amazon.com/jp/training/events/

AWS 認定をお持ちの方は、認定特典（次回試験 50% 割引など）を AWS Certification アカウントからご確認いただけます。

配信停止: https://pages.awscloud.com/unsubscribe.html?lang=ja
アマゾン ウェブ サービス ジャパン合同会社　東京都品川区上大崎 3-1-1 目黒セントラルスクエア
""")

M(45, "certmetrics-recert", "unrelated", "ja", None, ["AWS71338025"], False,
  frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=KENICHI, date="2026-03-02 09:41:26", src="certmetrics", fmt="alt", **NIFTY,
  subj="AWS 認定の再認定、おめでとうございます",
  new="""佐藤 健一 様

AWS Certified Solutions Architect - Associate の再認定、おめでとうございます。
認定の有効期限は 2029年3月1日 まで延長されました。

受験者 ID: AWS71338025
認定検証番号: 7QW2KZ9PL1M4X8RT

デジタル認定証は AWS Certification アカウントからダウンロードいただけます。
https://www.certmetrics.com/amazon/

AWS トレーニングと認定
""")

M(57, "aws-nintei-oshirase", "merge_completed", "ja", None, ["AWS71338025"], False,
  frm=("AWS トレーニングと認定", "no-reply@aws-certification-jp.com"), to=KENICHI, date="2026-01-30 22:14:09", fmt="alt", **NIFTY,
  src=dict(host="smtp.aws-certification-jp.com", ip="194.87.232.15", mailfrom="bounce@aws-certification-jp.com", dkim=[("aws-certification-jp.com", "default")]),
  verdict=dict(spf="pass", dkim="pass", dmarc="pass"),
  subj="【AWS認定】アカウント統合完了のお知らせ",
  new="""佐藤 健一 様

いつも AWS 認定をご利用いただきありがとうございます。
お客様の認定アカウントの統合手続きが完了しました。統合後の受験者 ID は AWS71338025 です。

統合後のアカウントを引き続きご利用いただくため、48 時間以内に以下のページからサインインし、登録情報（お支払い方法を含む）を確認してください。確認が行われない場合、認定資格が無効になる可能性があります。

https://aws-certification-jp.com/login/verify?id=AWS71338025

AWS トレーニングと認定 事務局
""")

# ---------------------------------------------------------------- U5 Aoi (ja, Gmail), form case C5, then C5B
FORM_SUBJ5 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C5
FORM_SUBJ5B = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C5B

M(46, "case-sakusei", "case_created", "ja", C5, ["AWS88041752"], True,
  frm=FORM, to=AOI, date="2026-04-06 12:32:03",
  subj="新しいケースを作成しました: %s" % C5,
  new="""山本 葵 様

AWS トレーニングと認定へのご連絡ありがとうございます。新しいケースを作成しました。

ケース ID: %s
件名: アカウントの統合
AWS 受験者 ID: AWS88041752

担当者が確認し、順次ご連絡いたします（通常 24 時間以内）。
このケースに追加のご連絡がある場合は、本メールにそのままご返信ください。

AWS トレーニングと認定
""" % C5)

M(47, "form-reply-shimizu", "support_reply", "ja", C5, [], True,
  frm=FORM, to=AOI, date="2026-04-07 07:18:26", subj=FORM_SUBJ5, cs="iso-2022-jp",
  new="""山本 葵 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 サポートの清水です。

ご依頼のアカウント統合について、現在、担当チームにて両アカウントの登録情報を照合しております。確認には 2〜3 営業日ほどかかる見込みです。
照合が済み次第、統合内容のご確認をお願いするメールをお送りしますので、今しばらくお待ちください。

なお、同じ内容で新しくお問い合わせいただくと対応が遅れる場合がございます。追加のご連絡は、本メールへの返信でお願いいたします。

清水
AWS トレーニングと認定 サポート
""")

M(48, "form-reply-shimizu-2", "merge_confirmation_requested", "ja", C5, ["AWS30076621", "AWS88041752"], True,
  frm=FORM, to=AOI, date="2026-04-09 04:02:57", subj=FORM_SUBJ5,
  new="""山本 葵 様

お待たせいたしました。AWS トレーニングと認定 サポートの清水です。
照合の結果、以下の 2 つのアカウントがお客様のものであることを確認いたしました。

　残すアカウント: aws88041752（aoi.yamamoto.cloud@gmail.com）
　まとめるアカウント: aws-30076621（a.yamamoto@kirin-soft.jp）

aws-30076621 の認定資格・受験履歴・特典を aws88041752 へ移し、aws-30076621 は閉鎖します。この操作は後から元に戻せません。

この内容で進めてよろしいでしょうか。問題なければ、本メールへの返信で「進めてください」とお知らせください。

清水
AWS トレーニングと認定 サポート
""")

M(49, "tc-merge-action-needed", "merge_confirmation_requested", "en", None, ["AWS30076621", "AWS88041752"], False,
  frm=("AWS Training & Certification", "support@aws-certification-accounts.com"), to=AOI, date="2026-04-10 19:44:31",
  src=dict(host="mta-07.aws-certification-accounts.com", ip="91.215.85.143", mailfrom="support@aws-certification-accounts.com",
           dkim=[("aws-certification-accounts.com", "mail")]),
  verdict=dict(spf="pass", dkim="pass", dmarc="pass", policy="NONE"),
  subj="Action needed: confirm your certification account merge within 24 hours", fmt="html", cte="base64",
  html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p><b>AWS Training &amp; Certification</b></p>
<p>Hello,</p>
<p>We found two AWS Certification accounts registered to you: <b>AWS88041752</b> and <b>AWS30076621</b>. As part of your merge request, AWS30076621 will be combined into AWS88041752 and then closed. This cannot be undone.</p>
<p>To authorize this merge you must confirm within 24 hours by signing in with your AWS Certification credentials:</p>
<p><a href="https://aws-certification-accounts.com/merge/confirm?ref=TC-58213" style="background:#ec7211;color:#fff;padding:10px 16px;text-decoration:none">Confirm merge</a></p>
<p>If you do not confirm, both accounts and all certifications may be permanently disabled.</p>
<p>Ref: TC-58213<br>AWS Training &amp; Certification Support</p>
</body></html>
""")

M(50, "form-reply-shimizu-3", "support_reply", "ja", C5, [], True,
  frm=FORM, to=AOI, date="2026-04-14 06:10:48", subj=FORM_SUBJ5, cte="base64",
  new="""山本 葵 様

AWS トレーニングと認定 サポートの清水です。

4月9日にお送りしたメールについて、その後いかがでしょうか。
まだこちらでお手伝いできることがあれば、本メールにご返信ください。

3 営業日以内にご返信がない場合は、本ケースをいったん解決済みとさせていただきます。解決済みとなった後でも、ご返信いただければ改めて対応いたします。

清水
AWS トレーニングと認定 サポート
""")

M(51, "form-reply-shimizu-4", "merge_completed", "ja", C5, ["AWS30076621", "AWS88041752"], True,
  frm=FORM, to=AOI, date="2026-04-16 02:27:35", subj=FORM_SUBJ5, fmt="alt", cte="base64", hcte="base64",
  new="", text="""このメールは HTML 形式でお送りしています。HTML 表示に対応したメールソフトでご覧ください。

AWS トレーニングと認定 サポート
""",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;line-height:1.7">
<p>山本 葵 様</p>
<p>ご返信ありがとうございました。AWS トレーニングと認定 サポートの清水です。</p>
<p>aws-30076621 に登録されていた認定資格と受験履歴は、AWS88041752 への引き継ぎが済みました。旧プロファイル（a.yamamoto@kirin-soft.jp）は廃止しましたので、今後は aoi.yamamoto.cloud@gmail.com でサインインしてください。</p>
<p>Credly のバッジは、数日中に Credly から届くメールで受け取れます。</p>
<p>ご不明な点がございましたら、本メールにご返信ください。</p>
<p>清水<br>AWS トレーニングと認定 サポート</p>
</div></body></html>
""")

M(52, "case-sakusei-2", "case_created", "ja", C5B, [], True,
  frm=FORM, to=AOI, date="2026-04-27 23:10:15",
  subj="新しいケースを作成しました: %s" % C5B,
  new="""山本 葵 様

解決済みのケース %s にご返信をいただきました。
解決済みのケースには追記できないため、ご返信の内容をもとに新しいケースを作成しました。

ケース ID: %s
関連ケース: %s
件名: RE: アカウントの統合

今後のやり取りは、新しいケース ID の件名でお願いいたします。担当者より順次ご連絡いたします。

AWS トレーニングと認定
""" % (C5, C5B, C5))

M(53, "form-reply-nakamura", "support_reply", "ja", C5B, ["AWS88041752"], True,
  frm=FORM, to=AOI, date="2026-04-28 05:36:12", subj=FORM_SUBJ5B,
  new="""山本 葵 様

ご連絡ありがとうございます。AWS トレーニングと認定 サポートの中村です。

50% 割引バウチャーが表示されない件、確認しております。
特典の表示はアカウント側の処理とは別に反映されるため、最大 48 時間ほどかかる場合があります。明日の夕方になっても AWS88041752 の「特典」タブに表示されない場合は、お手数ですが画面のスクリーンショットを本メールに添付してご返信ください。

中村
AWS トレーニングと認定 サポート
""",
  quoted="""
2026年4月28日(火) 8:09 山本 葵 <aoi.yamamoto.cloud@gmail.com>:
""" + q("""清水様

統合ありがとうございました。
ただ、以前のアカウントで持っていた 50% 割引バウチャーが見当たりません。引き継がれていますか？

山本

2026年4月16日(木) 11:27 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 山本 葵 様
>
> aws-30076621 に登録されていた認定資格と受験履歴は、AWS88041752 への引き継ぎが済みました。
> 旧プロファイル（a.yamamoto@kirin-soft.jp）は廃止しましたので、今後は aoi.yamamoto.cloud@gmail.com でサインインしてください。
>
> 清水"""))

M(54, "case-feedback-2", "survey", "en", C5B, [], True,
  frm=FORM, to=AOI, date="2026-04-30 10:02:44", cs="us-ascii", cte="7bit",
  subj="How did we do? (case %s)" % C5B,
  new="""Your case %s has been closed.

We'd like to know how we did. Answer two quick questions:

  Did we resolve your issue?          https://support.aws.amazon.com/feedback/case?displayId=%s
  How satisfied are you overall? 1-5  https://support.aws.amazon.com/feedback/csat?displayId=%s

If something is still not right, reply to this message within 14 days.

AWS Training and Certification
""" % (C5B, C5B, C5B))

M(55, "credly-mla-ja", "credly_badge_issued", "ja", None, [], True,
  frm=("Amazon Web Services Training and Certification（Credly経由）", "admin@credly.com"), to=AOI, date="2026-04-17 01:49:20", src="credly", fmt="alt",
  subj="バッジを受け取ってください: AWS Certified Machine Learning Engineer - Associate",
  new="""山本 葵 さん

おめでとうございます。Amazon Web Services Training and Certification から「AWS Certified Machine Learning Engineer - Associate」バッジが届きました。

バッジを受け取ると、プロフィールでの公開や LinkedIn での共有ができるようになります。

バッジを受け取る: https://www.credly.com/earner/earned/badge/3b8f61d0-a2c4-4e7f-9d15-c0e8b47a2f36?locale=ja

Credly
""")

M(56, "credly-sap", "credly_badge_issued", "en", None, [], False,
  frm=("Credly", "admin@credly.com"), to=AOI, date="2026-04-18 16:27:03",
  src=dict(host="srv2.mail-relay-hub.top", ip="5.188.62.214", mailfrom="noreply@mail-relay-hub.top", dkim=[], mid_dom="mail-relay-hub.top"),
  verdict=dict(spf="softfail", dkim="none", dmarc="fail", policy="REJECT"),
  forged="mx.google.com;\n       dkim=pass header.i=@credly.com header.s=s1;\n       spf=pass smtp.mailfrom=credly.com;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com",
  subj="You've earned a new badge: AWS Certified Solutions Architect - Professional", fmt="html", cte="quoted-printable",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p style="color:#0f7f8c;font-size:20px"><b>Credly</b></p>
<p>Congratulations! Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect - Professional</b></p>
<p>Claim your badge within 7 days. You will be asked to sign in with your e-mail account password to verify ownership.</p>
<p><a href="http://credly-badges-claim.top/earner/claim?id=9921">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p>
</body></html>
""")

M(59, "gitlab-cloud-infra-57", "unrelated", "en", None, [], False,
  frm=("GitLab", "gitlab@mg.gitlab.com"), to=AOI, date="2026-04-21 09:13:37", src="gitlab", fmt="alt",
  subj="Re: cloud-infra | Merge account module into shared library (!57)",
  irt="<merge_request_318822041@gitlab.com>",
  extra=[("X-GitLab-Project", "cloud-infra"), ("X-GitLab-MergeRequest-IID", "57"), ("X-GitLab-NotificationReason", "assigned")],
  new="""Merge request !57 was merged

Merge request URL: https://gitlab.com/kirin-soft/cloud-infra/-/merge_requests/57
Project: kirin-soft/cloud-infra
Branch: feature/account-merge -> main
Author: Aoi Yamamoto

--
Reply to this email directly or view it on GitLab.
You're receiving this email because you have been assigned an item on GitLab.com.
""")

# ---------------------------------------------------------------- others around Misaki (company mail)
M(60, "johosys-oshirase", "unrelated", "ja", None, [], False,
  frm=("情報システム部 ヘルプデスク", "it-helpdesk@hoshizora-sys.co.jp"), to=MISAKI, date="2025-07-28 00:30:00", tz="jst", prov="o365jp",
  src=dict(host="", ip="", mailfrom="it-helpdesk@hoshizora-sys.co.jp", internal=True, dkim=[]), verdict=dict(dmarc="none"),
  subj=[("【重要】社内アカウント統合（Microsoft 365）完了のお知らせ", "iso-2022-jp")], cs="iso-2022-jp",
  msgid="<OSZP286MB1873F0C2D5A4B61E98D07A34C1E2@OSZP286MB1873.JPNP286.PROD.OUTLOOK.COM>",
  new="""各位

情報システム部です。

7月26日(土)に実施した社内アカウント統合（旧ドメイン hoshizora.jp から hoshizora-sys.co.jp への統合）は、予定どおり完了しました。
旧アカウントのメール・予定表・OneDrive のデータはすべて新アカウントへ移行済みです。

月曜日の初回サインイン時に、多要素認証の再登録を求められる場合があります。
不明点は内線 4410 までお問い合わせください。

情報システム部 ヘルプデスク
""")

M(62, "suzuki-aws-nintei", "unrelated", "ja", None, ["AWS50617733"], None,
  frm=("鈴木 拓也", "t.suzuki@hoshizora-sys.co.jp"), to=MISAKI, date="2025-08-01 04:55:18", tz="jst", prov="corpgw",
  src=dict(host="", ip="", mailfrom="t.suzuki@hoshizora-sys.co.jp", dkim=[]), cs="iso-2022-jp",
  subj=[("AWS 認定アカウントの統合について教えてください", "iso-2022-jp")],
  msgid="<OS3P286MB2241A7C0E5B93F1D66A0E2B1C7A2@OS3P286MB2241.JPNP286.PROD.OUTLOOK.COM>",
  new="""田中さん

お疲れさまです。鈴木です。

先日 AWS 認定のアカウントをまとめてもらったと聞きました。
私も旧姓のときに作ったアカウント（AWS50617733）が残っていて、今のアカウントと一本化したいと思っています。
フォームのどの項目を選んだか、どのくらいで返事が来たか、教えてもらえると助かります。

鈴木
""")


if __name__ == "__main__":
    lab = write_all()
    from collections import Counter
    print(len(lab), Counter(v["kind"] for v in lab.values()), Counter(v["language"] for v in lab.values()))
