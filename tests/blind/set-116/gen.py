#!/usr/bin/env python3
"""Generate blind set 116: realistic .eml files about AWS Certification account merges."""
import os, json, random, base64, quopri, hashlib, glob, html as htmlmod
import datetime as dt
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime
from email import policy as _pol

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(11616)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))

MAILS = []


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64junk(seed, n):
    raw = hashlib.sha512(seed.encode()).digest() * 4
    return base64.b64encode(raw).decode()[:n]


def cid15(t, tail):
    return f"{int(t.timestamp())}{tail:05d}"


def ses_id(t, seed, region="0100"):
    ms = int(t.timestamp() * 1000)
    u = hx(seed, 32)
    return f"{region}{ms:012x}-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}-000000"


def fdate(t):
    return format_datetime(t)


def enc_name(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>" if name else addr
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{addr}>"


def enc_subject(s, charset="utf-8", q=False):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if q:
            cs = Charset(charset)
            cs.header_encoding = QP
            return Header(s, cs, header_name="Subject").encode(maxlinelen=76)
        return Header(s, charset, header_name="Subject").encode(maxlinelen=76)


# ---------------------------------------------------------------- senders
SENDERS = {
    "form": ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", "ses"),
    "console": ("Amazon Web Services", "no-reply-aws@amazon.com", "ses"),
    "credly": ("Amazon Web Services Training and Certification via Credly", "admin@credly.com", "credly"),
}


def sender_auth(kind, t, seed, dmarc="pass"):
    """Return dict describing how the sending side looks."""
    if kind == "ses":
        sid = ses_id(t, seed)
        n = R.randint(1, 60)
        return dict(mailfrom=f"{sid}@email.amazonses.com", ip=f"54.240.{R.choice([8, 9, 11, 48])}.{n}",
                    host=f"a8-{n}.smtp-out.amazonses.com", helo=f"a8-{n}.smtp-out.amazonses.com",
                    dkim=[("amazon.com", "pass", "szqgv33erturdv5cvz4vtb6kq3ro3ctr"),
                          ("amazonses.com", "pass", "224i4yxa5dv7c2xz3womw6peuasteono")],
                    spf="pass", dmarc=dmarc, hfrom="amazon.com", p="QUARANTINE",
                    msgid=f"<{sid}@email.amazonses.com>", feedback=f"1.us-east-1.{b64junk(seed+'fb', 43)}=:AmazonSES",
                    ses=True)
    if kind == "credly":
        n = R.randint(10, 250)
        return dict(mailfrom=f"bounces+2847361-{hx(seed,4)}-user=example@em.credly.com", ip=f"149.72.{R.randint(100,250)}.{n}",
                    host=f"o{n}.ptr{R.randint(1000,9999)}.em.credly.com", helo="em.credly.com",
                    dkim=[("credly.com", "pass", "s1"), ("sendgrid.info", "pass", "smtpapi")],
                    spf="pass", dmarc=dmarc, hfrom="credly.com", p="REJECT",
                    msgid=f"<{b64junk(seed,22).replace('/','_').replace('+','-')}@geopod-ismtpd-{R.randint(1,40)}>", ses=False)
    raise ValueError(kind)


def generic_auth(domain, ip, host, mailfrom, dkim_domain=None, selector="s1", dmarc="pass", spf="pass",
                 p="NONE", dkim="pass"):
    dk = [] if dkim_domain is None else [(dkim_domain, dkim, selector)]
    return dict(mailfrom=mailfrom, ip=ip, host=host, helo=host, dkim=dk, spf=spf, dmarc=dmarc, hfrom=domain, p=p,
                ses=False)


# ---------------------------------------------------------------- receiving providers
def recv_headers(provider, to_addr, t, a, seed):
    """Headers added by the receiving side (top of message), newest first."""
    H = []
    tl = t + dt.timedelta(seconds=R.randint(1, 9))
    if provider == "gmail":
        tz = PDT if 3 <= t.month <= 10 else PST
        tt = tl.astimezone(tz)
        ds = format_datetime(tt) + (" (PDT)" if tz is PDT else " (PST)")
        H.append(f"Delivered-To: {to_addr}")
        H.append(f"Received: by 2002:a05:7010:{hx(seed,4)}:b0:{hx(seed+'x',3)}:{hx(seed+'y',4)} with SMTP id {hx(seed+'id',3)}csp{R.randint(100000,999999)}mdf;\n        {ds}")
        H.append(f"X-Google-Smtp-Source: AGHT+I{b64junk(seed+'g', 74)}")
        H.append(f"X-Received: by 2002:a05:6a00:{hx(seed+'r',4)}:b0:7{R.randint(10,99)}:{hx(seed+'q',4)} with SMTP id d2e1a72fcca58-{hx(seed+'s',15)}.{R.randint(10,99)}.{R.randint(1000000000000,9999999999999)};\n        {ds}")
        ar = gmail_ar(a, seed)
        H.append(f"ARC-Seal: i=1; a=rsa-sha256; t={int(tl.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64junk(seed+'arc', 64)}\n         {b64junk(seed+'arc2', 64)}==")
        H.append(f"ARC-Authentication-Results: i=1; {ar[len('Authentication-Results: '):]}")
        H.append(f"Return-Path: <{a['mailfrom']}>")
        H.append(f"Received: from {a['host']} ({a['host']}. [{a['ip']}])\n        by mx.google.com with ESMTPS id d2e1a72fcca58-{hx(seed+'m',15)}.{R.randint(100,999)}.{R.randint(10,99)}\n        for <{to_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {ds}")
        spfword = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate", "neutral": "is neither permitted nor denied by best guess record for"}[a['spf']]
        trans = "" if a['spf'] == "pass" else "transitioning "
        H.append(f"Received-SPF: {a['spf']} (google.com: domain of {trans}{a['mailfrom']} {spfword} {a['ip']} as permitted sender) client-ip={a['ip']};")
        H.append(ar)
    elif provider in ("outlook", "o365"):
        tt = tl.astimezone(UTC)
        ds = format_datetime(tt).replace("-0000", "+0000")
        pfx = R.choice(["CH2PR", "SA1PR", "DM6PR", "BN9PR", "PH7PR", "AM9PR", "DB9PR"])
        H.append(f"Received: from {pfx}12MB{R.randint(1000,9999)}.namprd12.prod.outlook.com (2603:10b6:610:{hx(seed,3)}::{R.randint(10,99)})\n by {pfx}12MB{R.randint(1000,9999)}.namprd12.prod.outlook.com with HTTPS; {ds}")
        H.append(f"Received: from SN7PR04CA00{R.randint(10,99)}.namprd04.prod.outlook.com (2603:10b6:806:{hx(seed+'a',3)}::{R.randint(10,40)})\n by {pfx}12MB{R.randint(1000,9999)}.namprd12.prod.outlook.com (2603:10b6:610:{hx(seed+'b',3)}::{R.randint(10,99)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}; {ds}")
        H.append(outlook_ar(a))
        spfw = "designates" if a['spf'] == "pass" else "does not designate"
        H.append(f"Received-SPF: {a['spf'].capitalize()} ({'protection.outlook.com' if provider=='o365' else 'protection.outlook.com'}: domain of {a['mailfrom'].split('@')[-1]}\n {spfw} {a['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={a['ip']}; helo={a['helo']};")
        H.append(f"Received: from {a['host']} ({a['ip']}) by\n SN1PEPF0002{R.randint(1000,9999)}.mail.protection.outlook.com (10.167.{R.randint(1,250)}.{R.randint(1,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend\n Transport; {ds}")
        H.append(f"X-MS-Exchange-Organization-ExpirationStartTime: {tt.strftime('%d %b %Y %H:%M:%S.')}{R.randint(1000,9999)}\n (UTC)")
        H.append(f"X-MS-Exchange-Organization-Network-Message-Id:\n {hx(seed+'nm',8)}-{hx(seed+'nm2',4)}-{hx(seed+'nm3',4)}-{hx(seed+'nm4',4)}-08ddb{hx(seed+'nm5',7)}")
        H.append("X-MS-Exchange-Organization-AuthSource:\n SN1PEPF0002" + str(R.randint(1000, 9999)) + ".namprd05.prod.outlook.com")
        H.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        H.append(f"X-MS-Exchange-Organization-SCL: {1 if a['dmarc']=='pass' else 5}")
        H.append(f"Return-Path: {a['mailfrom']}")
    elif provider in ("nifty", "biglobe", "yahoojp", "ocn"):
        tt = tl.astimezone(JST)
        ds = format_datetime(tt)
        mx = {"nifty": "mta-mx.nifty.com", "biglobe": "mfilter-sr.biglobe.ne.jp", "yahoojp": "mta511.mail.ssk.yahoo.co.jp", "ocn": "mx.ocn.ne.jp"}[provider]
        authid = {"nifty": "nifty.com", "biglobe": "biglobe.ne.jp", "yahoojp": "yahoo.co.jp", "ocn": "ocn.ne.jp"}[provider]
        H.append(f"Return-Path: <{a['mailfrom']}>")
        H.append(f"Delivered-To: {to_addr}")
        H.append(f"Received: from {mx} (localhost [127.0.0.1])\n\tby mbox{R.randint(10,99)}.{authid} (Postfix) with ESMTP id 4b{hx(seed,10).upper()}\n\tfor <{to_addr}>; {ds} (JST)")
        parts = [f"{authid}", f"spf={a['spf']} smtp.mailfrom={a['mailfrom'].split('@')[-1]}"]
        for d_, res, sel in a['dkim']:
            parts.append(f"dkim={res} header.d={d_} header.s={sel}")
        if not a['dkim']:
            parts.append("dkim=none")
        parts.append(f"dmarc={a['dmarc']} header.from={a['hfrom']}")
        H.append("Authentication-Results: " + ";\n\t".join(parts))
        H.append(f"Received: from {a['host']} ({a['host']} [{a['ip']}])\n\tby {mx} with ESMTPS id 4b{hx(seed+'2',10).upper()}\n\tfor <{to_addr}>; {ds} (JST)")
    elif provider == "plain":
        tt = tl.astimezone(CET if t.month in (1, 2, 3, 11, 12) else CEST)
        H.append(f"Return-Path: <{a['mailfrom']}>")
        H.append(f"Delivered-To: {to_addr}")
        H.append(f"Received: from {a['host']} ({a['host']} [{a['ip']}])\n\tby mail.becker-home.net (Postfix) with ESMTPS id 4bQ{hx(seed,8).upper()}\n\tfor <{to_addr}>; {format_datetime(tt)}")
    elif provider is None:
        pass
    else:
        raise ValueError(provider)
    return H


def gmail_ar(a, seed):
    lines = ["Authentication-Results: mx.google.com;"]
    for d_, res, sel in a['dkim']:
        lines.append(f"       dkim={res} header.i=@{d_} header.s={sel} header.b={b64junk(seed+d_, 8)};")
    spfword = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate", "neutral": "is neither permitted nor denied by best guess record for"}[a['spf']]
    trans = "" if a['spf'] == "pass" else "transitioning "
    lines.append(f"       spf={a['spf']} (google.com: domain of {trans}{a['mailfrom']} {spfword} {a['ip']} as permitted sender) smtp.mailfrom={a['mailfrom']}" + (";" if a['dmarc'] else ""))
    if a['dmarc']:
        dis = "NONE" if a['dmarc'] == "pass" else a['p']
        lines.append(f"       dmarc={a['dmarc']} (p={a['p']} sp={a['p']} dis={dis}) header.from={a['hfrom']}")
    else:
        lines[-1] = lines[-1].rstrip(";")
    return "\n".join(lines)


def outlook_ar(a):
    spf = f"spf={a['spf']} (sender IP is {a['ip']})\n smtp.mailfrom={a['mailfrom'].split('@')[-1]}"
    dk = []
    for d_, res, sel in a['dkim']:
        dk.append(f"dkim={res} ({'signature was verified' if res=='pass' else 'signature did not verify'})\n header.d={d_}")
    if not dk:
        dk = ["dkim=none (message not signed)\n header.d=none"]
    if a['dmarc'] == "pass":
        dm = f"dmarc=pass action=none header.from={a['hfrom']};compauth=pass\n reason=100"
    else:
        dm = f"dmarc={a['dmarc']} action=quarantine\n header.from={a['hfrom']};compauth=fail reason=000"
    return "Authentication-Results: " + spf + "; " + ";".join(dk) + ";" + dm


def dkim_headers(a, t, seed):
    out = []
    for d_, res, sel in a['dkim']:
        out.append(f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={d_}; t={int(t.timestamp())};\n\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh={b64junk(seed+'bh'+d_, 43)}=;\n\tb={b64junk(seed+'b1'+d_, 76)}\n\t{b64junk(seed+'b2'+d_, 76)}\n\t{b64junk(seed+'b3'+d_, 64)}=")
    return out


# ---------------------------------------------------------------- body parts
def text_part(text, subtype="plain", charset="utf-8", cte="base64", label=None, errors="strict"):
    data = text.replace("\n", "\r\n").encode(charset, errors) if cte == "base64" else text.encode(charset, errors)
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
    p.set_param("charset", label or charset)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def to_html(text, style="font-family:Arial,sans-serif;font-size:14px"):
    paras = text.strip().split("\n\n")
    out = []
    for para in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in para.split("\n")) + "</p>")
    return (f"<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body><div style=\"{style}\">\n" + "\n".join(out) + "\n</div></body></html>\n")


