#!/usr/bin/env python3
"""Generator for blind set 269 (Japanese emphasis, round 17).

Writes NNN-description.eml files and labels.json into this folder.
"""
import base64
import datetime as _dt
import hashlib
import io
import json
import os
import quopri
import random
import re
import sys
import unicodedata
import uuid
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(26917)
LABELS = {}
COUNTER = [0]

UTC = _dt.timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def T(y, mo, d, h, mi, s=0, tz=UTC):
    """A timezone-aware datetime (UTC by default)."""
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc(dt, tz=None, comment=False):
    """RFC 5322 date string in the given tz."""
    if tz is not None:
        dt = dt.astimezone(tz)
    s = dt.strftime("%a, %d %b %Y %H:%M:%S ") + dt.strftime("%z")
    if comment:
        s += " (%s)" % dt.tzname()
    return s


def cid15(opened, tail=None):
    """15-digit case id: Unix time of opening + 5 digits."""
    if tail is None:
        tail = rnd.randint(0, 99999)
    return "%d%05d" % (int(opened.timestamp()), tail)


def rhex(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(nbytes))).decode()


def ruuid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def ses_msgid(dt, host="email.amazonses.com"):
    ms = int(dt.timestamp() * 1000) + rnd.randint(100, 900)
    return "<0100%012x-%s-000000@%s>" % (ms, ruuid(), host)


def ses_return_path(dt, region="us-west-2"):
    ms = int(dt.timestamp() * 1000) + rnd.randint(100, 900)
    return "0101%012x-%s-000000@%s.amazonses.com" % (ms, ruuid(), region)


def fold_tokens(tokens, first_len=0, width=74):
    """Join '; '-separated tokens, folding with newline+tab."""
    lines, cur = [], ""
    for tok in tokens:
        cand = (cur + " " + tok) if cur else tok
        if len(cand) + (first_len if not lines else 8) > width and cur:
            lines.append(cur)
            cur = tok
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return "\n\t".join(lines)


def chunk(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def dkim_sig(d, dt, sel=None, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID",
             c="relaxed/simple", extra=""):
    if sel is None:
        sel = ralnum(32)
    ts = int(dt.timestamp())
    b = rb64(256)
    parts = ["v=1; a=rsa-sha256; q=dns/txt; c=%s;" % c,
             "s=%s; d=%s; t=%d;%s" % (sel, d, ts, extra),
             "h=%s;" % h,
             "bh=%s;" % rb64(32)]
    bl = chunk("b=" + b, 70)
    return "\n\t".join(parts + bl), sel


def addr(name, email_addr, charset="utf-8"):
    """A From/To value; non-ASCII display names become encoded words."""
    if name is None:
        return email_addr
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        h = Header(name, charset)
        h.append(" <%s>" % email_addr, "us-ascii")
        return h


def subj(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset)


# --------------------------------------------------------------------------
# body parts
# --------------------------------------------------------------------------

CODECS = {
    "utf-8": "utf-8",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "cp932",   # real-world Shift_JIS label, cp932 bytes (often wrong)
    "cp932": "cp932",
    "windows-31j": "cp932",
    "euc-jp": "euc_jp",
    "iso-8859-1": "utf-8",  # deliberately wrong label used with UTF-8 bytes
    "us-ascii": "ascii",
    "windows-1252": "cp1252",
}


def part(text, subtype="plain", charset="utf-8", cte="base64", codec=None, fmt_flowed=False):
    codec = codec or CODECS[charset.lower()]
    data = text.replace("\r\n", "\n").encode(codec)
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
    p = MIMENonMultipart("text", subtype)
    del p["Content-Type"]
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct = "text/%s; charset=%s; format=flowed; delsp=yes" % (subtype, charset)
    p["Content-Type"] = ct
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    p.set_payload(payload)
    return p


def alt(plain, html, charset="utf-8", cte="base64", hcte=None, boundary=None, plain_charset=None):
    m = MIMEMultipart("alternative", boundary=boundary or ("----=_Part_%d_%d.%d" % (
        rnd.randint(100000, 999999), rnd.randint(100000000, 999999999), rnd.randint(10**12, 10**13))))
    del m["MIME-Version"]
    m.attach(part(plain, "plain", plain_charset or charset, cte))
    m.attach(part(html, "html", charset, hcte or cte))
    return m


def html_wrap(inner, title="Amazon Web Services", lang="ja"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
            "initial-scale=1\">\n<title>%s</title>\n</head>\n<body style=\"margin:0;padding:0;"
            "background-color:#f2f3f3;font-family:'Amazon Ember',Helvetica,Arial,'Hiragino Kaku Gothic ProN',"
            "Meiryo,sans-serif;\">\n<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" "
            "cellspacing=\"0\" border=\"0\"><tr><td align=\"center\">\n<table role=\"presentation\" "
            "width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#ffffff;\">\n"
            "<tr><td style=\"background:#232f3e;padding:16px 24px;\"><img src=\"https://d1.awsstatic.com/"
            "logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" "
            "width=\"80\" alt=\"AWS\"></td></tr>\n<tr><td style=\"padding:24px;font-size:14px;line-height:1.7;"
            "color:#16191f;\">\n%s\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n") % (lang, title, inner)


def text_to_html(text):
    """Simple conversion of an agent's plain reply into the HTML alternative."""
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------
# transport (Received chain, Authentication-Results, DKIM)
# --------------------------------------------------------------------------

SES_HOSTS = [("a27-52.smtp-out.us-west-2.amazonses.com", "54.240.27.52"),
             ("a27-31.smtp-out.us-west-2.amazonses.com", "54.240.27.31"),
             ("a8-93.smtp-out.amazonses.com", "54.240.8.93"),
             ("a48-112.smtp-out.amazonses.com", "54.240.48.112"),
             ("a11-45.smtp-out.amazonses.com", "54.240.11.45")]


def sender_ses(dt, from_domain="amazon.com", region="us-west-2"):
    host, ip = rnd.choice(SES_HOSTS)
    rp = ses_return_path(dt, region)
    d1, s1 = dkim_sig(from_domain, dt, h="Content-Type:From:To:Subject:Message-ID:Date:MIME-Version")
    d2, s2 = dkim_sig("amazonses.com", dt, sel=rnd.choice(["hsbnp7p3ensaochzwyq5wwmceodymuwv",
                                                           "7v7vs6w47njt4pimodk5mmttbegzsi6n",
                                                           "gdwg2y3kokkkj5a55z2ilkup5wp5hhxx"]),
                      h="Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID")
    auth = dict(dkim=[("pass", from_domain, s1), ("pass", "amazonses.com", s2)],
                spf=("pass", rp, ip), dmarc=("pass", from_domain, "QUARANTINE"))
    hdrs = [("DKIM-Signature", d1), ("DKIM-Signature", d2)]
    return dict(host=host, ip=ip, rp=rp, auth=auth, dkim_hdrs=hdrs, inner=[],
                tail=[("Feedback-ID", "::1.%s.%s:AmazonSES" % (region, rb64(32)[:43]))])


def sender_generic(dt, host, ip, rp, dkim_domains, from_domain, dmarc="pass", policy="REJECT",
                   spf="pass", inner=None, dkim_results=None, tail=None):
    hdrs, dk = [], []
    for i, d in enumerate(dkim_domains):
        sig, sel = dkim_sig(d, dt, sel=rnd.choice(["s1", "s2", "google", "k1", "selector1", "mail", "default"]))
        hdrs.append(("DKIM-Signature", sig))
        dk.append(((dkim_results or ["pass"] * 9)[i], d, sel))
    auth = dict(dkim=dk, spf=(spf, rp, ip), dmarc=(dmarc, from_domain, policy) if dmarc else None)
    return dict(host=host, ip=ip, rp=rp, auth=auth, dkim_hdrs=hdrs, inner=inner or [], tail=tail or [])


def ar_gmail(a):
    toks = []
    for res, d, sel in a["dkim"]:
        toks.append("dkim=%s header.i=@%s header.s=%s header.b=%s;" % (res, d, sel, rb64(6)[:8]))
    if not a["dkim"]:
        toks.append("dkim=neutral (no signatures);")
    res, mf, ip = a["spf"]
    dom = mf.split("@")[-1]
    if res == "pass":
        toks.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s%s" %
                    (mf, ip, mf, ";" if a["dmarc"] else ""))
    else:
        toks.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s%s" %
                    (res, mf, ip, mf, ";" if a["dmarc"] else ""))
    if a["dmarc"]:
        r, fd, pol = a["dmarc"]
        dis = "NONE" if r == "pass" else pol
        toks.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (r, pol, pol, dis, fd))
    return "mx.google.com;\n       " + "\n       ".join(toks)


def ar_outlook(a):
    res, mf, ip = a["spf"]
    dom = mf.split("@")[-1]
    s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; " % (res, ip, dom)
    for r, d, sel in a["dkim"]:
        s += "dkim=%s (signature was verified)\n header.d=%s;" % (r, d) if r == "pass" else \
             "dkim=%s (body hash did not verify)\n header.d=%s;" % (r, d)
    if not a["dkim"]:
        s += "dkim=none (message not signed)\n header.d=none;"
    if a["dmarc"]:
        r, fd, pol = a["dmarc"]
        act = "none" if r == "pass" else ("quarantine" if pol == "QUARANTINE" else "oreject")
        s += "dmarc=%s action=%s header.from=%s;compauth=%s reason=%s" % (
            r, act, fd, "pass" if r == "pass" else "fail", "100" if r == "pass" else "000")
    else:
        s += "dmarc=none action=none header.from=%s;compauth=softpass reason=201" % dom
    return s


def ar_generic(authserv, a, style="plain"):
    toks = []
    res, mf, ip = a["spf"]
    toks.append("spf=%s smtp.mailfrom=%s;" % (res, mf))
    for r, d, sel in a["dkim"]:
        if style == "i":
            toks.append("dkim=%s header.i=@%s;" % (r, d))
        else:
            toks.append("dkim=%s header.d=%s header.s=%s;" % (r, d, sel))
    if a["dmarc"] and style != "nodmarc":
        r, fd, pol = a["dmarc"]
        toks.append("dmarc=%s header.from=%s" % (r, fd))
    out = authserv + ";\n\t" + "\n\t".join(toks)
    return out.rstrip(";")


def transport(provider, to_addr, dt, snd):
    """Headers added on the receiving side (topmost first), then sender's own."""
    arrive = dt + _dt.timedelta(seconds=rnd.randint(1, 4))
    H = []
    a = snd["auth"]
    if provider == "gmail":
        arc_ar = ar_gmail(a)
        H += [("Delivered-To", to_addr),
              ("Received", "by 2002:a05:7300:%s:b0:%s:%s with SMTP id %s;\n        %s" % (
                  rhex(4), rhex(3), rhex(3), ralnum(6), rfc(arrive, PT, True))),
              ("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:74]),
              ("X-Received", "by 2002:a05:6a20:%s:b0:%s:%s with SMTP id %s-%sdf.%d.%d;\n        %s" % (
                  rhex(4), rhex(3), rhex(3), rhex(16), rhex(8), rnd.randint(1, 40), int(arrive.timestamp()) % 10**8,
                  rfc(arrive, PT, True))),
              ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
                  int(arrive.timestamp()), "\n         ".join(chunk(rb64(256), 68)))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
               "        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n"
               "        bh=%s;\n        fh=%s;\n        b=%s" % (rb64(32), rb64(32), "\n         ".join(chunk(rb64(256), 68)))),
              ("ARC-Authentication-Results", "i=1; " + arc_ar),
              ("Return-Path", "<%s>" % snd["rp"]),
              ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s\n"
               "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                   snd["host"], snd["host"], snd["ip"], rhex(13), ralnum(18), rnd.randint(1, 300),
                   arrive.astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S"), to_addr, rfc(arrive, PT, True))),
              ("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
                  a["spf"][0], a["spf"][1], snd["ip"], snd["ip"]) if a["spf"][0] == "pass" else
               "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (
                  a["spf"][0], a["spf"][1], snd["ip"], snd["ip"])),
              ("Authentication-Results", arc_ar)]
    elif provider.startswith("outlook"):
        # outlook.jp consumer or an M365 tenant in Japan
        pod = rnd.choice(["TYCPR01MB", "OS3PR01MB", "TYAPR01MB", "OSZPR01MB"])
        fe = rnd.choice(["TY2PEPF0000AB8", "OS1PEPF000079A", "TYZPEPF00001F3"]) + str(rnd.randint(0, 9))
        H += [("Received", "from %s%d.jpnprd01.prod.outlook.com (2603:1096:%s::%s) by\n %s%d.jpnprd01.prod.outlook.com with HTTPS; %s" % (
                  pod, rnd.randint(1000, 9999), rhex(3), rhex(2), pod, rnd.randint(1000, 9999), rfc(arrive + _dt.timedelta(seconds=2)))),
              ("Received", "from %s.apcprd03.prod.outlook.com (2603:1096:400:%s::%s) by\n %s%d.jpnprd01.prod.outlook.com\n"
               " (2603:1096:604:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                   fe, rhex(2), rhex(2), pod, rnd.randint(1000, 9999), rhex(2), rhex(2), rnd.randint(8000, 8999),
                   rnd.randint(10, 40), rfc(arrive + _dt.timedelta(seconds=1)))),
              ("Authentication-Results", ar_outlook(a)),
              ("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (
                  "Pass" if a["spf"][0] == "pass" else "Fail", a["spf"][1].split("@")[-1], snd["ip"], snd["ip"], snd["host"])),
              ("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP Server\n"
               " (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
                   snd["host"], snd["ip"], fe, rnd.randint(1, 254), rnd.randint(1, 254), rnd.randint(8000, 8999),
                   rnd.randint(10, 40), rfc(arrive))),
              ("X-MS-Exchange-Organization-AuthSource", "%s.apcprd03.prod.outlook.com" % fe),
              ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
              ("X-MS-Exchange-Organization-SCL", "1" if a["dmarc"] and a["dmarc"][0] == "pass" else "5"),
              ("Return-Path", snd["rp"])]
    elif provider in ("nifty", "ocn", "biglobe", "sonet", "sakura", "corp-jp"):
        names = {"nifty": ("mta-snd-w%02d.mail.nifty.com", "mx.nifty.com", "i"),
                 "ocn": ("mfgw%02d.ocn.ad.jp", "ocn.ad.jp", "plain"),
                 "biglobe": ("mtagw%02d.biglobe.ne.jp", "biglobe.ne.jp", "plain"),
                 "sonet": ("mx%02d.so-net.ne.jp", "so-net.ne.jp", "i"),
                 "sakura": ("www%04d.sakura.ne.jp", "www%04d.sakura.ne.jp", "plain"),
                 "corp-jp": ("mx%02d.tokyo-denshi.co.jp", "mx01.tokyo-denshi.co.jp", "plain")}
        mx_t, authserv, style = names[provider]
        n = rnd.randint(1, 12) if "%02d" in mx_t else rnd.randint(1000, 4999)
        mx = mx_t % n
        if "%" in authserv:
            authserv = authserv % n
        inner = "mbox%02d.%s" % (rnd.randint(1, 30), ".".join(mx.split(".")[1:]))
        H += [("Return-Path", "<%s>" % snd["rp"]),
              ("Delivered-To", to_addr),
              ("Received", "from %s (%s [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                  mx, mx, rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254), inner, ralnum(10, "0123456789ABCDEF"), to_addr, rfc(arrive + _dt.timedelta(seconds=1), JST, True))),
              ("Authentication-Results", ar_generic(authserv, a, style)),
              ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
                  snd["host"], snd["host"], snd["ip"], mx, ralnum(12, "0123456789ABCDEF"), to_addr, rfc(arrive, JST, True)))]
    elif provider == "corp-noar":
        # on-prem corporate relay that adds no Authentication-Results
        H += [("Received", "from mail-gw02.sakura-systems.co.jp (mail-gw02.sakura-systems.co.jp [10.20.1.12])\n"
               "\tby exch01.sakura-systems.co.jp with ESMTP id %s; %s" % (ralnum(8), rfc(arrive + _dt.timedelta(seconds=3), JST))),
              ("Received", "from %s (%s [%s])\n\tby mail-gw02.sakura-systems.co.jp (8.15.2/8.15.2) with ESMTPS id %s\n\tfor <%s>; %s" % (
                  snd["host"], snd["host"], snd["ip"], ralnum(14), to_addr, rfc(arrive, JST))),
              ("X-SSS-Scanned", "AV/AS checked"),
              ("Return-Path", "<%s>" % snd["rp"])]
    else:
        raise ValueError(provider)
    H += snd["inner"]
    H += snd["dkim_hdrs"]
    return H


