#!/usr/bin/env python3
"""Generator for blind set 19 (Japanese-heavy AWS Certification account-merge mail)."""
import base64
import binascii
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(1919)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))

LABELS = {}
COUNTER = [0]


# ---------------------------------------------------------------- helpers
def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def case15(dt, suffix):
    return f"{int(dt.timestamp())}{suffix}"


def ses_id(dt, host="email.amazonses.com"):
    ms = int(dt.timestamp() * 1000)
    return f"<0100{ms:012x}-{ruuid()}-000000@{host}>"


def ses_mailfrom(dt):
    ms = int(dt.timestamp() * 1000)
    return f"0100{ms:012x}-{ruuid()}-000000@email.amazonses.com"


def d(dt):
    return format_datetime(dt)


def ew(text, codec="utf-8", label=None, enc="B", maxlen=74, first_offset=9):
    """Encode text as RFC 2047 encoded words, split over folded lines."""
    label = label or codec.upper()
    words = []
    chunk = ""

    def enc_chunk(s):
        raw = s.encode(codec)
        if enc == "B":
            body = base64.b64encode(raw).decode()
        else:
            out = []
            for b in raw:
                c = chr(b)
                if c == " ":
                    out.append("_")
                elif c.isalnum() and b < 128:
                    out.append(c)
                else:
                    out.append("=%02X" % b)
            body = "".join(out)
        return f"=?{label}?{enc}?{body}?="

    limit = maxlen - first_offset
    for ch in text:
        cand = chunk + ch
        if len(enc_chunk(cand)) > limit and chunk:
            words.append(enc_chunk(chunk))
            chunk = ch
            limit = maxlen - 1
        else:
            chunk = cand
    if chunk:
        words.append(enc_chunk(chunk))
    return "\n ".join(words)


def addr(name, address, codec=None, label=None):
    if name is None:
        return address
    if codec is None:
        if all(ord(c) < 128 for c in name):
            if any(c in name for c in ',.()<>@;:"[]'):
                return f'"{name}" <{address}>'
            return f"{name} <{address}>"
        codec = "utf-8"
    return f"{ew(name, codec, label, first_offset=6)} <{address}>"


def quote(text, depth=1):
    p = "> " * depth
    out = []
    for line in text.split("\n"):
        out.append((p + line).rstrip() if line else p.rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------- body parts
def text_part(text, subtype="plain", charset="utf-8", cte="base64", label=None, codec=None):
    codec = codec or charset
    label = label or charset
    raw = text.encode(codec)
    part = MIMENonMultipart("text", subtype)
    part.set_param("charset", label)
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
        part.set_payload(b)
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "7bit":
        part.set_payload(raw.decode("ascii"))
    elif cte == "8bit":
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    return part


def alternative(plain, html):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
        R.randint(100000, 999999), R.randint(100000000, 999999999), R.randint(10**12, 10**13)))
    for p in (plain, html):
        del p["MIME-Version"]
        m.attach(p)
    return m


def entity_bytes(ent):
    if "MIME-Version" not in ent:
        ent["MIME-Version"] = "1.0"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n")).flatten(ent)
    data = buf.getvalue()
    return data


# ---------------------------------------------------------------- trace / auth headers
SES = {"ip": None, "helo": None}


def ses_ip():
    a = R.choice([(8, "54.240.8"), (9, "54.240.9"), (48, "54.240.48"), (27, "54.240.27")])
    last = R.randint(2, 250)
    return f"{a[1]}.{last}", f"a{a[0]}-{last}.smtp-out.amazonses.com"


def sigb():
    v = rb64(256)
    return "\n\t".join(v[i:i + 70] for i in range(0, len(v), 70))


def dkim_aws(dt, extra_domain="amazon.com", sel="7v7vs6w47njt4pimodk5mmttbegzsi6n"):
    t = int(dt.timestamp())
    h1 = (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={extra_domain}; t={t};\n"
          f"\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n"
          f"\tbh={rb64(32)};\n\tb={sigb()}")
    h2 = (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t={t};\n"
          f"\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n"
          f"\tbh={rb64(32)};\n\tb={sigb()}")
    return [("DKIM-Signature", h1), ("DKIM-Signature", h2)]


def dkim_generic(dt, domain, sel="s1"):
    t = int(dt.timestamp())
    return [("DKIM-Signature",
             f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n\th=from:subject:to:mime-version:content-type:date:message-id;\n"
             f"\ts={sel}; t={t}; bh={rb64(32)};\n\tb={sigb()}")]


def ar_value(provider, *, ip, mailfrom, mailfrom_dom, dkim, dmarc, hfrom, spf="pass", policy="quarantine"):
    """dkim: list of (domain, result)."""
    P = policy.upper()
    if provider == "gmail":
        parts = []
        for dom, res in dkim:
            parts.append(f"dkim={res} header.i=@{dom} header.s={rhex(8)} header.b={rb64(6)[:8]}")
        if spf == "pass":
            parts.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
        else:
            parts.append(f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
        dis = "NONE" if dmarc == "pass" else ("QUARANTINE" if P != "NONE" else "NONE")
        parts.append(f"dmarc={dmarc} (p={P} sp={P} dis={dis}) header.from={hfrom}")
        return "mx.google.com;\n       " + ";\n       ".join(parts)
    if provider == "o365":
        dk = dkim[0] if dkim else (None, "none")
        dktxt = (f"dkim=pass (signature was verified)\n header.d={dk[0]}" if dk[1] == "pass"
                 else "dkim=none (message not signed)\n header.d=none")
        spftxt = f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}"
        action = "none" if dmarc == "pass" else ("quarantine" if policy != "none" else "none")
        comp = "pass\n reason=100" if dmarc == "pass" else "fail\n reason=000"
        if dmarc == "bestguesspass":
            action = "none"; comp = "pass\n reason=109"
        return f"{spftxt}; {dktxt};dmarc={dmarc} action={action} header.from={hfrom};compauth={comp}"
    if provider == "yahoojp":
        dk = dkim[0] if dkim else (hfrom, "none")
        dkr = "pass (ok)" if dk[1] == "pass" else dk[1]
        host = f"mta{R.randint(1000, 5999)}.mail.kks.yahoo.co.jp"
        return (f"{host}  from={hfrom}; domain={mailfrom_dom}; dkim={dkr} header.i=@{dk[0]};\n"
                f"\tspf={spf} smtp.mailfrom={mailfrom_dom}; dmarc={dmarc} header.from={hfrom}")
    ids = {"docomo": "mfsmax.docomo.ne.jp", "au": "mx.au.com", "nifty": "mx.nifty.com",
           "biglobe": "mxr02.biglobe.ne.jp", "ocn": "mfilter1.ocn.ad.jp",
           "sakura": "www3821.sakura.ne.jp"}
    authserv = ids[provider]
    parts = [f"spf={spf} smtp.mailfrom={mailfrom}"]
    for dom, res in dkim:
        parts.append(f"dkim={res} header.d={dom}")
    if provider in ("nifty", "au"):
        parts.append(f"dmarc={dmarc} (p={policy} dis={'none' if dmarc == 'pass' else policy}) header.from={hfrom}")
    else:
        parts.append(f"dmarc={dmarc} header.from={hfrom}")
    return f"{authserv};\n\t" + ";\n\t".join(parts)


MX = {
    "gmail": "mx.google.com", "o365": None, "docomo": "mfsmax.docomo.ne.jp",
    "au": "mx.au.com", "yahoojp": "mta.mail.kks.yahoo.co.jp", "nifty": "mx.nifty.com",
    "biglobe": "mxr02.biglobe.ne.jp", "ocn": "mfilter1.ocn.ad.jp", "sakura": "www3821.sakura.ne.jp",
}


def trace(provider, rcpt, dt_recv, *, ip, helo, mailfrom, mailfrom_dom, dkim, dmarc, hfrom,
          spf="pass", policy="quarantine", with_ar=True, o365_tenant="hikarisys.onmicrosoft.com"):
    """Return the top-of-message trace headers added by the receiving provider."""
    h = []
    if provider == "gmail":
        tz = PDT if 3 < dt_recv.month < 11 else timezone(timedelta(hours=-8))
        tzn = "(PDT)" if tz == PDT else "(PST)"
        t = dt_recv.astimezone(tz)
        sid = rhex(12)
        h.append(("Delivered-To", rcpt))
        h.append(("Received", f"by 2002:a05:6a11:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(4)}csp{R.randint(100000, 999999)}pxb;\n        {d(t)} {tzn}"))
        h.append(("X-Received", f"by 2002:a05:620a:{rhex(4)}:b0:{rhex(4)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}.{R.randint(1, 99)}.{R.randint(1000000000000, 9999999999999)};\n        {d(t + timedelta(seconds=1))} {tzn}"))
        h.append(("Return-Path", f"<{mailfrom}>"))
        h.append(("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}.{R.randint(100, 999)}.{rhex(4)}.{R.randint(10000000, 99999999)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {d(t)} {tzn}"))
        h.append(("Received-SPF", f"{spf} (google.com: domain of {mailfrom} {'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};"))
    elif provider == "o365" and rcpt.endswith("@outlook.com"):
        t = dt_recv.astimezone(UTC)
        h.append(("Received", f"from SN7P220MB{R.randint(1000, 9999)}.NAMP220.PROD.OUTLOOK.COM (::1) by\n PH0P220MB{R.randint(1000, 9999)}.NAMP220.PROD.OUTLOOK.COM with HTTPS; {d(t)}"))
        h.append(("Received", f"from BN9PR03CA{R.randint(1000, 9999)}.namprd03.prod.outlook.com (2603:10b6:408:{rhex(3)}::{rhex(2)})\n by SN7P220MB{R.randint(1000, 9999)}.NAMP220.PROD.OUTLOOK.COM (2603:10b6:806:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.{R.randint(7000, 8999)}.{R.randint(10, 40)}; {d(t)}"))
    elif provider == "o365":
        t = dt_recv.astimezone(UTC)
        h.append(("Received", f"from TYWPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com (2603:1096:400:{rhex(3)}::{rhex(2)})\n by OS3PR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com with HTTPS; {d(t)}"))
        h.append(("Received", f"from TY2PEPF0000{R.randint(1000, 9999)}.apcprd03.prod.outlook.com\n (2603:1096:404:{rhex(3)}:cafe::{rhex(2)}) by TYWPR01MB{R.randint(1000, 9999)}.outlook.office365.com\n (2603:1096:400:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(7000, 8999)}.{R.randint(10, 40)} via Frontend\n Transport; {d(t)}"))
    else:
        t = dt_recv.astimezone(JST)
        mx = MX[provider]
        qid = rhex(10).upper()
        h.append(("Return-Path", f"<{mailfrom}>"))
        h.append(("Received", f"from {helo} ({helo} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {d(t)}"))
    if with_ar:
        arv = ar_value(provider, ip=ip, mailfrom=mailfrom, mailfrom_dom=mailfrom_dom, dkim=dkim,
                       dmarc=dmarc, hfrom=hfrom, spf=spf, policy=policy)
        h.append(("Authentication-Results", arv))
    if provider == "o365":
        t = dt_recv.astimezone(UTC)
        h.append(("Received-SPF", f"{'Pass' if spf == 'pass' else spf.capitalize()} (protection.outlook.com: domain of {mailfrom_dom}\n {'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C"))
        h.append(("Received", f"from {helo} ({ip}) by\n TY2PEPF0000{R.randint(1000, 9999)}.mail.protection.outlook.com (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(7000, 8999)}.{R.randint(10, 40)} via Frontend\n Transport; {d(t)}"))
    return h