def build_body(m):
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    label = m.get("label")
    form = m.get("form", "plain")
    if form == "plain":
        return text_part(m["text"], "plain", cs, cte, label)
    if form == "html":
        return text_part(m.get("html") or to_html(m["text"]), "html", cs, cte, label)
    if form == "alt":
        alt = MIMEMultipart("alternative", boundary="----=_Part_" + hx(m['slug'], 12) + "." + str(R.randint(10**12, 10**13)))
        p1 = text_part(m["text"], "plain", cs, cte, label)
        p2 = text_part(m.get("html") or to_html(m["text"]), "html", cs, m.get("html_cte", cte), label)
        for p in (p1, p2):
            del p["MIME-Version"]
            alt.attach(p)
        return alt
    raise ValueError(form)


def add(**m):
    MAILS.append(m)
    return m


def render(m):
    seed = m["slug"]
    t = m["date"]
    fname, faddr = m["from"]
    tname, taddr = m["to"]
    a = m.get("auth")
    H = []
    if m.get("provider") and a:
        H += recv_headers(m["provider"], m.get("rcpt", taddr), t, a, seed)
    H += m.get("extra_top", [])
    if m.get("forged_ar"):
        H.append(m["forged_ar"])
    if a and m.get("dkim", True):
        H += dkim_headers(a, t, seed)
    H.append("From: " + enc_name(fname, faddr, m.get("hcharset", "utf-8")))
    if m.get("reply_to"):
        H.append("Reply-To: " + m["reply_to"])
    H.append("To: " + enc_name(tname, taddr, m.get("hcharset", "utf-8")))
    if m.get("cc"):
        H.append("Cc: " + m["cc"])
    H.append("Subject: " + enc_subject(m["subject"], m.get("hcharset", "utf-8"), m.get("q", False)))
    H.append("Date: " + fdate(t))
    mid = m.get("msgid") or (a.get("msgid") if a and a.get("msgid") else f"<{hx(seed+'mid',24)}@{faddr.split('@')[1]}>")
    m["_msgid"] = mid
    H.append("Message-ID: " + mid)
    if m.get("in_reply_to"):
        H.append("In-Reply-To: " + m["in_reply_to"])
        H.append("References: " + m.get("references", m["in_reply_to"]))
    if a and a.get("ses"):
        H.append(f"Feedback-ID: {a['feedback']}")
        H.append(f"X-SES-Outgoing: {t.astimezone(UTC).strftime('%Y.%m.%d')}-{a['ip']}")
    H += m.get("extra", [])
    body = build_body(m)
    head = "\n".join(H) + "\n"
    return head.encode("ascii") + body.as_bytes(policy=_pol.compat32)


