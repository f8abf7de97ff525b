#!/usr/bin/env python3
"""Generator for blind set 302: AWS Certification account-merge mailbox.

Emphasis: merge confirmation requests and what resembles them (EN + JA).
Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import io
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(302)
POL = policy.compat32.clone(max_line_length=0, linesep="\n")

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
JST = timezone(timedelta(hours=9))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))

ID_RE = re.compile(r"\bAWS[\s\-]?(\d{8})\b", re.I)

# ----------------------------------------------------------------- helpers

def t(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def gdate(d, tz):
    """Date as Gmail writes it in Received lines: with zone comment."""
    d = d.astimezone(tz)
    name = {PDT: "PDT", PST: "PST", UTC: "UTC"}.get(tz)
    s = format_datetime(d)
    return f"{s} ({name})" if name else s


def b64r(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RNG.choice(alphabet) for _ in range(n))


def hexr(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def u4():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def case15(opened, suffix):
    """15-digit display id: Unix time of opening + 5 digits."""
    return f"{int(opened.timestamp())}{suffix:05d}"


def ses_msgid(when, region="0100"):
    ms = int(when.timestamp() * 1000)
    local = f"{region}{ms:012x}-{u4()}-000000"
    return f"<{local}@email.amazonses.com>", f"{local}@amazonses.com"


def enc_header(text, charset="utf-8"):
    return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


def addr(name, email_addr, charset=None):
    if name is None:
        return email_addr
    if charset:
        return f"{Header(name, charset).encode()} <{email_addr}>"
    if re.search(r'[,.()"@:;<>\[\]]', name):
        return f'"{name}" <{email_addr}>'
    return f"{name} <{email_addr}>"


# ----------------------------------------------------------------- MIME parts

def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         declared=None, codec=None, extra=""):
    """A text leaf. `declared` lets the Content-Type lie about the charset."""
    m = Message()
    data = text.encode(codec or charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    m["Content-Type"] = f'text/{subtype}; charset="{declared or charset}"{extra}'
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary):
    m = Message()
    m["Content-Type"] = f'multipart/{subtype};\n\tboundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def alt(plain, html, charset="utf-8", cte="quoted-printable", boundary=None, html_cte=None):
    boundary = boundary or f"----=_Part_{RNG.randint(1000000, 9999999)}_{RNG.randint(100000000, 999999999)}.{RNG.randint(1700000000000, 1799999999999)}"
    return multi("alternative", [leaf(plain, "plain", charset, cte),
                                 leaf(html, "html", charset, html_cte or cte)], boundary)


def gmail_boundary():
    return "000000000000" + hexr(16)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def html_aws(paragraphs, footer_lines=(), lang="en", charset="utf-8"):
    """AWS Support style HTML template from plain paragraphs."""
    body = "".join(
        "<p style=\"margin:0 0 12px 0\">" + esc(p).replace("\n", "<br>\n") + "</p>\n"
        for p in paragraphs)
    foot = "".join(f"<p style=\"font-size:11px;color:#687078\">{esc(f)}</p>\n" for f in footer_lines)
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=" + charset + "\"><title>Amazon Web Services</title></head>\n"
            "<body style=\"font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f\">\n"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td "
            "style=\"background:#232f3e;padding:12px 20px\"><img src=\"https://d1.awsstatic.com/"
            "logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" "
            "alt=\"AWS\" width=\"60\"></td></tr>\n<tr><td style=\"padding:20px\">\n"
            + body + "</td></tr>\n<tr><td style=\"padding:0 20px 20px 20px\">\n" + foot +
            "</td></tr></table>\n</body></html>\n")


def html_simple(text):
    """What a mail client makes of a plain reply (Gmail / Outlook style)."""
    out = []
    for block in text.split("\n\n"):
        out.append("<div>" + esc(block).replace("\n", "<br>") + "</div><div><br></div>")
    return "<div dir=\"ltr\">" + "\n".join(out) + "</div>\n"


def quote(text, prefix="> "):
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


# ----------------------------------------------------------------- transport

def dkim_sig(domain, selector, when, headers="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={selector}; d={domain}; t={int(when.timestamp())};\n"
            f"\th={headers};\n\tbh={b64r(43)}=;\n\tb={b64r(76)}\n\t{b64r(76)}\n\t{b64r(64)}=")


AMZ_SEL = "rjt5nkqf2a2ejxsgxnmwylnzvsa3axif"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_IPS = ["54.240.8.30", "54.240.8.87", "54.240.9.41", "54.240.11.110", "54.240.48.93",
           "54.240.27.18", "54.240.6.163", "23.251.232.14"]


def ses_host(ip):
    a, b_, c, d = ip.split(".")
    return f"a{c}-{d}.smtp-out.amazonses.com" if a == "54" else f"e{c}-{d}.smtp-out.amazonses.com"


def gmail_trace(to, when, relay_host, relay_ip, mailfrom, auth, tz=PDT, spf_pass=True):
    """Gmail's own headers, top to bottom, ending with Authentication-Results."""
    r = when + timedelta(seconds=RNG.randint(1, 4))
    gid = f"{b64r(2)}{RNG.randint(1000,9999)}{b64r(3).lower()}{RNG.randint(10000,99999)}"
    spf_word = "pass" if spf_pass else "softfail"
    spf_txt = ("designates" if spf_pass else "does not designate")
    return [
        ("Delivered-To", to),
        ("Received", f"by 2002:a05:{hexr(4)}:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {gid};\n        {gdate(r, tz)}"),
        ("X-Google-Smtp-Source", f"AGHT+I{b64r(70)}"),
        ("X-Received", f"by 2002:a05:{hexr(4)}:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {hexr(16)}.{RNG.randint(10,99)}.{RNG.randint(1000000000000,9999999999999)};\n        {gdate(r, tz)}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(r.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64r(70)}\n         {b64r(70)}\n         {b64r(60)}=="),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={b64r(43)}=;\n        fh={b64r(43)}=;\n        b={b64r(70)}\n         {b64r(60)}=="),
        ("ARC-Authentication-Results", "i=1; mx.google.com;\n" + auth),
        ("Return-Path", f"<{mailfrom}>"),
        ("Received", f"from {relay_host} ({relay_host}. [{relay_ip}])\n        by mx.google.com with ESMTPS id {hexr(13)}-{hexr(11)}si{RNG.randint(1000000,9999999)}{b64r(3).lower().replace('/', 'q').replace('+', 'z')}.{RNG.randint(10,999)}.{when.astimezone(tz).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(when, tz)}"),
        ("Received-SPF", f"{spf_word} (google.com: domain of {mailfrom} {spf_txt} {relay_ip} as permitted sender) client-ip={relay_ip};"),
        ("Authentication-Results", "mx.google.com;\n" + auth),
    ]


