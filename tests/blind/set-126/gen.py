#!/usr/bin/env python3
"""Generator for blind set 126: AWS Certification account-merge mail (.eml) + labels.json.

Emphasis: merge confirmation requests and the mails that resemble them.
Run:  python3 make_set.py   (writes NNN-slug.eml and labels.json next to this file)
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
POLICY = _policy.compat32.clone(max_line_length=None, linesep="\n")

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
from zoneinfo import ZoneInfo
LA = ZoneInfo("America/Los_Angeles")


def la(when):
    w = when.astimezone(LA)
    return format_datetime(w) + " (%s)" % w.tzname()
CET = dt.timezone(dt.timedelta(hours=2))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

AWS_DOMAINS = {"amazon.com", "signin.aws", "aws.amazon.com", "amazonaws.com"}
CREDLY_DOMAINS = {"credly.com", "youracclaim.com"}

MAILS = []  # list of dicts

# Message-IDs of the user mails that some agent replies answer (threading headers)
IRT = {
    7: "<20250610221402.3F7C.T-NAKAMURA77@biglobe.ne.jp>",
    18: "<SA1PR12MB7340A1C2E6F9B24D3E0C55A1D80CA@SA1PR12MB7340.namprd12.prod.outlook.com>",
    19: "<CAJx8qN5b0-Hq3wLr7Yx2pTfVd1kEo9sM4uZ7cGh8nQ3rW6tA1Q@mail.gmail.com>",
    22: "<TYCPR01MB11420F3B6D2A1C48E9E7F0B2AC96A2@TYCPR01MB11420.jpnprd01.prod.outlook.com>",
    23: "<CAK7pR2v9Lm4xTq8Zb1n6WcYfE3sHd0uJg5oNa2Vi7kB4eX9yPw@mail.gmail.com>",
    26: "<CAJx8qN7fUo2Kd9Ws3Qp6Yb0Lr8Tz4Hn1Ve5Mc7Xa2Gj9Ri0Sk@mail.gmail.com>",
}


# ---------------------------------------------------------------- helpers
def D(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened):
    """15-digit case id: Unix time of opening + 5 digits."""
    r = random.Random(int(opened.timestamp()))
    return "%d%05d" % (int(opened.timestamp()), r.randint(0, 99999))


def ses_msgid(when, rnd):
    ms = int(when.timestamp() * 1000) - rnd.randint(200, 4000)
    u = uuid.UUID(int=rnd.getrandbits(128), version=4)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, u)


def b64rand(rnd, n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def fold_b(val, first=12, width=70):
    out = [val[:first]]
    rest = val[first:]
    while rest:
        out.append(rest[:width])
        rest = rest[width:]
    return "\n\t ".join(out)


def hdr(text, charset="utf-8", name="Subject"):
    """Encoded-word header (folded) when non-ASCII, plain otherwise."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name=name).encode(maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    return formataddr((name, address), charset=charset)


# ---------------------------------------------------------------- bodies
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None,
         codec=None):
    """A text/* part; `label` is the declared charset (may deliberately be wrong)."""
    codec = codec or charset
    raw = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def quote(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.split("\n"))


def html_wrap(inner, lang="en"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"></head>\n<body style=\"font-family:Arial,"
            "Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (lang, inner))


# ---------------------------------------------------------------- transport / auth
INFRA = {
    # from-domain -> (mailfrom template, helo, ip prefix, dkim domains+selectors)
    "amazon.com": ("{ses}@email.amazonses.com", "a8-{n}.smtp-out.amazonses.com", "54.240.8.",
                   [("amazon.com", "rjt5rfq3bkqfzvwjyhjnhakaqlt5ehpk"),
                    ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]),
    "signin.aws": ("{ses}@email.amazonses.com", "a48-{n}.smtp-out.amazonses.com", "54.240.48.",
                   [("signin.aws", "vcjzhq7bqh6j6bqm4rpsrflvcnbkqnsm"),
                    ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]),
    "credly.com": ("bounces+2216739-{h}@em.credly.com", "o{n}.ptr4821.credly.com", "149.72.134.",
                   [("credly.com", "s1")]),
    "youracclaim.com": ("bounces+1403226-{h}@em.youracclaim.com", "o{n}.ptr9917.youracclaim.com",
                        "167.89.101.", [("youracclaim.com", "s1")]),
    "github.com": ("noreply@github.com", "out-{n}.smtp.github.com", "192.30.252.",
                   [("github.com", "pf2023")]),
    "certmetrics.com": ("{ses}@email.amazonses.com", "a8-{n}.smtp-out.amazonses.com", "54.240.8.",
                        [("certmetrics.com", "k7fq2xv3mh5sdzl4n2b6wqyzrj3o6vcx"),
                         ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]),
    "gmail.com": ("{local}@gmail.com", "mail-sor-f{n}.google.com", "209.85.220.",
                  [("gmail.com", "20230601")]),
}


def infra_for(domain, rnd, local, ses):
    if domain in INFRA:
        mf, helo, ip, dk = INFRA[domain]
    else:  # generic small sender
        mf = "{local}@" + domain
        helo = "mail{n}." + domain
        ip = "%d.%d.%d." % (rnd.choice([45, 91, 103, 185, 193]), rnd.randint(10, 250),
                            rnd.randint(1, 250))
        dk = [(domain, "default")]
    n = rnd.randint(10, 99)
    mailfrom = mf.format(ses=ses.strip("<>").split("@")[0], h=hashlib.md5(
        local.encode()).hexdigest()[:10], local=local, n=n)
    return mailfrom, helo.format(n=n), ip + str(rnd.randint(2, 250)), dk


def dkim_sig(rnd, d, s, when, heads="From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\t"
            "bh=%s;\n\tb=%s" % (s, d, int(when.timestamp()), heads, b64rand(rnd, 32),
                                fold_b(b64rand(rnd, 256))))


def trace_headers(provider, rcpt, from_addr, when, rnd, ses, auth="pass", spoof=None,
                  extra_lower_ar=None):
    """Return list of (name, value) trace headers, topmost first.

    auth: 'pass' | 'fail' | 'none'   (dmarc verdict recorded by the receiving provider)
    spoof: (real_mailfrom_domain, real_ip) for forged From mails
    """
    local, domain = from_addr.split("@")
    mailfrom, helo, ip, dk = infra_for(domain, rnd, local, ses)
    if spoof:
        mailfrom = "postmaster@" + spoof[0]
        helo = "mx." + spoof[0]
        ip = spoof[1]
    mf_dom = mailfrom.split("@")[1]
    arrive = when + dt.timedelta(seconds=rnd.randint(1, 9))
    H = []
    dkim_pass = auth == "pass"
    if provider == "gmail":
        H.append(("Delivered-To", rcpt))
        H.append(("Received", "by 2002:a05:7010:%x:b0:%x:%x:%x with SMTP id %s;\n        %s" % (
            rnd.randint(0x1000, 0xffff), rnd.randint(0x100, 0xfff), rnd.randint(0x100, 0xfff),
            rnd.randint(0x100, 0xfff), "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)),
            la(arrive))))
        H.append(("X-Received", "by 2002:a05:6214:%x:b0:%x:%x with SMTP id %s.%d.%d;\n        %s" % (
            rnd.randint(0x1000, 0xffff), rnd.randint(0x100, 0xfff), rnd.randint(0x100, 0xfff),
            "".join(rnd.choice("abcdef0123456789") for _ in range(10)), rnd.randint(1, 99),
            int(arrive.timestamp()) % 100000, format_datetime(arrive.astimezone(LA)))))
        if auth != "none":
            res = []
            for d, s in dk:
                res.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (
                    "pass" if dkim_pass or d != domain else "fail", d, s, b64rand(rnd, 6)[:8]))
            if spoof:
                res = ["dkim=neutral (no signatures)" if False else "dkim=fail header.i=@%s header.s=%s header.b=%s" % (domain, dk[0][1], b64rand(rnd, 6)[:8])]
            res.append("spf=pass (google.com: domain of %s designates %s as permitted sender) "
                       "smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
            if auth == "pass":
                pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if domain == "amazon.com" else "(p=NONE sp=NONE dis=NONE)"
                res.append("dmarc=pass %s header.from=%s" % (pol, domain))
            else:
                res.append("dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % domain)
            H.append(("ARC-Authentication-Results", "i=1; mx.google.com;\n       " + ";\n       ".join(res)))
            H.append(("Return-Path", "<%s>" % mailfrom))
            H.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%02d.%02d.%02d.%02d.%02d\n"
                      "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                          helo, helo, ip, "d75a77b69052e-%09x%s" % (rnd.getrandbits(36), "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9))),
                          rnd.randint(1, 999), *arrive.astimezone(LA).timetuple()[:6], rcpt, la(arrive))))
            H.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)))
            H.append(("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(res)))
        else:
            H.append(("Return-Path", "<%s>" % mailfrom))
    elif provider == "outlook":
        mbx = "TYCPR01MB%04d.jpnprd01.prod.outlook.com" % rnd.randint(1000, 9999) if rcpt.endswith(".jp") else \
            "SA1PR12MB%04d.namprd12.prod.outlook.com" % rnd.randint(1000, 9999)
        edge = "BN1PEPF0000%04d.namprd03.prod.outlook.com" % rnd.randint(1000, 9999)
        H.append(("Received", "from %s (2603:10b6:%x:%x::%x) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n"
                  " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                      edge, rnd.randint(0x100, 0xfff), rnd.randint(0x10, 0xff), rnd.randint(1, 0xff), mbx,
                      rnd.randint(8000, 9300), rnd.randint(10, 40), format_datetime(arrive.astimezone(UTC)))))
        if auth != "none":
            if auth == "pass":
                ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                      " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100"
                      % (ip, mf_dom, domain, domain))
            else:
                ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (signature did not verify)\n"
                      " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000"
                      % (ip, mf_dom, domain, domain))
            H.append(("Authentication-Results", ar))
            H.append(("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mf_dom, ip, ip, helo)))
        H.append(("Received", "from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n"
                  " cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
                      helo, ip, edge, rnd.randint(2, 250), rnd.randint(8000, 9300), rnd.randint(10, 40),
                      format_datetime(arrive.astimezone(UTC)))))
        H.append(("X-MS-Exchange-Organization-AuthSource", edge))
        H.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
        H.append(("Return-Path", mailfrom))
    elif provider in ("nifty", "biglobe", "ocn", "docomo", "sonet"):
        host = {"nifty": "mx.nifty.com", "biglobe": "mtaif%02d.biglobe.ne.jp" % rnd.randint(1, 30),
                "ocn": "mfilter%03d.ocn.ad.jp" % rnd.randint(1, 200), "docomo": "mfsmax.docomo.ne.jp",
                "sonet": "mx.so-net.ne.jp"}[provider]
        authserv = {"nifty": "mx.nifty.com", "biglobe": "biglobe.ne.jp", "ocn": "ocn.ad.jp",
                    "docomo": "mfsmax.docomo.ne.jp", "sonet": "so-net.ne.jp"}[provider]
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from %s ([%s]) by %s\n          with ESMTP id <%s@%s>\n          for <%s>; %s" % (
            helo, ip, host, "%d%s" % (int(arrive.timestamp()), b64rand(rnd, 6).replace("/", "x").replace("+", "y")),
            host, rcpt, format_datetime(arrive.astimezone(JST)))))
        if auth != "none":
            if spoof:
                dk_res = "dkim=fail header.d=%s" % domain
            else:
                dk_res = " ".join("dkim=pass header.d=%s header.s=%s;" % (d, s) for d, s in dk).rstrip(";")
                if auth != "pass":
                    dk_res = "dkim=fail header.d=%s" % domain
            H.append(("Authentication-Results", "%s;\n\tspf=pass smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s" % (
                authserv, mailfrom, dk_res, "pass" if auth == "pass" else "fail", domain)))
    elif provider == "corp":  # corporate relay that adds no Authentication-Results
        H.append(("Received", "from mailgw02.internal.%s (mailgw02 [10.20.4.12])\n\tby mbx01.internal.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            rcpt.split("@")[1], rcpt.split("@")[1], "".join(rnd.choice("0123456789ABCDEF") for _ in range(10)), rcpt,
            format_datetime(arrive))))
        H.append(("Received", "from %s (%s [%s])\n\tby mailgw02.internal.%s (Postfix) with ESMTPS id %s;\n\t%s" % (
            helo, helo, ip, rcpt.split("@")[1], "".join(rnd.choice("0123456789ABCDEF") for _ in range(10)),
            format_datetime(arrive))))
        H.append(("Return-Path", "<%s>" % mailfrom))
    else:
        raise ValueError(provider)
    if extra_lower_ar:
        H.append(("Authentication-Results", extra_lower_ar))
    if not spoof or True:
        for d, s in dk:
            if spoof and d != domain:
                continue
            H.append(("DKIM-Signature", dkim_sig(rnd, d, s, when)))
    return H


