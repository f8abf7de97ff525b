#!/usr/bin/env python3
"""Generate blind set 41: realistic .eml files about AWS Certification account merges.

Emphasis: merge confirmation requests and mails that look like them.
Run:  python3 make_set.py   (writes NNN-slug.eml + labels.json next to this script)
"""
import base64
import io
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo

from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(41_2025)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
LA = ZoneInfo("America/Los_Angeles")
GEN_POLICY = policy.compat32.clone(linesep="\n")

ID_RE = re.compile(r"(?i)\baws[ \-]?(\d{8})\b")


# ---------------------------------------------------------------- helpers
def d(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def case15(opened):
    return str(int(opened.timestamp())) + "".join(R.choice("0123456789") for _ in range(5))


def rb64(n):
    return base64.b64encode(R.randbytes(n)).decode()


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def strip_html(h):
    h = re.sub(r"(?is)<(style|script).*?</\1>", " ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return h.replace("&nbsp;", " ").replace("&amp;", "&").replace("&gt;", ">").replace("&lt;", "<")


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000) + R.randint(0, 900)
    return f"0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128), version=4)}-000000"


def fold_b(b, width=72):
    return "\n\t ".join(b[i:i + width] for i in range(0, len(b), width))


def dkim_sig(domain, selector, dt, h="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID", c="relaxed/simple"):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={selector}; d={domain}; t={int(dt.timestamp())};\n"
            f"\th={h};\n\tbh={rb64(32)};\n\tb={fold_b(rb64(256))}")


def hdr_text(value, charset="utf-8", name="Subject"):
    """Encode a header value; non-ASCII text becomes (possibly split) encoded-words."""
    try:
        value.encode("ascii")
        return Header(value, header_name=name).encode(maxlinelen=78)
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name, maxlinelen=76).encode(maxlinelen=76)


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return Header(name, charset).encode() + f" <{mail}>"


def rfc(dt):
    return format_datetime(dt)


def stamp(dt, tz, label=None):
    s = format_datetime(dt.astimezone(tz))
    if label is None and tz is LA:
        label = dt.astimezone(LA).tzname()
    return f"{s} ({label})" if label else s


# ---------------------------------------------------------------- quoting
WD_JA = "月火水木金土日"


def q(text, prefix="> "):
    return "\n".join(prefix + l if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_en_head(dt, name, mail, tz=LA):
    t = dt.astimezone(tz)
    return f"On {t:%a}, {t:%b} {t.day}, {t.year} at {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'} {name} <{mail}> wrote:"


def gmail_ja_head(dt, name, mail):
    t = dt.astimezone(JST)
    return f"{t.year}年{t.month}月{t.day}日({WD_JA[t.weekday()]}) {t.hour}:{t:%M} {name} <{mail}>:"


def outlook_block(dt, frm, to, subject, tz=UTC):
    t = dt.astimezone(tz)
    return ("________________________________\n"
            f"From: {frm}\nSent: {t:%A}, {t:%B} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}\n"
            f"To: {to}\nSubject: {subject}\n")


# ---------------------------------------------------------------- MIME leaves
def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, crlf=False):
    enc = "cp932" if charset.lower() in ("shift_jis", "cp932") else charset
    data = text.encode(enc)
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(10**8, 10**9 - 1)}.{R.randint(10**12, 10**13 - 1)}")
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def html_page(body_html, lang="en"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="viewport" content="width=device-width"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            f"{body_html}\n</body></html>\n")


def txt2html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- trace headers
SES_IPS = ["54.240.8.31", "54.240.8.87", "54.240.11.43", "54.240.13.18", "54.240.48.102", "23.251.234.9"]


def ses_host(ip):
    a, b, c, dd = ip.split(".")
    if a == "54":
        return f"a{c}-{dd}.smtp-out.amazonses.com"
    return f"e{c}-{dd}.smtp-out.amazonses.com"


class Sender:
    """How the mail left the sender: host, ip, envelope domain, DKIM domains."""

    def __init__(self, host, ip, mailfrom, dkim_domains, selectors=None):
        self.host, self.ip, self.mailfrom, self.dkim_domains = host, ip, mailfrom, dkim_domains
        self.selectors = selectors or [ralnum(32) for _ in dkim_domains]


def ses_sender(msgid, from_domain="amazon.com"):
    ip = R.choice(SES_IPS)
    return Sender(ses_host(ip), ip, f"{msgid}@amazonses.com", [from_domain, "amazonses.com"])


def credly_sender():
    ip = f"149.72.{R.randint(1, 250)}.{R.randint(1, 250)}"
    return Sender(f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.credly.com", ip,
                  f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}=@em{R.randint(1000, 9999)}.credly.com",
                  ["credly.com", "sendgrid.info"], ["s1", "smtpapi"])