def gmail_auth(dkims, mailfrom, ip, dmarc, spf="pass"):
    """dkims: list of (result, domain, selector); dmarc: (result, p, from_domain) or None."""
    lines = []
    for res, dom, sel in dkims:
        lines.append(f"       dkim={res} header.i=@{dom} header.s={sel} header.b={b64r(8)}")
    if spf == "pass":
        lines.append(f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    else:
        lines.append(f"       spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    if dmarc:
        res, p, dom = dmarc
        lines.append(f"       dmarc={res} (p={p} sp={p} dis={'NONE' if res == 'pass' else 'QUARANTINE' if p == 'QUARANTINE' else 'NONE'}) header.from={dom}")
    return ";\n".join(lines)


def outlook_trace(when, relay_host, relay_ip, mailfrom_dom, ar, consumer=True, spf="pass"):
    """Exchange Online: Authentication-Results without authserv-id."""
    r = when + timedelta(seconds=RNG.randint(1, 3))
    pfx = "namprd" if consumer else "eurprd"
    hop1 = f"{RNG.choice(['SA1PR','PH0PR','DM6PR','MW4PR'])}{RNG.randint(10,20)}MB{RNG.randint(1000,9999)}.{pfx}{RNG.randint(1,20):02d}.prod.outlook.com"
    hop2 = f"{RNG.choice(['BN9PR03CA','CH2PR07CA','DU2PR04CA'])}0{RNG.randint(100,999)}.{pfx}{RNG.randint(1,20):02d}.prod.outlook.com"
    hop3 = f"{RNG.choice(['BN2PEPF0000','DS3PEPF0000','AM3PEPF0000'])}{RNG.randint(1000,9999)}.{pfx}{RNG.randint(1,20):02d}.prod.outlook.com"
    return [
        ("Received", f"from {hop1}\n (2603:10b6:806:{hexr(3)}::{RNG.randint(10,22)}) by {hop1.split('.')[0].replace('MB','MB1')}.{hop1.split('.',1)[1]} with\n HTTPS; {rfc(r)}"),
        ("Received", f"from {hop2} (2603:10b6:408:{hexr(3)}::{RNG.randint(10,30)})\n by {hop1} (2603:10b6:806:{hexr(3)}::{RNG.randint(10,22)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{RNG.randint(8000,8999)}.{RNG.randint(10,40)}; {rfc(r)}"),
        ("Received", f"from {hop3}\n (2603:10b6:408:10d:cafe::{hexr(2)}) by {hop2}\n (2603:10b6:408:{hexr(3)}::{RNG.randint(10,30)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{RNG.randint(8000,8999)}.{RNG.randint(10,40)} via Frontend\n Transport; {rfc(r)}"),
        ("Authentication-Results", ar),
        ("Received-SPF", f"{spf.capitalize()} (protection.outlook.com: domain of {mailfrom_dom}\n {'designates' if spf == 'pass' else 'does not designate'} {relay_ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={relay_ip};\n helo={relay_host}; pr=C"),
        ("Received", f"from {relay_host} ({relay_ip}) by\n {hop3} (10.167.243.{RNG.randint(10,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{RNG.randint(8000,8999)}.{RNG.randint(10,40)}\n via Frontend Transport; {rfc(when)}"),
    ]


def outlook_ar(spf, ip, mailfrom_dom, dkims, dmarc, from_dom, compauth="pass reason=100"):
    s = f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; "
    for res, dom in dkims:
        s += f"dkim={res} ({'signature was verified' if res == 'pass' else 'no signature' if res == 'none' else 'body hash did not verify'})\n header.d={dom};"
    s += f"dmarc={dmarc} action={'none' if dmarc == 'pass' else 'quarantine' if dmarc == 'fail' else 'none'}\n header.from={from_dom};compauth={compauth}"
    return s


def ms_tail(when, tenant_guid=None):
    """Some X-MS headers that sit below the trace in Exchange Online mail."""
    return [
        ("X-MS-Exchange-Organization-ExpirationStartTime", f"{when.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.')}{RNG.randint(1000,9999)}\n (UTC)"),
        ("X-MS-Exchange-Organization-Network-Message-Id", u4()),
        ("X-MS-Exchange-Organization-AuthSource", f"{RNG.choice(['BN2PEPF0000','DS3PEPF0000'])}{RNG.randint(1000,9999)}.namprd04.prod.outlook.com"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]


def jp_trace(authserv, to, when, relay_host, relay_ip, mailfrom, ar_body, mbox_host, mx_host):
    r = when.astimezone(JST) + timedelta(seconds=RNG.randint(1, 5))
    return [
        ("Return-Path", f"<{mailfrom}>"),
        ("Delivered-To", to),
        ("Received", f"from {mx_host} ({mx_host} [{RNG.randint(100,220)}.{RNG.randint(1,250)}.{RNG.randint(1,250)}.{RNG.randint(1,250)}])\n\tby {mbox_host} (Postfix) with ESMTP id 4b{b64r(9)}\n\tfor <{to}>; {rfc(r)}"),
        ("Authentication-Results", f"{authserv};{ar_body}"),
        ("Received", f"from {relay_host} ({relay_host} [{relay_ip}])\n\tby {mx_host} (Postfix) with ESMTPS id 4b{b64r(9)}\n\tfor <{to}>; {rfc(when.astimezone(JST))}"),
    ]


def ses_sender(when, domain="amazon.com", extra_sel=True, headers=None):
    hs = [("DKIM-Signature", dkim_sig(domain, AMZ_SEL if domain == "amazon.com" else "ctfwm5kz3vjctbqsr4l2tdd3wlkqsgw7", when, headers or "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"))]
    if extra_sel:
        hs.append(("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, when, "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")))
    return hs


def ses_footer(when, ip):
    return [("Feedback-ID", f"::1.us-east-1.{b64r(43)}=:AmazonSES"),
            ("X-SES-Outgoing", f"{when.strftime('%Y.%m.%d')}-{ip}")]


# ----------------------------------------------------------------- assembly

MAILS = []


def mail(name, kind, case_id, account_ids, sv, lang):
    def deco(fn):
        MAILS.append((name, dict(kind=kind, case_id=case_id, account_ids=sorted(set(account_ids)),
                                 sender_verified=sv, language=lang), fn))
        return fn
    return deco


def assemble(headers, root):
    """headers: ordered (name, value) list; root: MIME tree (Content-Type set)."""
    own = root._headers
    root._headers = []
    for k, v in headers:
        root._headers.append((k, v))
    if not any(k.lower() == "mime-version" for k, _ in headers):
        root._headers.append(("MIME-Version", "1.0"))
    root._headers.extend(own)
    return root


def to_bytes(m):
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, policy=POL).flatten(m)
    return b.getvalue()


def ids_in(text):
    return sorted({"AWS" + d for d in ID_RE.findall(text)})


def aws_mail(*, to, to_name=None, when, subject, root, transport="gmail", frm=None,
             auth_ok=True, extra=(), ip=None, reply_to=None, jp=None, ms_consumer=True,
             proton=False, no_ar=False):
    """Genuine SES-sent AWS mail delivered to `to` via the chosen provider."""
    frm = frm or addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
    ip = ip or RNG.choice(SES_IPS)
    host = ses_host(ip)
    mid, bounce = ses_msgid(when)
    from_dom = re.search(r"@([\w.\-]+)>?$", frm).group(1)
    hdrs = []
    if no_ar:
        pass
    elif transport == "gmail":
        auth = gmail_auth([("pass", from_dom, AMZ_SEL), ("pass", "amazonses.com", SES_SEL)],
                          bounce, ip, ("pass", "QUARANTINE", from_dom))
        hdrs += gmail_trace(to, when, host, ip, bounce, auth)
    elif transport == "outlook":
        ar = outlook_ar("pass", ip, "amazonses.com", [("pass", from_dom), ("pass", "amazonses.com")],
                        "pass", from_dom)
        hdrs += outlook_trace(when, host, ip, "amazonses.com", ar, consumer=ms_consumer)
    elif transport == "jp":
        hdrs += jp_trace(jp["authserv"], to, when, host, ip, bounce, jp["ar"].format(mailfrom=bounce, ip=ip, dom=from_dom),
                         jp["mbox"], jp["mx"])
    elif transport == "proton":
        r = when + timedelta(seconds=2)
        hdrs += [
            ("Return-Path", f"<{bounce}>"),
            ("X-Original-To", to),
            ("Delivered-To", to),
            ("Authentication-Results", f"mail.protonmail.ch; dkim=pass (Good 2048 bit\n    rsa-sha256 signature) header.d={from_dom} header.a=rsa-sha256"),
            ("Authentication-Results", f"mail.protonmail.ch; dkim=pass (Good 1024 bit\n    rsa-sha256 signature) header.d=amazonses.com header.a=rsa-sha256"),
            ("Authentication-Results", f"mail.protonmail.ch; dmarc=pass (p=quarantine dis=none)\n header.from={from_dom}"),
            ("Authentication-Results", f"mail.protonmail.ch; spf=pass smtp.mailfrom=amazonses.com"),
            ("Authentication-Results", f"mail.protonmail.ch; arc=none smtp.remote-ip={ip}"),
            ("Received", f"from {host} ({host} [{ip}]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)\n server-digest SHA256) (No client certificate requested) by mailin032.protonmail.ch (Postfix)\n with ESMTPS id 4b{b64r(9)} for <{to}>; {rfc(r)}"),
        ]
    hdrs += ses_sender(when, from_dom)
    hdrs += [("Date", rfc(when)), ("From", frm)]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("To", addr(to_name, to) if to_name and to_name.isascii() else addr(to_name, to, "utf-8") if to_name else to),
             ("Message-ID", mid), ("Subject", subject), ("MIME-Version", "1.0")]
    hdrs += list(extra)
    tail = ses_footer(when, ip)
    if transport == "outlook":
        tail += ms_tail(when)
    m = assemble(hdrs, root)
    for k, v in tail:
        m._headers.append((k, v))
    return m


# ----------------------------------------------------------------- personas / cases

PRIYA = "priya.raman.dev@gmail.com"
PRIYA_OPEN = t("2025-05-28 00:02:01")
PRIYA_CASE = case15(PRIYA_OPEN, 4417)

KENJI = "k-sato@xj.biglobe.ne.jp"
KENJI_OPEN = t("2025-06-02 01:14:37")
KENJI_CASE = case15(KENJI_OPEN, 20961)

DANIEL = "dokafor.cloud@gmail.com"
DANIEL_OPEN = t("2025-07-14 16:48:22")
DANIEL_CASE = case15(DANIEL_OPEN, 3358)

TOMAS = "tomas.herrera.m@outlook.com"
TOMAS_OPEN = t("2025-06-09 19:03:50")
TOMAS_CASE = case15(TOMAS_OPEN, 11804)

MAREK = "marek.nowak@northwind-logistics.eu"
MAREK_OPEN = t("2025-09-22 07:31:12")
MAREK_CASE = case15(MAREK_OPEN, 502)

SANDRA = "sandra.lindqvist@proton.me"
WEI = "zhangwei.cloudops@gmail.com"
WEI_OPEN = t("2025-08-05 03:22:48")
WEI_CASE = case15(WEI_OPEN, 77120)

RAHUL = "rahul.menon@kestrel-data.co.uk"
RAHUL_OPEN = t("2025-10-13 09:12:05")
RAHUL_CASE = case15(RAHUL_OPEN, 31049)

BIGLOBE = dict(authserv="biglobe.ne.jp", mbox="mbox32.biglobe.ne.jp", mx="mx01.biglobe.ne.jp",
               ar=" spf=pass smtp.mailfrom={mailfrom};\n\tdkim=pass header.d={dom} header.s=rjt5nkqf2a2ejxsgxnmwylnzvsa3axif;\n\tdmarc=pass (p=quarantine) header.from={dom}")

FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = addr("Amazon Web Services", "no-reply-aws@amazon.com")

FORM_SUBJ = "RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"

TC_SIG_FOOTER = ("We value your feedback. Please share your experience by rating this correspondence using the "
                 "AWS Support Center link at the end of this correspondence.")

# === MAILS BEGIN ===

@mail("001-form-ack-case-received", "case_created", PRIYA_CASE, ["AWS04417382", "AWS11930265"], True, "en")
def m001():
    when = PRIYA_OPEN + timedelta(seconds=6)
    new = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request and created case {PRIYA_CASE}. A member of our team will review it and get back to you, in most cases within 24 hours (Monday to Friday).

Please do not submit another form for the same request. If you have anything to add, simply reply to this email and keep the case number in the subject line so that your message is attached to the same case.

Summary of your submission
--------------------------
Name: Priya Raman
Email: {PRIYA}
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS11930265
Description: Hi, I have two certification accounts. The old one (AWS04417382) was created with my previous employer's email priya.raman@contoso-analytics.com, which I can no longer access. I would like to keep the account linked to my Gmail and move my Cloud Practitioner certification into it. Thank you!

Kind regards,
AWS Training and Certification
https://aws.amazon.com/certification/

This message was sent from an unmonitored address for the purpose of acknowledging your submission."""
    paras = new.split("\n\n")
    root = alt(new, html_aws(paras[:-1], [paras[-1]]), cte="quoted-printable")
    subj = f"[CASE {PRIYA_CASE}] We have received your request - AWS Training and Certification"
    return aws_mail(to=PRIYA, when=when, subject=subj, root=root), new


@mail("002-form-merge-details-please-confirm", "merge_confirmation_requested", PRIYA_CASE,
      ["AWS04417382", "AWS11930265"], True, "en")
def m002():
    when = t("2025-05-29 03:14:40")
    new = f"""Hello Priya,

Thank you for contacting AWS Training and Certification. My name is Lakshmi and I will be assisting you today.

I have located both certification accounts. Please review the details below:

Account to keep (primary):
  AWS candidate ID: AWS11930265
  Login email: {PRIYA}

Account to be merged into the primary account (will be deactivated):
  AWS candidate ID: AWS04417382
  Login email: priya.raman@contoso-analytics.com

Once merged, the certification history, exam records and any unused benefits of the secondary account will appear under AWS11930265, and you will sign in with {PRIYA} only.

Please be aware that a merge is permanent. After it has been processed we are not able to split the accounts again.

If the information above is accurate, kindly reply to this email to confirm that you would like us to go ahead. We will not make any changes until we receive your confirmation.

Best regards,

Lakshmi S.
Amazon Web Services
AWS Training and Certification"""
    hist = f"""
-----Original Message-----
From: Priya Raman <{PRIYA}>
Sent: 2025-05-28 00:02 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS11930265
Description: Hi, I have two certification accounts. The old one (AWS04417382) was created with my previous employer's email, which I can no longer access."""
    text = new + "\n" + hist + "\n\n" + TC_SIG_FOOTER
    html = html_aws(new.split("\n\n") + [hist.strip()], [TC_SIG_FOOTER])
    root = alt(text, html)
    return aws_mail(to=PRIYA, when=when, subject=FORM_SUBJ.format(c=PRIYA_CASE), root=root), new


@mail("003-ja-console-merge-doui-onegai", "merge_confirmation_requested", KENJI_CASE,
      ["AWS09936420", "AWS20583317"], True, "ja")
def m003():
    when = t("2025-06-03 05:41:09")
    new = f"""佐藤 健二 様

アマゾン ウェブ サービス トレーニングと認定サポートの高橋でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご依頼いただきました認定アカウントの統合につきまして、
以下の内容で手続きを進めさせていただく予定でございます。

　■統合元（統合後に無効となるアカウント）
　　AWS 候補者 ID：AWS20583317
　　ログイン用メールアドレス：kenji.sato@hoshizora-sys.co.jp

　■統合先（今後ご利用いただくアカウント）
　　AWS 候補者 ID：AWS09936420
　　ログイン用メールアドレス：{KENJI}

統合後は、統合元アカウントで取得された認定資格、受験履歴、および
特典（50% 割引受験バウチャー等）が統合先アカウントへ移行されます。
なお、統合の手続きが完了いたしますと元に戻すことはできませんので、
あらかじめご了承くださいますようお願い申し上げます。

上記の内容にお間違いがなければ、統合の実施にご同意いただける旨を
サポートセンターの本ケースよりご返信いただけますでしょうか。
ご確認をいただけ次第、手続きを開始させていただきます。

何卒よろしくお願い申し上げます。

高橋
アマゾン ウェブ サービス"""
    foot = f"""
このケースへの返信は、以下のリンクからサポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={KENJI_CASE}&language=ja

※本メールアドレスは送信専用のため、ご返信いただいてもお受けできません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。"""
    root = leaf(new + "\n" + foot, "plain", "iso-2022-jp", "7bit")
    subj = enc_header(f"RE:[CASE {KENJI_CASE}] 認定アカウントの統合について", "iso-2022-jp")
    return aws_mail(to=KENJI, when=when, subject=subj, root=root, frm=CONSOLE, transport="jp", jp=BIGLOBE), new


@mail("004-form-need-second-login-email", "support_reply", DANIEL_CASE, ["AWS31270948"], True, "en")
def m004():
    when = t("2025-07-15 21:05:33")
    new = f"""Hi Daniel,

Thanks for reaching out to AWS Training and Certification.

I was able to find one certification account under the details in your request: AWS31270948, registered to {DANIEL}. However, I could not locate a second account with the name or date of birth you provided, so I am unable to prepare the merge at this point.

To move forward, could you please send me:

1. The login email address (and, if different, the notification email address) used on the other account.
2. The AWS candidate ID of that account, if you still have it. It starts with "AWS" followed by eight digits and is shown on your score report and in any certification email.
3. Which of the two accounts you want to keep going forward.

Once I have this I'll put the merge summary together and send it to you for review. Once the merge is complete, everything you earned on the other account will be visible under the account you choose to keep.

Have a great day!

Marco R.
Amazon Web Services
Training and Certification Support"""
    text = new + "\n\n" + TC_SIG_FOOTER + "\n"
    root = leaf(text, "plain", "utf-8", "base64")
    return aws_mail(to=DANIEL, when=when, subject=FORM_SUBJ.format(c=DANIEL_CASE), root=root), new


@mail("005-outlook-reminder-still-need-confirmation", "merge_confirmation_requested", TOMAS_CASE,
      ["AWS27714058", "AWS61409923"], True, "en")
def m005():
    when = t("2025-06-16 14:02:51")
    first = t("2025-06-11 10:37:12")
    new = """Hello Tomás,

I'm following up on my message below as we have not yet received your reply.

To complete your request, we still need you to confirm that AWS-27714058 (login: t.herrera@ibercloud-partners.es) should be merged into AWS-61409923 (login: tomas.herrera.m@outlook.com), with AWS-61409923 remaining as your active account. As mentioned, this cannot be undone once processed.

Simply reply "Yes, please proceed" to this email and we will take care of the rest. If we do not hear from you within 5 business days, this case will be closed automatically; you can still reopen it by replying.

Kind regards,
Hannah
Amazon Web Services"""
    prev = """Hello Tomás,

Thank you for contacting AWS Training and Certification.

I found two certification accounts in your name:

- AWS27714058 - t.herrera@ibercloud-partners.es - AWS Certified Developer - Associate (active)
- AWS61409923 - tomas.herrera.m@outlook.com - AWS Certified Cloud Practitioner (active)

As requested, we will keep AWS61409923 and merge AWS27714058 into it. Please note that a merge is irreversible.

Please reply to this email to confirm you would like us to proceed.

Kind regards,
Hannah
Amazon Web Services"""
    hdr = f"On {first.strftime('%a, %b %d, %Y at %H:%M')} UTC, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:"
    text = new + "\n\n" + hdr + "\n" + quote(prev) + "\n\n" + TC_SIG_FOOTER
    html = html_aws(new.split("\n\n"), [TC_SIG_FOOTER]).replace(
        "</td></tr>\n<tr><td style=\"padding:0 20px 20px 20px\">",
        "<p>" + esc(hdr) + "</p><blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
        + esc(prev).replace("\n", "<br>") + "</blockquote></td></tr>\n<tr><td style=\"padding:0 20px 20px 20px\">", 1)
    root = alt(text, html, cte="quoted-printable")
    return aws_mail(to=TOMAS, to_name="Tomás Herrera", when=when, subject=FORM_SUBJ.format(c=TOMAS_CASE),
                    root=root, transport="outlook"), new

NIFTY = dict(authserv="nifty.com", mbox="mbox03.nifty.com", mx="mtain-dg11.nifty.com",
             ar=" spf=pass smtp.mailfrom={mailfrom};\n\tdkim=pass header.i=@{dom};\n\tdmarc=pass header.from={dom}")
MAILBOXORG = dict(authserv="mx1.mailbox.org", mbox="mbox-01.mailbox.org", mx="mx1.mailbox.org",
                  ar="\n\tdkim=pass header.d={dom} header.s=rjt5nkqf2a2ejxsgxnmwylnzvsa3axif header.b=Gk3v9aQe;\n\tdkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=pX0Lr2Tn;\n\tspf=pass (mx1.mailbox.org: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n\tdmarc=pass (policy=quarantine) header.from={dom}")

AIKO = "aiko.fujimoto@nifty.com"
AIKO_OPEN = t("2025-08-01 02:40:19")
AIKO_CASE = case15(AIKO_OPEN, 60233)
JONAS = "jonas.becker@mailbox.org"
JONAS_OPEN = t("2025-04-07 12:55:03")
JONAS_CASE = case15(JONAS_OPEN, 1190)


@mail("006-form-chaser-no-reply-yet", "support_reply", MAREK_CASE, [], True, "en")
def m006():
    when = t("2025-09-29 08:15:27")
    prev_when = t("2025-09-23 11:40:02")
    new = """Dear Marek,

I hope this message finds you well.

I am writing to check in on your case, as we have not received a reply to our last email. Your request is on hold until we hear back from you on the point raised in that message, which I have copied below for your convenience.

Please respond at your earliest convenience so that we can continue. If we do not hear from you within 72 hours, the case will be resolved automatically. You can re-open it at any time simply by replying to this email.

Best regards,
Oleksandr K.
Amazon Web Services
Training and Certification"""
    prev = """Dear Marek,

Thank you for contacting AWS Training and Certification.

Please find below the accounts that will be combined as per your request:

Account that will remain active: AWS55012384 (marek.nowak@northwind-logistics.eu)
Account that will be closed: AWS55012834 (mnowak.private@wp.pl)

All certifications from the closed account will be transferred. This action is final and cannot be reversed.

Kindly reply to this email confirming that the above is correct and that you wish us to proceed.

Best regards,
Oleksandr K.
Amazon Web Services"""
    text = (new + "\n\n--------------------\nPrevious correspondence\n--------------------\n"
            f"{rfc(prev_when)} - Amazon Web Services wrote:\n\n" + prev + "\n\n" + TC_SIG_FOOTER + "\n")
    html = html_aws(new.split("\n\n") + ["Previous correspondence", f"{rfc(prev_when)} - Amazon Web Services wrote:"] + prev.split("\n\n"), [TC_SIG_FOOTER])
    root = alt(text, html, cte="quoted-printable")
    return aws_mail(to=MAREK, to_name="Marek Nowak", when=when, subject=FORM_SUBJ.format(c=MAREK_CASE),
                    root=root, transport="outlook", ms_consumer=False), new


@mail("007-form-thanks-for-confirming-will-proceed", "support_reply", PRIYA_CASE,
      ["AWS04417382", "AWS11930265"], True, "en")
def m007():
    when = t("2025-05-29 16:40:18")
    user_when = t("2025-05-29 08:47:00", PDT)
    new = """Hello Priya,

Thank you for confirming.

I have now submitted the merge of AWS04417382 into AWS11930265 to our certification operations team. Processing usually takes between 1 and 3 business days, and you will receive a separate email as soon as it has been completed. There is nothing else you need to do in the meantime.

One small recommendation: please avoid scheduling any new exam until the merge is finished, so that the booking is not made against the account that is being closed.

Best regards,

Lakshmi S.
Amazon Web Services
AWS Training and Certification"""
    user = """Hi Lakshmi,

The details are correct. Please proceed with the merge.

Thanks,
Priya"""
    agent = """Hello Priya,

I have located both certification accounts. Please review the details below:

Account to keep (primary): AWS11930265
Account to be merged into the primary account (will be deactivated): AWS04417382

Please be aware that a merge is permanent.

If the information above is accurate, kindly reply to this email to confirm that you would like us to go ahead.

Lakshmi S.
Amazon Web Services"""
    qhdr = f"On Thu, May 29, 2025 at 8:47 AM Priya Raman <{PRIYA}> wrote:"
    ahdr = "On Wed, May 28, 2025 at 8:14 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:"
    hist = qhdr + "\n" + quote(user + "\n\n" + ahdr + "\n" + quote(agent))
    text = new + "\n\n" + hist + "\n\n" + TC_SIG_FOOTER
    html = html_aws(new.split("\n\n") + [hist], [TC_SIG_FOOTER])
    root = alt(text, html, cte="quoted-printable")
    return aws_mail(to=PRIYA, when=when, subject=FORM_SUBJ.format(c=PRIYA_CASE), root=root), new


SANDRA_OPEN = t("2025-07-03 18:20:44")
SANDRA_CASE = case15(SANDRA_OPEN, 8472)


@mail("008-tc-desk-retake-cancel-appointment-yes", "unrelated", SANDRA_CASE, ["AWS71220456"], True, "en")
def m008():
    when = t("2025-07-04 13:02:10")
    new = """Hello Sandra,

Thank you for contacting AWS Training and Certification regarding your exam retake.

I have reviewed the exam history on your certification account (AWS71220456). Your attempt at AWS Certified Solutions Architect - Professional (SAP-C02) on 30 June 2025 was not successful, which means you are eligible to retake the exam from 14 July 2025 onwards, in line with our 14-day retake policy.

I can see that you already have a new appointment for the same exam on 11 July 2025 at the Pearson VUE test center in Stockholm. As this date falls within the waiting period, the appointment would not be valid and could be forfeited. I can cancel it on your behalf and the exam fee will be refunded to your original payment method within 5-7 business days.

Could you please reply with "Yes" to confirm that you would like me to cancel the 11 July appointment? You will then be able to book a new date on or after 14 July through your certification account.

Good luck with your preparation!

Kind regards,
Ingrid M.
Amazon Web Services
AWS Training and Certification"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    subj = f"RE:[CASE {SANDRA_CASE}] [AWS Training and Certification Form Submission] - exam-scheduling"
    return aws_mail(to=SANDRA, to_name="Sandra Lindqvist", when=when, subject=subj, root=root,
                    transport="proton"), new


@mail("009-form-which-name-on-certificate", "support_reply", WEI_CASE, ["AWS38820147", "AWS40091562"], True, "en")
def m009():
    when = t("2025-08-06 02:51:36")
    new = """Hello Wei,

Thank you for your patience on this.

During preparing of your merge request I noticed that the name is not same on the two accounts:

  - AWS38820147 : Wei Zhang  (first name: Wei / last name: Zhang)
  - AWS40091562 : Zhang Wei  (first name: Zhang / last name: Wei)

The name on the account you keep is the one that is printed on your certificates and it must match your government-issued ID at the test center. Can you please confirm that "Wei Zhang" with first name Wei and last name Zhang is the correct one? If you prefer another spelling please write it exactly as it should appear.

After I have your answer on the name, I will send you the full merge summary for final review.

Best Regards,
Jun Li
Amazon Web Services"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=WEI, when=when, subject=FORM_SUBJ.format(c=WEI_CASE), root=root), new


@mail("010-form-long-voucher-recert-and-merge-confirm", "merge_confirmation_requested", RAHUL_CASE,
      ["AWS48105527", "AWS83307716"], True, "en")
def m010():
    when = t("2025-10-14 06:27:59")
    new = f"""Dear Rahul,

Greetings from AWS Training and Certification!

Thank you for the detailed mail. Please find below the response to each of your queries.

1) 50% discount voucher
The discount benefit you earned with AWS Certified Solutions Architect - Associate is valid till 18 March 2026. It is currently sitting on your older account and will be carried over automatically, there is no need to redeem it before the merge.

2) Recertification of Cloud Practitioner
Your AWS Certified Cloud Practitioner expires on 02 December 2025. As you hold an active Associate-level certification, Cloud Practitioner will be recertified automatically, so no action is needed from your side.

3) Pearson VUE appointment
The appointment booked for 6 November 2025 (AWS Certified Data Engineer - Associate) will remain valid. Please only make sure to log in with the email of the surviving account after the merge to see it.

4) Account merge
We have verified the two accounts as below:

   Surviving account : AWS48105527 / {RAHUL}
   Account to be merged and closed : AWS83307716 / rahul.menon84@yahoo.co.in

Post merge, all the certifications, benefits and exam history of AWS83307716 will be reflected in AWS48105527. Kindly note that the merge is permanent and can not be rolled back.

Kindly revert on this mail with your confirmation for the above merge so that we can initiate the same. We will not be able to start the merge without your written confirmation.

Should you have any further queries, feel free to write to us.

Warm Regards,
Deepika N.
Amazon Web Services
AWS Training and Certification"""
    html = html_aws(new.split("\n\n"), [TC_SIG_FOOTER,
                    f"https://support.console.aws.amazon.com/support/home#/case/?displayId={RAHUL_CASE}&language=en"])
    root = leaf(html, "html", "utf-8", "base64")
    return aws_mail(to=RAHUL, to_name="Rahul Menon", when=when, subject=FORM_SUBJ.format(c=RAHUL_CASE),
                    root=root, transport="outlook", ms_consumer=False), new


LUCIA = "lucia.fernandez.dev@gmail.com"
LUCIA_CASE = "7203318945"


@mail("011-tc-desk-voucher-reissue-confirm-address", "unrelated", LUCIA_CASE, ["AWS66120937"], True, "en")
def m011():
    when = t("2020-06-23 15:33:21")
    new = f"""Hola Lucía,

Thank you for writing to AWS Training and Certification.

I checked your certification account AWS66120937 and you are right: the 50% discount benefit for passing AWS Certified Developer - Associate did not appear in the Benefits tab. This was caused by a sync issue on our side and I apologise for the inconvenience.

I can generate a new discount code and send it to the email address registered on your account. Before I do so, could you please confirm that {LUCIA} is still the address where you would like to receive it? A simple "yes" is enough. If you prefer a different address, please let me know which one.

Kind regards,
Pablo G.
Amazon Web Services
AWS Training and Certification"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    subj = f"RE:[CASE {LUCIA_CASE}] [AWS Training and Certification Form Submission] - benefits"
    return aws_mail(to=LUCIA, to_name="Lucía Fernández", when=when, subject=subj, root=root), new


@mail("012-form-suggest-email-change-instead", "support_reply", JONAS_CASE, ["AWS14477820", "AWS52209318"], True, "en")
def m012():
    when = t("2025-04-08 09:18:44")
    new = f"""Hello Jonas,

Thank you for contacting AWS Training and Certification.

I have looked into both accounts mentioned in your request. The second account, AWS52209318, was created in 2023 but has no certifications, no exam appointments and no exam history at all. There is therefore nothing that would need to be moved from it.

From your description, what you actually need is to sign in to your main account AWS14477820 with your new address {JONAS} instead of your former university address. This can be done with a simple email update, which is quicker than a merge and leaves both your exam history and your Credly badges untouched.

Could you please confirm with a "Yes" that you would like us to change the login email of AWS14477820 to {JONAS}? Once the change is made you will receive a verification email at the new address. The empty account can stay as it is; it will not affect you.

Viele Grüße / Best regards,
Katrin W.
Amazon Web Services"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="base64")
    return aws_mail(to=JONAS, to_name="Jonas Becker", when=when, subject=FORM_SUBJ.format(c=JONAS_CASE), root=root,
                    transport="jp", jp=MAILBOXORG), new


@mail("013-ja-sjis-saikakunin-remind", "merge_confirmation_requested", AIKO_CASE,
      ["AWS30559104", "AWS73018842"], True, "ja")
def m013():
    when = t("2025-08-07 01:05:12")
    prev_when = t("2025-08-04 10:15:00", JST)
    new = """藤本 愛子 様

いつもお世話になっております。
AWS トレーニングと認定 サポート担当の中村でございます。

8月4日にご案内いたしましたアカウント統合の件につきまして、
現時点でお客様からのご返信を確認できておりませんでしたので、
念のため再度ご連絡を差し上げました。

改めまして、統合の内容は以下のとおりでございます。

　統合元（無効化されるアカウント）：AWS 73018842
　統合先（引き続きご利用いただくアカウント）：AWS 30559104

統合は一度実施いたしますと取り消すことができません。
上記の内容でよろしければ、本メールへのご返信にて「統合に同意します」と
お知らせいただけますと幸いです。

なお、7営業日以内にご返信をいただけない場合、本ケースは一旦
クローズさせていただきますので、あらかじめご了承ください。

お忙しいところ恐れ入りますが、ご確認のほどよろしくお願いいたします。

中村
Amazon Web Services"""
    prev = """藤本 愛子 様

お問い合わせいただきありがとうございます。
ご依頼の統合について、AWS73018842 を AWS30559104 に統合いたします。
ご同意いただける場合は本メールにご返信ください。

中村"""
    hdr = f"{prev_when.year}年{prev_when.month}月{prev_when.day}日(月) {prev_when.hour}:{prev_when.minute:02d} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:"
    text = new + "\n\n" + hdr + "\n" + quote(prev) + "\n"
    root = leaf(text, "plain", "shift_jis", "base64")
    return aws_mail(to=AIKO, to_name=None, when=when, subject=FORM_SUBJ.format(c=AIKO_CASE), root=root,
                    transport="jp", jp=NIFTY), new


@mail("014-form-merge-done", "merge_completed", PRIYA_CASE, ["AWS04417382", "AWS11930265"], True, "en")
def m014():
    when = t("2025-05-30 10:11:05")
    new = """Hello Priya,

Good news: your certification accounts have now been merged.

AWS04417382 has been merged into AWS11930265, and all your certifications, exam history and benefits are now available under the account you sign in to with priya.raman.dev@gmail.com. The old account can no longer be used.

Your Credly badges will be reissued to the surviving account within the next 24 to 48 hours. If they do not appear after that, just reply to this email and we will look into it.

Thank you for your patience, and congratulations again on your certification!

Best regards,

Lakshmi S.
Amazon Web Services
AWS Training and Certification"""
    hist = """On Thu, May 29, 2025 at 4:40 PM Amazon Web Services wrote:
> Thank you for confirming.
> I have now submitted the merge of AWS04417382 into AWS11930265 to our certification operations team."""
    text = new + "\n\n" + hist + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n") + [hist], [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=PRIYA, when=when, subject=FORM_SUBJ.format(c=PRIYA_CASE), root=root), new


@mail("015-form-resolved-notice-with-rating", "survey", PRIYA_CASE, [], True, "en")
def m015():
    when = t("2025-05-30 10:12:47")
    base = f"https://support.console.aws.amazon.com/support/feedback?displayId={PRIYA_CASE}&language=en&rating="
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="600" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#232f3e;padding:14px 24px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <b>{PRIYA_CASE}</b> has been marked as <b>Resolved</b>. Since your account merge request has been completed, no further action is required from our side.</p>
<p>If you need more help with this request, reply to this email within 14 days and the case will be reopened automatically.</p>
<p style="margin-top:24px"><b>Was your issue resolved?</b></p>
<p><a href="https://support.console.aws.amazon.com/support/feedback?displayId={PRIYA_CASE}&resolved=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="https://support.console.aws.amazon.com/support/feedback?displayId={PRIYA_CASE}&resolved=no" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none;border-radius:2px">NO</a></p>
<p style="margin-top:24px"><b>How would you rate the support you received from Lakshmi?</b></p>
<p>{''.join(f'<a href="{base}{i}" style="padding:4px 10px;border:1px solid #879596;color:#16191f;text-decoration:none">{i}</a> ' for i in range(1, 6))}</p>
<p style="font-size:12px;color:#687078">1 = Very dissatisfied, 5 = Very satisfied. The survey takes less than a minute.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></body></html>
"""
    root = leaf(html, "html", "utf-8", "quoted-printable")
    subj = f"[CASE {PRIYA_CASE}] Your case has been resolved - tell us how we did"
    return aws_mail(to=PRIYA, when=when, subject=subj, root=root), ""

def other_mail(*, frm, to, when, subject, root, relay_host, relay_ip, mailfrom, dkim_dom, dkim_sel,
               dmarc=("pass", "REJECT"), transport="gmail", msgid=None, extra=(), to_hdr=None,
               dkim_res="pass", spf="pass", jp=None, from_dom=None, sign=True, outlook_dmarc=None,
               compauth="pass reason=100", tail=()):
    """Any non-SES sender, delivered to Gmail / Outlook / a Postfix-style provider."""
    from_dom = from_dom or re.search(r"@([\w.\-]+)>?$", frm).group(1)
    hdrs = []
    if transport == "gmail":
        dk = [(dkim_res, dkim_dom, dkim_sel)] if dkim_res != "none" else []
        auth = gmail_auth(dk, mailfrom, relay_ip, (dmarc[0], dmarc[1], from_dom) if dmarc else None, spf=spf)
        hdrs += gmail_trace(to, when, relay_host, relay_ip, mailfrom, auth, spf_pass=(spf == "pass"))
    elif transport == "outlook":
        ar = outlook_ar(spf, relay_ip, mailfrom.split("@")[-1], [(dkim_res, dkim_dom)] if dkim_res != "none" else [("none", from_dom)],
                        outlook_dmarc or dmarc[0], from_dom, compauth)
        hdrs += outlook_trace(when, relay_host, relay_ip, mailfrom.split("@")[-1], ar, spf=spf)
    elif transport == "jp":
        hdrs += jp_trace(jp["authserv"], to, when, relay_host, relay_ip, mailfrom,
                         jp["ar"].format(mailfrom=mailfrom, ip=relay_ip, dom=from_dom), jp["mbox"], jp["mx"])
    elif transport == "none":
        pass
    if sign and dkim_dom:
        hdrs.append(("DKIM-Signature", dkim_sig(dkim_dom, dkim_sel, when,
                     "mime-version:subject:message-id:to:from:date:content-type")))
    hdrs += [("Date", rfc(when)), ("From", frm), ("To", to_hdr or to),
             ("Message-ID", msgid or f"<{hexr(24)}@{from_dom}>"), ("Subject", subject), ("MIME-Version", "1.0")]
    hdrs += list(extra)
    m = assemble(hdrs, root)
    for k, v in tail:
        m._headers.append((k, v))
    return m


def credly_mail(*, to, when, subject, root, issuer="Amazon Web Services Training and Certification",
                transport="gmail", jp=None):
    ip = f"167.89.{RNG.randint(100,120)}.{RNG.randint(2,250)}"
    host = f"o{RNG.randint(1,9)}.ptr{RNG.randint(1000,9999)}.email.credly.com"
    local = to.replace("@", "=")
    mailfrom = f"bounces+{RNG.randint(1000000,9999999)}-{hexr(4)}-{local}@email.credly.com"
    return other_mail(frm=f"{issuer} via Credly <admin@credly.com>", to=to, when=when, subject=subject, root=root,
                      relay_host=host, relay_ip=ip, mailfrom=mailfrom, dkim_dom="credly.com", dkim_sel="s1",
                      dmarc=("pass", "QUARANTINE"), transport=transport, jp=jp,
                      msgid=f"<{b64r(22).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{RNG.randint(1,40)}>",
                      tail=[("X-SG-EID", b64r(120)), ("X-Entity-ID", b64r(22) + "==")])


def credly_html(title, lines, button, url, validation=None):
    rows = "".join(f"<p style=\"margin:0 0 14px 0;font-size:15px;color:#303030\">{esc(l)}</p>\n" for l in lines)
    val = (f"<p style=\"font-size:12px;color:#767676\">Badge ID: {validation}</p>\n" if validation else "")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta content="text/html; charset=utf-8" http-equiv="Content-Type"><meta name="viewport" content="width=device-width"><title>{esc(title)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 32px;border-bottom:4px solid #ff6b00"><img src="https://images.credly.com/assets/credly_logo_orange-{hexr(32)}.png" alt="Credly" width="110"></td></tr>
<tr><td style="padding:32px">
<h1 style="font-size:22px;color:#303030;margin:0 0 20px 0">{esc(title)}</h1>
{rows}<p style="margin:26px 0"><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">{esc(button)}</a></p>
{val}</td></tr>
<tr><td style="padding:18px 32px;font-size:11px;color:#9a9a9a;background:#fafafa">You are receiving this email because a badge issuer uses Credly to recognize your achievements. <a href="https://www.credly.com/earner/settings/notifications" style="color:#9a9a9a">Manage email preferences</a><br>Credly, Inc. &middot; 625 Massachusetts Ave, Cambridge, MA 02139</td></tr>
</table></td></tr></table></body></html>
"""


@mail("016-credly-badges-reissued-after-merge", "credly_badge_issued", None, [], True, "en")
def m016():
    when = t("2025-05-30 18:44:09")
    bid = u4()
    url = f"https://www.credly.com/badges/{bid}?source=email-accept-badge&amp;utm_campaign=accept_badge"
    lines = ["Hi Priya,",
             "Amazon Web Services Training and Certification has issued you the AWS Certified Cloud Practitioner badge on Credly. "
             "This badge was reissued to you because your AWS Certification accounts were recently consolidated.",
             "Accept your badge to add it to your Credly profile and share it with your network. Badges you previously "
             "accepted under your former email address will remain visible until you claim this one."]
    html = credly_html("You've been issued a badge", lines, "Accept your badge", url, validation=hexr(32))
    plain = ("Hi Priya,\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Cloud "
             "Practitioner badge on Credly. This badge was reissued to you because your AWS Certification accounts "
             "were recently consolidated.\n\nAccept your badge: https://www.credly.com/badges/" + bid +
             "?source=email-accept-badge\n\nCredly, Inc.\n")
    root = alt(plain, html, cte="quoted-printable", boundary="--==_mimepart_" + hexr(13) + "_" + hexr(5))
    subj = "Priya, claim your AWS Certified Cloud Practitioner badge"
    return credly_mail(to=PRIYA, when=when, subject=subj, root=root), plain


@mail("017-credly-self-service-merge-code", "unrelated", None, [], True, "en")
def m017():
    when = t("2025-08-11 12:03:44")
    code = "408 127"
    lines = ["Hello Wei,",
             f"We received a request to merge the Credly account registered to zhang.wei@eastbridge-tech.cn into your account. To confirm that you own this email address, enter the following code: {code}",
             "Or select the button below. This code expires in 30 minutes.",
             "If you did not request to merge accounts, you can safely ignore this email; no changes will be made."]
    html = credly_html("Verify your email to merge accounts", lines, "Complete Account Merge",
                       f"https://www.credly.com/users/merge_accounts/confirm?token={hexr(40)}")
    root = leaf(html, "html", "utf-8", "quoted-printable")
    return other_mail(frm="Credly <admin@credly.com>", to=WEI, when=when, subject="Your Credly account merge code",
                      root=root, relay_host="o7.ptr2261.email.credly.com", relay_ip="167.89.115.24",
                      mailfrom="bounces+3312290-aa41-zhangwei.cloudops=gmail.com@email.credly.com",
                      dkim_dom="credly.com", dkim_sel="s1", dmarc=("pass", "QUARANTINE")), ""


@mail("018-certmetrics-wants-to-hear-from-you", "unrelated", None, ["AWS11930265"], False, "en")
def m018():
    when = t("2025-06-12 16:30:00")
    plain = """Dear Priya Raman,

AWS Certification wants to hear from you!

As a recently certified individual (AWS Candidate ID: AWS11930265), your input is valuable to us. Please take 10 minutes to tell us about your exam preparation and your experience on exam day.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=8f2c3a91b7d44e6c9a0e5f12d3b4c6a7

Thank you,
AWS Training and Certification

This is an automated message sent from CertMetrics. Please do not reply to this email."""
    root = alt(plain, html_simple(plain), charset="utf-8", cte="7bit", boundary="----=_NextPart_" + hexr(12))
    return other_mail(frm="AWS Certification <do-not-reply@certmetrics.com>", to=PRIYA, when=when,
                      subject="AWS Certification wants to hear from you", root=root,
                      relay_host="mail-out2.certmetrics.com", relay_ip="208.82.12.71",
                      mailfrom="do-not-reply@certmetrics.com", dkim_dom="certmetrics.com", dkim_sel="k1",
                      dmarc=("pass", "NONE")), plain


@mail("019-phish-lookalike-confirm-merge-link", "merge_confirmation_requested", "175253120900377",
      ["AWS31270948", "AWS31270984"], False, "en")
def m019():
    when = t("2025-07-16 08:14:51")
    new = """Dear Candidate,

We are contacting you regarding your recent request to merge AWS Certification accounts.

Case ID: 175253120900377
Primary account: AWS31270948
Secondary account: AWS31270984

To avoid the loss of your certification records, you must confirm the merge of the above accounts within 24 hours. Unconfirmed requests are cancelled and both accounts may be suspended for review.

Confirm the merge here: https://aws-certification-desk.com/merge/confirm?ref=31270948

After signing in with your AWS Certification credentials, click "I confirm" to complete the verification.

Regards,
AWS Training & Certification Team
Amazon Web Services, Inc."""
    html = html_aws(new.split("\n\n"), ["(c) 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved."])
    html = html.replace("https://aws-certification-desk.com/merge/confirm?ref=31270948",
                        "<a href=\"https://aws-certification-desk.com/merge/confirm?ref=31270948\">https://aws.amazon.com/certification/merge</a>")
    root = alt(new, html, cte="quoted-printable")
    return other_mail(frm='"AWS Training & Certification" <support@aws-certification-desk.com>', to=DANIEL,
                      when=when, subject="[Action required] Confirm your AWS Certification account merge - Case 175253120900377",
                      root=root, relay_host="mail.aws-certification-desk.com", relay_ip="185.222.58.117",
                      mailfrom="bounce@aws-certification-desk.com", dkim_dom="aws-certification-desk.com",
                      dkim_sel="default", dmarc=("pass", "NONE")), new


@mail("020-phish-certification-revoked-verify", "unrelated", None, [], False, "en")
def m020():
    when = t("2025-06-18 03:47:19")
    new = """Hello,

Our records show that your AWS Certification profile has not been verified since the latest policy update. To keep your certifications active, please verify your identity and payment details before 20 June 2025.

If no action is taken, your certifications and digital badges will be revoked and you will need to retake your exams.

Verify now: http://certification-aws.verify-portal.net/login

Thank you,
AWS Certification Compliance"""
    root = leaf(new, "plain", "utf-8", "quoted-printable")
    return other_mail(frm='"AWS Certification" <certification@aws-amazon-verify.net>', to=TOMAS, when=when,
                      subject="Your AWS Certifications will be revoked - verification required", root=root,
                      relay_host="vps-4471.hostinger-srv.net", relay_ip="45.84.204.19",
                      mailfrom="www-data@vps-4471.hostinger-srv.net", dkim_dom=None, dkim_sel=None,
                      dkim_res="none", spf="softfail", transport="outlook", outlook_dmarc="none",
                      compauth="fail reason=601", sign=False), new


OLIVIA = "olivia.grant@fastmail.com"
OLIVIA_OPEN = t("2025-11-03 21:17:46")
OLIVIA_CASE = case15(OLIVIA_OPEN, 6001)
FASTMAIL = dict(authserv="mx4.messagingengine.com", mbox="mailbox.messagingengine.com", mx="mx4.messagingengine.com",
                ar="\n    dkim=pass (2048-bit rsa key sha256) header.d={dom} header.i=@{dom}\n      header.b=Qk7TrW1a header.a=rsa-sha256 header.s=rjt5nkqf2a2ejxsgxnmwylnzvsa3axif\n      x-bits=2048;\n    dmarc=pass policy.published-domain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from={dom};\n    spf=pass smtp.mailfrom={mailfrom} smtp.helo=smtp-out.amazonses.com")


@mail("021-console-new-support-case-opened", "case_created", OLIVIA_CASE, ["AWS20667318", "AWS77105429"], True, "en")
def m021():
    when = OLIVIA_OPEN + timedelta(seconds=11)
    new = f"""Thank you for contacting Amazon Web Services. We have opened case {OLIVIA_CASE} to address your issue.

The details of your case are as follows:

Case ID: {OLIVIA_CASE}
Subject: Merge my two AWS Certification accounts
Severity: General guidance
Correspondence: Hello, I passed AWS Certified Machine Learning Engineer - Associate on a new account (AWS77105429) by mistake. My older account AWS20667318 holds my Solutions Architect Associate. Could you please combine them and keep the older account? Login emails are olivia.grant@fastmail.com and o.grant@lumen-health.org. Thanks, Olivia

We will respond to your case as soon as possible. You can view and update your case at any time in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={OLIVIA_CASE}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, use the link above.

Sincerely,
Amazon Web Services"""
    root = alt(new, html_aws(new.split("\n\n")), cte="quoted-printable")
    subj = f"Amazon Web Services: You have opened a new Support case: {OLIVIA_CASE}"
    return aws_mail(to=OLIVIA, when=when, subject=subj, root=root, frm=CONSOLE, transport="jp", jp=FASTMAIL), new


@mail("022-console-new-correspondence-notice", "support_reply", OLIVIA_CASE, [], True, "en")
def m022():
    when = t("2025-11-04 17:02:31")
    new = f"""Hello,

We've updated your AWS Support case. To view the correspondence and reply, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={OLIVIA_CASE}&language=en

Case ID: {OLIVIA_CASE}
Subject: Merge my two AWS Certification accounts

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services"""
    root = alt(new, html_aws(new.split("\n\n")), cte="quoted-printable")
    subj = f"[Case {OLIVIA_CASE}] New correspondence added"
    return aws_mail(to=OLIVIA, when=when, subject=subj, root=root, frm=CONSOLE, transport="jp", jp=FASTMAIL), new


AHMED = "ahmed.alsayed88@hotmail.com"
AHMED_CASE = "11894502317"


@mail("023-console-html-only-confirm-11digit", "merge_confirmation_requested", AHMED_CASE,
      ["AWS05128834", "AWS64019275"], True, "en")
def m023():
    when = t("2023-02-15 11:26:08")
    new = f"""Hello Ahmed,

Thank you for your patience while we looked into your accounts.

Our records show two AWS Certification profiles linked to you:

Profile A: AWS 05128834 (ahmed.alsayed88@hotmail.com) - AWS Certified SysOps Administrator - Associate
Profile B: AWS 64019275 (a.alsayed@gulfstream-it.ae) - AWS Certified Solutions Architect - Associate, AWS Certified Security - Specialty

As you asked to keep your personal email, Profile B will be folded into Profile A and Profile B will be retired. Every certification, transcript entry and remaining discount benefit moves across; nothing is lost. Please understand, though, that we cannot separate the profiles again afterwards.

Before we action this, we need your go-ahead. Please reply in the Support Center stating that you agree to Profile B being folded into Profile A as described above.

Best regards,
Omar H.
Amazon Web Services"""
    paras = new.split("\n\n")
    html = html_aws(paras, [
        "To see all correspondence or respond, please sign in to the AWS Support Center: "
        f"https://console.aws.amazon.com/support/home#/case/?displayId={AHMED_CASE}&language=en",
        "Was this response helpful? Click here to rate: "
        f"https://console.aws.amazon.com/support/home#/case/?displayId={AHMED_CASE}&language=en&rate=true",
        "Please note: this e-mail was sent from an address that cannot accept incoming e-mail."])
    root = leaf(html, "html", "utf-8", "quoted-printable")
    subj = f"RE:[CASE {AHMED_CASE}] Two certification accounts - please merge"
    return aws_mail(to=AHMED, to_name="Ahmed Al-Sayed", when=when, subject=subj, root=root, frm=CONSOLE,
                    transport="outlook"), new

SONET = dict(authserv="so-net.ne.jp", mbox="mbox-b12.so-net.ne.jp", mx="mx-so03.so-net.ne.jp",
             ar=" spf=pass smtp.mailfrom={mailfrom};\n\tdkim=pass header.d={dom}")
YUKI = "yuki-yamada@ba2.so-net.ne.jp"
YUKI_OPEN = t("2025-09-08 00:31:55")
YUKI_CASE = case15(YUKI_OPEN, 41786)


@mail("024-ja-form-login-mail-onegai", "support_reply", YUKI_CASE, ["AWS88412093"], True, "ja")
def m024():
    when = t("2025-09-09 02:12:40")
    new = f"""山田 由紀 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
担当の佐々木と申します。

アカウント統合のご依頼につきまして、ご提示いただいた AWS 候補者 ID
AWS88412093 のアカウントは確認できました。
一方で、もう一つのアカウントにつきましては、お知らせいただいた
お名前では該当するアカウントを特定することができませんでした。

恐れ入りますが、お手続きを進めるにあたり、以下の情報を
ご提供いただけますでしょうか。

　1. もう一方のアカウントのログイン用メールアドレス
　2. 各アカウントの通知用メールアドレス（ログイン用と異なる場合）
　3. 統合後に引き続きご利用になるアカウント（どちらを残すか）
　4. 統合をご希望される理由（例：転職によりメールアドレスが変わった等）

情報を頂戴でき次第、統合の内容を取りまとめたうえで、
改めてご確認のご連絡を差し上げます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

佐々木
Amazon Web Services
トレーニングと認定"""
    foot = "本メールにご返信いただくことで、引き続き本ケースにてご対応いたします。"
    html = html_aws(new.split("\n\n"), [foot], lang="ja")
    root = alt(new + "\n\n" + foot, html, cte="base64")
    return aws_mail(to=YUKI, when=when, subject=FORM_SUBJ.format(c=YUKI_CASE), root=root, transport="jp", jp=SONET), new


SHO = "sho.kobayashi.aws@gmail.com"
SHO_OPEN = t("2025-10-20 05:48:30")
SHO_CASE = case15(SHO_OPEN, 9013)


@mail("025-ja-long-mail-several-matters-and-merge-doui", "merge_confirmation_requested", SHO_CASE,
      ["AWS16637205", "AWS92043318"], True, "ja")
def m025():
    when = t("2025-10-21 07:30:14")
    new = f"""小林 翔 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 サポートの井上でございます。

お問い合わせいただきました各件につきまして、順にご回答申し上げます。

【1】試験予約について
11月15日に予約されている「AWS Certified Solutions Architect - Professional」の
試験予約は、アカウント統合後もそのまま有効でございます。
受験当日は、統合後のアカウントのログイン情報で試験予約内容をご確認ください。

【2】50% 割引特典について
AWS Certified Developer - Associate の合格により付与された 50% 割引特典は、
2026年3月31日まで有効でございます。統合後は統合先アカウントの
「特典」タブに表示されますので、あらためてお申し込みいただく必要はございません。

【3】氏名のローマ字表記について
統合元アカウントでは「Kobayasi Sho」、統合先アカウントでは「Kobayashi Sho」と
登録されております。統合後は統合先アカウントの表記（Kobayashi Sho）が
認定証に記載されますので、ご認識のほどよろしくお願いいたします。

【4】アカウント統合について
ご依頼のアカウント統合は、以下の内容で承ります。

　統合元：AWS16637205（sho.kobayashi@minato-solutions.co.jp）
　統合先：AWS92043318（{SHO}）※統合後も残るアカウント

統合元アカウントの認定資格および受験履歴はすべて統合先アカウントへ移行され、
統合元アカウントはご利用いただけなくなります。一度統合した後は
元に戻すことができない点につきましても、あらかじめご了承ください。

つきましては、上記【4】の内容で統合を実施してよろしいか、
本メールへのご返信にてご同意のご意思をお知らせいただけますでしょうか。
ご同意を確認いたしましたら、速やかに統合作業に着手いたします。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

井上
Amazon Web Services
トレーニングと認定"""
    html = html_aws(new.split("\n\n"), [TC_SIG_FOOTER], lang="ja")
    root = alt(new, html, cte="quoted-printable")
    return aws_mail(to=SHO, to_name="小林 翔", when=when, subject=FORM_SUBJ.format(c=SHO_CASE), root=root), new


SHO_NAME_OPEN = t("2025-12-01 03:05:51")
SHO_NAME_CASE = case15(SHO_NAME_OPEN, 27334)


@mail("026-ja-tc-desk-name-change-henkou-kakunin", "unrelated", SHO_NAME_CASE, ["AWS92043318"], True, "ja")
def m026():
    when = t("2025-12-02 01:44:26")
    new = f"""小林 翔 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
担当の森でございます。

認定アカウント（AWS 候補者 ID：AWS92043318）の氏名表記変更の
ご依頼につきまして、ご提出いただいた本人確認書類を確認いたしました。

つきましては、以下の内容で変更してよろしいでしょうか。

　変更前：Sho Kobayashi（名：Sho　姓：Kobayashi）
　変更後：Shou Kobayashi（名：Shou　姓：Kobayashi）

変更後の氏名は、今後発行される認定証および Credly のデジタルバッジに
反映されます。なお、試験会場では本人確認書類の氏名と登録氏名が
一致している必要がございますので、ご注意ください。

問題がなければ、本メールに「変更に同意します」とご返信ください。
ご返信を確認次第、変更手続きを行います。

よろしくお願いいたします。

森
Amazon Web Services"""
    root = leaf(new + "\n", "plain", "iso-2022-jp", "7bit")
    subj = f"RE:[CASE {SHO_NAME_CASE}] [AWS Training and Certification Form Submission] - profile-update"
    return aws_mail(to=SHO, when=when, subject=subj, root=root), new


@mail("027-pearson-vue-confirm-appointment", "unrelated", None, ["AWS92043318"], False, "en")
def m027():
    when = t("2025-10-22 09:15:02")
    plain = """Dear Sho Kobayashi,

Thank you for scheduling your exam with Pearson VUE. Please review the details of your appointment below and confirm that they are correct.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: Japanese
Date: Saturday, November 15, 2025
Time: 10:00 AM Japan Standard Time
Location: Pearson VUE Test Center, Tokyo Shinjuku
Registration ID: 483920117
Candidate ID: AWS92043318

Please confirm your appointment details and review our test center policies at https://home.pearsonvue.com/aws. If any information is incorrect, please contact customer service at least 24 hours before your appointment.

Arrive at least 15 minutes early and bring a valid, government-issued ID that matches the name on your registration.

Sincerely,
Pearson VUE"""
    root = alt(plain, html_simple(plain), cte="quoted-printable", boundary="----=_Part_" + str(RNG.randint(10**8, 10**9)))
    return other_mail(frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>", to=SHO, when=when,
                      subject="Pearson VUE Confirmation of Booking", root=root,
                      relay_host="mx0b-00224101.pphosted.com", relay_ip="148.163.141.19",
                      mailfrom="pearsonvuecustomerservice@pearson.com", dkim_dom="pearson.com", dkim_sel="selector1",
                      dmarc=("pass", "QUARANTINE")), plain


@mail("028-builder-id-verification-code", "unrelated", None, [], True, "en")
def m028():
    when = t("2025-07-15 07:40:33")
    code = "583021"
    plain = f"""AWS Builder ID

Verify your email

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

{code}

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
    root = alt(plain, html_aws(plain.split("\n\n")), cte="quoted-printable")
    mid, bounce = ses_msgid(when)
    return other_mail(frm="AWS <no-reply@signin.aws>", to=DANIEL, when=when,
                      subject="Verify your AWS Builder ID email address", root=root,
                      relay_host="a9-41.smtp-out.amazonses.com", relay_ip="54.240.9.41", mailfrom=bounce,
                      dkim_dom="signin.aws", dkim_sel="g4ehbdsh7rmysf7pyzb4pumw3ct2brwn",
                      dmarc=("pass", "REJECT"), msgid=mid), plain


@mail("029-github-pr-merged-notification", "unrelated", None, [], False, "en")
def m029():
    when = t("2025-08-12 14:22:07")
    plain = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-data/infra-modules/pull/412#event-19283746501
You are receiving this because you were mentioned.

Message ID: <kestrel-data/infra-modules/pull/412/issue_event/19283746501@github.com>"""
    html = ("<p></p>\n<p>Merged <a href=\"https://github.com/kestrel-data/infra-modules/pull/412\" class=\"issue-link\">#412</a> into main.</p>\n"
            "<p style=\"font-size:small;-webkit-text-size-adjust:none;color:#666;\">&mdash;<br />Reply to this email directly, "
            "<a href=\"https://github.com/kestrel-data/infra-modules/pull/412#event-19283746501\">view it on GitHub</a>.<br />"
            "You are receiving this because you were mentioned.</p>\n")
    root = alt(plain, html, cte="7bit", boundary="--==_mimepart_" + hexr(13) + "_" + hexr(6))
    return other_mail(frm="Priyanka Das <notifications@github.com>", to=RAHUL, when=when,
                      subject="Re: [kestrel-data/infra-modules] Merge account-baseline changes into main (PR #412)",
                      root=root, relay_host="out-21.smtp.github.com", relay_ip="192.30.252.204",
                      mailfrom="noreply@github.com", dkim_dom="github.com", dkim_sel="pf2023",
                      dmarc=("pass", "REJECT"), msgid="<kestrel-data/infra-modules/pull/412/issue_event/19283746501@github.com>",
                      extra=[("In-Reply-To", "<kestrel-data/infra-modules/pull/412@github.com>"),
                             ("References", "<kestrel-data/infra-modules/pull/412@github.com>"),
                             ("List-ID", "kestrel-data/infra-modules <infra-modules.kestrel-data.github.com>"),
                             ("X-GitHub-Reason", "mention")],
                      transport="outlook"), plain


GRACE = "grace.mwangi@outlook.com"
GRACE_OPEN = t("2025-03-17 13:09:21")
GRACE_CASE = case15(GRACE_OPEN, 5528)


@mail("030-outlook-three-accounts-into-one", "merge_confirmation_requested", GRACE_CASE,
      ["AWS10293847", "AWS56473829", "AWS91827364"], True, "en")
def m030():
    when = t("2025-03-18 16:55:40")
    new = f"""Dear Grace,

Thank you for contacting AWS Training and Certification and for providing the additional details.

After searching our records, we found three separate certification accounts registered under your name. Based on your request, the plan is as follows:

    KEEP:   aws10293847  ({GRACE})
    MERGE:  aws56473829  (g.mwangi@safari-digital.co.ke)  -> into aws10293847
    MERGE:  aws91827364  (grace.wanjiru.m@gmail.com)      -> into aws10293847

After processing, aws56473829 and aws91827364 will no longer be accessible, and all certifications, exam history and benefits will be consolidated in aws10293847.

Kindly note that this process is irreversible. Could you please confirm that the above plan is correct for all three accounts by replying to this email? If any of the details need to change (for example, if you would rather keep a different account), please tell us before confirming.

Kind regards,
Brian O.
Amazon Web Services
AWS Training and Certification"""
    root = leaf(new + "\n\n" + TC_SIG_FOOTER + "\n", "plain", "utf-8", "base64")
    return aws_mail(to=GRACE, to_name="Grace Mwangi", when=when, subject=FORM_SUBJ.format(c=GRACE_CASE),
                    root=root, transport="outlook"), new


@mail("031-outlook-thanks-confirmed-one-more-question", "support_reply", GRACE_CASE, ["AWS10293847"], True, "en")
def m031():
    when = t("2025-03-19 09:02:17")
    user_when = t("2025-03-18 20:31:00", timezone(timedelta(hours=3)))
    new = """Dear Grace,

Thank you for confirming the plan.

Before I hand this over to the team that performs the merge, I have one more question that is not about the merge itself: your account aws10293847 still uses an old notification address (grace.wanjiru.m@gmail.com). Would you like us to update the notification email to grace.mwangi@outlook.com at the same time, so that exam reminders and benefit notices reach you? Please just answer yes or no.

Your merge will go ahead regardless of your answer.

Kind regards,
Brian O.
Amazon Web Services"""
    user = """Hi Brian,

Yes, that is correct, please go ahead with merging all three.

Regards,
Grace"""
    hist = (f"________________________________\nFrom: Grace Mwangi <{GRACE}>\n"
            f"Sent: Tuesday, March 18, 2025 8:31 PM\nTo: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
            f"Subject: Re: RE:[CASE {GRACE_CASE}] [AWS Training and Certification Form Submission] - account-assistance\n\n" + user)
    text = new + "\n\n" + hist + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n") + [hist], [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=GRACE, to_name="Grace Mwangi", when=when, subject=FORM_SUBJ.format(c=GRACE_CASE),
                    root=root, transport="outlook"), new


@mail("032-form-reconfirm-direction-after-ambiguous-reply", "merge_confirmation_requested", DANIEL_CASE,
      ["AWS31270948", "AWS58830126"], True, "en")
def m032():
    when = t("2025-07-17 19:48:03")
    new = """Hi Daniel,

Thanks a lot for sending the other login email, that helped. I found the second account: AWS58830126 (daniel.okafor@brightpath-consulting.com).

There is one thing I want to double-check before I do anything. In your form you asked us to keep AWS31270948, but in your last reply you wrote "keep the newer one", and the newer account is AWS58830126. Because a merge cannot be reversed, I'd rather ask than guess.

Based on your latest message, this is what I would do:

  - AWS31270948 will be merged INTO AWS58830126
  - AWS58830126 is the account that survives, and you will sign in with daniel.okafor@brightpath-consulting.com

If this is right, please reply "Confirmed". If you actually meant to keep AWS31270948, just tell me and I'll reverse the direction before starting.

Cheers,
Marco R.
Amazon Web Services
Training and Certification Support"""
    user = """Hi Marco,

the other login is daniel.okafor@brightpath-consulting.com. Please keep the newer one, I use it for everything now.

Daniel"""
    prev = """Hi Daniel,

I was able to find one certification account under the details in your request: AWS31270948. Could you please send me the login email address used on the other account?

Marco R."""
    hist = ("On Wed, 16 Jul 2025 at 22:10, Daniel Okafor <dokafor.cloud@gmail.com> wrote:\n" + quote(user) + "\n>\n"
            "> On Tue, Jul 15, 2025 at 9:05 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
            + quote(quote(prev)))
    text = new + "\n\n" + hist + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n") + [hist], [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=DANIEL, when=when, subject=FORM_SUBJ.format(c=DANIEL_CASE), root=root), new


@mail("033-ja-console-tougou-kanryou", "merge_completed", KENJI_CASE, ["AWS09936420", "AWS20583317"], True, "ja")
def m033():
    when = t("2025-06-05 08:20:55")
    new = f"""佐藤 健二 様

アマゾン ウェブ サービス トレーニングと認定サポートの高橋でございます。

統合の実施にご同意いただき、誠にありがとうございました。
ご依頼いただきました認定アカウントの統合手続きが完了いたしましたので、
ご報告申し上げます。

　統合元：AWS20583317（現在はご利用いただけません）
　統合先：AWS09936420

統合元アカウントの認定資格および受験履歴は、すべて統合先アカウントへ
移行されております。今後は {KENJI} にてサインインしてください。

Credly のデジタルバッジにつきましては、反映までに最大 48 時間程度
かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

高橋
アマゾン ウェブ サービス"""
    foot = f"""
このケースへの返信は、以下のリンクからサポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={KENJI_CASE}&language=ja
※本メールアドレスは送信専用のため、ご返信いただいてもお受けできません。"""
    root = leaf(new + "\n" + foot, "plain", "iso-2022-jp", "7bit")
    subj = enc_header(f"RE:[CASE {KENJI_CASE}] 認定アカウントの統合について", "iso-2022-jp")
    return aws_mail(to=KENJI, when=when, subject=subj, root=root, frm=CONSOLE, transport="jp", jp=BIGLOBE), new


@mail("034-ja-case-closed-anketo", "survey", KENJI_CASE, [], True, "ja")
def m034():
    when = t("2025-06-08 08:21:30")
    new = f"""佐藤 健二 様

アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

お客様のサポートケース（ケース ID：{KENJI_CASE}）は、最後のご連絡から
一定期間ご返信がなかったため、解決済みとしてクローズいたしました。

今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです。
いただいたご意見は、サービス品質の向上に活用させていただきます。

　問題は解決しましたか？
　　はい：https://console.aws.amazon.com/support/feedback?displayId={KENJI_CASE}&resolved=yes&language=ja
　　いいえ：https://console.aws.amazon.com/support/feedback?displayId={KENJI_CASE}&resolved=no&language=ja

ケースを再開する場合は、サポートセンターから返信してください。

今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

アマゾン ウェブ サービス"""
    html = html_aws(new.split("\n\n"), lang="ja", charset="iso-2022-jp")
    root = alt(new, html, charset="iso-2022-jp", cte="7bit")
    subj = enc_header(f"アマゾン ウェブ サービス：サポートケース {KENJI_CASE} はクローズされました", "iso-2022-jp")
    return aws_mail(to=KENJI, when=when, subject=subj, root=root, frm=CONSOLE, transport="jp", jp=BIGLOBE), new


MAREK_BILL_CASE = "175940812400019"


@mail("035-console-billing-case-confirm-credit", "unrelated", MAREK_BILL_CASE, [], True, "en")
def m035():
    when = t("2025-10-03 14:07:36")
    new = """Hello Marek,

Thank you for your patience while I reviewed the charges on your AWS account 4812-7730-5516.

The unexpected charges of USD 212.44 on your September invoice come from three NAT gateways in eu-central-1 that were left running after your load test. As a one-time courtesy, I can offer a credit for the full amount, which would be applied to your October invoice.

Could you please confirm that you would like me to go ahead and apply this credit? Please also confirm that the NAT gateways have now been deleted, as the credit can only be issued once the resources are no longer running.

You can reply to this case through the Support Center.

Best regards,
Sofia P.
Amazon Web Services
Billing and Accounts"""
    paras = new.split("\n\n")
    html = html_aws(paras, ["To see all correspondence or respond, please sign in to the AWS Support Center.",
                            f"https://console.aws.amazon.com/support/home#/case/?displayId={MAREK_BILL_CASE}&language=en"])
    root = alt(new, html, cte="quoted-printable")
    subj = f"RE:[CASE {MAREK_BILL_CASE}] Unexpected NAT gateway charges - refund request"
    return aws_mail(to=MAREK, to_name="Marek Nowak", when=when, subject=subj, root=root, frm=CONSOLE,
                    transport="outlook", ms_consumer=False), new

@mail("036-seller-central-case-please-confirm", "unrelated", "5884881212", [], True, "en")
def m036():
    when = t("2025-06-20 22:41:05")
    new = """Hello,

Thank you for contacting Amazon Seller Support.

I understand that you would like to merge the two ASINs B0CX4K2LQ7 and B0CX4K9TZ1 into a single variation family for your "Trailhead Thermal Bottle" listings.

I have prepared the request with B0CX4K2LQ7 as the parent. Could you please confirm that this is correct by replying "Yes" from the Case Log in Seller Central? Once confirmed, the change can take up to 48 hours to appear on the detail page.

To reply to this case, visit: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

We hope this helps.

Thank you for selling on Amazon,
Rohan
Amazon Services"""
    root = alt(new, html_simple(new), cte="quoted-printable")
    mid, bounce = ses_msgid(when)
    return other_mail(frm='"Amazon Services" <seller-notification@amazon.com>', to=PRIYA, when=when,
                      subject="RE:[CASE 5884881212] Merge variation listings", root=root,
                      relay_host="a48-93.smtp-out.amazonses.com", relay_ip="54.240.48.93", mailfrom=bounce,
                      dkim_dom="amazon.com", dkim_sel=AMZ_SEL, dmarc=("pass", "QUARANTINE"), msgid=mid), new


EMMA = "emma.schulz@gmail.com"
EMMA_OPEN = t("2025-11-17 10:02:44")
EMMA_CASE = case15(EMMA_OPEN, 880)


@mail("037-wrong-charset-label-confirm-merge", "merge_confirmation_requested", "176233871003127",
      ["AWS39470215", "AWS60028871"], True, "en")
def m037():
    opened = t("2025-11-05 10:31:50")
    case = case15(opened, 3127)
    when = t("2025-11-06 08:09:41")
    new = f"""Hello José,

Thank you for reaching out to AWS Training & Certification — I'm happy to help with your account merge.

Here is a summary of what we found and what will happen:

• AWS39470215 – jose.munoz@techsur.cl – this account will be merged and then closed
• AWS60028871 – jmunoz.cloud@gmail.com – this account will remain and receive everything

All of your certifications (AWS Certified Solutions Architect – Associate and AWS Certified DevOps Engineer – Professional), your exam history and your active benefits will be consolidated into AWS60028871.

Because this action can’t be undone, we need your explicit approval. Could you reply to this message with “I confirm the merge” so we can get started?

Saludos / Best regards,
Valentina R.
Amazon Web Services
AWS Training & Certification"""
    text = new + "\n\n" + TC_SIG_FOOTER
    # body is UTF-8 but the label says ISO-8859-1 (as sent by a misconfigured template)
    root = leaf(text, "plain", "utf-8", "quoted-printable", declared="iso-8859-1")
    subj = f"RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance"
    return aws_mail(to="jmunoz.cloud@gmail.com", to_name="José Muñoz", when=when, subject=subj, root=root), new


@mail("038-form-merge-underway-move-appointment-yes", "support_reply", RAHUL_CASE, ["AWS48105527"], True, "en")
def m038():
    when = t("2025-10-15 11:40:27")
    new = """Dear Rahul,

Thank you for your confirmation, the same has been received and the merge is in progress with our team.

With regard to your query on the Data Engineer exam: the appointment is currently registered under the account that is being closed. Our team can move this booking to AWS48105527 along with the merge, the date and time (6 November 2025, 14:00 GMT) will not change.

Kindly confirm with a Yes if you want us to move the appointment. In case you prefer to cancel it and book again yourself after the merge, please let us know that instead.

Warm Regards,
Deepika N.
Amazon Web Services
AWS Training and Certification"""
    user = """Hi Deepika,

I confirm the merge, please go ahead. Quick question - will my Data Engineer exam booking on 6 Nov move automatically?

Thanks,
Rahul"""
    hist = ("-----Original Message-----\nFrom: Rahul Menon <rahul.menon@kestrel-data.co.uk>\n"
            "Sent: Tuesday, October 14, 2025 9:12 AM\nTo: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
            f"Subject: RE: RE:[CASE {RAHUL_CASE}] [AWS Training and Certification Form Submission] - account-assistance\n\n" + user)
    text = new + "\n\n" + hist + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n") + [hist], [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=RAHUL, to_name="Rahul Menon", when=when, subject=FORM_SUBJ.format(c=RAHUL_CASE),
                    root=root, transport="outlook", ms_consumer=False), new


@mail("039-aws-tc-newsletter", "unrelated", None, [], True, "en")
def m039():
    when = t("2025-09-16 17:00:12")
    paras = ["AWS Training and Certification | September 2025",
             "New this month: AWS Certified Generative AI Developer - Professional is now available in beta. Register before 30 September and save 50% on the exam fee.",
             "Free on AWS Skill Builder: 'Exam Prep Standard Course: AWS Certified Solutions Architect - Associate' now includes 25 new practice questions.",
             "Already certified? Remember that you can find your certification benefits, including a 50% discount on your next exam, in your AWS Certification account.",
             "Unsubscribe: https://pages.awscloud.com/communication-preferences.html",
             "Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109"]
    html = html_aws(paras[:4], paras[4:])
    root = alt("\n\n".join(paras), html, cte="quoted-printable")
    mid, bounce = ses_msgid(when)
    return other_mail(frm='"AWS Training and Certification" <aws-trainingandcertification@amazon.com>', to=DANIEL,
                      when=when, subject="Save 50% on the new AWS Certified Generative AI Developer beta exam",
                      root=root, relay_host="a8-87.smtp-out.amazonses.com", relay_ip="54.240.8.87", mailfrom=bounce,
                      dkim_dom="amazon.com", dkim_sel=AMZ_SEL, dmarc=("pass", "QUARANTINE"), msgid=mid,
                      extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"),
                             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]), "\n\n".join(paras)