# --------------------------------------------------------------------------
# assembling and writing
# --------------------------------------------------------------------------

def build(desc, label, *, frm, to, rcpt, subject, date, body, provider=None, snd=None, msgid=None,
          extra=None, cc=None, reply_to=None, date_tz=UTC, pre=None):
    """Assemble one mail.  label: dict(kind, case_id, account_ids, sender_verified, language)."""
    COUNTER[0] += 1
    fname = "%03d-%s.eml" % (COUNTER[0], desc)
    hdrs = []
    if pre:
        hdrs += pre
    if provider:
        hdrs += transport(provider, rcpt, date, snd)
    hdrs += [("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", subject), ("Date", rfc(date, date_tz)), ("Message-ID", msgid or ses_msgid(date))]
    if extra:
        hdrs += extra
    if snd and snd.get("tail"):
        hdrs += snd["tail"]
    saved = [(k, v) for k, v in body.items() if k.lower() != "mime-version"]
    for k in list(body.keys()):
        del body[k]
    for k, v in hdrs:
        if isinstance(v, Header):
            v = v.encode(linesep="\n", maxlinelen=76)
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in saved:
        body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(body)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(buf.getvalue())
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = {"kind": lab["kind"], "case_id": lab.get("case_id"),
                     "account_ids": lab["account_ids"], "sender_verified": lab.get("sender_verified"),
                     "language": lab.get("language", "ja")}
    return fname


from email import policy as _policy
POLICY = _policy.compat32.clone(max_line_length=200)


def L(kind, case_id=None, ids=(), sv=True, lang="ja"):
    return dict(kind=kind, case_id=case_id, account_ids=list(ids), sender_verified=sv, language=lang)


AWS_FROM_FORM = lambda: '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_FROM_NOREPLY = lambda: '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ==========================================================================
# MAILS
# ==========================================================================

for _fn in os.listdir(OUT):
    if _fn.endswith(".eml"):
        os.remove(os.path.join(OUT, _fn))


# ---------------- Thread A: 佐藤 健太 (Gmail), form case, keigo -------------
A_USER = ("佐藤 健太", "kenta.sato.aws@gmail.com")
A_OPEN = T(2025, 6, 2, 1, 14, 37)
A_CASE = cid15(A_OPEN, 318)
A1, A2 = "AWS48120937", "AWS50316628"
A_TO = addr(*A_USER)

a_form = """お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
氏名: 佐藤 健太
メールアドレス: kenta.sato.aws@gmail.com
AWS 認定受験者 ID: AWS48120937
国/地域: 日本
お問い合わせ内容:
認定のアカウントが2つあります。会社のメールアドレスで作ったアカウント（aws 50316628）と個人のアカウント（AWS48120937）です。
個人のほうに一本化したいのでよろしくお願いします。"""

a1_txt = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付け、ケース番号 %s を発行いたしました。
担当者より原則 24 時間以内にご連絡いたします。

追加でお伝えいただきたい情報がございましたら、件名を変更せずにこのメールへご返信ください。
なお、同じ内容で新しいお問い合わせを作成されますと、ご回答までにお時間をいただく場合がございます。

■ 受付内容
%s

※本メールは送信専用のシステムから自動的にお送りしています。

Amazon Web Services
AWS トレーニングと認定
https://aws.amazon.com/jp/training/
""" % (A_CASE, a_form)
a1_html = html_wrap(text_to_html(a1_txt), "お問い合わせ受付")
snd = sender_ses(A_OPEN + _dt.timedelta(seconds=41))
build("form-ack-ja-gmail", L("case_created", A_CASE, [A1, A2]),
      frm=AWS_FROM_FORM(), to=A_TO, rcpt=A_USER[1],
      subject=subj("[CASE %s] お問い合わせを受け付けました - AWS Training and Certification" % A_CASE),
      date=A_OPEN + _dt.timedelta(seconds=41), body=alt(a1_txt, a1_html, cte="base64"),
      provider="gmail", snd=snd)

# A2: agent asks for consent, worded with ご意向 (no 確認)
a2_dt = T(2025, 6, 3, 0, 7, 12)
a2_txt = """佐藤 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの森田でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お客様のご登録情報を拝見しましたところ、以下の 2 つのアカウントが見つかりました。

　・AWS48120937（サインイン: kenta.sato.aws@gmail.com）
　　取得済み: AWS Certified Solutions Architect - Associate
　・AWS50316628（サインイン: k-sato@mirai-soft.co.jp）
　　取得済み: AWS Certified Cloud Practitioner

ご希望に沿って、AWS48120937 を今後ご利用いただくアカウントとして残し、AWS50316628 の認定資格・受験履歴・特典（再受験バウチャー等）をすべて AWS48120937 へ移します。
移行後、AWS50316628 にはサインインいただけなくなります。

恐れ入りますが、統合の処理は一度行いますと元に戻すことができません。

上記の内容で手続きを進めることについて、お客様のご意向をお聞かせいただけますでしょうか。
本メールにご返信いただき次第、速やかに対応させていただきます。

何卒よろしくお願い申し上げます。

森田
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
"""
a2_full = a2_txt + """
---------- 元のお問い合わせ ----------
ケース番号: %s
受付日時: 2025/06/02 10:14 (JST)
%s
""" % (A_CASE, a_form)
snd = sender_ses(a2_dt)
build("agent-merge-intent-ja-gmail", L("merge_confirmation_requested", A_CASE, [A1, A2]),
      frm=AWS_FROM_FORM(), to=A_TO, rcpt=A_USER[1],
      subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ),
      date=a2_dt, body=alt(a2_full, html_wrap(text_to_html(a2_full), "Amazon Web Services"), cte="base64"),
      provider="gmail", snd=snd)

# A3: thanks for the answer, we will now proceed (support_reply)
a3_dt = T(2025, 6, 3, 4, 51, 9)
a3_user = """森田様

ご連絡ありがとうございます。
記載の内容で問題ありません。統合を進めてください。

佐藤"""
a3_txt = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの森田でございます。
早速のご返信、ありがとうございます。

お知らせいただいた内容にもとづき、これより担当部署にて統合の手続きに入らせていただきます。
通常 1～3 営業日ほどお時間をいただいておりますので、今しばらくお待ちくださいますようお願い申し上げます。
手続きが済みましたら、あらためて本ケースにてご連絡いたします。

引き続きよろしくお願いいたします。

森田
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社

2025年6月3日(火) 13:40 佐藤 健太 <kenta.sato.aws@gmail.com>:
%s
>
> 2025年6月3日(火) 9:07 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % (quote(a3_user), quote(a2_txt, "> > "))
snd = sender_ses(a3_dt)
build("agent-will-proceed-ja-gmail", L("support_reply", A_CASE, []),
      frm=AWS_FROM_FORM(), to=A_TO, rcpt=A_USER[1],
      subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ),
      date=a3_dt, body=part(a3_txt, "plain", "utf-8", "quoted-printable"),
      provider="gmail", snd=snd)

# A4: merge done, worded without 完了
a4_dt = T(2025, 6, 5, 2, 33, 40)
a4_txt = """佐藤 健太 様

いつも大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの森田でございます。

大変お待たせいたしました。
AWS50316628 に登録されていた認定資格および受験履歴を AWS48120937 へ移し、2 つのアカウントを 1 つにまとめました。
今後は AWS48120937（kenta.sato.aws@gmail.com）で AWS Certification アカウントにサインインしていただけます。

お手数ですが、サインイン後に以下の点をご確認くださいますようお願いいたします。
　1. 「認定」ページに Solutions Architect - Associate と Cloud Practitioner の両方が表示されていること
　2. 「特典」ページに 50% 割引バウチャーが表示されていること

Credly のデジタルバッジにつきましては、システム間の連携のため反映まで数日かかる場合がございます。1 週間ほど経っても表示されない場合は、本ケースにご返信ください。

このたびはご不便をおかけし申し訳ございませんでした。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

森田
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
"""
snd = sender_ses(a4_dt)
build("agent-accounts-combined-ja-gmail", L("merge_completed", A_CASE, [A1, A2]),
      frm=AWS_FROM_FORM(), to=A_TO, rcpt=A_USER[1],
      subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ),
      date=a4_dt, body=alt(a4_txt, html_wrap(text_to_html(a4_txt)), cte="quoted-printable"),
      provider="gmail", snd=snd)

# A5: survey, HTML only
a5_dt = T(2025, 6, 5, 3, 40, 2)
a5_html = html_wrap("""<p style="font-size:18px;font-weight:bold;">お問い合わせについてのアンケート</p>
<p>佐藤 健太 様</p>
<p>先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。<br>
ケース番号 <b>%s</b> は解決済みとしてクローズいたしました。</p>
<p>今後のサービス向上のため、今回の対応について 1 分ほどのアンケートにご協力をお願いいたします。</p>
<table cellpadding="0" cellspacing="0" border="0" style="margin:16px 0;"><tr><td style="padding-right:12px;">お問い合わせは解決しましたか？</td>
<td><a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=1&amp;a=yes&amp;lang=ja" style="background:#ff9900;color:#16191f;padding:8px 20px;text-decoration:none;border-radius:2px;">はい</a></td>
<td style="padding-left:8px;"><a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=1&amp;a=no&amp;lang=ja" style="background:#eaeded;color:#16191f;padding:8px 20px;text-decoration:none;border-radius:2px;">いいえ</a></td></tr></table>
<p>担当者の対応を 5 段階で評価してください：<br>
<a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=2&amp;a=5">★★★★★</a>
<a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=2&amp;a=4">★★★★</a>
<a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=2&amp;a=3">★★★</a>
<a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=2&amp;a=2">★★</a>
<a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=2&amp;a=1">★</a></p>
<p style="color:#687078;font-size:12px;">このメールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。<br>
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>""" % ((A_CASE,) * 8), "アンケート")
snd = sender_ses(a5_dt)
build("survey-closed-ja-html", L("survey", A_CASE, []),
      frm=AWS_FROM_NOREPLY(), to=A_TO, rcpt=A_USER[1],
      subject=subj("ケース %s の対応に関するアンケートのお願い" % A_CASE),
      date=a5_dt, body=part(a5_html, "html", "utf-8", "quoted-printable"),
      provider="gmail", snd=snd)

# A6: Credly badge (Japanese template)
def credly_snd(dt, rcpt_addr, host_n=None):
    n = host_n or rnd.randint(1, 40)
    ip = "149.72.%d.%d" % (rnd.randint(100, 250), rnd.randint(1, 250))
    rp = "bounces+%d-%s-%s=%s@em.credly.com" % (rnd.randint(1000000, 9999999), rhex(4),
                                                  rcpt_addr.split("@")[0], rcpt_addr.split("@")[1])
    s = sender_generic(dt, "o%d.ptr%d.em.credly.com" % (n, rnd.randint(1000, 9999)), ip, rp,
                       ["credly.com", "sendgrid.info"], "credly.com", policy="QUARANTINE")
    s["tail"] = [("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(16)[:22])]
    return s

def credly_msgid(dt):
    return "<%s_%s%d@credly-mailer-%s-%s.mail>" % (rhex(13), rhex(5), rnd.randint(10000, 99999), rhex(9), ralnum(5))

a6_dt = T(2025, 6, 6, 11, 2, 55)
badge_uuid = ruuid()
a6_txt = """佐藤 健太 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Cloud Practitioner