def aws_trace(provider, rcpt, dt, *, hfrom="amazon.com", dmarc="pass", with_ar=True, spf="pass"):
    ip, helo = ses_ip()
    mf = ses_mailfrom(dt)
    mfd = "email.amazonses.com" if provider in ("o365", "yahoojp") else mf
    dk = [(hfrom, "pass"), ("amazonses.com", "pass")]
    tr = trace(provider, rcpt, dt + timedelta(seconds=R.randint(1, 4)), ip=ip, helo=helo, mailfrom=mf,
               mailfrom_dom="email.amazonses.com", dkim=dk, dmarc=dmarc, hfrom=hfrom, spf=spf,
               with_ar=with_ar)
    tr += dkim_aws(dt, extra_domain=hfrom)
    tr.append(("X-SES-Outgoing", f"{dt.astimezone(UTC):%Y.%m.%d}-{ip}"))
    return tr


def credly_trace(provider, rcpt, dt, with_ar=True):
    ip = f"149.72.{R.randint(100, 200)}.{R.randint(2, 250)}"
    helo = f"o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.email.credly.com"
    mf = f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em.credly.com"
    tr = trace(provider, rcpt, dt + timedelta(seconds=R.randint(2, 9)), ip=ip, helo=helo, mailfrom=mf,
               mailfrom_dom="em.credly.com", dkim=[("credly.com", "pass"), ("sendgrid.net", "pass")],
               dmarc="pass", hfrom="credly.com", policy="reject", with_ar=with_ar)
    tr += dkim_generic(dt, "credly.com", "s1")
    return tr


def generic_trace(provider, rcpt, dt, *, domain, ip, helo, mailfrom, dmarc="pass", dkim=None, spf="pass",
                  policy="reject", with_ar=True, sign=True):
    if dkim is None:
        dkim = [(domain, "pass")]
    tr = trace(provider, rcpt, dt + timedelta(seconds=R.randint(1, 6)), ip=ip, helo=helo, mailfrom=mailfrom,
               mailfrom_dom=mailfrom.split("@")[-1], dkim=dkim, dmarc=dmarc, hfrom=domain, spf=spf,
               policy=policy, with_ar=with_ar)
    if sign:
        tr += dkim_generic(dt, dkim[0][0] if dkim else domain)
    return tr


# ---------------------------------------------------------------- writer
def write(slug, *, kind, lang, case_id, ids, verified, trace_headers, frm, to, subject, date,
          msgid, body, extra=(), crlf=False, in_reply_to=None, references=None, cc=None):
    COUNTER[0] += 1
    fname = f"{COUNTER[0]:03d}-{slug}.eml"
    lines = []
    for k, v in trace_headers:
        lines.append(f"{k}: {v}")
    lines.append(f"From: {frm}")
    lines.append(f"To: {to}")
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    lines.append(f"Date: {d(date)}")
    lines.append(f"Message-ID: {msgid}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {references}")
    for k, v in extra:
        lines.append(f"{k}: {v}")
    head = ("\n".join(lines) + "\n").encode("ascii")
    data = head + entity_bytes(body)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
                     "sender_verified": verified, "language": lang}
    return fname


AWS_FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
CREDLY_FROM = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")

# ---------------------------------------------------------------- thread helpers
WD = "月火水木金土日"


def jq(dt, name, address):
    t = dt.astimezone(JST)
    return f"{t.year}年{t.month}月{t.day}日({WD[t.weekday()]}) {t.hour}:{t.minute:02d} {name} <{address}>:"


def fb_id():
    return ("Feedback-ID", f"1.us-east-1.{rb64(30)[:43]}=:AmazonSES")


def subj(prefix, text, codec="utf-8", label=None, enc="B"):
    if prefix:
        return prefix + " " + ew(text, codec, label, enc=enc, first_offset=len("Subject: ") + len(prefix) + 1)
    return ew(text, codec, label, enc=enc)


def aws_mail(slug, kind, lang, case, ids, provider, rcpt, dt, subject, body, frm=None, with_ar=True,
             crlf=False, extra=(), to=None):
    tr = aws_trace(provider, rcpt, dt, with_ar=with_ar)
    verified = True if with_ar else None
    return write(slug, kind=kind, lang=lang, case_id=case, ids=ids, verified=verified, trace_headers=tr,
                 frm=frm or AWS_FORM, to=to or rcpt, subject=subject, date=dt, msgid=ses_id(dt), body=body,
                 extra=[fb_id(), *extra], crlf=crlf)


def credly_mail(slug, lang, ids, provider, rcpt, dt, subject, body, kind="credly_badge_issued",
                with_ar=True, crlf=False):
    tr = credly_trace(provider, rcpt, dt, with_ar=with_ar)
    msgid = f"<{rhex(24)}_{R.randint(10000, 99999)}@credly-worker-{rhex(5)}.mail>"
    return write(slug, kind=kind, lang=lang, case_id=None, ids=ids, verified=True if with_ar else None,
                 trace_headers=tr, frm=CREDLY_FROM, to=rcpt, subject=subject, date=dt, msgid=msgid,
                 body=body, extra=[("X-SG-EID", rb64(60)), ("List-Unsubscribe", f"<https://www.credly.com/unsubscribe/{rhex(32)}>")],
                 crlf=crlf)


def html_wrap(inner, lang="ja"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
            f'<body style="font-family: Arial, \'Hiragino Kaku Gothic ProN\', Meiryo, sans-serif; font-size: 14px; color: #16191f;">\n'
            f'{inner}\n</body>\n</html>\n')


# users
U1 = ("佐藤 健太", "kenta.sato.dev@gmail.com")
U2 = ("田中 美咲", "misaki.t0312@docomo.ne.jp")
U3 = ("鈴木 大輔", "daisuke.suzuki77@au.com")
U4 = ("高橋 由美", "yumi_takahashi1988@yahoo.co.jp")
U5 = ("伊藤 翔", "sho.ito@nifty.com")
U6 = ("渡辺 直子", "naoko-watanabe@biglobe.ne.jp")
U7 = ("山本 拓也", "t-yamamoto@sea.ocn.ne.jp")
U8 = ("中村 亮", "ryo@nakamura-lab.jp")
U9 = ("小林 浩", "h-kobayashi@hikari-sys.co.jp")
U10 = ("James Morgan", "j.morgan.cloud@gmail.com")
U11 = ("Emily Chen", "emily.chen.dev@outlook.com")


def build_all():
    thread_a()
    thread_b()
    thread_c()
    thread_d()
    thread_e()
    thread_f()
    thread_g()
    thread_h()
    thread_i()
    thread_j()
    thread_k()
    unrelated()
    phishing()


# ================================================================= Thread A (Gmail, formal keigo, form case)
def thread_a():
    name, mail = U1
    opened = datetime(2025, 5, 27, 14, 14, 7, tzinfo=UTC)
    case = case15(opened, "30572")
    keep, old = "AWS03518427", "AWS02276615"
    old_mail = "k.sato@tsubasa-soft.co.jp"
    re_subj = f"RE:[CASE {case}] {FORM_SUBJ}"

    # 1 acknowledgement (no obvious words)
    dt = opened + timedelta(seconds=33)
    body = f"""{name} 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でご依頼を承りました。

お問い合わせ番号: {case}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 候補者 ID: {keep}

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、このメールにそのままご返信ください。
同じご依頼について新たにお問い合わせをいただきますと、ご回答までにお時間をいただく場合がございます。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail("a-uketsuke", "case_created", "ja", case, [keep], "gmail", mail, dt,
             subj(f"[CASE {case}]", "AWS トレーニングと認定へのお問い合わせありがとうございます"),
             text_part(body, cte="base64"))

    # 2 which account to keep (keigo), alternative with differing parts
    dt2 = datetime(2025, 5, 28, 1, 22, 10, tzinfo=UTC)
    which_plain = f"""{name} 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
Amazon Web Services の森田でございます。

アカウント統合のご依頼につきまして、お調べいたしましたところ、{name.split()[0]}様のお名前で以下の 2 つの認定アカウントが登録されていることを確認いたしました。

・{keep} (サインイン用メールアドレス: {mail})
・{old} (サインイン用メールアドレス: {old_mail})

統合後はいずれか一方のアカウントのみが残り、もう一方のアカウントに登録されている認定資格および試験履歴は、残す側のアカウントへ移されます。
つきましては、どちらのアカウントを残すことをご希望か、お知らせいただけますでしょうか。
あわせて、統合後のアカウントでご利用になる通知先メールアドレスもご指定ください。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

森田
Amazon Web Services
"""
    which_html = html_wrap(f"""<p>{name} 様</p>
<p>平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。<br>Amazon Web Services の森田でございます。</p>
<p>アカウント統合のご依頼につきまして、{name.split()[0]}様のお名前で以下の認定アカウントが登録されていることを確認いたしました。</p>
<table border="1" cellpadding="6" style="border-collapse: collapse;">
<tr style="background:#f2f3f3;"><th>認定アカウント ID</th><th>サインイン用メールアドレス</th><th>取得済みの認定</th></tr>
<tr><td>{keep}</td><td>{mail}</td><td>AWS Certified Solutions Architect - Associate</td></tr>
<tr><td>{old}</td><td>{old_mail}</td><td>AWS Certified Cloud Practitioner</td></tr>
</table>
<p>統合後はいずれか一方のアカウントのみが残ります。<b>どちらのアカウントを残すことをご希望でしょうか。</b>統合後にご利用になる通知先メールアドレスもあわせてお知らせください。</p>
<p style="font-size:12px;color:#545b64;">※ 取得済みの特典 (次回試験 50% 割引バウチャー等) は、統合後も残す側のアカウントで引き続きご利用いただけます。</p>
<p>何卒よろしくお願い申し上げます。</p>
<p>森田<br>Amazon Web Services</p>""")
    aws_mail("a-dochira-wo-nokosu", "support_reply", "ja", case, [keep, old], "gmail", mail, dt2, re_subj,
             alternative(text_part(which_plain, cte="quoted-printable"),
                         text_part(which_html, "html", cte="quoted-printable")))

    # 3 confirmation request as ASCII table, with Japanese Gmail quote + nested
    user_reply1 = datetime(2025, 5, 28, 10, 41, 0, tzinfo=UTC)
    dt3 = datetime(2025, 5, 29, 0, 8, 51, tzinfo=UTC)
    user_txt = f"""森田様

ご連絡ありがとうございます。
{keep} の方を残してください。通知先も {mail} でお願いします。
{old} は前職の会社のメールアドレスで作ったもので、今はログインできません。

佐藤"""
    agent_prev = f"""{name} 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
Amazon Web Services の森田でございます。

(中略)

つきましては、どちらのアカウントを残すことをご希望か、お知らせいただけますでしょうか。"""
    confirm_txt = f"""{name} 様

ご返信いただき、ありがとうございます。森田でございます。

ご指定いただいた内容にもとづき、以下のとおり統合を行う予定でございます。
作業に着手する前に、内容に誤りがないかご確認をお願いいたします。

+------------------------+--------------+-----------------------------+
| 区分                   | アカウント ID | サインイン用メールアドレス   |
+------------------------+--------------+-----------------------------+
| 残すアカウント          | {keep}  | {mail}    |
| 統合されるアカウント    | {old}  | {old_mail}   |
+------------------------+--------------+-----------------------------+

なお、統合は一度実行いたしますと元に戻すことができません。
上記の内容でよろしければ、本メールにご返信いただき、統合へのご同意をお知らせくださいますようお願い申し上げます。
(ご返信の例:「上記の内容で問題ありません。統合を進めてください。」)

森田
Amazon Web Services

{jq(user_reply1, name, mail)}
{quote(user_txt)}
>
> {jq(dt2, "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")}
{quote(agent_prev, 2)}
"""
    aws_mail("a-kakunin-table", "merge_confirmation_requested", "ja", case, [keep, old], "gmail", mail, dt3,
             re_subj, text_part(confirm_txt, cte="quoted-printable"))

    # 4 thank you for confirming, we will proceed (plan only; 済みましたら is conditional)
    user_reply2 = datetime(2025, 5, 29, 3, 30, 0, tzinfo=UTC)
    dt4 = datetime(2025, 5, 29, 23, 47, 2, tzinfo=UTC)
    proceed = f"""{name} 様

ご確認いただき、誠にありがとうございます。森田でございます。