@mail("040-credly-earned-new-badge", "credly_badge_issued", None, [], True, "en")
def m040():
    when = t("2025-11-10 15:22:48")
    bid = u4()
    lines = ["Congratulations, Olivia!",
             "You've earned the AWS Certified Machine Learning Engineer - Associate badge from Amazon Web Services Training and Certification.",
             "Accept your badge to showcase your achievement on LinkedIn, in your email signature and anywhere you like. It only takes a minute."]
    html = credly_html("You've earned a new badge!", lines, "Accept your badge",
                       f"https://www.credly.com/badges/{bid}/accept?utm_source=email", validation="Q7RKD2M4X9PW1HZT")
    root = leaf(html, "html", "utf-8", "base64")
    return credly_mail(to=OLIVIA, when=when, subject="Olivia, you've earned a badge from Amazon Web Services Training and Certification!",
                       root=root, transport="jp", jp=dict(FASTMAIL, ar=FASTMAIL["ar"].replace("header.s=rjt5nkqf2a2ejxsgxnmwylnzvsa3axif", "header.s=s1"))), ""


@mail("041-credly-badge-expiring-reminder", "unrelated", None, [], True, "en")
def m041():
    when = t("2025-10-01 13:00:55")
    lines = ["Hi Tomás,",
             "Your AWS Certified Developer - Associate badge issued by Amazon Web Services Training and Certification will expire on 30 November 2025.",
             "To keep your badge active, complete the recertification requirements before the expiration date. Once your certification is renewed, a new badge will be issued automatically.",
             "Badge ID: 8J3KD7Q2WZ5N4M1T"]
    html = credly_html("Your badge expires soon", lines, "View recertification options",
                       "https://aws.amazon.com/certification/recertification/")
    root = leaf(html, "html", "utf-8", "quoted-printable")
    ip = "167.89.118.30"
    return other_mail(frm="Credly <admin@credly.com>", to=TOMAS, when=when,
                      subject="Reminder: your AWS Certified Developer - Associate badge expires in 60 days",
                      root=root, relay_host="o3.ptr8821.email.credly.com", relay_ip=ip,
                      mailfrom="bounces+2751234-1f0e-tomas.herrera.m=outlook.com@email.credly.com",
                      dkim_dom="credly.com", dkim_sel="s1", dmarc=("pass", "QUARANTINE"), transport="outlook"), ""