バッジを受け取って、あなたのスキルを LinkedIn やメールの署名で共有しましょう。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/%s?locale=ja&utm_source=issued_badge_email&utm_medium=email

このバッジは、あなたが AWS Certification アカウントで取得した認定にもとづいて発行されています。

------------------------------------------------------------
このメールは Credly から kenta.sato.aws@gmail.com 宛に送信されました。
通知設定の変更: https://www.credly.com/earner/settings/notifications
Credly, Inc. 100 Park Ave, New York, NY 10017
""" % badge_uuid
a6_html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>Credly</title></head>
<body style="background:#f7f7f7;margin:0;font-family:Helvetica,Arial,sans-serif;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;">
<img src="https://images.credly.com/images/credly-logo-orange.png" width="96" alt="Credly">
<p style="font-size:16px;">佐藤 健太 さん</p>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="170" alt="AWS Certified Cloud Practitioner"><br>
<b>AWS Certified Cloud Practitioner</b></p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/%s?locale=ja&amp;utm_source=issued_badge_email&amp;utm_medium=email" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">バッジを受け取る</a></p>
<p>バッジを受け取って、あなたのスキルを LinkedIn やメールの署名で共有しましょう。</p>
<hr style="border:none;border-top:1px solid #ddd;">
<p style="font-size:11px;color:#888;">このメールは Credly から kenta.sato.aws@gmail.com 宛に送信されました。<br>
<a href="https://www.credly.com/earner/settings/notifications">通知設定の変更</a><br>Credly, Inc. 100 Park Ave, New York, NY 10017</p>
</div></body></html>""" % badge_uuid
build("credly-badge-issued-ja", L("credly_badge_issued", None, []),
      frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
      to=A_USER[1], rcpt=A_USER[1],
      subject=subj("Amazon Web Services Training and Certification から新しいバッジが届いています"),
      date=a6_dt, body=alt(a6_txt, a6_html, cte="quoted-printable"),
      provider="gmail", snd=credly_snd(a6_dt, A_USER[1]), msgid=credly_msgid(a6_dt))

# ---------------- Thread B: 山田 花子 (outlook.jp), console case -------------
B_USER = ("山田 花子", "hanako.yamada@outlook.jp")
B_OPEN = T(2025, 7, 14, 5, 22, 48)
B_CASE = cid15(B_OPEN, 1451)
B1, B2 = "AWS71200458", "AWS63018852"
B_TO = addr(*B_USER)

def console_footer_ja(case):
    return ("\n\nこのケースの詳細の表示やご返信は、サポートセンターから行ってください:\n"
            "https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=%s&language=ja\n\n"
            "このメールアドレスではご返信を受け付けておりません。\n"
            "今回の回答はお役に立ちましたか? 上記リンクからこのやり取りを評価していただけます。\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。" % case)

b1_html = html_wrap("""<p>Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。</p>
<table cellpadding="4" cellspacing="0" border="0" style="border:1px solid #d5dbdb;margin:12px 0;">
<tr><td style="color:#687078;">ケース ID:</td><td>%s</td></tr>
<tr><td style="color:#687078;">件名:</td><td>認定アカウントの統合について</td></tr>
<tr><td style="color:#687078;">重要度:</td><td>一般的なガイダンス</td></tr>
<tr><td style="color:#687078;">お問い合わせの種類:</td><td>アカウントおよび請求</td></tr>
</table>
<p>ケースの詳細の確認、追加情報の送信、ケースの解決は、<a href="https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=%s&amp;language=ja">サポートセンター</a>から行うことができます。</p>
<p>このメールアドレスではご返信を受け付けておりません。</p>
<p>よろしくお願いいたします。<br>Amazon Web Services</p>
<p style="color:#687078;font-size:11px;">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>""" % (B_CASE, B_CASE, B_CASE))
b1_dt = B_OPEN + _dt.timedelta(seconds=12)
build("console-case-opened-ja-outlook", L("case_created", B_CASE, []),
      frm=AWS_FROM_NOREPLY(), to=B_TO, rcpt=B_USER[1],
      subject=subj("Amazon Web Services: 新しいサポートケースがオープンされました: %s" % B_CASE),
      date=b1_dt, body=part(b1_html, "html", "utf-8", "quoted-printable"),
      provider="outlook", snd=sender_ses(b1_dt))

# B2: agent asks for sign-in e-mails (support_reply)
b2_dt = T(2025, 7, 15, 1, 48, 30)
b2_txt = """山田様

Amazon Web Services サポートにお問い合わせいただき、ありがとうございます。
AWS トレーニングと認定担当の石川と申します。

認定アカウントの統合のご依頼について承りました。
ご記載いただいた受験者 ID AWS71200458 のアカウントは確認できましたが、もう一方のアカウントを特定するための情報が不足しております。

お手数ですが、以下の情報をお知らせいただけますでしょうか。
・もう一方のアカウントにサインインする際のメールアドレス
・（お分かりであれば）そのアカウントの受験者 ID
・過去にそのアカウントで受験された試験名と、おおよその受験時期

情報をいただけ次第、調査を進めさせていただきます。

よろしくお願いいたします。

石川
Amazon Web Services""" + console_footer_ja(B_CASE)
build("console-agent-asks-emails-ja", L("support_reply", B_CASE, [B1]),
      frm=AWS_FROM_NOREPLY(), to=B_TO, rcpt=B_USER[1],
      subject=subj("RE:[CASE %s] 認定アカウントの統合について" % B_CASE),
      date=b2_dt, body=alt(b2_txt, html_wrap(text_to_html(b2_txt)), cte="base64"),
      provider="outlook", snd=sender_ses(b2_dt))

# B3: "new correspondence" notice in Japanese (support_reply)
b3_dt = T(2025, 7, 16, 2, 10, 5)
b3_txt = """Amazon Web Services をご利用いただきありがとうございます。

ケース %s に新しいやり取りが追加されました。

件名: 認定アカウントの統合について

返信の内容を表示するには、サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=%s&language=ja

このメールアドレスではご返信を受け付けておりません。

Amazon Web Services
""" % (B_CASE, B_CASE)
build("console-new-correspondence-ja", L("support_reply", B_CASE, []),
      frm=AWS_FROM_NOREPLY(), to=B_TO, rcpt=B_USER[1],
      subject=subj("[Case %s] 新しいやり取りが追加されました" % B_CASE),
      date=b3_dt, body=part(b3_txt, "plain", "utf-8", "base64"),
      provider="outlook", snd=sender_ses(b3_dt))

# B4: consent request with よろしいでしょうか
b4_dt = T(2025, 7, 16, 2, 10, 7)
b4_txt = """山田様

AWS トレーニングと認定担当の石川です。
情報をお送りいただき、ありがとうございます。

お知らせいただいたメールアドレス（hanako.y@tachibana-kk.co.jp）から、もう一方のアカウント AWS63018852 を特定することができました。

今回は以下のとおり統合する予定です。
　残すアカウント　：AWS71200458（hanako.yamada@outlook.jp）
　統合元アカウント：AWS63018852（hanako.y@tachibana-kk.co.jp）

AWS63018852 でお持ちの認定資格 2 件（AWS Certified Solutions Architect - Associate、AWS Certified Developer - Associate）と受験履歴は AWS71200458 へ引き継がれます。
統合したアカウントを再び分けることはできませんのでご注意ください。

この内容で進めてもよろしいでしょうか。
差し支えなければ、サポートセンターのケース画面からその旨をご返信ください。

よろしくお願いいたします。

石川
Amazon Web Services""" + console_footer_ja(B_CASE)
build("console-agent-ok-to-proceed-ja", L("merge_confirmation_requested", B_CASE, [B1, B2]),
      frm=AWS_FROM_NOREPLY(), to=B_TO, rcpt=B_USER[1],
      subject=subj("RE:[CASE %s] 認定アカウントの統合について" % B_CASE),
      date=b4_dt, body=alt(b4_txt, html_wrap(text_to_html(b4_txt)), cte="base64"),
      provider="outlook", snd=sender_ses(b4_dt))

# B5: done, worded "処理を終えました"
b5_dt = T(2025, 7, 17, 8, 5, 31)
b5_txt = """山田様

AWS トレーニングと認定担当の石川です。
ご了承のご返信をいただき、ありがとうございました。

AWS63018852 の認定資格と受験履歴を AWS71200458 へ移し、統合の処理を終えました。
現在は AWS71200458 のアカウントで、3 件すべての認定をご覧いただける状態になっております。
なお、AWS63018852 にはサインインできなくなっておりますのでご注意ください。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

石川
Amazon Web Services""" + console_footer_ja(B_CASE)
build("console-agent-merge-finished-ja", L("merge_completed", B_CASE, [B1, B2]),
      frm=AWS_FROM_NOREPLY(), to=B_TO, rcpt=B_USER[1],
      subject=subj("RE:[CASE %s] 認定アカウントの統合について" % B_CASE),
      date=b5_dt, body=alt(b5_txt, html_wrap(text_to_html(b5_txt)), cte="quoted-printable"),
      provider="outlook", snd=sender_ses(b5_dt))

# B6: resolved notice with rating (survey)
b6_dt = T(2025, 7, 17, 8, 6, 2)
b6_txt = """Amazon Web Services をご利用いただきありがとうございます。

ケース %s は解決済みとしてマークされました。

件名: 認定アカウントの統合について

問題が解決していない場合は、サポートセンターからケースを再度開くことができます。

今回のサポートについて、ご意見をお聞かせください。以下のリンクから、担当者の対応を 5 段階で評価していただけます。
https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=%s&language=ja&feedback=true

ご協力をお願いいたします。

Amazon Web Services
""" % (B_CASE, B_CASE)
build("console-case-resolved-rate-ja", L("survey", B_CASE, []),
      frm=AWS_FROM_NOREPLY(), to=B_TO, rcpt=B_USER[1],
      subject=subj("Amazon Web Services: サポートケース %s は解決済みです" % B_CASE),
      date=b6_dt, body=alt(b6_txt, html_wrap(text_to_html(b6_txt)), cte="base64"),
      provider="outlook", snd=sender_ses(b6_dt))

# ---------------- Thread C: 伊藤 翔 (OCN), English non-native agent -------------
C_USER = ("伊藤 翔", "sho.ito@ocn.ne.jp")
C_OPEN = T(2025, 8, 19, 13, 5, 11)
C_CASE = cid15(C_OPEN, 77012)
C1, C2 = "AWS20841176", "AWS20967340"
c1_dt = T(2025, 8, 20, 9, 41, 18)
c1_txt = """Dear Sho Ito,

Greetings from AWS Training and Certification Customer Service!

Thank you for reaching us. I understand that you are having 2 certification accounts and want to merge them together, I will be glad to help you on this.

Upon checking in our system, I found below 2 accounts under your name:

Account 1 \u2013 AWS-20841176 \u2013 sho.ito@ocn.ne.jp \u2013 AWS Certified Developer \u2013 Associate
Account 2 \u2013 aws20967340 \u2013 s.ito@hoshizora-net.co.jp \u2013 AWS Certified SysOps Administrator \u2013 Associate

As per your request, Account 1 (AWS-20841176) will be kept as the primary account and Account 2 will be merged into it. All certifications, exam history and benefits of Account 2 will get transferred to Account 1 and Account 2 will be deactivated.

Please be informed this action is irreversible, once done we cannot revert it back.

Kindly revert with your consent on the above so that we can proceed further with the merge.

Note: In case we do not receive your response within 5 business days, the case will be auto resolved.

Regards,
Rohit K.
AWS Training and Certification Customer Service

-----Original Message-----
From: sho.ito@ocn.ne.jp
Sent: 2025-08-19 13:05 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS20841176
Description: \u8a8d\u5b9a\u30a2\u30ab\u30a6\u30f3\u30c8\u304c2\u3064\u3042\u308a\u307e\u3059\u3002\u7d71\u5408\u3092\u304a\u9858\u3044\u3057\u307e\u3059\u3002 I have two accounts, please merge to AWS20841176.
"""
build("agent-kindly-revert-consent-en", L("merge_confirmation_requested", C_CASE, [C1, C2], lang="en"),
      frm=AWS_FROM_FORM(), to=addr(*C_USER), rcpt=C_USER[1],
      subject="RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ),
      date=c1_dt, body=part(c1_txt, "plain", "iso-8859-1", "quoted-printable"),
      provider="ocn", snd=sender_ses(c1_dt))

c2_dt = T(2025, 8, 21, 6, 12, 44)
c2_txt = """Dear Sho Ito,

Thank you for your consent.

I would like to inform you that both of your accounts have been consolidated successfully and all your certifications are now reflecting under AWS20841176. You can log in with sho.ito@ocn.ne.jp going forward. The other account is no more accessible.

As your query has been addressed, I will be resolving this case now. If you feel the issue is not fixed, simply reply to this email within 14 days and the case will be reopened.

We would love to hear your feedback. Please take a moment to rate my response through the survey link that you will receive shortly.

Have a great day ahead!

Regards,
Rohit K.
AWS Training and Certification Customer Service
"""
c2_html = html_wrap(text_to_html(c2_txt), lang="en")
build("agent-consolidated-and-resolving-en", L("merge_completed", C_CASE, [C1], lang="en"),
      frm=AWS_FROM_FORM(), to=addr(*C_USER), rcpt=C_USER[1],
      subject="RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ),
      date=c2_dt, body=alt(c2_txt, c2_html, cte="quoted-printable"),
      provider="ocn", snd=sender_ses(c2_dt))

