#!/usr/bin/env python3
"""Generator for blind set 127: acknowledgements, closures and surveys (third round).

Run:  python3 make_set.py      (writes NNN-slug.eml files and labels.json next to this script)
"""
import base64
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email import policy as _policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from io import BytesIO
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(12727)
UTC = timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PAC = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
NYC = ZoneInfo("America/New_York")
IST = ZoneInfo("Asia/Kolkata")

WEEK_JA = "月火水木金土日"


def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz) + timedelta(seconds=R.randint(0, 59))


def case15(d):
    return f"{int(d.timestamp())}{R.randint(0, 99999):05d}"


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))


def ralnum(n, upper=False):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(a) for _ in range(n))


def rfc(d, tz=UTC, zname=False):
    loc = d.astimezone(tz)
    s = format_datetime(loc)
    if zname:
        s += " (%s)" % loc.strftime("%Z")
    return s


def ja_quote_date(d):
    loc = d.astimezone(JST)
    return f"{loc.year}年{loc.month}月{loc.day}日({WEEK_JA[loc.weekday()]}) {loc.hour}:{loc.minute:02d}"


def en_quote_date(d, tz=PAC):
    loc = d.astimezone(tz)
    h = loc.hour % 12 or 12
    ap = "AM" if loc.hour < 12 else "PM"
    return f"On {loc.strftime('%a')}, {loc.strftime('%b')} {loc.day}, {loc.year} at {h}:{loc.minute:02d} {ap}"


def outlook_sent(d, tz=UTC):
    loc = d.astimezone(tz)
    h = loc.hour % 12 or 12
    ap = "AM" if loc.hour < 12 else "PM"
    return f"{loc.strftime('%A')}, {loc.strftime('%B')} {loc.day}, {loc.year} {h}:{loc.minute:02d} {ap}"


# ---------------------------------------------------------------- MIME parts

def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None):
    """A single text part with full control of charset label and transfer encoding."""
    m = Message()
    data = text.encode(codec or charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    m["Content-Type"] = f'text/{subtype}; charset="{label or charset}"'
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary or ("0000000000" + rhex(18)))
    return m


def related(html_part, boundary=None):
    m = MIMEMultipart("related")
    del m["MIME-Version"]
    m.attach(html_part)
    m.set_boundary(boundary or ("----=_Part_" + str(R.randint(100000, 999999)) + "_" + str(R.randint(10**8, 10**9))))
    return m


def enc(s, charset="utf-8", q=False, maxlen=76, name="Subject"):
    c = Charset(charset)
    if q:
        c.header_encoding = QP
    elif charset.lower() == "utf-8":
        c.header_encoding = BASE64
    return Header(s, c, header_name=name).encode(maxlinelen=maxlen)


def addr(name, a, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset)



def ew(s, charset="utf-8", codec=None, mode="B", maxbytes=42, sep="\n "):
    """Hand-made encoded-words, split at character boundaries over several lines."""
    codec = codec or charset
    words, cur = [], ""
    for ch in s:
        if cur and len((cur + ch).encode(codec)) > maxbytes:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    out = []
    for w in words:
        b = w.encode(codec)
        if mode == "B":
            t = base64.b64encode(b).decode("ascii")
        else:
            t = "".join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "!*+-/" else ("_" if c == 32 else "=%02X" % c) for c in b)
        out.append(f"=?{charset}?{mode}?{t}?=")
    return sep.join(out)


# ---------------------------------------------------------------- senders (envelopes)

