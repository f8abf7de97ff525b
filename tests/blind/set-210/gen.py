#!/usr/bin/env python3
"""Generator for blind set 210: AWS Certification account-merge mailbox.

Emphasis: confirmation requests and mails that resemble them (EN/JA).
Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json here.
"""
import base64
import glob
import html
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email import policy as _policy
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(210)
UTC = timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
CET = ZoneInfo("Europe/Stockholm")
IST = ZoneInfo("Asia/Kolkata")

SPECS = []  # (short_name, label, raw_bytes)

# ---------------------------------------------------------------- ids / utils

def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()


def hexr(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def case15(opened):
    return f"{int(opened.timestamp())}{R.randint(0, 99999):05d}"


def ses_msgid(dt, region="us-west-2"):
    ms = int(dt.timestamp() * 1000)
    if region:
        return f"<0101{ms:012x}-{ruuid()}-000000@{region}.amazonses.com>"
    return f"<0100{ms:012x}-{ruuid()}-000000@email.amazonses.com>"


def rfc_date(dt):
    from email.utils import format_datetime
    return format_datetime(dt)


def gmail_date(dt):
    d = dt.astimezone(PT)
    return d.strftime("%a, %d %b %Y %H:%M:%S %z") + (" (PDT)" if d.dst() else " (PST)")


def fold_b64(s, width=70, indent="\t "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def enc_header(text, charset="utf-8", prefix=None, name="Subject"):
    """Encoded-word header value, folded over lines like real MUAs do."""
    if prefix:
        h = Header(prefix, "us-ascii", header_name=name)
        h.append(text, charset)
    else:
        h = Header(text, charset, header_name=name)
    return h.encode(maxlinelen=76, linesep="\n")


def addr(name, email_addr, charset=None):
    if name is None:
        return email_addr
    if charset:
        return f"{enc_header(name, charset, name='From')} <{email_addr}>"
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return f'"{name}" <{email_addr}>'
    return f"{name} <{email_addr}>"


# ---------------------------------------------------------------- MIME parts

def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         codec=None, label=None, fmt_flowed=False):
    """Leaf text part with exact control over codec, label and transfer encoding."""
    codec = codec or charset
    data = text.encode(codec)
    m = Message()
    ct = f'text/{subtype}; charset="{label or charset}"'
    if fmt_flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def alt(*parts_):
    m = MIMEMultipart("alternative", boundary=f"----=_Part_{R.randint(10**6, 10**7)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}")
    del m["MIME-Version"]
    for p in parts_:
        m.attach(p)
    return m


def mixed(*parts_, sub="mixed"):
    m = MIMEMultipart(sub, boundary=f"{hexr(28)}")
    del m["MIME-Version"]
    for p in parts_:
        m.attach(p)
    return m


def html_from_plain(text, template="aws"):
    paras = html.escape(text).split("\n\n")
    body = "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
    if template == "aws":
        return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" "
                "content=\"text/html; charset=utf-8\"></head>\n<body style=\"font-family:"
                "Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
                "<div style=\"max-width:640px\">\n" + body + "\n</div>\n</body></html>\n")
    return "<html><body>\n" + body + "\n</body></html>\n"


# ---------------------------------------------------------------- quoting styles

def qlines(text, mark="> "):
    return "\n".join((mark + l) if l.strip() else mark.rstrip() for l in text.split("\n"))


def gmail_quote(dt, name, email_addr, text):
    d = dt
    hour = d.strftime("%I").lstrip("0")
    head = f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {hour}:{d.strftime('%M %p')} {name} <{email_addr}> wrote:"
    return head + "\n\n" + qlines(text) + "\n"


def outlook_quote(frm, dt, to, subject, text, style="en"):
    d = dt
    hour = d.strftime("%I").lstrip("0")
    sent = f"{d.strftime('%A, %B')} {d.day}, {d.year} {hour}:{d.strftime('%M %p')}"
    if style == "ja":
        sent = f"{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')}"
        return ("________________________________\n差出人: " + frm + "\n送信日時: " + sent +
                "\n宛先: " + to + "\n件名: " + subject + "\n\n" + text + "\n")
    return ("________________________________\nFrom: " + frm + "\nSent: " + sent +
            "\nTo: " + to + "\nSubject: " + subject + "\n\n" + text + "\n")


def original_message(frm, dt, to, subject, text):
    return ("-----Original Message-----\nFrom: " + frm + "\nSent: " + rfc_date(dt) +
            "\nTo: " + to + "\nSubject: " + subject + "\n\n" + text + "\n")


WD_JA = "月火水木金土日"


def jp_quote(dt, name, email_addr, text):
    d = dt
    head = f"{d.year}年{d.month}月{d.day}日({WD_JA[d.weekday()]}) {d.hour}:{d.strftime('%M')} {name} <{email_addr}>:"
    return head + "\n" + qlines(text) + "\n"


# ---------------------------------------------------------------- senders

SES_IPS = ["54.240.27.18", "54.240.27.55", "54.240.8.30", "54.240.27.194", "54.240.48.93", "54.240.11.107"]