# ---------------- Thread D: 渡辺 剛 (BIGLOBE), 2022, 11-digit, ISO-2022-JP -------------
D_USER = ("渡辺 剛", "tsuyoshi.w@biglobe.ne.jp")
D_CASE = "10983271645"
D1_, D2_ = "AWS09127735", "AWS11840263"
D_SUBJ = "RE:[CASE %s] 【AWS認定】アカウント統合のお願い" % D_CASE
D_TO = addr(D_USER[0], D_USER[1], "iso-2022-jp")
d1_dt = T(2022, 10, 11, 3, 20, 52)
d1_txt = """渡辺 剛 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
カスタマーサポートの藤井と申します。

アカウント統合のご依頼を承りました。
お客様のお名前で、以下の 2 つの認定アカウントが登録されております。

　AWS09127735（tsuyoshi.w@biglobe.ne.jp）
　AWS11840263（watanabe.t@kousei-eng.co.jp）

統合にあたっては、今後ご利用を続けるアカウントを 1 つお選びいただく必要がございます。
どちらのアカウントを残すことをご希望か、お知らせいただけますでしょうか。
あわせて、統合後のアカウントでサインインに使用するメールアドレスのご希望がございましたら、お書き添えください。

お手数をおかけいたしますが、よろしくお願いいたします。

藤井
AWS トレーニングと認定 カスタマーサポート
"""
build("agent-which-account-keep-ja-2022", L("support_reply", D_CASE, [D1_, D2_]),
      frm=AWS_FROM_FORM(), to=D_TO, rcpt=D_USER[1],
      subject=subj(D_SUBJ, "iso-2022-jp"),
      date=d1_dt, body=part(d1_txt, "plain", "iso-2022-jp", "7bit"),
      provider="biglobe", snd=sender_ses(d1_dt))

d2_dt = T(2022, 10, 13, 2, 5, 19)
d2_user = """藤井様

ご連絡ありがとうございます。
会社で作ったほうのアカウント（AWS11840263）を残したいです。
サインイン用のメールアドレスは、個人の tsuyoshi.w@biglobe.ne.jp に変更していただけると助かります。

渡辺"""
d2_txt = """渡辺 剛 様

カスタマーサポートの藤井でございます。
ご返信いただき、ありがとうございます。

ご希望をふまえ、以下のとおり統合いたします。

　残すアカウント：AWS11840263
　　（統合後のサインイン用メールアドレス：tsuyoshi.w@biglobe.ne.jp）
　統合されるアカウント：AWS09127735
　　（お持ちの AWS Certified Solutions Architect - Associate、
　　　AWS Certified Cloud Practitioner を AWS11840263 へ移します）

統合後に元の 2 つのアカウントへ戻すことはできません。

上記の内容でお手続きを進めてよろしければ、本メールに「はい」とだけご返信ください。
ご返信をいただいてから作業に着手いたします。

藤井
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
差出人: 渡辺 剛 <tsuyoshi.w@biglobe.ne.jp>
送信日時: 2022年10月12日 9:33
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: Re: %s

%s
""" % (D_SUBJ, d2_user)
build("agent-reply-hai-to-proceed-ja-2022", L("merge_confirmation_requested", D_CASE, [D1_, D2_]),
      frm=AWS_FROM_FORM(), to=D_TO, rcpt=D_USER[1],
      subject=subj(D_SUBJ, "iso-2022-jp"),
      date=d2_dt, body=part(d2_txt, "plain", "iso-2022-jp", "7bit"),
      provider="biglobe", snd=sender_ses(d2_dt))

d3_dt = T(2022, 10, 14, 7, 44, 3)
d3_txt = """渡辺 剛 様

カスタマーサポートの藤井でございます。
お返事をいただき、ありがとうございました。

アカウントの統合作業が済みましたので、ご報告いたします。
AWS09127735 でお持ちだった認定は、すべて AWS11840263 に移っております。
今後は tsuyoshi.w@biglobe.ne.jp で AWS Certification アカウントにサインインしてください。

何かございましたら、本メールにご返信ください。

藤井
AWS トレーニングと認定 カスタマーサポート

> はい
>
> 渡辺
>
> -----Original Message-----
> 差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
> 送信日時: 2022年10月13日 11:05
> 件名: %s
>
> 渡辺 剛 様
> ご希望をふまえ、以下のとおり統合いたします。
> 　残すアカウント：AWS11840263
> 　統合されるアカウント：AWS09127735
""" % D_SUBJ
build("agent-merge-sumimashita-ja-2022", L("merge_completed", D_CASE, [D1_, D2_]),
      frm=AWS_FROM_FORM(), to=D_TO, rcpt=D_USER[1],
      subject=subj(D_SUBJ, "iso-2022-jp"),
      date=d3_dt, body=part(d3_txt, "plain", "iso-2022-jp", "7bit"),
      provider="biglobe", snd=sender_ses(d3_dt))

# ---------------- CertMetrics feedback mail (unrelated; authentic non-AWS) -------------
cm_dt = T(2025, 6, 20, 16, 3, 10)
cm_user = "kenta.sato.aws@gmail.com"
cm_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,'Meiryo',sans-serif;font-size:14px;">
<p><img src="https://www.certmetrics.com/amazon/images/aws_cert_logo.png" alt="AWS Certification"></p>
<p>佐藤 健太 様</p>
<p>先日は AWS 認定試験を受験いただき、ありがとうございました。</p>
<p>AWS 認定では、受験者の皆様の体験をより良いものにするため、簡単なアンケートを実施しています。所要時間は 5 分程度です。試験の申し込みから結果の受け取りまでについて、率直なご意見をお聞かせください。</p>
<p><a href="https://www.certmetrics.com/amazon/survey/default.aspx?sid=%s&amp;lang=ja-JP">アンケートに回答する</a></p>
<p>AWS 認定アカウントはこちら: <a href="https://www.aws.training/Certification">https://www.aws.training/Certification</a></p>
<p style="font-size:11px;color:#777;">このメールは送信専用アドレスから送信されています。ご返信いただいても対応できません。<br>
AWS Certification | Amazon Web Services, Inc.</p>
</body></html>""" % rhex(32)
build("certmetrics-feedback-ja", L("unrelated", None, [], sv=False),
      frm="AWS Certification <do-not-reply@certmetrics.com>", to=cm_user, rcpt=cm_user,
      subject=subj("AWS 認定から、あなたのご意見をお聞かせください"),
      date=cm_dt, body=part(cm_html, "html", "utf-8", "base64"),
      provider="gmail",
      snd=sender_generic(cm_dt, "mail-out2.certmetrics.com", "208.88.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
                         "bounce@certmetrics.com", ["certmetrics.com"], "certmetrics.com", policy="NONE"),
      msgid="<%s@certmetrics.com>" % ruuid())

# ---------------- Thread E: 中村 優子 (So-net), 2020, 10-digit -------------
E_USER = ("中村 優子", "y.nakamura@ff.so-net.ne.jp")
E_CASE = "7046219835"
E1_, E2_ = "AWS00918834", "AWS01376215"
e1_dt = T(2020, 3, 10, 5, 12, 40)
e1_txt = """中村様

お世話になっております。AWS 認定サポートの松本です。

ご依頼の 2 つの認定アカウントは、AWS00918834 に統合済みとなりました。AWS01376215 でお持ちだった認定も、AWS00918834 の「認定」ページでご覧いただけます。

今後ともよろしくお願いいたします。

松本
AWS Certification Support
"""
build("agent-merged-short-ja-2020", L("merge_completed", E_CASE, [E1_, E2_]),
      frm=AWS_FROM_FORM(), to=addr(*E_USER), rcpt=E_USER[1],
      subject="RE:[CASE %s] Account merge request" % E_CASE,
      date=e1_dt, body=part(e1_txt, "plain", "utf-8", "8bit"),
      provider="sonet", snd=sender_ses(e1_dt))

# ---------------- Pearson VUE appointment (unrelated) -------------
pv_dt = T(2025, 7, 2, 9, 30, 12)
pv_to = B_USER[1]
pv_txt = """山田 花子 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional (日本語)
受験者 ID: AWS71200458
予約番号: 538204117
日時: 2025年8月23日(土) 10:00 JST
会場: オンライン監督試験 (OnVUE)

試験開始の 30 分前からチェックインが可能です。システムテストは事前に必ず実施してください。
https://home.pearsonvue.com/aws/onvue

予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

Pearson VUE
※このメールは送信専用アドレスからお送りしています。
"""
build("pearsonvue-appointment-ja", L("unrelated", None, [B1], sv=False),
      frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>", to=pv_to, rcpt=pv_to,
      subject=subj("ご予約の確認 - AWS Certified Solutions Architect - Professional"),
      date=pv_dt, body=alt(pv_txt, "<html><body><pre style=\"font-family:Meiryo,sans-serif\">%s</pre></body></html>" % pv_txt,
                           cte="base64"),
      provider="outlook",
      snd=sender_generic(pv_dt, "mx0b-00131201.pphosted.com", "148.163.%d.%d" % (rnd.randint(128, 159), rnd.randint(1, 250)),
                         "pearsonvuecustomerservice@pearson.com", ["pearson.com"], "pearson.com", policy="REJECT"),
      msgid="<%s.JavaMail.vue@pvuprdapp%02d.pearsonvue.com>" % (rnd.randint(10**9, 10**10), rnd.randint(1, 20)))

# ---------------- Thread F: 鈴木 大輔 (M365 tenant), console case, machine-translated agent -------------
F_USER = ("Daisuke Suzuki", "daisuke.suzuki@tokyo-denshi.co.jp")
F_OPEN = T(2025, 9, 9, 0, 41, 26)
F_CASE = cid15(F_OPEN, 90233)
F1_, F2_ = "AWS37702914", "AWS40055129"
f1_dt = F_OPEN + _dt.timedelta(seconds=9)
f1_txt = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Certification account merge / 認定アカウントの統合
Severity: General guidance
Correspondence: 2つのAWS認定アカウントがあります。1つにまとめたいです。

You can view the case details, add correspondence, and resolve the case in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this email. This email address cannot accept replies.

Best regards,
Amazon Web Services

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (F_CASE, F_CASE, F_CASE)
build("console-case-opened-en-m365", L("case_created", F_CASE, [], lang="en"),
      frm=AWS_FROM_NOREPLY(), to=addr(*F_USER), rcpt=F_USER[1],
      subject="Amazon Web Services: You have opened a new Support case: %s" % F_CASE,
      date=f1_dt, body=alt(f1_txt, html_wrap(text_to_html(f1_txt), lang="en"), cte="quoted-printable"),
      provider="outlook", snd=sender_ses(f1_dt))

f2_dt = T(2025, 9, 10, 3, 17, 2)
f2_txt = """こんにちは 鈴木 大輔、

AWS トレーニングと認定に連絡していただきありがとうございます。私の名前は Kevin で、今日はあなたを助けます。

私はあなたの要求を調査しました、そして、私はあなたの名前の下に 2 つの認定アカウントを見つけました:

- AWS37702914 (daisuke.suzuki@tokyo-denshi.co.jp)
- AWS40055129 (dsuzuki.private@gmail.com)

私たちはアカウント AWS40055129 をアカウント AWS37702914 にマージします。マージの後、AWS37702914 は残ります、そして AWS40055129 はもはや使うことができません。このアクションは元に戻すことができません。

あなたはこのマージに同意しますか? 同意する場合は、サポートセンターを通して「はい」と返信してください。

よろしくお願いします、
Kevin M.
アマゾン ウェブ サービス

このケースに返信する、または詳細を見るには: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
このメールに返信しないでください。
""" % F_CASE
build("console-agent-mt-agree-merge-ja", L("merge_confirmation_requested", F_CASE, [F1_, F2_]),
      frm=AWS_FROM_NOREPLY(), to=addr(*F_USER), rcpt=F_USER[1],
      subject=subj("RE:[CASE %s] Certification account merge / %s" % (F_CASE, "認定アカウントの統合")),
      date=f2_dt, body=alt(f2_txt, html_wrap(text_to_html(f2_txt)), cte="base64"),
      provider="outlook", snd=sender_ses(f2_dt))

F_SUBJ = subj("RE:[CASE %s] Certification account merge / %s" % (F_CASE, "認定アカウントの統合"))
f3_dt = T(2025, 9, 11, 1, 2, 45)
f3_txt = """こんにちは 鈴木 大輔、

あなたの返答をありがとう。私たちは今あなたのアカウントのマージを進めます。これは 3-5 営業日かかることがあります。

それが終わったとき、私たちはこのケースを通してあなたに知らせます。その間、新しいケースを開く必要はありません。

よろしくお願いします、
Kevin M.
アマゾン ウェブ サービス

このケースに返信する、または詳細を見るには: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
このメールに返信しないでください。
""" % F_CASE
build("console-agent-mt-proceeding-ja", L("support_reply", F_CASE, []),
      frm=AWS_FROM_NOREPLY(), to=addr(*F_USER), rcpt=F_USER[1],
      subject=subj("RE:[CASE %s] Certification account merge / %s" % (F_CASE, "認定アカウントの統合")),
      date=f3_dt, body=alt(f3_txt, html_wrap(text_to_html(f3_txt)), cte="base64"),
      provider="outlook", snd=sender_ses(f3_dt))

f4_dt = T(2025, 9, 15, 22, 30, 8)
f4_txt = """こんにちは 鈴木 大輔、

良いニュース! あなたのアカウントのマージは正常に終了しました。

あなたのすべての認定は、今 AWS37702914 の下で見ることができます。古いアカウントはもはやアクティブではありません。あなたはこれから daisuke.suzuki@tokyo-denshi.co.jp でサインインしてください。

Credly のバッジも、数日以内に新しいアカウントに表示されるはずです。

私はあなたが素晴らしい一日を過ごすことを願っています!

よろしくお願いします、
Kevin M.
アマゾン ウェブ サービス