def ses_env(d, from_domain="amazon.com"):
    o3 = R.choice([8, 9, 48, 10, 11])
    o4 = R.randint(2, 250)
    ms = int(d.timestamp() * 1000)
    mid_local = f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000"
    return dict(
        ip=f"54.240.{o3}.{o4}",
        helo=f"a{o3}-{o4}.smtp-out.amazonses.com",
        mailfrom=f"{mid_local}@amazonses.com",
        mailfrom_domain="amazonses.com",
        dkim=[(from_domain, "szqgv33erturdv5cvz4vtb5qcbxpx3ew"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
        msgid=f"<{mid_local}@email.amazonses.com>",
        ses=True,
        from_domain=from_domain,
    )


def credly_env(d, to):
    lp, dom = to.split("@")
    return dict(
        ip=f"149.72.{R.randint(100, 250)}.{R.randint(2, 250)}",
        helo=f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.credly.com",
        mailfrom=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{lp}={dom}@em.credly.com",
        mailfrom_domain="em.credly.com",
        dkim=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")],
        msgid=f"<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 30)}>",
        ses=False,
        from_domain="credly.com",
    )


def generic_env(domain, ip, helo, mailfrom, msgid_host=None, dkim=None, selector="s1"):
    return dict(
        ip=ip, helo=helo, mailfrom=mailfrom, mailfrom_domain=mailfrom.split("@")[1],
        dkim=dkim if dkim is not None else [(domain, selector)],
        msgid=f"<{rhex(16)}.{rhex(8)}@{msgid_host or domain}>",
        ses=False, from_domain=domain,
    )


def dkim_sig(domain, sel, d, ses=False):
    h = "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"
    if ses and domain == "amazonses.com":
        h = "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"
    return (
        f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={domain}; t={int(d.timestamp())};\n"
        f"\th={h};\n\tbh={rb64(43)}=;\n\tb={rb64(76)}\n\t{rb64(76)}\n\t{rb64(20)}="
    )


# ---------------------------------------------------------------- receiving providers

def ar_value(style, env, res, from_domain):
    dk, spf, dm = res.get("dkim", "pass"), res.get("spf", "pass"), res.get("dmarc", "pass")
    dk_dom = env["dkim"][0][0] if env["dkim"] else from_domain
    pol = res.get("p", "QUARANTINE" if from_domain.endswith("amazon.com") else "REJECT")
    if style == "gmail":
        lines = ["mx.google.com;"]
        for dom, sel in env["dkim"]:
            v = dk if dom == dk_dom else "pass"
            lines.append(f"       dkim={v} header.i=@{dom} header.s={sel} header.b={rb64(8)};")
        if spf == "pass":
            lines.append(f"       spf=pass (google.com: domain of {env['mailfrom']} designates {env['ip']} as permitted sender) smtp.mailfrom={env['mailfrom']};")
        else:
            lines.append(f"       spf={spf} (google.com: domain of {env['mailfrom']} does not designate {env['ip']} as permitted sender) smtp.mailfrom={env['mailfrom']};")
        if dm == "pass":
            lines.append(f"       dmarc=pass (p={pol} sp={pol} dis=NONE) header.from={from_domain}")
        else:
            lines.append(f"       dmarc=fail (p={pol} sp={pol} dis={'QUARANTINE' if pol != 'NONE' else 'NONE'}) header.from={from_domain}")
        return "\n".join(lines)
    if style == "outlook":
        spf_t = f"spf={spf} (sender IP is {env['ip']}) smtp.mailfrom={env['mailfrom_domain']};"
        dk_t = f" dkim={dk} ({'signature was verified' if dk == 'pass' else 'signature did not verify'}) header.d={dk_dom};"
        if dm == "pass":
            dm_t = f"dmarc=pass action=none header.from={from_domain};compauth=pass reason=100"
        else:
            dm_t = f"dmarc=fail action=quarantine header.from={from_domain};compauth=fail reason=000"
        return spf_t + dk_t + dm_t
    # Japanese providers: "<authserv>; spf=... ; dkim=... ; dmarc=..."
    authserv = style
    return (f"{authserv};\n\tspf={spf} smtp.mailfrom={env['mailfrom_domain']};\n"
            f"\tdkim={dk} header.d={dk_dom} header.s={env['dkim'][0][1] if env['dkim'] else 'none'};\n"
            f"\tdmarc={dm} header.from={from_domain}")


def trace(provider, to, d, env, res=None, from_domain=None, no_ar=False, forged_ar=None):
    """Headers the receiving side adds, topmost first."""
    res = res or {}
    from_domain = from_domain or env["from_domain"]
    rcv = d + timedelta(seconds=R.randint(1, 9))
    H = []
    if provider == "gmail":
        H.append(("Delivered-To", to))
        H.append(("Received", f"by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(10)};\n        {rfc(rcv, PAC, True)}"))
        H.append(("X-Google-Smtp-Source", f"AGHT+I{rb64(60)}"))
        H.append(("X-Received", f"by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}mr{R.randint(10**6, 10**7)}qvb.{R.randint(10, 99)}.{R.randint(10**12, 10**13)};\n        {rfc(rcv, PAC, True)}"))
        H.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(rcv.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(70)}\n         {rb64(70)}=="))
        if not no_ar:
            H.append(("ARC-Authentication-Results", "i=1; " + ar_value("gmail", env, res, from_domain)))
        H.append(("Return-Path", f"<{env['mailfrom']}>"))
        H.append(("Received", f"from {env['helo']} ({env['helo']}. [{env['ip']}])\n        by mx.google.com with ESMTPS id {ralnum(16)}.{R.randint(10, 99)}.{R.randint(2025, 2026)}.{R.randint(10, 99)}.{R.randint(10, 99)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(rcv, PAC, True)}"))
        sp = res.get("spf", "pass")
        H.append(("Received-SPF", f"{sp} (google.com: domain of {env['mailfrom']} {'designates' if sp == 'pass' else 'does not designate'} {env['ip']} as permitted sender) client-ip={env['ip']};"))
        if not no_ar:
            H.append(("Authentication-Results", ar_value("gmail", env, res, from_domain)))
    elif provider == "outlook":
        pod = R.choice(["TYCPR01MB", "OS3PR01MB", "PH0PR11MB", "DM6PR04MB", "AM9PR08MB", "BY5PR12MB"])
        reg = "jpnprd01" if pod[:2] in ("TY", "OS") else ("eurprd08" if pod.startswith("AM") else "namprd11")
        mb = f"{pod}{R.randint(1000, 9999)}.{reg}.prod.outlook.com"
        fe = f"{R.choice(['SN1PEPF', 'BN2PEPF', 'CH1PEPF', 'TY2PEPF'])}0000{R.randint(1, 9)}{rhex(3).upper()}.{reg[:3]}prd{reg[-2:]}.prod.outlook.com"
        H.append(("Received", f"from {mb.replace(pod, pod[:4] + 'CA' + pod[6:], 1)} (2603:1096:{rhex(3)}:{rhex(2)}::{rhex(2)})\n by {mb} with HTTPS; {rfc(rcv + timedelta(seconds=2))}"))
        H.append(("Received", f"from {fe.split('.')[0][:8]}CA{R.randint(1000, 9999)}.{reg}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)})\n by {mb} (2603:1096:{rhex(3)}:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9200)}.{R.randint(10, 40)}; {rfc(rcv + timedelta(seconds=1))}"))
        if not no_ar:
            H.append(("Authentication-Results", ar_value("outlook", env, res, from_domain)))
        sp = res.get("spf", "pass")
        H.append(("Received-SPF", f"{sp.capitalize()} (protection.outlook.com: domain of\n {env['mailfrom_domain']} {'designates' if sp == 'pass' else 'does not designate'} {env['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={env['ip']};\n helo={env['helo']}; pr=C"))
        H.append(("Received", f"from {env['helo']} ({env['ip']}) by\n {fe} ({R.choice(['10.167.243.103', '10.167.242.71', '10.167.240.20'])}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9200)}.{R.randint(10, 40)} via Frontend Transport; {rfc(rcv)}"))
    elif provider.startswith("relay:"):
        # corporate gateway that adds no Authentication-Results at all
        gw = provider.split(":", 1)[1]
        ltz = JST if gw.endswith(".jp") else NYC
        H.append(("Received", f"from mx-gw{R.randint(1, 4)}.{gw} (mx-gw.{gw} [10.20.{R.randint(0, 9)}.{R.randint(2, 250)}])\n\tby mail.{gw} (Postfix) with ESMTPS id {ralnum(10, True)}\n\tfor <{to}>; {rfc(rcv + timedelta(seconds=1), ltz)}"))
        H.append(("Received", f"from {env['helo']} ({env['helo']} [{env['ip']}])\n\tby mx-gw.{gw} (Postfix) with ESMTPS id {ralnum(10, True)}\n\tfor <{to}>; {rfc(rcv, ltz)}"))
    else:
        # Japanese ISP style. provider = authserv-id, e.g. mx.nifty.com, biglobe.ne.jp, ocn.ne.jp, yahoo.co.jp
        host = {"mx.nifty.com": "mta-rcv-{n}.mail.nifty.com", "biglobe.ne.jp": "mail{n}.biglobe.ne.jp",
                "ocn.ne.jp": "mfrx-{n}.ocn.ad.jp", "yahoo.co.jp": "mta{n}.mail.kks.yahoo.co.jp",
                "mx.so-net.ne.jp": "mx{n}.so-net.ne.jp"}.get(provider, "mx{n}." + provider)
        host = host.format(n=R.randint(1, 30))
        H.append(("Return-Path", f"<{env['mailfrom']}>"))
        H.append(("Delivered-To", to))
        H.append(("Received", f"from {env['helo']} ({env['helo']} [{env['ip']}])\n\tby {host} with ESMTPS id {ralnum(12, True)};\n\t{rfc(rcv, JST)}"))
        if not no_ar:
            H.append(("Authentication-Results", ar_value(provider, env, res, from_domain)))
    if forged_ar:
        # a sender-supplied header further down: must not be trusted
        H.append(("Authentication-Results", forged_ar))
    return H


# ---------------------------------------------------------------- assembling

MAILS = []
POL = _policy.compat32.clone(max_line_length=None)


def make(slug, label, body, *, frm, to, subject, date, provider, env, res=None, cc=None, reply_to=None,
         in_reply_to=None, references=None, extra=None, no_ar=False, forged_ar=None, msgid=None,
         sign=True, from_domain=None, linesep="\n", date_tz=UTC, pre=None):
    H = []
    if pre:
        H.extend(pre)
    H.extend(trace(provider, to.split("<")[-1].rstrip(">") if "<" in to else to, date, env, res,
                   from_domain=from_domain, no_ar=no_ar, forged_ar=forged_ar))
    if sign:
        for dom, sel in env["dkim"]:
            H.append(("DKIM-Signature", dkim_sig(dom, sel, date, env.get("ses"))))
    H.append(("From", frm))
    if reply_to:
        H.append(("Reply-To", reply_to))
    H.append(("To", to))
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", subject))
    H.append(("Date", rfc(date, date_tz)))
    H.append(("Message-ID", msgid or env["msgid"]))
    if in_reply_to:
        H.append(("In-Reply-To", in_reply_to))
    if references:
        H.append(("References", references))
    if extra:
        H.extend(extra)
    if env.get("ses"):
        H.append(("Feedback-ID", f"::1.us-east-1.{rb64(43)}=:AmazonSES"))
        H.append(("X-SES-Outgoing", f"{date.strftime('%Y.%m.%d')}-{env['ip']}"))
    H.append(("MIME-Version", "1.0"))
    body._headers = H + body._headers
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL.clone(linesep=linesep)).flatten(body)
    MAILS.append((slug, label, buf.getvalue()))


def L(kind, lang, case, accts, verified):
    return dict(kind=kind, case_id=case, account_ids=sorted(set(accts)), sender_verified=verified, language=lang)


AWS_FORM = "aws-cs-trainingcertification-form@amazon.com"
AWS_NOREPLY = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ================================================================ mails
# ---------------------------------------------------------------- acknowledgements (case opened)

# A1 form-desk acknowledgement, echo of the submission, Gmail, QP
d = dt("2025-03-11 09:14")
c = case15(d - timedelta(seconds=4))
to = "laura.schmidt.cloud@gmail.com"
env = ses_env(d)
body = part(f"""Hello Laura,

Thanks for getting in touch with AWS Training and Certification.

This is an automated note to let you know your message reached us. It now
sits in our queue and one of our specialists will pick it up; most people
hear back from us within one business day.

Your reference number: {c}

A few tips while you wait:
  * If you need to add details, just reply to this email. Your reply lands
    on the same request, so there is no need to fill in the form again.
  * Please don't submit a second request about the same topic. Duplicate
    requests are combined and that can slow things down for everyone.

What you sent us
----------------
Inquiry type: AWS Training and Certification
Category: Certification
Sub-category: Account Merge
AWS candidate ID: AWS 48213967
Email address on the account: laura.schmidt.cloud@gmail.com
Description:
  Hi, I have two certification accounts. The old one (aws-77310254) was
  created with my former employer's address. I'd like everything under the
  ID above so my Solutions Architect and Developer certs show up together.

Kind regards,
AWS Training and Certification Support
""", cte="quoted-printable")
C_LAURA = c
make("aws-tc-laura-reference", L("case_created", "en", c, ["AWS48213967", "AWS77310254"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to=to, subject=f"We've received your request [CASE {c}]", date=d,
     provider="gmail", env=env)

# A2 form-desk acknowledgement in Japanese, ISO-2022-JP, nifty
d = dt("2025-05-27 22:41")
c = case15(d - timedelta(seconds=3))
to = "misaki-ito@nifty.com"
env = ses_env(d)
body = part(f"""伊藤 美咲 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは受付完了をお知らせする自動送信メールです。

お問い合わせ内容を確認のうえ、担当者より順次ご連絡いたします。
通常は 24 時間以内にご返答しておりますが、混雑状況により
お時間をいただく場合がございます。

■ お問い合わせ番号：{c}
■ お問い合わせ種別：認定 / アカウントの統合
■ AWS 認定候補者 ID：AWS03918274

追加の情報がある場合は、本メールにそのままご返信ください。
同じ内容で新たにお問い合わせいただきますと、対応が遅れる場合がございます。

AWS トレーニングと認定 サポートチーム
""", charset="iso-2022-jp", cte="7bit")
C_ITO = c
make("aws-tc-ito-uketsuke", L("case_created", "ja", c, ["AWS03918274"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to=addr("伊藤 美咲", to),
     subject=ew(f"[CASE {c}] お問い合わせを受け付けました / AWS トレーニングと認定", "iso-2022-jp", maxbytes=40),
     date=d, provider="mx.nifty.com", env=env)

# A3 console case opened, multipart/alternative with differing parts, Office 365
d = dt("2025-09-16 14:03")
c = case15(d - timedelta(seconds=6))
to = "daniel.okafor@northwind-analytics.com"
env = ses_env(d)
url = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={c}&language=en"
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

Case ID: {c}
Subject: Consolidate two AWS Certification profiles
Severity: General guidance

To view or update this case, go to the Support Center:
{url}

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Case ID:</b></td><td>{c}</td></tr>
<tr><td><b>Subject:</b></td><td>Consolidate two AWS Certification profiles</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>Hello, I passed SAP-C02 last month under candidate ID AWS10458832,
but my older certifications are still on AWS10993017 (registered with a personal address).
Please consolidate them under AWS10458832. Thanks, Daniel</td></tr>
</table>
<p>To view or update this case, go to the <a href="{url}">Support Center</a>.</p>
<p style="color:#545b64;font-size:12px">Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p style="color:#545b64;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
"""
body = alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html", cte="quoted-printable"),
           boundary="----=_Part_" + str(R.randint(10**6, 10**7)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(int(d.timestamp() * 1000)))
C_OKAFOR = c
make("console-case-okafor", L("case_created", "en", c, ["AWS10458832", "AWS10993017"], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to=to, subject=f"Amazon Web Services: You have opened a new Support case: {c}",
     date=d, provider="outlook", env=env)

# A4 console case opened in Japanese, base64 UTF-8, Gmail
d = dt("2025-07-02 01:20")
c = case15(d - timedelta(seconds=5))
to = "kenji.watanabe.dev@gmail.com"
env = ses_env(d)
body = part(f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {c} を作成しました。

ケース ID: {c}
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なガイダンス
内容:
お世話になっております。認定試験を受けた際に別のメールアドレスで登録してしまい、
aws55120398 と AWS-55120411 の2つのアカウントができてしまいました。
新しい方に統一したいです。よろしくお願いします。

ケースの表示または更新は、サポートセンターから行えます:
https://support.console.aws.amazon.com/support/home?#/case/?displayId={c}&language=ja

このメールアドレスは返信を受け付けていません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
""", cte="base64")
C_WATANABE = c
make("console-case-watanabe", L("case_created", "ja", c, ["AWS55120398", "AWS55120411"], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to=to,
     subject=ew(f"Amazon Web Services: 新しいサポートケースを開きました: {c}", maxbytes=45),
     date=d, provider="gmail", env=env)

# A5 desk's standard acknowledgement sent again when the user replied on the thread (Outlook.com)
d0 = dt("2025-10-06 16:52")
c = case15(d0)
d = dt("2025-10-08 07:31")
to = "priya.raman@outlook.com"
env = ses_env(d)
body = part(f"""Dear Customer,

Thank you for contacting AWS Training and Certification. Your request has been
logged as case {c} and a member of our team will get back to you within 24 hours.

To help us assist you faster, please make sure your message includes:
- the email address you use to sign in to AWS Certification
- your AWS candidate ID(s)

Please do not send sensitive information such as passwords or payment card
numbers by email.

Regards,
AWS Training and Certification
""", charset="us-ascii", cte="7bit")
C_RAMAN = c
make("aws-tc-raman-re-logged", L("case_created", "en", c, [], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to=to, subject=f"RE: [CASE {c}] {FORM_SUBJ}",
     date=d, provider="outlook", env=env)

# A6 form-desk acknowledgement, Shift_JIS base64, OCN
d = dt("2025-12-03 03:05")
c = case15(d - timedelta(seconds=2))
to = "r-sasaki@violet.ocn.ne.jp"
env = ses_env(d)
body = part(f"""佐々木 亮 様

お問い合わせありがとうございます。
本メールはシステムより自動的に送信しております。

以下の内容でご依頼を承りました。内容を確認のうえ、
担当者より改めてご連絡差し上げますので、今しばらくお待ちください。

-------------------------------------------
受付番号　　：{c}
カテゴリ　　：AWS 認定 - アカウントに関するお手続き
候補者 ID　 ：AWS 20481736
ご依頼内容　：旧アカウント（AWS 20481790）の認定履歴を上記 ID にまとめたい
-------------------------------------------

※ 本メールにご返信いただくと、同じ受付番号に追記されます。
※ お心当たりのない場合は、お手数ですが本メールを破棄してください。

AWS トレーニングと認定
""", charset="shift_jis", label="Shift_JIS", cte="base64")
C_SASAKI = c
make("aws-tc-sasaki-juryo", L("case_created", "ja", c, ["AWS20481736", "AWS20481790"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to=addr("佐々木 亮", to, "iso-2022-jp"),
     subject=ew(f"【受付完了】[CASE {c}] AWS トレーニングと認定", "Shift_JIS", codec="shift_jis", maxbytes=36),
     date=d, provider="ocn.ne.jp", env=env)

# A7 form-desk acknowledgement, HTML only, Office 365
d = dt("2026-01-20 11:47")
c = case15(d - timedelta(seconds=5))
to = "aisha.bello@contoso-learning.com"
env = ses_env(d)
html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#232f3e">
<tr><td style="background:#232f3e;color:#ffffff;font-size:18px">AWS Training &amp; Certification</td></tr>
<tr><td>
<p>Hi Aisha,</p>
<p>Your message is with us. We&#8217;ve put it in line for our certification team, and someone will write back to you, usually within a day.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;font-size:14px">
<tr><td style="color:#687078">Request number</td><td><strong>{c}</strong></td></tr>
<tr><td style="color:#687078">Topic</td><td>Certification &rsaquo; Account Merge</td></tr>
<tr><td style="color:#687078">Candidate ID provided</td><td>AWS 60217748</td></tr>
</table>
<p>Need to add something? Reply to this email and keep the request number in the subject line.</p>
<p>Thanks,<br>AWS Training &amp; Certification Customer Support</p>
</td></tr>
<tr><td style="font-size:11px;color:#879596">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. This message was sent to {to}.</td></tr>
</table></td></tr></table>
</body></html>
"""
body = part(html, "html", cte="quoted-printable")
C_BELLO = c
make("aws-tc-bello-in-line", L("case_created", "en", c, ["AWS60217748"], True), body,
     frm=addr("AWS Training and Certification", AWS_FORM), to=addr("Aisha Bello", to),
     subject=f"Your AWS Training and Certification request {c} is in our queue", date=d,
     provider="outlook", env=env)

# A8 console case opened (Japanese), UTF-8 bytes labelled iso-8859-1, Yahoo! JAPAN
d = dt("2025-08-19 06:12")
c = case15(d - timedelta(seconds=4))
to = "sho_takahashi@yahoo.co.jp"
env = ses_env(d)
body = part(f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {c} を作成しました。

ケース ID: {c}
件名: 認定アカウントの統合依頼
重要度: 一般的なガイダンス

内容:
AWS 71820455 と、会社のメールで作った別アカウントがあります。統合をお願いできますか。

サポートセンターでケースを表示・更新する:
https://support.console.aws.amazon.com/support/home?#/case/?displayId={c}&language=ja

※このメールアドレスは送信専用です。返信はできません。
""", charset="utf-8", label="iso-8859-1", cte="quoted-printable")
C_TAKAHASHI = c
make("console-case-takahashi", L("case_created", "ja", c, ["AWS71820455"], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to=to,
     subject=ew(f"Amazon Web Services: 新しいサポートケースを開きました: {c}", mode="Q", maxbytes=16),
     date=d, provider="yahoo.co.jp", env=env)

# A9 console case opened, 11-digit case id, corporate gateway without Authentication-Results
d = dt("2025-04-22 18:26")
c = "16530" + str(R.randint(100000, 999999))
to = "mchen@fabrikam-cloud.io"
env = ses_env(d)
body = part(f"""Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

Case ID: {c}
Subject: Two certification accounts - please combine
Severity: General guidance

To view or update this case, go to the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", charset="us-ascii", cte="7bit")
C_CHEN = c
make("console-case-chen", L("case_created", "en", c, [], None), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to=addr("Marcus Chen", to),
     subject=f"Amazon Web Services: You have opened a new Support case: {c}", date=d,
     provider="relay:fabrikam-cloud.io", env=env)

# A10 form-desk acknowledgement (Japanese), subject split over lines, text and HTML differ, BIGLOBE
d = dt("2025-11-12 00:38")
c = case15(d - timedelta(seconds=3))
to = "yuka-n@kfa.biglobe.ne.jp"
env = ses_env(d)
txt = f"""中村 由香 様

お問い合わせいただきありがとうございます。
ご依頼は確かに届いております（受付番号 {c}）。
担当者が内容を確認し、追ってご連絡いたします。

AWS トレーニングと認定
"""
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px">
<p>中村 由香 様</p>
<p>お問い合わせいただきありがとうございます。<br>ご依頼は確かに届いております。担当者が内容を確認し、追ってご連絡いたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#ccc">
<tr><th align="left">受付番号</th><td>{c}</td></tr>
<tr><th align="left">お問い合わせの種類</th><td>認定 &gt; アカウントの統合</td></tr>
<tr><th align="left">AWS 候補者 ID</th><td>AWS35507781</td></tr>
<tr><th align="left">補足</th><td>もう一つの ID は aws 35509902 です。こちらは不要になります。</td></tr>
</table>
<p>内容を追加される場合は、件名を変えずにこのメールへご返信ください。</p>
<p>AWS トレーニングと認定</p>
</body></html>
"""
body = alt(part(txt, cte="base64"), part(html, "html", cte="base64"))
C_NAKAMURA = c
make("aws-tc-nakamura-todoki", L("case_created", "ja", c, ["AWS35507781", "AWS35509902"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to=to,
     subject=ew(f"[CASE {c}] {FORM_SUBJ} ご依頼を受け付けました", maxbytes=24),
     date=d, provider="biglobe.ne.jp", env=env)

# A11 look-alike: "case created" from a lookalike domain asking to verify (phishing)
d = dt("2025-06-30 13:09")
c = case15(d - timedelta(seconds=R.randint(60, 600)))
to = "tomas.herrera.ops@gmail.com"
dom = "aws-certification-helpdesk.com"
env = generic_env(dom, f"185.{R.randint(100, 250)}.{R.randint(0, 250)}.{R.randint(2, 250)}",
                  f"mail.{dom}", f"bounce@{dom}", selector="default")
body = alt(part(f"""Amazon Web Services

Case {c} has been created

Hello,

We have created support case {c} for your AWS Certification account merge
request concerning AWS09921374.

Before an agent can review the case you must verify the account owner within
48 hours. Unverified cases are closed automatically.

Verify now: https://{dom}/case/verify?id={c}

AWS Support
""", charset="us-ascii", cte="7bit"),
    part(f"""<html><body style="font-family:Arial"><h2 style="color:#ff9900">Amazon Web Services</h2>
<p><b>Case {c} has been created</b></p>
<p>Hello,</p><p>We have created support case {c} for your AWS Certification account merge request concerning AWS09921374.</p>
<p>Before an agent can review the case you must verify the account owner within <b>48 hours</b>. Unverified cases are closed automatically.</p>
<p><a href="https://{dom}/case/verify?id={c}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify account owner</a></p>
<p>AWS Support</p></body></html>
""", "html", charset="us-ascii", cte="7bit"))
make("aws-case-created-verify", L("case_created", "en", c, ["AWS09921374"], False), body,
     frm=addr("AWS Support", f"support@{dom}"), to=to,
     subject=f"Amazon Web Services: Case {c} created - verification required", date=d,
     provider="gmail", env=env, res={"p": "NONE"})

# A12 form desk opened a new case after the first went unanswered, ISO-2022-JP, So-net
d = dt("2026-02-09 02:57")
c = case15(d - timedelta(seconds=2))
to = "sakura.kobayashi@tc4.so-net.ne.jp"
env = ses_env(d)
body = part(f"""小林 さくら 様

いつも AWS をご利用いただきありがとうございます。

お送りいただいた内容をもとに、新しいケースを作成しました。
ケース番号は {c} です。

以降のやり取りはこのケース番号で管理いたします。
担当より追ってご連絡いたしますので、今しばらくお待ちくださいますようお願いいたします。
なお、同じご依頼で複数のケースを作成されますと、確認に時間を要する場合がございます。

----
AWS トレーニングと認定 カスタマーサポート
""", charset="iso-2022-jp", cte="7bit")
C_KOBAYASHI = c
make("aws-tc-kobayashi-new-case", L("case_created", "ja", c, [], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to=addr("小林 さくら", to, "iso-2022-jp"),
     subject=ew(f"新しいケースを作成しました [CASE {c}]", "iso-2022-jp", maxbytes=60),
     date=d, provider="mx.so-net.ne.jp", env=env)

# ---------------------------------------------------------------- support replies

# S1 console: new correspondence notice (no content), Office 365
c = C_OKAFOR
d = dt("2025-09-17 10:22")
env = ses_env(d)
body = part(f"""Hello,

We've added a new correspondence to your AWS Support case. To view the update
and respond, sign in to the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Case ID: {c}
Subject: Consolidate two AWS Certification profiles
Severity: General guidance

Please note: this e-mail was sent from an address that cannot accept incoming
e-mail. To respond, please use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", charset="us-ascii", cte="7bit")
make("console-okafor-correspondence", L("support_reply", "en", c, [], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to="daniel.okafor@northwind-analytics.com",
     subject=f"[Case {c}] New correspondence added", date=d, provider="outlook", env=env)

# S2 form desk: automatic reply to the user's reply (not a new case), Gmail
c = C_LAURA
d = dt("2025-03-12 20:05")
env = ses_env(d)
body = part(f"""Hi,

This is an automatic confirmation that the message you just sent has been
added to your existing request ({c}). You don't need to do anything else:
the specialist handling it can see your message and will answer in this same
thread.

If your message was a confirmation we asked you for, there is no need to send
it a second time.

AWS Training and Certification Support
(This notification was generated automatically. Please do not reply to it.)
""", cte="quoted-printable")
make("aws-tc-laura-reply-added", L("support_reply", "en", c, [], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="laura.schmidt.cloud@gmail.com",
     subject=f"RE: [CASE {c}] {FORM_SUBJ}", date=d, provider="gmail", env=env)

# S3 form desk: automatic reply to the user's reply, Japanese, echo of user's words, nifty
c = C_ITO
d = dt("2025-05-29 00:15")
env = ses_env(d)
body = part(f"""伊藤 美咲 様

ご返信ありがとうございます。
いただいたメッセージは、既存のお問い合わせ（番号：{c}）に追加されました。
担当者が確認のうえ、引き続き同じスレッドでご連絡いたします。

※本メールはシステムからの自動送信です。このメールへの返信は不要です。

---------- お客様からのメッセージ ----------
お世話になっております。
内容に相違ありません。統合を進めてください。
よろしくお願いいたします。
伊藤
""", cte="quoted-printable")
make("aws-tc-ito-henshin-tsuika", L("support_reply", "ja", c, [], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to=addr("伊藤 美咲", "misaki-ito@nifty.com"),
     subject=ew(f"RE:[CASE {c}] ご返信を受け付けました", maxbytes=40),
     date=d, provider="mx.nifty.com", env=env)

# S4 "thanks for confirming, proceeding now" with Outlook From:/Sent: blocks below
c = C_RAMAN
d = dt("2025-10-09 15:40")
env = ses_env(d)
s_user = dt("2025-10-09 13:12")
s_agent = dt("2025-10-09 06:02")
body = part(f"""Hello Priya,

Thanks for getting back to us so quickly. I've handed your confirmation to the
team that looks after certification records, and the consolidation is now in
progress on our side.

There is nothing else you need to do for now. You will hear from us again when
it's finished, which normally takes one to three business days. Until then,
please avoid scheduling an exam under either candidate ID.

Best regards,
Marisol R.
AWS Training and Certification

________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: {outlook_sent(s_user, PAC)}
To: Amazon Web Services <{AWS_FORM}>
Subject: RE: [CASE {c}] {FORM_SUBJ}

Yes, that's correct. Please go ahead.

Priya

________________________________
From: Amazon Web Services <{AWS_FORM}>
Sent: {outlook_sent(s_agent, PAC)}
To: priya.raman@outlook.com
Subject: RE: [CASE {c}] {FORM_SUBJ}

Hello Priya,

We located the following certification accounts under your name:

  - AWS82016644 (priya.raman@outlook.com) - this account will be kept
  - AWS82016701 (p.raman@oldcorp.example) - will be merged into AWS82016644

Please be aware that once accounts are merged, the change cannot be reversed.
Kindly reply to this email confirming that the details above are correct and
that you would like us to go ahead.

Best regards,
Marisol R.
AWS Training and Certification
""", cte="quoted-printable")
make("aws-tc-raman-in-progress", L("support_reply", "en", c, [], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="priya.raman@outlook.com",
     subject=f"RE:[CASE {c}] {FORM_SUBJ}", date=d, provider="outlook", env=env)

# S5 follow-up: still need help? case will be closed in 7 days if no reply (Japanese), BIGLOBE
c = C_NAKAMURA
d = dt("2025-11-19 01:10")
env = ses_env(d)
body = part(f"""中村 由香 様

AWS トレーニングと認定サポートでございます。

11月13日にお送りしたご連絡について、その後ご状況はいかがでしょうか。
統合の対象となるアカウントをご確認いただけ次第、手続きを進めることができます。

引き続きサポートが必要な場合は、本メールにご返信ください。
7日間ご返信がない場合は、解決済みとしてケースをクローズさせていただきます。
クローズ後も、同じスレッドにご返信いただければ再開が可能です。

どうぞよろしくお願いいたします。

AWS トレーニングと認定
山本
""", cte="base64")
make("aws-tc-nakamura-sonogo", L("support_reply", "ja", c, [], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="yuka-n@kfa.biglobe.ne.jp",
     subject=ew(f"RE:[CASE {c}] {FORM_SUBJ}", maxbytes=45),
     date=d, provider="biglobe.ne.jp", env=env)

# S6 conditional "once the merge is complete ..." with a quoted thread, Gmail
d0 = dt("2025-08-03 19:48")
c = case15(d0)
C_PETROVA = c
d = dt("2025-08-05 16:30")
env = ses_env(d)
u = dt("2025-08-05 04:14")
a = dt("2025-08-04 10:02")
body = part(f"""Hi Elena,

Thanks for confirming, and good questions. Your request is now with our
records team.

Once the two profiles have been combined, the certifications currently under
AWS 51038826 will appear under AWS 51038790, and the 50% exam discount benefit
will move with them. Credly is handled separately: after the consolidation
finishes, Credly should email you about each badge and you may need to accept
them again.

When the case is closed you'll also get a short survey; we'd appreciate your
feedback.

Best regards,
Tarek
Amazon Web Services

{en_quote_date(u)} Elena Petrova <elena.petrova.dev@gmail.com> wrote:
> Hi Tarek,
>
> Yes, the details are right, please proceed. Two quick questions first: will
> my Credly badges move too, and do I keep the exam voucher I earned?
>
> Thanks,
> Elena
>
> {en_quote_date(a)} Amazon Web Services <{AWS_FORM}> wrote:
> > Hello Elena,
> >
> > I found two certification accounts: AWS51038790 (elena.petrova.dev@gmail.com)
> > and AWS51038826 (e.petrova@university.example). We would keep AWS51038790
> > and fold AWS51038826 into it. This cannot be undone, so please reply to
> > confirm before we proceed.
> >
> > Best regards,
> > Tarek
""", cte="quoted-printable")
make("aws-tc-petrova-once-combined", L("support_reply", "en", c, ["AWS51038790", "AWS51038826"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="elena.petrova.dev@gmail.com",
     subject=f"RE:[CASE {c}] {FORM_SUBJ}", date=d, provider="gmail", env=env)

# S7 which account should be kept? ids in lower case with a dash, ISO-2022-JP, Gmail
d0 = dt("2025-06-10 12:20")
c = case15(d0)
C_MATSUMOTO = c
d = dt("2025-06-11 05:44")
env = ses_env(d)
body = part(f"""松本 大輔 様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。担当の石井です。

お調べしたところ、お客様のお名前で次の 2 つの認定アカウントが見つかりました。

  aws-30571846（登録メール：d.matsumoto@example-sier.co.jp）
  aws-30571902（登録メール：daisuke.matsumoto@gmail.com）

統合後にどちらのアカウントを残すか、ご希望をお知らせください。
あわせて、今後ログインにお使いになるメールアドレスもご教示いただけますと幸いです。

ご返信をお待ちしております。

石井
AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit")
make("aws-tc-matsumoto-dochira", L("support_reply", "ja", c, ["AWS30571846", "AWS30571902"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="daisuke.matsumoto@gmail.com",
     subject=ew(f"RE:[CASE {c}] {FORM_SUBJ}", "iso-2022-jp", maxbytes=50),
     date=d, provider="gmail", env=env)

# S8 still being worked on, escalated (Japanese), OCN
c = C_SASAKI
d = dt("2025-12-05 08:51")
env = ses_env(d)
body = part(f"""佐々木 亮 様

お待たせしております。AWS トレーニングと認定の木村です。

AWS-20481736 への統合のご依頼につきまして、現在、認定記録を管理する担当部署にて
内容を確認しております。確認には通常より少しお時間をいただいております。

進捗があり次第、本ケースにてご連絡いたしますので、
恐れ入りますが今しばらくお待ちいただけますでしょうか。
この間に同じ内容で新しいお問い合わせを作成いただく必要はございません。

木村
AWS トレーニングと認定
""", cte="quoted-printable")
make("aws-tc-sasaki-kakunin-chu", L("support_reply", "ja", c, ["AWS20481736"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="r-sasaki@violet.ocn.ne.jp",
     subject=f"RE:[CASE {c}] {FORM_SUBJ}", date=d, provider="ocn.ne.jp", env=env)

# ---------------------------------------------------------------- confirmation requests

# M1 form agent asks Laura to confirm, QP, Gmail
c = C_LAURA
d = dt("2025-03-12 14:31")
env = ses_env(d)
body = part(f"""Hello Laura,

Thank you for your patience. I've reviewed the two certification profiles
associated with you:

Primary account (stays active): AWS48213967 - laura.schmidt.cloud@gmail.com
Secondary account (to be folded into the primary): AWS77310254 - l.schmidt@formerco.example

After the merge, all certifications, exam history and benefits from
AWS77310254 will be available under AWS48213967, and the secondary profile will
no longer be usable for sign-in.

Important: this operation is permanent and can't be undone.

If the above is correct, simply reply "I confirm" to this email and we'll take
it from there. If anything is wrong, let us know which account you'd prefer to
keep.

Best regards,
Jonas
Amazon Web Services
""", cte="quoted-printable")
make("aws-tc-laura-please-confirm", L("merge_confirmation_requested", "en", c, ["AWS48213967", "AWS77310254"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="laura.schmidt.cloud@gmail.com",
     subject=f"RE:[CASE {c}] {FORM_SUBJ}", date=d, provider="gmail", env=env)

# M2 Japanese confirmation request, ISO-2022-JP, nifty
c = C_ITO
d = dt("2025-05-28 23:02")
env = ses_env(d)
C_ITO_CONFIRM_DATE = d
body = part(f"""伊藤 美咲 様

AWS トレーニングと認定の佐藤でございます。お問い合わせの件、確認いたしました。

以下の 2 つの認定アカウントを統合いたします。

  存続するアカウント：AWS03918274（misaki-ito@nifty.com）
  統合元のアカウント：AWS03918302（m.ito@company.example.co.jp）

統合後は、AWS03918302 に記録されている認定資格・受験履歴がすべて AWS03918274 に移り、
AWS03918302 ではログインできなくなります。
なお、一度実施した統合は元に戻すことができません。

上記の内容でよろしければ、本メールにご返信のうえ、統合を進めてよい旨をお知らせください。

佐藤
AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit")
make("aws-tc-ito-kakunin-irai", L("merge_confirmation_requested", "ja", c, ["AWS03918274", "AWS03918302"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to=addr("伊藤 美咲", "misaki-ito@nifty.com", "iso-2022-jp"),
     subject=ew(f"RE:[CASE {c}] {FORM_SUBJ}", "iso-2022-jp", maxbytes=60),
     date=d, provider="mx.nifty.com", env=env)

# M3 spoofed amazon.com confirmation request: top Authentication-Results says dmarc=fail,
#    a forged "pass" header sits lower down
d = dt("2025-07-21 03:37")
c = case15(d - timedelta(hours=30))
dom = "secure-notify.top"
env = generic_env(dom, f"91.{R.randint(100, 250)}.{R.randint(0, 250)}.{R.randint(2, 250)}", f"mx1.{dom}",
                  f"noreply@{dom}", msgid_host="mx1." + dom)
forged = "mx.amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"
body = part(f"""Hello,

Your AWS Certification account merge request (case {c}) is ready for final
approval.

  Account to keep:   AWS 66204518
  Account to merge:  AWS 66204590

This action is permanent. To confirm, sign in with your AWS Certification
credentials within 24 hours:

  https://amazon-certification.{dom}/merge/confirm?case={c}

If you do not confirm, the request will be cancelled and your certifications
may be suspended.

Amazon Web Services
Training and Certification
""", charset="us-ascii", cte="7bit")
make("aws-merge-final-approval", L("merge_confirmation_requested", "en", c, ["AWS66204518", "AWS66204590"], False), body,
     frm=addr(AWS_NAME, AWS_FORM), to="hannah.lee.aws@gmail.com",
     subject=f"RE:[CASE {c}] Action required: confirm your account merge", date=d,
     provider="gmail", env=env, res={"dmarc": "fail", "spf": "pass"}, from_domain="amazon.com",
     forged_ar=forged)

# M4 console agent reply in Japanese, HTML only, asks to confirm via Support Center, Yahoo! JAPAN
c = C_TAKAHASHI
d = dt("2025-08-20 04:26")
env = ses_env(d)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Meiryo','Hiragino Kaku Gothic ProN',sans-serif;font-size:14px;color:#16191f">
<p>高橋 翔 様</p>
<p>Amazon Web Services サポートの岡田です。</p>
<p>ご依頼いただいた認定アカウントの統合について、処理を行う前に内容のご確認をお願いいたします。</p>
<ul>
<li>残すアカウント：AWS71820455（sho_takahashi@yahoo.co.jp）</li>
<li>統合されるアカウント：AWS71820512（takahashi.sho@corp-example.jp）</li>
</ul>
<p>統合は取り消しのできない操作です。上記で問題がなければ、サポートセンターのケース画面から「この内容で統合してください」とご返信ください。</p>
<p>よろしくお願いいたします。<br>岡田<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">ケースを表示：<a href="https://support.console.aws.amazon.com/support/home?#/case/?displayId={c}&amp;language=ja">https://support.console.aws.amazon.com/support/home?#/case/?displayId={c}&amp;language=ja</a></p>
<p style="font-size:12px;color:#545b64">※このメールアドレスは送信専用のため、ご返信いただいても対応できません。</p>
</body></html>
"""
body = part(html, "html", cte="base64")
make("console-takahashi-kakunin", L("merge_confirmation_requested", "ja", c, ["AWS71820455", "AWS71820512"], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to="sho_takahashi@yahoo.co.jp",
     subject=ew(f"RE:[CASE {c}] 認定アカウントの統合依頼", maxbytes=40),
     date=d, provider="yahoo.co.jp", env=env)

# ---------------------------------------------------------------- completions

# C1 Laura: done + case resolved + rating links (closure that also says it is done), Gmail
c = C_LAURA
d = dt("2025-03-14 10:05")
env = ses_env(d)
txt = f"""Hello Laura,

Your two certification profiles are now one. Everything that was recorded
under AWS77310254 - certifications, exam history and benefits - can now be
found under AWS48213967, and the old profile has been switched off.

Please sign in to AWS Certification with laura.schmidt.cloud@gmail.com to have
a look. If anything seems to be missing, reply to this email within 14 days and
we'll pick it up again.

As nothing else is outstanding, we're marking this case as resolved.

How did we do? One click is enough:
  Very satisfied: https://aws-tc.survey.amazon.com/s/r?c={c}&v=5
  Satisfied:      https://aws-tc.survey.amazon.com/s/r?c={c}&v=4
  Not satisfied:  https://aws-tc.survey.amazon.com/s/r?c={c}&v=1

Best regards,
Jonas
Amazon Web Services
"""
html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
    f"<p>{p.replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n")[:-2]) + f"""
<p>How did we do? One click is enough:</p>
<p><a href="https://aws-tc.survey.amazon.com/s/r?c={c}&amp;v=5">&#128512; Very satisfied</a> &nbsp;
<a href="https://aws-tc.survey.amazon.com/s/r?c={c}&amp;v=4">&#128578; Satisfied</a> &nbsp;
<a href="https://aws-tc.survey.amazon.com/s/r?c={c}&amp;v=1">&#128577; Not satisfied</a></p>
<p>Best regards,<br>Jonas<br>Amazon Web Services</p></body></html>
"""
body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
make("aws-tc-laura-now-one", L("merge_completed", "en", c, ["AWS48213967", "AWS77310254"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="laura.schmidt.cloud@gmail.com",
     subject=f"RE:[CASE {c}] {FORM_SUBJ}", date=d, provider="gmail", env=env)

# C2 Ito: 統合が完了しました, user's reply and the confirmation request quoted below, nifty
c = C_ITO
d = dt("2025-05-30 06:18")
env = ses_env(d)
u = dt("2025-05-29 00:14")
a = C_ITO_CONFIRM_DATE
body = part(f"""伊藤 美咲 様

AWS トレーニングと認定の佐藤でございます。
ご返信ありがとうございました。

AWS03918274 へのアカウント統合が完了しましたので、お知らせいたします。
認定資格と受験履歴はすべて上記アカウントでご確認いただけます。
Credly のバッジにつきましては、反映までに数日かかる場合がございます。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

佐藤
AWS トレーニングと認定

{ja_quote_date(u)} 伊藤 美咲 <misaki-ito@nifty.com>:
> お世話になっております。
> 内容に相違ありません。統合を進めてください。
> よろしくお願いいたします。
> 伊藤
>
> {ja_quote_date(a)} Amazon Web Services <{AWS_FORM}>:
> > 伊藤 美咲 様
> >
> > 以下の 2 つの認定アカウントを統合いたします。
> >   存続するアカウント：AWS03918274（misaki-ito@nifty.com）
> >   統合元のアカウント：AWS03918302（m.ito@company.example.co.jp）
> > 一度実施した統合は元に戻すことができません。
> > 上記の内容でよろしければ、本メールにご返信ください。
""", cte="quoted-printable")
make("aws-tc-ito-kanryo", L("merge_completed", "ja", c, ["AWS03918274"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to=addr("伊藤 美咲", "misaki-ito@nifty.com"),
     subject=ew(f"RE:[CASE {c}] {FORM_SUBJ}", maxbytes=45),
     date=d, provider="mx.nifty.com", env=env)

# C3 Priya: records moved, old profile retired + rating footer, Outlook.com
c = C_RAMAN
d = dt("2025-10-11 19:02")
env = ses_env(d)
body = part(f"""Hello Priya,

Good news: we've finished consolidating your certification history.
Everything that was recorded under the older profile has been moved across to
AWS82016644, the candidate ID you chose to keep, and the older profile has been
retired, so it can no longer be used to sign in.

Worth checking over the next day or two:
  * Sign in to AWS Certification with priya.raman@outlook.com and open
    "Certifications" - all of your credentials should be listed there.
  * Active benefits, including an unused exam discount, should appear under
    "Benefits".
  * Credly badges may take up to 48 hours to be re-issued.

Best regards,
Marisol R.
AWS Training and Certification

--
Was this reply helpful? Let us know: https://aws-tc.survey.amazon.com/reply?case={c}
""", cte="quoted-printable")
make("aws-tc-raman-history-moved", L("merge_completed", "en", c, ["AWS82016644"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="priya.raman@outlook.com",
     subject=f"RE:[CASE {c}] {FORM_SUBJ}", date=d, provider="outlook", env=env)

# C4 Sasaki: 移行いたしました + closure + アンケート, Shift_JIS base64, OCN
c = C_SASAKI
d = dt("2025-12-09 02:40")
env = ses_env(d)
body = part(f"""佐々木 亮 様

大変お待たせいたしました。AWS トレーニングと認定の木村です。

旧アカウント（AWS 20481790）に登録されていた認定資格および受験履歴を、
AWS 20481736 へ移行いたしました。旧アカウントは今後ご利用いただけません。

本件はこれにて完了とさせていただき、ケースをクローズいたします。
よろしければ、今回の対応についてアンケートへのご協力をお願いいたします（所要時間 1 分）。
https://aws-tc.survey.amazon.com/s/ja?c={c}

木村
AWS トレーニングと認定
""", charset="shift_jis", label="shift_jis", cte="base64")
make("aws-tc-sasaki-iko", L("merge_completed", "ja", c, ["AWS20481736", "AWS20481790"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="r-sasaki@violet.ocn.ne.jp",
     subject=ew(f"RE:[CASE {c}] {FORM_SUBJ}", "Shift_JIS", codec="shift_jis", maxbytes=45),
     date=d, provider="ocn.ne.jp", env=env)

# C5 Bello: HTML only, done + NPS footer, Office 365
c = C_BELLO
d = dt("2026-01-23 09:12")
env = ses_env(d)
nps = "".join(f'<td align="center" style="border:1px solid #d5dbdb;width:28px"><a href="https://aws-tc.survey.amazon.com/nps?c={c}&amp;s={i}" style="text-decoration:none;color:#0073bb">{i}</a></td>' for i in range(11))
html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f3f3">
<table width="600" align="center" cellpadding="24" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<tr><td>
<p>Hi Aisha,</p>
<p>All set. The two candidate profiles you told us about now exist as a single record, <b>AWS60217748</b>.
Your certifications and exam history from the second profile were carried over, and that profile has been deactivated.</p>
<p>It can take a few hours for the Certification portal to show everything. Credly badges are reissued separately by Credly.</p>
<p>Kind regards,<br>Ravi<br>AWS Training &amp; Certification Customer Support</p>
<hr style="border:none;border-top:1px solid #eaeded">
<p style="font-size:13px">How likely are you to recommend AWS Training &amp; Certification support to a colleague?</p>
<table cellspacing="2"><tr>{nps}</tr></table>
<p style="font-size:11px;color:#879596">0 = not at all likely, 10 = extremely likely. Reference: {c}</p>
</td></tr></table>
</body></html>
"""
body = part(html, "html", cte="quoted-printable")
make("aws-tc-bello-all-set", L("merge_completed", "en", c, ["AWS60217748"], True), body,
     frm=addr("AWS Training and Certification", AWS_FORM), to=addr("Aisha Bello", "aisha.bello@contoso-learning.com"),
     subject=f"RE: [CASE {c}] {FORM_SUBJ}", date=d, provider="outlook", env=env)

# C6 Nakamura: text part short, HTML part lists what moved, base64, BIGLOBE
c = C_NAKAMURA
d = dt("2025-11-26 05:33")
env = ses_env(d)
txt = f"""中村 由香 様

ご確認ありがとうございました。
ご依頼の 2 つの認定アカウントを、AWS35507781 に一本化いたしました。
詳細は HTML 版のメールをご覧ください。

AWS トレーニングと認定
山本
"""
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>中村 由香 様</p>
<p>ご確認ありがとうございました。<br>
ご依頼の 2 つの認定アカウントを、<b>AWS35507781</b> に一本化いたしました。
旧 ID（AWS35509902）でのログインはできなくなっております。</p>
<p>新しいアカウントに引き継がれた内容：</p>
<ul>
<li>AWS Certified Solutions Architect - Associate（SAA-C03）</li>
<li>AWS Certified Cloud Practitioner（CLF-C02）</li>
<li>受験履歴および 50% 割引特典（未使用分）</li>
</ul>
<p>Credly のバッジは別途 Credly から再発行のご案内が届きます。</p>
<p>AWS トレーニングと認定<br>山本</p>
<p style="font-size:11px;color:#888">お問い合わせ番号：{c}</p>
</body></html>
"""
body = alt(part(txt, cte="base64"), part(html, "html", cte="base64"))
make("aws-tc-nakamura-ippon-ka", L("merge_completed", "ja", c, ["AWS35507781", "AWS35509902"], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="yuka-n@kfa.biglobe.ne.jp",
     subject=ew(f"RE:[CASE {c}] {FORM_SUBJ}", maxbytes=30),
     date=d, provider="biglobe.ne.jp", env=env)

# C7 Okafor console case: done, with the earlier confirmation request in Outlook From:/Sent: blocks
c = C_OKAFOR
d = dt("2025-09-19 17:45")
env = ses_env(d)
u = dt("2025-09-18 13:20")
a = dt("2025-09-17 10:21")
url = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={c}&language=en"
body = part(f"""Hello Daniel,

Thank you for approving the request. The consolidation you approved has been
carried out: the credentials from your older profile are now attached to the
candidate ID you asked us to keep, and the older profile has been closed.

Please allow up to 24 hours before everything shows up in your Certification
account.

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the stars
in top right corner of each correspondence within the AWS Support Center.

Best regards,
Sofia G.
Amazon Web Services

To see all your correspondence for this case, go to: {url}

-----Original Message-----
From: Daniel Okafor
Sent: {outlook_sent(u)}
To: Amazon Web Services
Subject: RE:[CASE {c}] Consolidate two AWS Certification profiles

Confirmed - please go ahead and combine them under AWS10458832.

-----Original Message-----
From: Amazon Web Services
Sent: {outlook_sent(a)}
To: Daniel Okafor
Subject: RE:[CASE {c}] Consolidate two AWS Certification profiles

Hello Daniel,

Before we make any change, please confirm the following:
  Account to keep:  AWS10458832
  Account to merge: AWS10993017
A merge is permanent and cannot be undone. Reply in the Support Center to
confirm, or tell us if the details are not correct.

Best regards,
Sofia G.
Amazon Web Services
""", charset="us-ascii", cte="7bit")
make("console-okafor-carried-out", L("merge_completed", "en", c, [], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to="daniel.okafor@northwind-analytics.com",
     subject=f"RE:[CASE {c}] Consolidate two AWS Certification profiles", date=d, provider="outlook", env=env)

# C8 Chen: done, older messages appended with no quote marker, corporate gateway (no Authentication-Results)
c = C_CHEN
d = dt("2025-04-25 21:02")
env = ses_env(d)
a = dt("2025-04-23 15:40")
body = part(f"""Hi Marcus,

We've completed your request. Candidate ID AWS 39102247 now holds all of your
certifications, including the ones earned under AWS 39102218, which has been
deactivated. Your recertification dates and benefits are unchanged.

If you notice anything unexpected, reply through the Support Center within the
next 14 days and we'll look into it.

Best regards,
Kwame
Amazon Web Services
================================================
{outlook_sent(a, NYC)} - Amazon Web Services
Hi Marcus,
I can see two AWS Certification profiles for you, AWS 39102218 and AWS 39102247.
Which one would you like to keep? Please also confirm the email address you
want to use for sign-in going forward.
Best regards,
Kwame
================================================
{outlook_sent(dt('2025-04-22 18:26'), NYC)} - Marcus Chen
Hi, I ended up with two certification accounts after my company changed its
domain. Please combine them.
""", charset="us-ascii", cte="7bit")
make("console-chen-completed", L("merge_completed", "en", c, ["AWS39102218", "AWS39102247"], None), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to=addr("Marcus Chen", "mchen@fabrikam-cloud.io"),
     subject=f"RE:[CASE {c}] Two certification accounts - please combine", date=d,
     provider="relay:fabrikam-cloud.io", env=env)

# C9 Watanabe console case (Japanese): 一つにまとめました + closed, base64, Gmail
c = C_WATANABE
d = dt("2025-07-04 07:55")
env = ses_env(d)
body = part(f"""渡辺 健二 様

Amazon Web Services サポートの中島です。

お待たせいたしました。ご指定いただいた AWS55120411 を残す形で、
2 つの認定アカウントを一つにまとめました。AWS55120398 に紐づいていた
認定資格はすべて AWS55120411 に移っております。

以上をもちまして本ケースは解決済みとさせていただきます。
本対応についてご評価いただけますと幸いです（サポートセンターの各返信の右上にある星から評価できます）。

よろしくお願いいたします。
中島
Amazon Web Services

このケースのやり取りをすべて表示するには、次のリンクにアクセスしてください: https://support.console.aws.amazon.com/support/home?#/case/?displayId={c}&language=ja
""", cte="base64")
make("console-watanabe-matomemashita", L("merge_completed", "ja", c, ["AWS55120398", "AWS55120411"], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to="kenji.watanabe.dev@gmail.com",
     subject=ew(f"RE:[CASE {c}] 認定アカウントが2つあるので1つにまとめたい", maxbytes=39),
     date=d, provider="gmail", env=env)

# ---------------------------------------------------------------- closures and surveys

AWS_SURVEY = "aws-tc-feedback@amazon.com"

# V1 one-click "How did we do?", text and HTML differ, Gmail
c = C_PETROVA
d = dt("2025-08-08 12:15")
env = ses_env(d)
txt = f"""How did we do?

Your case {c} has been closed. Tell us how we did by choosing a rating at
https://aws-tc.survey.amazon.com/csat?c={c}

Amazon Web Services
"""
html = f"""<html><body style="font-family:Arial,sans-serif;color:#232f3e;text-align:center">
<h2 style="font-weight:normal">How did we do?</h2>
<p>Hi Elena, your case <b>{c}</b> has been closed.<br>Tap one face - that's all it takes.</p>
<p style="font-size:30px">
<a href="https://aws-tc.survey.amazon.com/csat?c={c}&amp;r=1" style="text-decoration:none">&#128545;</a>
<a href="https://aws-tc.survey.amazon.com/csat?c={c}&amp;r=2" style="text-decoration:none">&#128577;</a>
<a href="https://aws-tc.survey.amazon.com/csat?c={c}&amp;r=3" style="text-decoration:none">&#128528;</a>
<a href="https://aws-tc.survey.amazon.com/csat?c={c}&amp;r=4" style="text-decoration:none">&#128578;</a>
<a href="https://aws-tc.survey.amazon.com/csat?c={c}&amp;r=5" style="text-decoration:none">&#128512;</a></p>
<p style="font-size:11px;color:#879596">Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109. You are receiving this because you contacted AWS Training and Certification.</p>
</body></html>
"""
body = alt(part(txt, charset="us-ascii", cte="7bit"), part(html, "html", cte="quoted-printable"))
make("aws-tc-petrova-how-did-we-do", L("survey", "en", c, [], True), body,
     frm=addr("AWS Training and Certification", AWS_SURVEY), to="elena.petrova.dev@gmail.com",
     subject="How did we do? Tell us in one click", date=d, provider="gmail", env=env)

# V2 console resolution notice, Office 365
d0 = dt("2025-05-13 08:40")
c = case15(d0)
d = dt("2025-05-16 22:03")
env = ses_env(d)
url = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={c}&language=en"
body = part(f"""Hello,

We've marked your AWS Support case {c} as resolved.

Case ID: {c}
Subject: Merge certification accounts
Severity: General guidance
Status: Resolved

If the issue isn't fully resolved, you can reopen the case within 14 days from
the Support Center: {url}

Tell us about your experience with this case. Rate the support you received
from the case page; your rating helps us improve.

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", charset="us-ascii", cte="7bit")
make("console-verma-resolved", L("survey", "en", c, [], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to=addr("Rahul Verma", "rahul.verma@tailspin-data.com"),
     subject=f"Amazon Web Services: Your Support case {c} has been resolved", date=d,
     provider="outlook", env=env)

# V3 closure after no reply, Gmail
d0 = dt("2025-07-18 15:04")
c = case15(d0)
d = dt("2025-07-28 16:30")
env = ses_env(d)
body = part(f"""Hello Hannah,

We haven't heard back from you since our message on July 19, so we've gone
ahead and closed this request for now.

Nothing is lost: if you still need help, just reply to this email within the
next 30 days and your request will pick up right where it left off, with the
same specialist if possible.

If you have a minute, we'd be grateful if you told us about your experience:
https://aws-tc.survey.amazon.com/s/r?c={c}

Kind regards,
AWS Training and Certification Support
""", cte="quoted-printable")
make("aws-tc-lee-closed-no-reply", L("survey", "en", c, [], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="hannah.lee.aws@gmail.com",
     subject=f"RE:[CASE {c}] {FORM_SUBJ}", date=d, provider="gmail", env=env)

# V4 closure after no reply (Japanese), Gmail
c = C_MATSUMOTO
d = dt("2025-06-20 02:10")
env = ses_env(d)
body = part(f"""松本 大輔 様

AWS トレーニングと認定の石井です。

6月11日にご連絡して以降、ご返信をいただけていないため、
誠に勝手ながら本ケース（{c}）をクローズいたしました。

引き続きご対応が必要な場合は、30 日以内にこのメールへご返信いただければ
同じケースで対応を再開いたします。

今後のサービス向上のため、よろしければ簡単なアンケートにご協力ください。
https://aws-tc.survey.amazon.com/s/ja?c={c}

石井
AWS トレーニングと認定
""", cte="quoted-printable")
make("aws-tc-matsumoto-close", L("survey", "ja", c, [], True), body,
     frm=addr(AWS_NAME, AWS_FORM), to="daisuke.matsumoto@gmail.com",
     subject=ew(f"RE:[CASE {c}] {FORM_SUBJ}", maxbytes=45),
     date=d, provider="gmail", env=env)

# V5 NPS 0-10 questionnaire (Japanese), text and HTML, nifty
c = C_ITO
d = dt("2025-06-01 01:00")
env = ses_env(d)
txt = f"""伊藤 美咲 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。

お客様アンケートのお願い
今回のサポートを、ご友人や同僚にどの程度おすすめしたいと思われますか？
0（まったく思わない）から 10（非常にそう思う）でお答えください。

回答する：https://aws-tc.survey.amazon.com/nps/ja?c={c}

回答は 1 分ほどで終わります。ご協力をお願いいたします。

AWS トレーニングと認定
"""
nps = " ".join(f'<a href="https://aws-tc.survey.amazon.com/nps/ja?c={c}&amp;s={i}" style="display:inline-block;width:26px;border:1px solid #aab7b8;text-align:center;text-decoration:none">{i}</a>' for i in range(11))
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>伊藤 美咲 様</p>
<p>先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。</p>
<h3>お客様アンケートのお願い</h3>
<p>今回のサポートを、ご友人や同僚にどの程度おすすめしたいと思われますか？</p>
<p>{nps}</p>
<p style="font-size:12px">0 = まったく思わない　10 = 非常にそう思う</p>
<p style="font-size:11px;color:#888">お問い合わせ番号：{c}</p>
</body></html>
"""
body = alt(part(txt, cte="base64"), part(html, "html", cte="base64"))
make("aws-tc-ito-anketo", L("survey", "ja", c, [], True), body,
     frm=addr("AWS トレーニングと認定", AWS_SURVEY), to="misaki-ito@nifty.com",
     subject=ew("【アンケートのお願い】AWS トレーニングと認定サポートについて", maxbytes=40),
     date=d, provider="mx.nifty.com", env=env)

# V6 NPS, HTML only, Outlook.com
c = C_RAMAN
d = dt("2025-10-13 14:00")
env = ses_env(d)
cells = "".join(f'<td style="padding:2px"><a href="https://aws-tc.survey.amazon.com/nps?c={c}&amp;s={i}" style="display:block;width:30px;height:30px;line-height:30px;text-align:center;background:{"#d13212" if i < 7 else ("#ff9900" if i < 9 else "#1d8102")};color:#fff;text-decoration:none;border-radius:3px">{i}</a></td>' for i in range(11))
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Priya,</p>
<p>You were recently in touch with AWS Training and Certification about case {c}.</p>
<p><b>On a scale from 0 to 10, how likely are you to recommend our support to a friend or colleague?</b></p>
<table><tr>{cells}</tr></table>
<p style="font-size:12px;color:#687078">Not at all likely &larr; &rarr; Extremely likely</p>
<p>Your answer goes straight to the team. Thank you!</p>
<p style="font-size:11px;color:#879596">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. <a href="https://aws-tc.survey.amazon.com/optout">Unsubscribe from surveys</a></p>
</body></html>
"""
body = part(html, "html", cte="quoted-printable")
make("aws-tc-raman-0-to-10", L("survey", "en", c, [], True), body,
     frm=addr("AWS Training and Certification", AWS_SURVEY), to="priya.raman@outlook.com",
     subject="Priya, would you recommend AWS Training and Certification support?", date=d,
     provider="outlook", env=env)

# V7 one-click 「問題は解決しましたか？ はい／いいえ」, ISO-2022-JP, OCN
c = C_SASAKI
d = dt("2025-12-10 00:30")
env = ses_env(d)
body = part(f"""佐々木 亮 様

このたびは AWS トレーニングと認定へお問い合わせいただき、ありがとうございました。
お問い合わせ番号 {c} の対応を終了いたしました。

今回のお問い合わせで、問題は解決しましたか？
該当するリンクを 1 回クリックするだけでご回答いただけます。

  はい　　：https://aws-tc.survey.amazon.com/q/ja?c={c}&a=yes
  いいえ　：https://aws-tc.survey.amazon.com/q/ja?c={c}&a=no

担当者の対応についてのご意見もお待ちしております。

AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit")
make("aws-tc-sasaki-hai-iie", L("survey", "ja", c, [], True), body,
     frm=addr("AWS トレーニングと認定", AWS_SURVEY, "iso-2022-jp"), to="r-sasaki@violet.ocn.ne.jp",
     subject=ew("問題は解決しましたか？（ワンクリックでご回答ください）", "iso-2022-jp", maxbytes=50),
     date=d, provider="ocn.ne.jp", env=env)

# V8 console case resolved (Japanese), Yahoo! JAPAN
c = C_TAKAHASHI
d = dt("2025-08-25 09:00")
env = ses_env(d)
url = f"https://support.console.aws.amazon.com/support/home?#/case/?displayId={c}&language=ja"
body = part(f"""お客様

AWS サポートケース {c} を「解決済み」にしました。

ケース ID: {c}
件名: 認定アカウントの統合依頼
重要度: 一般的なガイダンス
ステータス: 解決済み

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます:
{url}

今回のサポートはいかがでしたか？ケース画面の各返信に表示される星をクリックして評価をお寄せください。

このメールアドレスは返信を受け付けていません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""", cte="quoted-printable")
make("console-takahashi-kaiketsu-zumi", L("survey", "ja", c, [], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to="sho_takahashi@yahoo.co.jp",
     subject=ew(f"Amazon Web Services: サポートケース {c} は解決済みになりました", maxbytes=42),
     date=d, provider="yahoo.co.jp", env=env)

# V9 survey that mentions the merge request but does not say it was done, Office 365
c = C_OKAFOR
d = dt("2025-09-21 15:10")
env = ses_env(d)
txt = f"""Hello Daniel,

We hope we were able to help with your account merge request
(case {c}, "Consolidate two AWS Certification profiles").

Would you take two minutes to answer three questions about it?

  1. Overall, how satisfied are you with the support you received?
  2. Did the agent understand your request?
  3. How easy was it to get help?

Start the survey: https://aws-support.survey.amazon.com/r/{rhex(12)}?displayId={c}

This survey is anonymous and optional.

Amazon Web Services Support
"""
body = part(txt, charset="us-ascii", cte="7bit")
make("aws-support-okafor-three-questions", L("survey", "en", c, [], True), body,
     frm=addr("AWS Support", "aws-support-survey@amazon.com"), to="daniel.okafor@northwind-analytics.com",
     subject="Three questions about your recent AWS Support experience", date=d,
     provider="outlook", env=env, from_domain="amazon.com")

# V10 survey mentioning the 統合 inquiry, not saying it is done (Japanese), Gmail
c = C_WATANABE
d = dt("2025-07-05 03:00")
env = ses_env(d)
body = part(f"""渡辺 健二 様

先日はアカウント統合に関するお問い合わせをいただき、ありがとうございました。
（ケース ID：{c}）

サポート品質の向上のため、今回のやり取りについて簡単なアンケートにお答えいただけないでしょうか。
設問は 3 つ、所要時間は 1〜2 分です。

アンケートに回答する
https://aws-support.survey.amazon.com/r/ja/{rhex(12)}?displayId={c}

ご回答いただいた内容は、サービス改善の目的にのみ使用いたします。

Amazon Web Services サポート
""", cte="base64")
make("aws-support-watanabe-goiken", L("survey", "ja", c, [], True), body,
     frm=addr("AWS サポート", "aws-support-survey@amazon.com"), to="kenji.watanabe.dev@gmail.com",
     subject=ew("サポートに関するアンケートのお願い（所要時間 1〜2 分）", maxbytes=45),
     date=d, provider="gmail", env=env)

# V11 closure survey with the completion message quoted below it, Gmail
c = C_LAURA
d = dt("2025-03-15 12:00")
env = ses_env(d)
prev = dt("2025-03-14 10:05")
body = part(f"""Hello Laura,

Your case {c} is now closed. We'd love to know how it went - a single
click on the scale below is all we need.

  1 (poor)  https://aws-tc.survey.amazon.com/s/r?c={c}&v=1
  2         https://aws-tc.survey.amazon.com/s/r?c={c}&v=2
  3         https://aws-tc.survey.amazon.com/s/r?c={c}&v=3
  4         https://aws-tc.survey.amazon.com/s/r?c={c}&v=4
  5 (great) https://aws-tc.survey.amazon.com/s/r?c={c}&v=5

Thanks for choosing AWS Training and Certification.

----- Case history -----
{outlook_sent(prev)} - Amazon Web Services wrote:
> Hello Laura,
>
> Your two certification profiles are now one. Everything that was recorded
> under AWS77310254 - certifications, exam history and benefits - can now be
> found under AWS48213967, and the old profile has been switched off.
>
> As nothing else is outstanding, we're marking this case as resolved.
>
> Best regards,
> Jonas
""", cte="quoted-printable")
make("aws-tc-laura-case-closed", L("survey", "en", c, [], True), body,
     frm=addr("AWS Training and Certification", AWS_SURVEY), to="laura.schmidt.cloud@gmail.com",
     subject=f"Case {c} closed - how was your experience?", date=d, provider="gmail", env=env)

# V12 look-alike survey about the merge case (phishing): gift credit, sign-in link, Gmail
d = dt("2025-07-09 18:44")
c = case15(d - timedelta(days=8, hours=3))
dom = "aws-support-survey.net"
env = generic_env(dom, f"45.{R.randint(10, 250)}.{R.randint(0, 250)}.{R.randint(2, 250)}", f"smtp.{dom}",
                  f"bounces@{dom}", selector="mail")
html = f"""<html><body style="font-family:Arial;background:#f7f7f7">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<img src="https://{dom}/img/aws-logo.png" alt="aws" width="80">
<p>Dear customer,</p>
<p>Your recent AWS Certification account merge case <b>{c}</b> has been closed.</p>
<p>Please rate your support experience in our 3-question survey. As a thank-you, every completed survey receives a <b>$50 AWS Promotional Credit</b>.</p>
<p style="text-align:center"><a href="https://{dom}/feedback?case={c}" style="background:#ff9900;color:#111;padding:12px 22px;text-decoration:none;font-weight:bold">Start survey &amp; claim credit</a></p>
<p style="font-size:12px">You will be asked to sign in with your AWS account so the credit can be applied.</p>
<p style="font-size:11px;color:#999">AWS Customer Experience Team</p>
</div></body></html>
"""
body = part(html, "html", charset="us-ascii", cte="7bit")
make("aws-cx-feedback-credit", L("survey", "en", c, [], False), body,
     frm=addr("AWS Customer Experience", f"feedback@{dom}"), to="tomas.herrera.ops@gmail.com",
     subject=f"Rate your support experience (case {c}) - $50 credit inside", date=d,
     provider="gmail", env=env, res={"p": "NONE"})

# V13 closure + questionnaire (Japanese), ISO-2022-JP, corporate gateway without Authentication-Results
d0 = dt("2026-03-02 01:15")
c = case15(d0)
d = dt("2026-03-09 06:20")
env = ses_env(d)
body = part(f"""石田 恵 様

AWS トレーニングと認定でございます。

お問い合わせいただいておりました件（お問い合わせ番号：{c}）につきまして、
前回のご案内にてご不明点が解消されたものと判断し、本日をもちまして
クローズとさせていただきます。

再度ご不明な点がございましたら、このメールにご返信ください。

また、サポート品質向上のため、お客様アンケートを実施しております。
お手数ですが、以下よりご回答いただけますと幸いです。
https://aws-tc.survey.amazon.com/s/ja?c={c}

AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit")
make("aws-tc-ishida-close", L("survey", "ja", c, [], None), body,
     frm=addr(AWS_NAME, AWS_FORM), to=addr("石田 恵", "megumi.ishida@kitasato-sys.co.jp", "iso-2022-jp"),
     subject=ew(f"RE:[CASE {c}] {FORM_SUBJ}", "iso-2022-jp", maxbytes=60),
     date=d, provider="relay:kitasato-sys.co.jp", env=env)

# ---------------------------------------------------------------- Credly

CREDLY_FROM = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")


def credly_extra():
    return [("List-Unsubscribe", "<https://www.credly.com/notification_settings/unsubscribe?token=" + rhex(32) + ">"),
            ("X-SG-EID", rb64(64))]


# K1 badges moved to this Credly account after the AWS merge, Gmail
to = "laura.schmidt.cloud@gmail.com"
d = dt("2025-03-16 08:27")
env = credly_env(d, to)
bid = "-".join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
txt = f"""Hi Laura,

Following an update to your AWS Certification record, the badges below have
been moved to the Credly account registered to {to}:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

Accept them so they appear on your public profile and can be shared:
https://www.credly.com/badges/{bid}/accept

Badges you already accepted on your previous Credly account will keep their
original issue dates.

The Credly Team
Credly, Inc. | 305 W 18th St, New York, NY
"""
html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;background:#f4f4f4">
<table width="600" align="center" style="background:#fff" cellpadding="20"><tr><td>
<p>Hi Laura,</p>
<p>Following an update to your AWS Certification record, the badges below have been moved to the Credly account registered to {to}:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p style="text-align:center"><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:12px;color:#777">Badges you already accepted on your previous Credly account will keep their original issue dates.</p>
</td></tr></table></body></html>
"""
body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
make("credly-laura-badges-moved", L("credly_badge_issued", "en", None, [], True), body,
     frm=CREDLY_FROM, to=to, subject="Your AWS badges have been moved to this Credly account", date=d,
     provider="gmail", env=env, extra=credly_extra(), res={"p": "REJECT"})

# K2 Credly badge issued (Japanese), nifty
to = "misaki-ito@nifty.com"
d = dt("2025-06-02 11:05")
env = credly_env(d, to)
bid = "-".join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
txt = f"""伊藤 美咲 さん

Amazon Web Services Training and Certification から新しいデジタルバッジが発行されました。

  AWS Certified Cloud Practitioner

バッジを受け取ると、LinkedIn などで共有できるようになります。
バッジを受け取る: https://www.credly.com/badges/{bid}/accept

Credly チーム
"""
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;color:#333">
<p>伊藤 美咲 さん</p>
<p>Amazon Web Services Training and Certification から新しいデジタルバッジが発行されました。</p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">このメールは Credly, Inc. から {to} 宛に送信されました。</p>
</body></html>
"""
body = alt(part(txt, cte="base64"), part(html, "html", cte="base64"))
make("credly-ito-badge", L("credly_badge_issued", "ja", None, [], True), body,
     frm=CREDLY_FROM, to=to, subject=ew("新しいバッジが発行されました：AWS Certified Cloud Practitioner", maxbytes=40),
     date=d, provider="mx.nifty.com", env=env, extra=credly_extra(), res={"p": "REJECT"})

# K3 badge ready to accept, Office 365
to = "aisha.bello@contoso-learning.com"
d = dt("2026-01-24 17:48")
env = credly_env(d, to)
bid = "-".join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Aisha,</p>
<p>Congratulations! Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p>Your badge is waiting. Accept it to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 305 W 18th St, New York, NY | <a href="https://www.credly.com/notification_settings">Notification settings</a></p>
</body></html>
"""
body = part(html, "html", cte="quoted-printable")
make("credly-bello-accept", L("credly_badge_issued", "en", None, [], True), body,
     frm=CREDLY_FROM, to=to, subject="Aisha, your AWS Certified Cloud Practitioner badge is ready to accept", date=d,
     provider="outlook", env=env, extra=credly_extra(), res={"p": "REJECT"})

# ---------------------------------------------------------------- unrelated look-alikes

# U1 Seller Central case closure: listings merged, Yes/No question, Office 365
c = str(R.randint(5800000000, 6099999999))
to = "rahul.verma@tailspin-data.com"
d = dt("2025-06-24 20:15")
env = ses_env(d)
body = part(f"""Hello,

We are writing to let you know that we have resolved your case.

The two detail pages you reported (ASIN B0CX4T7Q2M and ASIN B0CX4T9L8D) have
been merged into a single variation family. It may take up to 24 hours for the
change to show in Seller Central.

Did we solve your problem?
  Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={c}&a=yes
  No:  https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={c}&a=no

If you need more help, reply to this case in Case Log.

Thank you for selling with Amazon.

Selling Partner Support
""", charset="us-ascii", cte="7bit")
make("seller-support-listings", L("unrelated", "en", c, [], True), body,
     frm=addr("Amazon Selling Partner Support", "seller-notification@amazon.com"), to=to,
     subject=f"RE:[CASE {c}] Duplicate detail pages for the same product", date=d,
     provider="outlook", env=env)

# U2 AWS console case opened for an EC2 quota increase (Japanese), Gmail
d = dt("2025-09-03 05:41")
c = case15(d - timedelta(seconds=5))
env = ses_env(d)
body = part(f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {c} を作成しました。

ケース ID: {c}
件名: Limit Increase: EC2 Instances
重要度: 一般的なガイダンス
内容:
リージョン: アジアパシフィック (東京)
リソースタイプ: Running On-Demand G and VT instances
新しい制限値: 64 vCPU

ケースの表示または更新は、サポートセンターから行えます:
https://support.console.aws.amazon.com/support/home?#/case/?displayId={c}&language=ja

このメールアドレスは返信を受け付けていません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""", cte="base64")
make("console-watanabe-ec2-limit", L("unrelated", "ja", c, [], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to="kenji.watanabe.dev@gmail.com",
     subject=ew(f"Amazon Web Services: 新しいサポートケースを開きました: {c}", maxbytes=45),
     date=d, provider="gmail", env=env)

# U3 AWS billing case resolved + rating, Office 365
d0 = dt("2025-11-03 13:05")
c = case15(d0)
d = dt("2025-11-05 18:40")
env = ses_env(d)
body = part(f"""Hello Daniel,

I've applied a one-time credit of USD 412.37 to account 4417-9932-0185 for the
NAT Gateway charges on your October invoice, as discussed. The credit will be
visible on the Credits page within 24 hours and will apply to the November bill.

Since this resolves your request, I'll be marking the case as resolved.

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.

Best regards,
Ines P.
Amazon Web Services

To see all your correspondence for this case, go to: https://support.console.aws.amazon.com/support/home#/case/?displayId={c}&language=en
""", charset="us-ascii", cte="7bit")
make("console-okafor-billing-credit", L("unrelated", "en", c, [], True), body,
     frm=addr(AWS_NAME, AWS_NOREPLY), to="daniel.okafor@northwind-analytics.com",
     subject=f"RE:[CASE {c}] Unexpected NAT Gateway charges on October invoice", date=d,
     provider="outlook", env=env)

# U4 CertMetrics survey, Gmail
to = "laura.schmidt.cloud@gmail.com"
d = dt("2025-04-02 15:00")
env = generic_env("certmetrics.com", f"167.89.{R.randint(0, 120)}.{R.randint(2, 250)}", f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.certmetrics.com",
                  f"bounces+{R.randint(10**6, 10**7)}-{rhex(4)}-laura.schmidt.cloud=gmail.com@em.certmetrics.com",
                  dkim=[("certmetrics.com", "s1"), ("sendgrid.info", "smtpapi")])
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Laura Schmidt,</p>
<p>AWS Certification wants to hear from you! You recently passed an AWS Certification exam, and we would like to learn about your experience, from preparing for the exam to receiving your results.</p>
<p>The survey takes about 10 minutes. Your responses are confidential.</p>
<p><a href="https://www.certmetrics.com/amazon/survey.aspx?s={rhex(16)}">Take the survey</a></p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#777">Please do not reply to this email. This mailbox is not monitored.</p>
</body></html>
"""
body = part(html, "html", charset="us-ascii", cte="7bit")
make("certmetrics-wants-to-hear", L("unrelated", "en", None, [], False), body,
     frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=to,
     subject="AWS Certification wants to hear from you", date=d, provider="gmail", env=env)

# U5 Pearson VUE post-exam questionnaire (Japanese), Gmail
to = "daisuke.matsumoto@gmail.com"
d = dt("2025-06-14 09:30")
env = generic_env("pearson.com", f"159.182.{R.randint(0, 250)}.{R.randint(2, 250)}", "mta-out.pearson.com",
                  "pvue-noreply@pearson.com", selector="pearson2024")
body = part(f"""松本 大輔 様

先日は ピアソン VUE のテストセンターにて AWS Certified Developer - Associate を
受験いただき、ありがとうございました。

受験当日の手続きや試験環境について、アンケートにご協力ください。
いただいたご意見は今後のサービス改善に活用させていただきます。

アンケートに回答する（約 3 分）:
https://survey.pearsonvue.com/jp/{rhex(10)}

受験者 ID: 1234{R.randint(100000, 999999)}

ピアソン VUE
""", cte="quoted-printable")
make("pearson-vue-anketo", L("unrelated", "ja", None, [], False), body,
     frm=addr("Pearson VUE", "pvue-noreply@pearson.com"), to=to,
     subject=ew("【ピアソン VUE】受験後アンケートのお願い", maxbytes=40),
     date=d, provider="gmail", env=env, res={"p": "REJECT"})

# U6 Credly's own account-merge verification code, Gmail
to = "elena.petrova.dev@gmail.com"
d = dt("2025-08-12 07:02")
env = credly_env(d, to)
code = str(R.randint(100000, 999999))
body = alt(part(f"""Hi Elena,

We received a request to merge another Credly account into the account that
uses {to}.

Your verification code is: {code}

Enter this code on the Account Merge page, or click the link below to finish:
https://www.credly.com/account_merge/complete?token={rhex(40)}

The code expires in 30 minutes. If you didn't request this, you can ignore this
email; no changes will be made.

The Credly Team
""", charset="us-ascii", cte="7bit"),
    part(f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Elena,</p><p>We received a request to merge another Credly account into the account that uses {to}.</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px"><b>{code}</b></p>
<p><a href="https://www.credly.com/account_merge/complete?token={rhex(40)}" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a></p>
<p style="font-size:12px;color:#777">The code expires in 30 minutes. If you didn't request this, you can ignore this email; no changes will be made.</p>
</body></html>
""", "html", charset="us-ascii", cte="7bit"))
make("credly-merge-code", L("unrelated", "en", None, [], True), body,
     frm=addr("Credly", "admin@credly.com"), to=to, subject="Your Credly account merge code", date=d,
     provider="gmail", env=env, extra=credly_extra(), res={"p": "REJECT"})

# U7 the user forwards AWS's completion mail to her manager (her own mail), Office 365 recipient
c = C_RAMAN
to = "j.owens@woodgrove-consult.com"
d = dt("2025-10-12 09:31", PAC)
env = generic_env("outlook.com", f"40.92.{R.randint(10, 99)}.{R.randint(2, 250)}",
                  "NAM12-DM6-obe.outbound.protection.outlook.com", "priya.raman@outlook.com",
                  dkim=[("outlook.com", "selector1")])
prev = dt("2025-10-11 19:02")
body = part(f"""Hi James,

FYI - AWS has finished combining my certification accounts, so everything is
now under AWS82016644. Could you update the partner tracker with that ID? The
old one won't work any more.

Thanks,
Priya

________________________________
From: Amazon Web Services <{AWS_FORM}>
Sent: {outlook_sent(prev, PAC)}
To: priya.raman@outlook.com <priya.raman@outlook.com>
Subject: RE:[CASE {c}] {FORM_SUBJ}

Hello Priya,

Good news: we've finished consolidating your certification history.
Everything that was recorded under the older profile has been moved across to
AWS82016644, the candidate ID you chose to keep, and the older profile has been
retired, so it can no longer be used to sign in.

Best regards,
Marisol R.
AWS Training and Certification

--
Was this reply helpful? Let us know: https://aws-tc.survey.amazon.com/reply?case={c}
""", cte="quoted-printable")
make("fw-raman-to-manager", L("unrelated", "en", c, ["AWS82016644"], False), body,
     frm=addr("Priya Raman", "priya.raman@outlook.com"), to=addr("James Owens", to),
     subject=f"FW: RE:[CASE {c}] {FORM_SUBJ}", date=d, provider="outlook", env=env,
     from_domain="outlook.com", date_tz=PAC,
     msgid=f"<SA1PR11MB{R.randint(1000, 9999)}{ralnum(6, True)}{ralnum(12, True)}@SA1PR11MB{R.randint(1000, 9999)}.namprd11.prod.outlook.com>")

# U8 colleague asks whether the completion mail / survey arrived (Japanese), internal, no Authentication-Results
to = "megumi.ishida@kitasato-sys.co.jp"
d = dt("2026-03-06 02:48")
env = generic_env("kitasato-sys.co.jp", "10.20.4.18", "pc-tamura.kitasato-sys.co.jp", "tamura@kitasato-sys.co.jp",
                  dkim=[])
body = part("""石田さん

お疲れさまです。田村です。

先週依頼していた AWS 認定アカウントの統合の件、AWS から完了の連絡は来ましたか？
パートナー申請の更新で、石田さんの ID（AWS 77014452）を使いたいので、
統合後の ID が確定したら教えてください。

あと、サポートからアンケートが届いていたら、回答をお願いします。

田村
""", charset="iso-2022-jp", cte="7bit")
make("tamura-to-ishida-toukei", L("unrelated", "ja", None, ["AWS77014452"], None), body,
     frm=addr("田村 誠", "tamura@kitasato-sys.co.jp", "iso-2022-jp"), to=addr("石田 恵", to, "iso-2022-jp"),
     subject=ew("AWS認定アカウント統合の件", "iso-2022-jp"), date=d, provider="relay:kitasato-sys.co.jp",
     env=env, sign=False, date_tz=JST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# U9 GitHub "merged" notification, Gmail
to = "tomas.herrera.ops@gmail.com"
d = dt("2025-10-21 14:09")
env = generic_env("github.com", f"192.30.252.{R.randint(190, 210)}", f"out-{R.randint(10, 30)}.smtp.github.com",
                  "noreply@github.com", dkim=[("github.com", "pf2023")])
body = alt(part(f"""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tailwind-ops/cert-tracker/pull/482#event-{R.randint(10**10, 10**11)}
You are receiving this because you authored the thread.
""", charset="us-ascii", cte="7bit"),
    part(f"""<p>Merged <a href="https://github.com/tailwind-ops/cert-tracker/pull/482" class="issue-link">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tailwind-ops/cert-tracker/pull/482#event-1">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>
""", "html", charset="us-ascii", cte="7bit"))
make("github-pr-482-merged", L("unrelated", "en", None, [], False), body,
     frm=addr("Lena Vogt", "notifications@github.com"), to=addr("tailwind-ops/cert-tracker", "cert-tracker@noreply.github.com"),
     subject="Re: [tailwind-ops/cert-tracker] Merge duplicate candidate accounts on import (PR #482)", date=d,
     provider="gmail", env=env, cc=addr("Tomas Herrera", to), reply_to=f"tailwind-ops/cert-tracker <reply+{ralnum(40, True)}@reply.github.com>",
     in_reply_to="<tailwind-ops/cert-tracker/pull/482@github.com>", references="<tailwind-ops/cert-tracker/pull/482@github.com>",
     msgid=f"<tailwind-ops/cert-tracker/pull/482/issue_event/{R.randint(10**10, 10**11)}@github.com>",
     extra=[("List-ID", "tailwind-ops/cert-tracker <cert-tracker.tailwind-ops.github.com>"), ("X-GitHub-Reason", "author")])

# U10 Credly badge expiry reminder (Japanese), Yahoo! JAPAN
to = "sho_takahashi@yahoo.co.jp"
d = dt("2026-02-17 00:05")
env = credly_env(d, to)
body = part(f"""高橋 翔 さん

お持ちのバッジ「AWS Certified SysOps Administrator - Associate」の有効期限が
2026年4月18日 に切れます。

有効期限が切れると、バッジは Credly のプロフィール上で「期限切れ」と表示されます。
再認定の方法については、発行元の案内をご確認ください。

バッジを表示: https://www.credly.com/badges/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}

Credly
""", cte="quoted-printable")
make("credly-takahashi-kigen", L("unrelated", "ja", None, [], True), body,
     frm=CREDLY_FROM, to=to, subject=ew("バッジの有効期限が近づいています", maxbytes=40),
     date=d, provider="yahoo.co.jp", env=env, extra=credly_extra(), res={"p": "REJECT"})

# U11 corporate IT desk (ServiceNow) acknowledgement (Japanese), Office 365
to = "takuya.mori@hinode-denki.co.jp"
d = dt("2025-11-28 00:52")
sn = "hinode-denki.service-now.com"
env = generic_env(sn, f"149.96.{R.randint(0, 250)}.{R.randint(2, 250)}", f"outbound{R.randint(1, 9)}.service-now.com",
                  f"hinode-denki@{sn}", dkim=[(sn, "sn2048")])
inc = f"INC00{R.randint(40000, 49999)}"
body = alt(part(f"""森 拓也 様

IT サポートデスクです。以下のお問い合わせを受け付けました。

インシデント番号：{inc}
件名：AWS 認定試験の受験料 立替精算について
ステータス：新規
優先度：4 - 低

担当者が割り当てられ次第、ご連絡いたします。
チケットの状況はセルフサービスポータルからご確認いただけます。
https://{sn}/sp?id=ticket&table=incident&number={inc}

※このメールは送信専用です。

日之出電機株式会社 IT サポートデスク
""", cte="base64"),
    part(f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Yu Gothic','Meiryo',sans-serif;font-size:14px">
<p>森 拓也 様</p><p>IT サポートデスクです。以下のお問い合わせを受け付けました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>インシデント番号</td><td>{inc}</td></tr>
<tr><td>件名</td><td>AWS 認定試験の受験料 立替精算について</td></tr><tr><td>ステータス</td><td>新規</td></tr></table>
<p>担当者が割り当てられ次第、ご連絡いたします。<a href="https://{sn}/sp?id=ticket&amp;table=incident&amp;number={inc}">チケットを表示</a></p>
<p>日之出電機株式会社 IT サポートデスク</p></body></html>
""", "html", cte="base64"))
make("itdesk-mori-inc-uketsuke", L("unrelated", "ja", None, [], False), body,
     frm=addr("IT サポートデスク", f"hinode-denki@{sn}"), to=addr("森 拓也", to),
     subject=ew(f"インシデント {inc} を受け付けました：AWS 認定試験の受験料 立替精算について", maxbytes=45),
     date=d, provider="outlook", env=env)

# ==== END MAILS


def public_slug(data):
    """Neutral file-name slug: sender - recipient - date (the internal slug stays in this script only)."""
    import email as _email
    import re as _re
    from email.utils import getaddresses, parsedate_to_datetime
    m = _email.message_from_bytes(data)
    frm = getaddresses([m["From"]])[0][1].lower()
    to = getaddresses([m["To"]])[0][1].lower()
    if m.get("Cc") and to.endswith("noreply.github.com"):
        to = getaddresses([m["Cc"]])[0][1].lower()
    local, dom = frm.split("@")
    src = {"aws-cs-trainingcertification-form@amazon.com": "aws-tc",
           "no-reply-aws@amazon.com": "aws-support",
           "aws-tc-feedback@amazon.com": "aws-tc-mail",
           "aws-support-survey@amazon.com": "aws-support-mail",
           "seller-notification@amazon.com": "amazon-seller",
           "admin@credly.com": "credly"}.get(frm)
    if not src:
        src = dom.split(".")[0] if local in ("noreply", "notifications", "do-not-reply", "pvue-noreply",
                                             "support", "feedback") or "service-now" in dom else local.split(".")[0]
    person = _re.split(r"[._\-]", to.split("@")[0])[0]
    if len(person) <= 2:
        person = _re.split(r"[._\-]", to.split("@")[0])[1]
    d = parsedate_to_datetime(m["Date"])
    return _re.sub(r"[^a-z0-9]+", "-", f"{src}-{person}-{d.strftime('%b%d').lower()}").strip("-")


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(1270).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        slug, label, data = MAILS[idx]
        name = f"{n:03d}-{public_slug(data)}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
    print(len(labels), "mails written")


if __name__ == "__main__":
    write_all()