WEI_DUP_OPEN = t("2025-08-07 23:58:10")
WEI_DUP_CASE = case15(WEI_DUP_OPEN, 77391)


@mail("042-form-duplicate-case-closed-see-original", "support_reply", WEI_DUP_CASE, [], True, "en")
def m042():
    when = t("2025-08-08 06:12:55")
    new = f"""Hello Wei,

Thank you for contacting AWS Training and Certification.

I can see that your account merge request is already being handled under case {WEI_CASE}, where my colleague is waiting for your answer about the name to be used on your certificates. To avoid duplicate work and conflicting replies, I am closing this new case ({WEI_DUP_CASE}).

Please continue the conversation by replying to the email you received for case {WEI_CASE}. There is no need to fill in the form again; the original case stays open and your place in the queue is not affected.

Best regards,
Fernanda L.
Amazon Web Services"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=WEI, when=when, subject=FORM_SUBJ.format(c=WEI_DUP_CASE), root=root), new


@mail("043-ja-phish-spoofed-amazon-co-jp-dmarc-fail", "merge_confirmation_requested", "175456201200488",
      ["AWS30559104", "AWS73018842"], False, "ja")
def m043():
    when = t("2025-08-09 11:30:02")
    new = """藤本 愛子 様

AWS認定アカウントの統合手続きにつきまして、ご本人様確認が完了しておりません。