いただいたご返信にもとづき、{old} を {keep} へ統合する作業を担当部署へ依頼いたしました。
作業には通常 1 から 3 営業日ほどお時間をいただいております。
作業が済みましたら、本件にて改めてご連絡いたしますので、今しばらくお待ちくださいませ。

森田
Amazon Web Services

{jq(user_reply2, name, mail)}
> 森田様
>
> 上記の内容で問題ありません。統合を進めてください。
> The details are correct. Please proceed with the merge.
>
> 佐藤
"""
    aws_mail("a-sagyou-irai", "support_reply", "ja", case, [keep, old], "gmail", mail, dt4, re_subj,
             text_part(proceed, cte="base64"), crlf=True)

    # 5 completed, without the obvious word; earlier confirmation quoted without markers
    dt5 = datetime(2025, 5, 31, 2, 15, 33, tzinfo=UTC)
    done = f"""{name} 様

大変お待たせいたしました。森田でございます。
ご依頼いただいておりましたアカウントの統合作業が終わりましたので、ご報告申し上げます。

{old} に登録されていた認定資格および試験履歴は、すべて {keep} へ移行いたしました。
{old} は今後ご利用いただけませんので、AWS 認定アカウントへは {mail} でサインインしてくださいますようお願いいたします。

Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届きます。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

森田
Amazon Web Services

---------- 以前のやり取り ----------
送信日時: 2025/05/29 9:08
件名: {re_subj}

ご指定いただいた内容にもとづき、以下のとおり統合を行う予定でございます。
作業に着手する前に、内容に誤りがないかご確認をお願いいたします。
残すアカウント: {keep}
統合されるアカウント: {old}
上記の内容でよろしければ、本メールにご返信いただき、統合へのご同意をお知らせくださいますようお願い申し上げます。
"""
    aws_mail("a-sagyou-owari", "merge_completed", "ja", case, [keep, old], "gmail", mail, dt5, re_subj,
             text_part(done, cte="quoted-printable"))

    # 6 closure + rating request; completion only in quoted part
    dt6 = datetime(2025, 6, 3, 3, 2, 10, tzinfo=UTC)
    close = f"""{name} 様

森田でございます。
前回のご連絡以降、特にご返信がございませんでしたので、本件はこれにてクローズとさせていただきます。
再度ご不明な点が生じた場合は、このメールにご返信いただければ、引き続き対応いたします。

今回のサポートについて、よろしければ以下のページからご評価をお寄せください(所要時間は 1 分ほどです)。
問題は解決しましたか? はい / いいえ
https://support.aws.amazon.com/#/contacts/feedback?caseId={case}&lang=ja

森田
Amazon Web Services

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 2025/05/31 11:15
To: {mail}
Subject: {re_subj}

ご依頼いただいておりましたアカウントの統合作業が終わりましたので、ご報告申し上げます。
{old} に登録されていた認定資格および試験履歴は、すべて {keep} へ移行いたしました。
"""
    aws_mail("a-close-hyouka", "survey", "ja", case, [], "gmail", mail, dt6, re_subj,
             text_part(close, cte="base64"))

    # 7 Credly (Japanese localised), alternative with differing parts
    dt7 = datetime(2025, 6, 1, 6, 40, 12, tzinfo=UTC)
    badge = ruuid()
    plain = f"""おめでとうございます、{name.split()[1]} さん!

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを受け取る: https://www.credly.com/earner/earned/badge/{badge}

バッジを受け取ると、LinkedIn などで共有したり、メールの署名に追加したりできます。

Credly チーム
"""
    html = html_wrap(f"""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px;"><img src="https://www.credly.com/assets/credly_logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px;"><h1 style="font-size:22px;">おめでとうございます、{name.split()[1]} さん!</h1>
<p>Amazon Web Services Training and Certification から、あなたの実績を証明するバッジが届いています。</p>
<p><img src="https://images.credly.com/size/340x340/images/{ruuid()}/image.png" width="170" alt="AWS Certified Solutions Architect - Associate"></p>
<p style="font-size:18px;"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/{badge}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;">バッジを受け取る</a></p>
<p>受け取ったバッジは、プロフィールからいつでも共有できます。</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#767676;">このメールは {mail} 宛てに送信されました。Credly, 2025.<br>
<a href="https://www.credly.com/notification_settings">通知設定</a></td></tr>
</table>""")
    credly_mail("a-credly-badge-ja", "ja", [], "gmail", mail, dt7,
                ew("新しいバッジ「AWS Certified Solutions Architect - Associate」が発行されました"),
                alternative(text_part(plain, cte="base64"), text_part(html, "html", cte="quoted-printable")))


# ================================================================= Thread B (docomo, machine-translated, ISO-2022-JP)
def thread_b():
    name, mail = U2
    opened = datetime(2025, 6, 12, 11, 3, 45, tzinfo=UTC)
    case = case15(opened, "07719")
    keep, old = "AWS04471903", "AWS01988250"

    dt = opened + timedelta(seconds=21)
    body = f"""親愛なるお客様、

アマゾン ウェブ サービスにご連絡いただきありがとうございます。私たちはあなたの問題に対処するためにケース {case} を開きました。

ケースID: {case}
件名: 認定アカウントのマージ
重大度: 一般的なガイダンス

あなたのケースの詳細を表示したり、このケースに返信したりするには、以下のリンクからサポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

このメールアドレスは返信を受け付けることができません。

よろしくお願いします、
アマゾン ウェブ サービス
"""
    aws_mail("b-mt-case-open", "case_created", "ja", case, [], "docomo", mail, dt,
             "Amazon Web Services: " + ew("新しいサポートケースを開きました: " + case, "iso-2022-jp", "ISO-2022-JP", first_offset=31),
             text_part(body, charset="iso-2022-jp", cte="7bit", label="ISO-2022-JP"), frm=AWS_NOREPLY)

    dt2 = datetime(2025, 6, 13, 16, 20, 4, tzinfo=UTC)
    body2 = f"""こんにちは {name}、

お待たせして申し訳ありません。私はあなたのアカウントのマージのリクエストを確認しました。

続行する前に、次の詳細を確認してください:

1. 保持されるアカウント (プライマリ): {keep}
2. マージされ、閉じられるアカウント: {old}
3. アカウント {old} のすべての認定と試験の履歴は {keep} に転送されます。
4. マージは元に戻すことはできません。

上記の詳細が正しいことを確認するために、サポートセンターからこのケースに返信してください。あなたの確認を受け取った後、私たちはマージを進めます。

よろしくお願いします、

Ankit P.
アマゾン ウェブ サービス

このケースに返信するには、次のリンクを使用してください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja
"""
    aws_mail("b-mt-kakunin-list", "merge_confirmation_requested", "ja", case, [keep, old], "docomo", mail, dt2,
             subj(f"RE:[CASE {case}]", "認定アカウントのマージ", "iso-2022-jp", "ISO-2022-JP"),
             text_part(body2, charset="iso-2022-jp", cte="7bit", label="ISO-2022-JP"), frm=AWS_NOREPLY)

    dt3 = datetime(2025, 6, 15, 2, 44, 31, tzinfo=UTC)
    body3 = f"""こんにちは {name}、

確認していただきありがとうございます。あなたのアカウントは正常にマージされました。

アカウント {old} の認定は、今 {keep} の下に表示されます。古いアカウントは無効化されており、もはやサインインに使用することはできません。

Credly バッジは、新しいアカウントに移動されるまで最大 48 時間かかる場合があります。

あなたが他の質問を持っている場合は、私たちに知らせることを躊躇しないでください。

よろしくお願いします、

Ankit P.
アマゾン ウェブ サービス
"""
    aws_mail("b-mt-merge-sareta", "merge_completed", "ja", case, [keep, old], "docomo", mail, dt3,
             subj(f"RE:[CASE {case}]", "認定アカウントのマージ", "iso-2022-jp", "ISO-2022-JP"),
             text_part(body3, charset="iso-2022-jp", cte="7bit", label="ISO-2022-JP"), frm=AWS_NOREPLY,
             crlf=True)

    dt4 = dt3 + timedelta(minutes=1, seconds=12)
    body4 = f"""こんにちは、

あなたのサポートケース {case} は解決済みとしてマークされました。

私たちはどうでしたか? あなたのフィードバックは、私たちが私たちのサービスを向上させるのに役立ちます。

あなたの問題は解決されましたか?
はい: https://console.aws.amazon.com/support/feedback?displayId={case}&resolved=yes
いいえ: https://console.aws.amazon.com/support/feedback?displayId={case}&resolved=no

ケースを再度開く必要がある場合は、サポートセンターからケースに返信してください。

アマゾン ウェブ サービス
"""
    aws_mail("b-mt-kaiketsu", "survey", "ja", case, [], "docomo", mail, dt4,
             ew(f"Amazon Web Services: ケース {case} についてのフィードバックをお願いします"),
             text_part(body4, cte="base64"), frm=AWS_NOREPLY)


# ================================================================= Thread C (au, plain Japanese, Shift_JIS)
def thread_c():
    name, mail = U3
    opened = datetime(2025, 6, 17, 3, 31, 19, tzinfo=UTC)
    case = case15(opened, "48203")
    keep, old = "AWS05120364", "AWS03097712"
    old_mail = "d-suzuki@kawasemi-denki.co.jp"
    re_subj = f"RE:[CASE {case}] {FORM_SUBJ}"

    dt1 = datetime(2025, 6, 18, 5, 12, 40, tzinfo=UTC)
    b1 = f"""{name} 様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの石井です。

アカウントの統合について承知しました。ただ、いただいた情報だけでは、もう一方のアカウントを特定できませんでした。お手数ですが、次の情報を教えてください。

1. 統合したい各アカウントのサインイン用メールアドレス
2. 各アカウントの通知先メールアドレス (サインイン用と違う場合)
3. 残したいアカウントの AWS 認定 ID (AWS から始まる 11 文字)
4. 統合を希望する理由 (例: 転職で会社のメールアドレスが使えなくなった など)

フォームに入力されていた ID: {keep}

このメールにそのまま返信してもらえれば大丈夫です。
同じ内容で新しくお問い合わせを作らないようにお願いします。重なると対応が遅れることがあります。

石井
Amazon Web Services
"""
    aws_mail("c-jouhou-onegai", "support_reply", "ja", case, [keep], "au", mail, dt1, re_subj,
             text_part(b1, charset="shift_jis", label="Shift_JIS", cte="base64"))

    user_dt = datetime(2025, 6, 18, 12, 5, 0, tzinfo=UTC)
    ut = user_dt.astimezone(JST)
    dt2 = datetime(2025, 6, 19, 1, 40, 22, tzinfo=UTC)
    user_txt = f"""石井様

返信ありがとうございます。
1. {mail} と {old_mail} です
2. どちらもサインイン用と同じです
3. {keep} を残したいです
4. 前の会社を退職して会社のアドレスが使えなくなったためです

よろしくお願いします。
鈴木"""
    b2 = f"""{name} 様

情報を送ってくださり、ありがとうございます。石井です。

確認したところ、次の 2 つのアカウントが見つかりました。この内容で統合してよろしいでしょうか?

  残すアカウント    : {keep} ({mail})
  統合するアカウント: aws-{old[3:]} ({old_mail})

統合すると、aws-{old[3:]} の資格と受験履歴は {keep} に移り、aws-{old[3:]} は使えなくなります。
一度統合すると元に戻せませんので、よく確認してください。

問題なければ、このメールに「この内容で統合してください」と返信してください。

石井
Amazon Web Services

{ut:%Y/%m/%d %H:%M}、{name} <{mail}>のメール:

{quote(user_txt)}
"""
    aws_mail("c-kono-naiyou-de-ii", "merge_confirmation_requested", "ja", case, [keep, old], "au", mail, dt2,
             re_subj, text_part(b2, charset="shift_jis", label="Shift_JIS", cte="8bit"))

    dt3 = datetime(2025, 6, 19, 23, 58, 9, tzinfo=UTC)
    b3 = f"""{name} 様