def main():
    for f in glob.glob(os.path.join(OUT, "*.eml")):
        os.remove(f)
    order = list(range(len(MAILS)))
    random.Random(116).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = f"{n:03d}-{m['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(render(m))
        labels[name] = {"kind": m["kind"], "case_id": m.get("case_id"),
                        "account_ids": sorted(set(m.get("ids", []))),
                        "sender_verified": m["sv"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print(len(labels), "mails written")


# ================================================================ MAILS
# --- users
DANIEL = ("Daniel Okafor", "daniel.okafor.dev@gmail.com")
PRIYA = ("Priya Raman", "priya.raman@outlook.com")
MARTA = ("Marta Kowalczyk", "marta.kowalczyk@northwind-robotics.com")
TOM = ("Tom Becker", "tom@becker-home.net")
LEAH = ("Leah Fischer", "leah.fischer.cloud@gmail.com")
SATO = ("佐藤 健一", "kenichi.sato@nifty.com")
MISAKI = ("山本 美咲", "misaki.yamamoto.0412@gmail.com")
RYO = ("高橋 亮", "ryo-takahashi@biglobe.ne.jp")
ITO = ("伊藤 直樹", "n-ito@shinwa-sys.co.jp")
YUKA = ("小林 由佳", "yuka_kobayashi@yahoo.co.jp")

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above to respond from your AWS Support Center.*

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOTER_JA = """今回のやり取りについて、AWS サポートセンターで評価をお寄せいただけますと幸いです。各メッセージ右上の星を選択して評価いただけます。

本ケースについて再度ご連絡いただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお受けできませんので、上記リンクよりサポートセンターからご返信ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""


# ================================================================ THREAD A: Daniel, form case, Gmail (en)
tA = T(2025, 6, 2, 14, 37, 12)
cA = cid15(tA, 48213)
A_KEEP, A_OLD = "AWS03817264", "AWS11490573"

m = add(slug="tc-desk-autoreply", kind="case_created", lang="en", case_id=cA, ids=[A_KEEP], sv=True,
        **{"from": SENDERS["form"][:2]}, to=DANIEL, date=tA + dt.timedelta(seconds=41),
        subject=f"We have your message [CASE {cA}]", provider="gmail", form="plain", cte="7bit", charset="us-ascii",
        text=f"""Hello,

This automated note is to let you know that your message reached the AWS Training and Certification team. It has been given the reference number {cA}. Please keep it and quote it if you write to us about the same topic.

Someone from our team will read what you sent and answer at this address, usually within one business day. There is no need to fill in the form again in the meantime; a second submission only puts the question at the back of the line.

What you sent us:
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: {A_KEEP}
  Description: I have two certification accounts, one from my old employer. Please combine them.

Kind regards,
AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-two-profiles", kind="merge_confirmation_requested", lang="en", case_id=cA, ids=[A_KEEP, A_OLD], sv=True,
        **{"from": SENDERS["form"][:2]}, to=DANIEL, date=T(2025, 6, 3, 16, 5, 48),
        subject=f"RE:[CASE {cA}] {FORM_SUBJ}", provider="gmail", form="plain", cte="base64",
        text=f"""Hello Daniel,

Thank you for your patience while I looked into this.

I found two certification profiles registered to you:

- {A_KEEP} (sign-in: daniel.okafor.dev@gmail.com) - holds your Solutions Architect - Associate
- {A_OLD} (sign-in: d.okafor@fabrikam-logistics.com) - holds your Cloud Practitioner

My suggestion is to keep {A_KEEP} as your only profile and move everything from {A_OLD} into it. The second profile would then be switched off and could no longer be used to sign in.

Please be aware that this cannot be reversed afterwards. Could you reply to this email and tell me whether the above is right, or whether you would rather keep the other profile instead?

Best regards,
Ines R.
AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-handed-over", kind="support_reply", lang="en", case_id=cA, ids=[A_KEEP], sv=True,
        **{"from": SENDERS["form"][:2]}, to=DANIEL, date=T(2025, 6, 4, 9, 12, 3),
        subject=f"RE:[CASE {cA}] {FORM_SUBJ}", provider="gmail", form="plain", cte="quoted-printable",
        text=f"""Hi Daniel,

Thanks for getting back to me so quickly. I've handed your request to the team that carries out profile consolidations, with {A_KEEP} as the profile that stays.

They usually need between one and three business days. You don't have to do anything in the meantime. I'll write again when they've finished, and at that point I'll also explain how to check that your Credly badges came across.

Best regards,
Ines R.
AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-old-profile-closed", kind="merge_completed", lang="en", case_id=cA, ids=[A_KEEP, A_OLD], sv=True,
        **{"from": SENDERS["form"][:2]}, to=DANIEL, date=T(2025, 6, 5, 22, 41, 30),
        subject=f"RE:[CASE {cA}] {FORM_SUBJ}", provider="gmail", form="plain", cte="quoted-printable",
        text=f"""Hello Daniel,

Your Cloud Practitioner certification and the exam history that used to sit under {A_OLD} are now part of {A_KEEP}. The older profile has been closed, so from now on please sign in with daniel.okafor.dev@gmail.com only.

It can take up to 48 hours for the certification to show up in your Credly wallet. If nothing arrives after that, reply here and I'll look into it.

Best regards,
Ines R.
AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="feedback-request", kind="survey", lang="en", case_id=cA, ids=[], sv=True,
        **{"from": SENDERS["form"][:2]}, to=DANIEL, date=T(2025, 6, 5, 22, 44, 2),
        subject=f"Case {cA}: two minutes of your time?", provider="gmail", form="alt", cte="quoted-printable",
        text=f"""Hello,

Case {cA} has now been marked as resolved. We would really appreciate two minutes of your time to tell us how it went.

Was your issue resolved?
  YES  https://survey.aws-cs.amazon.com/r?case={cA}&a=1
  NO   https://survey.aws-cs.amazon.com/r?case={cA}&a=0

How would you rate the person who helped you? (1 = poor, 5 = excellent)
  https://survey.aws-cs.amazon.com/agent?case={cA}

Your answers go straight to the team that coaches our agents.

AWS Training and Certification Customer Service
""",
        html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Case <b>{cA}</b> has now been marked as resolved. We would really appreciate two minutes of your time to tell us how it went.</p>
<p><b>Was your issue resolved?</b><br>
<a href="https://survey.aws-cs.amazon.com/r?case={cA}&amp;a=1" style="background:#ff9900;color:#fff;padding:6px 18px;text-decoration:none">YES</a>
&nbsp;<a href="https://survey.aws-cs.amazon.com/r?case={cA}&amp;a=0" style="background:#545b64;color:#fff;padding:6px 18px;text-decoration:none">NO</a></p>
<p>How would you rate the person who helped you?</p>
<p><a href="https://survey.aws-cs.amazon.com/agent?case={cA}&amp;s=1">1</a> &middot; <a href="https://survey.aws-cs.amazon.com/agent?case={cA}&amp;s=2">2</a> &middot; <a href="https://survey.aws-cs.amazon.com/agent?case={cA}&amp;s=3">3</a> &middot; <a href="https://survey.aws-cs.amazon.com/agent?case={cA}&amp;s=4">4</a> &middot; <a href="https://survey.aws-cs.amazon.com/agent?case={cA}&amp;s=5">5</a></p>
<p style="color:#687078;font-size:12px">AWS Training and Certification Customer Service</p>
</body></html>
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

badgeA = hx("badgeA", 32)
m = add(slug="credly-cp-credential", kind="credly_badge_issued", lang="en", case_id=None, ids=[], sv=True,
        **{"from": SENDERS["credly"][:2]}, to=DANIEL, date=T(2025, 6, 6, 3, 18, 55),
        subject="Daniel, a credential from Amazon Web Services Training and Certification is waiting", provider="gmail",
        form="alt", cte="quoted-printable",
        text=f"""Hi Daniel,

Amazon Web Services Training and Certification has recognized your achievement with the following digital credential:

AWS Certified Cloud Practitioner

Claim it to display it on your Credly profile and share it with your network and employers:
https://www.credly.com/earner/earned/badge/{badgeA[:8]}-{badgeA[8:12]}-{badgeA[12:16]}-{badgeA[16:20]}-{badgeA[20:]}

Questions? Visit https://support.credly.com

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
Unsubscribe: https://www.credly.com/notifications/unsubscribe
""",
        html=f"""<html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/aws-logo.png" alt="AWS" width="120"></td></tr>
<tr><td style="padding:0 24px;font-size:20px;color:#222">Daniel, you've got something to show off</td></tr>
<tr><td style="padding:12px 24px;font-size:15px;color:#333">Amazon Web Services Training and Certification has recognized your achievement with <b>AWS Certified Cloud Practitioner</b>.</td></tr>
<tr><td style="padding:12px 24px"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="160" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td style="padding:12px 24px"><a href="https://www.credly.com/earner/earned/badge/{badgeA[:8]}-{badgeA[8:12]}-{badgeA[12:16]}-{badgeA[16:20]}-{badgeA[20:]}" style="background:#1d7e8c;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Claim it now</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007 &middot; <a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
""")
m["auth"] = sender_auth("credly", m["date"], m["slug"])

m = add(slug="cert-desk-verify", kind="merge_confirmation_requested", lang="en", case_id="20458813907", ids=[], sv=False,
        **{"from": ("AWS Certification Support", "case-desk@aws-certification-desk.com")}, to=DANIEL, date=T(2025, 6, 9, 7, 2, 44),
        subject="Action needed: approve consolidation of your certification records (Case 20458813907)", provider="gmail",
        form="html", cte="base64",
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Candidate,</p>
<p>Our records show two AWS Certification profiles linked to your e-mail address. To protect your certification status, these profiles are scheduled to be brought together into a single primary profile. Any exam history and active certifications on the secondary profile will be transferred, and the secondary profile will be retired.</p>
<p><b>Because this operation is permanent</b>, we need you to approve it before our team carries it out. Please review the profiles and approve within 48 hours using the secure link below. If we do not receive your approval, both profiles may be temporarily suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-desk.com/approve?ref=20458813907" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Review and approve</a></p>
<p>Reference: Case 20458813907</p>
<p>Regards,<br>AWS Certification Support Team</p>
</body></html>
""")
m["auth"] = generic_auth("aws-certification-desk.com", "185.231.154.27", "mail.aws-certification-desk.com",
                         "bounce@aws-certification-desk.com", dkim_domain="aws-certification-desk.com", selector="default", p="NONE")


# ================================================================ THREAD B: Priya, console case, Outlook.com (en)
tB = T(2025, 9, 15, 3, 22, 50)
cB = cid15(tB, 7731)
B_KEEP, B_OLD = "AWS27730915", "AWS60128834"
B_SUBJ = "Two certification accounts under different emails"

m = add(slug="console-new-case-notice", kind="case_created", lang="en", case_id=cB, ids=[B_KEEP, B_OLD], sv=True,
        **{"from": SENDERS["console"][:2]}, to=PRIYA, date=tB + dt.timedelta(seconds=27),
        subject=f"Amazon Web Services: Support case {cB} is now on file", provider="outlook", form="html", cte="quoted-printable",
        html=f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Support</title></head>
<body style="font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Thank you for reaching out to Amazon Web Services. Your inquiry is now on file as case {cB}, and it will be picked up by the next available member of our team.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:14px">
<tr><td><b>Case ID:</b></td><td>{cB}</td></tr>
<tr><td><b>Subject:</b></td><td>{B_SUBJ}</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>Hi, I passed SAA under my work email (ID AWS 27730915) and DVA years ago under my university email (aws60128834). I'd like everything to be under one account, the first one. Thanks!</td></tr>
</table>
<p>You can add details to this case or follow its progress at any time in the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={cB}&amp;language=en">AWS Support Center</a>.</p>
<p>Best regards,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#5f6b7a">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*<br>
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>
</body></html>
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-which-address", kind="support_reply", lang="en", case_id=cB, ids=[B_KEEP, B_OLD], sv=True,
        **{"from": SENDERS["console"][:2]}, to=PRIYA, date=T(2025, 9, 16, 11, 48, 9),
        subject=f"RE:[CASE {cB}] {B_SUBJ}", provider="outlook", form="plain", cte="quoted-printable",
        text=f"""Hello Priya,

Thanks for writing in, and congratulations on the Solutions Architect result.

I can see {B_KEEP}, which matches the work address on this case. I can also see a record under {B_OLD}, but the address on it is no longer the university one you mentioned - it was changed in 2023 to a personal Gmail address.

Before I can take this further I need two things from you:

1. The e-mail address you currently use to sign in to each of the two records.
2. The address where you would like to receive certification notifications from now on.

You can answer in the Support Center; a short list is perfectly fine.

Best regards,
Kofi A.
Amazon Web Services

""" + CONSOLE_FOOTER.format(cid=cB) + "\n")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-short-plan", kind="merge_confirmation_requested", lang="en", case_id=cB, ids=[B_KEEP, B_OLD], sv=True,
        **{"from": SENDERS["console"][:2]}, to=PRIYA, date=T(2025, 9, 17, 9, 30, 51),
        subject=f"RE:[CASE {cB}] {B_SUBJ}", provider="outlook", form="plain", cte="7bit", charset="us-ascii",
        text=f"""Hello Priya,

Thanks, that clears it up. The plan is for aws-60128834 to be folded into {B_KEEP}, which stays as your sign-in, and afterwards the two can never be separated again - please answer "confirmed" in the Support Center if that is what you want.

Best regards,
Kofi A.
Amazon Web Services

""" + CONSOLE_FOOTER.format(cid=cB) + "\n")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-wrapping-up", kind="merge_completed", lang="en", case_id=cB, ids=[B_KEEP, B_OLD], sv=True,
        **{"from": SENDERS["console"][:2]}, to=PRIYA, date=T(2025, 9, 19, 14, 2, 17),
        subject=f"RE:[CASE {cB}] {B_SUBJ}", provider="outlook", form="alt", cte="quoted-printable",
        text=f"""Hello Priya,

A quick update to close the loop: the Developer - Associate certification and both exam records that were under AWS 60128834 now appear in AWS 27730915, and the older ID has been retired. Your sign-in address is unchanged.

As there is nothing left for us to do here, I am setting this case to resolved. If you have a moment, a rating of this reply in the Support Center helps us a lot.

Best regards,
Kofi A.
Amazon Web Services

""" + CONSOLE_FOOTER.format(cid=cB) + "\n")
m["html"] = to_html(m["text"])
m["auth"] = sender_auth("ses", m["date"], m["slug"])

