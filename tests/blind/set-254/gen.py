#!/usr/bin/env python3
"""Generator for blind set 254: AWS Certification account-merge mailbox fixtures.

Emphasis: merge confirmation requests (unusual wording, three accounts, corrected
requests) and look-alikes that ask to confirm something else or only inform.
Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import random
import re
import sys
from datetime import datetime, timedelta, timezone

from email import message_from_bytes
from email.header import Header
from email.policy import compat32
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(25401)
LABELS = {}
MAILS = []

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))
EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))


def mail(fn):
    MAILS.append(fn)
    return fn


# ---------------------------------------------------------------- small helpers
def D(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def hx(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64r(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(al) for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def cid15(opened):
    """15-digit display id: Unix time of opening + 5 digits."""
    return "%d%s" % (int(opened.timestamp()), digits(5))


def ses_msgid(d, region=None):
    ms = int(d.timestamp() * 1000)
    pre = "0100" if region is None else "0102"
    dom = "email.amazonses.com" if region is None else "%s.amazonses.com" % region
    return "<%s%012x-%s-%s-%s-%s-%s-000000@%s>" % (pre, ms, hx(8), hx(4), hx(4), hx(4), hx(12), dom)


def ses_envfrom(d):
    ms = int(d.timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com" % (ms, hx(8), hx(4), hx(4), hx(4), hx(12))


def fold_b(s, first=3, width=70):
    out, i = [], 0
    while i < len(s):
        out.append(s[i:i + width])
        i += width
    return "\n\t ".join(out)


def dkim(d, sel, t, h="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Message-ID:Date",
         c="relaxed/simple", extra=""):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s%s;\n\tbh=%s=;\n\tb=%s"
            % (c, sel, d, int(t.timestamp()), h, extra, b64r(43), fold_b(b64r(342) + "=")))


AMZ_SEL = "rjbq2ly6bjdvmrsmy7yqfxpsmbz5weha"
SES_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
SES_SEL_OLD = "224i4yxa5dv7c2xz3womw6peuasteono"


def fold_ascii(s, start=0, width=76):
    words, lines, cur = s.split(" "), [], ""
    col = start
    for w in words:
        if cur and col + 1 + len(w) > width:
            lines.append(cur)
            cur, col = w, 1 + len(w)
        else:
            cur = (cur + " " + w) if cur else w
            col += (1 if cur != w else 0) + len(w)
    lines.append(cur)
    return "\n ".join(lines)


def pacific(d):
    # crude DST rule, good enough for trace headers
    off = -7 if 3 <= d.month <= 10 else -8
    name = "PDT" if off == -7 else "PST"
    return d.astimezone(timezone(timedelta(hours=off))), name


def rfc(d):
    return format_datetime(d)


def gmail_trace(to, d, envfrom, ip, helo, ar_body, arc_body=None):
    """Gmail-side headers, top-down. ar_body: text after 'mx.google.com;'."""
    r1 = d + timedelta(seconds=rng.randint(1, 4))
    p, pn = pacific(r1)
    arc_body = arc_body or ar_body
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %scsp%s%s;\n        %s (%s)"
         % (hx(4), hx(3), hx(4), hx(4), rng.choice("abcdefgh") + str(rng.randint(10, 99)), digits(7),
            rng.choice(["pxb", "dyb", "mab"]), rfc(p), pn)),
        ("X-Google-Smtp-Source", "AGHT+I" + b64r(78)),
        ("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s-%s.%d.%s;\n        %s (%s)"
         % (hx(4), hx(4), hx(4), rng.choice(["af79cd13be357", "d75a77b69052e", "6a00e2b41f7c"]), hx(12), rng.randint(1, 999),
            "1" + digits(12), rfc(p), pn)),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
         % (int(r1.timestamp()), fold_b(b64r(300) + "==").replace("\n\t ", "\n         "))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
         "        h=feedback-id:mime-version:subject:message-id:to:from:date\n        :dkim-signature:dkim-signature;\n"
         "        bh=%s=;\n        fh=%s=;\n        b=%s" % (b64r(43), b64r(43), fold_b(b64r(300) + "==").replace("\n\t ", "\n         "))),
        ("ARC-Authentication-Results", "i=1; mx.google.com;\n" + arc_body),
        ("Return-Path", "<%s>" % envfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%02d.%02d.%02d.%02d.%02d\n"
         "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s (%s)"
         % (helo, helo, ip, rng.choice(["d75a77b69052e", "af79cd13be357", "6a00e2b41f7c"]), hx(12) + "si" + digits(7), rng.randint(10, 999),
            p.year, p.month, p.day, p.hour, p.minute, p.second, to, rfc(p), pn)),
        ("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
         % ("pass", envfrom, ip, ip) if "spf=pass" in ar_body else
         "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;"
         % (envfrom, ip, ip)),
        ("Authentication-Results", "mx.google.com;\n" + ar_body),
    ]


def gar(dkims, spf, envfrom, ip, dmarc, dmarc_dom, policy="QUARANTINE"):
    """Gmail-style AR body lines. dkims: list of (result, domain, selector)."""
    lines = []
    for res, dom, sel in dkims:
        lines.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (res, dom, sel, b64r(8)))
    if spf == "pass":
        lines.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
                     % (envfrom, ip, envfrom))
    else:
        lines.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;"
                     % (spf, envfrom, ip, envfrom))
    if dmarc:
        lines.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                     % (dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, dmarc_dom))
    else:
        lines[-1] = lines[-1].rstrip(";")
    return "\n".join(lines)


def ses_gmail(to, d, ip="54.240.8.%d", region=None):
    """Genuine amazon.com via SES received at Gmail; returns (trace, envfrom)."""
    if "%d" in ip:
        ip = ip % rng.randint(10, 99)
    env = ses_envfrom(d)
    helo = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    ar = gar([("pass", "amazon.com", AMZ_SEL), ("pass", "amazonses.com", SES_SEL)], "pass", env, ip, "pass", "amazon.com")
    return gmail_trace(to, d, env, ip, helo, ar), env


def outlook_trace(to, d, envdom, ip, helo, spf="pass", dkim_res="pass", dkim_d="amazon.com", dmarc="pass",
                  from_dom="amazon.com", compauth="pass reason=100"):
    r = d + timedelta(seconds=rng.randint(1, 5))
    srv = "%s%sPR%02dMB%04d" % (rng.choice(["SA1", "BY5", "CH3", "DM6", "PH0"]), rng.choice(["P", ""]), rng.randint(10, 19), rng.randint(1000, 9999))
    nam = rng.randint(10, 19)
    edge = "%sEUR%02dFT%03d.eop-EUR%02d.prod.protection.outlook.com" % (rng.choice(["AM", "DB", "VI"]), rng.randint(1, 5), rng.randint(1, 99), rng.randint(1, 5))
    ar = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
          % (spf, ip, envdom, dkim_res, "signature was verified" if dkim_res == "pass" else "signature did not verify",
             dkim_d, dmarc, "none" if dmarc == "pass" else "oreject", from_dom, compauth))
    return [
        ("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) by\n %s.namprd%02d.prod.outlook.com with HTTPS; %s"
         % (srv, nam, hx(3), hx(2), srv, nam, rfc(r + timedelta(seconds=2)))),
        ("Received", "from %s (2603:10a6:%s::%s) by\n %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) with\n"
         " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % (edge.split(".")[0], hx(3), hx(2), srv, nam, hx(3), hx(2), rng.randint(8000, 9200), rng.randint(10, 40), rfc(r + timedelta(seconds=1)))),
        ("Authentication-Results", ar),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
         % (spf.capitalize(), envdom, ip, ip, helo)),
        ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
         % (helo, ip, edge, rng.randint(1, 250), rng.randint(1, 250), rng.randint(8000, 9200), rng.randint(10, 40), rfc(r))),
    ]


def jp_trace(prov, to, d, envfrom, ip, helo, ar_body):
    """Japanese provider (nifty / biglobe / ocn / so-net) style trace."""
    r = (d + timedelta(seconds=rng.randint(2, 9))).astimezone(JST)
    hosts = {
        "nifty.com": ("mta-snd%02d.nifty.com" % rng.randint(1, 20), "mfilter%02d.nifty.com" % rng.randint(1, 40)),
        "biglobe.ne.jp": ("mail-in%02d.biglobe.ne.jp" % rng.randint(1, 20), "fltr%02d.biglobe.ne.jp" % rng.randint(1, 30)),
        "ocn.ne.jp": ("mf-smf-%s.ocn.ad.jp" % hx(4), "mfsmax.ocn.ne.jp"),
        "so-net.ne.jp": ("mx-%02d.so-net.ne.jp" % rng.randint(1, 9), "avf%02d.so-net.ne.jp" % rng.randint(1, 9)),
    }
    mx, flt = hosts[prov]
    return [
        ("Return-Path", "<%s>" % envfrom),
        ("Delivered-To", to),
        ("Received", "from %s (%s [10.%d.%d.%d])\n\tby %s with ESMTP id <%s@%s>\n\tfor <%s>; %s"
         % (flt, flt, rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255), mx, hx(16), mx, to, rfc(r + timedelta(seconds=1)))),
        ("Authentication-Results", "%s;\n\t%s" % (prov, ar_body)),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
         % (helo, helo, ip, flt, hx(11).upper(), to, rfc(r))),
    ]


def jar(spf, envdom, dkim_res, dkim_dom, dmarc, from_dom):
    s = "spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.i=@%s;\n\tdmarc=%s header.from=%s" % (
        spf, envdom, dkim_res, dkim_dom, dmarc, from_dom)
    return s


# ------------------------------------------------------------------ body builders
def tpart(text, sub="plain", cs="utf-8", cte="qp", label=None, codec=None, fmt_flowed=False):
    raw = text.encode(codec or cs)
    p = MIMENonMultipart("text", sub)
    p.set_param("charset", label or cs)
    if fmt_flowed:
        p.set_param("format", "flowed")
    if cte == "qp":
        payload, name = quopri.encodestring(raw).decode("ascii"), "quoted-printable"
    elif cte == "b64":
        payload, name = base64.encodebytes(raw).decode("ascii"), "base64"
    elif cte == "7bit":
        payload, name = raw.decode("ascii"), "7bit"
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = name
    del p["MIME-Version"]
    return p


def alt(plain, htm, cs="utf-8", cte="qp", hcte=None, hcs=None, codec=None, label=None):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9), int(rng.random() * 10 ** 13)))
    del m["MIME-Version"]
    m.attach(tpart(plain, "plain", cs, cte, codec=codec, label=label))
    m.attach(tpart(htm, "html", hcs or cs, hcte or cte, codec=codec, label=label))
    return m


def esc(s):
    return html.escape(s, quote=False)


def text2html(text):
    """Paragraphs -> <p>, quoted '>' runs -> <blockquote>."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % text2html(inner))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(esc(l) for l in lines))
    return "\n".join(out)


def aws_html(text, title="Amazon Web Services"):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"background:#232f3e;padding:12px\">"
            "<img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" alt=\"AWS\" width=\"60\"></td></tr>\n"
            "<tr><td style=\"padding:20px\">\n%s\n</td></tr></table>\n</body></html>\n" % (esc(title), text2html(text)))


def gmail_html(text):
    return '<div dir="ltr">%s</div>\n' % text2html(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>")


# ---------------------------------------------------------------- quoting styles
def q(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_quote(text, d, name, addr):
    h = d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")
    return "On %s %s <%s> wrote:\n%s" % (h, name, addr, q(text))


def outlook_quote(text, frm, d, to, subject):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y %I:%M %p"), to, subject, text.strip("\n")))


def orig_quote(text, frm, d, to, subject):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, d.strftime("%a, %d %b %Y %H:%M:%S %z"), to, subject, text.strip("\n")))


WD_JA = "月火水木金土日"


def ja_quote(text, d, name, addr):
    h = "%d年%d月%d日(%s) %d:%02d" % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute)
    return "%s %s <%s>:\n%s" % (h, name, addr, q(text))


# ----------------------------------------------------------------- AWS templates
AWS_LEGAL = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
             "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
             "410 Terry Ave. North, Seattle, WA 98109-5210")

FORM_FROM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE_FROM = ("Amazon Web Services", "no-reply-aws@amazon.com")


def console_footer(cid, lang="en"):
    if lang == "ja":
        return ("ケースの更新内容の確認、またはご返信は、以下のリンクからお願いいたします:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
                "*本メールは送信専用アドレスから送信されています。同じお問い合わせについて再度ご連絡いただく場合は、上記リンクをご利用ください。\n\n"
                "お客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りおよびその他のやり取りを評価していただけます。\n\n"
                "アマゾン ウェブ サービス ジャパン合同会社\n東京都品川区上大崎3-1-1 目黒セントラルスクエア" % cid)
    return ("To see the updated case or to reply, please follow the link below:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            "Please use the link above if you need to contact us again about this same issue.\n\n"
            "We value your feedback. Please share your experience by rating this and other correspondences in the "
            "AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the "
            "correspondence.\n\n" % cid) + AWS_LEGAL


# ------------------------------------------------------------------- assembling
ID_RE = re.compile(r"(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?![0-9])", re.I)