返信ありがとうございます。石井です。内容を確認しましたので、これから統合の手続きを進めます。

統合が完了した後、Credly のバッジも {keep} 側へ移す予定です。バッジの移動が済むと、Credly からメールが届きます。

作業には 2〜3 日かかることがあります。もう少しお待ちください。

石井
Amazon Web Services
"""
    aws_mail("c-korekara-susumemasu", "support_reply", "ja", case, [keep], "au", mail, dt3, re_subj,
             text_part(b3, charset="shift_jis", label="Shift_JIS", cte="base64"), with_ar=False)

    dt4 = datetime(2025, 6, 21, 4, 27, 50, tzinfo=UTC)
    b4 = f"""{name} 様

お待たせしました。石井です。

AWS {old[3:]} の資格情報と受験履歴は、AWS {keep[3:]} へ移行済みです。
今後は {mail} でサインインしてください。古いアカウントはもう使えません。

Credly のバッジについても、移動の手続きをしてあります。1〜2 日ほどで新しいアカウント側に表示されるはずです。

最後に、今回の対応について評価をお願いできますか。
https://support.aws.amazon.com/#/contacts/feedback?caseId={case}&lang=ja

石井
Amazon Web Services
"""
    aws_mail("c-ikou-zumi", "merge_completed", "ja", case, [keep, old], "au", mail, dt4,
             subj(f"RE:[CASE {case}]", "アカウント統合のお問い合わせ (account-assistance)", "shift_jis", "Shift_JIS"),
             text_part(b4, charset="shift_jis", label="Shift_JIS", cte="base64"))

# ================================================================= Thread D (Yahoo! JAPAN, mixed JA/EN, console)
def thread_d():
    name, mail = U4
    opened = datetime(2025, 7, 1, 8, 55, 2, tzinfo=UTC)
    case = case15(opened, "61540")
    keep, old = "AWS02840519", "AWS04713386"
    topic = "AWS認定アカウントの統合 (Certification account merge)"

    dt = opened + timedelta(seconds=18)
    b1 = f"""{name} 様

Amazon Web Services にお問い合わせいただきありがとうございます。お問い合わせ内容に対応するため、ケース {case} をオープンしました。

Thank you for contacting Amazon Web Services. We have opened case {case} to address your issue.

ケース ID / Case ID: {case}
件名 / Subject: {topic}
重要度 / Severity: 一般的なガイダンス / General guidance

ケースの詳細の確認や返信は、サポートセンターから行えます。
To see the details or to reply, please visit the Support Center:
https://console.aws.amazon.com/support/home?#/case/?displayId={case}&language=ja

このメールアドレスは返信を受け付けていません。
This email address does not accept replies.

Amazon Web Services
"""
    aws_mail("d-case-open-bilingual", "case_created", "ja", case, [], "yahoojp", mail, dt,
             f"Amazon Web Services: You have opened a new Support case: {case}",
             text_part(b1, cte="quoted-printable"), frm=AWS_NOREPLY)

    dt2 = datetime(2025, 7, 2, 7, 10, 45, tzinfo=UTC)
    b2 = f"""高橋様

お問い合わせありがとうございます。AWS トレーニングと認定チームの Haruka です。
統合を行う前に、以下の内容をご確認ください。
Before we proceed, please confirm the details below.

- Primary account (残るアカウント): {keep}
- Account to be merged (統合されるアカウント): {old}

{old} に紐づく認定・受験履歴・特典は {keep} に移ります。
統合は取り消すことができません。This action cannot be undone.

内容が正しければ、サポートセンターからこのケースに返信してください。
If the details above are correct, please reply to this case via the Support Center to confirm.

Best regards,
Haruka
Amazon Web Services
"""
    aws_mail("d-kakunin-bilingual", "merge_confirmation_requested", "ja", case, [keep, old], "yahoojp", mail, dt2,
             subj(f"RE:[CASE {case}]", topic), text_part(b2, cte="base64"), frm=AWS_NOREPLY)

    user_dt = datetime(2025, 7, 3, 1, 15, 0, tzinfo=UTC)
    dt3 = datetime(2025, 7, 4, 9, 33, 27, tzinfo=UTC)
    b3 = f"""高橋様

ご確認ありがとうございました。ご依頼いただいた統合を実施いたしました。
現在、旧アカウントの認定はすべて {keep} に表示されるようになっております。

The merge you confirmed has been carried out. All certifications formerly held under the old account now appear under {keep}.

Credly のバッジも数日以内に移行される見込みです。
Please allow a few days for your Credly badges to follow.

Best regards,
Haruka
Amazon Web Services

--- 元のメッセージ / Original message ---
{jq(user_dt, name, mail)}
> 内容に間違いありません。よろしくお願いします。
> The details are correct. Please proceed with the merge.
>
> {jq(dt2, "Amazon Web Services", "no-reply-aws@amazon.com")}
> > - Primary account (残るアカウント): {keep}
> > - Account to be merged (統合されるアカウント): {old}
> > 統合は取り消すことができません。This action cannot be undone.
"""
    aws_mail("d-jisshi-itashimashita", "merge_completed", "ja", case, [keep], "yahoojp", mail, dt3,
             subj(f"RE:[CASE {case}]", topic), text_part(b3, cte="quoted-printable"), frm=AWS_NOREPLY)

    dt4 = datetime(2025, 7, 5, 13, 20, 3, tzinfo=UTC)
    plain = f"""Hi Yumi,

Amazon Web Services Training and Certification has transferred 2 badges to your Credly account following an update to your certification profile.

- AWS Certified Cloud Practitioner
- AWS Certified Developer - Associate

Accept your badges: https://www.credly.com/earner/earned?ref={rhex(16)}

Once accepted, you can share your badges on LinkedIn, add them to your email signature, and more.

The Credly Team
Credly, Inc. | 50 Hudson Yards, New York, NY 10001
"""
    html = html_wrap(f"""<table width="600" align="center"><tr><td>
<h1 style="font-size:22px;">Your badges are on the move, Yumi!</h1>
<p>Amazon Web Services Training and Certification has transferred <b>2 badges</b> to your Credly account following an update to your certification profile.</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned?ref={rhex(16)}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;">Accept your badges</a></p>
<p style="font-size:11px;color:#777;">Credly, Inc. | 50 Hudson Yards, New York, NY 10001</p>
</td></tr></table>""", "en")
    credly_mail("d-credly-transferred-en", "en", [], "yahoojp", mail, dt4,
                "Your AWS badges have been transferred to your Credly account",
                alternative(text_part(plain, cte="7bit", charset="us-ascii"), text_part(html, "html", cte="quoted-printable")))


# ================================================================= Thread E (nifty)
def thread_e():
    name, mail = U5
    opened = datetime(2025, 8, 4, 2, 18, 40, tzinfo=UTC)
    case = case15(opened, "93357")
    a1, a2 = "AWS03362078", "AWS05011249"
    re_subj = f"RE:[CASE {case}] {FORM_SUBJ}"

    first = datetime(2025, 8, 5, 6, 2, 0, tzinfo=UTC)
    dt1 = datetime(2025, 8, 12, 4, 0, 36, tzinfo=UTC)
    b1 = f"""{name} 様

いつもお世話になっております。AWS トレーニングと認定サポートの中川でございます。

先日お送りいたしましたメールにつきまして、その後いかがでしょうか。
現時点でご返信を確認できておりませんでしたので、念のためご連絡いたしました。

引き続きサポートが必要でございましたら、このメールにご返信ください。
1 週間ほどご返信がない場合は、本件をいったんクローズさせていただきますので、あらかじめご了承ください。

中川
Amazon Web Services

送信日時: {first.astimezone(JST):%Y年%m月%d日 %H:%M}
差出人: Amazon Web Services
件名: {re_subj}

{name} 様

アカウント統合のご依頼ありがとうございます。
{name.split()[0]}様のお名前で {a1} と {a2} の 2 つのアカウントが見つかりました。
統合後に残すアカウントはどちらになさいますか。
"""
    aws_mail("e-sonogo-ikaga", "support_reply", "ja", case, [], "nifty", mail, dt1,
             subj(f"RE:[CASE {case}]", "アカウント統合のご依頼について (再送)", "iso-2022-jp", "ISO-2022-JP"),
             text_part(b1, charset="iso-2022-jp", label="ISO-2022-JP", cte="7bit"))

    dt2 = datetime(2025, 8, 19, 4, 5, 12, tzinfo=UTC)
    b2 = f"""{name} 様

中川でございます。
前回のご連絡から一定期間ご返信をいただけなかったため、お問い合わせ番号 {case} はクローズとさせていただきました。

引き続きアカウントの統合をご希望の場合は、このメールにご返信いただくか、お問い合わせフォームから改めてご連絡ください。

よろしければ、今回の対応についてご意見をお聞かせください。
https://amazonmr.au1.qualtrics.com/jfe/form/SV_{rhex(15)}?case={case}

中川
Amazon Web Services
"""
    # wrong charset label: UTF-8 bytes labelled iso-8859-1
    aws_mail("e-close-latin1-label", "survey", "ja", case, [], "nifty", mail, dt2, re_subj,
             text_part(b2, charset="utf-8", label="iso-8859-1", cte="quoted-printable"))


# ================================================================= Thread F (biglobe, HTML-only)
def thread_f():
    name, mail = U6
    opened = datetime(2025, 9, 9, 12, 47, 15, tzinfo=UTC)
    case = case15(opened, "20481")
    keep, old = "AWS01457730", "AWS04290861"
    re_subj = f"RE:[CASE {case}] {FORM_SUBJ}"

    dt1 = datetime(2025, 9, 10, 6, 30, 9, tzinfo=UTC)
    h1 = html_wrap(f"""<div>
<p>{name} 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の西村でございます。</p>
<p>ご依頼のアカウント統合につきまして、下表の内容で作業を行う予定です。お手数ですが、内容をご確認のうえご返信をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="8" style="border-collapse:collapse;border-color:#aab7b8;">
<thead><tr style="background:#232f3e;color:#ffffff;"><th></th><th>アカウント ID</th><th>メールアドレス</th><th>統合後</th></tr></thead>
<tbody>
<tr><td>1</td><td>{keep}</td><td>{mail}</td><td>存続 (このアカウントに集約)</td></tr>
<tr><td>2</td><td>{old}</td><td>n.watanabe@hoshizora-gakuen.ac.jp</td><td>{keep} に統合後、閉鎖</td></tr>
</tbody>
</table>
<p style="color:#d13212;"><b>ご注意:</b> 統合は取り消しができません。</p>
<p>上記で差し支えなければ「同意します」とご返信ください。修正が必要な場合は、正しい内容をお知らせください。</p>
<p>西村<br>Amazon Web Services</p>
</div>""")
    aws_mail("f-html-table-kakunin", "merge_confirmation_requested", "ja", case, [keep, old], "biglobe", mail, dt1,
             re_subj, text_part(h1, "html", cte="quoted-printable"))

    dt2 = datetime(2025, 9, 12, 8, 5, 44, tzinfo=UTC)
    h2 = html_wrap(f"""<div>
<p>{name} 様</p>
<p>西村でございます。ご同意いただき、ありがとうございました。</p>
<p>お申し出いただいた 2 つの認定アカウントを、1 つにまとめましたのでご報告いたします。<br>
{old} に紐づいていた認定資格 (AWS Certified Developer &ndash; Associate ほか) は、{keep} に引き継がれております。</p>
<p>今後は <b>{keep}</b> ({mail}) をご利用ください。{old} へのサインインはできなくなっております。</p>
<p>Credly バッジの反映には数日かかる場合がございます。</p>
<p>西村<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#545b64;">このメールへの対応はいかがでしたか? <a href="https://support.aws.amazon.com/#/contacts/feedback?caseId={case}">評価する</a></p>
</div>""")
    aws_mail("f-html-hitotsu-ni", "merge_completed", "ja", case, [keep, old], "biglobe", mail, dt2, re_subj,
             text_part(h2, "html", cte="base64"))

    dt3 = datetime(2025, 9, 16, 0, 12, 30, tzinfo=UTC)
    h3 = html_wrap(f"""<table width="600" align="center"><tr><td style="padding:20px;">