badgeB = hx("badgeB", 32)
m = add(slug="credly-dva-on-profile", kind="credly_badge_issued", lang="en", case_id=None, ids=[], sv=True,
        **{"from": SENDERS["credly"][:2]}, to=PRIYA, date=T(2025, 9, 22, 17, 40, 3),
        subject="Your AWS Certified Developer - Associate badge now lives on this profile", provider="outlook",
        form="alt", cte="quoted-printable",
        text=f"""Hi Priya,

Amazon Web Services Training and Certification has moved the following badge to this Credly profile after bringing your certification accounts together:

AWS Certified Developer - Associate
Issued: March 2022

It is not visible to others until you accept it. Accept it here:
https://www.credly.com/earner/earned/badge/{badgeB[:8]}-{badgeB[8:12]}-{badgeB[12:16]}-{badgeB[16:20]}-{badgeB[20:]}

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
""",
        html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="font-size:20px">Hi Priya,</p>
<p>Amazon Web Services Training and Certification has moved a badge to this Credly profile after bringing your certification accounts together.</p>
<p><b>AWS Certified Developer - Associate</b><br><span style="color:#777">Issued: March 2022</span></p>
<p>It stays private until you accept it.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{badgeB[:8]}-{badgeB[8:12]}-{badgeB[12:16]}-{badgeB[16:20]}-{badgeB[20:]}" style="background:#1d7e8c;color:#fff;padding:12px 28px;text-decoration:none">Accept</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007</p>
</td></tr></table></body></html>
""")
m["auth"] = sender_auth("credly", m["date"], m["slug"])

# ================================================================ THREAD C: Marta, form case, Office 365 (en)
tC = T(2026, 1, 20, 8, 14, 5)
cC = cid15(tC, 60412)
C_KEEP, C_OLD = "AWS71530442", "AWS09366218"

m = add(slug="form-receipt", kind="case_created", lang="en", case_id=cC, ids=[], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MARTA, date=tC + dt.timedelta(seconds=52),
        subject=f"[CASE {cC}] {FORM_SUBJ}", provider="o365", form="alt", cte="quoted-printable",
        text=f"""Reference: {cC}

We received your request.

AWS Training and Certification
""",
        html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Thank you for getting in touch with AWS Training and Certification. Your request arrived safely and has been given the reference <b>{cC}</b>.</p>
<p>A member of our customer service team will look at it and write back to this address, in principle within 24 hours. To keep everything in one place, please reply to this e-mail rather than sending a new request if you want to add anything.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Service</p>
</body></html>
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-voucher-question", kind="support_reply", lang="en", case_id=cC, ids=[C_KEEP], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MARTA, date=T(2026, 1, 21, 15, 26, 40),
        subject=f"RE:[CASE {cC}] {FORM_SUBJ}", provider="o365", form="plain", cte="quoted-printable",
        text=f"""Hello Marta,

Thank you for your message. I'm reviewing the two certification records you listed and will come back to you about them shortly.

In your form you also mentioned a 50% discount voucher from your Security - Specialty exam that you could not find anymore. Vouchers are handled by a different team. Would you like me to pass that question on to them as a separate request, or has it already been sorted out? If you want me to pass it on, please tell me roughly when you earned the voucher and whether it was shown under {C_KEEP}.

Best regards,
Sunil P.
AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-please-check-details", kind="merge_confirmation_requested", lang="en", case_id=cC, ids=[C_KEEP, C_OLD], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MARTA, date=T(2026, 1, 22, 10, 3, 19),
        subject=f"RE:[CASE {cC}] {FORM_SUBJ}", provider="o365", form="plain", cte="base64",
        text=f"""Hello Marta,

Thank you for waiting. Here is what I would do, and I need your OK before I start:

  Record that stays:      {C_KEEP}  (marta.kowalczyk@northwind-robotics.com)
  Record that goes into it: {C_OLD}  (marta.k@poczta.fm)

All certifications, exam results and benefits from the second record would be moved to the first, and the second record would be closed for good. There is no way to split them again later.

The first ID in your original request seems to have two digits swapped, so I went by the record registered to your company address.

If this is correct, just reply to this e-mail saying so.

Best regards,
Sunil P.
AWS Training and Certification

________________________________
From: Marta Kowalczyk <marta.kowalczyk@northwind-robotics.com>
Sent: Tuesday, January 20, 2026 9:13 AM
To: AWS Training and Certification
Subject: Account Merge

Hello, I have two AWS certification accounts: AWS71530424 (current, company email) and aws-09366218 (private email, old). Could you please make them one account and keep the company one? Thank you, Marta
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

C_CONF_TEXT = f"""Hello Marta,

Thank you for waiting. Here is what I would do, and I need your OK before I start:

  Record that stays:      {C_KEEP}  (marta.kowalczyk@northwind-robotics.com)
  Record that goes into it: {C_OLD}  (marta.k@poczta.fm)

All certifications, exam results and benefits from the second record would be moved to the first, and the second record would be closed for good. There is no way to split them again later.

If this is correct, just reply to this e-mail saying so.

Best regards,
Sunil P.
AWS Training and Certification"""

m = add(slug="re-case-after-your-ok", kind="merge_completed", lang="en", case_id=cC, ids=[], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MARTA, date=T(2026, 1, 23, 17, 51, 12),
        subject=f"RE:[CASE {cC}] {FORM_SUBJ}", provider="o365", form="alt", cte="quoted-printable",
        text=f"""Hello Marta,

Following your approval below, the two records have been brought together. Everything you had earned now shows under the ID you chose to keep, and the record with your private address no longer exists. The Security - Specialty voucher you were missing is visible again on the Benefits page.

Best regards,
Sunil P.
AWS Training and Certification

________________________________
From: Marta Kowalczyk <marta.kowalczyk@northwind-robotics.com>
Sent: Thursday, January 22, 2026 11:40 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {cC}] {FORM_SUBJ}

Hi Sunil,

Yes, that is correct, please go ahead.

Marta

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, January 22, 2026 11:03 AM
To: Marta Kowalczyk <marta.kowalczyk@northwind-robotics.com>
Subject: RE:[CASE {cC}] {FORM_SUBJ}

{C_CONF_TEXT}
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="fw-partner-portal-ids", kind="unrelated", lang="en", case_id=cC, ids=[C_KEEP], sv=None,
        **{"from": MARTA}, to=("Jonas Albrecht", "jonas.albrecht@northwind-robotics.com"), date=T(2026, 1, 26, 8, 7, 33, CET),
        subject=f"FW: RE:[CASE {cC}] {FORM_SUBJ}", provider=None, form="alt", cte="quoted-printable",
        msgid=f"<AM9PR07MB7{R.randint(100,999)}{hx('fwm',6).upper()}@AM9PR07MB7{R.randint(100,999)}.eurprd07.prod.outlook.com>",
        extra_top=[
            f"Received: from AM9PR07MB7311.eurprd07.prod.outlook.com (2603:10a6:20b:2d8::9)\n by DB9PR07MB8032.eurprd07.prod.outlook.com with HTTPS; Mon, 26 Jan 2026\n 07:07:36 +0000",
            "Received: from AM9PR07MB7311.eurprd07.prod.outlook.com\n ([fe80::5c1b:9a0e:41d2:77a3]) by AM9PR07MB7311.eurprd07.prod.outlook.com\n ([fe80::5c1b:9a0e:41d2:77a3%4]) with mapi id 15.20.9520.011; Mon, 26 Jan 2026\n 07:07:34 +0000",
        ],
        extra=["Thread-Topic: RE:[CASE %s] %s" % (cC, FORM_SUBJ), "Thread-Index: AQHcjH2Zk0vB3s1P7kS5wXnN2m1rKrRk8u2w",
               "Accept-Language: en-US, de-DE", "Content-Language: en-US", "X-MS-Has-Attach:",
               "X-MS-Exchange-Organization-AuthAs: Internal", "X-MS-Exchange-Organization-AuthSource: AM9PR07MB7311.eurprd07.prod.outlook.com",
               "X-Originating-IP: [91.64.113.20]"],
        text=f"""Hi Jonas,

as discussed on Friday - my AWS certs are finally all under one ID: AWS71530442. Could you update my entry in the partner portal so the Security Specialty counts for our tier review? The old number can be removed.

Thanks!
Marta

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, January 23, 2026 6:51 PM
To: Marta Kowalczyk <marta.kowalczyk@northwind-robotics.com>
Subject: RE:[CASE {cC}] {FORM_SUBJ}

Hello Marta,

Following your approval below, the two records have been brought together. Everything you had earned now shows under the ID you chose to keep, and the record with your private address no longer exists. The Security - Specialty voucher you were missing is visible again on the Benefits page.

Best regards,
Sunil P.
AWS Training and Certification
""")