def ids_in(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


def build(fn, body, *, frm, to, subject, date, msgid, trace=(), after=(), extra=(), kind, case_id, lang, sv,
          new, ids=None, cc=None, reply_to=None, crlf=False, subj_charset=None, from_charset=None,
          in_reply_to=None, refs=None, date_str=None):
    """body: MIME part (becomes top-level). trace: list of (name,value) before the originator headers.
    after: (name,value) placed after trace but before From (e.g. DKIM-Signature)."""
    msg = body
    existing = list(msg.items())
    for k in set(k for k, _ in existing):
        del msg[k]
    for k, v in list(trace) + list(after):
        msg[k] = v
    name, addr = frm
    if name:
        if from_charset:
            msg["From"] = formataddr((name, addr), charset=from_charset)
        elif re.search(r"[^\x00-\x7f]", name):
            msg["From"] = formataddr((name, addr), charset="utf-8")
        else:
            msg["From"] = formataddr((name, addr))
    else:
        msg["From"] = addr
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    if isinstance(subject, list):
        h = Header(header_name="Subject")
        for chunk, ccs in subject:
            h.append(chunk, ccs)
        msg["Subject"] = h.encode(maxlinelen=76)
    elif subj_charset or re.search(r"[^\x00-\x7f]", subject):
        msg["Subject"] = Header(subject, subj_charset or "utf-8", header_name="Subject").encode(maxlinelen=76)
    else:
        msg["Subject"] = fold_ascii(subject, len("Subject: "))
    msg["Date"] = date_str or rfc(date)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if refs:
        msg["References"] = refs
    msg["MIME-Version"] = "1.0"
    for k, v in existing:
        if k.lower() != "mime-version":
            msg[k] = v
    for k, v in extra:
        msg[k] = v
    data = msg.as_bytes(policy=compat32.clone(max_line_length=998))
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    derived = ids_in(new)
    if ids is not None:
        want = sorted(set(ids))
        assert want == derived, (fn, want, derived)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    LABELS[fn] = {"kind": kind, "case_id": case_id, "account_ids": derived, "sender_verified": sv, "language": lang}


# ======================================================================= MAILS
# Thread A: Daniel Okafor (gmail), form case, two accounts, 2025-05
A_TO = "daniel.okafor.dev@gmail.com"
A_OPEN = D("2025-05-27 14:31:52")
A_CID = cid15(A_OPEN)
A_OLD, A_KEEP = "AWS40917268", "AWS18834520"
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# Thread B: Priya Raman (outlook.com), three accounts, 2025-02
B_TO = "priya.raman88@outlook.com"
B_OPEN = D("2025-02-10 05:47:19")
B_CID = cid15(B_OPEN)
B1, B2, B3 = "AWS55120934", "AWS55120987", "AWS63307415"

# Thread C: Lukas Becker (gmail), corrected id, 2024-11
C_TO = "lukas.becker.it@gmail.com"
C_OPEN = D("2024-11-04 09:02:44")
C_CID = cid15(C_OPEN)
C_WRONG, C_RIGHT, C_KEEP = "AWS71093382", "AWS71093328", "AWS20466719"


def form_sig(agent):
    return "Best regards,\n\n%s\nAWS Training and Certification\nAmazon Web Services" % agent


@mail
def m001():
    d = A_OPEN + timedelta(seconds=13)
    trace, env = ses_gmail(A_TO, d)
    text = ("Hello,\n\n"
            "Thank you for contacting AWS Training and Certification. This message confirms that we have received "
            "your request and opened case %s.\n\n"
            "A member of our team will review it and get back to you, in most cases within 24 hours. There is no "
            "need to submit the form again; if you have more details to add, simply reply to this e-mail and keep "
            "the case number in the subject line.\n\n"
            "Summary of your submission\n"
            "Inquiry type: AWS Training and Certification\n"
            "Detail: Account Merge\n"
            "AWS candidate ID: %s\n"
            "Notification e-mail: %s\n\n"
            "Sincerely,\nAWS Training and Certification Customer Service\n\n%s" % (A_CID, A_OLD, A_TO, AWS_LEGAL))
    body = alt(text, aws_html(text), cte="qp")
    build("001-form-ack-en.eml", body, frm=FORM_FROM, to=A_TO, subject="[CASE %s] %s" % (A_CID, A_SUBJ),
          date=d, msgid=ses_msgid(d), trace=trace,
          after=[("DKIM-Signature", dkim("amazon.com", AMZ_SEL, d)), ("DKIM-Signature", dkim("amazonses.com", SES_SEL, d))],
          extra=[("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64r(43)), ("X-SES-Outgoing", "%s-54.240.8.%d" % (d.strftime("%Y.%m.%d"), rng.randint(10, 99)))],
          kind="case_created", case_id=A_CID, lang="en", sv=True, new=text, ids=[A_OLD])


def ses_extra(d, region="us-east-1"):
    return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, b64r(43))),
            ("X-SES-Outgoing", "%s-54.240.8.%d" % (d.strftime("%Y.%m.%d"), rng.randint(10, 99)))]


def amz_dkim(d):
    return [("DKIM-Signature", dkim("amazon.com", AMZ_SEL, d)), ("DKIM-Signature", dkim("amazonses.com", SES_SEL, d))]


@mail
def m002():
    d = D("2025-05-28 09:12:40")
    trace, env = ses_gmail(A_TO, d)
    new = ("Hello Daniel,\n\n"
           "Thanks for reaching out to AWS Training and Certification, and for the details you sent through the form.\n\n"
           "I looked up both candidate profiles linked to your name and this is what we would do on our side:\n\n"
           "  - %s (registered with daniel.okafor@brightlane-consulting.com) would be closed and its exam "
           "history, certifications and benefits moved over;\n"
           "  - %s (registered with %s) would stay as your one and only certification account.\n\n"
           "Please keep in mind that once two profiles have been combined we are not able to split them again, "
           "and you would from then on sign in to AWS Certification only with the address of the account that stays.\n\n"
           "If that matches what you have in mind, just write back \"yes, go ahead\" and I will hand it to the "
           "team that carries out the change. If you would rather keep the other profile, tell me and I will "
           "swap them around.\n\n%s" % (A_OLD, A_KEEP, A_TO, form_sig("Marisol T.")))
    hist = orig_quote("Inquiry type: AWS Training and Certification\nDetail: Account Merge\nAWS candidate ID: %s\n"
                      "Description: Hi, I have two certification accounts, one from my old employer "
                      "(daniel.okafor@brightlane-consulting.com) and my personal one. I would like to have everything "
                      "under my personal gmail. My other ID is %s. Thanks!" % (A_OLD, A_KEEP),
                      "Daniel Okafor <%s>" % A_TO, A_OPEN, "aws-cs-trainingcertification-form@amazon.com", A_SUBJ)
    text = new + "\n\n" + hist
    body = alt(text, aws_html(text), cte="qp")
    build("002-plan-two-accounts-say-go-ahead.eml", body, frm=FORM_FROM, to=A_TO,
          subject="RE:[CASE %s] %s" % (A_CID, A_SUBJ), date=d, msgid=ses_msgid(d), trace=trace,
          after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=A_CID, lang="en", sv=True, new=new, ids=[A_OLD, A_KEEP])


@mail
def m003():
    d = D("2025-02-11 16:03:27")
    ip = "54.240.8.%d" % rng.randint(10, 99)
    env = ses_envfrom(d)
    trace = outlook_trace(B_TO, d, "amazonses.com", ip, "a8-%s.smtp-out.amazonses.com" % ip.split(".")[3])
    new = ("Dear Priya,\n\n"
           "Thank you for contacting AWS Training and Certification.\n\n"
           "While reviewing your request I found three candidate profiles under your name, not two. The third one "
           "was created when you registered for the Cloud Practitioner beta in 2021. Our proposal is to bring all "
           "of them together as follows:\n\n"
           "1. %s (priya.r@quantica-labs.io) -> folded into %s\n"
           "2. %s (priya.raman@student.ucl.ac.uk) -> folded into %s\n"
           "3. %s (%s) -> remains active and will hold all exams, certifications and the 50%% discount voucher\n\n"
           "Profiles 1 and 2 will be deactivated afterwards and this cannot be reversed.\n\n"
           "We need your written agreement before we start. If you are happy with the above, please reply to this "
           "email with \"I agree\". If one of these profiles should stay instead, let me know which one.\n\n"
           "Kind regards,\nOwen P.\nAWS Training and Certification Support" % (B1, B3, B2, B3, B3, B_TO))
    body = alt(new, aws_html(new), cte="b64")
    build("003-three-profiles-reply-i-agree.eml", body, frm=FORM_FROM, to=B_TO,
          subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d), crlf=True,
          kind="merge_confirmation_requested", case_id=B_CID, lang="en", sv=True, new=new, ids=[B1, B2, B3])


@mail
def m004():
    d = D("2024-11-05 13:44:09")
    prev_d = D("2024-11-05 11:20:51")
    trace, env = ses_gmail(C_TO, d)
    new = ("Hi Lukas,\n\n"
           "Please disregard the account list in my e-mail from this morning - I mistyped one of the IDs. "
           "I wrote %s, which does not belong to you. The profile you actually asked about is %s.\n\n"
           "Here is the corrected plan:\n\n"
           "    Account being retired:   %s  (l.becker@fh-rosenheim.de)\n"
           "    Account kept:            %s  (%s)\n\n"
           "All exam results, active certifications and any unused vouchers from the retired account go to the "
           "account that is kept. This is permanent.\n\n"
           "Since the first version was wrong, I need a fresh approval from you for this corrected version, even if "
           "you already answered the earlier mail. A short reply such as \"approved\" is enough. Nothing will be "
           "changed until we receive it.\n\n"
           "Sorry for the confusion.\n\n"
           "Best regards,\nNikhil R.\nAWS Training & Certification Customer Support\nAmazon Web Services"
           % (C_WRONG, C_RIGHT, C_RIGHT, C_KEEP, C_TO))
    prev = ("Hi Lukas,\n\nThank you for your patience. We can merge the following accounts for you:\n\n"
            "    Account being retired:   %s\n    Account kept:            %s\n\n"
            "Please reply to let us know whether we may go ahead.\n\nBest regards,\nNikhil R." % (C_WRONG, C_KEEP))
    hist = outlook_quote(prev, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", prev_d,
                         C_TO, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_CID)
    text = new + "\n\n" + hist
    body = alt(text, aws_html(text), cte="qp")
    build("004-corrected-plan-after-mistyped-id.eml", body, frm=FORM_FROM, to=C_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=C_CID, lang="en", sv=True, new=new,
          ids=[C_WRONG, C_RIGHT, C_KEEP])


# Thread J1: 田中 美咲 (nifty), form case in Japanese, 2025-03
J1_TO = "misaki.tanaka@nifty.com"
J1_OPEN = D("2025-03-18 01:05:33")
J1_CID = cid15(J1_OPEN)
J1_OLD, J1_KEEP = "AWS88012457", "AWS30671942"


def aws_nifty(to, d, prov="nifty.com", dmarc="pass", dkim_res="pass"):
    env = ses_envfrom(d)
    ip = "54.240.8.%d" % rng.randint(10, 99)
    helo = "a8-%s.smtp-out.amazonses.com" % ip.split(".")[3]
    return jp_trace(prov, to, d, env, ip, helo, jar("pass", "amazonses.com", dkim_res, "amazon.com", dmarc, "amazon.com")), env


@mail
def m005():
    d = J1_OPEN + timedelta(seconds=21)
    trace, env = aws_nifty(J1_TO, d)
    text = ("田中 美咲 様\n\n"
            "AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n\n"
            "お問い合わせを受け付けました。ケース番号は %s です。\n"
            "担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。\n\n"
            "同じ内容で新たにお問い合わせを作成されますと、対応が遅れる場合がございます。"
            "追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。\n\n"
            "今後ともよろしくお願いいたします。\n\n"
            "AWS トレーニングと認定 カスタマーサービス\n\n%s" % (J1_CID, AWS_LEGAL))
    htm = aws_html(text, "AWS トレーニングと認定")
    body = alt(text, htm, cte="qp")
    build("005-ja-form-uketsuke.eml", body, frm=("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com"),
          to=J1_TO, subject="[CASE %s] [AWS トレーニングと認定 フォーム送信] - account-assistance" % J1_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="case_created", case_id=J1_CID, lang="ja", sv=True, new=text, ids=[])


@mail
def m006():
    d = D("2025-03-19 06:41:02")
    user_d = D("2025-03-18 19:22:00", JST)
    trace, env = aws_nifty(J1_TO, d)
    new = ("田中 美咲 様\n\n"
           "AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。担当の森と申します。\n\n"
           "お知らせいただいた 2 つの認定アカウントについて調査いたしました。"
           "つきましては、下記の内容で統合の手続きを進めさせていただきたく存じます。\n\n"
           "■ 統合元（統合後に閉鎖されます）\n"
           "　候補者 ID：%s（m.tanaka@kobe-sys.co.jp）\n"
           "■ 統合先（今後ご利用いただくアカウント）\n"
           "　候補者 ID：%s（%s）\n\n"
           "統合元アカウントの受験履歴、認定資格、特典（50%% 割引バウチャー等）はすべて統合先へ移行されます。"
           "なお、一度統合いたしますと元に戻すことはできかねます。\n\n"
           "上記の内容で進めてよろしいでしょうか。差し支えなければ、本メールに「はい、お願いします」と"
           "ご返信いただけますと幸いです。ご返信をいただいた後に作業を開始いたします。\n\n"
           "何卒よろしくお願い申し上げます。\n\n"
           "森 健太\nAWS トレーニングと認定 カスタマーサポート\nアマゾン ウェブ サービス" % (J1_OLD, J1_KEEP, J1_TO))
    user = ("ご担当者様\n\nお世話になっております。田中です。\n"
            "フォームに書ききれなかったので補足いたします。\n"
            "前職の会社メールで作成したアカウント（%s）と、個人のアカウント（%s）があります。\n"
            "個人の方に一本化したいです。\nよろしくお願いいたします。\n\n田中 美咲" % (J1_OLD, J1_KEEP))
    text = new + "\n\n" + ja_quote(user, user_d, "田中 美咲", J1_TO)
    body = alt(text, aws_html(text, "AWS トレーニングと認定"), cte="b64")
    build("006-ja-plan-yoroshii-deshouka.eml", body, frm=FORM_FROM, to=J1_TO,
          subject="RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - account-assistance" % J1_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=J1_CID, lang="ja", sv=True, new=new, ids=[J1_OLD, J1_KEEP])


# Thread D: Sofia Marquez (gmail), 11-digit case, 2023
D_TO = "sofia.marquez.cloud@gmail.com"
D_CID = "13517720391"
D1, D2 = "AWS29914806", "AWS06652391"


@mail
def m007():
    d = D("2023-08-22 18:27:55")
    trace, env = ses_gmail(D_TO, d)
    new = ("Hello Sofia,\n\n"
           "Thank you for contacting AWS Training and Certification.\n\n"
           "Before we can look into combining the two profiles you mentioned (%s and %s) we have to make sure that "
           "both of them really belong to you. For your security, could you please confirm the following:\n\n"
           "- your full legal name exactly as it appears on the ID you show at the test center\n"
           "- the e-mail address you use to sign in to each of the two profiles\n"
           "- roughly when and where you took your most recent exam on each profile\n\n"
           "Please do not send us a copy of your ID or any payment card details.\n\n"
           "As soon as we have this information we will come back to you with the next steps.\n\n"
           "Best regards,\n\nAnjali\nAWS Training and Certification\nAmazon Web Services" % (D1, D2))
    body = alt(new, aws_html(new), cte="qp")
    build("007-verify-identity-before-looking.eml", body, frm=FORM_FROM, to=D_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=D_CID, lang="en", sv=True, new=new, ids=[D1, D2])