<p><img src="https://www.credly.com/assets/credly_logo.png" alt="Credly" width="96"></p>
<h2>{name.split()[1]} さん、バッジが受け取りを待っています</h2>
<p>Amazon Web Services Training and Certification から発行されたバッジ <b>AWS Certified Developer &ndash; Associate</b> がまだ受け取られていません。</p>
<p>下のボタンからバッジを受け取り、あなたのスキルを共有しましょう。</p>
<p><a href="https://www.credly.com/earner/earned/badge/{ruuid()}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;">バッジを受け取る</a></p>
<p style="font-size:11px;color:#777;">このメールは {mail} 宛てに送信されました。<a href="https://www.credly.com/notification_settings">通知設定を変更</a></p>
</td></tr></table>""")
    credly_mail("f-credly-uketori-machi", "ja", [], "biglobe", mail, dt3,
                ew("リマインダー: バッジが受け取りを待っています"), text_part(h3, "html", cte="quoted-printable"))


# ================================================================= Thread G (OCN)
def thread_g():
    name, mail = U7
    opened = datetime(2025, 10, 6, 0, 39, 28, tzinfo=UTC)
    case = case15(opened, "55102")
    keep, old = "AWS02093481", "AWS03750026"
    re_subj = f"RE:[CASE {case}] {FORM_SUBJ}"

    dt0 = opened + timedelta(seconds=41)
    b0 = f"""{name} 様

このたびは AWS トレーニングと認定にご連絡いただき、ありがとうございます。
お送りいただいた内容は、下記の番号で承っております。

受付番号: {case}

担当より順次ご連絡いたします (通常 24 時間以内)。
お問い合わせの際は、受付番号をお知らせいただくとスムーズです。

Amazon Web Services
AWS トレーニングと認定
"""
    aws_mail("g-uketsuke-bangou", "case_created", "ja", case, [], "ocn", mail, dt0,
             subj(f"[CASE {case}]", "お問い合わせありがとうございます", enc="Q"),
             text_part(b0, cte="quoted-printable"))

    agent_confirm = datetime(2025, 10, 7, 2, 30, 0, tzinfo=UTC)
    user_dt = datetime(2025, 10, 7, 11, 12, 0, tzinfo=UTC)
    dt1 = datetime(2025, 10, 8, 1, 15, 3, tzinfo=UTC)
    b1 = f"""{name} 様

ご確認いただき、ありがとうございます。AWS トレーニングと認定サポートの小川でございます。

これより統合作業に着手いたします。
作業が終わり次第、あらためてご連絡いたしますので、今しばらくお待ちください。

小川
Amazon Web Services

{jq(user_dt, name, mail)}
> 小川様
>
> 内容を確認しました。この内容で進めてください。
>
> 山本
>
> {jq(agent_confirm, "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")}
> > 残すアカウント: {keep}
> > 統合されるアカウント: {old}
> > 上記の内容で統合してよろしいか、ご返信にてお知らせください。
"""
    aws_mail("g-owari-shidai", "support_reply", "ja", case, [], "ocn", mail, dt1,
             subj(f"RE:[CASE {case}]", "アカウント統合のご依頼", "iso-2022-jp", "ISO-2022-JP"),
             text_part(b1, charset="iso-2022-jp", label="ISO-2022-JP", cte="7bit"))

    dt2 = datetime(2025, 10, 10, 6, 20, 55, tzinfo=UTC)
    b2 = f"""{name} 様

小川でございます。進捗についてご連絡いたします。

{old} から {keep} への移行は、現在担当チームにて進めております。
試験予約データの確認に時間を要しており、本日時点ではまだ完了しておりません。
大変恐縮ですが、もうしばらくお時間をいただけますでしょうか。
状況に変化がございましたら、すぐにご連絡いたします。

小川
Amazon Web Services
"""
    aws_mail("g-mada-owatte-inai", "support_reply", "ja", case, [keep, old], "ocn", mail, dt2, re_subj,
             text_part(b2, cte="base64"))

    dt3 = datetime(2025, 10, 11, 2, 50, 17, tzinfo=UTC)
    b3 = f"""{name} 様

お待たせいたしました。小川でございます。

先日ご確認いただいた内容のとおり、統合処理を実施いたしました。
今後は残されたアカウントでサインインしていただければ、これまでに取得された認定資格をすべてご確認いただけます。
万一表示に不備がございましたら、お手数ですがこのメールにご返信ください。

小川
Amazon Web Services

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, October 7, 2025 11:30 AM
To: {mail}
Subject: {re_subj}

{name} 様

以下の内容で統合を行います。
残すアカウント: {keep}
統合されるアカウント: {old}
上記の内容で統合してよろしいか、ご返信にてお知らせください。
"""
    aws_mail("g-shori-jisshi", "merge_completed", "ja", case, [], "ocn", mail, dt3,
             subj(f"RE:[CASE {case}]", "アカウント統合のご依頼", "shift_jis", "Shift_JIS"),
             text_part(b3, charset="shift_jis", label="Shift_JIS", cte="base64"), crlf=True)


# ================================================================= Thread H (sakura)
def thread_h():
    name, mail = U8
    opened = datetime(2025, 11, 18, 9, 12, 33, tzinfo=UTC)
    case = case15(opened, "04126")
    a, b = "AWS04638815", "AWS02719954"
    re_subj = f"RE:[CASE {case}] {FORM_SUBJ}"

    dt1 = datetime(2025, 11, 19, 2, 48, 6, tzinfo=UTC)
    b1 = f"""{name} 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の藤井です。

ご依頼の件、中村様名義の認定アカウントが 2 つ見つかりました。

  | 選択肢 | アカウント ID | 作成日     | 取得済み認定                         |
  |--------|---------------|------------|--------------------------------------|
  | A      | {a}   | 2021/03/02 | SAA, DVA                             |
  | B      | {b}   | 2024/08/19 | SAP                                  |

統合後に残すのは A と B のどちらがよろしいでしょうか。
残らない方のアカウントの認定は、残す方へまとめて移します。
また、統合後の通知先メールアドレスに変更があれば、あわせて教えてください。

藤井
Amazon Web Services
"""
    aws_mail("h-a-to-b-dochira", "support_reply", "ja", case, [a, b], "sakura", mail, dt1, re_subj,
             text_part(b1, cte="8bit"))

    dt2 = datetime(2025, 11, 20, 5, 3, 41, tzinfo=UTC)
    b2 = f"""{name} 様

藤井です。ご返信ありがとうございます。A を残すとのこと、承知しました。

作業の前に、次の点をご確認ください。

① 残すアカウント: {a} (作成日 2021/03/02)
② 統合されるアカウント: {b} (作成日 2024/08/19)
③ ② の認定 (AWS Certified Solutions Architect - Professional) と受験履歴は ① へ移ります
④ 統合後は元に戻せません

①〜④ に問題がなければ、「確認しました」とご返信ください。ご返信をいただいてから作業を始めます。

藤井
Amazon Web Services
"""
    # cp932-only characters (circled digits) under a Shift_JIS label
    aws_mail("h-maru-suuji-sjis", "merge_confirmation_requested", "ja", case, [a, b], "sakura", mail, dt2,
             re_subj, text_part(b2, charset="cp932", label="Shift_JIS", cte="base64", codec="cp932"))

# ================================================================= Thread I (Office 365 corporate, three accounts)
def thread_i():
    name, mail = U9
    opened = datetime(2025, 12, 2, 1, 20, 55, tzinfo=UTC)
    case = case15(opened, "71839")
    keep, o1, o2 = "AWS03904172", "AWS01126583", "AWS05287340"
    topic = "認定アカウントの統合について"

    dt0 = opened + timedelta(seconds=26)
    b0 = f"""Amazon Web Services をご利用いただきありがとうございます。

お問い合わせいただいた内容について、新しいケース ({case}) を作成しました。

ケース ID: {case}
件名: {topic}
重要度: 一般的なガイダンス

ケースの詳細の確認、および返信は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

※ このメールアドレスは送信専用です。ご返信いただいても対応いたしかねます。

Amazon Web Services
"""
    aws_mail("i-case-sakusei", "case_created", "ja", case, [], "o365", mail, dt0,
             "Amazon Web Services: " + ew(f"新しいサポートケースを作成しました: {case}", first_offset=31),
             text_part(b0, cte="base64"), frm=AWS_NOREPLY)

    dt1 = datetime(2025, 12, 3, 7, 44, 2, tzinfo=UTC)
    b1 = f"""ケース {case} に新しい返信が追加されました。

件名: {topic}

返信内容を確認するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

このメールアドレスは返信を受け付けていません。返信はサポートセンターから行ってください。

Amazon Web Services
"""
    aws_mail("i-atarashii-henshin", "support_reply", "ja", case, [], "o365", mail, dt1,
             subj(f"[Case {case}]", "新しい返信が追加されました", enc="Q"),
             text_part(b1, cte="quoted-printable"), frm=AWS_NOREPLY)

    dt2 = datetime(2025, 12, 5, 3, 11, 28, tzinfo=UTC)
    ag = datetime(2025, 12, 3, 7, 43, 0, tzinfo=UTC).astimezone(JST)
    plain = f"""小林 浩 様

お世話になっております。Amazon Web Services の上田でございます。

ご承認いただいた内容にもとづき、{o1} および {o2} の認定履歴を {keep} に統合いたしました。
{o1} と {o2} は閉鎖済みとなっておりますので、今後は {keep} にサインインしてご利用ください。

ご不明な点がございましたら、本ケースにてお知らせください。

上田
Amazon Web Services

________________________________
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: {ag.year}年{ag.month}月{ag.day}日 {ag.hour}:{ag.minute:02d}
宛先: {mail}
件名: RE:[CASE {case}] {topic}

小林 浩 様

以下の 3 つのアカウントを 1 つに統合いたします。内容をご確認のうえ、ご承認ください。
 ・残すアカウント: {keep}
 ・統合されるアカウント: {o1}, {o2}
統合は取り消しできません。
"""
    html = html_wrap(f"""<div>小林 浩 様<br><br>
お世話になっております。Amazon Web Services の上田でございます。<br><br>
ご承認いただいた内容にもとづき、<b>{o1}</b> および <b>{o2}</b> の認定履歴を <b>{keep}</b> に統合いたしました。<br>
今後は {keep} にサインインしてご利用ください。<br><br>
上田<br>Amazon Web Services</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>差出人:</b> Amazon Web Services &lt;no-reply-aws@amazon.com&gt;<br>
<b>送信日時:</b> {ag.year}年{ag.month}月{ag.day}日 {ag.hour}:{ag.minute:02d}<br><b>宛先:</b> {mail}<br><b>件名:</b> RE:[CASE {case}] {topic}</font></div>
<div>以下の 3 つのアカウントを 1 つに統合いたします。内容をご確認のうえ、ご承認ください。<br>
・残すアカウント: {keep}<br>・統合されるアカウント: {o1}, {o2}<br>統合は取り消しできません。</div>""")
    aws_mail("i-outlook-tougou-itashimashita", "merge_completed", "ja", case, [keep, o1, o2], "o365", mail, dt2,
             subj(f"RE:[CASE {case}]", topic),
             alternative(text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")),
             frm=AWS_NOREPLY)

    dt3 = dt2 + timedelta(hours=2, minutes=4)
    b3 = f"""{name} 様

ケース {case}「{topic}」は解決済みとしてクローズされました。

お客様の声をお聞かせください。
今回のサポートの満足度を 1 (不満) から 5 (満足) の 5 段階で評価してください。

  1   2   3   4   5
https://console.aws.amazon.com/support/feedback?displayId={case}&language=ja