def sender_ok(from_addr, auth):
    if auth == "none":
        return None
    dom = from_addr.split("@")[1].lower()
    fam = dom in AWS_DOMAINS or dom.endswith(".amazon.com") or dom in CREDLY_DOMAINS
    return bool(fam and auth == "pass")


ID_RE = re.compile(r"(?i)\bAWS[ \-]?(\d{8})\b")


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def add(n, slug, kind, lang, *, frm, to, subject, date, body, new, provider="gmail",
        auth="pass", case_id=None, ids=None, msgid=None, irt=None, refs=None, cc=None,
        extra=(), subj_cs="utf-8", from_cs="utf-8", spoof=None, lower_ar=None,
        verified="auto", reply_to=None):
    """Register one mail.  frm = (display name, address); to = address or (name, address)."""
    rnd = random.Random("set126-%d" % n)
    if irt is None and n in IRT:
        irt = refs = IRT[n]
    fname, faddr = frm
    if isinstance(to, tuple):
        to_name, to_addr = to
    else:
        to_name, to_addr = None, to
    msgid = msgid or (ses_msgid(date, rnd) if faddr.endswith("amazon.com") else
                      "<%s@%s>" % (uuid.UUID(int=rnd.getrandbits(128), version=4), faddr.split("@")[1]))
    th = trace_headers(provider, to_addr, faddr, date, rnd, msgid, auth=auth, spoof=spoof,
                       extra_lower_ar=lower_ar)
    main = [("From", addr(fname, faddr, from_cs)), ("To", addr(to_name, to_addr))]
    if cc:
        main.append(("Cc", cc))
    if reply_to:
        main.append(("Reply-To", reply_to))
    main += [("Subject", hdr(subject, subj_cs)), ("Date", format_datetime(date)),
             ("Message-ID", msgid)]
    if irt:
        main.append(("In-Reply-To", irt))
    if refs:
        main.append(("References", refs))
    main += list(extra)
    ctype = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in th + main:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in ctype:
        if k.lower() != "mime-version":
            body[k] = v
    if ids is None:
        ids = ids_in(new)
    if verified == "auto":
        verified = sender_ok(faddr, auth)
    name = "%03d-%s.eml" % (n, slug)
    MAILS.append({"name": name, "msg": body, "label": {
        "kind": kind, "case_id": case_id, "account_ids": ids, "sender_verified": verified,
        "language": lang}})


# ---------------------------------------------------------------- people
AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_FORM_JA = ("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com")
AWS_CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")

SARAH = ("Sarah Lindqvist", "sarah.lindqvist84@gmail.com")
DANIEL = ("Daniel Okafor", "daniel.okafor@northwind-analytics.com")
PRIYA = ("Priya Raman", "priya.raman.cloud@gmail.com")
TOM = ("Tomás Herrera", "tomas.herrera@hey-tomas.dev")
MARCO = ("Marco Bellini", "marco.bellini.it@gmail.com")
SATO = ("佐藤 美咲", "misaki-sato@nifty.com")
WATANABE = ("渡辺 健司", "kenji.watanabe.dev@gmail.com")
NAKAMURA = ("中村 拓也", "t-nakamura77@biglobe.ne.jp")
YAMAMOTO = ("山本 恵", "megumi.yamamoto@kitasoft.co.jp")

FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"
FOOT_FORM = """
We value your feedback. Please share your experience by rating this correspondence.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
FOOT_FORM_JA = """
今回の対応についてご評価いただけますと幸いです。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
本メールは Amazon Web Services Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）により作成・配信されています。
"""


def console_link(case_id):
    return "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % case_id


# ================================================================ MAILS

# case ids (15-digit = Unix time of opening + 5 digits)
OPEN = {
    "sarah": D(2025, 5, 26, 14, 2, 11), "daniel": D(2025, 7, 14, 16, 40, 2),
    "priya": D(2025, 9, 2, 5, 18, 44), "tom": D(2025, 11, 18, 20, 7, 30),
    "marco": D(2026, 1, 12, 9, 55, 3), "sato": D(2025, 6, 2, 3, 12, 50),
    "watanabe": D(2025, 8, 20, 13, 30, 9), "nakamura": D(2025, 6, 10, 13, 14, 40),
    "yamamoto": D(2026, 2, 3, 1, 45, 0), "aisha": D(2025, 10, 6, 15, 3, 27),
}
C = {k: case15(v) for k, v in OPEN.items()}
AISHA = ("Aisha Karim", "aisha.karim@contoso-health.org")

# ---------------------------------------------------------------- 001
t = """Hello Sarah,

Thank you for contacting AWS Training and Certification.

I have reviewed your request and located two certification accounts under your name:

Account to be retained: AWS04417285 (sarah.lindqvist84@gmail.com)
Account to be merged into it: AWS02958163 (s.lindqvist@fjordbyte.se)

After the merge, all certifications, exam history and benefits held on AWS02958163 will
be listed under AWS04417285, and AWS02958163 will no longer be accessible. Please be
aware that this action cannot be undone.

Please reply to this e-mail to confirm that the details above are correct and that you
would like us to go ahead.

We look forward to hearing from you.

Best regards,
Joy R.
AWS Training and Certification
""" + FOOT_FORM
add(1, "confirm-accounts-before-merge", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=SARAH[1], subject=FORM_SUBJ % C["sarah"], date=D(2025, 5, 27, 9, 41, 7),
    body=part(t), new=t, provider="gmail", case_id=C["sarah"])

# ---------------------------------------------------------------- 002
t = """佐藤 美咲 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
AWS トレーニングと認定 サポート担当の安藤でございます。

お知らせいただいた情報をもとに確認しましたところ、お客様名義の認定アカウントが 2 件見つかりました。
統合は以下の内容で実施する予定です。

　■ 統合後も引き続きご利用いただくアカウント：AWS03157794
　■ 上記アカウントへ統合され、ご利用いただけなくなるアカウント：AWS01429038

統合を実施いたしますと、元の状態に戻すことはできません。
恐れ入りますが、上記の内容で差し支えないか、本メールへのご返信にてお知らせいただけますでしょうか。
ご返信を確認し次第、作業を開始いたします。

何卒よろしくお願いいたします。

安藤
アマゾン ウェブ サービス
""" + FOOT_FORM_JA
add(2, "togo-naiyou-gokakunin", "merge_confirmation_requested", "ja",
    frm=AWS_FORM_JA, to=SATO[1], subject="RE:[CASE %s] 認定アカウントの統合について" % C["sato"],
    date=D(2025, 6, 3, 1, 22, 40), body=part(t, charset="iso-2022-jp", cte="7bit"), new=t,
    provider="nifty", case_id=C["sato"], subj_cs="iso-2022-jp", from_cs="iso-2022-jp")

# ---------------------------------------------------------------- 003
h = html_wrap("""<p>Dear Daniel,</p>
<p>Thanks for your patience while we looked into your request.</p>
<p>We found the following certification profiles associated with you. Please review the table carefully:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th>Candidate ID</th><th>E-mail on file</th><th>Action</th></tr>
<tr><td>AWS03381907</td><td>daniel.okafor@northwind-analytics.com</td><td><b>Primary &ndash; stays active</b></td></tr>
<tr><td>AWS01762254</td><td>dokafor.dev@outlook.com</td><td>Secondary &ndash; records folded into the primary, then closed</td></tr>
</table>
<p>Because the secondary profile is permanently closed afterwards, we can only act on an explicit go-ahead from you.
Kindly reply to this message stating that the table above is accurate and that we may proceed.</p>
<p>Kind regards,<br>Mateo<br>Amazon Web Services<br>Training and Certification Support</p>
<hr><p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
410 Terry Ave. North, Seattle, WA 98109-5210</p>""")
add(3, "html-table-please-verify", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=DANIEL[1], subject=FORM_SUBJ % C["daniel"], date=D(2025, 7, 15, 18, 3, 55),
    body=part(h, "html", cte="base64"), new=h, provider="outlook", case_id=C["daniel"])

# ---------------------------------------------------------------- 004
tx = """Hi Priya,

Thank you for reaching out to AWS Training and Certification.

To combine your certification history we need your written confirmation of the following:

  - AWS05129376 remains your active candidate ID
  - AWS03904418 is consolidated into AWS05129376 and then deactivated

This is a one-way operation; once done it cannot be reversed.

We need your reply confirming the above before anything is changed.

Regards,
Farhan
Amazon Web Services
"""
hx = html_wrap("""<p>Hi Priya,</p>
<p>Thank you for reaching out to AWS Training and Certification.</p>
<p>Before we can combine your certification history, <b>we need your written confirmation</b> of the plan below:</p>
<table cellpadding="5" style="border:1px solid #d5dbdb">
<tr><td>Surviving candidate ID</td><td><b>AWS05129376</b></td></tr>
<tr><td>Candidate ID to be consolidated and deactivated</td><td>AWS03904418</td></tr>
</table>
<p>This is a one-way operation; once done it cannot be reversed. Your Credly badges are handled separately after the consolidation.</p>
<p>A short reply such as &quot;I confirm&quot; is sufficient.</p>
<p>Regards,<br>Farhan<br>Amazon Web Services</p>""")
add(4, "need-written-confirmation", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=PRIYA[1], subject=FORM_SUBJ % C["priya"], date=D(2025, 9, 3, 11, 27, 16),
    body=alt(part(tx), part(hx, "html")), new=tx + hx, provider="gmail", case_id=C["priya"])

# ---------------------------------------------------------------- 005
t = """渡辺 健司 様