　ケースID：175456201200488
　統合元アカウント：AWS73018842
　統合先アカウント：AWS30559104

24時間以内に下記リンクより統合内容をご確認のうえ、「同意する」ボタンを押してください。
期限までにご確認いただけない場合、両アカウントの認定資格が一時停止されます。

　https://aws-certify-jp.com/merge/agree?id=73018842

Amazon Web Services ジャパン
トレーニングと認定 事務局"""
    root = leaf(new, "plain", "shift_jis", "base64")
    subj = enc_header("【重要】AWS認定アカウント統合のご同意のお願い（24時間以内）", "utf-8")
    nifty_fail = dict(NIFTY, ar=" spf=softfail smtp.mailfrom={mailfrom};\n\tdkim=none;\n\tdmarc=fail header.from={dom}")
    return other_mail(frm=addr("Amazon Web Services", "no-reply-aws@amazon.co.jp"), to=AIKO, when=when, subject=subj,
                      root=root, relay_host="mail.sakura-vps-22017.jp", relay_ip="153.127.40.88",
                      mailfrom="info@sakura-vps-22017.jp", dkim_dom=None, dkim_sel=None, transport="jp",
                      jp=nifty_fail, sign=False, msgid="<20250809203002.7F1A2C0093@mail.sakura-vps-22017.jp>"), new


@mail("044-form-status-working-on-it", "support_reply", RAHUL_CASE, [], True, "en")
def m044():
    when = t("2025-10-17 10:05:19")
    new = """Dear Rahul,