いただいたご意見は、サポート品質の向上に役立てさせていただきます。

Amazon Web Services
"""
    aws_mail("i-okyakusama-no-koe", "survey", "ja", case, [], "o365", mail, dt3,
             subj("Amazon Web Services:", f"ケース {case} のサポートはいかがでしたか?", enc="Q"),
             text_part(b3, cte="quoted-printable"), frm=AWS_NOREPLY)


# ================================================================= Thread J (Gmail, English form case)
def thread_j():
    name, mail = U10
    opened = datetime(2026, 1, 13, 15, 2, 11, tzinfo=UTC)
    case = case15(opened, "86624")
    keep, old = "AWS02958163", "AWS04401527"
    re_subj = f"RE:[CASE {case}] {FORM_SUBJ}"

    dt0 = opened + timedelta(seconds=38)
    b0 = f"""Hello,

Thank you for contacting AWS Training and Certification. We have received your request and logged it under reference {case}.

A member of our team will get back to you, generally within 24 hours. If you have additional information, simply reply to this email; please do not submit a new request for the same issue, as duplicate requests can delay our response.

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: {keep}

Regards,
AWS Training and Certification
Amazon Web Services
"""
    aws_mail("j-request-logged", "case_created", "en", case, [keep], "gmail", mail, dt0,
             f"[CASE {case}] We received your request - AWS Training and Certification",
             text_part(b0, charset="us-ascii", cte="7bit"))

    dt1 = datetime(2026, 1, 14, 11, 26, 5, tzinfo=UTC)
    b1 = f"""Hello James,

Thank you for reaching out to AWS Training and Certification. My name is Priya and I will be assisting you with this request.

I located the two certification accounts below. Before I merge them, please review the details carefully:

  Account that will remain (primary): {keep} - {mail}
  Account that will be merged and closed: {old} - jmorgan@brightlane-consulting.com

All certifications, exam history and benefits on {old} will be moved to {keep}. Please note that a merge is permanent and cannot be reversed.

If everything above is correct, kindly reply to this email stating that you agree to the merge.

Best regards,
Priya R.
Amazon Web Services

---- Original request ----
First name: James
Last name: Morgan
Email: {mail}
AWS candidate ID: {keep}
Inquiry type: Certification
Detail: Account Merge
Description: I have two certification accounts, one from my previous employer ({old}). Please combine them into {keep}.
"""
    aws_mail("j-please-confirm", "merge_confirmation_requested", "en", case, [keep, old], "gmail", mail, dt1,
             re_subj, text_part(b1, cte="quoted-printable"))

    user_dt = datetime(2026, 1, 14, 14, 14, 0, tzinfo=timezone(timedelta(hours=-5)))
    dt2 = datetime(2026, 1, 15, 9, 3, 47, tzinfo=UTC)
    b2 = f"""Hello James,

Thank you for confirming. I have now submitted the merge to our certification operations team and it is in progress.

Once the merge is complete, I will update you on this case, and your Credly badges will be re-issued to the email address of the primary account. This usually takes 1-3 business days.

Best regards,
Priya R.
Amazon Web Services

On Wed, Jan 14, 2026 at 2:14 PM James Morgan <{mail}> wrote:
> Hi Priya,
>
> The details are correct. Please proceed with the merge.
>
> Thanks,
> James
>
> On Wed, Jan 14, 2026 at 6:26 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Account that will remain (primary): {keep} - {mail}
> > Account that will be merged and closed: {old} - jmorgan@brightlane-consulting.com
> > If everything above is correct, kindly reply to this email stating that you agree to the merge.
"""
    aws_mail("j-thanks-proceeding", "support_reply", "en", case, [], "gmail", mail, dt2, re_subj,
             text_part(b2, cte="quoted-printable"))

    dt3 = datetime(2026, 1, 16, 20, 41, 9, tzinfo=UTC)
    plain = f"""Hello James,

Good news: all certification records from {old} have been moved to {keep}, and the old profile has been retired. You can sign in with {mail} to see your full certification history.

As this resolves your request, I will now close this case.

Was your issue resolved?
YES: https://support.aws.amazon.com/#/contacts/feedback?caseId={case}&resolved=yes
NO: https://support.aws.amazon.com/#/contacts/feedback?caseId={case}&resolved=no

Best regards,
Priya R.
Amazon Web Services
"""
    html = html_wrap(f"""<p>Hello James,</p>
<p>Good news: all certification records from <b>{old}</b> have been moved to <b>{keep}</b>, and the old profile has been retired.</p>
<p>As this resolves your request, I will now close this case.</p>
<table><tr><td style="padding:8px;">Was your issue resolved?</td>
<td><a href="https://support.aws.amazon.com/#/contacts/feedback?caseId={case}&resolved=yes" style="background:#1d8102;color:#fff;padding:6px 16px;">YES</a></td>
<td><a href="https://support.aws.amazon.com/#/contacts/feedback?caseId={case}&resolved=no" style="background:#d13212;color:#fff;padding:6px 16px;">NO</a></td></tr></table>
<p>Best regards,<br>Priya R.<br>Amazon Web Services</p>""", "en")
    aws_mail("j-records-moved-resolved", "merge_completed", "en", case, [keep, old], "gmail", mail, dt3, re_subj,
             alternative(text_part(plain, cte="7bit", charset="us-ascii"), text_part(html, "html", cte="quoted-printable")))

    dt4 = dt3 + timedelta(days=1, minutes=7)
    b4 = f"""Hello,

Your AWS Training and Certification case {case} has been closed.

How did we do? Tell us about your experience - it takes less than a minute.

Rate your experience: https://amazonmr.au1.qualtrics.com/jfe/form/SV_{rhex(15)}?case={case}&lang=en

If you still need help, reply to this email within 14 days and the case will be reopened.

AWS Training and Certification
"""
    aws_mail("j-how-did-we-do", "survey", "en", case, [], "gmail", mail, dt4,
             f"How did we do? Case {case}", text_part(b4, charset="us-ascii", cte="7bit"), with_ar=False)

    dt5 = datetime(2026, 1, 17, 2, 18, 40, tzinfo=UTC)
    bid = ruuid()
    plain = f"""Congratulations, James!

You've earned a badge from Amazon Web Services Training and Certification:

AWS Certified DevOps Engineer - Professional

Accept your badge: https://www.credly.com/earner/earned/badge/{bid}

Showcase your achievement on LinkedIn and other networks once you accept it.

Credly
"""
    html = html_wrap(f"""<table width="600" align="center"><tr><td>
<h1>Congratulations, James!</h1>
<p>Amazon Web Services Training and Certification issued you a new badge.</p>
<p><b>AWS Certified DevOps Engineer &ndash; Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/{bid}" style="background:#ff6b00;color:#fff;padding:12px 24px;">Accept your badge</a></p>
<p>Accepting lets you share it on LinkedIn, Twitter and in your email signature.</p>
<p style="font-size:11px;color:#777;">Credly, Inc. | 50 Hudson Yards, New York, NY 10001 | <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table>""", "en")
    credly_mail("j-credly-earned", "en", [], "gmail", mail, dt5,
                "Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
                alternative(text_part(plain, cte="7bit", charset="us-ascii"), text_part(html, "html", cte="quoted-printable")))


# ================================================================= Thread K (Outlook.com, English, 11-digit case)
def thread_k():
    name, mail = U11
    case = "12094736518"
    keep, old = "AWS03315594", "AWS05066218"
    re_subj = f"RE:[CASE {case}] {FORM_SUBJ}"

    dt1 = datetime(2026, 2, 9, 18, 4, 12, tzinfo=UTC)
    b1 = f"""Hi Emily,

Thanks for your message about merging your certification accounts. I found two profiles under your name:

  1) {keep.lower()} - {mail} - created 2019
  2) {old.lower()} - emily.chen@northwind-analytics.com - created 2023

Which of these would you like to keep as your primary account? The other profile will be merged into it and closed. Please also let me know which email address you would like to receive notifications at going forward.

Kind regards,
Marco D.
Amazon Web Services
"""
    aws_mail("k-which-to-keep-lower", "support_reply", "en", case, [keep, old], "o365", mail, dt1, re_subj,
             text_part(b1, cte="quoted-printable"))

    user_dt = datetime(2026, 2, 10, 2, 30, 0, tzinfo=UTC)
    dt2 = datetime(2026, 2, 12, 16, 52, 37, tzinfo=UTC)
    b2 = f"""Hi Emily,

The two profiles have now been consolidated under {keep}. Your exam history and the certifications from the 2023 profile show on that account, and your 50% exam voucher benefit has carried over.

If anything looks off, just reply here.

Kind regards,
Marco D.
Amazon Web Services

________________________________
From: Emily Chen <{mail}>
Sent: Monday, February 9, 2026 6:30 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: {re_subj}

Hi Marco,

Please keep {keep.lower()} and merge {old.lower()} into it. Notifications to {mail}, please.
I understand this can't be undone - go ahead.

Emily
"""
    aws_mail("k-consolidated", "merge_completed", "en", case, [keep], "o365", mail, dt2, re_subj,
             text_part(b2, cte="base64"))

# ================================================================= unrelated
def unrelated():
    # GitHub "merged"
    name, mail = U1
    dt = datetime(2025, 6, 2, 5, 48, 19, tzinfo=UTC)
    repo = "tsubasa-soft/infra-modules"
    tr = generic_trace("gmail", mail, dt, domain="github.com", ip="192.30.252.207",
                       helo="out-24.smtp.github.com", mailfrom="noreply@github.com", policy="reject")
    body = f"""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/{repo}/pull/482#event-{R.randint(10**10, 10**11)}
You are receiving this because you were mentioned.

Message ID: <{repo}/pull/482/issue_event/{R.randint(10**10, 10**11)}@github.com>
"""
    write("github-merged-pr", kind="unrelated", lang="en", case_id=None, ids=[], verified=False,
          trace_headers=tr, frm=addr("Tomoya Hayashi", "notifications@github.com"), to=f"{repo} <infra-modules@noreply.github.com>",
          cc=f"Kenta Sato <{mail}>, Mention <mention@noreply.github.com>",
          subject=f"Re: [{repo}] Merge duplicate account modules into iam-core (PR #482)", date=dt,
          msgid=f"<{repo}/pull/482/issue_event/{R.randint(10**10, 10**11)}@github.com>",
          in_reply_to=f"<{repo}/pull/482@github.com>", references=f"<{repo}/pull/482@github.com>",
          extra=[("List-ID", f"{repo} <infra-modules.tsubasa-soft.github.com>"), ("X-GitHub-Reason", "mention")],
          body=text_part(body, cte="7bit", charset="UTF-8"))

    # Credly expiry, Japanese
    name, mail = U2
    dt = datetime(2026, 3, 1, 1, 0, 5, tzinfo=UTC)
    b = f"""{name.split()[1]} さん

あなたのバッジ「AWS Certified Cloud Practitioner」の有効期限が近づいています。

有効期限: 2026年4月2日

有効期限が過ぎると、バッジは「期限切れ」と表示されます。再認定の方法については、Amazon Web Services Training and Certification の案内をご確認ください。

バッジを確認する: https://www.credly.com/badges/{ruuid()}

Credly チーム
"""
    credly_mail("credly-kigen-ja", "ja", [], "docomo", mail, dt,
                ew("バッジの有効期限が近づいています: AWS Certified Cloud Practitioner"),
                text_part(b, cte="base64"), kind="unrelated")

    # Credly expiry, English
    name, mail = U10
    dt = datetime(2026, 2, 10, 14, 30, 0, tzinfo=UTC)
    b = f"""Hi James,

Your AWS Certified Solutions Architect - Associate badge will expire in 30 days (March 12, 2026).

To keep your badge active, complete the recertification requirements set by Amazon Web Services Training and Certification before the expiration date.

View badge: https://www.credly.com/badges/{ruuid()}