badgeC = hx("badgeC", 32)
m = add(slug="credly-mla-short", kind="credly_badge_issued", lang="en", case_id=None, ids=[], sv=True,
        **{"from": SENDERS["credly"][:2]}, to=MARTA, date=T(2026, 2, 11, 13, 20, 48),
        subject="Marta, you've earned something new", provider="o365", form="alt", cte="base64", html_cte="quoted-printable",
        text=f"""Marta, Amazon Web Services Training and Certification just issued you AWS Certified Machine Learning Engineer - Associate. Claim it here: https://www.credly.com/earner/earned/badge/{badgeC[:8]}-{badgeC[8:12]}-{badgeC[12:16]}-{badgeC[16:20]}-{badgeC[20:]}
""",
        html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Marta, Amazon Web Services Training and Certification just issued you <b>AWS Certified Machine Learning Engineer - Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{badgeC[:8]}-{badgeC[8:12]}-{badgeC[12:16]}-{badgeC[16:20]}-{badgeC[20:]}">Claim it here</a></p>
</body></html>
""")
m["auth"] = sender_auth("credly", m["date"], m["slug"])

# ================================================================ THREAD D: Tom, own mail server, no Authentication-Results (en)
tD = T(2025, 11, 3, 7, 55, 31)
cD = cid15(tD, 91288)
D_A, D_B = "AWS44821907", "AWS50733618"

m = add(slug="queue-note", kind="case_created", lang="en", case_id=cD, ids=[], sv=None,
        **{"from": SENDERS["form"][:2]}, to=TOM, date=tD + dt.timedelta(seconds=33),
        subject=f"[CASE {cD}] {FORM_SUBJ}", provider="plain", form="plain", cte="7bit", charset="us-ascii",
        text=f"""Your message is in our queue as {cD}. Please don't send it again - requests are answered in the order they arrive.

AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-checking-in", kind="support_reply", lang="en", case_id=cD, ids=[D_A, D_B], sv=None,
        **{"from": SENDERS["form"][:2]}, to=TOM, date=T(2025, 11, 10, 12, 14, 26),
        subject=f"RE:[CASE {cD}] {FORM_SUBJ}", provider="plain", form="plain", cte="quoted-printable",
        text=f"""Hello Tom,

I wrote to you on 4 November to ask which of your two candidate records - {D_A} or {D_B} - you would like to keep, and I haven't seen an answer yet.

Is this still something you need help with? If so, just reply with the ID you want to keep. If it has sorted itself out in the meantime, a short note is enough and I'll stop chasing you.

Best regards,
Hannah W.
AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="case-closed-no-reply", kind="survey", lang="en", case_id=cD, ids=[], sv=None,
        **{"from": SENDERS["form"][:2]}, to=TOM, date=T(2025, 11, 17, 12, 15, 2),
        subject=f"RE:[CASE {cD}] {FORM_SUBJ}", provider="plain", form="plain", cte="quoted-printable",
        text=f"""Hello Tom,

As we have not heard back from you, we have closed case {cD}. If you still need help, simply reply to this e-mail within 14 days and the case will reopen.

We would be glad to know what you thought of the service you received. The questionnaire has three questions:
https://survey.aws-cs.amazon.com/q?case={cD}

AWS Training and Certification Customer Service
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

# ================================================================ THREAD E: Leah, form case, Gmail (en)
tE = T(2025, 3, 10, 19, 41, 22)
cE = cid15(tE, 3306)
E_OLD, E_KEEP = "AWS58213376", "AWS80047215"

m = add(slug="re-case-exam-season", kind="merge_confirmation_requested", lang="en", case_id=cE, ids=[E_OLD, E_KEEP], sv=True,
        **{"from": SENDERS["form"][:2]}, to=LEAH, date=T(2025, 3, 13, 10, 22, 5),
        subject=f"RE: [CASE {cE}] {FORM_SUBJ}", provider="gmail", form="plain", cte="quoted-printable",
        text=f"""Hi Leah,

Thanks for your note, and sorry it took a couple of days to get to you - March is always a busy month for us with the exam promotions.

I had a look and the profile you set up in 2021 (AWS 58213376) and the newer one (AWS 80047215) carry the same name and date of birth, so I'm fairly sure both are yours. What I'd like to do is move the older one's history into AWS 80047215 and then shut the older one down; it's a one-way street, so please tell me you're happy with that before anything happens.

By the way, I noticed you're booked for the Data Engineer exam next month - good luck! Your booking stays as it is either way.

Cheers,
Mateo L.
AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-what-happens-next", kind="support_reply", lang="en", case_id=cE, ids=[E_KEEP], sv=True,
        **{"from": SENDERS["form"][:2]}, to=LEAH, date=T(2025, 3, 14, 8, 57, 40),
        subject=f"RE: [CASE {cE}] {FORM_SUBJ}", provider="gmail", form="plain", cte="8bit", label="us-ascii",
        text=f"""Hi Leah,

Noted, thank you. Once the two profiles have been brought together, your “Data Engineer” booking will sit under {E_KEEP}, and any badge you earn from then on will go to the Credly account that uses the same e-mail address. Your older Credly badges will be re-sent to that account as well.

I’ll write here again when that has happened – no need to chase us.

Cheers,
Mateo L.
AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-benefits-note", kind="merge_completed", lang="en", case_id=cE, ids=[E_OLD, E_KEEP], sv=True,
        **{"from": SENDERS["form"][:2]}, to=LEAH, date=T(2025, 3, 17, 16, 9, 58),
        subject=f"RE: [CASE {cE}] {FORM_SUBJ}", provider="gmail", form="html", cte="quoted-printable",
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Leah,</p>
<p>Hope the exam prep is going well! A few notes on your benefits: the 50% discount from your Solutions Architect exam is still valid until 30 June, and you can see it on the Benefits tab. The history from AWS58213376 has been moved into AWS80047215, and that older profile is no longer active. Your Data Engineer booking did not change.</p>
<p>One more tip: if you shared a verification link on LinkedIn for the old profile, you may want to replace it with a fresh one from your current profile.</p>
<p>Cheers,<br>Mateo L.<br>AWS Training and Certification</p>
</div></body></html>
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

# ---- standalone short completion (Arjun, Outlook.com)
ARJUN = ("Arjun Mehta", "arjun.mehta@outlook.com")
tF = T(2025, 7, 21, 5, 12, 40)
cF = cid15(tF, 77120)
m = add(slug="re-case-all-set", kind="merge_completed", lang="en", case_id=cF, ids=["AWS65018839", "AWS31902274"], sv=True,
        **{"from": SENDERS["form"][:2]}, to=ARJUN, date=T(2025, 7, 23, 13, 44, 21),
        subject=f"RE:[CASE {cF}] {FORM_SUBJ}", provider="outlook", form="plain", cte="7bit", charset="us-ascii",
        text=f"""Hi Arjun,

All set - everything from aws 31902274 now sits under AWS65018839. Keep signing in with your usual address.

Regards,
Nadia K.
AWS Training and Certification
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

# ---- console survey for Priya (after resolution)
m = add(slug="support-experience-questions", kind="survey", lang="en", case_id=cB, ids=[], sv=True,
        **{"from": SENDERS["console"][:2]}, to=PRIYA, date=T(2025, 9, 20, 14, 5, 33),
        subject=f"A few questions about case {cB}", provider="outlook", form="alt", cte="quoted-printable",
        text=f"""Hello,

You recently worked with AWS Support on case {cB} ("{B_SUBJ}"). We'd like to hear about it.

How satisfied were you with the help you received?
Very dissatisfied  1  2  3  4  5  Very satisfied

Answer here (about 1 minute): https://aws.amazon.com/support/feedback?caseId={cB}&src=email

Thank you,
AWS Support

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""",
        html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>You recently worked with AWS Support on case <b>{cB}</b> (&ldquo;{B_SUBJ}&rdquo;). We&rsquo;d like to hear about it.</p>
<p><b>How satisfied were you with the help you received?</b></p>
<table><tr>
<td><a href="https://aws.amazon.com/support/feedback?caseId={cB}&amp;s=1">1</a></td><td><a href="https://aws.amazon.com/support/feedback?caseId={cB}&amp;s=2">2</a></td><td><a href="https://aws.amazon.com/support/feedback?caseId={cB}&amp;s=3">3</a></td><td><a href="https://aws.amazon.com/support/feedback?caseId={cB}&amp;s=4">4</a></td><td><a href="https://aws.amazon.com/support/feedback?caseId={cB}&amp;s=5">5</a></td>
</tr><tr><td colspan="2" style="font-size:11px">Very dissatisfied</td><td></td><td colspan="2" style="font-size:11px;text-align:right">Very satisfied</td></tr></table>
<p>Thank you,<br>AWS Support</p>
<p style="font-size:11px;color:#5f6b7a">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>
</body></html>
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

# ---- unrelated (en)
tQ = T(2025, 8, 12, 21, 3, 9)
cQ = cid15(tQ, 52870)
m = add(slug="re-case-vcpu-quota", kind="unrelated", lang="en", case_id=cQ, ids=[], sv=True,
        **{"from": SENDERS["console"][:2]}, to=DANIEL, date=T(2025, 8, 13, 6, 40, 18),
        subject=f"RE:[CASE {cQ}] Limit Increase: EC2 Instances", provider="gmail", form="plain", cte="quoted-printable",
        text=f"""Hello,

Thank you for your patience. The service team has approved your request and the Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota in EU (Ireland) is now 256 vCPUs. It can take up to 30 minutes for the new value to appear in the Service Quotas console.

If you later need the same change in another Region, you can request it directly from the Service Quotas console; there is no need to contact us.

Best regards,
Laura M.
Amazon Web Services

""" + CONSOLE_FOOTER.format(cid=cQ) + "\n")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="gh-pr-142", kind="unrelated", lang="en", case_id=None, ids=[], sv=False,
        **{"from": ("Rafael Ortiz", "notifications@github.com")}, to=("northwind/cert-tracker", "cert-tracker@noreply.github.com"),
        date=T(2025, 10, 2, 14, 22, 7), subject="Re: [northwind/cert-tracker] Combine duplicate candidate profiles before export (PR #142)",
        provider="gmail", form="alt", cte="quoted-printable",
        msgid="<northwind/cert-tracker/pull/142/issue_event/19847702213@github.com>",
        in_reply_to="<northwind/cert-tracker/pull/142@github.com>",
        extra=["Cc: Daniel Okafor <daniel.okafor.dev@gmail.com>, Mention <mention@noreply.github.com>",
               "List-ID: northwind/cert-tracker <cert-tracker.northwind.github.com>",
               "List-Unsubscribe: <https://github.com/notifications/unsubscribe/AB3XQ7YHZ2>",
               "X-GitHub-Sender: rortiz", "X-GitHub-Recipient: dokafor", "X-GitHub-Reason: mention"],
        text="""Merged #142 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind/cert-tracker/pull/142#event-19847702213
You are receiving this because you were mentioned.
""",
        html="""<p></p>
<p>Merged <a class="issue-link" href="https://github.com/northwind/cert-tracker/pull/142">#142</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind/cert-tracker/pull/142#event-19847702213">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
""")
m["to"] = ("northwind/cert-tracker", "cert-tracker@noreply.github.com")
m["auth"] = generic_auth("github.com", "192.30.252.208", "out-25.smtp.github.com", "noreply@github.com",
                         dkim_domain="github.com", selector="pf2023", p="REJECT")
m["rcpt"] = DANIEL[1]

m = add(slug="credly-profile-code", kind="unrelated", lang="en", case_id=None, ids=[], sv=True,
        **{"from": ("Credly", "no-reply@credly.com")}, to=PRIYA, date=T(2025, 9, 22, 18, 2, 51),
        subject="Your code: 604 918", provider="outlook", form="alt", cte="quoted-printable",
        text="""Hi Priya,

Someone (hopefully you) asked to bring another Credly account together with this one. Enter this code on the page you came from:

604918

The code expires in 15 minutes. Once you've entered it, select "Complete" to finish. If this wasn't you, you can ignore this message - nothing will change.

The Credly Team
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Priya,</p>
<p>Someone (hopefully you) asked to bring another Credly account together with this one. Enter this code on the page you came from:</p>
<p style="font-size:28px;letter-spacing:6px"><b>604918</b></p>
<p>The code expires in 15 minutes. Once you've entered it, select <b>Complete</b> to finish. If this wasn't you, you can ignore this message &ndash; nothing will change.</p>
<p>The Credly Team</p>
</body></html>
""")
m["auth"] = sender_auth("credly", m["date"], m["slug"])

m = add(slug="exam-experience-invite", kind="unrelated", lang="en", case_id=None, ids=[], sv=False,
        **{"from": ("AWS Certification", "do-not-reply@certmetrics.com")}, to=LEAH, date=T(2025, 4, 15, 16, 31, 2),
        subject="Tell us about your AWS Certification exam", provider="gmail", form="html", cte="quoted-printable",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Leah Fischer,</p>
<p>Thank you for taking the AWS Certified Data Engineer - Associate exam. Your opinion helps us improve the exam experience for all candidates.</p>
<p>Please take about five minutes to answer a short questionnaire about registration, the test center or online proctoring, and the exam content.</p>
<p><a href="https://www.certmetrics.com/amazon/survey.aspx?s=8812&amp;t=X7QW2">Start the questionnaire</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">This message was sent from an unmonitored address. Please do not reply.</p>
</body></html>
""")
m["auth"] = generic_auth("certmetrics.com", "198.21.3.77", "smtp21.certmetrics.com", "bounce@certmetrics.com",
                         dkim_domain="certmetrics.com", selector="k1", p="NONE")

# ================================================================ THREAD JA-A: 佐藤, console case (ja), nifty
tJA = T(2025, 5, 26, 1, 12, 44)
cJA = cid15(tJA, 20957)
JA_KEEP, JA_OLD = "AWS22904417", "AWS90561382"
JA_SUBJ = "認定アカウントが2つあるので1つにしたい"

m = add(slug="console-uketsuke", kind="case_created", lang="ja", case_id=cJA, ids=[], sv=True,
        **{"from": SENDERS["console"][:2]}, to=SATO, date=tJA + dt.timedelta(seconds=19),
        subject=f"Amazon Web Services: お問い合わせ (ケース ID {cJA}) を承りました", hcharset="iso-2022-jp",
        provider="nifty", form="plain", charset="iso-2022-jp", cte="7bit",
        text=f"""お客様

Amazon Web Services へお問い合わせいただき、ありがとうございます。
お問い合わせはケース {cJA} として登録されました。担当者が順に内容を確認いたします。

ケース ID: {cJA}
件名: {JA_SUBJ}
重要度: 一般的なガイダンス

ケースの状況確認や情報の追加は、AWS サポートセンターから行っていただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={cJA}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお受けできません。

Amazon Web Services
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-dochira-wo", kind="support_reply", lang="ja", case_id=cJA, ids=[JA_KEEP, JA_OLD], sv=True,
        **{"from": SENDERS["console"][:2]}, to=SATO, date=T(2025, 5, 27, 2, 31, 8),
        subject=f"RE:[CASE {cJA}] {JA_SUBJ}", provider="nifty", form="plain", cte="base64",
        text=f"""佐藤 様

AWS サポートの田村です。お問い合わせいただきありがとうございます。

お調べしたところ、佐藤様のお名前で登録された認定アカウントとして、{JA_KEEP} と {JA_OLD} の 2 件が確認できました。

つきましては、今後どちらのアカウントをお使いになりたいか、ご希望をお聞かせいただけますでしょうか。
あわせて、それぞれのアカウントにサインインする際にお使いのメールアドレスもお知らせください。

お手数をおかけしますが、よろしくお願いいたします。

田村
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=cJA) + "\n")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-naiyou-kakunin", kind="merge_confirmation_requested", lang="ja", case_id=cJA, ids=[JA_KEEP, JA_OLD], sv=True,
        **{"from": SENDERS["console"][:2]}, to=SATO, date=T(2025, 5, 28, 6, 4, 55),
        subject=f"RE:[CASE {cJA}] {JA_SUBJ}", hcharset="iso-2022-jp", provider="nifty", form="plain",
        charset="iso-2022-jp", cte="7bit",
        text=f"""佐藤 様

ご返信いただきありがとうございます。AWS サポートの田村です。

いただいた情報をもとに、以下のとおり手続きを進める予定です。

　今後お使いいただくアカウント：{JA_KEEP}（kenichi.sato@nifty.com）
　取り込まれるアカウント　　　：{JA_OLD}（k-sato@tokai-denki.co.jp）

取り込まれる側のアカウントにある認定資格や受験履歴はすべて {JA_KEEP} に移り、{JA_OLD} は以後ご利用いただけなくなります。
一度実施しますと元の状態に戻すことはできませんので、上記の内容で差し支えないか、サポートセンターからご返信いただけますでしょうか。

田村
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=cJA) + "\n")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-chakushu", kind="support_reply", lang="ja", case_id=cJA, ids=[], sv=True,
        **{"from": SENDERS["console"][:2]}, to=SATO, date=T(2025, 5, 29, 0, 48, 12),
        subject=f"RE:[CASE {cJA}] {JA_SUBJ}", provider="nifty", form="plain", cte="quoted-printable",
        text=f"""佐藤 様

ご確認いただきありがとうございます。
承知いたしました。これより担当部署にて作業に取りかかります。

通常 2〜3 営業日ほどお時間を頂戴しております。作業中は両方のアカウントにサインインしづらくなる場合がございますが、ご了承ください。

田村
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=cJA) + "\n")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-utsushi-oemashita", kind="merge_completed", lang="ja", case_id=cJA, ids=[JA_KEEP, JA_OLD], sv=True,
        **{"from": SENDERS["console"][:2]}, to=SATO, date=T(2025, 5, 30, 8, 17, 36),
        subject=f"RE:[CASE {cJA}] {JA_SUBJ}", hcharset="iso-2022-jp", provider="nifty", form="plain",
        charset="iso-2022-jp", cte="7bit",
        text=f"""佐藤 様

大変お待たせいたしました。AWS サポートの田村です。

AWS-90561382 に記録されていた認定資格および受験履歴を、AWS-22904417 へ移し終えました。
AWS-90561382 は閉鎖されておりますので、今後は kenichi.sato@nifty.com でサインインしてください。

Credly のデジタルバッジは、数日以内に同じメールアドレス宛てにご案内が届く見込みです。

田村
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=cJA) + "\n")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="goiken-onegai", kind="survey", lang="ja", case_id=cJA, ids=[], sv=True,
        **{"from": SENDERS["console"][:2]}, to=SATO, date=T(2025, 6, 2, 1, 0, 4),
        subject=f"ケース {cJA} についてご意見をお聞かせください", provider="nifty", form="alt", cte="base64",
        text=f"""お客様