@mail
def m008():
    d = D("2025-06-03 15:10:44")
    to = "raj.venkatesan@gmail.com"
    ip = "159.182.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    env = "bounces+%s@em.pearsonvue.com" % digits(7)
    ar = gar([("pass", "pearson.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", env, ip, "pass", "pearson.com", "REJECT")
    trace = gmail_trace(to, d, env, ip, "o%d.em.pearsonvue.com" % rng.randint(1, 20), ar)
    htm = ("<html><head><meta charset=\"utf-8\"><title>Appointment confirmation</title></head>\n"
           "<body style=\"font-family:Verdana,Arial,sans-serif;font-size:13px\">\n"
           "<table width=\"640\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>"
           "<img src=\"https://home.pearsonvue.com/getattachment/logo-pvue.png\" alt=\"Pearson VUE\" width=\"180\"></td></tr>\n"
           "<tr><td style=\"padding-top:18px\"><p>Dear Raj Venkatesan,</p>\n"
           "<p>Thank you for scheduling your exam with Pearson VUE. Please review the appointment details below and "
           "confirm that your name, exam and date are correct. If anything is wrong, contact us at least 24 hours "
           "before your appointment.</p>\n"
           "<table cellpadding=\"4\" style=\"border:1px solid #ccc\">"
           "<tr><td><b>Exam:</b></td><td>AWS Certified Solutions Architect - Professional (SAP-C02)</td></tr>"
           "<tr><td><b>Date:</b></td><td>Friday, June 20, 2025</td></tr>"
           "<tr><td><b>Time:</b></td><td>10:30 AM India Standard Time</td></tr>"
           "<tr><td><b>Delivery:</b></td><td>OnVUE online proctored</td></tr>"
           "<tr><td><b>Registration ID:</b></td><td>%s</td></tr>"
           "<tr><td><b>Candidate ID:</b></td><td>AWS%s</td></tr>"
           "<tr><td><b>Order number:</b></td><td>%s</td></tr></table>\n"
           "<p>Your name in your AWS Certification profile must match the government-issued ID you present exactly.</p>\n"
           "<p><a href=\"https://wsr.pearsonvue.com/testtaker/signin/SignInPage/AWS\">Reschedule or cancel</a></p>\n"
           "<p>Sincerely,<br>Pearson VUE</p>\n"
           "<p style=\"font-size:10px;color:#666\">This is an automated message; please do not reply. "
           "Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437</p></td></tr></table></body></html>\n"
           % (digits(9), "57730148", "0" + digits(9)))
    body = tpart(htm, "html", "utf-8", "qp")
    new = re.sub(r"<[^>]+>", " ", htm)
    build("008-pearson-confirm-appointment.eml", body, frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=to,
          subject="Pearson VUE Confirmation of Exam Appointment", date=d,
          msgid="<%s.%s@em.pearsonvue.com>" % (hx(20), digits(6)), trace=trace,
          after=[("DKIM-Signature", dkim("pearson.com", "s1", d, h="from:to:subject:mime-version:content-type"))],
          kind="unrelated", case_id=None, lang="en", sv=False, new=new, ids=["AWS57730148"])


@mail
def m009():
    d = D("2025-05-29 02:17:36")
    ip = "185.176.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    env = "bounce-%s@mail.aws-certification-support.com" % hx(10)
    ar = gar([("pass", "aws-certification-support.com", "default")], "pass", env, ip, "pass",
             "aws-certification-support.com", "NONE")
    trace = gmail_trace(A_TO, d, env, ip, "mail.aws-certification-support.com", ar)
    new = ("Dear Candidate,\n\n"
           "Our records show that two AWS Certification profiles are registered to you (ref. %s). "
           "To keep your certifications valid, the duplicate profile must be consolidated into your primary profile.\n\n"
           "We have prepared the consolidation. Approve it using the secure link below within 48 hours. "
           "If we do not receive your approval, both profiles will be suspended and your certifications may be revoked.\n\n"
           "APPROVE CONSOLIDATION: https://aws-certification-support.com/consolidate?token=%s\n\n"
           "You will be asked to sign in with your AWS Certification e-mail and password to authorise the transfer.\n\n"
           "Regards,\nAWS Certification Account Team" % (A_OLD, hx(32)))
    htm = ("<html><body style=\"font-family:Arial\"><div style=\"max-width:600px\">"
           "<h2 style=\"color:#ff9900\">AWS Certification</h2>%s"
           "<p><a href=\"https://aws-certification-support.com/consolidate?token=%s\" style=\"background:#ff9900;color:#fff;"
           "padding:10px 18px;text-decoration:none\">Approve consolidation</a></p></div></body></html>"
           % (text2html(new), hx(32)))
    body = alt(new, htm, cte="qp")
    build("009-lookalike-domain-approve-consolidation.eml", body,
          frm=("AWS Certification", "merge-desk@aws-certification-support.com"), to=A_TO,
          subject="Action required: approve your certification account consolidation", date=d,
          msgid="<%s@aws-certification-support.com>" % hx(24), trace=trace,
          after=[("DKIM-Signature", dkim("aws-certification-support.com", "default", d, h="from:to:subject:date"))],
          kind="merge_confirmation_requested", case_id=None, lang="en", sv=False, new=new, ids=[A_OLD])


@mail
def m010():
    d = D("2025-05-28 17:55:12")
    user_d = D("2025-05-28 16:40:00", CEST)
    agent_d = D("2025-05-28 09:12:40")
    trace, env = ses_gmail(A_TO, d)
    new = ("Hello Daniel,\n\n"
           "Thank you for getting back to me so quickly.\n\n"
           "I have passed your request on to our back-office team and they will now proceed with combining the two "
           "profiles exactly as described in my previous message. There is nothing else you need to do at this point.\n\n"
           "Once the merge is complete you will hear from us again, and from then on please sign in with your Gmail "
           "address only. It can take a few days for Credly to show your badges on the remaining profile.\n\n"
           "%s" % form_sig("Marisol T."))
    prev_agent = ("Hello Daniel,\n\nI looked up both candidate profiles linked to your name and this is what we would do:\n\n"
                  "  - %s would be closed and its history moved over;\n  - %s would stay.\n\n"
                  "If that matches what you have in mind, just write back \"yes, go ahead\".\n\nBest regards,\nMarisol T."
                  % (A_OLD, A_KEEP))
    user = "Yes, go ahead. Thanks a lot for the quick help!\n\nDaniel\n\n" + gmail_quote(
        prev_agent, agent_d.astimezone(CEST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
    hist = orig_quote(user, "Daniel Okafor <%s>" % A_TO, user_d, "aws-cs-trainingcertification-form@amazon.com",
                      "Re: RE:[CASE %s] %s" % (A_CID, A_SUBJ))
    text = new + "\n\n" + hist
    body = alt(text, aws_html(text), cte="qp")
    build("010-thanks-we-will-now-proceed.eml", body, frm=FORM_FROM, to=A_TO,
          subject="RE:[CASE %s] %s" % (A_CID, A_SUBJ), date=d, msgid=ses_msgid(d), trace=trace,
          after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=A_CID, lang="en", sv=True, new=new, ids=[])


# Thread E: Ahmed Al-Farsi (outlook.com), console case, 2024-09
E_TO = "ahmed.alfarsi@outlook.com"
E_OPEN = D("2024-09-16 07:12:05")
E_CID = cid15(E_OPEN)
E1, E2 = "AWS74402915", "AWS91156023"


def aws_outlook(to, d):
    ip = "54.240.%d.%d" % (rng.choice([8, 9, 27, 48]), rng.randint(10, 250))
    return outlook_trace(to, d, "amazonses.com", ip, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]))


@mail
def m011():
    d = E_OPEN + timedelta(seconds=9)
    trace = aws_outlook(E_TO, d)
    text = ("Dear AWS customer,\n\n"
            "Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
            "The details of your case are as follows:\n\n"
            "Case ID: %s\n"
            "Subject: Two certification accounts - please combine\n"
            "Severity: General guidance\n"
            "Correspondence: Hello, I passed SAA-C03 on one certification account (%s) and DVA-C02 on another "
            "(%s) because I used a different email by mistake. Please combine them into %s.\n\n"
            "We will respond as soon as possible. You can view and manage your case from the AWS Support Center.\n\n"
            % (E_CID, E_CID, E1, E2, E2)) + console_footer(E_CID)
    body = alt(text, aws_html(text), cte="qp")
    build("011-console-new-case-opened.eml", body, frm=CONSOLE_FROM, to=E_TO,
          subject="Amazon Web Services: You have opened a new Support case: %s" % E_CID, date=d,
          msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d), crlf=True,
          kind="case_created", case_id=E_CID, lang="en", sv=True, new=text, ids=[E1, E2])


@mail
def m012():
    d = D("2024-09-17 10:48:31")
    trace = aws_outlook(E_TO, d)
    htm = ("<html><body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">\n"
           "<p>Hello,</p>\n"
           "<p>We've added new correspondence to your support case <b>%s</b>: Two certification accounts - please combine.</p>\n"
           "<p>To see the correspondence or to reply, sign in to the AWS Support Center:<br>"
           "<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en\">"
           "https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>\n"
           "<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>\n"
           "<p style=\"color:#687078;font-size:11px\">%s</p>\n</body></html>\n" % (E_CID, E_CID, E_CID, AWS_LEGAL))
    body = tpart(htm, "html", "utf-8", "qp")
    build("012-console-new-correspondence-notice.eml", body, frm=CONSOLE_FROM, to=E_TO,
          subject="[Case %s] New correspondence added" % E_CID, date=d, msgid=ses_msgid(d), trace=trace,
          after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=E_CID, lang="en", sv=True, new=htm, ids=[])


# Thread F: Chen Wei (gmail), console case, 11 digits, 2023
F_TO = "chenwei.sre@gmail.com"
F_CID = "12894470561"
F1, F2 = "AWS13058826", "AWS47790013"


@mail
def m013():
    d = D("2023-03-14 21:06:18")
    trace, env = ses_gmail(F_TO, d)
    new = ("Hello Chen,\n\n"
           "Thank you for your patience while we looked into this.\n\n"
           "I can see that your SysOps Administrator exam was recorded under candidate ID %s, while your Solutions "
           "Architect and Security certifications sit under %s. We can bring these together so that %s becomes your "
           "single certification profile and %s is retired. The retired profile cannot be restored afterwards.\n\n"
           "Because this change is irreversible, our policy is to act only on your explicit approval. As this "
           "mailbox does not accept replies, please open the case in the Support Center (link below) and post a "
           "short message saying that you approve the change described above. As soon as your approval is on the "
           "case we will schedule the work.\n\n"
           "We appreciate your understanding.\n\n"
           "Best regards,\n\nTomasz W.\nAmazon Web Services\n\n" % (F1, F2, F2, F1)) + console_footer(F_CID)
    body = alt(new, aws_html(new), cte="qp")
    build("013-console-explicit-approval-11digit.eml", body, frm=CONSOLE_FROM, to=F_TO,
          subject="RE:[CASE %s] Request to merge my two certification profiles" % F_CID, date=d, msgid=ses_msgid(d),
          trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=F_CID, lang="en", sv=True, new=new, ids=[F1, F2])


# Thread J2: 鈴木 翔太 (ocn), console case in Japanese, three accounts, 2024-12
J2_TO = "shota-suzuki@ocn.ne.jp"
J2_OPEN = D("2024-12-02 00:48:10")
J2_CID = cid15(J2_OPEN)
J2a, J2b, J2c = "AWS62014378", "AWS09981254", "AWS62014833"


@mail
def m014():
    d = D("2024-12-03 04:15:40")
    trace, env = aws_nifty(J2_TO, d, prov="ocn.ne.jp")
    new = ("鈴木 翔太 様\n\n"
           "アマゾン ウェブ サービスをご利用いただき、ありがとうございます。\n"
           "AWS サポートの小林でございます。\n\n"
           "お問い合わせいただいた認定アカウントの件、社内で調査いたしましたところ、"
           "鈴木様のお名前で登録されたアカウントが 3 件見つかりました。\n\n"
           "① %s（2019 年作成、旧勤務先メールアドレス）\n"
           "② %s（2022 年作成、Gmail アドレス）\n"
           "③ %s（2024 年作成、現在ご利用中のアドレス）\n\n"
           "① と ② の受験履歴・認定資格を ③ へ移し、① と ② は閉鎖する形で対応させていただく予定でございます。"
           "閉鎖したアカウントは復元できませんので、あらかじめご了承ください。\n\n"
           "つきましては、この 3 件を ③ に一本化する方向で手続きを進めてよろしいか、ご意向をお聞かせいただけますでしょうか。"
           "本メールは送信専用のため、恐れ入りますが下記リンクよりサポートセンターのケースにご返信ください。\n\n"
           "どうぞよろしくお願いいたします。\n\n"
           "小林\nアマゾン ウェブ サービス\n\n" % (J2a, J2b, J2c)) + console_footer(J2_CID, "ja")
    body = tpart(new, "plain", "shift_jis", "b64", label="Shift_JIS", codec="cp932")
    build("014-ja-three-accounts-sjis-ikou.eml", body, frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
          to=J2_TO, subject=[("RE:[CASE %s] " % J2_CID, "us-ascii"), ("認定アカウントの統合について", "iso-2022-jp")],
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d, "ap-northeast-1"),
          kind="merge_confirmation_requested", case_id=J2_CID, lang="ja", sv=True, new=new, ids=[J2a, J2b, J2c])


# Thread J3: 佐々木 恵 (so-net), form case, name mismatch question, 2024-07
J3_TO = "m-sasaki@aa.so-net.ne.jp"
J3_CID = cid15(D("2024-07-08 02:30:57"))
J3a, J3b = "AWS35508120", "AWS71640092"


@mail
def m015():
    d = D("2024-07-09 08:02:26")
    trace, env = aws_nifty(J3_TO, d, prov="so-net.ne.jp")
    new = ("佐々木 恵 様\n\n"
           "平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n\n"
           "アカウント統合のご依頼につきまして、2 件のアカウントを拝見いたしました。"
           "恐れ入りますが、手続きの前にお伺いしたい点がございます。\n\n"
           "%s では氏名が「Megumi Sasaki」、%s では「SASAKI MEGUMI K」と登録されており、表記が一致しておりません。"
           "試験会場でご提示いただく身分証明書に記載されているローマ字表記を、正確にお知らせいただけますでしょうか。"
           "いただいた表記に合わせて、統合後のアカウントの氏名を登録いたします。\n\n"
           "なお、身分証明書の画像は添付なさらないようお願いいたします。\n\n"
           "お手数をおかけいたしますが、よろしくお願い申し上げます。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n佐藤" % (J3a, J3b))
    body = tpart(new, "plain", "iso-2022-jp", "7bit")
    build("015-ja-ask-romaji-name-on-id.eml", body, frm=FORM_FROM, to=J3_TO,
          subject=[("RE:[CASE %s] [AWS Training and Certification Form Submission] - " % J3_CID, "us-ascii"),
                   ("アカウント統合", "iso-2022-jp")],
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=J3_CID, lang="ja", sv=True, new=new, ids=[J3a, J3b])


@mail
def m016():
    d = D("2024-10-21 13:00:05")
    to = "kwame.mensah@gmail.com"
    ip = "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(1, 250))
    env = "bounce-mc.us5_%s.%s-%s@mail%d.suw%d.mcsv.net" % (digits(8), digits(6), to.replace("@", "="), rng.randint(10, 99), rng.randint(10, 99))
    ar = gar([("pass", "certmetrics.com", "k1"), ("pass", "mcsv.net", "k3")], "pass", env, ip, "pass", "certmetrics.com", "NONE")
    trace = gmail_trace(to, d, env, ip, "mail%d.suw11.mcsv.net" % rng.randint(10, 99), ar)
    text = ("Hello Kwame,\n\n"
            "Before you schedule your next AWS Certification exam, please take a moment to check that the name on "
            "your AWS Certification profile matches the government-issued ID you will present on exam day.\n\n"
            "Name on profile: KWAME A MENSAH\n"
            "AWS Candidate ID: AWS-20781146\n\n"
            "If the name is correct, no action is needed. If it needs to change, sign in to "
            "https://www.aws.training/Certification and update it under Profile > Personal information. "
            "Name mismatches are the most common reason candidates are turned away at the test center.\n\n"
            "Good luck on your exam!\n\nAWS Training and Certification\n\n"
            "You are receiving this e-mail because you have an AWS Certification account. "
            "This message was sent by CertMetrics on behalf of AWS Training and Certification.\n")
    body = alt(text, gmail_html(text).replace('<div dir="ltr">', '<div style="font-family:Helvetica">'), cte="qp")
    build("016-certmetrics-check-name-matches-id.eml", body,
          frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=to,
          subject="Reminder: make sure your name matches your ID before test day", date=d,
          msgid="<%s.%s@mail%d.suw11.mcsv.net>" % (hx(24), hx(12), rng.randint(10, 99)), trace=trace,
          after=[("DKIM-Signature", dkim("certmetrics.com", "k1", d, h="subject:from:to:date:message-id:mime-version:content-type"))],
          kind="unrelated", case_id=None, lang="en", sv=False, new=text, ids=["AWS20781146"])