Greetings from AWS Training and Certification!

This is to update you that your request is still under process with our internal team and we are actively working on it. Due to high volume of requests, it is taking little more time than usual. We expect to complete it within next 2-3 working days.

We will keep you posted on the progress. Request you to not raise a new case for the same, as it may delay the resolution.

Thank you for your patience and understanding.

Warm Regards,
Deepika N.
Amazon Web Services
AWS Training and Certification"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="base64")
    return aws_mail(to=RAHUL, to_name="Rahul Menon", when=when, subject=FORM_SUBJ.format(c=RAHUL_CASE),
                    root=root, transport="outlook", ms_consumer=False), new


YAHOO = dict(authserv="atlas-production.v2.mail.yahoo.com", mbox="mta4045.mail.gq1.yahoo.com", mx="mta4045.mail.gq1.yahoo.com",
             ar="\n dkim=pass header.i=@{dom} header.s=rjt5nkqf2a2ejxsgxnmwylnzvsa3axif;\n dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from={dom};")
FATIMA = "fatima.khan_pk@yahoo.com"
FATIMA_OPEN = t("2025-02-10 06:33:28")
FATIMA_CASE = case15(FATIMA_OPEN, 7705)


@mail("045-yahoo-mixed-id-formats-with-distractors", "merge_confirmation_requested", FATIMA_CASE,
      ["AWS22751093", "AWS47719306"], True, "en")