先日は AWS サポートをご利用いただきありがとうございました。
ケース {cJA}（{JA_SUBJ}）は解決済みとなっております。

今後のサービス向上のため、今回の対応について 1 分ほどでお答えいただける質問にご協力ください。

https://aws.amazon.com/support/feedback?caseId={cJA}&language=ja

Amazon Web Services
""",
        html=f"""<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>お客様</p>
<p>先日は AWS サポートをご利用いただきありがとうございました。<br>ケース <b>{cJA}</b>（{JA_SUBJ}）は解決済みとなっております。</p>
<p>今後のサービス向上のため、今回の対応について 1 分ほどでお答えいただける質問にご協力ください。</p>
<p><a href="https://aws.amazon.com/support/feedback?caseId={cJA}&amp;language=ja" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">回答する</a></p>
<p>Amazon Web Services</p>
</body></html>
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

badgeJA = hx("badgeJA", 32)
m = add(slug="credly-sap-uketori", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], sv=True,
        **{"from": SENDERS["credly"][:2]}, to=SATO, date=T(2025, 6, 3, 5, 26, 40),
        subject="佐藤さん、Amazon Web Services Training and Certification から認定証が届いています", provider="nifty",
        form="alt", cte="base64",
        text=f"""佐藤さん

Amazon Web Services Training and Certification が、あなたの実績を次のデジタル認定証で称えました。

AWS Certified Solutions Architect – Professional

受け取ってプロフィールに追加し、同僚や採用担当者と共有しましょう。
https://www.credly.com/earner/earned/badge/{badgeJA[:8]}-{badgeJA[8:12]}-{badgeJA[12:16]}-{badgeJA[16:20]}-{badgeJA[20:]}

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
""",
        html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="font-size:20px">佐藤さん、おめでとうございます</p>
<p>Amazon Web Services Training and Certification が、あなたの実績を次のデジタル認定証で称えました。</p>
<p><b>AWS Certified Solutions Architect – Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/{badgeJA[:8]}-{badgeJA[8:12]}-{badgeJA[12:16]}-{badgeJA[16:20]}-{badgeJA[20:]}" style="background:#1d7e8c;color:#fff;padding:12px 28px;text-decoration:none">受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007</p>
</td></tr></table></body></html>
""")
m["auth"] = sender_auth("credly", m["date"], m["slug"])

# ================================================================ THREAD JA-B: 山本, form case (ja), Gmail
tJB = T(2025, 12, 8, 23, 40, 11)
cJB = cid15(tJB, 64019)
JB_KEEP, JB_OLD = "AWS36650291", "AWS17422085"
FORM_SUBJ_JA = "[AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ"

m = add(slug="form-uketsuke-bangou", kind="case_created", lang="ja", case_id=cJB, ids=[], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MISAKI, date=tJB + dt.timedelta(seconds=48),
        subject=f"[CASE {cJB}] {FORM_SUBJ_JA}", provider="gmail", form="plain", cte="base64",
        text=f"""山本 美咲 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
お問い合わせは以下の番号で承りました。

受付番号：{cJB}

内容を確認のうえ、担当者より原則 24 時間以内にこのアドレス宛てにご連絡いたします。
同じ内容で重ねてお問い合わせいただきますと、かえってご回答が遅れる場合がございます。追加の情報がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-address-oshiete", kind="support_reply", lang="ja", case_id=cJB, ids=[], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MISAKI, date=T(2025, 12, 10, 1, 12, 50),
        subject=f"RE:[CASE {cJB}] {FORM_SUBJ_JA}", provider="gmail", form="plain", cte="quoted-printable",
        text=f"""山本 美咲 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の松本です。

お送りいただいた候補者 ID だけでは、もう一方のアカウントを特定することができませんでした。お手数ですが、次の点をお知らせいただけますでしょうか。

1. それぞれのアカウントにサインインする際のメールアドレス
2. それぞれのアカウントで通知を受け取っているメールアドレス（サインイン用と異なる場合）
3. 今後お使いになりたいアカウント

このメールにご返信いただければ、同じケースで引き続き対応いたします。

松本
AWS トレーニングと認定
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-kono-naiyou-de", kind="merge_confirmation_requested", lang="ja", case_id=cJB, ids=[JB_KEEP, JB_OLD], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MISAKI, date=T(2025, 12, 11, 3, 45, 27),
        subject=f"RE:[CASE {cJB}] {FORM_SUBJ_JA}", provider="gmail", form="plain", cte="base64",
        in_reply_to=f"<CAH{hx('misaki1',20)}@mail.gmail.com>",
        text=f"""山本 美咲 様

ご回答ありがとうございます。松本です。

いただいた情報から、次の 2 つのアカウントが山本様のものと確認できました。3 つ目のアカウントについてはお調べしましたが、登録は見つかりませんでした。

　■ 残すアカウント　　：{JB_KEEP}（misaki.yamamoto.0412@gmail.com）
　■ 移行元のアカウント：{JB_OLD}（m-yamamoto@hoshizora-tech.jp）

{JB_OLD} の認定・受験履歴・特典を {JB_KEEP} に移し、{JB_OLD} は閉じる形となります。実施後に元へ戻すことはできません。
この内容でよろしければ、その旨をご返信ください。

松本
AWS トレーニングと認定

2025年12月10日(水) 9:15 山本 美咲 <misaki.yamamoto.0412@gmail.com>:
> 松本様
>
> ご連絡ありがとうございます。
> 1. 今使っているのは aws-36650291 で、misaki.yamamoto.0412@gmail.com でログインしています。
> 2. 前の会社のときに作ったのが aws-17422085 で、m-yamamoto@hoshizora-tech.jp でした。通知も同じアドレスだったと思います。
> 3. 残したいのは今使っている方です。
>
> もしかすると AWS70318846 というアカウントもあるかもしれません（昔のメモに書いてありました）。
>
> よろしくお願いいたします。
> 山本
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-owarimashitara", kind="support_reply", lang="ja", case_id=cJB, ids=[JB_KEEP], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MISAKI, date=T(2025, 12, 12, 0, 20, 14),
        subject=f"RE:[CASE {cJB}] {FORM_SUBJ_JA}", provider="gmail", form="plain", cte="quoted-printable",
        text=f"""山本 美咲 様

ご返信ありがとうございます。松本です。

統合が完了しましたら、改めてこちらからお知らせいたします。その際、以前のアカウントでお持ちだった Credly のバッジも {JB_KEEP} に登録されたメールアドレス宛てに改めて送られますので、届きましたら受け取りの操作をお願いいたします。

それまでの間、特にご対応いただくことはございません。

松本
AWS トレーニングと認定
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-tetsuzuki-owari", kind="merge_completed", lang="ja", case_id=cJB, ids=[JB_KEEP, JB_OLD], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MISAKI, date=T(2025, 12, 15, 5, 2, 41),
        subject=f"RE:[CASE {cJB}] {FORM_SUBJ_JA}", provider="gmail", form="alt", cte="base64", html_cte="quoted-printable",
        text=f"""山本 美咲 様