The Credly Team
"""
    credly_mail("credly-expires-30-days", "en", [], "gmail", mail, dt,
                "Reminder: Your badge expires in 30 days", text_part(b, charset="us-ascii", cte="7bit"),
                kind="unrelated")

    # Credly's own account merge code, English
    name, mail = U11
    dt = datetime(2026, 2, 20, 22, 15, 41, tzinfo=UTC)
    b = f"""Hi Emily,

We received a request to merge the Credly account registered to emily.chen@northwind-analytics.com into your account.

Your verification code is: 482913

Enter this code on the Credly account merge page, then click "Complete Account Merge". The code expires in 30 minutes.

If you did not request this, you can ignore this email.

The Credly Team
"""
    credly_mail("credly-merge-code-en", "en", [], "o365", mail, dt,
                "Your Credly account merge verification code", text_part(b, charset="us-ascii", cte="7bit"),
                kind="unrelated")

    # Credly's own account merge code, Japanese
    name, mail = U3
    dt = datetime(2025, 6, 25, 9, 41, 2, tzinfo=UTC)
    b = f"""{name.split()[1]} さん

d-suzuki@kawasemi-denki.co.jp で登録されている Credly アカウントを、あなたのアカウントに統合するリクエストを受け付けました。

確認コード: 730615

Credly のアカウント統合ページでこのコードを入力し、「アカウントの統合を完了する」をクリックしてください。コードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly チーム
"""
    credly_mail("credly-tougou-code-ja", "ja", [], "au", mail, dt,
                ew("Credly アカウント統合の確認コード"), text_part(b, cte="quoted-printable"), kind="unrelated")

    # Pearson VUE appointment (Japanese)
    name, mail = U1
    dt = datetime(2025, 5, 20, 4, 12, 33, tzinfo=UTC)
    tr = generic_trace("gmail", mail, dt, domain="pearson.com", ip="159.182.128.44",
                       helo="mailout7.pearson.com", mailfrom="bounce@pearsonvue.com",
                       dkim=[("pearson.com", "pass")], policy="reject")
    b = f"""{name} 様

Pearson VUE をご利用いただきありがとうございます。以下の試験のご予約を承りました。

試験: SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
日時: 2025年6月14日(土) 10:00 JST
会場: オンライン (OnVUE)
登録番号: 512873449
AWS 候補者 ID: {"AWS03518427"}

予約の変更・キャンセルは、試験開始の 24 時間前までに Pearson VUE のウェブサイトから行ってください。
試験当日は、有効な身分証明書をご用意ください。

Pearson VUE
"""
    write("pearson-vue-yoyaku", kind="unrelated", lang="ja", case_id=None, ids=["AWS03518427"], verified=False,
          trace_headers=tr, frm=addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), to=mail,
          subject=ew("Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Associate"),
          date=dt, msgid=f"<{rhex(20)}@pearsonvue.com>", body=text_part(b, cte="base64"))

    # CertMetrics
    name, mail = U4
    dt = datetime(2025, 7, 20, 16, 0, 12, tzinfo=UTC)
    ip, helo = ses_ip()
    tr = generic_trace("yahoojp", mail, dt, domain="certmetrics.com", ip=ip, helo=helo,
                       mailfrom=ses_mailfrom(dt), dkim=[("certmetrics.com", "pass")], policy="none")
    b = f"""Dear Yumi Takahashi,

AWS Certification wants to hear from you! Please take a few minutes to tell us about your recent certification experience.

Take the survey: https://www.certmetrics.com/amazon/survey/{rhex(32)}

Your responses are confidential and help us improve the AWS Certification program.

Validation Number: 5QX2KZ7LB1E4Q9S3

Thank you,
AWS Certification
This message was sent from an unmonitored address. Please do not reply.
"""
    write("certmetrics-hear-from-you", kind="unrelated", lang="en", case_id=None, ids=[], verified=False,
          trace_headers=tr, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=mail,
          subject="AWS Certification wants to hear from you", date=dt, msgid=ses_id(dt),
          body=text_part(b, charset="us-ascii", cte="7bit"))

    # AWS billing case (Japanese), authentic
    name, mail = U5
    opened = datetime(2025, 8, 18, 6, 33, 10, tzinfo=UTC)
    bcase = case15(opened, "12908")
    dt = datetime(2025, 8, 20, 3, 9, 55, tzinfo=UTC)
    b = f"""{name} 様

Amazon Web Services の請求サポートをご利用いただきありがとうございます。坂本でございます。

ご指摘いただいた 2025 年 7 月分の二重請求について確認いたしました。
重複していた請求額 (USD 42.18) は、お客様のお支払い方法へ返金の手続きを行いました。返金の反映には 5〜10 営業日ほどかかります。

本件はこれで解決済みとして、ケースをクローズさせていただきます。

坂本
Amazon Web Services

このご回答はお役に立ちましたか? 評価はこちら:
https://console.aws.amazon.com/support/home#/case/?displayId={bcase}&language=ja
"""
    aws_mail("aws-seikyu-case", "unrelated", "ja", bcase, [], "nifty", mail, dt,
             subj(f"RE:[CASE {bcase}]", "2025年7月分の請求について"),
             text_part(b, cte="quoted-printable"), frm=AWS_NOREPLY)

    # EC2 quota case (English), authentic
    name, mail = U9
    opened = datetime(2025, 11, 4, 23, 2, 40, tzinfo=UTC)
    qcase = case15(opened, "39271")
    dt = datetime(2025, 11, 5, 8, 17, 12, tzinfo=UTC)
    b = f"""Hello,

We have approved and processed your quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the Asia Pacific (Tokyo) region. Your new quota is 512 vCPUs.

It can sometimes take up to 30 minutes for this to become available.

We will now resolve this case. If you have any questions, please reply through the Support Center.

Best regards,
Amazon Web Services

Case ID: {qcase}
https://console.aws.amazon.com/support/home#/case/?displayId={qcase}&language=en
"""
    aws_mail("aws-ec2-quota", "unrelated", "en", qcase, [], "o365", mail, dt,
             f"RE:[CASE {qcase}] Limit Increase: EC2 Instances", text_part(b, charset="us-ascii", cte="7bit"),
             frm=AWS_NOREPLY)

    # Seller Central "merged"
    name, mail = U10
    dt = datetime(2026, 1, 5, 19, 44, 3, tzinfo=UTC)
    b = """Hello,

Thank you for contacting Amazon Seller Support.

We have merged the duplicate detail pages you reported. ASIN B0CX7Q2M4L is now the surviving listing, and the offers from B0CX7Q9P1Z have been moved to it. Please allow up to 24 hours for the change to appear in your inventory.

Was this email helpful? Please let us know:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6129904417

Thank you,
Alex
Amazon Seller Support
"""
    ip, helo = ses_ip()
    tr = generic_trace("gmail", mail, dt, domain="amazon.com", ip=ip, helo=helo, mailfrom=ses_mailfrom(dt),
                       dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")], policy="quarantine")
    write("seller-central-merged-asin", kind="unrelated", lang="en", case_id="6129904417", ids=[], verified=True,
          trace_headers=tr, frm=addr("Amazon Seller Support", "seller-support-notification@amazon.com"), to=mail,
          subject="RE:[CASE 6129904417] Duplicate listings - please merge", date=dt, msgid=ses_id(dt),
          body=text_part(b, charset="us-ascii", cte="7bit"))

    # colleague (internal, no Authentication-Results), full-width id
    name, mail = U9
    dt = datetime(2025, 11, 28, 9, 3, 0, tzinfo=JST)
    their = datetime(2025, 11, 26, 18, 40, 0, tzinfo=JST)
    b = f"""小林さん

お疲れさまです。木村です。
先日はAWS認定のアカウント統合のやり方を教えていただき、ありがとうございました！
教えてもらったフォームから問い合わせたところ、昨日サポートから「統合しました」と連絡があり、
ＡＷＳ０４１２７７３９ のほうにまとまっていました。Credlyのバッジはまだ移っていないので、様子を見ます。

また何かあれば相談させてください。

木村

差出人: 小林 浩 <{mail}>
送信日時: 2025年11月26日 18:40
宛先: 木村 亜希子 <akiko.kimura@hikari-sys.co.jp>
件名: RE: AWS認定のアカウント統合について

木村さん

私のときは AWS03904172 に寄せてもらいました。フォームの「Account Merge」から申し込めば、翌日くらいに返事が来ますよ。
"""
    tr = [("Received", f"from TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com (2603:1096:400:{rhex(3)}::{rhex(2)})\n by OS3PR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com with HTTPS; {d(dt.astimezone(UTC))}"),
          ("Received", f"from TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%7]) with mapi id 15.20.{R.randint(7000, 8999)}.{R.randint(10, 40)}; {d(dt.astimezone(UTC))}"),
          ("X-MS-Exchange-Organization-AuthAs", "Internal"),
          ("X-MS-Exchange-Organization-AuthSource", f"TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com"),
          ("X-MS-Has-Attach", ""),
          ("Thread-Topic", ew("AWS認定のアカウント統合について", first_offset=14))]
    write("douryou-tougou-zenkaku", kind="unrelated", lang="ja", case_id=None, ids=["AWS04127739"], verified=None,
          trace_headers=tr, frm=addr("木村 亜希子", "akiko.kimura@hikari-sys.co.jp"), to=addr("小林 浩", mail),
          subject=subj("RE:", "AWS認定のアカウント統合について"), date=dt,
          msgid=f"<TYCPR01MB{R.randint(1000, 9999)}{rhex(16).upper()}@TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com>",
          in_reply_to=f"<OS3PR01MB{R.randint(1000, 9999)}{rhex(16).upper()}@OS3PR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com>",
          body=text_part(b, cte="base64"), extra=[("Content-Language", "ja-JP")])

    # phishing, not about the merge (Japanese)
    name, mail = U2
    dt = datetime(2025, 9, 1, 23, 51, 7, tzinfo=UTC)
    b = f"""Amazon Web Services をご利用のお客様

お客様のアカウントでお支払い方法の確認ができませんでした。
24 時間以内にお支払い情報を更新いただけない場合、AWS アカウントおよびすべてのサービスが停止されます。

▼ お支払い情報の更新はこちら
http://aws-account-jp.com/billing/update?id={rhex(12)}

※このメールは送信専用です。

Amazon Web Services Japan
"""
    tr = generic_trace("docomo", mail, dt, domain="aws-account-jp.com", ip="103.151.83.27",
                       helo="mail.aws-account-jp.com", mailfrom="billing@aws-account-jp.com",
                       dkim=[("aws-account-jp.com", "none")], dmarc="none", policy="none", sign=False)
    write("phish-shiharai-jouhou", kind="unrelated", lang="ja", case_id=None, ids=[], verified=False,
          trace_headers=tr, frm=addr("Amazon Web Services", "billing@aws-account-jp.com"), to=mail,
          subject=ew("【重要】AWS アカウントのお支払い方法を確認してください", "iso-2022-jp", "ISO-2022-JP"), date=dt,
          msgid=f"<{rhex(16)}@aws-account-jp.com>",
          body=text_part(b, charset="iso-2022-jp", label="ISO-2022-JP", cte="7bit"))

    # AWS Builder ID verification (authentic, signin.aws)
    name, mail = U6
    dt = datetime(2025, 9, 9, 12, 31, 50, tzinfo=UTC)
    ip, helo = ses_ip()
    tr = generic_trace("biglobe", mail, dt, domain="signin.aws", ip=ip, helo=helo, mailfrom=ses_mailfrom(dt),
                       dkim=[("signin.aws", "pass"), ("amazonses.com", "pass")], policy="reject")
    b = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you. Please enter the following verification code when prompted.

Verification code: 618204

(This code is valid for 10 minutes)

If you don't want to create an AWS Builder ID, you can ignore this message.

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.
"""
    write("builder-id-code", kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
          trace_headers=tr, frm=addr("AWS", "no-reply@signin.aws"), to=mail,
          subject="Verify your AWS Builder ID email address", date=dt, msgid=ses_id(dt),
          body=text_part(b, charset="us-ascii", cte="7bit"))

    # AWS T&C newsletter (Japanese)
    name, mail = U7
    dt = datetime(2025, 12, 9, 1, 0, 0, tzinfo=UTC)
    plain = f"""AWS トレーニングと認定 ニュースレター 2025年12月号

■ 新しい認定試験のご案内
AWS Certified Generative AI Developer - Professional のベータ試験の受付を開始しました。

■ よくあるご質問: 認定アカウントが複数ある場合
複数の認定アカウントをお持ちの方は、お問い合わせフォームから統合をご依頼いただけます。統合の流れは FAQ をご覧ください。
https://aws.amazon.com/jp/certification/faqs/

■ AWS Skill Builder 年末キャンペーン
個人サブスクリプションが 20% オフ。

配信停止: https://pages.awscloud.com/communication-preferences?lang=ja
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
    html = html_wrap(f"""<table width="640" align="center"><tr><td style="background:#232f3e;padding:16px;"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" width="80" alt="AWS"></td></tr>