いつもお世話になっております。AWS トレーニングと認定 サポートの森です。

8 月 21 日にお送りしたご案内について、現時点でご返信を確認できておりませんでしたので、改めてご連絡いたしました。

お手数ですが、以下の内容でアカウントの統合を実施してよいか、あらためてご確認をお願いいたします。

　残すアカウント　　　：AWS04702219
　統合元（閉鎖される）：AWS02583361

統合後に元へ戻すことはできませんので、内容に誤りがないかご確認のうえ、「上記の内容で統合をお願いします」などと本メールへご返信ください。

森
Amazon Web Services
"""
add(5, "saido-no-kakunin-irai", "merge_confirmation_requested", "ja",
    frm=AWS_FORM, to=WATANABE[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["watanabe"],
    date=D(2025, 8, 25, 2, 9, 31), body=part(t, cte="base64"), new=t, provider="gmail",
    case_id=C["watanabe"])

# ---------------------------------------------------------------- 006
prev = """Hello Marco,

We located two candidate records for you. We will keep AWS04015972 and merge
AWS04836620 into it. Please reply to confirm. Note that the merge is permanent.

Best regards,
Hannah
Amazon Web Services"""
t = """Hello Marco,

Please disregard my previous message: I listed the two records the wrong way round.
Here is the corrected plan, matching what you asked for in your submission:

    Keep (primary):     AWS04836620  - holds your Solutions Architect Associate and Developer Associate
    Merge (secondary):  AWS04015972  - holds your Cloud Practitioner

Everything on the secondary record moves to the primary and the secondary is then closed.
This cannot be reversed later, so could you reply and let me know that this corrected
plan is right before I submit it?

Sorry for the confusion.

Best regards,
Hannah
Amazon Web Services

"""
add(6, "corrected-plan-reconfirm", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=MARCO[1], subject=FORM_SUBJ % C["marco"], date=D(2026, 1, 13, 15, 12, 2),
    body=part(t + "-----Original message-----\n" + quote(prev), cte="quoted-printable"), new=t,
    provider="gmail", case_id=C["marco"])


KOBAYASHI = ("小林 大輔", "d-kobayashi@ocn.ne.jp")
EMILY = ("Emily Chen", "emily.chen.sea@gmail.com")
TAKAHASHI = ("高橋 翔", "sho-takahashi@docomo.ne.jp")
MARCUS = ("Marcus Webb", "mwebb@lumenforge.io")
ITO = ("伊藤 さくら", "sakura.ito@so-net.ne.jp")
GRACE = ("Grace Adeyemi", "grace.adeyemi@outlook.com")
OPEN.update({"kobayashi": D(2025, 12, 1, 0, 30, 12), "emily": D(2025, 3, 18, 22, 10, 5),
             "takahashi": D(2025, 10, 20, 6, 0, 41), "ito": D(2026, 3, 2, 2, 11, 9),
             "grace": D(2025, 8, 4, 19, 22, 3)})
C.update({k: case15(OPEN[k]) for k in ("kobayashi", "emily", "takahashi", "ito", "grace")})
C["marcus"] = "12493305811"   # older 11-digit console case

# ---------------------------------------------------------------- 007
t = """中村 拓也 様

ご連絡いただきありがとうございます。AWS トレーニングと認定 サポートの石田です。

お客様が下記でお書きになった 2 つの ID のうち、1 つ目を残し、2 つ目をそちらへまとめる、という理解でよろしいでしょうか。
まとめた後で元に戻すことはできませんので、作業に入る前に念のためご意思を確認させてください。
問題がなければ、その旨を本メールにご返信ください。

石田
Amazon Web Services

"""
q = """AWS 認定のアカウントが 2 つあるようなので 1 つにまとめたいです。
残したいほう：AWS03620485（現在の会社のメールアドレス）
まとめたいほう：AWS02104739（学生時代の大学メール、もうログインできません）
よろしくお願いします。
中村"""
body = t + "2025年6月10日(火) 22:14 中村 拓也 <t-nakamura77@biglobe.ne.jp>:\n" + quote(q) + "\n"
add(7, "kakunin-ue-plan-inyou", "merge_confirmation_requested", "ja",
    frm=AWS_FORM, to=NAKAMURA[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["nakamura"],
    date=D(2025, 6, 11, 5, 48, 20), body=part(body), new=t, provider="biglobe", case_id=C["nakamura"])

# ---------------------------------------------------------------- 008
t = """Hi Aisha,

Thanks for sending the two IDs (see your note below).

Just so we're on the same page: the first ID in your list would stay, and the second one
would be absorbed into it and closed for good - there is no way to split them again later.
Can you reply with a quick "yes, go ahead" so I can file the request? Nothing will be
changed on either record until I hear back from you.

Thanks,
Kwame
AWS Training & Certification Customer Service

"""
q = """________________________________
From: Aisha Karim <aisha.karim@contoso-health.org>
Sent: Tuesday, October 7, 2025 9:12 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello,

My IDs are AWS05561204 (work address, I want to keep this one) and AWS02817769 (old personal
Hotmail, which I no longer use). Please combine them.

Regards,
Aisha Karim
Clinical Data Engineering | Contoso Health
""" % C["aisha"]
add(8, "go-ahead-ids-only-in-quote", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=AISHA, subject=FORM_SUBJ % C["aisha"], date=D(2025, 10, 8, 13, 30, 44),
    body=part(t + q), new=t, provider="outlook", case_id=C["aisha"])

# ---------------------------------------------------------------- 009
t = """山本 恵 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
担当の佐々木と申します。

確認の結果、お客様のお名前で以下の 3 つの認定アカウントが見つかりました。

【統合先（存続するアカウント）】
　AWS05233908　megumi.yamamoto@kitasoft.co.jp

【統合元（統合後に閉鎖されるアカウント）】
　AWS01647720　m.yamamoto.2016@yahoo.co.jp
　AWS02839915　yamamoto.megumi@old-sier.co.jp

統合元の 2 アカウントに記録されている認定資格・受験履歴・特典は、すべて統合先へ移され、統合元のアカウントは閉鎖されます。
この操作は取り消すことができません。

つきましては、上記のとおり進めてよろしいか、ご返信にてご確認いただけますでしょうか。

佐々木
アマゾン ウェブ サービス
"""
add(9, "sanken-togo-sjis", "merge_confirmation_requested", "ja",
    frm=AWS_FORM_JA, to=YAMAMOTO[1], subject="RE:[CASE %s] 認定アカウント統合のご依頼" % C["yamamoto"],
    date=D(2026, 2, 4, 3, 2, 9), body=part(t, charset="shift_jis", cte="base64"), new=t,
    provider="outlook", case_id=C["yamamoto"], subj_cs="shift_jis")

# ---------------------------------------------------------------- 010
t = """Hi Tomas,

Thank you for getting in touch with AWS Training and Certification.

We found these two candidate IDs tied to your name and date of birth:

  aws-01988437   (created 2019, tomas.h@unimail.edu)
  AWS 02270561   (created 2023, tomas.herrera@hey-tomas.dev)

Our plan is to keep AWS 02270561 and fold aws-01988437 into it. Your Cloud Practitioner
from 2019 would then show up next to your newer certifications, and the 2019 profile
would stop existing as a separate login. There is no undo for this.

Please write back confirming you agree with this plan. We will not touch either profile
until we have your answer.

Best regards,
Ines
Amazon Web Services
"""
add(10, "plan-lowercase-ids", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=TOM, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["tom"],
    date=D(2025, 11, 19, 22, 15, 3), body=part(t, charset="us-ascii", cte="7bit"), new=t,
    provider="gmail", case_id=C["tom"])

# ---------------------------------------------------------------- 011
h = html_wrap("""<p>小林 大輔 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。<br>サポート担当の松井でございます。</p>
<p>お申し出のアカウント統合につきまして、以下の表の内容で手続きを進める予定です。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>区分</th><th>AWS 認定 ID</th><th>登録メールアドレス</th></tr>
<tr><td>存続</td><td>AWS01372846</td><td>d-kobayashi@ocn.ne.jp</td></tr>
<tr><td>統合対象（手続き後に無効化）</td><td>AWS04458217</td><td>daisuke.k@techlab-partners.jp</td></tr>
</table>
<p>手続き後は、統合対象のアカウントにはログインできなくなり、元に戻すこともできません。</p>
<p><b>表の内容に誤りがないか、ご確認のうえご返信をお願いいたします。</b>ご返信をいただくまで手続きは保留いたします。</p>
<p>松井<br>アマゾン ウェブ サービス</p>""", lang="ja")
add(11, "html-hyou-gokakunin", "merge_confirmation_requested", "ja",
    frm=AWS_FORM_JA, to=KOBAYASHI[1], subject="RE:[CASE %s] アカウント統合の手続き内容について" % C["kobayashi"],
    date=D(2025, 12, 2, 8, 44, 51), body=part(h, "html"), new=h, provider="ocn",
    case_id=C["kobayashi"])

# ---------------------------------------------------------------- 012
t = """Hello Emily,

Thank you for contacting AWS Training and Certification.

I was able to find both of the accounts you mentioned. Here is how we would set things up:

* Surviving account: AWS03094561 (emily.chen.sea@gmail.com)
* Account that will be merged and retired: AWS01587230 (echen@cascadia-robotics.com)

Two things before we continue:

1. Please confirm by replying that you want us to merge the accounts as described above.
   A merge is final and cannot be reversed.
2. Optionally, let us know whether you would like your Credly badges to go to the e-mail
   address of the surviving account. If we do not hear otherwise, we will leave Credly as
   it is.

Kind regards,
Oluwaseun
Amazon Web Services
"""
add(12, "confirm-plus-credly-question", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=EMILY[1], subject=FORM_SUBJ % C["emily"], date=D(2025, 3, 20, 16, 5, 12),
    body=alt(part(t), part(html_wrap("<pre style=\"font-family:Arial\">%s</pre>" % t), "html")),
    new=t, provider="gmail", case_id=C["emily"])

# ---------------------------------------------------------------- 013
t = """高橋 翔 様

お問い合わせありがとうございます。AWS トレーニングと認定 カスタマーサポートの吉田です。

アカウント統合の手続きに進む前に、以下の点をご確認ください。

1. 統合後に残るアカウント：AWS04129087
2. 統合されるアカウント：AWS03377150
3. 統合されるアカウントの認定資格・特典・受験履歴は、1 のアカウントに引き継がれます
4. 統合後、2 のアカウントは削除され、元に戻すことはできません

上記 1〜4 の内容でよろしければ、本メールに「はい」とだけご返信ください。
内容に相違がある場合は、正しい内容をお知らせください。