このケースに返信する、または詳細を見るには: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
このメールに返信しないでください。
""" % F_CASE
build("console-agent-mt-merge-ended-ja", L("merge_completed", F_CASE, [F1_]),
      frm=AWS_FROM_NOREPLY(), to=addr(*F_USER), rcpt=F_USER[1],
      subject=subj("RE:[CASE %s] Certification account merge / %s" % (F_CASE, "認定アカウントの統合")),
      date=f4_dt, body=alt(f4_txt, html_wrap(text_to_html(f4_txt)), cte="quoted-printable"),
      provider="outlook", snd=sender_ses(f4_dt))

f5_dt = T(2025, 9, 22, 23, 0, 14)
f5_html = html_wrap("""<p>こんにちは、</p>
<p>あなたのサポートケース <b>%s</b> は 7 日間活動がなかったため、閉じられました。</p>
<p>私たちはあなたの経験について聞きたいです。下の星をクリックして、サポートの体験を評価してください。</p>
<p style="font-size:24px;"><a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=1" style="text-decoration:none;">&#9734;</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=2" style="text-decoration:none;">&#9734;</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=3" style="text-decoration:none;">&#9734;</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=4" style="text-decoration:none;">&#9734;</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5" style="text-decoration:none;">&#9734;</a></p>
<p>あなたの問題が解決されていない場合は、サポートセンターでケースを再び開くことができます。</p>
<p>ありがとう、<br>アマゾン ウェブ サービス</p>""" % ((F_CASE,) * 6))
build("console-closed-rate-stars-mt-ja", L("survey", F_CASE, []),
      frm=AWS_FROM_NOREPLY(), to=addr(*F_USER), rcpt=F_USER[1],
      subject=subj("Amazon Web Services: あなたのサポートケース %s は閉じられました" % F_CASE),
      date=f5_dt, body=part(f5_html, "html", "utf-8", "base64"),
      provider="outlook", snd=sender_ses(f5_dt))

# ---------------- Thread G: 高橋 美咲 (nifty), form case, Shift_JIS label with cp932 bytes -------------
G_USER = ("高橋 美咲", "misaki_t@nifty.com")
G_OPEN = T(2025, 10, 27, 22, 58, 3)
G_CASE = cid15(G_OPEN, 4470)
G1_, G2_, G3_ = "AWS52210087", "AWS52918340", "AWS60124471"
G_TO = addr(G_USER[0], G_USER[1], "iso-2022-jp")
g_form = """お問い合わせの種類: Certification
詳細: Account Merge
AWS candidate ID: AWS52210087
内容: 転職のたびにアカウントを作ってしまい、3つあります。AWS52210087にまとめてほしいです。"""
g1_dt = T(2025, 10, 29, 1, 26, 50)
g1_txt = """高橋 美咲 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の岡田でございます。

お問い合わせいただいた件につき調査いたしましたところ、お客様名義の認定アカウントが以下のとおり 3 つございました。

　① AWS52210087（misaki_t@nifty.com）　… 統合先（存続）
　② AWS52918340（m.takahashi@㈱アオバ情報.example ではなく m.takahashi@aoba-joho.co.jp）
　③ AWS60124471（takahashi.misaki@kanade-sys.jp）

②・③のアカウントに紐づく認定資格、受験履歴、特典を①へ移し、②・③は利用できない状態となります。
恐れ入りますが、統合後に元の状態へ戻すことはできかねます。

上記のとおり統合を行うことについて、ご承諾いただけますでしょうか。
ご承諾いただける場合は、本メールへその旨ご返信ください。ご返信を受領後、2～3 営業日で作業いたします。

何卒よろしくお願い申し上げます。

岡田
AWS トレーニングと認定 カスタマーサポート

> %s
""" % quote(g_form).lstrip("> ")
g1_txt = g1_txt.replace("（m.takahashi@㈱アオバ情報.example ではなく m.takahashi@aoba-joho.co.jp）", "（m.takahashi@aoba-joho.co.jp　旧所属：㈱アオバ情報）")
build("agent-gosyoudaku-three-accounts-sjis", L("merge_confirmation_requested", G_CASE, [G1_, G2_, G3_]),
      frm=AWS_FROM_FORM(), to=G_TO, rcpt=G_USER[1],
      subject="RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ),
      date=g1_dt, body=part(g1_txt, "plain", "Shift_JIS", "8bit", codec="cp932"),
      provider="nifty", snd=sender_ses(g1_dt))

g2_dt = T(2025, 11, 4, 0, 52, 10)
g2_txt = """高橋 美咲 様

AWS トレーニングと認定 カスタマーサポートの岡田でございます。

10 月 29 日にお送りしたメールにつきまして、その後いかがでしょうか。
現時点でお客様からのご返答をいただけておりませんでしたので、念のため再度ご連絡いたしました。

AWS52210087 へのアカウント統合は、お客様からご返答をいただいたうえで着手いたします。
ご都合がつきましたら、前回のメールの内容についてご返信いただけますと幸いです。

なお、本日より 7 日間ご返信が確認できない場合、本ケースはいったん解決済みとさせていただきます。その後でも、本メールにご返信いただければケースは再開されます。

よろしくお願いいたします。

岡田
AWS トレーニングと認定 カスタマーサポート
"""
build("agent-chaser-awaiting-reply-sjis", L("support_reply", G_CASE, [G1_]),
      frm=AWS_FROM_FORM(), to=G_TO, rcpt=G_USER[1],
      subject="RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ),
      date=g2_dt, body=part(g2_txt, "plain", "Shift_JIS", "base64", codec="cp932"),
      provider="nifty", snd=sender_ses(g2_dt))

g3_dt = T(2025, 11, 7, 5, 8, 33)
g3_user = """岡田様

返信が遅くなり申し訳ありません。
ご提示いただいた内容で問題ありませんので、よろしくお願いいたします。

高橋"""
g3_txt = """高橋 美咲 様

AWS トレーニングと認定 カスタマーサポートの岡田でございます。
ご返信いただき、ありがとうございました。

ご依頼いただいておりました件、②AWS52918340 と ③AWS60124471 の認定資格・受験履歴・特典を、すべて ①AWS52210087 へ移行いたしました。
3 つに分かれていたアカウントは、現在 AWS52210087 ひとつに集約されております。

今後は misaki_t@nifty.com でサインインしていただき、「認定」「特典」の各ページで内容をお確かめください。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

岡田
AWS トレーニングと認定 カスタマーサポート

----- Original Message -----
From: 高橋 美咲 <misaki_t@nifty.com>
Date: 2025/11/06 22:41
Subject: Re: RE:[CASE %s] %s

%s
""" % (G_CASE, FORM_SUBJ, g3_user)
build("agent-moved-into-one-sjis", L("merge_completed", G_CASE, [G1_, G2_, G3_]),
      frm=AWS_FROM_FORM(), to=G_TO, rcpt=G_USER[1],
      subject="RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ),
      date=g3_dt, body=part(g3_txt, "plain", "Shift_JIS", "quoted-printable", codec="cp932"),
      provider="nifty", snd=sender_ses(g3_dt))

# ---------------- Thread H: 小林 拓也 (Gmail), English native agent -------------
H_USER = ("Takuya Kobayashi", "takuya.kobayashi@gmail.com")
H_OPEN = T(2026, 1, 12, 6, 40, 19)
H_CASE = cid15(H_OPEN, 62150)
H1_, H2_ = "AWS33417826", "AWS29980415"
h1_dt = H_OPEN + _dt.timedelta(seconds=58)
h1_txt = """Hello Takuya,

Thanks for reaching out to AWS Training and Certification.

This is an automated message to let you know we've got your request. It has been logged under case ID %s, and a member of our team will get back to you, typically within one business day.

To help us help you faster, please don't submit another request for the same issue. If you have anything to add, just reply to this email and keep the case ID in the subject line.

Your request
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS33417826

Thank you,
AWS Training and Certification
""" % H_CASE
build("form-request-logged-en-gmail", L("case_created", H_CASE, [H1_], lang="en"),
      frm=AWS_FROM_FORM(), to=addr(*H_USER), rcpt=H_USER[1],
      subject="[CASE %s] We've received your AWS Training and Certification request" % H_CASE,
      date=h1_dt, body=alt(h1_txt, html_wrap(text_to_html(h1_txt), lang="en"), cte="quoted-printable"),
      provider="gmail", snd=sender_ses(h1_dt))

h2_agent = """Hi Takuya,

I found two certification profiles under your name:

- AWS33417826 (takuya.kobayashi@gmail.com) - this one will stay
- AWS29980415 (t-kobayashi@umineko-games.jp) - this one will be folded into AWS33417826

Please be aware that this can't be undone. Could you reply to let me know you're happy for me to go ahead?

Best regards,
Joanna
AWS Training and Certification"""
h2_user = """Hi Joanna,

Yes, that's all correct - please go ahead.

Thanks,
Takuya"""
h2_dt = T(2026, 1, 13, 16, 5, 37)
h2_txt = """Hi Takuya,

Thanks for confirming. I've passed your request on to our Certification operations team, who carry out the account changes on our side. This usually takes 3 to 5 business days, and I'll update you on this case as soon as I hear back from them.

There's nothing else you need to do for now.

Best regards,
Joanna
AWS Training and Certification

On Tue, Jan 13, 2026 at 9:14 AM Takuya Kobayashi <takuya.kobayashi@gmail.com> wrote:
%s
>
> On Mon, Jan 12, 2026 at 11:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % (quote(h2_user), quote(h2_agent, "> > "))
build("agent-thanks-passed-to-ops-en", L("support_reply", H_CASE, [], lang="en"),
      frm=AWS_FROM_FORM(), to=addr(*H_USER), rcpt=H_USER[1],
      subject="RE:[CASE %s] %s" % (H_CASE, FORM_SUBJ),
      date=h2_dt, body=alt(h2_txt, html_wrap(text_to_html(h2_txt), lang="en"), cte="quoted-printable"),
      provider="gmail", snd=sender_ses(h2_dt))

h3_dt = T(2026, 1, 16, 19, 22, 4)
h3_txt = """Hi Takuya,

Good news: the ops team has combined your two profiles. Everything that was on AWS-29980415 (your Developer - Associate certification, exam history and the 50% discount voucher) now sits under AWS 33417826, and the old profile has been retired.

Sign in with takuya.kobayashi@gmail.com from now on. If anything looks off, just reply here.

Best regards,
Joanna
AWS Training and Certification
"""
build("agent-profiles-combined-en", L("merge_completed", H_CASE, [H1_, H2_], lang="en"),
      frm=AWS_FROM_FORM(), to=addr(*H_USER), rcpt=H_USER[1],
      subject="RE:[CASE %s] %s" % (H_CASE, FORM_SUBJ),
      date=h3_dt, body=alt(h3_txt, html_wrap(text_to_html(h3_txt), lang="en"), cte="base64"),
      provider="gmail", snd=sender_ses(h3_dt))

h4_dt = T(2026, 1, 18, 2, 47, 51)
h4_b1, h4_b2 = ruuid(), ruuid()
h4_txt = """Hi Takuya,

You have 2 badges from Amazon Web Services Training and Certification waiting to be accepted:

* AWS Certified Developer - Associate
  Accept: https://www.credly.com/earner/earned/badge/%s
* AWS Certified Solutions Architect - Associate
  Accept: https://www.credly.com/earner/earned/badge/%s

These badges were moved to this account after your AWS Certification profiles were combined. Once accepted, you can share them on LinkedIn, in your email signature, or anywhere else.

Verification: 7QKX2M9TRB4LJ8WA

Credly, 100 Park Avenue, New York, NY 10017
Unsubscribe: https://www.credly.com/earner/settings/notifications
""" % (h4_b1, h4_b2)
h4_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4;">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px;">
<p>Hi Takuya,</p>
<p>You have <b>2 badges</b> from Amazon Web Services Training and Certification waiting to be accepted:</p>
<p><b>AWS Certified Developer - Associate</b><br><a href="https://www.credly.com/earner/earned/badge/%s" style="color:#ff6b00;">Accept badge</a></p>
<p><b>AWS Certified Solutions Architect - Associate</b><br><a href="https://www.credly.com/earner/earned/badge/%s" style="color:#ff6b00;">Accept badge</a></p>
<p>These badges were moved to this account after your AWS Certification profiles were combined.</p>
<p style="font-size:11px;color:#888;">Verification: 7QKX2M9TRB4LJ8WA<br>Credly, 100 Park Avenue, New York, NY 10017 &middot; <a href="https://www.credly.com/earner/settings/notifications">Unsubscribe</a></p>
</div></body></html>""" % (h4_b1, h4_b2)
build("credly-two-badges-moved-en", L("credly_badge_issued", None, [], lang="en"),
      frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
      to=H_USER[1], rcpt=H_USER[1],
      subject="Takuya, you have 2 badges waiting from Amazon Web Services Training and Certification",
      date=h4_dt, body=alt(h4_txt, h4_html, cte="quoted-printable"),
      provider="gmail", snd=credly_snd(h4_dt, H_USER[1]), msgid=credly_msgid(h4_dt))

# ---------------- Thread I: 加藤 恵 (corporate relay, no Authentication-Results) -------------
I_USER = ("加藤 恵", "megumi.kato@sakura-systems.co.jp")
I_OPEN = T(2025, 12, 3, 2, 15, 44)
I_CASE = cid15(I_OPEN, 8808)
I1_, I2_ = "AWS44781206", "AWS45002319"
i1_dt = I_OPEN + _dt.timedelta(seconds=33)
i1_txt = """加藤 恵 様

お問い合わせありがとうございます。
以下のとおり、お問い合わせを受け付けました。

　ケース ID　：%s
　受付日時　：2025年12月3日 11:15（日本時間）
　お問い合わせ種別：AWS トレーニングと認定 ＞ アカウントの統合

内容を確認のうえ、担当者よりご連絡いたします（通常 1 営業日以内）。
本メールへの返信で情報を追加いただけます。

AWS トレーニングと認定
""" % I_CASE
build("form-ack-ja-corp-noauth", L("case_created", I_CASE, [], sv=None),
      frm=AWS_FROM_FORM(), to=addr(*I_USER), rcpt=I_USER[1],
      subject=subj("[CASE %s] お問い合わせ受付のお知らせ" % I_CASE),
      date=i1_dt, body=part(i1_txt, "plain", "utf-8", "base64"),
      provider="corp-noar", snd=sender_ses(i1_dt))

i2_dt = T(2025, 12, 4, 0, 38, 12)
i2_txt = """加藤 恵 様

AWS トレーニングと認定 カスタマーサポートの松本でございます。
お問い合わせいただき、ありがとうございます。

