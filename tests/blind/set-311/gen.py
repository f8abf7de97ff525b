#!/usr/bin/env python3
"""Generator for blind set 311: end-of-case mail of an AWS Certification account merge.

Writes NNN-*.eml and labels.json into the folder of this script.
Deterministic (seeded)."""
import base64
import html
import json
import os
import quopri
import random
import string
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email import policy as _policy
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(311)
MAILS = []          # list of (filename, bytes)
CASES = {}
LABELS = {}

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
EDT = timezone(timedelta(hours=-4))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))


# ---------------------------------------------------------------- helpers
def rb64(n):
    a = string.ascii_letters + string.digits + "+/"
    return "".join(R.choice(a) for _ in range(n))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet=string.ascii_lowercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc(d, comment=None):
    s = d.strftime("%a, %d %b %Y %H:%M:%S %z")
    if comment:
        s += " (%s)" % comment
    return s


def case15(opened):
    return "%d%05d" % (int(opened.timestamp()), R.randint(0, 99999))


def ses_msgid(d, region="us-east-1"):
    pre = {"us-east-1": "0100", "us-west-2": "0101", "eu-west-1": "0102",
           "ap-northeast-1": "0106"}[region]
    ms = int(d.timestamp() * 1000)
    core = "%s%012x-%s-%s-%s-%s-%s-000000" % (pre, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    dom = "email.amazonses.com" if region == "us-east-1" else "%s.amazonses.com" % region
    return core, "<%s@%s>" % (core, dom)


JA_WD = "月火水木金土日"


def ja_date(d):
    return "%d年%d月%d日(%s) %d:%02d" % (d.year, d.month, d.day, JA_WD[d.weekday()], d.hour, d.minute)


def gmail_on(d, name, addr):
    # On Tue, May 27, 2025 at 9:14 PM Name <addr> wrote:
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute, ampm, name, addr)


def outlook_sent(d):
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return "%s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, h, d.minute, ampm)


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line.strip() == "":
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return "\n".join(out)


def named(name, addr, charset="utf-8"):
    return "%s <%s>" % (Header(name, charset).encode(), addr)


def encword(s, charset="utf-8", name="Subject"):
    """Pre-folded RFC 2047 encoded-word header value."""
    return Header(s, charset, header_name=name, maxlinelen=76).encode(maxlinelen=76)


# ---------------------------------------------------------------- MIME parts
def part(text, subtype="plain", cs="utf-8", enc="qp", label_cs=None, codec=None):
    codec = codec or {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp"}.get(cs.lower(), cs)
    data = text.encode(codec)
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label_cs or cs)
    if enc == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        m["Content-Transfer-Encoding"] = "quoted-printable"
    elif enc == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        m["Content-Transfer-Encoding"] = "base64"
    elif enc == "7bit":
        payload = data.decode("ascii")
        m["Content-Transfer-Encoding"] = "7bit"
    elif enc == "8bit":
        payload = data.decode("ascii", "surrogateescape")
        m["Content-Transfer-Encoding"] = "8bit"
    else:
        raise ValueError(enc)
    m.set_payload(payload)
    return m


def alt(plain, htmlp):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
        R.randint(100000, 999999), R.randint(100000000, 999999999), R.randint(10**12, 10**13)))
    m.attach(plain)
    m.attach(htmlp)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary or ("----=_NextPart_" + rhex(24)))
    for p in parts:
        m.attach(p)
    return m


def txt2html_inner(text):
    """paragraphs -> <p>; '>' lines -> nested blockquote."""
    lines = text.split("\n")
    out = []
    i = 0
    para = []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            flush()
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                if s.startswith(" "):
                    s = s[1:]
                block.append(s)
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + txt2html_inner("\n".join(block)) + "\n</blockquote>")
            continue
        if ln.strip() == "":
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    return "\n".join(out)


def aws_html(text, lang="en", footer=None):
    foot = html.escape(footer) if footer else (
        "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
        "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."
        if lang == "en" else
        "本メールは送信専用アドレスから送信されています。Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。")
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<title>Amazon Web Services</title></head>\n"
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#232f3e;padding:12px">'
            '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" '
            'alt="Amazon Web Services" width="90"></td></tr>\n<tr><td style="padding:16px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:12px;font-size:11px;color:#687078">%s</td></tr></table>\n</body></html>\n'
            % (lang, txt2html_inner(text), foot))


# ---------------------------------------------------------------- transport / auth
SES_IPS = {"us-east-1": [("a8-30.smtp-out.amazonses.com", "54.240.8.30"),
                         ("a9-114.smtp-out.amazonses.com", "54.240.9.114"),
                         ("a48-93.smtp-out.amazonses.com", "54.240.48.93")],
           "us-west-2": [("a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18")],
           "ap-northeast-1": [("e234-57.smtp-out.ap-northeast-1.amazonses.com", "23.251.234.57")]}


def ses_src(region="us-east-1"):
    return R.choice(SES_IPS[region])


def fmt_ar(provider, auth, mailfrom, ip):
    """auth: dict(dkim=[(res, domain, sel)], spf=res, dmarc=(res, domain, policy) or None)"""
    dk = auth.get("dkim", [])
    spf = auth.get("spf", "pass")
    dm = auth.get("dmarc")
    mf_dom = mailfrom.split("@")[-1]
    if provider == "gmail":
        items = []
        for res, dom, sel in dk:
            if res == "pass":
                items.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dom, sel, rb64(8)))
            elif res == "neutral":
                items.append("dkim=neutral (body hash did not verify) header.i=@%s header.s=%s header.b=%s" % (dom, sel, rb64(8)))
            else:
                items.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, rb64(8)))
        if spf == "pass":
            items.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (mailfrom, ip, mailfrom))
        elif spf == "softfail":
            items.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (mailfrom, ip, mailfrom))
        else:
            items.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (spf, mailfrom, ip, mailfrom))
        if dm:
            res, dom, pol = dm
            dis = "NONE" if res == "pass" else pol
            items.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (res, pol, pol, dis, dom))
        return "mx.google.com;\n       " + ";\n       ".join(items)
    if provider == "outlook":
        s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (spf, ip, mf_dom)
        for res, dom, sel in dk:
            why = {"pass": "signature was verified", "fail": "body hash did not verify",
                   "none": "message not signed"}.get(res, res)
            s += " dkim=%s (%s)\n header.d=%s;" % (res, why, "none" if res == "none" else dom)
        if dm:
            res, dom, pol = dm
            act = "none" if res == "pass" else ("quarantine" if pol == "QUARANTINE" else "none")
            s += "dmarc=%s action=%s\n header.from=%s;" % (res, act, dom)
            s += "compauth=%s reason=%s" % ("pass" if res == "pass" else "fail", "100" if res == "pass" else "000")
        return s
    # generic RFC 8601 (Japanese providers etc.)
    authserv = provider
    items = ["spf=%s smtp.mailfrom=%s" % (spf, mailfrom)]
    for res, dom, sel in dk:
        items.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (res, dom, sel, rb64(8)))
    if dm:
        items.append("dmarc=%s header.from=%s" % (dm[0], dm[1]))
    return authserv + ";\n\t" + ";\n\t".join(items)


def dkim_sig(domain, sel, d, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID", c="relaxed/simple"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=="
            % (c, sel, domain, int(d.timestamp()), headers, rb64(43), rb64(70), rb64(100)))