def sender_aws(dt, frm_addr="aws-cs-trainingcertification-form@amazon.com", region="us-west-2"):
    ip = R.choice(SES_IPS)
    last = ip.split(".")
    if region:
        helo = f"a{last[2]}-{last[3]}.smtp-out.{region}.amazonses.com"
        mailfrom = f"0101{int(dt.timestamp()*1000):012x}-{ruuid()}-000000@{region}.amazonses.com"
        mfdom = f"{region}.amazonses.com"
    else:
        helo = f"a{last[2]}-{last[3]}.smtp-out.amazonses.com"
        mailfrom = f"0100{int(dt.timestamp()*1000):012x}-{ruuid()}-000000@amazonses.com"
        mfdom = "amazonses.com"
    return dict(kind="aws", ip=ip, helo=helo, mailfrom=mailfrom, mfdom=mfdom,
                from_dom="amazon.com", from_addr=frm_addr,
                dkim=[("amazon.com", "rjt5xy6cpzl2ns3gvb3ng3wqmvmh3k3d"),
                      ("amazonses.com", "hsbnp7p3ensaochzwyq5wwmceodymuwv" if region else "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
                msgid=ses_msgid(dt, region))


def sender_generic(kind, from_addr, from_dom, helo, ip, mailfrom, dkim, msgid):
    return dict(kind=kind, ip=ip, helo=helo, mailfrom=mailfrom,
                mfdom=mailfrom.split("@")[1], from_dom=from_dom, from_addr=from_addr,
                dkim=dkim, msgid=msgid)


def sender_credly(dt):
    return sender_generic(
        "credly", "admin@credly.com", "credly.com",
        "o1.ptr8714.credly.com", f"167.89.{R.randint(1,120)}.{R.randint(2,250)}",
        f"bounces+1462390-{hexr(4)}-{{rcpt}}@em.credly.com",
        [("credly.com", "s1"), ("sendgrid.info", "smtpapi")],
        f"<{b64r(16).replace('/', '').replace('+', '').rstrip('=')}@geopod-ismtpd-{R.randint(1,40)}>")


# ---------------------------------------------------------------- trace headers

def dkim_header(d, s, dt, h="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    ts = int(dt.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=" + s + "; d=" + d + "; t=" + str(ts) +
            ";\n\th=" + h + ";\n\tbh=" + b64r(32) + ";\n\tb=" + fold_b64(b64r(256)))


def ar_value(style, sender, verdict, rcpt):
    """Authentication-Results value for a receiving provider."""
    s = sender
    fd = s["from_dom"]
    mf = s["mailfrom"].replace("{rcpt}", rcpt.replace("@", "="))
    dk_main = s["dkim"][0][0] if s["dkim"] else None
    if style == "gmail":
        parts_ = []
        if verdict in ("pass",):
            for d, sel in s["dkim"]:
                parts_.append(f"dkim=pass header.i=@{d} header.s={sel} header.b={b64r(6)[:8]}")
            parts_.append(f"spf=pass (google.com: domain of {mf} designates {s['ip']} as permitted sender) smtp.mailfrom={mf}")
            pol = "QUARANTINE" if fd.endswith("amazon.com") else "REJECT" if fd in ("credly.com", "github.com") else "NONE"
            parts_.append(f"dmarc=pass (p={pol} sp={pol} dis=NONE) header.from={fd}")
        else:
            if dk_main:
                parts_.append(f"dkim=fail header.i=@{dk_main} header.s={s['dkim'][0][1]} header.b={b64r(6)[:8]}")
            parts_.append(f"spf=softfail (google.com: domain of transitioning {mf} does not designate {s['ip']} as permitted sender) smtp.mailfrom={mf}")
            pol = "QUARANTINE" if fd == "amazon.com" else "NONE"
            parts_.append(f"dmarc=fail (p={pol} sp={pol} dis={'QUARANTINE' if pol != 'NONE' else 'NONE'}) header.from={fd}")
        return "mx.google.com;\n       " + ";\n       ".join(parts_)
    if style == "outlook":
        if verdict == "pass":
            v = (f"spf=pass (sender IP is {s['ip']})\n smtp.mailfrom={s['mfdom']}; ")
            v += "".join(f"dkim=pass (signature was verified)\n header.d={d};" for d, _ in s["dkim"])
            v += f"dmarc=pass action=none\n header.from={fd};compauth=pass reason=100"
        elif s["kind"] == "aws":  # relayed copy: body altered, DKIM broken
            v = (f"spf=softfail (sender IP is {s['ip']})\n smtp.mailfrom={s['mfdom']}; dkim=fail (body hash did not verify)\n"
                 f" header.d=amazon.com;dmarc=fail action=oreject\n header.from={fd};compauth=fail reason=000")
        else:
            v = (f"spf=fail (sender IP is {s['ip']})\n smtp.mailfrom={s['mfdom']}; dkim=none (message not signed)\n"
                 f" header.d=none;dmarc=fail action=quarantine\n header.from={fd};compauth=fail reason=001")
        return v
    # Japanese ISP style: "<host>; spf=... dkim=... dmarc=..."
    host = style
    if verdict == "pass":
        v = f"{host};\n\tspf=pass smtp.mailfrom={mf};\n"
        v += "".join(f"\tdkim=pass header.d={d} header.s={sel} header.b={b64r(6)[:8]};\n" for d, sel in s["dkim"])
        v += f"\tdmarc=pass header.from={fd}"
    else:
        pol = "quarantine" if fd == "amazon.com" else "none"
        v = (f"{host};\n\tspf=neutral smtp.mailfrom={mf};\n\tdkim=none;\n"
             f"\tdmarc=fail (p={pol} dis=none) header.from={fd}")
    return v


PROVIDERS = {
    "gmail": dict(ar="gmail"),
    "outlook": dict(ar="outlook"),
    "nifty": dict(ar="mx.nifty.com", mx="mta-snd-e{n}.mail.nifty.com"),
    "biglobe": dict(ar="mx.biglobe.ne.jp", mx="mfilter{n}.mail.biglobe.ne.jp"),
    "sonet": dict(ar="spam.so-net.ne.jp", mx="mx{n}.so-net.ne.jp"),
    "ocn": dict(ar="mx-ocn.ocn.ne.jp", mx="mfgw{n}.ocn.ad.jp"),
    "corp": dict(ar=None),
}


def trace(provider, sender, verdict, dt, rcpt, forged_ar=False):
    """Provider-added headers, topmost first. verdict: pass / fail / none."""
    s = sender
    mf = s["mailfrom"].replace("{rcpt}", rcpt.replace("@", "="))
    H = []
    arrive = dt + timedelta(seconds=R.randint(1, 9))
    if provider == "gmail":
        H.append(("Delivered-To", rcpt))
        H.append(("Received", f"by 2002:a05:{hexr(4)}:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {hexr(3)}csp{R.randint(100000,9999999)};\n        {gmail_date(arrive)}"))
        H.append(("X-Google-Smtp-Source", f"AGHT+I{b64r(60)[:78]}"))
        H.append(("X-Received", f"by 2002:a05:6214:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {hexr(12)}-{hexr(12)}.{R.randint(10,99)}.{R.randint(1000000000000,9999999999999)};\n        {gmail_date(arrive)}"))
        if verdict != "none":
            arv = ar_value("gmail", s, verdict, rcpt)
            H.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(arrive.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(b64r(256), 62, '        ')}"))
            H.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=message-id:date:subject:to:from:mime-version:dkim-signature;\n        bh={b64r(32)};\n        fh=+{b64r(24)[:31]};\n        b={fold_b64(b64r(256), 62, '        ')}"))
            H.append(("ARC-Authentication-Results", "i=1; " + arv))
        H.append(("Return-Path", f"<{mf}>"))
        H.append(("Received", f"from {s['helo']} ({s['helo']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {hexr(12)}-{hexr(12)}.{R.randint(100,999)}.{R.randint(2020,2026)}.{R.randint(10,99)}.{R.randint(10,99)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gmail_date(arrive)}"))
        if verdict != "none":
            spfv = "pass" if verdict == "pass" else "softfail"
            H.append(("Received-SPF", f"{spfv} (google.com: domain of {mf} {'designates' if spfv == 'pass' else 'does not designate'} {s['ip']} as permitted sender) client-ip={s['ip']};"))
            H.append(("Authentication-Results", arv))
    elif provider == "outlook":
        a1 = arrive.astimezone(UTC)
        H.append(("Received", f"from SA1PR19MB{R.randint(1000,9999)}.namprd19.prod.outlook.com (::1) by\n MN0PR19MB{R.randint(1000,9999)}.namprd19.prod.outlook.com with HTTPS; {rfc_date(a1 + timedelta(seconds=2))}"))
        H.append(("Received", f"from BN9PR03CA0{R.randint(100,999)}.namprd03.prod.outlook.com (2603:10b6:408:{hexr(3)}::{R.randint(10,30)})\n by SA1PR19MB{R.randint(1000,9999)}.namprd19.prod.outlook.com (2603:10b6:806:{hexr(3)}::{R.randint(5,20)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)}; {rfc_date(a1 + timedelta(seconds=1))}"))
        if verdict != "none":
            H.append(("Authentication-Results", ar_value("outlook", s, verdict, rcpt)))
            H.append(("Received-SPF", f"{'Pass' if verdict == 'pass' else 'Fail'} ({'protection.outlook.com: domain of' if verdict == 'pass' else 'protection.outlook.com: domain of'}\n {s['mfdom']} {'designates' if verdict == 'pass' else 'does not designate'} {s['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={s['ip']}; helo={s['helo']};"))
        H.append(("Received", f"from {s['helo']} ({s['ip']}) by\n BN2PEPF000{R.randint(10000,99999)}.mail.protection.outlook.com (10.167.243.{R.randint(2,250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)} via\n Frontend Transport; {rfc_date(a1)}"))
    elif provider == "corp":
        a1 = arrive.astimezone(JST if rcpt.endswith(".jp") else UTC)
        H.append(("Received", f"from mailgw{R.randint(1,4)}.{rcpt.split('@')[1]} ([10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(2,250)}])\n\tby exch{R.randint(1,9)}.{rcpt.split('@')[1]} with ESMTP; {rfc_date(a1)}"))
        H.append(("Received", f"from {s['helo']} ({s['helo']} [{s['ip']}])\n\tby mailgw{R.randint(1,4)}.{rcpt.split('@')[1]} (Postfix) with ESMTPS id {hexr(10).upper()}\n\tfor <{rcpt}>; {rfc_date(a1 - timedelta(seconds=1))}"))
    else:  # Japanese ISPs
        pv = PROVIDERS[provider]
        a1 = arrive.astimezone(JST)
        H.append(("Return-Path", f"<{mf}>"))
        H.append(("Delivered-To", rcpt))
        H.append(("Received", f"from {pv['mx'].format(n=R.randint(1,12))} (localhost [127.0.0.1])\n\tby {pv['mx'].format(n=R.randint(13,30))} with LMTP id {hexr(8)}; {rfc_date(a1 + timedelta(seconds=1))}"))
        if verdict != "none":
            H.append(("Authentication-Results", ar_value(pv["ar"], s, verdict, rcpt)))
        H.append(("Received", f"from {s['helo']} ({s['helo']} [{s['ip']}])\n\tby {pv['mx'].format(n=R.randint(1,12))} with ESMTPS id {hexr(12).upper()}\n\tfor <{rcpt}>; {rfc_date(a1)}"))
    if forged_ar:
        # sender-inserted header sitting below the provider's: must not be trusted
        H.append(("Authentication-Results", f"mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rjt5xy6cpzl2ns3gvb3ng3wqmvmh3k3d;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"))
    return H


# ---------------------------------------------------------------- assemble

ID_RE = re.compile(r"aws[\s\-_]?(\d{8})(?!\d)", re.I)


def norm_ids(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def add(short, *, kind, lang, case_id, ids, provider, sender, verdict, dt, rcpt,
        to_hdr, from_hdr, subject_hdr, body, new_text=None, extra=(),
        forged_ar=False, reply_to=None, x_headers=(), crlf=False):
    """Register one mail. verdict: pass / fail / none (no AR)."""
    s = sender
    H = trace(provider, s, verdict, dt, rcpt, forged_ar=forged_ar)
    for d, sel in s["dkim"]:
        if s["kind"] == "aws" or verdict == "pass" or s["kind"] != "phish":
            H.append(("DKIM-Signature", dkim_header(d, sel, dt)))
    H.append(("Date", rfc_date(dt)))
    H.append(("From", from_hdr))
    if reply_to:
        H.append(("Reply-To", reply_to))
    H.append(("To", to_hdr))
    H.append(("Message-ID", s["msgid"]))
    H.append(("Subject", subject_hdr))
    for k, v in extra:
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    for k, v in x_headers:
        H.append((k, v))
    raw_body = body.as_bytes(policy=_policy.compat32.clone(linesep="\n", max_line_length=0))
    head = "\n".join(f"{k}: {v}" for k, v in H) + "\n"
    raw = head.encode("ascii") + raw_body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if verdict == "none":
        sv = None
    elif verdict == "pass" and s["kind"] in ("aws", "credly"):
        sv = True
    else:
        sv = False
    label = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
             "sender_verified": sv, "language": lang}
    if new_text is not None:
        auto = norm_ids(new_text)
        if auto != label["account_ids"]:
            raise SystemExit(f"{short}: ids in new text {auto} != label {label['account_ids']}")
    SPECS.append((short, label, raw))


def write_all():
    for f in glob.glob(os.path.join(OUT, "*.eml")):
        os.remove(f)
    order = list(range(len(SPECS)))
    random.Random(2100).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        short, label, raw = SPECS[i]
        fn = f"{n:03d}-{short}.eml"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        labels[fn] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"wrote {len(SPECS)} mails")


# ---------------------------------------------------------------- common text

AWS_FOOTER_EN = ("We value your feedback. Please share your experience by rating this correspondence "
                 "using the AWS Support Center link at the end of this correspondence. Each correspondence "
                 "can also be rated by selecting the stars in top right corner of each correspondence "
                 "within the AWS Support Center.\n\nAmazon Web Services, Inc. and affiliates")
AWS_FOOTER_JA = ("お客様のご意見をお聞かせください。本メール末尾の AWS サポートセンターのリンクから、"
                 "このご返信の評価にご協力をお願いいたします。\n\nアマゾン ウェブ サービス ジャパン合同会社")
FORM_FROM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE_FROM = addr("Amazon Web Services", "no-reply-aws@amazon.com")


def form_subject(case_id, re_="RE:", detail="account-assistance"):
    return f"{re_}[CASE {case_id}] [AWS Training and Certification Form Submission] - {detail}"


# ================================================================= MAILS

# ---------------------------------------------------------------- T1: Priya, form desk, Gmail
T1_USER = ("Priya Raman", "priya.raman.cloud@gmail.com")
T1_OPEN = datetime(2025, 6, 10, 3, 14, 22, tzinfo=UTC)
T1_CASE = case15(T1_OPEN)
T1_OLD, T1_NEW = "AWS38104772", "AWS61529083"

# T1a case created (auto acknowledgement, form desk)
dt = T1_OPEN + timedelta(seconds=41)
s = sender_aws(dt)
txt = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and created case {T1_CASE}.

A member of our team will review your request and get back to you, in most cases within 24 hours. Please do not submit another request for the same issue, as duplicate cases can delay our response. If you need to add information, simply reply to this email and keep the case number in the subject line.

Summary of your submission
--------------------------------
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS Candidate ID: {T1_OLD}
Description: Hi, I have two certification accounts, {T1_OLD} (personal) and aws-{T1_NEW[3:]} (created by my employer). I would like to keep the work one and move everything from the personal one into it. Thanks!

Regards,
AWS Training and Certification Customer Support
"""
add("form-ack-submission-summary", kind="case_created", lang="en", case_id=T1_CASE,
    ids=[T1_OLD, T1_NEW], provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=T1_USER[1],
    to_hdr=T1_USER[1], from_hdr=FORM_FROM,
    subject_hdr=f"[CASE {T1_CASE}] We have received your request - AWS Training and Certification",
    body=alt(part(txt), part(html_from_plain(txt), "html")), new_text=txt)

# T1b confirmation request as numbered steps
dt_t1b = T1_OPEN + timedelta(hours=26, minutes=7)
s = sender_aws(dt_t1b)
T1B_TXT = f"""Hello Priya,

Thank you for reaching out to AWS Training and Certification Customer Support. My name is Daniel and I will be assisting you with your account merge request.

I have located both of your certification accounts:

  1. {T1_OLD} - registered to priya.raman.cloud@gmail.com (2 active certifications)
  2. {T1_NEW} - registered to p.raman@northwind-analytics.com (1 active certification)

Based on your request, {T1_OLD} will be merged into {T1_NEW}. After the merge, {T1_NEW} will be your only active account and all certification history, digital badges and benefits will be available there. {T1_OLD} will be deactivated.

Please note that an account merge is permanent and cannot be reversed.

To move forward, please do the following:
  Step 1 - Review the account details above.
  Step 2 - Reply to this email with "I confirm the merge" if everything is correct.
  Step 3 - If anything is not right (for example, you would rather keep {T1_OLD}), tell us in your reply and we will adjust the request before making any change.

We will not make any change to your accounts until we hear back from you.

Best regards,
Daniel R.
AWS Training and Certification Customer Support

{AWS_FOOTER_EN}
"""
add("form-reply-numbered-steps", kind="merge_confirmation_requested", lang="en", case_id=T1_CASE,
    ids=[T1_OLD, T1_NEW], provider="gmail", sender=s, verdict="pass", dt=dt_t1b, rcpt=T1_USER[1],
    to_hdr=T1_USER[1], from_hdr=FORM_FROM, subject_hdr=form_subject(T1_CASE),
    body=alt(part(T1B_TXT), part(html_from_plain(T1B_TXT), "html")), new_text=T1B_TXT)

# T1c thanks for confirming, will proceed (quotes user's reply and the request)
dt_user = dt_t1b + timedelta(hours=9, minutes=12)
dt = dt_user + timedelta(hours=14, minutes=3)
s = sender_aws(dt)
user_reply = "The details are correct. Please proceed with the merge.\n\nThanks,\nPriya\n\n" + \
    gmail_quote(dt_t1b.astimezone(IST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
                T1B_TXT.split("\n\nWe value")[0])
new = """Hello Priya,

Thank you for confirming. I have passed the merge request to our Certification Operations team, who carry out this kind of change. It usually takes 3 to 5 business days; you will receive an email from us as soon as it is finished.

There is nothing else you need to do in the meantime. We recommend that you do not schedule a new exam on either account until you hear from us.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
"""
txt = new + "\n" + AWS_FOOTER_EN + "\n\n---------- Previous message ----------\nFrom: " + T1_USER[1] + "\nDate: " + rfc_date(dt_user) + "\n\n" + user_reply
add("form-reply-after-user-ok", kind="support_reply", lang="en", case_id=T1_CASE, ids=[],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=T1_USER[1], to_hdr=T1_USER[1],
    from_hdr=FORM_FROM, subject_hdr=form_subject(T1_CASE), body=part(txt, cte="quoted-printable"),
    new_text=new)

# T1d merge completed
dt_t1d = dt + timedelta(days=2, hours=5, minutes=40)
s = sender_aws(dt_t1d)
new = f"""Hello Priya,

Good news: the work on your certification accounts is finished. Everything that was held under {T1_OLD} now sits under {T1_NEW}, including your AWS Certified Solutions Architect - Associate and AWS Certified Cloud Practitioner records. The former account can no longer be used to sign in.

Please sign in to your AWS Certification Account with p.raman@northwind-analytics.com and check that all three certifications and your 50% exam discount benefit are listed. Your Credly badges will be re-issued to the email address of the remaining account within 48 hours.

If anything looks wrong, reply to this email and we will be happy to help.

Kind regards,
Daniel R.
AWS Training and Certification Customer Support
"""
txt = new + "\n" + AWS_FOOTER_EN + "\n"
add("form-reply-records-now-under", kind="merge_completed", lang="en", case_id=T1_CASE,
    ids=[T1_OLD, T1_NEW], provider="gmail", sender=s, verdict="pass", dt=dt_t1d, rcpt=T1_USER[1],
    to_hdr=T1_USER[1], from_hdr=FORM_FROM, subject_hdr=form_subject(T1_CASE),
    body=alt(part(txt, cte="base64"), part(html_from_plain(txt), "html", cte="base64")), new_text=new)

# T1e Credly badge issued after merge
dt = dt_t1d + timedelta(hours=31, minutes=12)
s = sender_credly(dt)
txt = """Amazon Web Services Training and Certification has issued you a new badge.

Hi Priya,

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to showcase your achievement on your profile, share it on LinkedIn and other networks, and let employers verify it in one click.

Accept your badge: https://www.credly.com/earner/earned/badge/""" + ruuid() + """

This badge was issued to p.raman@northwind-analytics.com.

Credly, Inc. | 1005 Slater Road, Suite 230 | Durham, NC 27703
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications
"""
html_ = ("<html><body style=\"background:#f4f4f4\"><table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Helvetica,Arial\">"
         "<tr><td style=\"padding:24px\"><img src=\"https://images.credly.com/size/110x110/images/" + ruuid() + "/image.png\" alt=\"badge\"></td></tr>"
         "<tr><td style=\"padding:0 24px\"><h2>Hi Priya,</h2><p>Amazon Web Services Training and Certification has issued you the following badge:</p>"
         "<p><strong>AWS Certified Solutions Architect &ndash; Associate</strong></p>"
         "<p><a href=\"https://www.credly.com/earner/earned/badge/" + ruuid() + "\" style=\"background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px\">Accept your badge</a></p>"
         "<p style=\"color:#666;font-size:12px\">This badge was issued to p.raman@northwind-analytics.com.</p></td></tr>"
         "<tr><td style=\"padding:24px;font-size:11px;color:#999\">Credly, Inc. | 1005 Slater Road, Suite 230 | Durham, NC 27703</td></tr></table></body></html>\n")
add("credly-issued-saa", kind="credly_badge_issued", lang="en", case_id=None, ids=[],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=T1_USER[1], to_hdr=T1_USER[1],
    from_hdr=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
    subject_hdr="Amazon Web Services Training and Certification has issued you a new badge",
    body=alt(part(txt, cte="quoted-printable"), part(html_, "html", cte="quoted-printable")),
    reply_to="noreply@credly.com", new_text=txt)


# ---------------------------------------------------------------- T2: 佐藤, form desk, nifty (ja)
T2_USER = ("佐藤 美咲", "misaki-sato@nifty.com")
T2_OPEN = datetime(2025, 5, 27, 23, 2, 9, tzinfo=UTC)
T2_CASE = case15(T2_OPEN)
T2_OLD, T2_NEW = "AWS04417326", "AWS09182735"
FORM_FROM_JA = addr("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com", "iso-2022-jp")

# T2a case created (ja)
dt = T2_OPEN + timedelta(seconds=38)
s = sender_aws(dt)
txt = f"""AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付けました。ケース番号は {T2_CASE} です。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせを送信されますと、対応が遅れる場合がございますので、ご注意ください。
追加でお伝えいただきたい情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

■お問い合わせ内容
お問い合わせの種類：AWS トレーニングと認定
カテゴリー：認定
詳細：アカウントの統合
AWS 受験者 ID：{T2_OLD}
内容：以前の勤務先で作成したアカウントと個人のアカウントの２つがあります。個人のほうに１つにまとめたいです。

※本メールはお問い合わせ受付時に自動で送信しております。

AWS トレーニングと認定 カスタマーサポート
"""
add("form-ack-ja-uketsuke", kind="case_created", lang="ja", case_id=T2_CASE, ids=[T2_OLD],
    provider="nifty", sender=s, verdict="pass", dt=dt, rcpt=T2_USER[1], to_hdr=T2_USER[1],
    from_hdr=FORM_FROM_JA,
    subject_hdr=enc_header("お問い合わせを受け付けました", "iso-2022-jp", prefix=f"[CASE {T2_CASE}] "),
    body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=txt)

# T2b confirmation request, keigo, ISO-2022-JP
dt_t2b = T2_OPEN + timedelta(hours=25, minutes=38)
s = sender_aws(dt_t2b)
T2B_TXT = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございます。
担当の山本でございます。

アカウント統合のご依頼につきまして、以下の内容で手続きを進めさせていただく予定です。

　統合元（統合後に無効となるアカウント）　　：{T2_OLD}
　統合先（引き続きご利用いただくアカウント）：{T2_NEW}

統合元アカウントでご取得の認定資格、受験履歴および特典は、すべて統合先アカウントへ移行されます。
なお、統合処理は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、本メールにご返信いただき、統合へのご同意をお知らせくださいますようお願いいたします。
ご返信を確認次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
"""
txt = T2B_TXT + "\n" + AWS_FOOTER_JA + "\n"
add("form-reply-ja-tougoumoto-saki", kind="merge_confirmation_requested", lang="ja", case_id=T2_CASE,
    ids=[T2_OLD, T2_NEW], provider="nifty", sender=s, verdict="pass", dt=dt_t2b, rcpt=T2_USER[1],
    to_hdr=T2_USER[1], from_hdr=FORM_FROM_JA, subject_hdr=form_subject(T2_CASE),
    body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=T2B_TXT)

# T2c thanks for confirming (ja), UTF-8 base64, nested quotes
dt_user = dt_t2b + timedelta(hours=11, minutes=35)
dt = dt_user + timedelta(hours=12, minutes=2)
s = sender_aws(dt)
user_txt = "山本様\n\nご連絡ありがとうございます。\n内容に相違ありません。統合を進めてください。\nよろしくお願いいたします。\n\n佐藤\n\n" + \
    jp_quote(dt_t2b.astimezone(JST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", T2B_TXT)
new = """佐藤 様

ご返信いただき、ありがとうございます。
統合内容についてご確認いただけましたので、これより手続きを進めてまいります。

処理には通常 3～5 営業日ほどお時間を頂戴しております。完了いたしましたら、改めて本ケースにてご連絡いたします。
それまでの間、いずれのアカウントでも新たな試験のご予約はお控えいただけますと幸いです。

引き続きよろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート
"""
txt = new + "\n" + AWS_FOOTER_JA + "\n\n--- 元のメッセージ ---\n差出人: " + T2_USER[1] + "\n日時: " + rfc_date(dt_user) + "\n\n" + qlines(user_txt)
add("form-reply-ja-go-kakunin-arigatou", kind="support_reply", lang="ja", case_id=T2_CASE, ids=[],
    provider="nifty", sender=s, verdict="pass", dt=dt, rcpt=T2_USER[1], to_hdr=T2_USER[1],
    from_hdr=FORM_FROM_JA, subject_hdr=form_subject(T2_CASE), body=part(txt, cte="base64"), new_text=new)

# T2d merge completed (ja), Shift_JIS base64
dt_t2d = dt + timedelta(days=3, hours=2, minutes=17)
s = sender_aws(dt_t2d)
new = f"""佐藤 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。

お待たせいたしました。ご依頼いただいておりましたアカウントの一本化につきまして、本日すべての処理を終えましたのでご報告いたします。
{T2_OLD} でご取得の認定資格（AWS Certified Developer - Associate）は、{T2_NEW} に移行済みです。

今後は {T2_NEW} にご登録のメールアドレスで AWS Certification Account にサインインしてください。
Credly のデジタルバッジは、数日以内に統合先アカウントのメールアドレス宛てに再発行されます。

ご不明な点がございましたら、本メールにご返信ください。

山本
AWS トレーニングと認定 カスタマーサポート
"""
txt = new + "\n" + AWS_FOOTER_JA + "\n"
add("form-reply-ja-ippon-ka", kind="merge_completed", lang="ja", case_id=T2_CASE, ids=[T2_OLD, T2_NEW],
    provider="nifty", sender=s, verdict="pass", dt=dt_t2d, rcpt=T2_USER[1], to_hdr=T2_USER[1],
    from_hdr=FORM_FROM_JA, subject_hdr=form_subject(T2_CASE),
    body=part(txt, charset="shift_jis", cte="base64"), new_text=new)

# T2e survey (ja), closure + questionnaire, HTML + text
dt = dt_t2d + timedelta(hours=1, minutes=5)
s = sender_aws(dt)
txt = f"""佐藤 美咲 様

ケース {T2_CASE} は解決済みとしてクローズされました。

今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです（所要時間：約 1 分）。

問題は解決しましたか？
　はい： https://support.aws.amazon.com/survey?displayId={T2_CASE}&answer=yes
　いいえ： https://support.aws.amazon.com/survey?displayId={T2_CASE}&answer=no

担当者の対応を 5 段階で評価してください：
　https://support.aws.amazon.com/survey?displayId={T2_CASE}&rate=1
　（1 = 不満　～　5 = 満足）

ケースがクローズされた後も、本メールへのご返信で再オープンすることができます。

AWS トレーニングと認定 カスタマーサポート
"""
html_ = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Meiryo',sans-serif\">"
         f"<p>佐藤 美咲 様</p><p>ケース {T2_CASE} は解決済みとしてクローズされました。</p>"
         "<p>今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです（所要時間：約 1 分）。</p>"
         "<table cellpadding=\"8\" style=\"border:1px solid #ccc\"><tr><td><b>問題は解決しましたか？</b></td>"
         f"<td><a href=\"https://support.aws.amazon.com/survey?displayId={T2_CASE}&amp;answer=yes\">はい</a></td>"
         f"<td><a href=\"https://support.aws.amazon.com/survey?displayId={T2_CASE}&amp;answer=no\">いいえ</a></td></tr></table>"
         "<p>担当者の対応を評価してください：" + " ".join(f"<a href=\"https://support.aws.amazon.com/survey?displayId={T2_CASE}&amp;rate={i}\">&#9733;{i}</a>" for i in range(1, 6)) +
         "</p><p>ケースがクローズされた後も、本メールへのご返信で再オープンすることができます。</p><p>AWS トレーニングと認定 カスタマーサポート</p></body></html>\n")
add("form-ja-close-enquete", kind="survey", lang="ja", case_id=T2_CASE, ids=[],
    provider="nifty", sender=s, verdict="pass", dt=dt, rcpt=T2_USER[1], to_hdr=T2_USER[1],
    from_hdr=FORM_FROM_JA,
    subject_hdr=enc_header("ケースクローズのお知らせとアンケートご協力のお願い", "utf-8", prefix=f"[CASE {T2_CASE}] "),
    body=alt(part(txt, cte="base64"), part(html_, "html", cte="base64")), new_text=txt)


# ---------------------------------------------------------------- T3: Marcus, console case, Outlook
T3_USER = ("Marcus Lindqvist", "marcus.lindqvist@outlook.com")
T3_OPEN = datetime(2025, 9, 2, 7, 45, 51, tzinfo=UTC)
T3_CASE = case15(T3_OPEN)
T3_OLD, T3_NEW = "AWS22093117", "AWS57730412"
T3_SUBJ = "Merge two AWS Certification accounts"


def console_link(case_id):
    return f"https://console.aws.amazon.com/support/home#/case/?displayId={case_id}&language=en"


# T3a case created (console)
dt = T3_OPEN + timedelta(seconds=12)
s = sender_aws(dt, "no-reply-aws@amazon.com", region=None)
txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {T3_CASE} to address your issue.

Case ID: {T3_CASE}
Subject: {T3_SUBJ}
Severity: General guidance
Correspondence: Hello, I have two certification accounts, AWS 22093117 and AWS 57730412, because I changed employer and did the second exam with new email. Please can you make them into one, I want to keep AWS 57730412. Thank you, Marcus

To see or update your case, sign in to the AWS Support Center:
{console_link(T3_CASE)}

Best regards,
Amazon Web Services

This email was sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. This message was produced and distributed by Amazon Web Services, Inc. or its affiliates. Please do not reply directly to this email; this address cannot accept replies.
"""
add("console-new-case-opened", kind="case_created", lang="en", case_id=T3_CASE, ids=[T3_OLD, T3_NEW],
    provider="outlook", sender=s, verdict="pass", dt=dt, rcpt=T3_USER[1], to_hdr=T3_USER[1],
    from_hdr=CONSOLE_FROM,
    subject_hdr=f"Amazon Web Services: You have opened a new Support case: {T3_CASE}",
    body=alt(part(txt, cte="7bit", charset="us-ascii"), part(html_from_plain(txt), "html")), new_text=txt)

# T3b names accounts + direction, asks which e-mail address to keep
dt_t3b = T3_OPEN + timedelta(hours=22, minutes=30)
s = sender_aws(dt_t3b, "no-reply-aws@amazon.com", region=None)
txt = f"""Hello Marcus,

Thanks for your patience while I looked into this.

I can see both profiles on our side: {T3_OLD} and {T3_NEW}. As you asked, {T3_OLD} is the one that will be folded into {T3_NEW}, and {T3_NEW} stays active.

Before I hand this over to our certification team I need one detail from you. The two profiles are registered with different email addresses:

 - {T3_OLD}: marcus.lindqvist@kontorab.se
 - {T3_NEW}: marcus.lindqvist@outlook.com

After the merge only one address can be used to sign in and to receive notifications. Which of the two would you like us to keep on {T3_NEW}? If you choose the work address, keep in mind that you could lose access to it if you leave the company.

Please reply to this message from the Support Center; this mailbox cannot accept replies.

Best regards,
Aisha K.
Amazon Web Services

{AWS_FOOTER_EN}

To see or update your case, sign in to the AWS Support Center:
{console_link(T3_CASE)}
"""
add("console-reply-which-address", kind="support_reply", lang="en", case_id=T3_CASE, ids=[T3_OLD, T3_NEW],
    provider="outlook", sender=s, verdict="pass", dt=dt_t3b, rcpt=T3_USER[1], to_hdr=T3_USER[1],
    from_hdr=CONSOLE_FROM, subject_hdr=f"RE:[CASE {T3_CASE}] {T3_SUBJ}",
    body=alt(part(txt), part(html_from_plain(txt), "html")), new_text=txt.split("To see or update")[0])

# T3c confirmation request presented as a table
dt_t3c = dt_t3b + timedelta(days=1, hours=3, minutes=12)
s = sender_aws(dt_t3c, "no-reply-aws@amazon.com", region=None)
plain = f"""Hello Marcus,

Thank you for letting us know. We will keep marcus.lindqvist@outlook.com as the sign-in address.

Here is a summary of the change we are about to make. Please read it carefully.

+---------------+-------------------------------+----------------+------------------+
| Account       | Email                         | Certifications | After the merge  |
+---------------+-------------------------------+----------------+------------------+
| {T3_OLD}   | marcus.lindqvist@kontorab.se  | CLF-C02        | Closed           |
| {T3_NEW}   | marcus.lindqvist@outlook.com  | SAA-C03        | Active (kept)    |
+---------------+-------------------------------+----------------+------------------+

All certifications, exam history and benefits from the closed account will be moved to the active one. This cannot be undone once it is done.

If the table is correct, please reply "Confirmed" on the case in the Support Center. If something is wrong, tell us what to change. We will only start after we have your answer.

Best regards,
Aisha K.
Amazon Web Services

{AWS_FOOTER_EN}

To see or update your case, sign in to the AWS Support Center:
{console_link(T3_CASE)}
"""
rows = [(T3_OLD, "marcus.lindqvist@kontorab.se", "CLF-C02", "Closed"),
        (T3_NEW, "marcus.lindqvist@outlook.com", "SAA-C03", "Active (kept)")]
html_ = ("<html><body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">"
         "<p>Hello Marcus,</p><p>Thank you for letting us know. We will keep marcus.lindqvist@outlook.com as the sign-in address.</p>"
         "<p>Here is a summary of the change we are about to make. Please read it carefully.</p>"
         "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
         "<tr style=\"background:#232f3e;color:#fff\"><th>Account</th><th>Email</th><th>Certifications</th><th>After the merge</th></tr>" +
         "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows) +
         "</table><p>All certifications, exam history and benefits from the closed account will be moved to the active one. This cannot be undone once it is done.</p>"
         "<p>If the table is correct, please reply <b>&quot;Confirmed&quot;</b> on the case in the Support Center. If something is wrong, tell us what to change. We will only start after we have your answer.</p>"
         "<p>Best regards,<br>Aisha K.<br>Amazon Web Services</p>"
         f"<p style=\"font-size:12px;color:#555\">{html.escape(AWS_FOOTER_EN)}</p>"
         f"<p><a href=\"{html.escape(console_link(T3_CASE))}\">View your case in the AWS Support Center</a></p></body></html>\n")
add("console-reply-summary-table", kind="merge_confirmation_requested", lang="en", case_id=T3_CASE,
    ids=[T3_OLD, T3_NEW], provider="outlook", sender=s, verdict="pass", dt=dt_t3c, rcpt=T3_USER[1],
    to_hdr=T3_USER[1], from_hdr=CONSOLE_FROM, subject_hdr=f"RE:[CASE {T3_CASE}] {T3_SUBJ}",
    body=alt(part(plain), part(html_, "html")), new_text=plain)

# T3d completion + resolving the case + rating request in one mail
dt = dt_t3c + timedelta(days=2, hours=6, minutes=48)
s = sender_aws(dt, "no-reply-aws@amazon.com", region=None)
txt = f"""Hello Marcus,

I am happy to tell you that the merge is now complete. Your CLF-C02 and SAA-C03 certifications both show under {T3_NEW}, and you can sign in with marcus.lindqvist@outlook.com as before.

As the request has been fulfilled, I will now mark this case as resolved. If you have a minute, we would appreciate it if you rate this correspondence in the Support Center - your feedback helps us improve.

Best regards,
Aisha K.
Amazon Web Services

{AWS_FOOTER_EN}

To see or update your case, sign in to the AWS Support Center:
{console_link(T3_CASE)}
"""
add("console-reply-final-update", kind="merge_completed", lang="en", case_id=T3_CASE, ids=[T3_NEW],
    provider="outlook", sender=s, verdict="pass", dt=dt, rcpt=T3_USER[1], to_hdr=T3_USER[1],
    from_hdr=CONSOLE_FROM, subject_hdr=f"RE:[CASE {T3_CASE}] {T3_SUBJ}",
    body=alt(part(txt, cte="base64"), part(html_from_plain(txt), "html", cte="base64")), new_text=txt)


# ---------------------------------------------------------------- T4: 田中, console case (ja), biglobe
T4_USER = ("田中 健太", "k-tanaka@kzh.biglobe.ne.jp")
T4_OPEN = datetime(2024, 11, 18, 1, 20, 33, tzinfo=UTC)
T4_CASE = case15(T4_OPEN)
T4_OLD, T4_NEW = "AWS71820394", "AWS30458816"
T4_SUBJ = "認定アカウントの統合について"
CONSOLE_FROM_JA = addr("アマゾン ウェブ サービス", "no-reply-aws@amazon.com", "utf-8")


def console_link_ja(case_id):
    return f"https://console.aws.amazon.com/support/home#/case/?displayId={case_id}&language=ja"


CONSOLE_TAIL_JA = "ケースの確認または更新は、AWS サポートセンターにサインインして行ってください:\n{link}\n\nこのメールアドレスは送信専用です。このメールに返信いただいてもお答えできませんのでご了承ください。\n"

# T4a case created (ja console)
dt = T4_OPEN + timedelta(seconds=9)
s = sender_aws(dt, "no-reply-aws@amazon.com")
txt = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {T4_CASE} を作成しました。

ケース ID: {T4_CASE}
件名: {T4_SUBJ}
重要度: 一般的なガイダンス
内容: 認定のアカウントが２つあります（AWS71820394 と aws30458816）。統合をお願いします。残したいのは aws30458816 のほうです。

よろしくお願いいたします。
アマゾン ウェブ サービス

""" + CONSOLE_TAIL_JA.format(link=console_link_ja(T4_CASE))
add("console-ja-case-sakusei", kind="case_created", lang="ja", case_id=T4_CASE, ids=[T4_OLD, T4_NEW],
    provider="biglobe", sender=s, verdict="pass", dt=dt, rcpt=T4_USER[1], to_hdr=T4_USER[1],
    from_hdr=CONSOLE_FROM_JA,
    subject_hdr=enc_header(f"アマゾン ウェブ サービス: 新しいサポートケースが作成されました: {T4_CASE}", "utf-8"),
    body=part(txt, cte="quoted-printable"), new_text=txt)

# T4b names accounts and direction, asks for identity check details
dt_t4b = T4_OPEN + timedelta(hours=27, minutes=4)
s = sender_aws(dt_t4b, "no-reply-aws@amazon.com")
new = f"""田中 健太 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定 サポート担当の小林でございます。

ご依頼の件、{T4_OLD} を {T4_NEW} に統合し、{T4_NEW} を引き続きご利用いただく形で承っております。

お手続きの前に、アカウントの所有者ご本人であることを確認させていただく必要がございます。
お手数ですが、サポートセンターの本ケースから、以下の情報をお知らせください。

・それぞれのアカウントにご登録の氏名（ローマ字表記）
・生年月日
・直近で受験された試験名と受験日（おおよそで構いません）

なお、パスワードやクレジットカード番号などは、絶対にお送りにならないようお願いいたします。

ご確認のほど、よろしくお願いいたします。

小林
アマゾン ウェブ サービス
"""
txt = new + "\n" + AWS_FOOTER_JA + "\n\n" + CONSOLE_TAIL_JA.format(link=console_link_ja(T4_CASE))
add("console-ja-honnin-kakunin", kind="support_reply", lang="ja", case_id=T4_CASE, ids=[T4_OLD, T4_NEW],
    provider="biglobe", sender=s, verdict="pass", dt=dt_t4b, rcpt=T4_USER[1], to_hdr=T4_USER[1],
    from_hdr=CONSOLE_FROM_JA,
    subject_hdr=enc_header(T4_SUBJ, "iso-2022-jp", prefix=f"RE:[CASE {T4_CASE}] "),
    body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=new)

# T4c confirmation request as a question (ja), UTF-8 base64
dt_t4c = dt_t4b + timedelta(days=1, hours=1, minutes=51)
s = sender_aws(dt_t4c, "no-reply-aws@amazon.com")
new = f"""田中 様

ご本人確認の情報をお送りいただき、ありがとうございました。確認が取れましたので、統合のお手続きに進むことができます。

最後に一点だけ、念のためお伺いいたします。

{T4_OLD}（ご登録メールアドレス：k.tanaka@old-corp.co.jp）の認定資格をすべて {T4_NEW} に移し、{T4_OLD} は無効化いたしますが、この内容でよろしいでしょうか。

統合後に元の状態へ戻すことはできかねます。
差し支えなければ、サポートセンターの本ケースに「はい」とだけご返信ください。ご返信をいただいてから作業を開始いたします。

小林
アマゾン ウェブ サービス
"""
txt = new + "\n" + AWS_FOOTER_JA + "\n\n" + CONSOLE_TAIL_JA.format(link=console_link_ja(T4_CASE))
add("console-ja-yoroshii-deshouka", kind="merge_confirmation_requested", lang="ja", case_id=T4_CASE,
    ids=[T4_OLD, T4_NEW], provider="biglobe", sender=s, verdict="pass", dt=dt_t4c, rcpt=T4_USER[1],
    to_hdr=T4_USER[1], from_hdr=CONSOLE_FROM_JA,
    subject_hdr=enc_header(T4_SUBJ, "utf-8", prefix=f"RE:[CASE {T4_CASE}] "),
    body=part(txt, cte="base64"), new_text=new)

# T4d merge completed (ja), paraphrased
dt_t4d = dt_t4c + timedelta(days=2, hours=20, minutes=9)
s = sender_aws(dt_t4d, "no-reply-aws@amazon.com")
new = f"""田中 様

お待たせいたしました。ご依頼いただいていた件につきまして、担当部署での作業が終了いたしました。

現在は {T4_NEW} にて、これまでに取得された認定資格（AWS Certified Cloud Practitioner、AWS Certified SysOps Administrator - Associate）をすべてご確認いただけます。
旧アカウントへのサインインはできなくなっておりますので、今後は {T4_NEW} をご利用ください。

Credly のバッジが表示されない場合は、数日お待ちいただいたうえで、改めて本ケースよりご連絡ください。

小林
アマゾン ウェブ サービス
"""
txt = new + "\n" + AWS_FOOTER_JA + "\n\n" + CONSOLE_TAIL_JA.format(link=console_link_ja(T4_CASE))
add("console-ja-sagyou-shuuryou", kind="merge_completed", lang="ja", case_id=T4_CASE, ids=[T4_NEW],
    provider="biglobe", sender=s, verdict="pass", dt=dt_t4d, rcpt=T4_USER[1], to_hdr=T4_USER[1],
    from_hdr=CONSOLE_FROM_JA,
    subject_hdr=enc_header(T4_SUBJ, "iso-2022-jp", prefix=f"RE:[CASE {T4_CASE}] "),
    body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=new)

# T4e survey, HTML only (ja)
dt = dt_t4d + timedelta(days=3, minutes=2)
s = sender_aws(dt, "no-reply-aws@amazon.com")
html_ = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS サポート</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7">
<p>お客様</p>
<p>ケース {T4_CASE}（{T4_SUBJ}）は、解決済みとなりました。</p>
<p>AWS サポートをご利用いただき、ありがとうございました。サービス向上のため、今回のやり取りについてご意見をお聞かせください。</p>
<p style="font-weight:bold">今回のサポートにどの程度満足されましたか？</p>
<p>{''.join(f'<a href="https://console.aws.amazon.com/support/feedback?displayId={T4_CASE}&amp;score={i}" style="display:inline-block;width:36px;padding:8px 0;margin-right:4px;text-align:center;border:1px solid #879596;color:#16191f;text-decoration:none">{i}</a>' for i in range(1, 6))}</p>
<p style="font-size:12px;color:#687078">1：非常に不満　5：非常に満足</p>
<p>問題が解決していない場合は、7 日以内であればサポートセンターからケースを再開できます。</p>
<p><a href="{html.escape(console_link_ja(T4_CASE))}">サポートセンターでケースを表示</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">このメールアドレスは送信専用です。<br>Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109</td></tr>
</table></body></html>
"""
add("console-ja-kaiketsu-feedback", kind="survey", lang="ja", case_id=T4_CASE, ids=[],
    provider="biglobe", sender=s, verdict="pass", dt=dt, rcpt=T4_USER[1], to_hdr=T4_USER[1],
    from_hdr=CONSOLE_FROM_JA,
    subject_hdr=enc_header(f"アマゾン ウェブ サービス: サポートケース {T4_CASE} は解決済みです。ご意見をお聞かせください", "utf-8"),
    body=part(html_, "html", cte="quoted-printable"), new_text=html_)


# ================================================================ standalone EN confirmation requests

# CE1: 2020, 10-digit case, non-native agent, question form
U = ("Rahul Mehta", "rahulmehta.dev@gmail.com")
CASE = "7215530891"
dt = datetime(2020, 8, 19, 11, 42, 5, tzinfo=UTC)
s = sender_aws(dt, region=None)
txt = """Greetings from AWS Training and Certification!

Dear Rahul,

Thank you for writing to us. I understand that you are having two AWS Certification accounts and you want them to be merged into single account. I will be glad to assist you on this.

As per our verification, below are the accounts found on your name:

AWS Candidate ID: AWS00871234 | Email: rahul.m@infotechsol.in
AWS Candidate ID: AWS01456329 | Email: rahulmehta.dev@gmail.com

Kindly confirm if you want us to merge the account AWS00871234 into AWS01456329, so that AWS01456329 will be your primary account going forward? Please note that once the accounts are merged, it cannot be reverted back.

Kindly revert back with your confirmation so that we can proceed further with the request.

Have a great day ahead!

Regards,
Sneha
AWS Training and Certification
"""
add("form-reply-kindly-revert", kind="merge_confirmation_requested", lang="en", case_id=CASE,
    ids=["AWS00871234", "AWS01456329"], provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1],
    to_hdr=U[1], from_hdr=FORM_FROM, subject_hdr=form_subject(CASE, re_="RE: ", detail="account-merge"),
    body=alt(part(txt, charset="us-ascii", cte="7bit"), part(html_from_plain(txt), "html")), new_text=txt)

# CE2: 2022, 11-digit, HTML only, instruction without a question
U = ("Jordan Hayes", "jhayes@live.com")
CASE = "10482291736"
dt = datetime(2022, 4, 6, 16, 3, 40, tzinfo=UTC)
s = sender_aws(dt)
html_ = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Jordan,</p>
<p>Thanks for your patience. Here is what will happen to your certification profiles:</p>
<ul>
<li>AWS12094476 (jordan.hayes@brightlane.io) will be combined with AWS33810295 (jhayes@live.com).</li>
<li>AWS33810295 remains your account. AWS12094476 will be retired and you will no longer be able to sign in with it.</li>
<li>Your certifications, transcripts and exam benefits will all be found under AWS33810295.</li>
</ul>
<p>To authorise this change, reply to this email with the words <b>&quot;I agree&quot;</b>. We are unable to make the change without your written authorisation. Please keep the case number in the subject line when you reply.</p>
<p>Best,<br>Tom<br>Amazon Web Services<br>Training and Certification Customer Support</p>
<hr>
<p style="font-size:11px;color:#777">{html.escape(AWS_FOOTER_EN)}</p>
</div></body></html>
"""
add("form-reply-html-i-agree", kind="merge_confirmation_requested", lang="en", case_id=CASE,
    ids=["AWS12094476", "AWS33810295"], provider="outlook", sender=s, verdict="pass", dt=dt, rcpt=U[1],
    to_hdr=f"Jordan Hayes <{U[1]}>", from_hdr=FORM_FROM, subject_hdr=form_subject(CASE, re_="RE: "),
    body=part(html_, "html", cte="quoted-printable"), new_text=html_)

# CE3: three accounts into one, bullets, "once the merge is complete" (future)
U = ("Chen Wei", "chen.wei.ops@gmail.com")
opened = datetime(2025, 3, 3, 2, 11, 7, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(days=1, hours=4, minutes=29)
s = sender_aws(dt)
txt = """Hi Chen,

Thanks for the information you provided. We found three certification accounts linked to you:

 \u2022 AWS44910027 \u2014 AWS Certified Cloud Practitioner (2021)
 \u2022 AWS45022318 \u2014 AWS Certified Developer \u2013 Associate (2022)
 \u2022 AWS80017765 \u2014 AWS Certified Solutions Architect \u2013 Professional (2024)

As you requested, we would move the first two into AWS80017765, which would then be the only account left. Once the merge is complete, we will send you a short note and your Credly badges will follow to the email address registered on AWS80017765.

Could you confirm that this is what you want? Please be aware that merged accounts cannot be separated again afterwards.

Thanks,
Olivia
AWS Training and Certification Customer Support
"""
add("form-reply-three-into-one", kind="merge_confirmation_requested", lang="en", case_id=CASE,
    ids=["AWS44910027", "AWS45022318", "AWS80017765"], provider="gmail", sender=s, verdict="pass", dt=dt,
    rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM, subject_hdr=form_subject(CASE),
    body=alt(part(txt + "\n" + AWS_FOOTER_EN + "\n"), part(html_from_plain(txt + "\n" + AWS_FOOTER_EN), "html")), new_text=txt)

# CE4: phishing ABOUT the merge from a look-alike domain (own-domain auth passes)
dt = T1_OPEN + timedelta(hours=30, minutes=17)
ph = sender_generic("phish", "support@aws-certification-merge.com", "aws-certification-merge.com",
                    "mail.aws-certification-merge.com", "185.213.24.77",
                    "bounce@aws-certification-merge.com",
                    [("aws-certification-merge.com", "default")],
                    f"<{hexr(24)}@aws-certification-merge.com>")
txt = f"""Dear Candidate,

We received a request to merge your AWS Certification accounts {T1_OLD} and {T1_NEW}.

To protect your certifications, you must confirm this merge within 24 hours. If we do not receive your confirmation, both accounts will be temporarily suspended for security reasons.

Confirm the merge here:
https://aws-certification-merge.com/verify?u=priya.raman.cloud&token={hexr(32)}

You will be asked to sign in with your AWS Certification credentials to complete the verification.

Thank you,
AWS Training & Certification Security Team
"""
add("action-required-account-merge", kind="merge_confirmation_requested", lang="en", case_id=None,
    ids=[T1_OLD, T1_NEW], provider="gmail", sender=ph, verdict="pass", dt=dt, rcpt=T1_USER[1],
    to_hdr=T1_USER[1], from_hdr=addr("AWS Certification Support", "support@aws-certification-merge.com"),
    subject_hdr="Action required: confirm your AWS Certification account merge",
    body=alt(part(txt), part(html_from_plain(txt, "plain"), "html")), new_text=txt)

# CE5: corrected plan after agent swapped the accounts; Outlook-style quoted history
U = ("Fatima Al-Sayed", "fatima.alsayed@hotmail.com")
opened = datetime(2025, 7, 14, 19, 51, 30, tzinfo=UTC)
CASE = case15(opened)
dt_prev = opened + timedelta(hours=20, minutes=3)
dt_user = dt_prev + timedelta(hours=3, minutes=44)
dt = dt_user + timedelta(hours=16, minutes=20)
s = sender_aws(dt)
prev = """Hello Fatima,

Thank you for contacting us. We are ready to merge your certification accounts as follows:

  Account that will be closed:  AWS70264451
  Account that will be kept:    AWS29930418

Please reply to confirm that this is correct. Please note the merge cannot be undone.

Kind regards,
Kevin
AWS Training and Certification"""
user = "Hi Kevin,\n\nI think it's the other way round - I want to keep AWS70264451 (the hotmail one), the other one is my old university email which I can't access anymore.\n\nThanks,\nFatima\n\n" + \
    outlook_quote("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", dt_prev.astimezone(ZoneInfo("Asia/Dubai")),
                  "fatima.alsayed@hotmail.com", form_subject(CASE), prev)
new = """Hello Fatima,

I'm sorry - in my previous email I listed the accounts the wrong way round. Thank you for pointing that out.

The corrected plan is:

  Account that will be closed:  AWS29930418
  Account that will be kept:    AWS70264451

Everything else stays the same: your certifications and exam history from AWS29930418 will be moved to AWS70264451.

Could you please reply once more to confirm this corrected version? We will not start until you do.

Kind regards,
Kevin
AWS Training and Certification
"""
txt = new + "\n" + outlook_quote("Fatima Al-Sayed <fatima.alsayed@hotmail.com>", dt_user.astimezone(ZoneInfo("Asia/Dubai")),
                                 "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", form_subject(CASE), user)
add("form-reply-corrected-direction", kind="merge_confirmation_requested", lang="en", case_id=CASE,
    ids=["AWS29930418", "AWS70264451"], provider="outlook", sender=s, verdict="pass", dt=dt, rcpt=U[1],
    to_hdr=U[1], from_hdr=FORM_FROM, subject_hdr=form_subject(CASE), body=part(txt), new_text=new)

# CE6: corporate mailbox without Authentication-Results; confirmation + notes
U = ("Tobias Becker", "tobias.becker@fernwerk-it.de")
CASE = "11903447215"
dt = datetime(2023, 10, 24, 8, 15, 2, tzinfo=UTC)
s = sender_aws(dt)
txt = """Dear Tobias,

Thank you for contacting AWS Training and Certification.

Please confirm the following details so that we can merge your accounts:

Account to be merged (will be deactivated): AWS56120983
Account to be retained: AWS58820390

Please note:
- After the merge you will sign in with the email address registered on AWS58820390 (tobias.becker@fernwerk-it.de).
- The unused 50% discount voucher currently on AWS56120983 will be carried over.
- The process cannot be reversed.

Please reply to this email to confirm that the above is correct.

Best regards,
Mei
AWS Training and Certification
"""
add("form-reply-please-confirm-details", kind="merge_confirmation_requested", lang="en", case_id=CASE,
    ids=["AWS56120983", "AWS58820390"], provider="corp", sender=s, verdict="none", dt=dt, rcpt=U[1],
    to_hdr=f"\"Becker, Tobias\" <{U[1]}>", from_hdr=FORM_FROM, subject_hdr=form_subject(CASE),
    body=alt(part(txt, cte="quoted-printable"), part(html_from_plain(txt), "html")), new_text=txt)

# CE7: "we need your go-ahead", cp1252 bytes labelled iso-8859-1 (wrong label)
U = ("Sam O'Connor", "sam.oconnor.aws@gmail.com")
opened = datetime(2025, 11, 3, 21, 7, 44, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(days=2, hours=1, minutes=15)
s = sender_aws(dt)
txt = """Hi Sam,

Thanks for getting back to me with the sign-in addresses \u2013 that\u2019s everything I needed.

Before we go ahead I just need your go-ahead on one thing. We\u2019d retire AWS90412276 and attach all of its records (CLF-C02, AIF-C01) to AWS90377108, which is the one you\u2019d keep using. Is that OK with you? A simple \u201cyes\u201d is enough, and nothing will be changed until I have it.

Cheers,
Liam
AWS Training and Certification Customer Support
"""
add("form-reply-go-ahead-cp1252", kind="merge_confirmation_requested", lang="en", case_id=CASE,
    ids=["AWS90377108", "AWS90412276"], provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1],
    to_hdr=U[1], from_hdr=FORM_FROM, subject_hdr=form_subject(CASE),
    body=part(txt + "\n" + AWS_FOOTER_EN + "\n", charset="cp1252", label="iso-8859-1", cte="quoted-printable"),
    new_text=txt)


# ================================================================ standalone EN support replies

# SE1: identity check (names both accounts and direction)
U = ("Ana Souza", "ana.souza.cloud@gmail.com")
CASE = "11652030984"
dt = datetime(2023, 2, 9, 13, 26, 51, tzinfo=UTC)
s = sender_aws(dt)
txt = """Hello Ana,

Thank you for your message. I understand that you would like AWS47711902 to be merged into AWS47790215 and that you will keep using AWS47790215.

Because AWS47711902 is registered with an email address that is different from the one you wrote to us from (a.souza@unicamp-alumni.br), we first need to verify that you own that account. Please do one of the following:

 a) Reply to this case from a.souza@unicamp-alumni.br, or
 b) If you no longer have access to that mailbox, send us your full legal name as it appears on your government-issued ID, your date of birth, and the city where you took your most recent exam.

Please do not send a picture or scan of your ID.

As soon as the account is verified we will continue with your request.

Regards,
Felipe
AWS Training and Certification Customer Support
"""
add("form-reply-verify-ownership", kind="support_reply", lang="en", case_id=CASE,
    ids=["AWS47711902", "AWS47790215"], provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1],
    to_hdr=U[1], from_hdr=FORM_FROM, subject_hdr=form_subject(CASE),
    body=alt(part(txt + "\n" + AWS_FOOTER_EN + "\n"), part(html_from_plain(txt + "\n" + AWS_FOOTER_EN), "html")),
    new_text=txt)

# SE2: asks for sign-in e-mails of each account (direction named)
U = ("Daniel Okafor", "d.okafor@hotmail.co.uk")
opened = datetime(2025, 4, 22, 10, 2, 37, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(hours=18, minutes=55)
s = sender_aws(dt)
txt = """Hi Daniel,

Thanks for reaching out. To merge AWS63302178 into AWS63390524 as you asked, we first need to find both profiles in our system, but the email address you entered on the form does not match either of them.

Could you send us:
1. The email address you use to sign in to AWS63302178
2. The email address you use to sign in to AWS63390524
3. The first and last name on each profile, if they are different (for example a previous surname)

Once we have these details we can continue.

Kind regards,
Grace
AWS Training and Certification
"""
add("form-reply-need-signin-emails", kind="support_reply", lang="en", case_id=CASE,
    ids=["AWS63302178", "AWS63390524"], provider="outlook", sender=s, verdict="pass", dt=dt, rcpt=U[1],
    to_hdr=U[1], from_hdr=FORM_FROM, subject_hdr=form_subject(CASE),
    body=part(txt + "\n" + AWS_FOOTER_EN + "\n", cte="base64"), new_text=txt)

# SE3 / SE7: console case of Lukas: "new correspondence" notice, then status update naming direction
U = ("Lukas Novak", "lukas.novak.dev@gmail.com")
opened = datetime(2025, 8, 11, 6, 30, 12, tzinfo=UTC)
CASE_L = case15(opened)
SUBJ_L = "Merging my two AWS certification accounts"
dt = opened + timedelta(hours=20, minutes=41)
s = sender_aws(dt, "no-reply-aws@amazon.com", region=None)
txt = f"""Hello,

A new correspondence has been added to your AWS Support case {CASE_L}.

Case ID: {CASE_L}
Subject: {SUBJ_L}
Severity: General guidance

To view the correspondence and respond, please sign in to the AWS Support Center:
{console_link(CASE_L)}

Please do not reply to this email. This email address cannot accept replies.

Amazon Web Services
"""
add("console-new-correspondence", kind="support_reply", lang="en", case_id=CASE_L, ids=[],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=CONSOLE_FROM,
    subject_hdr=f"[Case {CASE_L}] New correspondence added",
    body=alt(part(txt, charset="us-ascii", cte="7bit"), part(html_from_plain(txt), "html")), new_text=txt)

dt = opened + timedelta(days=2, hours=3, minutes=9)
s = sender_aws(dt, "no-reply-aws@amazon.com", region=None)
txt = f"""Hello Lukas,

I wanted to give you a quick update on your case.

Your request has been passed on to our certification operations team, who are the only ones able to make this change. For your reference, the request they are working on is:

  From (to be closed): AWS15520038
  Into (remains):      AWS15563391

No action is needed from you at this time. Once the merge is complete, we will update this case and you will receive an email notification. In the meantime, please do not open a new case for this request, as that may slow things down.

Thank you for your patience.

Best regards,
Nadia
Amazon Web Services
"""
add("console-reply-status-no-action", kind="support_reply", lang="en", case_id=CASE_L,
    ids=["AWS15520038", "AWS15563391"], provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1],
    to_hdr=U[1], from_hdr=CONSOLE_FROM, subject_hdr=f"RE:[CASE {CASE_L}] {SUBJ_L}",
    body=alt(part(txt + "\n" + AWS_FOOTER_EN + "\n\n" + console_link(CASE_L) + "\n"),
             part(html_from_plain(txt + "\n" + AWS_FOOTER_EN + "\n\n" + console_link(CASE_L)), "html")),
    new_text=txt)

# SE4: chaser, quoted confirmation request below (Outlook From:/Sent: block)
U = ("Grace Kim", "gracekim88@outlook.com")
CASE = "10930577412"
dt_prev = datetime(2021, 9, 14, 17, 40, 22, tzinfo=UTC)
dt = dt_prev + timedelta(days=4, hours=1, minutes=3)
s = sender_aws(dt, region=None)
prev = """Hello Grace,

Thank you for contacting AWS Training and Certification.

We can merge AWS02219836 into AWS05518247. AWS05518247 will remain active and AWS02219836 will be closed. Please reply to confirm you would like us to proceed. Please note that this action cannot be undone.

Regards,
Ibrahim
AWS Training and Certification"""
new = """Hello Grace,

We are following up on our message below. We have not heard back from you yet.

If you still need help with this request, please reply to this email. If we do not hear from you within 5 business days, this case will be closed automatically; you can reopen it at any time by replying to this email.

Regards,
Ibrahim
AWS Training and Certification
"""
txt = new + "\n" + outlook_quote("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                 dt_prev.astimezone(PT), "gracekim88@outlook.com", form_subject(CASE), prev)
add("form-reply-follow-up-no-answer", kind="support_reply", lang="en", case_id=CASE, ids=[],
    provider="outlook", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM,
    subject_hdr=form_subject(CASE), body=alt(part(txt), part(html_from_plain(txt), "html")), new_text=new)

# SE5: which account to keep (no direction)
U = ("Hannah Schmidt", "hannah.schmidt.it@gmail.com")
opened = datetime(2024, 6, 17, 14, 8, 56, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(days=1, hours=2, minutes=33)
s = sender_aws(dt)
txt = """Hi Hannah,

Thanks for contacting us about merging your certification accounts.

I found the two accounts you mentioned:

  AWS34471109 - hannah.schmidt.it@gmail.com - last sign-in March 2024
  AWS91184520 - h.schmidt@datawerk.de - last sign-in January 2022

Your message does not say which one you would like to keep. Which account should remain active after the merge? The other one will be closed and its certifications moved over. Many customers keep the account linked to a personal email address so that they don't lose access when they change jobs, but it is entirely up to you.

Best,
Ryan
AWS Training and Certification Customer Support
"""
add("form-reply-which-one-stays", kind="support_reply", lang="en", case_id=CASE,
    ids=["AWS34471109", "AWS91184520"], provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1],
    to_hdr=U[1], from_hdr=FORM_FROM, subject_hdr=form_subject(CASE),
    body=part(txt + "\n" + AWS_FOOTER_EN + "\n", cte="quoted-printable"), new_text=txt)

# SE6: names accounts + direction, asks about a voucher (something other than the merge)
U = ("Oliver Brown", "oliver.brown@outlook.com")
opened = datetime(2025, 10, 6, 8, 44, 19, tzinfo=UTC)
CASE = case15(opened)
SUBJ = "Certification account merge + exam voucher"
dt = opened + timedelta(days=2, hours=7, minutes=12)
s = sender_aws(dt, "no-reply-aws@amazon.com", region=None)
txt = """Hello Oliver,

Thank you for your patience. Your request to merge AWS27708114 into AWS27781490 is with our operations team, and I will update you as soon as I hear back from them.

Regarding your second question, about the 50% discount voucher you earned when you passed SAA-C03: vouchers are tied to the account on which they were issued, and I can see an unused voucher on AWS27708114. We can move it across as part of the merge, but I need to know one thing first - have you already used the code to schedule an exam with Pearson VUE? If so, please send me the appointment date so we can make sure your booking is not affected.

Best regards,
Chloe
Amazon Web Services
"""
add("console-reply-voucher-question", kind="support_reply", lang="en", case_id=CASE,
    ids=["AWS27708114", "AWS27781490"], provider="outlook", sender=s, verdict="pass", dt=dt, rcpt=U[1],
    to_hdr=U[1], from_hdr=CONSOLE_FROM, subject_hdr=f"RE:[CASE {CASE}] {SUBJ}",
    body=alt(part(txt + "\n" + AWS_FOOTER_EN + "\n\n" + console_link(CASE) + "\n"),
             part(html_from_plain(txt + "\n" + AWS_FOOTER_EN + "\n\n" + console_link(CASE)), "html")),
    new_text=txt)


# ================================================================ standalone JA confirmation requests

# CJ1: table (text + HTML), Shift_JIS
U = ("鈴木 大輔", "daisuke.suzuki.0523@gmail.com")
opened = datetime(2025, 2, 17, 0, 36, 2, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(hours=23, minutes=12)
s = sender_aws(dt)
A, B = "AWS81027734", "AWS81100296"
txt = f"""鈴木 大輔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村です。

お問い合わせいただいたアカウント統合について、下表の内容で処理を行う予定です。

+--------+-------------+--------------------------------+----------+
| 区分   | 受験者 ID   | 登録メールアドレス             | 統合後   |
+--------+-------------+--------------------------------+----------+
| 統合元 | {A} | d.suzuki@example-sier.co.jp    | 利用不可 |
| 統合先 | {B} | daisuke.suzuki.0523@gmail.com  | 継続利用 |
+--------+-------------+--------------------------------+----------+

表の内容をご確認のうえ、問題がなければ「確認しました」とご返信ください。
内容に誤りがある場合は、正しい情報をお知らせください。
※統合後に取り消すことはできません。

中村
AWS トレーニングと認定 カスタマーサポート
"""
html_ = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body>"
         "<p>鈴木 大輔 様</p><p>お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村です。</p>"
         "<p>お問い合わせいただいたアカウント統合について、下表の内容で処理を行う予定です。</p>"
         "<table border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse\">"
         "<tr bgcolor=\"#eeeeee\"><th>区分</th><th>受験者 ID</th><th>登録メールアドレス</th><th>統合後</th></tr>"
         f"<tr><td>統合元</td><td>{A}</td><td>d.suzuki@example-sier.co.jp</td><td>利用不可</td></tr>"
         f"<tr><td>統合先</td><td>{B}</td><td>daisuke.suzuki.0523@gmail.com</td><td>継続利用</td></tr></table>"
         "<p>表の内容をご確認のうえ、問題がなければ「確認しました」とご返信ください。<br>内容に誤りがある場合は、正しい情報をお知らせください。<br>"
         "<span style=\"color:#c00\">※統合後に取り消すことはできません。</span></p><p>中村<br>AWS トレーニングと認定 カスタマーサポート</p></body></html>\n")
add("form-reply-ja-hyou-kakunin", kind="merge_confirmation_requested", lang="ja", case_id=CASE, ids=[A, B],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM,
    subject_hdr=form_subject(CASE),
    body=alt(part(txt, charset="shift_jis", cte="base64"), part(html_, "html", charset="shift_jis", cte="quoted-printable")),
    new_text=txt)

# CJ2: numbered steps with circled digits: cp932 bytes labelled Shift_JIS
U = ("伊藤 直樹", "n-ito@ab.so-net.ne.jp")
CASE = "11287450391"
dt = datetime(2022, 7, 26, 2, 18, 45, tzinfo=UTC)
s = sender_aws(dt)
A, B = "AWS20039187", "AWS20311845"
txt = f"""伊藤 直樹 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。

アカウント統合を進めるにあたり、以下の手順でご対応をお願いいたします。

① 下記の統合内容をご確認ください。
　　・統合元：{A}（統合後は閉鎖されます）
　　・統合先：{B}（今後ご利用いただくアカウントです）
② 内容に問題がなければ、本メールに「統合に同意します」とご返信ください。
③ 弊社にてご返信を確認後、統合作業を開始いたします。作業完了後、改めてご連絡いたします。

※統合は取り消しができませんので、ご注意ください。

以上、よろしくお願いいたします。

松本
AWS トレーニングと認定 カスタマーサポート
"""
add("form-reply-ja-maru-suuji-tejun", kind="merge_confirmation_requested", lang="ja", case_id=CASE, ids=[A, B],
    provider="sonet", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM,
    subject_hdr=form_subject(CASE),
    body=part(txt + "\n" + AWS_FOOTER_JA + "\n", charset="cp932", label="Shift_JIS", cte="base64"), new_text=txt)

# CJ3: phishing ABOUT the merge, spoofing amazon.com: provider AR fails, forged pass below
dt = T2_OPEN + timedelta(hours=30, minutes=2)
ph = sender_generic("phish", "aws-cs-trainingcertification-form@amazon.com", "amazon.com",
                    "vps-4471.hostingbay.eu", "45.140.17.203", "www-data@vps-4471.hostingbay.eu", [],
                    f"<{hexr(20)}@vps-4471.hostingbay.eu>")
txt = f"""佐藤 美咲 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

ご依頼のアカウント統合（{T2_OLD} → {T2_NEW}）につきまして、最終確認が完了しておりません。
下記のリンクから 24 時間以内にサインインし、統合内容をご確認ください。

https://aws-certification-jp.support-verify.net/merge/confirm?id={hexr(20)}

期限内にご確認いただけない場合、セキュリティ保護のため両方のアカウントが一時停止されます。

AWS トレーニングと認定 サポートチーム
"""
add("ja-juuyou-tougou-saishuu-kakunin", kind="merge_confirmation_requested", lang="ja", case_id=None,
    ids=[T2_OLD, T2_NEW], provider="nifty", sender=ph, verdict="fail", dt=dt, rcpt=T2_USER[1],
    to_hdr=T2_USER[1], from_hdr=addr("AWS トレーニングと認定", "aws-cs-trainingcertification-form@amazon.com", "utf-8"),
    subject_hdr=enc_header("【重要】アカウント統合の最終確認のお願い", "utf-8"),
    body=alt(part(txt), part(html_from_plain(txt, "plain"), "html")), new_text=txt, forged_ar=True)

# CJ4: confirmation with "after the merge is complete..." (future), Gmail, UTF-8 QP
U = ("高橋 彩", "aya.takahashi.work@gmail.com")
opened = datetime(2025, 12, 7, 23, 55, 10, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(hours=26, minutes=40)
s = sender_aws(dt)
A, B = "AWS66120458", "AWS66004129"
txt = f"""高橋 彩 様

ご連絡ありがとうございます。ご提供いただいた情報で、２つのアカウントを確認できました。

統合の内容は次のとおりです。
　- {A} を {B} に統合（{A} は閉鎖）

統合完了後、Credly のデジタルバッジは {B} にご登録のメールアドレス（aya.takahashi.work@gmail.com）宛てに改めて発行されます。また、統合元でお持ちの 50% 割引バウチャーも引き継がれます。

この内容で統合を実施してよろしいか、ご確認をお願いできますでしょうか。
ご承諾いただける場合は、本メールへの返信でお知らせください。

よろしくお願いいたします。

藤田
AWS トレーニングと認定 カスタマーサポート
"""
add("form-reply-ja-credly-after", kind="merge_confirmation_requested", lang="ja", case_id=CASE, ids=[A, B],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM,
    subject_hdr=form_subject(CASE),
    body=alt(part(txt + "\n" + AWS_FOOTER_JA + "\n"), part(html_from_plain(txt + "\n" + AWS_FOOTER_JA), "html")),
    new_text=txt)

# CJ5: instruction: reply with a fixed sentence, ISO-2022-JP, OCN
U = ("渡辺 裕子", "yuko-w@hkg.ocn.ne.jp")
opened = datetime(2024, 9, 9, 4, 12, 48, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(days=1, hours=6, minutes=2)
s = sender_aws(dt)
A, B = "AWS39910472", "AWS39977160"
txt = f"""渡辺 裕子 様

AWS トレーニングと認定 カスタマーサポートの森でございます。

お送りいただいた内容をもとに確認いたしましたところ、以下のとおり統合のお手続きが可能です。

【統合内容】
　統合されるアカウント：{A}
　残るアカウント　　　：{B}

お手続きを進めてよろしければ、本メールに「はい、統合を進めてください」とご返信ください。
いただいたご返信をもって、統合へのご同意とさせていただきます。

何卒よろしくお願いいたします。

森
AWS トレーニングと認定 カスタマーサポート
"""
add("form-reply-ja-hai-to-gohenshin", kind="merge_confirmation_requested", lang="ja", case_id=CASE, ids=[A, B],
    provider="ocn", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM_JA,
    subject_hdr=form_subject(CASE),
    body=part(txt + "\n" + AWS_FOOTER_JA + "\n", charset="iso-2022-jp", cte="7bit"), new_text=txt)

# CJ6: 2019, 10-digit case, bilingual (Japanese first, English below)
U = ("小川 翔", "sho.ogawa@outlook.jp")
CASE = "6371920054"
dt = datetime(2019, 10, 2, 5, 3, 27, tzinfo=UTC)
s = sender_aws(dt, region=None)
A, B = "AWS00412987", "AWS00398851"
txt = f"""小川 様

お問い合わせありがとうございます。

お客様のアカウント {A} と {B} を統合いたします。統合後は {B} のみご利用いただけます。
統合を実施してよろしいでしょうか。ご確認のうえ、ご返信くださいますようお願いいたします。

---

Dear Ogawa-san,

Thank you for contacting us. We will merge your accounts {A} and {B}; after the merge only {B} can be used.
May we go ahead with the merge? Please reply to let us know.

Best regards / 以上、よろしくお願いいたします。
AWS Training and Certification
"""
add("form-reply-ja-en-bilingual-2019", kind="merge_confirmation_requested", lang="ja", case_id=CASE, ids=[A, B],
    provider="outlook", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM,
    subject_hdr=form_subject(CASE, detail="account-merge"), body=part(txt, cte="base64"), new_text=txt)

# CJ7: corporate mailbox (no AR); third id in the quoted mail only
U = ("山口 隆", "t-yamaguchi@mirai-sys.co.jp")
CASE = "11760042388"
dt_user = datetime(2023, 6, 12, 0, 14, 3, tzinfo=UTC)
dt = dt_user + timedelta(hours=21, minutes=30)
s = sender_aws(dt)
A, B, X = "AWS72231906", "AWS72284410", "AWS55501234"
new = f"""山口 様

ご返信ありがとうございます。
３つ目にお知らせいただいた受験者 ID は、お調べしたところお客様ご本人のものではございませんでしたので、今回の統合対象から外しております。

改めまして、以下の２アカウントを統合する形でよろしいでしょうか。

　■統合元：{A}（t-yamaguchi@mirai-sys.co.jp）
　■統合先：{B}（takashi.yamaguchi.77@gmail.com）

統合先アカウントに統合元の認定資格（SAA、DVA）を移行し、統合元アカウントは閉鎖いたします。
ご了承いただける場合は、その旨ご返信ください。

何卒よろしくお願い申し上げます。

石井
AWS トレーニングと認定 カスタマーサポート
"""
user = f"石井様\n\nお世話になっております。\n受験者IDは以下の3つです。\n{A}\n{B}\n{X}\nよろしくお願いいたします。\n\n山口"
txt = new + "\n" + outlook_quote("山口 隆 <t-yamaguchi@mirai-sys.co.jp>", dt_user.astimezone(JST),
                                 "'Amazon Web Services' <aws-cs-trainingcertification-form@amazon.com>",
                                 form_subject(CASE), user, style="ja")
add("form-reply-ja-sanbanme-jogai", kind="merge_confirmation_requested", lang="ja", case_id=CASE, ids=[A, B],
    provider="corp", sender=s, verdict="none", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM_JA,
    subject_hdr=form_subject(CASE), body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=new)


# ================================================================ standalone JA support replies

# SJ1: direction named, asks which e-mail address to keep
U = ("松田 光", "hikaru.matsuda.dev@gmail.com")
opened = datetime(2025, 1, 20, 2, 48, 31, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(hours=22, minutes=5)
s = sender_aws(dt)
A, B = "AWS50218834", "AWS50277613"
txt = f"""松田 光 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定 カスタマーサポートの吉田です。

{A} を {B} に統合するご依頼について承りました。

お手続きに先立ち、一点確認させてください。
統合後の {B} でご利用いただくメールアドレス（サインインおよび各種通知の送信先）は、以下のどちらをご希望でしょうか。

　A. h.matsuda@techno-works.co.jp（現在 {A} に登録）
　B. hikaru.matsuda.dev@gmail.com（現在 {B} に登録）

ご希望を A または B でお知らせください。

吉田
AWS トレーニングと認定 カスタマーサポート
"""
add("form-reply-ja-mail-address-dochira", kind="support_reply", lang="ja", case_id=CASE, ids=[A, B],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM_JA,
    subject_hdr=form_subject(CASE),
    body=alt(part(txt + "\n" + AWS_FOOTER_JA + "\n", charset="iso-2022-jp", cte="7bit"),
             part(html_from_plain(txt + "\n" + AWS_FOOTER_JA), "html", cte="base64")), new_text=txt)

# SJ2: progress, direction named, nothing asked (console)
U = ("井上 由美", "yumi.inoue.aws@gmail.com")
opened = datetime(2024, 3, 4, 5, 9, 14, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(days=3, hours=2, minutes=40)
s = sender_aws(dt, "no-reply-aws@amazon.com")
A, B = "AWS12870045", "AWS12809931"
new = f"""井上 様

いつもお世話になっております。
ご依頼いただいているアカウント統合（{A} → {B}）について、現在、担当部署にて作業を進めております。

通常、数営業日ほどで完了いたします。完了次第、本ケースにてお知らせいたしますので、今しばらくお待ちください。
お客様にて追加でご対応いただくことはございません。

加藤
アマゾン ウェブ サービス
"""
txt = new + "\n" + AWS_FOOTER_JA + "\n\n" + CONSOLE_TAIL_JA.format(link=console_link_ja(CASE))
add("console-ja-taiouchuu", kind="support_reply", lang="ja", case_id=CASE, ids=[A, B],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=CONSOLE_FROM_JA,
    subject_hdr=enc_header("認定アカウント統合のお願い", "iso-2022-jp", prefix=f"RE:[CASE {CASE}] "),
    body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=new)

# SJ3: which account to keep, with a text table; Shift_JIS quoted-printable
U = ("木村 涼", "ryo-kimura@xb.so-net.ne.jp")
CASE = "10788215634"
dt = datetime(2021, 11, 30, 6, 51, 9, tzinfo=UTC)
s = sender_aws(dt, region=None)
A, B = "AWS09920113", "AWS10042287"
txt = f"""木村 様

ご連絡ありがとうございます。ご指定いただいた２つのアカウントを確認いたしました。

　受験者 ID　　　登録メールアドレス　　　　　　　取得済み認定
　{A}　　ryo-kimura@xb.so-net.ne.jp　　　CLF、SAA
　{B}　　r.kimura@nttk-solutions.jp　　　DVA

統合後に存続させるアカウントはどちらになさいますか。お手数ですが、残したいほうの受験者 ID をお知らせください。
なお、存続させないアカウントの認定資格は、すべて存続アカウントへ移行されます。

清水
AWS トレーニングと認定 カスタマーサポート
"""
add("form-reply-ja-sonzoku-dochira", kind="support_reply", lang="ja", case_id=CASE, ids=[A, B],
    provider="sonet", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM,
    subject_hdr=form_subject(CASE, re_="Re:"),
    body=part(txt + "\n" + AWS_FOOTER_JA + "\n", charset="shift_jis", cte="quoted-printable"), new_text=txt)

# SJ4: duplicate case notice; relayed copy, topmost AR fails (DKIM body hash)
U = ("山田 久美子", "kumiko.yamada@outlook.jp")
opened_first = datetime(2025, 10, 20, 3, 15, 2, tzinfo=UTC)
CASE_FIRST = case15(opened_first)
opened = opened_first + timedelta(days=2, hours=5, minutes=41)
CASE = case15(opened)
dt = opened + timedelta(hours=19, minutes=8)
s = sender_aws(dt)
A, B = "AWS61190427", "AWS61125580"
txt = f"""山田 様

お問い合わせいただき、ありがとうございます。

同じ内容（{A} と {B} の統合）について、ケース {CASE_FIRST} でもお問い合わせをいただいております。
対応の重複を避けるため、本件は先にいただいたケース {CASE_FIRST} にて引き続き対応させていただきます。こちらのケースへのご返信は不要です。

同一のご依頼で複数のケースを作成されますと、お返事までにお時間をいただく場合がございます。ご理解のほど、よろしくお願いいたします。

林
AWS トレーニングと認定 カスタマーサポート
"""
add("form-reply-ja-choufuku-case", kind="support_reply", lang="ja", case_id=CASE, ids=[A, B],
    provider="outlook", sender=s, verdict="fail", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM_JA,
    subject_hdr=form_subject(CASE), body=part(txt + "\n" + AWS_FOOTER_JA + "\n", cte="base64"), new_text=txt)

# SJ5: direction named, asks sign-in e-mail and name; UTF-8 8bit
U = ("中島 悠斗", "yuto.nakajima.0701@gmail.com")
opened = datetime(2025, 6, 23, 12, 30, 45, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(hours=14, minutes=19)
s = sender_aws(dt)
A, B = "AWS84410026", "AWS84493317"
txt = f"""中島 悠斗 様

お問い合わせありがとうございます。

{A} から {B} への統合をご希望とのこと、承知いたしました。
ただ、フォームにご入力いただいたメールアドレスでは、{A} のアカウントを特定できませんでした。

お手数ですが、以下についてお知らせいただけますでしょうか。
1. {A} へのサインインにお使いのメールアドレス
2. 受験時にご登録の氏名（ローマ字）

サインイン用のパスワードをお知らせいただく必要はございません。

清水
AWS トレーニングと認定 カスタマーサポート
"""
add("form-reply-ja-signin-address", kind="support_reply", lang="ja", case_id=CASE, ids=[A, B],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM,
    subject_hdr=form_subject(CASE), body=part(txt + "\n" + AWS_FOOTER_JA + "\n", cte="8bit"), new_text=txt)

# SJ6: direction named, asks about a booked exam (other topic)
U = ("森田 恵", "megumi-m@pop21.biglobe.ne.jp")
opened = datetime(2025, 10, 27, 9, 2, 58, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(days=1, hours=1, minutes=26)
s = sender_aws(dt, "no-reply-aws@amazon.com")
A, B = "AWS33019874", "AWS33087261"
new = f"""森田 様

お問い合わせいただき、ありがとうございます。

{A} を {B} に統合するお手続きの準備を進めておりますが、確認いたしましたところ、{A} に 11 月 14 日の試験予約（AWS Certified Machine Learning Engineer - Associate、ピアソン VUE オンライン監督試験）が入っております。

統合を実施すると、統合元アカウントのご予約はキャンセル扱いとなる場合がございます。
つきましては、この試験を予定どおり受験されるご予定かどうか、お知らせいただけますでしょうか。
受験後に統合を行うことも可能です。

佐々木
アマゾン ウェブ サービス
"""
txt = new + "\n" + AWS_FOOTER_JA + "\n\n" + CONSOLE_TAIL_JA.format(link=console_link_ja(CASE))
add("console-ja-shiken-yoyaku", kind="support_reply", lang="ja", case_id=CASE, ids=[A, B],
    provider="biglobe", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=CONSOLE_FROM_JA,
    subject_hdr=enc_header("アカウント統合の依頼", "utf-8", prefix=f"RE:[CASE {CASE}] "),
    body=alt(part(txt, cte="quoted-printable"), part(html_from_plain(txt), "html", cte="quoted-printable")), new_text=new)

# SJ7: chaser (ja) with the confirmation request quoted below
U = ("長谷川 陽介", "yosuke.hasegawa@nifty.com")
opened = datetime(2024, 4, 15, 1, 22, 7, tzinfo=UTC)
CASE = case15(opened)
dt_prev = opened + timedelta(hours=25, minutes=3)
dt = dt_prev + timedelta(days=5, hours=1)
s = sender_aws(dt)
A, B = "AWS20881145", "AWS20847792"
prev = f"""長谷川 陽介 様

お問い合わせいただき、ありがとうございます。
以下の内容で統合を行ってよろしいか、ご確認をお願いいたします。

　統合元：{A}
　統合先：{B}

内容に問題がなければ、本メールへご返信ください。

岡田
AWS トレーニングと認定 カスタマーサポート"""
new = """長谷川 様

先日お送りした下記のメールについて、まだご返信を確認できておりませんので、念のため再度ご連絡いたしました。

お手すきの際に、本メールへご返信いただけますと幸いです。
なお、10 日間ご返信がない場合は、本ケースをクローズさせていただきますので、あらかじめご了承ください。

岡田
AWS トレーニングと認定 カスタマーサポート
"""
txt = new + "\n" + original_message("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", dt_prev,
                                    U[1], form_subject(CASE), prev)
add("form-reply-ja-saido-renraku", kind="support_reply", lang="ja", case_id=CASE, ids=[],
    provider="nifty", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM_JA,
    subject_hdr=form_subject(CASE), body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=new)


CASE_H, U_H = CASE, U   # keep 長谷川's case for the closure notice below

# ================================================================ completion / surveys / Credly

# MJ: merge completed (ja), nested quotes (user's OK quoting the request)
U = ("藤井 誠", "makoto.fujii.cloud@gmail.com")
CASE = "11419876520"
dt_req = datetime(2022, 10, 3, 7, 40, 11, tzinfo=UTC)
dt_user = dt_req + timedelta(hours=5, minutes=16)
dt = dt_user + timedelta(days=2, hours=20, minutes=3)
s = sender_aws(dt)
A, B = "AWS15300982", "AWS15377401"
req = f"""藤井 誠 様

以下の内容で統合を進めてよろしいでしょうか。
　統合元：{A}
　統合先：{B}
ご確認のうえ、ご返信をお願いいたします。

斎藤
AWS トレーニングと認定 カスタマーサポート"""
user = "斎藤様\n\nお世話になっております。\n記載の内容で問題ございません。よろしくお願いいたします。\n\n藤井\n\n" + \
    jp_quote(dt_req.astimezone(JST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", req)
new = f"""藤井 様

お待たせいたしました。
ご依頼いただきましたアカウントの統合が完了しましたので、お知らせいたします。

今後は {B} にサインインしていただくと、これまでに取得されたすべての認定資格をご確認いただけます。
特典（次回受験の 50% 割引バウチャーなど）も {B} に引き継がれております。

またのご利用をお待ちしております。

斎藤
AWS トレーニングと認定 カスタマーサポート
"""
txt = new + "\n" + jp_quote(dt_user.astimezone(JST), "藤井 誠", U[1], user)
add("form-reply-ja-tougou-kanryou", kind="merge_completed", lang="ja", case_id=CASE, ids=[B],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=U[1], to_hdr=U[1], from_hdr=FORM_FROM_JA,
    subject_hdr=form_subject(CASE), body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=new)

# SV-en: T1 closure + survey
dt = T1_OPEN + timedelta(days=5, hours=2, minutes=7)
s = sender_aws(dt)
txt = f"""Hello,

We're writing to let you know that your case {T1_CASE} has been resolved and closed.

Was your issue resolved?
YES: https://support.aws.amazon.com/survey/tc?displayId={T1_CASE}&resolved=yes
NO:  https://support.aws.amazon.com/survey/tc?displayId={T1_CASE}&resolved=no

How would you rate the service you received from our agent? It only takes a minute, and it helps us improve AWS Training and Certification support.

If you need further help with this request, reply to this email within 14 days and your case will be reopened.

Thank you,
AWS Training and Certification Customer Support
"""
html_ = ("<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\" align=\"center\"><tr><td>"
         f"<p>Hello,</p><p>We're writing to let you know that your case <b>{T1_CASE}</b> has been resolved and closed.</p>"
         "<p style=\"font-size:16px\"><b>Was your issue resolved?</b></p><p>"
         f"<a href=\"https://support.aws.amazon.com/survey/tc?displayId={T1_CASE}&amp;resolved=yes\" style=\"background:#1d8102;color:#fff;padding:8px 28px;text-decoration:none\">YES</a> &nbsp; "
         f"<a href=\"https://support.aws.amazon.com/survey/tc?displayId={T1_CASE}&amp;resolved=no\" style=\"background:#d13212;color:#fff;padding:8px 28px;text-decoration:none\">NO</a></p>"
         "<p>How would you rate the service you received from our agent? It only takes a minute, and it helps us improve AWS Training and Certification support.</p>"
         "<p>If you need further help with this request, reply to this email within 14 days and your case will be reopened.</p>"
         "<p>Thank you,<br>AWS Training and Certification Customer Support</p></td></tr></table></body></html>\n")
add("form-case-closed-yes-no", kind="survey", lang="en", case_id=T1_CASE, ids=[], provider="gmail",
    sender=s, verdict="pass", dt=dt, rcpt=T1_USER[1], to_hdr=T1_USER[1], from_hdr=FORM_FROM,
    subject_hdr=f"[CASE {T1_CASE}] Your case has been closed - tell us how we did",
    body=alt(part(txt), part(html_, "html")), new_text=txt)

# SV-ja: 長谷川's case closed for lack of reply (no merge), with rating request; Shift_JIS
dt = opened + timedelta(days=17, hours=2, minutes=30)   # 'opened' still = 長谷川's case open time
s = sender_aws(dt)
txt = f"""長谷川 陽介 様

ケース {CASE_H} につきまして、一定期間ご返信をいただけなかったため、クローズさせていただきました。

引き続きサポートが必要な場合は、クローズ後 14 日以内であれば本メールへのご返信でケースを再開できます。

━━━━━━━━━━━━━━━━━━━━
今回の対応はいかがでしたか？
━━━━━━━━━━━━━━━━━━━━
下記のリンクから、担当者の対応についての評価をお寄せください。
https://support.aws.amazon.com/survey/tc?displayId={CASE_H}&lang=ja

いただいたご意見は、今後のサービス改善に活用させていただきます。

AWS トレーニングと認定 カスタマーサポート
"""
add("form-ja-close-no-reply-hyouka", kind="survey", lang="ja", case_id=CASE_H, ids=[], provider="nifty",
    sender=s, verdict="pass", dt=dt, rcpt=U_H[1], to_hdr=U_H[1], from_hdr=FORM_FROM_JA,
    subject_hdr=enc_header("ケースクローズのお知らせ", "iso-2022-jp", prefix=f"[CASE {CASE_H}] "),
    body=part(txt, charset="shift_jis", cte="base64"), new_text=txt)

# CR2: Credly, two badges re-issued after the merge (Marcus, Outlook)
dt = T3_OPEN + timedelta(days=5, hours=9, minutes=21)
s = sender_credly(dt)
txt = """Hi Marcus,

Amazon Web Services Training and Certification has issued you 2 badges:

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate

These badges were issued to marcus.lindqvist@outlook.com following an update to your certification record. Accept your badges to add them to your Credly profile and share them with your network.

Accept your badges: https://www.credly.com/earner/earned?utm_source=issued_badge_email

Questions about your badges? Contact the issuer or visit https://support.credly.com

Credly, Inc. | 1005 Slater Road, Suite 230 | Durham, NC 27703
"""
add("credly-two-badges-reissued", kind="credly_badge_issued", lang="en", case_id=None, ids=[],
    provider="outlook", sender=s, verdict="pass", dt=dt, rcpt=T3_USER[1], to_hdr=T3_USER[1],
    from_hdr=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
    subject_hdr="You have 2 new badges from Amazon Web Services Training and Certification",
    body=alt(part(txt), part(html_from_plain(txt, "plain"), "html")), reply_to="noreply@credly.com", new_text=txt)

# CR3: older Acclaim sender (2020), badge earned (Rahul)
dt = datetime(2020, 8, 27, 15, 4, 33, tzinfo=UTC)
s = sender_generic("credly", "admin@youracclaim.com", "youracclaim.com", "o2.email.youracclaim.com",
                   "167.89.101.14", f"bounces+2203117-{hexr(4)}-{{rcpt}}@email.youracclaim.com",
                   [("youracclaim.com", "s1")], f"<{hexr(22)}@ismtpd0006p1mdw1.sendgrid.net>")
html_ = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
<p>Rahul,</p>
<p>Congratulations! Amazon Web Services Training and Certification has issued you a badge: <strong>AWS Certified Developer &ndash; Associate</strong>.</p>
<p>Accept your badge and share your achievement with your network.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/""" + ruuid() + """" style="background:#2a8b9e;color:#fff;padding:10px 20px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px;color:#888">Acclaim, a Credly product. Credly, Inc., 2 Park Avenue, Floor 20, New York, NY 10016</p>
</div></body></html>
"""
add("acclaim-badge-2020", kind="credly_badge_issued", lang="en", case_id=None, ids=[], provider="gmail",
    sender=s, verdict="pass", dt=dt, rcpt="rahulmehta.dev@gmail.com", to_hdr="rahulmehta.dev@gmail.com",
    from_hdr=addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
    subject_hdr="Rahul, you've earned a badge from Amazon Web Services Training and Certification!",
    body=part(html_, "html", cte="quoted-printable"), new_text=html_)


# ================================================================ unrelated look-alikes

# UN1: Credly's own self-service account merge code (genuine Credly, not the AWS merge)
dt = T1_OPEN + timedelta(days=4, hours=1, minutes=2)
s = sender_credly(dt)
code = f"{R.randint(100000, 999999)}"
txt = f"""Hi Priya,

We received a request to merge the Credly account registered to priya.raman.cloud@gmail.com into your Credly account registered to p.raman@northwind-analytics.com.

To complete the merge, enter this verification code on Credly:

    {code}

Or click the button below:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token={hexr(40)}

This code expires in 30 minutes. If you did not request this, you can ignore this email and no changes will be made.

The Credly Team
"""
add("credly-account-merge-code", kind="unrelated", lang="en", case_id=None, ids=[], provider="gmail",
    sender=s, verdict="pass", dt=dt, rcpt=T1_USER[1], to_hdr=T1_USER[1],
    from_hdr=addr("Credly", "admin@credly.com"), subject_hdr="Confirm your Credly account merge",
    body=alt(part(txt), part(html_from_plain(txt, "plain"), "html")), new_text=txt)

# UN2: GitHub "merged" notification
dt = datetime(2025, 9, 4, 12, 17, 40, tzinfo=UTC)
s = sender_generic("github", "notifications@github.com", "github.com", "out-21.smtp.github.com",
                   "192.30.252.204", "noreply@github.com", [("github.com", "pf2023")],
                   "<acme-cloud/infra-terraform/pull/212/issue_event/18236601944@github.com>")
txt = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/acme-cloud/infra-terraform/pull/212#event-18236601944
You are receiving this because you were mentioned.

Message ID: <acme-cloud/infra-terraform/pull/212/issue_event/18236601944@github.com>
"""
add("github-pr-merged", kind="unrelated", lang="en", case_id=None, ids=[], provider="outlook", sender=s,
    verdict="pass", dt=dt, rcpt=T3_USER[1], to_hdr="acme-cloud/infra-terraform <infra-terraform@noreply.github.com>",
    from_hdr=addr("Jonas Berg", "notifications@github.com"),
    subject_hdr="Re: [acme-cloud/infra-terraform] Merge account baseline modules for member accounts (PR #212)",
    extra=[("Cc", "Marcus Lindqvist <marcus.lindqvist@outlook.com>, Mention <mention@noreply.github.com>"),
           ("List-ID", "acme-cloud/infra-terraform <infra-terraform.acme-cloud.github.com>"),
           ("X-GitHub-Reason", "mention")],
    body=alt(part(txt), part(html_from_plain(txt, "plain"), "html")), new_text=txt)

# UN3: other AWS support case: AWS Organizations / consolidated billing (genuine AWS, not certification)
opened = datetime(2025, 10, 9, 15, 20, 5, tzinfo=UTC)
CASE = case15(opened)
dt = opened + timedelta(hours=7, minutes=44)
s = sender_aws(dt, "no-reply-aws@amazon.com", region=None)
txt = f"""Hello Oliver,

Thank you for contacting AWS Billing and Account support.

I understand you would like to bring your two AWS accounts (4417-2093-8850 and 9031-6627-1184) under one bill. AWS accounts themselves cannot be merged, but you can get a single bill by using AWS Organizations: invite account 903166271184 to the organization managed by 441720938850, and once the invitation is accepted, charges for both accounts will appear on the management account's invoice (consolidated billing).

Step-by-step instructions: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invite.html

Please note that any Savings Plans and Reserved Instances purchased in either account will be shared across the organization by default.

Is there anything else I can help you with regarding billing?

Best regards,
Priyanka S.
Amazon Web Services

{AWS_FOOTER_EN}

To see or update your case, sign in to the AWS Support Center:
{console_link(CASE)}
"""
add("console-billing-consolidate", kind="unrelated", lang="en", case_id=CASE, ids=[], provider="outlook",
    sender=s, verdict="pass", dt=dt, rcpt="oliver.brown@outlook.com", to_hdr="oliver.brown@outlook.com",
    from_hdr=CONSOLE_FROM, subject_hdr=f"RE:[CASE {CASE}] Combine billing for two accounts",
    body=alt(part(txt), part(html_from_plain(txt), "html")), new_text=txt)

# UN4: CertMetrics survey mail (authentic, but not AWS/Credly)
dt = datetime(2025, 6, 30, 16, 0, 2, tzinfo=UTC)
s = sender_generic("certmetrics", "do-not-reply@certmetrics.com", "certmetrics.com", "mail1.certmetrics.com",
                   "52.165.134.71", "do-not-reply@certmetrics.com", [("certmetrics.com", "selector1")],
                   f"<{ruuid()}@certmetrics.com>")
txt = """AWS Certification wants to hear from you

Hello Priya Raman,

Thank you for being an AWS Certified individual. We would like to learn more about your certification experience and how it has helped your career.

The survey takes about 10 minutes. Your responses are confidential and will only be used to improve the AWS Certification program.

Candidate ID: AWS61529083

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?id=""" + hexr(32) + """

Thank you,
AWS Training and Certification

Please do not reply to this message; this mailbox is not monitored.
"""
add("certmetrics-wants-to-hear", kind="unrelated", lang="en", case_id=None, ids=["AWS61529083"],
    provider="gmail", sender=s, verdict="pass", dt=dt, rcpt=T1_USER[1], to_hdr=T1_USER[1],
    from_hdr=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    subject_hdr="AWS Certification wants to hear from you",
    body=alt(part(txt), part(html_from_plain(txt, "plain"), "html")), new_text=txt)

# UN5: Amazon Seller Central case (ja), corporate mailbox without AR
dt = datetime(2025, 3, 11, 2, 41, 19, tzinfo=UTC)
s = sender_generic("amazon-seller", "seller-notification@amazon.co.jp", "amazon.co.jp",
                   "a8-52.smtp-out.amazonses.com", "54.240.8.52",
                   f"0100{int(dt.timestamp()*1000):012x}-{ruuid()}-000000@amazonses.com",
                   [("amazon.co.jp", "yg4mwqurec7fkhzutopddd3ytuaqrvuz"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
                   ses_msgid(dt, None))
SC_CASE = "7014592386"
txt = f"""出品者様

Amazon セラーセントラルにお問い合わせいただき、ありがとうございます。

ご依頼いただいた 2 つの出品アカウントの統合について確認いたしました。
同一の事業者様が複数の出品アカウントをお持ちの場合、規約に基づき、いずれか一方のアカウントを閉鎖していただく必要がございます。
継続してご利用になるアカウントのマーチャントトークン（例：A1B2C3D4E5F6G7）をお知らせください。

このメールに関するご意見をお聞かせください。
お問い合わせID：{SC_CASE}

Amazon セラーサポート
"""
add("sellercentral-ja-case", kind="unrelated", lang="ja", case_id=SC_CASE, ids=[], provider="corp",
    sender=s, verdict="none", dt=dt, rcpt="ec-shop@kobayashi-shouten.co.jp", to_hdr="ec-shop@kobayashi-shouten.co.jp",
    from_hdr=addr("Amazon セラーセントラル", "seller-notification@amazon.co.jp", "iso-2022-jp"),
    subject_hdr=f"RE:[CASE {SC_CASE}] " + enc_header("出品アカウントの統合について", "iso-2022-jp"),
    body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=txt)

# UN6: Pearson VUE appointment confirmation (ja)
dt = datetime(2025, 5, 20, 4, 12, 55, tzinfo=UTC)
s = sender_generic("pearson", "pearsonvuecustomerservice@pearson.com", "pearson.com", "mx0b-00243a01.pphosted.com",
                   "148.163.159.17", "pearsonvuecustomerservice@pearson.com", [("pearson.com", "pearson2048")],
                   f"<{R.randint(10**9, 10**10)}.{R.randint(10**5, 10**6)}@pearsonvue.com>")
txt = f"""佐藤 美咲 様

ピアソン VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験：AWS Certified Solutions Architect - Associate (SAA-C03) 日本語
日時：2025年6月21日(土) 10:00 JST
会場：OnVUE（オンライン監督試験）
登録番号：{R.randint(400000000, 499999999)}
受験者 ID：AWS09182735

試験開始の 30 分前からチェックインが可能です。本人確認書類（有効期限内の写真付きのもの）をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

ピアソン VUE カスタマーサービス
"""
add("pearsonvue-ja-yoyaku", kind="unrelated", lang="ja", case_id=None, ids=["AWS09182735"], provider="nifty",
    sender=s, verdict="pass", dt=dt, rcpt=T2_USER[1], to_hdr=T2_USER[1],
    from_hdr=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"),
    subject_hdr=enc_header("試験予約確認 - AWS Certified Solutions Architect - Associate", "iso-2022-jp"),
    body=part(txt, charset="iso-2022-jp", cte="7bit"), new_text=txt)

# UN7: phishing NOT about the merge: fake AWS billing (ja)
dt = datetime(2025, 8, 19, 22, 3, 41, tzinfo=UTC)
ph = sender_generic("phish", "billing@aws-payments-jp.com", "aws-payments-jp.com", "smtp.aws-payments-jp.com",
                    "103.151.48.21", "billing@aws-payments-jp.com", [], f"<{hexr(16)}@aws-payments-jp.com>")
txt = f"""お客様

お客様の AWS アカウントにご登録のお支払い方法で、今月のご請求を処理できませんでした。
48 時間以内にお支払い情報を更新いただけない場合、アカウントのサービスが停止されます。

お支払い情報の更新はこちら：
https://aws-payments-jp.com/billing/update?ref={hexr(12)}

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス ジャパン 請求サポート
"""
add("ja-aws-oshiharai-kakunin", kind="unrelated", lang="ja", case_id=None, ids=[], provider="gmail",
    sender=ph, verdict="fail", dt=dt, rcpt="yumi.inoue.aws@gmail.com", to_hdr="yumi.inoue.aws@gmail.com",
    from_hdr=addr("Amazon Web Services", "billing@aws-payments-jp.com"),
    subject_hdr=enc_header("【AWS】お支払い情報の確認が必要です", "utf-8"),
    body=part(html_from_plain(txt, "plain"), "html", cte="base64"), new_text=txt)

# UN8: AWS Builder ID verification code (ja), corporate mailbox without AR
dt = datetime(2025, 11, 12, 1, 7, 18, tzinfo=UTC)
s = sender_generic("aws-signin", "no-reply@signin.aws", "signin.aws", "a48-93.smtp-out.amazonses.com",
                   "54.240.48.93", f"0100{int(dt.timestamp()*1000):012x}-{ruuid()}-000000@amazonses.com",
                   [("signin.aws", "2dzfy2ib7bhb5ds2xlvbhqflcdvslxmy"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
                   ses_msgid(dt, None))
vcode = f"{R.randint(100000, 999999)}"
html_ = f"""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<table width="600" align="center"><tr><td style="padding:20px">
<h2>AWS Builder ID の E メールアドレスを検証してください</h2>
<p>AWS Builder ID の作成をリクエストいただきありがとうございます。以下の検証コードを入力して、E メールアドレスを確認してください。</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">{vcode}</p>
<p>このコードの有効期限は 10 分間です。</p>
<p>このリクエストに心当たりがない場合は、このメールを無視してください。</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.</p>
</td></tr></table></body></html>
"""
add("builder-id-ja-code", kind="unrelated", lang="ja", case_id=None, ids=[], provider="corp", sender=s,
    verdict="none", dt=dt, rcpt="t-yamaguchi@mirai-sys.co.jp", to_hdr="t-yamaguchi@mirai-sys.co.jp",
    from_hdr=addr("AWS", "no-reply@signin.aws"),
    subject_hdr=enc_header("AWS Builder ID の検証コード", "utf-8"),
    body=part(html_, "html", cte="quoted-printable"), new_text=html_)

if __name__ == "__main__":
    write_all()