@mail
def m017():
    d = D("2025-01-15 19:22:48")
    to = "orders@ridgewayoutdoorgear.com"
    seller_case = "6120394857"
    ip = "54.240.%d.%d" % (rng.choice([13, 48]), rng.randint(10, 250))
    trace = outlook_trace(to, d, "amazonses.com", ip, "a48-%s.smtp-out.amazonses.com" % ip.split(".")[3])
    new = ("Hello,\n\n"
           "Thank you for contacting Amazon Selling Partner Support.\n\n"
           "I understand that you would like the following child ASINs to be grouped under a single parent listing "
           "for your \"TrailPro Hiking Socks\" product family:\n\n"
           "B0CJ7RXW2K, B0CJ7S14HM, B0CJ7QZ9DN\n\n"
           "Before I submit this to our catalog team, please confirm that all three ASINs should be merged under "
           "parent ASIN B0CJ7RWV1P with \"Size\" as the variation theme. Please note that customer reviews will be "
           "combined once the variation family is created.\n\n"
           "Please reply to this e-mail so that we can proceed.\n\n"
           "We hope this information is helpful. Please contact us if you have any other questions.\n\n"
           "Thank you,\nRamya\nAmazon Selling Partner Support\n\n"
           "Was this email helpful? Yes / No\n")
    body = alt(new, aws_html(new, "Amazon Seller Central"), cte="qp")
    build("017-seller-central-case-confirm-asin-merge.eml", body,
          frm=("Amazon Seller Central", "seller-notification@amazon.com"), to=to,
          subject="RE:[CASE %s] Merge child ASINs into one variation family" % seller_case, date=d,
          msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d), crlf=True,
          kind="unrelated", case_id=seller_case, lang="en", sv=True, new=new, ids=[])


@mail
def m018():
    opened = D("2025-04-07 11:30:02")
    cid = cid15(opened)
    d = D("2025-04-08 07:41:55")
    to = "j.okonkwo@harbourline.io"
    trace, env = ses_gmail(to, d)
    new = ("Hello,\n\n"
           "Thank you for contacting AWS Billing and Account support.\n\n"
           "You asked us to combine the charges of your two AWS accounts (4417-2210-9835 and 7720-6613-0482) so that "
           "you receive a single invoice. This is done by creating an organization in AWS Organizations and inviting "
           "the second account as a member; support cannot merge two AWS accounts into one.\n\n"
           "Before I walk you through the steps, could you please confirm which of the two accounts should be the "
           "management (payer) account? The management account will pay for all usage of the member account from "
           "the next billing period.\n\n"
           "Also, please confirm that you are the root user or have billing permissions on both accounts.\n\n"
           "Best regards,\n\nFatima Z.\nAmazon Web Services\n\n") + console_footer(cid)
    body = alt(new, aws_html(new), cte="qp")
    build("018-billing-case-which-payer-account.eml", body, frm=CONSOLE_FROM, to=to,
          subject="RE:[CASE %s] Combine invoices of two AWS accounts" % cid, date=d, msgid=ses_msgid(d),
          trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="unrelated", case_id=cid, lang="en", sv=True, new=new, ids=[])