{JB_OLD} の記録を {JB_KEEP} へ移しました。

松本
AWS トレーニングと認定
""",
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Meiryo,sans-serif;font-size:14px">
<p>山本 美咲 様</p>
<p>お待たせいたしました。松本です。</p>
<p>{JB_OLD} にあった認定資格（AWS Certified Cloud Practitioner）と受験履歴、未使用の 50% 割引バウチャーを、{JB_KEEP} へ移しました。{JB_OLD} は閉じておりますので、今後は misaki.yamamoto.0412@gmail.com でサインインしてください。</p>
<p>認定アカウントの画面に反映されるまで、最大で 24 時間ほどかかる場合がございます。</p>
<p>松本<br>AWS トレーニングと認定</p>
</div></body></html>
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="taiou-shuuryou-hyouka", kind="survey", lang="ja", case_id=cJB, ids=[], sv=True,
        **{"from": SENDERS["form"][:2]}, to=MISAKI, date=T(2025, 12, 15, 5, 6, 19),
        subject=f"[CASE {cJB}] 今回の対応はいかがでしたか", provider="gmail", form="html", cte="base64",
        html=f"""<html><body style="font-family:Meiryo,sans-serif;font-size:14px;color:#232f3e">
<p>山本 美咲 様</p>
<p>ケース {cJB} につきまして、本件の対応を終了とさせていただきました。</p>
<p>今回のお問い合わせは解決しましたか？</p>
<p><a href="https://survey.aws-cs.amazon.com/r?case={cJB}&amp;a=1&amp;l=ja">はい</a> ／ <a href="https://survey.aws-cs.amazon.com/r?case={cJB}&amp;a=0&amp;l=ja">いいえ</a></p>
<p>担当者の対応を 5 段階で評価していただけますと幸いです。いただいたご意見は、サービス改善のために活用させていただきます。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

badgeJB = hx("badgeJB", 32)
m = add(slug="credly-clf-hikitsugi", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], sv=True,
        **{"from": SENDERS["credly"][:2]}, to=MISAKI, date=T(2025, 12, 16, 9, 55, 2),
        subject="以前のアカウントのバッジがこちらに移されました", provider="gmail", form="alt", cte="quoted-printable",
        text=f"""山本さん

認定アカウントの一本化に伴い、Amazon Web Services Training and Certification が以前のアカウントで保有されていたバッジをこちらのプロフィールに移しました。

・AWS Certified Cloud Practitioner

バッジは承認するまで非公開のままです。次のリンクから承認してください。
https://www.credly.com/earner/earned/badge/{badgeJB[:8]}-{badgeJB[8:12]}-{badgeJB[12:16]}-{badgeJB[16:20]}-{badgeJB[20:]}

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
""",
        html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>山本さん</p>
<p>認定アカウントの一本化に伴い、Amazon Web Services Training and Certification が以前のアカウントで保有されていたバッジをこちらのプロフィールに移しました。</p>
<p><b>AWS Certified Cloud Practitioner</b></p>
<p>バッジは承認するまで非公開のままです。</p>
<p><a href="https://www.credly.com/earner/earned/badge/{badgeJB[:8]}-{badgeJB[8:12]}-{badgeJB[12:16]}-{badgeJB[16:20]}-{badgeJB[20:]}" style="background:#1d7e8c;color:#fff;padding:12px 28px;text-decoration:none">承認する</a></p>
</body></html>
""")
m["auth"] = sender_auth("credly", m["date"], m["slug"])

# ---- phishing (ja): spoofed amazon.com, topmost dmarc=fail, forged lower AR claims pass
fakeJ = "176542108830517"
m = add(slug="re-case-shounin-link", kind="merge_confirmation_requested", lang="ja", case_id=fakeJ, ids=[], sv=False,
        **{"from": SENDERS["form"][:2]}, to=MISAKI, date=T(2025, 12, 18, 11, 48, 3),
        subject=f"RE:[CASE {fakeJ}] 認定アカウントの手続きに関するご確認", provider="gmail", form="html", cte="base64",
        reply_to="aws-certification@kanri-center.xyz",
        forged_ar="Authentication-Results: amazon.com;\n       dkim=pass header.d=amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com",
        dkim=False,
        html=f"""<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>お客様</p>
<p>お客様のメールアドレスに複数の AWS 認定アカウントが登録されていることを確認いたしました。これらを一つのアカウントにまとめる手続きを予定しております。</p>
<p>手続きは取り消しができないため、実施前にお客様ご本人による承認が必要です。<b>72 時間以内</b>に下記のページへログインし、内容をご承認ください。期限内にご承認いただけない場合、認定資格が一時的に無効となる可能性がございます。</p>
<p style="text-align:center"><a href="https://aws-certification.kanri-center.xyz/login?case={fakeJ}" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">内容を確認して承認する</a></p>
<p>Amazon Web Services<br>トレーニングと認定 サポートチーム</p>
</body></html>
""")
m["auth"] = generic_auth("amazon.com", "45.153.34.118", "vps-45-153-34-118.kanri-center.xyz", "info@kanri-center.xyz",
                         dkim_domain=None, dmarc="fail", spf="pass", p="QUARANTINE")
m["msgid"] = f"<20251218204803.{hx('phj',12).upper()}@kanri-center.xyz>"

# ================================================================ THREAD JA-C: 高橋, form case (ja), biglobe
tJC = T(2025, 2, 17, 4, 5, 56)
cJC = cid15(tJC, 81540)
JC_KEEP, JC_OLD = "AWS48120937", "AWS06674512"

m = add(slug="uketsuke-sjis", kind="case_created", lang="ja", case_id=cJC, ids=[], sv=True,
        **{"from": SENDERS["form"][:2]}, to=RYO, date=tJC + dt.timedelta(seconds=36),
        subject=f"[CASE {cJC}] {FORM_SUBJ_JA}", hcharset="shift_jis", provider="biglobe", form="plain",
        charset="shift_jis", cte="8bit",
        text=f"""お問い合わせを承りました（受付番号：{cJC}）。担当者からの連絡をお待ちください。
このメールは送信専用です。

AWS トレーニングと認定
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-samui-hi", kind="merge_confirmation_requested", lang="ja", case_id=cJC, ids=[JC_KEEP, JC_OLD], sv=True,
        **{"from": SENDERS["form"][:2]}, to=RYO, date=T(2025, 2, 18, 7, 20, 14),
        subject=f"RE:[CASE {cJC}] {FORM_SUBJ_JA}", provider="biglobe", form="plain", cte="quoted-printable",
        text=f"""高橋 亮 様

お世話になっております。AWS トレーニングと認定の木村です。
寒い日が続いておりますが、いかがお過ごしでしょうか。

さて、ご依頼の件ですが、aws 06674512 の内容を AWS 48120937 に移し、aws 06674512 のほうは閉じる形でよろしいでしょうか。この作業は後から取り消すことができませんので、念のためご返信にてお知らせいただけますと幸いです。

なお、来月ご予約の Solutions Architect – Professional の試験には影響ございませんので、どうぞ安心して準備をお進めください。
ご健闘をお祈りしております。

木村
AWS トレーニングと認定
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="re-case-nested-quote", kind="merge_completed", lang="ja", case_id=cJC, ids=[JC_KEEP], sv=True,
        **{"from": SENDERS["form"][:2]}, to=RYO, date=T(2025, 2, 20, 9, 33, 47),
        subject=f"RE:[CASE {cJC}] {FORM_SUBJ_JA}", provider="biglobe", form="plain",
        charset="cp932", label="Shift_JIS", cte="base64",
        text=f"""高橋 亮 様

ご返信ありがとうございます。木村です。

ご指示いただいたとおり作業を行い、本日付で次の内容を AWS48120937 に移しております。

① 認定資格（AWS Certified Developer - Associate）
② 受験履歴
③ 未使用の割引特典

移行元のアカウントはすでにご利用いただけない状態です。万一表示に不具合がございましたら、このメールにご返信ください。

木村
AWS トレーニングと認定

2025年2月19日(水) 14:20 高橋 亮 <ryo-takahashi@biglobe.ne.jp>:
> 木村様
>
> 内容に問題ありません。よろしくお願いいたします。
>
> 高橋
>
> 2025年2月18日(火) 16:20 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 高橋 亮 様
> >
> > さて、ご依頼の件ですが、aws 06674512 の内容を AWS 48120937 に移し、aws 06674512 のほうは閉じる形でよろしいでしょうか。
> > この作業は後から取り消すことができませんので、念のためご返信にてお知らせいただけますと幸いです。
> >
> > 木村
> > AWS トレーニングと認定
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

# ---- standalone very short completion (中村, OCN)
NAKAMURA = ("中村 翔太", "shota.nakamura@ocn.ne.jp")
tG = T(2025, 8, 25, 0, 50, 2)
cG = cid15(tG, 40663)
m = add(slug="re-case-hitotsu-ni", kind="merge_completed", lang="ja", case_id=cG, ids=["AWS12093358"], sv=True,
        **{"from": SENDERS["form"][:2]}, to=NAKAMURA, date=T(2025, 8, 27, 2, 9, 30),
        subject=f"RE:[CASE {cG}] {FORM_SUBJ_JA}", hcharset="iso-2022-jp", provider="ocn", form="plain",
        charset="iso-2022-jp", cte="7bit",
        text=f"""中村 様

お待たせしました。2 つのアカウントを 1 つにまとめ終えました。今後は AWS12093358 をご利用ください。

AWS トレーニングと認定
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

# ---- Credly reminder that a badge is still waiting (佐藤)
m = add(slug="credly-mada-uketotte-inai", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], sv=True,
        **{"from": SENDERS["credly"][:2]}, to=SATO, date=T(2025, 6, 10, 5, 30, 11),
        subject="佐藤さん、受け取り待ちのバッジがあります", provider="nifty", form="alt", cte="base64",
        text=f"""佐藤さん

Amazon Web Services Training and Certification から発行された次のバッジが、まだ受け取られていません。

AWS Certified Solutions Architect – Professional

受け取ると、プロフィールに表示され、LinkedIn などで共有できるようになります。
https://www.credly.com/earner/earned/badge/{badgeJA[:8]}-{badgeJA[8:12]}-{badgeJA[12:16]}-{badgeJA[16:20]}-{badgeJA[20:]}

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
""",
        html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>佐藤さん</p>
<p>Amazon Web Services Training and Certification から発行された次のバッジが、まだ受け取られていません。</p>
<p><b>AWS Certified Solutions Architect – Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/{badgeJA[:8]}-{badgeJA[8:12]}-{badgeJA[12:16]}-{badgeJA[16:20]}-{badgeJA[20:]}" style="background:#1d7e8c;color:#fff;padding:12px 28px;text-decoration:none">受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007</p>
</body></html>
""")
m["auth"] = sender_auth("credly", m["date"], m["slug"])

