#!/usr/bin/env python3
"""Generate blind set 35: realistic AWS Certification account-merge mail (and inbox neighbours)."""
import base64
import datetime as dt
import json
import os
import quopri
import random
import re
from io import BytesIO
from zoneinfo import ZoneInfo

from email import policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

R = random.Random(3535)
OUT = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")


# ----------------------------------------------------------------- helpers
def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def fold_b64(s, first=0, width=70, indent="\t "):
    out, line = [], s[: width - first]
    rest = s[width - first:]
    out.append(line)
    while rest:
        out.append(rest[:width])
        rest = rest[width:]
    return ("\n" + indent).join(out)


def utc(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(t):
    return f"{int(t.timestamp())}{R.randint(0, 99999):05d}"


def ses_msgid(t, region="email.amazonses.com"):
    ms = int(t.timestamp() * 1000)
    return f"<0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@{region}>"


def ses_mailfrom(t, region="amazonses.com"):
    ms = int(t.timestamp() * 1000)
    return f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@{region}"


def la_str(t):
    lt = t.astimezone(LA)
    return lt.strftime("%a, %-d %b %Y %H:%M:%S %z") + f" ({lt.tzname()})"


def rfc(t):
    return format_datetime(t)


def rfc_nz(t):
    # "Tue, 3 Jun 2025 13:05:51 +0000" (Microsoft style without leading zero)
    return t.strftime("%a, %-d %b %Y %H:%M:%S %z")


def enc_subject(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if name and any(ord(c) > 127 for c in name):
        return formataddr((name, email), charset=charset)
    return formataddr((name, email)) if name else email


def sec(t, s):
    return t + dt.timedelta(seconds=s)


# ------------------------------------------------------------ sender profiles
def amz_sender(kind="form"):
    ip_tail = R.choice([8, 9, 48, 49])
    last = R.randint(10, 250)
    return {
        "helo": f"a{ip_tail}-{last}.smtp-out.amazonses.com",
        "ip": f"54.240.{ip_tail}.{last}",
        "dkim": [("amazon.com", R.choice(["rpvnxn7vhcq5kzozdkaksg6iwcznnpkr", "pcacrp3jgqaycz2fvmvbmyw7nf3fwgnd", "ww6thf3uhmbbpzwb2ggsn4hvxvahwxx5"])),
                 ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
        "dkim_ok": True,
        "from_domain": "amazon.com",
        "dmarc_policy": "(p=QUARANTINE sp=QUARANTINE dis=NONE)",
        "ses": True,
        "mailfrom_domain": "amazonses.com",
    }


def generic_sender(helo, ip, dkim_domain, from_domain, mailfrom, selector="s1", policy_str="(p=REJECT sp=REJECT dis=NONE)", ok=True):
    return {"helo": helo, "ip": ip, "dkim": [(dkim_domain, selector)], "dkim_ok": ok,
            "from_domain": from_domain, "dmarc_policy": policy_str, "ses": False, "mailfrom": mailfrom}


def credly_sender(to):
    n = R.randint(10, 40)
    user = to.replace("@", "=")
    return generic_sender(f"o{n}.em.credly.com", f"167.89.{R.randint(1, 120)}.{R.randint(2, 250)}",
                          "credly.com", "credly.com", f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{user}@em.credly.com",
                          selector="s1", policy_str="(p=NONE sp=NONE dis=NONE)")


# ------------------------------------------------------------ trace headers
def dkim_sig(domain, selector, t, hlist="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"):
    ts = int(t.timestamp())
    return ("DKIM-Signature",
            f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={selector}; d={domain}; t={ts};\n"
            f"\th={hlist};\n\tbh={rb64(32)};\n\tb={fold_b64(rb64(128), first=3)}")


def trace_headers(style, snd, to, t, dmarc="pass", mailfrom=None, forged_lower_ar=None):
    """Return (list of header pairs placed above content headers, extra sender headers)."""
    h = []
    if mailfrom is None:
        mailfrom = ses_mailfrom(t) if snd.get("ses") else snd["mailfrom"]
    mf_domain = mailfrom.split("@", 1)[1]
    r1 = sec(t, R.randint(1, 4))
    r2 = sec(r1, R.randint(0, 2))
    fd = snd["from_domain"]
    dk_ok = snd["dkim_ok"]
    if style == "gmail":
        dk_parts = []
        for d, s in snd["dkim"]:
            res = "pass" if dk_ok else "fail"
            dk_parts.append(f"dkim={res} header.i=@{d} header.s={s} header.b={ralnum(8)}")
        if not snd["dkim"]:
            pass
        spf = f"spf=pass (google.com: domain of {mailfrom} designates {snd['ip']} as permitted sender) smtp.mailfrom={mailfrom}"
        if dmarc == "none":
            dm = f"dmarc=none (p=NONE sp=NONE dis=NONE) header.from={fd}" if False else f"dmarc=none header.from={fd}"
        elif dmarc == "fail":
            dm = f"dmarc=fail {snd['dmarc_policy'].replace('dis=NONE', 'dis=QUARANTINE')} header.from={fd}"
        else:
            dm = f"dmarc=pass {snd['dmarc_policy']} header.from={fd}"
        ar_body = "mx.google.com;\n       " + ";\n       ".join(dk_parts + [spf, dm])
        h += [
            ("Delivered-To", to),
            ("Received", f"by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(3)} with SMTP id {ralnum(4).lower()}csp{R.randint(100000, 9999999)}{ralnum(3).lower()};\n        {la_str(r2)}"),
            ("X-Google-Smtp-Source", "AGHT+I" + rb64(60).replace("=", "")[:78]),
            ("X-Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(6)}-{R.randint(10,99)}{rhex(4)}.{R.randint(10,99)}.{R.randint(1000000000, 9999999999)};\n        {la_str(r2)}"),
            ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(r1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(rb64(128), first=2, width=68, indent='        ')}"),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n"
                                      f"        bh={rb64(32)};\n        fh={rb64(32)};\n        b={fold_b64(rb64(128), first=2, width=68, indent='        ')}"),
            ("ARC-Authentication-Results", "i=1; " + ar_body),
            ("Return-Path", f"<{mailfrom}>"),
            ("Received", f"from {snd['helo']} ({snd['helo']}. [{snd['ip']}])\n        by mx.google.com with ESMTPS id {rhex(6)}-{rhex(12)}.{R.randint(100,999)}.{R.randint(2025,2026)}.{rhex(2)}.{R.randint(10,99)}.{rhex(3)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {la_str(r1)}"),
            ("Received-SPF", f"pass (google.com: domain of {mailfrom} designates {snd['ip']} as permitted sender) client-ip={snd['ip']};"),
            ("Authentication-Results", ar_body),
        ]
    elif style in ("outlook", "o365"):
        front = f"{R.choice(['BN2PEPF', 'CH1PEPF', 'DS3PEPF', 'SN1PEPF'])}0000{rhex(4).upper()}.namprd{R.randint(2,21):02d}.prod.outlook.com"
        edge = f"{R.choice(['BN9PR03CA', 'MW4PR04CA', 'SJ0PR13CA', 'CH0PR03CA'])}{R.randint(1000, 9999):04d}.namprd{R.randint(2,21):02d}.prod.outlook.com"
        mbx = f"{R.choice(['DM6PR02MB', 'SA1PR12MB', 'PH0PR11MB', 'BY5PR20MB'])}{R.randint(1000, 9999)}.namprd{R.randint(2,21):02d}.prod.outlook.com"
        mbx2 = f"{R.choice(['SJ2PR11MB', 'MN2PR19MB', 'CY8PR12MB'])}{R.randint(1000, 9999)}.namprd{R.randint(2,21):02d}.prod.outlook.com"
        ipv6 = lambda: f"2603:10b6:{R.randint(3, 930)}:{rhex(3)}::{R.randint(1, 30)}"
        if dmarc == "pass":
            dm = f"dmarc=pass action=none\n header.from={fd};compauth=pass reason=100"
        elif dmarc == "fail":
            dm = f"dmarc=fail action=quarantine\n header.from={fd};compauth=fail reason=000"
        else:
            dm = f"dmarc=none action=none\n header.from={fd};compauth=softpass reason=201"
        dk = "dkim=pass (signature was verified)" if dk_ok else "dkim=none (message not signed)"
        mf_show = mf_domain
        ar = f"spf=pass (sender IP is {snd['ip']})\n smtp.mailfrom={mf_show}; {dk}\n header.d={snd['dkim'][0][0] if snd['dkim'] else 'none'};{dm}"
        h += [
            ("Received", f"from {mbx} ({ipv6()}) by\n {mbx2} with HTTPS; {rfc_nz(r2)}"),
            ("Received", f"from {edge} ({ipv6()})\n by {mbx} ({ipv6()}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8500, 8999)}.{R.randint(10, 40)}; {rfc_nz(r2)}"),
            ("Received", f"from {front.replace('.namprd', '.namprd')} ({ipv6()}) by {edge.split('.')[0]}.outlook.office365.com\n ({ipv6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8500, 8999)}.{R.randint(10, 40)} via Frontend Transport; {rfc_nz(r1)}"),
            ("Authentication-Results", ar),
            ("Received-SPF", f"Pass (protection.outlook.com: domain of {mf_domain}\n designates {snd['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={snd['ip']};\n helo={snd['helo']}; pr=C"),
            ("Received", f"from {snd['helo']} ({snd['ip']}) by\n {front.split('.')[0]}.mail.protection.outlook.com ({R.randint(10, 40)}.{R.randint(100, 200)}.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.{R.randint(8500, 8999)}.{R.randint(10, 40)} via Frontend Transport; {rfc_nz(r1)}"),
        ]
    elif style == "nifty":
        host = f"mta-rcv-b{R.randint(1, 9):02d}.mail.nifty.com"
        dm = "dmarc=pass" if dmarc == "pass" else ("dmarc=fail" if dmarc == "fail" else "dmarc=none")
        dk = f"dkim=pass header.i=@{snd['dkim'][0][0]}" if dk_ok else "dkim=none"
        h += [
            ("Return-Path", f"<{mailfrom}>"),
            ("Delivered-To", to),
            ("Received", f"from {host} by mta-spool-c0{R.randint(1, 9)}.mail.nifty.com\n          with ESMTP id <{r2.astimezone(JST).strftime('%Y%m%d%H%M%S')}.{ralnum(8).upper()}.mta-spool-c0{R.randint(1,9)}@nifty.com>\n          for <{to}>; {rfc(r2.astimezone(JST))}"),
            ("Authentication-Results", f"{host}; spf=pass smtp.mailfrom={mailfrom};\n\t{dk};\n\t{dm} header.from={fd}"),
            ("Received", f"from {snd['helo']} ([{snd['ip']}])\n          by {host} with ESMTPS\n          id <{r1.astimezone(JST).strftime('%Y%m%d%H%M%S')}.{ralnum(10).upper()}.{host.split('.')[0]}@{host}>\n          for <{to}>; {rfc(r1.astimezone(JST))}"),
        ]
    elif style == "yahoojp":
        host = f"mta{R.randint(5001, 5099)}.mail.kks.yahoo.co.jp"
        dm = "dmarc=pass" if dmarc == "pass" else ("dmarc=fail" if dmarc == "fail" else "dmarc=none")
        h += [
            ("Return-Path", f"<{mailfrom}>"),
            ("Authentication-Results", f"{host}  from={fd}; domain={mf_domain}; spf=pass;\n dkim=pass (ok); {dm}"),
            ("Received", f"from {snd['helo']} ({snd['ip']})\n  by {host} with ESMTPS; {rfc(r1.astimezone(JST))}"),
            ("Received-SPF", f"pass (mail.kks.yahoo.co.jp: domain of {mf_domain} designates {snd['ip']} as permitted sender)"),
        ]
    if forged_lower_ar:
        h.append(("Authentication-Results", forged_lower_ar))
    for d, s in (snd["dkim"] if dk_ok else []):
        h.append(dkim_sig(d, s, t))
    return h


# ------------------------------------------------------------ body builders
def plain(text, cte="qp", charset="utf-8", subtype="plain"):
    if charset == "utf-8":
        cs = Charset("utf-8")
        cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
        if cte == "8bit":
            cs.body_encoding = None
        return MIMEText(text, subtype, cs)
    if charset == "iso-2022-jp":
        return MIMEText(text, subtype, "iso-2022-jp")
    if charset == "shift_jis":
        m = MIMEText("x", subtype, "us-ascii")
        m.set_payload(base64.encodebytes(text.encode("shift_jis")).decode("ascii"))
        m.replace_header("Content-Type", f'text/{subtype}; charset="Shift_JIS"')
        m.replace_header("Content-Transfer-Encoding", "base64")
        return m
    raise ValueError(charset)


def mislabeled(text, label="iso-8859-1", subtype="plain"):
    """UTF-8 bytes, quoted-printable, but labelled with the wrong charset."""
    m = MIMEText("x", subtype, "us-ascii")
    m.set_payload(quopri.encodestring(text.encode("utf-8")).decode("ascii"))
    m.replace_header("Content-Type", f'text/{subtype}; charset="{label}"')
    m.replace_header("Content-Transfer-Encoding", "quoted-printable")
    return m


def alt(text_part, html_part, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{R.randint(10**12, 10**13 - 1)}")
    m.attach(text_part)
    m.attach(html_part)
    return m


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            f"<title>{title}</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;\">\n"
            + inner + "\n</body></html>\n")


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        esc = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        esc = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', esc)
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def quote(text, mark="> "):
    return "\n".join((mark + l).rstrip() if l.strip() else mark.rstrip() for l in text.strip("\n").split("\n"))


# ------------------------------------------------------------ registry
MAILS = []
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY_AWS = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")


def add(slug, kind, lang, case_id, verified, frm, to, subject, t, body, new_text, style, snd=None,
        dmarc="pass", msgid=None, extra=None, subj_charset="utf-8", from_charset="utf-8", irt=None, refs=None,
        forged_lower_ar=None, mailfrom=None, reply_to=None, to_charset="utf-8", cc=None):
    MAILS.append(dict(slug=slug, kind=kind, lang=lang, case_id=case_id, verified=verified, frm=frm, to=to,
                      subject=subject, t=t, body=body, new_text=new_text, style=style, snd=snd, dmarc=dmarc,
                      msgid=msgid, extra=extra or [], subj_charset=subj_charset, from_charset=from_charset,
                      irt=irt, refs=refs, forged_lower_ar=forged_lower_ar, mailfrom=mailfrom, reply_to=reply_to,
                      to_charset=to_charset, cc=cc))


SES_EXTRA = lambda t: [("Feedback-ID", f"::1.us-east-1.{ralnum(43)}=:AmazonSES"),
                       ("X-SES-Outgoing", t.strftime("%Y.%m.%d") + f"-54.240.{R.randint(8, 49)}.{R.randint(10, 250)}")]

FOOT_FORM = ("This message was produced and distributed by Amazon Web Services, Inc., "
             "410 Terry Ave. North, Seattle, WA 98109-5210. Amazon.com is a registered trademark of Amazon.com, Inc.")


def form_subject(cid, re_=True):
    return (f"RE:[CASE {cid}] " if re_ else f"[CASE {cid}] ") + "[AWS Training and Certification Form Submission] - account-assistance"


def form_ack_text(first, cid, cand, desc):
    return f"""Hello {first},

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and have logged it under case number {cid}.

A member of our Customer Service team will review your submission and respond, usually within 24 hours. If you need to add information, reply to this email and keep the case number in the subject line. Please do not submit a new form for the same request, as duplicate cases can delay our response.

Summary of your submission
--------------------------
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {cand}
Description:
{desc}

Regards,
AWS Training and Certification Customer Service

{FOOT_FORM}
"""


def console_open_text(cid, subj, sev, corr, lang="en"):
    return f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: {subj}
Severity: {sev}
Correspondence: {corr}

To view or respond to this case, go to the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
======================================================================
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def console_open_text_ja(cid, subj, sev, corr):
    return f"""こんにちは

アマゾン ウェブ サービス (AWS) にお問い合わせいただき、ありがとうございます。お問い合わせ内容に対応するため、ケース {cid} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {cid}
件名: {subj}
重要度: {sev}
内容: {corr}

ケースの確認やご返信は、以下のサポートセンターから行えます。
https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

Amazon Web Services
======================================================================
※このメールは送信専用アドレスから送信されています。このメールにご返信いただいても対応いたしかねますので、同じ内容で再度ご連絡いただく場合は、上記のリンクからお願いいたします。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""


def console_reply_footer(cid, lang="en"):
    if lang == "ja":
        return f"""
このやり取りについてのご意見をお聞かせください。サポートセンターのケース画面から、この回答を評価いただけます。

このケースのやり取りをすべて表示して返信するには、以下にアクセスしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用アドレスから送信されています。同じ件でご連絡いただく場合は、上記のリンクをご利用ください。
"""
    return f"""
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To see all correspondence for this case and reply, visit:
https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def credly_mail(first, badge, lead, uid, note=""):
    url = f"https://www.credly.com/earner/earned/badge/{uid}"
    text = f"""Hi {first},

{lead}

{badge}
Issued by Amazon Web Services Training and Certification

Accept your badge:
{url}

Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on a website. Your badge also comes with verifiable metadata that describes the skills you demonstrated to earn it.
{note}
Questions? Visit https://support.credly.com

Credly, Inc. | 100 Park Ave., Suite 1600 | New York, NY 10017
You received this email because Amazon Web Services Training and Certification issued you a badge through Credly.
Unsubscribe: https://www.credly.com/notification_settings
"""
    html = html_wrap(
        f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td>
<p>Hi {first},</p>
<p>{lead}</p>
<p style="font-size:18px;font-weight:bold">{badge}</p>
<p>Issued by Amazon Web Services Training and Certification</p>
<p><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p>Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on a website.</p>
{('<p>' + note.strip() + '</p>') if note.strip() else ''}
</td></tr>
<tr><td style="font-size:11px;color:#777">Credly, Inc. | 100 Park Ave., Suite 1600 | New York, NY 10017<br>
<a href="https://www.credly.com/notification_settings">Manage notification settings</a></td></tr>
</table></td></tr></table>""", "Credly")
    return text, html


def rails_msgid(host):
    return f"<{rhex(13)}_{R.randint(1, 99)}{rhex(5)}@{host}.mail>"


# =====================================================================
# User 1: Daniel Ortiz (Gmail), form case, English
# =====================================================================
D = ("Daniel Ortiz", "daniel.ortiz.dev@gmail.com")
d_open = utc(2025, 3, 11, 14, 22, 5)
D_CASE = case15(d_open)
D_KEEP, D_OLD = "AWS04718293", "AWS02291846"

t = sec(d_open, 36)
txt = form_ack_text("Daniel", D_CASE, D_KEEP,
                    "I have two certification accounts, one created with my previous employer's email "
                    "(d.ortiz@brightpath-systems.com) and one with my personal address. I would like everything "
                    f"combined under {D_KEEP}, which is the one I use now.")
add("ortiz-form-submission", "case_created", "en", D_CASE, True, FORM, D, form_subject(D_CASE, re_=False), t,
    plain(txt), txt, "gmail", amz_sender())

t_confreq = utc(2025, 3, 12, 16, 5, 12)
conf_d = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Rachel and I'll be assisting you with your request.

I have located the two certification profiles associated with you:

- {D_KEEP} - daniel.ortiz.dev@gmail.com (the account you would like to keep)
- {D_OLD} - d.ortiz@brightpath-systems.com

If we go ahead, {D_OLD} will be merged into {D_KEEP}. Your exam history, active certifications and any unused benefits will then be available under {D_KEEP}, and you will sign in with daniel.ortiz.dev@gmail.com. {D_OLD} will no longer be accessible.

Please note that a merge is permanent and cannot be reversed once completed. Before I submit the request, please reply to this email to confirm that the details above are correct and that you would like us to proceed.

Best regards,
Rachel M.
AWS Training and Certification Customer Service
"""
add("ortiz-reply-0312", "merge_confirmation_requested", "en", D_CASE, True, FORM, D, form_subject(D_CASE), t_confreq,
    plain(conf_d + "\n" + FOOT_FORM + "\n"), conf_d, "gmail", amz_sender())

t = utc(2025, 3, 14, 9, 48, 30)
new = f"""Hello Daniel,

Thanks for your patience while we looked after this.

I'm happy to let you know that your two profiles are now one. Everything that was held under your former candidate ID, including your AWS Certified Cloud Practitioner and AWS Certified Solutions Architect - Associate records, now sits under {D_KEEP}, and the old profile has been deactivated. Please sign in at https://www.aws.training/Certification with daniel.ortiz.dev@gmail.com to review your certifications and benefits.

Your Credly badges will be reissued to the email address on your remaining account, usually within 2-3 business days. Keep an eye out for an email from admin@credly.com.

Best regards,
Rachel M.
AWS Training and Certification Customer Service
"""
hist = f"""
-------- Original Message --------
From: Daniel Ortiz <daniel.ortiz.dev@gmail.com>
Date: 2025-03-13 15:02:47 (UTC)
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {form_subject(D_CASE)}

Hi Rachel,

The details are correct. Please proceed with the merge.

Thanks,
Daniel

On Wed, Mar 12, 2025 at 9:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

{quote(conf_d)}
"""
add("ortiz-reply-0314", "merge_completed", "en", D_CASE, True, FORM, D, form_subject(D_CASE), t,
    plain(new + hist + "\n" + FOOT_FORM + "\n"), new, "gmail", amz_sender())

t = utc(2025, 3, 14, 9, 51, 2)
surv = f"""Hello Daniel,

We're writing to let you know that case {D_CASE} has been marked as resolved.

If you still need help with this request, simply reply to this email within 14 days and your case will be reopened automatically. After that time, please submit a new request through the contact form.

How did we do?
Please take a moment to tell us about your experience with Rachel M. It takes less than a minute, and your answers help us improve our service.

Was your issue resolved?
YES: https://amazonexteu.qualtrics.com/jfe/form/SV_3kPq8xWb2TtNnqK?caseId={D_CASE}&resolved=1
NO:  https://amazonexteu.qualtrics.com/jfe/form/SV_3kPq8xWb2TtNnqK?caseId={D_CASE}&resolved=0

Thank you for being an AWS Certified professional.

AWS Training and Certification Customer Service
"""
html = html_wrap(text_to_html(surv).replace(
    "<p>Was your issue resolved?<br>",
    "<p style=\"font-weight:bold\">Was your issue resolved?<br>"), "Case resolved")
add("ortiz-case-closed", "survey", "en", D_CASE, True, FORM, D, f"[CASE {D_CASE}] Your case has been resolved", t,
    alt(plain(surv + "\n" + FOOT_FORM + "\n"), plain(html, subtype="html")), surv, "gmail", amz_sender())

t = utc(2025, 3, 15, 17, 3, 44)
lead = "Congratulations! Amazon Web Services Training and Certification has issued you a badge. Accept it to start sharing your achievement."
txt, html = credly_mail("Daniel", "AWS Certified Solutions Architect – Associate", lead, f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}")
add("ortiz-credly-saa", "credly_badge_issued", "en", None, True, CREDLY_AWS, D,
    "Amazon Web Services Training and Certification sent you a new badge", t,
    alt(plain(txt), plain(html, subtype="html")), txt, "gmail", credly_sender(D[1]), msgid=rails_msgid("credly-mailer-7d9f6c5b8-x2kqp"))

t = utc(2025, 3, 15, 17, 4, 9)
lead = "Amazon Web Services Training and Certification has sent you a badge for AWS Certified Cloud Practitioner. It's waiting for you to accept it."
txt, html = credly_mail("Daniel", "AWS Certified Cloud Practitioner", lead, f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}")
add("ortiz-credly-clf", "credly_badge_issued", "en", None, True, CREDLY_AWS, D,
    "Congratulations on your AWS Certified Cloud Practitioner badge – accept it now", t,
    plain(html, subtype="html", cte="qp"), txt, "gmail", credly_sender(D[1]), msgid=rails_msgid("credly-mailer-7d9f6c5b8-x2kqp"))

t = utc(2025, 3, 13, 18, 27, 51)
gh_txt = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/brightloop/infra-modules/pull/412#event-16802233411
You are receiving this because you authored the thread.

Message ID: <brightloop/infra-modules/pull/412/issue_event/16802233411@github.com>
"""
gh_html = html_wrap("""<p></p>
<p>Merged <a class="issue-link" href="https://github.com/brightloop/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightloop/infra-modules/pull/412#event-16802233411">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>""")
add("github-pr-412", "unrelated", "en", None, False, ("Lena Park", "notifications@github.com"), D,
    "Re: [brightloop/infra-modules] Add S3 lifecycle rules for log buckets (PR #412)", t,
    alt(plain(gh_txt, cte="qp"), plain(gh_html, subtype="html")), gh_txt, "gmail",
    generic_sender("out-25.smtp.github.com", "192.30.252.208", "github.com", "github.com",
                   f"noreply@github.com", selector="pf2023", policy_str="(p=REJECT sp=REJECT dis=NONE)"),
    msgid="<brightloop/infra-modules/pull/412/issue_event/16802233411@github.com>",
    irt="<brightloop/infra-modules/pull/412@github.com>", refs="<brightloop/infra-modules/pull/412@github.com>",
    extra=[("List-ID", "brightloop/infra-modules <infra-modules.brightloop.github.com>"),
           ("X-GitHub-Reason", "author"), ("Precedence", "list")], reply_to=("brightloop/infra-modules", "reply+ACQ3" + ralnum(40) + "@reply.github.com"))

t = utc(2025, 2, 20, 21, 14, 3)
pv = """Dear Daniel Ortiz,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: English
Appointment: Friday, February 28, 2025 at 8:30 AM Pacific Standard Time
Delivery: OnVUE online proctored exam
Registration ID: 482193577
Confirmation number: 0000-7731-2290

Before your exam
- Run the system test on the computer you will use: https://home.pearsonvue.com/aws/onvue
- Have a valid, government-issued ID ready. The name on your ID must match the name on your registration.
- Check in opens 30 minutes before your appointment time.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
on behalf of Amazon Web Services

This is an automated message. Please do not reply.
"""
add("pearson-vue-saa-appointment", "unrelated", "en", None, False, ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), D,
    "Pearson VUE Confirmation of Booking – AWS Certified Solutions Architect - Associate", t,
    alt(plain(pv), plain(html_wrap(text_to_html(pv), "Pearson VUE"), subtype="html")), pv, "gmail",
    generic_sender("mx0b-0042a701.pphosted.com", "148.163.153.147", "pearson.com", "pearson.com",
                   "bounce-pv@pearson.com", selector="selector1", policy_str="(p=REJECT sp=REJECT dis=NONE)"),
    msgid=f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.{int(t.timestamp())}@pvmail.pearsonvue.com>")

# =====================================================================
# User 2: Priya Raman (Office 365 tenant), form case, English
# =====================================================================
P = ("Priya Raman", "priya.raman@northwind-analytics.com")
p_open = utc(2025, 4, 14, 8, 31, 17)
P_CASE = case15(p_open)
P_KEEP, P_OLD_RAW, P_OLD = "AWS05529371", "aws01883920", "AWS01883920"

t = sec(p_open, 33)
txt = form_ack_text("Priya", P_CASE, P_KEEP,
                    "Hello, I would like to merge my old certification account from university into my current one. "
                    f"My current candidate ID is {P_KEEP}. I don't remember the ID of the old one.")
add("raman-form-submission", "case_created", "en", P_CASE, True, FORM, P, form_subject(P_CASE, re_=False), t,
    plain(txt), txt, "o365", amz_sender(), extra=[("X-MS-Exchange-Organization-AuthAs", "Anonymous")])

t = utc(2025, 4, 16, 13, 2, 40)
new = f"""Hello Priya,

Thank you for contacting AWS Training and Certification, and apologies for the delay in getting back to you.

I've located the profile {P_KEEP}, registered to priya.raman@northwind-analytics.com. However, I wasn't able to find a second certification account using the details in your request.

To help me identify the other account, could you please reply with:

1. The email address you used to sign in to the older account
2. The notification email address on that account, if different
3. The candidate ID of the older account, if you have it (it is shown on your exam score report and on your certificate)
4. Which of the two accounts you would like to keep

Once I have this information I'll be able to look into the merge for you.

Kind regards,
Kevin
AWS Training and Certification Customer Service
"""
add("raman-reply-0416", "support_reply", "en", P_CASE, True, FORM, P, form_subject(P_CASE), t,
    plain(new + "\n" + FOOT_FORM + "\n", cte="b64"), new, "o365", amz_sender())

t = utc(2025, 4, 16, 21, 9, 15)
mgr = ("James Whitfield", "james.whitfield@northwind-analytics.com")
new = """Hi Priya,

No problem, there's no rush on our side. Finance only needs the Credly link or the PDF certificate before the end of the quarter, so once AWS have sorted out your accounts, send it over and I'll approve the claim.

Thanks,
James

James Whitfield | Head of Data Platform
Northwind Analytics
"""
hist = """
From: Priya Raman <priya.raman@northwind-analytics.com>
Sent: Wednesday, April 16, 2025 4:47 PM
To: James Whitfield <james.whitfield@northwind-analytics.com>
Subject: Cert reimbursement - SAA renewal

Hi James,

Quick heads-up on the reimbursement for my Solutions Architect renewal: AWS has my certifications split across two candidate accounts (AWS05529371 and an old one from university), and their support team is merging them at the moment. I'll send you the certificate as soon as that's done.

Priya
"""
orig_id = f"<{ralnum(12).upper()}@BY5PR20MB{R.randint(1000, 9999)}.namprd20.prod.outlook.com>"
internal_hdrs = [
    ("Received", f"from BY5PR20MB{R.randint(1000, 9999)}.namprd20.prod.outlook.com (2603:10b6:a03:1e1::19)\n by PH0PR11MB{R.randint(1000, 9999)}.namprd11.prod.outlook.com with HTTPS; {rfc_nz(sec(t, 2))}"),
    ("Received", f"from BY5PR20MB{R.randint(1000, 9999)}.namprd20.prod.outlook.com ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}])\n by BY5PR20MB{R.randint(1000, 9999)}.namprd20.prod.outlook.com ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%7]) with mapi id\n 15.20.8632.030; {rfc_nz(t)}"),
    ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ("X-MS-Exchange-Organization-AuthSource", "BY5PR20MB4411.namprd20.prod.outlook.com"),
    ("X-MS-Has-Attach", ""),
    ("Thread-Topic", "Cert reimbursement - SAA renewal"),
    ("Thread-Index", "AQHbrw" + ralnum(30) + "=="),
]
add("whitfield-reimbursement", "unrelated", "en", None, None, mgr, P, "RE: Cert reimbursement - SAA renewal", t,
    plain(new + hist, cte="qp"), new, "none", None, irt=orig_id, refs=orig_id, extra=internal_hdrs,
    msgid=f"<{ralnum(12).upper()}@BY5PR20MB4411.namprd20.prod.outlook.com>")

t_pconf = utc(2025, 4, 17, 14, 20, 6)
conf_p = f"""Hello Priya,

Thank you for the additional details.

I was able to locate your older account using priya.r@alumni.stateu.edu. Here is a summary of the requested change:

Account to be kept: {P_KEEP} (priya.raman@northwind-analytics.com)
Account to be merged: AWS 01883920 (priya.r@alumni.stateu.edu)

After the merge, all certifications, exam history and benefits from AWS 01883920 will be moved to {P_KEEP}, and you will sign in with priya.raman@northwind-analytics.com only.

Please be aware that this action is irreversible. Kindly reply to this email to confirm that you would like us to proceed.

Kind regards,
Kevin
AWS Training and Certification Customer Service
"""
p_reply1 = f"""Hi Kevin,

Thanks for getting back to me. The older account was created with my university email, priya.r@alumni.stateu.edu (same address for notifications). I think the candidate ID is {P_OLD_RAW}. I'd like to keep {P_KEEP}.

Best,
Priya
"""
hist = f"""
From: Priya Raman <priya.raman@northwind-analytics.com>
Sent: Thursday, April 17, 2025 9:12 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {P_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{p_reply1}"""
add("raman-reply-0417", "merge_confirmation_requested", "en", P_CASE, True, FORM, P, form_subject(P_CASE), t_pconf,
    plain(conf_p + hist + "\n" + FOOT_FORM + "\n"), conf_p, "o365", amz_sender())

t = utc(2025, 4, 18, 13, 55, 31)
new = """Hello Priya,

Thank you for confirming. I've now submitted your request to our certification records team. You'll receive a separate email from us as soon as it has been processed; no further action is needed from you in the meantime.

Kind regards,
Kevin
AWS Training and Certification Customer Service
"""
hist = f"""
From: Priya Raman <priya.raman@northwind-analytics.com>
Sent: Friday, April 18, 2025 8:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {P_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Confirmed - please go ahead and merge AWS 01883920 into {P_KEEP}.

Thanks,
Priya

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, April 17, 2025 10:20 AM
To: Priya Raman <priya.raman@northwind-analytics.com>
Subject: RE:[CASE {P_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{conf_p}"""
add("raman-reply-0418", "support_reply", "en", P_CASE, True, FORM, P, form_subject(P_CASE), t,
    plain(new + hist + "\n" + FOOT_FORM + "\n"), new, "o365", amz_sender())

t = utc(2025, 4, 19, 10, 12, 54)
done_txt = f"""Hello Priya,

Good news: the merge you requested has been completed. AWS 01883920 has been combined into {P_KEEP}, and all of your certification records and benefits are now under {P_KEEP}. The older profile has been closed.

As your request has been fulfilled, I'm closing this case now.

Kind regards,
Kevin
AWS Training and Certification Customer Service

Was your issue resolved? https://amazonexteu.qualtrics.com/jfe/form/SV_3kPq8xWb2TtNnqK?caseId={P_CASE}
"""
done_html = html_wrap(f"""<p>Hello Priya,</p>
<p>Good news: the merge you requested has been completed. <b>AWS 01883920</b> has been combined into <b>{P_KEEP}</b>, and all of your certification records and benefits are now under {P_KEEP}. The older profile has been closed.</p>
<p>A few things you may want to check over the next few days:</p>
<ul>
<li>Sign in at <a href="https://www.aws.training/Certification">aws.training/Certification</a> with priya.raman@northwind-analytics.com and confirm that all certifications are listed.</li>
<li>Any exam discount benefits from the older account now appear under <i>Benefits</i>.</li>
<li>Credly will send your badges to the email address on {P_KEEP}.</li>
</ul>
<p>As your request has been fulfilled, I'm closing this case now. If anything looks wrong, reply to this email within 14 days and the case will be reopened.</p>
<p>Kind regards,<br>Kevin<br>AWS Training and Certification Customer Service</p>
<hr>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kPq8xWb2TtNnqK?caseId={P_CASE}&amp;resolved=1" style="padding:8px 20px;background:#ff9900;color:#000;text-decoration:none">YES</a>
&nbsp; <a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kPq8xWb2TtNnqK?caseId={P_CASE}&amp;resolved=0" style="padding:8px 20px;background:#d5dbdb;color:#000;text-decoration:none">NO</a></p>
<p style="font-size:11px;color:#687078">{FOOT_FORM}</p>""", "Case resolved")
add("raman-case-resolved", "merge_completed", "en", P_CASE, True, FORM, P, f"[CASE {P_CASE}] Your case has been resolved", t,
    alt(plain(done_txt), plain(done_html, subtype="html")), done_txt, "o365", amz_sender())

t = utc(2025, 4, 21, 15, 40, 18)
lead = (f"Your AWS Certified Solutions Architect – Associate badge has been transferred to this email address following an update to your "
        "AWS Certification account. Accept it to keep sharing your verified achievement.")
txt, html = credly_mail("Priya", "AWS Certified Solutions Architect – Associate", lead, f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}")
add("raman-credly-badge", "credly_badge_issued", "en", None, True, CREDLY_AWS, P,
    "Your badge from Amazon Web Services Training and Certification is ready to accept", t,
    alt(plain(txt, cte="b64"), plain(html, subtype="html", cte="b64")), txt, "o365", credly_sender(P[1]),
    msgid=rails_msgid("credly-mailer-5c8b7d9f4-mq7wz"))

t = utc(2025, 4, 21, 19, 3, 7)
sv = f"""Hello,

Recently you contacted AWS Training and Certification Customer Service about case {P_CASE}. We'd like to hear about your experience.

The survey has three short questions and takes about two minutes:
https://amazonexteu.qualtrics.com/jfe/form/SV_9nRk2LpQw4XxYvA?caseId={P_CASE}

Your responses are confidential and are used only to improve our support.

Thank you,
AWS Training and Certification Customer Service
"""
add("raman-feedback-invite", "survey", "en", P_CASE, True, FORM, P,
    f"Tell us about your recent support experience (Case {P_CASE})", t, plain(sv + "\n" + FOOT_FORM + "\n"), sv, "o365", amz_sender())

t = utc(2025, 4, 25, 16, 0, 44)
cm_txt = """AWS Certification wants to hear from you

Hi Priya,

You recently took an AWS Certification exam. Help us improve the certification experience by completing a short survey about scheduling, exam delivery and your score report.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=Q29tbWVudHM

This survey closes in 14 days.

Thank you,
AWS Training and Certification

Please do not reply to this email. This mailbox is not monitored.
"""
add("certmetrics-feedback", "unrelated", "en", None, False, ("AWS Certification", "do-not-reply@certmetrics.com"), P,
    "AWS Certification wants to hear from you", t,
    alt(plain(cm_txt), plain(html_wrap(text_to_html(cm_txt), "AWS Certification"), subtype="html")), cm_txt, "o365",
    generic_sender("mail19.certmetrics.com", "66.165.178.19", "certmetrics.com", "certmetrics.com",
                   "bounce@certmetrics.com", selector="k1", policy_str="(p=NONE sp=NONE dis=NONE)"),
    msgid=f"<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@certmetrics.com>")

b_open = utc(2025, 5, 6, 12, 44, 19)
B_CASE = case15(b_open)
t = sec(b_open, 29)
corr = ("We are seeing NAT Gateway data processing charges in eu-west-1 of about 2,300 USD for April, roughly four times "
        "our usual spend. Can you help us understand which resources generated this traffic? Account 4412-9087-1163.")
txt = console_open_text(B_CASE, "Unexpected NAT Gateway charges in eu-west-1 (April invoice)", "General guidance", corr)
add("aws-billing-case-opened", "unrelated", "en", B_CASE, True, CONSOLE, P,
    f"Amazon Web Services: You have opened a new Support case: {B_CASE}", t,
    alt(plain(txt), plain(html_wrap(text_to_html(txt)), subtype="html")), txt, "o365", amz_sender(), extra=SES_EXTRA(t))

# =====================================================================
# User 3: 佐藤 健太 (nifty), console case, Japanese
# =====================================================================
S = ("佐藤 健太", "sato.kenta@nifty.com")
s_open = utc(2025, 5, 27, 1, 12, 40)
S_CASE = case15(s_open)
S_KEEP, S_OLD = "AWS06620158", "AWS03318472"

t = sec(s_open, 41)
corr = ("お世話になっております。前職の会社メールアドレスで受験したときの認定アカウントと、個人で作成したアカウントの 2 つがあるため、"
        f"1 つにまとめていただきたいです。受験者 ID は {S_KEEP} と {S_OLD} です。")
txt = console_open_text_ja(S_CASE, "AWS 認定アカウントの統合について", "一般的なガイダンス", corr)
add("sato-console-case", "case_created", "ja", S_CASE, True, CONSOLE, (None, S[1]),
    f"Amazon Web Services: 新しいサポートケースがオープンされました: {S_CASE}", t,
    alt(plain(txt), plain(html_wrap(text_to_html(txt)), subtype="html")), txt, "nifty", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 5, 27, 7, 40, 2)
new = f"""佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
担当の田中と申します。

ご連絡いただいた 2 つの受験者アカウントについて、登録状況を確認いたしました。

・{S_OLD}（登録メールアドレス: k-sato@tokai-denshi.co.jp）
・{S_KEEP}（登録メールアドレス: sato.kenta@nifty.com）

統合にあたり、今後ご利用になるアカウント（統合後に残すアカウント）はどちらをご希望か、お知らせいただけますでしょうか。
また、前職のメールアドレスは現在ご利用いただけない状況と存じますので、統合後のサインインに使用されるメールアドレスもあわせてご指定ください。

サポートセンターのケース画面より、ご返信をお待ちしております。

よろしくお願いいたします。

田中
Amazon Web Services
"""
add("sato-case-reply-1", "support_reply", "ja", S_CASE, True, CONSOLE, (None, S[1]),
    f"RE:[CASE {S_CASE}] AWS 認定アカウントの統合について", t,
    plain(new + console_reply_footer(S_CASE, "ja")), new, "nifty", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 5, 28, 2, 30, 18)
conf_s = f"""佐藤 健太 様

ご返信いただきありがとうございます。AWS トレーニングと認定の田中でございます。

いただいた内容をもとに、以下のとおり統合を行う予定です。

  残るアカウント　　　: {S_KEEP}（sato.kenta@nifty.com）
  統合されるアカウント: {S_OLD}（k-sato@tokai-denshi.co.jp）

統合後は、{S_OLD} に紐づく認定資格、受験履歴、特典（次回受験の 50% 割引バウチャーなど）がすべて {S_KEEP} に引き継がれます。
なお、アカウントの統合は一度実施すると元に戻すことができません。上記の内容でお間違いがなければ、その旨をサポートセンターからご返信ください。確認が取れ次第、手続きを進めます。

よろしくお願いいたします。

田中
Amazon Web Services
"""
hist = f"""
---------------------------------------------
2025/05/27 21:05 (JST) お客様からの返信:

田中様

ご確認ありがとうございます。
残したいのは {S_KEEP} のほうです。サインインは sato.kenta@nifty.com でお願いします。

佐藤
---------------------------------------------
"""
add("sato-case-reply-2", "merge_confirmation_requested", "ja", S_CASE, True, CONSOLE, (None, S[1]),
    f"RE:[CASE {S_CASE}] AWS 認定アカウントの統合について", t,
    plain(conf_s + hist + console_reply_footer(S_CASE, "ja")), conf_s, "nifty", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 5, 29, 5, 10, 37)
new = f"""佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定の田中です。

大変お待たせいたしました。ご依頼いただいておりました受験者アカウントの統合が完了しました。
{S_OLD} に登録されていた認定資格と受験履歴は、すべて {S_KEEP} へ移行いたしました。今後は sato.kenta@nifty.com でサインインしてご利用ください。

Credly のデジタルバッジは、数日以内に統合後のアカウントのメールアドレス宛てにあらためて発行されます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

田中
Amazon Web Services
"""
hist = f"""
> 2025/05/28 12:44 (JST) お客様からの返信:
> 田中様
> 内容に間違いありません。統合を進めてください。よろしくお願いします。
> 佐藤
>
> > 2025/05/28 11:30 (JST) Amazon Web Services:
{quote(quote(conf_s[:conf_s.index('なお、')]), '> ')}
"""
add("sato-case-reply-3", "merge_completed", "ja", S_CASE, True, CONSOLE, (None, S[1]),
    f"RE:[CASE {S_CASE}] AWS 認定アカウントの統合について", t,
    plain(new + hist + console_reply_footer(S_CASE, "ja"), cte="b64"), new, "nifty", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 5, 30, 5, 12, 9)
sv = f"""こんにちは

ケース {S_CASE}「AWS 認定アカウントの統合について」は、解決済みとしてクローズされました。

引き続きサポートが必要な場合は、サポートセンターからケースを再度開くことができます。
https://support.console.aws.amazon.com/support/home#/case/?displayId={S_CASE}&language=ja

今回のサポートについて、簡単なアンケートにご協力ください（所要時間は 1 分程度です）。
https://amazonexteu.qualtrics.com/jfe/form/SV_eXq7Lk2mPbTr9Hc?caseId={S_CASE}&lang=JA

今後のサービス向上のため、率直なご意見をお聞かせいただければ幸いです。

Amazon Web Services
"""
add("sato-case-closed", "survey", "ja", S_CASE, True, CONSOLE, (None, S[1]),
    f"Amazon Web Services: サポートケース {S_CASE} が解決されました - アンケートへのご協力のお願い", t,
    alt(plain(sv), plain(html_wrap(text_to_html(sv)), subtype="html")), sv, "nifty", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 5, 31, 2, 18, 55)
lead = "Amazon Web Services Training and Certification has issued you a new badge. Accept your badge to claim it and share it with your network."
txt, html = credly_mail("Kenta", "AWS Certified Developer – Associate", lead, f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}")
add("sato-credly-dva", "credly_badge_issued", "en", None, True, CREDLY_AWS, ("Kenta Sato", S[1]),
    "Kenta, you've earned a new badge from Amazon Web Services Training and Certification", t,
    alt(plain(txt), plain(html, subtype="html")), txt, "nifty", credly_sender(S[1]), msgid=rails_msgid("credly-mailer-5c8b7d9f4-mq7wz"))

t = dt.datetime(2025, 5, 10, 11, 32, 5, tzinfo=JST)
pvj = """佐藤 健太 様

ピアソン VUE をご利用いただき、ありがとうございます。
以下の内容で試験の予約が完了しました。本メールは大切に保管してください。

試験名　　: DVA-C02: AWS Certified Developer - Associate
試験言語　: 日本語
試験日時　: 2025年5月24日（土） 10:00
会場　　　: 新宿テストセンター
　　　　　　東京都新宿区西新宿 1-○-○ ○○ビル 8F
予約番号　: 318820947

受験当日は、予約時間の 15 分前までに会場へお越しください。
有効な身分証明書（氏名がご登録内容と一致するもの）を 2 点ご持参ください。

予約の変更・キャンセルは、試験開始の 24 時間前までに下記サイトから行ってください。
https://home.pearsonvue.com/aws

ピアソン VUE
※本メールは送信専用です。ご返信いただいてもお答えできません。
"""
add("pearson-vue-dva-yoyaku", "unrelated", "ja", None, False, ("ピアソン VUE", "pearsonvuecustomerservice@pearson.com"),
    (S[0], S[1]), "ピアソン VUE 試験予約確認（AWS Certified Developer - Associate）", t,
    plain(pvj, charset="iso-2022-jp"), pvj, "nifty",
    generic_sender("mx0a-0042a701.pphosted.com", "148.163.151.77", "pearson.com", "pearson.com",
                   "bounce-pv@pearson.com", selector="selector1"),
    subj_charset="iso-2022-jp", from_charset="iso-2022-jp", to_charset="iso-2022-jp",
    msgid=f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.{int(t.timestamp())}@pvmail.pearsonvue.com>")

# =====================================================================
# User 4: Mark Feldman (Outlook.com), two form cases, English
# =====================================================================
M = ("Mark Feldman", "mfeldman@outlook.com")
m_open_a = utc(2025, 6, 2, 13, 5, 44)
M_CASE_A = case15(m_open_a)
m_open_b = utc(2025, 6, 9, 15, 12, 9)
M_CASE_B = case15(m_open_b)
M_KEEP, M_OLD = "AWS07731946", "AWS01290455"

t = sec(m_open_a, 40)
txt = form_ack_text("Mark", M_CASE_A, "aws-07731946",
                    "I have two AWS certification accounts and need them merged into one. My candidate ID is aws-07731946.")
add("feldman-form-submission-1", "case_created", "en", M_CASE_A, True, FORM, M, form_subject(M_CASE_A, re_=False), t,
    plain(txt), txt, "outlook", amz_sender())

t = sec(m_open_b, 38)
txt = form_ack_text("Mark", M_CASE_B, M_KEEP,
                    f"I opened case {M_CASE_A} last week and never heard back. Please merge my certification accounts: "
                    f"{M_KEEP} (keep this one) and my old account registered to mark.feldman@corvid-labs.io. "
                    "Contact email: mfeldman@outlook.com")
add("feldman-form-submission-2", "case_created", "en", M_CASE_B, True, FORM, M, form_subject(M_CASE_B, re_=False), t,
    plain(txt), txt, "outlook", amz_sender())

t = utc(2025, 6, 10, 17, 26, 3)
new = f"""Hi Mark,

Thank you for contacting AWS Training and Certification, and I'm sorry you didn't hear back on your earlier request. It looks like no contact email was captured on case {M_CASE_A}, so our reply could not be delivered. I've closed that case so we can continue here; please use this case for any further correspondence.

I can see the candidate ID you provided, {M_KEEP}. Before I can look into combining your accounts, I need a few more details:

- The email address you use to sign in to each account
- The notification email on each account
- Which of the two accounts should remain active

Once I receive this I'll review both accounts.

Thank you,
Sofia
AWS Training and Certification Customer Service
"""
add("feldman-reply-0610", "support_reply", "en", M_CASE_B, True, FORM, M, form_subject(M_CASE_B), t,
    plain(new + "\n" + FOOT_FORM + "\n"), new, "outlook", amz_sender())

t = utc(2025, 6, 12, 19, 48, 22)
new = """Hi Mark,

Thank you for sending those details through.

I've verified the information and passed your request to our certification operations team for review. Requests involving exam records from different testing periods can take a few business days to validate. I'll get back to you as soon as I have an update, and I will ask you to confirm before anything is changed on your accounts.

Thank you for your patience,
Sofia
AWS Training and Certification Customer Service
"""
hist = f"""
________________________________
From: Mark Feldman <mfeldman@outlook.com>
Sent: Tuesday, June 10, 2025 6:41 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {M_CASE_B}] [AWS Training and Certification Form Submission] - account-assistance

Hi Sofia,

Account 1: {M_KEEP} - sign-in and notifications mfeldman@outlook.com - keep this one
Account 2: AWS-01290455 - sign-in mark.feldman@corvid-labs.io, notifications the same (I no longer have access to that mailbox)

Thanks,
Mark
"""
add("feldman-reply-0612", "support_reply", "en", M_CASE_B, True, FORM, M, form_subject(M_CASE_B), t,
    plain(new + hist + "\n" + FOOT_FORM + "\n"), new, "outlook", amz_sender())

t = utc(2025, 6, 16, 15, 33, 48)
conf_m = f"""Hi Mark,

Thanks for waiting. Our operations team has validated both accounts, so here is exactly what will happen:

  Surviving account: {M_KEEP} (mfeldman@outlook.com)
  Retiring account:  {M_OLD} (mark.feldman@corvid-labs.io)

All certifications, exam history and benefits held on {M_OLD} will be folded into {M_KEEP}, and {M_OLD} will then be closed. Please be aware that this cannot be undone afterwards.

If this is what you'd like, just reply to this email with your confirmation and I'll have it carried out.

Thank you,
Sofia
AWS Training and Certification Customer Service
"""
add("feldman-reply-0616", "merge_confirmation_requested", "en", M_CASE_B, True, FORM, M, form_subject(M_CASE_B), t,
    plain(conf_m + "\n" + FOOT_FORM + "\n", cte="b64"), conf_m, "outlook", amz_sender())

t = utc(2025, 6, 17, 14, 2, 11)
new = f"""Hi Mark,

Thanks for confirming. I've handed this over to the team to carry out.

Once the merge is complete, we'll send you a confirmation email, and your Credly badges from {M_OLD} will be transferred to the email address on {M_KEEP}. There's nothing else you need to do for now.

Thank you,
Sofia
AWS Training and Certification Customer Service
"""
hist = f"""
________________________________
From: Mark Feldman <mfeldman@outlook.com>
Sent: Monday, June 16, 2025 9:15 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {M_CASE_B}] [AWS Training and Certification Form Submission] - account-assistance

Yes, I confirm. Go ahead.

Mark
"""
add("feldman-reply-0617", "support_reply", "en", M_CASE_B, True, FORM, M, form_subject(M_CASE_B), t,
    plain(new + hist + "\n" + FOOT_FORM + "\n"), new, "outlook", amz_sender())

t = utc(2025, 6, 18, 11, 27, 5)
new = f"""Hi Mark,

Your certification records from {M_OLD} have now been moved over to {M_KEEP}, and the old profile has been retired. From now on, please sign in with mfeldman@outlook.com only; the corvid-labs.io address is no longer linked to any certification account.

I'd suggest logging in over the next day or two to check that your certifications, exam history and any discount vouchers appear as expected. Credly will contact you separately about your badges.

Thank you,
Sofia
AWS Training and Certification Customer Service
"""
add("feldman-reply-0618", "merge_completed", "en", M_CASE_B, True, FORM, M, form_subject(M_CASE_B), t,
    plain(new + "\n" + FOOT_FORM + "\n"), new, "outlook", amz_sender())

t = utc(2025, 6, 18, 11, 29, 40)
surv = f"""Hello Mark,

Your case {M_CASE_B} has been resolved.

If you need any more help with this request, reply to this email and your case will be reopened.

Was your issue resolved?
YES - https://amazonexteu.qualtrics.com/jfe/form/SV_3kPq8xWb2TtNnqK?caseId={M_CASE_B}&resolved=1
NO  - https://amazonexteu.qualtrics.com/jfe/form/SV_3kPq8xWb2TtNnqK?caseId={M_CASE_B}&resolved=0

How would you rate the support you received from Sofia? https://amazonexteu.qualtrics.com/jfe/form/SV_3kPq8xWb2TtNnqK?caseId={M_CASE_B}&rate=agent

AWS Training and Certification Customer Service
"""
add("feldman-case-resolved", "survey", "en", M_CASE_B, True, FORM, M, f"[CASE {M_CASE_B}] Your case has been resolved", t,
    alt(plain(surv), plain(html_wrap(text_to_html(surv), "Case resolved"), subtype="html")), surv, "outlook", amz_sender())

t = utc(2025, 7, 1, 13, 0, 2)
exp = """Hi Mark,

Your AWS Certified Developer – Associate badge, issued by Amazon Web Services Training and Certification, will expire on September 29, 2025.

To keep your badge active, you'll need to meet the recertification requirements set by the issuer before the expiration date. Visit https://aws.amazon.com/certification/recertification/ to learn more.

View your badge: https://www.credly.com/badges/6f1c2a9e-44b0-4d3a-9b8e-2f7d1c0a5e33

The Credly Team
Unsubscribe from badge expiration reminders: https://www.credly.com/notification_settings
"""
add("credly-expiry-dva", "unrelated", "en", None, True, ("Credly", "admin@credly.com"), M,
    "Your badge expires in 90 days", t,
    alt(plain(exp), plain(html_wrap(text_to_html(exp), "Credly"), subtype="html")), exp, "outlook", credly_sender(M[1]),
    msgid=rails_msgid("credly-mailer-7d9f6c5b8-x2kqp"))

t = utc(2025, 6, 20, 8, 14, 36)
cm = """Hi Mark,

We received a request to merge another Credly account into the account registered to mfeldman@outlook.com.

Your verification code is: 482913

Enter this code on the merge screen, or select the link below to finish:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=Zr9xK2pQ7mW4tLb8

This code expires in 30 minutes. If you didn't request this, you can ignore this email and no changes will be made.

The Credly Team
"""
add("credly-merge-code", "unrelated", "en", None, True, ("Credly", "admin@credly.com"), M,
    "Your Credly account merge verification code", t,
    alt(plain(cm), plain(html_wrap(text_to_html(cm), "Credly"), subtype="html")), cm, "outlook", credly_sender(M[1]),
    msgid=rails_msgid("credly-mailer-5c8b7d9f4-mq7wz"))

t = utc(2025, 6, 19, 16, 51, 20)
lead = ("Amazon Web Services Training and Certification has issued you a badge. This badge was previously held under "
        "another email address and has been reissued to you.")
txt, html = credly_mail("Mark", "AWS Certified Developer – Associate", lead, f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}")
add("feldman-credly-dva", "credly_badge_issued", "en", None, True, CREDLY_AWS, M,
    "Amazon Web Services Training and Certification sent you a new badge", t,
    alt(plain(txt), plain(html, subtype="html")), txt, "outlook", credly_sender(M[1]), msgid=rails_msgid("credly-mailer-7d9f6c5b8-x2kqp"))

# =====================================================================
# User 5: 山本 美咲 (Gmail), form case, Japanese
# =====================================================================
Y = ("山本 美咲", "misaki.yamamoto.cloud@gmail.com")
y_open = utc(2025, 7, 7, 0, 48, 19)
Y_CASE = case15(y_open)
Y_KEEP, Y_OLD = "AWS08824105", "AWS05107733"

t = sec(y_open, 35)
txt = f"""山本 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本メールは自動送信です。お問い合わせを受け付け、ケース番号 {Y_CASE} で登録いたしました。

内容を確認のうえ、担当者より通常 24 時間以内にご連絡いたします。追加の情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新しいお問い合わせを送信されますと、回答が遅れる場合がございますのでご注意ください。

お問い合わせ内容
--------------------------
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: {Y_KEEP}
内容:
認定アカウントが 2 つあるので統合をお願いします。残したいのは {Y_KEEP} です。もう一つは aws 05107733 で、以前の勤務先のメールアドレスで登録しています。

AWS トレーニングと認定 カスタマーサービス
"""
add("yamamoto-form-uketsuke", "case_created", "ja", Y_CASE, True, FORM, (None, Y[1]),
    f"[CASE {Y_CASE}] お問い合わせを受け付けました - AWS トレーニングと認定", t,
    plain(txt), txt, "gmail", amz_sender())

t = utc(2025, 7, 8, 7, 2, 26)
conf_y = f"""山本 美咲 様

AWS トレーニングと認定カスタマーサービスの鈴木でございます。
このたびはお問い合わせいただき、ありがとうございます。

お客様のご登録情報を確認しましたところ、以下の 2 つの認定アカウントが見つかりました。

1. {Y_KEEP}（misaki.yamamoto.cloud@gmail.com）… 統合後も残るアカウント
2. {Y_OLD}（m.yamamoto@kitasoft.jp）… {Y_KEEP} に統合されるアカウント

統合を実施すると 2 のアカウントはご利用いただけなくなり、認定資格および受験履歴は 1 のアカウントに集約されます。統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

上記の内容で手続きを進めてよろしいか、本メールへのご返信にてお知らせください。

何卒よろしくお願いいたします。

鈴木
AWS トレーニングと認定 カスタマーサービス
"""
add("yamamoto-reply-0708", "merge_confirmation_requested", "ja", Y_CASE, True, FORM, (None, Y[1]),
    f"RE:[CASE {Y_CASE}] [AWS Training and Certification Form Submission] - account-assistance", t,
    plain(conf_y, cte="b64"), conf_y, "gmail", amz_sender())

t = utc(2025, 7, 11, 6, 30, 0)
new = """山本 美咲 様

AWS トレーニングと認定カスタマーサービスの鈴木です。

先日お送りしたメールについて、その後ご返信を確認できておりませんので、念のためご連絡いたしました。
引き続きサポートが必要な場合は、本メールにご返信ください。

7 日以内にご返信がない場合、本ケースはいったんクローズさせていただきます。クローズ後でも、本メールにご返信いただければケースを再開いたします。

よろしくお願いいたします。

鈴木
AWS トレーニングと認定 カスタマーサービス
"""
add("yamamoto-reply-0711", "support_reply", "ja", Y_CASE, True, FORM, (None, Y[1]),
    f"RE:[CASE {Y_CASE}] [AWS Training and Certification Form Submission] - account-assistance", t,
    plain(new), new, "gmail", amz_sender())

t = utc(2025, 7, 12, 1, 15, 44)
new = """山本 美咲 様

ご返信いただき、ありがとうございます。
ご確認いただいた内容にて、これより統合の手続きを進めてまいります。手続きが完了しましたら、あらためてこちらからご連絡いたします。

今しばらくお待ちくださいますよう、お願い申し上げます。

鈴木
AWS トレーニングと認定 カスタマーサービス
"""
hist = f"""
-----Original Message-----
From: 山本美咲 <misaki.yamamoto.cloud@gmail.com>
Sent: 2025/07/11 22:18
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {Y_CASE}] [AWS Training and Certification Form Submission] - account-assistance

鈴木様

ご連絡が遅くなり申し訳ありません。
内容に相違ありません。統合をお願いいたします。

山本

2025年7月8日(火) 16:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

{quote(conf_y)}
"""
add("yamamoto-reply-0712", "support_reply", "ja", Y_CASE, True, FORM, (None, Y[1]),
    f"RE:[CASE {Y_CASE}] [AWS Training and Certification Form Submission] - account-assistance", t,
    plain(new + hist), new, "gmail", amz_sender())

t = utc(2025, 7, 14, 4, 41, 9)
new = f"""山本 美咲 様

いつもお世話になっております。AWS トレーニングと認定カスタマーサービスの鈴木でございます。

お待たせいたしました。認定アカウントの統合手続きが完了いたしました。
{Y_OLD} の認定資格および受験履歴は、{Y_KEEP} へ移行いたしました。今後は misaki.yamamoto.cloud@gmail.com でサインインしてください。

Credly のバッジにつきましては、数日以内に Credly から別途メールが届きます。

ご不明な点がございましたら、本メールにご返信ください。

鈴木
AWS トレーニングと認定 カスタマーサービス
"""
html = html_wrap(f"""<div style="font-family:'Meiryo','Hiragino Kaku Gothic ProN',sans-serif">
<p>山本 美咲 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定カスタマーサービスの鈴木でございます。</p>
<p>お待たせいたしました。認定アカウントの統合手続きが完了いたしました。<br>
<b>{Y_OLD}</b> の認定資格および受験履歴は、<b>{Y_KEEP}</b> へ移行いたしました。今後は misaki.yamamoto.cloud@gmail.com でサインインしてください。</p>
<p>Credly のバッジにつきましては、数日以内に Credly から別途メールが届きます。</p>
<p>ご不明な点がございましたら、本メールにご返信ください。</p>
<p>鈴木<br>AWS トレーニングと認定 カスタマーサービス</p>
<p style="font-size:11px;color:#687078">{FOOT_FORM}</p>
</div>""")
add("yamamoto-reply-0714", "merge_completed", "ja", Y_CASE, True, FORM, (None, Y[1]),
    f"RE:[CASE {Y_CASE}] [AWS Training and Certification Form Submission] - account-assistance", t,
    plain(html, subtype="html"), new, "gmail", amz_sender())

t = utc(2025, 7, 16, 9, 22, 40)
lead = "Amazon Web Services Training and Certification has issued you a badge for AWS Certified Machine Learning Engineer – Associate."
txt, html = credly_mail("Misaki", "AWS Certified Machine Learning Engineer – Associate", lead, f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}")
add("yamamoto-credly-mla", "credly_badge_issued", "en", None, True, CREDLY_AWS, ("Misaki Yamamoto", Y[1]),
    "You've been issued a badge by Amazon Web Services Training and Certification", t,
    alt(plain(txt), plain(html, subtype="html")), txt, "gmail", credly_sender(Y[1]), msgid=rails_msgid("credly-mailer-7d9f6c5b8-x2kqp"))

t = utc(2025, 7, 10, 1, 0, 12)
nl = """AWS トレーニングと認定 ニュースレター 2025年7月号

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

■ 新しい認定試験のご案内
AWS Certified AI Practitioner および AWS Certified Machine Learning Engineer – Associate の日本語版試験がご受験いただけます。

■ 無料のデジタルトレーニング
AWS Skill Builder で、生成 AI の基礎を学べる日本語コースを新たに 12 本公開しました。
https://skillbuilder.aws/jp

■ AWS 認定者限定イベント
AWS Summit Japan の認定者ラウンジのアーカイブ動画を公開中です。

配信停止をご希望の場合は、こちらから手続きしてください。
https://pages.awscloud.com/communication-preferences.html

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
add("aws-jp-newsletter-july", "unrelated", "ja", None, True, ("AWS トレーニングと認定", "aws-apj-marketing@amazon.com"),
    (None, Y[1]), "【AWS】トレーニングと認定ニュースレター 2025年7月号：新しい日本語試験と無料コースのご案内", t,
    alt(plain(nl), plain(html_wrap(text_to_html(nl)), subtype="html")), nl, "gmail", amz_sender(), extra=SES_EXTRA(t) + [
        ("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"), ("Precedence", "bulk")])

# =====================================================================
# User 6: Tom Becker (Google Workspace), console case (11-digit id), English
# =====================================================================
T = ("Tom Becker", "tom.becker@beckerconsult.de")
T_CASE = "13084512776"
T_KEEP, T_OLD = "AWS02654418", "AWS06091237"
T_SUBJ = "Merge my two certification accounts"

t = utc(2025, 8, 19, 10, 4, 51)
new = f"""Hello Tom,

Thank you for contacting AWS Support. My name is Arjun and I'm part of the AWS Training and Certification team. I'll be helping you with your request.

I was able to find both candidate IDs you mentioned. To proceed, I'll need a little more information:

1. Which candidate ID would you like to keep as your primary account: {T_KEEP} or {T_OLD}?
2. Could you briefly tell us the reason for this request (for example, a change of employer, or an account created by mistake)?

Please reply to this case through the Support Center.

Best regards,
Arjun S.
Amazon Web Services
"""
add("becker-case-correspondence-1", "support_reply", "en", T_CASE, True, CONSOLE, T, f"RE:[CASE {T_CASE}] {T_SUBJ}", t,
    alt(plain(new + console_reply_footer(T_CASE)), plain(html_wrap(text_to_html(new + console_reply_footer(T_CASE))), subtype="html")),
    new, "gmail", amz_sender(), extra=SES_EXTRA(t))

t_tconf = utc(2025, 8, 20, 11, 32, 8)
conf_t = f"""Hello Tom,

Thank you for the information.

Based on your reply, this is the change we will make:

Primary account (kept): {T_KEEP}
Account to be merged into the primary: {T_OLD}

Your certifications, exam history and benefits from {T_OLD} will be transferred to {T_KEEP}, and {T_OLD} will be closed. This action is permanent and cannot be reversed.

Please reply to this case in the Support Center to confirm that you'd like us to go ahead.

Best regards,
Arjun S.
Amazon Web Services
"""
add("becker-case-correspondence-2", "merge_confirmation_requested", "en", T_CASE, True, CONSOLE, T, f"RE:[CASE {T_CASE}] {T_SUBJ}", t_tconf,
    plain(conf_t + console_reply_footer(T_CASE)), conf_t, "gmail", amz_sender(), extra=SES_EXTRA(t_tconf))

t = utc(2025, 8, 20, 17, 48, 33)
FAKE_CASE = "175570881412207"
ph = f"""Dear Certification Candidate,

We received a request to combine the AWS Certification accounts associated with tom.becker@beckerconsult.de (Case {FAKE_CASE}).

Before we finalize, you must confirm that the accounts listed in your request should be merged. Merging is permanent. If we do not receive your confirmation within 24 hours, the request will be cancelled and your certifications may be temporarily suspended.

Confirm the merge: https://aws-trainingcertification-support.com/confirm?case={FAKE_CASE}&u=dG9tLmJlY2tlcg

You will be asked to sign in with your AWS credentials to verify your identity.

Regards,
AWS Training and Certification
Account Services
"""
add("aws-tc-account-services", "merge_confirmation_requested", "en", FAKE_CASE, False,
    ("AWS Training and Certification", "cases@aws-trainingcertification-support.com"), T,
    f"[CASE {FAKE_CASE}] Action required: confirm your certification account merge", t,
    alt(plain(ph), plain(html_wrap(text_to_html(ph)), subtype="html")), ph, "gmail",
    generic_sender("mail.aws-trainingcertification-support.com", "185.222.58.114", "aws-trainingcertification-support.com",
                   "aws-trainingcertification-support.com", "bounce@aws-trainingcertification-support.com",
                   selector="default", policy_str="(p=NONE sp=NONE dis=NONE)"),
    msgid=f"<{rhex(24)}@aws-trainingcertification-support.com>")

t = utc(2025, 8, 22, 8, 5, 59)
new = f"""Hello Tom,

Thank you for confirming. The merge has now been carried out: {T_OLD} has been merged into {T_KEEP}, and your certifications and exam history are now listed under {T_KEEP}.

As this completes your request, I'm resolving this case. If anything doesn't look right, you can reopen it from the Support Center within 14 days.

Best regards,
Arjun S.
Amazon Web Services
"""
hist = f"""
-----
On 2025-08-20 11:32 UTC, Amazon Web Services wrote:
{quote(conf_t)}
"""
add("becker-case-correspondence-3", "merge_completed", "en", T_CASE, True, CONSOLE, T, f"RE:[CASE {T_CASE}] {T_SUBJ}", t,
    plain(new + hist + console_reply_footer(T_CASE), cte="b64"), new, "gmail", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 8, 22, 8, 20, 14)
sv = f"""Hello,

Your AWS Support case {T_CASE} ("{T_SUBJ}") was recently resolved.

How did we do? Please take a moment to tell us about your experience. Your feedback helps us improve AWS Support.

Rate your experience: https://support.console.aws.amazon.com/support/home#/case/?displayId={T_CASE}&language=en&feedback=true

If your issue has come back, you can reopen the case from the Support Center.

Thank you for using Amazon Web Services.
"""
add("becker-support-feedback", "survey", "en", T_CASE, True, CONSOLE, T,
    f"How did we do? Tell us about your recent AWS Support experience (Case {T_CASE})", t,
    alt(plain(sv), plain(html_wrap(text_to_html(sv)), subtype="html")), sv, "gmail", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 8, 25, 6, 12, 47)
ph2 = """Hello,

Your AWS Certification accounts have been merged successfully. All certifications are now linked to a single profile.

To keep your certifications and Credly badges active, you must verify your sign-in details within 48 hours. Unverified profiles are deactivated automatically.

Verify now: https://aws-certification-portal.help/verify?session=8f2c1e77b0

Sincerely,
Amazon Web Services
"""
evil = generic_sender("vps-28871.hostsailor-mail.ru", "91.215.85.203", "hostsailor-mail.ru", "amazon.com",
                      "noreply@hostsailor-mail.ru", selector="mail", policy_str="(p=QUARANTINE sp=QUARANTINE dis=NONE)", ok=False)
evil["dkim"] = []
add("aws-merge-verify-notice", "merge_completed", "en", None, False, ("Amazon Web Services", "no-reply-aws@amazon.com"), T,
    "Your certification accounts have been merged – verify your details", t,
    alt(plain(ph2), plain(html_wrap(text_to_html(ph2)), subtype="html")), ph2, "gmail", evil, dmarc="fail",
    forged_lower_ar="amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com",
    msgid=f"<{rhex(20)}@amazon.com>")

t = utc(2025, 9, 2, 3, 40, 9)
ph3 = """Dear AWS Customer,

We were unable to process the payment for your AWS account. As a result, your account has been suspended and your running services will be terminated within 24 hours.

To restore access, update your payment information here:
https://aws-accounts-verify.net/billing/update

AWS Billing Team
"""
add("aws-billing-suspended", "unrelated", "en", None, False, ("AWS Billing", "billing@aws-accounts-verify.net"), T,
    "Action Required: Your AWS account has been suspended", t,
    plain(ph3, cte="8bit"), ph3, "gmail",
    generic_sender("mx1.aws-accounts-verify.net", "45.146.165.77", "aws-accounts-verify.net", "aws-accounts-verify.net",
                   "billing@aws-accounts-verify.net", selector="dkim"), dmarc="none",
    msgid=f"<{rhex(16)}.{R.randint(1000, 9999)}@aws-accounts-verify.net>")

t = utc(2025, 8, 21, 14, 9, 30)
gl = """Merge request !87 was merged

Project: beckerconsult / terraform-aws-baseline
Branch: feat/scp-region-deny -> main
Merged by: Jonas Richter

feat: add SCP for region deny (!87)
https://gitlab.com/beckerconsult/terraform-aws-baseline/-/merge_requests/87

--
Reply to this email directly or view it on GitLab: https://gitlab.com/beckerconsult/terraform-aws-baseline/-/merge_requests/87
You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread · Manage all notifications · Help
"""
add("gitlab-mr-87", "unrelated", "en", None, False, ("Jonas Richter (@jrichter)", "gitlab@mg.gitlab.com"), T,
    "Re: terraform-aws-baseline | feat: add SCP for region deny (!87)", t,
    alt(plain(gl), plain(html_wrap(text_to_html(gl)), subtype="html")), gl, "gmail",
    generic_sender("mg.gitlab.com", "192.237.158.143", "mg.gitlab.com", "mg.gitlab.com",
                   "bounce+1a2f3c.4d5e-tom.becker=beckerconsult.de@mg.gitlab.com", selector="mailo",
                   policy_str="(p=NONE sp=NONE dis=NONE)"),
    msgid=f"<{rhex(32)}@gitlab-sidekiq-catchall-v2-{rhex(10)}-{ralnum(5).lower()}.mail>",
    irt="<merge_request_231874402@gitlab.com>", refs="<reply-" + rhex(32) + "@gitlab.com> <merge_request_231874402@gitlab.com>",
    extra=[("X-GitLab-Project", "terraform-aws-baseline"), ("X-GitLab-MergeRequest-IID", "87"),
           ("X-GitLab-NotificationReason", "assigned"), ("List-Id", "beckerconsult/terraform-aws-baseline <51234877.terraform-aws-baseline.beckerconsult.gitlab.com>")])

t = utc(2025, 8, 25, 14, 55, 3)
lead = "Amazon Web Services Training and Certification has issued you the following badge. Your badges from a previously linked account have been moved to this email address."
txt, html = credly_mail("Tom", "AWS Certified DevOps Engineer – Professional", lead, f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}")
add("becker-credly-dop", "credly_badge_issued", "en", None, True, CREDLY_AWS, T,
    "Tom, claim your AWS Certified DevOps Engineer – Professional badge", t,
    alt(plain(txt, cte="b64"), plain(html, subtype="html", cte="b64")), txt, "gmail", credly_sender(T[1]),
    msgid=rails_msgid("credly-mailer-5c8b7d9f4-mq7wz"))

# ----------------------------------------------------------------- extras
t = utc(2025, 3, 20, 22, 10, 45)
sc = """Hello,

Thank you for contacting Amazon Seller Support.

I have reviewed the reconciliation request for shipment FBA18XK2P7QL. Our records show that 3 units of SKU BL-CABLE-2M were received damaged at the fulfillment center. A reimbursement of $41.97 has been issued to your account and will appear in your next settlement report.

We hope this resolves your concern. If you need further help, please reply through Case Log in Seller Central.

Was this email helpful?
https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=5891736402

Thank you for selling with Amazon,
Marcus
Amazon Services
"""
add("seller-central-case", "unrelated", "en", "5891736402", True, ("Amazon Seller Central", "seller-notification@amazon.com"), D,
    "RE:[CASE 5891736402] Inventory reconciliation - FBA18XK2P7QL", t,
    alt(plain(sc), plain(html_wrap(text_to_html(sc)), subtype="html")), sc, "gmail", amz_sender(), extra=SES_EXTRA(t))

q_open = utc(2025, 4, 2, 19, 30, 11)
Q_CASE = case15(q_open)
t = utc(2025, 4, 3, 6, 47, 2)
q = f"""Hello,

New correspondence has been added to your case {Q_CASE}:

Subject: Limit Increase: EC2 Instances
Correspondence:

Hello,

Thank you for your patience. Your request to increase the Running On-Demand G and VT instances quota to 32 vCPUs in US West (Oregon) has been approved. It can take up to 30 minutes for the new quota to take effect.

You can view your current quotas in the Service Quotas console: https://console.aws.amazon.com/servicequotas/home

Best regards,
Amazon Web Services
""" + console_reply_footer(Q_CASE)
add("aws-quota-case-update", "unrelated", "en", Q_CASE, True, CONSOLE, D,
    f"[Case {Q_CASE}] New correspondence added", t,
    alt(plain(q), plain(html_wrap(text_to_html(q)), subtype="html")), q, "gmail", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 6, 9, 15, 2, 40)
bid = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To finish signing up, enter the following verification code:

418227

This code expires in 10 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
"""
add("builder-id-code", "unrelated", "en", None, True, ("AWS", "no-reply@signin.aws"), M,
    "Verify your AWS Builder ID email address", t,
    alt(plain(bid), plain(html_wrap(text_to_html(bid)), subtype="html")), bid, "outlook",
    {**amz_sender(), "dkim": [("signin.aws", "3ujnw5ypcfwiqcuvbhpzycwg6jwjhkg6"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
     "from_domain": "signin.aws"}, extra=SES_EXTRA(t))

t = utc(2025, 9, 12, 15, 20, 11)
rc = f"""Congratulations, Tom!

You have successfully recertified as AWS Certified Solutions Architect – Associate. Your new expiration date is September 12, 2028.

Candidate ID: {T_KEEP}
Validation number: 9QWX4M2ZK1E4Q7PL

You can download your updated certificate and view your benefits in your AWS Certification account:
https://www.aws.training/Certification

Your digital badge will be updated on Credly within 5 business days.

Thank you for your continued commitment to AWS Certification.

AWS Training and Certification

This is an automated message – please don’t reply.
"""
add("certmetrics-recert", "unrelated", "en", None, False, ("AWS Certification", "do-not-reply@certmetrics.com"), T,
    "Congratulations on recertifying your AWS Certification", t,
    mislabeled(rc, "iso-8859-1"), rc, "gmail",
    generic_sender("mail19.certmetrics.com", "66.165.178.19", "certmetrics.com", "certmetrics.com",
                   "bounce@certmetrics.com", selector="k1", policy_str="(p=NONE sp=NONE dis=NONE)"),
    msgid=f"<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@certmetrics.com>")

# =====================================================================
# User 8: 中村 大輔 (Yahoo! JAPAN), console case, Japanese
# =====================================================================
N = ("中村 大輔", "d_nakamura1985@yahoo.co.jp")
n_open = utc(2025, 9, 1, 3, 20, 51)
N_CASE = case15(n_open)
N_KEEP, N_OLD = "AWS01546670", "AWS09012384"

t = sec(n_open, 44)
corr = f"AWS 認定の受験者アカウントが重複しています。aws09012384 を {N_KEEP} に統合してください。{N_KEEP} は現在のメールアドレスで登録しています。"
txt = console_open_text_ja(N_CASE, "認定アカウントの重複（統合のお願い）", "一般的なガイダンス", corr)
add("nakamura-console-case", "case_created", "ja", N_CASE, True, CONSOLE, (None, N[1]),
    f"Amazon Web Services: 新しいサポートケースがオープンされました: {N_CASE}", t,
    alt(plain(txt, cte="b64"), plain(html_wrap(text_to_html(txt)), subtype="html", cte="b64")), txt, "yahoojp", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 9, 3, 2, 11, 37)
new = f"""中村 大輔 様

AWS トレーニングと認定の高橋です。
ご確認のご返信をいただき、ありがとうございます。

{N_OLD} を {N_KEEP} へ統合する手続きを、担当チームに依頼いたしました。
統合が完了しましたら、あらためて本ケースにてご連絡いたします。通常、1～3 営業日ほどお時間をいただいております。

それまでの間、{N_OLD} での新たな試験予約はお控えいただきますようお願いいたします。

高橋
Amazon Web Services
"""
add("nakamura-case-reply-1", "support_reply", "ja", N_CASE, True, CONSOLE, (None, N[1]),
    f"RE:[CASE {N_CASE}] 認定アカウントの重複（統合のお願い）", t,
    plain(new + console_reply_footer(N_CASE, "ja")), new, "yahoojp", amz_sender(), extra=SES_EXTRA(t))

t = utc(2025, 9, 4, 8, 45, 18)
new = f"""中村 大輔 様

AWS トレーニングと認定の高橋です。

お待たせいたしました。{N_OLD} に登録されていた認定資格と受験履歴を {N_KEEP} に移し、統合作業を完了いたしました。{N_OLD} は今後ご利用いただけません。

AWS 認定アカウントにサインインのうえ、認定資格や特典が正しく表示されていることをご確認ください。
https://www.aws.training/Certification

ご不明な点がございましたら、本ケースからお問い合わせください。

高橋
Amazon Web Services
"""
add("nakamura-case-reply-2", "merge_completed", "ja", N_CASE, True, CONSOLE, (None, N[1]),
    f"RE:[CASE {N_CASE}] 認定アカウントの重複（統合のお願い）", t,
    alt(plain(new + console_reply_footer(N_CASE, "ja"), cte="b64"),
        plain(html_wrap(text_to_html(new + console_reply_footer(N_CASE, "ja"))), subtype="html", cte="b64")),
    new, "yahoojp", amz_sender(), extra=SES_EXTRA(t))

t = dt.datetime(2025, 9, 5, 9, 12, 30, tzinfo=JST)
new = """中村さん

報告ありがとう。
アカウントの統合が済んだら、認定証の PDF を人事の資格手当の申請フォームから提出しておいてください。
今月末締めなので、それまでに出してもらえれば今期の手当に反映されます。

小林
"""
hist = f"""
> 小林さん
>
> お疲れさまです。中村です。
> AWS 認定の件ですが、受験者アカウントが 2 つに分かれていたので、AWS のサポートで統合してもらっています。
> 統合後の受験者 ID は {N_KEEP} になる予定です。
> 完了したら認定証をお送りします。
>
> 中村
"""
jp_msgid = f"<{t.strftime('%Y%m%d%H%M%S')}.{rhex(8).upper()}@hoshizora-sys.co.jp>"
add("kobayashi-shikaku-teate", "unrelated", "ja", None, None, ("小林 誠", "m.kobayashi@hoshizora-sys.co.jp"),
    ("中村 大輔", "d.nakamura@hoshizora-sys.co.jp"), "Re: 資格取得の報告（AWS 認定）", t,
    plain(new + hist, charset="shift_jis"), new, "none", None, subj_charset="iso-2022-jp", from_charset="iso-2022-jp",
    to_charset="iso-2022-jp", irt=f"<{rhex(12)}@hoshizora-sys.co.jp>",
    extra=[("Received", f"from [10.20.1.57] (unknown [10.20.1.57])\n\tby mail.hoshizora-sys.co.jp (Postfix) with ESMTPSA id 4cK{ralnum(8)}\n\tfor <d.nakamura@hoshizora-sys.co.jp>; {rfc(t)}"),
           ("Received", f"from mail.hoshizora-sys.co.jp (localhost [127.0.0.1])\n\tby mail.hoshizora-sys.co.jp (Postfix) with ESMTP id 4cK{ralnum(8)}\n\tfor <d.nakamura@hoshizora-sys.co.jp>; {rfc(sec(t, 1))}"),
           ("X-Mailer", "Becky! ver. 2.81.05 [ja]")], msgid=jp_msgid)


# ===================================================================== write
ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)


def build(m):
    body = m["body"]
    hdrs = []
    if m["style"] != "none":
        hdrs += trace_headers(m["style"], m["snd"], m["to"][1], m["t"], dmarc=m["dmarc"],
                              mailfrom=m["mailfrom"], forged_lower_ar=m["forged_lower_ar"])
    else:
        hdrs += [h for h in m["extra"] if h[0] == "Received"]
    hdrs.append(("Date", format_datetime(m["t"]) if m["t"].tzinfo in (UTC,) else format_datetime(m["t"])))
    hdrs.append(("From", addr(m["frm"][0], m["frm"][1], m["from_charset"])))
    to_name = m["to"][0]
    hdrs.append(("To", addr(to_name, m["to"][1], m["to_charset"])))
    if m["reply_to"]:
        hdrs.append(("Reply-To", addr(*m["reply_to"])))
    msgid = m["msgid"] or (ses_msgid(m["t"]) if m["snd"] and m["snd"].get("ses") else f"<{rhex(24)}@mail.gmail.com>")
    hdrs.append(("Message-ID", msgid))
    if m["irt"]:
        hdrs.append(("In-Reply-To", m["irt"]))
        hdrs.append(("References", m["refs"] or m["irt"]))
    hdrs.append(("Subject", enc_subject(m["subject"], m["subj_charset"])))
    for h in m["extra"]:
        if m["style"] == "none" and h[0] == "Received":
            continue
        hdrs.append(h)
    if body.is_multipart():
        for part in body.get_payload():
            del part["MIME-Version"]
    existing = list(body.items())
    for k in {k for k, _ in existing}:
        del body[k]
    for k, v in hdrs:
        body[k] = v
    if "MIME-Version" not in [k for k, _ in existing]:
        body["MIME-Version"] = "1.0"
    for k, v in existing:
        body[k] = v
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, policy=policy.compat32.clone(linesep="\n", max_line_length=0)).flatten(body)
    return bio.getvalue()


def main():
    assert len(MAILS) == 60, len(MAILS)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MAILS, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        data = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        ids = sorted({"AWS" + x for x in ID_RE.findall(m["new_text"])})
        labels[fname] = {"kind": m["kind"], "case_id": m["case_id"], "account_ids": ids,
                         "sender_verified": m["verified"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
    print(f"wrote {len(labels)} mails")


if __name__ == "__main__":
    main()