吉田
Amazon Web Services
"""
add(13, "hai-to-goheshin", "merge_confirmation_requested", "ja",
    frm=AWS_FORM_JA, to=TAKAHASHI[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["takahashi"],
    date=D(2025, 10, 21, 0, 38, 27), body=part(t, cte="base64"), new=t, provider="docomo",
    case_id=C["takahashi"])


HENRIK = ("Henrik Sorensen", "h.sorensen@nordlys-energi.dk")
OLIVIA = ("Olivia Brandt", "olivia.brandt.ml@gmail.com")
OPEN.update({"henrik": D(2025, 4, 22, 7, 45, 30), "olivia": D(2026, 4, 14, 18, 20, 54)})
C.update({k: case15(OPEN[k]) for k in ("henrik", "olivia")})

CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
%s
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

%s

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To contact us about this case please use the above URL.
======================================================
"""

# ---------------------------------------------------------------- 014
t = """Hello,

Thank you for contacting AWS Support regarding your AWS Certification accounts.

Our Training and Certification team has located the two candidate records you described:

   AWS02946613  - created with mwebb@lumenforge.io (will be kept)
   AWS01205578  - created with marcus.webb@gmail.com (will be merged into AWS02946613)

After the merge the gmail-based record is closed and cannot be restored. Before we raise
the request with the back office, please reply to this case from the Support Center and
confirm that the above is what you want.
""" + CONSOLE_FOOT % ("Nikhil S.", console_link(C["marcus"]))
add(14, "console-confirm-in-support-center", "merge_confirmation_requested", "en",
    frm=AWS_CONSOLE, to=MARCUS, subject="RE:[CASE %s] Please merge my two certification accounts" % C["marcus"],
    date=D(2025, 6, 24, 21, 7, 40), body=part(t), new=t, provider="outlook", case_id=C["marcus"])

# ---------------------------------------------------------------- 015
t = """伊藤 さくら 様

AWS トレーニングと認定サポートの大野です。お問い合わせいただきありがとうございます。

ご依頼のアカウント統合について、下記のとおり整理いたしました。

① 今後ご利用いただくアカウント：AWS02715503（sakura.ito@so-net.ne.jp）
② ①へ統合するアカウント：AWS03849921（sakura.ito@hanamizuki-sys.co.jp）

②のアカウントにある認定・特典は①へ移行し、②はご利用いただけなくなります（取り消し不可）。

大変お手数ですが、①と②の内容にお間違いがないか、ご返信にてご確認をお願いいたします。
ご返信は 3 月 4 日～3 月 10 日の間にいただけますと、速やかに対応できます。

大野
アマゾン ウェブ サービス
"""
add(15, "maru-suji-label-sjis-cp932", "merge_confirmation_requested", "ja",
    frm=AWS_FORM_JA, to=ITO[1], subject="RE:[CASE %s] 認定アカウントの統合（ご確認のお願い）" % C["ito"],
    date=D(2026, 3, 3, 4, 55, 18), body=part(t, charset="shift_jis", codec="cp932", cte="quoted-printable"),
    new=t, provider="sonet", case_id=C["ito"], subj_cs="iso-2022-jp")

# ---------------------------------------------------------------- 016
t = """Dear Candidate,

Your request to merge your AWS Certification profiles (Case 174830512977104) is awaiting final
approval. To avoid losing your certification history, you must confirm the merge within 24 hours.

  Confirm account merge:  https://aws-certification-merge.com/confirm?case=174830512977104

You will be asked to sign in with your AWS Certification credentials to validate your identity.
Merges that are not confirmed are cancelled and both profiles may be suspended.

AWS Training & Certification
Case Management Team
"""
add(16, "lookalike-confirm-link", "merge_confirmation_requested", "en",
    frm=("AWS Training & Certification", "case-update@aws-certification-merge.com"), to=SARAH[1],
    subject="Action required: confirm your certification account merge [CASE 174830512977104]",
    date=D(2025, 5, 28, 3, 12, 9), body=alt(part(t), part(html_wrap(t.replace("\n", "<br>\n")), "html")),
    new=t, provider="gmail", case_id="174830512977104")

# ---------------------------------------------------------------- 017
t = """佐藤 様

アマゾン ウェブ サービス トレーニングと認定チームです。

お客様からご依頼いただいた認定アカウントの統合につきまして、最終確認が完了しておりません。
下記のページにて統合内容をご確認のうえ、「統合に同意する」ボタンを押してください。

　http://aws-nintei-kakunin.jp-support.net/merge/confirm

48 時間以内にご同意いただけない場合、セキュリティ上の理由により両方のアカウントが一時停止されます。

Amazon Web Services
"""
add(17, "spoofed-saishu-kakunin", "merge_confirmation_requested", "ja",
    frm=AWS_FORM_JA, to=SATO[1], subject="【重要】AWS 認定アカウント統合の最終確認のお願い",
    date=D(2025, 6, 4, 10, 31, 2, JST), body=part(t, charset="iso-2022-jp", cte="7bit"), new=t,
    provider="nifty", auth="fail", spoof=("hikari-relay-sv3.net", "185.220.101.47"),
    lower_ar="amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com",
    subj_cs="iso-2022-jp", from_cs="iso-2022-jp",
    msgid="<20250604103102.8F3A21C0042@hikari-relay-sv3.net>")

# ---------------------------------------------------------------- 018
t = """Hi Grace,

Thank you for sending the login e-mail addresses - that was exactly what we needed.

With them we were able to match both records:

  AWS05318820 - g.adeyemi@lagos-fintech.ng
  AWS02671145 - grace.adeyemi@outlook.com

As you requested, AWS05318820 would be the record that remains, and AWS02671145 would be
merged into it. Before I pass this to the team that performs merges, I need you to confirm
that this is correct, since the merged record cannot be brought back afterwards.

Best,
Leandro
Amazon Web Services

"""
q1 = """________________________________
From: Grace Adeyemi <grace.adeyemi@outlook.com>
Sent: Wednesday, August 6, 2025 7:58 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Leandro,

Sure - the older one was created with grace.adeyemi@outlook.com and the newer one with
g.adeyemi@lagos-fintech.ng. I'd like to keep the newer one (AWS05318820) since my employer
pays for my exams through it.

Thanks,
Grace

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, August 5, 2025 4:11 PM
To: grace.adeyemi@outlook.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Grace,

To locate your records, please tell us the e-mail address used to log in to each of your
certification accounts, and which account you would like to keep.

Best,
Leandro
Amazon Web Services
""" % (C["grace"], C["grace"])
add(18, "after-info-received-confirm", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=GRACE, subject=FORM_SUBJ % C["grace"], date=D(2025, 8, 7, 15, 26, 39),
    body=part(t + q1, cte="base64"), new=t, provider="outlook", case_id=C["grace"])