# ================================================================ THREAD JA-D: 伊藤, console case (ja, 11-digit id), Office 365
tJD = T(2025, 10, 6, 0, 27, 40)
cJD = "14862093375"
JD_KEEP, JD_OLD = "AWS71104358", "AWS52260791"
JD_SUBJ = "認定アカウントの統合について（会社用と個人用のアカウントが別々になっている件）"

m = add(slug="console-case-html", kind="case_created", lang="ja", case_id=cJD, ids=[], sv=True,
        **{"from": SENDERS["console"][:2]}, to=ITO, date=tJD + dt.timedelta(seconds=22),
        subject=f"Amazon Web Services: サポートケース {cJD} のご登録について - {JD_SUBJ}", provider="o365", form="html",
        cte="quoted-printable",
        html=f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"></head>
<body style="font-family:'Amazon Ember','Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>お客様</p>
<p>Amazon Web Services にご連絡いただきありがとうございます。以下の内容でお問い合わせを登録いたしました。担当者が確認のうえ、サポートセンターにてご回答いたします。</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>ケース ID</b></td><td>{cJD}</td></tr>
<tr><td><b>件名</b></td><td>{JD_SUBJ}</td></tr>
<tr><td><b>重要度</b></td><td>一般的なガイダンス</td></tr>
</table>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={cJD}&amp;language=ja">サポートセンターでケースを表示</a></p>
<p style="font-size:11px;color:#5f6b7a">※このメールは送信専用アドレスから送信されています。<br>Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</body></html>
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

JD_FOLLOW = f"""伊藤 様

AWS サポートの森です。

10 月 7 日にお送りしたご質問（今後お使いになるアカウントが {JD_KEEP} と {JD_OLD} のどちらか）について、まだご返信をいただいていないようでしたので、ご連絡いたしました。

その後いかがでしょうか。引き続きサポートが必要でしたら、サポートセンターからご希望のアカウントをお知らせください。すでに解決済みでしたら、その旨を一言いただければ幸いです。

森
Amazon Web Services"""

m = add(slug="re-case-sonogo-ikaga", kind="support_reply", lang="ja", case_id=cJD, ids=[JD_KEEP, JD_OLD], sv=True,
        **{"from": SENDERS["console"][:2]}, to=ITO, date=T(2025, 10, 13, 2, 5, 51),
        subject=f"RE:[CASE {cJD}] {JD_SUBJ}", provider="o365", form="plain", cte="base64",
        text=JD_FOLLOW + "\n\n" + CONSOLE_FOOTER_JA.format(cid=cJD) + "\n")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="fw-dochira-nokosu", kind="unrelated", lang="ja", case_id=cJD, ids=[JD_KEEP], sv=False,
        **{"from": ITO}, to=("鈴木 智子", "t-suzuki@shinwa-sys.co.jp"), date=T(2025, 10, 13, 11, 42, 8, JST),
        subject=f"FW: RE:[CASE {cJD}] {JD_SUBJ}", provider="o365", form="alt", cte="base64",
        msgid=f"<TYCPR01MB{R.randint(1000,9999)}{hx('itofw',8).upper()}@TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com>",
        extra=["Thread-Topic: " + enc_subject("RE:[CASE %s] 認定アカウントの件" % cJD), "Thread-Index: AQHcPBb1zkQy2jT0cUuM1q5rPq2L8A==",
               "Accept-Language: ja-JP, en-US", "Content-Language: ja-JP", "X-MS-Has-Attach:"],
        text=f"""鈴木さん

お疲れさまです。伊藤です。
AWS の認定アカウントの件、サポートから下記の催促が来ていました。

社のパートナー登録で使っているのは {JD_KEEP} の方だと思うのですが、念のため総務側の登録情報と合っているか確認してもらえますか？
確認できたら、私からサポートに返信します。

よろしくお願いします。

伊藤

________________________________
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2025年10月13日 11:05
宛先: 伊藤 直樹 <n-ito@shinwa-sys.co.jp>
件名: RE:[CASE {cJD}] {JD_SUBJ}

{JD_FOLLOW}
""")
m["html"] = to_html(m["text"], "font-family:'Yu Gothic',Meiryo,sans-serif;font-size:11pt")
m["auth"] = generic_auth("shinwa-sys.co.jp", "40.107.74.55", "TYVP286CU001.outbound.protection.outlook.com",
                         "n-ito@shinwa-sys.co.jp", dkim_domain="shinwa-sys.co.jp", selector="selector1", p="NONE")

m = add(slug="henshin-nashi-close", kind="survey", lang="ja", case_id=cJD, ids=[], sv=True,
        **{"from": SENDERS["console"][:2]}, to=ITO, date=T(2025, 10, 20, 2, 6, 14),
        subject=f"RE:[CASE {cJD}] {JD_SUBJ}", provider="o365", form="plain", cte="quoted-printable",
        text=f"""伊藤 様

一定期間ご返信をいただけなかったため、本ケースを解決済みとさせていただきました。

ご不明な点が残っている場合は、サポートセンターからこのケースを再開していただくか、新しいケースを作成してください。

今回のサポートについて、サポートセンターで評価をお寄せいただけますと幸いです。

Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId={cJD}&language=ja
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

# ================================================================ THREAD JA-E: 小林, form case (ja), Yahoo! JAPAN
tJE = T(2026, 2, 24, 2, 33, 18)
cJE = cid15(tJE, 5527)
JE_KEEP, JE_OLD = "AWS83355027", "AWS29018463"

m = add(slug="re-case-hikitsugi-close", kind="merge_completed", lang="ja", case_id=cJE, ids=[JE_KEEP, JE_OLD], sv=True,
        **{"from": SENDERS["form"][:2]}, to=YUKA, date=T(2026, 2, 26, 6, 51, 40),
        subject=f"RE:[CASE {cJE}] {FORM_SUBJ_JA}", provider="yahoojp", form="plain", charset="shift_jis", cte="base64",
        text=f"""小林 由佳 様

いつもお世話になっております。AWS トレーニングと認定の石田です。

ご依頼いただいておりました件、aws29018463 の認定資格および受験履歴を aws83355027 へ引き継ぐ作業が済みました。aws29018463 には今後サインインできませんのでご注意ください。

以上をもちまして、本件はクローズとさせていただきます。
後ほど満足度に関する簡単なアンケートをお送りいたしますので、ご協力いただけますと幸いです。

石田
AWS トレーニングと認定
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

badgeJE = hx("badgeJE", 32)
m = add(slug="credly-aif-short", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], sv=True,
        **{"from": SENDERS["credly"][:2]}, to=YUKA, date=T(2026, 3, 9, 8, 14, 29),
        subject="小林さん、新しいバッジが発行されました", provider="yahoojp", form="html", cte="quoted-printable",
        html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>小林さん、AWS Certified AI Practitioner のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/{badgeJE[:8]}-{badgeJE[8:12]}-{badgeJE[12:16]}-{badgeJE[16:20]}-{badgeJE[20:]}">受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p>
</body></html>
""")
m["auth"] = sender_auth("credly", m["date"], m["slug"])

m = add(slug="seller-central-case", kind="unrelated", lang="ja", case_id="5884881907", ids=[], sv=True,
        **{"from": ("Amazon Seller Central", "seller-notification@amazon.com")}, to=YUKA, date=T(2026, 3, 3, 4, 2, 55),
        subject="RE:[CASE 5884881907] 出品用アカウントの統合について", provider="yahoojp", form="plain", cte="base64",
        text="""小林 由佳 様

Amazon 出品サービスをご利用いただきありがとうございます。セラーサポートの遠藤です。

お問い合わせいただいた 2 つの出品用アカウントの統合につきまして、担当チームにて手続きが完了いたしました。旧アカウントで出品されていた商品は、新しいアカウントの在庫一覧に表示されます。

ご不明な点がございましたら、セラーセントラルのケースログからご連絡ください。

Amazon.co.jp
セラーサポート

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
""")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

# ---- unrelated (ja)
m = add(slug="pearson-yoyaku", kind="unrelated", lang="ja", case_id=None, ids=[JC_KEEP], sv=False,
        **{"from": ("Pearson VUE", "pearsonvuecustomerservice@pearson.com")}, to=RYO, date=T(2025, 2, 21, 10, 3, 12),
        subject="ご予約確認: AWS Certified Solutions Architect - Professional", provider="biglobe", form="alt", cte="quoted-printable",
        text=f"""高橋 亮 様

以下の試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年3月22日(土) 10:00 JST
会場: オンライン監督試験 (OnVUE)
受験者 ID: {JC_KEEP}
登録番号: 486119372

試験開始の 30 分前からチェックインできます。本人確認書類をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
""")
m["auth"] = generic_auth("pearson.com", "159.183.10.44", "o1.email.pearson.com", "bounces@email.pearson.com",
                         dkim_domain="pearson.com", selector="s1", p="REJECT")

tBill = T(2025, 11, 4, 5, 18, 33)
cBill = cid15(tBill, 11847)
m = add(slug="re-case-seikyu", kind="unrelated", lang="ja", case_id=cBill, ids=[], sv=True,
        **{"from": SENDERS["console"][:2]}, to=ITO, date=T(2025, 11, 5, 1, 40, 2),
        subject=f"RE:[CASE {cBill}] 請求に関するお問い合わせ（一括請求への切り替え）", provider="o365", form="plain", cte="base64",
        text=f"""伊藤 様

AWS 請求サポートの岡田です。お問い合わせいただきありがとうございます。

ご質問いただいた 2 つの AWS アカウントの請求をまとめる件について、AWS Organizations を使うと、管理アカウントで全メンバーアカウントの料金をまとめて支払うことができます（一括請求）。

1. 管理アカウントで AWS Organizations の組織を作成します。
2. もう一方のアカウントを招待し、招待先で承認します。
3. 翌月分の請求から、管理アカウントにまとめて請求されます。

アカウント自体が 1 つになるわけではなく、それぞれのリソースや IAM ユーザーはそのまま残ります。ご不明な点があればお知らせください。

岡田
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=cBill) + "\n")
m["auth"] = sender_auth("ses", m["date"], m["slug"])

m = add(slug="credly-kigen-chikai", kind="unrelated", lang="ja", case_id=None, ids=[], sv=True,
        **{"from": ("Credly", "admin@credly.com")}, to=RYO, date=T(2025, 5, 14, 3, 0, 40),
        subject="高橋さん、バッジの有効期限まであと 90 日です", provider="biglobe", form="alt", cte="quoted-printable",
        text="""高橋さん

次のバッジは 2025年8月12日 に有効期限を迎えます。

AWS Certified Developer – Associate
発行元: Amazon Web Services Training and Certification

期限を過ぎると、バッジはプロフィール上で「期限切れ」と表示されます。更新の方法については発行元の案内をご確認ください。

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
配信停止: https://www.credly.com/notifications/unsubscribe
""")
m["auth"] = sender_auth("credly", m["date"], m["slug"])
if __name__ == "__main__":
    main()