def trace(provider, to_mail, dt, snd, from_domain, dmarc="pass", spf="pass", dkim="pass", extra_ar=None):
    """Return list of raw header lines (name, value) for the receiving side."""
    H = []
    arrive = dt + timedelta(seconds=R.randint(1, 9))
    mf_dom = snd.mailfrom.split("@")[1]
    dk = []
    if dkim == "pass":
        dk = list(zip(snd.dkim_domains, snd.selectors))
    if provider == "gmail":
        b = [ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in dk]
        parts = [f"dkim=pass header.i=@{dd} header.s={s} header.b={bb}" for (dd, s), bb in zip(dk, b)]
        if dkim == "none":
            parts = []
        spf_txt = {"pass": f"spf=pass (google.com: domain of {snd.mailfrom} designates {snd.ip} as permitted sender) smtp.mailfrom={snd.mailfrom}",
                   "softfail": f"spf=softfail (google.com: domain of transitioning {snd.mailfrom} does not designate {snd.ip} as permitted sender) smtp.mailfrom={snd.mailfrom}",
                   "fail": f"spf=fail (google.com: domain of {snd.mailfrom} does not designate {snd.ip} as permitted sender) smtp.mailfrom={snd.mailfrom}"}[spf]
        pol = {"amazon.com": "(p=QUARANTINE sp=QUARANTINE dis=NONE)", "credly.com": "(p=REJECT sp=REJECT dis=NONE)",
               "signin.aws": "(p=REJECT sp=REJECT dis=NONE)"}.get(from_domain, "(p=NONE sp=NONE dis=NONE)")
        if dmarc == "fail":
            pol = pol.replace("dis=NONE", "dis=QUARANTINE")
        dm = f"dmarc={dmarc} {pol} header.from={from_domain}" if dmarc != "none" else f"dmarc=none header.from={from_domain}"
        ar = "mx.google.com;\n       " + ";\n       ".join(parts + [spf_txt, dm])
        smtp_id = ralnum(40, "abcdefghijklmnopqrstuvwxyz0123456789") [:36]
        H += [("Delivered-To", to_mail),
              ("Received", f"by 2002:a05:{R.randint(6000, 7999)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(6)}csp{R.randint(100000, 9999999)}{ralnum(3)};\n        {stamp(arrive + timedelta(seconds=1), LA)}"),
              ("X-Google-Smtp-Source", "AGHT+I" + ralnum(70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
              ("X-Received", f"by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(14)}.{R.randint(10, 99)}.{R.randint(1000000000000, 9999999999999)};\n        {stamp(arrive + timedelta(seconds=1), LA)}"),
              ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(arrive.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(rb64(256), 68).replace(chr(9) + ' ', '        ')}"),
              ("ARC-Authentication-Results", "i=1; " + ar),
              ("Return-Path", f"<{snd.mailfrom}>"),
              ("Received", f"from {snd.host} ({snd.host}. [{snd.ip}])\n        by mx.google.com with ESMTPS id {smtp_id}\n        for <{to_mail}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128);\n        {stamp(arrive, LA)}"),
              ("Received-SPF", f"{spf} (google.com: domain of {snd.mailfrom} designates {snd.ip} as permitted sender) client-ip={snd.ip};" if spf == "pass"
               else f"{spf} (google.com: domain of {snd.mailfrom} does not designate {snd.ip} as permitted sender) client-ip={snd.ip};"),
              ("Authentication-Results", ar)]
    elif provider == "outlook":  # Outlook.com / Microsoft 365
        srv = f"{R.choice(['BN1PEPF', 'CH2PEPF', 'SA2PEPF', 'DS3PEPF'])}{R.randint(10000000, 99999999):08d}"
        fe = f"{R.choice(['TYCP286', 'SJ0PR11', 'PH7PR12', 'MW4PR04'])}MB{R.randint(1000, 9999)}"
        ar_parts = [f"spf={spf} (sender IP is {snd.ip}) smtp.mailfrom={mf_dom}"]
        ar_parts.append("dkim=pass (signature was verified) header.d=" + dk[0][0] if dk else "dkim=none (message not signed) header.d=none")
        if dmarc == "pass":
            ar_parts[-1] += f";dmarc=pass action=none header.from={from_domain};compauth=pass reason=100"
        elif dmarc == "none":
            ar_parts[-1] += f";dmarc=none action=none header.from={from_domain};compauth=fail reason=451"
        else:
            ar_parts[-1] += f";dmarc=fail action=quarantine header.from={from_domain};compauth=fail reason=000"
        ar = "; ".join(ar_parts)
        H += [("Received", f"from {fe}.namprd{R.randint(10, 20)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)})\n by {fe[:-2]}{R.randint(10,99)}.namprd{R.randint(10, 20)}.prod.outlook.com with HTTPS; {format_datetime(arrive + timedelta(seconds=2))}"),
              ("Received", f"from {srv[:7]}{rhex(4)}.namprd{R.randint(10,20)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)})\n by {fe}.namprd{R.randint(10, 20)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)}; {format_datetime(arrive + timedelta(seconds=1))}"),
              ("Authentication-Results", ar),
              ("Received-SPF", f"{spf.capitalize()} (protection.outlook.com: domain of {mf_dom} {'designates' if spf == 'pass' else 'does not designate'} {snd.ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={snd.ip}; helo={snd.host}; pr=C"),
              ("Received", f"from {snd.host} ({snd.ip}) by\n {srv}.mail.protection.outlook.com (10.167.{R.randint(200, 250)}.{R.randint(2, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)} via Frontend\n Transport; {format_datetime(arrive)}")]
    else:  # Japanese ISPs and others: provider = authserv id string
        authserv = provider
        rel = {"mx.nifty.com": ("mfilter{}.nifty.com", "+0900 (JST)"), "biglobe.ne.jp": ("mx{}.mail.biglobe.ne.jp", "+0900 (JST)"),
               "mfsmax.docomo.ne.jp": ("mfsmax{}.docomo.ne.jp", "+0900 (JST)"),
               "mx6.messagingengine.com": ("mx{}.messagingengine.com", None),
               "atlas-production.v2.mail.yahoo.com": ("atlas{}.free.mail.ne1.yahoo.com", None),
               "dmarc.icloud.com": ("p00-icloudmta-asmtp-us-west-2a-100-percent-{}.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com", None)}[authserv]
        mx = rel[0].format(R.randint(1, 12))
        t = format_datetime(arrive.astimezone(JST)) + " (JST)" if rel[1] else format_datetime(arrive)
        rcv = (f"from {snd.host} ({snd.host} [{snd.ip}])\n\tby {mx} with ESMTPS id {ralnum(12, '0123456789ABCDEF')}\n\tfor <{to_mail}>; {t}")
        if authserv == "mx6.messagingengine.com":
            dkp = [f"dkim=pass (2048-bit rsa key sha256) header.d={dd} header.i=@{dd} header.b={ralnum(8)} header.a=rsa-sha256 header.s={s} x-bits=2048" for dd, s in dk]
            ars = [authserv + ";\n    " + ";\n    ".join(dkp + [
                f"dmarc={dmarc} policy.published-domain-policy={'quarantine' if from_domain == 'amazon.com' else 'none'} header.from={from_domain}",
                f"spf={spf} smtp.mailfrom={snd.mailfrom} smtp.helo={snd.host}",
                f"x-aligned-from={'pass (Address match)' if dmarc == 'pass' else 'fail'}"])]
        elif authserv.startswith("atlas"):
            dkp = [f"dkim=pass header.i=@{dd} header.s={s}" for dd, s in dk]
            ars = [authserv + ";\n " + ";\n ".join(dkp + [f"spf={spf} smtp.mailfrom={mf_dom}",
                                                       f"dmarc={dmarc}(p={'QUARANTINE' if from_domain == 'amazon.com' else 'REJECT'}) header.from={from_domain};"])]
        elif authserv == "dmarc.icloud.com":
            ars = [f"dmarc.icloud.com; dmarc={dmarc} header.from={from_domain}",
                   "dkim-verifier.icloud.com;\n\t" + ";\n\t".join([f"dkim=pass (2048-bit key) header.d={dd} header.i=@{dd} header.b={ralnum(8)}" for dd, s in dk] or ["dkim=none"]),
                   f"spf.icloud.com; spf={spf} (spf.icloud.com: domain of {snd.mailfrom} designates {snd.ip} as permitted sender) smtp.mailfrom={snd.mailfrom}"]
        else:
            dkp = [f"dkim=pass header.d={dd} header.s={s} header.i=@{dd}" for dd, s in dk] or ["dkim=none"]
            ars = [authserv + "; " + "; ".join([f"spf={spf} smtp.mailfrom={snd.mailfrom}"] + dkp + [f"dmarc={dmarc} header.from={from_domain}"])]
        H += [("Return-Path", f"<{snd.mailfrom}>")]
        if authserv.startswith("atlas"):
            H += [("Received", f"from 10.217.{R.randint(100,160)}.{R.randint(1,250)}\n by atlas{R.randint(100, 330)}.free.mail.ne1.yahoo.com with HTTP; {format_datetime(arrive + timedelta(seconds=1))}"),
                  ("X-Originating-Ip", f"[{snd.ip}]")]
        H += [("Authentication-Results", a) for a in ars]
        H += [("Received", rcv)]
    if extra_ar:  # sender-supplied / forged, lower in the header block
        H += [("Authentication-Results", a) for a in extra_ar]
    return H


# ---------------------------------------------------------------- assembling
MAILS = []


def mail(slug, kind, lang, case, ids, sv, *, frm, to, subject, date, body, new, provider=None, snd=None,
         from_domain=None, dmarc="pass", spf="pass", dkim="pass", extra_ar=None, msgid=None,
         subj_charset="utf-8", in_reply_to=None, references=None, extra=None, no_trace=False, plain_trace=None,
         x_headers=None):
    MAILS.append(dict(slug=slug, kind=kind, lang=lang, case=case, ids=sorted(set(ids)), sv=sv, frm=frm, to=to,
                      subject=subject, date=date, body=body, new=new, provider=provider, snd=snd,
                      from_domain=from_domain, dmarc=dmarc, spf=spf, dkim=dkim, extra_ar=extra_ar, msgid=msgid,
                      subj_charset=subj_charset, in_reply_to=in_reply_to, references=references, extra=extra,
                      no_trace=no_trace, plain_trace=plain_trace, x_headers=x_headers))


def render(m):
    lines = []
    if m["provider"] and not m["no_trace"]:
        for n, v in trace(m["provider"], m["to"][1], m["date"], m["snd"], m["from_domain"], m["dmarc"], m["spf"],
                          m["dkim"], m["extra_ar"]):
            lines.append(f"{n}: {v}")
    if m["plain_trace"]:
        lines += m["plain_trace"]
    if m["snd"] is not None and m["dkim"] == "pass":
        for dd, s in zip(m["snd"].dkim_domains, m["snd"].selectors):
            lines.append("DKIM-Signature: " + dkim_sig(dd, s, m["date"]))
    elif m["snd"] is not None and m["dkim"] == "forged":
        lines.append("DKIM-Signature: " + dkim_sig("amazon.com", ralnum(32), m["date"]))
    fcs = "iso-2022-jp" if m["subj_charset"] == "iso-2022-jp" else "utf-8"
    lines.append("From: " + addr(m["frm"][0], m["frm"][1], fcs))
    lines.append("To: " + addr(m["to"][0], m["to"][1], fcs))
    lines.append("Subject: " + hdr_text(m["subject"], m["subj_charset"]))
    lines.append("Date: " + rfc(m["date"]))
    lines.append("Message-ID: " + m["msgid"])
    if m["in_reply_to"]:
        lines.append("In-Reply-To: " + m["in_reply_to"])
    if m["references"]:
        lines.append("References: " + m["references"])
    for h in (m["extra"] or []):
        lines.append(h)
    head = "\n".join(lines) + "\n"
    body = m["body"]
    del body["MIME-Version"]
    body["MIME-Version"] = "1.0"
    # put MIME-Version first among entity headers
    hs = body._headers
    mv = [h for h in hs if h[0] == "MIME-Version"]
    body._headers = mv + [h for h in hs if h[0] != "MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(body)
    return head.encode("ascii") + buf.getvalue()


# ================================================================= people
DAN = ("Daniel Whitaker", "dan.whitaker.dev@gmail.com")
SATO = ("佐藤 健太", "k-sato.8812@nifty.com")
PRIYA = ("Priya Raman", "priya.raman@outlook.com")
TANAKA = ("田中 美咲", "misaki.tanaka.0421@gmail.com")
MARCUS = ("Marcus Feld", "marcus.feld@northwind-analytics.com")
SOFIA = ("Sofia Lindqvist", "sofia.lindqvist@gmail.com")
YAMAMOTO = ("山本 大輔", "daisuke.yamamoto@mua.biglobe.ne.jp")
KOBAYASHI = ("小林 由紀", "yuki.kobayashi@corp.hinode-sys.co.jp")
ETHAN = ("Ethan Brooks", "ebrooks@fastmail.com")
NAKAMURA = ("中村 翔", "sho.nakamura@docomo.ne.jp")
OLIVIA = ("Olivia Chen", "olivia.chen@yahoo.com")
ITO = ("伊藤 彩", "aya.ito@icloud.com")
SUZUKI = ("鈴木 亮", "ryo.suzuki.cloud@gmail.com")

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY_AWS = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")

FORM_SUBJ_EN = "[AWS Training and Certification Form Submission] - account-assistance"
FORM_SUBJ_JA = "[AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ"


def aws(slug, kind, lang, case, ids, sv, frm, to, subject, date, body, new, provider, **kw):
    mid = ses_msgid(date)
    kw.setdefault("msgid", f"<{mid}@email.amazonses.com>")
    mail(slug, kind, lang, case, ids, sv, frm=frm, to=to, subject=subject, date=date, body=body, new=new,
         provider=provider, snd=ses_sender(mid), from_domain="amazon.com", **kw)


def console_footer_en(case):
    return (f"To see the full case history and reply, please sign in to the AWS Support Center:\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en\n\n"
            "We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
            "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def console_footer_ja(case):
    return (f"ケースの履歴の確認やご返信は、AWS サポートセンターから行ってください。\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja\n\n"
            "お客様のご意見をお待ちしております。AWS サポートセンターで、この回答の右上にある星をクリックして評価をお願いいたします。\n\n"
            "※このメールアドレスは送信専用のため、ご返信いただいても受け付けることができません。同じ件で再度お問い合わせいただく場合は、上記のリンクをご利用ください。\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


# ================================================================= T1 Daniel (Gmail, form case)
T1_OPEN = d("2025-05-26 07:41:12")
C1 = case15(T1_OPEN)
A1_KEEP, A1_OLD = "AWS03817264", "AWS05529018"
SIG_RAHUL = "Best regards,\n\nRahul M.\nAmazon Web Services\nTraining and Certification Customer Support"

t = f"""Hello,

Thanks for getting in touch with AWS Training and Certification. This note is to let you know that your request has been logged under case {C1}.

A member of our team will look at what you sent and get back to you, normally within 24 hours. There is no need to open another case for the same request - if you have something to add, reply to this message and it will be attached to the existing case.

Summary of your submission
--------------------------
Case ID: {C1}
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: {A1_KEEP}
Description: I have two certification accounts ({A1_KEEP} and {A1_OLD}) because I registered a second one with my work e-mail by mistake. I would like them combined into one.

Regards,
AWS Training and Certification
"""
h = html_page(txt2html(t))
aws("aws-form-whitaker-a", "case_created", "en", C1, [A1_KEEP, A1_OLD], True, FORM, DAN,
    f"[CASE {C1}] {FORM_SUBJ_EN}", T1_OPEN + timedelta(seconds=31),
    alt(leaf(t), leaf(h, "html")), [t], "gmail")

T1_R1 = d("2025-05-27 14:03:19")
t = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I can see both candidate profiles you mentioned:

 - {A1_KEEP} (registered with dan.whitaker.dev@gmail.com)
 - {A1_OLD} (registered with daniel.whitaker@lumencrest.io)

Before I set anything up, could you tell me which of the two you would like to keep going forward? The one you keep will hold your full exam history, certifications and benefits, and you will sign in with its e-mail address afterwards. The other one will no longer be accessible.

Please reply to this e-mail with the candidate ID you wish to keep.

{SIG_RAHUL}
"""
aws("aws-form-whitaker-b", "support_reply", "en", C1, [A1_KEEP, A1_OLD], True, FORM, DAN,
    f"RE:[CASE {C1}] {FORM_SUBJ_EN}", T1_R1, leaf(t), [t], "gmail")

T1_U1 = d("2025-05-27 23:20:41")
user1 = f"Hi Rahul,\n\nPlease keep {A1_KEEP}, that's the one with my Solutions Architect Associate.\n\nThanks,\nDan"
T1_R2 = d("2025-05-28 06:12:05")
new = f"""Hello Daniel,

Thank you for letting me know. Here is exactly what will happen, so please read it carefully:

Account to be kept: {A1_KEEP} (dan.whitaker.dev@gmail.com)
Account that will be merged into it: {A1_OLD} (daniel.whitaker@lumencrest.io)

After the merge, the exam history, certifications and any unused benefits from {A1_OLD} will appear under {A1_KEEP}, and {A1_OLD} will be deactivated. This cannot be reversed once it is done.

If the above is correct, please reply to this e-mail confirming that you would like us to go ahead. We will not make any change until we hear from you.

{SIG_RAHUL}
"""
quoted = gmail_en_head(T1_U1, *DAN) + "\n" + q(user1)
hb = txt2html(new) + f'\n<div class="gmail_quote">{txt2html(gmail_en_head(T1_U1, *DAN))}<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{txt2html(user1)}</blockquote></div>'
aws("aws-form-whitaker-c", "merge_confirmation_requested", "en", C1, [A1_KEEP, A1_OLD], True, FORM, DAN,
    f"RE: [CASE {C1}] {FORM_SUBJ_EN}", T1_R2, leaf(html_page(hb), "html"), [new], "gmail")
REQ1 = new

T1_U2 = d("2025-05-28 15:40:10")
user2 = "The details are correct. Please proceed with the merge.\n\nDan"
T1_R3 = d("2025-05-28 21:31:44")
new = f"""Hello Daniel,

Thanks for confirming. I've handed this over to our certification operations team and the merge of {A1_OLD} into {A1_KEEP} is now under way. It usually takes between one and three business days; I'll write again as soon as it has been finished. You don't need to do anything in the meantime, and please don't open a new case for this.

{SIG_RAHUL}
"""
quoted = gmail_en_head(T1_U2, *DAN) + "\n" + q(user2 + "\n\n" + gmail_en_head(T1_R2, *FORM) + "\n" + q(REQ1))
t = new + "\n" + quoted + "\n"
aws("aws-form-whitaker-d", "support_reply", "en", C1, [A1_KEEP, A1_OLD], True, FORM, DAN,
    f"RE:[CASE {C1}] {FORM_SUBJ_EN}", T1_R3, leaf(t), [new], "gmail")

T1_R4 = d("2025-05-29 17:48:02")
new_t = f"""Hello Daniel,

Good news: your certification profiles are now one. Everything that was on the second profile - exams, certifications and your unused 50% exam discount - now sits under {A1_KEEP}, and the profile created with your work address has been retired.

Credly badges can take up to 48 hours to show up on the Credly account linked to dan.whitaker.dev@gmail.com.

{SIG_RAHUL}
"""
new_h = f"""<p>Hello Daniel,</p>
<p>Good news: your certification profiles are now one. Everything that was on the second profile now sits under <b>{A1_KEEP}</b>, and the profile created with your work address has been retired.</p>
<p><b>What to check now</b></p>
<ul><li>Sign in to CertMetrics with dan.whitaker.dev@gmail.com and open <i>Certifications</i>: all of your certifications should be listed.</li>
<li>Under <i>Benefits</i>, your unused 50% exam discount should be available.</li>
<li>Credly badges can take up to 48 hours to appear.</li></ul>
<p>Best regards,<br><br>Rahul M.<br>Amazon Web Services<br>Training and Certification Customer Support</p>"""
qtxt = gmail_en_head(T1_U2, *DAN) + "\n" + q(user2 + "\n\n" + gmail_en_head(T1_R2, *FORM) + "\n" + q(REQ1))
qhtml = f'<div class="gmail_quote"><blockquote>{txt2html(qtxt)}</blockquote></div>'
aws("aws-form-whitaker-e", "merge_completed", "en", C1, [A1_KEEP], True, FORM, DAN,
    f"RE:[CASE {C1}] {FORM_SUBJ_EN}", T1_R4,
    alt(leaf(new_t + "\n" + qtxt + "\n"), leaf(html_page(new_h + "\n<hr>\n" + qhtml), "html")), [new_t, strip_html(new_h)], "gmail")

T1_S = d("2025-05-29 17:49:30")
t = f"""How did we do?

Your case {C1} has been marked as resolved.

Was your issue resolved?
YES: https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={C1}&r=1
NO:  https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={C1}&r=0

How would you rate the agent who helped you (Rahul M.)? It takes less than a minute, and every answer is read by our team.

AWS Training and Certification
This is an automated message. Please do not reply.
"""
hb = f"""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<h2 style="color:#232f3e">How did we do?</h2>
<p>Your case <b>{C1}</b> has been marked as resolved.</p>
<p>Was your issue resolved?</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_x?case={C1}&amp;r=1" style="background:#ff9900;color:#fff;padding:8px 24px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_x?case={C1}&amp;r=0" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">NO</a></p>
<p>How would you rate the agent who helped you (Rahul M.)? It takes less than a minute.</p>
<p style="font-size:11px;color:#687078">AWS Training and Certification &middot; This is an automated message. Please do not reply.</p>
</td></tr></table>"""
aws("aws-tc-whitaker", "survey", "en", C1, [], True, ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), DAN,
    f"How did we do? Case {C1}", T1_S, alt(leaf(t), leaf(html_page(hb), "html")), [t], "gmail")

T1_C = d("2025-05-30 03:15:11")
t = """Daniel, you've earned a badge

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect – Associate

Accept your badge to share it on LinkedIn, add it to your e-mail signature or embed it on your website:
https://www.credly.com/badges/{}/accept

Why am I getting this? This badge was issued to dan.whitaker.dev@gmail.com. If you already have a Credly account under a different e-mail address, you can add this address to it before accepting.

Credly, 13601 Preston Road, Suite W500, Dallas, TX 75240
Unsubscribe: https://www.credly.com/notification_preferences
""".format(uuid.UUID(int=R.getrandbits(128), version=4))
hb = txt2html(t).replace("<p>AWS Certified Solutions Architect – Associate</p>",
                         '<p style="font-size:20px;font-weight:bold">AWS Certified Solutions Architect – Associate</p><p><a href="https://www.credly.com/badges/x/accept" style="background:#ff5f00;color:#fff;padding:10px 30px">Accept your badge</a></p>')
csnd = credly_sender()
mail("credly-whitaker", "credly_badge_issued", "en", None, [], True, frm=CREDLY_AWS, to=DAN,
     subject="Daniel, you've earned a badge from Amazon Web Services Training and Certification", date=T1_C,
     body=alt(leaf(t), leaf(html_page(hb), "html")), new=[t], provider="gmail", snd=csnd, from_domain="credly.com",
     msgid=f"<{rhex(24)}_{R.randint(100, 999)}@{csnd.host}>")

# ================================================================= T2 佐藤 (nifty, form case, Japanese)
T2_OPEN = d("2025-08-18 01:22:05")
C2 = case15(T2_OPEN)
A2_KEEP, A2_OLD = "AWS02294731", "AWS06610385"

t = f"""佐藤 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。

ケース番号: {C2}
お問い合わせの種類: 認定
詳細: アカウントの統合

同じ内容で新しくお問い合わせを作成されますと、ご回答が遅れる場合がございます。追加の情報がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
aws("aws-form-sato-a", "case_created", "ja", C2, [], True, FORM, SATO,
    f"[CASE {C2}] {FORM_SUBJ_JA}", T2_OPEN + timedelta(seconds=44), leaf(t, cte="base64", crlf=True), [t], "mx.nifty.com")

T2_R1 = d("2025-08-19 05:40:12")
REQ2 = f"""佐藤 健太 様

AWS トレーニングと認定カスタマーサポートの山口でございます。
お問い合わせいただいた認定アカウントの統合につきまして、作業の前に以下の内容をご確認ください。

■統合先（今後ご利用いただくアカウント）
　{A2_KEEP}（k-sato.8812@nifty.com）
■統合元（統合後に無効となるアカウント）
　{A2_OLD}（kenta.sato@shinwa-tech.co.jp）

統合元アカウントの受験履歴、認定資格、特典は統合先アカウントへ移されます。
なお、統合は一度実施いたしますと元に戻すことができません。

上記の内容でよろしければ、本メールへのご返信にて統合の実施にご同意いただけますでしょうか。
ご返信をいただいた後に作業を開始いたします。

どうぞよろしくお願いいたします。

山口
アマゾン ウェブ サービス トレーニングと認定
"""
aws("aws-form-sato-b", "merge_confirmation_requested", "ja", C2, [A2_KEEP, A2_OLD], True, FORM, SATO,
    f"RE:[CASE {C2}] {FORM_SUBJ_JA}", T2_R1, leaf(REQ2), [REQ2], "mx.nifty.com",
    extra_ar=["mx-in.mail.nifty.com; spf=none smtp.helo=" + ses_host(R.choice(SES_IPS))])

T2_R2 = d("2025-08-22 03:10:40")
new = f"""佐藤 健太 様

先日ご案内いたしました認定アカウント統合の件で、まだご返信を確認できておりませんでしたので、再度ご連絡いたしました。

　残すアカウント　　　：{A2_KEEP}
　統合されるアカウント：{A2_OLD}

この内容で統合を進めてよろしいか、ご確認のうえご返信をお願いいたします。統合後は元に戻せませんので、念のためご注意ください。
ご返信をいただくまで、作業は行いません。

山口
アマゾン ウェブ サービス トレーニングと認定
"""
t = new + "\n\n" + q(REQ2) + "\n"
aws("aws-form-sato-c", "merge_confirmation_requested", "ja", C2, [A2_KEEP, A2_OLD], True, FORM, SATO,
    f"RE:[CASE {C2}] {FORM_SUBJ_JA}", T2_R2, leaf(t, charset="iso-2022-jp", cte="7bit"), [new], "mx.nifty.com",
    subj_charset="iso-2022-jp")

T2_U = d("2025-08-22 04:55:03")
user_sato = "山口様\n\nご連絡ありがとうございます。返信が遅くなり申し訳ありません。\n内容に相違ありません。統合をお願いいたします。\n\n佐藤"
T2_R3 = d("2025-08-25 08:05:27")
new = f"""佐藤 健太 様

お待たせいたしました。ご同意いただいた内容にて、認定アカウントの統合が完了しました。
{A2_OLD} の受験履歴および認定資格は、{A2_KEEP} に移行されております。今後は k-sato.8812@nifty.com で CertMetrics にサインインしてください。

Credly のデジタルバッジは、反映まで最大で 2 営業日ほどかかる場合がございます。
その他ご不明な点がございましたら、お気軽にお問い合わせください。

山口
アマゾン ウェブ サービス トレーニングと認定
"""
qt = ("----- 元のメッセージ -----\n差出人: 佐藤 健太 <k-sato.8812@nifty.com>\n送信日時: 2025年8月22日 13:55\n"
      f"件名: Re: RE:[CASE {C2}] {FORM_SUBJ_JA}\n\n" + user_sato)
t = new + "\n" + qt + "\n"
aws("aws-form-sato-d", "merge_completed", "ja", C2, [A2_KEEP, A2_OLD], True, FORM, SATO,
    f"RE:[CASE {C2}] {FORM_SUBJ_JA}", T2_R3, alt(leaf(t), leaf(html_page(txt2html(new) + "<hr>" + txt2html(qt), "ja"), "html")),
    [new], "mx.nifty.com")

T2_S = d("2025-08-25 08:06:51")
t = f"""佐藤 健太 様

ケース {C2} はクローズされました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間 1 分程度）。

問題は解決しましたか？
　はい：https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?lang=JA&case={C2}&r=1
　いいえ：https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?lang=JA&case={C2}&r=0

担当者の対応はいかがでしたか？ 5 段階で評価してください。

本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。
AWS トレーニングと認定
"""
aws("aws-tc-sato", "survey", "ja", C2, [], True, ("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), SATO,
    f"アンケートご協力のお願い（ケース {C2}）", T2_S, leaf(html_page(txt2html(t), "ja"), "html", cte="base64"), [t], "mx.nifty.com")

# ================================================================= T3 Priya (outlook.com, console case)
T3_OPEN = d("2025-10-06 15:02:41")
C3 = case15(T3_OPEN)
A3_KEEP, A3_OLD = "AWS04471920", "AWS07308815"
T3_SUBJ = "Merge two certification candidate accounts"
t = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {C3} to address your issue.

The details of your case are as follows:

Case ID: {C3}
Subject: {T3_SUBJ}
Severity: General guidance
Correspondence: Hi, I passed Cloud Practitioner under one certification account and Developer Associate under another. I'd like both in one place. The IDs are aws04471920 and AWS 07308815. Thanks, Priya

You can view the details of this case and reply in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws("aws-console-raman-a", "case_created", "en", C3, [A3_KEEP, A3_OLD], True, CONSOLE, PRIYA,
    f"Amazon Web Services: You have opened a new Support case: {C3}", T3_OPEN + timedelta(seconds=12),
    leaf(t, cte="7bit", label="UTF-8"), [t], "outlook")

T3_N = d("2025-10-07 09:14:20")
t = f"""Dear Customer,

A new correspondence has been added to your support case {C3}.

To view the reply and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
mid = ses_msgid(T3_N)
mail("aws-console-raman-b", "support_reply", "en", C3, [], None, frm=CONSOLE, to=PRIYA,
     subject=f"[Case {C3}] New correspondence added", date=T3_N, body=leaf(t), new=[t],
     snd=ses_sender(mid), msgid=f"<{mid}@email.amazonses.com>",
     plain_trace=[f"Return-Path: <{mid}@amazonses.com>",
                  f"Received: from outlook.office365.com [40.99.{R.randint(1, 250)}.{R.randint(1, 250)}]\n\tby nas.raman-home.lan with IMAP (fetchmail-6.4.38)\n\tfor <priya@nas.raman-home.lan> (single-drop); {format_datetime(T3_N + timedelta(minutes=7))}"])

T3_R1 = d("2025-10-07 09:14:18")
t = f"""Hello Priya,

Thank you for contacting AWS Training and Certification support. I'm happy to help you get your certification history into a single account.

I located the two candidate accounts below:

  {A3_KEEP}
  {A3_OLD}

Before we can confirm the merge with you, we need a little more information so that we can verify that you own both accounts:

  1. The e-mail address used to sign in to each account
  2. The notification (contact) e-mail on each account, if different
  3. Your full name exactly as it appears on your exam records

Once we have these details, I'll send you a summary of the proposed merge for your approval. Nothing will be changed before then.

Best regards,
Jorge A.
Amazon Web Services

{console_footer_en(C3)}
"""
aws("aws-console-raman-c", "support_reply", "en", C3, [A3_KEEP, A3_OLD], True, CONSOLE, PRIYA,
    f"RE:[CASE {C3}] {T3_SUBJ}", T3_R1, leaf(t), [t], "outlook")

T3_R2 = d("2025-10-08 11:52:37")
hb = f"""<p>Hello Priya,</p>
<p>Thank you for sending the details. I have verified both accounts. Please review the proposed merge below carefully:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>Role</th><th>Candidate ID</th><th>Sign-in e-mail</th><th>Certifications</th></tr>
<tr><td>Primary (kept)</td><td>{A3_KEEP}</td><td>priya.raman@outlook.com</td><td>AWS Certified Cloud Practitioner</td></tr>
<tr><td>Secondary (merged, then closed)</td><td>{A3_OLD}</td><td>p.raman@quillstone.com</td><td>AWS Certified Developer &ndash; Associate</td></tr>
</table>
<p>After the merge you will sign in with <b>priya.raman@outlook.com</b> only. A merge is permanent and cannot be undone.</p>
<p>If you agree, please reply to this case in the Support Center with <b>&quot;I confirm the merge&quot;</b>. We will wait for your answer before doing anything.</p>
<p>Best regards,<br>Jorge A.<br>Amazon Web Services</p>
<hr>
{txt2html(console_footer_en(C3))}"""
aws("aws-console-raman-d", "merge_confirmation_requested", "en", C3, [A3_KEEP, A3_OLD], True, CONSOLE, PRIYA,
    f"RE:[CASE {C3}] {T3_SUBJ}", T3_R2, leaf(html_page(hb), "html"), [strip_html(hb)], "outlook")

T3_R3 = d("2025-10-10 16:27:09")
new = f"""Hello Priya,

I'm writing to let you know that your Developer - Associate certification and its exam history now appear under {A3_KEEP}, and the secondary profile has been deactivated. You can sign in to CertMetrics with priya.raman@outlook.com to check.

As this completes your request, I'm marking the case as resolved. If you were happy with the help you received, please take a moment to rate this correspondence in the Support Center.

Best regards,
Jorge A.
Amazon Web Services
"""
t = new + "\n" + console_footer_en(C3) + "\n"
aws("aws-console-raman-e", "merge_completed", "en", C3, [A3_KEEP], True, CONSOLE, PRIYA,
    f"RE:[CASE {C3}] {T3_SUBJ}", T3_R3, alt(leaf(t), leaf(html_page(txt2html(t)), "html")), [new], "outlook")

# ================================================================= T4 田中 (Gmail, console case in Japanese)
T4_OPEN = d("2025-11-12 00:47:30")
C4 = case15(T4_OPEN)
A4_KEEP, A4_OLD = "AWS01958372", "AWS06042217"
T4_SUBJ = "認定アカウントを1つにまとめたい"
t = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、新しいケース {C4} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {C4}
件名: {T4_SUBJ}
重要度: 一般的なガイダンス

ケースの詳細の確認や返信は、AWS サポートセンターから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=ja

アマゾン ウェブ サービスをご利用いただきありがとうございます。

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
aws("aws-console-tanaka-a", "case_created", "ja", C4, [], True, CONSOLE, TANAKA,
    f"Amazon Web Services: 新しいサポートケースを作成しました: {C4}", T4_OPEN + timedelta(seconds=9),
    leaf(t, cte="base64"), [t], "gmail")

T4_R1 = d("2025-11-13 02:31:55")
REQ4 = f"""田中 美咲 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定サポートの石川です。

お知らせいただいた 2 つの受験者アカウントを統合する準備が整いました。実施の前に、以下の内容に誤りがないかご確認をお願いいたします。

・残すアカウント　　　：{A4_KEEP}（misaki.tanaka.0421@gmail.com）
・統合されるアカウント：{A4_OLD}（m-tanaka@aozora-net.co.jp）

統合されるアカウントの認定と受験履歴は、残すアカウントにまとめられます。この操作は取り消すことができません。

内容に問題がなければ、サポートセンターから「統合に同意します」とご返信ください。

よろしくお願いいたします。
石川
アマゾン ウェブ サービス
"""
t = REQ4 + "\n" + console_footer_ja(C4) + "\n"
aws("aws-console-tanaka-b", "merge_confirmation_requested", "ja", C4, [A4_KEEP, A4_OLD], True, CONSOLE, TANAKA,
    f"RE:[CASE {C4}] {T4_SUBJ}", T4_R1, leaf(t, charset="Shift_JIS", cte="8bit"), [t], "gmail")

T4_R2 = d("2025-11-13 23:08:14")
new = f"""田中 美咲 様

ご確認いただきありがとうございます。いただいたご回答に基づき、これより {A4_OLD} を {A4_KEEP} に統合する手続きに入らせていただきます。
作業が終わりましたら改めてご連絡いたしますので、今しばらくお待ちください。

石川
アマゾン ウェブ サービス
"""
t = new + "\n" + console_footer_ja(C4) + "\n"
aws("aws-console-tanaka-c", "support_reply", "ja", C4, [A4_KEEP, A4_OLD], True, CONSOLE, TANAKA,
    f"RE:[CASE {C4}] {T4_SUBJ}", T4_R2, leaf(t), [t], "gmail")

T4_R3 = d("2025-11-15 06:44:02")
new = f"""田中 美咲 様

お待たせいたしました。以前のアカウントに登録されていた認定資格と受験履歴を、ご利用中のアカウント（{A4_KEEP}）へ移行いたしました。
以前のアカウントは今後ご利用いただけません。CertMetrics にサインインのうえ、認定資格と特典が表示されていることをご確認ください。

ほかにご不明な点がございましたら、このケースにご返信ください。

石川
アマゾン ウェブ サービス
"""
t = new + "\n" + console_footer_ja(C4) + "\n"
aws("aws-console-tanaka-d", "merge_completed", "ja", C4, [A4_KEEP], True, CONSOLE, TANAKA,
    f"RE:[CASE {C4}] {T4_SUBJ}", T4_R3, leaf(t, cte="base64", crlf=True), [t], "gmail")

# ================================================================= T5 Marcus (Microsoft 365, form case, 11-digit)
C5 = "12873064519"
A5_OLD, A5_KEEP = "AWS00918273", "AWS03365190"
T5_R1 = d("2025-03-11 18:26:40")
REQ5 = f"""Hi Marcus,

Thanks for your patience. To sum up the change you asked for:

    {A5_OLD}  -->  {A5_KEEP}

i.e. the account on the left (your old university e-mail) gets folded into the account on the right (northwind-analytics.com), which is the one you'll keep using. Certifications, exam history and any remaining voucher benefits travel with it; the left-hand account is closed afterwards.

Heads-up: we can't split accounts again once this is done.

Could you reply and let me know that this is right and that you want us to go ahead?

Cheers,
Kristen
AWS Training & Certification Support
"""
aws("aws-form-feld-a", "merge_confirmation_requested", "en", C5, [A5_OLD, A5_KEEP], True, FORM, MARCUS,
    f"RE:[CASE {C5}] {FORM_SUBJ_EN}", T5_R1, leaf(REQ5), [REQ5], "outlook")

T5_R2 = d("2025-03-17 15:02:11")
new = f"""Hi Marcus,

I'm following up on my message from 11 March about your two candidate accounts ({A5_OLD} and {A5_KEEP}). We haven't had a reply yet - do you still need help with this?

If so, just reply to this e-mail. If we don't hear from you within the next 5 business days, we'll assume the request is no longer needed and close the case.

Cheers,
Kristen
AWS Training & Certification Support
"""
t = new + "\n" + outlook_block(T5_R1, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                "Marcus Feld <marcus.feld@northwind-analytics.com>", f"RE:[CASE {C5}] {FORM_SUBJ_EN}") + "\n" + REQ5
aws("aws-form-feld-b", "support_reply", "en", C5, [A5_OLD, A5_KEEP], True, FORM, MARCUS,
    f"RE:[CASE {C5}] {FORM_SUBJ_EN}", T5_R2, leaf(t), [new], "outlook")

T5_S = d("2025-03-24 15:10:58")
t = f"""Hi Marcus,

As we haven't heard back from you, case {C5} is now closed. No changes were made to your candidate accounts.

If you would still like to go ahead, simply reply to this message within 14 days and the case will be reopened automatically.

We'd love to hear how we did. Please take our 2-minute survey:
https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={C5}

Kind regards,
AWS Training & Certification Support
"""
aws("aws-form-feld-c", "survey", "en", C5, [], True, FORM, MARCUS,
    f"RE:[CASE {C5}] {FORM_SUBJ_EN} - Case closed", T5_S, leaf(html_page(txt2html(t)), "html"), [t], "outlook")

# ================================================================= T6 Sofia (Gmail, form case, terse)
T6_OPEN = d("2026-01-20 10:15:00")
C6 = case15(T6_OPEN)
A6_P, A6_S = "AWS05183640", "AWS08827311"
T6_R1 = d("2026-01-21 13:40:22")
REQ6 = f"""Hi Sofia,

Please confirm the following merge:

Primary: {A6_P} – keep
Secondary: {A6_S} – will be merged into Primary and closed

Merges can’t be undone. Reply “confirm” to proceed.

Thanks,
Aisha
AWS T&C Support
"""
aws("aws-form-lindqvist-a", "merge_confirmation_requested", "en", C6, [A6_P, A6_S], True, FORM, SOFIA,
    f"RE:[CASE {C6}] {FORM_SUBJ_EN}", T6_R1, leaf(REQ6, cte="8bit", label="us-ascii"), [REQ6], "gmail")

T6_R2 = d("2026-01-23 14:02:51")
new = f"""Hi Sofia,

Just a reminder that we're still waiting for your go-ahead on the request below before anything is changed.

Primary (stays): {A6_P}
Secondary (merged into primary): {A6_S}

Reply with "confirm" and we'll take it from there.

Thanks,
Aisha
AWS T&C Support
"""
t = new + "\n----- Original message -----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: 21 January 2026 13:40\n\n" + REQ6.replace("–", "-").replace("’", "'").replace("“", '"').replace("”", '"')
mid = ses_msgid(T6_R2)
mail("aws-form-lindqvist-b", "merge_confirmation_requested", "en", C6, [A6_P, A6_S], None, frm=FORM, to=SOFIA,
     subject=f"RE:[CASE {C6}] {FORM_SUBJ_EN} - Reminder", date=T6_R2, body=leaf(t), new=[new],
     snd=ses_sender(mid), msgid=f"<{mid}@email.amazonses.com>",
     plain_trace=[f"X-Forwarded-For: sofia.lindqvist@gmail.com sofia@lindqvist-archive.se",
                  f"Received: from mail-archive.lindqvist-archive.se (localhost [127.0.0.1])\n\tby mail-archive.lindqvist-archive.se (Dovecot) with LMTP id {ralnum(22)}\n\tfor <sofia@lindqvist-archive.se>; {format_datetime(T6_R2 + timedelta(minutes=4))}"])

T6_R0 = d("2026-01-21 09:12:06")
new = f"""Hej Sofia - sorry, replying in English!

Thank you for contacting AWS Training and Certification about case {C6}.

Before we can confirm the merge we need one more thing from you: the e-mail address that is registered on {A6_S}. The address you gave in the form (sofia@lindqvist-consulting.se) doesn't match either of the accounts we found, so we can't verify ownership yet.

As soon as we have it, we'll send you the merge details to approve.

Thanks,
Aisha
AWS T&C Support
"""
aws("aws-form-lindqvist-0", "support_reply", "en", C6, [A6_S], True, FORM, SOFIA,
    f"RE:[CASE {C6}] {FORM_SUBJ_EN}", T6_R0, alt(leaf(new), leaf(html_page(txt2html(new)), "html")), [new], "gmail")

# ================================================================= T7 山本 (biglobe, form case)
T7_OPEN = d("2025-07-02 05:30:10")
C7 = case15(T7_OPEN)
A7_KEEP, A7_OLD = "AWS03140592", "AWS07781026"
T7_R1 = d("2025-07-03 02:18:44")
t = f"""山本 大輔 様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの森と申します。

アカウントの統合をご希望とのこと、承知いたしました。ご本人確認のため、お手数ですが以下の情報をお知らせいただけますでしょうか。

1. 各アカウントのサインイン用メールアドレス
　- {A7_KEEP}
　- AWS-07781026
2. 各アカウントの通知先メールアドレス（サインイン用と異なる場合）
3. 統合後に残したいアカウント

いただいた情報をもとに、統合内容をご案内いたします。

森
アマゾン ウェブ サービス トレーニングと認定
"""
aws("aws-form-yamamoto-a", "support_reply", "ja", C7, [A7_KEEP, A7_OLD], True, FORM, YAMAMOTO,
    f"RE:[CASE {C7}] {FORM_SUBJ_JA}", T7_R1, leaf(t, cte="8bit", label="iso-8859-1"), [t], "biglobe.ne.jp")

T7_U1 = d("2025-07-03 09:20:31")
user_y = ("森様\n\nご連絡ありがとうございます。\n"
          f"1. {A7_KEEP}: daisuke.yamamoto@mua.biglobe.ne.jp / aws-07781026: d.yamamoto@kaede-soft.jp\n"
          "2. どちらもサインイン用と同じです\n"
          f"3. {A7_KEEP} を残したいです\n\nよろしくお願いします。\n山本")
T7_R2 = d("2025-07-04 01:05:17")
new = f"""山本 大輔 様

ご回答ありがとうございます。いただいた情報をもとに、以下のとおり統合を行う予定です。

- 統合先（残るアカウント）: {A7_KEEP} / daisuke.yamamoto@mua.biglobe.ne.jp
- 統合元（統合されるアカウント）: aws-07781026 / d.yamamoto@kaede-soft.jp

統合元の認定・受験履歴・バウチャー等の特典は統合先に引き継がれ、統合元は閉鎖されます。統合後に取り消すことはできませんので、ご注意ください。

この内容で進めてよろしいでしょうか。問題がなければ、本メールにご返信ください。

森
アマゾン ウェブ サービス トレーニングと認定
"""
REQ7 = new
qt = gmail_ja_head(T7_U1, *YAMAMOTO) + "\n" + q(user_y)
aws("aws-form-yamamoto-b", "merge_confirmation_requested", "ja", C7, [A7_KEEP, A7_OLD], True, FORM, YAMAMOTO,
    f"RE:[CASE {C7}] {FORM_SUBJ_JA}", T7_R2,
    alt(leaf(new + "\n" + qt + "\n"), leaf(html_page(txt2html(new) + "<blockquote>" + txt2html(qt) + "</blockquote>", "ja"), "html")),
    [new], "biglobe.ne.jp")

T7_U2 = d("2025-07-04 12:47:09")
T7_R3 = d("2025-07-05 00:33:48")
new = """山本 大輔 様

ご確認のご返信をありがとうございます。統合の担当チームに作業を依頼いたしました。
統合が完了しましたら、あらためてご連絡いたします。あわせて、Credly のバッジも残るアカウントのメールアドレス宛てに再発行される予定です。
通常 1〜3 営業日ほどお時間をいただいております。

森
アマゾン ウェブ サービス トレーニングと認定
"""
qt = gmail_ja_head(T7_U2, *YAMAMOTO) + "\n" + q("森様\n\n上記の内容で問題ありません。統合をお願いします。\n\n山本\n\n" + gmail_ja_head(T7_R2, *FORM) + "\n" + q(REQ7))
t = new + "\n" + qt + "\n"
aws("aws-form-yamamoto-c", "support_reply", "ja", C7, [], True, FORM, YAMAMOTO,
    f"RE:[CASE {C7}] {FORM_SUBJ_JA}", T7_R3, leaf(t), [new], "biglobe.ne.jp")

T7_R4 = d("2025-07-07 04:12:30")
new = f"""山本 大輔 様

統合作業が終わりましたのでご報告いたします。
aws-07781026 の認定資格と受験履歴は {A7_KEEP} に引き継がれ、aws-07781026 は閉鎖されました。CertMetrics には daisuke.yamamoto@mua.biglobe.ne.jp でサインインしてください。

本件はこれにてクローズとさせていただきます。よろしければ、今回の対応についてアンケートにご協力ください。
https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?lang=JA&case={C7}

森
アマゾン ウェブ サービス トレーニングと認定
"""
aws("aws-form-yamamoto-d", "merge_completed", "ja", C7, [A7_KEEP, A7_OLD], True, FORM, YAMAMOTO,
    f"RE:[CASE {C7}] {FORM_SUBJ_JA}", T7_R4, leaf(new, cte="base64"), [new], "biglobe.ne.jp")

# ================================================================= T8 小林 (Microsoft 365 JP, form case)
T8_OPEN = d("2026-02-03 02:11:45")
C8 = case15(T8_OPEN)
A8_KEEP, A8_OLD = "AWS02750318", "AWS09163027"
T8_R1 = d("2026-02-04 06:20:03")
t = f"""小林 由紀 様

お問い合わせいただきありがとうございます。
{A8_KEEP} と {A8_OLD} の統合についてご依頼を承りました。

統合内容のご確認をお願いする前に、次の点についてお知らせください。
・今後お使いになるのはどちらのアカウントでしょうか
・{A8_OLD} に登録されているメールアドレス（現在ご利用いただけない場合はその旨）
・統合をご希望される理由（会社のメールアドレスから個人のメールアドレスへの移行など）

上記を確認でき次第、統合内容をご案内いたします。

AWS トレーニングと認定 カスタマーサポート
"""
aws("aws-form-kobayashi-a", "support_reply", "ja", C8, [A8_KEEP, A8_OLD], True, FORM, KOBAYASHI,
    f"RE:[CASE {C8}] {FORM_SUBJ_JA}", T8_R1, alt(leaf(t), leaf(html_page(txt2html(t), "ja"), "html")), [t], "outlook")

T8_R2 = d("2026-02-05 08:47:36")
hb = f"""<div style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<p>小林 由紀 様</p>
<p>ご回答いただきありがとうございます。<br>以下の内容で統合してよろしいか、ご確認をお願いいたします。</p>
<table border="1" cellpadding="8" cellspacing="0" style="border-collapse:collapse">
<tr><th style="background:#eaeded">区分</th><th style="background:#eaeded">受験者 ID</th><th style="background:#eaeded">メールアドレス</th></tr>
<tr><td>統合先アカウント（残ります）</td><td>{A8_KEEP}</td><td>yuki.kobayashi.home@gmail.com</td></tr>
<tr><td>統合元アカウント（無効になります）</td><td>{A8_OLD}</td><td>yuki.kobayashi@corp.hinode-sys.co.jp</td></tr>
</table>
<p>統合元アカウントで取得された認定資格および受験履歴は、統合先アカウントに移されます。<br>
<span style="color:#d13212">統合後に元の状態へ戻すことはできません。</span></p>
<p>内容に誤りがなければ、このメールに「同意します」とご返信ください。ご返信を確認してから作業を行います。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</div>"""
aws("aws-form-kobayashi-b", "merge_confirmation_requested", "ja", C8, [A8_KEEP, A8_OLD], True, FORM, KOBAYASHI,
    f"RE:[CASE {C8}] {FORM_SUBJ_JA}", T8_R2, leaf(html_page(hb, "ja"), "html", cte="base64"), [strip_html(hb)], "outlook")

# ================================================================= T9 Ethan (Fastmail, form case)
T9_OPEN = d("2025-12-09 19:05:33")
C9 = case15(T9_OPEN)
A9_KEEP, A9_OLD = "AWS06675104", "AWS02208839"
T9_R1 = d("2025-12-10 17:42:10")
REQ9_T = f"""Hello Ethan,

Please confirm that you want us to merge candidate ID {A9_OLD} into {A9_KEEP}.
{A9_KEEP} will remain active; {A9_OLD} will be closed. This is permanent.

Reply to this e-mail to confirm.

(This message is best viewed in HTML.)

Nadia
AWS Training and Certification
"""
hb = f"""<p>Hello Ethan,</p>
<p>Thanks for the information you sent. Below is a summary of the change we are ready to make. Please check it carefully:</p>
<div style="border:1px solid #d5dbdb;padding:12px;margin:12px 0;background:#fafafa">
<p style="margin:0"><b>FROM</b> (will be closed): {A9_OLD} &mdash; e.brooks@harborline-labs.com<br>
<b>TO</b> (remains active): {A9_KEEP} &mdash; ebrooks@fastmail.com</p></div>
<p>What moves across: AWS Certified Developer &ndash; Associate (DVA-C02), your exam history, and the unused 50% discount voucher.</p>
<p><b>Important:</b> once two candidate accounts have been merged, they cannot be separated again.</p>
<p>If this is correct, reply to this e-mail to confirm and we'll submit it to our operations team.</p>
<p>Nadia<br>AWS Training and Certification</p>"""
aws("aws-form-brooks-a", "merge_confirmation_requested", "en", C9, [A9_KEEP, A9_OLD], True, FORM, ETHAN,
    f"RE:[CASE {C9}] {FORM_SUBJ_EN}", T9_R1, alt(leaf(REQ9_T), leaf(html_page(hb), "html")), [REQ9_T, strip_html(hb)],
    "mx6.messagingengine.com")

T9_U = d("2025-12-10 20:03:55")
T9_R2 = d("2025-12-11 15:22:40")
new = """Hello Ethan,

Thank you for your reply. I've passed your request to the team that looks after candidate records. They are working through it now, and I'll update you here as soon as they've finished moving your records across.

No further action is needed from you in the meantime.

Nadia
AWS Training and Certification
"""
qt = gmail_en_head(T9_U, *ETHAN, tz=LA) + "\n" + q("Yes, that's correct - go ahead.\n\nEthan\n\n" + gmail_en_head(T9_R1, *FORM) + "\n" + q(REQ9_T))
t = new + "\n" + qt + "\n"
aws("aws-form-brooks-b", "support_reply", "en", C9, [], True, FORM, ETHAN,
    f"RE:[CASE {C9}] {FORM_SUBJ_EN}", T9_R2, leaf(t), [new], "mx6.messagingengine.com")

T9_R3 = d("2025-12-12 22:10:05")
new = f"""Hi Ethan,

All set. Your Developer - Associate certification and the exam history from your old ID now live under {A9_KEEP}, and the old ID can no longer be used to sign in. Do let us know if anything looks off in CertMetrics.

Nadia
AWS Training and Certification
"""
t = (new + "\n" + outlook_block(T9_R2, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                  "Ethan Brooks <ebrooks@fastmail.com>", f"RE:[CASE {C9}] {FORM_SUBJ_EN}") + "\n"
     + "Thank you for your reply. I've passed your request to the team that looks after candidate records.\n\n"
     + outlook_block(T9_R1, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                     "Ethan Brooks <ebrooks@fastmail.com>", f"RE:[CASE {C9}] {FORM_SUBJ_EN}") + "\n" + REQ9_T)
aws("aws-form-brooks-c", "merge_completed", "en", C9, [A9_KEEP], True, FORM, ETHAN,
    f"RE:[CASE {C9}] {FORM_SUBJ_EN}", T9_R3, leaf(t), [new], "mx6.messagingengine.com")

# ================================================================= T10 中村 (docomo, form case)
T10_OPEN = d("2025-09-22 06:40:00")
C10 = case15(T10_OPEN)
A10_KEEP, A10_OLD = "AWS04820193", "AWS01377465"
T10_R1 = d("2025-09-23 04:15:32")
REQ10 = f"""中村 翔 様

下記の統合でよろしいかご確認ください。

統合先：{A10_KEEP}
統合元：AWS 01377465
※統合後は元に戻せません。

問題なければ、このメールにご返信ください。

AWS トレーニングと認定 サポート
"""
aws("aws-form-nakamura-a", "merge_confirmation_requested", "ja", C10, [A10_KEEP, A10_OLD], True, FORM, NAKAMURA,
    f"RE:[CASE {C10}] {FORM_SUBJ_JA}", T10_R1, leaf(REQ10, charset="iso-2022-jp", cte="7bit"), [REQ10],
    "mfsmax.docomo.ne.jp", subj_charset="iso-2022-jp")

T10_U = d("2025-09-23 11:02:18")
user_n = "内容に間違いありません。よろしくお願いします。\n中村"
T10_R2 = d("2025-09-24 01:48:09")
new = """中村 翔 様

ご返信ありがとうございます。ご確認いただいた内容で統合を進めております。
統合が完了次第、改めてご連絡のうえ、本ケースをクローズいたします。完了までしばらくお待ちください。

AWS トレーニングと認定 サポート
"""
NEW10_2 = new
t = new + "\n" + q(user_n + "\n\n" + q(REQ10)) + "\n"
aws("aws-form-nakamura-b", "support_reply", "ja", C10, [], True, FORM, NAKAMURA,
    f"RE:[CASE {C10}] {FORM_SUBJ_JA}", T10_R2, leaf(t, charset="iso-2022-jp", cte="7bit"), [new],
    "mfsmax.docomo.ne.jp", subj_charset="iso-2022-jp")

T10_R3 = d("2025-09-26 07:31:50")
new = """中村 翔 様

大変お待たせいたしました。ご依頼いただいたアカウントの移行が終わりました。
以前のアカウントの認定資格と受験履歴は、すべて現在のアカウントでご確認いただけます。
今後はこちらのアカウントのみをご利用ください。

AWS トレーニングと認定 サポート
"""
t = new + "\n" + q(NEW10_2 + "\n\n" + q(user_n + "\n\n" + q(REQ10))) + "\n"
aws("aws-form-nakamura-c", "merge_completed", "ja", C10, [], True, FORM, NAKAMURA,
    f"RE:[CASE {C10}] {FORM_SUBJ_JA}", T10_R3, leaf(t, cte="base64", crlf=True), [new], "mfsmax.docomo.ne.jp")

# ================================================================= T11 Olivia (Yahoo, form case)
T11_OPEN = d("2026-03-04 16:20:00")
C11 = case15(T11_OPEN)
A11_KEEP, A11_OLD = "AWS07091846", "AWS03528770"
T11_R2 = d("2026-03-06 17:55:48")
t = f"""Hi Olivia,

Thank you very much for getting back to me so quickly, and for letting me know which account you would like to continue using. I have now reviewed both records and everything is in order, but because this change is permanent I need your explicit approval before I submit it.

Here is exactly what will happen:

Merge FROM: {A11_OLD} (olivia.chen@brightmarsh.com) - this account will be deactivated
Merge TO:   {A11_KEEP} (olivia.chen@yahoo.com) - this account will remain and will hold all of your history

Once the merge has been carried out:
 • your AWS Certified Cloud Practitioner and AWS Certified AI Practitioner will both appear on {A11_KEEP}
 • any unused exam discount (for example the 50% voucher) will move across as well
 • you will no longer be able to sign in with olivia.chen@brightmarsh.com

Please take a moment to double-check the e-mail addresses above. If everything looks right, simply reply to this message saying that you agree, and I'll pass it to our team straight away. If anything needs to change, let me know and I'll update the request.

Kind regards,
Tomasz
Amazon Web Services Training and Certification
"""
aws("aws-form-chen-b", "merge_confirmation_requested", "en", C11, [A11_KEEP, A11_OLD], True, FORM, OLIVIA,
    f"RE:[CASE {C11}] {FORM_SUBJ_EN}", T11_R2, leaf(t), [t], "atlas-production.v2.mail.yahoo.com")

# ================================================================= T12 伊藤 (iCloud, console case, Japanese)
T12_OPEN = d("2026-04-14 03:00:12")
C12 = case15(T12_OPEN)
A12_KEEP, A12_OLD, A12_X = "AWS05630281", "AWS08194467", "AWS02019583"
T12_SUBJ = "AWS認定アカウントの統合について"
T12_R1 = d("2026-04-15 01:36:20")
t = f"""伊藤 彩 様

AWS トレーニングと認定サポートの森です。お問い合わせありがとうございます。

お名前とご登録のメールアドレスで検索したところ、以下の受験者アカウントが見つかりました。

　{A12_KEEP}
　{A12_OLD}
　{A12_X}

このうち、統合後も残したいアカウントはどれでしょうか。あわせて、いずれもご本人様のアカウントでお間違いないかご確認ください。
ご回答をいただいた後、統合内容をご案内いたします。

森
アマゾン ウェブ サービス

{console_footer_ja(C12)}
"""
aws("aws-console-ito-a", "support_reply", "ja", C12, [A12_KEEP, A12_OLD, A12_X], True, CONSOLE, ITO,
    f"RE:[CASE {C12}] {T12_SUBJ}", T12_R1, leaf(t), [t], "dmarc.icloud.com")

T12_R2 = d("2026-04-16 02:09:41")
t = f"""伊藤 彩 様

ご回答ありがとうございます。以下の 3 つのアカウントを 1 つに統合いたします。

残すアカウント：
　{A12_KEEP}
統合されるアカウント：
　{A12_OLD}
　{A12_X}

統合されるアカウントの認定資格・受験履歴・特典は、すべて残すアカウントに移されます。統合は取り消すことができません。

よろしければ、サポートセンターから同意する旨をご返信ください。

森
アマゾン ウェブ サービス

{console_footer_ja(C12)}
"""
aws("aws-console-ito-b", "merge_confirmation_requested", "ja", C12, [A12_KEEP, A12_OLD, A12_X], True, CONSOLE, ITO,
    f"RE:[CASE {C12}] {T12_SUBJ}", T12_R2, leaf(t, cte="base64"), [t], "dmarc.icloud.com")

T12_U = d("2026-04-16 10:44:07")
user_ito = f"森様\n\nご確認ありがとうございます。\n{A12_X} は私のアカウントではないと思います。受験した覚えがありません。\n{A12_OLD} だけ統合してください。\n\n伊藤"
T12_R3 = d("2026-04-17 00:58:33")
new_t = f"""伊藤 彩 様

ご指摘ありがとうございます。ご本人様のものではないとのことですので、ご指摘のアカウントは対象から外しました。
統合内容は HTML 版でご確認ください。概要は次のとおりです：{A12_OLD} → {A12_KEEP}

森
アマゾン ウェブ サービス
"""
new_h = f"""<p>伊藤 彩 様</p>
<p>ご指摘ありがとうございます。ご本人様のものではないとのことですので、ご指摘のアカウントは対象から外しました。<br>改めて、以下の内容でよろしいかご確認ください。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td style="background:#f2f3f3">統合先（残す）</td><td>{A12_KEEP}</td></tr>
<tr><td style="background:#f2f3f3">統合元（統合される）</td><td>{A12_OLD}</td></tr>
</table>
<p>この操作は元に戻せません。問題がなければ、サポートセンターから「同意します」とご返信ください。</p>
<p>森<br>アマゾン ウェブ サービス</p>"""
qt = "お客様からのご返信:\n" + q(user_ito)
aws("aws-console-ito-c", "merge_confirmation_requested", "ja", C12, [A12_KEEP, A12_OLD], True, CONSOLE, ITO,
    f"RE:[CASE {C12}] {T12_SUBJ}", T12_R3,
    alt(leaf(new_t + "\n" + qt + "\n\n" + console_footer_ja(C12) + "\n"),
        leaf(html_page(new_h + "<hr>" + txt2html(qt) + txt2html(console_footer_ja(C12)), "ja"), "html")),
    [new_t, strip_html(new_h)], "dmarc.icloud.com")

# ================================================================= T13 鈴木 (Gmail, form case)
T13_OPEN = d("2025-06-10 23:58:20")
C13 = case15(T13_OPEN)
A13_KEEP, A13_OLD = "AWS04096625", "AWS07723190"
T13_R1 = d("2025-06-12 03:27:15")
REQ13 = f"""鈴木 亮 様

以下の内容で認定アカウントを統合いたします。

　残るアカウント：{A13_KEEP}
　統合されるアカウント：{A13_OLD}

統合後は元に戻すことができません。よろしければ本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
T13_R2 = d("2025-06-19 02:40:51")
new = """鈴木 亮 様

6月12日にお送りした統合内容のご確認について、その後いかがでしょうか。
引き続きサポートが必要でしたら、本メールにご返信ください。
7 日以内にご返信がない場合は、本ケースをクローズさせていただきます。

AWS トレーニングと認定 カスタマーサポート
"""
t = new + "\n--- 以前のメッセージ ---\n" + REQ13
aws("aws-form-suzuki-a", "support_reply", "ja", C13, [], True, FORM, SUZUKI,
    f"RE:[CASE {C13}] {FORM_SUBJ_JA}", T13_R2, leaf(t), [new], "gmail")

T13_S = d("2025-06-26 03:05:12")
t = f"""鈴木 亮 様

ケース {C13} はクローズされました。

ご返信をいただけなかったため、本ケースをクローズいたしました。アカウントへの変更は行っておりません。
再度お手続きをご希望の場合は、14 日以内にこのメールへご返信いただければケースが再開されます。

今回のサポートはいかがでしたか？ アンケートにご協力ください。
https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?lang=JA&case={C13}

AWS トレーニングと認定 カスタマーサポート
"""
aws("aws-form-suzuki-b", "survey", "ja", C13, [], True, FORM, SUZUKI,
    f"RE:[CASE {C13}] {FORM_SUBJ_JA} - ケースがクローズされました", T13_S, leaf(t, cte="base64"), [t], "gmail")

# ================================================================= Credly, after merge (Gmail, Tanaka)
T_CR2 = d("2025-11-16 09:02:44")
t = """Misaki, your badges have a new home

Following an update to your AWS Certification account, the badges below have been transferred to the Credly account for misaki.tanaka.0421@gmail.com:

  • AWS Certified Cloud Practitioner
  • AWS Certified Solutions Architect – Associate

They are ready for you. Accept them to keep sharing your achievements:
https://www.credly.com/earner/earned?accept=1

Not expecting this e-mail? Contact the issuer, Amazon Web Services Training and Certification.

Credly, 13601 Preston Road, Suite W500, Dallas, TX 75240
"""
csnd = credly_sender()
mail("credly-tanaka", "credly_badge_issued", "en", None, [], True, frm=CREDLY_AWS, to=TANAKA,
     subject="Your badges from Amazon Web Services Training and Certification are ready to accept", date=T_CR2,
     body=alt(leaf(t), leaf(html_page(txt2html(t)), "html")), new=[t], provider="gmail", snd=csnd, from_domain="credly.com",
     msgid=f"<{rhex(24)}_{R.randint(100, 999)}@{csnd.host}>")

# ================================================================= phishing
PH1 = d("2025-06-03 12:17:40")
fake1 = "174893102209817"
hb = f"""<table width="600" align="center"><tr><td style="background:#232f3e;padding:12px"><img src="https://aws-certify-merge.com/static/aws-logo.png" alt="aws" height="28"></td></tr>
<tr><td style="padding:20px">
<p>Dear Candidate,</p>
<p>We have received a request (case {fake1}) to merge certification account <b>{A1_OLD}</b> into <b>{A1_KEEP}</b>.</p>
<p>To protect your certifications, you must confirm this merge within <b>24 hours</b> by signing in with your AWS Certification credentials. If we do not receive your confirmation, both accounts will be suspended pending review.</p>
<p style="text-align:center"><a href="https://aws-certify-merge.com/verify?c={rhex(16)}" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">Confirm merge</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Team</p></td></tr></table>"""
snd = Sender("mail.aws-certify-merge.com", "185.214.10.77", "bounce@aws-certify-merge.com", ["aws-certify-merge.com"])
mail("aws-certify-merge-whitaker", "merge_confirmation_requested", "en", fake1, [A1_KEEP, A1_OLD], False,
     frm=("AWS Training & Certification", "certification-support@aws-certify-merge.com"), to=DAN,
     subject="Action required: confirm your AWS Certification account merge", date=PH1,
     body=leaf(html_page(hb), "html"), new=[strip_html(hb)], provider="gmail", snd=snd, from_domain="aws-certify-merge.com",
     msgid=f"<{rhex(20)}@aws-certify-merge.com>")

PH2 = d("2025-11-13 11:52:06")
fake2 = "176300114402281"
t = f"""田中 美咲 様

AWS トレーニングと認定です。ケース {fake2} に基づき、以下のアカウントの統合を実行いたします。

　残すアカウント：{A4_KEEP}
　統合されるアカウント：{A4_OLD}

統合に同意される場合は、48 時間以内に下記のリンクからサインインのうえ承認してください。承認が確認できない場合、両方のアカウントの認定資格が一時停止されます。

https://aws-training-jp.support-verify.top/merge/confirm?id={rhex(12)}

アマゾン ウェブ サービス トレーニングと認定
"""
snd = Sender("vps-4481.hostingcloud.example.net", "45.137.22.190", "www-data@vps-4481.hostingcloud.example.net", [])
mail("aws-form-tanaka-x", "merge_confirmation_requested", "ja", fake2, [A4_KEEP, A4_OLD], False,
     frm=FORM, to=TANAKA, subject=f"【重要】認定アカウント統合のご確認 [CASE {fake2}]", date=PH2,
     body=leaf(t, cte="base64"), new=[t], provider="gmail", snd=snd, from_domain="amazon.com", dmarc="fail", spf="softfail", dkim="none",
     extra_ar=["amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"],
     msgid=f"<{rhex(16)}.{R.randint(1000, 9999)}@amazon.com>")

PH3 = d("2025-10-21 04:40:19")
t = """Dear AWS customer,

We were unable to process the payment for your AWS account. As a result, your account and all running services have been suspended.

To restore access and avoid permanent deletion of your resources, update your billing information within 24 hours:

https://aws-account-security-alerts.com/billing/update

Sincerely,
Amazon Web Services Billing
"""
snd = Sender("smtp.aws-account-security-alerts.com", "193.42.33.15", "billing@aws-account-security-alerts.com", [])
mail("aws-billing-raman", "unrelated", "en", None, [], False,
     frm=("Amazon Web Services", "billing@aws-account-security-alerts.com"), to=PRIYA,
     subject="Your AWS account has been suspended", date=PH3, body=alt(leaf(t), leaf(html_page(txt2html(t)), "html")), new=[t],
     provider="outlook", snd=snd, from_domain="aws-account-security-alerts.com", dmarc="none", dkim="none",
     msgid=f"<{uuid.UUID(int=R.getrandbits(128), version=4)}@aws-account-security-alerts.com>")

PH4 = d("2025-08-27 10:03:27")
t = f"""佐藤 健太 様

AWS 認定アカウントの統合が完了しました。
統合後のアカウント：{A2_KEEP}

統合に伴い、試験 50% 割引バウチャーを再発行いたしました。72 時間以内に下記ページからログインし、受け取り手続きを行ってください。期限を過ぎるとバウチャーは無効になります。

https://aws-nintei-support.jp/login?ref={rhex(10)}

AWS 認定 事務局
"""
snd = Sender("mail.aws-nintei-support.jp", "103.75.118.41", "info@aws-nintei-support.jp", ["aws-nintei-support.jp"])
mail("aws-nintei-sato", "merge_completed", "ja", None, [A2_KEEP], False,
     frm=("AWS 認定", "info@aws-nintei-support.jp"), to=SATO, subject="【AWS認定】アカウント統合完了のお知らせ", date=PH4,
     body=leaf(t, charset="iso-2022-jp", cte="7bit"), new=[t], provider="mx.nifty.com", snd=snd,
     from_domain="aws-nintei-support.jp", dmarc="none", subj_charset="iso-2022-jp",
     msgid=f"<{rhex(18)}@aws-nintei-support.jp>")

# ================================================================= unrelated
U1 = d("2025-09-03 17:25:40")
t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request to merge the two detail pages for your product. Before we can proceed, please confirm which ASIN should remain as the primary listing:

  - B0CX7H2K1Q (created 2024-02-11)
  - B0CX7J9M4R (created 2024-06-30)

Once the detail pages are merged, offers from the secondary ASIN will move to the primary one. This cannot be reversed.

Please reply through Case Log in Seller Central.

We value your feedback. Please rate my response using one of the links below.

Thank you,
Marisol P.
Amazon Selling Partner Support
"""
aws("seller-support-whitaker", "unrelated", "en", "5884881212", [], True,
    ("Amazon Seller Support", "seller-notification@amazon.com"), DAN,
    "RE:[CASE 5884881212] Merge duplicate detail pages - ASIN B0CX7H2K1Q", U1, leaf(t), [t], "gmail")

U2_OPEN = d("2025-12-01 05:12:44")
CU2 = case15(U2_OPEN)
U2 = d("2025-12-01 09:48:13")
t = f"""田中 美咲 様

お問い合わせいただきありがとうございます。

ご依頼いただいたアジアパシフィック（東京）リージョン（ap-northeast-1）の Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) インスタンスの vCPU 上限を、32 から 64 に引き上げました。
反映までに最大 30 分ほどかかる場合がございます。Service Quotas コンソールで新しい上限値をご確認いただけます。

よろしくお願いいたします。

Hiroshi K.
アマゾン ウェブ サービス

{console_footer_ja(CU2)}
"""
aws("aws-console-quota-tanaka", "unrelated", "ja", CU2, [], True, CONSOLE, TANAKA,
    f"RE:[CASE {CU2}] EC2 の vCPU 上限緩和のリクエスト", U2, leaf(t), [t], "gmail")

U3 = d("2025-10-14 00:31:09")
t = f"""山本 大輔 様

AWS Certified Solutions Architect - Associate の再認定、おめでとうございます。
新しい有効期限は 2028年10月13日 です。

受験者 ID: {A7_KEEP}
認定番号: {rhex(32)}

デジタルバッジは Credly から別途メールでお届けします。
次回の試験で利用できる 50% 割引特典は、AWS Certification アカウントの「特典」からご確認いただけます。

AWS 認定プログラム
本メールは送信専用です。
"""
snd = Sender("mta-07.certmetrics.com", "52.34.188.20", "bounce@certmetrics.com", ["certmetrics.com"])
mail("certmetrics-yamamoto", "unrelated", "ja", None, [A7_KEEP], False,
     frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=YAMAMOTO,
     subject="AWS 認定: 再認定おめでとうございます", date=U3,
     body=leaf(t, charset="Shift_JIS", cte="quoted-printable"), new=[t], provider="biglobe.ne.jp", snd=snd,
     from_domain="certmetrics.com", msgid=f"<{uuid.UUID(int=R.getrandbits(128), version=4)}@certmetrics.com>")

U4 = d("2025-10-02 08:14:55")
t = f"""中村 翔 様

ピアソン VUE にて以下の試験の予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2025年10月25日（土） 10:00 JST
会場: オンライン（OnVUE）
受験者 ID: {A10_KEEP}
登録 ID: 48{R.randint(1000000, 9999999)}

試験当日は、開始 30 分前からチェックインが可能です。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
"""
snd = Sender("mail-out3.pearson.com", "159.182.1.55", "noreply@pearson.com", ["pearson.com"])
mail("pearsonvue-nakamura", "unrelated", "ja", None, [A10_KEEP], False,
     frm=("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), to=NAKAMURA,
     subject="ピアソン VUE 試験予約確認 - AWS Certified Solutions Architect - Professional", date=U4,
     body=alt(leaf(t, cte="base64"), leaf(html_page(txt2html(t), "ja"), "html", cte="base64")), new=[t],
     provider="mfsmax.docomo.ne.jp", snd=snd, from_domain="pearson.com",
     msgid=f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.vue@pearson.com>")

U5 = d("2025-12-15 21:33:02")
t = """Merged #482 into main.

Merge duplicate candidate accounts into a single record

This PR merges duplicate learner profiles when the same e-mail is attached to two records: the older record is kept, the newer one is folded into it, and exam history is re-pointed. Please confirm the migration plan before we run it in production.

—
Reply to this email directly, view it on GitHub: https://github.com/harborline/cert-tracker/pull/482#event-{}
You are receiving this because you were mentioned.
""".format(R.randint(10**10, 10**11))
snd = Sender("out-21.smtp.github.com", "192.30.252.204", "noreply@github.com", ["github.com"])
mail("github-brooks", "unrelated", "en", None, [], False,
     frm=("Jordan Kim", "notifications@github.com"), to=ETHAN,
     subject="Re: [harborline/cert-tracker] Merge duplicate candidate accounts into a single record (PR #482)", date=U5,
     body=alt(leaf(t), leaf(html_page(txt2html(t)), "html")), new=[t], provider="mx6.messagingengine.com", snd=snd,
     from_domain="github.com", msgid="<harborline/cert-tracker/pull/482/issue_event/{}@github.com>".format(R.randint(10**10, 10**11)),
     in_reply_to="<harborline/cert-tracker/pull/482@github.com>", references="<harborline/cert-tracker/pull/482@github.com>")

U6 = d("2026-01-08 15:00:31")
t = """Priya, your badge expires in 90 days

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, expires on April 8, 2026.

To keep your badge active, complete the recertification requirements before it expires.
Learn more: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/{}

Credly, 13601 Preston Road, Suite W500, Dallas, TX 75240
""".format(uuid.UUID(int=R.getrandbits(128), version=4))
csnd = credly_sender()
mail("credly-expiry-raman", "unrelated", "en", None, [], True, frm=CREDLY_AWS, to=PRIYA,
     subject="Your AWS Certified Cloud Practitioner badge expires in 90 days", date=U6,
     body=alt(leaf(t), leaf(html_page(txt2html(t)), "html")), new=[t], provider="outlook", snd=csnd,
     from_domain="credly.com", msgid=f"<{rhex(24)}_{R.randint(100, 999)}@{csnd.host}>")

U7 = d("2026-01-27 08:41:17")
t = """Hi Sofia,

We received a request to merge another Credly account into this one.

Your verification code is: 418227

Enter this code on the Account Merge page, then select "Complete Account Merge". The code expires in 30 minutes.

If you didn't request this, you can ignore this e-mail - nothing will change.

The Credly Team
"""
csnd = credly_sender()
mail("credly-code-lindqvist", "unrelated", "en", None, [], True, frm=("Credly", "admin@credly.com"), to=SOFIA,
     subject="Your Credly account merge verification code", date=U7,
     body=alt(leaf(t), leaf(html_page(txt2html(t)), "html")), new=[t], provider="gmail", snd=csnd,
     from_domain="credly.com", msgid=f"<{rhex(24)}_{R.randint(100, 999)}@{csnd.host}>")

U8 = d("2026-02-02 13:26:40", JST)
u8_orig = f"""佐々木さん

お疲れさまです。小林です。
AWS 認定のアカウントが会社のアドレスで作った {A8_OLD} と個人の {A8_KEEP} に分かれてしまっていて、まとめたいのですが、佐々木さんが以前やったと聞いたので手順を教えていただけますか。

小林"""
t = f"""小林さん

お疲れさまです。佐々木です。
私も去年同じことをやりました。問い合わせフォームで「Account Merge」を選んで送ると、翌日くらいにどちらのアカウントを残すか聞かれて、その後に統合内容の確認メールが来ます。
それに返信して同意すれば、数日で統合されました。ちなみに私のは AWS01193847 にまとめてもらいました。
Credly のバッジは少し遅れて届いたので、気長に待つといいと思います。

佐々木

-----Original Message-----
From: 小林 由紀 <yuki.kobayashi@corp.hinode-sys.co.jp>
Sent: Monday, February 2, 2026 11:05 AM
To: 佐々木 拓也 <takuya.sasaki@corp.hinode-sys.co.jp>
Subject: AWS認定アカウントの統合について

{u8_orig}
"""
mail("colleague-sasaki-kobayashi", "unrelated", "ja", None, ["AWS01193847"], None,
     frm=("佐々木 拓也", "takuya.sasaki@corp.hinode-sys.co.jp"), to=KOBAYASHI,
     subject="RE: AWS認定アカウントの統合について", date=U8,
     body=leaf(t, charset="iso-2022-jp", cte="7bit"), new=[t.split("-----Original Message-----")[0]],
     snd=None, subj_charset="iso-2022-jp",
     msgid=f"<TYCPR01MB{R.randint(1000, 9999)}{ralnum(8, 'ABCDEF0123456789')}@TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com>",
     in_reply_to=f"<TYCPR01MB{R.randint(1000, 9999)}A1B2C3D4@TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com>",
     plain_trace=[f"Received: from TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}])\n by TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%5]) with\n mapi id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)}; {format_datetime(U8)}",
                  "Thread-Topic: " + hdr_text("AWS認定アカウントの統合について", name="Thread-Topic"),
                  f"X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: ja-JP"])

U9 = d("2026-03-03 22:05:44")
t = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

518402

This code expires 10 minutes after it was sent. If you didn't request it, you can ignore this e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
mid = ses_msgid(U9)
mail("builder-id-chen", "unrelated", "en", None, [], True, frm=("AWS", "no-reply@signin.aws"), to=OLIVIA,
     subject="Verify your AWS Builder ID email address", date=U9,
     body=alt(leaf(t), leaf(html_page(txt2html(t)), "html")), new=[t], provider="atlas-production.v2.mail.yahoo.com",
     snd=Sender(ses_host("54.240.8.87"), "54.240.8.87", f"{mid}@us-west-2.amazonses.com", ["signin.aws", "amazonses.com"]),
     from_domain="signin.aws", msgid=f"<{mid}@us-west-2.amazonses.com>")

U10 = d("2025-10-09 01:00:00")
hb = """<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS トレーニングと認定 ニュースレター 2025年10月号</td></tr>
<tr><td style="padding:16px">
<h3>新しい認定試験: AWS Certified Generative AI Developer - Professional</h3>
<p>ベータ試験の受付を開始しました。ベータ期間中は受験料が割引になります。</p>
<h3>よくあるご質問: 認定アカウントが 2 つある場合</h3>
<p>異なるメールアドレスで複数の認定アカウントを作成してしまった場合は、お問い合わせフォームからアカウントの統合をご依頼いただけます。詳しくは FAQ をご覧ください。</p>
<h3>AWS Skill Builder 新コース</h3>
<p>日本語字幕付きの新しいデジタルコースを 12 本追加しました。</p>
<p style="font-size:11px;color:#687078">配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>"""
aws("aws-newsletter-sato", "unrelated", "ja", None, [], True, ("AWS トレーニングと認定", "aws-training-jp@amazon.com"), SATO,
    "【AWS トレーニングと認定】2025年10月号：新しい認定試験と学習プランのご案内", U10,
    leaf(html_page(hb, "ja"), "html"), [strip_html(hb)], "mx.nifty.com")


# ================================================================= write out
def main():
    assert len(MAILS) == 60, len(MAILS)
    order = list(range(len(MAILS)))
    R.shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for num, idx in enumerate(order, 1):
        m = MAILS[idx]
        got = sorted(set().union(*[ids_in(x) for x in m["new"]]))
        assert got == m["ids"], (m["slug"], got, m["ids"])
        name = f"{num:03d}-{m['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(render(m))
        labels[name] = {"kind": m["kind"], "case_id": m["case"], "account_ids": m["ids"],
                        "sender_verified": m["sv"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=2)
    print(len(labels), "files written")


if __name__ == "__main__":
    main()