def transport(provider, rcpt, d, src_host, src_ip, mailfrom, auth):
    """Headers added on the receiving side, topmost first."""
    h = []
    d1 = d + timedelta(seconds=R.randint(1, 4))
    d2 = d1 + timedelta(seconds=R.randint(0, 2))
    if provider == "gmail":
        loc = d2.astimezone(PDT)
        gid = "2002:a05:%x:%x:b0:%x:%x:%x" % (R.randint(0x6000, 0x7fff), R.randint(0x1000, 0xffff), R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff))
        h.append(("Delivered-To", rcpt))
        h.append(("Received", "by %s with SMTP id %s;\n        %s" % (gid, rb64(10).replace("+", "a").replace("/", "b"), rfc(loc, "PDT"))))
        h.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(62)))
        h.append(("X-Received", "by 2002:a17:90b:%x:b0:%x:%x with SMTP id %s;\n        %s" % (R.randint(0x1000, 0xffff), R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), rb64(12).replace("/", "q"), rfc(loc, "PDT"))))
        if auth is not None:
            ar = fmt_ar("gmail", auth, mailfrom, src_ip)
            h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==" % (int(d1.timestamp()), rb64(70), rb64(60))))
            h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==" % (rb64(43), rb64(43), rb64(80))))
            h.append(("ARC-Authentication-Results", "i=1; " + ar))
        h.append(("Return-Path", "<%s>" % mailfrom))
        h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                  % (src_host, src_host, src_ip, rhex(12), rhex(6), R.randint(1000000, 9999999), R.randint(10, 99), d1.astimezone(PDT).strftime("%Y.%m.%d.%H.%M.%S"), rcpt, rfc(d1.astimezone(PDT), "PDT"))))
        if auth is not None:
            spf = auth.get("spf", "pass")
            if spf == "pass":
                h.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, src_ip, src_ip)))
            else:
                h.append(("Received-SPF", "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (spf, mailfrom, src_ip, src_ip)))
            h.append(("Authentication-Results", fmt_ar("gmail", auth, mailfrom, src_ip)))
        return h
    if provider == "outlook":
        tenant = R.choice(["SA1PR19MB", "PH0PR11MB", "DM6PR02MB", "CH3PR12MB", "BN8PR15MB"]) + str(R.randint(1000, 9999))
        edge = R.choice(["BN2PEPF", "CO1PEPF", "SN1PEPF", "DS2PEPF"]) + "%08X" % R.randint(0, 0xffffffff)
        stamp = d2.strftime("%a, %d %b %Y %H:%M:%S +0000")
        h.append(("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%x::%x) by\n %s.namprd%02d.prod.outlook.com with HTTPS; %s" % (tenant, R.randint(2, 20), R.randint(0x100, 0xfff), R.randint(10, 99), tenant, R.randint(2, 20), stamp)))
        h.append(("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%x:%x::%x)\n by %s.namprd%02d.prod.outlook.com (2603:10b6:%x:%x::%x) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s" % (edge, R.randint(2, 20), R.randint(0x100, 0xfff), R.randint(1, 99), R.randint(10, 99), tenant, R.randint(2, 20), R.randint(0x100, 0xfff), R.randint(1, 99), R.randint(10, 99), R.randint(8000, 8999), R.randint(10, 40), stamp)))
        if auth is not None:
            h.append(("Authentication-Results", fmt_ar("outlook", auth, mailfrom, src_ip)))
            spf = auth.get("spf", "pass")
            h.append(("Received-SPF", "%s (protection.outlook.com: domain of %s designates %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
                      % (spf.capitalize(), mailfrom.split("@")[-1], src_ip, src_ip, src_host) if spf == "pass" else
                      "%s (protection.outlook.com: domain of %s does not designate %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s;"
                      % (spf.capitalize(), mailfrom.split("@")[-1], src_ip, src_ip, src_host)))
        h.append(("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s" % (src_host, src_ip, edge, R.randint(1, 254), R.randint(1, 254), R.randint(8000, 8999), R.randint(10, 40), stamp)))
        return h
    if provider == "corp":
        loc = d2
        h.append(("Return-Path", "<%s>" % mailfrom))
        h.append(("Received", "from mailgw02.%s (mailgw02.%s [10.20.4.12])\n\tby mbx01.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (CORP, CORP, CORP, rhex(10).upper(), rcpt, rfc(loc))))
        h.append(("Received", "from %s (%s [%s])\n\tby mailgw02.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (src_host, src_host, src_ip, CORP, rhex(10).upper(), rcpt, rfc(d1))))
        return h
    # Japanese / other providers: (authserv-id, mx host)
    authserv, mx = JP_PROV[provider]
    if provider in EU_PROV:
        loc = d2.astimezone(timezone(timedelta(hours=2 if 4 <= d2.month <= 10 else 1)))
    else:
        loc = d2.astimezone(JST)
    h.append(("Return-Path", "<%s>" % mailfrom))
    h.append(("Delivered-To", rcpt))
    h.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s" % (src_host, src_host, src_ip, mx, rhex(12).upper(), rcpt, rfc(loc))))
    if auth is not None:
        h.append(("Authentication-Results", fmt_ar(authserv, auth, mailfrom, src_ip)))
    return h


CORP = "nordvik-logistics.no"
EU_PROV = ("libero", "posteo")
JP_PROV = {
    "nifty": ("mx.nifty.com", "mta-snd-w04.mail.nifty.com"),
    "yahoojp": ("mta5005.mail.kks.yahoo.co.jp", "mta5005.mail.kks.yahoo.co.jp"),
    "ocn": ("mf-smf-ucb032.ocn.ad.jp", "mf-smf-ucb032.ocn.ad.jp"),
    "sakura": ("www4821.sakura.ne.jp", "www4821.sakura.ne.jp"),
    "biglobe": ("mx.biglobe.ne.jp", "mx-a.mail.biglobe.ne.jp"),
    "libero": ("libero.it", "smtp-in.libero.it"),
    "posteo": ("posteo.de", "mx04.posteo.de"),
}


def amazon_auth(dmarc="pass", dkim_amazon="pass", spf="pass"):
    dk = []
    if dkim_amazon:
        dk.append((dkim_amazon, "amazon.com", ralnum(32)))
    dk.append(("pass", "amazonses.com", ralnum(32)))
    return {"dkim": dk, "spf": spf, "dmarc": (dmarc, "amazon.com", "QUARANTINE") if dmarc else None}


def credly_auth(dmarc="pass", dkim="pass", spf="pass", dom="credly.com"):
    return {"dkim": [(dkim, dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], "spf": spf,
            "dmarc": (dmarc, dom, "NONE") if dmarc else None}


# ---------------------------------------------------------------- message assembly
POL = _policy.compat32.clone(max_line_length=None)


def emit(fn, label, body, *, frm, to, subject, date, msgid, provider, auth, src, mailfrom,
         dkim=None, sender_extra=(), pre_from=(), cc=None, reply_to=None, linesep="\n",
         in_reply_to=None, references=None, x_top=()):
    """body: Message (MIME tree). src: (host, ip). dkim: list of (domain, selector)."""
    host, ip = src
    hdrs = list(x_top)
    hdrs += transport(provider, to_addr(to), date, host, ip, mailfrom, auth)
    for dom, sel in (dkim or []):
        hdrs.append(("DKIM-Signature", dkim_sig(dom, sel, date)))
    hdrs += list(pre_from)
    hdrs.append(("Date", rfc(date)))
    hdrs.append(("From", frm))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Message-ID", msgid))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs.append(("Subject", subject))
    hdrs.append(("MIME-Version", "1.0"))
    content = [(k, v) for (k, v) in body._headers if k.lower() != "mime-version"]
    hdrs += content
    hdrs += list(sender_extra)
    body._headers = hdrs
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL.clone(linesep=linesep)).flatten(body)
    data = buf.getvalue()
    MAILS.append((fn, data))
    LABELS[fn] = label


def to_addr(to):
    return to.split("<")[-1].rstrip(">").strip() if "<" in to else to.strip()


def L(kind, case_id, ids, sv, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": sv, "language": lang}


def ses_headers(date, region="us-east-1", ip="54.240.8.30"):
    return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, rb64(43).replace("/", "x"))),
            ("X-SES-Outgoing", "%s-%s" % (date.strftime("%Y.%m.%d"), ip))]


FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def aws_mail(fn, label, body, *, to, subject, date, frm=FORM_FROM, provider="gmail", auth="default",
             region="us-east-1", linesep="\n", pre_from=(), dkim="default"):
    core, mid = ses_msgid(date, region)
    mailfrom = "%s@%samazonses.com" % (core, "" if region == "us-east-1" else region + ".")
    if auth == "default":
        auth = amazon_auth()
    if dkim == "default":
        dkim = [("amazon.com", ralnum(32)), ("amazonses.com", ralnum(32))]
    src = ses_src(region)
    emit(fn, label, body, frm=frm, to=to, subject=subject, date=date, msgid=mid, provider=provider,
         auth=auth, src=src, mailfrom=mailfrom, dkim=dkim, pre_from=pre_from,
         sender_extra=ses_headers(date, region, src[1]), linesep=linesep)


def credly_mail(fn, label, body, *, to, subject, date, frm=CREDLY_FROM, provider="gmail", auth="default",
                linesep="\n", dom="credly.com", src=None):
    rcpt = to_addr(to)
    mailfrom = "bounces+%d-%s-%s=%s@em%d.%s" % (R.randint(1000000, 9999999), rhex(4), rcpt.split("@")[0],
                                                 rcpt.split("@")[1], R.randint(1000, 9999), dom)
    if auth == "default":
        auth = credly_auth(dom=dom)
    mid = "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), R.randint(1, 30))
    emit(fn, label, body, frm=frm, to=to, subject=subject, date=date, msgid=mid, provider=provider,
         auth=auth, src=src or ("o%d.ptr%d.%s" % (R.randint(1, 9), R.randint(1000, 9999), dom), "149.72.%d.%d" % (R.randint(1, 254), R.randint(1, 254))),
         mailfrom=mailfrom, dkim=[(dom, "s1"), ("sendgrid.info", "smtpapi")],
         sender_extra=[("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(22))], linesep=linesep)


def credly_html(inner_html, preheader=""):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<meta name="viewport" content="width=device-width" /><title>Credly</title></head>\n'
            '<body style="margin:0;padding:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">\n'
            '<div style="display:none;max-height:0;overflow:hidden">%s</div>\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            '<tr><td style="padding:24px 32px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96" /></td></tr>\n'
            '<tr><td style="padding:0 32px 24px 32px;font-size:15px;line-height:22px;color:#262626">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#8c8c8c;border-top:1px solid #e5e5e5">'
            'Credly, Inc. &middot; 3 Bethesda Metro Center, Suite 700, Bethesda, MD 20814<br />'
            'You are receiving this e-mail because a badge was issued to this address. '
            '<a href="https://www.credly.com/unsubscribe/%s">Manage e-mail preferences</a></td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (html.escape(preheader), inner_html, rhex(32))


def badge_uuid():
    return "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


# ============================================================== MAILS
def batch1():
    # ---------------------------------------------------------- 001 completed, form desk, Gmail
    opened = dt(2025, 5, 26, 10, 41, 7)
    cid = case15(opened)
    d_req = dt(2025, 5, 27, 10, 40, 12)
    d_conf = dt(2025, 5, 28, 4, 14, tz=UTC).astimezone(EDT)
    d = dt(2025, 5, 28, 19, 2, 44)
    user = ("Daniel Okafor", "dan.okafor.cloud@gmail.com")
    hist_req = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

I have located the following two AWS Certification accounts associated with you:

Account 1: AWS05519260 - d.okafor@brightwave-analytics.com
Account 2: AWS02938471 - dan.okafor.cloud@gmail.com

As requested, we will merge AWS05519260 into AWS02938471. AWS02938471 will be the surviving account and AWS05519260 will be deactivated. Please note that a merge cannot be reversed once completed.

Please reply to this e-mail confirming that the above details are correct so that we can proceed.

Kind regards,
Marisol G.
AWS Training and Certification Customer Support"""
    hist_user = """The details are correct. Please proceed with the merge.

Thanks,
Daniel

""" + gmail_on(d_req.astimezone(EDT), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com") + "\n" + quote(hist_req)
    new = """Hello Daniel,

Thank you for your patience while we worked on this.

I'm happy to confirm that your two AWS Certification accounts have now been merged. Summary:

Surviving account: AWS02938471 (sign-in: dan.okafor.cloud@gmail.com)
Merged account (deactivated): AWS05519260

All certifications, exam history and benefits from AWS05519260 now appear under AWS02938471. Please allow up to 48 hours for your Credly badges to be re-issued to the e-mail address on the surviving account; Credly will e-mail you when they are ready to accept.

If anything looks missing when you sign in, just reply to this e-mail and we will take a look.

Kind regards,

Marisol G.
AWS Training and Certification Customer Support
Amazon Web Services

"""
    text = new + gmail_on(d_conf, user[0], user[1]) + "\n" + quote(hist_user)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("001-form-merge-done-gmail.eml", L("merge_completed", cid, ["AWS02938471", "AWS05519260"], True),
             body, to="Daniel Okafor <dan.okafor.cloud@gmail.com>", subject=FORM_SUBJ % cid, date=d)

    # ---------------------------------------------------------- 002 completed + closed, console, Outlook, 11-digit
    cid = "10284736151"
    d = dt(2022, 9, 14, 16, 27, 3)
    text = """Hello,

Good news - the consolidation you asked for is finished. Your certification record AWS-61730044 has been folded into AWS-61002958, which is the account you will use from now on. The other record can no longer be used to sign in to the AWS Certification portal.

As this takes care of your request, I am marking the case as resolved. If something does not look right, you can reopen it from the Support Center within the next 14 days.

Best regards,

Rahul K.
Amazon Web Services

======================================================
To view this case and rate the correspondence, go to:
https://console.aws.amazon.com/support/home#/case/?displayId=10284736151&language=en

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("002-console-consolidated-and-resolved.eml",
             L("merge_completed", cid, ["AWS61002958", "AWS61730044"], True), body,
             to="m.lindqvist@outlook.com", subject="RE:[CASE 10284736151] Merge duplicate certification accounts",
             date=d, frm=CONSOLE_FROM, provider="outlook", linesep="\r\n")

    # ---------------------------------------------------------- 003 automatic closure + survey, Gmail
    opened = dt(2025, 6, 2, 8, 12, 55)
    cid = case15(opened)
    d = dt(2025, 6, 5, 8, 30, 1)
    text = """Hello,

We're writing to let you know that AWS Support case %s has been resolved.

Case ID: %s
Subject: Certification - Account Merge
Severity: General guidance
Status: Resolved
Opened: Mon Jun 02 2025 08:12:55 GMT+0000

Was your issue resolved?
YES: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
NO: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

If your issue was not resolved, you can reopen the case from the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using AWS Support.

Amazon Web Services
This e-mail was sent from an address that cannot accept incoming e-mail.""" % ((cid,) * 5)
    h = ("""<p>Hello,</p><p>We're writing to let you know that AWS Support case <b>%s</b> has been resolved.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td><b>Case ID</b></td><td>%s</td></tr><tr><td><b>Subject</b></td><td>Certification - Account Merge</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr><tr><td><b>Status</b></td><td>Resolved</td></tr>
<tr><td><b>Opened</b></td><td>Mon Jun 02 2025 08:12:55 GMT+0000</td></tr></table>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none">YES</a>
&nbsp; <a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no" style="background:#eaeded;color:#000;padding:8px 18px;text-decoration:none">NO</a></p>
<p>If your issue was not resolved, you can <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">reopen the case</a> within 14 days.</p>
<p>Thank you for using AWS Support.</p>""" % ((cid,) * 5))
    htmlbody = aws_html("").replace("\n\n</td>", h + "\n</td>")
    body = alt(part(text, enc="qp"), part(htmlbody, "html", enc="qp"))
    aws_mail("003-console-case-resolved-survey.eml", L("survey", cid, [], True), body,
             to="ines.carvalho.dev@gmail.com",
             subject="Amazon Web Services: Your Support case %s has been resolved" % cid,
             date=d, frm=CONSOLE_FROM)

    # ---------------------------------------------------------- 004 Credly badge issued, Gmail
    d = dt(2025, 5, 30, 2, 17, 40)
    u = badge_uuid()
    text = """Daniel, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your network and let employers know about your verified skills.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Why accept?
- Showcase your achievement on LinkedIn and other social networks
- Get labor-market insights about jobs that require this skill
- Receive notifications about related learning opportunities

Questions? Visit https://support.credly.com

Credly, Inc. | 3 Bethesda Metro Center, Suite 700, Bethesda, MD 20814
Unsubscribe: https://www.credly.com/unsubscribe/%s""" % (u, rhex(32))
    inner = ("""<h1 style="font-size:24px;margin:0 0 12px 0">Daniel, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td><img src="https://images.credly.com/size/170x170/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="AWS Certified Solutions Architect - Associate" /></td>
<td style="padding-left:16px;font-weight:bold">AWS Certified Solutions Architect &ndash; Associate<br /><span style="font-weight:normal;color:#595959">Issued by Amazon Web Services Training and Certification</span></td></tr></table>
<p>Accept your badge to share it with your network and let employers know about your verified skills.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 24px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>""" % u)
    body = alt(part(text, enc="qp"), part(credly_html(inner, "Accept your new badge from Amazon Web Services Training and Certification"), "html", enc="qp"))
    credly_mail("004-credly-badge-earned.eml", L("credly_badge_issued", None, [], True), body,
                to="dan.okafor.cloud@gmail.com",
                subject="Daniel, you've earned a badge from Amazon Web Services Training and Certification",
                date=d)

    # ---------------------------------------------------------- 005 Credly expiry reminder (unrelated)
    d = dt(2025, 7, 1, 14, 0, 9)
    u = badge_uuid()
    text = """Hi Magnus,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, will expire on July 31, 2025.

To keep your credential active, review the recertification options from the issuer before the expiration date. Once a badge expires it will still appear on your profile, marked as expired.

View badge: https://www.credly.com/badges/%s

The Credly Team""" % u
    inner = ("""<p>Hi Magnus,</p><p>Your badge <b>AWS Certified Developer &ndash; Associate</b>, issued by Amazon Web Services Training and Certification, will expire on <b>July 31, 2025</b>.</p>
<p>To keep your credential active, review the recertification options from the issuer before the expiration date. Once a badge expires it will still appear on your profile, marked as expired.</p>
<p><a href="https://www.credly.com/badges/%s" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">View badge</a></p><p>The Credly Team</p>""" % u)
    body = alt(part(text, enc="7bit", cs="us-ascii"), part(credly_html(inner, "Your badge expires soon"), "html", enc="qp"))
    credly_mail("005-credly-badge-expiring-reminder.eml", L("unrelated", None, [], True), body,
                to="m.lindqvist@outlook.com", subject="Your AWS Certified Developer - Associate badge expires in 30 days",
                date=d, frm='"Credly" <admin@credly.com>', provider="outlook", linesep="\r\n")

    # ---------------------------------------------------------- 006 Credly self-service merge code (unrelated)
    d = dt(2025, 6, 6, 9, 44, 30)
    code = "738 412"
    text = """Hi Ines,

We received a request to merge another Credly account into your account ines.carvalho.dev@gmail.com.

Your verification code is: %s

Enter this code on the merge page, or click "Complete Account Merge" below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

All badges from the secondary account will be moved to this account and the secondary account will be closed. If you did not request this, you can ignore this e-mail.

Thanks,
The Credly Team""" % (code, rhex(40))
    inner = ("""<p>Hi Ines,</p><p>We received a request to merge another Credly account into your account <b>ines.carvalho.dev@gmail.com</b>.</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:4px;font-weight:bold">%s</p>
<p>Enter this code on the merge page, or click the button below. The code expires in 30 minutes.</p>
<p><a href="https://www.credly.com/users/merge/confirm?token=%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Complete Account Merge</a></p>
<p>All badges from the secondary account will be moved to this account and the secondary account will be closed. If you did not request this, you can ignore this e-mail.</p><p>Thanks,<br />The Credly Team</p>""" % (code, rhex(40)))
    body = alt(part(text, enc="qp"), part(credly_html(inner, "Your Credly account merge code"), "html", enc="b64"))
    credly_mail("006-credly-self-merge-code.eml", L("unrelated", None, [], True), body,
                to="ines.carvalho.dev@gmail.com", subject="Your Credly account merge verification code",
                date=d, frm='"Credly" <admin@credly.com>')

    # ---------------------------------------------------------- 007 ja completed, ISO-2022-JP, nifty
    opened = dt(2025, 5, 26, 23, 58, 31)
    cid = case15(opened)
    d_conf = dt(2025, 5, 28, 8, 2, tz=JST)
    d = dt(2025, 5, 29, 6, 15, 20)
    hist = """お世話になっております。渡辺です。

ご連絡いただいた内容で相違ございません。
統合を進めていただきますよう、よろしくお願いいたします。
Please proceed with the merge.

渡辺 健二"""
    text = """渡辺 健二 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

■ 今後ご利用いただくアカウント：AWS 47120385
■ 統合元のアカウント（無効化済み）：AWS 39904716

統合元アカウントで取得された認定資格、受験履歴および特典（次回受験 50%% 割引バウチャー等）は、すべて上記アカウントへ移行されております。Credly のデジタルバッジにつきましては、反映までに最大で 2 営業日ほどお時間をいただく場合がございます。

お手数ではございますが、AWS Certification アカウントにサインインいただき、認定資格が正しく表示されていることをご確認くださいますようお願い申し上げます。

ご不明な点がございましたら、本メールにご返信ください。
今後とも AWS をよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

%s 渡辺健二 <k.watanabe.dev@nifty.com>:
%s
""" % (ja_date(d_conf), quote(hist))
    body = part(text, cs="iso-2022-jp", enc="7bit")
    aws_mail("007-ja-form-merge-complete-iso2022jp.eml",
             L("merge_completed", cid, ["AWS39904716", "AWS47120385"], True, "ja"), body,
             to="k.watanabe.dev@nifty.com", subject=FORM_SUBJ % cid, date=d, provider="nifty")

    # ---------------------------------------------------------- 008 ja survey/closure, Shift_JIS, yahoo.co.jp
    opened = dt(2025, 4, 14, 1, 22, 9)
    cid = "%d%05d" % (int(opened.timestamp()), 40718)
    d = dt(2025, 4, 17, 3, 5, 51)
    text = """お客様

Amazon Web Services サポートをご利用いただき、ありがとうございます。

以下のサポートケースは解決済みとしてクローズされました。

ケース ID：%s
件名：認定アカウントの統合について
重要度：一般的な質問
ステータス：解決済み

今回のサポートで問題は解決しましたか？
　はい：https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
　いいえ：https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

担当者の対応について、星の数（１〜５）で評価していただけますと幸いです。いただいたご意見は、今後のサービス向上に役立てさせていただきます。

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services""" % (cid, cid, cid, cid)
    body = part(text, cs="shift_jis", enc="b64")
    aws_mail("008-ja-case-closed-rating-sjis.eml", L("survey", cid, [], True, "ja"), body,
             to="haruka.mori_0412@yahoo.co.jp",
             subject=encword("Amazon Web Services: サポートケース %s は解決済みになりました" % cid, "iso-2022-jp"),
             date=d, frm=CONSOLE_FROM, provider="yahoojp", region="ap-northeast-1")

    # ---------------------------------------------------------- 009 Credly look-alike, about the merge (phish)
    d = dt(2025, 6, 3, 17, 9, 12)
    text = """Hello,

Following the merge of your AWS Certification accounts (AWS 05519260 -> AWS 02938471), 4 digital badges are waiting to be transferred to your surviving profile.

To accept the transferred badges you must re-verify your Credly login within 48 hours, otherwise the badges will be permanently revoked.

ACCEPT TRANSFERRED BADGES: https://credly-badgetransfer.com/accept?u=%s

Credly Badge Services""" % rhex(24)
    inner = """<p>Hello,</p><p>Following the merge of your AWS Certification accounts (AWS 05519260 &rarr; AWS 02938471), <b>4 digital badges</b> are waiting to be transferred to your surviving profile.</p>
<p>To accept the transferred badges you must re-verify your Credly login within <b>48 hours</b>, otherwise the badges will be permanently revoked.</p>
<p><a href="https://credly-badgetransfer.com/accept?u=%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">ACCEPT TRANSFERRED BADGES</a></p><p>Credly Badge Services</p>""" % rhex(24)
    body = alt(part(text, enc="qp"), part(credly_html(inner, "4 badges are waiting for you"), "html", enc="qp"))
    mailfrom = "bounce-%s@mail.credly-badgetransfer.com" % rhex(10)
    emit("009-credly-lookalike-transferred-badges.eml",
         L("credly_badge_issued", None, ["AWS02938471", "AWS05519260"], False), body,
         frm='"Credly Badges" <notifications@credly-badgetransfer.com>', to="dan.okafor.cloud@gmail.com",
         subject="Action required: accept badges transferred after your AWS account merge",
         date=d, msgid="<%s@credly-badgetransfer.com>" % rhex(20), provider="gmail",
         auth={"dkim": [("pass", "credly-badgetransfer.com", "default")], "spf": "pass",
               "dmarc": ("pass", "credly-badgetransfer.com", "NONE")},
         src=("vps-4f21a9.hostinger-mail.net", "185.224.139.77"), mailfrom=mailfrom,
         dkim=[("credly-badgetransfer.com", "default")])

    # ---------------------------------------------------------- 010 Credly spoof, generic (unrelated)
    d = dt(2025, 6, 20, 3, 51, 0)
    text = """Dear Badge Holder,

Our records show your Credly wallet has unverified credentials. Due to new compliance rules all earners must confirm their identity before June 30.

Unverified badges (AWS Certified Cloud Practitioner and 2 more) will be removed from public view.

Verify now: http://credly-id-verify.info/login?ref=%s

Credly Trust & Safety""" % rhex(12)
    body = part(text, enc="7bit", cs="us-ascii")
    emit("010-credly-spoof-verify-identity.eml", L("unrelated", None, [], False), body,
         frm='"Credly" <admin@credly.com>', to="ines.carvalho.dev@gmail.com",
         subject="Important: verify your Credly wallet to avoid badge removal",
         date=d, msgid="<%s@mx01.credly-id-verify.info>" % rhex(16), provider="gmail",
         auth={"dkim": [], "spf": "softfail", "dmarc": ("fail", "credly.com", "NONE")},
         src=("mx01.credly-id-verify.info", "91.92.244.18"), mailfrom="postmaster@credly-id-verify.info")


def batch2():
    # ---------------------------------------------------------- 011 case created, console, ids in subject row
    opened = dt(2025, 3, 9, 13, 4, 48)
    cid = case15(opened)
    CASES["sofia"] = cid
    d = opened + timedelta(seconds=6)
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Please merge aws70114823 into aws70553190 (duplicate certification accounts)
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts because I registered again with my new employer e-mail. Candidate IDs are aws70114823 (old, personal) and aws70553190 (current). I would like to keep aws70553190. Thank you.

You can view your case and add correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

We will respond as soon as possible. Please do not reply to this e-mail; the address cannot accept incoming mail. To add information, use the Support Center.

Sincerely,
Amazon Web Services""" % (cid, cid, cid)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("011-console-new-case-opened.eml",
             L("case_created", cid, ["AWS70114823", "AWS70553190"], True), body,
             to="sofia.brandt@gmail.com",
             subject="Amazon Web Services: You have opened a new Support case: %s" % cid,
             date=d, frm=CONSOLE_FROM)

    # ---------------------------------------------------------- 012 survey only, HTML-only, Outlook
    opened = dt(2025, 2, 18, 15, 31, 2)
    cid = case15(opened)
    d = dt(2025, 2, 24, 11, 0, 37)
    h = """<p>Hi there,</p>
<p>Recently you worked with AWS Training and Certification Customer Support on case <strong>%s</strong>.</p>
<p>How would you rate the support you received?</p>
<table role="presentation" cellpadding="0" cellspacing="6"><tr>
<td><a href="https://pulse.aws/survey/%s?caseId=%s&amp;score=1" style="border:1px solid #879596;padding:8px 14px;color:#16191f;text-decoration:none">1</a></td>
<td><a href="https://pulse.aws/survey/%s?caseId=%s&amp;score=2" style="border:1px solid #879596;padding:8px 14px;color:#16191f;text-decoration:none">2</a></td>
<td><a href="https://pulse.aws/survey/%s?caseId=%s&amp;score=3" style="border:1px solid #879596;padding:8px 14px;color:#16191f;text-decoration:none">3</a></td>
<td><a href="https://pulse.aws/survey/%s?caseId=%s&amp;score=4" style="border:1px solid #879596;padding:8px 14px;color:#16191f;text-decoration:none">4</a></td>
<td><a href="https://pulse.aws/survey/%s?caseId=%s&amp;score=5" style="border:1px solid #879596;padding:8px 14px;color:#16191f;text-decoration:none">5</a></td>
</tr><tr><td colspan="2" style="font-size:11px;color:#687078">Very dissatisfied</td><td></td><td colspan="2" style="font-size:11px;color:#687078;text-align:right">Very satisfied</td></tr></table>
<p>The survey takes less than two minutes. Your answers help us improve the experience for every learner and certified individual.</p>
<p>Thank you,<br>AWS Training and Certification</p>""" % ((cid,) + sum(((rhex(8), cid) for _ in range(5)), ()))
    htmlbody = aws_html("").replace("\n\n</td>", h + "\n</td>")
    body = part(htmlbody, "html", enc="qp")
    aws_mail("012-survey-rate-support-html-only.eml", L("survey", cid, [], True), body,
             to="Chidi Eze <chidi.eze@outlook.com>",
             subject="How did we do? Tell us about your recent support experience",
             date=d, frm='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
             provider="outlook", linesep="\r\n")

    # ---------------------------------------------------------- 013 completed, non-native agent, base64 plain
    opened = dt(2025, 1, 21, 4, 19, 33)
    cid = case15(opened)
    d = dt(2025, 1, 23, 10, 48, 5)
    text = """Dear Candidate,

Greetings from AWS Training and Certification!

This is to inform you that as per your request the merging of both of your certification accounts has been done successfully. Kindly find below details for your reference:

Primary Candidate ID (active) : AWS83302176
Secondary Candidate ID (inactive) : AWS81947025

Now onwards you can login with the e-mail id of the primary account only and all the certifications will be visible there. Request you to kindly check the same at your end and revert back in case of any discrepancy.

Please do the needful and do not raise new case for the same request, you can reply on this mail only.

Thanks & Regards,
Pradeep S
AWS Training and Certification Support Team
Amazon Web Services"""
    body = part(text, enc="b64")
    aws_mail("013-form-merging-done-nonnative-b64.eml",
             L("merge_completed", cid, ["AWS81947025", "AWS83302176"], True), body,
             to="arjun.menon84@gmail.com", subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid,
             date=d)

    # ---------------------------------------------------------- 014 support reply: thanks for confirming, will proceed
    opened = dt(2025, 6, 9, 7, 55, 10)
    cid = case15(opened)
    d_req = dt(2025, 6, 10, 9, 12, 0)
    d_conf = dt(2025, 6, 10, 21, 40, tz=CEST)
    d = dt(2025, 6, 11, 8, 3, 27)
    hist = """From: Lukas Berger <lukas.berger@posteo.de>
Sent: %s
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello,

yes, this is correct. Please merge AWS33018452 into AWS33920617. AWS33920617 should stay.

Best regards
Lukas Berger

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Lukas,

Before we proceed, please confirm that you would like AWS33018452 to be merged into AWS33920617, with AWS33920617 remaining as your active account. Please be aware that this action is permanent.

Regards,
Tomasz W.""" % (outlook_sent(d_conf), cid, outlook_sent(d_req), cid)
    new = """Hello Lukas,

Thank you for confirming. We will now proceed with the merge of your accounts. This normally takes one to three business days; once the merge is complete, you will receive a separate e-mail from us and your certifications will appear under a single candidate ID.

There is nothing further you need to do at this time. Please do not take any exam or schedule a new appointment on the account that will be retired while the request is in progress.

Regards,
Tomasz W.
AWS Training and Certification Customer Support

"""
    text = new + hist
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("014-form-thanks-for-confirming-proceeding.eml", L("support_reply", cid, [], True), body,
             to="lukas.berger@posteo.de", subject=FORM_SUBJ % cid, date=d, provider="posteo")

    # ---------------------------------------------------------- 015 CertMetrics survey (unrelated)
    d = dt(2025, 6, 12, 15, 20, 44)
    text = """Dear Sofia Brandt,

AWS Certification wants to hear from you! You recently earned AWS Certified Data Engineer - Associate, and we'd like to learn about your preparation experience.

The survey takes about 10 minutes. Your responses are confidential and will be used to improve AWS Certification exams.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=%s

Thank you,
AWS Certification

Please do not reply to this message. This mailbox is not monitored.""" % rhex(16).upper()
    htmlp = "<html><body style=\"font-family:Verdana;font-size:12px\">" + txt2html_inner(text) + "</body></html>"
    body = alt(part(text, enc="qp", cs="iso-8859-1"), part(htmlp, "html", enc="qp", cs="iso-8859-1"))
    emit("015-certmetrics-wants-to-hear-from-you.eml", L("unrelated", None, [], False), body,
         frm='"AWS Certification" <do-not-reply@certmetrics.com>', to="sofia.brandt@gmail.com",
         subject="AWS Certification wants to hear from you", date=d,
         msgid="<%s.%d.JavaMail.certmetrics@cmprdmail02>" % (rhex(16), R.randint(1000, 99999)),
         provider="gmail",
         auth={"dkim": [("pass", "certmetrics.com", "selector1")], "spf": "pass",
               "dmarc": ("pass", "certmetrics.com", "REJECT")},
         src=("mail-dm6nam10on2104.outbound.protection.outlook.com", "40.107.93.104"),
         mailfrom="do-not-reply@certmetrics.com", dkim=[("certmetrics.com", "selector1")])

    # ---------------------------------------------------------- 016 completed, HTML-only paraphrase, Outlook
    opened = dt(2024, 11, 4, 18, 0, 12)
    cid = case15(opened)
    d = dt(2024, 11, 6, 22, 41, 9)
    h = """<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Chidi,</p>
<p>Thanks for bearing with us. Your certification history that was held under <b>AWS 90231457</b> now lives under <b>AWS 90872314</b>. From today, please sign in with the e-mail address linked to AWS 90872314; the other profile has been retired and will no longer accept sign-ins.</p>
<p>Everything that was on the retired profile - the Cloud Practitioner and SysOps Administrator certifications, your exam history and the unused 50% discount benefit - has been carried across.</p>
<p>Digital badges: Credly usually re-issues them within two business days. You will get an e-mail from Credly asking you to accept them.</p>
<p>Warm regards,<br>Aisha N.<br>AWS Training and Certification Customer Support</p>
</div>"""
    htmlbody = aws_html("").replace("\n\n</td>", h + "\n</td>")
    body = part(htmlbody, "html", enc="b64")
    aws_mail("016-form-profile-retired-history-moved-html.eml",
             L("merge_completed", cid, ["AWS90231457", "AWS90872314"], True), body,
             to="Chidi Eze <chidi.eze@outlook.com>", subject=FORM_SUBJ % cid, date=d,
             provider="outlook", linesep="\r\n")

    # ---------------------------------------------------------- 017 Credly: badges moved after merge, Outlook
    d = dt(2024, 11, 8, 13, 12, 50)
    names = ["AWS Certified Cloud Practitioner", "AWS Certified SysOps Administrator - Associate"]
    us = [badge_uuid(), badge_uuid()]
    text = """Hi Chidi,

Amazon Web Services Training and Certification has issued badges to chidi.eze@outlook.com as part of an account update. These badges were previously issued to another e-mail address and have been transferred to you.

- %s
  Accept: https://www.credly.com/earner/earned/badge/%s
- %s
  Accept: https://www.credly.com/earner/earned/badge/%s

Accept your badges to add them to your Credly profile and share them.

The Credly Team""" % (names[0], us[0], names[1], us[1])
    inner = """<h2 style="margin:0 0 12px 0">Your badges are ready to accept</h2>
<p>Hi Chidi,</p><p>Amazon Web Services Training and Certification has issued badges to <b>chidi.eze@outlook.com</b> as part of an account update. These badges were previously issued to another e-mail address and have been transferred to you.</p>
<ul><li>%s &mdash; <a href="https://www.credly.com/earner/earned/badge/%s">Accept</a></li>
<li>%s &mdash; <a href="https://www.credly.com/earner/earned/badge/%s">Accept</a></li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badges</a></p>""" % (html.escape(names[0]), us[0], html.escape(names[1]), us[1])
    body = alt(part(text, enc="qp"), part(credly_html(inner, "2 badges transferred to your account"), "html", enc="qp"))
    credly_mail("017-credly-badges-transferred-ready.eml", L("credly_badge_issued", None, [], True), body,
                to="Chidi Eze <chidi.eze@outlook.com>", subject="Your badges are ready to accept",
                date=d, provider="outlook", linesep="\r\n")

    # ---------------------------------------------------------- 018 ja closure + questionnaire, ISO-2022-JP, biglobe
    opened = dt(2024, 12, 2, 5, 40, 19)
    cid = case15(opened)
    d = dt(2024, 12, 6, 2, 10, 55)
    text = """森 春香 様

AWS トレーニングと認定 カスタマーサポートでございます。

お問い合わせいただきましたケース（ケース ID：%s）につきまして、対応が完了したため、本日をもちましてクローズとさせていただきます。

今後のサービス向上のため、よろしければ以下のアンケートにご協力ください（所要時間：約 1 分）。
https://pulse.aws/survey/%s?caseId=%s&lang=ja

本ケースに関して追加のご質問がございましたら、7 日以内に本メールへご返信いただければ、同じケースにて引き続き対応いたします。

この度は AWS トレーニングと認定をご利用いただき、誠にありがとうございました。

AWS トレーニングと認定 カスタマーサポート""" % (cid, rhex(8).upper(), cid)
    body = part(text, cs="iso-2022-jp", enc="7bit")
    aws_mail("018-ja-form-case-closed-questionnaire.eml", L("survey", cid, [], True, "ja"), body,
             to="haruka.mori@mail.biglobe.ne.jp",
             subject=encword("RE:[CASE %s] ケースクローズのお知らせとアンケートご協力のお願い" % cid, "iso-2022-jp"),
             date=d, provider="biglobe")

    # ---------------------------------------------------------- 019 confirmation requested, form desk
    opened = dt(2025, 3, 9, 13, 4, 48)
    cid = CASES["sofia"]
    d = dt(2025, 3, 10, 16, 22, 31)
    text = """Hello Sofia,

Thank you for reaching out to AWS Training and Certification.

We have reviewed your request and found the following AWS Certification accounts:

1) Candidate ID AWS70114823 - login: sofia.brandt@gmail.com - 1 active certification
2) Candidate ID AWS70553190 - login: sofia.brandt@kaltwasser-it.de - 2 active certifications

Per your request, AWS70114823 will be merged into AWS70553190. After the merge, AWS70553190 will be the only active account, and you will sign in with sofia.brandt@kaltwasser-it.de. Please note that once accounts are merged, this cannot be reversed.

Could you please reply to this correspondence from the Support Center to confirm that the above is correct? We will not make any changes until we hear back from you.

Best regards,
Jonas P.
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us again about the same issue, please use the provided link.""" % cid
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("019-form-please-confirm-accounts.eml",
             L("merge_confirmation_requested", cid, ["AWS70114823", "AWS70553190"], True), body,
             to="sofia.brandt@gmail.com",
             subject="RE:[CASE %s] Please merge aws70114823 into aws70553190 (duplicate certification accounts)" % cid,
             date=d, frm=CONSOLE_FROM)

    # ---------------------------------------------------------- 020 other AWS case (billing) resolved - unrelated
    opened = dt(2025, 6, 4, 20, 15, 40)
    cid = case15(opened)
    d = dt(2025, 6, 7, 20, 30, 2)
    text = """Hello,

We're writing to let you know that AWS Support case %s has been resolved.

Case ID: %s
Subject: Billing - unexpected NAT Gateway charges on May invoice
Severity: General guidance
Status: Resolved

Was your issue resolved?
YES: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
NO: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

If your issue was not resolved, you can reopen the case from the Support Center within 14 days.

Thank you for using AWS Support.

Amazon Web Services""" % ((cid,) * 4)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("020-console-billing-case-resolved.eml", L("unrelated", cid, [], True), body,
             to="ines.carvalho.dev@gmail.com",
             subject="Amazon Web Services: Your Support case %s has been resolved" % cid,
             date=d, frm=CONSOLE_FROM)


def batch3():
    # ---------------------------------------------------------- 021 ja completed + closed, console, UTF-8 base64, yahoo.co.jp
    opened = dt(2025, 4, 14, 1, 22, 9)
    cid = "%d%05d" % (int(opened.timestamp()), 40718)
    d = dt(2025, 4, 16, 9, 47, 12)
    text = """森様

お世話になっております。
AWS サポートの高橋でございます。

ご依頼いただいておりました AWS 認定アカウントの統合につきまして、本日、処理が完了いたしました。

・統合後のアカウント（今後はこちらをご利用ください）：AWS-25690318
・統合済みのアカウント（ご利用いただけなくなりました）：AWS-25014472

統合済みアカウントに紐づいていた認定資格および受験履歴は、統合後のアカウントに引き継がれております。

ご依頼の内容は以上で完了となりますため、本ケースはクローズさせていただきます。追加でご不明な点がございましたら、サポートセンターよりケースを再開していただけますと幸いです。

今後とも Amazon Web Services をよろしくお願い申し上げます。

高橋
Amazon Web Services

==================================
本ケースの詳細の確認、および担当者の対応に関する評価は、以下のリンクから行っていただけます：
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用のため、ご返信いただけません。""" % cid
    body = part(text, enc="b64")
    aws_mail("021-ja-console-merge-done-and-closed.eml",
             L("merge_completed", cid, ["AWS25014472", "AWS25690318"], True, "ja"), body,
             to="haruka.mori_0412@yahoo.co.jp",
             subject=encword("RE:[CASE %s] 認定アカウントの統合について" % cid, "utf-8"),
             date=d, frm=CONSOLE_FROM, provider="yahoojp", region="ap-northeast-1")
    CASES["mori_console"] = cid

    # ---------------------------------------------------------- 022 phishing: fake completion (merge topic)
    d = dt(2025, 6, 14, 5, 33, 20)
    text = """Dear AWS Certified Professional,

Your AWS Certification account merge has been completed successfully.

Merged account: AWS73920184
Active account: AWS73019552

To finalise the transfer of your certifications and the 50%% exam voucher, you must sign in and confirm your payment details within 24 hours. Failure to do so will result in the suspension of both accounts.

Sign in: https://aws-certification-accounts.com/signin?session=%s

AWS Training & Certification Accounts Team
(c) 2025 Amazon Web Services""" % rhex(30)
    htmlp = ("<html><body><table width=\"600\" style=\"font-family:Arial\"><tr><td style=\"background:#232f3e;color:#fff;padding:10px\"><b>aws</b> Training and Certification</td></tr><tr><td>"
             + txt2html_inner(text) + "</td></tr></table></body></html>")
    body = alt(part(text, enc="qp"), part(htmlp, "html", enc="qp"))
    emit("022-phish-merge-completed-lookalike.eml",
         L("merge_completed", None, ["AWS73019552", "AWS73920184"], False), body,
         frm='"AWS Training and Certification" <no-reply@aws-certification-accounts.com>',
         to="arjun.menon84@gmail.com", subject="Your AWS Certification account merge is complete - action needed",
         date=d, msgid="<%s@aws-certification-accounts.com>" % rhex(24), provider="gmail",
         auth={"dkim": [("pass", "aws-certification-accounts.com", "mail")], "spf": "pass",
               "dmarc": ("pass", "aws-certification-accounts.com", "NONE")},
         src=("mail.aws-certification-accounts.com", "45.142.214.63"),
         mailfrom="bounce@aws-certification-accounts.com", dkim=[("aws-certification-accounts.com", "mail")])

    # ---------------------------------------------------------- 023 ja Credly badge issued
    d = dt(2025, 4, 17, 23, 5, 42)
    u = badge_uuid()
    text = """森 春香 さん、おめでとうございます！

Amazon Web Services Training and Certification から新しいバッジが発行されました：

AWS Certified Solutions Architect - Professional

バッジを受け取って、あなたのスキルをネットワークで共有しましょう。

バッジを受け取る：https://www.credly.com/earner/earned/badge/%s

ご不明な点は https://support.credly.com をご覧ください。

Credly, Inc.""" % u
    inner = """<h1 style="font-size:22px">森 春香 さん、おめでとうございます！</h1>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました：</p>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p>バッジを受け取って、あなたのスキルをネットワークで共有しましょう。</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">バッジを受け取る</a></p>""" % u
    body = alt(part(text, enc="b64"), part(credly_html(inner, "新しいバッジが届きました"), "html", enc="b64"))
    credly_mail("023-ja-credly-new-badge.eml", L("credly_badge_issued", None, [], True, "ja"), body,
                to="haruka.mori_0412@yahoo.co.jp",
                subject=encword("Amazon Web Services Training and Certification から新しいバッジが届きました", "utf-8"),
                date=d, provider="yahoojp")

    # ---------------------------------------------------------- 024 closure because no reply (survey)
    opened = dt(2025, 2, 3, 12, 2, 51)
    cid = case15(opened)
    d_q = dt(2025, 2, 4, 15, 10, 0)
    d = dt(2025, 2, 14, 15, 26, 33)
    old = """Hello Emeka,

Thank you for contacting us. We found two accounts under your name: AWS54018377 and AWS54490021. To proceed, could you please let us know which of the two accounts you would like to keep as your primary account?

Regards,
Hannah R."""
    text = """Hello Emeka,

We have not heard back from you since our last message, so we are going to close this case for now.

If you still need help, simply reply to this e-mail within the next 14 days and the case will reopen automatically. After that, please submit a new request through the contact form.

How did we do? We'd appreciate it if you took a minute to rate your experience:
https://pulse.aws/survey/%s?caseId=%s

Regards,
Hannah R.
AWS Training and Certification Customer Support

-------- Previous message --------
Date: %s
%s""" % (rhex(8).upper(), cid, rfc(d_q), old)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("024-form-closing-no-response.eml", L("survey", cid, [], True), body,
             to="emeka.obi.tech@gmail.com", subject=FORM_SUBJ % cid, date=d)

    # ---------------------------------------------------------- 025 ja support reply: proceeding, ISO-2022-JP, OCN
    opened = dt(2025, 5, 7, 2, 30, 11)
    cid = case15(opened)
    d_conf = dt(2025, 5, 8, 21, 15, tz=JST)
    d = dt(2025, 5, 9, 1, 42, 7)
    hist = """AWS ご担当者様

ご連絡ありがとうございます。
ご提示いただいた内容で問題ございません。
AWS 61820497 を AWS 61337105 に統合してください。

よろしくお願いいたします。
中村 亮"""
    text = """中村 亮 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

ご確認いただき、誠にありがとうございます。
いただいたご回答をもとに、アカウント統合の手続きを進めてまいります。

統合が完了いたしましたら、改めて本メールアドレス宛にご連絡差し上げます。通常、完了までに 1〜3 営業日ほどお時間を頂戴しております。

なお、手続き中は新たな試験のご予約をお控えいただきますようお願い申し上げます。

引き続きよろしくお願いいたします。

鈴木
AWS トレーニングと認定 カスタマーサポート

%s 中村 亮 <r.nakamura@ybb.ocn.ne.jp>:
%s
""" % (ja_date(d_conf), quote(hist))
    body = part(text, cs="iso-2022-jp", enc="7bit")
    aws_mail("025-ja-form-thanks-will-proceed.eml", L("support_reply", cid, [], True, "ja"), body,
             to="r.nakamura@ybb.ocn.ne.jp", subject=FORM_SUBJ % cid, date=d, provider="ocn")

    # ---------------------------------------------------------- 026 Pearson VUE (unrelated)
    d = dt(2025, 6, 18, 19, 2, 11)
    text = """Dear Arjun Menon,

Thank you for scheduling your AWS Certified Security - Specialty exam with Pearson VUE.

Appointment details
Exam: SCS-C02: AWS Certified Security - Specialty
Date: Friday, July 11, 2025
Time: 10:00 AM India Standard Time
Delivery: OnVUE online proctored exam
Registration ID: 481203977

Please check in 30 minutes before your appointment. Make sure you run the system test on the computer you will use for your exam.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE"""
    body = alt(part(text, enc="qp"), part("<html><body>" + txt2html_inner(text) + "</body></html>", "html", enc="qp"))
    emit("026-pearson-vue-appointment.eml", L("unrelated", None, [], False), body,
         frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to="arjun.menon84@gmail.com",
         subject="Pearson VUE Confirmation of Booking", date=d,
         msgid="<%s@pearson.com>" % rhex(28), provider="gmail",
         auth={"dkim": [("pass", "pearson.com", "pvue2023")], "spf": "pass", "dmarc": ("pass", "pearson.com", "REJECT")},
         src=("mx0b-00319301.pphosted.com", "148.163.150.6"), mailfrom="pearsonvuecustomerservice@pearson.com",
         dkim=[("pearson.com", "pvue2023")])

    # ---------------------------------------------------------- 027 completed, with a question about Credly
    opened = dt(2025, 6, 9, 7, 55, 10)
    cid = [k for k, v in LABELS.items() if k.startswith("014")][0]
    cid = LABELS[cid]["case_id"]
    d_prev = dt(2025, 6, 11, 8, 3, 27)
    d = dt(2025, 6, 12, 14, 56, 2)
    text = """Hello Lukas,

I'm writing to let you know that the merge is now complete: AWS33018452 has been merged into AWS33920617, and AWS33920617 is your only active AWS Certification account going forward. You can sign in with lukas.berger@posteo.de.

One quick question before I close this out: your old account's badges were issued in Credly to lukas.berger@fh-campus-rosenheim.de. Would you like us to ask Credly to move them to lukas.berger@posteo.de as well, or do you prefer to keep them where they are? Just reply to this e-mail with your choice.

Regards,
Tomasz W.
AWS Training and Certification Customer Support

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Lukas,

Thank you for confirming. We will now proceed with the merge of your accounts. Once the merge is complete, you will receive a separate e-mail from us.

Regards,
Tomasz W.""" % (outlook_sent(d_prev), cid)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("027-form-merge-complete-credly-question.eml",
             L("merge_completed", cid, ["AWS33018452", "AWS33920617"], True), body,
             to="lukas.berger@posteo.de", subject=FORM_SUBJ % cid, date=d, provider="posteo")

    # ---------------------------------------------------------- 028 closure with summary rows containing ids
    cid = CASES["sofia"]
    d = dt(2025, 3, 14, 9, 15, 48)
    text = """Hello,

Your case has been closed.

Case summary
------------------------------------------------------------
Case ID:        %s
Subject:        Please merge aws70114823 into aws70553190 (duplicate certification accounts)
Category:       Certification > Account Merge
Status:         Closed
Opened:         2025-03-09 13:04 UTC
Closed:         2025-03-14 09:15 UTC
------------------------------------------------------------

Was your issue resolved?
[ Yes ]  https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
[ No ]   https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Please take a moment to rate the support you received. Your feedback helps us improve.

Amazon Web Services Support""" % (cid, cid, cid)
    body = alt(part(text, enc="qp"), part(aws_html(text).replace("<p>Case summary", "<p style=\"font-family:monospace\">Case summary"), "html", enc="qp"))
    aws_mail("028-console-case-closed-summary-rows.eml",
             L("survey", cid, ["AWS70114823", "AWS70553190"], True), body,
             to="sofia.brandt@gmail.com",
             subject="Amazon Web Services: Case %s has been closed" % cid, date=d, frm=CONSOLE_FROM)

    # ---------------------------------------------------------- 029 Acclaim (older Credly) badge, 2020
    d = dt(2020, 3, 11, 16, 40, 5)
    u = badge_uuid()
    text = """Hi Magnus,

Amazon Web Services Training and Certification has issued you a badge on Acclaim:

AWS Certified Solutions Architect - Associate

Claim your badge and share it on LinkedIn, Twitter and more:
https://www.youracclaim.com/earner/earned/badge/%s

Thanks,
The Acclaim Team

Acclaim by Credly, 3 Bethesda Metro Center, Suite 700, Bethesda, MD 20814""" % u
    inner = """<p>Hi Magnus,</p><p>Amazon Web Services Training and Certification has issued you a badge on Acclaim:</p><p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/%s" style="background:#0090bd;color:#fff;padding:12px 24px;text-decoration:none">Accept Badge</a></p><p>Thanks,<br />The Acclaim Team</p>""" % u
    body = alt(part(text, enc="7bit", cs="us-ascii"), part(credly_html(inner, "You've been issued a badge").replace("Credly, Inc. &middot;", "Acclaim by Credly &middot;"), "html", enc="qp"))
    credly_mail("029-acclaim-claim-your-badge-2020.eml", L("credly_badge_issued", None, [], True), body,
                to="magnus.lindqvist@gmail.com",
                subject="Amazon Web Services Training and Certification has issued you a badge",
                date=d, frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                dom="youracclaim.com")

    # ---------------------------------------------------------- 030 Seller Central case (unrelated)
    d = dt(2025, 5, 22, 18, 7, 33)
    text = """Hello from Amazon Selling Partner Support,

Thank you for contacting us about merging your two seller accounts.

We have reviewed your request. Account merges are not supported for Professional selling accounts registered in different marketplaces. To continue selling in both regions, please use the Global Selling settings to link the accounts instead:
https://sellercentral.amazon.com/global-selling

If you have further questions, reply to this case in Seller Central.

Was this e-mail helpful? Yes / No

Thank you,
Reyansh
Amazon.com
http://sellercentral.amazon.com"""
    body = alt(part(text, enc="qp"), part("<html><body style=\"font-family:Arial\">" + txt2html_inner(text) + "</body></html>", "html", enc="qp"))
    core, mid = ses_msgid(d)
    emit("030-seller-central-case-merge-accounts.eml", L("unrelated", "7391048826", [], True), body,
         frm='"Amazon Seller Central" <seller-notification@amazon.com>', to="arjun.menon84@gmail.com",
         subject="RE:[CASE 7391048826] Request to merge seller accounts", date=d, msgid=mid, provider="gmail",
         auth=amazon_auth(), src=ses_src(), mailfrom=core + "@amazonses.com",
         dkim=[("amazon.com", ralnum(32)), ("amazonses.com", ralnum(32))])


def batch4():
    # ---------------------------------------------------------- 031 completed, 10-digit, 2020, wrong charset label
    cid = "7024418853"
    d_conf = dt(2020, 8, 18, 22, 5, tz=EDT)
    d = dt(2020, 8, 20, 13, 31, 6)
    text = """Hi Grace,

Thanks for your reply and for confirming the details – that’s all we needed.

I’ve completed the merge on our end. Your two profiles are now one: everything from AWS 12094477 has been moved to AWS 12660381, and AWS 12660381 is the account you’ll keep using. Your “AWS Certified Developer – Associate” and “AWS Certified Cloud Practitioner” certifications are both showing there now.

If you don’t see them after signing out and back in, give it a few hours and let me know.

Cheers,
Owen M.
AWS Training and Certification Customer Support

-----Original Message-----
From: Grace Whitfield <gwhitfield.codes@gmail.com>
Sent: %s
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: [CASE 7024418853] Account merge

Yes, those are both mine and AWS 12660381 is the one I want to keep. Go ahead.

Grace
""" % outlook_sent(d_conf)
    body = part(text, enc="qp", label_cs="windows-1252", codec="utf-8")
    aws_mail("031-form-2020-merge-done-wrong-charset.eml",
             L("merge_completed", cid, ["AWS12094477", "AWS12660381"], True), body,
             to="gwhitfield.codes@gmail.com", subject="RE:[CASE 7024418853] Account merge", date=d)

    # ---------------------------------------------------------- 032 console "new correspondence" notice
    cid = CASES["sofia"]
    d = dt(2025, 3, 12, 10, 5, 19)
    text = """Hello,

A new correspondence has been added to your AWS Support case.

Case ID: %s
Subject: Please merge aws70114823 into aws70553190 (duplicate certification accounts)

To view and reply to this correspondence, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please don't reply to this e-mail. This address can't accept incoming e-mail.

Amazon Web Services""" % (cid, cid)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("032-console-new-correspondence-notice.eml",
             L("support_reply", cid, ["AWS70114823", "AWS70553190"], True), body,
             to="sofia.brandt@gmail.com", subject="[Case %s] New correspondence added" % cid,
             date=d, frm=CONSOLE_FROM)

    # ---------------------------------------------------------- 033 Credly badge, corporate mailbox without A-R
    d = dt(2023, 10, 5, 7, 58, 12)
    u = badge_uuid()
    text = """Hi Erik,

Amazon Web Services Training and Certification sent you a badge!

Badge: AWS Certified Solutions Architect - Associate
Issued to: erik.solheim@nordvik-logistics.no

This badge was re-issued to you after your AWS Certification accounts were combined. Accept it to display it on your Credly profile:
https://www.credly.com/earner/earned/badge/%s

Note: any copies of this badge issued to your previous e-mail address have been revoked.

The Credly Team""" % u
    inner = """<p>Hi Erik,</p><p><b>Amazon Web Services Training and Certification</b> sent you a badge!</p><p>AWS Certified Solutions Architect &ndash; Associate</p>
<p>This badge was re-issued to you after your AWS Certification accounts were combined. Accept it to display it on your Credly profile.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#595959">Note: any copies of this badge issued to your previous e-mail address have been revoked.</p>""" % u
    body = alt(part(text, enc="qp"), part(credly_html(inner, "You have a new badge"), "html", enc="qp"))
    credly_mail("033-credly-reissued-badge-no-authres.eml", L("credly_badge_issued", None, [], None), body,
                to="Erik Solheim <erik.solheim@nordvik-logistics.no>",
                subject="Amazon Web Services Training and Certification sent you a badge",
                date=d, provider="corp", auth=None)

    # ---------------------------------------------------------- 034 survey reminder, corporate mailbox without A-R
    cid = "12708836154"
    d = dt(2023, 10, 9, 16, 0, 0)
    text = """Hello,

A few days ago we sent you a short survey about your recent support case (%s) with AWS Training and Certification. We haven't received your response yet.

If you have a minute, please let us know how we did:
https://pulse.aws/survey/%s?caseId=%s

This is the only reminder we will send.

Thank you,
AWS Training and Certification Customer Support""" % (cid, rhex(8).upper(), cid)
    body = alt(part(text, enc="7bit", cs="us-ascii"), part(aws_html(text), "html", enc="qp"))
    aws_mail("034-survey-reminder-no-authres.eml", L("survey", cid, [], None), body,
             to="erik.solheim@nordvik-logistics.no",
             subject="Reminder: How was your support experience? [CASE %s]" % cid, date=d,
             provider="corp", auth=None)

    # ---------------------------------------------------------- 035 ja completed, Shift_JIS, Outlook-style JA quote
    opened = dt(2024, 9, 2, 0, 48, 17)
    cid = case15(opened)
    d_conf = dt(2024, 9, 3, 19, 30, tz=JST)
    d = dt(2024, 9, 4, 8, 21, 44)
    text = """小林 直樹 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の山本でございます。

ご確認のご返信をいただき、ありがとうございました。
ご依頼のとおり、AWS76640912 を存続アカウントとして、アカウントの統合を実施いたしました。

統合後は、AWS76640912 に紐づくメールアドレスでサインインしていただけます。受験履歴、認定資格、ならびに 50％割引バウチャー等の特典も引き継がれておりますので、念のためサインインのうえご確認ください。

Credly バッジの移行には数日かかる場合がございます。1 週間を過ぎても反映されない場合は、本メールにご返信くださいませ。

今後とも何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
差出人: 小林 直樹 <naoki.kobayashi@sakura-denki.co.jp>
送信日時: %s
宛先: aws-cs-trainingcertification-form@amazon.com
件名: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

お世話になっております。小林です。

AWS76021185（旧アカウント）を AWS76640912 に統合する内容で相違ございません。
手続きを進めていただけますと幸いです。

> 以下のアカウントを統合いたします。
> 統合元：AWS76021185
> 統合先：AWS76640912
> ※統合後は元に戻すことができません。
""" % (d_conf.strftime("%Y年%m月%d日 ") + "%d:%02d" % (d_conf.hour, d_conf.minute), cid)
    body = part(text, cs="shift_jis", enc="b64")
    aws_mail("035-ja-form-merge-done-sjis-quote.eml",
             L("merge_completed", cid, ["AWS76640912"], True, "ja"), body,
             to="naoki.kobayashi@sakura-denki.co.jp", subject=FORM_SUBJ % cid, date=d, provider="sakura")

    # ---------------------------------------------------------- 036 GitHub merged notification (unrelated)
    d = dt(2025, 6, 16, 9, 12, 3)
    text = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lukasberger/aws-cert-tracker/pull/214#event-%d
You are receiving this because you authored the thread.

Message ID: <lukasberger/aws-cert-tracker/pull/214/issue_event/%d@github.com>""" % (R.randint(10**10, 10**11), R.randint(10**10, 10**11))
    htmlp = """<p></p><p>Merged <a class="issue-link" href="https://github.com/lukasberger/aws-cert-tracker/pull/214">#214</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/lukasberger/aws-cert-tracker/pull/214">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
    body = alt(part(text, enc="7bit", cs="UTF-8"), part(htmlp, "html", enc="7bit", cs="UTF-8"))
    emit("036-github-pr-merged.eml", L("unrelated", None, [], False), body,
         frm='"Mira Hoffmann" <notifications@github.com>', to="lukasberger/aws-cert-tracker <aws-cert-tracker@noreply.github.com>",
         subject="Re: [lukasberger/aws-cert-tracker] Merge duplicate-account handling into main (PR #214)",
         date=d, msgid="<lukasberger/aws-cert-tracker/pull/214/issue_event/%d@github.com>" % R.randint(10**10, 10**11),
         provider="gmail", auth={"dkim": [("pass", "github.com", "pf2023")], "spf": "pass", "dmarc": ("pass", "github.com", "REJECT")},
         src=("out-21.smtp.github.com", "192.30.252.204"), mailfrom="noreply@github.com", dkim=[("github.com", "pf2023")],
         cc="Lukas Berger <lukas.berger@posteo.de>, State change <state_change@noreply.github.com>")

    # ---------------------------------------------------------- 037 chaser: still need login e-mails
    opened = dt(2025, 1, 28, 11, 41, 30)
    cid = case15(opened)
    d = dt(2025, 2, 3, 17, 12, 8)
    text = """Hi Valentina,

Just following up on my message from last week. So that we can move forward with your request, we still need the e-mail address you use to sign in to each of your AWS Certification accounts. The candidate ID on its own is not enough for us to verify ownership.

Please reply with:
- the sign-in e-mail of the first account
- the sign-in e-mail of the second account
- which of the two you would like to keep

If we don't hear from you within 5 business days, this case may be closed automatically.

Many thanks,
Hannah R.
AWS Training and Certification Customer Support"""
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("037-form-chaser-need-login-emails.eml", L("support_reply", cid, [], True), body,
             to="valentina.rossi.cloud@libero.it", subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid,
             date=d, provider="libero")

    # ---------------------------------------------------------- 038 Credly multiple badges, HTML-only base64
    d = dt(2025, 6, 14, 21, 3, 56)
    items = ["AWS Certified Cloud Practitioner", "AWS Certified Developer - Associate", "AWS Certified DevOps Engineer - Professional"]
    rows = "".join('<tr><td style="padding:8px 0;border-bottom:1px solid #eee"><b>%s</b><br /><span style="color:#595959;font-size:13px">Amazon Web Services Training and Certification</span></td><td align="right"><a href="https://www.credly.com/earner/earned/badge/%s" style="color:#ff6b00">Accept</a></td></tr>' % (html.escape(x), badge_uuid()) for x in items)
    inner = """<h1 style="font-size:22px">Lukas, you have 3 new badges</h1>
<p>Amazon Web Services Training and Certification issued the following badges to you:</p>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0">%s</table>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;display:inline-block;margin-top:16px">Accept all badges</a></p>""" % rows
    body = part(credly_html(inner, "3 new badges from Amazon Web Services Training and Certification"), "html", enc="b64")
    credly_mail("038-credly-three-new-badges-html.eml", L("credly_badge_issued", None, [], True), body,
                to="lukas.berger@posteo.de", subject="Lukas, you have 3 new badges to accept", date=d, provider="posteo")

    # ---------------------------------------------------------- 039 completion from failing sender, forged lower A-R
    d = dt(2025, 6, 19, 2, 14, 40)
    text = """Hello,

We are pleased to inform you that the merge of your AWS Certification accounts has been completed. Your certifications from AWS 58820319 are now available under AWS 58110746.

For security reasons, please review your transferred certifications and confirm your sign-in details using the secure link below within 72 hours:
https://aws-training-certification.support-verify.net/review?ref=%s

Kind regards,
AWS Training and Certification Customer Support
Amazon Web Services""" % rhex(20)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    emit("039-merge-complete-dmarc-fail-forged-ar.eml",
         L("merge_completed", None, ["AWS58110746", "AWS58820319"], False), body,
         frm=FORM_FROM, to="grace.whitfield@outlook.com",
         subject="RE:[CASE 175029118400217] [AWS Training and Certification Form Submission] - account-assistance",
         date=d, msgid="<%s.%s@amazon.com>" % (rhex(16), rhex(8)), provider="outlook",
         auth={"dkim": [("none", "amazon.com", "x")], "spf": "fail", "dmarc": ("fail", "amazon.com", "QUARANTINE")},
         src=("srv1.supportdesk-mailer.net", "194.26.29.121"), mailfrom="noreply@supportdesk-mailer.net",
         pre_from=[("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com header.s=ses2025;\n spf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com")],
         linesep="\r\n")
    LABELS["039-merge-complete-dmarc-fail-forged-ar.eml"]["case_id"] = "175029118400217"

    # ---------------------------------------------------------- 040 ja case created (form acknowledgement)
    opened = dt(2024, 9, 2, 0, 48, 17)
    cid = LABELS["035-ja-form-merge-done-sjis-quote.eml"]["case_id"]
    d = opened + timedelta(seconds=14)
    text = """小林 直樹 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

以下の内容でお問い合わせを受け付けいたしました。担当者より、原則として 24 時間以内にご連絡いたします。

ケース ID：%s
お問い合わせの種類：認定 - アカウントの統合
AWS 受験者 ID：AWS76021185、AWS76640912

同じ内容のお問い合わせを重複して送信されますと、ご回答が遅れる場合がございます。追加の情報がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート""" % cid
    body = part(text, cs="iso-2022-jp", enc="7bit")
    aws_mail("040-ja-form-inquiry-received.eml",
             L("case_created", cid, ["AWS76021185", "AWS76640912"], True, "ja"), body,
             to="naoki.kobayashi@sakura-denki.co.jp",
             subject=encword("[CASE %s] お問い合わせを受け付けました - AWS Training and Certification" % cid, "iso-2022-jp"),
             date=d, provider="sakura")


def batch5():
    # ---------------------------------------------------------- 041 agent closes case: user decided not to merge
    cid = "11928304417"
    d_u = dt(2022, 4, 6, 9, 2, tz=IST)
    d = dt(2022, 4, 6, 14, 40, 26)
    text = """Hello Arjun,

Thank you for letting us know that you would prefer to keep both of your certification accounts separate for now. As no further action is needed from our side, I will close this case.

Should you change your mind later, you are welcome to contact us again through the Training and Certification contact form.

Best regards,
Nikhil V.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link below:
https://console.aws.amazon.com/support/home#/case/?displayId=11928304417&language=en

----- Your message on %s -----
Hi, after thinking about it I will keep both accounts as they are, one belongs to my employer's partner program. Please don't merge AWS40218853 and AWS40777012. Thanks.
""" % d_u.strftime("%a %b %d %Y %H:%M IST")
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("041-console-closing-user-declined-merge.eml", L("survey", cid, [], True), body,
             to="Arjun Menon <arjun.menon84@outlook.com>",
             subject="RE:[CASE 11928304417] Merge two certification accounts", date=d,
             frm=CONSOLE_FROM, provider="outlook", linesep="\r\n")

    # ---------------------------------------------------------- 042 Credly digest (unrelated)
    d = dt(2025, 6, 23, 15, 0, 2)
    text = """Your monthly Credly update

Skills in demand this month: Amazon Web Services (AWS), Kubernetes, Terraform, Generative AI.

Earners with the AWS Certified Solutions Architect - Associate badge are most often hired as:
- Cloud Engineer
- Solutions Architect
- DevOps Engineer

Explore jobs that match your badges: https://www.credly.com/earner/jobs

You can change how often you receive these e-mails in your notification settings:
https://www.credly.com/earner/settings/notifications

Credly, Inc. | 3 Bethesda Metro Center, Suite 700, Bethesda, MD 20814"""
    inner = "<h2>Your monthly Credly update</h2>" + txt2html_inner(text.split("\n", 2)[2])
    body = alt(part(text, enc="qp"), part(credly_html(inner, "Skills in demand this month"), "html", enc="qp"))
    credly_mail("042-credly-monthly-digest.eml", L("unrelated", None, [], True), body,
                to="dan.okafor.cloud@gmail.com", subject="Skills in demand this month, Daniel",
                date=d, frm='"Credly" <no-reply@credly.com>')

    # ---------------------------------------------------------- 043 Credly reminder to accept badge
    d = dt(2025, 6, 6, 2, 17, 40)
    u = badge_uuid()
    text = """Hi Daniel,

Just a reminder: you have a pending badge from Amazon Web Services Training and Certification.

AWS Certified Solutions Architect - Associate

Your badge is ready to accept. Once accepted, you can share it and add it to your e-mail signature and resume.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

The Credly Team""" % u
    inner = """<p>Hi Daniel,</p><p>Just a reminder: you have a pending badge from <b>Amazon Web Services Training and Certification</b>.</p><p>AWS Certified Solutions Architect &ndash; Associate</p>
<p>Your badge is ready to accept. Once accepted, you can share it and add it to your e-mail signature and resume.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>""" % u
    body = alt(part(text, enc="qp"), part(credly_html(inner, "Your badge is waiting"), "html", enc="qp"))
    credly_mail("043-credly-reminder-pending-badge.eml", L("credly_badge_issued", None, [], True), body,
                to="dan.okafor.cloud@gmail.com", subject="Reminder: your badge is ready to accept", date=d)

    # ---------------------------------------------------------- 044 completion after user's chaser, Outlook quote with more ids
    opened = dt(2025, 1, 28, 11, 41, 30)
    cid = LABELS["037-form-chaser-need-login-emails.eml"]["case_id"]
    d_u = dt(2025, 2, 9, 18, 22, tz=CEST)
    d_u0 = dt(2025, 2, 4, 10, 5, tz=CEST)
    d = dt(2025, 2, 10, 7, 39, 54)
    text = """Hi Valentina,

Apologies for the wait, and thank you for the reminder. I can confirm that the work is done: AWS20873315 is now your single AWS Certification account, and the other two profiles you listed no longer exist as separate accounts. All three of your certifications are visible under AWS20873315.

You can sign in with valentina.rossi.cloud@libero.it as before.

Many thanks,
Hannah R.
AWS Training and Certification Customer Support

From: Valentina Rossi <valentina.rossi.cloud@libero.it>
Sent: %s
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: R: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello, any news? It has been 5 days since I confirmed. I need the merged account for my exam in March.

Valentina

From: Valentina Rossi <valentina.rossi.cloud@libero.it>
Sent: %s
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: R: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Hannah,
the logins are:
AWS20873315 - valentina.rossi.cloud@libero.it (keep this one)
AWS20119064 - v.rossi@studenti.polimi.it
aws-20455781 - vrossi@datalab-torino.it
I confirm the merge of the last two into AWS20873315.
Valentina""" % (outlook_sent(d_u), cid, outlook_sent(d_u0), cid)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("044-form-work-done-after-chaser-outlook-quote.eml",
             L("merge_completed", cid, ["AWS20873315"], True), body,
             to="valentina.rossi.cloud@libero.it", subject=FORM_SUBJ % cid, date=d, provider="libero")

    # ---------------------------------------------------------- 045 phishing survey about the merge case
    d = dt(2025, 6, 16, 11, 2, 47)
    text = """Dear Customer,

Your AWS Certification account merge case has been closed.

Tell us about your experience and receive a USD 75 AWS Training credit! Rate your support agent in our 1-minute survey:
https://aws-support-feedback.com/survey?case=175001220411980&token=%s

To receive the credit, please sign in with your AWS Certification credentials at the end of the survey.

AWS Customer Experience Team""" % rhex(16)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    emit("045-phish-rate-merge-case-reward.eml", L("survey", "175001220411980", [], False), body,
         frm='"AWS Support Feedback" <feedback@aws-support-feedback.com>', to="emeka.obi.tech@gmail.com",
         subject="[CASE 175001220411980] Rate your experience and get a USD 75 training credit",
         date=d, msgid="<%s@aws-support-feedback.com>" % rhex(22), provider="gmail",
         auth={"dkim": [("pass", "aws-support-feedback.com", "k1")], "spf": "pass", "dmarc": ("pass", "aws-support-feedback.com", "NONE")},
         src=("mta-27.aws-support-feedback.com", "103.151.124.32"), mailfrom="bounce@aws-support-feedback.com",
         dkim=[("aws-support-feedback.com", "k1")])

    # ---------------------------------------------------------- 046 support reply: Credly badges not moved, escalated
    cid = LABELS["016-form-profile-retired-history-moved-html.eml"]["case_id"]
    d_u = dt(2024, 11, 7, 19, 4, tz=timezone(timedelta(hours=1)))
    d = dt(2024, 11, 7, 23, 58, 11)
    text = """Hi Chidi,

Thanks for letting us know that the Security - Specialty badge from your former profile hasn't shown up in Credly yet.

I've passed this to our credentialing team and asked them to re-issue it to chidi.eze@outlook.com. There's nothing you need to do in the meantime. You should receive an e-mail from Credly when it's ready, usually within 3-5 business days. If it doesn't arrive by then, please reply here and I'll chase it for you.

Warm regards,
Aisha N.
AWS Training and Certification Customer Support

""" + gmail_on(d_u, "Chidi Eze", "chidi.eze@outlook.com") + "\n" + quote("""Hi Aisha, thanks for the merge. Everything shows under AWS 90872314 now except my Security Specialty badge, which is still on the old Credly profile (the one linked to AWS 90231457). Can you move it?

Chidi""")
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("046-form-credly-badge-escalated.eml", L("support_reply", cid, [], True), body,
             to="Chidi Eze <chidi.eze@outlook.com>", subject=FORM_SUBJ % cid, date=d,
             provider="outlook", linesep="\r\n")

    # ---------------------------------------------------------- 047 ja confirmation requested, UTF-8 QP, Gmail
    opened = dt(2025, 6, 16, 4, 12, 40)
    cid = case15(opened)
    d = dt(2025, 6, 17, 6, 31, 8)
    text = """吉田 恵 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポートの伊藤と申します。

お客様のお名前で、以下 2 件の AWS 認定アカウントを確認いたしました。

　1. AWS 15370628（サインイン用メールアドレス：megumi.yoshida@gmail.com）
　2. AWS 15902241（サインイン用メールアドレス：m-yoshida@tokai-soft.co.jp）

ご希望に基づき、AWS 15902241 を AWS 15370628 へ統合し、AWS 15370628 を今後ご利用いただくアカウントとして残す予定でございます。
なお、統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

上記の内容にお間違いがないか、本メールへのご返信にてご確認いただけますでしょうか。
ご確認をいただけ次第、統合の手続きを開始いたします。

何卒よろしくお願い申し上げます。

伊藤
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
    body = alt(part(text, enc="qp"), part(aws_html(text, "ja"), "html", enc="qp"))
    aws_mail("047-ja-form-please-confirm-merge.eml",
             L("merge_confirmation_requested", cid, ["AWS15370628", "AWS15902241"], True, "ja"), body,
             to="megumi.yoshida@gmail.com", subject=FORM_SUBJ % cid, date=d)

    # ---------------------------------------------------------- 048 other AWS case: service quota (unrelated)
    opened = dt(2025, 6, 10, 3, 20, 5)
    cid = case15(opened)
    d = dt(2025, 6, 10, 9, 44, 31)
    text = """Hello,

Thank you for contacting AWS Support. I'm happy to let you know that your request has been completed: the quota "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in us-east-1 has been increased to 256 vCPUs for account 4821-0937-5512.

It can take up to 30 minutes for the new value to be reflected in the Service Quotas console.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Diego F.
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.""" % cid
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("048-console-quota-increase-completed.eml", L("unrelated", cid, [], True), body,
             to="lukas.berger@posteo.de",
             subject="RE:[CASE %s] Service Quota Increase: EC2 Instances" % cid, date=d, frm=CONSOLE_FROM, provider="posteo")

    # ---------------------------------------------------------- 049 Credly badge, forwarded -> dkim body fail
    d = dt(2025, 3, 19, 12, 30, 0)
    u = badge_uuid()
    text = """Hi Sofia,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Data Engineer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/%s

The Credly Team""" % u
    inner = """<p>Hi Sofia,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p><p><b>AWS Certified Data Engineer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">[External] This message came from outside the Kaltwasser IT network. Be careful with links.</p>""" % u
    body = alt(part(text + "\n\n[External] This message came from outside the Kaltwasser IT network.", enc="qp"),
               part(credly_html(inner, "New badge"), "html", enc="qp"))
    credly_mail("049-credly-badge-forwarded-dkim-fail.eml", L("credly_badge_issued", None, [], False), body,
                to="Sofia Brandt <sofia.brandt@outlook.com>", subject="You've earned a badge from Amazon Web Services Training and Certification",
                date=d, provider="outlook", linesep="\r\n", src=("mx1.kaltwasser-it.de", "212.227.126.133"),
                auth={"dkim": [("fail", "credly.com", "s1"), ("fail", "sendgrid.info", "smtpapi")], "spf": "fail",
                      "dmarc": ("fail", "credly.com", "QUARANTINE")})

    # ---------------------------------------------------------- 050 ja survey only, UTF-8 QP
    cid = LABELS["025-ja-form-thanks-will-proceed.eml"]["case_id"]
    d = dt(2025, 5, 16, 0, 30, 12)
    text = """中村 亮 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。

お問い合わせ（ケース ID：%s）における担当者の対応について、お客様のご意見をお聞かせください。アンケートは 5 つの質問で構成されており、2 分ほどでご回答いただけます。

▼アンケートに回答する
https://pulse.aws/survey/%s?caseId=%s&lang=ja

いただいたご意見は、サポート品質の向上のために活用させていただきます。
※本アンケートへのご回答は任意です。

AWS トレーニングと認定""" % (cid, rhex(8).upper(), cid)
    body = alt(part(text, enc="qp"), part(aws_html(text, "ja"), "html", enc="qp"))
    aws_mail("050-ja-survey-request-only.eml", L("survey", cid, [], True, "ja"), body,
             to="r.nakamura@ybb.ocn.ne.jp",
             subject=encword("【AWS トレーニングと認定】サポートに関するアンケートご協力のお願い", "utf-8"),
             date=d, frm=named("AWS トレーニングと認定", "aws-cs-trainingcertification-form@amazon.com"),
             provider="ocn")


def batch6():
    # ---------------------------------------------------------- 051 completion, console, Sakura A-R with DKIM only (no dmarc)
    cid = "11694023377"
    d = dt(2023, 2, 21, 4, 8, 15)
    text = """Hello Kobayashi-san,

Thank you for your patience. The two AWS Certification accounts you told us about have been unified. Going forward please use Candidate ID aws48822061 only; the profile aws48091736 has been deactivated and its certification records were transferred to aws48822061.

If you have an upcoming exam that was booked under the deactivated profile, please let us know so we can check the appointment.

Best regards,
Kenta O.
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=11694023377&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us again about the same issue, please use the provided link."""
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("051-console-accounts-unified-dkim-only.eml",
             L("merge_completed", cid, ["AWS48091736", "AWS48822061"], True), body,
             to="naoki.kobayashi@sakura-denki.co.jp",
             subject="RE:[CASE 11694023377] Merge my two certification accounts", date=d,
             frm=CONSOLE_FROM, provider="sakura",
             auth={"dkim": [("pass", "amazon.com", ralnum(32)), ("pass", "amazonses.com", ralnum(32))], "spf": "pass", "dmarc": None})

    # ---------------------------------------------------------- 052 closure, 11-digit, "Was this helpful?"
    cid = "11502297731"
    d = dt(2023, 8, 2, 17, 45, 22)
    text = """Hello,

Case %s has been closed.

Subject: Need to merge certification accounts
Closed on: August 2, 2023

Was this helpful?
Yes - https://support.console.aws.amazon.com/support/feedback?displayId=%s&helpful=1
No - https://support.console.aws.amazon.com/support/feedback?displayId=%s&helpful=0

If you need more help, you can reopen this case within 14 days from the AWS Support Center.

Sincerely,
Amazon Web Services""" % (cid, cid, cid)
    body = alt(part(text, enc="7bit", cs="us-ascii"), part(aws_html(text), "html", enc="qp"))
    aws_mail("052-console-case-closed-was-this-helpful.eml", L("survey", cid, [], True), body,
             to="gwhitfield.codes@gmail.com",
             subject="Amazon Web Services Support: Case %s closed" % cid, date=d, frm=CONSOLE_FROM)

    # ---------------------------------------------------------- 053 AWS Japan newsletter (unrelated), ISO-2022-JP
    d = dt(2025, 6, 25, 1, 0, 0)
    text = """AWS トレーニングと認定 ニュースレター 2025 年 6 月号

■ 新しい認定試験のお知らせ
AWS Certified AI Practitioner の日本語版試験が引き続き受験可能です。

■ よくあるご質問：認定アカウントが複数ある場合
受験時に別のメールアドレスで登録してしまい、認定アカウントが複数存在する場合は、お問い合わせフォームから統合をご依頼いただけます。詳しくは FAQ をご覧ください。
https://aws.amazon.com/jp/certification/faqs/

■ AWS Skill Builder 無料デジタルトレーニング
600 以上の無料コースで学習を始めましょう。
https://skillbuilder.aws/

配信停止をご希望の場合は、こちらから設定を変更してください：
https://pages.awscloud.com/communication-preferences

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""
    body = alt(part(text, cs="iso-2022-jp", enc="7bit"), part(aws_html(text, "ja"), "html", enc="b64"))
    aws_mail("053-ja-aws-training-newsletter.eml", L("unrelated", None, [], True, "ja"), body,
             to="megumi.yoshida@gmail.com",
             subject=encword("【AWS トレーニングと認定】ニュースレター 2025 年 6 月号：新試験情報と認定アカウントに関する FAQ", "iso-2022-jp"),
             date=d, frm=named("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com", "iso-2022-jp"))

    # ---------------------------------------------------------- 054 status update: "once the merge is complete"
    opened = dt(2025, 5, 12, 22, 5, 50)
    cid = case15(opened)
    d = dt(2025, 5, 15, 18, 30, 4)
    text = """Hi Emily,

I wanted to give you a quick update. Your merge request (AWS66104392 into AWS66758820) has been passed to the team that handles candidate records, and it is currently in their queue. These requests are processed in the order received, and it is taking a little longer than usual this week.

Once the merge is complete, I'll write to you again and you will be able to sign in with your surviving account. Your certifications and badges will move across at that point.

Thank you for your patience.

Best,
Carlos D.
AWS Training and Certification Customer Support"""
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("054-form-status-update-in-queue.eml",
             L("support_reply", cid, ["AWS66104392", "AWS66758820"], True), body,
             to="Emily Tran <emily.tran.sa@outlook.com>", subject=FORM_SUBJ % cid, date=d,
             provider="outlook", linesep="\r\n")

    # ---------------------------------------------------------- 055 phishing confirmation request (merge topic)
    d = dt(2025, 6, 21, 22, 48, 9)
    text = """Dear AWS Certified Individual,

Our system has detected two AWS Certification accounts registered under your name:

AWS-39018266
AWS-39554107

To avoid losing your certifications, these accounts will be merged. AWS-39554107 will be kept and AWS-39018266 will be closed.

Please confirm this merge by signing in to the secure portal below within 48 hours. If we do not receive confirmation, both accounts may be suspended.

CONFIRM MERGE: https://aws-certmerge.com/confirm?id=%s

Regards,
AWS Certification Account Services""" % rhex(18)
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="b64"))
    emit("055-phish-confirm-merge-lookalike.eml",
         L("merge_confirmation_requested", None, ["AWS39018266", "AWS39554107"], False), body,
         frm='"AWS Certification" <accounts@aws-certmerge.com>', to="haruka.mori_0412@yahoo.co.jp",
         subject="Action required: confirm the merge of your AWS Certification accounts",
         date=d, msgid="<%s@aws-certmerge.com>" % rhex(20), provider="yahoojp",
         auth={"dkim": [], "spf": "pass", "dmarc": ("none", "aws-certmerge.com", "NONE")},
         src=("smtp.aws-certmerge.com", "5.181.156.201"), mailfrom="accounts@aws-certmerge.com")

    # ---------------------------------------------------------- 056 GitLab merged MR (unrelated)
    d = dt(2025, 6, 17, 13, 21, 40)
    text = """Emily Tran merged merge request !17 at cloud-team / cert-portal-sync

Project: cloud-team/cert-portal-sync
Branch: feature/merge-duplicate-candidates -> main
Merge request: https://gitlab.com/cloud-team/cert-portal-sync/-/merge_requests/17
Merged by: Emily Tran

--
Reply to this email directly or view it on GitLab: https://gitlab.com/cloud-team/cert-portal-sync/-/merge_requests/17
You're receiving this email because of your account on gitlab.com."""
    body = alt(part(text, enc="qp"), part("<html><body>" + txt2html_inner(text) + "</body></html>", "html", enc="qp"))
    emit("056-gitlab-merge-request-merged.eml", L("unrelated", None, [], False), body,
         frm='"Emily Tran" <gitlab@mg.gitlab.com>', to="emily.tran.sa@outlook.com",
         subject="Re: cert-portal-sync | Merge duplicate candidate records (!17)", date=d,
         msgid="<merge_request_%d@gitlab.com>" % R.randint(10**8, 10**9), provider="outlook",
         auth={"dkim": [("pass", "mg.gitlab.com", "mailo")], "spf": "pass", "dmarc": ("pass", "mg.gitlab.com", "REJECT")},
         src=("mail-209-30.mailgun.info", "198.61.254.30"), mailfrom="bounce+%s@mg.gitlab.com" % rhex(8),
         dkim=[("mg.gitlab.com", "mailo")], linesep="\r\n")

    # ---------------------------------------------------------- 057 post-merge voucher question answered (support reply)
    cid = LABELS["001-form-merge-done-gmail.eml"]["case_id"]
    d_u = dt(2025, 6, 2, 21, 11, tz=EDT)
    d = dt(2025, 6, 3, 15, 20, 37)
    text = """Hello Daniel,

Thanks for your follow-up question about the exam discount.

Benefits are tied to the candidate record, so the 50% discount you earned on AWS05519260 is now listed under Benefits on AWS02938471. To use it, sign in, open the Benefits tab and select "Generate voucher code"; the code is valid for one exam and expires on the date shown next to it. If the benefit doesn't appear, try signing out and back in, as the portal caches your profile for a few hours.

Kind regards,

Marisol G.
AWS Training and Certification Customer Support

""" + gmail_on(d_u, "Daniel Okafor", "dan.okafor.cloud@gmail.com") + "\n" + quote("""Hi Marisol,
thanks for merging the accounts. One more question: I had a 50% voucher on the old account. Where do I find it now?
Daniel""")
    body = alt(part(text, enc="qp"), part(aws_html(text), "html", enc="qp"))
    aws_mail("057-form-voucher-question-after-merge.eml",
             L("support_reply", cid, ["AWS02938471", "AWS05519260"], True), body,
             to="Daniel Okafor <dan.okafor.cloud@gmail.com>", subject=FORM_SUBJ % cid, date=d)

    # ---------------------------------------------------------- 058 form desk automatic closure with summary rows + stars
    cid = LABELS["044-form-work-done-after-chaser-outlook-quote.eml"]["case_id"]
    d = dt(2025, 2, 13, 7, 40, 2)
    text = """Hello Valentina,

Your case with AWS Training and Certification Customer Support is now closed.

Case number:   %s
Inquiry type:  Certification
Detail:        Account Merge
Opened:        28 January 2025
Closed:        13 February 2025

How satisfied were you with the support you received?
(1 = very dissatisfied, 5 = very satisfied)
  1: https://pulse.aws/survey/%s?caseId=%s&r=1
  2: https://pulse.aws/survey/%s?caseId=%s&r=2
  3: https://pulse.aws/survey/%s?caseId=%s&r=3
  4: https://pulse.aws/survey/%s?caseId=%s&r=4
  5: https://pulse.aws/survey/%s?caseId=%s&r=5

If you need further help with this request, reply to this e-mail within 7 days.

AWS Training and Certification""" % ((cid,) + ("S" + rhex(7).upper(), cid) * 5)
    rows = "".join('<td align="center"><a href="https://pulse.aws/survey/S%s?caseId=%s&amp;r=%d" style="font-size:26px;color:#ff9900;text-decoration:none">&#9733;</a><br><span style="font-size:11px">%d</span></td>' % (rhex(7).upper(), cid, i, i) for i in range(1, 6))
    h = """<p>Hello Valentina,</p><p>Your case with AWS Training and Certification Customer Support is now closed.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;border-collapse:collapse;font-size:13px">
<tr><td style="background:#f2f3f3"><b>Case number</b></td><td>%s</td></tr>
<tr><td style="background:#f2f3f3"><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td style="background:#f2f3f3"><b>Detail</b></td><td>Account Merge</td></tr>
<tr><td style="background:#f2f3f3"><b>Opened</b></td><td>28 January 2025</td></tr>
<tr><td style="background:#f2f3f3"><b>Closed</b></td><td>13 February 2025</td></tr></table>
<p><b>How satisfied were you with the support you received?</b></p><table><tr>%s</tr></table>
<p>If you need further help with this request, reply to this e-mail within 7 days.</p><p>AWS Training and Certification</p>""" % (cid, rows)
    htmlbody = aws_html("").replace("\n\n</td>", h + "\n</td>")
    body = alt(part(text, enc="qp"), part(htmlbody, "html", enc="qp"))
    aws_mail("058-form-case-closed-summary-stars.eml", L("survey", cid, [], True), body,
             to="valentina.rossi.cloud@libero.it",
             subject=FORM_SUBJ.replace("RE:", "CLOSED: ") % cid, date=d, provider="libero")

    # ---------------------------------------------------------- 059 Credly badges re-issued after merge, libero
    d = dt(2025, 2, 12, 10, 3, 29)
    us = [badge_uuid() for _ in range(3)]
    text = """Ciao Valentina,

Amazon Web Services Training and Certification has issued 3 badges to valentina.rossi.cloud@libero.it. Your AWS Certification accounts were recently merged, so badges that were issued to your other e-mail addresses have been re-issued here.

AWS Certified Cloud Practitioner
https://www.credly.com/earner/earned/badge/%s

AWS Certified Machine Learning - Specialty
https://www.credly.com/earner/earned/badge/%s

AWS Certified Solutions Architect - Associate
https://www.credly.com/earner/earned/badge/%s

Accept your badges to manage and share them.

The Credly Team""" % tuple(us)
    inner = "<p>Ciao Valentina,</p>" + txt2html_inner(text.split("\n", 2)[2])
    body = alt(part(text, enc="qp"), part(credly_html(inner, "3 badges re-issued to you"), "html", enc="qp"))
    credly_mail("059-credly-badges-reissued-after-merge.eml", L("credly_badge_issued", None, [], True), body,
                to="valentina.rossi.cloud@libero.it",
                subject="Valentina, 3 badges from Amazon Web Services Training and Certification are ready to accept",
                date=d, provider="libero")

    # ---------------------------------------------------------- 060 Credly self-service merge completed (unrelated)
    d = dt(2025, 6, 6, 9, 52, 11)
    text = """Hi Ines,

Your Credly accounts have been merged.

The account ines.carvalho@tecnico-lisboa.pt has been merged into ines.carvalho.dev@gmail.com. All badges from the merged account now appear on your profile, and you can sign in with ines.carvalho.dev@gmail.com only.

If you did not make this change, contact us at https://support.credly.com right away.

Thanks,
The Credly Team"""
    inner = txt2html_inner(text)
    body = alt(part(text, enc="qp"), part(credly_html(inner, "Your Credly accounts have been merged"), "html", enc="qp"))
    credly_mail("060-credly-own-account-merge-done.eml", L("unrelated", None, [], True), body,
                to="ines.carvalho.dev@gmail.com", subject="Your Credly accounts have been merged",
                date=d, frm='"Credly" <admin@credly.com>')


def main():
    for b in BATCHES:
        b()
    for fn, data in MAILS:
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote %d mails" % len(MAILS))
    check()


def check():
    import email, re
    from email.header import decode_header
    from collections import Counter
    idre = re.compile(r"aws[\s-]?(\d{8})(?!\d)", re.I)
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert set(files) == set(LABELS), set(files) ^ set(LABELS)
    bad = 0
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        msg = email.message_from_bytes(raw)
        subj = ""
        for b, c in decode_header(msg.get("Subject", "")):
            subj += b.decode(c or "ascii", "replace") if isinstance(b, bytes) else b
        texts = [subj]
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                pl = p.get_payload(decode=True)
                cs = (p.get_content_charset() or "us-ascii").lower()
                cs = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp"}.get(cs, cs)
                texts.append(pl.decode(cs, "replace"))
        full = "\n".join(texts)
        lab = LABELS[fn]
        found = {"AWS" + m for m in idre.findall(full)}
        miss = [a for a in lab["account_ids"] if a not in found]
        if lab["case_id"] and lab["case_id"] not in full:
            print("CASE MISSING", fn, lab["case_id"]); bad += 1
        if miss:
            print("ID MISSING", fn, miss); bad += 1
        extra = found - set(lab["account_ids"])
        if extra:
            print("  (ids only outside new text?)", fn, sorted(extra))
        if lab["case_id"] and len(lab["case_id"]) == 15:
            ts = int(lab["case_id"][:10])
            md = email.utils.parsedate_to_datetime(msg["Date"]).timestamp()
            if not (ts < md):
                print("CASE TS AFTER DATE", fn); bad += 1
        has_ar = "Authentication-Results" in msg
        if (lab["sender_verified"] is None) == has_ar:
            print("AR/null mismatch", fn); bad += 1
    c = Counter(v["kind"] for v in LABELS.values())
    print(dict(c), Counter(v["language"] for v in LABELS.values()), "problems:", bad)


BATCHES = [batch1, batch2, batch3, batch4, batch5, batch6]

if __name__ == "__main__":
    main()