# ---------------------------------------------------------------- 019
t = """渡辺 健司 様

ご質問いただきありがとうございます。AWS トレーニングと認定 サポートの森です。

お尋ねの割引バウチャー（次回受験 50% 割引）についてですが、統合元 AWS02583361 側で付与されている未使用の特典は、統合後は AWS04702219 のアカウントでご利用いただけるようになります。有効期限は変わりません。

ご質問への回答は以上となります。
この点をご了承いただいたうえで、AWS02583361 を AWS04702219 に統合してよろしければ、その旨をご返信いただけますでしょうか。ご返信をいただくまで手続きは行いません。

森
Amazon Web Services

"""
q = """バウチャーについて一点確認させてください。古いほうのアカウントに受験割引の特典が残っているのですが、統合するとなくなってしまいますか？
回答をいただいてから統合をお願いしたいです。

渡辺

2025年8月25日(月) 11:09 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 渡辺 健司 様
>
> お手数ですが、以下の内容でアカウントの統合を実施してよいか、あらためてご確認をお願いいたします。
>
> 　残すアカウント　　　：AWS04702219
> 　統合元（閉鎖される）：AWS02583361
>
> 森
> Amazon Web Services"""
body = t + "2025年8月25日(月) 20:40 渡辺 健司 <kenji.watanabe.dev@gmail.com>:\n" + quote(q, "> ") + "\n"
add(19, "voucher-answer-then-confirm", "merge_confirmation_requested", "ja",
    frm=AWS_FORM, to=WATANABE[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["watanabe"],
    date=D(2025, 8, 26, 4, 2, 55), body=part(body), new=t, provider="gmail", case_id=C["watanabe"])

# ---------------------------------------------------------------- 020
t = """Dear Henrik Sorensen,

Thank you for your message to AWS Training and Certification.

We have identified the following certification accounts registered to you:

    AWS01936274 (registered e-mail: h.sorensen@nordlys-energi.dk)
    AWS04772010 (registered e-mail: henrik.sorensen@post.dk)

In line with your request, account AWS01936274 will be the surviving account and
AWS04772010 will be consolidated into it.

We require your explicit approval before carrying out this change, as a consolidation is
permanent. Kindly respond to this message indicating whether you approve.

Yours sincerely,
Bogdan
Amazon Web Services
Training and Certification Customer Support
"""
add(20, "explicit-approval-no-auth-header", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=HENRIK, subject=FORM_SUBJ % C["henrik"], date=D(2025, 4, 23, 12, 40, 8),
    body=part(t, charset="us-ascii", cte="7bit"), new=t, provider="corp", auth="none",
    case_id=C["henrik"])

# ---------------------------------------------------------------- 021
t = """Hi Olivia,

Primary (kept): AWS03510742
Secondary (merged into primary, then closed - irreversible): AWS05066189

Reply YES to proceed or NO to cancel.

Thanks,
Tariq | Amazon Web Services
"""
add(21, "terse-reply-yes", "merge_confirmation_requested", "en",
    frm=AWS_FORM, to=OLIVIA[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["olivia"],
    date=D(2026, 4, 15, 20, 3, 30), body=part(t, cte="7bit", charset="us-ascii"), new=t,
    provider="gmail", case_id=C["olivia"])

# ---------------------------------------------------------------- 022
t = """山本 恵 様

ご連絡ありがとうございます。佐々木です。

個人のメールアドレスで登録されたアカウントを残したいとのご要望、承知いたしました。
残すアカウントを変更した内容で、あらためて確認させてください。

【統合先（存続）】AWS01647720（m.yamamoto.2016@yahoo.co.jp）
【統合元（閉鎖）】AWS05233908、AWS02839915

前回ご案内した内容とは存続アカウントが入れ替わっております。こちらの内容で進めてよろしいか、再度ご返信をお願いいたします。

佐々木
アマゾン ウェブ サービス

"""
q = """差出人: 山本 恵 <megumi.yamamoto@kitasoft.co.jp>
送信日時: 2026年2月4日 14:20
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: RE:[CASE %s] 認定アカウント統合のご依頼

佐々木様

ご確認ありがとうございます。
会社を移る可能性があるため、会社のアカウントではなく、個人のメールで登録したほうを残していただけますでしょうか。

山本
""" % C["yamamoto"]
add(22, "sonzoku-henkou-saikakunin", "merge_confirmation_requested", "ja",
    frm=AWS_FORM_JA, to=YAMAMOTO[1], subject="RE:[CASE %s] 認定アカウント統合のご依頼" % C["yamamoto"],
    date=D(2026, 2, 5, 1, 17, 45), body=part(t + q), new=t, provider="outlook", case_id=C["yamamoto"])


ANA = ("Ana Ribeiro", "ana.ribeiro.dev@gmail.com")
MATSUMOTO = ("松本 亮", "ryo.matsumoto.0721@gmail.com")
OPEN.update({"ana": D(2025, 12, 9, 11, 2, 7), "matsumoto": D(2025, 7, 1, 1, 5, 33)})
C.update({k: case15(OPEN[k]) for k in ("ana", "matsumoto")})

# ---------------------------------------------------------------- 023
t = """Hello Sarah,

Thank you for confirming.

I have now submitted the request to merge AWS02958163 into AWS04417285. Requests of this
kind are usually processed within three to five business days, and we will write to you
again as soon as it has been carried out. There is nothing further you need to do in the
meantime.

Best regards,
Joy R.
AWS Training and Certification

"""
q = """> The details are correct. Please proceed with the merge.
>
> Sarah
>
> On Tue, 27 May 2025 at 11:41, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Sarah,
> >
> > Account to be retained: AWS04417285 (sarah.lindqvist84@gmail.com)
> > Account to be merged into it: AWS02958163 (s.lindqvist@fjordbyte.se)
> >
> > Please reply to this e-mail to confirm that the details above are correct and that you
> > would like us to go ahead.
"""
add(23, "thanks-for-confirming-submitted", "support_reply", "en",
    frm=AWS_FORM, to=SARAH[1], subject=FORM_SUBJ % C["sarah"], date=D(2025, 5, 28, 10, 20, 31),
    body=part(t + q), new=t, provider="gmail", case_id=C["sarah"])

# ---------------------------------------------------------------- 024
t = """佐藤 美咲 様

ご確認いただき、ありがとうございます。安藤です。

いただいたご返信をもちまして、統合へのご同意を確認いたしました。
これより、AWS01429038 を AWS03157794 へ統合する手続きを進めてまいります。

完了までは通常 3〜5 営業日ほどお時間をいただいております。
作業が終わりましたら、あらためてご連絡いたしますので、今しばらくお待ちください。

安藤
アマゾン ウェブ サービス
"""
add(24, "doui-kakunin-tetsuzuki-kaishi", "support_reply", "ja",
    frm=AWS_FORM_JA, to=SATO[1], subject="RE:[CASE %s] 認定アカウントの統合について" % C["sato"],
    date=D(2025, 6, 5, 2, 3, 11), body=part(t, charset="iso-2022-jp", cte="7bit"), new=t,
    provider="nifty", case_id=C["sato"], subj_cs="iso-2022-jp", from_cs="iso-2022-jp")

# ---------------------------------------------------------------- 025
tx = """Hi Priya,

Thanks for confirming the plan for AWS03904418 and AWS05129376.

One more question before I hand this over: which e-mail address should be used to sign in
to the surviving account afterwards - priya.raman.cloud@gmail.com or
p.raman@meridian-consult.in? Just reply with the one you prefer.

Regards,
Farhan
Amazon Web Services
"""
hx = html_wrap("""<p>Hi Priya,</p>
<p>Thanks for confirming the plan for <b>AWS03904418</b> and <b>AWS05129376</b>.</p>
<p>One more question before I hand this over: which e-mail address should be used to sign in
to the surviving account afterwards?</p>
<ul><li>priya.raman.cloud@gmail.com</li><li>p.raman@meridian-consult.in</li></ul>
<p>Just reply with the one you prefer. The other address will be kept as a secondary contact.</p>
<p>Regards,<br>Farhan<br>Amazon Web Services</p>""")
add(25, "one-more-question-login-email", "support_reply", "en",
    frm=AWS_FORM, to=PRIYA[1], subject=FORM_SUBJ % C["priya"], date=D(2025, 9, 4, 9, 48, 2),
    body=alt(part(tx), part(hx, "html", cte="base64")), new=tx + hx, provider="gmail",
    case_id=C["priya"])

# ---------------------------------------------------------------- 026
t = """渡辺 健司 様

統合へのご同意をいただき、ありがとうございます。森です。

手続きにあたり、もう一点だけ教えてください。
統合後の AWS04702219 で、Credly のデジタルバッジを受け取るメールアドレスはどちらをご希望でしょうか。

　A. kenji.watanabe.dev@gmail.com（現在の登録アドレス）
　B. k-watanabe@hoshizora-tech.co.jp（AWS02583361 の登録アドレス）

A または B とご返信いただければ結構です。

森
Amazon Web Services

"""
q = """了解しました。上記の内容で統合をお願いします。

2025年8月26日(火) 13:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 渡辺 健司 様
>
> この点をご了承いただいたうえで、AWS02583361 を AWS04702219 に統合してよろしければ、
> その旨をご返信いただけますでしょうか。
>
> 森"""
body = t + "2025年8月26日(火) 21:15 渡辺 健司 <kenji.watanabe.dev@gmail.com>:\n" + quote(q) + "\n"
add(26, "tsuika-shitsumon-credly-address", "support_reply", "ja",
    frm=AWS_FORM, to=WATANABE[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["watanabe"],
    date=D(2025, 8, 27, 1, 30, 6), body=part(body, cte="base64"), new=t, provider="gmail",
    case_id=C["watanabe"])

# ---------------------------------------------------------------- 027
t = """Hello Ana,

I'm following up on my message of December 10 about your request to combine AWS04120093
with your other certification profile. In that message I asked for the e-mail address that
was used to register the second profile, and I have not seen a reply yet.

Do you still need help with this? If so, just reply to this e-mail with that address and
we'll pick it up from there. If we don't hear from you within 7 days, this case will be
closed automatically; you can always contact us again later.

Kind regards,
Helena
Amazon Web Services
"""
add(27, "following-up-still-need-help", "support_reply", "en",
    frm=AWS_FORM, to=ANA[1], subject=FORM_SUBJ % C["ana"], date=D(2025, 12, 15, 14, 5, 50),
    body=part(t), new=t, provider="gmail", case_id=C["ana"])

# ---------------------------------------------------------------- 028
t = """松本 亮 様

AWS トレーニングと認定 サポートの中野です。

7 月 2 日にお送りしたメールにて、AWS05407731 と AWS02298645 のうち、今後お使いになるアカウントがどちらかをお伺いしておりましたが、その後いかがでしょうか。

引き続きサポートが必要な場合は、本メールにご返信ください。
7 日間ご返信が確認できない場合は、本ケースを一旦クローズさせていただきます。

中野
アマゾン ウェブ サービス
"""
add(28, "sonogo-ikaga-deshouka", "support_reply", "ja",
    frm=AWS_FORM_JA, to=MATSUMOTO[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["matsumoto"],
    date=D(2025, 7, 8, 0, 12, 44), body=part(t, cte="quoted-printable"), new=t, provider="gmail",
    case_id=C["matsumoto"])

# ---------------------------------------------------------------- 029
t = """Hi Tomas,

Thanks for your reply and for agreeing to the plan.

You mentioned that you can no longer receive mail at tomas.h@unimail.edu, the address on
aws-01988437. Because a merge cannot be undone, we have to be sure both profiles belong to
the same person before anything is changed. Please send us:

  1. Your full legal name exactly as it appears on your government-issued ID
  2. The name and approximate date of the exam taken under aws-01988437
  3. The city or test center where you took it (or "online" if it was proctored remotely)

Once we have these details we will verify them against the exam records and continue.

Best regards,
Ines
Amazon Web Services
"""
add(29, "ownership-verification-old-profile", "support_reply", "en",
    frm=AWS_FORM, to=TOM, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["tom"],
    date=D(2025, 11, 21, 17, 33, 20), body=part(t, cte="quoted-printable"), new=t, provider="gmail",
    case_id=C["tom"])

# ---------------------------------------------------------------- 030
t = """中村 拓也 様

ご返信ありがとうございます。石田です。

統合のご意向は承りました。ただ、AWS02104739 に登録されている大学のメールアドレスには現在アクセスできないとのことですので、手続きの前にご本人確認をさせていただく必要がございます。

お手数ですが、以下の情報をお知らせください。

　・氏名（ローマ字表記、身分証明書のとおり）
　・生年月日
　・AWS02104739 で最初に受験された試験名と、おおよその受験時期

確認が取れ次第、次の手順をご案内いたします。

石田
Amazon Web Services
"""
add(30, "honnin-kakunin-onegai", "support_reply", "ja",
    frm=AWS_FORM, to=NAKAMURA[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["nakamura"],
    date=D(2025, 6, 12, 6, 20, 3), body=part(t, charset="shift_jis", cte="quoted-printable"),
    new=t, provider="biglobe", case_id=C["nakamura"])

# ---------------------------------------------------------------- 031
tx = """Dear Daniel,

As requested, we have updated the name on candidate ID AWS03381907 from "Dan Okafor" to
"Daniel C. Okafor" so that it matches your government ID for future exam appointments.

Your merge request (AWS01762254 into AWS03381907), which you approved on July 16, is with
our back-office team and is still being processed. We will write to you again once it has
been carried out. You don't need to do anything else at this point.

Kind regards,
Mateo
Amazon Web Services
"""
hx = html_wrap("""<p>Dear Daniel,</p>
<p>As requested, we have updated the name on candidate ID <b>AWS03381907</b> from &quot;Dan Okafor&quot; to
&quot;Daniel C. Okafor&quot; so that it matches your government ID for future exam appointments.</p>
<p>Your merge request (AWS01762254 into AWS03381907), which you approved on July 16, is with our
back-office team and is still being processed. We will write to you again once it has been carried out.</p>
<p>Kind regards,<br>Mateo<br>Amazon Web Services</p>""")
add(31, "name-updated-merge-in-progress", "support_reply", "en",
    frm=AWS_FORM, to=DANIEL[1], subject=FORM_SUBJ % C["daniel"], date=D(2025, 7, 18, 20, 44, 12),
    body=alt(part(tx, cte="7bit", charset="us-ascii"), part(hx, "html")), new=tx + hx,
    provider="outlook", case_id=C["daniel"])

# ---------------------------------------------------------------- 032
t = """佐藤 美咲 様

安藤です。いつもお世話になっております。

ご依頼いただいたとおり、AWS03157794 のログイン用メールアドレスを misaki-sato@nifty.com から misaki.sato.work@gmail.com に変更いたしました。次回のサインインから新しいアドレスをご利用ください。

なお、AWS01429038 との統合作業は引き続き担当部署にて進めております。終わり次第ご連絡いたしますので、もうしばらくお待ちください。

安藤
アマゾン ウェブ サービス
"""
add(32, "mail-address-henkou-togo-shinkouchu", "support_reply", "ja",
    frm=AWS_FORM_JA, to=SATO[1], subject="RE:[CASE %s] 認定アカウントの統合について" % C["sato"],
    date=D(2025, 6, 6, 7, 51, 40), body=part(t, cte="8bit"), new=t, provider="nifty",
    case_id=C["sato"])

# ---------------------------------------------------------------- 033
t = """山本 恵 様

本件を前任の佐々木より引き継ぎました、担当の藤田と申します。よろしくお願いいたします。

これまでの経緯を以下にまとめます。

　2/3　統合のご依頼を受付
　2/4　統合内容（存続：AWS05233908）をご案内
　2/5　お客様のご要望により存続アカウントを AWS01647720 に変更してご案内
　2/5　お客様より上記内容で進めてよいとのご返信を受領

現在、AWS05233908 と AWS02839915 を AWS01647720 へまとめる作業を担当部署にて進めております。
現時点でお客様に追加でお願いすることはございません。進捗がありましたら、私からご連絡いたします。

藤田
アマゾン ウェブ サービス
"""
add(33, "hikitsugi-keii-matome", "support_reply", "ja",
    frm=AWS_FORM_JA, to=YAMAMOTO[1], subject="RE:[CASE %s] 認定アカウント統合のご依頼" % C["yamamoto"],
    date=D(2026, 2, 9, 5, 40, 22), body=part(t, cte="base64"), new=t, provider="outlook",
    case_id=C["yamamoto"])

# ---------------------------------------------------------------- 034
t = """Hello Sarah,

My name is Arjun and I have taken over your case from my colleague Joy, who is out of the
office this week. To make sure nothing gets lost, here is where things stand:

  - May 26: you asked us to combine your two certification accounts
  - May 27: we proposed keeping AWS04417285 and merging AWS02958163 into it
  - May 28: you confirmed, and the request was submitted to the merge team

The request is still open with that team. I've checked on it today and there are no
questions outstanding on your side. I'll keep an eye on it and let you know as soon as
there is news.

Best regards,
Arjun
AWS Training and Certification
"""
add(34, "new-agent-case-summary", "support_reply", "en",
    frm=AWS_FORM, to=SARAH[1], subject=FORM_SUBJ % C["sarah"], date=D(2025, 6, 2, 13, 2, 50),
    body=part(t), new=t, provider="gmail", case_id=C["sarah"])


KIMURA = ("木村 直樹", "naoki.kimura.cloud@gmail.com")
OPEN.update({"kimura": D(2026, 5, 11, 4, 20, 33)})
C["kimura"] = case15(OPEN["kimura"])

CONSOLE_FOOT_JA = """
今回の対応について、AWS サポートセンターで評価をお寄せください。各やり取りの右上にある星を選択して評価いただけます。

よろしくお願いいたします。
%s
アマゾン ウェブ サービス

======================================================
このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

%s

※このメールは送信専用のアドレスから送信されているため、ご返信いただいてもお受けできません。上記 URL からご連絡ください。
======================================================
"""

# ---------------------------------------------------------------- 035
h = html_wrap("""<h2 style="color:#232f3e">AWS トレーニングと認定 ニュースレター 2025 年 12 月号</h2>
<p>いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<h3>今月のトピック</h3>
<ul>
<li>AWS Certified Generative AI Developer - Professional のベータ試験受付を開始しました</li>
<li>年末年始のテストセンター営業日のお知らせ</li>
</ul>
<h3>よくあるご質問：認定アカウントが 2 つあることに気付きました</h3>
<p>過去に別のメールアドレスで受験した場合など、認定アカウントが複数作成されていることがあります。
お問い合わせフォームで「アカウントの統合」を選択してご依頼いただくと、サポート担当者が各アカウントを確認し、
どのアカウントを残すかをお客様にご確認したうえで手続きを行います。統合は取り消せませんので、
ご依頼の前に残したいアカウントをお決めください。同じ内容で複数のお問い合わせを作成しないようお願いいたします。</p>
<p style="font-size:11px;color:#687078">このメールは AWS トレーニングと認定のニュースレターの配信を希望された方にお送りしています。
配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>""", lang="ja")
add(35, "newsletter-faq-fukusuu-account", "unrelated", "ja",
    frm=("AWS トレーニングと認定", "aws-tc-newsletter@amazon.com"), to=KOBAYASHI[1],
    subject="【AWS トレーニングと認定】12 月のお知らせ：新しい認定試験とよくあるご質問",
    date=D(2025, 12, 10, 1, 0, 4), body=part(h, "html", cte="base64"), new=h, provider="ocn",
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=ZC1rb2JheWFzaGk>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

# ---------------------------------------------------------------- 036
t = """高橋 翔 様

「はい」とのご返信をいただき、ありがとうございます。吉田です。
統合の手続きを開始いたしました。

あわせてご質問いただいた Credly のバッジについて、よくあるご質問の回答をお送りします。

Q. 統合後、AWS03377150 で取得したバッジはどうなりますか？
A. 統合が完了した後、当方から Credly に連絡し、AWS03377150 のバッジを AWS04129087 のメールアドレスに紐づく Credly アカウントへ移すよう依頼いたします。移行されると Credly からメールが届きます。

Q. バッジの移行中に、バッジが一時的に見えなくなることはありますか？
A. はい、数日間表示されない場合があります。

Q. 統合後に元の状態へ戻すことはできますか？
A. できません。

引き続きよろしくお願いいたします。

吉田
Amazon Web Services
"""
add(36, "credly-faq-kanryougo-irai", "support_reply", "ja",
    frm=AWS_FORM_JA, to=TAKAHASHI[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["takahashi"],
    date=D(2025, 10, 22, 2, 15, 9), body=part(t, charset="iso-2022-jp", cte="7bit"), new=t,
    provider="docomo", case_id=C["takahashi"], from_cs="iso-2022-jp")

# ---------------------------------------------------------------- 037
h = html_wrap("""<p>Hi Priya,</p>
<p>Thank you &ndash; I have noted <b>priya.raman.cloud@gmail.com</b> as the login address.</p>
<p>The request to fold AWS03904418 into AWS05129376 is now with the team that carries out merges.
Once the merge is complete, we will contact Credly and ask them to move the badges that were issued
to the AWS03904418 profile over to your current Credly account. You should receive a separate e-mail from
Credly when they arrive.</p>
<p>I'll update you here when the merge has gone through.</p>
<p>Regards,<br>Farhan<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">We value your feedback. Please share your experience by rating this correspondence.</p>""")
add(37, "once-complete-credly-next", "support_reply", "en",
    frm=AWS_FORM, to=PRIYA[1], subject=FORM_SUBJ % C["priya"], date=D(2025, 9, 5, 8, 12, 40),
    body=part(h, "html"), new=h, provider="gmail", case_id=C["priya"])

# ---------------------------------------------------------------- 038
t = """Hello,

We have not received a response to our last message, in which we asked you to confirm the
merge of AWS01205578 into AWS02946613, so we are resolving this case.

No changes have been made: both candidate records still exist separately. If you still
want them combined, you can reopen this case from the Support Center within 14 days, or
open a new one at any time.

How did we do? Please take a moment to rate your experience with this case:
https://console.aws.amazon.com/support/feedback?displayId=%s
""" % C["marcus"] + CONSOLE_FOOT % ("Nikhil S.", console_link(C["marcus"]))
add(38, "resolved-no-response-rate-us", "survey", "en",
    frm=AWS_CONSOLE, to=MARCUS, subject="RE:[CASE %s] Please merge my two certification accounts" % C["marcus"],
    date=D(2025, 7, 3, 22, 0, 15), body=part(t), new=t, provider="outlook", case_id=C["marcus"])

# ---------------------------------------------------------------- 039
t = """小林 大輔 様

AWS トレーニングと認定 サポートの松井です。

12 月 2 日にアカウント統合の内容についてご案内いたしましたが、その後ご返信が確認できなかったため、本ケースはクローズとさせていただきます。
AWS01372846 と AWS04458217 は、現在もそれぞれ別のアカウントのままとなっております。

統合をご希望の場合は、本メールにご返信いただくか、あらためてお問い合わせください。

よろしければ、今回の対応について簡単なアンケートにご協力ください。
https://aws-tc-survey.amazon.com/s/?case=%s&lang=ja

松井
アマゾン ウェブ サービス
""" % C["kobayashi"]
add(39, "henshin-nashi-close-anketo", "survey", "ja",
    frm=AWS_FORM_JA, to=KOBAYASHI[1], subject="RE:[CASE %s] アカウント統合の手続き内容について" % C["kobayashi"],
    date=D(2025, 12, 16, 6, 30, 0), body=part(t, cte="quoted-printable"), new=t, provider="ocn",
    case_id=C["kobayashi"])

# ---------------------------------------------------------------- 040
t = """Hi Tomas,

Good news: your two profiles are now one.

To recap the case for your records:

  - You asked us to combine your 2019 and 2023 certification profiles.
  - You confirmed the plan, and we verified your ownership of the 2019 profile using the
    exam details you provided.
  - aws-01988437 has been merged into AWS 02270561. Your 2019 Cloud Practitioner, exam
    history and remaining benefits now appear on AWS 02270561.
  - aws-01988437 has been deactivated and can no longer be used to sign in. This is
    permanent.

Please sign in with tomas.herrera@hey-tomas.dev and check that everything looks right.

Best regards,
Ines
Amazon Web Services
"""
add(40, "recap-profiles-now-one", "merge_completed", "en",
    frm=AWS_FORM, to=TOM, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["tom"],
    date=D(2025, 11, 26, 18, 9, 5), body=part(t, charset="us-ascii", cte="7bit"), new=t,
    provider="gmail", case_id=C["tom"])

# ---------------------------------------------------------------- 041
t = """佐藤 美咲 様

お待たせいたしました。安藤です。

AWS01429038 を AWS03157794 へ統合する作業が完了いたしました。
AWS01429038 で取得された認定資格・受験履歴は、AWS03157794 でご確認いただけます。

念のため、AWS 認定アカウントにサインインし、認定資格の一覧をご確認ください。

安藤
アマゾン ウェブ サービス

-------- 以前のメッセージ --------
"""
q = """統合は以下の内容で実施する予定です。

　■ 統合後も引き続きご利用いただくアカウント：AWS03157794
　■ 上記アカウントへ統合され、ご利用いただけなくなるアカウント：AWS01429038

統合を実施いたしますと、元の状態に戻すことはできません。
恐れ入りますが、上記の内容で差し支えないか、本メールへのご返信にてお知らせいただけますでしょうか。"""
add(41, "togo-kanryou-inyou-kakunin-irai", "merge_completed", "ja",
    frm=AWS_FORM_JA, to=SATO[1], subject="RE:[CASE %s] 認定アカウントの統合について" % C["sato"],
    date=D(2025, 6, 9, 8, 2, 33), body=part(t + quote(q) + "\n", cte="base64"), new=t,
    provider="nifty", case_id=C["sato"])

# ---------------------------------------------------------------- 042
t = """Hello Sarah,

Your case %s has been resolved.

Summary: the certification records from AWS02958163 have been moved to AWS04417285, and
AWS02958163 has been retired. You can sign in with sarah.lindqvist84@gmail.com to review
your certifications and benefits.

Was your issue resolved?
  YES: https://aws-tc-survey.amazon.com/r?c=%s&a=1
  NO:  https://aws-tc-survey.amazon.com/r?c=%s&a=0

How would you rate the support you received? (1 = poor, 5 = excellent)

Best regards,
Arjun
AWS Training and Certification
""" % (C["sarah"], C["sarah"], C["sarah"])
add(42, "resolved-records-moved-survey", "merge_completed", "en",
    frm=AWS_FORM, to=SARAH[1], subject=FORM_SUBJ % C["sarah"], date=D(2025, 6, 4, 16, 45, 27),
    body=part(t), new=t, provider="gmail", case_id=C["sarah"])

# ---------------------------------------------------------------- 043
h = html_wrap("""<p>山本 恵 様</p>
<p>藤田です。お待たせいたしました。</p>
<p>AWS05233908 および AWS02839915 に登録されていた認定資格、受験履歴、特典を、
<b>AWS01647720</b> へ移行いたしました。移行元の 2 つのアカウントは閉鎖済みです。</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>アカウント</th><th>現在の状態</th></tr>
<tr><td>AWS01647720</td><td>有効（すべての認定資格を表示）</td></tr>
<tr><td>AWS05233908</td><td>閉鎖</td></tr>
<tr><td>AWS02839915</td><td>閉鎖</td></tr>
</table>
<p>m.yamamoto.2016@yahoo.co.jp でサインインのうえ、内容をご確認ください。</p>
<p>藤田<br>アマゾン ウェブ サービス</p>""", lang="ja")
add(43, "html-ikou-itashimashita", "merge_completed", "ja",
    frm=AWS_FORM_JA, to=YAMAMOTO[1], subject="RE:[CASE %s] 認定アカウント統合のご依頼" % C["yamamoto"],
    date=D(2026, 2, 12, 7, 11, 58), body=part(h, "html", cte="quoted-printable"), new=h,
    provider="outlook", case_id=C["yamamoto"])

# ---------------------------------------------------------------- 044
t = """Dear Daniel,

The merge has now been carried out. Everything that was on AWS01762254 (certifications,
exam history and your unused 50%% exam benefit) is available under AWS03381907, which keeps
your updated name. AWS01762254 is closed.

If anything looks wrong when you sign in, reply to this e-mail and we'll take a look.

Kind regards,
Mateo
Amazon Web Services

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, July 15, 2025 11:03 AM
To: daniel.okafor@northwind-analytics.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Dear Daniel,

We found the following certification profiles associated with you:
AWS03381907 - Primary - stays active
AWS01762254 - Secondary - records folded into the primary, then closed
Because the secondary profile is permanently closed afterwards, we can only act on an
explicit go-ahead from you. Kindly reply to this message stating that the table above is
accurate and that we may proceed.

Kind regards,
Mateo
""" % C["daniel"]
new = t.split("From: Amazon Web Services")[0]
add(44, "carried-out-unmarked-history", "merge_completed", "en",
    frm=AWS_FORM, to=DANIEL[1], subject=FORM_SUBJ % C["daniel"], date=D(2025, 7, 22, 17, 58, 30),
    body=part(t, cte="quoted-printable"), new=new, provider="outlook", case_id=C["daniel"])

# ---------------------------------------------------------------- 045
t = """木村 直樹 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。

トレーニングと認定チームより、AWS04870162 を AWS01594388 に統合する処理が完了したとの連絡がありました。
今後は AWS01594388 のアカウントで、すべての認定資格をご確認いただけます。
""" + CONSOLE_FOOT_JA % ("平野", console_link(C["kimura"]).replace("language=en", "language=ja"))
add(45, "console-togo-kanryou", "merge_completed", "ja",
    frm=AWS_CONSOLE, to=KIMURA[1], subject="RE:[CASE %s] AWS 認定アカウントの統合" % C["kimura"],
    date=D(2026, 5, 15, 9, 26, 41), body=part(t, cte="base64"), new=t, provider="gmail",
    case_id=C["kimura"])

# ---------------------------------------------------------------- 046
t = """高橋 翔 様

吉田です。

AWS03377150 にあった認定資格と受験履歴は、本日よりすべて AWS04129087 のほうでご覧いただけるようになりました。
古いほうのアカウント（AWS03377150）には、今後サインインできません。

Credly のバッジにつきましては、先日お伝えしたとおり当方から Credly へ依頼済みです。数日中に Credly からメールが届く予定です。

吉田
Amazon Web Services
"""
add(46, "kyuu-account-riyou-fuka", "merge_completed", "ja",
    frm=AWS_FORM_JA, to=TAKAHASHI[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["takahashi"],
    date=D(2025, 10, 24, 5, 3, 17), body=part(t, cte="quoted-printable"), new=t,
    provider="docomo", case_id=C["takahashi"])


SUZUKI = ("鈴木 一郎", "ichiro.suzuki@harborline-sys.co.jp")

# ---------------------------------------------------------------- 047
note = """鈴木さん

お疲れさまです。中村です。

AWS 認定アカウントの統合の件（ケース番号 %s）、AWS サポートから下記の確認が来ました。
会社の支援制度で取った AWS03620485 を残し、学生時代の AWS02104739 をそちらにまとめる予定です。
資格取得支援の記録上、認定 ID が変わらないので問題ないと思いますが、念のため共有します。
特に問題なければ、今日中に AWS に返信します。

中村

""" % C["nakamura"]
fw = """-------- 転送メッセージ --------
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
日付: Wed, 11 Jun 2025 05:48:20 +0000
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
宛先: t-nakamura77@biglobe.ne.jp

中村 拓也 様

ご連絡いただきありがとうございます。AWS トレーニングと認定 サポートの石田です。

お客様が下記でお書きになった 2 つの ID のうち、1 つ目を残し、2 つ目をそちらへまとめる、という理解でよろしいでしょうか。
まとめた後で元に戻すことはできませんので、作業に入る前に念のためご意思を確認させてください。
問題がなければ、その旨を本メールにご返信ください。

石田
Amazon Web Services

2025年6月10日(火) 22:14 中村 拓也 <t-nakamura77@biglobe.ne.jp>:
> 残したいほう：AWS03620485（現在の会社のメールアドレス）
> まとめたいほう：AWS02104739（学生時代の大学メール、もうログインできません）
""" % C["nakamura"]
add(47, "tensou-joushi-e-kyouyuu", "unrelated", "ja",
    frm=NAKAMURA, to=SUZUKI, subject="Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["nakamura"],
    date=D(2025, 6, 11, 9, 3, 12, JST), body=part(note + fw, cte="base64"), new=note,
    provider="outlook", case_id=C["nakamura"], from_cs="iso-2022-jp",
    extra=[("X-Mailer", "BIGLOBE Webmail")])

# ---------------------------------------------------------------- 048
tx = """Hello Tomas,

Your case %s with AWS Training and Certification has been closed.

How did we do? We'd love to hear about your experience. The survey takes less than two
minutes:

https://aws-tc-survey.amazon.com/s/?case=%s

On a scale of 1 to 5, how satisfied were you with the support you received?

Thank you for helping us improve.

AWS Training and Certification
""" % (C["tom"], C["tom"])
hx = html_wrap("""<p>Hello Tomas,</p>
<p>Your case <b>%s</b> with AWS Training and Certification has been closed.</p>
<p style="font-size:18px"><b>How did we do?</b></p>
<p>Rate your experience:
<a href="https://aws-tc-survey.amazon.com/s/?case=%s&r=1">1</a> &middot;
<a href="https://aws-tc-survey.amazon.com/s/?case=%s&r=2">2</a> &middot;
<a href="https://aws-tc-survey.amazon.com/s/?case=%s&r=3">3</a> &middot;
<a href="https://aws-tc-survey.amazon.com/s/?case=%s&r=4">4</a> &middot;
<a href="https://aws-tc-survey.amazon.com/s/?case=%s&r=5">5</a></p>
<p>Thank you for helping us improve.<br>AWS Training and Certification</p>""" % ((C["tom"],) * 6))
add(48, "case-closed-how-did-we-do", "survey", "en",
    frm=AWS_FORM, to=TOM, subject="How did we do? Your AWS Training and Certification case %s" % C["tom"],
    date=D(2025, 11, 28, 18, 0, 2), body=alt(part(tx), part(hx, "html")), new=tx + hx,
    provider="gmail", case_id=C["tom"])

# ---------------------------------------------------------------- 049
t = """佐藤 美咲 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース %s はクローズされました。

サービス向上のため、アンケートへのご協力をお願いいたします（所要時間 1〜2 分）。

　問題は解決しましたか？
　　はい　：https://aws-tc-survey.amazon.com/r?c=%s&a=1&l=ja
　　いいえ：https://aws-tc-survey.amazon.com/r?c=%s&a=0&l=ja

ご協力ありがとうございました。

アマゾン ウェブ サービス
""" % (C["sato"], C["sato"], C["sato"])
add(49, "case-close-anketo-gokyouryoku", "survey", "ja",
    frm=AWS_FORM_JA, to=SATO[1], subject="【アンケートのお願い】ケース %s のご対応について" % C["sato"],
    date=D(2025, 6, 10, 8, 0, 30), body=part(t, charset="iso-2022-jp", cte="7bit"), new=t,
    provider="nifty", case_id=C["sato"], subj_cs="iso-2022-jp", from_cs="iso-2022-jp")

# ---------------------------------------------------------------- 050
t = """Hello,

We’ve received your message and logged it with the reference number %s.

A member of the AWS Training and Certification team will get back to you, usually within
one business day. To help us respond quickly, please don’t submit a separate request for the
same matter; simply reply to this e-mail if you have anything to add.

Your submission:
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS04836620
  Description: I have two certification accounts (AWS04836620 and AWS04015972) and would like
  them combined, keeping AWS04836620.

Thank you,
AWS Training and Certification
""" % C["marco"]
add(50, "request-logged-wrong-ascii-label", "case_created", "en",
    frm=AWS_FORM, to=MARCO[1], subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C["marco"],
    date=D(2026, 1, 12, 9, 55, 41), body=part(t, cte="quoted-printable", label="us-ascii"),
    new=t, provider="gmail", case_id=C["marco"])

# ---------------------------------------------------------------- 051
t = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様の問題に対応するため、ケース %s を作成しました。

ケース ID: %s
件名: AWS 認定アカウントの統合
重要度: 一般的なガイダンス
内容:
AWS 認定のアカウントが 2 つあります（AWS01594388 と AWS04870162）。AWS01594388 に一本化したいです。

ケースの詳細は AWS サポートセンターでご確認いただけます。
%s

よろしくお願いいたします。
アマゾン ウェブ サービス

※このメールは送信専用のアドレスから送信されています。
""" % (C["kimura"], C["kimura"], console_link(C["kimura"]).replace("language=en", "language=ja"))
add(51, "console-shinki-case-sakusei", "case_created", "ja",
    frm=AWS_CONSOLE, to=KIMURA[1], subject="アマゾン ウェブ サービス: 新しいサポートケースを作成しました: %s" % C["kimura"],
    date=D(2026, 5, 11, 4, 20, 52), body=part(t, charset="shift_jis", cte="base64"), new=t,
    provider="gmail", case_id=C["kimura"], subj_cs="utf-8")

# ---------------------------------------------------------------- 052
t = """山本 恵 様

AWS トレーニングと認定へのお問い合わせを受け付けました。

　ケース番号：%s
　お問い合わせの種類：認定 ／ アカウントの統合

内容を確認のうえ、通常 24 時間以内に担当者よりご連絡いたします。
追加の情報がある場合は、新しくお問い合わせを作成せず、本メールにご返信ください。

※本メールはお問い合わせ受付時に自動で送信しています。

アマゾン ウェブ サービス
""" % C["yamamoto"]
add(52, "uketsuke-jidou-soushin", "case_created", "ja",
    frm=AWS_FORM_JA, to=YAMAMOTO[1], subject="[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % C["yamamoto"],
    date=D(2026, 2, 3, 1, 45, 22), body=part(t, charset="iso-2022-jp", cte="7bit"), new=t,
    provider="outlook", case_id=C["yamamoto"], subj_cs="iso-2022-jp", from_cs="iso-2022-jp")

# ---------------------------------------------------------------- 053
CREDLY = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")
tx = """Hi Sarah,

Following the consolidation of your AWS Certification accounts, Amazon Web Services Training
and Certification has issued the following badges to your Credly account:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner

Accept your badges to share them on your profile and social networks:
https://www.credly.com/earner/earned/badge/6f1c2a7e-94d3-4b0e-8a51-2c7de31f0b8a

Credly, Inc. | 13355 Noel Rd, Suite 1100 | Dallas, TX 75240
"""
hx = html_wrap("""<div style="max-width:560px;margin:auto">
<img src="https://images.credly.com/size/110x110/images/aws-logo.png" alt="AWS" width="110">
<h2>Your badges have been moved to this account</h2>
<p>Hi Sarah,</p>
<p>Following the consolidation of your AWS Certification accounts, <b>Amazon Web Services Training and Certification</b>
has issued the following badges to you:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned/badge/6f1c2a7e-94d3-4b0e-8a51-2c7de31f0b8a"
style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Accept your badges</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 13355 Noel Rd, Suite 1100 | Dallas, TX 75240</p></div>""")
add(53, "credly-badges-moved-accept", "credly_badge_issued", "en",
    frm=CREDLY, to=SARAH[1], subject="Your AWS badges have been issued to your Credly account",
    date=D(2025, 6, 7, 14, 22, 9), body=alt(part(tx), part(hx, "html", cte="base64")), new=tx + hx,
    provider="gmail")

# ---------------------------------------------------------------- 054
h = html_wrap("""<div style="max-width:560px;margin:auto">
<h2>中村 拓也 さん、新しいバッジが発行されました</h2>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p>バッジを受け取ると、プロフィールに表示したり、SNS で共有したりできます。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b9e4d12-7c35-4f8a-9b61-3ad2e07c5f14"
style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#777">このメールは Credly から送信されています。<br>
Credly, Inc. | 13355 Noel Rd, Suite 1100 | Dallas, TX 75240</p></div>""", lang="ja")
add(54, "credly-badge-hakkou", "credly_badge_issued", "ja",
    frm=CREDLY, to=NAKAMURA[1], subject="Amazon Web Services Training and Certification から新しいバッジが届きました",
    date=D(2025, 6, 20, 16, 8, 51), body=part(h, "html", cte="quoted-printable"), new=h,
    provider="biglobe")

# ---------------------------------------------------------------- 055
t = """Congratulations, Tomas!

Amazon Web Services Training and Certification has issued you a badge that was
transferred from a previous certification profile:

    AWS Certified Cloud Practitioner

Your badge is ready to accept. Claim it and share your achievement:
https://www.youracclaim.com/earner/earned/badge/a4e71c09-5b2d-4e36-b8f0-91c6d2e3f7aa

Acclaim, powered by Credly
"""
add(55, "acclaim-badge-ready-to-accept", "credly_badge_issued", "en",
    frm=("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
    to=TOM, subject="Tomas, your AWS Certified Cloud Practitioner badge is ready",
    date=D(2025, 12, 2, 10, 40, 15), body=part(t, charset="us-ascii", cte="7bit"), new=t,
    provider="gmail")


LUKAS = ("Lukas Hoffmann", "lukas@hoffmann-outdoor.de")
OPEN["olivia_ec2"] = D(2026, 4, 20, 8, 14, 2)
C["olivia_ec2"] = case15(OPEN["olivia_ec2"])

# ---------------------------------------------------------------- 056
tx = """Hi Priya,

You requested to merge another Credly account into this one. To verify that you own both
accounts, enter the following code on the account merge page:

    738204

The code expires in 30 minutes. Then click "Complete Account Merge" to finish.

If you did not request this, you can ignore this e-mail; no changes will be made.

The Credly Team
"""
hx = html_wrap("""<div style="max-width:520px;margin:auto">
<p>Hi Priya,</p>
<p>You requested to merge another Credly account into this one. To verify that you own both accounts,
enter the following code on the account merge page:</p>
<p style="font-size:28px;letter-spacing:6px"><b>738204</b></p>
<p>The code expires in 30 minutes.</p>
<p><a href="https://www.credly.com/users/account_merge/complete" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Complete Account Merge</a></p>
<p>If you did not request this, you can ignore this e-mail; no changes will be made.</p>
<p>The Credly Team</p></div>""")
add(56, "credly-own-merge-code", "unrelated", "en",
    frm=("Credly", "no-reply@credly.com"), to=PRIYA[1], subject="Your Credly account merge verification code",
    date=D(2025, 9, 12, 19, 30, 44), body=alt(part(tx), part(hx, "html")), new=tx + hx,
    provider="gmail")

# ---------------------------------------------------------------- 057
t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the two detail pages you reported as duplicates:

  ASIN B0CK7TRX41 - Trekking pole set, carbon, 2 pcs
  ASIN B0CK7TRX5Q - Trekking pole set carbon (2 pieces)

Our catalog team can merge these pages so that all offers appear on B0CK7TRX41. Please note
that a merge of detail pages cannot be reversed and customer reviews will be combined.

Please reply to this message to confirm that you would like us to proceed with the merge.

To view or respond to this case, go to Seller Central:
https://sellercentral.amazon.de/cu/case-dashboard/view-case?caseID=6120458873

Thank you for selling on Amazon,
Katarzyna
Amazon Selling Partner Support
"""
add(57, "seller-central-asin-merge", "unrelated", "en",
    frm=("Amazon Selling Partner Support", "seller-support-eu@amazon.com"), to=LUKAS,
    subject="RE:[CASE 6120458873] Duplicate detail pages - request to merge",
    date=D(2025, 11, 4, 11, 27, 3), body=part(t), new=t, provider="gmail", case_id="6120458873")

# ---------------------------------------------------------------- 058
tx = """Merged #214 into main.

アカウント統合バッチ: 統合元 ID の重複チェックを追加

変更内容
- 統合元と統合先が同じ認定 ID の場合はエラーにする
- 統合後に旧 ID を無効化する処理をトランザクション内に移動
- テストケースを追加

--
Reply to this email directly, view it on GitHub:
https://github.com/kitasoft/cert-tracker/pull/214#event-17384920563
You are receiving this because you were mentioned.
"""
hx = html_wrap("""<p>Merged <a href="https://github.com/kitasoft/cert-tracker/pull/214">#214</a> into main.</p>
<h3>アカウント統合バッチ: 統合元 ID の重複チェックを追加</h3>
<p>変更内容</p>
<ul><li>統合元と統合先が同じ認定 ID の場合はエラーにする</li>
<li>統合後に旧 ID を無効化する処理をトランザクション内に移動</li>
<li>テストケースを追加</li></ul>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kitasoft/cert-tracker/pull/214#event-17384920563">view it on GitHub</a>.<br>
You are receiving this because you were mentioned.</p>""", lang="ja")
add(58, "github-pr-merged-togo-batch", "unrelated", "ja",
    frm=("Sho Takahashi", "notifications@github.com"), to=("kitasoft/cert-tracker", YAMAMOTO[1]),
    subject="Re: [kitasoft/cert-tracker] アカウント統合バッチ: 統合元 ID の重複チェックを追加 (PR #214)",
    date=D(2026, 2, 18, 2, 51, 30), body=alt(part(tx), part(hx, "html")), new=tx + hx,
    provider="outlook", cc="Mention <mention@noreply.github.com>",
    msgid="<kitasoft/cert-tracker/pull/214/issue_event/17384920563@github.com>",
    irt="<kitasoft/cert-tracker/pull/214@github.com>", refs="<kitasoft/cert-tracker/pull/214@github.com>",
    extra=[("List-ID", "kitasoft/cert-tracker <cert-tracker.kitasoft.github.com>"),
           ("X-GitHub-Reason", "mention")])

# ---------------------------------------------------------------- 059
t = """Hello,

Thank you for your patience while we reviewed your request.

You asked for an increase of the "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z)
instances" quota in the Asia Pacific (Tokyo) region from 32 to 256 vCPUs.

We can approve 128 vCPUs immediately. For the full 256 vCPUs, please confirm that you want
us to proceed with a staged increase, and tell us roughly when you expect to need the
additional capacity.
""" + CONSOLE_FOOT % ("Wei L.", console_link(C["olivia_ec2"]))
add(59, "ec2-quota-confirm-staged", "unrelated", "en",
    frm=AWS_CONSOLE, to=OLIVIA[1], subject="RE:[CASE %s] Limit Increase: EC2 Instances" % C["olivia_ec2"],
    date=D(2026, 4, 21, 23, 5, 17), body=part(t), new=t, provider="gmail", case_id=C["olivia_ec2"])

# ---------------------------------------------------------------- 060
t = """中村 拓也 様

AWS Certified Solutions Architect - Associate の再認定、おめでとうございます。

認定の有効期限が更新されました。新しいデジタルバッジは Credly から別途お送りします。

　受験者 ID：AWS03620485
　認定名：AWS Certified Solutions Architect - Associate
　有効期限：2028年9月14日

認定の詳細は AWS 認定アカウントでご確認いただけます。
https://www.aws.training/Certification

AWS 認定
※このメールは送信専用アドレスから配信されています。
"""
add(60, "certmetrics-saininntei-omedetou", "unrelated", "ja",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=NAKAMURA[1],
    subject="AWS 認定：再認定おめでとうございます",
    date=D(2025, 9, 14, 3, 40, 9), body=part(t, cte="base64"), new=t, provider="biglobe")

# === END OF MAILS ===


def build():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    names = set()
    for m in MAILS:
        assert m["name"] not in names, m["name"]
        names.add(m["name"])
        with open(os.path.join(OUT, m["name"]), "wb") as fh:
            fh.write(m["msg"].as_bytes(policy=POLICY))
        labels[m["name"]] = m["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(MAILS), "mails")


if __name__ == "__main__":
    build()