アカウントの統合に先立ち、1 点お伺いしたいことがございます。

お客様の 2 つのアカウントでは、ご登録のお名前のローマ字表記が異なっております。
　AWS44781206：Megumi Kato
　AWS45002319：Megumi Katou

統合後のアカウントのお名前は、認定証や Credly バッジにもそのまま表示されます。
どちらの表記をご希望か、お知らせいただけますでしょうか（パスポート等の身分証明書と同じ表記をおすすめしております）。

お名前の表記についてご回答をいただけましたら、統合の内容をあらためてご案内いたします。

松本
AWS トレーニングと認定 カスタマーサポート
"""
build("agent-asks-name-spelling-ja-noauth", L("support_reply", I_CASE, [I1_, I2_], sv=None),
      frm=AWS_FROM_FORM(), to=addr(*I_USER), rcpt=I_USER[1],
      subject="RE:[CASE %s] %s" % (I_CASE, FORM_SUBJ),
      date=i2_dt, body=alt(i2_txt, html_wrap(text_to_html(i2_txt)), cte="base64"),
      provider="corp-noar", snd=sender_ses(i2_dt))

i3_user = """松本様

お世話になっております。加藤です。
パスポートと同じ「Megumi Kato」でお願いいたします。

---
加藤 恵
さくらシステムズ株式会社　インフラ部
"""
i3_dt = T(2025, 12, 5, 1, 3, 55)
i3_txt = """加藤 恵 様

AWS トレーニングと認定 カスタマーサポートの松本でございます。
ご回答いただき、ありがとうございます。

お名前は「Megumi Kato」に統一し、以下の内容で統合を行う予定です。

　統合後に残るアカウント：AWS44781206（megumi.kato@sakura-systems.co.jp）
　統合されて閉じるアカウント：AWS45002319

AWS45002319 の認定資格・受験履歴は AWS44781206 に引き継がれます。統合後に分割し直すことはできません。

この内容で統合を実施することをご承認いただけますでしょうか。
差し支えなければ、本メールに「承認します」とご返信ください。

松本
AWS トレーニングと認定 カスタマーサポート

2025年12月4日(木) 18:20 加藤 恵 <megumi.kato@sakura-systems.co.jp>:
%s
""" % quote(i3_user)
build("agent-gosyounin-ja-noauth", L("merge_confirmation_requested", I_CASE, [I1_, I2_], sv=None),
      frm=AWS_FROM_FORM(), to=addr(*I_USER), rcpt=I_USER[1],
      subject="RE:[CASE %s] %s" % (I_CASE, FORM_SUBJ),
      date=i3_dt, body=part(i3_txt, "plain", "utf-8", "quoted-printable"),
      provider="corp-noar", snd=sender_ses(i3_dt))

# ---------------- Thread J: 井上 陽介 (own domain on Sakura), machine-translated ack, full-width ids -------------
J_USER = ("井上 陽介", "yosuke@inoue-lab.jp")
J_OPEN = T(2026, 2, 16, 13, 2, 7)
J_CASE = cid15(J_OPEN, 51)
J1_, J2_ = "AWS12048839", "AWS19336502"
j1_dt = J_OPEN + _dt.timedelta(seconds=21)
j1_txt = """親愛なる 井上 陽介、

AWS トレーニングと認定に連絡してくれてありがとう。

あなたの問い合わせは受信され、ケース番号 %s が割り当てられました。私たちのチームのメンバーは、通常 24 時間以内にあなたに戻ります。

同じ問題のために別のリクエストを送信しないでください。それは私たちの応答を遅らせるかもしれません。あなたが追加の情報を持っているならば、この電子メールに返信してください。

敬具、
AWS トレーニングと認定
""" % J_CASE
build("form-ack-mt-ja-iso2022jp", L("case_created", J_CASE, []),
      frm=AWS_FROM_FORM(), to=addr(J_USER[0], J_USER[1], "iso-2022-jp"), rcpt=J_USER[1],
      subject=subj("[CASE %s] あなたの問い合わせを受け取りました" % J_CASE, "iso-2022-jp"),
      date=j1_dt, body=part(j1_txt, "plain", "iso-2022-jp", "7bit"),
      provider="sakura", snd=sender_ses(j1_dt))

j2_dt = T(2026, 2, 18, 4, 40, 26)
j2_txt = """井上 陽介 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポートの藤井でございます。

このたびは、認定アカウントの統合につきましてお問い合わせいただき、誠にありがとうございます。
また、ご回答までにお時間を頂戴しましたこと、深くお詫び申し上げます。

お客様よりお知らせいただいた情報をもとに調査いたしましたところ、以下の 2 件の認定アカウントがお客様のものと判明いたしました。

　■ アカウント１：ＡＷＳ１２０４８８３９
　　サインイン用メールアドレス：yosuke@inoue-lab.jp
　　保有資格：AWS Certified Machine Learning - Specialty（2024年3月取得）
　■ アカウント２：ＡＷＳ１９３３６５０２
　　サインイン用メールアドレス：y.inoue@hokuto-ai.co.jp
　　保有資格：AWS Certified Data Engineer - Associate（2025年1月取得）

ご依頼の内容にしたがい、アカウント１を存続させ、アカウント２の資格・受験履歴・特典をアカウント１へ移す形で統合させていただく予定でございます。
統合後はアカウント２ではサインインできなくなり、また、統合を取り消すことはできかねますので、あらかじめご了承くださいませ。

つきましては、上記の内容にて統合の手続きを進めさせていただいても差し支えございませんでしょうか。
ご了承いただけます場合は、本メールに「同意します」とご返信いただけますと幸いでございます。

なお、アカウント２に未使用の 50% 割引バウチャーがございます。有効期限（2026年4月30日）は統合後も変わりませんので、期限内にご利用くださいませ。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

藤井
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
"""
build("agent-fullwidth-ids-sashitsukae-ja", L("merge_confirmation_requested", J_CASE, [J1_, J2_]),
      frm=AWS_FROM_FORM(), to=addr(J_USER[0], J_USER[1], "iso-2022-jp"), rcpt=J_USER[1],
      subject="RE:[CASE %s] %s" % (J_CASE, FORM_SUBJ),
      date=j2_dt, body=alt(j2_txt, html_wrap(text_to_html(j2_txt)), cte="base64"),
      provider="sakura", snd=sender_ses(j2_dt))

j3_dt = T(2026, 3, 4, 4, 41, 0)
j3_txt = """井上 陽介 様

AWS トレーニングと認定 カスタマーサポートでございます。

2 月 18 日にご案内いたしました件につきまして、一定期間ご返信を確認できなかったため、本ケース（%s）はクローズとさせていただきました。

引き続きご希望の場合は、このメールにご返信いただくことでケースを再開できます。新しくお問い合わせを作成いただく必要はございません。

今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです。
https://survey.aws-training.amazon.com/s/r?c=%s&lang=ja

AWS トレーニングと認定 カスタマーサポート
""" % (J_CASE, J_CASE)
build("case-closed-no-reply-survey-ja", L("survey", J_CASE, []),
      frm=AWS_FROM_FORM(), to=addr(J_USER[0], J_USER[1], "iso-2022-jp"), rcpt=J_USER[1],
      subject=subj("RE:[CASE %s] %s" % (J_CASE, FORM_SUBJ)),
      date=j3_dt, body=part(j3_txt, "plain", "utf-8", "base64"),
      provider="sakura", snd=sender_ses(j3_dt))

# ---------------- Phishing / look-alikes -------------
# P1: look-alike domain, merge consent request (kind kept, not verified)
p1_dt = T(2025, 6, 9, 23, 12, 40, tz=UTC)
P1_CASE = "174950947100562"
p1_html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px;">
<div style="background:#232f3e;padding:10px;"><span style="color:#ff9900;font-weight:bold;font-size:20px;">aws</span> <span style="color:#fff;">トレーニングと認定</span></div>
<p>佐藤 健太 様</p>
<p>いつもご利用いただきありがとうございます。</p>
<p>お客様よりご依頼のありましたアカウント統合（ケース番号：%s）について、最終手続きのご案内です。</p>
<p>統合先アカウント：AWS48120937<br>統合元アカウント：AWS50316628</p>
<p>統合を進めてよろしい場合は、<b>24時間以内</b>に下記ボタンよりサインインし、「同意する」を押してください。期限内にお手続きがない場合、両アカウントの認定資格が一時的に停止されます。</p>
<p><a href="https://aws-certification-jp.com/merge/consent?id=%s&amp;u=kenta.sato.aws%%40gmail.com" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;">統合に同意する</a></p>
<p>※本メールは送信専用です。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>Amazon Web Services Japan</p>
</body></html>""" % (P1_CASE, rhex(24))
build("lookalike-merge-consent-phish-ja", L("merge_confirmation_requested", P1_CASE, [A1, A2], sv=False),
      frm=addr("AWS トレーニングと認定", "support@aws-certification-jp.com"), to=A_USER[1], rcpt=A_USER[1],
      subject=subj("【重要】アカウント統合の最終手続きのお願い（24時間以内）"),
      date=p1_dt, body=part(p1_html, "html", "utf-8", "base64"),
      provider="gmail",
      snd=sender_generic(p1_dt, "mail.aws-certification-jp.com", "103.%d.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250)),
                         "bounce@aws-certification-jp.com", ["aws-certification-jp.com"], "aws-certification-jp.com", policy="NONE"),
      msgid="<%s@aws-certification-jp.com>" % rhex(20))

# P2: spoofed amazon.com From, topmost AR (Outlook) dmarc=fail; forged pass lower down
p2_dt = T(2025, 8, 2, 11, 48, 9)
P2_CASE = "175413010907731"
forged = [("Received", "from localhost (unknown [45.%d.%d.%d])\n\tby smtp.mailer-jp-cloud.top (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
              rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250), ralnum(10, "0123456789ABCDEF"), B_USER[1], rfc(p2_dt - _dt.timedelta(seconds=3)))),
          ("Authentication-Results", "mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com")]
p2_snd = sender_generic(p2_dt, "smtp.mailer-jp-cloud.top", "45.139.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
                        "info@mailer-jp-cloud.top", [], "amazon.com", dmarc="fail", policy="QUARANTINE",
                        spf="pass", inner=forged)
p2_txt = """山田 花子 様

いつも Amazon Web Services をご利用いただきありがとうございます。

ご依頼いただいていた認定アカウントの統合処理が終わりました。
統合後のアカウントを有効にするため、72 時間以内に以下のページからサインインし、本人情報とお支払い方法の再登録を行ってください。

https://aws-training-account.mailer-jp-cloud.top/ja/signin?case=%s

再登録が行われない場合、統合後のアカウントはロックされ、保有する認定資格は失効します。

Amazon Web Services
AWS トレーニングと認定
""" % P2_CASE
build("spoofed-merge-done-dmarc-fail-ja", L("merge_completed", P2_CASE, [], sv=False),
      frm=AWS_FROM_FORM(), to=addr(*B_USER), rcpt=B_USER[1],
      subject=subj("RE:[CASE %s] アカウント統合処理のお知らせ" % P2_CASE),
      date=p2_dt, body=alt(p2_txt, "<html><body>" + text_to_html(p2_txt) + "</body></html>", cte="base64"),
      provider="outlook", snd=p2_snd, msgid="<%s.%s@mailer-jp-cloud.top>" % (rhex(12), rhex(8)))

# P3: phishing not about the merge (unrelated)
p3_dt = T(2025, 9, 30, 21, 5, 52)
p3_txt = """【Amazon Web Services】お支払い情報の確認ができませんでした

お客様の AWS アカウントに登録されているクレジットカードでの決済が承認されませんでした。
2025年10月3日までにお支払い情報を更新いただけない場合、アカウントおよび実行中のすべてのリソースが停止されます。

▼お支払い情報の更新はこちら
https://aws-billing-update.jp-console.info/ja/billing/paymentmethods

※本メールは送信専用アドレスから配信しています。

Amazon Web Services Japan
"""
p3_snd = sender_generic(p3_dt, "sv%d.xserver.example-vps.net" % rnd.randint(1000, 9999), "162.43.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
                        "no-reply@jp-console.info", [], "aws.amazon.com", dmarc="fail", policy="REJECT", spf="softfail")
build("phish-billing-update-not-merge-ja", L("unrelated", None, [], sv=False),
      frm=addr("Amazon Web Services", "no-reply@aws.amazon.com"), to=G_USER[1], rcpt=G_USER[1],
      subject=subj("【重要】お支払い情報の更新のお願い - Amazon Web Services", "iso-2022-jp"),
      date=p3_dt, body=part(p3_txt, "plain", "iso-2022-jp", "7bit"),
      provider="nifty", snd=p3_snd, msgid="<%s@jp-console.info>" % rhex(24))

# P4: look-alike acknowledgement of a merge request (kind case_created, not verified)
p4_dt = T(2025, 10, 14, 2, 33, 7)
P4_CASE = "176040918700319"
p4_txt = """伊藤 翔 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。
認定アカウント統合のお問い合わせを受け付けました。

受付番号：%s

統合のお手続きを開始するにあたり、ご本人様確認が必要です。
下記 URL より 48 時間以内に AWS 認定アカウントへサインインしてください。
https://aws-training-support.net/jp/verify?ref=%s

AWS トレーニングと認定 サポートセンター
""" % (P4_CASE, rhex(16))
build("lookalike-merge-request-received-ja", L("case_created", P4_CASE, [], sv=False),
      frm=addr("AWS Training and Certification", "no-reply@aws-training-support.net"), to=C_USER[1], rcpt=C_USER[1],
      subject=subj("【AWS認定】お問い合わせ受付のお知らせ（受付番号：%s）" % P4_CASE),
      date=p4_dt, body=part(p4_txt, "plain", "utf-8", "quoted-printable"),
      provider="ocn",
      snd=sender_generic(p4_dt, "mta%d.aws-training-support.net" % rnd.randint(1, 9), "194.87.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
                         "bounce@aws-training-support.net", ["aws-training-support.net"], "aws-training-support.net", policy="NONE"),
      msgid="<%s@aws-training-support.net>" % ruuid())