<tr><td style="padding:20px;"><h2>AWS トレーニングと認定 ニュースレター 2025年12月号</h2>
<h3>新しい認定試験のご案内</h3><p>AWS Certified Generative AI Developer &ndash; Professional のベータ試験の受付を開始しました。</p>
<h3>よくあるご質問: 認定アカウントが複数ある場合</h3><p>複数の認定アカウントをお持ちの方は、お問い合わせフォームから統合をご依頼いただけます。<a href="https://aws.amazon.com/jp/certification/faqs/">FAQ を見る</a></p>
<h3>AWS Skill Builder 年末キャンペーン</h3><p>個人サブスクリプションが 20% オフ。</p>
<p style="font-size:11px;color:#777;"><a href="https://pages.awscloud.com/communication-preferences?lang=ja">配信停止</a> | アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table>""")
    ip = f"192.28.{R.randint(140, 160)}.{R.randint(2, 250)}"
    tr = generic_trace("ocn", mail, dt, domain="amazon.com", ip=ip, helo=f"mail{R.randint(100, 999)}.mktomail.com",
                       mailfrom=f"{R.randint(100, 999)}-ZXY-{R.randint(100, 999)}.0.{R.randint(1000, 9999)}.0.0.{R.randint(1000, 9999)}.9.{R.randint(1000000, 9999999)}@awscloud.mktomail.com",
                       dkim=[("amazon.com", "pass")], policy="quarantine")
    write("aws-newsletter-ja", kind="unrelated", lang="ja", case_id=None, ids=[], verified=True,
          trace_headers=tr, frm=addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), to=mail,
          subject=ew("【AWS トレーニングと認定】12月のニュースレター: 新しい認定試験のご案内"), date=dt,
          msgid=f"<{R.randint(1000000, 9999999)}.{R.randint(10**9, 10**10)}@abmas{R.randint(10, 99)}.marketo.org>",
          body=alternative(text_part(plain, cte="base64"), text_part(html, "html", cte="base64")),
          extra=[("List-Unsubscribe", "<mailto:unsubscribe@awscloud.mktomail.com>")])

    # Credly share reminder (badge already accepted)
    name, mail = U8
    dt = datetime(2025, 12, 10, 3, 30, 0, tzinfo=UTC)
    h = html_wrap(f"""<table width="600" align="center"><tr><td style="padding:20px;">
<h2>{name.split()[1]} さん、バッジを共有してスキルをアピールしましょう</h2>
<p>先日受け取ったバッジ <b>AWS Certified Solutions Architect &ndash; Professional</b> をまだ共有していないようです。</p>
<p>LinkedIn に追加すると、プロフィールの閲覧数が増える傾向があります。</p>
<p><a href="https://www.credly.com/badges/{ruuid()}/linked_in_profile" style="background:#0a66c2;color:#fff;padding:10px 20px;">LinkedIn で共有する</a></p>
<p style="font-size:11px;color:#777;"><a href="https://www.credly.com/notification_settings">通知設定</a></p>
</td></tr></table>""")
    credly_mail("credly-kyouyuu-reminder", "ja", [], "sakura", mail, dt,
                ew("バッジを共有して、あなたのスキルをアピールしましょう"), text_part(h, "html", cte="base64"),
                kind="unrelated")


# ================================================================= phishing that keeps its content kind
def phishing():
    # fake confirmation request, look-alike domain with its own passing DMARC
    name, mail = U5
    dt = datetime(2025, 8, 8, 10, 12, 45, tzinfo=UTC)
    fcase = "175464318204417"
    b = f"""{name} 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

お客様の認定アカウント AWS03362078 および AWS05011249 の統合リクエストを受け付けました。
統合を実行する前に、ご本人確認と統合内容の承認が必要です。

【統合内容】
残すアカウント:AWS03362078
統合されるアカウント:AWS05011249

24 時間以内に下記のリンクからサインインし、統合を承認してください。
期限内に承認がない場合、両方のアカウントが一時的に停止されます。

▼ 統合を承認する
https://aws-certification-jp.com/merge/approve?case={fcase}

AWS トレーニングと認定 サポートチーム
"""
    tr = generic_trace("nifty", mail, dt, domain="aws-certification-jp.com", ip="45.133.216.90",
                       helo="smtp.aws-certification-jp.com", mailfrom="support@aws-certification-jp.com",
                       dkim=[("aws-certification-jp.com", "pass")], dmarc="pass", policy="none")
    write("phish-tougou-shounin", kind="merge_confirmation_requested", lang="ja", case_id=fcase,
          ids=["AWS03362078", "AWS05011249"], verified=False, trace_headers=tr,
          frm=addr("AWS トレーニングと認定", "support@aws-certification-jp.com"), to=mail,
          subject=subj(f"[CASE {fcase}]", "【要対応】認定アカウント統合の承認のお願い"), date=dt,
          msgid=f"<{rhex(20)}@aws-certification-jp.com>", body=text_part(b, cte="base64"))

    # spoofed amazon.com "merge done", topmost AR fails, lower forged AR passes
    name, mail = U4
    dt = datetime(2025, 7, 10, 22, 30, 2, tzinfo=UTC)
    fcase = "175218660907731"
    b = f"""高橋 由美 様

お客様の認定アカウントの統合が正常に処理されました。

統合元アカウント: AWS04713386
統合先アカウント: AWS02840519

統合された認定資格を維持するには、48 時間以内に以下のページからサインインし、登録情報とお支払い方法を再確認してください。
確認が行われない場合、認定資格が無効となる可能性があります。

https://aws-training-jp.support-verify.net/signin?ref={rhex(10)}

Amazon Web Services
"""
    tr = trace("yahoojp", mail, dt + timedelta(seconds=3), ip="185.234.72.19", helo="vps-72-19.hostkey.example",
               mailfrom="no-reply-aws@amazon.com", mailfrom_dom="amazon.com", dkim=[("amazon.com", "none")],
               dmarc="fail", hfrom="amazon.com", spf="softfail")
    tr.append(("Authentication-Results", "mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com"))
    tr.append(("Received", f"from localhost (localhost [127.0.0.1]) by vps-72-19.hostkey.example (Postfix) with ESMTP id {rhex(10).upper()}; {d(dt)}"))
    write("phish-spoof-tougou-shorizumi", kind="merge_completed", lang="ja", case_id=fcase,
          ids=["AWS02840519", "AWS04713386"], verified=False, trace_headers=tr,
          frm=AWS_NOREPLY, to=mail, subject=subj(f"RE:[CASE {fcase}]", "アカウント統合のお知らせ"), date=dt,
          msgid=f"<{rhex(24)}@vps-72-19.hostkey.example>", body=text_part(b, cte="quoted-printable"))

    # fake Credly badge (Japanese), look-alike domain
    name, mail = U1
    dt = datetime(2025, 6, 5, 8, 1, 30, tzinfo=UTC)
    h = html_wrap(f"""<div style="max-width:560px;margin:auto;">
<h2>おめでとうございます!</h2>
<p>Amazon Web Services Training and Certification から新しいバッジ「AWS Certified Solutions Architect - Associate」が発行されました。</p>
<p>バッジを受け取るには、Credly アカウントにサインインしてください。</p>
<p><a href="http://credly-badges.net/login?next=/earner/accept/{rhex(12)}" style="background:#ff6b00;color:#fff;padding:12px 24px;">バッジを受け取る</a></p>
<p style="font-size:11px;">Credly, Inc.</p></div>""")
    tr = generic_trace("gmail", mail, dt, domain="credly-badges.net", ip="91.215.85.144", helo="mx1.credly-badges.net",
                       mailfrom="admin@credly-badges.net", dkim=[("credly-badges.net", "pass")], dmarc="pass",
                       policy="none")
    write("phish-credly-badge-ja", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=False,
          trace_headers=tr, frm=addr("Credly バッジ通知", "admin@credly-badges.net"), to=mail,
          subject=ew("新しいバッジが発行されました - 受け取りをお待ちしています"), date=dt,
          msgid=f"<{rhex(20)}@credly-badges.net>", body=text_part(h, "html", cte="base64"))

    # fake "which account to keep" asking for passwords
    name, mail = U7
    dt = datetime(2025, 10, 14, 2, 44, 9, tzinfo=UTC)
    fcase = "176040981300582"
    b = f"""山本 拓也 様

AWS トレーニングと認定サポートです。アカウント統合のお問い合わせについてご連絡いたします。

お客様の名義で AWS02093481 と AWS03750026 の 2 つのアカウントが確認されました。
どちらのアカウントを残すことをご希望ですか?

また、本人確認のため、以下の情報をこのメールへの返信でお送りください。
1. 残したいアカウントの ID
2. 両方のアカウントのサインイン用パスワード
3. 生年月日

ご返信をいただけない場合、統合の手続きを進めることができません。

Amazon Web Services
"""
    tr = generic_trace("ocn", mail, dt, domain="amazon-support-center.com", ip="154.209.113.61",
                       helo="mail.amazon-support-center.com",
                       mailfrom="aws-cs-trainingcertification-form@amazon-support-center.com",
                       dkim=[("amazon-support-center.com", "pass")], dmarc="pass", policy="none")
    write("phish-password-dochira", kind="support_reply", lang="ja", case_id=fcase,
          ids=["AWS02093481", "AWS03750026"], verified=False, trace_headers=tr,
          frm=addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon-support-center.com"), to=mail,
          subject=f"RE:[CASE {fcase}] {FORM_SUBJ}", date=dt, msgid=f"<{rhex(20)}@amazon-support-center.com>",
          body=text_part(b, charset="shift_jis", label="Shift_JIS", cte="base64"))

    # spoofed "case opened" in English, Outlook says fail
    name, mail = U11
    dt = datetime(2026, 3, 3, 11, 5, 0, tzinfo=UTC)
    fcase = "9472018365"
    b = f"""Thank you for contacting Amazon Web Services. We have opened case {fcase} to address your request to merge your AWS Certification accounts.

Case ID: {fcase}
Subject: Certification account merge
Severity: Urgent

To prevent suspension of your certification profile during the merge, verify your identity within 12 hours:
http://aws-certification-verify.com/case/{fcase}/verify

Sincerely,
Amazon Web Services
"""
    tr = trace("o365", mail, dt + timedelta(seconds=2), ip="193.42.33.118", helo="srv118.fastmailer.example",
               mailfrom="bounce@fastmailer.example", mailfrom_dom="fastmailer.example", dkim=[],
               dmarc="fail", hfrom="amazon.com", spf="pass")
    write("phish-case-opened-spoof", kind="case_created", lang="en", case_id=fcase, ids=[], verified=False,
          trace_headers=tr, frm=AWS_NOREPLY, to=mail,
          subject=f"Amazon Web Services: You have opened a new Support case: {fcase}", date=dt,
          msgid=f"<{rhex(20)}@srv118.fastmailer.example>", body=text_part(b, charset="us-ascii", cte="7bit"))

if __name__ == "__main__":
    build_all()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(LABELS), "files")