def m045():
    when = t("2025-02-11 12:18:02")
    new = f"""Hello Fatima,

Thank you for your patience.

I reviewed the information you sent, including the Credly badge link (validation number 6KQ2M7XJ4TDR8PLW) and the certificate verification ID from your PDF (2f9c41e07ab34d6d9e5c18b7a0f3d2c4). Those confirmed that both accounts belong to you:

  Old account: aws-22751093 (fatima.khan@nexora-systems.pk)
  Current account: AWS 47719306 ({FATIMA})

Our plan is to fold aws-22751093 into AWS 47719306, so that from now on you only use your Yahoo address to log in. The old account will be closed, and this cannot be reversed later.

Can you please reply and let us know that you agree with this before we start? If you want to keep the other account instead, tell us and we will adjust the plan.

Thanks,
Ali R.
Amazon Web Services
AWS Training and Certification"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=FATIMA, when=when, subject=FORM_SUBJ.format(c=FATIMA_CASE), root=root, transport="jp", jp=YAHOO), new


@mail("046-user-own-reply-yes-proceed-sent-copy", "unrelated", TOMAS_CASE, ["AWS27714058", "AWS61409923"], None, "en")
def m046():
    when = t("2025-06-16 19:26:40", CEST)
    new = """Hello Hannah,

Yes, please proceed. I confirm that AWS27714058 can be merged into AWS61409923 and that AWS61409923 stays as my active account.

Sorry for the late answer, I was travelling.

Best regards,
Tomás Herrera"""
    prev = """Hello Tomás,

I'm following up on my message below as we have not yet received your reply.

To complete your request, we still need you to confirm that AWS-27714058 should be merged into AWS-61409923.

Kind regards,
Hannah
Amazon Web Services"""
    hist = ("________________________________\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
            "Sent: Monday, June 16, 2025 4:02 PM\nTo: tomas.herrera.m@outlook.com <tomas.herrera.m@outlook.com>\n"
            f"Subject: RE:[CASE {TOMAS_CASE}] [AWS Training and Certification Form Submission] - account-assistance\n\n" + prev)
    text = new + "\n\n" + hist
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt\">"
            + esc(new).replace("\n", "<br>") + "</div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
            "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\">"
            + esc(hist.split("\n", 1)[1]).replace("\n", "<br>") + "</font></div></body></html>\n")
    root = alt(text, html, cte="quoted-printable", boundary="_000_" + hexr(20).upper() + "_")
    hdrs = [("Received", f"from AM9PR02MB7711.eurprd02.prod.outlook.com ([fe80::4c1a:9e2f:1b7d:6a30]) by\n AM9PR02MB7711.eurprd02.prod.outlook.com ([fe80::4c1a:9e2f:1b7d:6a30%4]) with\n mapi id 15.20.8835.025; {rfc(when)}"),
            ("From", "Tomás Herrera <tomas.herrera.m@outlook.com>".replace("Tomás Herrera", "=?iso-8859-1?Q?Tom=E1s_Herrera?=")),
            ("To", "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>"),
            ("Subject", f"Re: RE:[CASE {TOMAS_CASE}] [AWS Training and Certification Form Submission] -\n account-assistance"),
            ("Thread-Topic", f"RE:[CASE {TOMAS_CASE}] [AWS Training and Certification Form Submission] -\n account-assistance"),
            ("Thread-Index", "AQHb3rL0" + b64r(20)),
            ("Date", rfc(when)),
            ("Message-ID", f"<AM9PR02MB7711{hexr(16).upper()}@AM9PR02MB7711.eurprd02.prod.outlook.com>"),
            ("Accept-Language", "es-ES, en-US"),
            ("Content-Language", "es-ES"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("MIME-Version", "1.0")]
    return assemble(hdrs, root), new


@mail("047-console-profiles-consolidated-no-merge-word", "merge_completed", OLIVIA_CASE, ["AWS20667318", "AWS77105429"], True, "en")
def m047():
    when = t("2025-11-07 12:44:50")
    new = f"""Hello Olivia,

I'm pleased to let you know that the work on your certification profiles is finished.

Your Machine Learning Engineer - Associate record, originally held on AWS77105429, now sits together with your Solutions Architect - Associate on AWS20667318, which is the profile you asked to keep. AWS77105429 has been deactivated and can no longer be used to sign in, and your exam history has been carried over in full.

Please sign in with olivia.grant@fastmail.com to check that everything looks as expected. Your Credly badge for the new certification will follow within 48 hours.

If you have any other questions, feel free to reply via the Support Center. Otherwise, this case will be resolved automatically in a few days.

Best regards,
Tariq B.
Amazon Web Services"""
    paras = new.split("\n\n")
    html = html_aws(paras, ["To see all correspondence or respond, please sign in to the AWS Support Center: "
                            f"https://console.aws.amazon.com/support/home#/case/?displayId={OLIVIA_CASE}&language=en",
                            "Please note: this e-mail was sent from an address that cannot accept incoming e-mail."])
    root = alt(new, html, cte="quoted-printable")
    subj = f"RE:[CASE {OLIVIA_CASE}] Merge my two AWS Certification accounts"
    return aws_mail(to=OLIVIA, when=when, subject=subj, root=root, frm=CONSOLE, transport="jp", jp=FASTMAIL), new

@mail("048-form-confirm-access-to-old-mailbox", "support_reply", MAREK_CASE, ["AWS55012834"], True, "en")
def m048():
    when = t("2025-09-30 13:26:09")
    new = """Dear Marek,

Thank you for confirming the merge details.

Before our team can process it, there is one security step: we need to send a one-time verification code to the login address of the account that will be closed, AWS55012834 (mnowak.private@wp.pl).

Could you please confirm that you still have access to mnowak.private@wp.pl? If yes, we will send the code there today and you just need to forward it to us. If you no longer have access to that mailbox, please let us know and we will instead ask you for a copy of a government-issued ID matching the name on the account.

Best regards,
Oleksandr K.
Amazon Web Services
Training and Certification"""
    user = """Hello,

I confirm, the details are correct. Please proceed.

Mit freundlichen Grüßen / Best regards
Marek Nowak
IT Infrastructure Lead | Northwind Logistics GmbH"""
    hist = ("From: Marek Nowak <marek.nowak@northwind-logistics.eu>\nSent: Monday, September 29, 2025 2:05 PM\n"
            "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
            f"Subject: RE: RE:[CASE {MAREK_CASE}] [AWS Training and Certification Form Submission] - account-assistance\n\n" + user)
    text = new + "\n\n" + hist + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n") + [hist], [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=MAREK, to_name="Marek Nowak", when=when, subject=FORM_SUBJ.format(c=MAREK_CASE),
                    root=root, transport="outlook", ms_consumer=False), new


WEI_ACC_OPEN = t("2025-09-02 04:10:36")
WEI_ACC_CASE = case15(WEI_ACC_OPEN, 1452)


@mail("049-tc-desk-esl-accommodation-reply-yes", "unrelated", WEI_ACC_CASE, ["AWS38820147"], True, "en")
def m049():
    when = t("2025-09-03 01:57:14")
    new = """Hello Wei,

Thank you for contacting AWS Training and Certification about an exam accommodation.

As English is not your native language, you are eligible for the ESL +30 accommodation, which adds 30 minutes to English-language exams. I can add it to your certification account AWS38820147 now. It will apply to all future exams taken in English, including exams you have already scheduled, as long as the accommodation is in place before your appointment.

Please reply YES to confirm that you would like the ESL +30 accommodation to be added to your account. After it is approved, you may need to reschedule any existing appointment for the extra time to take effect.

Kind regards,
Jun Li
Amazon Web Services
AWS Training and Certification"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    subj = f"RE:[CASE {WEI_ACC_CASE}] [AWS Training and Certification Form Submission] - exam-accommodations"
    return aws_mail(to=WEI, when=when, subject=subj, root=root), new


MISAKI = "m-ito@sakuragi-denki.co.jp"
MISAKI_CASE = "10127733046"


@mail("050-ja-console-11digit-no-auth-results", "merge_confirmation_requested", MISAKI_CASE,
      ["AWS51840927", "AWS61204478"], None, "ja")
def m050():
    when = t("2022-03-09 02:33:18")
    new = """伊藤 美咲 様

お世話になっております。
アマゾン ウェブ サービス ジャパン、トレーニングと認定サポートの木村でございます。

先日お送りいただいた情報をもとに確認いたしましたところ、
以下 2 つの認定アカウントが伊藤様のものであることを確認いたしました。

　・AWS61204478（m-ito@sakuragi-denki.co.jp）
　・AWS51840927（misaki.ito.0322@gmail.com）

ご希望に沿いまして、AWS51840927 を AWS61204478 に統合し、
統合後は AWS61204478 のみをご利用いただく形でよろしいでしょうか。

統合後は AWS51840927 にはサインインできなくなり、また統合を
取り消すこともできかねます。

お手数ではございますが、上記の内容でお間違いないか、
サポートセンターの本ケースよりご確認のご返信をいただけますと幸いです。
ご返信を確認いたしましたのち、統合作業を開始いたします。

木村
アマゾン ウェブ サービス"""
    foot = f"""
すべてのやり取りの確認や返信は、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={MISAKI_CASE}&language=ja
※このメールアドレスは送信専用です。"""
    root = leaf(new + "\n" + foot, "plain", "iso-2022-jp", "7bit")
    subj = enc_header(f"RE:[CASE {MISAKI_CASE}] 認定アカウントの統合（個人用アカウントと会社用アカウント）のお願い", "iso-2022-jp")
    mid, bounce = ses_msgid(when)
    r = when.astimezone(JST)
    hdrs = [("Return-Path", f"<{bounce}>"),
            ("Received", f"from mgw02.sakuragi-denki.co.jp (mgw02.sakuragi-denki.co.jp [10.20.1.12])\n\tby mbx01.sakuragi-denki.co.jp (8.15.2/8.15.2) with ESMTP id 2292XJ4k019883\n\tfor <{MISAKI}>; {rfc(r + timedelta(seconds=3))}"),
            ("Received", f"from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])\n\tby mgw02.sakuragi-denki.co.jp (8.15.2/8.15.2) with ESMTPS id 2292XIum031207\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128 verify=NOT)\n\tfor <{MISAKI}>; {rfc(r + timedelta(seconds=1))}"),
            ("X-IronPort-AV", "E=Sophos;i=\"5.90,167,1643641200\"; \n   d=\"scan'208\";a=\"118472019\""),
            ] + ses_sender(when) + [
            ("Date", rfc(when)), ("From", CONSOLE), ("To", MISAKI), ("Message-ID", mid), ("Subject", subj),
            ("MIME-Version", "1.0")]
    m = assemble(hdrs, root)
    for k, v in ses_footer(when, "54.240.8.30"):
        m._headers.append((k, v))
    return m, new


@mail("051-ja-form-uketsuke-auto-reply", "case_created", YUKI_CASE, ["AWS88412093"], True, "ja")
def m051():
    when = YUKI_OPEN + timedelta(seconds=9)
    new = f"""※本メールは送信専用アドレスから自動でお送りしています。

山田 由紀 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

　ケース ID：{YUKI_CASE}
　お問い合わせの種類：認定
　詳細：アカウントの統合
　AWS 候補者 ID：AWS88412093

担当者が内容を確認のうえ、通常 24 時間以内（土日祝日を除く）に
ご連絡いたします。

同じ内容で新たにフォームを送信されますと、ご回答が遅れる場合が
ございます。追加の情報がございましたら、件名のケース ID を
変更せずに本メールへご返信ください。

AWS トレーニングと認定"""
    root = leaf(new + "\n", "plain", "utf-8", "base64")
    subj = enc_header(f"[CASE {YUKI_CASE}] お問い合わせを受け付けました - AWS トレーニングと認定", "utf-8")
    return aws_mail(to=YUKI, when=when, subject=subj, root=root, transport="jp", jp=SONET), new


@mail("052-outlook-html-survey-how-did-we-do", "survey", GRACE_CASE, [], True, "en")
def m052():
    when = t("2025-03-21 14:10:03")
    base = f"https://amazonwebservices.qualtrics.com/jfe/form/SV_{b64r(15).replace('/', 'a').replace('+', 'b')}?caseId={GRACE_CASE}&score="
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#232f3e">
<div style="max-width:600px;margin:auto">
<h2 style="font-weight:normal">How did we do?</h2>
<p>Hello Grace,</p>
<p>You recently contacted AWS Training and Certification about case {GRACE_CASE}. We'd love to hear about your experience.</p>
<p><b>How likely are you to recommend AWS Training and Certification support to a friend or colleague?</b></p>
<table cellpadding="0" cellspacing="4"><tr>
{''.join(f'<td><a href="{base}{i}" style="display:block;width:30px;padding:6px 0;text-align:center;border:1px solid #aab7b8;color:#232f3e;text-decoration:none">{i}</a></td>' for i in range(0, 11))}
</tr></table>
<p style="font-size:12px;color:#545b64">0 = Not at all likely &nbsp; 10 = Extremely likely</p>
<p>Thank you for helping us improve.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#879596">This survey is administered on behalf of Amazon Web Services, Inc. Your responses are handled according to the AWS Privacy Notice.</p>
</div></body></html>
"""
    root = leaf(html, "html", "utf-8", "base64")
    return aws_mail(to=GRACE, to_name="Grace Mwangi", when=when,
                    subject=f"Tell us about your recent AWS Training and Certification support experience (Case {GRACE_CASE})",
                    root=root, transport="outlook"), ""


@mail("053-outlook-merged-and-resolving-case", "merge_completed", GRACE_CASE,
      ["AWS10293847", "AWS56473829", "AWS91827364"], True, "en")
def m053():
    when = t("2025-03-21 13:58:47")
    new = """Dear Grace,

