#!/usr/bin/env python3
"""Generate blind set 65: four users' AWS Certification account-merge cases
(two English, one Japanese, one bilingual) plus the unrelated mail of their
inboxes.  Writes NNN-slug.eml files and labels.json into this folder."""
import base64
import hashlib
import html
import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone
from email import charset as cs
from email import policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(65)
UTC = timezone.utc
PT_S = timezone(timedelta(hours=-7))   # PDT (Google Received lines, summer)
PT_W = timezone(timedelta(hours=-8))   # PST (winter)
BST = timezone(timedelta(hours=1))
JST = timezone(timedelta(hours=9))
CRLF_POLICY = policy.compat32.clone(linesep="\r\n", max_line_length=0)


def U(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def cid(dt, tail):
    return f"{int(dt.timestamp())}{tail}"


def rb64(n):
    return base64.b64encode(R.randbytes(n)).decode()


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(bytes=R.randbytes(16), version=4))


def gdate(dt):
    """Date as Google writes it in Received lines (Pacific time)."""
    tz = PT_S if 3 <= dt.month <= 10 else PT_W
    d = dt.astimezone(tz)
    name = "PDT" if tz is PT_S else "PST"
    return format_datetime(d) + f" ({name})"


def rdate(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return f"<0100{ms:012x}-{ruuid()}-000000@email.amazonses.com>"


def ses_mailfrom(dt):
    ms = int(dt.timestamp() * 1000)
    return f"0100{ms:012x}-{ruuid()}-000000@amazonses.com"


def fold_b64(s, indent="\t ", width=64):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dkim(d, sel, dt, hlist="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date",
         c="relaxed/simple"):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={sel}; d={d}; "
            f"t={int(dt.timestamp())};\n\th={hlist};\n\tbh={rb64(32)};\n\t"
            f"b={fold_b64(rb64(256))}")


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(linesep="\n")