# P5: look-alike survey about the merge case
p5_dt = T(2025, 11, 12, 3, 0, 0)
P5_CASE = "176281094404418"
p5_html = """<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;">
<h3 style="color:#232f3e;">AWS 認定 カスタマーサポート アンケート</h3>
<p>高橋 美咲 様</p>
<p>先日はアカウント統合のお問い合わせ（ケース番号：%s）をいただき、ありがとうございました。本ケースはクローズいたしました。</p>
<p>サポートの品質向上のため、アンケートへのご協力をお願いいたします。ご回答いただいた方全員に、<b>Amazon ギフトカード 1,000 円分</b>をお送りします。</p>
<p><a href="https://aws-cert-feedback.jp/survey/start?cid=%s">アンケートに回答する（所要時間 1 分）</a></p>
<p style="font-size:11px;color:#888;">ギフトカードの送付にはクレジットカード情報による本人確認が必要です。</p>
</body></html>""" % (P5_CASE, P5_CASE)
build("lookalike-survey-giftcard-ja", L("survey", P5_CASE, [], sv=False),
      frm=addr("AWS認定サポート", "survey@aws-cert-feedback.jp"), to=G_USER[1], rcpt=G_USER[1],
      subject=subj("【AWS認定】アカウント統合サポートに関するアンケートのお願い（ギフトカード進呈）"),
      date=p5_dt, body=part(p5_html, "html", "utf-8", "base64"),
      provider="nifty",
      snd=sender_generic(p5_dt, "smtp.aws-cert-feedback.jp", "133.18.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
                         "mailer@aws-cert-feedback.jp", ["aws-cert-feedback.jp"], "aws-cert-feedback.jp", policy="NONE"),
      msgid="<%s@aws-cert-feedback.jp>" % rhex(20))

# ---------------- Credly mails -------------
# Acclaim (2020) for Thread E
ca_dt = T(2020, 3, 12, 18, 40, 2)
ca_uuid = ruuid()
ca_txt = """Yuko, you've been issued a new badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to manage, share and verify your achievement:
https://www.youracclaim.com/earner/earned/badge/%s

Why accept? Badges are a web-enabled version of your credential that can be shared online.

Acclaim is a service of Credly, Inc.
Credly, Inc. | 215 Park Ave S, 11th Floor | New York, NY 10003
Unsubscribe: https://www.youracclaim.com/earner/settings/notifications
""" % ca_uuid
ca_snd = sender_generic(ca_dt, "o%d.email.youracclaim.com" % rnd.randint(1, 30), "167.89.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
                        "bounces+%d-%s-y.nakamura=ff.so-net.ne.jp@email.youracclaim.com" % (rnd.randint(10**6, 10**7), rhex(4)),
                        ["youracclaim.com", "sendgrid.info"], "youracclaim.com", policy="NONE")
build("acclaim-badge-issued-2020-en", L("credly_badge_issued", None, [], lang="en"),
      frm="Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>",
      to=E_USER[1], rcpt=E_USER[1],
      subject="Yuko, you've been issued a new badge by Amazon Web Services Training and Certification",
      date=ca_dt, body=alt(ca_txt, "<html><body>" + text_to_html(ca_txt) + "</body></html>", cte="7bit" if False else "quoted-printable"),
      provider="sonet", snd=ca_snd, msgid=credly_msgid(ca_dt))

# Credly ja HTML-only for Thread B
cb_dt = T(2025, 7, 19, 4, 12, 30)
cb_uuid = ruuid()
cb_html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Helvetica,Arial,'Hiragino Sans',Meiryo,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:24px;"><img src="https://images.credly.com/images/credly-logo-orange.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 24px;font-size:15px;line-height:1.7;">
<p>山田 花子 さん</p>
<p>Amazon Web Services Training and Certification からのバッジを受け取る準備ができました。</p>
<p style="text-align:center;"><b>AWS Certified Developer - Associate</b></p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/%s?locale=ja" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 32px;border-radius:4px;text-decoration:none;">バッジを受け取る</a></p>
<p>受け取ったバッジは、プロフィールに表示したり、SNS で共有したりできます。</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#8a8a8a;">このメールは hanako.yamada@outlook.jp 宛に Credly から送信されました。<br>
<a href="https://www.credly.com/earner/settings/notifications" style="color:#8a8a8a;">メール設定</a> | Credly, Inc. 100 Park Ave, New York, NY 10017</td></tr>
</table></td></tr></table></body></html>""" % cb_uuid
build("credly-ready-to-accept-ja-html", L("credly_badge_issued", None, []),
      frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
      to=B_USER[1], rcpt=B_USER[1],
      subject=subj("山田 花子 さん、バッジを受け取る準備ができました"),
      date=cb_dt, body=part(cb_html, "html", "utf-8", "quoted-printable"),
      provider="outlook", snd=credly_snd(cb_dt, B_USER[1]), msgid=credly_msgid(cb_dt))

# ---------------- AWS billing case (unrelated, genuine) -------------
U1_OPEN = T(2025, 10, 2, 6, 55, 40)
U1_CASE = cid15(U1_OPEN, 33021)
u1_dt = T(2025, 10, 3, 2, 20, 13)
u1_txt = """鈴木様

AWS 請求サポートの岡本でございます。
お問い合わせいただき、ありがとうございます。

9 月分のご請求に含まれている Amazon EC2 の料金について確認いたしました。
ap-northeast-1 リージョンで停止済みのインスタンスにアタッチされた EBS ボリューム（合計 2 TB）の料金が発生しておりました。インスタンスが停止していても、ボリュームの保管料金は請求の対象となります。

今回は特例として、9 月分の EBS 料金の一部をクレジットとして適用いたしました。反映まで最大 48 時間ほどかかります。
不要なボリュームは削除していただくことで、今後の料金は発生しなくなります。

ほかにご質問がございましたら、このケースでお気軽にお知らせください。

岡本
Amazon Web Services""" + console_footer_ja(U1_CASE)
build("console-billing-case-ebs-ja", L("unrelated", U1_CASE, []),
      frm=AWS_FROM_NOREPLY(), to=addr(*F_USER), rcpt=F_USER[1],
      subject=subj("RE:[CASE %s] 9月分の請求額について" % U1_CASE),
      date=u1_dt, body=alt(u1_txt, html_wrap(text_to_html(u1_txt)), cte="base64"),
      provider="outlook", snd=sender_ses(u1_dt))

# ---------------- Seller Central case about merging seller accounts (unrelated) -------------
u2_dt = T(2025, 11, 20, 8, 11, 9)
U2_CASE = "6123947705"
u2_txt = """いつも Amazon.co.jp をご利用いただき、ありがとうございます。
Amazon 出品サービス テクニカルサポートの佐々木です。

出品用アカウントの統合についてお問い合わせいただきありがとうございます。
現在、2 つの出品用アカウントをお持ちとのことですが、出品用アカウントの統合には以下の情報が必要となります。

・統合元アカウントのマーチャントトークン
・統合先アカウントのマーチャントトークン
・両アカウントに登録されている法人名

上記の情報をセラーセントラルのケースログからご返信ください。

ケース ID: %s

このメールはお問い合わせへのご回答専用のアドレスから送信されています。

Amazon 出品サービス
""" % U2_CASE
u2_snd = sender_ses(u2_dt, from_domain="amazon.co.jp", region="us-west-2")
build("sellercentral-seller-account-merge-ja", L("unrelated", U2_CASE, []),
      frm=addr("Amazon 出品サービス", "seller-notification@amazon.co.jp"), to=D_USER[1], rcpt=D_USER[1],
      subject=subj("RE:[CASE %s] 出品用アカウントの統合について" % U2_CASE),
      date=u2_dt, body=part(u2_txt, "plain", "utf-8", "base64"),
      provider="biglobe", snd=u2_snd, msgid=ses_msgid(u2_dt))

# ---------------- Credly self-service account merge code (unrelated) -------------
u3_dt = T(2025, 12, 10, 11, 3, 44)
u3_txt = """井上 陽介 さん

Credly アカウントの統合がリクエストされました。

y.inoue@hokuto-ai.co.jp のアカウントを、このアカウントに統合するには、次の確認コードを入力してください。

確認コード: 583017

または、以下のリンクから統合を完了してください。
アカウントの統合を完了する: https://www.credly.com/users/merge/confirm?token=%s

このコードの有効期限は 24 時間です。お心当たりがない場合は、このメールを無視してください。

Credly, Inc. 100 Park Ave, New York, NY 10017
""" % rhex(40)
build("credly-selfservice-merge-code-ja", L("unrelated", None, []),
      frm="Credly <admin@credly.com>", to=J_USER[1], rcpt=J_USER[1],
      subject=subj("Credly アカウント統合の確認コード"),
      date=u3_dt, body=alt(u3_txt, "<html><body>" + text_to_html(u3_txt) + "</body></html>", cte="quoted-printable"),
      provider="sakura", snd=credly_snd(u3_dt, J_USER[1]), msgid=credly_msgid(u3_dt))

# ---------------- Credly expiry reminder (unrelated) -------------
u4_dt = T(2026, 1, 20, 15, 0, 5)
u4_txt = """中村 優子 さん

お持ちのバッジ「AWS Certified Solutions Architect - Associate」の有効期限が 90 日後に近づいています。

有効期限: 2026年4月20日

有効期限を過ぎるとバッジは失効と表示されます。再認定の方法については、発行元の案内をご覧ください。
https://aws.amazon.com/jp/certification/recertification/

バッジを表示: https://www.credly.com/badges/%s

Credly, Inc. 100 Park Ave, New York, NY 10017
通知設定の変更: https://www.credly.com/earner/settings/notifications
""" % ruuid()
build("credly-badge-expiring-ja", L("unrelated", None, []),
      frm="Credly <admin@credly.com>", to=E_USER[1], rcpt=E_USER[1],
      subject=subj("バッジの有効期限が近づいています: AWS Certified Solutions Architect - Associate"),
      date=u4_dt, body=alt(u4_txt, "<html><body>" + text_to_html(u4_txt) + "</body></html>", cte="base64"),
      provider="sonet", snd=credly_snd(u4_dt, E_USER[1]), msgid=credly_msgid(u4_dt))

# ---------------- Thread B follow-up: Credly not moved automatically (support_reply) -------------
s2_dt = T(2025, 7, 22, 5, 30, 18)
s2_txt = """山田様

AWS トレーニングと認定担当の石川です。
お問い合わせいただいた Credly のバッジについてご案内いたします。

Credly のアカウントは AWS 認定アカウントとは別に管理されているため、先日の統合によって Credly 側のアカウントが自動でまとまることはございません。
AWS63018852 の頃に発行された「AWS Certified Solutions Architect - Associate」のバッジは、現在も hanako.y@tachibana-kk.co.jp で登録された Credly アカウントに残っております。

Credly 上で 2 つのアカウントをまとめたい場合は、Credly のヘルプセンター（https://support.credly.com/）からお手続きいただけますでしょうか。
なお、AWS 認定アカウント側の統合はすでに反映されておりますので、こちらで追加の作業はございません。

石川
Amazon Web Services""" + console_footer_ja(B_CASE)
build("console-agent-credly-separate-ja", L("support_reply", B_CASE, [B2]),
      frm=AWS_FROM_NOREPLY(), to=B_TO, rcpt=B_USER[1],
      subject=subj("RE:[CASE %s] 認定アカウントの統合について" % B_CASE),
      date=s2_dt, body=alt(s2_txt, html_wrap(text_to_html(s2_txt)), cte="base64"),
      provider="outlook", snd=sender_ses(s2_dt))

# ---------------- Thread K: 林 真由美 (Gmail), 2023, 11-digit -------------
K_USER = ("林 真由美", "mayumi.hayashi.0512@gmail.com")
K_CASE = "11562093378"
K1_, K2_ = "AWS27710064", "AWS28019937"
k1_dt = T(2023, 4, 18, 6, 2, 27)
k1_prev = """林 真由美 様

ご返信ありがとうございます。
AWS28019937 を AWS27710064 へ統合する件、承知いたしました。"""
k1_txt = """林 真由美 様

AWS トレーニングと認定 カスタマーサポートの石川です。

現在、担当部署にて AWS28019937 と AWS27710064 の統合作業を進めております。
作業には通常 3～5 営業日ほどかかっております。統合が済みましたら、本ケースにてあらためてご連絡いたしますので、今しばらくお待ちくださいませ。

その間に AWS 認定アカウントへサインインしにくい状態が生じる場合がございますが、作業が終わりましたら解消いたします。

石川
AWS トレーニングと認定 カスタマーサポート

2023年4月14日(金) 15:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % quote(k1_prev)
build("agent-status-in-progress-ja-2023", L("support_reply", K_CASE, [K1_, K2_]),
      frm=AWS_FROM_FORM(), to=addr(*K_USER), rcpt=K_USER[1],
      subject="RE:[CASE %s] %s" % (K_CASE, FORM_SUBJ),
      date=k1_dt, body=part(k1_txt, "plain", "utf-8", "base64"),
      provider="gmail", snd=sender_ses(k1_dt))

k2_dt = T(2023, 4, 25, 1, 15, 0)
k2_html = html_wrap("""<p>林 真由美 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。<br>
ケース <b>%s</b> はクローズいたしました。</p>
<p>今後のサポート向上のため、以下の 2 つの質問にお答えいただけますと幸いです。</p>
<p><b>1. お問い合わせの内容は解決しましたか？</b><br>
<a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=1&amp;a=y">はい</a> ／ <a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=1&amp;a=n">いいえ</a></p>
<p><b>2. 担当者の対応はいかがでしたか？</b><br>
<a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=2&amp;a=3">満足</a> ／ <a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=2&amp;a=2">普通</a> ／ <a href="https://survey.aws-training.amazon.com/s/r?c=%s&amp;q=2&amp;a=1">不満</a></p>
<p style="font-size:11px;color:#687078;">本メールは送信専用です。ご返信いただいてもお答えできません。</p>""" % ((K_CASE,) * 6))
build("survey-two-questions-ja-2023", L("survey", K_CASE, []),
      frm=AWS_FROM_NOREPLY(), to=addr(*K_USER), rcpt=K_USER[1],
      subject=subj("AWS トレーニングと認定：サポートに関するご意見をお聞かせください"),
      date=k2_dt, body=part(k2_html, "html", "utf-8", "quoted-printable"),
      provider="gmail", snd=sender_ses(k2_dt))