@mail
def m019():
    d = D("2025-05-30 03:37:21")
    trace, env = ses_gmail(A_TO, d)
    new = ("Hello Daniel,\n\n"
           "Good news: your two certification profiles are now one. Everything that was on %s (exam history, "
           "active certifications and your unused 50%% discount voucher) has been moved to %s, and the old profile "
           "has been deactivated.\n\n"
           "From now on please sign in at https://www.aws.training/Certification with %s.\n\n"
           "A few things worth checking over the next days:\n"
           "  * all of your certifications are listed under Certifications > Current\n"
           "  * the voucher appears under Benefits\n"
           "  * your Credly badges - Credly may take up to 72 hours to send the badge e-mails again\n\n"
           "If anything looks off, just reply to this e-mail.\n\n%s" % (A_OLD, A_KEEP, A_TO, form_sig("Marisol T.")))
    body = alt(new, aws_html(new), cte="qp")
    build("019-profiles-are-now-one.eml", body, frm=FORM_FROM, to=A_TO,
          subject="RE:[CASE %s] %s" % (A_CID, A_SUBJ), date=d, msgid=ses_msgid(d), trace=trace,
          after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_completed", case_id=A_CID, lang="en", sv=True, new=new, ids=[A_OLD, A_KEEP])


@mail
def m020():
    d = D("2025-05-30 03:38:02")
    trace, env = ses_gmail(A_TO, d)
    text = ("Hello,\n\n"
            "Your case %s has been resolved and closed. We hope we were able to help.\n\n"
            "Was your issue resolved?\n"
            "YES: https://aws-tc-survey.amazon.com/s?c=%s&a=1\n"
            "NO: https://aws-tc-survey.amazon.com/s?c=%s&a=0\n\n"
            "How would you rate the support you received from our agent? It takes less than a minute and helps us "
            "improve.\n\n"
            "If you need further help with the same issue, reply to this e-mail within 14 days and the case will be "
            "reopened.\n\n"
            "Thank you,\nAWS Training and Certification\n\n%s" % (A_CID, A_CID, A_CID, AWS_LEGAL))
    htm = re.sub(r"YES: (\S+)<br>\nNO: (\S+)</p>",
                 r'</p><p><a href="\1" style="background:#1d8102;color:#fff;padding:8px 22px;text-decoration:none">YES</a>'
                 r' &nbsp; <a href="\2" style="background:#d13212;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>',
                 aws_html(text).replace("Was your issue resolved?<br>", "<b>Was your issue resolved?</b><br>"))
    assert ">YES</a>" in htm
    body = alt(text, htm, cte="qp")
    build("020-closed-was-issue-resolved.eml", body, frm=FORM_FROM, to=A_TO,
          subject="[CASE %s] Your case has been closed - tell us how we did" % A_CID, date=d, msgid=ses_msgid(d),
          trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="survey", case_id=A_CID, lang="en", sv=True, new=text, ids=[])


def credly_gmail(to, d):
    ip = "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    env = "bounces+%s-%s-%s@em.credly.com" % (digits(7), hx(4), to.replace("@", "="))
    ar = gar([("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", env, ip, "pass", "credly.com", "REJECT")
    return gmail_trace(to, d, env, ip, "o%d.em.credly.com" % rng.randint(1, 40), ar), env


def credly_html(title, paras, button, link):
    ps = "\n".join("<p style=\"font-size:15px;line-height:22px;color:#2e3033\">%s</p>" % p for p in paras)
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"margin:0;background:#f4f5f6\"><center><table width=\"600\" style=\"background:#fff\"><tr><td style=\"padding:32px\">"
            "<img src=\"https://images.credly.com/size/220x220/images/%s/image.png\" width=\"110\" alt=\"badge\">\n"
            "<h1 style=\"font-family:Helvetica;font-size:22px\">%s</h1>\n%s\n"
            "<p><a href=\"%s\" style=\"background:#0a7a8c;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none\">%s</a></p>\n"
            "<p style=\"font-size:11px;color:#777\">Credly, Inc. &middot; 100 Park Ave, 16th Floor &middot; New York, NY 10017<br>"
            "<a href=\"https://www.credly.com/notifications\">Manage e-mail preferences</a></p>"
            "</td></tr></table></center></body></html>\n" % (esc(title), hx(8) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12), esc(title), ps, link, button))


@mail
def m021():
    d = D("2025-05-31 12:09:44")
    trace, env = credly_gmail(A_TO, d)
    link = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    paras = ["Hi Daniel,",
             "Amazon Web Services Training and Certification has issued you a badge: "
             "<b>AWS Certified Developer &ndash; Associate</b>.",
             "This badge was moved here from another AWS Certification profile, so the issue date shown is the date "
             "of your original certification. Accept it to add it to your Credly profile and share it.",
             "Badge validation: %s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))]
    htm = credly_html("Your badge from Amazon Web Services Training and Certification", paras, "Accept your badge", link)
    plain = re.sub(r"<[^>]+>", "", "\n\n".join(paras)).replace("&ndash;", "-") + "\n\nAccept your badge: %s\n\nCredly, Inc." % link
    body = alt(plain, htm, cte="qp")
    build("021-credly-badge-issued-after-move.eml", body,
          frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=A_TO,
          subject="Daniel, you've been awarded a badge by Amazon Web Services Training and Certification", date=d,
          msgid="<%s@geopod-ismtpd-%d>" % (b64r(22).replace("/", "_").replace("+", "-"), rng.randint(1, 40)), trace=trace,
          after=[("DKIM-Signature", dkim("credly.com", "s1", d, h="content-type:from:mime-version:subject:to:cc"))],
          kind="credly_badge_issued", case_id=None, lang="en", sv=True, new=plain, ids=[])


# Thread G: Emily Carter (gmail), form case, 2025-08; agent only informs
G_TO = "emily.carter.nz@gmail.com"
G_OPEN = D("2025-08-11 22:14:37")
G_CID = cid15(G_OPEN)
G1, G2 = "AWS24469901", "AWS80013577"


@mail
def m022():
    d = D("2025-08-13 01:50:12")
    trace, env = ses_gmail(G_TO, d)
    new = ("Kia ora Emily,\n\n"
           "Thank you for contacting AWS Training and Certification.\n\n"
           "As you requested in your submission, your certification profile %s will be merged into %s, which will "
           "remain your active profile. Your exam history and both of your certifications will be moved across.\n\n"
           "I've now sent this to our certification operations team. This usually takes 2-3 business days and "
           "there is nothing you need to do in the meantime. We will write to you again when it's finished.\n\n"
           "Ngā mihi,\n\nHemi\nAWS Training and Certification" % (G1, G2))
    body = alt(new, aws_html(new), cte="qp")
    build("022-merge-scheduled-no-action-needed.eml", body, frm=FORM_FROM, to=G_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=G_CID, lang="en", sv=True, new=new, ids=[G1, G2])


@mail
def m023():
    d = D("2025-02-14 15:12:50")
    prev_d = D("2025-02-11 16:03:27")
    trace = aws_outlook(B_TO, d)
    new = ("Dear Priya,\n\n"
           "I am following up on my message below from 11 February. We have not received a reply from you yet, and "
           "we are unable to move forward on your request without it.\n\n"
           "If we do not hear back within 5 business days, this case will be closed automatically. You can still "
           "reply after that and we will reopen it.\n\n"
           "Kind regards,\nOwen P.\nAWS Training and Certification Support")
    prev = ("Dear Priya,\n\nWhile reviewing your request I found three candidate profiles under your name. Our proposal:\n\n"
            "1. %s -> folded into %s\n2. %s -> folded into %s\n3. %s remains active\n\n"
            "If you are happy with the above, please reply to this email with \"I agree\".\n\nKind regards,\nOwen P."
            % (B1, B3, B2, B3, B3))
    hist = outlook_quote(prev, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", prev_d, B_TO,
                         "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B_CID)
    text = new + "\n\n" + hist
    body = alt(text, aws_html(text), cte="b64")
    build("023-chaser-no-reply-yet.eml", body, frm=FORM_FROM, to=B_TO,
          subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d), crlf=True,
          kind="support_reply", case_id=B_CID, lang="en", sv=True, new=new, ids=[])


# Thread J4: 中村 大輔 (biglobe), form case, corrected request in Japanese, 2025-09
J4_TO = "d-nakamura@kfa.biglobe.ne.jp"
J4_OPEN = D("2025-09-01 03:11:26")
J4_CID = cid15(J4_OPEN)
J4_WRONG, J4_RIGHT, J4_KEEP = "AWS51177204", "AWS51177240", "AWS93028816"


@mail
def m024():
    d = D("2025-09-02 07:26:41")
    prev_d = D("2025-09-02 05:03:12")
    trace, env = aws_nifty(J4_TO, d, prov="biglobe.ne.jp")
    new = ("中村 大輔 様\n\n"
           "いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。\n\n"
           "先ほどお送りしたメールにて、統合元アカウントの候補者 ID を誤って記載しておりました。"
           "大変申し訳ございません。正しい内容は以下のとおりです。\n\n"
           "　誤：%s\n"
           "　正：%s\n\n"
           "【訂正後の統合内容】\n"
           "　統合元（閉鎖）：%s\n"
           "　統合先（存続）：%s\n\n"
           "お手数ではございますが、訂正後の内容で進めてよいか、改めて本メールへのご返信にてお知らせください。"
           "先のメールにすでにご返信いただいている場合も、念のため再度ご返信をお願いいたします。"
           "ご返信をいただくまで、作業は行いません。\n\n"
           "ご迷惑をおかけし、誠に申し訳ございません。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n山口" % (J4_WRONG, J4_RIGHT, J4_RIGHT, J4_KEEP))
    prev = ("中村 大輔 様\n\n下記の内容で統合を進めてよろしいでしょうか。\n\n"
            "　統合元（閉鎖）：%s\n　統合先（存続）：%s\n\nご返信をお待ちしております。\n\n山口" % (J4_WRONG, J4_KEEP))
    hist = ("-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
            "Sent: %s\nTo: %s\nSubject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n%s"
            % (rfc(prev_d), J4_TO, J4_CID, prev))
    text = new + "\n\n" + hist
    body = tpart(text, "plain", "iso-2022-jp", "7bit")
    build("024-ja-teisei-wrong-source-id.eml", body, frm=FORM_FROM, to=J4_TO,
          subject=[("RE:[CASE %s] " % J4_CID, "us-ascii"), ("【訂正】認定アカウント統合のご案内", "iso-2022-jp")],
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=J4_CID, lang="ja", sv=True, new=new,
          ids=[J4_WRONG, J4_RIGHT, J4_KEEP])


# Thread H: Arjun Mehta (hotmail), form case, non-native agent, 2024-06
H_TO = "arjun.mehta1990@hotmail.com"
H_OPEN = D("2024-06-19 04:55:03")
H_CID = cid15(H_OPEN)
H1, H2 = "AWS33170458", "AWS86602139"


@mail
def m025():
    d = D("2024-06-20 10:31:17")
    trace = aws_outlook(H_TO, d)
    new = ("Dear Arjun,\n\n"
           "Greetings from AWS Training and Certification!\n\n"
           "As per our verification we have found below 2 certification accounts registered in your name:\n\n"
           "Account 1 - %s - arjun.mehta@infowave-tech.in\n"
           "Account 2 - %s - %s\n\n"
           "As per your request, we are going to merge Account 1 into Account 2. Post merging, Account 1 will get "
           "deactivated and all the certifications, exam history will be reflecting under Account 2 only. Kindly "
           "note that this process is irreversible.\n\n"
           "Kindly revert back with your consent on the same so that we can process the merging request at the "
           "earliest.\n\n"
           "Awaiting for your response.\n\n"
           "Thanks & Regards,\nVikram S\nAWS Training and Certification Team" % (H1, H2, H_TO))
    body = alt(new, aws_html(new), cte="qp")
    build("025-kindly-revert-with-consent.eml", body, frm=FORM_FROM, to=H_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=H_CID, lang="en", sv=True, new=new, ids=[H1, H2])


# Thread I: Marta Kowalska (gmail), form case, 2024-10
I_TO = "marta.kowalska.pl@gmail.com"
I_OPEN = D("2024-10-02 08:20:40")
I_CID = cid15(I_OPEN)
I1, I2 = "AWS47205519", "AWS19936604"


@mail
def m026():
    d = D("2024-10-03 12:47:05")
    user_d = D("2024-10-02 10:20:40", CEST)
    trace, env = ses_gmail(I_TO, d)
    new = ("Hello Marta,\n\n"
           "Thank you for contacting AWS Training and Certification.\n\n"
           "I found both profiles you mentioned:\n\n"
           "  aws47205519 - marta.kowalska@edu.pw.edu.pl - Cloud Practitioner (2021)\n"
           "  aws19936604 - %s - Solutions Architect Associate (2024)\n\n"
           "Your message does not say which of the two you would like to keep. Only one profile remains after the "
           "accounts are combined, and you will sign in with its e-mail address from then on. Which one should be "
           "your primary profile?\n\n"
           "Once I know, I will send you a summary of the change for your approval.\n\n"
           "Best regards,\nGiulia\nAWS Training and Certification" % I_TO)
    user = ("Hello, I have 2 accounts because I used my university email before. Can you please join them? "
            "Thank you, Marta Kowalska")
    text = new + "\n\n" + gmail_quote(user, user_d, "Marta Kowalska", I_TO)
    body = alt(text, aws_html(text), cte="qp")
    build("026-which-profile-should-stay.eml", body, frm=FORM_FROM, to=I_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=I_CID, lang="en", sv=True, new=new, ids=[I1, I2])


@mail
def m027():
    d = D("2025-04-22 09:14:03")
    to = I_TO
    ip = "54.240.%d.%d" % (rng.choice([4, 9]), rng.randint(10, 250))
    env = ses_envfrom(d).replace("@amazonses.com", "@us-west-2.amazonses.com")
    ar = gar([("pass", "signin.aws", "bzk4o7ifqebaqcsdkbjuyt7jrgoyxdub"), ("pass", "amazonses.com", SES_SEL)],
             "pass", env, ip, "pass", "signin.aws")
    trace = gmail_trace(to, d, env, ip, "a4-%s.smtp-out.amazonses.com" % ip.split(".")[3], ar)
    code = digits(6)
    text = ("AWS Builder ID\n\n"
            "Verify your identity\n\n"
            "To confirm it's you signing in to your AWS Builder ID, enter the following verification code:\n\n"
            "Verification code: %s\n\n"
            "This code expires 10 minutes after it was sent.\n\n"
            "If you didn't try to sign in, you can ignore this e-mail. Amazon Web Services will never ask you to "
            "disclose or verify your password, credit card or banking account number.\n\n" % code) + AWS_LEGAL
    htm = ("<html><body style=\"font-family:Arial;background:#f2f3f3\"><table width=\"540\" align=\"center\" style=\"background:#fff;padding:24px\">"
           "<tr><td><h2>Verify your identity</h2><p>To confirm it's you signing in to your AWS Builder ID, enter the following verification code:</p>"
           "<p style=\"font-size:30px;font-weight:bold;letter-spacing:4px\">%s</p><p>This code expires 10 minutes after it was sent.</p>"
           "<p style=\"font-size:11px;color:#687078\">%s</p></td></tr></table></body></html>" % (code, AWS_LEGAL))
    body = alt(text, htm, cte="qp")
    build("027-builder-id-verify-identity-code.eml", body, frm=("AWS Builder ID", "no-reply@signin.aws"), to=to,
          subject="Verify your AWS Builder ID identity", date=d,
          msgid=ses_msgid(d, "us-west-2"), trace=trace,
          after=[("DKIM-Signature", dkim("signin.aws", "bzk4o7ifqebaqcsdkbjuyt7jrgoyxdub", d)),
                 ("DKIM-Signature", dkim("amazonses.com", SES_SEL, d))], extra=ses_extra(d, "us-west-2"),
          kind="unrelated", case_id=None, lang="en", sv=True, new=text, ids=[])


@mail
def m028():
    d = D("2024-11-06 14:03:37")
    to = C_TO
    ip = "192.30.252.%d" % rng.randint(190, 210)
    env = "noreply@github.com"
    ar = gar([("pass", "github.com", "pf2023")], "pass", env, ip, "pass", "github.com", "REJECT")
    trace = gmail_trace(to, d, env, ip, "out-%d.smtp.github.com" % rng.randint(20, 28), ar)
    text = ("Merged #412 into main.\n\n"
            "-- \nReply to this email directly, view it on GitHub:\n"
            "https://github.com/nordwerk-gmbh/infra-modules/pull/412#event-%s\n"
            "You are receiving this because you authored the thread.\n\nMessage ID: <nordwerk-gmbh/infra-modules/pull/412/issue_event/%s@github.com>"
            % (digits(11), digits(11)))
    htm = ("<p></p>\n<p>Merged <a class=\"issue-link\" href=\"https://github.com/nordwerk-gmbh/infra-modules/pull/412\">#412</a> into main.</p>\n"
           "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
           "<a href=\"https://github.com/nordwerk-gmbh/infra-modules/pull/412#event-1\">view it on GitHub</a>.<br>"
           "You are receiving this because you authored the thread.</p>\n")
    body = alt(text, htm, cte="7bit")
    build("028-github-pr-merged.eml", body, frm=("Jonas Hartmann", "notifications@github.com"), to=
          "nordwerk-gmbh/infra-modules <infra-modules@noreply.github.com>",
          subject="Re: [nordwerk-gmbh/infra-modules] Merge duplicate account modules into one (PR #412)", date=d,
          msgid="<nordwerk-gmbh/infra-modules/pull/412/issue_event/%s@github.com>" % digits(11), trace=trace,
          after=[("DKIM-Signature", dkim("github.com", "pf2023", d, h="Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From"))],
          extra=[("Reply-To", "nordwerk-gmbh/infra-modules <reply+%s@reply.github.com>" % hx(40).upper()),
                 ("List-ID", "nordwerk-gmbh/infra-modules <infra-modules.nordwerk-gmbh.github.com>"),
                 ("X-GitHub-Reason", "author"), ("Precedence", "list")],
          in_reply_to="<nordwerk-gmbh/infra-modules/pull/412@github.com>",
          refs="<nordwerk-gmbh/infra-modules/pull/412@github.com>",
          kind="unrelated", case_id=None, lang="en", sv=False, new=text, ids=[])


@mail
def m029():
    d = D("2024-11-05 22:41:10")
    to = C_TO
    ip = "45.139.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    env = "support@vps%d.hostkey-cloud.net" % rng.randint(100, 999)
    ar = gar([("fail", "amazon.com", AMZ_SEL)], "softfail", env, ip, "fail", "amazon.com")
    trace = gmail_trace(to, d, env, ip, "vps%d.hostkey-cloud.net" % rng.randint(100, 999), ar)
    forged = ("amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com")
    new = ("Hello Lukas,\n\n"
           "This is a follow-up on your certification account merge request.\n\n"
           "Our system shows that the merge of %s into %s is ready but has not yet been authorised. For security "
           "reasons the final approval must now be given through our verification portal instead of by e-mail:\n\n"
           "https://aws-training-verify.net/merge/approve?ref=%s\n\n"
           "Please sign in with your AWS Certification credentials and the payment card used for your last exam to "
           "finish the authorisation. Requests that are not authorised within 24 hours are cancelled and both "
           "accounts are locked.\n\n"
           "Best regards,\nAWS Training and Certification" % (C_RIGHT, C_KEEP, hx(16)))
    body = alt(new, aws_html(new), cte="b64")
    build("029-spoofed-amazon-dmarc-fail-authorise-merge.eml", body, frm=FORM_FROM, to=to,
          subject="Certification account merge - final authorisation required", date=d,
          msgid="<%s@vps.hostkey-cloud.net>" % hx(20), trace=trace,
          after=[("Authentication-Results", forged), ("DKIM-Signature", dkim("amazon.com", AMZ_SEL, d))],
          reply_to="aws-certification@aws-training-verify.net",
          kind="merge_confirmation_requested", case_id=None, lang="en", sv=False, new=new, ids=[C_RIGHT, C_KEEP])


@mail
def m030():
    d = D("2025-06-02 08:55:19")
    trace, env = credly_gmail(A_TO, d)
    code = digits(6)
    paras = ["Hi Daniel,",
             "We received a request to merge the Credly account registered to daniel.okafor@brightlane-consulting.com "
             "into this account. Enter the code below on the merge page to verify you own both e-mail addresses:",
             "<b style=\"font-size:24px;letter-spacing:3px\">%s</b>" % code,
             "The code expires in 30 minutes. After the merge, all badges from the other account will appear here "
             "and the other account will be closed.",
             "If you didn't request this, you can ignore this message."]
    link = "https://www.credly.com/users/account_merge/confirm?token=%s" % hx(40)
    htm = credly_html("Complete your Credly account merge", paras, "Complete Account Merge", link)
    plain = re.sub(r"<[^>]+>", "", "\n\n".join(paras)) + "\n\nComplete Account Merge: %s\n\nCredly, Inc." % link
    body = alt(plain, htm, cte="qp")
    build("030-credly-self-service-merge-code.eml", body, frm=("Credly", "admin@credly.com"), to=A_TO,
          subject="Your Credly account merge verification code", date=d,
          msgid="<%s@geopod-ismtpd-%d>" % (b64r(22).replace("/", "_").replace("+", "-"), rng.randint(1, 40)), trace=trace,
          after=[("DKIM-Signature", dkim("credly.com", "s1", d, h="content-type:from:mime-version:subject:to:cc"))],
          kind="unrelated", case_id=None, lang="en", sv=True, new=plain, ids=[])


@mail
def m031():
    d = D("2025-03-21 02:18:45")
    trace, env = aws_nifty(J1_TO, d)
    new = ("田中 美咲 様\n\n"
           "AWS トレーニングと認定 カスタマーサポートの森でございます。\n\n"
           "ご依頼いただいておりました認定アカウントの一本化につきまして、本日作業を終えましたのでご報告いたします。\n\n"
           "　閉鎖したアカウント：%s\n"
           "　今後ご利用いただくアカウント：%s\n\n"
           "受験履歴・認定資格・特典はすべて %s に移行済みです。"
           "今後は %s でサインインしてください。\n\n"
           "Credly のデジタルバッジは、反映までに数日かかる場合がございます。"
           "1 週間ほど経ってもバッジが届かない場合は、本メールにご返信ください。\n\n"
           "このたびはご連絡いただき、ありがとうございました。\n\n"
           "森 健太\nAWS トレーニングと認定 カスタマーサポート" % (J1_OLD, J1_KEEP, J1_KEEP, J1_TO))
    body = alt(new, aws_html(new, "AWS トレーニングと認定"), cte="b64")
    build("031-ja-ippon-ka-sagyou-owarimashita.eml", body, frm=FORM_FROM, to=J1_TO,
          subject=[("RE:[CASE %s] [" % J1_CID, "us-ascii"), ("AWS トレーニングと認定 フォーム送信", "utf-8"),
                   ("] - account-assistance", "us-ascii")],
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_completed", case_id=J1_CID, lang="ja", sv=True, new=new, ids=[J1_OLD, J1_KEEP])


# Thread K: Tom Lindqvist (gmail), form case, HTML-only template, 2025-10
K_TO = "tom.lindqvist@gmail.com"
K_OPEN = D("2025-10-06 13:40:12")
K_CID = cid15(K_OPEN)
K1, K2 = "AWS60048213", "AWS02271985"


@mail
def m032():
    d = D("2025-10-07 16:22:08")
    trace, env = ses_gmail(K_TO, d)
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
           "<body><div style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
           "<p>Hi Tom,</p>\n"
           "<p>Thanks for your message. Here is the change we are ready to make for you:</p>\n"
           "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n"
           "<tr style=\"background:#eaeded\"><th>Candidate ID</th><th>E-mail</th><th>After the change</th></tr>\n"
           "<tr><td>AWS %s</td><td>tlindqvist@nordichost.se</td><td>Closed &ndash; contents moved</td></tr>\n"
           "<tr><td>AWS %s</td><td>%s</td><td>Kept &ndash; receives everything</td></tr>\n"
           "</table>\n"
           "<p>This can&rsquo;t be undone later.</p>\n"
           "<p>If the table is right, please answer this e-mail with the words <b>&ldquo;OK to merge&rdquo;</b>. "
           "If not, tell us what should be different.</p>\n"
           "<p>Cheers,<br>Isabel M.<br>AWS Training and Certification</p>\n"
           "<hr><p style=\"font-size:11px;color:#687078\">%s</p>\n"
           "</div></body></html>\n" % (K1, K2, K_TO, AWS_LEGAL))
    body = tpart(htm, "html", "utf-8", "b64")
    new = re.sub(r"<[^>]+>", " ", htm)
    build("032-html-table-reply-ok-to-merge.eml", body, frm=FORM_FROM, to=K_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=K_CID, lang="en", sv=True, new=new, ids=[K1, K2])


@mail
def m033():
    d = D("2025-01-09 17:00:31")
    to = K_TO
    trace, env = ses_gmail(to, d)
    text = ("Please confirm your subscription\n\n"
            "You recently asked to receive news from AWS Training and Certification: new courses, exam updates and "
            "event invitations.\n\n"
            "Confirm subscription: https://pages.awscloud.com/confirm.html?sub=%s\n\n"
            "If you did not request this, simply ignore this e-mail and you will not be subscribed.\n\n"
            "AWS Training and Certification\n\n%s" % (hx(32), AWS_LEGAL))
    htm = ("<html><body style=\"font-family:Amazon Ember,Arial\"><table width=\"600\" align=\"center\"><tr><td>"
           "<h1 style=\"font-size:24px\">Please confirm your subscription</h1>"
           "<p>You recently asked to receive news from AWS Training and Certification: new courses, exam updates and event invitations.</p>"
           "<p><a href=\"https://pages.awscloud.com/confirm.html?sub=%s\" style=\"background:#ff9900;color:#000;padding:10px 20px;text-decoration:none\">Confirm subscription</a></p>"
           "<p style=\"font-size:11px;color:#687078\">%s</p></td></tr></table></body></html>" % (hx(32), AWS_LEGAL))
    body = alt(text, htm, cte="qp")
    build("033-aws-newsletter-confirm-subscription.eml", body,
          frm=("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to=to,
          subject="Action needed: confirm your subscription", date=d, msgid=ses_msgid(d), trace=trace,
          after=amz_dkim(d), extra=ses_extra(d) + [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?u=%s>" % hx(24))],
          kind="unrelated", case_id=None, lang="en", sv=True, new=text, ids=[])


@mail
def m034():
    d = D("2024-11-07 09:12:44", CET)
    to = C_TO
    ip = "40.107.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    trace = gmail_trace(to, d.astimezone(UTC), "sabine.krueger@nordwerk.de", ip,
                        "mail-fr2deu01on2%s.outbound.protection.outlook.com" % digits(3),
                        gar([("pass", "nordwerk.de", "selector1")], "pass", "sabine.krueger@nordwerk.de", ip, "pass", "nordwerk.de", "QUARANTINE"))
    new = ("Hi Lukas,\n\n"
           "quick one: can you confirm the date of your AWS Security Specialty exam? HR needs it this week to approve "
           "the voucher reimbursement.\n\n"
           "Also, in our training sheet I still have your candidate ID as aws71093328 - is that still right after "
           "the account clean-up with AWS, or should I put AWS20466719?\n\n"
           "Thanks!\nSabine\n\n"
           "--\nSabine Krüger\nTeam Lead Cloud Platform\nNordwerk GmbH | Leopoldstraße 31 | 80802 München")
    body = alt(new, gmail_html(new).replace('<div dir="ltr">', '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'), cte="qp")
    build("034-colleague-asks-confirm-exam-date.eml", body, frm=("Krüger, Sabine", "sabine.krueger@nordwerk.de"), to=to,
          subject="AWS exam date + candidate ID?", date=d,
          msgid="<AM9PR02MB%s%s@AM9PR02MB%s.eurprd02.prod.outlook.com>" % (digits(4), hx(12).upper(), digits(4)), trace=trace,
          after=[("DKIM-Signature", dkim("nordwerk.de", "selector1", d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version"))],
          extra=[("Thread-Topic", "AWS exam date + candidate ID?"), ("Content-Language", "en-US")],
          kind="unrelated", case_id=None, lang="en", sv=False, new=new, ids=[C_RIGHT, C_KEEP])


@mail
def m035():
    d = D("2025-06-10 14:30:00", IST)
    to = "raj.venkatesan@zentrixsoft.com"
    new = ("Hi Raj,\n\n"
           "Please find below your AWS Certification exam voucher for SAP-C02, issued under the Q2 certification "
           "programme.\n\n"
           "Voucher code: SAPC02-%s-%s\n"
           "Valid until: 30-Sep-2025\n\n"
           "Kindly confirm receipt of this mail by replying \"Received\" so that we can close the request in the "
           "L&D tracker. Please do not share the code with anyone.\n\n"
           "Regards,\nPooja Nair\nLearning & Development | Zentrix Software Pvt. Ltd.\nBengaluru" % (hx(4).upper(), hx(4).upper()))
    old = ("Hi L&D team,\nRequesting a voucher for the AWS Solutions Architect Professional exam. My exam is planned "
           "for 20 June. Manager approval attached.\nThanks,\nRaj")
    hist = ("From: Raj Venkatesan <raj.venkatesan@zentrixsoft.com>\nSent: Monday, June 2, 2025 11:04 AM\n"
            "To: L&D Requests <ld-requests@zentrixsoft.com>\nSubject: Voucher request - AWS SAP-C02\n\n%s" % old)
    text = new + "\n\n" + hist
    body = tpart(text, "plain", "utf-8", "qp")
    build("035-internal-confirm-receipt-voucher.eml", body, frm=("Pooja Nair", "pooja.nair@zentrixsoft.com"), to=to,
          subject="RE: Voucher request - AWS SAP-C02 - please confirm receipt", date=d,
          msgid="<SEZPR06MB%s%s@SEZPR06MB%s.apcprd06.prod.outlook.com>" % (digits(4), hx(12).upper(), digits(4)),
          trace=[("Received", "from SEZPR06MB%s.apcprd06.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\n SEZPR06MB%s.apcprd06.prod.outlook.com ([fe80::%s:%s:%s:%s%%7]) with mapi id\n 15.20.8769.021; %s"
                  % (digits(4), hx(4), hx(4), hx(4), hx(4), digits(4), hx(4), hx(4), hx(4), hx(4), rfc(d)))],
          extra=[("Thread-Topic", "Voucher request - AWS SAP-C02 - please confirm receipt"),
                 ("Thread-Index", "AQHb" + b64r(40)), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                 ("Content-Language", "en-IN")],
          kind="unrelated", case_id=None, lang="en", sv=None, new=new, ids=[])


@mail
def m036():
    d = D("2023-08-24 16:40:02")
    user_d = D("2023-08-23 21:15:00", EDT)
    trace, env = ses_gmail(D_TO, d)
    new = ("Hello Sofia,\n\n"
           "Thank you for sending the details so quickly. I can confirm that we have received everything we need, "
           "and your request has been forwarded to our specialist team for review. They usually complete this "
           "review within 3-5 business days.\n\n"
           "You do not need to reply to this message; we will contact you as soon as there is an update.\n\n"
           "Best regards,\n\nAnjali\nAWS Training and Certification\nAmazon Web Services")
    user = ("Hi Anjali,\n\nMy full legal name is Sofía Isabel Márquez Ortega (as on my passport).\n"
            "%s -> sofia.marquez@globant-mail.com, last exam DVA-C02 in March 2022 at a Pearson center in Monterrey\n"
            "%s -> %s, last exam SAA-C03 in June 2023, online\n\nThanks!\nSofia" % (D1, D2, D_TO))
    text = new + "\n\n" + gmail_quote(user, user_d, "Sofia Marquez", D_TO)
    body = alt(text, aws_html(text), cte="qp")
    build("036-received-details-forwarded-to-team.eml", body, frm=FORM_FROM, to=D_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=D_CID, lang="en", sv=True, new=new, ids=[])


@mail
def m037():
    d = D("2024-12-04 06:02:13")
    trace, env = aws_nifty(J2_TO, d, prov="ocn.ne.jp")
    new = ("鈴木 翔太 様\n\n"
           "アマゾン ウェブ サービスをご利用いただき、ありがとうございます。AWS サポートの小林でございます。\n\n"
           "ご返信いただき、ありがとうございました。ご了承いただきました内容にて、"
           "%s への一本化作業を担当部署へ依頼いたしました。\n\n"
           "作業には通常 2～3 営業日ほどお時間を頂戴しております。"
           "作業が終わり次第、本ケースにて改めてご連絡いたしますので、今しばらくお待ちくださいませ。"
           "なお、作業中は認定アカウントへのサインインや試験の予約ができない場合がございます。\n\n"
           "どうぞよろしくお願いいたします。\n\n"
           "小林\nアマゾン ウェブ サービス\n\n" % J2c) + console_footer(J2_CID, "ja")
    body = alt(new, aws_html(new, "AWS サポート"), cte="qp")
    build("037-ja-irai-shimashita-owari-shidai-renraku.eml", body, frm=CONSOLE_FROM, to=J2_TO,
          subject=[("RE:[CASE %s] " % J2_CID, "us-ascii"), ("認定アカウントの統合について", "utf-8")],
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d, "ap-northeast-1"),
          kind="support_reply", case_id=J2_CID, lang="ja", sv=True, new=new, ids=[J2c])


@mail
def m038():
    d = D("2020-02-18 23:40:57")
    to = "grace.liu.sf@yahoo.com"
    cid = "6851204937"
    L1, L2 = "AWS00734219", "AWS01158862"
    ip = "54.240.%d.%d" % (rng.choice([8, 27]), rng.randint(10, 250))
    env = ses_envfrom(d)
    r = d + timedelta(seconds=3)
    trace = [
        ("Received", "from 10.217.151.75\n by atlas311.free.mail.bf1.yahoo.com with HTTP; %s" % rfc(r)),
        ("Return-Path", "<%s>" % env),
        ("Received", "from 54.240.8.%s (EHLO a8-%s.smtp-out.amazonses.com)\n by mta4044.mail.bf1.yahoo.com with SMTPS; %s"
         % (ip.split(".")[3], ip.split(".")[3], rfc(r))),
        ("X-Originating-Ip", "[%s]" % ip),
        ("Received-SPF", "pass (domain of amazonses.com designates %s as permitted sender)" % ip),
        ("Authentication-Results", "atlas311.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n"
         " dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=amazonses.com;\n"
         " dmarc=pass(p=QUARANTINE) header.from=amazon.com;" % (AMZ_SEL, SES_SEL_OLD)),
        ("X-Apparently-To", "%s; %s" % (to, rfc(r))),
    ]
    new = ("Hello Grace,\n\n"
           "Thank you for contacting AWS Certification.\n\n"
           "We have located both of your AWS Certification accounts. We are able to combine them as follows:\n\n"
           "Account to be merged and closed: AWS00734219 (gliu@sfsu.edu)\n"
           "Account to remain: AWS01158862 (%s)\n\n"
           "Your AWS Certified Cloud Practitioner and AWS Certified Solutions Architect - Associate certifications "
           "will both appear on the remaining account, and your Acclaim badges will follow within a few days.\n\n"
           "Could you please reply and let us know you are OK with us proceeding? This cannot be reversed once it is "
           "done.\n\n"
           "Thank you,\n\nKevin\nAWS Certification" % to)
    body = alt(new, aws_html(new), cte="qp")
    build("038-old-10digit-let-us-know-ok.eml", body, frm=("Amazon Web Services", "aws-certification@amazon.com"), to=to,
          subject="RE: [CASE %s] AWS Certification - Account Merge Request" % cid, date=d, msgid=ses_msgid(d),
          trace=trace, after=[("DKIM-Signature", dkim("amazon.com", AMZ_SEL, d)), ("DKIM-Signature", dkim("amazonses.com", SES_SEL_OLD, d))],
          extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=cid, lang="en", sv=True, new=new, ids=[L1, L2])


@mail
def m039():
    d = D("2025-08-15 20:31:09")
    trace, env = ses_gmail(G_TO, d)
    new = ("Kia ora Emily,\n\n"
           "Our operations team has finished combining your profiles. %s no longer exists as a separate profile; "
           "everything it held is now on %s, which is the one you should use to sign in from now on.\n\n"
           "Since your request has been taken care of, I'm marking this case as resolved. You may receive a short "
           "survey about your experience - we'd really appreciate your feedback. If anything is missing from your "
           "profile, just reply to this e-mail within 14 days and the case will reopen automatically.\n\n"
           "Ngā mihi,\n\nHemi\nAWS Training and Certification" % (G1, G2))
    body = alt(new, aws_html(new), cte="qp")
    build("039-finished-combining-and-resolving-case.eml", body, frm=FORM_FROM, to=G_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_completed", case_id=G_CID, lang="en", sv=True, new=new, ids=[G1, G2])


@mail
def m040():
    d = D("2024-12-07 01:10:27")
    trace, env = aws_nifty(J2_TO, d, prov="ocn.ne.jp")
    text = ("鈴木 翔太 様\n\n"
            "お問い合わせいただいたケース %s は解決済みとしてクローズされました。\n\n"
            "今回のサポートについて、簡単なアンケートにご協力いただけますでしょうか。"
            "いただいたご意見は、サービス向上のために活用させていただきます。\n\n"
            "問題は解決しましたか？\n"
            "はい: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes\n"
            "いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no\n\n"
            "同じ件で引き続きサポートが必要な場合は、AWS サポートセンターからケースを再開してください。\n\n"
            "アマゾン ウェブ サービス ジャパン合同会社" % (J2_CID, J2_CID, J2_CID))
    htm = aws_html(text, "ケースがクローズされました")
    body = alt(text, htm, cte="b64")
    build("040-ja-case-closed-anketo.eml", body, frm=CONSOLE_FROM, to=J2_TO,
          subject=[("[Case %s] " % J2_CID, "us-ascii"), ("ケースがクローズされました - ご意見をお聞かせください", "utf-8")],
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d, "ap-northeast-1"),
          kind="survey", case_id=J2_CID, lang="ja", sv=True, new=text, ids=[])


def credly_jp(to, d, prov):
    ip = "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    env = "bounces+%s-%s-%s@em.credly.com" % (digits(7), hx(4), to.replace("@", "="))
    return jp_trace(prov, to, d, env, ip, "o%d.em.credly.com" % rng.randint(1, 40),
                    jar("pass", "em.credly.com", "pass", "credly.com", "pass", "credly.com")), env


@mail
def m041():
    d = D("2025-03-23 10:44:18")
    trace, env = credly_jp(J1_TO, d, "nifty.com")
    link = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    paras = ["Hi Misaki,",
             "Your badge is waiting for you! Amazon Web Services Training and Certification has issued "
             "<b>AWS Certified Solutions Architect &ndash; Associate</b> to the e-mail address %s." % J1_TO,
             "Claim it now to showcase your achievement and let employers verify it with one click."]
    htm = credly_html("Claim your AWS Certified Solutions Architect - Associate badge", paras, "Accept your badge", link)
    plain = re.sub(r"<[^>]+>", "", "\n\n".join(paras)).replace("&ndash;", "-") + "\n\nAccept your badge: %s\n\nCredly, Inc." % link
    body = alt(plain, htm, cte="qp")
    build("041-credly-badge-waiting-claim.eml", body,
          frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=J1_TO,
          subject="Misaki, claim your AWS Certified Solutions Architect - Associate badge", date=d,
          msgid="<%s@geopod-ismtpd-%d>" % (b64r(22).replace("/", "_").replace("+", "-"), rng.randint(1, 40)), trace=trace,
          after=[("DKIM-Signature", dkim("credly.com", "s1", d, h="content-type:from:mime-version:subject:to:cc"))],
          kind="credly_badge_issued", case_id=None, lang="en", sv=True, new=plain, ids=[])


@mail
def m042():
    d = D("2025-07-14 15:31:50")
    trace, env = credly_gmail(K_TO, d)
    link = "https://www.credly.com/badges/%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    paras = ["Hi Tom,",
             "Your <b>AWS Certified Cloud Practitioner</b> badge issued by Amazon Web Services Training and "
             "Certification expires on <b>October 12, 2025</b>.",
             "To keep it active, recertify before the expiration date. Once the badge expires it will be marked as "
             "expired on your Credly profile."]
    htm = credly_html("Your badge expires in 90 days", paras, "View badge", link)
    plain = re.sub(r"<[^>]+>", "", "\n\n".join(paras)) + "\n\nView badge: %s\n\nCredly, Inc." % link
    body = alt(plain, htm, cte="qp")
    build("042-credly-badge-expires-90-days.eml", body,
          frm=("Credly", "admin@credly.com"), to=K_TO,
          subject="Your AWS Certified Cloud Practitioner badge expires in 90 days", date=d,
          msgid="<%s@geopod-ismtpd-%d>" % (b64r(22).replace("/", "_").replace("+", "-"), rng.randint(1, 40)), trace=trace,
          after=[("DKIM-Signature", dkim("credly.com", "s1", d, h="content-type:from:mime-version:subject:to:cc"))],
          kind="unrelated", case_id=None, lang="en", sv=True, new=plain, ids=[])


@mail
def m043():
    opened = D("2024-09-20 13:05:44")
    cid = cid15(opened)
    d = opened + timedelta(seconds=7)
    trace = aws_outlook(E_TO, d)
    text = ("Dear AWS customer,\n\n"
            "Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
            "The details of your case are as follows:\n\n"
            "Case ID: %s\n"
            "Subject: Limit Increase: EC2 Instances\n"
            "Severity: Low\n"
            "Correspondence: Service: EC2 Instances\nRegion: Middle East (UAE)\nLimit name: Running On-Demand G and VT instances\n"
            "New limit value: 64\nUse case description: GPU training workloads for our ML team.\n\n"
            "We will respond as soon as possible.\n\n" % (cid, cid)) + console_footer(cid)
    body = alt(text, aws_html(text), cte="qp")
    build("043-console-quota-increase-case-opened.eml", body, frm=CONSOLE_FROM, to=E_TO,
          subject="Amazon Web Services: You have opened a new Support case: %s" % cid, date=d, msgid=ses_msgid(d),
          trace=trace, after=amz_dkim(d), extra=ses_extra(d), crlf=True,
          kind="unrelated", case_id=cid, lang="en", sv=True, new=text, ids=[])


# Thread M: Diego Fernandez (gmail), three accounts, corrected, 2025-04
M_TO = "diego.fdz.arq@gmail.com"
M_OPEN = D("2025-04-14 18:09:55")
M_CID = cid15(M_OPEN)
M_BAD, M1, M2, M3 = "AWS38820157", "AWS38802157", "AWS11459630", "AWS75093318"


@mail
def m044():
    d = D("2025-04-16 15:27:31")
    prev_d = D("2025-04-15 20:02:10")
    user_d = D("2025-04-16 09:40:00", CEST)
    trace, env = ses_gmail(M_TO, d)
    new = ("Hola Diego,\n\n"
           "Thank you for pointing that out, and apologies for the mix-up. You are right: %s is not your profile - "
           "the correct ID is %s. While re-checking I also found a third profile under your name that my first "
           "message did not mention at all.\n\n"
           "Updated plan, replacing the one in my previous e-mail:\n\n"
           "  (a) %s  - diego.fernandez@arquitec-bcn.es    -> merged into (c)\n"
           "  (b) %s  - dfernandez@alumnos.upm.es          -> merged into (c)\n"
           "  (c) %s  - %s          -> stays, keeps everything\n\n"
           "Profiles (a) and (b) are closed afterwards and cannot be restored.\n\n"
           "If this updated plan is what you want, reply with \"agreed\" and we will take it from there. "
           "If (b) should stay out of it, just say so.\n\n"
           "Best regards,\nRebecca L.\nAWS Training and Certification" % (M_BAD, M1, M1, M2, M3, M_TO))
    prev = ("Hello Diego,\n\nWe can merge %s into %s. Please let us know whether we may go ahead.\n\nBest regards,\nRebecca L."
            % (M_BAD, M3))
    user = ("Hi Rebecca, the first ID is not mine, my old one is %s. Also I think I might have a third account from "
            "university, can you check?\nThanks, Diego\n\n" % M1) + gmail_quote(prev, prev_d.astimezone(CEST),
                                                                               "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
    text = new + "\n\n" + gmail_quote(user, user_d, "Diego Fernández", M_TO)
    body = alt(text, aws_html(text), cte="qp")
    build("044-three-accounts-updated-plan-wrong-id.eml", body, frm=FORM_FROM, to=M_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=M_CID, lang="en", sv=True, new=new, ids=[M_BAD, M1, M2, M3])


@mail
def m045():
    d = D("2024-07-10 20:58:02", JST)
    ip = "103.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
    env = "info@aws-nintei-support.jp"
    trace = jp_trace("so-net.ne.jp", J3_TO, d, env, ip, "mail.aws-nintei-support.jp",
                     jar("pass", "aws-nintei-support.jp", "pass", "aws-nintei-support.jp", "pass", "aws-nintei-support.jp"))
    new = ("佐々木 恵 様\n\n"
           "AWS 認定事務局でございます。\n\n"
           "お客様よりご依頼のあった認定アカウント（%s）の統合につきまして、最終承認の手続きが完了しておりません。"
           "下記のページにて、48 時間以内に統合の承認をお願いいたします。"
           "期限を過ぎますと、すべての認定資格が一時停止となります。\n\n"
           "▼承認手続きはこちら\nhttps://aws-nintei-support.jp/merge/approve?id=%s\n\n"
           "※本人確認のため、AWS 認定アカウントのパスワードとクレジットカード情報の入力が必要です。\n\n"
           "AWS 認定事務局" % (J3a, hx(12)))
    body = tpart(new, "plain", "iso-2022-jp", "7bit")
    build("045-ja-lookalike-approve-merge-48h.eml", body, frm=("AWS認定事務局", "info@aws-nintei-support.jp"),
          to=J3_TO, subject="【重要】認定アカウント統合の承認手続きのお願い", subj_charset="iso-2022-jp",
          from_charset="iso-2022-jp", date=d, msgid="<%s.%s@aws-nintei-support.jp>" % (digits(14), hx(8)),
          trace=trace, after=[("DKIM-Signature", dkim("aws-nintei-support.jp", "default", d, h="From:To:Subject:Date"))],
          extra=[("X-Mailer", "Mail-Magic 5.2")],
          kind="merge_confirmation_requested", case_id=None, lang="ja", sv=False, new=new, ids=[J3a])


@mail
def m046():
    d = D("2025-02-03 04:21:19")
    to = B_TO
    ip = "91.219.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    trace = outlook_trace(to, d, "aws-certificati0n.com", ip, "mx1.aws-certificati0n.com", spf="pass", dkim_res="none",
                          dkim_d="aws-certificati0n.com", dmarc="none", from_dom="aws-certificati0n.com",
                          compauth="fail reason=601")
    new = ("Dear Certified Professional,\n\n"
           "As part of our annual compliance review, all AWS Certification holders must confirm their identity to "
           "keep their credentials active. Your certification profile is currently flagged as unverified.\n\n"
           "Verify now: https://aws-certificati0n.com/verify?u=%s\n\n"
           "Unverified profiles will be suspended on February 10, 2025 and all active certifications will be "
           "revoked.\n\nAWS Certification Compliance" % hx(20))
    htm = "<html><body style=\"font-family:Arial\">%s</body></html>" % text2html(new)
    body = alt(new, htm, cte="qp")
    build("046-phish-confirm-identity-keep-active.eml", body,
          frm=("AWS Certification", "compliance@aws-certificati0n.com"), to=to,
          subject="Final notice: confirm your identity to keep your AWS Certification active", date=d,
          msgid="<%s@aws-certificati0n.com>" % hx(26), trace=trace, crlf=True,
          kind="unrelated", case_id=None, lang="en", sv=False, new=new, ids=[])


# Thread J5: 高橋 涼 (gmail), form case in Japanese, 2025-06
J5_TO = "ryo.takahashi.0714@gmail.com"
J5_OPEN = D("2025-06-23 23:57:14")
J5_CID = cid15(J5_OPEN)
J5a, J5b = "AWS27751036", "AWS84409162"


@mail
def m047():
    d = D("2025-06-25 01:33:48")
    trace, env = ses_gmail(J5_TO, d)
    new = ("高橋 涼 様\n\n"
           "AWS トレーニングと認定 カスタマーサポートの石井と申します。\n"
           "このたびはお問い合わせいただき、ありがとうございます。\n\n"
           "ご依頼の件、以下のとおり対応させていただく予定です。\n\n"
           "・aws27751036（ryo.takahashi@nexfield.co.jp）→ 閉鎖し、内容を下記へ移行\n"
           "・aws84409162（%s）→ 今後ご利用いただくアカウント\n\n"
           "統合後、閉鎖したアカウントを復活させることはできません。\n\n"
           "上記で問題なければ、本メールに「統合希望」とだけご返信ください。"
           "統合が完了しましたら、改めてご連絡いたします。\n\n"
           "よろしくお願いいたします。\n\n"
           "石井 真理子\nAWS トレーニングと認定 カスタマーサポート" % J5_TO)
    body = alt(new, aws_html(new, "AWS トレーニングと認定"), cte="qp")
    build("047-ja-reply-just-tougou-kibou.eml", body, frm=FORM_FROM, to=J5_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % J5_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=J5_CID, lang="ja", sv=True, new=new, ids=[J5a, J5b])


# Thread N: Olena Shevchenko (gmail), form case, 2025-01
N_TO = "olena.shevchenko.dev@gmail.com"
N_OPEN = D("2025-01-20 10:02:31")
N_CID = cid15(N_OPEN)
N1, N2 = "AWS59321770", "AWS14086625"


@mail
def m048():
    d = D("2025-01-22 14:19:52")
    trace, env = ses_gmail(N_TO, d)
    new = ("Hello Olena,\n\n"
           "Thank you for contacting AWS Training and Certification, and sorry for the slow reply - we have a higher "
           "volume of requests than usual.\n\n"
           "To process your request for AWS-59321770 and AWS-14086625 we need two more pieces of information:\n\n"
           "1. The notification e-mail address listed on each of the two profiles (this may differ from the "
           "address you use to sign in).\n"
           "2. A short explanation of how the second profile came about (for example, a new employer, a "
           "different sign-in method, or a typo in your e-mail address).\n\n"
           "Please reply to this e-mail with the above. There is no need to open a new case.\n\n"
           "Best regards,\nMarco B.\nAWS Training and Certification")
    body = alt(new, aws_html(new), cte="qp")
    build("048-ask-notification-email-and-reason.eml", body, frm=FORM_FROM, to=N_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % N_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=N_CID, lang="en", sv=True, new=new, ids=[N1, N2])


# Thread O: Lan Nguyen (gmail), form case, name mismatch, 2024-05
O_TO = "lan.nguyen.thi92@gmail.com"
O_CID = cid15(D("2024-05-06 03:44:18"))
O1, O2 = "AWS42260917", "AWS42261854"


@mail
def m049():
    d = D("2024-05-07 09:05:36")
    trace, env = ses_gmail(O_TO, d)
    new = ("Hello Lan,\n\n"
           "Thank you for reaching out.\n\n"
           "We are unable to process your request yet because the names on the two profiles do not match:\n\n"
           "  AWS 42260917 - NGUYEN THI LAN\n"
           "  AWS 42261854 - Lan Nguyen\n\n"
           "Could you please confirm which spelling matches your passport or national ID? After that, please "
           "update the name on the other profile under My Profile > Personal information (or tell us and we "
           "will update it for you). We can only continue once both profiles carry the same legal name.\n\n"
           "Thank you for your understanding.\n\n"
           "Best regards,\nDaniela\nAWS Training and Certification")
    body = alt(new, aws_html(new), cte="qp")
    build("049-names-differ-which-spelling.eml", body, frm=FORM_FROM, to=O_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % O_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=O_CID, lang="en", sv=True, new=new, ids=[O1, O2])


@mail
def m050():
    d = D("2025-01-24 11:08:12")
    user_d = D("2025-01-23 19:31:00", timezone(timedelta(hours=2)))
    trace, env = ses_gmail(N_TO, d)
    new = ("Hello Olena,\n\n"
           "Thanks for the quick answer, that clears it up.\n\n"
           "Before anything changes on our side, I would like your go-ahead on the following:\n\n"
           "  * AWS-59321770 (olena.s@softserve-mail.com) will be absorbed by AWS-14086625 and then deactivated.\n"
           "  * AWS-14086625 (%s) stays and will show your Developer and SysOps certifications together.\n\n"
           "Once the merge is complete, the 50%% discount voucher you earned with your SysOps certification will "
           "appear under Benefits on AWS-14086625, and Credly will re-issue your badges to the same address.\n\n"
           "If you are fine with this, please reply with \"Proceed\". We can't reverse it afterwards.\n\n"
           "Best regards,\nMarco B.\nAWS Training and Certification" % N_TO)
    user = ("Hi Marco,\n\n1. AWS-59321770: olena.s@softserve-mail.com, AWS-14086625: %s\n"
            "2. I created the second one after changing jobs, I couldn't log in to the old one because the company "
            "email was deleted.\n\nThank you!\nOlena" % N_TO)
    text = new + "\n\n" + gmail_quote(user, user_d, "Olena Shevchenko", N_TO)
    body = alt(text, aws_html(text), cte="qp")
    build("050-go-ahead-reply-proceed-once-complete.eml", body, frm=FORM_FROM, to=N_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % N_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=N_CID, lang="en", sv=True, new=new, ids=[N1, N2])


@mail
def m051():
    d = D("2024-06-24 07:52:40")
    trace = aws_outlook(H_TO, d)
    new = ("Dear Arjun,\n\n"
           "Greetings from AWS Training and Certification!\n\n"
           "We are glad to inform you that the merging of your accounts has been successfully done. All the "
           "certifications and exam history of %s are now reflecting under %s. The account %s is deactivated "
           "and you will not be able to login in it anymore.\n\n"
           "Request you to kindly login with %s going forward.\n\n"
           "Thanks & Regards,\nVikram S\nAWS Training and Certification Team" % (H1, H2, H1, H_TO))
    prev = ("Hi Vikram,\nYes I agree, please merge. Thanks\nArjun")
    hist = outlook_quote(prev, "Arjun Mehta <%s>" % H_TO, D("2024-06-20 18:12:00", IST),
                         "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                         "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H_CID)
    text = new + "\n\n" + hist
    body = alt(text, aws_html(text), cte="qp")
    build("051-merging-successfully-done.eml", body, frm=FORM_FROM, to=H_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d), crlf=True,
          kind="merge_completed", case_id=H_CID, lang="en", sv=True, new=new, ids=[H1, H2])


@mail
def m052():
    d = D("2025-04-02 16:20:11", JST)
    ip = "159.182.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    env = "bounces+%s@em.pearsonvue.com" % digits(7)
    trace = jp_trace("nifty.com", J1_TO, d.astimezone(UTC), env, ip, "o%d.em.pearsonvue.com" % rng.randint(1, 20),
                     jar("pass", "em.pearsonvue.com", "pass", "pearson.com", "pass", "pearson.com"))
    new = ("田中 美咲 様\n\n"
           "ピアソン VUE をご利用いただき、ありがとうございます。\n"
           "以下の内容で試験のご予約を承りました。お名前、試験名、日時にお間違いがないかご確認ください。\n\n"
           "試験名：AWS Certified Solutions Architect - Professional (SAP-C02) 日本語\n"
           "日時：2025年4月19日(土) 13:30\n"
           "会場：東京・新宿テストセンター\n"
           "登録 ID：%s\n"
           "受験者 ID：AWS30671942\n\n"
           "ご予約内容の変更・キャンセルは、試験日の 24 時間前までにウェブサイトから行ってください。"
           "試験当日は、ご予約のお名前と一致する有効な身分証明書を 2 点ご持参ください。\n\n"
           "ピアソン VUE\n※本メールは送信専用です。ご返信いただいてもお答えできません。" % digits(9))
    body = tpart(new, "plain", "iso-2022-jp", "7bit")
    build("052-ja-pearson-yoyaku-kakunin.eml", body, frm=("ピアソン VUE", "pearsonvuejapan@pearson.com"),
          to=J1_TO, subject="【ピアソン VUE】試験予約確認のお知らせ", subj_charset="iso-2022-jp",
          from_charset="iso-2022-jp", date=d, msgid="<%s.%s@em.pearsonvue.com>" % (hx(20), digits(6)), trace=trace,
          after=[("DKIM-Signature", dkim("pearson.com", "s1", d, h="from:to:subject:mime-version:content-type"))],
          kind="unrelated", case_id=None, lang="ja", sv=False, new=new, ids=[J1_KEEP])


@mail
def m053():
    d = J2_OPEN + timedelta(seconds=11)
    trace, env = aws_nifty(J2_TO, d, prov="ocn.ne.jp")
    text = ("お客様\n\n"
            "アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。"
            "お問い合わせの件について、ケース %s を作成いたしました。\n\n"
            "ケースの詳細は以下のとおりです。\n\n"
            "ケース ID：%s\n"
            "件名：認定アカウントの統合について\n"
            "重要度：一般的なガイダンス\n"
            "内容：認定アカウントが複数あるようなので、一つにまとめていただけますでしょうか。"
            "現在使っている候補者 ID は AWS62014833 です。\n\n"
            "できるだけ早く回答いたします。ケースの確認と管理は AWS サポートセンターから行えます。\n\n"
            % (J2_CID, J2_CID)) + console_footer(J2_CID, "ja")
    body = alt(text, aws_html(text, "AWS サポート"), cte="b64")
    build("053-ja-console-case-sakusei.eml", body, frm=CONSOLE_FROM, to=J2_TO,
          subject=[("Amazon Web Services: ", "us-ascii"), ("新しいサポートケースを開きました", "utf-8"),
                   (": %s" % J2_CID, "us-ascii")],
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d, "ap-northeast-1"),
          kind="case_created", case_id=J2_CID, lang="ja", sv=True, new=text, ids=[J2c])


# Thread J6: 伊藤 由紀 (biglobe), form case, 2024-02
J6_TO = "yuki-ito@mtf.biglobe.ne.jp"
J6_CID = cid15(D("2024-02-13 06:26:09"))
J6a, J6b = "AWS16620483", "AWS70334591"


@mail
def m054():
    d = D("2024-02-14 02:49:33")
    trace, env = aws_nifty(J6_TO, d, prov="biglobe.ne.jp")
    new = ("伊藤 由紀 様\n\n"
           "AWS トレーニングと認定 カスタマーサポートでございます。お問い合わせいただき、ありがとうございます。\n\n"
           "ご連絡いただいた 2 つのアカウントを確認いたしました。\n\n"
           "　AWS-16620483：yuki.ito@tohoku-denki.co.jp（2020 年作成）\n"
           "　AWS-70334591：%s（2023 年作成）\n\n"
           "統合後に残るアカウントは 1 つのみとなり、以後はそのアカウントのメールアドレスでサインインしていただくことになります。"
           "どちらのアカウントを残すことをご希望か、お知らせいただけますでしょうか。\n\n"
           "ご希望を伺いましたら、統合内容をまとめて改めてご案内いたします。\n\n"
           "よろしくお願いいたします。\n\nAWS トレーニングと認定 カスタマーサポート\n渡辺" % J6_TO)
    body = alt(new, aws_html(new, "AWS トレーニングと認定"), cte="qp")
    build("054-ja-dochira-wo-nokosu.eml", body, frm=FORM_FROM, to=J6_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % J6_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=J6_CID, lang="ja", sv=True, new=new, ids=[J6a, J6b])


@mail
def m055():
    d = D("2024-10-04 08:14:27")
    agent_d = D("2024-10-03 12:47:05")
    user_d = D("2024-10-03 21:02:00", CEST)
    trace, env = ses_gmail(I_TO, d)
    new = ("Hello Marta,\n\n"
           "Thanks, that helps. Here is a summary of what we will do:\n\n"
           "  Profile that goes away:  %s (marta.kowalska@edu.pw.edu.pl)\n"
           "  Profile you keep:        %s (%s)\n\n"
           "Your Cloud Practitioner certification from 2021 will then show next to your Solutions Architect "
           "Associate on the profile you keep. The other profile can't be brought back later.\n\n"
           "Does this look right to you? If so, a quick \"yes\" back is all we need to get started.\n\n"
           "Best regards,\nGiulia\nAWS Training and Certification" % (I1, I2, I_TO))
    agent = ("Hello Marta,\n\nI found both profiles you mentioned:\n\n  aws47205519 - marta.kowalska@edu.pw.edu.pl\n"
             "  aws19936604 - %s\n\nWhich one should be your primary profile?\n\nBest regards,\nGiulia" % I_TO)
    user = "Hi Giulia,\nplease keep the gmail one.\nMarta\n\n" + gmail_quote(agent, agent_d.astimezone(CEST),
                                                                           "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
    text = new + "\n\n" + gmail_quote(user, user_d, "Marta Kowalska", I_TO)
    body = alt(text, aws_html(text), cte="qp")
    build("055-summary-does-this-look-right.eml", body, frm=FORM_FROM, to=I_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=I_CID, lang="en", sv=True, new=new, ids=[I1, I2])


@mail
def m056():
    d = D("2024-09-19 16:30:02")
    trace = aws_outlook(E_TO, d)
    stars = "".join("<a href=\"https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=%d\" "
                    "style=\"font-size:26px;color:#ff9900;text-decoration:none\">&#9733;</a>" % (E_CID, i) for i in range(1, 6))
    htm = ("<html><body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f\">\n"
           "<table width=\"600\" align=\"center\"><tr><td>\n"
           "<h2>How did we do?</h2>\n"
           "<p>Your support case <b>%s</b> (Two certification accounts - please combine) was resolved.</p>\n"
           "<p>Please take a moment to rate your experience with AWS Support. Select a star rating below:</p>\n"
           "<p>%s</p>\n"
           "<p>If your issue is not resolved, you can reopen the case from the "
           "<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en\">AWS Support Center</a>.</p>\n"
           "<p style=\"font-size:11px;color:#687078\">%s</p>\n</td></tr></table></body></html>\n" % (E_CID, stars, E_CID, AWS_LEGAL))
    body = tpart(htm, "html", "utf-8", "b64")
    build("056-console-how-did-we-do-stars.eml", body, frm=CONSOLE_FROM, to=E_TO,
          subject="How did we do? Rate your AWS Support experience for case %s" % E_CID, date=d, msgid=ses_msgid(d),
          trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="survey", case_id=E_CID, lang="en", sv=True, new=htm, ids=[])


@mail
def m057():
    d = D("2019-08-05 12:37:50")
    to = "p.novak@novak-it.cz"
    cid = "6270019453"
    text = ("Dear AWS customer,\n\n"
            "Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
            "The details of your case are as follows:\n\n"
            "Case ID: %s\n"
            "Subject: Duplicate AWS Certification account\n"
            "Severity: Low\n"
            "Correspondence: I have two certification accounts: AWS00581736 (old email petr.novak@skoda-it.cz) and "
            "AWS00925114 (%s). I want to keep the second one. Please help.\n\n"
            "We will respond as soon as possible.\n\n" % (cid, cid, to)) + console_footer(cid)
    body = tpart(text, "plain", "utf-8", "qp")
    r = d + timedelta(seconds=4)
    trace = [("Return-Path", "<%s>" % ses_envfrom(d)),
             ("Delivered-To", to),
             ("Received", "from a8-%d.smtp-out.amazonses.com (a8-%d.smtp-out.amazonses.com [54.240.8.%d])\n\tby mail.novak-it.cz (Postfix) with ESMTPS id 4627Q81xZ2z1Jb\n\tfor <%s>; %s"
              % (41, 41, 41, to, rfc(r.astimezone(CEST))))]
    build("057-old-console-case-opened-no-ar.eml", body, frm=CONSOLE_FROM, to=to,
          subject="Amazon Web Services: You have opened a new Support case: %s" % cid, date=d, msgid=ses_msgid(d),
          trace=trace, after=[("DKIM-Signature", dkim("amazon.com", AMZ_SEL, d)), ("DKIM-Signature", dkim("amazonses.com", SES_SEL_OLD, d))],
          extra=ses_extra(d) + [("X-Virus-Scanned", "amavisd-new at novak-it.cz")],
          kind="case_created", case_id=cid, lang="en", sv=None, new=text, ids=["AWS00581736", "AWS00925114"])


@mail
def m058():
    d = D("2025-10-09 19:05:33")
    trace, env = ses_gmail(K_TO, d)
    new = ("Hi Tom,\n\n"
           "Thanks for the \u201cOK to merge\u201d \u2013 the two profiles have now been joined together. "
           "AWS %s is closed and everything it held is on AWS %s, so that\u2019s the one to sign in with "
           "(%s).\n\n"
           "It can take up to 3 days before Credly sends the badge e-mails for the moved certifications.\n\n"
           "Cheers,\nIsabel M.\nAWS Training and Certification" % (K1, K2, K_TO))
    body = alt(new, aws_html(new), cte="qp", label="windows-1252")
    build("058-joined-together-wrong-charset.eml", body, frm=FORM_FROM, to=K_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_completed", case_id=K_CID, lang="en", sv=True, new=new, ids=[K1, K2])


@mail
def m059():
    d = D("2025-06-26 00:21:15")
    agent_d = D("2025-06-25 01:33:48").astimezone(JST)
    user_d = D("2025-06-25 21:47:00", JST)
    trace, env = ses_gmail(J5_TO, d)
    new = ("高橋 涼 様\n\n"
           "ご返信いただき、ありがとうございます。承知いたしました。\n"
           "これより統合作業に取りかからせていただきます。\n\n"
           "作業が完了しましたら改めてご連絡いたしますので、今しばらくお待ちくださいませ。"
           "作業中に新しい試験の予約をされますと、予約が統合先に引き継がれない場合がございますので、"
           "完了のご連絡までお控えいただけますと幸いです。\n\n"
           "石井 真理子\nAWS トレーニングと認定 カスタマーサポート")
    agent = ("高橋 涼 様\n\n・aws27751036 → 閉鎖し、内容を下記へ移行\n・aws84409162 → 今後ご利用いただくアカウント\n\n"
             "上記で問題なければ、本メールに「統合希望」とだけご返信ください。\n\n石井 真理子")
    user = "統合希望\n\n高橋\n\n" + ja_quote(agent, agent_d, "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
    text = new + "\n\n" + ja_quote(user, user_d, "高橋涼", J5_TO)
    body = alt(text, aws_html(text, "AWS トレーニングと認定"), cte="b64")
    build("059-ja-shouchi-sagyou-ni-torikakarimasu.eml", body, frm=FORM_FROM, to=J5_TO,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % J5_CID,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="support_reply", case_id=J5_CID, lang="ja", sv=True, new=new, ids=[])


@mail
def m060():
    d = D("2024-03-12 10:41:27")
    to = "jb.moreau@moreau-conseil.fr"
    opened = D("2024-03-11 15:22:08")
    cid = cid15(opened)
    P1, P2 = "AWS66130248", "AWS29907751"
    new = ("Bonjour Jean-Baptiste,\n\n"
           "Thank you for your message to AWS Training and Certification.\n\n"
           "We have studied your two certification profiles and we propose the following fusion:\n\n"
           "- the profile AWS66130248 (jbmoreau@capgemini-partner.fr) will be integrated in the profile AWS29907751\n"
           "- the profile AWS29907751 (%s) will be the only one after the operation, with all your exams and titles\n\n"
           "Please note the operation is definitive.\n\n"
           "We would need your green light before we start. You can simply answer \"yes\" to this e-mail and we do "
           "the rest.\n\n"
           "Cordialement / Best regards,\n\nCamille D.\nAWS Training and Certification" % to)
    body = alt(new, aws_html(new), cte="qp", cs="iso-8859-1")
    r = d + timedelta(seconds=5)
    trace = [("Return-Path", "<%s>" % ses_envfrom(d)),
             ("Delivered-To", to),
             ("Received", "from mx4.mail.ovh.net (unknown [10.109.%d.%d])\n\tby mo%d.mail-out.ovh.net (Postfix) with ESMTPS id 4Tv%s\n\tfor <%s>; %s"
              % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(100, 900), b64r(8).replace("/", "x").replace("+", "y"), to, rfc(r.astimezone(CET)))),
             ("Received", "from a8-%d.smtp-out.amazonses.com (a8-%d.smtp-out.amazonses.com [54.240.8.%d])\n\tby mx4.mail.ovh.net (Postfix) with ESMTPS id 4Tv%s\n\tfor <%s>; %s"
              % (63, 63, 63, b64r(8).replace("/", "x").replace("+", "y"), to, rfc(r.astimezone(CET)))),
             ("X-Ovh-Tracer-Id", "%s" % digits(19)),
             ("X-VR-SPAMSTATE", "OK")]
    build("060-green-light-fusion-no-ar.eml", body, frm=FORM_FROM, to=to,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid,
          date=d, msgid=ses_msgid(d), trace=trace, after=amz_dkim(d), extra=ses_extra(d),
          kind="merge_confirmation_requested", case_id=cid, lang="en", sv=None, new=new, ids=[P1, P2])


# ------------------------------------------------------------------ run + check
def check():
    errs = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        m = message_from_bytes(raw)
        txt = []
        for part in m.walk():
            if part.get_content_maintype() == "text":
                pl = part.get_payload(decode=True) or b""
                cs = part.get_content_charset() or "us-ascii"
                try:
                    txt.append(pl.decode(cs, errors="replace"))
                except LookupError:
                    txt.append(pl.decode("latin-1"))
        from email.header import decode_header, make_header
        subj = str(make_header(decode_header(m.get("Subject", ""))))
        alltxt = subj + "\n" + "\n".join(txt)
        lab = LABELS.get(f)
        if lab is None:
            print("NO LABEL", f)
            errs += 1
            continue
        found = set(ids_in(alltxt))
        for i in lab["account_ids"]:
            if i not in found:
                print("ID NOT IN TEXT", f, i)
                errs += 1
        if lab["case_id"] and lab["case_id"] not in re.sub(r"[\s\-]", "", alltxt) and lab["case_id"] not in alltxt:
            print("CASE NOT IN TEXT", f, lab["case_id"])
            errs += 1
        ars = m.get_all("Authentication-Results") or []
        if not ars and lab["sender_verified"] is not None:
            print("SV should be null", f)
            errs += 1
        if ars and lab["sender_verified"] is None:
            print("SV null but AR present", f)
            errs += 1
    for f in LABELS:
        if f not in files:
            print("LABEL WITHOUT FILE", f)
            errs += 1
    return errs


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    errs = check()
    from collections import Counter
    print(len(LABELS), "mails;", dict(Counter(v["kind"] for v in LABELS.values())), "errors:", errs)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