I'm writing to let you know that all three of your certification accounts have now been combined. AWS56473829 and AWS91827364 were merged into AWS10293847, and both have been closed. Your notification email was also updated to grace.mwangi@outlook.com, as you requested.

Please sign in and check that your certifications and benefits are all listed. Credly will reissue your badges to the surviving account shortly.

As everything has been completed, I will now mark this case as resolved. You may receive a short survey about your experience; we would really appreciate your feedback.

Kind regards,
Brian O.
Amazon Web Services
AWS Training and Certification"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=GRACE, to_name="Grace Mwangi", when=when, subject=FORM_SUBJ.format(c=GRACE_CASE),
                    root=root, transport="outlook"), new


ARJUN = "arjun.patel.cloud@gmail.com"
ARJUN_OPEN = t("2025-12-08 15:20:07")
ARJUN_CASE = case15(ARJUN_OPEN, 2249)


@mail("054-form-two-appointments-confirm-cancel-one", "support_reply", ARJUN_CASE, ["AWS69304417", "AWS80271536"], True, "en")
def m054():
    when = t("2025-12-09 18:03:30")
    new = """Hi Arjun,

Thanks for reaching out, and sorry for the wait.

I started preparing your merge request, but there is a blocker: both of your accounts currently have an upcoming exam booked.

  - AWS69304417: AWS Certified Security - Specialty, 19 December 2025 (Pearson VUE online)
  - AWS80271536: AWS Certified SysOps Administrator - Associate, 8 January 2026 (test center, Ahmedabad)

Accounts with active appointments cannot be merged, as the booking would be lost. You mentioned you want to keep AWS69304417, so the January booking on AWS80271536 would need to be cancelled first. You can rebook it on the surviving account afterwards, and the fee will be refunded in full since it is more than 24 hours away.

Can you confirm that you are OK with us cancelling the 8 January SysOps appointment? Alternatively you can wait until after that exam and we will prepare the merge then.

Thanks,
Neha K.
Amazon Web Services"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=ARJUN, when=when, subject=FORM_SUBJ.format(c=ARJUN_CASE), root=root), new


@mail("055-forwarded-via-alias-dkim-broken-confirm", "merge_confirmation_requested", EMMA_CASE,
      ["AWS13308852", "AWS74402169"], False, "en")
def m055():
    when = t("2025-11-18 09:40:12")
    new = """Hello Emma,

Thank you for contacting AWS Training and Certification.

We were able to identify both of your accounts:

Account that will be kept: AWS13308852 (emma.schulz@gmail.com)
Account that will be merged into it and then closed: AWS74402169 (e.schulz@stud.uni-hafenstadt.de)

Any certifications, exam records and benefits on AWS74402169 will move to AWS13308852. Please keep in mind that this cannot be reverted once done.

Please confirm by replying to this email that you would like us to proceed as described.

Best regards,
Jakob T.
Amazon Web Services"""
    footer_added = ("\n\n-- \nDiese E-Mail wurde über den Weiterleitungsdienst der Universität Hafenstadt zugestellt.\n"
                    "This message was forwarded by the Hafenstadt University mail relay.")
    text = new + "\n\n" + TC_SIG_FOOTER + footer_added
    root = leaf(text, "plain", "utf-8", "quoted-printable")
    ip = "54.240.11.110"
    mid, bounce = ses_msgid(when)
    srs = f"SRS0=Qk4b=ZT=amazonses.com={bounce.split('@')[0]}@stud.uni-hafenstadt.de"
    auth = gmail_auth([("fail", "amazon.com", AMZ_SEL), ("fail", "amazonses.com", SES_SEL)], srs, "141.44.8.21",
                      ("fail", "QUARANTINE", "amazon.com"))
    auth = auth.replace("dkim=fail header.i=@amazon.com", "dkim=fail (body hash did not verify) header.i=@amazon.com")
    auth = auth.replace("dkim=fail header.i=@amazonses.com", "dkim=fail (body hash did not verify) header.i=@amazonses.com")
    hdrs = gmail_trace(EMMA, when + timedelta(seconds=5), "mailrelay2.uni-hafenstadt.de", "141.44.8.21", srs, auth, tz=PST)
    r = when + timedelta(seconds=2)
    hdrs += [("Received", f"from a11-110.smtp-out.amazonses.com (a11-110.smtp-out.amazonses.com [{ip}])\n\tby mailrelay2.uni-hafenstadt.de (Postfix) with ESMTPS id 4dB7{b64r(6)}\n\tfor <e.schulz@stud.uni-hafenstadt.de>; {rfc(r.astimezone(timezone(timedelta(hours=1))))}"),
             ("Authentication-Results", f"mailrelay2.uni-hafenstadt.de;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=\"{b64r(8)}\";\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com")]
    hdrs += ses_sender(when) + [("Date", rfc(when)), ("From", FORM), ("To", "e.schulz@stud.uni-hafenstadt.de"),
                                ("Message-ID", mid), ("Subject", FORM_SUBJ.format(c=EMMA_CASE)), ("MIME-Version", "1.0")]
    m = assemble(hdrs, root)
    for k, v in ses_footer(when, ip):
        m._headers.append((k, v))
    return m, new


EMMA_NAME_OPEN = t("2025-12-04 16:45:20")
EMMA_NAME_CASE = case15(EMMA_NAME_OPEN, 610)


@mail("056-tc-desk-certificate-name-change-confirm", "unrelated", EMMA_NAME_CASE, ["AWS13308852"], True, "en")
def m056():
    when = t("2025-12-05 10:21:48")
    new = """Hello Emma,

Thank you for contacting AWS Training and Certification about the name shown on your certificates.

I have reviewed the copy of your passport. Following your recent marriage, the name on your certification account AWS13308852 will be updated as follows:

  Current name: Emma Schulz
  New name: Emma Schulz-Brandt

Please note that certificates and digital badges already issued will be regenerated with the new name, and that the name on your account must match your ID at future exam appointments.

Could you please confirm that the new name is spelled exactly as it should appear? Simply reply "Correct" and I will complete the change.

Best regards,
Jakob T.
Amazon Web Services"""
    text = new + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    subj = f"RE:[CASE {EMMA_NAME_CASE}] [AWS Training and Certification Form Submission] - profile-update"
    return aws_mail(to=EMMA, when=when, subject=subj, root=root), new


@mail("057-form-prep-will-send-summary-for-confirmation", "support_reply", ARJUN_CASE, ["AWS69304417"], True, "en")
def m057():
    when = t("2025-12-11 07:15:52")
    new = """Hi Arjun,

Thank you for confirming the cancellation. The SysOps appointment on 8 January has been cancelled and the refund has been initiated.

With that out of the way, I'm now preparing the merge. I'll send you a separate email with the full summary of the accounts and what will happen to each, and I'll need your go-ahead on that summary before anything is changed. Please keep an eye on your inbox in the next business day.

Regarding your other question: yes, your 50% discount benefit on AWS69304417 will still be there after the merge, and once the merge is complete you can use it to rebook SysOps.

Thanks,
Neha K.
Amazon Web Services"""
    user = """Hi Neha, yes please cancel the January one. Will I keep my 50% voucher? Arjun"""
    hist = f"On Wed, Dec 10, 2025 at 8:49 AM Arjun Patel <{ARJUN}> wrote:\n" + quote(user)
    text = new + "\n\n" + hist + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n") + [hist], [TC_SIG_FOOTER]), cte="base64")
    return aws_mail(to=ARJUN, when=when, subject=FORM_SUBJ.format(c=ARJUN_CASE), root=root), new


@mail("058-credly-badges-transferred-after-merge", "credly_badge_issued", None, [], True, "en")
def m058():
    when = t("2025-03-22 03:17:40")
    lines = ["Hi Grace,",
             "Good news! Following the consolidation of your AWS Certification accounts, Amazon Web Services Training and Certification has issued the following badges to you:",
             "- AWS Certified Solutions Architect - Associate",
             "- AWS Certified Developer - Associate",
             "- AWS Certified Cloud Practitioner",
             "Your badges are ready. Accept them to add them to your profile at grace.mwangi@outlook.com."]
    html = credly_html("Your badges are ready to accept", lines, "Accept your badges",
                       "https://www.credly.com/earner/earned?utm_source=email&utm_campaign=badges_issued")
    plain = "\n\n".join(lines) + "\n\nAccept your badges: https://www.credly.com/earner/earned\n"
    root = alt(plain, html, cte="quoted-printable", boundary="--==_mimepart_" + hexr(13) + "_" + hexr(5))
    return credly_mail(to=GRACE, when=when, subject="3 new badges from Amazon Web Services Training and Certification",
                       root=root, transport="outlook"), plain


@mail("059-form-final-reminder-nested-history", "merge_confirmation_requested", WEI_CASE,
      ["AWS38820147", "AWS40091562"], True, "en")
def m059():
    when = t("2025-08-19 03:30:21")
    new = """Hello Wei,

This is a final reminder regarding your account merge request.

Thank you for confirming "Wei Zhang" as the correct name. On 12 August I sent you the summary: AWS40091562 will be merged into AWS38820147, and AWS38820147 will remain as your only account (name: Wei Zhang). We still need your approval of this summary before we can start.

Please reply with "I agree" or "Please proceed" within 3 business days. If we don't hear from you by then, the case will be closed and you would need to submit a new request later.

Best Regards,
Jun Li
Amazon Web Services"""
    u1 = """Hi Jun, yes Wei Zhang is correct. Thank you."""
    a1 = """Hello Wei,

Thanks. Summary for your review: AWS40091562 -> merged into AWS38820147 (kept). Please reply to confirm.

Jun Li"""
    a0 = """Can you please confirm that "Wei Zhang" with first name Wei and last name Zhang is the correct one?"""
    hist = ("On Tue, Aug 12, 2025 at 10:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
            + quote(a1) + "\n>\n> On Fri, Aug 8, 2025 at 9:41 PM Wei Zhang <" + WEI + "> wrote:\n"
            + quote(quote(u1)) + "\n> >\n> > On Wed, Aug 6, 2025 at 10:51 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
            + quote(quote(quote(a0))))
    text = new + "\n\n" + hist + "\n\n" + TC_SIG_FOOTER
    root = alt(text, html_aws(new.split("\n\n") + [hist], [TC_SIG_FOOTER]), cte="quoted-printable")
    return aws_mail(to=WEI, when=when, subject=FORM_SUBJ.format(c=WEI_CASE), root=root), new


@mail("060-phish-lookalike-forged-lower-auth-results", "merge_confirmation_requested", "176068231500912",
      ["AWS15520739", "AWS84406612"], False, "en")
def m060():
    when = t("2025-10-17 07:02:44")
    new = """Hello,

Thank you for contacting AWS Training and Certification.

We located the following certification accounts linked to your identity:

Account to be retained: AWS15520739
Account to be merged and closed: AWS84406612

Please confirm the merge of the accounts listed above. For security reasons, confirmation must be completed through our secure portal instead of by email reply:

https://amazon-support-cases.com/tc/confirm?case=176068231500912

You will be asked to sign in with your AWS Certification credentials and the payment card used for your last exam to verify your identity.

Best regards,
AWS Training and Certification"""
    root = alt(new + "\n\n" + TC_SIG_FOOTER, html_aws(new.split("\n\n"), [TC_SIG_FOOTER]), cte="quoted-printable")
    frm = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon-support-cases.com")
    subj = "RE:[CASE 176068231500912] [AWS Training and Certification Form Submission] - account-assistance"
    m = other_mail(frm=frm, to=ARJUN, when=when, subject=subj, root=root,
                   relay_host="mta1.amazon-support-cases.com", relay_ip="91.215.85.142",
                   mailfrom="bounce@amazon-support-cases.com", dkim_dom="amazon-support-cases.com", dkim_sel="mail",
                   dmarc=("pass", "NONE"),
                   msgid=f"<0100019{hexr(9)}-{u4()}-000000@email.amazonses.com>")
    # the sender adds its own, untrusted, Authentication-Results below the provider's
    idx = [i for i, (k, _) in enumerate(m._headers) if k == "DKIM-Signature"][0]
    m._headers.insert(idx, ("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com header.s=rjt5nkqf2a2ejxsgxnmwylnzvsa3axif;\n\tspf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com"))
    return m, new

# === END OF MAILS ===


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for name, lab, fn in MAILS:
        res = fn()
        if isinstance(res, tuple):
            msg, new_text = res
            got = ids_in(new_text)
            if got != lab["account_ids"]:
                raise SystemExit(f"{name}: account ids in new text {got} != label {lab['account_ids']}")
        else:
            msg = res
        fname = name + ".eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(to_bytes(msg))
        labels[fname] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print(f"wrote {len(labels)} mails")


def sanity():
    """Every file parses, labelled ids/case ids occur in decoded text, one label per file."""
    import collections, email
    from email.header import decode_header, make_header
    D = OUT
    KINDS = {"case_created", "merge_confirmation_requested", "merge_completed", "survey",
             "credly_badge_issued", "support_reply", "unrelated"}
    labels = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
    bad = 0
    assert set(files) == set(labels), (set(files) ^ set(labels))
    cnt = collections.Counter()
    for f in files:
        raw = open(os.path.join(D, f), "rb").read()
        m = email.message_from_bytes(raw)
        lab = labels[f]
        cnt[lab["kind"]] += 1
        assert lab["kind"] in KINDS, f
        assert lab["language"] in ("en", "ja"), f
        text = str(make_header(decode_header(m.get("Subject", "")))) + "\n"
        for part in m.walk():
            if part.get_content_maintype() != "text":
                continue
            data = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "us-ascii"
            try:
                text += data.decode(cs)
            except (LookupError, UnicodeDecodeError):
                text += data.decode("utf-8", "replace")
            text += "\n"
        norm = {"AWS" + d for d in re.findall(r"AWS[\s\-]?(\d{8})\b", text, re.I)}
        for a in lab["account_ids"]:
            if not re.fullmatch(r"AWS\d{8}", a) or a not in norm:
                print("MISSING id", f, a); bad += 1
        if lab["case_id"] is not None:
            if not re.fullmatch(r"\d+", lab["case_id"]) or lab["case_id"] not in text:
                print("MISSING case", f, lab["case_id"]); bad += 1
        if len(raw.split(b"\n\n", 1)[0]) < 200:
            print("short header?", f)
        ar = m.get_all("Authentication-Results")
        if ar is None and lab["sender_verified"] is not None:
            print("sv should be null", f); bad += 1
        if ar is not None and lab["sender_verified"] is None:
            print("sv should not be null", f); bad += 1
    print(dict(cnt), "total", len(files), "problems", bad)
    return bad


if __name__ == "__main__":
    main()
    raise SystemExit(1 if sanity() else 0)