# ---------------- Credly for Thread D (2022, ja) and Thread G (2025, ja) -------------
cd_dt = T(2022, 10, 16, 9, 12, 40)
cd_uuid = ruuid()
cd_txt = """渡辺 剛 さん

おめでとうございます! Amazon Web Services Training and Certification からバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを受け取る: https://www.credly.com/earner/earned/badge/%s?locale=ja

バッジを受け取ると、あなたの実績を LinkedIn などで共有し、誰でも検証できるようになります。

Credly, Inc. 100 Park Ave, New York, NY 10017
""" % cd_uuid
build("credly-badge-issued-ja-2022", L("credly_badge_issued", None, []),
      frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
      to=D_USER[1], rcpt=D_USER[1],
      subject=subj("渡辺 剛 さん、新しいバッジが発行されました"),
      date=cd_dt, body=alt(cd_txt, "<html><body>" + text_to_html(cd_txt) + "</body></html>", cte="base64"),
      provider="biglobe", snd=credly_snd(cd_dt, D_USER[1]), msgid=credly_msgid(cd_dt))

cg_dt = T(2025, 11, 9, 23, 41, 7)
cg_ids = [ruuid() for _ in range(3)]
cg_txt = """高橋 美咲 さん

Amazon Web Services Training and Certification から、3 個のバッジがあなたのアカウントに届いています。

・AWS Certified Cloud Practitioner
・AWS Certified Solutions Architect - Associate
・AWS Certified Security - Specialty

これらのバッジは、AWS 認定アカウントの統合にともない、このメールアドレスの Credly アカウントへ発行し直されたものです。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/%s
https://www.credly.com/earner/earned/badge/%s
https://www.credly.com/earner/earned/badge/%s

Credly, Inc. 100 Park Ave, New York, NY 10017
通知設定: https://www.credly.com/earner/settings/notifications
""" % tuple(cg_ids)
build("credly-three-badges-reissued-ja", L("credly_badge_issued", None, []),
      frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
      to=G_USER[1], rcpt=G_USER[1],
      subject=subj("高橋 美咲 さん、3 個のバッジが受け取りを待っています"),
      date=cg_dt, body=alt(cg_txt, "<html><body>" + text_to_html(cg_txt) + "</body></html>", cte="quoted-printable"),
      provider="nifty", snd=credly_snd(cg_dt, G_USER[1]), msgid=credly_msgid(cg_dt))

# ---------------- Thread M: 清水 亮 (outlook.jp), 2023, short request with ご異存 -------------
M_USER = ("清水 亮", "ryo.shimizu@outlook.jp")
M_CASE = "11890344521"
m1_dt = T(2023, 5, 9, 2, 48, 15)
m1_txt = """清水様

AWS 認定サポートの松本です。

AWS-58817302 を AWS-58004419 に統合し、AWS-58004419 を残します。
統合後は元に戻せません。

ご異存がなければ、その旨をご返信ください。

松本
AWS Training and Certification

From: 清水 亮 <ryo.shimizu@outlook.jp>
Sent: 2023年5月8日 10:12
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE %s] %s

松本様

お世話になります。清水です。
残したいのは AWS-58004419（ryo.shimizu@outlook.jp）の方です。
もう一つの AWS-58817302 は以前の勤務先のアドレスで作ったものです。

よろしくお願いします。
""" % (M_CASE, FORM_SUBJ)
build("agent-short-goizon-ja-2023", L("merge_confirmation_requested", M_CASE, ["AWS58817302", "AWS58004419"]),
      frm=AWS_FROM_FORM(), to=addr(*M_USER), rcpt=M_USER[1],
      subject="RE:[CASE %s] %s" % (M_CASE, FORM_SUBJ),
      date=m1_dt, body=alt(m1_txt, html_wrap(text_to_html(m1_txt)), cte="quoted-printable"),
      provider="outlook", snd=sender_ses(m1_dt))

# ---------------- Thread H: English survey -------------
h5_dt = T(2026, 1, 19, 19, 30, 0)
h5_txt = """Hello Takuya,

Your case %s has been resolved.

How did we do? Your feedback helps us improve AWS Training and Certification support.

Was your issue resolved?
YES: https://survey.aws-training.amazon.com/s/r?c=%s&q=1&a=yes
NO:  https://survey.aws-training.amazon.com/s/r?c=%s&q=1&a=no

How would you rate the support you received from Joanna? (1 = poor, 5 = excellent)
https://survey.aws-training.amazon.com/s/r?c=%s&q=2

This survey takes less than a minute. Thank you!

AWS Training and Certification
""" % ((H_CASE,) * 4)
build("survey-how-did-we-do-en", L("survey", H_CASE, [], lang="en"),
      frm=AWS_FROM_NOREPLY(), to=addr(*H_USER), rcpt=H_USER[1],
      subject="How did we do? Case %s" % H_CASE,
      date=h5_dt, body=alt(h5_txt, html_wrap(text_to_html(h5_txt), lang="en"), cte="quoted-printable"),
      provider="gmail", snd=sender_ses(h5_dt))

# ---------------- Thread N: 林 悠斗 (Gmail), English native agent, go-ahead request -------------
N_USER = ("Yuto Hayashi", "yuto.hayashi.dev@gmail.com")
N_OPEN = T(2026, 3, 2, 23, 50, 12)
N_CASE = cid15(N_OPEN, 10276)
n1_dt = T(2026, 3, 4, 17, 6, 41)
n1_txt = """Hi Yuto,

Thanks for your patience while we looked into this.

We found the following two AWS Certification profiles for you:

  Profile A: AWS 66120478 - yuto.hayashi.dev@gmail.com - 3 certifications
  Profile B: AWS-66309915 - hayashi.y@kitsune-labs.jp - 1 certification

Our plan is to keep Profile A and move everything from Profile B into it. After that, Profile B will be closed and can't be restored.

Before we make any changes, we need your go-ahead in writing. Could you reply "Yes, please merge" to this email if that works for you? If you'd rather keep Profile B instead, just tell us and we'll adjust.

Kind regards,
Marcus
AWS Training and Certification
"""
build("agent-need-go-ahead-en", L("merge_confirmation_requested", N_CASE, ["AWS66120478", "AWS66309915"], lang="en"),
      frm=AWS_FROM_FORM(), to=addr(*N_USER), rcpt=N_USER[1],
      subject="RE:[CASE %s] %s" % (N_CASE, FORM_SUBJ),
      date=n1_dt, body=alt(n1_txt, html_wrap(text_to_html(n1_txt), lang="en"), cte="base64"),
      provider="gmail", snd=sender_ses(n1_dt))

# Duplicate case opened by the same user: agent points to the first case (support_reply)
N2_OPEN = T(2026, 3, 5, 0, 31, 55)
N2_CASE = cid15(N2_OPEN, 10904)
s1_dt = T(2026, 3, 5, 6, 12, 3)
s1_txt = """林 悠斗 様

AWS トレーニングと認定 カスタマーサポートでございます。
お問い合わせいただき、ありがとうございます。

本件と同じ内容のお問い合わせを、ケース %s にてすでに承っております。
二重のご案内による混乱を避けるため、今後のご対応はケース %s に一本化させていただきます。

そちらのケースで担当者からお送りしたメール（2026年3月5日 2:06 送信）にご返信いただければ、手続きが進みます。
本ケースへのご返信は不要でございます。

AWS トレーニングと認定 カスタマーサポート
""" % (N_CASE, N_CASE)
build("agent-duplicate-case-pointer-ja", L("support_reply", N2_CASE, []),
      frm=AWS_FROM_FORM(), to=addr("林 悠斗", N_USER[1]), rcpt=N_USER[1],
      subject="RE:[CASE %s] %s" % (N2_CASE, FORM_SUBJ),
      date=s1_dt, body=part(s1_txt, "plain", "utf-8", "quoted-printable"),
      provider="gmail", snd=sender_ses(s1_dt))

# ---------------- Backlog pull-request merged notification (unrelated) -------------
bl_dt = T(2025, 12, 16, 8, 22, 31)
bl_txt = """林 悠斗 さん

cert-portal のプルリクエストがマージされました。

[CERTP-482] 受験者ID統合時に旧IDがキャッシュに残る問題の修正
マージ: feature/merge-candidate-id → main
マージした人: 佐藤 健太

コメント:
テスト環境で2アカウントの統合を確認しました。旧IDへのアクセスはリダイレクトされます。

https://mirai-soft.backlog.jp/git/CERTP/cert-portal/pullRequests/482

--
このメールは Backlog から送信されています。
通知設定: https://mirai-soft.backlog.jp/EditNotificationSetting.action
"""
build("backlog-pr-merged-ja", L("unrelated", None, [], sv=False),
      frm=addr("Backlog", "noreply@backlog.jp"), to=N_USER[1], rcpt=N_USER[1],
      subject=subj("[CERTP-482] プルリクエストがマージされました: 受験者ID統合時に旧IDがキャッシュに残る問題の修正"),
      date=bl_dt, body=part(bl_txt, "plain", "utf-8", "base64"),
      provider="gmail",
      snd=sender_generic(bl_dt, "mail%d.backlog.jp" % rnd.randint(1, 9), "52.199.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
                         "bounce-%s@backlog.jp" % rhex(12), ["backlog.jp"], "backlog.jp", policy="QUARANTINE"),
      msgid="<%s.%d@backlog.jp>" % (rhex(16), rnd.randint(10**6, 10**7)))

# ---------------- AWS Japan newsletter (unrelated, genuine AWS) -------------
nl_dt = T(2026, 2, 24, 1, 0, 9)
nl_html = html_wrap("""<p style="font-size:20px;font-weight:bold;">AWS 認定ニュースレター 2026年2月号</p>
<p>いつも AWS をご利用いただき、ありがとうございます。</p>
<p><b>■ 新しい認定試験のご案内</b><br>
2026 年春より、新しいアソシエイトレベルの認定試験（日本語）の提供を開始します。詳細は認定ページをご覧ください。</p>
<p><b>■ 無料ウェビナー：試験対策ナイト</b><br>
3 月 12 日（木）19:00〜 オンライン開催。AWS Skill Builder の活用方法もご紹介します。</p>
<p><b>■ ご存知ですか？</b><br>
AWS 認定アカウントにサインインするメールアドレスは、アカウント設定からいつでも変更できます。転職などでアドレスが変わる場合は、新しいアカウントを作成せずにメールアドレスの変更をご利用ください。</p>
<p><a href="https://aws.amazon.com/jp/certification/">AWS 認定の詳細はこちら</a></p>
<p style="font-size:11px;color:#687078;">このメールは AWS からの情報配信にご登録いただいた方にお送りしています。<a href="https://pages.awscloud.com/communication-preferences.html?lang=ja">配信停止</a><br>
アマゾン ウェブ サービス ジャパン合同会社　〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>""", "AWS 認定ニュースレター")
build("aws-jp-cert-newsletter-ja", L("unrelated", None, []),
      frm=addr("アマゾン ウェブ サービス ジャパン", "aws-jp-marketing@amazon.com"), to=K_USER[1], rcpt=K_USER[1],
      subject=subj("【AWS 認定】新試験のご案内と無料ウェビナー「試験対策ナイト」"),
      date=nl_dt, body=alt("AWS 認定ニュースレター 2026年2月号\n\nHTML 版をご覧ください: https://pages.awscloud.com/jp-cert-newsletter-202602.html\n", nl_html, cte="base64"),
      provider="gmail", snd=sender_ses(nl_dt))

# ==== END MAILS ====


def decoded_text(msg):
    from email.header import decode_header
    out = []
    for h in ("Subject", "From"):
        v = msg.get(h)
        if v:
            for b, cs in decode_header(str(v)):
                out.append(b.decode(cs or "ascii", "replace") if isinstance(b, bytes) else b)
    for p in msg.walk():
        if p.get_content_maintype() != "text":
            continue
        data = p.get_payload(decode=True) or b""
        cs = (p.get_content_charset() or "us-ascii").lower()
        cs = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp_ext", "iso-8859-1": "utf-8"}.get(cs, cs)
        out.append(data.decode(cs, "replace"))
    return unicodedata.normalize("NFKC", "\n".join(out))


def finish():
    import email
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    files = sorted(x for x in os.listdir(OUT) if x.endswith(".eml"))
    bad = 0
    for fn in files:
        if fn not in LABELS:
            print("NO LABEL", fn); bad += 1; continue
        msg = email.message_from_bytes(open(os.path.join(OUT, fn), "rb").read())
        txt = decoded_text(msg)
        low = txt.lower()
        lab = LABELS[fn]
        for a in lab["account_ids"]:
            if not re.search(r"aws[\s\-_]?" + a[3:], low):
                print("ID NOT FOUND", fn, a); bad += 1
        if lab["case_id"] and lab["case_id"] not in re.sub(r"[\s\-]", "", txt):
            print("CASE NOT FOUND", fn, lab["case_id"]); bad += 1
        allids = sorted(set("AWS" + m for m in re.findall(r"aws[\s\-_]?(\d{8})(?!\d)", low)))
        extra = [x for x in allids if x not in lab["account_ids"]]
        if extra and "-v" in sys.argv:
            print("  (ids only in history?)", fn, extra)
    for fn in LABELS:
        if fn not in files:
            print("LABEL WITHOUT FILE", fn); bad += 1
    from collections import Counter
    print(len(files), "files;", dict(Counter(v["kind"] for v in LABELS.values())), "bad:", bad)


if __name__ == "__main__":
    finish()