def enc_name(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.:;()'):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return Header(name, charset).encode() + f" <{addr}>"


# --------------------------------------------------------------------------
# sender profiles: how the sending side looks on the wire
# --------------------------------------------------------------------------
SES_IPS = ["54.240.8.12", "54.240.8.47", "54.240.48.112", "54.240.9.31", "54.240.27.19",
           "54.240.48.97", "54.240.8.83", "54.240.11.140"]


def ses_ip():
    ip = R.choice(SES_IPS)
    a, b, c, d = ip.split(".")
    return ip, f"a{c}-{d}.smtp-out.amazonses.com"


class Sender:
    def __init__(self, kind, from_domain, dkim_domains, mailfrom=None, ip=None, helo=None,
                 dmarc="pass", spf="pass", dkim_res="pass", p="QUARANTINE"):
        self.kind = kind
        self.from_domain = from_domain
        self.dkim_domains = dkim_domains
        self.mailfrom = mailfrom
        self.ip = ip
        self.helo = helo
        self.dmarc = dmarc
        self.spf = spf
        self.dkim_res = dkim_res
        self.p = p


def aws_sender(dt, from_domain="amazon.com"):
    ip, helo = ses_ip()
    return Sender("ses", from_domain,
                  [(from_domain, "rjt5zxmxqbddsa3q7p5f2eiqzqelyc5b" if from_domain == "amazon.com"
                    else "qp7ubs2f3dkvmvxtwlbnvhe3d2snxqbg"),
                   ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
                  mailfrom=ses_mailfrom(dt), ip=ip, helo=helo, p="QUARANTINE")


def credly_sender(dt, to):
    ip = f"149.72.{R.randint(100, 250)}.{R.randint(2, 250)}"
    local = to.replace("@", "=")
    return Sender("sendgrid", "credly.com", [("credly.com", "s1"), ("sendgrid.info", "smtpapi")],
                  mailfrom=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{local}@em.credly.com",
                  ip=ip, helo=f"o{R.randint(1, 30)}.em.credly.com", p="REJECT")


def generic_sender(from_domain, mailfrom_domain, helo, ip, dkim_d=None, sel="s1", p="NONE",
                   dmarc="pass", spf="pass", dkim_res="pass"):
    local = "bounce-" + rhex(10)
    return Sender("generic", from_domain, [(dkim_d or from_domain, sel)],
                  mailfrom=f"{local}@{mailfrom_domain}", ip=ip, helo=helo, p=p, dmarc=dmarc,
                  spf=spf, dkim_res=dkim_res)


# --------------------------------------------------------------------------
# receiving-side trace headers
# --------------------------------------------------------------------------
def gmail_trace(to, s, dt, arc=True):
    t1 = dt + timedelta(seconds=R.randint(1, 4))
    sid = rhex(12)
    ar_parts = []
    for d, sel in s.dkim_domains:
        res = s.dkim_res if d == s.from_domain else "pass"
        ar_parts.append(f"dkim={res} header.i=@{d} header.s={sel} header.b={rb64(6)[:8]}")
    spf_txt = ("designates" if s.spf == "pass" else "does not designate")
    spf_note = f"(google.com: domain of {s.mailfrom} {spf_txt} {s.ip} as permitted sender)"
    ar_parts.append(f"spf={s.spf} {spf_note} smtp.mailfrom={s.mailfrom}")
    dis = "NONE" if s.dmarc == "pass" else s.p
    ar_parts.append(f"dmarc={s.dmarc} (p={s.p} sp={s.p} dis={dis}) header.from={s.from_domain}")
    ar_body = ";\n       ".join(ar_parts)
    h = [("Delivered-To", to),
         ("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id "
                      f"{rhex(4)}csp{R.randint(100000, 999999)}{rhex(3)};\n        {gdate(t1)}"),
         ("X-Google-Smtp-Source", rb64(40)[:52]),
         ("X-Received", f"by 2002:a17:{rhex(3)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id "
                        f"{rhex(10)}-{rhex(10)}.{R.randint(10, 99)}.{int(t1.timestamp())}{R.randint(100, 999)};"
                        f"\n        {gdate(t1)}")]
    if arc:
        h += [("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; "
                           f"s=arc-20240605;\n        b={fold_b64(rb64(256), indent='        ', width=70)}"),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                                        "        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
                                        f"        bh={rb64(32)};\n        fh={rb64(32)};\n"
                                        f"        b={fold_b64(rb64(256), indent='        ', width=70)}"),
              ("ARC-Authentication-Results", "i=1; mx.google.com;\n       " + ar_body)]
    h += [("Return-Path", f"<{s.mailfrom}>"),
          ("Received", f"from {s.helo} ({s.helo}. [{s.ip}])\n        by mx.google.com with ESMTPS id "
                       f"{rhex(18)}.{R.randint(100, 999)}.{int(dt.timestamp())}.{R.randint(10, 99)}\n"
                       f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 "
                       f"bits=128/128);\n        {gdate(dt)}"),
          ("Received-SPF", f"{s.spf} {spf_note} client-ip={s.ip};"),
          ("Authentication-Results", "mx.google.com;\n       " + ar_body)]
    return h


def o365_trace(to, s, dt, internal=False):
    t1 = dt + timedelta(seconds=R.randint(1, 3))
    mbx = f"DB9PR{R.randint(1, 9)}MB{R.randint(1000, 9999)}.eurprd0{R.randint(1, 9)}.prod.outlook.com"
    fe = f"AS4P{R.randint(100, 999)}CA00{R.randint(10, 99)}.EURP{R.randint(100, 300)}.PROD.OUTLOOK.COM"
    v6 = lambda: f"2603:10a6:{rhex(3)}:{rhex(2)}::{rhex(2)}"
    h = [("Received", f"from {mbx} ({v6()}) by\n {mbx.replace('DB9PR', 'DU0PR')} with HTTPS; {rdate(t1)}")]
    if internal:
        h += [("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n"
                                         f" header.from={s.from_domain};"),
              ("Received", f"from {mbx.replace('DB9PR', 'AM9PR')} ({v6()}) by\n {mbx} ({v6()}) with "
                           "Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                           f"id 15.20.9115.{R.randint(10, 30)}; {rdate(dt)}")]
        return h
    eop = f"AMS1EPF000000{R.randint(10, 99)}.eurprd04.prod.outlook.com"
    dk = ";".join(f"dkim={s.dkim_res if d == s.from_domain else 'pass'} (signature was verified)\n header.d={d}"
                  for d, _ in s.dkim_domains)
    mf_dom = s.mailfrom.split("@")[1]
    comp = "pass reason=100" if s.dmarc == "pass" else "fail reason=000"
    h += [("Received", f"from {fe} ({v6()})\n by {mbx} ({v6()}) with Microsoft SMTP\n Server "
                       "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9115.9;\n"
                       f" {rdate(t1)}"),
          ("Received", f"from {eop.upper()} ({v6()}) by {fe}\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\n"
                       f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.9115.9 via Frontend Transport; {rdate(t1)}"),
          ("Authentication-Results", f"spf={s.spf} (sender IP is {s.ip})\n smtp.mailfrom={mf_dom}; {dk};"
                                     f"dmarc={s.dmarc} action={'none' if s.dmarc == 'pass' else 'quarantine'}\n"
                                     f" header.from={s.from_domain};compauth={comp}"),
          ("Received-SPF", f"{s.spf.capitalize()} (protection.outlook.com: domain of {mf_dom} designates\n "
                           f"{s.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={s.ip}; "
                           f"helo={s.helo}; pr=C"),
          ("Received", f"from {s.helo} ({s.ip}) by\n {eop.upper()} (10.167.{R.randint(1, 254)}.{R.randint(1, 254)}) "
                       "with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.9115.9 "
                       f"via Frontend Transport; {rdate(dt)}"),
          ("X-MS-Exchange-Organization-ExpirationStartTime", dt.strftime("%d %b %Y %H:%M:%S.") + f"{R.randint(1000, 9999)} (UTC)"),
          ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
          ("X-MS-Exchange-Organization-SCL", "1"),
          ("X-MS-Exchange-Organization-AuthSource", eop.upper()),
          ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
          ("X-MS-Office365-Filtering-Correlation-Id", ruuid())]
    return h


def nifty_trace(to, s, dt):
    t1 = dt + timedelta(seconds=R.randint(1, 5))
    qid = dt.astimezone(JST).strftime("%Y%m%d%H%M%S") + "." + rhex(8).upper()
    dk = "; ".join(f"dkim=pass header.i=@{d}" for d, _ in s.dkim_domains)
    return [("Return-Path", f"<{s.mailfrom}>"),
            ("Delivered-To", to),
            ("Received", f"from mta-snd{R.randint(1, 9):02d}.nifty.com by mbox-{rhex(4)}.nifty.com\n"
                         f"\twith LMTP id {rhex(12)}; {rdate(t1, JST)}"),
            ("Authentication-Results", f"mx.nifty.com; spf=pass smtp.mailfrom={s.mailfrom.split('@')[1]};\n"
                                       f"\t{dk};\n\tdmarc={s.dmarc} header.from={s.from_domain}"),
            ("Received", f"from {s.helo} ({s.helo} [{s.ip}])\n\tby mta-mx0{R.randint(1, 6)}.nifty.com with ESMTPS\n"
                         f"\tid <{qid}@mta-mx.nifty.com> for <{to}>;\n\t{rdate(dt, JST)}")]


def onprem_trace(to, frm_host, dt):
    """Corporate Postfix relay without any Authentication-Results."""
    t1 = dt + timedelta(seconds=R.randint(1, 3))
    return [("Return-Path", f"<{frm_host[0]}>"),
            ("Received", f"from mail01.{frm_host[1]} (mail01.{frm_host[1]} [10.20.1.11])\n"
                         f"\tby mbox02.{frm_host[1]} (Postfix) with ESMTP id {rhex(10).upper()}\n"
                         f"\tfor <{to}>; {rdate(t1, JST)}"),
            ("Received", f"from [10.20.{R.randint(30, 80)}.{R.randint(2, 250)}] (unknown [10.20.44.17])\n"
                         f"\tby mail01.{frm_host[1]} (Postfix) with ESMTPSA id {rhex(10).upper()};\n\t{rdate(dt, JST)}")]


def gws_internal_trace(to, dt):
    t1 = dt + timedelta(seconds=1)
    return [("Delivered-To", to),
            ("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id "
                         f"{rhex(4)}csp{R.randint(100000, 999999)}{rhex(3)};\n        {gdate(t1)}"),
            ("X-Received", f"by 2002:a05:6808:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id "
                           f"{rhex(10)}-{rhex(10)}.{R.randint(10, 99)}.{int(t1.timestamp())}{R.randint(100, 999)};"
                           f"\n        {gdate(t1)}")]


# --------------------------------------------------------------------------
# body parts
# --------------------------------------------------------------------------
def _strip_mv(part):
    if part.get("MIME-Version"):
        del part["MIME-Version"]
    return part


def text_part(body, subtype="plain", charset="utf-8", cte="qp"):
    if charset == "utf-8":
        c = cs.Charset("utf-8")
        c.body_encoding = {"qp": cs.QP, "base64": cs.BASE64, "8bit": None}[cte]
        return _strip_mv(MIMEText(body, subtype, c))
    if charset == "us-ascii":
        return _strip_mv(MIMEText(body, subtype, "us-ascii"))
    if charset == "iso-2022-jp":
        return _strip_mv(MIMEText(body, subtype, "iso-2022-jp"))
    raise ValueError(charset)


def raw_part(body, subtype, codec, label, cte="base64"):
    """Encode text with `codec` but label it `label` (they differ for a wrong-label mail)."""
    p = MIMENonMultipart("text", subtype, charset=label)
    data = body.encode(codec)
    if cte == "base64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    else:
        p.set_payload(data.decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = cte
    return _strip_mv(p)


def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    return _strip_mv(m)


def to_html(text, brand="Amazon Web Services"):
    paras = []
    quote_lines = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) if l.strip() != ">" else "" for l in lines)
            paras.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            paras.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{html.escape(brand)}</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;"
            "font-size:14px;color:#16191f\">\n" + "\n".join(paras) + "\n</body></html>\n")


# --------------------------------------------------------------------------
# assembling a message
# --------------------------------------------------------------------------
FILES = []
LABELS = {}


def emit(slug, *, kind, case_id, accounts, verified, lang, trace, frm, to, subject, dt,
         body, msgid, extra=(), pre_from=(), cc=None, in_reply_to=None, refs=None,
         date_tz=UTC, reply_to=None, subject_charset="utf-8"):
    n = len(FILES) + 1
    name = f"{n:03d}-{slug}.eml"
    hdrs = list(trace) + list(pre_from)
    hdrs.append(("From", frm))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", enc_subject(subject, subject_charset)))
    hdrs.append(("Date", rdate(dt, date_tz)))
    hdrs.append(("Message-ID", msgid))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if refs:
        hdrs.append(("References", refs))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).replace("\r\n", "\n").replace("\n", "\r\n")
    head.encode("ascii")  # headers must be 7-bit
    body_bytes = body.as_bytes(policy=CRLF_POLICY)
    data = head.encode("ascii") + body_bytes
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    FILES.append(name)
    LABELS[name] = {"kind": kind, "case_id": case_id,
                    "account_ids": sorted(set(a.upper().replace(" ", "").replace("-", "") for a in accounts)),
                    "sender_verified": verified, "language": lang}


def ses_extra(dt):
    return [("Feedback-ID", f"::1.us-east-1.{rb64(30)[:43]}=:AmazonSES"),
            ("X-SES-Outgoing", dt.strftime("%Y.%m.%d") + f"-{R.choice(SES_IPS)}")]


def aws_hdrs(dt, s):
    return [dkim(d, sel, dt) for d, sel in s.dkim_domains]


FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM_FROM = f'"Amazon Web Services" <{FORM}>'
CONSOLE_FROM = f'"Amazon Web Services" <{NOREPLY}>'
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

RATE_FOOTER = ("We value your feedback. Please share your experience by rating this correspondence "
               "using the AWS Support Center link at the end of this correspondence. Each correspondence "
               "can also be rated by selecting the stars in top right corner of each correspondence within "
               "the AWS Support Center.")


def ja_wd(dt):
    return "月火水木金土日"[dt.weekday()]


def ja_quote_hdr(dt_local, name, addr):
    d = dt_local
    return f"{d.year}年{d.month}月{d.day}日({ja_wd(d)}) {d.hour}:{d.minute:02d} {name} <{addr}>:"


def g_quote_hdr(dt_local, name, addr):
    d = dt_local
    h12 = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {h12}:{d.minute:02d} {ap} {name} <{addr}> wrote:"


def outlook_block(frm, dt_local, to, subject):
    d = dt_local
    h12 = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return (f"________________________________\nFrom: {frm}\nSent: {d.strftime('%A, %B')} {d.day}, {d.year} "
            f"{h12}:{d.minute:02d} {ap}\nTo: {to}\nSubject: {subject}\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# ==========================================================================
# USER 1 - Megan Torres (Gmail, English)
# ==========================================================================
M = "megan.torres.dev@gmail.com"
M_NAME = "Megan Torres"
M_OLD_MAIL = "m.torres@brightpath-health.org"
A1_KEEP, A1_OLD, A1_TYPO = "AWS11930574", "AWS04417826", "AWS04471826"
C1_OPEN = U(2025, 6, 2, 14, 7, 33)
C1 = cid(C1_OPEN, "48213")
PRIYA_SIG = "Best regards,\nPriya S.\nAmazon Web Services\nTraining and Certification Support"


def u1_aws(slug, dt, subject, body, kind, accounts, frm=FORM_FROM, case=C1, lang="en"):
    s = aws_sender(dt)
    emit(slug, kind=kind, case_id=case, accounts=accounts, verified=True, lang=lang,
         trace=gmail_trace(M, s, dt), pre_from=aws_hdrs(dt, s), frm=frm, to=M, subject=subject,
         dt=dt, body=body, msgid=ses_msgid(dt), extra=ses_extra(dt))


# 1 - unrelated: AWS Builder ID code (a day before the case)
dt = U(2025, 6, 1, 18, 44, 9)
s = aws_sender(dt, "signin.aws")
body = text_part(f"""Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code in the browser window where you started signing up.

Verification code: {R.randint(100000, 999999)}

This code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can safely ignore this email. Someone else may have typed your email address by mistake.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", cte="qp")
emit("builder-id-code", kind="unrelated", case_id=None, accounts=[], verified=True, lang="en",
     trace=gmail_trace(M, s, dt), pre_from=aws_hdrs(dt, s), frm='"AWS Builder ID" <no-reply@signin.aws>',
     to=M, subject="Verify your AWS Builder ID email address", dt=dt, body=body, msgid=ses_msgid(dt),
     extra=ses_extra(dt))

# 2 - case_created (form acknowledgement) with the mistyped id
dt = C1_OPEN + timedelta(seconds=19)
t = f"""Hello Megan,

Thank you for reaching out to AWS Training and Certification. This message confirms that we received your submission and logged it under case ID {C1}.

A member of our team will review the details you provided and get back to you at this address, usually within 24 hours. If you need to add information, please reply to this email rather than submitting the form again: a new submission creates a separate case and can delay our answer.

Summary of your submission
Inquiry type: AWS Training and Certification
Category: Certification
Sub-category: Account Merge
AWS candidate ID(s): {A1_TYPO}, {A1_KEEP}
Description: I have two certification accounts, one created with my old work email ({M_OLD_MAIL}) and one with my personal Gmail. I would like them combined into the one under my Gmail so all of my certifications are in one place.

Regards,
AWS Training and Certification Support
"""
u1_aws("tc-form-received", dt, f"[CASE {C1}] {FORM_SUBJ}", text_part(t, cte="qp"),
       "case_created", [A1_TYPO, A1_KEEP])

# 3 - support_reply: the id given belongs to someone else
dt = U(2025, 6, 3, 16, 22, 40)
t = f"""Hello Megan,

Thank you for your patience while I looked into this.

I was able to locate your current account, {A1_KEEP}, registered to {M}. However, the second candidate ID in your request, {A1_TYPO}, is not associated with your name or with the brightpath-health.org address you mentioned. It belongs to a different candidate, so I am unable to take any action on it.

Searching by your former work email, I did find a separate profile that may be yours, but before we go any further I need you to verify it from your side. Could you please reply with:

1. The candidate ID shown on the profile page when you sign in to the AWS Certification account that uses {M_OLD_MAIL}
2. The certifications you expect to see on that account, with the approximate dates you passed them

For security reasons I can't share the ID of that profile until you confirm it.

{PRIYA_SIG}
"""
u1_aws("re-case-id-not-yours", dt, f"RE:[CASE {C1}] {FORM_SUBJ}",
       alt(text_part(t, cte="qp"), text_part(to_html(t), "html", cte="qp")),
       "support_reply", [A1_TYPO, A1_KEEP])

# 4 - unrelated: GitHub "Merged" notification
dt = U(2025, 6, 4, 17, 3, 51)
s = generic_sender("github.com", "github.com", "out-21.smtp.github.com", "192.30.252.204", sel="pf2023", p="REJECT")
t = f"""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightpath/infra-modules/pull/482#event-{R.randint(10**10, 10**11)}
You are receiving this because you authored the thread.
"""
h = f"""<p>Merged <a href="https://github.com/brightpath/infra-modules/pull/482" class="issue-link">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/brightpath/infra-modules/pull/482#event-1">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>
"""
emit("github-pr-merged", kind="unrelated", case_id=None, accounts=[], verified=False, lang="en",
     trace=gmail_trace(M, s, dt), pre_from=[dkim("github.com", "pf2023", dt)],
     frm='"Jordan Lee" <notifications@github.com>', to="brightpath/infra-modules <infra-modules@noreply.github.com>",
     cc='Megan Torres <author@noreply.github.com>',
     subject="Re: [brightpath/infra-modules] Migrate Terraform state backend to S3 + DynamoDB lock (PR #482)",
     dt=dt, body=alt(text_part(t, cte="qp"), text_part(h, "html", cte="qp")),
     msgid=f"<brightpath/infra-modules/pull/482/issue_event/{R.randint(10**10, 10**11)}@github.com>",
     in_reply_to="<brightpath/infra-modules/pull/482@github.com>",
     refs="<brightpath/infra-modules/pull/482@github.com>",
     extra=[("List-ID", "brightpath/infra-modules <infra-modules.brightpath.github.com>"),
            ("X-GitHub-Reason", "author")])

# 5 - merge_confirmation_requested, Gmail-style quote of Megan's correction
dt = U(2025, 6, 5, 9, 48, 2)
meg_corr = U(2025, 6, 5, 4, 12).astimezone(PT_S)
t = f"""Hi Megan,

Thanks for sending those details. They match the profile I found, so we can continue.

Before I submit anything, please review the following carefully:

  Account that will be retained: {A1_KEEP} ({M})
  Account that will be folded into it and then deactivated: {A1_OLD} ({M_OLD_MAIL})

Afterwards, the certification history, exam records and any active benefits from {A1_OLD} will appear under {A1_KEEP}, and you will no longer be able to sign in to the old profile. Please be aware that this is permanent: we can't separate the two accounts again later.

If everything above is correct, simply reply to this email to tell us you agree, and I'll pass the request to our Certification team. If anything needs changing, let me know what and I'll update it.

{PRIYA_SIG}

{g_quote_hdr(meg_corr, M_NAME, M)}
> Hi Priya,
>
> Sorry about that, I mistyped the ID in the form. The correct one for my old work account is aws-04417826.
> I passed Cloud Practitioner in March 2021 and Solutions Architect Associate in October 2022 on that account. Developer Associate I took in 2024 on my Gmail account.
>
> Thanks,
> Megan
"""
u1_aws("re-please-review-before-we-combine", dt, f"RE:[CASE {C1}] {FORM_SUBJ}", text_part(t, cte="base64"),
       "merge_confirmation_requested", [A1_OLD, A1_KEEP])

# 6 - support_reply: thank you for confirming, proceeding; ids only in quoted history
dt = U(2025, 6, 6, 8, 15, 27)
meg_ok = U(2025, 6, 5, 14, 31).astimezone(PT_S)
prev = U(2025, 6, 5, 9, 48).astimezone(PT_S)
t = f"""Hello Megan,

Thank you for the confirmation. I've handed your request to the team that maintains certification records, and they will now carry it out exactly as described below. This usually takes one to three business days; I'll write to you again as soon as they have finished, so there's nothing more you need to do right now.

{PRIYA_SIG}

{g_quote_hdr(meg_ok, M_NAME, M)}
> Yes, that's all correct. Please go ahead.
>
> Megan
>
> {g_quote_hdr(prev, 'Amazon Web Services', FORM)}
> > Hi Megan,
> >
> > Before I submit anything, please review the following carefully:
> >
> >   Account that will be retained: {A1_KEEP} ({M})
> >   Account that will be folded into it and then deactivated: {A1_OLD} ({M_OLD_MAIL})
> >
> > Please be aware that this is permanent: we can't separate the two accounts again later.
> >
> > If everything above is correct, simply reply to this email to tell us you agree.
"""
u1_aws("re-thanks-handed-over", dt, f"RE:[CASE {C1}] {FORM_SUBJ}",
       alt(text_part(t, cte="qp"), text_part(to_html(t), "html", cte="qp")), "support_reply", [])

# 7 - unrelated: look-alike phishing about a voucher (not about the merge)
dt = U(2025, 6, 8, 2, 17, 45)
s = generic_sender("aws-certify-rewards.com", "aws-certify-rewards.com", "mail.aws-certify-rewards.com",
                   "91.215.85.142", sel="default", p="NONE")
h = f"""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:20px">AWS Certification</td></tr>
<tr><td style="padding:20px">
<p>Dear Certified Professional,</p>
<p>Our records show that the <b>50% exam discount benefit</b> on candidate ID <b>{A1_KEEP.lower()}</b> has not been used and <b>expires in 48 hours</b>.</p>
<p>To keep your benefit, sign in and confirm your payment details before it is removed from your account.</p>
<p style="text-align:center"><a href="http://aws-certify-rewards.com/benefits/claim?id={rhex(16)}" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">Claim my voucher</a></p>
<p>AWS Training and Certification Benefits Team</p>
</td></tr></table></body></html>
"""
emit("voucher-expiring-48h", kind="unrelated", case_id=None, accounts=[A1_KEEP], verified=False, lang="en",
     trace=gmail_trace(M, s, dt), pre_from=[dkim("aws-certify-rewards.com", "default", dt)],
     frm='"AWS Certification Benefits" <benefits@aws-certify-rewards.com>', to=M,
     subject="Action needed: your exam benefit expires in 48 hours", dt=dt,
     body=text_part(h, "html", cte="base64"), msgid=f"<{rhex(24)}@aws-certify-rewards.com>")

# 8 - merge_completed (base64, with rating footer)
dt = U(2025, 6, 9, 17, 40, 11)
t = f"""Hello Megan,

Good news: the Certification team has finished working on your request. Everything that was on {A1_OLD} (your AWS Certified Cloud Practitioner and AWS Certified Solutions Architect – Associate records, exam history and benefits) now sits under {A1_KEEP}, and the old profile has been retired.

The next time you sign in at https://www.aws.training/Certification with {M} you should see all three certifications listed. Your digital badges will be re-issued by Credly to the email address on {A1_KEEP}; this can take up to 5 business days.

If you notice anything missing, reply to this email within the next 14 days and I'll look into it.

{PRIYA_SIG}

{RATE_FOOTER}
"""
u1_aws("re-records-now-under-one-profile", dt, f"RE:[CASE {C1}] {FORM_SUBJ}", text_part(t, cte="base64"),
       "merge_completed", [A1_OLD, A1_KEEP])

# 9 - survey (closure, HTML + text)
dt = U(2025, 6, 9, 17, 41, 2)
t = f"""Hello,

Your case {C1} (account-assistance) has been marked as resolved.

Was your issue resolved?
YES: https://aws-tc-feedback.amazon.com/survey?caseId={C1}&r=yes
NO:  https://aws-tc-feedback.amazon.com/survey?caseId={C1}&r=no

How would you rate the support you received from Priya? The survey takes less than a minute and helps us improve the service we provide.

If you still need help with this request, you can reply to the most recent message from our agent within 14 days and your case will be reopened.

AWS Training and Certification
"""
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your case <b>{C1}</b> (account-assistance) has been marked as resolved.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://aws-tc-feedback.amazon.com/survey?caseId={C1}&amp;r=yes" style="padding:8px 20px;background:#1d8102;color:#fff">YES</a>
&nbsp; <a href="https://aws-tc-feedback.amazon.com/survey?caseId={C1}&amp;r=no" style="padding:8px 20px;background:#d13212;color:#fff">NO</a></p>
<p>How would you rate the support you received from Priya?<br>
<a href="https://aws-tc-feedback.amazon.com/survey?caseId={C1}&amp;stars=1">&#9733;</a><a href="https://aws-tc-feedback.amazon.com/survey?caseId={C1}&amp;stars=2">&#9733;</a><a href="https://aws-tc-feedback.amazon.com/survey?caseId={C1}&amp;stars=3">&#9733;</a><a href="https://aws-tc-feedback.amazon.com/survey?caseId={C1}&amp;stars=4">&#9733;</a><a href="https://aws-tc-feedback.amazon.com/survey?caseId={C1}&amp;stars=5">&#9733;</a></p>
<p>If you still need help with this request, you can reply to the most recent message from our agent within 14 days and your case will be reopened.</p>
<p>AWS Training and Certification</p></body></html>
"""
u1_aws("how-did-we-do", dt, f"How did we do? Case {C1}", alt(text_part(t, cte="qp"), text_part(h, "html", cte="qp")),
       "survey", [])


# Credly helpers
def credly_html(greeting, lines, badge, button, link, issuer="Amazon Web Services Training and Certification"):
    img = f"https://images.credly.com/size/340x340/images/{ruuid()}/image.png"
    ps = "\n".join(f'<p style="margin:0 0 14px">{l}</p>' for l in lines)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Credly</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/emails/credly-logo.png" width="110" alt="Credly"></td></tr>
<tr><td style="padding:0 32px" align="center"><img src="{img}" width="170" height="170" alt="{html.escape(badge)}"></td></tr>
<tr><td style="padding:16px 32px;font-size:16px;line-height:24px">
<p style="margin:0 0 14px;font-size:22px;font-weight:bold">{greeting}</p>
{ps}
<p style="margin:24px 0" align="center"><a href="{link}" style="background:#ff6b00;color:#fff;padding:14px 30px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#777;border-top:1px solid #eee">
{html.escape(issuer)} uses Credly to issue and manage its digital credentials.<br>
Credly, Inc. &middot; 13000 Sawgrass Village Circle, Suite 44, Ponte Vedra Beach, FL 32082<br>
<a href="https://www.credly.com/notification_settings" style="color:#777">Notification settings</a> &middot; <a href="https://www.credly.com/privacy" style="color:#777">Privacy</a>
</td></tr></table></td></tr></table></body></html>
"""


def credly_mail(slug, to, to_name, dt, subject, body, trace_fn, kind="credly_badge_issued", lang="en"):
    s = credly_sender(dt, to)
    frm = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
    emit(slug, kind=kind, case_id=None, accounts=[], verified=True, lang=lang, trace=trace_fn(to, s, dt),
         pre_from=[dkim("credly.com", "s1", dt, hlist="from:subject:mime-version:content-type:to:date:message-id"),
                   dkim("sendgrid.info", "smtpapi", dt, hlist="from:subject:mime-version:content-type:to:date:message-id")],
         frm=frm, to=f"{to_name} <{to}>", subject=subject, dt=dt, body=body,
         msgid=f"<{rb64(16).replace('/', '_').replace('+', '-').rstrip('=')}@geopod-ismtpd-{R.randint(1, 40)}>",
         extra=[("X-Entity-ID", "u001.{}".format(rb64(12)[:16]))])


def badge_link():
    return f"https://www.credly.com/earner/earned/badge/{ruuid()}?source=email-earned&amp;utm_medium=email"


# 10 - credly: SAA issued (HTML only)
dt = U(2025, 6, 11, 13, 5, 40)
h = credly_html("Megan, your badge is waiting",
                ["Amazon Web Services Training and Certification has issued you a badge: "
                 "<b>AWS Certified Solutions Architect &ndash; Associate</b>.",
                 "Accept it to add it to your Credly profile and share it with your network, on your "
                 "r&eacute;sum&eacute;, or in your email signature."],
                "AWS Certified Solutions Architect – Associate", "Accept your badge", badge_link())
credly_mail("credly-saa-issued", M, M_NAME, dt,
            "Amazon Web Services Training and Certification has issued you a new badge",
            text_part(h, "html", cte="qp"), gmail_trace)

# 11 - credly: reminder to accept (ready to accept)
dt = U(2025, 6, 14, 13, 6, 12)
link = badge_link()
h = credly_html("Don't forget to accept your badge",
                ["A few days ago, Amazon Web Services Training and Certification issued you the "
                 "<b>AWS Certified Solutions Architect &ndash; Associate</b> badge. It is still waiting for you."],
                "AWS Certified Solutions Architect – Associate", "Accept badge", link)
t = ("Don't forget to accept your badge\n\nAmazon Web Services Training and Certification issued you the "
     "AWS Certified Solutions Architect – Associate badge a few days ago.\n\nAccept badge: "
     + link.replace("&amp;", "&") + "\n\nCredly, Inc.\n")
credly_mail("credly-accept-reminder", M, M_NAME, dt,
            "Reminder: your AWS Certified Solutions Architect – Associate badge is waiting",
            alt(text_part(t, cte="qp"), text_part(h, "html", cte="qp")), gmail_trace)

# 12 - support_reply: missing CLF badge chased (conditional "once")
dt = U(2025, 6, 13, 15, 52, 31)
meg_q = U(2025, 6, 12, 22, 5).astimezone(PT_S)
t = f"""Hello Megan,

Thanks for letting me know. I checked {A1_KEEP} and the Cloud Practitioner certification is listed there, so the record itself is in the right place. The badge, however, is still attached to the Credly profile that belongs to {M_OLD_MAIL}, which is why no new notification reached you.

I've asked our Credly administrators to move that badge to the Credly profile linked to {M}. Once they've done so, Credly will email you asking you to accept it; please allow 3 to 5 business days. If nothing arrives by 20 June, reply here and I'll chase it.

{PRIYA_SIG}

{g_quote_hdr(meg_q, M_NAME, M)}
> Hi Priya,
>
> Thanks again for sorting this out. I got an email from Credly for the Solutions Architect badge, but nothing for Cloud Practitioner. It's still showing on my old Credly profile as far as I can tell. Can you check?
>
> Megan
"""
u1_aws("re-clf-badge-still-on-old-credly", dt, f"RE:[CASE {C1}] {FORM_SUBJ}", text_part(t, cte="qp"),
       "support_reply", [A1_KEEP])

# 13 - credly: CLF transferred
dt = U(2025, 6, 18, 9, 31, 7)
link = badge_link()
h = credly_html("A badge has been transferred to you",
                [f"The <b>AWS Certified Cloud Practitioner</b> badge, previously held by {html.escape(M_OLD_MAIL)}, "
                 f"has been transferred by Amazon Web Services Training and Certification to {html.escape(M)}.",
                 "Accept the badge to show it on your profile."],
                "AWS Certified Cloud Practitioner", "Accept your badge", link)
t = (f"A badge has been transferred to you\n\nThe AWS Certified Cloud Practitioner badge, previously held by "
     f"{M_OLD_MAIL}, has been transferred by Amazon Web Services Training and Certification to {M}.\n\n"
     f"Accept your badge: {link.replace('&amp;', '&')}\n")
credly_mail("credly-clf-transferred", M, M_NAME, dt, "Your AWS Certified Cloud Practitioner badge has a new home",
            alt(text_part(t, cte="qp"), text_part(h, "html", cte="qp")), gmail_trace)

# 14 - unrelated: Pearson VUE appointment
dt = U(2025, 6, 20, 23, 12, 55)
s = generic_sender("pearson.com", "pearson.com", "mail2.pearsonvue.com", "159.182.45.19", sel="pvue1", p="REJECT")
t = f"""Dear Megan Torres,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Delivery: OnVUE online proctored
Date and time: Thursday, July 10, 2025, 9:00 AM Pacific Daylight Time
Duration: 205 minutes (including time for agreements and survey)
Registration ID: {R.randint(500000000, 599999999)}
Candidate ID: {A1_KEEP}

Before your exam:
- Run the system test on the computer you will use.
- Check in up to 30 minutes before your appointment time.
- Have a valid, government-issued ID ready.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
emit("pearson-vue-sap-appointment", kind="unrelated", case_id=None, accounts=[A1_KEEP], verified=False, lang="en",
     trace=gmail_trace(M, s, dt), pre_from=[dkim("pearson.com", "pvue1", dt)],
     frm='"Pearson VUE" <pearsonvueconfirmation@pearson.com>', to=M,
     subject="Pearson VUE Confirmation of Booking", dt=dt, body=text_part(t, cte="qp"),
     msgid=f"<{rhex(20)}.{R.randint(1000, 9999)}@pearsonvue.com>")

# 15 - unrelated: AWS billing case, 11-digit id, from 2023
dt = U(2025, 7, 2, 19, 8, 33)
OLD_BILL = "12884530917"
t = f"""Hello Megan,

Thank you for getting back to us on this case.

I have reviewed the charges billed to AWS account 447103382915 after you closed it. The Elastic IP address that was still allocated in us-west-2 caused the charges in question. As a one-time courtesy, a refund of USD 38.41 has been issued to the card on file; it should appear on your statement within 5 to 10 business days.

Please let us know if you have any other questions about this account.

Best regards,
Dmitri K.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center

To see the file or image attachments for your case, please view the case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={OLD_BILL}&language=en

{RATE_FOOTER}
"""
u1_aws("re-billing-refund-closed-account", dt, f"RE:[CASE {OLD_BILL}] Charges after closing my account",
       text_part(t, cte="qp"), "unrelated", [], frm=CONSOLE_FROM, case=OLD_BILL)

# 16 - unrelated: Credly expiry reminder
dt = U(2025, 8, 14, 14, 0, 21)
h = credly_html("Your badge expires soon",
                ["Your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge will expire on "
                 "<b>October 14, 2025</b>.",
                 "To keep your credential active, complete the recertification requirements set by "
                 "Amazon Web Services Training and Certification before that date."],
                "AWS Certified Solutions Architect – Associate", "View badge", badge_link())
credly_mail("credly-badge-expires-soon", M, M_NAME, dt, "Your badge expires in 60 days",
            text_part(h, "html", cte="base64"), gmail_trace, kind="unrelated")


# ==========================================================================
# USER 2 - Rahul Menon (Office 365, English)
# ==========================================================================
RM = "rahul.menon@northwind-analytics.com"
RM_NAME = "Rahul Menon"
RM_OLD_MAIL = "rahul.menon@castlegate.co.uk"
A2_KEEP, A2_OLD = "AWS20586113", "AWS07741259"
C2A_OPEN = U(2025, 9, 8, 8, 41, 12)
C2A = cid(C2A_OPEN, "06457")
C2B_OPEN = U(2025, 9, 9, 7, 55, 48)
C2B = cid(C2B_OPEN, "31902")


def u2_aws(slug, dt, subject, body, kind, accounts, frm=FORM_FROM, case=C2A):
    s = aws_sender(dt)
    emit(slug, kind=kind, case_id=case, accounts=accounts, verified=True, lang="en",
         trace=o365_trace(RM, s, dt), pre_from=aws_hdrs(dt, s), frm=frm, to=RM, subject=subject,
         dt=dt, body=body, msgid=ses_msgid(dt), extra=ses_extra(dt))


SUB_DETAILS_A = (f"Name: Rahul Menon\nEmail: {RM}\nTopic: Certification > Account Merge\n"
                 f"AWS candidate ID: AWS 20586113\n"
                 f"Details: I took my first AWS exams while at Castlegate Consulting using {RM_OLD_MAIL}, "
                 "which I no longer have access to. I now have a second certification account under my current "
                 "employer's email. Please combine them and keep the current one.")

# 17 - case_created A
dt = C2A_OPEN + timedelta(seconds=22)
t = f"""Hello,

We've received your message and opened support case {C2A} for it. Our Training and Certification team will respond by email, in most cases within one business day.

Please keep this case number for your records. To add details, reply to this email; there is no need to submit the form again.

Your submission
---------------
{SUB_DETAILS_A}

Thank you,
AWS Training and Certification
"""
u2_aws("form-submission-received", dt, f"[CASE {C2A}] {FORM_SUBJ}", text_part(t, cte="qp"),
       "case_created", [A2_KEEP])

# 18 - case_created B (duplicate, submitted by mistake)
dt = C2B_OPEN + timedelta(seconds=17)
t = f"""Hello,

We've received your message and opened support case {C2B} for it. Our Training and Certification team will respond by email, in most cases within one business day.

Please keep this case number for your records. To add details, reply to this email; there is no need to submit the form again.

Your submission
---------------
Name: Rahul Menon
Email: {RM}
Topic: Certification > Account Merge
AWS candidate ID: {A2_KEEP}
Details: Resubmitting as I haven't had a reply yet. I need my two certification accounts combined, the old one is under {RM_OLD_MAIL} (ID possibly {A2_OLD.lower()}?), keep {A2_KEEP}.

Thank you,
AWS Training and Certification
"""
u2_aws("form-submission-received-again", dt, f"[CASE {C2B}] {FORM_SUBJ}", text_part(t, cte="qp"),
       "case_created", [A2_KEEP, A2_OLD], case=C2B)

# 19 - support_reply on B: duplicate, continuing on A
dt = U(2025, 9, 9, 11, 20, 4)
t = f"""Hello Rahul,

Thank you for contacting AWS Training and Certification.

I can see that you already have an open case, {C2A}, for this same request, submitted yesterday. To avoid two agents working on the same accounts at the same time, I've linked this case to the original one and will close case {C2B}. Your request is not lost: the agent assigned to case {C2A} will continue with it, and you can expect to hear from them shortly.

In future, if you'd like to add information to a request, please reply to the email for the existing case instead of submitting the form again.

Kind regards,
Marcus T.
Amazon Web Services
"""
u2_aws("re-duplicate-request-linked", dt, f"RE:[CASE {C2B}] {FORM_SUBJ}",
       alt(text_part(t, cte="qp"), text_part(to_html(t), "html", cte="qp")), "support_reply", [], case=C2B)

# 20 - survey on B
dt = U(2025, 9, 9, 11, 21, 10)
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Case <b>{C2B}</b> has been closed.</p>
<p>We'd appreciate a moment of your time to tell us how we did. Your answers go directly to the team that handled your request.</p>
<table cellpadding="8"><tr><td>Was your issue resolved?</td>
<td><a href="https://aws-tc-feedback.amazon.com/s?c={C2B}&amp;a=1">Yes</a></td>
<td><a href="https://aws-tc-feedback.amazon.com/s?c={C2B}&amp;a=0">No</a></td></tr></table>
<p>Thank you for choosing AWS Training and Certification.</p>
</body></html>
"""
u2_aws("case-closed-tell-us", dt, f"Case {C2B} has been closed - tell us about your experience",
       text_part(h, "html", cte="qp"), "survey", [], case=C2B)

# 21 - support_reply on A: James asks for information; history without quote markers
dt = U(2025, 9, 10, 9, 5, 48)
t = f"""Hello Rahul,

My name is James and I'll be helping you with this request. Apologies for the wait.

I've located {A2_KEEP} under {RM}. To find the older profile and make sure it's really yours, could you please send me:

- the candidate ID of the older account, if you have it (it starts with "AWS" followed by 8 digits and is printed on your score reports and certificate PDFs)
- your full name as it appeared on that account, and the approximate dates of the exams you took with it
- confirmation that {A2_KEEP} is the account you'd like to keep going forward

As you no longer have access to the castlegate.co.uk mailbox, I won't send anything to that address, so please reply from this one.

Kind regards,
James R.
Amazon Web Services
Training and Certification

---------- Original submission ----------
{SUB_DETAILS_A}
"""
u2_aws("re-need-old-candidate-id", dt, f"RE:[CASE {C2A}] {FORM_SUBJ}", text_part(t, cte="qp"),
       "support_reply", [A2_KEEP])

# 22 - merge_confirmation_requested: Sofia takes over; Outlook-style history
dt = U(2025, 9, 12, 14, 30, 19)
r_reply = U(2025, 9, 10, 17, 47).astimezone(BST)
j_prev = U(2025, 9, 10, 9, 5).astimezone(BST)
subjA = f"RE:[CASE {C2A}] {FORM_SUBJ}"
t = f"""Hello Rahul,

I'm Sofia and I'll be looking after your case from now on, as James is away this week. I've read through your earlier messages, so there's no need to repeat anything.

Using the details you sent, I was able to find your earlier profile. Here is what we are planning to do, so please check it carefully:

  * Surviving account: {A2_KEEP} ({RM})
  * Account to be absorbed: {A2_OLD} ({RM_OLD_MAIL})

All certifications, exam history and benefits on {A2_OLD} (AWS Certified Cloud Practitioner, AWS Certified Data Engineer – Associate) would be moved onto {A2_KEEP}, and {A2_OLD} would then be closed. Please note that once this has been carried out it can't be reversed.

Could you reply with a short confirmation that this is what you want? I won't make any changes until I hear back from you.

Kind regards,
Sofia M.
Amazon Web Services

{outlook_block('Rahul Menon <' + RM + '>', r_reply, 'Amazon Web Services <' + FORM + '>', subjA)}
Hi James,

Found it on an old score report: aws07741259. The name on it was Rahul K. Menon. I passed Cloud Practitioner in February 2023 and Data Engineer Associate in May 2024. And yes, please keep AWS20586113.

Thanks,
Rahul

{outlook_block('Amazon Web Services <' + FORM + '>', j_prev, 'Rahul Menon <' + RM + '>', subjA)}
Hello Rahul,

My name is James and I'll be helping you with this request. Apologies for the wait.
[...]
"""
u2_aws("re-taking-over-please-check-plan", dt, subjA,
       alt(text_part(t, cte="qp"), text_part(to_html(t), "html", cte="qp")),
       "merge_confirmation_requested", [A2_KEEP, A2_OLD])

# 23 - phishing look-alike confirmation request
dt = U(2025, 9, 13, 6, 2, 37)
s = generic_sender("aws-certificationsupport.com", "aws-certificationsupport.com",
                   "smtp1.aws-certificationsupport.com", "185.224.128.77", sel="mail", p="NONE")
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:14px"><span style="color:#fff;font-size:18px">aws</span> <span style="color:#ff9900">Training and Certification</span></div>
<p>Hello Rahul,</p>
<p>We received a request to merge the AWS Certification accounts linked to your email address into <b>{A2_KEEP}</b>.</p>
<p>This change is irreversible. To protect your certifications, you must <b>confirm the merge within 24 hours</b> by signing in with your AWS Certification credentials. Requests that are not confirmed are cancelled and both accounts are temporarily locked.</p>
<p style="text-align:center;margin:24px"><a href="https://aws-certificationsupport.com/merge/confirm?token={rhex(32)}" style="background:#ff9900;color:#111;padding:12px 28px;text-decoration:none;font-weight:bold">Confirm account merge</a></p>
<p>Regards,<br>AWS Training and Certification Support</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. 410 Terry Ave North, Seattle WA</p>
</body></html>
"""
emit("confirm-account-merge-24h", kind="merge_confirmation_requested", case_id=None, accounts=[A2_KEEP],
     verified=False, lang="en", trace=o365_trace(RM, s, dt), pre_from=[dkim("aws-certificationsupport.com", "mail", dt)],
     frm='"AWS Training & Certification" <case-update@aws-certificationsupport.com>', to=RM,
     subject="Action required: confirm your AWS Certification account merge", dt=dt,
     body=text_part(h, "html", cte="base64"), msgid=f"<{rhex(16)}.{rhex(8)}@aws-certificationsupport.com>")

# 24 - merge_completed + closure; alternative parts differ (HTML adds closure + rating)
dt = U(2025, 9, 15, 16, 10, 44)
t = f"""Hello Rahul,

Thanks for confirming on Friday. Your two profiles are now one: the records from {A2_OLD} have been transferred to {A2_KEEP}, and {A2_OLD} has been deactivated.

You can sign in with {RM} to see your certifications. Credly badges should follow within a few business days.

Kind regards,
Sofia M.
Amazon Web Services
"""
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Rahul,</p>
<p>Thanks for confirming on Friday. Your two profiles are now one: the records from <b>{A2_OLD}</b> have been transferred to <b>{A2_KEEP}</b>, and {A2_OLD} has been deactivated.</p>
<p>You can sign in with {RM} to see your certifications. Credly badges should follow within a few business days.</p>
<p>As your request has been completed, I'm resolving this case. If anything looks wrong, reply to this email within 14 days and it will be reopened automatically.</p>
<p>Kind regards,<br>Sofia M.<br>Amazon Web Services</p>
<hr><p style="font-size:12px;color:#545b64">{RATE_FOOTER}</p>
</body></html>
"""
u2_aws("re-profiles-now-one-resolving", dt, subjA, alt(text_part(t, cte="qp"), text_part(h, "html", cte="qp")),
       "merge_completed", [A2_OLD, A2_KEEP])

# 25 - survey A
dt = U(2025, 9, 15, 16, 11, 30)
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Your case <b>{C2A}</b> has been resolved.</p>
<p>How did we do? Please take a minute to rate the support you received from Sofia.</p>
<p><a href="https://aws-tc-feedback.amazon.com/s?c={C2A}&amp;a=1">Yes, my issue was resolved</a> &nbsp;|&nbsp; <a href="https://aws-tc-feedback.amazon.com/s?c={C2A}&amp;a=0">No, my issue was not resolved</a></p>
<p>AWS Training and Certification</p>
</body></html>
"""
u2_aws("case-resolved-rate-sofia", dt, f"Your case {C2A} has been resolved", text_part(h, "html", cte="qp"), "survey", [])

# 26 - unrelated: colleague forwards case mail from the team alias
dt = U(2025, 9, 16, 8, 2, 13)
s = Sender("internal", "northwind-analytics.com", [], mailfrom="lena.fischer@northwind-analytics.com")
fwd_dt = U(2025, 9, 15, 16, 10).astimezone(BST)
t = f"""Rahul, this landed in the certifications@ shared mailbox as well (I think you put the team alias as the notification address on the form). Looks like your {A2_OLD} -> {A2_KEEP} merge is done, congrats!

Can you update the skills matrix with the Data Engineer cert once it shows up on your transcript?

Thanks,
Lena

Lena Fischer | Cloud Practice Lead | Northwind Analytics

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Monday, September 15, 2025 {fwd_dt.strftime('%I:%M %p').lstrip('0')}
To: Rahul Menon <{RM}>; certifications <certifications@northwind-analytics.com>
Subject: RE:[CASE {C2A}] {FORM_SUBJ}

Hello Rahul,

Thanks for confirming on Friday. Your two profiles are now one: the records from {A2_OLD} have been transferred to {A2_KEEP}, and {A2_OLD} has been deactivated.

You can sign in with {RM} to see your certifications. Credly badges should follow within a few business days.

Kind regards,
Sofia M.
Amazon Web Services
"""
emit("fw-colleague-case-mail", kind="unrelated", case_id=C2A, accounts=[A2_OLD, A2_KEEP], verified=False, lang="en",
     trace=o365_trace(RM, s, dt, internal=True), frm="Lena Fischer <lena.fischer@northwind-analytics.com>", to=RM,
     subject=f"FW: RE:[CASE {C2A}] {FORM_SUBJ}", dt=dt, date_tz=BST,
     body=alt(text_part(t, cte="qp"), text_part(to_html(t, "Northwind"), "html", cte="qp")),
     msgid=f"<AM9PR04MB{R.randint(1000, 9999)}{rhex(8).upper()}@AM9PR04MB{R.randint(1000, 9999)}.eurprd04.prod.outlook.com>",
     extra=[("Thread-Topic", f"RE:[CASE {C2A}] {FORM_SUBJ}"), ("Thread-Index", rb64(22)),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])

# 27 - credly: CLF for Rahul
dt = U(2025, 9, 17, 10, 15, 2)
link = badge_link()
h = credly_html("Congratulations, Rahul!",
                ["You've been issued a new badge by Amazon Web Services Training and Certification: "
                 "<b>AWS Certified Cloud Practitioner</b>.",
                 "Claim it now to manage, share and verify your achievement."],
                "AWS Certified Cloud Practitioner", "Accept your badge", link)
t = ("Congratulations, Rahul!\n\nYou've been issued a new badge by Amazon Web Services Training and Certification: "
     "AWS Certified Cloud Practitioner.\n\nAccept your badge: " + link.replace("&amp;", "&") + "\n")
credly_mail("credly-clf-rahul", RM, RM_NAME, dt, "Congratulations, Rahul! You've been issued a new badge",
            alt(text_part(t, cte="qp"), text_part(h, "html", cte="qp")), o365_trace)

# 28 - unrelated: EC2 quota case (console)
EC2_OPEN = U(2025, 9, 17, 13, 2, 44)
EC2 = cid(EC2_OPEN, "20417")
dt = U(2025, 9, 18, 7, 41, 5)
t = f"""Hello,

Thank you for your patience. I'm pleased to let you know that we've approved and processed your service quota increase request.

Region: EU (London)
Quota name: Running On-Demand G and VT instances
New quota value: 64 vCPUs

It can sometimes take up to 30 minutes for this to become available. Please ensure that you try again in that time.

We appreciate your business and hope this helps. If you have any other questions, please let us know.

Best regards,
Anil P.
Amazon Web Services

To see the file or image attachments for your case, please view the case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={EC2}&language=en

{RATE_FOOTER}
"""
u2_aws("re-quota-increase-approved", dt, f"RE:[CASE {EC2}] Limit Increase: EC2 Instances", text_part(t, cte="qp"),
       "unrelated", [], frm=CONSOLE_FROM, case=EC2)

# 29 - support_reply: case reopened, missing certification (Outlook history)
dt = U(2025, 9, 19, 10, 2, 55)
r_q = U(2025, 9, 18, 20, 26).astimezone(BST)
t = f"""Hello Rahul,

Thanks for writing back. I've reopened case {C2A} so we can look into this.

You're right that the AWS Certified Data Engineer – Associate certification isn't showing on {A2_KEEP} yet, even though Cloud Practitioner came across. That exam result was recorded through a different delivery channel and wasn't picked up by the transfer. I've raised it with our Certification records team and asked them to attach it to your account. I'll update you as soon as I have their answer; you don't need to do anything in the meantime.

Kind regards,
Sofia M.
Amazon Web Services

{outlook_block('Rahul Menon <' + RM + '>', r_q, 'Amazon Web Services <' + FORM + '>', subjA)}
Hi Sofia,

Thanks for this. I can see Cloud Practitioner on my transcript now, but Data Engineer Associate is missing and I haven't had a Credly badge for it either. Could you take another look?

Rahul
"""
u2_aws("re-reopened-data-engineer-missing", dt, subjA, text_part(t, cte="base64"), "support_reply", [A2_KEEP])

# 30 - unrelated: GitLab merge request merged
dt = U(2025, 9, 19, 14, 37, 22)
s = generic_sender("gitlab.com", "mg.gitlab.com", "mail-{}.mg.gitlab.com".format(R.randint(10, 99)),
                   "69.72.35.190", dkim_d="gitlab.com", sel="mg", p="REJECT")
t = """Merge request !231 was merged

Project: northwind / data-platform
Branch: feature/dedupe-customer-accounts -> main
Author: Rahul Menon

Merge request URL: https://gitlab.com/northwind/data-platform/-/merge_requests/231

--
Reply to this email directly or view it on GitLab: https://gitlab.com/northwind/data-platform/-/merge_requests/231
You're receiving this email because of your activity on gitlab.com.
"""
emit("gitlab-mr-231-merged", kind="unrelated", case_id=None, accounts=[], verified=False, lang="en",
     trace=o365_trace(RM, s, dt), pre_from=[dkim("gitlab.com", "mg", dt)],
     frm='"Priyanka Shah (@pshah)" <gitlab@mg.gitlab.com>', to=f"{RM_NAME} <{RM}>",
     subject="Re: northwind/data-platform | Dedupe customer accounts before loading into warehouse (!231)",
     dt=dt, body=text_part(t, cte="qp"),
     msgid=f"<merge_request_{R.randint(10**8, 10**9)}@gitlab.com>",
     in_reply_to=f"<merge_request_{R.randint(10**8, 10**9)}@gitlab.com>",
     refs=f"<reply-{rhex(32)}@gitlab.com>",
     extra=[("X-GitLab-Project", "data-platform"), ("X-GitLab-MergeRequest-IID", "231"),
            ("X-GitLab-NotificationReason", "author")])

# 31 - merge_completed: remaining record moved, consolidation complete
dt = U(2025, 9, 22, 13, 44, 30)
t = f"""Hello Rahul,

A quick update: our Certification records team has now attached your AWS Certified Data Engineer – Associate result to {A2_KEEP}. Nothing remains on {A2_OLD}, so the consolidation of your two accounts is now fully complete, and all three certifications appear on your transcript.

Credly will send the Data Engineer badge to {RM} separately within the next few days.

As everything is in place, I'll resolve the case again.

Kind regards,
Sofia M.
Amazon Web Services
"""
u2_aws("re-data-engineer-attached-all-done", dt, subjA,
       alt(text_part(t, cte="qp"), text_part(to_html(t), "html", cte="qp")), "merge_completed", [A2_KEEP, A2_OLD])

# 32 - credly: DEA for Rahul (subject with en dash, base64 html)
dt = U(2025, 9, 24, 9, 48, 51)
h = credly_html("Rahul, claim your badge",
                ["Amazon Web Services Training and Certification has issued you the "
                 "<b>AWS Certified Data Engineer &ndash; Associate</b> badge."],
                "AWS Certified Data Engineer – Associate", "Accept your badge", badge_link())
credly_mail("credly-dea-rahul", RM, RM_NAME, dt, "Rahul, claim your AWS Certified Data Engineer – Associate badge",
            text_part(h, "html", cte="base64"), o365_trace)

# 33 - unrelated: CertMetrics survey invitation
dt = U(2025, 9, 25, 15, 3, 8)
s = generic_sender("certmetrics.com", "certmetrics.com", "smtp.certmetrics.com", "64.74.122.36", sel="cm", p="NONE")
t = f"""Dear Rahul Menon,

Thank you for being an AWS Certified professional.

AWS Certification wants to hear from you. We are conducting a short survey about your certification experience and how it has helped you in your career. The survey takes about 10 minutes and your responses are confidential.

Take the survey: https://www.certmetrics.com/amazon/survey/{rhex(10)}

AWS Candidate ID: {A2_KEEP}

Thank you,
AWS Training and Certification

This is an automated message. Please do not reply.
"""
emit("certmetrics-wants-to-hear", kind="unrelated", case_id=None, accounts=[A2_KEEP], verified=False, lang="en",
     trace=o365_trace(RM, s, dt), pre_from=[dkim("certmetrics.com", "cm", dt)],
     frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=RM,
     subject="AWS Certification wants to hear from you", dt=dt, body=text_part(t, charset="us-ascii"),
     msgid=f"<{ruuid()}@certmetrics.com>")


# ==========================================================================
# USER 3 - 佐藤 健太 (nifty, Japanese, console case)
# ==========================================================================
K = "k.sato.cloud@nifty.com"
K_NAME = "佐藤 健太"
K_OLD_MAIL = "kenta.sato@kaiho-systems.co.jp"
A3_KEEP, A3_OLD = "AWS28604417", "AWS31870245"
C3_OPEN = U(2026, 1, 13, 1, 22, 5)
C3 = cid(C3_OPEN, "77140")
C3_SUBJ = "AWS 認定アカウントの統合について"


def u3_aws(slug, dt, subject, body, kind, accounts, case=C3, lang="ja", subject_charset="iso-2022-jp",
           frm=CONSOLE_FROM):
    s = aws_sender(dt)
    emit(slug, kind=kind, case_id=case, accounts=accounts, verified=True, lang=lang,
         trace=nifty_trace(K, s, dt), pre_from=aws_hdrs(dt, s), frm=frm, to=K, subject=subject,
         dt=dt, body=body, msgid=ses_msgid(dt), extra=ses_extra(dt), subject_charset=subject_charset)


# 34 - case_created (ISO-2022-JP, split encoded-word subject)
dt = C3_OPEN + timedelta(seconds=14)
t = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お問い合わせ内容を確認するため、ケース {C3} を作成いたしました。

ケース ID: {C3}
件名: {C3_SUBJ}
重要度: 一般的なガイダンス
お問い合わせ内容:
以前の勤務先のメールアドレスで作成した認定アカウント ({A3_OLD}) と、現在使用しているアカウント ({A3_KEEP}) を一つにまとめたいです。

ケースの状況の確認や返信の追加は、AWS サポートセンターから行えます。
https://support.console.aws.amazon.com/support/home#/case/?displayId={C3}&language=ja

このメールアドレスは送信専用のため、ご返信いただけません。

Amazon Web Services
"""
u3_aws("console-case-opened-ja", dt, f"Amazon Web Services: 新しいサポートケースを作成しました: {C3}",
       text_part(t, charset="iso-2022-jp"), "case_created", [A3_OLD, A3_KEEP])

# 35 - support_reply: "new correspondence" notice (Shift_JIS)
dt = U(2026, 1, 14, 2, 10, 3)
t = f"""お客様

ケース {C3}「{C3_SUBJ}」に、AWS サポートからの新しい返信が追加されました。

内容を確認して返信するには、AWS サポートセンターにサインインしてください。
https://support.console.aws.amazon.com/support/home#/case/?displayId={C3}&language=ja

このメールアドレスは送信専用のため、ご返信いただけません。

Amazon Web Services
"""
u3_aws("case-new-correspondence-notice", dt, f"[Case {C3}] New correspondence added",
       raw_part(t, "plain", "shift_jis", "Shift_JIS"), "support_reply", [], subject_charset="utf-8")

# 36 - support_reply: request for information (Shift_JIS)
dt = U(2026, 1, 14, 2, 10, 9)
t = f"""佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定サポートの田中でございます。

このたびはお問い合わせいただきありがとうございます。ご依頼の件を進めるにあたり、ご本人確認のため以下の情報をお知らせいただけますでしょうか。

1. 各アカウント ({A3_OLD} / {A3_KEEP}) にサインインする際のメールアドレス
2. 各アカウントの通知用メールアドレス (サインイン用と異なる場合)
3. 手続き後に引き続きご利用になるアカウント
4. ご依頼の理由 (転職に伴うメールアドレスの変更など)

恐れ入りますが、本メールへの直接のご返信はお受けできかねますので、サポートセンターのケース画面からご回答ください。

何卒よろしくお願いいたします。

田中
Amazon Web Services
"""
u3_aws("re-ja-please-send-details", dt, f"RE:[CASE {C3}] {C3_SUBJ}",
       raw_part(t, "plain", "shift_jis", "Shift_JIS"), "support_reply", [A3_OLD, A3_KEEP], subject_charset="shift_jis")

# 37 - merge_confirmation_requested (UTF-8 base64, Japanese quote header)
dt = U(2026, 1, 16, 3, 5, 41)
k_ans = U(2026, 1, 15, 13, 41).astimezone(JST)
t = f"""佐藤 様

ご回答いただきありがとうございます。田中でございます。
いただいた情報をもとに確認したところ、両アカウントとも佐藤様ご本人のものであることを確認できました。

以下の内容で手続きを進めてよろしいか、ご確認をお願いいたします。

　・存続するアカウント: AWS 28604417 ({K})
　・統合されるアカウント: AWS 31870245 ({K_OLD_MAIL})

AWS 31870245 に登録されている認定資格 (AWS Certified Solutions Architect - Associate、AWS Certified SysOps Administrator - Associate)、受験履歴および特典はすべて AWS 28604417 へ移され、AWS 31870245 はご利用いただけなくなります。一度実施いたしますと元に戻すことはできませんので、あらかじめご了承ください。

上記の内容でよろしければ、その旨をケースにご返信ください。ご返信を確認してから作業を開始いたします。

田中
Amazon Web Services

{ja_quote_hdr(k_ans, K_NAME, K)}
> 田中様
>
> ご連絡ありがとうございます。
> 1. {A3_OLD} は {K_OLD_MAIL}、{A3_KEEP} は {K} でサインインしています。
> 2. 通知用も同じです。
> 3. {A3_KEEP} を残したいです。
> 4. 転職したため、旧勤務先のメールアドレスが使えなくなりました。
>
> よろしくお願いいたします。
> 佐藤
"""
u3_aws("re-ja-kakunin-onegai", dt, f"RE:[CASE {C3}] {C3_SUBJ}", text_part(t, cte="base64"),
       "merge_confirmation_requested", [A3_KEEP, A3_OLD])

# 38 - support_reply: follow-up, still need help? (UTF-8 bytes labelled iso-8859-1)
dt = U(2026, 1, 20, 5, 30, 12)
t = """佐藤 様

田中でございます。1月16日にお送りしたご連絡について、その後いかがでしょうか。

ご返信をいただけましたら、すぐに手続きを開始いたします。引き続きサポートが必要かどうか、お手数ですがお知らせください。

5 日以内にご返信がない場合、本ケースは自動的にクローズされます。クローズ後も、サポートセンターからケースを再開していただくことが可能です。

よろしくお願いいたします。

田中
Amazon Web Services
"""
u3_aws("re-ja-sonogo-ikaga", dt, f"RE:[CASE {C3}] {C3_SUBJ}",
       raw_part(t, "plain", "utf-8", "iso-8859-1"), "support_reply", [])

# 39 - support_reply: thanks for confirming, will proceed (ISO-2022-JP)
dt = U(2026, 1, 21, 4, 15, 50)
t = f"""佐藤 様

ご確認いただきありがとうございます。承知いたしました。

これより {A3_OLD} から {A3_KEEP} への統合手続きを進めてまいります。通常 1〜3 営業日ほどで完了いたしますので、完了しましたら改めてご連絡いたします。
それまでの間、旧アカウントでのサインインや試験のご予約はお控えいただけますようお願いいたします。

田中
Amazon Web Services
"""
u3_aws("re-ja-shouchi-tetsuzuki-kaishi", dt, f"RE:[CASE {C3}] {C3_SUBJ}",
       text_part(t, charset="iso-2022-jp"), "support_reply", [A3_OLD, A3_KEEP])

# 40 - unrelated: colleague at new employer, on-prem mail, no Authentication-Results
K_WORK = "kenta.sato@mirai-soft.co.jp"
dt = U(2026, 1, 21, 9, 12, 40)
k_prev = U(2026, 1, 21, 8, 55).astimezone(JST)
mid_prev = f"<{rhex(12)}@mirai-soft.co.jp>"
t = f"""佐藤さん

お疲れさまです。木村です。

了解です。統合が終わってからで大丈夫なので、残ったほうの ID で社内の資格台帳を更新しておいてください。
ついでに SysOps の更新期限も台帳に入れてもらえると助かります。

木村

{ja_quote_hdr(k_prev, '佐藤 健太', K_WORK)}
> 木村さん
>
> 資格台帳の件、承知しました。
> いま AWS サポートに旧アカウント ({A3_OLD}) を {A3_KEEP} にまとめてもらう手続き中なので、
> 完了したら更新します。
>
> 佐藤
"""
emit("ja-colleague-shikaku-daichou", kind="unrelated", case_id=None, accounts=[], verified=None, lang="ja",
     trace=onprem_trace(K_WORK, ("h.kimura@mirai-soft.co.jp", "mirai-soft.co.jp"), dt),
     frm=enc_name("木村 浩之", "h.kimura@mirai-soft.co.jp", "iso-2022-jp"), to=enc_name(K_NAME, K_WORK, "iso-2022-jp"),
     subject="Re: 資格台帳の更新について", subject_charset="iso-2022-jp", dt=dt, date_tz=JST,
     body=text_part(t, charset="utf-8", cte="8bit"), msgid=f"<{rhex(14)}@mirai-soft.co.jp>",
     in_reply_to=mid_prev, refs=mid_prev, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 41 - merge_completed (multipart/alternative, UTF-8 QP)
dt = U(2026, 1, 22, 8, 30, 18)
t = f"""佐藤 様

お待たせいたしました。{A3_OLD} に登録されていた認定資格と受験履歴を {A3_KEEP} へ移行いたしました。今後は {K} でサインインしていただくと、すべての認定資格をご確認いただけます。なお、旧アカウントは無効化されております。

Credly のデジタルバッジは、数営業日以内に Credly から {K} 宛てに改めて発行されます。

ほかにご不明な点がございましたら、本ケースからお気軽にお問い合わせください。

田中
Amazon Web Services

サポートセンターでケースを表示するには、こちらをクリックしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={C3}&language=ja
"""
u3_aws("re-ja-ikou-itashimashita", dt, f"RE:[CASE {C3}] {C3_SUBJ}",
       alt(text_part(t, cte="qp"), text_part(to_html(t), "html", cte="qp")), "merge_completed", [A3_OLD, A3_KEEP])

# 42 - survey (ja) with the completion text quoted below
dt = U(2026, 1, 22, 8, 31, 2)
t = f"""佐藤 健太 様

ケース {C3} は解決済みとなりました。

今回のサポートについて、簡単なアンケートにご協力いただけますでしょうか。所要時間は 1 分ほどです。

　問題は解決しましたか？
　　はい: https://aws-tc-feedback.amazon.com/s?c={C3}&a=1&l=ja
　　いいえ: https://aws-tc-feedback.amazon.com/s?c={C3}&a=0&l=ja

　担当者 (田中) の対応を 5 段階で評価してください:
　　https://aws-tc-feedback.amazon.com/s?c={C3}&rate=1&l=ja

--- 最新のやり取り ---
> お待たせいたしました。{A3_OLD} に登録されていた認定資格と受験履歴を {A3_KEEP} へ移行いたしました。
> 今後は {K} でサインインしていただくと、すべての認定資格をご確認いただけます。

Amazon Web Services
"""
u3_aws("ja-anketo-onegai", dt, f"ケース {C3} に関するアンケートのお願い", text_part(t, charset="iso-2022-jp"),
       "survey", [])

# 43 - unrelated: Credly's own account merge code (Kenta tried merging Credly himself)
dt = U(2026, 1, 24, 11, 3, 37)
s = credly_sender(dt, K)
h = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p style="font-size:20px;font-weight:bold">Merge your Credly accounts</p>
<p>We received a request to merge another Credly account into the account associated with {html.escape(K)}.</p>
<p>Enter this verification code to continue:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">{R.randint(100000, 999999)}</p>
<p><a href="https://www.credly.com/users/account_merge/{rhex(20)}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Complete Account Merge</a></p>
<p>The code expires in 15 minutes. If you didn't request this, you can ignore this email.</p>
<p style="font-size:12px;color:#777">Credly, Inc.</p></body></html>
"""
emit("credly-own-account-merge-code", kind="unrelated", case_id=None, accounts=[], verified=True, lang="en",
     trace=nifty_trace(K, s, dt), pre_from=[dkim("credly.com", "s1", dt)], frm='"Credly" <admin@credly.com>', to=K,
     subject="Your Credly account merge verification code", dt=dt, body=text_part(h, "html", cte="qp"),
     msgid=f"<{rb64(16).replace('/', '_').replace('+', '-').rstrip('=')}@geopod-ismtpd-7>")

# 44 - credly: SAA for Kenta
dt = U(2026, 1, 26, 0, 47, 12)
link = badge_link()
h = credly_html("Kenta, you've earned a badge",
                ["Amazon Web Services Training and Certification has issued you the "
                 "<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.",
                 "Accept it to display it on your profile and share it."],
                "AWS Certified Solutions Architect – Associate", "Accept your badge", link)
t = ("Kenta, you've earned a badge\n\nAmazon Web Services Training and Certification has issued you the AWS "
     "Certified Solutions Architect – Associate badge.\n\nAccept your badge: " + link.replace("&amp;", "&") + "\n")
credly_mail("credly-saa-kenta", K, "Kenta Sato", dt, "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
            alt(text_part(t, cte="qp"), text_part(h, "html", cte="qp")), nifty_trace)

# 45 - credly: SOA for Kenta (html only)
dt = U(2026, 1, 26, 0, 47, 29)
h = credly_html("Kenta, your badge is ready",
                ["Your <b>AWS Certified SysOps Administrator &ndash; Associate</b> badge from Amazon Web Services "
                 "Training and Certification is ready to accept."],
                "AWS Certified SysOps Administrator – Associate", "Accept your badge", badge_link())
credly_mail("credly-soa-kenta", K, "Kenta Sato", dt, "Your AWS Certified SysOps Administrator – Associate badge is ready",
            text_part(h, "html", cte="base64"), nifty_trace)

# 46 - unrelated: AWS billing statement (ja), 12-digit AWS account number
dt = U(2026, 2, 2, 15, 22, 8)
t = """Amazon Web Services をご利用いただきありがとうございます。

AWS アカウント 584013927366 の 2026 年 1 月分の請求書が発行されました。

請求金額: USD 12.87
請求期間: 2026 年 1 月 1 日 ～ 2026 年 1 月 31 日

請求書の詳細は AWS Billing and Cost Management コンソールでご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

このメールは送信専用アドレスから送信されています。

Amazon Web Services
"""
u3_aws("ja-billing-statement-jan", dt, "Amazon Web Services 請求書のお知らせ [アカウント: 584013927366]",
       text_part(t, cte="base64"), "unrelated", [], case=None, subject_charset="utf-8")

# 47 - unrelated: Pearson VUE (ja)
dt = U(2026, 2, 3, 6, 18, 44)
s = generic_sender("pearson.com", "pearson.com", "mail2.pearsonvue.com", "159.182.45.21", sel="pvue1", p="REJECT")
t = f"""佐藤 健太 様

このたびはピアソン VUE で試験をご予約いただき、ありがとうございます。以下の予約内容をご確認ください。

試験: SAP-C02: AWS Certified Solutions Architect - Professional (日本語)
受験方法: テストセンター (東京 新宿)
日時: 2026年3月7日(土) 13:00
予約番号: {R.randint(500000000, 599999999)}
受験者 ID: {A3_KEEP}

当日は、ご本人確認のため有効な身分証明書を 2 点ご持参ください。予約の変更・キャンセルは、試験の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソン VUE
"""
emit("ja-pearson-vue-yoyaku", kind="unrelated", case_id=None, accounts=[A3_KEEP], verified=False, lang="ja",
     trace=nifty_trace(K, s, dt), pre_from=[dkim("pearson.com", "pvue1", dt)],
     frm='"Pearson VUE" <pearsonvueconfirmation@pearson.com>', to=K,
     subject="ピアソン VUE 試験予約確認", dt=dt, body=text_part(t, cte="qp"),
     msgid=f"<{rhex(20)}.{R.randint(1000, 9999)}@pearsonvue.com>")


# ==========================================================================
# USER 4 - Aiko Nakamura (Google Workspace, bilingual)
# ==========================================================================
AK = "aiko.nakamura@lumenworks.co.jp"
AK_NAME = "Aiko Nakamura"
AK_OLD_MAIL = "aiko_clarke@hotmail.com"
A4_KEEP, A4_OLD = "AWS56012398", "AWS49277310"
C4_OPEN = U(2025, 11, 4, 5, 30, 51)
C4 = cid(C4_OPEN, "12968")
C4B_OPEN = U(2025, 11, 21, 0, 48, 19)
C4B = cid(C4B_OPEN, "55031")


def u4_aws(slug, dt, subject, body, kind, accounts, case=C4, lang="en", frm=FORM_FROM, subject_charset="utf-8"):
    s = aws_sender(dt)
    emit(slug, kind=kind, case_id=case, accounts=accounts, verified=True, lang=lang,
         trace=gmail_trace(AK, s, dt), pre_from=aws_hdrs(dt, s), frm=frm, to=AK, subject=subject,
         dt=dt, body=body, msgid=ses_msgid(dt), extra=ses_extra(dt), subject_charset=subject_charset)


# 48 - case_created (form), ids typed "aws-49277310" and "AWS 56012398"
dt = C4_OPEN + timedelta(seconds=25)
t = f"""Dear Customer,

Your request has been logged with AWS Training and Certification (reference {C4}). We'll be in touch by email, normally within 24 hours.

Please do not submit another request for the same issue. If you have more details to share, just reply to this message.

What you sent us:
  Inquiry type: Certification / Account Merge
  Candidate IDs: aws-49277310 / AWS 56012398
  Message: I have one certification account from before I joined my company ({AK_OLD_MAIL}) and one with my work address. Please put everything on one account. 旧アカウントの資格も引き継ぎたいです。

AWS Training and Certification
"""
u4_aws("request-logged", dt, f"[CASE {C4}] {FORM_SUBJ}", text_part(t, cte="qp"), "case_created", [A4_OLD, A4_KEEP])

# 49 - support_reply (ja): which account to keep? (ISO-2022-JP)
dt = U(2025, 11, 5, 6, 40, 26)
t = f"""Aiko Nakamura 様

AWS トレーニングと認定へのお問い合わせありがとうございます。担当の鈴木と申します。

お知らせいただいた 2 つのアカウント ({A4_KEEP}、{A4_OLD}) を確認いたしました。どちらのアカウントを今後ご利用になるご希望か、フォームのご記載からは判断できませんでしたので、ご教示いただけますでしょうか。

また、{A4_OLD} のサインイン用メールアドレス ({AK_OLD_MAIL}) に現在もアクセス可能かどうかも、あわせてお知らせください。

If you would prefer to continue in English, please just let me know.

よろしくお願いいたします。

鈴木
Amazon Web Services
"""
u4_aws("re-ja-dochira-wo-nokosu", dt, f"RE:[CASE {C4}] {FORM_SUBJ}", text_part(t, charset="iso-2022-jp"),
       "support_reply", [A4_KEEP, A4_OLD], lang="ja")

# 50 - merge_confirmation_requested (en), nested quotes incl. Japanese quote header
dt = U(2025, 11, 6, 7, 20, 33)
a_rep = U(2025, 11, 5, 7, 2).astimezone(JST)
s_prev = U(2025, 11, 5, 6, 40).astimezone(JST)
t = f"""Hello Aiko,

Thank you for the quick reply. English is perfectly fine.

To summarise what you asked for, here is the change I'm about to request:

   Keep:   AWS 56012398 ({AK})
   Retire: AWS 49277310 ({AK_OLD_MAIL}); its certifications and exam history will be moved to AWS 56012398

This is a one-way operation: after it has been carried out the two accounts cannot be split again. Could you please reply "confirmed" (or let me know of any corrections) so that I can go ahead?

念のため日本語でも: 上記の内容でよろしければ、このメールにご返信ください。

Best regards,
Suzuki
Amazon Web Services

{g_quote_hdr(a_rep, AK_NAME, AK)}
> Hi Suzuki-san,
>
> Thank you. Please keep the one with my work address, aws56012398. I can still log in to the hotmail address.
> Could we continue in English? My manager will need to read this thread.
>
> Aiko
>
> {ja_quote_hdr(s_prev, 'Amazon Web Services', FORM)}
> > Aiko Nakamura 様
> >
> > お知らせいただいた 2 つのアカウント ({A4_KEEP}、{A4_OLD}) を確認いたしました。どちらのアカウントを今後ご利用になるご希望か、ご教示いただけますでしょうか。
"""
u4_aws("re-one-way-please-reply-confirmed", dt, f"RE:[CASE {C4}] {FORM_SUBJ}",
       alt(text_part(t, cte="qp"), text_part(to_html(t), "html", cte="qp")),
       "merge_confirmation_requested", [A4_KEEP, A4_OLD])

# 51 - phishing: spoofed amazon.com, dmarc=fail on top, forged pass lower down; content = "merge done"
dt = U(2025, 11, 7, 1, 12, 50)
s = Sender("spoof", "amazon.com", [("amazon.com", "rjt5zxmxqbddsa3q7p5f2eiqzqelyc5b")],
           mailfrom=FORM, ip="45.137.21.203", helo="vps-21203.hostrock.net", dmarc="fail", spf="softfail",
           dkim_res="fail", p="QUARANTINE")
forged = [("Authentication-Results", "mx.amazon.com; dkim=pass header.d=amazon.com;\n       spf=pass "
                                     "smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com"),
          ("Received", f"from localhost (localhost [127.0.0.1]) by vps-21203.hostrock.net (Postfix) with ESMTP id "
                       f"{rhex(10).upper()}; {rdate(dt)}")]
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Customer,</p>
<p>Your AWS Certification accounts have been <b>successfully merged</b>. All certifications from your previous profile now appear on your primary account.</p>
<p>To keep your certifications and digital badges active after the merge, you must re-verify your identity within <b>24 hours</b>:</p>
<p><a href="http://aws-certification-portal.support-verify.net/login?ref={rhex(20)}">Verify my certification profile</a></p>
<p>If you do not verify, your badges will be revoked.</p>
<p>Sincerely,<br>AWS Training and Certification</p>
</body></html>
"""
emit("accounts-merged-verify-now", kind="merge_completed", case_id=None, accounts=[], verified=False, lang="en",
     trace=gmail_trace(AK, s, dt) + forged, pre_from=[dkim("amazon.com", "rjt5zxmxqbddsa3q7p5f2eiqzqelyc5b", dt)],
     frm=FORM_FROM, to=AK, subject="Your AWS Certification accounts have been merged", dt=dt,
     body=text_part(h, "html", cte="qp"), msgid=f"<{rhex(24)}@vps-21203.hostrock.net>")

# 52 - merge_completed (en) with the confirmation request quoted under it
dt = U(2025, 11, 7, 9, 10, 4)
a_conf = U(2025, 11, 6, 9, 44).astimezone(JST)
s_conf = U(2025, 11, 6, 7, 20).astimezone(JST)
t = f"""Hello Aiko,

Thank you for confirming. The Certification team has finished: AWS 49277310 no longer exists as a separate profile, and everything that was on it (certifications, exam history, benefits) is now part of AWS 56012398. Please sign in with {AK} to check.

Your Credly badges should be re-issued to your work address within about five business days.

Best regards,
Suzuki
Amazon Web Services

{g_quote_hdr(a_conf, AK_NAME, AK)}
> Confirmed. Thank you!
>
> {g_quote_hdr(s_conf, 'Amazon Web Services', FORM)}
> > Hello Aiko,
> >
> > To summarise what you asked for, here is the change I'm about to request:
> >
> >    Keep:   AWS 56012398 ({AK})
> >    Retire: AWS 49277310 ({AK_OLD_MAIL})
> >
> > This is a one-way operation: after it has been carried out the two accounts cannot be split again. Could you please reply "confirmed" so that I can go ahead?
"""
u4_aws("re-no-longer-separate-profile", dt, f"RE:[CASE {C4}] {FORM_SUBJ}", text_part(t, cte="base64"),
       "merge_completed", [A4_OLD, A4_KEEP])

# 53 - survey (en)
dt = U(2025, 11, 7, 9, 11, 0)
t = f"""Hello,

We'd love your feedback on case {C4}, which has now been closed.

Was your issue resolved?   Yes: https://aws-tc-feedback.amazon.com/s?c={C4}&a=1   No: https://aws-tc-feedback.amazon.com/s?c={C4}&a=0

You can also rate the agent who helped you. It only takes a moment, and every response is read by our team.

Thank you,
AWS Training and Certification
"""
u4_aws("feedback-on-case", dt, f"We'd love your feedback on case {C4}", text_part(t, charset="us-ascii"), "survey", [])

# 54 - unrelated: Seller Central "merge" of duplicate listings (10-digit case)
SC = "5921407736"
dt = U(2025, 11, 12, 3, 27, 39)
s = generic_sender("amazon.com", "amazon.com", "smtp-out-{}.amazon.com".format(R.randint(10, 99)),
                   "207.171.188.{}".format(R.randint(2, 250)), sel="amazon201209", p="QUARANTINE")
t = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request to merge the duplicate detail pages for ASIN B0CK7XQZ12 and B0CK8RTM34. The detail pages have now been merged under B0CK7XQZ12, and your offer is listed on that page. It may take up to 24 hours for the change to be reflected across the Amazon store.

Was this email helpful? Please rate it using the links below.
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SC}

Thank you for selling with Amazon,
Ryota
Amazon.com
"""
emit("seller-central-listing-merge", kind="unrelated", case_id=SC, accounts=[], verified=True, lang="en",
     trace=gmail_trace(AK, s, dt), pre_from=[dkim("amazon.com", "amazon201209", dt)],
     frm='"Amazon Selling Partner Support" <seller-notification@amazon.com>', to=AK,
     subject=f"RE:[CASE {SC}] Duplicate listing - request to merge detail pages", dt=dt,
     body=text_part(t, cte="qp"), msgid=f"<{ruuid()}@sellercentral.amazon.com>")

# 55 - unrelated: AWS Japan webinar newsletter (ja)
dt = U(2025, 11, 18, 1, 0, 12)
s = aws_sender(dt)
t = """【AWS re:Invent 2025 振り返りウェビナー】登録受付中

いつも AWS をご利用いただきありがとうございます。

今年の re:Invent で発表された新サービスやアップデートを、AWS のソリューションアーキテクトが日本語でわかりやすく解説します。

日時: 2025年12月17日(水) 14:00～16:00
形式: オンライン (無料・事前登録制)
お申し込み: https://aws.amazon.com/jp/events/webinars/reinvent-recap-2025/

※ 本メールは配信専用です。配信停止をご希望の方は、以下のリンクから手続きしてください。
https://pages.awscloud.com/communication-preferences.html

アマゾン ウェブ サービス ジャパン合同会社
"""
emit("ja-reinvent-recap-webinar", kind="unrelated", case_id=None, accounts=[], verified=True, lang="ja",
     trace=gmail_trace(AK, s, dt), pre_from=aws_hdrs(dt, s),
     frm=enc_name("AWS ジャパン", "aws-marketing-email-replies@amazon.com"), to=AK,
     subject="【AWS re:Invent 2025 振り返りウェビナー】登録受付中", dt=dt,
     body=alt(text_part(t, cte="base64"), text_part(to_html(t, "AWS"), "html", cte="base64")),
     msgid=ses_msgid(dt), extra=ses_extra(dt) + [("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>")])

# 56 - case_created: new console case about badges (mentions the old case too)
dt = C4B_OPEN + timedelta(seconds=11)
t = f"""Thank you for contacting Amazon Web Services. We have opened case {C4B} to address your issue.

The details of your case are as follows:

Case ID: {C4B}
Subject: Credly badges not moved after certification account merge (previous case {C4})
Severity: General guidance
Correspondence: Hello, my certification accounts were combined under case {C4} two weeks ago, but my Credly badges (AI Practitioner, Developer Associate) are still on my old Credly profile and nothing was re-issued to {AK}. Could you move them? My candidate ID is {A4_KEEP.lower()}.

Thank you for contacting Amazon Web Services.

Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId={C4B}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
"""
u4_aws("console-new-case-badges", dt, f"Amazon Web Services: You have opened a new Support case: {C4B}",
       text_part(t, cte="qp"), "case_created", [A4_KEEP], case=C4B, frm=CONSOLE_FROM)

# 57 - support_reply (ja) on the badge case
dt = U(2025, 11, 22, 2, 5, 17)
t = f"""Aiko Nakamura 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの伊藤でございます。

確認いたしましたところ、Credly のデジタルバッジ (AWS Certified AI Practitioner、AWS Certified Developer - Associate) が、以前お使いの Credly プロフィール ({AK_OLD_MAIL}) に残っていることがわかりました。

Credly 側でのバッジの移動を担当チームに依頼いたしました。移動が済みましたら、Credly から {AK} 宛てにバッジ受け取りのご案内メールが届きますので、メール内のボタンから承認をお願いいたします。通常 5 営業日ほどかかります。

ほかにご不明な点がございましたら、サポートセンターのケース画面からお知らせください。

伊藤
Amazon Web Services

サポートセンターでケースを表示:
https://console.aws.amazon.com/support/home#/case/?displayId={C4B}&language=ja
"""
u4_aws("re-ja-credly-badge-idou-irai", dt, f"RE:[CASE {C4B}] Credly badges not moved after certification account merge",
       text_part(t, cte="base64"), "support_reply", [], case=C4B, lang="ja", frm=CONSOLE_FROM)

# 58 - credly: AI Practitioner transferred
dt = U(2025, 11, 26, 4, 33, 9)
link = badge_link()
h = credly_html("A badge has been transferred to you",
                [f"Amazon Web Services Training and Certification has transferred the <b>AWS Certified AI Practitioner</b> "
                 f"badge from {html.escape(AK_OLD_MAIL)} to {html.escape(AK)}.",
                 "Accept it to keep it on your profile."],
                "AWS Certified AI Practitioner", "Accept your badge", link)
t = (f"A badge has been transferred to you\n\nAmazon Web Services Training and Certification has transferred the "
     f"AWS Certified AI Practitioner badge from {AK_OLD_MAIL} to {AK}.\n\nAccept your badge: "
     + link.replace("&amp;", "&") + "\n")
credly_mail("credly-aif-transferred", AK, AK_NAME, dt, "Badge transferred: AWS Certified AI Practitioner",
            alt(text_part(t, cte="qp"), text_part(h, "html", cte="qp")), gmail_trace)

# 59 - credly: Developer Associate (text part labelled iso-8859-1 though bytes are UTF-8)
dt = U(2025, 11, 26, 4, 33, 31)
link = badge_link()
h = credly_html("Aiko, accept your badge",
                ["Amazon Web Services Training and Certification has issued you the "
                 "<b>AWS Certified Developer &ndash; Associate</b> badge."],
                "AWS Certified Developer – Associate", "Accept your badge", link)
t = ("Aiko, accept your badge\n\nAmazon Web Services Training and Certification has issued you the "
     "AWS Certified Developer – Associate badge.\n\nAccept your badge: " + link.replace("&amp;", "&") + "\n")
credly_mail("credly-dva-aiko", AK, AK_NAME, dt, "Aiko, you've been issued a badge: AWS Certified Developer – Associate",
            alt(raw_part(t, "plain", "utf-8", "iso-8859-1", cte="base64"),
                text_part(h, "html", cte="qp")), gmail_trace)

# 60 - unrelated: colleague (ja), Workspace-internal, no Authentication-Results
dt = U(2025, 11, 27, 1, 45, 20)
a_prev = U(2025, 11, 26, 8, 12).astimezone(JST)
mid_prev = f"<CA+{rb64(30)[:40]}@mail.gmail.com>"
t = f"""中村さん

総務の田村です。バッジの件、了解しました。

資格手当の申請には Credly のバッジ URL が必要なので、統合後のアカウント {A4_KEEP} で発行されたほうの URL を申請フォームに貼ってください。旧アカウントの URL だと確認が通らないことがあります。

締め切りは 12/5 です。よろしくお願いします。

田村

{ja_quote_hdr(a_prev, '中村 愛子', AK)}
> 田村さん
>
> お疲れさまです。AWS のバッジ、今日ようやく新しいアカウントのほうに届きました。
> 申請はこちらの URL で出せばよいでしょうか。
>
> 中村
"""
emit("ja-soumu-shikaku-teate", kind="unrelated", case_id=None, accounts=[A4_KEEP], verified=None, lang="ja",
     trace=gws_internal_trace(AK, dt), frm=enc_name("田村 彩", "aya.tamura@lumenworks.co.jp"), to=enc_name("中村 愛子", AK),
     subject="Re: AWS認定の資格手当申請について", dt=dt, date_tz=JST,
     body=alt(text_part(t, cte="base64"), text_part(to_html(t, "lumenworks"), "html", cte="qp")),
     msgid=f"<CA+{rb64(30)[:40]}@mail.gmail.com>", in_reply_to=mid_prev, refs=mid_prev)


assert len(FILES) == 60, len(FILES)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
print(len(FILES), "files written")
