#!/usr/bin/env python3
"""Generate blind set 23: four people's inboxes around AWS Certification account merges.

Mails are built with the stdlib email package (MIME structure), transport headers are
written as text on top, labels go to labels.json.
"""
import base64
import html
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2323)
UTC = timezone.utc
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Berlin")
PST = ZoneInfo("America/Los_Angeles")
IST = ZoneInfo("Asia/Kolkata")

MAILS = []  # (slug, label, bytes)
ID_RE = re.compile(r"(?i)\baws[ -]?(\d{8})\b")


# ----------------------------------------------------------------- helpers
def rb64(n):
    return base64.b64encode(R.randbytes(n)).decode()


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def case_id(dt, suffix):
    return f"{int(dt.timestamp())}{suffix}"


def ses_id(dt):
    ms = int(dt.timestamp() * 1000) + R.randint(0, 900)
    return (f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000")


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        out.append(prefix.rstrip() if line.strip() == "" else prefix + line)
    return "\n".join(out)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None):
    """A single text part with full control over label, real encoding and CTE."""
    p = MIMENonMultipart("text", subtype, charset=charset)
    del p["MIME-Version"]
    data = text.encode(codec or charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def t2h(text):
    esc = html.escape(text)
    esc = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', esc)
    return esc.replace("\n", "<br>\n")


def subj(s, charset=None):
    if charset is None:
        return s
    return Header(s, charset, maxlinelen=74).encode()


def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{a}>"


def rfc(dt):
    return format_datetime(dt)


def gdate(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z") + (" (PST)" if dt.utcoffset() == timedelta(hours=-8) else "")


# ----------------------------------------------------------------- senders
AMZ_SEL = "szqgv6fzyhxfaqpvhwcxrbwfclkzdmai"   # amazon.com DKIM selector (made up)
SES_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"   # amazonses.com selector (made up)


def aws_sender(addr_, dt, name="Amazon Web Services", dom="amazon.com"):
    sid = ses_id(dt)
    ip = R.choice(["54.240.8.", "54.240.9.", "54.240.48.", "54.240.27."]) + str(R.randint(10, 120))
    return dict(name=name, addr=addr_, dom=dom, mailfrom=f"{sid}@amazonses.com",
                ip=ip, helo=f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com",
                dkim=[(dom, AMZ_SEL), ("amazonses.com", SES_SEL)], dmarc="pass", spf="pass",
                msgid=f"<{sid}@email.amazonses.com>", policy="QUARANTINE")


def credly_sender(dt, name="Credly", addr_="admin@credly.com"):
    ip = "167.89." + str(R.randint(100, 120)) + "." + str(R.randint(2, 250))
    return dict(name=name, addr=addr_, dom="credly.com",
                mailfrom=f"bounces+4160232-{rhex(4)}-notify={R.randint(1000,9999)}@em7721.credly.com",
                ip=ip, helo=f"o{R.randint(1,30)}.ptr{R.randint(1000,9999)}.credly.com",
                dkim=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")], dmarc="pass", spf="pass",
                msgid=f"<{rb64(18).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{R.randint(1,40)}>",
                policy="NONE")


def other_sender(name, addr_, dom, ip, helo, mailfrom=None, msgid_dom=None, sel="s1", dmarc="pass",
                 policy="NONE", spf="pass", dkim=True):
    return dict(name=name, addr=addr_, dom=dom, mailfrom=mailfrom or addr_, ip=ip, helo=helo,
                dkim=[(dom, sel)] if dkim else [], dmarc=dmarc, spf=spf,
                msgid=f"<{rhex(16)}.{rhex(8)}@{msgid_dom or dom}>", policy=policy)


def dkim_sig(d, s, dt, heads="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    t = int(dt.timestamp())
    b = rb64(256)
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={s}; d={d}; t={t};\n"
            f"\th={heads};\n"
            f"\tbh={rb64(32)};\n"
            "\tb=" + "\n\t".join(b[i:i + 72] for i in range(0, len(b), 72)))


# ----------------------------------------------------------------- receivers
def rx_gmail(rcpt, s, dt, forged_ar=None):
    loc = dt.astimezone(PST)
    dstr = loc.strftime("%a, %d %b %Y %H:%M:%S -0800 (PST)")
    dkim_res = "pass" if s["dmarc"] == "pass" or s.get("dkim_ok") else "none"
    lines = []
    lines.append(f"Delivered-To: {rcpt}")
    lines.append(f"Received: by 2002:a05:7300:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(6)}csp{R.randint(1000000,9999999)}dyc;\n        {dstr}")
    lines.append(f"X-Google-Smtp-Source: AGHT+I{rb64(60)[:78]}")
    lines.append(f"X-Received: by 2002:a05:620a:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id af79cd13be357-{R.randint(10**9,10**10-1)}a.{R.randint(10,99)}.{R.randint(1000000,9999999)};\n        {dstr}")
    arc_res = gmail_ar_body(s, dkim_res)
    lines.append(f"ARC-Seal: i=1; a=rsa-sha256; t={int(dt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(120)[:76]}\n         {rb64(90)}")
    lines.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={rb64(32)};\n        fh=; b={rb64(90)}")
    lines.append("ARC-Authentication-Results: i=1; " + arc_res)
    lines.append(f"Return-Path: <{s['mailfrom']}>")
    lines.append(f"Received: from {s['helo']} ({s['helo']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {ralnum(20)}.{R.randint(100,999)}.{loc.year}.{loc.month:02d}.{loc.day:02d}.{loc.hour:02d}.{loc.minute:02d}.{loc.second:02d}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {dstr}")
    mf_dom = s["mailfrom"].split("@")[1]
    if s["spf"] == "pass":
        lines.append(f"Received-SPF: pass (google.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) client-ip={s['ip']};")
    else:
        lines.append(f"Received-SPF: {s['spf']} (google.com: domain of {s['mailfrom']} does not designate {s['ip']} as permitted sender) client-ip={s['ip']};")
    lines.append("Authentication-Results: " + arc_res)
    if forged_ar:
        lines.append(forged_ar)
    return lines


def gmail_ar_body(s, dkim_res):
    parts = ["mx.google.com;"]
    for d, sel in s["dkim"]:
        if dkim_res == "pass":
            parts.append(f"       dkim=pass header.i=@{d} header.s={sel} header.b={rb64(6)[:8]};")
    if not s["dkim"] or dkim_res != "pass":
        parts.append("       dkim=none;" if not s["dkim"] else f"       dkim=fail header.i=@{s['dkim'][0][0]} header.s={s['dkim'][0][1]} header.b={rb64(6)[:8]};")
    if s["spf"] == "pass":
        parts.append(f"       spf=pass (google.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']};")
    else:
        parts.append(f"       spf={s['spf']} (google.com: domain of {s['mailfrom']} does not designate {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']};")
    pol = s.get("policy", "NONE")
    if s["dmarc"] == "pass":
        parts.append(f"       dmarc=pass (p={pol} sp={pol} dis=NONE) header.from={s['dom']}")
    elif s["dmarc"] == "fail":
        parts.append(f"       dmarc=fail (p={pol} sp={pol} dis={pol if pol != 'NONE' else 'NONE'}) header.from={s['dom']}")
    else:
        parts.append(f"       dmarc=none header.from={s['dom']}")
    return "\n".join(parts)


def rx_outlook(rcpt, s, dt, internal=False):
    loc = dt.astimezone(UTC)
    dstr = loc.strftime("%a, %d %b %Y %H:%M:%S +0000")
    dstr2 = (loc + timedelta(seconds=2)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    srv = f"MA0PR01MB{R.randint(1000,9999)}.INDPRD01.PROD.OUTLOOK.COM"
    lines = [f"Received: from {f'PN3PR01CA{R.randint(1000,9999)}.INDPRD01.PROD.OUTLOOK.COM'} (2603:1096:c01:{rhex(2)}::{rhex(2)})\n by {srv} (2603:1096:a01:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}; {dstr2}"]
    if internal:
        return lines
    prot = f"PN2PEPF0000{R.randint(1000,9999)}.INDPRD01.PROD.OUTLOOK.COM"
    lines.append(f"Received: from {prot}\n (2603:1096:c01:{rhex(3)}:cafe::{rhex(2)}) by PN3PR01CA{R.randint(1000,9999)}.outlook.office365.com\n (2603:1096:c01:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend Transport; {dstr2}")
    mf_dom = s["mailfrom"].split("@")[1]
    if mf_dom.endswith("amazonses.com"):
        mf_dom = "amazonses.com"
    dk = s["dkim"][0][0] if s["dkim"] else mf_dom
    dkim_res = "pass (signature was verified)" if s["dmarc"] == "pass" else "none (message not signed)"
    comp = "pass reason=100" if s["dmarc"] == "pass" else "fail reason=001"
    act = "none" if s["dmarc"] == "pass" else "quarantine"
    lines.append(f"Authentication-Results: spf={s['spf']} (sender IP is {s['ip']})\n smtp.mailfrom={mf_dom}; dkim={dkim_res}\n header.d={dk};dmarc={s['dmarc']} action={act}\n header.from={s['dom']};compauth={comp}")
    lines.append(f"Received-SPF: Pass (protection.outlook.com: domain of {mf_dom} designates\n {s['ip']} as permitted sender) receiver=protection.outlook.com;\n client-ip={s['ip']}; helo={s['helo']}; pr=C")
    lines.append(f"Received: from {s['helo']} ({s['ip']}) by\n {prot.replace('.INDPRD01.PROD.OUTLOOK.COM', '.mail.protection.outlook.com')} (10.167.242.{R.randint(10,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend\n Transport; {dstr}")
    return lines


def rx_posteo(rcpt, s, dt):
    loc = dt.astimezone(CET)
    dstr = loc.strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
    lines = [f"Received: from proxy02.posteo.name ([127.0.0.1])\n\tby dovecot11.posteo.local (Dovecot) with LMTP id {rb64(12)[:16]}\n\tfor <{rcpt}>; {dstr}",
             f"Received: from mx04.posteo.de ([127.0.0.1])\n\tby proxy02.posteo.name (Dovecot) with LMTP id {rb64(12)[:16]}\n\tfor <{rcpt}>; {dstr}"]
    res = []
    for d, sel in s["dkim"]:
        res.append(f"dkim={'pass' if s['dmarc'] == 'pass' else 'fail'} (2048-bit key) header.d={d} header.i=@{d} header.b=\"{rb64(6)[:8]}\"")
    if not s["dkim"]:
        res.append("dkim=none")
    res.append(f"spf={s['spf']} smtp.mailfrom={s['mailfrom'].split('@')[1]}")
    res.append(f"dmarc={s['dmarc']} (p={s.get('policy','none').lower()} dis=none) header.from={s['dom']}")
    lines.append("Authentication-Results: mx04.posteo.de;\n\t" + ";\n\t".join(res))
    lines.append(f"Received: from {s['helo']} ({s['helo']} [{s['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mx04.posteo.de (Postfix) with ESMTPS id 4c{ralnum(9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\n\tfor <{rcpt}>; {dstr}")
    return lines


def rx_gmx(rcpt, s, dt):
    loc = dt.astimezone(CET)
    dstr = loc.strftime("%a, %d %b %Y %H:%M:%S %z")
    res = [f"dkim={'pass' if s['dmarc'] == 'pass' else ('none' if not s['dkim'] else 'fail')} header.d={s['dkim'][0][0] if s['dkim'] else s['dom']}",
           f"spf={s['spf']} smtp.mailfrom={s['mailfrom'].split('@')[1]}",
           f"dmarc={s['dmarc']} (p={s.get('policy','NONE')}) header.from={s['dom']}"]
    return [f"Received: from {s['helo']} ([{s['ip']}]) by mx-ha.gmx.net (mxgmx{R.randint(100,120)}\n [212.227.15.{R.randint(10,60)}]) with ESMTPS (Nemesis) id 1M{ralnum(7)}-{ralnum(18)} for\n <{rcpt}>; {dstr}",
            "Authentication-Results: gmx.net;\n " + ";\n ".join(res),
            f"X-GMX-Antispam: {0 if s['dmarc']=='pass' else 5} (Mail was not recognized as spam); Detail=V3;",
            ]


def rx_nifty(rcpt, s, dt):
    loc = dt.astimezone(JST)
    dstr = loc.strftime("%a, %d %b %Y %H:%M:%S +0900 (JST)")
    res = [f"spf={s['spf']} smtp.mailfrom={s['mailfrom'].split('@')[1]}"]
    if s["dkim"]:
        res.append(f"dkim={'pass' if s['dmarc'] == 'pass' or s.get('dkim_ok') else 'fail'} header.i=@{s['dkim'][0][0]}")
    else:
        res.append("dkim=none")
    res.append(f"dmarc={s['dmarc']} header.from={s['dom']}")
    return [f"Received: from mta-dmz{R.randint(11,19)}.nifty.com ([10.126.{R.randint(1,9)}.{R.randint(10,99)}])\n          by mbox-{R.randint(101,140)}.nifty.com with ESMTP\n          id <{dt.strftime('%Y%m%d%H%M%S')}.{ralnum(8).upper()}.mbox-{R.randint(101,140)}@nifty.com>\n          for <{rcpt}>; {dstr}",
            "Authentication-Results: mx.nifty.com; " + "; ".join(res),
            f"Received: from {s['helo']} ({s['helo']} [{s['ip']}])\n          by mta-dmz{R.randint(11,19)}.nifty.com with ESMTP id {ralnum(12).upper()}\n          for <{rcpt}>; {dstr}"]


def rx_biglobe(rcpt, s, dt):
    loc = dt.astimezone(JST)
    dstr = loc.strftime("%a, %d %b %Y %H:%M:%S +0900")
    return [f"Received: from mail-mx{R.randint(1,4)}.biglobe.ne.jp (mail-mx.biglobe.ne.jp [133.205.{R.randint(1,200)}.{R.randint(1,250)}])\n\tby mbox{R.randint(10,40)}.biglobe.ne.jp (Postfix) with ESMTP id {ralnum(10).upper()}\n\tfor <{rcpt}>; {dstr}",
            f"Received: from {s['helo']} ({s['helo']} [{s['ip']}])\n\tby mail-mx{R.randint(1,4)}.biglobe.ne.jp (Postfix) with ESMTPS id {ralnum(10).upper()}\n\tfor <{rcpt}>; {dstr}"]


RX = dict(gmail=rx_gmail, outlook=rx_outlook, posteo=rx_posteo, gmx=rx_gmx, nifty=rx_nifty, biglobe=rx_biglobe)


# ----------------------------------------------------------------- assemble
def add(slug, *, kind, case, ids, sv, lang, provider, rcpt, s, dt, subject, body, to=None,
        new=None, in_reply_to=None, references=None, extra=(), date_tz=UTC, forged_ar=None,
        from_charset="utf-8", internal=False, wrong_charset=None, cc=None):
    lines = []
    if provider == "gmail":
        lines += rx_gmail(rcpt, s, dt, forged_ar=forged_ar)
    elif provider == "outlook":
        lines += rx_outlook(rcpt, s, dt, internal=internal)
    else:
        lines += RX[provider](rcpt, s, dt)
        if forged_ar:
            lines.append(forged_ar)
    for d, sel in s["dkim"]:
        lines.append(dkim_sig(d, sel, dt))
    hd = dt.astimezone(date_tz)
    lines.append(f"Date: {rfc(hd)}")
    lines.append(f"From: {addr(s['name'], s['addr'], from_charset)}")
    lines.append(f"To: {to or rcpt}")
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Message-ID: {s['msgid']}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {references}")
    lines.append(f"Subject: {subject}")
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines) + "\n"
    bb = body.as_bytes()
    if wrong_charset:
        old, newlab = wrong_charset
        bb = bb.replace(old.encode(), newlab.encode(), 1)
    raw = head.encode("ascii") + bb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if new is not None:
        got = ids_in(new)
        assert got == sorted(ids), (slug, got, ids)
    label = dict(kind=kind, case_id=case, account_ids=sorted(set(ids)), sender_verified=sv, language=lang)
    MAILS.append((slug, label, raw))


# ----------------------------------------------------------------- templates
AWS_FOOT_EN = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
               "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
               "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def console_html(inner_html, lang="en"):
    foot = AWS_FOOT_EN if lang == "en" else (
        "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。"
        "このメッセージは Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210 によって作成および配信されました。")
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;line-height:20px;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="Amazon Web Services"></td></tr>
<tr><td style="padding:24px">
{inner_html}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;line-height:15px;color:#687078;border-top:1px solid #eaeded">{html.escape(foot)}</td></tr>
</table></td></tr></table>
</body></html>
"""


def credly_html(inner_html):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1c1c1c">
<table role="presentation" align="center" width="600" style="background:#ffffff;margin:24px auto;border-radius:6px">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/email/credly-logo-orange.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:15px;line-height:22px">
{inner_html}
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6b6b6b;border-top:1px solid #e5e5e5">
Credly, Inc. &middot; 2 Rector Street, 21st Floor, New York, NY 10006<br>
You are receiving this email because you have an account on Credly. <a href="https://www.credly.com/notification_preferences">Manage email preferences</a>
</td></tr></table></body></html>
"""


def btn(label, url, color="#ff6b00"):
    return (f'<p style="margin:24px 0"><a href="{url}" style="background:{color};color:#ffffff;'
            f'padding:12px 22px;border-radius:4px;text-decoration:none;font-weight:bold">{html.escape(label)}</a></p>')


FORM = "aws-cs-trainingcertification-form@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


# =================================================================== PERSON 1: Japan
JP = "takahashi.yuto@nifty.com"
JP_OLDMAIL = "yuto_t@biglobe.ne.jp"
JP_NAME = "高橋 悠斗"
JP_KEEP, JP_GONE = "AWS17420583", "AWS09318846"
jp_open = datetime(2025, 5, 27, 23, 2, 14, tzinfo=JST)
JC = case_id(jp_open, "04417")
jp_ec2_open = datetime(2025, 4, 8, 10, 15, 49, tzinfo=JST)
JC_EC2 = case_id(jp_ec2_open, "11902")


def jp_mails():
    # 1 Pearson VUE booking (ISO-2022-JP)
    dt = datetime(2025, 3, 2, 21, 18, 40, tzinfo=JST)
    s = other_sender("Pearson VUE", "pearsonvuecustomerservice@pearson.com", "pearson.com",
                     "205.139.110." + str(R.randint(10, 200)), "us-smtp-delivery-110.mimecast.com",
                     mailfrom="pearsonvuecustomerservice@pearson.com")
    t = f"""{JP_NAME} 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名:         SAP-C02: AWS Certified Solutions Architect - Professional
試験言語:       日本語
受験日時:       2025年3月22日(土) 13:00 (日本標準時)
受験方式:       オンライン監督試験 (OnVUE)
受験者 ID:      {JP_KEEP}
登録 ID:        512847396

受験当日は、開始予定時刻の 30 分前からチェックインが可能です。事前に必ずシステムテストを実施し、
有効な身分証明書 (氏名がローマ字で記載されたもの) をご用意ください。

予約の変更・キャンセルは、受験日の 24 時間前までに AWS 認定アカウントから行ってください。

Pearson VUE カスタマーサービス
https://home.pearsonvue.com/aws
"""
    add("jp-pearson", kind="unrelated", case=None, ids=[JP_KEEP], sv=False, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt, date_tz=JST,
        subject=subj("Pearson VUE 試験予約の確認 - AWS Certified Solutions Architect - Professional", "iso-2022-jp"),
        body=part(t, charset="iso-2022-jp", cte="7bit"), new=t)

    # 2 other console case opened (EC2 vCPU), Japanese
    dt = jp_ec2_open + timedelta(seconds=19)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    t = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {JC_EC2} を作成しました。

ケース ID: {JC_EC2}
件名: EC2 vCPU 上限緩和のご依頼 (ap-northeast-1)
重要度: 一般的なガイダンス
ケースの内容:
サービス: Service Limit Increase / EC2 インスタンス
リージョン: アジアパシフィック (東京)
制限名: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
新しい制限値: 256

このケースを表示または更新するには、サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={JC_EC2}&language=ja

このメールアドレスでは返信を受け付けておりません。ケースへの返信はサポートセンターから行ってください。
"""
    h = console_html("<p>" + t2h(t) + "</p>", lang="ja")
    add("jp-aws-console", kind="unrelated", case=JC_EC2, ids=[], sv=True, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt,
        subject=subj(f"Amazon Web Services: 新しいサポートケースが作成されました: {JC_EC2}", "utf-8"),
        body=alt(part(t, cte="base64"), part(h, "html", cte="base64")), new=t)

    # 3 EC2 case answered: "完了しました" but about a quota
    dt = datetime(2025, 4, 9, 2, 41, 7, tzinfo=UTC)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    t = f"""お客様

AWS サポートの渡辺でございます。

ご依頼いただいたアジアパシフィック (東京) リージョンにおける Running On-Demand Standard インスタンスの vCPU 上限につきまして、64 から 256 への引き上げが完了しました。
反映まで最大 30 分ほどかかる場合がございます。Service Quotas コンソールにて適用値をご確認ください。

他にご不明な点がございましたら、本ケースにてお知らせください。

よろしくお願いいたします。

渡辺
Amazon Web Services

===================================================

本ケースのやり取りを表示するには、こちらをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={JC_EC2}&language=ja

このやり取りに満足いただけた場合は、サポートセンターで評価をお寄せください。

* このメールアドレスでは返信を受け付けておりません。

===================================================
"""
    add("jp-aws-console", kind="unrelated", case=JC_EC2, ids=[], sv=True, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt,
        subject=subj(f"RE:[CASE {JC_EC2}] EC2 vCPU 上限緩和のご依頼 (ap-northeast-1)", "utf-8"),
        body=part(t, cte="quoted-printable"), new=t)

    # 4 case created (form desk, Japanese)
    dt = jp_open + timedelta(seconds=31)
    s = aws_sender(FORM, dt)
    t = f"""{JP_NAME} 様

AWS トレーニングと認定 (AWS Training and Certification) にお問い合わせいただき、誠にありがとうございます。

お客様からのお問い合わせを以下の内容で受け付けました。担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。

ケース ID: {JC}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 受験者 ID: {JP_KEEP}

本件について追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。
同じ内容のお問い合わせを重複して送信されますと、対応が遅れる場合がございます。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
    add("jp-aws-form", kind="case_created", case=JC, ids=[JP_KEEP], sv=True, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt, subject=f"[CASE {JC}] {FORM_SUBJ}",
        body=part(t, cte="base64"), new=t)

    # 5 agent asks for details (no obvious keyword)
    dt = datetime(2025, 5, 28, 1, 14, 52, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = f"""{JP_NAME} 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お持ちの認定アカウントをひとつにおまとめになりたいとのご要望、承知いたしました。
ご連絡いただいた受験者 ID {JP_KEEP} のほかに、以前お使いだったアカウントを当方で特定するため、お手数ですが以下の点をお知らせいただけますでしょうか。

1. もう一方のアカウントの受験者 ID (「AWS」で始まる ID です)
   ※ご不明の場合は、登録時の氏名 (ローマ字) と生年月日
2. それぞれのアカウントに登録されているメールアドレス
3. 今後お使いになるアカウントはどちらか

このメールにそのままご返信いただければ、担当より確認いたします。
どうぞよろしくお願いいたします。

山本 美咲
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
    orig = f"""---------- 元のお問い合わせ内容 ----------
お問い合わせの種類: Certification
詳細: Account Merge
AWS 受験者 ID: {JP_KEEP}
内容:
前職のメールアドレスで作成した認定アカウントがもう一つあり、そちらに SAA の認定が残っています。
現在のアカウントに統合したいです。よろしくお願いします。
"""
    add("jp-aws-form", kind="support_reply", case=JC, ids=[JP_KEEP], sv=True, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt, subject=f"RE:[CASE {JC}] {FORM_SUBJ}",
        body=part(new + "\n" + orig, cte="quoted-printable"), new=new)

    # 6 confirmation request, paraphrased; Japanese quote header with nested "> >"
    dt = datetime(2025, 5, 29, 0, 5, 33, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = f"""{JP_NAME} 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。
ご回答いただきありがとうございます。いただいた情報をもとに、以下の 2 つのアカウントを確認いたしました。

  ■ 今後お使いいただくアカウント
    受験者 ID: {JP_KEEP}
    登録メールアドレス: takahashi.yuto@nifty.com

  ■ 取り込み後に閉鎖されるアカウント
    受験者 ID: AWS-09318846
    登録メールアドレス: y.takahashi@kaisei-sys.co.jp

作業では、AWS-09318846 に記録されている認定資格・受験履歴・特典をすべて {JP_KEEP} へ移し、その後 AWS-09318846 はご利用いただけなくなります。
この作業は一度実施すると元に戻すことができません。上記の内容で差し支えないか、本メールへのご返信にてお知らせください。
ご承諾のご連絡をいただいてから作業に着手いたします。

どうぞよろしくお願いいたします。

山本 美咲
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
    prev_agent = """高橋 悠斗 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お持ちの認定アカウントをひとつにおまとめになりたいとのご要望、承知いたしました。
(中略)
3. 今後お使いになるアカウントはどちらか

山本 美咲"""
    user = f"""山本様

ご連絡ありがとうございます。以下のとおりです。

1. もう一方の受験者 ID: {JP_GONE}
2. {JP_KEEP}: takahashi.yuto@nifty.com
   {JP_GONE}: y.takahashi@kaisei-sys.co.jp (前職のアドレスで、現在は受信できません)
3. 残したいのは {JP_KEEP} です。

よろしくお願いいたします。
高橋

2025年5月28日(水) 10:14 Amazon Web Services <{FORM}>:
{quote(prev_agent)}"""
    body = new + f"\n2025年5月28日(水) 12:31 高橋 悠斗 <{JP}>:\n" + quote(user)
    add("jp-aws-form", kind="merge_confirmation_requested", case=JC, ids=[JP_KEEP, JP_GONE], sv=True,
        lang="ja", provider="nifty", rcpt=JP, s=s, dt=dt, subject=f"RE:[CASE {JC}] {FORM_SUBJ}",
        body=part(body, cte="base64"), new=new)
    conf_req_jp = new

    # 7 "thank you, we will now proceed" - ids only in quote
    dt = datetime(2025, 5, 29, 5, 48, 2, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = f"""{JP_NAME} 様

山本でございます。ご返信いただき、ありがとうございます。
それでは、ご承諾いただいた内容のとおり作業を進めてまいります。

処理には通常 1～3 営業日ほどお時間をいただいております。作業が終わりましたら、あらためて本ケースにてご連絡いたします。
なお、作業終了後は、旧アカウントで取得された認定のデジタルバッジについて、Credly から登録メールアドレス宛てにお知らせが届く場合がございます。

引き続きよろしくお願いいたします。

山本 美咲
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
    user = f"""山本様

内容に相違ありません。統合を進めてください。

高橋

2025年5月29日(木) 9:05 Amazon Web Services <{FORM}>:
{quote(conf_req_jp)}"""
    body = new + f"\n2025年5月29日(木) 12:02 高橋 悠斗 <{JP}>:\n" + quote(user)
    add("jp-aws-form", kind="support_reply", case=JC, ids=[], sv=True, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt, subject=f"RE:[CASE {JC}] {FORM_SUBJ}",
        body=part(body, cte="quoted-printable"), new=new)

    # 8 completion + closure (ISO-2022-JP), avoids 統合
    dt = datetime(2025, 5, 30, 2, 20, 11, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    t = f"""{JP_NAME} 様

AWS トレーニングと認定 カスタマーサポートの小林と申します。山本に代わりご連絡いたします。

大変お待たせいたしました。ご依頼の作業が終わりましたのでご報告いたします。
旧アカウント {JP_GONE} に記録されていた認定資格 (AWS Certified Solutions Architect - Associate) と受験履歴は、すべて {JP_KEEP} へ移行いたしました。{JP_GONE} は閉鎖済みのため、今後はサインインできません。

お手数ですが {JP_KEEP} で認定アカウントにサインインいただき、認定資格の一覧や特典 (次回受験の 50% 割引など) が正しく表示されているかご確認ください。Credly のデジタルバッジにつきましては、数日以内に別途メールが届く見込みです。

本件はこれにてクローズとさせていただきます。後ほどお送りするアンケートにご協力いただけますと幸いです。

小林 大輔
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
    add("jp-aws-form", kind="merge_completed", case=JC, ids=[JP_KEEP, JP_GONE], sv=True, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt, subject=f"RE:[CASE {JC}] {FORM_SUBJ}",
        body=part(t, charset="iso-2022-jp", cte="7bit"), new=t)

    # 9 survey (Japanese subject split over encoded words)
    dt = datetime(2025, 5, 30, 2, 22, 40, tzinfo=UTC)
    s = aws_sender("aws-tc-feedback@amazon.com", dt, name="AWS トレーニングと認定")
    t = f"""{JP_NAME} 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
お問い合わせ (ケース ID: {JC}) はクローズされました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします (所要時間: 約 1 分)。

問題は解決しましたか?
  はい   https://survey.aws-tc.amazon.com/r/{rhex(20)}?caseId={JC}&a=yes
  いいえ https://survey.aws-tc.amazon.com/r/{rhex(20)}?caseId={JC}&a=no

担当者の対応を 5 段階で評価してください:
  https://survey.aws-tc.amazon.com/rate/{rhex(24)}

※ このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
"""
    h = console_html("<p>" + t2h(t) + "</p>", lang="ja")
    add("jp-aws-feedback", kind="survey", case=JC, ids=[], sv=True, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt,
        subject=subj(f"【AWS トレーニングと認定】お問い合わせ対応に関するアンケートのお願い (ケース {JC})", "utf-8"),
        body=alt(part(t, cte="base64"), part(h, "html", cte="base64")), new=t)

    # 10 Credly badge to the old biglobe address (no Authentication-Results)
    dt = datetime(2025, 5, 31, 16, 4, 27, tzinfo=UTC)
    s = credly_sender(dt, name="Amazon Web Services Training and Certification via Credly")
    url = f"https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    t = f"""Hi Yuto,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile and share it with your network:
{url}

Issued: May 31, 2025
Expires: March 14, 2027

The Credly Team
"""
    h = credly_html(f"<p>Hi Yuto,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>"
                    f"<p style=\"font-size:18px\"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>"
                    f"{btn('Accept your badge', url)}<p>Issued: May 31, 2025<br>Expires: March 14, 2027</p>")
    add("jp-credly", kind="credly_badge_issued", case=None, ids=[], sv=None, lang="en",
        provider="biglobe", rcpt=JP_OLDMAIL, s=s, dt=dt, date_tz=UTC,
        subject="Yuto, you've been issued a badge from Amazon Web Services Training and Certification",
        body=alt(part(t, cte="quoted-printable"), part(h, "html", cte="quoted-printable")), new=t)

    # 11 GitHub merged PR notification
    dt = datetime(2025, 6, 2, 8, 33, 12, tzinfo=UTC)
    s = other_sender("Kenji Mori", "notifications@github.com", "github.com", "192.30.252." + str(R.randint(200, 215)),
                     "out-2{}.smtp.github.com".format(R.randint(1, 9)), mailfrom="noreply@github.com", sel="pf2023")
    s["msgid"] = "<yt-lab/infra-cdk/pull/88/issue_event/17429938712@github.com>"
    t = """Merged #88 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/yt-lab/infra-cdk/pull/88#event-17429938712
You are receiving this because you were mentioned.
"""
    h = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/yt-lab/infra-cdk/pull/88">#88</a> into main.</p>'
         '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
         '<a href="https://github.com/yt-lab/infra-cdk/pull/88#event-17429938712">view it on GitHub</a>.<br />'
         'You are receiving this because you were mentioned.</p>')
    add("jp-github", kind="unrelated", case=None, ids=[], sv=False, lang="en",
        provider="nifty", rcpt=JP, s=s, dt=dt, to="yt-lab/infra-cdk <infra-cdk@noreply.github.com>",
        cc=f"Yuto Takahashi <{JP}>, Mention <mention@noreply.github.com>",
        subject="Re: [yt-lab/infra-cdk] Merge staging account stack into shared services account (PR #88)",
        in_reply_to="<yt-lab/infra-cdk/pull/88@github.com>", references="<yt-lab/infra-cdk/pull/88@github.com>",
        body=alt(part(t, cte="7bit", charset="UTF-8"), part(h, "html", cte="7bit", charset="UTF-8")),
        extra=["X-GitHub-Reason: mention", "List-ID: yt-lab/infra-cdk <infra-cdk.yt-lab.github.com>"], new=t)

    # 12 friend's mail, ISO-2022-JP, Japanese quote header; ids only in quote
    dt = datetime(2025, 6, 3, 0, 12, 55, tzinfo=UTC)
    s = other_sender("佐々木 亮", "ryo.sasaki.aws@gmail.com", "gmail.com", "209.85.214." + str(R.randint(170, 200)),
                     "mail-pl1-f{}.google.com".format(R.randint(170, 200)), sel="20230601", msgid_dom="mail.gmail.com")
    s["msgid"] = f"<CAK{rb64(30).replace('/', '').replace('+', '')[:36]}@mail.gmail.com>"
    new = """高橋さん

詳しくありがとうございます!
自分も前の会社で作ったアカウントが残っているので、同じフォームから問い合わせてみます。
受験者 ID は両方とも書いておけばいいんですよね。

また勉強会で色々教えてください。

佐々木
"""
    q = f"""佐々木さん

先週サポートにお願いして、古いアカウント ({JP_GONE}) を今のアカウント ({JP_KEEP}) に統合してもらいました。
フォームから問い合わせて、確認のメールに返信したら、2 日くらいで完了の連絡が来ました。
Credly のバッジも翌日には届いています。

高橋"""
    body = new + f"\n2025年6月2日(月) 21:47 高橋 悠斗 <{JP}>:\n\n" + quote(q) + "\n"
    add("jp-friend", kind="unrelated", case=None, ids=[], sv=False, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt, date_tz=JST, from_charset="iso-2022-jp",
        subject=subj("Re: 認定アカウントの件", "iso-2022-jp"),
        in_reply_to=f"<{rhex(12)}.{rhex(6)}@nifty.com>",
        body=part(body, charset="iso-2022-jp", cte="7bit"), new=new)

    # 13 phishing: fake confirmation request in Japanese (look-alike domain, wrong charset label)
    dt = datetime(2025, 6, 4, 11, 7, 3, tzinfo=UTC)
    s = other_sender("AWS トレーニングと認定", "support@aws-certification-jp.com", "aws-certification-jp.com",
                     "45.142.212." + str(R.randint(10, 90)), "mail.aws-certification-jp.com",
                     mailfrom="bounce@aws-certification-jp.com", dmarc="none", dkim=False, spf="pass")
    t = f"""{JP_NAME} 様

AWS トレーニングと認定 サポートセンターです。
お客様の認定アカウントにつきまして、重複登録が検出されました。
下記アカウントの統合手続きを進めるにあたり、ご本人様による承認が必要です。

  統合先アカウント: {JP_KEEP}
  統合元アカウント: 旧メールアドレスで登録されたアカウント

統合後は取り消すことができません。内容をご確認のうえ、24 時間以内に下記リンクよりサインインし、承認を完了してください。
期限内に承認が確認できない場合、保有されている認定資格が一時的に停止されます。

▼ 承認手続きはこちら
https://aws-certification-jp.com/verify/merge?cid={JP_KEEP}&t={rhex(16)}

※ 本メールは送信専用です。
AWS トレーニングと認定
"""
    add("jp-aws-certification", kind="merge_confirmation_requested", case=None, ids=[JP_KEEP], sv=False,
        lang="ja", provider="nifty", rcpt=JP, s=s, dt=dt, date_tz=JST,
        subject=subj("【重要】認定アカウント統合のご確認 (24時間以内に承認が必要です)", "utf-8"),
        body=part(t, charset="utf-8", cte="8bit"), wrong_charset=('charset="utf-8"', 'charset="iso-2022-jp"'), new=t)

    # 14 Japanese newsletter, Shift_JIS label with CP932 content
    dt = datetime(2025, 6, 10, 22, 0, 0, tzinfo=UTC)
    s = other_sender("クラウド技術通信", "magazine@cloudgijutsu.jp", "cloudgijutsu.jp",
                     "210.152.135." + str(R.randint(10, 90)), "mo{}.cloudgijutsu.jp".format(R.randint(1, 9)),
                     mailfrom="bounce-212@cloudgijutsu.jp")
    t = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　クラウド技術通信　第212号　2025年6月11日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック

① AWS 認定、2025 年の新試験ラインナップを整理する
   AI Practitioner と ML Engineer - Associate の位置付けは?

② 転職したら要注意? 認定アカウントを一つにまとめる方法
   古い会社のメールアドレスで登録したアカウントの扱いを解説

③ 東京リージョンの新しいインスタンスタイプを試してみた

■ イベント情報
　6月25日(水) オンライン勉強会「マルチアカウント運用のリアル」
　参加申込: https://cloudgijutsu.jp/events/2025-06-25

──────────────────────────────
配信停止: https://cloudgijutsu.jp/mail/unsubscribe
発行: 株式会社クラウド技術通信社
──────────────────────────────
"""
    add("jp-newsletter", kind="unrelated", case=None, ids=[], sv=False, lang="ja",
        provider="nifty", rcpt=JP, s=s, dt=dt, date_tz=JST, from_charset="iso-2022-jp",
        subject=subj("【クラウド技術通信】第212号 認定アカウントを一つにまとめる方法 ほか", "iso-2022-jp"),
        body=part(t, charset="Shift_JIS", codec="cp932", cte="base64"), new=t,
        extra=["List-Unsubscribe: <https://cloudgijutsu.jp/mail/unsubscribe>"])

    # 15 Credly expiry reminder to biglobe (no AR)
    dt = datetime(2025, 8, 19, 14, 30, 5, tzinfo=UTC)
    s = credly_sender(dt)
    url = "https://www.credly.com/badges/" + f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    t = f"""Hi Yuto,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, will expire on November 17, 2025.

To keep your badge active, complete the recertification requirements set by the issuer before the expiration date.

View badge: {url}

The Credly Team
"""
    h = credly_html(f"<p>Hi Yuto,</p><p>Your <b>AWS Certified Cloud Practitioner</b> badge, issued by Amazon Web Services Training and Certification, "
                    f"will expire on <b>November 17, 2025</b>.</p><p>To keep your badge active, complete the recertification requirements set by the issuer before the expiration date.</p>"
                    f"{btn('View badge', url, '#1c1c1c')}")
    add("jp-credly", kind="unrelated", case=None, ids=[], sv=None, lang="en",
        provider="biglobe", rcpt=JP_OLDMAIL, s=s, dt=dt,
        subject="Your badge is expiring soon: AWS Certified Cloud Practitioner",
        body=alt(part(t, cte="quoted-printable"), part(h, "html", cte="quoted-printable")), new=t)


# =================================================================== PERSON 2: Germany
DE = "f.lange@posteo.de"
DE_GMX = "friederike.lange@gmx.de"
DE_KEEP, DE_GONE = "AWS21765094", "AWS30418827"
de_a = datetime(2025, 10, 6, 9, 41, 27, tzinfo=CET)
de_b = datetime(2025, 10, 14, 18, 20, 5, tzinfo=CET)
DCA = case_id(de_a, "20835")
DCB = case_id(de_b, "07361")


def de_mails():
    # Credly expiry (gmx)
    dt = datetime(2025, 9, 15, 13, 2, 44, tzinfo=UTC)
    s = credly_sender(dt)
    url = "https://www.credly.com/badges/" + f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    t = f"""Hello Friederike,

This is a reminder that your badge AWS Certified Cloud Practitioner expires in 60 days (November 14, 2025).

Amazon Web Services Training and Certification may offer a way to renew it. Check the issuer's requirements to keep your credential current.

{url}

Thanks,
Credly
"""
    h = credly_html(f"<p>Hello Friederike,</p><p>This is a reminder that your badge <b>AWS Certified Cloud Practitioner</b> expires in <b>60 days</b> (November 14, 2025).</p>"
                    f"<p>Amazon Web Services Training and Certification may offer a way to renew it.</p>{btn('Review badge', url, '#1c1c1c')}")
    add("de-credly", kind="unrelated", case=None, ids=[], sv=True, lang="en",
        provider="gmx", rcpt=DE_GMX, s=s, dt=dt, subject="Reminder: your badge expires in 60 days",
        body=alt(part(t), part(h, "html")), new=t)

    # Pearson VUE with wrong charset label (windows-1252 label, UTF-8 bytes)
    dt = datetime(2025, 9, 8, 15, 26, 9, tzinfo=UTC)
    s = other_sender("Pearson VUE", "pearsonvuecustomerservice@pearson.com", "pearson.com",
                     "185.58.85." + str(R.randint(10, 200)), "eu-smtp-delivery-1.mimecast.com",
                     mailfrom="pearsonvuecustomerservice@pearson.com")
    t = f"""Dear Friederike Lange,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam:            SOA-C02: AWS Certified SysOps Administrator – Associate
Date and time:   Thursday, 2 October 2025, 09:00 Central European Summer Time
Location:        Pearson Professional Centers – Frankfurt
                 Mainzer Landstraße 50, 60325 Frankfurt am Main, Germany
Candidate ID:    {DE_KEEP}
Registration ID: 498231775

Please arrive 15 minutes before your appointment and bring a valid, government-issued ID that matches the name on your profile exactly.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
    add("de-pearson", kind="unrelated", case=None, ids=[DE_KEEP], sv=False, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject="Pearson VUE Confirmation of Booking",
        body=part(t, charset="utf-8", cte="8bit"), wrong_charset=('charset="utf-8"', 'charset="windows-1252"'), new=t)

    # AWS T&C newsletter mentioning merges
    dt = datetime(2025, 10, 2, 16, 0, 12, tzinfo=UTC)
    s = aws_sender("aws-tc-news@amazon.com", dt, name="AWS Training & Certification")
    t = """AWS Training & Certification | October 2025

New this month
- AWS Certified Generative AI Developer - Professional: beta registration is open.
- Free: 10 new digital courses on AWS Skill Builder, including Amazon Bedrock Agents.
- Exam Prep Plans now available in German, Japanese and Korean.

Certification tip
Changed jobs and ended up with more than one certification account? Keep one profile so your
certifications, benefits and digital badges stay together. Our FAQ explains how to ask the
Training and Certification team to combine duplicate accounts:
https://aws.amazon.com/certification/faqs/

Upcoming events
AWS Community Day DACH, Munich - 16 October 2025

You are receiving this email because you subscribed to AWS Training and Certification news.
Unsubscribe: https://pages.awscloud.com/communication-preferences
"""
    h = console_html("<h2 style=\"font-size:20px\">AWS Training &amp; Certification | October 2025</h2><p>" + t2h(t.split("\n", 2)[2]) + "</p>")
    add("de-aws-news", kind="unrelated", case=None, ids=[], sv=True, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject="New in October: GenAI Developer Pro beta, free courses and a certification tip",
        body=alt(part(t), part(h, "html")), new=t,
        extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>"])

    # case A acknowledgement
    dt = de_a.astimezone(UTC) + timedelta(seconds=44)
    s = aws_sender(FORM, dt)
    t = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your inquiry. A member of our team will review it and respond, typically within 24 hours.

Case ID: {DCA}
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {DE_KEEP}

Please do not submit another request for the same issue, as this may delay our response. If you have additional information, reply to this email and keep the case ID in the subject line.

Regards,
Amazon Web Services Training and Certification
"""
    add("de-aws-form", kind="case_created", case=DCA, ids=[DE_KEEP], sv=True, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject=f"[CASE {DCA}] {FORM_SUBJ}",
        body=part(t), new=t)

    # GitLab merged notification
    dt = datetime(2025, 10, 9, 12, 45, 30, tzinfo=UTC)
    s = other_sender("Jonas Weber (@jweber)", "gitlab@mg.gitlab.com", "mg.gitlab.com",
                     "192.237.158." + str(R.randint(10, 90)), "mg-d{}.mg.gitlab.com".format(R.randint(1, 9)),
                     mailfrom="bounce+" + rhex(6) + "@mg.gitlab.com", sel="mailo")
    s["msgid"] = f"<merge_request_{R.randint(300000000,399999999)}@gitlab.com>"
    t = """Merge request !231 was merged
Merge request URL: https://gitlab.com/cloudwerk/sap-landscape/terraform-aws-sap/-/merge_requests/231
Project:Branches: cloudwerk/sap-landscape/terraform-aws-sap:feature/shared-vpc-accounts to cloudwerk/sap-landscape/terraform-aws-sap:main
Author: Friederike Lange

--
Reply to this email directly or view it on GitLab: https://gitlab.com/cloudwerk/sap-landscape/terraform-aws-sap/-/merge_requests/231
You're receiving this email because of your account on gitlab.com.
"""
    h = ("<html><body><p>Merge request <a href=\"https://gitlab.com/cloudwerk/sap-landscape/terraform-aws-sap/-/merge_requests/231\">!231</a> was merged</p>"
         "<p>Project:Branches: cloudwerk/sap-landscape/terraform-aws-sap:feature/shared-vpc-accounts to cloudwerk/sap-landscape/terraform-aws-sap:main<br>Author: Friederike Lange</p>"
         "<p style=\"color:#666\">Reply to this email directly or view it on GitLab.<br>You're receiving this email because of your account on gitlab.com.</p></body></html>")
    add("de-gitlab", kind="unrelated", case=None, ids=[], sv=False, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt,
        subject="Re: terraform-aws-sap | Merge shared VPC accounts into landing zone (!231)",
        body=alt(part(t), part(h, "html")), new=t, extra=["X-GitLab-NotificationReason: own_activity"])

    # case B acknowledgement (different wording, HTML alt)
    dt = de_b.astimezone(UTC) + timedelta(seconds=38)
    s = aws_sender(FORM, dt)
    t = f"""Dear Friederike Lange,

We've logged your request with AWS Training and Certification customer support under reference {DCB}.

What happens next: a support specialist will look into your request and get back to you at {DE}, usually within one business day.

Summary of your submission
  Topic: Certification > Account Merge
  Candidate ID(s) provided: {DE_KEEP}, aws-30418827
  Preferred language: English

Replying to this message adds your note to the same request.

AWS Training and Certification
"""
    h = console_html("<p>" + t2h(t) + "</p>")
    add("de-aws-form", kind="case_created", case=DCB, ids=[DE_KEEP, DE_GONE], sv=True, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject=f"[CASE {DCB}] {FORM_SUBJ}",
        body=alt(part(t), part(h, "html")), new=t)

    # agent asks details (non-native voice)
    dt = datetime(2025, 10, 15, 9, 2, 16, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = f"""Hello Friederike,

Greetings from AWS Training and Certification!

I have gone through your request and I understand you are having two certification accounts and you wish to continue with only one. I am happy to help you on this.

I could find the candidate ID {DE_KEEP} which is registered with {DE}. For the second ID which you wrote as aws-30418827, kindly help me with below details so I can verify the ownership:

- The email address which was used when you created this account
- Your full name and country as it is registered there
- Which of the two accounts you prefer to keep as main account

Kindly reply to this email with the requested details and I will take it further.

Thank you for your patience and have a nice day!

Best regards,
Andreea P.
Amazon Web Services
"""
    orig = f"""---------------------------------
Original submission:
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {DE_KEEP}
Description: Hello, I have a second certification account from years ago (aws-30418827, with my old GMX address). Can you please combine both into {DE_KEEP}? I already sent this request on 6 October (case {DCA}) but never got an answer. Thanks, Friederike Lange
"""
    add("de-aws-form", kind="support_reply", case=DCB, ids=[DE_KEEP, DE_GONE], sv=True, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject=f"RE:[CASE {DCB}] {FORM_SUBJ}",
        body=part(new + "\n" + orig), new=new)
    de_ask = new

    # confirmation request, Thunderbird German quote header, ">>" nesting
    dt = datetime(2025, 10, 17, 7, 26, 41, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = f"""Hi Friederike,

Thanks for providing the details, I was able to verify both of the accounts.

Before I am raising the merge, please check the below information carefully. Once the accounts are merged it can not be reverted back.

Primary account (this one will remain):
Candidate ID: {DE_KEEP}
Email: {DE}

Secondary account (will be merged into primary and deactivated after):
Candidate ID: {DE_GONE}
Email: {DE_GMX}

All certifications, exam history and benefits of the secondary account will be moving to the primary account.

If the above is correct, please reply to this email with your confirmation. Without your confirmation I can not proceed.

Warm regards,
Rahul
Amazon Web Services
"""
    her = f"""Hello Andreea,

thanks for the quick answer. Here are the details:

- Email of the second account: {DE_GMX}
- Name: Friederike Lange, Germany (same on both)
- Please keep {DE_KEEP} as main account.

Best regards
Friederike

Am 15.10.25 um 11:02 schrieb Amazon Web Services:
{quote(de_ask.split('Thank you for your patience')[0].rstrip(), '> ')}"""
    body = new + "\nAm 15.10.25 um 14:37 schrieb Friederike Lange:\n" + quote(her, "> ").replace("> > ", ">> ").replace("\n> >", "\n>>") + "\n"
    add("de-aws-form", kind="merge_confirmation_requested", case=DCB, ids=[DE_KEEP, DE_GONE], sv=True,
        lang="en", provider="posteo", rcpt=DE, s=s, dt=dt, subject=f"RE:[CASE {DCB}] {FORM_SUBJ}",
        body=part(body), new=new)
    de_conf = new

    # thank you for confirmation, we'll proceed (conditional future)
    dt = datetime(2025, 10, 17, 16, 50, 3, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = """Hi Friederike,

Thank you for the confirmation.

I have now submitted the request to our internal team. Normally it takes 2-3 business days, sometimes little more. As soon as it is done I will update you on this same email thread, so no need to open any new case.

Please note after it is done, your Credly badges from the old account may take some additional days to appear.

Warm regards,
Rahul
Amazon Web Services
"""
    hist = f"""-----Original Message-----
From: Friederike Lange <{DE}>
Sent: 17 October 2025 10:12
To: {FORM}
Subject: Re: RE:[CASE {DCB}] {FORM_SUBJ}

Hi Rahul,

The details are correct. Please proceed with the merge.

Thank you!
Friederike

Am 17.10.25 um 09:26 schrieb Amazon Web Services:
{quote(de_conf)}
"""
    add("de-aws-form", kind="support_reply", case=DCB, ids=[], sv=True, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject=f"RE:[CASE {DCB}] {FORM_SUBJ}",
        body=part(new + "\n" + hist), new=new)
    de_proceed = new

    # completion + closure, no "merge" word, history appended WITHOUT quote markers
    dt = datetime(2025, 10, 20, 9, 14, 55, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = f"""Hi Friederike,

Good news from my side: the work on your certification profile is finished. Everything that was under {DE_GONE} (certifications, exam history and your exam voucher benefit) is now showing under {DE_KEEP}, and the old profile {DE_GONE} is deactivated, so please use only {DE} for login from now.

Kindly login once and check that all your certifications are visible. The Credly badges will be arriving to your Credly account in the next few days.

As your request is resolved, I am closing this case now. If you have any other question you can always write us again.

If you are satisfied with my support, please take a minute to rate this correspondence:
https://support.aws-tc.amazon.com/feedback?caseId={DCB}&rating=5

Warm regards,
Rahul
Amazon Web Services
"""
    body = new + "\n\n" + de_proceed + "\n\n" + de_conf
    add("de-aws-form", kind="merge_completed", case=DCB, ids=[DE_KEEP, DE_GONE], sv=True, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject=f"RE:[CASE {DCB}] {FORM_SUBJ}",
        body=part(body, cte="base64"), new=new)

    # survey
    dt = datetime(2025, 10, 20, 9, 16, 2, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    yes = f"https://survey.aws-tc.amazon.com/s/{rhex(20)}?c={DCB}&r=yes"
    no = f"https://survey.aws-tc.amazon.com/s/{rhex(20)}?c={DCB}&r=no"
    t = f"""Hello,

Your case {DCB} with AWS Training and Certification has been closed.

Was your issue resolved?
YES: {yes}
NO: {no}

We'd love to hear about your experience. Your feedback helps us improve our service.

Thank you,
AWS Training and Certification
"""
    h = console_html(f"<p>Hello,</p><p>Your case <b>{DCB}</b> with AWS Training and Certification has been closed.</p>"
                     f"<p><b>Was your issue resolved?</b></p>"
                     f"<table><tr><td>{btn('YES', yes, '#1d8102')}</td><td style=\"padding-left:12px\">{btn('NO', no, '#d13212')}</td></tr></table>"
                     "<p>We'd love to hear about your experience. Your feedback helps us improve our service.</p>")
    add("de-aws-form", kind="survey", case=DCB, ids=[], sv=True, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject=f"How did we do? Case {DCB}",
        body=alt(part(t), part(h, "html")), new=t)

    # follow-up on the first (unanswered) case
    dt = datetime(2025, 10, 21, 13, 31, 48, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    t = """Hello,

My name is Tomasz and I am reaching out regarding your request from 6 October.

Please accept my apologies for the late response, we are having higher volume than usual. While checking, I noticed the notification email field was empty in the submission, this is probably why you did not hear from us before.

Could you please let me know if you still need help with this request, or if it was already taken care of in another case? If there is nothing further needed, I will close this one after 3 business days.

Best regards,
Tomasz
Amazon Web Services
"""
    add("de-aws-form", kind="support_reply", case=DCA, ids=[], sv=True, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject=f"RE:[CASE {DCA}] {FORM_SUBJ}",
        body=part(t), new=t)

    # phishing Credly badge to gmx (dmarc fail)
    dt = datetime(2025, 10, 22, 5, 48, 10, tzinfo=UTC)
    s = other_sender("Amazon Web Services Training and Certification via Credly", "admin@credly.com", "credly.com",
                     "91.92.249." + str(R.randint(10, 90)), "vps-{}.hostingnet.cloud".format(R.randint(1000, 9999)),
                     mailfrom="info@badge-notify-mail.com", dmarc="fail", policy="REJECT", spf="fail", dkim=False)
    url = f"https://credly-badges-accept.com/claim/{rhex(24)}"
    h = credly_html(f"<p>Congratulations, Friederike!</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p>"
                    f"<p style=\"font-size:18px\"><b>AWS Certified Security &ndash; Specialty</b></p>"
                    f"<p>Accept your badge before <b>October 24, 2025</b>. Badges that are not accepted in time are removed from your account. "
                    f"You will be asked to sign in with your email address and email password to verify your identity.</p>{btn('Accept your badge', url)}")
    add("de-credly", kind="credly_badge_issued", case=None, ids=[], sv=False, lang="en",
        provider="gmx", rcpt=DE_GMX, s=s, dt=dt, subject="You've earned a new badge - accept it within 48 hours",
        body=part(h, "html", cte="base64"), new="")

    # colleague (English), Outlook quote
    dt = datetime(2025, 10, 23, 7, 40, 19, tzinfo=UTC)
    s = other_sender("Joris van Dijk", "joris@cloudwerk-consulting.nl", "cloudwerk-consulting.nl",
                     "40.107.22." + str(R.randint(10, 120)), f"EUR05-AM6-obe.outbound.protection.outlook.com",
                     msgid_dom="AM9PR07MB7411.eurprd07.prod.outlook.com", sel="selector1")
    new = """Hi Friederike,

Thanks for the tip, very helpful! I'll fill in the form tomorrow.
Did they ask you for anything besides the two candidate IDs and the e-mail addresses? I don't remember the password of my old one at all.

Cheers,
Joris
"""
    q = f"""From: Friederike Lange <{DE}>
Sent: Wednesday, 22 October 2025 21:03
To: Joris van Dijk <joris@cloudwerk-consulting.nl>
Subject: Re: AWS certification accounts

Hi Joris,

yes, it worked for me. I used the Training and Certification contact form (Certification > Account Merge). They sent me a summary which account stays and which one is merged, I confirmed by e-mail, and three days later my old account was gone and everything was in the new one. The Credly badges I had to move myself in Credly.

Cheers
Friederike"""
    add("de-colleague", kind="unrelated", case=None, ids=[], sv=False, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, date_tz=ZoneInfo("Europe/Amsterdam"),
        subject="RE: AWS certification accounts",
        in_reply_to=f"<{rhex(8)}-{rhex(4)}-{rhex(4)}@posteo.de>", references=f"<{rhex(8)}-{rhex(4)}-{rhex(4)}@posteo.de>",
        body=alt(part(new + "\n________________________________\n" + q + "\n"),
                 part("<html><body><div>" + t2h(new) + "</div><hr><div style=\"font-size:11pt\">" + t2h(q) + "</div></body></html>", "html")),
        new=new)

    # Credly own account merge code (gmx) - unrelated
    dt = datetime(2025, 10, 27, 18, 12, 51, tzinfo=UTC)
    s = credly_sender(dt)
    code = "518204"
    t = f"""Hi Friederike,

We received a request to merge the Credly account {DE_GMX} into the Credly account {DE}.

Your verification code is: {code}

Enter this code on the merge page, or click the link below to complete the account merge. The code expires in 30 minutes.
https://www.credly.com/users/account_merge/confirm?token={rhex(32)}

If you did not request this, you can ignore this email. No changes will be made to your account.

The Credly Team
"""
    h = credly_html(f"<p>Hi Friederike,</p><p>We received a request to merge the Credly account <b>{DE_GMX}</b> into the Credly account <b>{DE}</b>.</p>"
                    f"<p>Your verification code is:</p><p style=\"font-size:28px;letter-spacing:6px\"><b>{code}</b></p>"
                    f"{btn('Complete Account Merge', 'https://www.credly.com/users/account_merge/confirm')}"
                    "<p>If you did not request this, you can ignore this email.</p>")
    add("de-credly", kind="unrelated", case=None, ids=[], sv=True, lang="en",
        provider="gmx", rcpt=DE_GMX, s=s, dt=dt, subject="Your Credly account merge verification code",
        body=alt(part(t), part(h, "html")), new=t)

    # Credly badges moved after merge (posteo)
    dt = datetime(2025, 10, 28, 8, 3, 37, tzinfo=UTC)
    s = credly_sender(dt)
    url = "https://www.credly.com/users/friederike-lange/badges"
    t = f"""Hi Friederike,

Good news: the badges from {DE_GMX} are now part of your Credly profile.

Moved to your account:
- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate

Both were issued by Amazon Web Services Training and Certification. Review your badges and choose which ones to share:
{url}

The Credly Team
"""
    h = credly_html(f"<p>Hi Friederike,</p><p>Good news: the badges from <b>{DE_GMX}</b> are now part of your Credly profile.</p>"
                    "<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &ndash; Associate</li></ul>"
                    f"<p>Both were issued by Amazon Web Services Training and Certification.</p>{btn('View your badges', url)}")
    add("de-credly", kind="credly_badge_issued", case=None, ids=[], sv=True, lang="en",
        provider="posteo", rcpt=DE, s=s, dt=dt, subject="2 badges have been added to your Credly account",
        body=alt(part(t), part(h, "html")), new=t)


# =================================================================== PERSON 3: United States
US = "jordan.reyes.dev@gmail.com"
US_KEEP, US_GONE = "AWS48213376", "AWS55902418"
us_open = datetime(2026, 1, 12, 16, 5, 33, tzinfo=PST)
UC = case_id(us_open, "51128")
us_l_open = datetime(2025, 12, 3, 10, 48, 2, tzinfo=PST)
UCL = case_id(us_l_open, "00673")
CONSOLE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId={}&language=en"


def us_mails():
    # other case: Lambda quota opened
    dt = us_l_open.astimezone(UTC) + timedelta(seconds=12)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    inner = (f"<p>Dear Customer,</p><p>Thank you for contacting Amazon Web Services. We have opened case {UCL} to address your issue.</p>"
             f"<table style=\"border-collapse:collapse\"><tr><td style=\"padding:4px 12px 4px 0\"><b>Case ID:</b></td><td>{UCL}</td></tr>"
             "<tr><td style=\"padding:4px 12px 4px 0\"><b>Subject:</b></td><td>Limit Increase: Lambda concurrent executions (us-east-1)</td></tr>"
             "<tr><td style=\"padding:4px 12px 4px 0\"><b>Severity:</b></td><td>General guidance</td></tr></table>"
             "<p><b>Correspondence:</b><br>Service: Lambda<br>Region: US East (N. Virginia)<br>Limit name: Concurrent executions<br>New limit value: 3000<br>"
             "Use case: load testing for devboard API before launch.</p>"
             f"<p>To view or update your case, visit the <a href=\"{CONSOLE_URL.format(UCL)}\">Support Center</a>.</p>"
             "<p style=\"color:#687078\">This email address does not accept replies. Please use the Support Center to respond to this case.</p>")
    add("us-aws-console", kind="unrelated", case=UCL, ids=[], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt,
        subject=f"Amazon Web Services: You have opened a new Support case: {UCL}",
        body=part(console_html(inner), "html"), new="")

    # other case answered with "completed"
    dt = datetime(2025, 12, 4, 19, 22, 8, tzinfo=UTC)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    t = f"""Hello,

Thank you for your patience. We've completed your request: the Concurrent executions quota for AWS Lambda in US East (N. Virginia) is now 3,000 for your account.

Please allow up to 30 minutes for the new value to appear in the Service Quotas console.

Best regards,
Dana W.
Amazon Web Services

===================================================================
To see all the correspondence for this case, or to reply, visit the Support Center:
{CONSOLE_URL.format(UCL)}

We value your feedback. Please rate my response using the link above.
===================================================================
"""
    add("us-aws-console", kind="unrelated", case=UCL, ids=[], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt,
        subject=f"RE:[CASE {UCL}] Limit Increase: Lambda concurrent executions (us-east-1)",
        body=alt(part(t), part(console_html("<p>" + t2h(t) + "</p>"), "html")), new=t)

    # Builder ID code
    dt = datetime(2026, 1, 10, 20, 14, 41, tzinfo=UTC)
    s = other_sender("AWS", "no-reply@signin.aws", "signin.aws", "54.240.8." + str(R.randint(10, 90)),
                     "a8-{}.smtp-out.amazonses.com".format(R.randint(10, 90)), mailfrom=f"{ses_id(dt)}@amazonses.com",
                     sel="ncfmmmi4ntvv2o2ppkbmqnjv4lnucspb", policy="QUARANTINE")
    s["dkim"] = [("signin.aws", "ncfmmmi4ntvv2o2ppkbmqnjv4lnucspb"), ("amazonses.com", SES_SEL)]
    s["msgid"] = f"<{ses_id(dt)}@email.amazonses.com>"
    t = """Verify your AWS Builder ID email address

Hello,

To finish signing up for your AWS Builder ID, enter the following verification code:

Verification code: 402917

This code expires 30 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
    add("us-aws-signin", kind="unrelated", case=None, ids=[], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, subject="Verify your AWS Builder ID email address",
        body=alt(part(t), part(console_html("<p>" + t2h(t) + "</p>"), "html")), new=t)

    # case opened (HTML only)
    dt = us_open.astimezone(UTC) + timedelta(seconds=9)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    corr = (f"Hi, I have two AWS Certification accounts: {US_KEEP} (current, {US}) and aws55902418 "
            "(created in college with jreyes14@utexas.edu, which I can no longer access). Could you please merge the old one into "
            f"{US_KEEP}? Thanks, Jordan")
    inner = (f"<p>Dear Customer,</p><p>Thank you for contacting Amazon Web Services. We have opened case {UC} to address your issue.</p>"
             f"<table style=\"border-collapse:collapse\"><tr><td style=\"padding:4px 12px 4px 0\"><b>Case ID:</b></td><td>{UC}</td></tr>"
             "<tr><td style=\"padding:4px 12px 4px 0\"><b>Subject:</b></td><td>Merge two AWS Certification accounts</td></tr>"
             "<tr><td style=\"padding:4px 12px 4px 0\"><b>Severity:</b></td><td>General guidance</td></tr></table>"
             f"<p><b>Correspondence:</b><br>{html.escape(corr)}</p>"
             f"<p>To view or update your case, visit the <a href=\"{CONSOLE_URL.format(UC)}\">Support Center</a>.</p>"
             "<p style=\"color:#687078\">This email address does not accept replies. Please use the Support Center to respond to this case.</p>")
    add("us-aws-console", kind="case_created", case=UC, ids=[US_KEEP, US_GONE], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt,
        subject=f"Amazon Web Services: You have opened a new Support case: {UC}",
        body=part(console_html(inner), "html"), new=corr)

    # new correspondence: text part is a stub, HTML carries the agent's question
    dt = datetime(2026, 1, 13, 18, 40, 27, tzinfo=UTC)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    stub = f"""Hello,

New correspondence has been added to your support case {UC}. To view it, sign in to the Support Center:
{CONSOLE_URL.format(UC)}

This email address does not accept replies.
"""
    agent = f"""Hi Jordan,

Thanks for reaching out to AWS Training and Certification. I found {US_KEEP} under your Gmail address without any trouble.

To locate the second profile, could you share the full name and date of birth exactly as they appear on it, and roughly when you took your last exam with it? The university address alone doesn't bring up a match on my side.

Once I have that I'll walk you through the next steps.

Best regards,
Marcus
Amazon Web Services"""
    inner = (f"<p>Hello,</p><p>New correspondence has been added to your support case <b>{UC}</b>:</p>"
             f"<div style=\"border-left:3px solid #0073bb;padding:8px 16px;background:#f7f9fa\">{t2h(agent)}</div>"
             f"<p>To reply, visit the <a href=\"{CONSOLE_URL.format(UC)}\">Support Center</a>. This email address does not accept replies.</p>")
    add("us-aws-console", kind="support_reply", case=UC, ids=[US_KEEP], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, subject=f"[Case {UC}] New correspondence added",
        body=alt(part(stub), part(console_html(inner), "html")), new=agent)

    # confirmation request, HTML only, base64, paraphrased
    dt = datetime(2026, 1, 14, 17, 22, 5, tzinfo=UTC)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    conf_inner = (
        "<p>Hi Jordan,</p><p>Thanks &mdash; with the details you sent I was able to find the second profile. Here's what I'm set up to do. "
        "Please read this carefully, because once it's done we can't split the accounts back apart:</p>"
        "<table style=\"border-collapse:collapse;border:1px solid #d5dbdb\">"
        f"<tr><td style=\"padding:6px 12px;border:1px solid #d5dbdb\"><b>Stays active</b></td><td style=\"padding:6px 12px;border:1px solid #d5dbdb\">{US_KEEP} &mdash; {US}</td></tr>"
        f"<tr><td style=\"padding:6px 12px;border:1px solid #d5dbdb\"><b>Folded into the one above, then closed</b></td><td style=\"padding:6px 12px;border:1px solid #d5dbdb\">{US_GONE} &mdash; jreyes14@utexas.edu</td></tr></table>"
        f"<p>Afterwards your AWS Certified Developer &ndash; Associate and AWS Certified Cloud Practitioner, the exam history and any unused benefits will all live under {US_KEEP}.</p>"
        "<p>If that all looks right, just reply in the Support Center with &ldquo;Yes, go ahead&rdquo; and I'll take it from there. "
        "If anything is off, tell me what to change before I start.</p>"
        "<p>Best regards,<br>Marcus<br>Amazon Web Services</p>")
    inner = conf_inner + (f"<hr style=\"border:none;border-top:1px solid #eaeded\"><p style=\"font-size:12px;color:#687078\">To see all the correspondence for this case, or to reply, visit the "
                          f"<a href=\"{CONSOLE_URL.format(UC)}\">Support Center</a>. This email address does not accept replies.</p>")
    add("us-aws-console", kind="merge_confirmation_requested", case=UC, ids=[US_KEEP, US_GONE], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, subject=f"RE:[CASE {UC}] Merge two AWS Certification accounts",
        body=part(console_html(inner), "html", cte="base64"), new=f"{US_KEEP} {US_GONE}")

    # thanks for the go-ahead; conditional future
    dt = datetime(2026, 1, 15, 16, 3, 48, tzinfo=UTC)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    t = f"""Hi Jordan,

Thanks for the go-ahead. I've handed this to our certification operations team.

Once the two profiles have been combined I'll post an update on this case, and Credly should email your badges to {US} within a couple of days after that. Nothing else is needed from you in the meantime.

Best regards,
Priyanka
Amazon Web Services

===================================================================
To see all the correspondence for this case, or to reply, visit the Support Center:
{CONSOLE_URL.format(UC)}
===================================================================
"""
    add("us-aws-console", kind="support_reply", case=UC, ids=[], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, subject=f"RE:[CASE {UC}] Merge two AWS Certification accounts",
        body=alt(part(t), part(console_html("<p>" + t2h(t) + "</p>"), "html")), new=t)

    # completion with rating footer, confirmation request quoted below in HTML
    dt = datetime(2026, 1, 16, 21, 47, 19, tzinfo=UTC)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    t = f"""Hi Jordan,

All set: your two certification accounts have been merged. {US_GONE} is now closed, and its certifications (Developer - Associate and Cloud Practitioner) appear under {US_KEEP} together with your exam history.

Please sign in at https://www.aws.training/certification and check that everything looks right. If a badge is missing on Credly after 48 hours, just reply here.

Best regards,
Marcus
Amazon Web Services
"""
    stars = "".join(f'<a href="https://console.aws.amazon.com/support/rate?displayId={UC}&rating={i}" style="font-size:22px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))
    inner = ("<p>" + t2h(t) + "</p>"
             f"<p><b>How would you rate this reply?</b><br>{stars}</p>"
             "<div style=\"margin-top:24px;padding-top:12px;border-top:1px solid #eaeded;color:#545b64\"><p><b>Previous correspondence</b></p>"
             "<p style=\"font-size:12px\">On Jan 15, 2026, 7:58 AM PST, Jordan Reyes wrote:</p><blockquote style=\"margin:0 0 0 8px;border-left:2px solid #d5dbdb;padding-left:10px\">Yes, go ahead. Thanks Marcus!</blockquote>"
             "<p style=\"font-size:12px\">On Jan 14, 2026, 9:22 AM PST, Amazon Web Services wrote:</p>"
             f"<blockquote style=\"margin:0 0 0 8px;border-left:2px solid #d5dbdb;padding-left:10px\">{conf_inner}</blockquote></div>")
    add("us-aws-console", kind="merge_completed", case=UC, ids=[US_KEEP, US_GONE], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, subject=f"RE:[CASE {UC}] Merge two AWS Certification accounts",
        body=alt(part(t), part(console_html(inner), "html")), new=t)

    # Credly x2
    for n, (badge, sj, hh) in enumerate([
            ("AWS Certified Developer - Associate",
             "Jordan, you've been issued a badge from Amazon Web Services Training and Certification", 3),
            ("AWS Certified Cloud Practitioner", "Your AWS Certified Cloud Practitioner badge is ready to accept", 4)]):
        dt = datetime(2026, 1, 17, 14 + n, 11 * (n + 1), 40, tzinfo=UTC)
        s = credly_sender(dt, name="Amazon Web Services Training and Certification via Credly")
        url = f"https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
        t = f"""Hi Jordan,

Amazon Web Services Training and Certification issued you a new badge: {badge}.

Accept your badge, then share it on LinkedIn or add it to your email signature:
{url}

Questions? Visit https://support.credly.com

The Credly Team
"""
        h = credly_html(f"<p>Hi Jordan,</p><p>Amazon Web Services Training and Certification issued you a new badge:</p>"
                        f"<p style=\"font-size:18px\"><b>{html.escape(badge).replace(' - ', ' &ndash; ')}</b></p>{btn('Accept your badge', url)}"
                        "<p>Share it on LinkedIn or add it to your email signature.</p>")
        add("us-credly", kind="credly_badge_issued", case=None, ids=[], sv=True, lang="en",
            provider="gmail", rcpt=US, s=s, dt=dt, subject=sj,
            body=alt(part(t), part(h, "html")), new=t)

    # phishing: spoofed amazon.com, dmarc=fail at Gmail, forged pass header below, wrong charset label
    dt = datetime(2026, 1, 18, 3, 29, 50, tzinfo=UTC)
    s = other_sender("Amazon Web Services", "no-reply-aws@amazon.com", "amazon.com",
                     "185.225.73." + str(R.randint(10, 90)), "mail.cert-notify-center.net",
                     mailfrom="postmaster@cert-notify-center.net", dmarc="fail", policy="QUARANTINE", spf="softfail", dkim=False)
    fake_case = "176870511930218"
    forged = ("Authentication-Results: amazon.com; dkim=pass header.d=amazon.com;\n"
              "       spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com")
    h = console_html(
        "<p>Dear AWS Certified Professional,</p>"
        f"<p>Your AWS Certification accounts have been merged successfully under case {fake_case}. "
        "Your certifications, benefits and digital badges are now linked to a single profile.</p>"
        "<p>Because of this change, you must re-verify your identity within <b>24 hours</b>. Unverified profiles will lose access to certifications "
        "and Credly badges.</p>"
        + btn("Verify my profile", "https://aws-certify-portal.com/verify?session=" + rhex(20), "#ff9900") +
        "<p>Thank you for being an AWS Certified Professional.</p><p>— AWS Training and Certification</p>")
    add("us-aws-notice", kind="merge_completed", case=fake_case, ids=[], sv=False, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, forged_ar=forged,
        subject="Your AWS Certification accounts have been merged - action required",
        body=part(h, "html", charset="utf-8", cte="8bit"), wrong_charset=('charset="utf-8"', 'charset="us-ascii"'), new="")

    # survey: case resolved
    dt = datetime(2026, 1, 20, 22, 0, 31, tzinfo=UTC)
    s = aws_sender("no-reply-aws@amazon.com", dt)
    t = f"""Hello,

Your support case {UC} ("Merge two AWS Certification accounts") has been resolved.

If you need more help, you can reopen the case in the Support Center within 14 days:
{CONSOLE_URL.format(UC)}

How did we do? Tell us about your experience with this case:
https://console.aws.amazon.com/support/feedback?displayId={UC}

Thank you for using Amazon Web Services.
"""
    inner = (f"<p>Hello,</p><p>Your support case <b>{UC}</b> (&ldquo;Merge two AWS Certification accounts&rdquo;) has been resolved.</p>"
             f"<p>If you need more help, you can reopen the case in the <a href=\"{CONSOLE_URL.format(UC)}\">Support Center</a> within 14 days.</p>"
             "<p><b>How did we do?</b></p>" + btn("Rate your experience", f"https://console.aws.amazon.com/support/feedback?displayId={UC}", "#ec7211"))
    add("us-aws-console", kind="survey", case=UC, ids=[], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, subject=f"Amazon Web Services: Support case {UC} has been resolved",
        body=alt(part(t), part(console_html(inner), "html")), new=t)

    # GitHub merged
    dt = datetime(2026, 1, 21, 17, 5, 2, tzinfo=UTC)
    s = other_sender("Sam Okafor", "notifications@github.com", "github.com", "192.30.252." + str(R.randint(200, 215)),
                     "out-1{}.smtp.github.com".format(R.randint(1, 9)), mailfrom="noreply@github.com", sel="pf2023")
    s["msgid"] = "<jreyes/devboard/pull/412/issue_event/18855210034@github.com>"
    t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/jreyes/devboard/pull/412#event-18855210034
You are receiving this because you authored the thread.
"""
    h = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/jreyes/devboard/pull/412">#412</a> into main.</p>'
         '<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, '
         '<a href="https://github.com/jreyes/devboard/pull/412#event-18855210034">view it on GitHub</a>.<br />'
         'You are receiving this because you authored the thread.</p>')
    add("us-github", kind="unrelated", case=None, ids=[], sv=False, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, to="jreyes/devboard <devboard@noreply.github.com>",
        cc=f"Jordan Reyes <{US}>, Author <author@noreply.github.com>",
        subject="Re: [jreyes/devboard] Merge account settings into the profile page (PR #412)",
        in_reply_to="<jreyes/devboard/pull/412@github.com>", references="<jreyes/devboard/pull/412@github.com>",
        body=alt(part(t, cte="7bit"), part(h, "html", cte="7bit")), new=t,
        extra=["X-GitHub-Reason: author", "List-ID: jreyes/devboard <devboard.jreyes.github.com>"])

    # CertMetrics survey with candidate id
    dt = datetime(2026, 1, 22, 15, 40, 0, tzinfo=UTC)
    s = other_sender("AWS Certification", "do-not-reply@certmetrics.com", "certmetrics.com",
                     "168.245.7." + str(R.randint(10, 90)), "o{}.email.certmetrics.com".format(R.randint(1, 9)),
                     mailfrom="bounces@email.certmetrics.com")
    t = f"""AWS Certification wants to hear from you

Hello Jordan,

You recently contacted AWS Certification about your candidate profile ({US_KEEP}). We'd like to know how your overall certification experience has been so far.

The survey takes about 3 minutes:
https://www.certmetrics.com/amazon/survey/?s={rhex(16)}

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply.
"""
    add("us-certmetrics", kind="unrelated", case=None, ids=[US_KEEP], sv=False, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, subject="AWS Certification wants to hear from you",
        body=alt(part(t), part("<html><body>" + t2h(t) + "</body></html>", "html")), new=t)

    # newsletter
    dt = datetime(2026, 1, 24, 13, 0, 0, tzinfo=UTC)
    s = other_sender("Cloud Native Weekly", "cloudnativeweekly@substack.com", "substack.com",
                     "168.245.96." + str(R.randint(10, 90)), "o{}.substack.com".format(R.randint(1, 9)),
                     mailfrom="bounce-cnw@mg1.substack.com", sel="scph0122")
    t = """Cloud Native Weekly #318

1. How we merged 40 AWS accounts into one Organization without downtime
2. Lambda SnapStart for Node.js: first benchmarks
3. Terraform 1.11: what changed for provider authors
4. Sponsored: ship preview environments in minutes

Read online: https://cloudnativeweekly.substack.com/p/318

You're a free subscriber to Cloud Native Weekly. Unsubscribe: https://cloudnativeweekly.substack.com/action/disable_email
"""
    add("us-newsletter", kind="unrelated", case=None, ids=[], sv=False, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, subject="CNW #318: merging 40 AWS accounts, SnapStart for Node, Terraform 1.11",
        body=alt(part(t), part("<html><body style=\"font-family:Georgia,serif\">" + t2h(t) + "</body></html>", "html")), new=t,
        extra=["List-Unsubscribe: <https://cloudnativeweekly.substack.com/action/disable_email>"])

    # Credly expiry
    dt = datetime(2026, 2, 2, 14, 5, 33, tzinfo=UTC)
    s = credly_sender(dt)
    url = "https://www.credly.com/badges/" + f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    t = f"""Hi Jordan,

Your badge AWS Certified Cloud Practitioner from Amazon Web Services Training and Certification expires on April 3, 2026.

Recertify before it expires to keep showing it on your profile:
{url}

The Credly Team
"""
    add("us-credly", kind="unrelated", case=None, ids=[], sv=True, lang="en",
        provider="gmail", rcpt=US, s=s, dt=dt, subject="Heads up: a badge on your profile expires in 60 days",
        body=alt(part(t), part(credly_html("<p>" + t2h(t) + "</p>"), "html")), new=t)


# =================================================================== PERSON 4: India
IN = "arvind.subramanian@nimbusgrid.in"
IN_KEEP, IN_G1, IN_G2 = "AWS60127745", "AWS73859021", "AWS81240366"
in_open = datetime(2026, 3, 2, 11, 12, 40, tzinfo=IST)
IC = case_id(in_open, "36514")
IN_SIG = """Regards,
Arvind Subramanian
Principal Cloud Architect | NimbusGrid Technologies
+91 98450 31277"""


def outlook_block(frm, sent, to, subject, body):
    return f"""________________________________
From: {frm}
Sent: {sent}
To: {to}
Subject: {subject}

{body}"""


def in_mails():
    # Credly expiry
    dt = datetime(2026, 2, 10, 6, 15, 9, tzinfo=UTC)
    s = credly_sender(dt)
    url = "https://www.credly.com/badges/" + f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    t = f"""Hello Arvind,

Your AWS Certified Solutions Architect - Associate badge expires in 90 days (May 11, 2026).

Amazon Web Services Training and Certification offers recertification paths for this credential. View your badge for details:
{url}

Credly
"""
    add("in-credly", kind="unrelated", case=None, ids=[], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject="Your badge expires in 90 days",
        body=alt(part(t), part(credly_html("<p>" + t2h(t) + "</p>"), "html")), new=t)

    # Seller Central look-alike case subject
    dt = datetime(2026, 2, 18, 9, 44, 26, tzinfo=UTC)
    s = aws_sender("noreply-sellersupport@amazon.com", dt, name="Amazon Selling Partner Support")
    t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have completed the review of your Brand Registry application for "Kaveri Weaves". The trademark has been verified and your brand is now active. You can now use A+ Content and Sponsored Brands for your listings.

If you have any other questions, please reply to this case from Seller Central.

Was this response helpful? Rate it here: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=6120473395

Thank you,
Priya K.
Amazon Selling Partner Support
"""
    add("in-amazon-seller", kind="unrelated", case="6120473395", ids=[], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject="RE:[CASE 6120473395] Brand Registry - trademark verification",
        body=part(t), new=t)

    # case created
    dt = in_open.astimezone(UTC) + timedelta(seconds=27)
    s = aws_sender(FORM, dt)
    t = f"""Hello Arvind,

Thank you for reaching out to AWS Training and Certification. This is to acknowledge that your inquiry has been received and assigned case number {IC}.

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS 60127745

Our team aims to respond within 24 hours. To help us serve you faster, please avoid opening a new case for the same request - simply reply to this email if you need to add details.

Sincerely,
AWS Training and Certification Customer Support
"""
    add("in-aws-form", kind="case_created", case=IC, ids=[IN_KEEP], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject=f"[CASE {IC}] {FORM_SUBJ}",
        body=alt(part(t), part(console_html("<p>" + t2h(t) + "</p>"), "html")), new=t)

    # which account to keep
    dt = datetime(2026, 3, 3, 9, 30, 14, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = f"""Hi Arvind,

Thank you for writing to us, and I hope you are doing well.

While looking up your name and date of birth, I came across three separate certification profiles that seem to belong to you:

  - AWS 60127745 - {IN}
  - AWS-73859021 - arvind.s@techvarta-solutions.com
  - aws81240366 - arvind.subramanian87@outlook.com

Before we go further, could you please tell me which of these you would like to keep going forward, and confirm that all three belong to you? Also let me know which e-mail address you want us to use for notifications.

Looking forward to hearing from you.

Best regards,
Sneha
Amazon Web Services
"""
    add("in-aws-form", kind="support_reply", case=IC, ids=[IN_KEEP, IN_G1, IN_G2], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject=f"RE:[CASE {IC}] {FORM_SUBJ}",
        body=part(new), new=new)
    in_ask = new

    # confirmation request with Outlook blocks
    dt = datetime(2026, 3, 4, 7, 5, 51, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = f"""Hi Arvind,

Thank you for the quick reply.

As requested, please find below the summary of the merge we will perform:

Primary account (retained): {IN_KEEP} - {IN}
Accounts to be merged into the primary and then closed:
  - {IN_G1} - arvind.s@techvarta-solutions.com
  - {IN_G2} - arvind.subramanian87@outlook.com

Please note that this action is permanent and cannot be undone once processed. Kindly reply to this email stating "I confirm" to authorize us to go ahead.

Best regards,
Sneha
Amazon Web Services
"""
    his = f"""Hi Sneha,

Yes, all three are mine. Please keep {IN_KEEP} (nimbusgrid.in address) as the primary and use it for notifications. The techvarta one is from my previous employer and the outlook.com one was created by mistake when I booked an exam.

{IN_SIG}"""
    hist = (outlook_block(f"Arvind Subramanian <{IN}>", "Tuesday, March 3, 2026 6:47 PM",
                          f"Amazon Web Services <{FORM}>", f"RE: RE:[CASE {IC}] {FORM_SUBJ}", his) + "\n\n" +
            outlook_block(f"Amazon Web Services <{FORM}>", "Tuesday, March 3, 2026 3:00 PM",
                          f"Arvind Subramanian <{IN}>", f"RE:[CASE {IC}] {FORM_SUBJ}", in_ask))
    add("in-aws-form", kind="merge_confirmation_requested", case=IC, ids=[IN_KEEP, IN_G1, IN_G2], sv=True,
        lang="en", provider="outlook", rcpt=IN, s=s, dt=dt, subject=f"RE:[CASE {IC}] {FORM_SUBJ}",
        body=part(new + "\n" + hist), new=new)
    in_conf = new

    # thank you for confirming, we will now proceed (ids only in quoted history)
    dt = datetime(2026, 3, 5, 4, 20, 37, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = """Hi Arvind,

Thank you for confirming. We will now proceed with the merge.

Once it is complete, you will get a separate email from us, and Credly will notify you about the badges from the older accounts. There is nothing more you need to do at this point.

Best regards,
Sneha
Amazon Web Services
"""
    hist = (outlook_block(f"Arvind Subramanian <{IN}>", "Wednesday, March 4, 2026 2:15 PM",
                          f"Amazon Web Services <{FORM}>", f"RE: RE:[CASE {IC}] {FORM_SUBJ}",
                          "Hi Sneha,\n\nI confirm. Please go ahead.\n\n" + IN_SIG) + "\n\n" +
            outlook_block(f"Amazon Web Services <{FORM}>", "Wednesday, March 4, 2026 12:35 PM",
                          f"Arvind Subramanian <{IN}>", f"RE:[CASE {IC}] {FORM_SUBJ}", in_conf))
    add("in-aws-form", kind="support_reply", case=IC, ids=[], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject=f"RE:[CASE {IC}] {FORM_SUBJ}",
        body=alt(part(new + "\n" + hist), part("<html><body><div>" + t2h(new) + "</div><div style=\"border-top:1px solid #e1e1e1\">" + t2h(hist) + "</div></body></html>", "html")),
        new=new)

    # Azure DevOps PR completed/merged
    dt = datetime(2026, 3, 5, 11, 2, 44, tzinfo=UTC)
    s = other_sender("Azure DevOps", "azuredevops@microsoft.com", "microsoft.com", "52.101.194." + str(R.randint(10, 90)),
                     "mail-ma0ind01on2{}.outbound.protection.outlook.com".format(R.randint(100, 999)), sel="s1024-meo",
                     policy="REJECT")
    t = """Meera Krishnan completed pull request 1842 - Merge landing-zone-accounts into main

Repository: nimbusgrid-platform / landing-zone
Source branch: feature/landing-zone-accounts
Target branch: main
Merge strategy: Squash commit

View pull request: https://dev.azure.com/nimbusgrid/platform/_git/landing-zone/pullrequest/1842

You are receiving this notification because you are a reviewer on this pull request.
"""
    add("in-azure-devops", kind="unrelated", case=None, ids=[], sv=False, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject="[Completed] PR 1842 - Merge landing-zone-accounts into main",
        body=alt(part(t), part("<html><body style=\"font-family:Segoe UI,sans-serif\">" + t2h(t) + "</body></html>", "html")), new=t)

    # completion + survey link, avoids "merge" in new text, confirmation request quoted under
    dt = datetime(2026, 3, 6, 10, 2, 9, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = f"""Hello Arvind,

I'm Karthik from the AWS Training and Certification team, following up on behalf of Sneha.

Your request has been processed. The certifications, exam history and benefits from {IN_G1} and {IN_G2} are now consolidated under {IN_KEEP}, and those two IDs have been deactivated. Please sign in with {IN} to review your certifications.

With this, we are resolving your case. We'd appreciate it if you could spare a minute to tell us how we did: https://survey.aws-tc.amazon.com/s/{rhex(20)}?c={IC}

Regards,
Karthik
Amazon Web Services
"""
    hist = (outlook_block(f"Arvind Subramanian <{IN}>", "Wednesday, March 4, 2026 2:15 PM",
                          f"Amazon Web Services <{FORM}>", f"RE: RE:[CASE {IC}] {FORM_SUBJ}",
                          "Hi Sneha,\n\nI confirm. Please go ahead.\n\n" + IN_SIG) + "\n\n" +
            outlook_block(f"Amazon Web Services <{FORM}>", "Wednesday, March 4, 2026 12:35 PM",
                          f"Arvind Subramanian <{IN}>", f"RE:[CASE {IC}] {FORM_SUBJ}", in_conf))
    add("in-aws-form", kind="merge_completed", case=IC, ids=[IN_KEEP, IN_G1, IN_G2], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject=f"RE:[CASE {IC}] {FORM_SUBJ}",
        body=part(new + "\n" + hist, cte="base64"), new=new)

    # survey
    dt = datetime(2026, 3, 6, 10, 4, 30, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    t = f"""Hello Arvind,

Your case {IC} has been closed.

How satisfied were you with the support you received?
1 (Very dissatisfied) - 5 (Very satisfied): https://survey.aws-tc.amazon.com/s/{rhex(20)}?c={IC}

Was your issue resolved?  Yes / No

Thank you for helping us improve.
AWS Training and Certification
"""
    cells = "".join(f'<td style="padding:0 4px"><a href="https://survey.aws-tc.amazon.com/s/x?c={IC}&score={i}" style="display:inline-block;width:32px;height:32px;line-height:32px;text-align:center;border:1px solid #879596;border-radius:16px;color:#16191f;text-decoration:none">{i}</a></td>' for i in range(1, 6))
    inner = (f"<p>Hello Arvind,</p><p>Your case <b>{IC}</b> has been closed.</p><p><b>How satisfied were you with the support you received?</b></p>"
             f"<table><tr>{cells}</tr></table><p><b>Was your issue resolved?</b> <a href=\"https://survey.aws-tc.amazon.com/s/x?c={IC}&resolved=yes\">Yes</a> / "
             f"<a href=\"https://survey.aws-tc.amazon.com/s/x?c={IC}&resolved=no\">No</a></p><p>Thank you for helping us improve.</p>")
    add("in-aws-form", kind="survey", case=IC, ids=[], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject=f"We'd like your feedback on case {IC}",
        body=alt(part(t), part(console_html(inner), "html")), new=t)

    # Credly badge
    dt = datetime(2026, 3, 7, 3, 18, 2, tzinfo=UTC)
    s = credly_sender(dt, name="Amazon Web Services Training and Certification via Credly")
    url = f"https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    t = f"""Hi Arvind,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Professional.

Claim it to display on your Credly profile and share it with your network:
{url}

The Credly Team
"""
    h = credly_html("<p>Hi Arvind,</p><p>Amazon Web Services Training and Certification has issued you a badge:</p>"
                    "<p style=\"font-size:18px\"><b>AWS Certified Solutions Architect &ndash; Professional</b></p>" + btn("Accept your badge", url))
    add("in-credly", kind="credly_badge_issued", case=None, ids=[], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject="Arvind, claim your AWS Certified Solutions Architect - Professional badge",
        body=alt(part(t), part(h, "html")), new=t)

    # phishing billing look-alike (authentic look-alike domain, dmarc pass for its own domain)
    dt = datetime(2026, 3, 8, 2, 51, 17, tzinfo=UTC)
    s = other_sender("AWS Billing", "billing@aws-invoice-notice.com", "aws-invoice-notice.com",
                     "193.29.13." + str(R.randint(10, 90)), "mx1.aws-invoice-notice.com", sel="default")
    t = """Dear Customer,

We were unable to charge the payment method on file for your AWS account. Invoice #INV-IN-2026-0388214 for USD 1,284.60 is overdue.

To avoid suspension of your AWS resources, update your payment details within 48 hours:
https://aws-invoice-notice.com/billing/update?ref=88214

Thank you,
AWS Billing Team
"""
    add("in-aws-billing", kind="unrelated", case=None, ids=[], sv=False, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject="Action required: payment failed for your AWS account",
        body=alt(part(t), part(console_html("<p>" + t2h(t) + "</p>"), "html")), new=t)

    # Credly follow-up from agent (case reopened)
    dt = datetime(2026, 3, 10, 5, 11, 48, tzinfo=UTC)
    s = aws_sender(FORM, dt)
    new = """Hi Arvind,

Thanks for letting us know that your AWS Certified Security - Specialty badge is still sitting on the Credly account linked to your previous employer's address.

I've raised this with our Credly team so the badge can be moved to your primary Credly profile. This usually takes 3 to 5 business days, and Credly will email you when it's done. I'll keep this case open until then.

Best regards,
Sneha
Amazon Web Services
"""
    his = f"""Hi Karthik / Sneha,

Thanks, I can see all certifications under {IN_KEEP} now. However, my Security - Specialty badge has not come to my Credly account - it is still on the Credly profile of arvind.s@techvarta-solutions.com, which I cannot log in to anymore. Could you please help?

{IN_SIG}"""
    hist = outlook_block(f"Arvind Subramanian <{IN}>", "Monday, March 9, 2026 9:41 AM",
                         f"Amazon Web Services <{FORM}>", f"RE: RE:[CASE {IC}] {FORM_SUBJ}", his)
    add("in-aws-form", kind="support_reply", case=IC, ids=[], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject=f"RE:[CASE {IC}] {FORM_SUBJ}",
        body=part(new + "\n" + hist), new=new)

    # Credly badge transferred
    dt = datetime(2026, 3, 12, 12, 26, 3, tzinfo=UTC)
    s = credly_sender(dt)
    url = f"https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    t = f"""Hi Arvind,

A badge has been transferred to your Credly account at the request of its issuer, Amazon Web Services Training and Certification:

AWS Certified Security - Specialty

Accept the badge to make it visible on your profile:
{url}

The Credly Team
"""
    h = credly_html("<p>Hi Arvind,</p><p>A badge has been transferred to your Credly account at the request of its issuer, Amazon Web Services Training and Certification:</p>"
                    "<p style=\"font-size:18px\"><b>AWS Certified Security &ndash; Specialty</b></p>" + btn("Accept badge", url))
    add("in-credly", kind="credly_badge_issued", case=None, ids=[], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject="A badge has been transferred to your account",
        body=alt(part(t), part(h, "html")), new=t)

    # colleague, internal (no Authentication-Results)
    dt = datetime(2026, 3, 16, 6, 28, 13, tzinfo=UTC)
    s = dict(name="Meera Krishnan", addr="meera.krishnan@nimbusgrid.in", dom="nimbusgrid.in", mailfrom="meera.krishnan@nimbusgrid.in",
             ip="", helo="", dkim=[], dmarc="pass", spf="pass",
             msgid=f"<MA0PR01MB{R.randint(1000,9999)}{rhex(4).upper()}{rhex(6).upper()}@MA0PR01MB{R.randint(1000,9999)}.INDPRD01.PROD.OUTLOOK.COM>")
    new = """Hi Arvind,

Thanks a lot, this is super helpful! I'll raise the form today itself.

Just to check - did they ask for your old employer e-mail ID as well? Mine is from my Infosys days and I don't remember the password.

Regards,
Meera
"""
    q = outlook_block(f"Arvind Subramanian <{IN}>", "Friday, March 13, 2026 7:02 PM", "Meera Krishnan <meera.krishnan@nimbusgrid.in>",
                      "RE: AWS cert accounts - how did you merge?",
                      "Hi Meera,\n\nYes, it's straightforward. Use the T&C contact form, choose Certification > Account Merge and give all your candidate IDs. "
                      "They send you a summary of which account stays, you reply \"I confirm\", and mine was merged in about two days. The Credly badges came separately.\n\n" + IN_SIG)
    add("in-colleague", kind="unrelated", case=None, ids=[], sv=None, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, internal=True, date_tz=IST,
        subject="RE: AWS cert accounts - how did you merge?",
        in_reply_to=f"<MA0PR01MB7724{rhex(6).upper()}@MA0PR01MB7724.INDPRD01.PROD.OUTLOOK.COM>",
        references=f"<MA0PR01MB5310{rhex(6).upper()}@MA0PR01MB5310.INDPRD01.PROD.OUTLOOK.COM> <MA0PR01MB7724{rhex(6).upper()}@MA0PR01MB7724.INDPRD01.PROD.OUTLOOK.COM>",
        body=alt(part(new + "\n" + q + "\n"), part("<html><body><div>" + t2h(new) + "</div><div>" + t2h(q) + "</div></body></html>", "html")),
        extra=["X-MS-Exchange-Organization-AuthAs: Internal", "X-MS-Exchange-Organization-AuthSource: MA0PR01MB7724.INDPRD01.PROD.OUTLOOK.COM",
               "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"], new=new)

    # Pearson VUE
    dt = datetime(2026, 3, 18, 8, 36, 50, tzinfo=UTC)
    s = other_sender("Pearson VUE", "pearsonvuecustomerservice@pearson.com", "pearson.com",
                     "205.139.110." + str(R.randint(10, 200)), "us-smtp-delivery-110.mimecast.com",
                     mailfrom="pearsonvuecustomerservice@pearson.com")
    t = f"""Dear Arvind Subramanian,

Thank you for scheduling your exam with Pearson VUE.

Exam: MLA-C01: AWS Certified Machine Learning Engineer - Associate
Date: Saturday, April 11, 2026
Time: 10:00 AM India Standard Time
Test center: Pearson Professional Centers - Bengaluru, Prestige Tech Park, Outer Ring Road, Bengaluru 560103
Candidate ID: {IN_KEEP}
Registration ID: 522048117

Please arrive 15 minutes early with a valid government-issued photo ID.

Pearson VUE
"""
    add("in-pearson", kind="unrelated", case=None, ids=[IN_KEEP], sv=False, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject="Pearson VUE Confirmation of Booking",
        body=alt(part(t), part("<html><body>" + t2h(t) + "</body></html>", "html")), new=t)

    # AWS Summit newsletter
    dt = datetime(2026, 3, 19, 5, 30, 0, tzinfo=UTC)
    s = aws_sender("aws-apac-marketing@amazon.com", dt, name="AWS Events")
    t = """AWS Summit Mumbai 2026 | 7 May | Jio World Convention Centre

Join 10,000+ builders for keynotes, 80+ breakout sessions and the AWS Certification Lounge
(open to all AWS Certified attendees - bring your digital badge).

Register free: https://aws.amazon.com/events/summits/mumbai/

You received this email because you registered for an AWS event. Unsubscribe:
https://pages.awscloud.com/communication-preferences
"""
    add("in-aws-events", kind="unrelated", case=None, ids=[], sv=True, lang="en",
        provider="outlook", rcpt=IN, s=s, dt=dt, subject="Registration is open: AWS Summit Mumbai 2026",
        body=alt(part(t), part(console_html("<p>" + t2h(t) + "</p>"), "html")), new=t,
        extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>"])


# ----------------------------------------------------------------- main
def main():
    jp_mails()
    de_mails()
    us_mails()
    in_mails()
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i, (slug, label, raw) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(labels), "mails written")


if __name__ == "__main__":
    main()
