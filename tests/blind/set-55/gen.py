#!/usr/bin/env python3
"""Generator for blind set 55: HTML/template-heavy mail about AWS Certification account merges."""
import base64, quopri, random, json, os, hashlib, datetime as dtm
from zoneinfo import ZoneInfo
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.header import Header
from email.utils import format_datetime
import email.policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5555)
UTC = dtm.timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Berlin")
POL = email.policy.compat32.clone(max_line_length=0)

def rh(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def ralnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))

def T(s):
    """UTC datetime from 'YYYY-MM-DD HH:MM:SS'."""
    return dtm.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)

def fmt(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))

def gfmt(dt):
    d = dt.astimezone(PT)
    return format_datetime(d) + " (" + d.tzname() + ")"

def case15(dt):
    return str(int(dt.timestamp())) + "".join(R.choice("0123456789") for _ in range(5))

def enc_subject(text, charset="utf-8", maxlen=76):
    if charset.lower() in ("shift_jis", "sjis"):
        # Python would silently switch to ISO-2022-JP; write genuine Shift_JIS encoded-words instead
        words, cur = [], ""
        for ch in text:
            if len(base64.b64encode((cur + ch).encode("shift_jis"))) > 40:
                words.append(cur); cur = ""
            cur += ch
        words.append(cur)
        return "\n ".join(f"=?Shift_JIS?B?{base64.b64encode(w.encode('shift_jis')).decode()}?=" for w in words)
    return Header(text, charset, header_name="Subject").encode(maxlinelen=maxlen)

def enc_name(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        return f'"{name}" <{addr}>'
    except UnicodeEncodeError:
        return Header(name, charset).encode() + f" <{addr}>"

# ---------------------------------------------------------------- MIME parts
def P(sub, text, codec="utf-8", cte="quoted-printable", label=None):
    return ("part", sub, text, codec, cte, label or codec)

def ALT(*parts):
    return ("alt", list(parts))

def REL(html_part, images):
    return ("rel", html_part, images)

def build_part(spec):
    kind = spec[0]
    if kind == "part":
        _, sub, text, codec, cte, label = spec
        raw = text.encode(codec)
        m = Message()
        m["Content-Type"] = f'text/{sub}; charset="{label}"' if R.random() < 0.6 else f"text/{sub}; charset={label}"
        m["Content-Transfer-Encoding"] = cte
        if cte == "base64":
            payload = base64.encodebytes(raw).decode("ascii")
        elif cte == "quoted-printable":
            payload = quopri.encodestring(raw).decode("ascii")
        elif cte == "7bit":
            payload = raw.decode("ascii")
        else:  # 8bit
            payload = raw.decode("ascii", "surrogateescape")
        m.set_payload(payload)
        return m
    if kind == "alt":
        m = MIMEMultipart("alternative", boundary="----=_Part_" + str(R.randint(10**6, 10**7)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(R.randint(10**12, 10**13)))
        del m["MIME-Version"]
        for p in spec[1]:
            m.attach(build_part(p))
        return m
    if kind == "rel":
        m = MIMEMultipart("related", boundary="=_rel_" + rh(24))
        del m["MIME-Version"]
        m.attach(build_part(spec[1]))
        for cid, data, fname in spec[2]:
            img = MIMEImage(data, "png")
            del img["MIME-Version"]
            img.add_header("Content-ID", f"<{cid}>")
            img.add_header("Content-Disposition", "inline", filename=fname)
            m.attach(img)
        return m
    raise ValueError(kind)

# a tiny valid 1x1 PNG
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

# ---------------------------------------------------------------- senders
def ses_ip():
    return f"54.240.{R.choice([8, 9, 10, 11, 27, 48, 51, 60])}.{R.randint(10, 250)}"

def ses_host(ip):
    a = ip.split(".")
    return f"a{a[2]}-{a[3]}.smtp-out.amazonses.com"

def ses_msgid(dt, region="0100"):
    ms = int(dt.timestamp() * 1000)
    return f"<{region}{ms:012x}-{rh(8)}-{rh(4)}-{rh(4)}-{rh(4)}-{rh(12)}-000000@email.amazonses.com>"

def dkim(d, s, dt, hdrs="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date", algo="rsa-sha256", c="relaxed/simple"):
    t = int(dt.timestamp())
    b = rb64(128)
    return (f"v=1; a={algo}; q=dns/txt; c={c};\n\ts={s}; d={d}; t={t};\n\th={hdrs};\n\tbh={rb64(32)};\n\t"
            f"b={b[:70]}\n\t{b[70:140]}\n\t{b[140:]}")

class Sender:
    """Describes the sending side: envelope, IP, DKIM domains, extra headers."""
    def __init__(self, kind, from_hdr, from_dom, mailfrom, ip, helo, dkim_doms, msgid, extra=None, spf="pass", dkim_res=None):
        self.kind, self.from_hdr, self.from_dom = kind, from_hdr, from_dom
        self.mailfrom, self.ip, self.helo = mailfrom, ip, helo
        self.dkim_doms, self.msgid, self.extra = dkim_doms, msgid, extra or []
        self.spf = spf
        self.dkim_res = dkim_res or ["pass"] * len(dkim_doms)

def ses_sender(from_hdr, from_dom, dt, region="0100", extra_dkim=True, sel=None):
    ip = ses_ip()
    ms = int(dt.timestamp() * 1000)
    suffix = "amazonses.com" if region == "0100" else "us-west-2.amazonses.com"
    mailfrom = f"{region}{ms:012x}-{rh(8)}-{rh(4)}-{rh(4)}-{rh(4)}-{rh(12)}-000000@{suffix}"
    doms = [(from_dom, sel or ralnum(32, "abcdefghijklmnopqrstuvwxyz234567"))]
    if extra_dkim:
        doms.append(("amazonses.com", ralnum(32, "abcdefghijklmnopqrstuvwxyz234567")))
    extra = [("Feedback-ID", f"::1.us-east-1.{rb64(30)[:43]}=:AmazonSES"),
             ("X-SES-Outgoing", dt.strftime("%Y.%m.%d") + "-" + ip)]
    return Sender("ses", from_hdr, from_dom, mailfrom, ip, ses_host(ip), doms, ses_msgid(dt, region), extra)

def credly_sender(from_hdr, dt, to):
    ip = f"167.89.{R.randint(100, 127)}.{R.randint(2, 250)}"
    user = to.replace("@", "=")
    mailfrom = f"bounces+{R.randint(2000000, 9999999)}-{rh(4)}-{user}@em{R.randint(1000, 9999)}.credly.com"
    doms = [("credly.com", "s1"), ("sendgrid.info", "smtpapi")]
    msgid = f"<{rb64(16).rstrip('=').replace('+','-').replace('/','_')}@geopod-ismtpd-{R.randint(1,40)}>"
    extra = [("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(18)),
             ("List-Unsubscribe", f"<https://www.credly.com/notification_settings?utm_source=email&token={rh(32)}>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    return Sender("credly", from_hdr, "credly.com", mailfrom, ip, f"o{R.randint(1,30)}.ptr{R.randint(1000,9999)}.credly.com", doms, msgid, extra)

def generic_sender(from_hdr, from_dom, dt, ip, helo, mailfrom, dkim_doms, msgid, extra=None, spf="pass", dkim_res=None):
    return Sender("generic", from_hdr, from_dom, mailfrom, ip, helo, dkim_doms, msgid, extra, spf, dkim_res)

# ---------------------------------------------------------------- receiving providers
def ar_google(s, dmarc, pol="QUARANTINE", auth_id="mx.google.com"):
    lines = [auth_id + ";"]
    for (d, sel), res in zip(s.dkim_doms, s.dkim_res):
        lines.append(f"dkim={res} header.i=@{d} header.s={sel} header.b={rb64(6)[:8]};")
    if not s.dkim_doms:
        lines.append("dkim=none;") if False else None
    if s.spf == "pass":
        lines.append(f"spf=pass (google.com: domain of {s.mailfrom} designates {s.ip} as permitted sender) smtp.mailfrom={s.mailfrom};")
    elif s.spf == "softfail":
        lines.append(f"spf=softfail (google.com: domain of transitioning {s.mailfrom} does not designate {s.ip} as permitted sender) smtp.mailfrom={s.mailfrom};")
    else:
        lines.append(f"spf={s.spf} smtp.mailfrom={s.mailfrom};")
    dis = "NONE" if dmarc == "pass" else "QUARANTINE"
    lines.append(f"dmarc={dmarc} (p={pol} sp={pol} dis={dis}) header.from={s.from_dom}")
    lines = [l for l in lines if l]
    return "\n       ".join([lines[0] + ""] + lines[1:]) if False else (lines[0] + "\n       " + "\n       ".join(lines[1:]))

def prov_gmail(to, s, dt, dmarc="pass", pol="QUARANTINE", workspace=False):
    rdt = dt + dtm.timedelta(seconds=R.randint(1, 6))
    ar = ar_google(s, dmarc, pol)
    h = []
    h.append(("Delivered-To", to))
    h.append(("Received", f"by 2002:a05:{rh(4)}:{rh(3)}:b0:{rh(3)}:{rh(4)}:{rh(4)} with SMTP id {ralnum(3)}{R.randint(10,99)}csp{R.randint(100000,9999999)}{ralnum(3)};\n        {gfmt(rdt)}"))
    h.append(("X-Google-Smtp-Source", rb64(66).rstrip("=")))
    h.append(("X-Received", f"by 2002:a05:{rh(4)}:{rh(4)}:b0:{rh(3)}:{rh(4)}:{rh(4)} with SMTP id {R.randint(10**12,10**13-1)}{R.choice('abcdef')}-{rh(11)}mr{R.randint(1000000,9999999)}{ralnum(3)}.{R.randint(1,99)}.{int(rdt.timestamp()*1000)};\n        {gfmt(rdt)}"))
    h.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(rdt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(60)}\n         {rb64(60)}"))
    h.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={rb64(60)}"))
    h.append(("ARC-Authentication-Results", "i=1; " + ar))
    h.append(("Return-Path", f"<{s.mailfrom}>"))
    h.append(("Received", f"from {s.helo} ({s.helo}. [{s.ip}])\n        by mx.google.com with ESMTPS id {R.randint(10**12,10**13-1)}{R.choice('abcdef')}-{rh(11)}si{R.randint(1000000,9999999)}{ralnum(3)}.{R.randint(1,999)}.{rdt.astimezone(PT).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gfmt(rdt)}"))
    if s.spf == "pass":
        h.append(("Received-SPF", f"pass (google.com: domain of {s.mailfrom} designates {s.ip} as permitted sender) client-ip={s.ip};"))
    else:
        h.append(("Received-SPF", f"{s.spf} (google.com: domain of transitioning {s.mailfrom} does not designate {s.ip} as permitted sender) client-ip={s.ip};"))
    h.append(("Authentication-Results", ar))
    return h, []

def ms_host(region="namprd"):
    pre = {"namprd": ["SA1PR", "DM6PR", "BN9PR", "PH0PR", "CY8PR", "MW4PR", "LV3PR"],
           "eurprd": ["AM0PR", "DB9PR", "VI1PR", "PA4PR", "GV1PR"],
           "jpnprd": ["TYCPR", "OS3PR", "TY3PR", "OSZPR"]}[region]
    pre = R.choice(pre)
    return f"{pre}{R.randint(10,19)}MB{R.randint(1000,9999)}.{region}{R.randint(1,19):02d}.prod.outlook.com"

def prov_outlook(to, s, dt, dmarc="pass", region="namprd", compauth=None, action="none"):
    rdt = dt + dtm.timedelta(seconds=R.randint(1, 9))
    tz = JST if region == "jpnprd" else UTC
    h1, h2, h3 = ms_host(region), ms_host(region), f"{R.choice(['BN2PEPF','CO1PEPF','SN1PEPF','TY2PEPF'])}{R.randint(10000,99999):05d}{rh(3).upper()}.{region}{R.randint(1,19):02d}.prod.outlook.com"
    v6 = lambda: f"2603:10b6:{rh(3)}:{rh(3)}::{rh(2)}"
    dk = ";".join(f"dkim={res} (signature was verified) header.d={d}" if res == "pass" else f"dkim={res} (no signature) header.d={d}" for (d, _), res in zip(s.dkim_doms, s.dkim_res)) or "dkim=none (message not signed) header.d=none"
    spf_txt = f"spf={s.spf} (sender IP is {s.ip}) smtp.mailfrom={s.mailfrom.split('@')[1]}"
    if compauth is None:
        compauth = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    ar = f"{spf_txt}; {dk};dmarc={dmarc} action={action}\n header.from={s.from_dom};compauth={compauth}"
    h = []
    h.append(("Received", f"from {h1} ({v6()}) by\n {h2} with HTTPS; {format_datetime(rdt.astimezone(tz))}"))
    h.append(("Received", f"from {h3.replace('PEPF','CA')} ({v6()}) by {h1}\n ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}; {format_datetime(rdt.astimezone(tz))}"))
    h.append(("Received", f"from {h3} ({v6()}) by {h3.replace('PEPF','CA')}\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend Transport; {format_datetime(rdt.astimezone(tz))}"))
    h.append(("Authentication-Results", ar))
    verb = "designates" if s.spf == "pass" else "does not designate"
    h.append(("Received-SPF", f"{s.spf.capitalize()} (protection.outlook.com: domain of {s.mailfrom.split('@')[1]}\n {verb} {s.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={s.ip}; helo={s.helo}; pr=C"))
    h.append(("Received", f"from {s.helo} ({s.ip}) by\n {h3.replace('.prod.outlook.com','.mail.protection.outlook.com')} (10.167.{R.randint(1,250)}.{R.randint(1,250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend\n Transport; {format_datetime(rdt.astimezone(tz))}"))
    trailer = [("X-MS-Exchange-Organization-ExpirationStartTime", rdt.strftime("%d %b %Y %H:%M:%S.") + f"{R.randint(1000000,9999999)} (UTC)"),
               ("X-MS-Exchange-Organization-Network-Message-Id", f"{rh(8)}-{rh(4)}-{rh(4)}-{rh(4)}-{rh(12)}"),
               ("X-MS-Exchange-Organization-AuthSource", h3.replace(".prod.outlook.com", ".prod.outlook.com")),
               ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
               ("X-MS-Exchange-Organization-SCL", "1" if dmarc == "pass" else "5"),
               ("X-Microsoft-Antispam", f"BCL:0;ARA:{R.randint(10**12,10**13)}|{R.randint(1000000,9999999)}|{R.randint(1000000,9999999)};"),
               ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:{R.randint(1,9):02d}.{R.randint(1000000,9999999)}")]
    return h, trailer

def prov_jp(to, s, dt, auth_id, mx_host, mbox_host, dmarc="pass", style="plain"):
    rdt = dt + dtm.timedelta(seconds=R.randint(1, 12))
    dk = " ".join(f"dkim={res} header.i=@{d} header.s={sel};" if style != "short" else f"dkim={res} header.d={d};" for (d, sel), res in zip(s.dkim_doms, s.dkim_res))
    if style == "short":
        ar = f"{auth_id}; spf={s.spf} smtp.mailfrom={s.mailfrom}; {dk}\n\tdmarc={dmarc} header.from={s.from_dom}"
    else:
        ar = f"{auth_id};\n\tspf={s.spf} smtp.mailfrom={s.mailfrom.split('@')[1]};\n\t{dk}\n\tdmarc={dmarc} (p=quarantine dis={'none' if dmarc == 'pass' else 'quarantine'}) header.from={s.from_dom}"
    h = [("Return-Path", f"<{s.mailfrom}>"),
         ("Delivered-To", to),
         ("Received", f"from {mx_host} ({mx_host} [{R.choice(['202.248','210.131','133.167','202.224'])}.{R.randint(1,250)}.{R.randint(1,250)}])\n\tby {mbox_host} (Postfix) with ESMTP id {ralnum(11, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{to}>; {format_datetime(rdt.astimezone(JST))}"),
         ("Authentication-Results", ar),
         ("Received", f"from {s.helo} ({s.helo} [{s.ip}])\n\tby {mx_host} with ESMTPS id {rh(10).upper()}\n\tfor <{to}>; {format_datetime(rdt.astimezone(JST))}")]
    return h, [("X-Spam-Flag", "NO")] if style != "short" else []

def prov_proton(to, s, dt, dmarc="pass"):
    rdt = dt + dtm.timedelta(seconds=R.randint(1, 5))
    mi = f"mailin{R.randint(10,40):03d}.protonmail.ch"
    h = [("Return-Path", f"<{s.mailfrom}>"),
         ("X-Original-To", to), ("Delivered-To", to),
         ("Authentication-Results", f"{mi}; dmarc={dmarc} (p=quarantine dis=none)\n header.from={s.from_dom}"),
         ("Authentication-Results", f"{mi}; spf={s.spf} smtp.mailfrom={s.mailfrom.split('@')[1]}"),
         ("Authentication-Results", f"{mi};\n\t" + ";\n\t".join(f"dkim={res} (1024-bit key) header.d={d} header.i=@{d} header.b=\"{rb64(6)[:8]}\"" for (d, _), res in zip(s.dkim_doms, s.dkim_res))),
         ("Received", f"from {s.helo} ({s.helo} [{s.ip}]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS\n (2048 bits) server-digest SHA256) (No client certificate requested) by\n {mi} (Postfix) with ESMTPS id 4{ralnum(10, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')} for\n <{to}>; {format_datetime(rdt)}")]
    return h, [("X-Pm-Spam-Action", "inbox"), ("X-Pm-Origin", "external"), ("X-Pm-Content-Encryption", "on-delivery")]

def prov_noauth(to, s, dt, host):
    rdt = dt + dtm.timedelta(seconds=R.randint(1, 20))
    tz = JST if host.endswith(".jp") else UTC
    h = [("Return-Path", f"<{s.mailfrom}>"),
         ("X-Original-To", to), ("Delivered-To", to),
         ("Received", f"from {s.helo} ({s.helo} [{s.ip}])\n\tby {host} (Postfix) with ESMTPS id {ralnum(12, 'ABCDEF0123456789')}\n\tfor <{to}>; {format_datetime(rdt.astimezone(tz), usegmt=False)}")]
    return h, []

# ---------------------------------------------------------------- assembly
def assemble(fname, *, sender, to, subject, date, body, prov, orig_headers=None, extra_top=None, extra_msg=None, reply_to=None, in_reply_to=None, references=None):
    top, trailer = prov
    root = build_part(body)
    ct = root["Content-Type"]; cte = root["Content-Transfer-Encoding"]
    for k in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
        del root[k]
    hdrs = list(extra_top or []) + top + list(orig_headers or [])
    for d, sel in sender.dkim_doms:
        if sel is None:
            continue
        hdrs.append(("DKIM-Signature", dkim(d, sel, date)))
    hdrs.append(("From", sender.from_hdr))
    hdrs.append(("To", to))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", subject))
    hdrs.append(("Date", fmt(date) if sender.kind in ("ses", "credly") else date_local(date, sender)))
    hdrs.append(("Message-ID", sender.msgid))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.append(("Content-Type", ct))
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    hdrs += sender.extra + list(extra_msg or []) + trailer
    existing = list(root.items())
    for k in list(root.keys()):
        del root[k]
    for k, v in hdrs + existing:
        root[k] = v
    data = root.as_bytes(policy=POL)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)

def date_local(dt, sender):
    tz = getattr(sender, "tz", UTC)
    return format_datetime(dt.astimezone(tz))

# ================================================================ templates
import html as _html
def esc(s):
    return _html.escape(s, quote=False)

def paras(text):
    """plain paragraphs -> html <p> (single newlines -> <br>)"""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p style=\"margin:0 0 14px 0;\">" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)

AWS_LOGO = "https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png"
LEGAL_EN = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")
LEGAL_JA = ("Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。"
            "このメッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）によって作成および配信されました。")
NOREPLY_EN = "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message."
NOREPLY_JA = "このメールは送信専用のアドレスから送信されています。このメッセージに返信されてもお答えできませんのでご了承ください。"

def case_url(case, lang="en"):
    return f"https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId={case}&language={'ja' if lang == 'ja' else 'en'}"

def btn(text, url, color="#ec7211"):
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0;"><tr>'
            f'<td bgcolor="{color}" style="border-radius:2px;padding:10px 22px;">'
            f'<a href="{url}" target="_blank" style="color:#ffffff;font-weight:bold;text-decoration:none;font-family:Arial,sans-serif;font-size:14px;">{esc(text)}</a></td></tr></table>')

def kv_table(rows, head_bg="#fafafa"):
    r = "".join(f'<tr><td style="padding:8px 12px;border:1px solid #eaeded;background:{head_bg};font-weight:bold;width:35%;">{esc(k)}</td>'
                f'<td style="padding:8px 12px;border:1px solid #eaeded;">{v}</td></tr>\n' for k, v in rows)
    return f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;margin:12px 0 18px 0;font-size:14px;">\n{r}</table>'

def stars_block(case, lang="en", corr=None):
    corr = corr or rh(32)
    if lang == "ja":
        lead = "このやり取りはお役に立ちましたか？"
        note = "AWS サポートセンターで、各やり取りの右上にある星を選択して評価することもできます。"
    else:
        lead = "How would you rate this correspondence?"
        note = "You can also rate any correspondence by selecting the stars in the top right corner of the correspondence in the AWS Support Center."
    cells = "".join(f'<td style="padding:0 4px;"><a href="https://support.console.aws.amazon.com/support/feedback?displayId={case}&amp;correspondenceId={corr}&amp;rating={i}" style="font-size:22px;color:#ff9900;text-decoration:none;">&#9733;</a></td>' for i in range(1, 6))
    return (f'<tr><td style="background:#ffffff;padding:6px 24px 18px 24px;border-top:1px solid #eaeded;font-family:Arial,sans-serif;font-size:13px;color:#16191f;">'
            f'<p style="margin:12px 0 6px 0;font-weight:bold;">{lead}</p><table role="presentation"><tr>{cells}</tr></table>'
            f'<p style="margin:6px 0 0 0;color:#545b64;font-size:12px;">{note}</p></td></tr>')

def aws_shell(content_html, lang="en", rating=None, title="Amazon Web Services", preheader="", footer_extra=""):
    legal = LEGAL_JA if lang == "ja" else LEGAL_EN
    priv = "プライバシー通知" if lang == "ja" else "AWS Privacy Notice"
    terms = "AWS サポートの利用規約" if lang == "ja" else "AWS Customer Agreement"
    pre = f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{esc(preheader)}</div>' if preheader else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<style type="text/css">
  body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; }}
  table td {{ border-collapse:collapse; }}
  @media only screen and (max-width:620px) {{ .container {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f3;">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background-color:#232f3e;padding:14px 24px;"><a href="https://aws.amazon.com"><img src="{AWS_LOGO}" alt="Amazon Web Services" width="64" height="38" style="display:block;border:0;"></a></td></tr>
<tr><td style="background-color:#ffffff;padding:24px 24px 8px 24px;font-family:'Amazon Ember',Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#16191f;">
{content_html}
</td></tr>
{rating or ''}
<tr><td style="padding:18px 24px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:1.4;color:#687078;">
{footer_extra}
<p style="margin:0 0 8px 0;">{legal}</p>
<p style="margin:0;"><a href="https://aws.amazon.com/privacy/" style="color:#0073bb;">{priv}</a> | <a href="https://aws.amazon.com/agreement/" style="color:#0073bb;">{terms}</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""

def aws_plain_footer(lang="en", rating_case=None, noreply=True):
    out = []
    if rating_case:
        if lang == "ja":
            out.append("お客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りおよびその他のやり取りを評価してください。各やり取りの右上にある星を選択して評価できます。")
        else:
            out.append("We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.")
        out.append(("このケースのすべてのやり取りを確認する、または返信を追加するには、次のリンクをクリックしてください:\n" if lang == "ja" else
                    "To see all the correspondence for this case or to add a response, click here:\n") + case_url(rating_case, lang))
    if noreply:
        out.append(NOREPLY_JA if lang == "ja" else NOREPLY_EN)
    out.append(LEGAL_JA if lang == "ja" else LEGAL_EN)
    return "\n\n".join(out)

# ---- Training & Certification form desk (agent replies accept e-mail replies)
TC_ADDR = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = f'"Amazon Web Services" <{TC_ADDR}>'

def tc_ref():
    return f"ref:!00D{ralnum(7, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789')}.!500{ralnum(9, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789')}:ref"

def tc_html(body_html, lang="en", rating_case=None, quoted_html="", ref=None, banner=True):
    title = "AWS トレーニングと認定" if lang == "ja" else "AWS Training and Certification"
    rate = ""
    if rating_case:
        if lang == "ja":
            q, opts = "この返信の満足度をお聞かせください", ["非常に満足", "満足", "不満", "非常に不満"]
        else:
            q, opts = "How would you rate my reply?", ["Excellent", "Good", "Fair", "Poor"]
        cells = "".join(f'<td style="padding:4px;"><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_{ralnum(15, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}?CaseNumber={rating_case}&amp;score={4-i}" style="display:inline-block;padding:6px 12px;border:1px solid #879596;border-radius:2px;color:#16191f;text-decoration:none;font-size:12px;">{esc(o)}</a></td>' for i, o in enumerate(opts))
        rate = f'<div style="margin:20px 0;padding:12px 16px;background:#f2f8fd;border:1px solid #d5e9f7;"><p style="margin:0 0 6px 0;font-weight:bold;">{q}</p><table role="presentation"><tr>{cells}</tr></table></div>'
    ban = (f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px 20px;">'
           f'<img src="{AWS_LOGO}" alt="AWS" width="56" style="vertical-align:middle;border:0;"> '
           f'<span style="color:#ffffff;font-family:Arial,sans-serif;font-size:16px;vertical-align:middle;padding-left:10px;">{title}</span></td></tr>'
           f'<tr><td style="background:#ff9900;height:3px;font-size:0;line-height:0;">&nbsp;</td></tr></table>') if banner else ""
    legal = LEGAL_JA if lang == "ja" else LEGAL_EN
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">
{ban}
<div style="padding:18px 20px;max-width:680px;">
{body_html}
{rate}
<p style="font-size:11px;color:#687078;margin-top:24px;">{legal}</p>
<p style="font-size:10px;color:#aab7b8;">{ref or ''}</p>
</div>
{quoted_html}
</body>
</html>
"""

def tc_plain_rating(case, lang="en"):
    if lang == "ja":
        return ("この返信の満足度をお聞かせください:\n"
                f"  非常に満足: https://amazonmr.au1.qualtrics.com/jfe/form/SV_{ralnum(15)}?CaseNumber={case}&score=3\n"
                f"  不満: https://amazonmr.au1.qualtrics.com/jfe/form/SV_{ralnum(15)}?CaseNumber={case}&score=1")
    return ("How would you rate my reply?\n"
            f"  Excellent / Good: https://amazonmr.au1.qualtrics.com/jfe/form/SV_{ralnum(15)}?CaseNumber={case}&score=3\n"
            f"  Fair / Poor: https://amazonmr.au1.qualtrics.com/jfe/form/SV_{ralnum(15)}?CaseNumber={case}&score=1")

def outlook_quote_html(frm, sent, to, subject, inner_html, lang="en"):
    lab = ("差出人", "送信日時", "宛先", "件名") if lang == "ja" else ("From", "Sent", "To", "Subject")
    return (f'<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f'<b>{lab[0]}:</b> {esc(frm)}<br>\n<b>{lab[1]}:</b> {esc(sent)}<br>\n<b>{lab[2]}:</b> {esc(to)}<br>\n<b>{lab[3]}:</b> {esc(subject)}</font>\n<div>&nbsp;</div>\n</div>\n'
            f'<div>{inner_html}</div>\n')

def gmail_quote_html(attr, inner_html):
    return (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner_html}</blockquote></div>')

def bq_quote_html(header_lines, inner_html):
    hl = "<br>\n".join(esc(l) for l in header_lines)
    return (f'<div style="margin:28px 20px 0 20px;padding-top:10px;border-top:1px solid #d5dbdb;color:#545b64;font-size:13px;">'
            f'<p style="margin:0 0 8px 0;">{hl}</p>'
            f'<blockquote style="margin:0 0 0 6px;border-left:2px solid #d5dbdb;padding-left:10px;">{inner_html}</blockquote></div>')

def qlines(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.split("\n"))

# ---- Credly
def credly_html(headline, intro, badge, issuer, button, url, extra_html="", lang="en", recipient=""):
    img = f"https://images.credly.com/size/340x340/images/{rh(8)}-{rh(4)}-{rh(4)}-{rh(4)}-{rh(12)}/image.png"
    foot = ("このメールは {r} 宛てに送信されています。通知設定はいつでも変更できます。" if lang == "ja" else
            "This email was sent to {r}. You're receiving it because an organization issued you a badge through Credly.").format(r=recipient)
    links = ("通知設定 | プライバシーポリシー | ヘルプ" if lang == "ja" else "Notification settings | Privacy Policy | Help Center")
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Credly</title></head>
<body style="margin:0;background:#f4f5f7;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#2d2d2d;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr><td align="center" style="padding:28px 10px;">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;">
<tr><td style="padding:22px 32px;border-bottom:1px solid #e6e6e6;"><img src="https://images.credly.com/assets/credly-logo-email.png" alt="Credly" width="96" style="border:0;"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;text-align:center;">
<h1 style="font-size:22px;font-weight:600;margin:0 0 12px 0;">{esc(headline)}</h1>
<p style="font-size:15px;line-height:1.5;margin:0 0 18px 0;">{intro}</p>
<img src="{img}" alt="{esc(badge)}" width="170" height="170" style="border:0;">
<p style="font-size:16px;font-weight:600;margin:14px 0 2px 0;">{esc(badge)}</p>
<p style="font-size:13px;color:#6b6b6b;margin:0 0 22px 0;">{esc(issuer)}</p>
<table role="presentation" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#ff6b00;border-radius:4px;padding:12px 30px;">
<a href="{url}" style="color:#ffffff;font-weight:600;font-size:15px;text-decoration:none;">{esc(button)}</a></td></tr></table>
{extra_html}
</td></tr>
<tr><td style="padding:22px 32px;border-top:1px solid #e6e6e6;font-size:11px;color:#8a8a8a;line-height:1.5;">
<p style="margin:0 0 6px 0;">{esc(foot)}</p>
<p style="margin:0 0 6px 0;">{esc(links)}</p>
<p style="margin:0;">&copy; {R.choice([2025, 2026])} Credly, Inc. All rights reserved.</p>
</td></tr></table></td></tr></table>
</body></html>
"""

def credly_url(kind="accept"):
    return f"https://www.credly.com/badges/{rh(8)}-{rh(4)}-{rh(4)}-{rh(4)}-{rh(12)}/{kind}?utm_campaign=badge_issued&utm_medium=email&utm_source=issued_badge"

LABELS = {}
def label(fname, kind, case, ids, verified, lang):
    norm = sorted(set(("AWS" + "".join(c for c in i if c.isdigit())[-8:]) for i in ids))
    LABELS[fname] = {"kind": kind, "case_id": case, "account_ids": norm, "sender_verified": verified, "language": lang}

# ================================================================ people and cases
class Person:
    def __init__(self, key, name, addr, prov, ids, **kw):
        self.key, self.name, self.addr, self.prov, self.ids = key, name, addr, prov, ids
        self.kw = kw
    @property
    def to(self):
        return enc_name(self.name, self.addr)
    def headers(self, s, dt, dmarc="pass", **kw):
        p = self.prov
        if p == "gmail":
            return prov_gmail(self.addr, s, dt, dmarc=dmarc, **kw)
        if p.startswith("outlook"):
            return prov_outlook(self.addr, s, dt, dmarc=dmarc, region=p.split(":")[1], **kw)
        if p == "proton":
            return prov_proton(self.addr, s, dt, dmarc=dmarc)
        if p.startswith("jp:"):
            _, auth, mx, mb, style = p.split(":")
            return prov_jp(self.addr, s, dt, auth, mx, mb, dmarc=dmarc, style=style)
        if p.startswith("noauth:"):
            return prov_noauth(self.addr, s, dt, p.split(":")[1])
        raise ValueError(p)

DO = Person("DO", "Daniel Okafor", "daniel.okafor@gmail.com", "gmail", ["AWS04718263", "AWS09152740"])
PR = Person("PR", "Priya Raman", "priya.raman@outlook.com", "outlook:namprd", ["AWS11873204", "AWS06620581"])
LB = Person("LB", "Lukas Brenner", "lukas.brenner@finlytics.io", "gmail", ["AWS02395518", "AWS13370942", "AWS07781236"])
TW = Person("TW", "Tom Whitaker", "tom@whitaker.dev", "noauth:mail.whitaker.dev", ["AWS05190378", "AWS08263914"])
SM = Person("SM", "Sofia Martins", "sofia.martins@gmail.com", "gmail", ["AWS03871925", "AWS12690407"])
RG = Person("RG", "Rafael Gomez", "rafael.gomez.dev@gmail.com", "gmail", ["AWS09034418", "AWS02251867"])
JW = Person("JW", "Jenna Wu", "jenna.wu@proton.me", "proton", ["AWS07316642", "AWS15209934"])
EM = Person("EM", "Emma Lindqvist", "emma.lindqvist@outlook.com", "outlook:eurprd", ["AWS08857120", "AWS01946638"])
MS = Person("MS", "佐藤 美咲", "m.sato@kanade-sys.co.jp", "outlook:jpnprd", ["AWS05528107", "AWS10093365", "AWS13302487"])
KT = Person("KT", "田中 健一", "k-tanaka@nifty.com", "jp:nifty.com:mx03.nifty.com:mbox12.nifty.com:plain", ["AWS08814472", "AWS03307719"])
YY = Person("YY", "山本 結衣", "yui.yamamoto@biglobe.ne.jp", "jp:biglobe.ne.jp:mx1.biglobe.ne.jp:mail-r07.biglobe.ne.jp:short", ["AWS12045590", "AWS09981043"])
AK = Person("AK", "伊藤 明子", "akiko.ito@ocn.ne.jp", "noauth:mfilter-s04.ocn.ad.jp", ["AWS07420069", "AWS11158834"])
HN = Person("HN", "中村 浩", "nakamura@tsubame-works.jp", "jp:sv12214.xserver.jp:sv12214.xserver.jp:sv12214.xserver.jp:plain", ["AWS06047731", "AWS14410286"])
KB = Person("KB", "小林 拓也", "kobayashi@hoshizora-labs.jp", "gmail", ["AWS10427753", "AWS04090618"])

T0 = {"DO": T("2025-06-10 22:41:07"), "PR": T("2025-08-04 13:02:55"), "LB": T("2025-09-15 07:26:40"),
      "SM": T("2026-01-20 09:15:30"), "RG": T("2025-04-22 18:05:12"), "EM": T("2026-02-17 10:44:19"),
      "MS": T("2025-07-14 01:10:26"), "KT": T("2025-05-26 12:02:40"), "YY": T("2026-03-09 03:18:55"),
      "AK": T("2025-10-20 06:40:12"), "HN": T("2025-12-02 00:57:31"), "KB": T("2025-05-25 13:40:02"),
      "TW": T("2025-11-03 16:20:11"), "JW": T("2025-12-08 14:30:00")}
CASE = {k: case15(v) for k, v in T0.items()}
CASE["TW"] = "13054872219"      # 11-digit console case
CASE["JW"] = "7390516284"       # 10-digit form case
SM_OLD = case15(T("2026-01-12 20:03:41"))
LB_BILL_T = T("2025-09-29 15:48:02"); LB_BILL = case15(LB_BILL_T)
MS_EC2_T = T("2025-10-06 05:31:09"); MS_EC2 = case15(MS_EC2_T)

def at(key, days=0, hours=0, minutes=0, seconds=0):
    return T0[key] + dtm.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)

CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
def console_sender(dt):
    return ses_sender(CONSOLE_FROM, "amazon.com", dt)
def tc_sender(dt):
    return ses_sender(TC_FROM, "amazon.com", dt)

def tc_subject(case, re=True):
    return f"{'RE:' if re else ''}[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance"

def jdate(dt, wd=True):
    d = dt.astimezone(JST)
    w = "月火水木金土日"[d.weekday()]
    return f"{d.year}年{d.month}月{d.day}日" + (f"({w})" if wd else "") + f" {d.hour}:{d.minute:02d}"

def edate(dt, tz=UTC):
    d = dt.astimezone(tz)
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + (d.strftime("%I").lstrip("0") or "12") + d.strftime(":%M %p")

# ================================================================ MAILS
def m01():
    f = "001-console-case-opened.eml"; p = LB; c = CASE["LB"]; dt = at("LB", seconds=14)
    s = console_sender(dt)
    subj = f"Amazon Web Services: You have opened a new Support case: {c}"
    corr = ("I currently have three AWS Certification accounts: one from university, one created by my previous employer's "
            "training portal and one under my current work address. Could you please combine them so that everything sits under "
            "the account that uses lukas.brenner@finlytics.io? Happy to provide any details you need.")
    plain = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

The details of your case are as follows:

Case ID: {c}
Subject: Merge duplicate certification accounts
Severity: General guidance
Correspondence: {corr}

We will contact you soon regarding your case. To add more information or view the status of the case, visit the Support Center:
{case_url(c)}

Sincerely,
Amazon Web Services

{aws_plain_footer()}
"""
    content = (f'<h1 style="font-size:20px;font-weight:normal;margin:0 0 16px 0;">Support case opened</h1>'
               f'<p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>{c}</b> to address your issue.</p>'
               + kv_table([("Case ID", c), ("Subject", "Merge duplicate certification accounts"), ("Severity", "General guidance"),
                           ("Service", "Training &amp; Certification"), ("Correspondence", esc(corr))])
               + '<p>We will contact you soon regarding your case.</p>' + btn("View case in Support Center", case_url(c))
               + f'<p>Sincerely,<br>Amazon Web Services</p><p style="font-size:12px;color:#545b64;">{NOREPLY_EN}</p>')
    html = aws_shell(content, preheader=f"Case {c} has been created")
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt, workspace=True))
    label(f, "case_created", c, [], True, "en")

def m02():
    f = "002-form-request-logged.eml"; p = PR; c = CASE["PR"]; dt = at("PR", seconds=41)
    s = tc_sender(dt)
    subj = f"[CASE {c}] We received your AWS Training and Certification inquiry"
    body = f"""<p>Hello Priya,</p>
<p>Thanks for reaching out to AWS Training and Certification. This note confirms that your request has been logged and assigned the reference number <b>{c}</b>.</p>
<p>A member of our customer support team will get back to you, typically within one business day. There is no need to submit the form again &mdash; duplicate requests are merged into the original and may slow things down.</p>
{kv_table([("Reference", c), ("Inquiry type", "Certification"), ("Inquiry detail", "Account Merge"), ("Submitted", edate(T0['PR'], UTC) + " UTC"), ("Preferred language", "English")])}
<p>If you have anything to add, simply reply to this message and keep the reference number in the subject line.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>"""
    html = tc_html(body, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("html", html, cte="base64"), prov=p.headers(s, dt))
    label(f, "case_created", c, [], True, "en")

def m03():
    f = "003-ja-console-case-opened.eml"; p = HN; c = CASE["HN"]; dt = at("HN", seconds=9)
    s = console_sender(dt)
    subj = enc_subject(f"Amazon Web Services: 新しいサポートケースが作成されました: {c}", "iso-2022-jp", 60)
    corr = "認定アカウントが 2 つ存在しているようです（旧勤務先のメールアドレスで作成したものと、個人のメールアドレスで作成したもの）。1 つにまとめていただけますでしょうか。"
    plain = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {c} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {c}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
内容: {corr}

担当者より追ってご連絡いたします。ケースの状況確認や情報の追加は、サポートセンターから行えます。
{case_url(c, 'ja')}

よろしくお願いいたします。
Amazon Web Services

{aws_plain_footer('ja')}
"""
    content = (f'<h1 style="font-size:20px;font-weight:normal;margin:0 0 16px 0;">サポートケースが作成されました</h1>'
               f'<p>お客様</p><p>Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース <b>{c}</b> を作成しました。</p>'
               + kv_table([("ケース ID", c), ("件名", "認定アカウントの統合について"), ("重要度", "一般的なガイダンス"), ("内容", esc(corr))])
               + '<p>担当者より追ってご連絡いたします。</p>' + btn("サポートセンターでケースを表示", case_url(c, "ja"))
               + f'<p>よろしくお願いいたします。<br>Amazon Web Services</p><p style="font-size:12px;color:#545b64;">{NOREPLY_JA}</p>')
    html = aws_shell(content, lang="ja", title="Amazon Web Services サポート")
    assemble(f, sender=s, to=p.to, subject=subj, date=dt,
             body=ALT(P("plain", plain, "iso-2022-jp", "7bit", "ISO-2022-JP"), P("html", html, cte="base64")), prov=p.headers(s, dt))
    label(f, "case_created", c, [], True, "ja")

def m04():
    f = "004-ja-form-uketsuke.eml"; p = YY; c = CASE["YY"]; dt = at("YY", seconds=27)
    s = tc_sender(dt)
    subj = enc_subject(f"[CASE {c}] お問い合わせを受け付けました - AWS トレーニングと認定", "utf-8")
    body = f"""<p>山本 結衣 様</p>
<p>AWS トレーニングと認定へのお問い合わせを受け付けました。お問い合わせ番号は <b>{c}</b> です。</p>
<p>内容を確認のうえ、通常 24 時間以内に担当者よりご連絡いたします。なお、同じ内容で新たにお問い合わせいただくと、かえって対応に時間がかかる場合がございます。補足事項がございましたら、件名のお問い合わせ番号を変更せずに本メールへご返信ください。</p>
{kv_table([("お問い合わせ番号", c), ("お問い合わせの種類", "認定"), ("詳細", "アカウントの統合"), ("受付日時", jdate(T0['YY'], False) + "（日本時間）")])}
<p style="background:#fff8e1;border-left:4px solid #ff9900;padding:10px 12px;">回答メールが届かない場合は、迷惑メールフォルダをご確認のうえ、<b>aws-cs-trainingcertification-form@amazon.com</b> からのメールを受信できるよう設定してください。</p>
<p>今後ともよろしくお願いいたします。<br>AWS トレーニングと認定 カスタマーサポート</p>"""
    html = tc_html(body, lang="ja", ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("html", html, cte="base64"), prov=p.headers(s, dt))
    label(f, "case_created", c, [], True, "ja")

def m05():
    f = "005-console-case-opened-plaintext.eml"; p = TW; c = CASE["TW"]; dt = at("TW", seconds=6)
    s = console_sender(dt)
    subj = f"Amazon Web Services: You have opened a new Support case: {c}"
    plain = f"""Amazon Web Services
======================================================================

Hello,

Thank you for contacting Amazon Web Services. We have opened case {c}
to address your issue.

    Case ID ........ {c}
    Subject ........ Two certification profiles - need them combined
    Severity ....... General guidance
    Category ....... Training and Certification > Certification account

We will be in touch soon. You can follow the case or add information at:
{case_url(c)}

Sincerely,
Amazon Web Services

----------------------------------------------------------------------
{NOREPLY_EN}

{LEGAL_EN}
"""
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=P("plain", plain, "us-ascii", "7bit"), prov=p.headers(s, dt))
    label(f, "case_created", c, [], None, "en")

def m06():
    f = "006-form-ack-html-only-content.eml"; p = DO; c = CASE["DO"]; dt = at("DO", seconds=33)
    s = tc_sender(dt)
    subj = f"[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"
    plain = f"""This message was sent in HTML format. To read it, please open it in an email program that can display HTML.

Reference: {c}
AWS Training and Certification
"""
    body = f"""<p>Hi Daniel,</p>
<p>Your message has reached AWS Training and Certification Customer Support, and a ticket has been created for it.</p>
<table role="presentation" width="100%" style="border:1px solid #eaeded;border-collapse:collapse;margin:14px 0;">
<tr><td colspan="2" style="background:#232f3e;color:#ffffff;padding:8px 12px;font-weight:bold;">Your submission</td></tr>
<tr><td style="padding:8px 12px;border:1px solid #eaeded;width:40%;">Ticket number</td><td style="padding:8px 12px;border:1px solid #eaeded;">{c}</td></tr>
<tr><td style="padding:8px 12px;border:1px solid #eaeded;">Topic</td><td style="padding:8px 12px;border:1px solid #eaeded;">Account assistance &rsaquo; Account Merge</td></tr>
<tr><td style="padding:8px 12px;border:1px solid #eaeded;">Candidate ID on file</td><td style="padding:8px 12px;border:1px solid #eaeded;">AWS04718263</td></tr>
<tr><td style="padding:8px 12px;border:1px solid #eaeded;">Contact e-mail</td><td style="padding:8px 12px;border:1px solid #eaeded;">daniel.okafor@gmail.com</td></tr>
</table>
<p>What happens next: an agent reviews the ticket and replies to this address, usually within 24 hours. Replies to this e-mail are added to the same ticket.</p>
<p>Thank you,<br>AWS Training and Certification</p>"""
    html = tc_html(body, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=ALT(P("plain", plain, "us-ascii", "7bit"), P("html", html)), prov=p.headers(s, dt))
    label(f, "case_created", c, ["AWS04718263"], True, "en")

def m07():
    f = "007-ja-console-case-opened-sjis.eml"; p = AK; c = CASE["AK"]; dt = at("AK", seconds=11)
    s = console_sender(dt)
    subj = enc_subject(f"Amazon Web Services: 新しいサポートケースが作成されました: {c}", "shift_jis")
    plain = f"""Amazon Web Services にお問い合わせいただきありがとうございます。

お問い合わせ内容を確認するため、ケース {c} を作成いたしました。

――――――――――――――――――――――――――――――
ケース ID　　: {c}
件名　　　　 : 認定アカウントが重複している
重要度　　　 : 一般的なガイダンス
サービス　　 : トレーニングと認定
――――――――――――――――――――――――――――――

担当のエンジニアより追ってご連絡いたします。ケースの状況は以下のサポートセンターからご確認いただけます。
{case_url(c, 'ja')}

Amazon Web Services

{NOREPLY_JA}

{LEGAL_JA}
"""
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("plain", plain, "shift_jis", "8bit", "Shift_JIS"), prov=p.headers(s, dt))
    label(f, "case_created", c, [], None, "ja")

def m08():
    f = "008-form-second-request-logged.eml"; p = SM; c = CASE["SM"]; dt = at("SM", seconds=52)
    s = tc_sender(dt)
    subj = f"[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"
    plain = f"""Hello,

Your request has been received. Case number: {c}

An agent will respond within 24 hours.

AWS Training and Certification
"""
    body = f"""<p>Hello Sofia,</p>
<p>We've got your request &mdash; it's now in our queue as case <b>{c}</b>, and someone from the Training and Certification team will be in touch, normally within 24 hours.</p>
<div style="border:1px solid #f0c36d;background:#fdf6e3;padding:10px 14px;margin:14px 0;">
<p style="margin:0;"><b>Already contacted us about this?</b> Our records show an earlier request from this address ({SM_OLD}). To avoid duplicate handling, we'll continue the conversation on the new case number above and close the earlier one.</p></div>
{kv_table([("Case", c), ("Category", "Certification &rsaquo; Account Merge"), ("Notification e-mail", "sofia.martins@gmail.com")])}
<p>Thanks,<br>AWS Training and Certification Customer Support</p>"""
    html = tc_html(body, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=ALT(P("plain", plain, cte="7bit", codec="us-ascii"), P("html", html)), prov=p.headers(s, dt))
    label(f, "case_created", c, [], True, "en")

def do_submission():
    return f"""Name: Daniel Okafor
Email: daniel.okafor@gmail.com
Inquiry Type: Certification
Inquiry Detail: Account Merge
AWS Candidate ID: AWS04718263
Description: Hello, I passed the Cloud Practitioner exam in 2022 with my work e-mail (d.okafor@brightlane-logistics.com) under candidate ID AWS09152740. I no longer have access to that mailbox. I took the Solutions Architect Associate this year with my personal account AWS04718263. Please merge the old one into my personal account so all certifications are in one place. Thanks!"""

def do_conf_text():
    c = CASE["DO"]
    return f"""Hello Daniel,

Thank you for contacting AWS Training and Certification.

I have located the following certification accounts associated with you:

Account to be retained: AWS04718263 (daniel.okafor@gmail.com)
Account to be merged into it: AWS09152740 (d.okafor@brightlane-logistics.com)

After the merge, all certifications, exam history and benefits held under AWS09152740 will be transferred to AWS04718263, and AWS09152740 will be deactivated. Please note that this action is permanent and cannot be reversed.

Please reply to this email confirming that the details above are correct and that you would like us to proceed with the merge.

Best regards,
Marisol G.
AWS Training and Certification Customer Support"""

def m09():
    f = "009-form-confirm-merge-request.eml"; p = DO; c = CASE["DO"]; dt = at("DO", days=1, hours=3, minutes=12)
    s = tc_sender(dt)
    conf = do_conf_text()
    sub_dt = T0["DO"]
    plain = conf + "\n\n" + tc_plain_rating(c) + "\n\n" + tc_ref() + f"""

---------------- Original Message ----------------
From: Daniel Okafor [daniel.okafor@gmail.com]
Sent: {sub_dt.strftime('%m/%d/%Y %I:%M %p')} UTC
To: {TC_ADDR}
Subject: [AWS Training and Certification Form Submission] - account-assistance

{do_submission()}
"""
    body = (paras(conf.split("\n\n")[0] + "\n\n" + conf.split("\n\n")[1] + "\n\n" + conf.split("\n\n")[2])
            + '<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:10px 0 16px 0;font-size:14px;">'
            '<tr style="background:#232f3e;color:#fff;"><th style="padding:8px 12px;text-align:left;">Role</th><th style="padding:8px 12px;text-align:left;">Candidate ID</th><th style="padding:8px 12px;text-align:left;">E-mail</th></tr>'
            '<tr><td style="padding:8px 12px;border:1px solid #d5dbdb;">Account to be retained</td><td style="padding:8px 12px;border:1px solid #d5dbdb;"><b>AWS04718263</b></td><td style="padding:8px 12px;border:1px solid #d5dbdb;">daniel.okafor@gmail.com</td></tr>'
            '<tr><td style="padding:8px 12px;border:1px solid #d5dbdb;">Account to be merged into it</td><td style="padding:8px 12px;border:1px solid #d5dbdb;">AWS09152740</td><td style="padding:8px 12px;border:1px solid #d5dbdb;">d.okafor@brightlane-logistics.com</td></tr></table>'
            + paras("\n\n".join(conf.split("\n\n")[5:])))
    body = body.replace("Please note that this action is permanent and cannot be reversed.", "<b>Please note that this action is permanent and cannot be reversed.</b>")
    quoted = bq_quote_html([f"From: Daniel Okafor [daniel.okafor@gmail.com]", f"Sent: {sub_dt.strftime('%m/%d/%Y %I:%M %p')} UTC",
                            f"To: {TC_ADDR}", "Subject: [AWS Training and Certification Form Submission] - account-assistance"],
                           "<br>\n".join(esc(l) for l in do_submission().split("\n")))
    html = tc_html(body, rating_case=c, quoted_html=quoted, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "merge_confirmation_requested", c, ["AWS04718263", "AWS09152740"], True, "en")

def m10():
    f = "010-console-approve-consolidation.eml"; p = LB; c = CASE["LB"]; dt = at("LB", days=1, hours=6, minutes=48)
    s = console_sender(dt)
    subj = f"RE:[CASE {c}] Merge duplicate certification accounts"
    plain = f"""Hello Lukas,

Thanks for your patience while we looked into this. I found three candidate records that match the details you gave us. We intend to keep AWS02395518 (lukas.brenner@finlytics.io) as your primary record and fold AWS13370942 and AWS07781236 into it.

Because a consolidation of candidate records is permanent - there is no way to split them apart again afterwards - we need your explicit approval before we submit it. Please reply in the Support Center and let us know that the above is what you want.

Best regards,
Anand R.
Amazon Web Services

{aws_plain_footer(rating_case=c)}
"""
    rows = [("AWS02395518", "lukas.brenner@finlytics.io", "Primary &ndash; kept", "#e6f2e6"),
            ("AWS13370942", "l.brenner@student.tum.de", "Merged into primary, then closed", "#ffffff"),
            ("AWS07781236", "lukas.brenner@novacore-gmbh.de", "Merged into primary, then closed", "#ffffff")]
    tr = "".join(f'<tr style="background:{bg};"><td style="padding:8px 10px;border:1px solid #d5dbdb;font-family:monospace;">{a}</td><td style="padding:8px 10px;border:1px solid #d5dbdb;">{e}</td><td style="padding:8px 10px;border:1px solid #d5dbdb;">{r}</td></tr>' for a, e, r, bg in rows)
    content = (f'<p style="color:#545b64;font-size:12px;margin:0 0 12px 0;">Case {c} &middot; Correspondence from Amazon Web Services</p>'
               '<p>Hello Lukas,</p><p>Thanks for your patience while we looked into this. I found three candidate records that match the details you gave us. Here is what we are proposing:</p>'
               '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px;margin:8px 0 16px 0;">'
               '<tr style="background:#f2f3f3;"><th align="left" style="padding:8px 10px;border:1px solid #d5dbdb;">Candidate ID</th><th align="left" style="padding:8px 10px;border:1px solid #d5dbdb;">Login e-mail</th><th align="left" style="padding:8px 10px;border:1px solid #d5dbdb;">Outcome</th></tr>'
               + tr + '</table>'
               '<div style="border-left:4px solid #d13212;background:#fdf3f1;padding:10px 12px;margin:0 0 16px 0;"><b>Important:</b> a consolidation of candidate records is permanent. Once submitted, the records cannot be split apart again.</div>'
               '<p>Before we submit this, we need your explicit approval. Please reply in the Support Center and let us know that the table above is what you want.</p>'
               + btn("Reply in Support Center", case_url(c)) + '<p>Best regards,<br>Anand R.<br>Amazon Web Services</p>')
    html = aws_shell(content, rating=stars_block(c), preheader="Please review the proposed account consolidation")
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "merge_confirmation_requested", c, ["AWS02395518", "AWS13370942", "AWS07781236"], True, "en")

def kt_submission():
    return """Name: 田中 健一
Email: k-tanaka@nifty.com
Inquiry Type: Certification
Inquiry Detail: Account Merge
AWS Candidate ID: AWS08814472
Description: 以前の勤務先で作成した認定アカウント（AWS03307719、登録メール tanaka.k@shinwa-densan.co.jp）と、現在使用しているアカウント（AWS08814472）を統合したいです。旧アカウントのメールアドレスは退職により利用できません。よろしくお願いいたします。"""

def kt_conf_text():
    return """田中 健一 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございます。担当の鈴木でございます。

ご依頼いただいた認定アカウントの統合につきまして、以下の内容で手続きを行う予定です。

　統合先（残るアカウント）　: AWS08814472（k-tanaka@nifty.com）
　統合元（統合後に無効となるアカウント）: AWS03307719（tanaka.k@shinwa-densan.co.jp）

統合を実施しますと、AWS03307719 に登録されている認定資格、受験履歴および特典はすべて AWS08814472 へ移され、元に戻すことはできません。

上記の内容でお間違いがなければ、本メールにご返信いただき、統合を進めてよい旨をお知らせください。

よろしくお願いいたします。

鈴木
AWS トレーニングと認定 カスタマーサポート"""

def m11():
    f = "011-ja-form-confirm-iso2022jp.eml"; p = KT; c = CASE["KT"]; dt = at("KT", days=1, hours=1, minutes=37)
    s = tc_sender(dt)
    plain = kt_conf_text() + f"""

{tc_ref()}

{jdate(T0['KT'])} 田中 健一 <k-tanaka@nifty.com>:
{qlines(kt_submission())}
"""
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=P("plain", plain, "iso-2022-jp", "7bit", "ISO-2022-JP"), prov=p.headers(s, dt))
    label(f, "merge_confirmation_requested", c, ["AWS08814472", "AWS03307719"], True, "ja")

def m12():
    f = "012-ja-console-kakunin-html.eml"; p = HN; c = CASE["HN"]; dt = at("HN", days=1, hours=4, minutes=5)
    s = console_sender(dt)
    subj = enc_subject(f"RE:[CASE {c}] 認定アカウントの統合について", "utf-8")
    content = (f'<p style="color:#545b64;font-size:12px;margin:0 0 12px 0;">ケース {c} ・ Amazon Web Services からの返信</p>'
               '<p>中村 様</p><p>お問い合わせいただきありがとうございます。AWS サポートの高橋です。</p>'
               '<p>お知らせいただいた情報をもとに確認したところ、次の 2 つの認定アカウントが見つかりました。ご希望のとおり、個人のメールアドレスで登録されているアカウントを残す形で手続きを進める予定です。</p>'
               + kv_table([("残すアカウント", "<b>AWS 06047731</b>（nakamura@tsubame-works.jp）"),
                           ("統合されるアカウント", "AWS 14410286（h.nakamura@kitaura-ind.co.jp）")], head_bg="#f1faff")
               + '<p>統合後は AWS 14410286 に紐づく認定資格・試験履歴・受験特典がすべて AWS 06047731 に引き継がれ、AWS 14410286 は使用できなくなります。<b>この操作は取り消すことができません。</b></p>'
               '<p>お手数ですが、上記の内容で問題ないかどうか、サポートセンターのケース画面からご返信ください。ご確認いただけ次第、手続きを開始いたします。</p>'
               + btn("ケースに返信する", case_url(c, "ja")) + '<p>よろしくお願いいたします。<br>高橋<br>Amazon Web Services</p>')
    html = aws_shell(content, lang="ja", rating=stars_block(c, "ja"), title="Amazon Web Services サポート")
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("html", html), prov=p.headers(s, dt))
    label(f, "merge_confirmation_requested", c, ["AWS06047731", "AWS14410286"], True, "ja")

def m13():
    f = "013-phish-confirm-merge-lookalike.eml"; p = DO; dt = at("DO", days=2, hours=9, minutes=3)
    fake = "1749612093"
    dom = "aws-certification-services.com"
    s = generic_sender('"AWS Certification Support" <support@' + dom + '>', dom, dt, "185.220.14.77", "mail." + dom,
                       f"bounce-{rh(10)}@{dom}", [(dom, "mail")], f"<{rh(20)}@mail.{dom}>")
    subj = f"Action required: confirm your certification account merge (Case {fake})"
    url = f"https://{dom}/merge/confirm?ref={rh(24)}"
    plain = f"""Dear Candidate,

We received a request to merge two AWS Certification accounts registered to your name (Case {fake}).

To protect your certifications, you must confirm which account should remain active within 24 hours. If we do not receive your confirmation, both accounts will be temporarily suspended and any scheduled exams may be cancelled.

Confirm the merge here: {url}

You will be asked to sign in with your AWS Certification credentials to verify your identity.

AWS Training & Certification Support Team
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;background:#eeeeee;padding:20px;">
<table width="600" align="center" style="background:#ffffff;border-top:6px solid #ff9900;">
<tr><td style="padding:20px;"><img src="https://{dom}/static/aws_logo.png" alt="aws" width="80"></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:14px;color:#222;">
<h2 style="color:#232f3e;">Action required: account merge pending</h2>
<p>Dear Candidate,</p>
<p>We received a request to merge two AWS Certification accounts registered to your name (Case <b>{fake}</b>).</p>
<p style="color:#c40000;"><b>To protect your certifications, you must confirm which account should remain active within 24 hours.</b> If we do not receive your confirmation, both accounts will be temporarily suspended and any scheduled exams may be cancelled.</p>
<p style="text-align:center;margin:26px 0;"><a href="{url}" style="background:#ff9900;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:3px;">CONFIRM MERGE</a></p>
<p>You will be asked to sign in with your AWS Certification credentials to verify your identity.</p>
<p>AWS Training &amp; Certification Support Team</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#999;">&copy; 2025 Amazon Web Services. All rights reserved. 410 Terry Ave N, Seattle WA.</td></tr>
</table></body></html>"""
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain, cte="7bit", codec="us-ascii"), P("html", html)),
             prov=p.headers(s, dt, pol="NONE"))
    label(f, "merge_confirmation_requested", fake, [], False, "en")

def m14():
    f = "014-spoofed-amazon-confirm-dmarc-fail.eml"; p = PR; dt = at("PR", days=1, hours=20, minutes=44)
    fake = case15(T("2025-08-05 02:11:09"))
    s = generic_sender(TC_FROM, "amazon.com", dt, "5.188.206.41", "vps-4471.hostkey-cloud.net",
                       "www-data@vps-4471.hostkey-cloud.net", [], f"<{rh(16)}.{rh(8)}@vps-4471.hostkey-cloud.net>", spf="fail", dkim_res=[])
    forged = [("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=taugkaoh;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"),
              ("Received", f"from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by vps-4471.hostkey-cloud.net; {fmt(dt - dtm.timedelta(minutes=3))}")]
    link = f"https://amazon-tc-verify.net/case/{fake}/confirm"
    text = f"""Hello Priya,

Thank you for contacting AWS Training and Certification.

We have reviewed your request and will be merging the following accounts:

Account to be retained: AWS11873204
Account to be merged: AWS06620581

Please be aware this merge cannot be undone. To authorise it, confirm the details through our secure verification portal within 48 hours:
{link}

If you do not confirm, the request will be cancelled and you will need to submit a new form.

Best regards,
AWS Training and Certification Customer Support"""
    html = tc_html(paras(text.replace(link, "[link]")).replace("[link]", f'<a href="{link}">Verify and confirm merge</a>')
                   + btn("Confirm merge", link), ref=None)
    assemble(f, sender=s, to=p.to, subject=tc_subject(fake), date=dt, body=ALT(P("plain", text, cte="7bit", codec="us-ascii"), P("html", html)),
             prov=p.headers(s, dt, dmarc="fail", action="quarantine"), orig_headers=forged, reply_to="aws.tc.support.desk@gmail.com")
    label(f, "merge_confirmation_requested", fake, ["AWS11873204", "AWS06620581"], False, "en")

def m15():
    f = "015-console-new-correspondence-with-confirm.eml"; p = RG; c = CASE["RG"]; dt = at("RG", days=2, hours=2, minutes=19)
    s = console_sender(dt)
    subj = f"[Case {c}] New correspondence added"
    corr = """Hi Rafael,

Thanks for sending the screenshots of both profiles. Here is what I can set up for you:

- AWS09034418 (rafael.gomez.dev@gmail.com) stays as your active certification account.
- AWS02251867 (rgomez@quintana-analytics.com) gets merged into it. Its exam history and your Developer - Associate certification will show under AWS09034418 afterwards, and AWS02251867 will be disabled.

Just so you know, we can't reverse this once it's processed. Could you respond on the case to confirm you'd like me to go ahead exactly as described?

Best regards,
Kateryna P.
Amazon Web Services"""
    plain = f"""Hello,

A new correspondence has been added to your AWS Support case.

Case ID: {c}
Subject: Certification accounts - consolidation
Severity: General guidance

------------------------------------------------------------
{corr}
------------------------------------------------------------

To respond, visit the Support Center:
{case_url(c)}

{aws_plain_footer(rating_case=None)}
"""
    content = ('<h1 style="font-size:20px;font-weight:normal;margin:0 0 14px 0;">New correspondence added</h1>'
               '<p>Hello,</p><p>A new correspondence has been added to your AWS Support case.</p>'
               + kv_table([("Case ID", c), ("Subject", "Certification accounts - consolidation"), ("Severity", "General guidance")])
               + '<div style="border:1px solid #d5dbdb;border-left:4px solid #0073bb;padding:12px 16px;margin:8px 0 16px 0;background:#fbfbfb;">'
               + paras(corr).replace("- AWS", "&bull; AWS") + '</div>' + btn("Respond in Support Center", case_url(c), "#0073bb")
               + f'<p style="font-size:12px;color:#545b64;">{NOREPLY_EN}</p>')
    html = aws_shell(content, rating=stars_block(c))
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain), P("html", html, cte="base64")), prov=p.headers(s, dt))
    label(f, "merge_confirmation_requested", c, ["AWS09034418", "AWS02251867"], True, "en")

def m16():
    f = "016-ja-form-confirm-outlook-quoted.eml"; p = MS; c = CASE["MS"]; dt = at("MS", days=2, hours=5, minutes=26)
    s = tc_sender(dt)
    first_dt = at("MS", days=1, hours=2); reply_dt = at("MS", days=1, hours=23, minutes=50)
    first = f"""佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。

ご登録情報を確認したところ、AWS05528107 と AWS10093365 の 2 つのアカウントが見つかりました。どちらのアカウントを残すご希望か、お知らせいただけますでしょうか。

AWS トレーニングと認定 カスタマーサポート
伊東"""
    mine = """ご連絡ありがとうございます。
AWS05528107 を残していただきたいです。
また、確認したところ、研修受講時に作成した AWS13302487 というアカウントもありましたので、こちらもあわせて統合していただけますと幸いです。

佐藤"""
    new = f"""佐藤 美咲 様

ご返信いただきありがとうございます。AWS トレーニングと認定の伊東です。

追加でお知らせいただいたアカウントも含め、以下の内容で統合の手続きを準備いたしました。

■ 存続するアカウント
　AWS05528107（m.sato@kanade-sys.co.jp）

■ 統合されるアカウント（統合後は利用できなくなります）
　AWS10093365（misaki.sato.0815@gmail.com）
　AWS13302487（m-sato@trainee.kanade-sys.co.jp）

なお、統合は一度実施すると取り消しができません。恐れ入りますが、上記の内容でよろしいか、本メールへのご返信にてご確認をお願いいたします。確認のご連絡をいただき次第、手続きを進めます。

よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
伊東"""
    inner_first = paras(first)
    mine_html = (f'<div dir="ltr" style="font-family:Meiryo,sans-serif;font-size:11pt;">' + paras(mine) + '</div>'
                 + outlook_quote_html("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", jdate(first_dt, False).replace(" ", " "),
                                      "佐藤 美咲 <m.sato@kanade-sys.co.jp>", tc_subject(c), inner_first, lang="ja"))
    quoted = outlook_quote_html("佐藤 美咲 <m.sato@kanade-sys.co.jp>", jdate(reply_dt, False), TC_ADDR, tc_subject(c), mine_html, lang="ja")
    html = tc_html(paras(new), lang="ja", rating_case=c, quoted_html='<div style="padding:0 20px;">' + quoted + '</div>', ref=tc_ref())
    plain = new + f"""

________________________________
差出人: 佐藤 美咲 <m.sato@kanade-sys.co.jp>
送信日時: {jdate(reply_dt, False)}
宛先: {TC_ADDR}
件名: {tc_subject(c)}

{mine}

________________________________
差出人: Amazon Web Services <{TC_ADDR}>
送信日時: {jdate(first_dt, False)}
宛先: 佐藤 美咲 <m.sato@kanade-sys.co.jp>
件名: {tc_subject(c)}

{first}
"""
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", plain, cte="base64"), P("html", html)), prov=p.headers(s, dt))
    label(f, "merge_confirmation_requested", c, ["AWS05528107", "AWS10093365", "AWS13302487"], True, "ja")

def m17():
    f = "017-form-combine-profiles-ok-to-go.eml"; p = SM; c = CASE["SM"]; dt = at("SM", days=2, hours=7, minutes=2)
    s = tc_sender(dt)
    text = """Hi Sofia,

Thanks for the extra details - that helped a lot.

Here's the plan: we can combine your two candidate profiles so you only have one login going forward. aws-03871925 (sofia.martins@gmail.com) would stay active, and everything attached to aws-12690407 (sofia.m@lisbon-datahub.pt) - your exam history, the Cloud Practitioner certification and the 50% discount benefit - would be moved across to it. After that, aws-12690407 would be shut down for good.

One thing to keep in mind: there's no undo button for this. Once we run it, the two profiles can't be separated again.

So before we go ahead, could you just reply and tell us you're happy with the above?

Cheers,
Tomás B.
AWS Training and Certification Customer Support"""
    html = tc_html(paras(text).replace("One thing to keep in mind: there's no undo button for this.", "<b>One thing to keep in mind: there's no undo button for this.</b>"),
                   rating_case=c, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", text + "\n\n" + tc_plain_rating(c) + "\n"), P("html", html)), prov=p.headers(s, dt))
    label(f, "merge_confirmation_requested", c, ["AWS03871925", "AWS12690407"], True, "en")

def m18():
    f = "018-form-merge-done-with-quoted-request.eml"; p = DO; c = CASE["DO"]; dt = at("DO", days=3, hours=1, minutes=55)
    s = tc_sender(dt)
    conf_dt = at("DO", days=1, hours=3, minutes=12); user_dt = at("DO", days=1, hours=11, minutes=40)
    user = "The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel"
    new = """Hello Daniel,

Good news: your certification accounts have been merged. Your certifications, exam history and benefits are now all associated with AWS04718263, and you can keep signing in with daniel.okafor@gmail.com. The other account has been deactivated.

Please allow up to 48 hours for your Credly badges to reflect the change. If anything looks off after that, just reply to this email.

Best regards,
Marisol G.
AWS Training and Certification Customer Support"""
    gattr = f"On {edate(conf_dt, PT)} Amazon Web Services <{TC_ADDR}> wrote:"
    plain = new + "\n\n" + tc_plain_rating(c) + f"""

---------------- Original Message ----------------
From: Daniel Okafor [daniel.okafor@gmail.com]
Sent: {user_dt.strftime('%m/%d/%Y %I:%M %p')} UTC
To: {TC_ADDR}
Subject: Re: {tc_subject(c)}

{user}

{gattr}
{qlines(do_conf_text())}
"""
    inner = ('<div dir="ltr">' + paras(user) + '</div>' + gmail_quote_html(gattr, paras(do_conf_text())))
    quoted = bq_quote_html(["From: Daniel Okafor [daniel.okafor@gmail.com]", f"Sent: {user_dt.strftime('%m/%d/%Y %I:%M %p')} UTC",
                            f"To: {TC_ADDR}", f"Subject: Re: {tc_subject(c)}"], inner)
    body = paras(new).replace("your certification accounts have been merged", "<b>your certification accounts have been merged</b>")
    html = tc_html(body, rating_case=c, quoted_html=quoted, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "merge_completed", c, ["AWS04718263"], True, "en")

def m19():
    f = "019-form-resolved-and-consolidated-survey.eml"; p = PR; c = CASE["PR"]; dt = at("PR", days=2, hours=22, minutes=7)
    s = tc_sender(dt)
    subj = f"Your case {c} has been resolved"
    plain = f"""Hello Priya,

We're writing to let you know that case {c} has been marked as resolved.

Summary from your agent:
The two certification profiles were consolidated on {edate(dt, UTC).split(' at ')[0]}. AWS06620581 no longer exists as a separate account; its exam history and the AWS Certified Cloud Practitioner certification now appear under AWS11873204.

Was your issue resolved?
  YES: https://amazonmr.au1.qualtrics.com/jfe/form/SV_9ZrT3kPq2LmWxYv?c={c}&r=1
  NO:  https://amazonmr.au1.qualtrics.com/jfe/form/SV_9ZrT3kPq2LmWxYv?c={c}&r=0

If you need anything else, reply to this message within 14 days and the case will be reopened automatically.

AWS Training and Certification Customer Support
"""
    body = f"""<p>Hello Priya,</p>
<p>We're writing to let you know that case <b>{c}</b> has been marked as resolved.</p>
<div style="background:#f2f8f0;border:1px solid #cfe6c9;padding:12px 16px;margin:14px 0;">
<p style="margin:0 0 6px 0;font-weight:bold;">Summary from your agent</p>
<p style="margin:0;">The two certification profiles were consolidated on {edate(dt, UTC).split(' at ')[0]}. AWS06620581 no longer exists as a separate account; its exam history and the AWS Certified Cloud Practitioner certification now appear under <b>AWS11873204</b>.</p></div>
<p style="font-weight:bold;margin:20px 0 8px 0;">Was your issue resolved?</p>
<table role="presentation"><tr>
<td style="padding-right:10px;"><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_9ZrT3kPq2LmWxYv?c={c}&amp;r=1" style="display:inline-block;background:#1d8102;color:#fff;padding:9px 26px;text-decoration:none;border-radius:2px;font-weight:bold;">YES</a></td>
<td><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_9ZrT3kPq2LmWxYv?c={c}&amp;r=0" style="display:inline-block;background:#d13212;color:#fff;padding:9px 26px;text-decoration:none;border-radius:2px;font-weight:bold;">NO</a></td>
</tr></table>
<p style="margin-top:20px;">If you need anything else, reply to this message within 14 days and the case will be reopened automatically.</p>
<p>AWS Training and Certification Customer Support</p>"""
    html = tc_html(body, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=ALT(P("plain", plain), P("html", html, cte="base64")), prov=p.headers(s, dt))
    label(f, "merge_completed", c, ["AWS11873204", "AWS06620581"], True, "en")

def m20():
    f = "020-ja-form-tougou-kanryou-iso2022jp.eml"; p = KT; c = CASE["KT"]; dt = at("KT", days=2, hours=20, minutes=31)
    s = tc_sender(dt)
    subj = enc_subject(f"RE:[CASE {c}] 認定アカウント統合完了のお知らせ", "iso-2022-jp", 66)
    text = """田中 健一 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの鈴木です。

ご確認のご連絡をいただき、ありがとうございました。
お申し出いただいた認定アカウントの統合が完了しましたので、ご報告いたします。

今後は AWS08814472 にて、これまでに取得された認定資格および受験履歴をご確認いただけます。
統合元のアカウントは無効となっておりますので、ログインには k-tanaka@nifty.com をご利用ください。

Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

鈴木
AWS トレーニングと認定 カスタマーサポート"""
    html = tc_html(paras(text).replace("認定アカウントの統合が完了しました", "<b>認定アカウントの統合が完了しました</b>"), lang="ja", rating_case=c, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=subj, date=dt,
             body=ALT(P("plain", text + "\n", "iso-2022-jp", "7bit", "ISO-2022-JP"), P("html", html)), prov=p.headers(s, dt))
    label(f, "merge_completed", c, ["AWS08814472"], True, "ja")

def m21():
    f = "021-ja-form-ikou-sjis-html.eml"; p = YY; c = CASE["YY"]; dt = at("YY", days=3, hours=2, minutes=14)
    s = tc_sender(dt)
    subj = enc_subject(f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - アカウント統合", "shift_jis")
    html = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'ＭＳ Ｐゴシック',sans-serif;font-size:14px;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px 20px;color:#ffffff;font-size:16px;">AWS トレーニングと認定</td></tr>
<tr><td style="background:#ff9900;height:3px;font-size:0;">&nbsp;</td></tr></table>
<div style="padding:18px 20px;">
<p>山本 結衣 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの小野でございます。</p>
<p>お待たせいたしました。ご依頼いただいておりました件につき、AWS09981043 に登録されていた認定資格・受験記録・バウチャー等の特典を、すべて AWS12045590 へ移行いたしました。</p>
<p>移行元の AWS09981043 はクローズ済みのため、今後は AWS12045590（yui.yamamoto@biglobe.ne.jp）でサインインしてください。</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;margin:12px 0;">
<tr><td style="border:1px solid #cccccc;background:#f5f5f5;">ご利用中のアカウント</td><td style="border:1px solid #cccccc;">AWS12045590</td></tr>
<tr><td style="border:1px solid #cccccc;background:#f5f5f5;">クローズしたアカウント</td><td style="border:1px solid #cccccc;">AWS09981043</td></tr>
<tr><td style="border:1px solid #cccccc;background:#f5f5f5;">対応状況</td><td style="border:1px solid #cccccc;">完了</td></tr>
</table>
<p>Credly のバッジが新しいアカウントに表示されない場合は、お手数ですが本メールにご返信ください。</p>
<p>今後ともよろしくお願い申し上げます。</p>
<p>小野<br>AWS トレーニングと認定 カスタマーサポート</p>
<p style="font-size:11px;color:#777777;">{LEGAL_JA}</p>
</div></body></html>
"""
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("html", html, "shift_jis", "base64", "Shift_JIS"), prov=p.headers(s, dt))
    label(f, "merge_completed", c, ["AWS12045590", "AWS09981043"], True, "ja")

def m22():
    f = "022-console-records-moved-plaintext-latin1-label.eml"; p = LB; c = CASE["LB"]; dt = at("LB", days=3, hours=0, minutes=26)
    s = console_sender(dt)
    subj = f"RE:[CASE {c}] Merge duplicate certification accounts"
    plain = f"""Hello Lukas,

Thanks for confirming. I’m happy to report that the work is finished on our side:

  • AWS13370942 and AWS07781236 have been retired.
  • Everything that was on them – exam results, certifications, transcripts – has been moved to AWS02395518.
  • Your login stays the same (lukas.brenner@finlytics.io) → nothing else to do.

It can take a day or two for the Credly side to catch up. If badges still show under the old e‑mail addresses after that, let us know on this case.

Best regards,
Anand R.
Amazon Web Services

{aws_plain_footer(rating_case=c)}
"""
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=P("plain", plain, "utf-8", "quoted-printable", "iso-8859-1"), prov=p.headers(s, dt))
    label(f, "merge_completed", c, ["AWS13370942", "AWS07781236", "AWS02395518"], True, "en")

def m23():
    f = "023-form-completed-parts-differ.eml"; p = EM; c = CASE["EM"]; dt = at("EM", days=4, hours=1, minutes=3)
    s = tc_sender(dt)
    plain = f"""Hello Emma,

The account consolidation you asked for under case {c} is complete. No further action is needed from you.

Regards,
AWS Training and Certification Customer Support
"""
    body = f"""<p>Hello Emma,</p>
<p>The account consolidation you asked for is complete. Below is a summary of what changed:</p>
{kv_table([("Surviving candidate ID", "<b>AWS08857120</b>"), ("Absorbed candidate ID", "AWS01946638 (now inactive)"), ("Certifications moved", "AWS Certified Data Engineer &ndash; Associate; AWS Certified Cloud Practitioner"), ("Exam history", "Moved"), ("Status", '<span style="color:#1d8102;font-weight:bold;">Done</span>')])}
<p>You'll find everything in your CertMetrics profile when you next sign in with emma.lindqvist@outlook.com. No further action is needed from you.</p>
<p>Regards,<br>Jonas W.<br>AWS Training and Certification Customer Support</p>"""
    html = tc_html(body, rating_case=c, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", plain, "us-ascii", "7bit"), P("html", html)), prov=p.headers(s, dt))
    label(f, "merge_completed", c, ["AWS08857120", "AWS01946638"], True, "en")

def m24():
    f = "024-phish-merge-done-verify-login.eml"; p = RG; dt = at("RG", days=5, hours=13, minutes=51)
    dom = "aws-trainingcertification.com"
    s = generic_sender('"Amazon Web Services" <no-reply@' + dom + '>', dom, dt, "91.215.85.122", "smtp1." + dom,
                       f"no-reply@{dom}", [(dom, "default")], f"<{rh(12)}.{rh(12)}@{dom}>")
    url = f"https://login.{dom}/certmetrics/verify?u={rh(16)}"
    html = f"""<html><body style="margin:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" bgcolor="#f2f3f3"><tr><td align="center" style="padding:20px;">
<table width="600" bgcolor="#ffffff"><tr><td style="background:#232f3e;padding:14px 24px;"><img src="https://{dom}/img/logo-white.png" alt="Amazon Web Services" width="64"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#16191f;line-height:1.5;">
<h2 style="font-weight:normal;">Your accounts have been merged</h2>
<p>Hello,</p>
<p>Your AWS Certification accounts were merged successfully. Your surviving account is <b>AWS09034418</b>.</p>
<p>To finish the process and keep your certifications active, you must sign in and re-verify your identity within <b>72 hours</b>. Certifications that are not verified will be revoked.</p>
<p style="text-align:center;margin:24px 0;"><a href="{url}" style="background:#ec7211;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold;">Verify my certifications</a></p>
<p>Thank you,<br>AWS Training and Certification</p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#687078;">{LEGAL_EN}</td></tr></table></td></tr></table></body></html>"""
    assemble(f, sender=s, to=p.addr, subject="Your AWS Certification accounts have been merged - verification required", date=dt,
             body=P("html", html, cte="base64"), prov=p.headers(s, dt, pol="NONE"))
    label(f, "merge_completed", None, ["AWS09034418"], False, "en")

def kb_conf_text():
    return """小林 拓也 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定の村上です。

以下の 2 つの認定アカウントを統合する手続きを行います。

・残すアカウント：AWS10427753（kobayashi@hoshizora-labs.jp）
・統合するアカウント：AWS04090618（t.kobayashi.cloud@gmail.com）

統合後に元に戻すことはできませんので、上記でよろしければ本メールにご返信ください。

村上
AWS トレーニングと認定 カスタマーサポート"""

def m25():
    f = "025-ja-form-kanryou-nested-quotes.eml"; p = KB; c = CASE["KB"]; dt = T("2025-05-27 23:02:14")
    s = tc_sender(dt)
    conf_dt = T("2025-05-25 13:40:00") + dtm.timedelta(hours=20); user_dt = T("2025-05-26 12:15:00")
    subj = enc_subject(f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", "utf-8")
    user = "村上様\n\nご連絡ありがとうございます。\n内容に相違ありません。統合を進めてください。\n\n小林"
    text = f"""小林 拓也 様

AWS トレーニングと認定の村上です。

お待たせいたしました。ご確認いただいた内容のとおり、認定アカウントの統合作業が完了いたしました。
これまでの認定資格と受験履歴は、すべて AWS10427753 でご覧いただけます。

新しいアカウントでのバッジの表示には、1～2 日ほどかかる場合がございます。

村上
AWS トレーニングと認定 カスタマーサポート

{jdate(user_dt)} 小林 拓也 <kobayashi@hoshizora-labs.jp>:
{qlines(user)}
>
> {jdate(conf_dt)} Amazon Web Services <{TC_ADDR}>:
{qlines(qlines(kb_conf_text()), '> ')}
"""
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("plain", text, cte="base64"), prov=p.headers(s, dt))
    label(f, "merge_completed", c, ["AWS10427753"], True, "ja")

def m26():
    f = "026-form-profiles-combined-encoded-subject.eml"; p = SM; c = CASE["SM"]; dt = at("SM", days=4, hours=3, minutes=40)
    s = tc_sender(dt)
    import email.charset as ecs
    cs = ecs.Charset("utf-8"); cs.header_encoding = ecs.QP
    subj = Header(f"RE:[CASE {c}] [AWS Training and Certification Form Submission] – account‑assistance", cs, header_name="Subject").encode(maxlinelen=60)
    text = """Hi Sofia,

Thanks for giving us the go-ahead. We've finished combining your candidate profiles.

Everything that used to live on AWS 12690407 – the Cloud Practitioner certification, your exam history and the 50% discount benefit – now sits under AWS 03871925. The old profile has been switched off, so please sign in with sofia.martins@gmail.com from now on.

Your Credly badges will be re-issued to the surviving profile; that usually happens within 24–48 hours and Credly will e-mail you when they're ready to accept.

Cheers,
Tomás B.
AWS Training and Certification Customer Support"""
    html = tc_html(paras(text), rating_case=c, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=ALT(P("plain", text + "\n\n" + tc_plain_rating(c) + "\n"), P("html", html)), prov=p.headers(s, dt))
    label(f, "merge_completed", c, ["AWS03871925", "AWS12690407"], True, "en")

def m27():
    f = "027-ja-console-kanryou-cp932-label.eml"; p = HN; c = CASE["HN"]; dt = at("HN", days=3, hours=6, minutes=12)
    s = console_sender(dt)
    subj = enc_subject(f"RE:[CASE {c}] 認定アカウントの統合について", "utf-8")
    plain = f"""中村 様

AWS サポートの高橋です。ご返信ありがとうございました。

ご承認いただいた内容で作業を行い、統合が完了しました。
現在の状況は以下のとおりです。

① ご利用中のアカウント：ＡＷＳ０６０４７７３１（nakamura@tsubame-works.jp）
② 統合済み（無効化）　：AWS14410286
③ 認定資格・受験履歴　：①へ移動済み

Credly のバッジは、反映まで 24～48 時間程度かかることがございます。

高橋
Amazon Web Services

{aws_plain_footer('ja', rating_case=c)}
"""
    content = (f'<p style="color:#545b64;font-size:12px;margin:0 0 12px 0;">ケース {c} ・ Amazon Web Services からの返信</p>'
               '<p>中村 様</p><p>AWS サポートの高橋です。ご返信ありがとうございました。</p>'
               '<p>ご承認いただいた内容で作業を行い、<b>統合が完了しました</b>。現在の状況は以下のとおりです。</p>'
               + kv_table([("ご利用中のアカウント", "AWS06047731（nakamura@tsubame-works.jp）"), ("統合済み（無効化）", "AWS14410286"),
                           ("認定資格・受験履歴", "上記のご利用中アカウントへ移動済み")], head_bg="#f1faff")
               + '<p>Credly のバッジは、反映まで 24～48 時間程度かかることがございます。</p><p>高橋<br>Amazon Web Services</p>')
    html = aws_shell(content, lang="ja", rating=stars_block(c, "ja"), title="Amazon Web Services サポート")
    assemble(f, sender=s, to=p.to, subject=subj, date=dt,
             body=ALT(P("plain", plain, "cp932", "8bit", "Shift_JIS"), P("html", html)), prov=p.headers(s, dt))
    label(f, "merge_completed", c, ["AWS06047731", "AWS14410286"], True, "ja")

def m28():
    f = "028-console-how-did-we-do-inline-logo.eml"; p = LB; c = CASE["LB"]; dt = at("LB", days=3, hours=1, minutes=2)
    s = console_sender(dt)
    subj = "How did we do? Share feedback about your recent AWS Support case"
    qurl = f"https://pages.awscloud.com/support-feedback.html?displayId={c}&sid={rh(20)}"
    plain = f"""Your opinion matters to us

Hello,

Your recent AWS Support case has been resolved:

  Case ID:  {c}
  Subject:  Merge duplicate certification accounts

Tell us about your experience. The survey takes about two minutes.

Was your issue resolved?  Yes: {qurl}&resolved=1   No: {qurl}&resolved=0

How satisfied are you with the support you received? (1 = very dissatisfied, 5 = very satisfied)
{qurl}&csat=

Thank you,
AWS Support

{aws_plain_footer()}
"""
    nums = "".join(f'<td style="padding:0 3px;"><a href="{qurl}&amp;csat={i}" style="display:inline-block;width:38px;line-height:38px;text-align:center;border:1px solid #879596;border-radius:19px;color:#16191f;text-decoration:none;">{i}</a></td>' for i in range(1, 6))
    content = (f'<img src="cid:hdr-support-feedback" alt="" width="552" height="8" style="display:block;margin:0 0 16px 0;">'
               '<h1 style="font-size:22px;font-weight:normal;margin:0 0 12px 0;">Your opinion matters to us</h1>'
               '<p>Hello,</p><p>Your recent AWS Support case has been resolved:</p>'
               + kv_table([("Case ID", c), ("Subject", "Merge duplicate certification accounts")])
               + '<p>Tell us about your experience. The survey takes about two minutes.</p>'
               f'<p style="font-weight:bold;margin:18px 0 8px 0;">Was your issue resolved?</p>'
               f'<a href="{qurl}&amp;resolved=1" style="display:inline-block;padding:8px 24px;background:#0073bb;color:#fff;text-decoration:none;margin-right:8px;">Yes</a>'
               f'<a href="{qurl}&amp;resolved=0" style="display:inline-block;padding:8px 24px;background:#545b64;color:#fff;text-decoration:none;">No</a>'
               '<p style="font-weight:bold;margin:22px 0 8px 0;">How satisfied are you with the support you received?</p>'
               f'<table role="presentation"><tr>{nums}</tr></table><p style="font-size:12px;color:#687078;">1 = very dissatisfied &nbsp; 5 = very satisfied</p>'
               '<p>Thank you,<br>AWS Support</p>')
    html = aws_shell(content, title="AWS Support feedback")
    body = ALT(P("plain", plain), REL(P("html", html), [("hdr-support-feedback", PNG, "divider.png")]))
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=body, prov=p.headers(s, dt))
    label(f, "survey", c, [], True, "en")

def m29():
    f = "029-form-marked-resolved-rate-us.eml"; p = SM; c = CASE["SM"]; dt = at("SM", days=6, hours=10, minutes=0, seconds=12)
    s = tc_sender(dt)
    text = f"""Hello Sofia,

This is an automatic notification: case {c} has been marked as resolved.

If something is still outstanding, simply reply to this e-mail within 14 days and your case will be reopened with the same agent. After that, please submit a new request through the contact form.

We'd love to know how we did. It takes less than a minute:
https://amazonmr.au1.qualtrics.com/jfe/form/SV_bDu8W2kL0oP7mQe?CaseNumber={c}

Thank you for being an AWS Certified professional.

AWS Training and Certification Customer Support"""
    body = paras(text.split("https://")[0].rsplit("\n", 1)[0]) + btn("Take the 1-minute survey", f"https://amazonmr.au1.qualtrics.com/jfe/form/SV_bDu8W2kL0oP7mQe?CaseNumber={c}", "#232f3e") \
        + paras("Thank you for being an AWS Certified professional.\n\nAWS Training and Certification Customer Support")
    html = tc_html(body, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", text + "\n"), P("html", html)), prov=p.headers(s, dt))
    label(f, "survey", c, [], True, "en")

def m30():
    f = "030-ja-survey-onegai-html.eml"; p = KT; c = CASE["KT"]; dt = at("KT", days=2, hours=20, minutes=49)
    s = tc_sender(dt)
    subj = enc_subject(f"【AWS トレーニングと認定】アンケートご協力のお願い（お問い合わせ番号 {c}）", "utf-8")
    url = f"https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xQw8LkR2vN5tYh?Q_Language=JA&CaseNumber={c}"
    opts = ["とても満足", "満足", "どちらでもない", "不満", "とても不満"]
    cells = "".join(f'<td style="padding:3px;"><a href="{url}&amp;csat={5-i}" style="display:inline-block;padding:8px 10px;border:1px solid #aab7b8;color:#16191f;text-decoration:none;font-size:12px;">{o}</a></td>' for i, o in enumerate(opts))
    body = f"""<p>田中 健一 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございました。お問い合わせ（番号 {c}）への対応は終了いたしました。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします。所要時間は 2 分ほどです。</p>
<p style="font-weight:bold;margin:18px 0 6px 0;">Q1. 今回のお問い合わせで、問題は解決しましたか？</p>
<a href="{url}&amp;resolved=1" style="display:inline-block;padding:8px 24px;background:#0073bb;color:#fff;text-decoration:none;margin-right:6px;">はい</a>
<a href="{url}&amp;resolved=0" style="display:inline-block;padding:8px 24px;background:#687078;color:#fff;text-decoration:none;">いいえ</a>
<p style="font-weight:bold;margin:18px 0 6px 0;">Q2. 担当者の対応にどの程度満足されましたか？</p>
<table role="presentation"><tr>{cells}</tr></table>
<p style="margin-top:18px;">いただいたご意見は、サービス改善の目的にのみ使用いたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>"""
    html = tc_html(body, lang="ja", ref=None)
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("html", html), prov=p.headers(s, dt))
    label(f, "survey", c, [], True, "ja")

def m31():
    f = "031-ja-console-closed-iso2022jp.eml"; p = AK; c = CASE["AK"]; dt = at("AK", days=9, hours=3, minutes=0, seconds=4)
    s = console_sender(dt)
    subj = enc_subject(f"[Case {c}] ケースはクローズされました", "iso-2022-jp")
    text = f"""お客様

AWS サポートをご利用いただきありがとうございます。

ケース {c}（件名: 認定アカウントが重複している）について、一定期間ご返信がなかったため、本ケースをクローズいたしました。

引き続きサポートが必要な場合は、クローズ日から 14 日以内であれば、サポートセンターからケースを再開できます。
{case_url(c, 'ja')}

サポートの品質向上のため、アンケートへのご協力をお願いいたします。
https://pages.awscloud.com/support-feedback-ja.html?displayId={c}

Amazon Web Services

{NOREPLY_JA}
{LEGAL_JA}
"""
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("plain", text, "iso-2022-jp", "7bit", "ISO-2022-JP"), prov=p.headers(s, dt))
    label(f, "survey", c, [], None, "ja")

def m32():
    f = "032-form-closed-no-response-proton.eml"; p = JW; c = CASE["JW"]; dt = T("2025-12-16 14:31:50")
    s = tc_sender(dt)
    text = f"""Hello Jenna,

We haven't heard back from you since our last message, so we've closed case {c} for now.

If you'd still like AWS07316642 and AWS15209934 combined, just reply to this e-mail within 14 days with the account you want to keep, and we'll pick things up where we left off.

How was your experience with AWS Training and Certification Customer Support?"""
    rate = "https://amazonmr.au1.qualtrics.com/jfe/form/SV_6VcD1xHq0aWkJ3E?CaseNumber=" + c
    plain = text + f"""
  Great   {rate}&s=5
  Okay    {rate}&s=3
  Poor    {rate}&s=1

AWS Training and Certification Customer Support
"""
    faces = "".join(f'<td style="padding:0 6px;text-align:center;"><a href="{rate}&amp;s={v}" style="text-decoration:none;color:#16191f;font-size:26px;">{e}</a><br><span style="font-size:11px;">{l}</span></td>' for v, e, l in [(5, "&#128578;", "Great"), (3, "&#128528;", "Okay"), (1, "&#128577;", "Poor")])
    html = tc_html(paras(text) + f'<table role="presentation" style="margin:6px 0 18px 0;"><tr>{faces}</tr></table><p>AWS Training and Certification Customer Support</p>', ref=tc_ref())
    assemble(f, sender=s, to=p.addr, subject=f"Case {c} closed - AWS Training and Certification", date=dt,
             body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "survey", c, ["AWS07316642", "AWS15209934"], True, "en")

def m33():
    f = "033-form-closure-survey-quoting-completion.eml"; p = DO; c = CASE["DO"]; dt = at("DO", days=10, hours=1, minutes=56)
    s = tc_sender(dt)
    done_dt = at("DO", days=3, hours=1, minutes=55)
    prev = """Hello Daniel,

Good news: your certification accounts have been merged. Your certifications, exam history and benefits are now all associated with AWS04718263, and you can keep signing in with daniel.okafor@gmail.com. The other account (AWS09152740) has been deactivated.

Best regards,
Marisol G.
AWS Training and Certification Customer Support"""
    url = f"https://amazonmr.au1.qualtrics.com/jfe/form/SV_bDu8W2kL0oP7mQe?CaseNumber={c}"
    new = f"""Hello Daniel,

Case {c} is now closed. We hope everything is in order.

Could you spare a minute to rate the help you received? Your answers go straight to the team that reviews our service.

{url}

AWS Training and Certification Customer Support"""
    plain = new + f"""

________________________________
From: Amazon Web Services <{TC_ADDR}>
Sent: {edate(done_dt, UTC)}
To: Daniel Okafor <daniel.okafor@gmail.com>
Subject: {tc_subject(c)}

{prev}
"""
    body = paras(new.replace(url + "\n\n", "")) .replace("<p style=\"margin:0 0 14px 0;\">AWS Training", btn("Rate your experience", url, "#0073bb") + "<p style=\"margin:0 0 14px 0;\">AWS Training")
    quoted = '<div style="padding:0 20px;">' + outlook_quote_html(f"Amazon Web Services <{TC_ADDR}>", edate(done_dt, UTC), "Daniel Okafor <daniel.okafor@gmail.com>", tc_subject(c), paras(prev)) + '</div>'
    html = tc_html(body, quoted_html=quoted, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "survey", c, [], True, "en")

def m34():
    f = "034-ja-form-closed-survey-parts-differ.eml"; p = MS; c = CASE["MS"]; dt = at("MS", days=5, hours=0, minutes=40)
    s = tc_sender(dt)
    subj = enc_subject(f"お問い合わせ {c} 対応終了のお知らせ／アンケートのお願い", "utf-8")
    url = f"https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xQw8LkR2vN5tYh?Q_Language=JA&CaseNumber={c}"
    plain = f"""お問い合わせ {c} は対応終了となりました。
アンケート: {url}
"""
    body = f"""<p>佐藤 美咲 様</p>
<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>お問い合わせ番号 <b>{c}</b> は「解決済み」としてクローズいたしました。追加のご質問がございましたら、14 日以内に本メールへご返信いただくことでお問い合わせを再開できます。</p>
<table role="presentation" width="100%" style="border:1px solid #d5dbdb;border-collapse:collapse;margin:16px 0;">
<tr><td style="background:#f2f3f3;padding:10px 14px;font-weight:bold;">サポートはいかがでしたか？</td></tr>
<tr><td style="padding:14px;">
<p style="margin:0 0 10px 0;">5 段階で評価してください（5 = 大変満足）。</p>
{''.join(f'<a href="{url}&amp;score={i}" style="display:inline-block;width:34px;line-height:34px;text-align:center;margin-right:6px;background:#ff9900;color:#fff;text-decoration:none;font-weight:bold;">{i}</a>' for i in range(1, 6))}
</td></tr></table>
<p>AWS トレーニングと認定 カスタマーサポート</p>"""
    html = tc_html(body, lang="ja", ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=ALT(P("plain", plain, cte="base64"), P("html", html, cte="base64")), prov=p.headers(s, dt))
    label(f, "survey", c, [], True, "ja")

CREDLY_ISSUER = "Amazon Web Services Training and Certification"
CREDLY_FROM = f'"{CREDLY_ISSUER} via Credly" <admin@credly.com>'

def m35():
    f = "035-credly-accept-your-badge.eml"; p = DO; dt = at("DO", days=4, hours=6, minutes=18)
    s = credly_sender(CREDLY_FROM, dt, p.addr)
    badge = "AWS Certified Solutions Architect – Associate"
    url = credly_url()
    subj = enc_subject(f"Daniel, you've earned the {badge} badge!", "utf-8", 70)
    intro = f"{CREDLY_ISSUER} has issued you a new digital badge. Accept it to add it to your Credly profile and share your achievement."
    extra = ('<p style="font-size:13px;color:#6b6b6b;margin:22px 0 0 0;">Why accept? Badges are verifiable, portable and can be shared on LinkedIn, in your e-mail signature or on your resume.</p>'
             f'<p style="font-size:11px;color:#9a9a9a;margin:10px 0 0 0;">Badge ID: {rh(8)}-{rh(4)}-{rh(4)}-{rh(4)}-{rh(12)}</p>')
    html = credly_html("Congratulations, Daniel!", esc(intro), badge, "Issued by " + CREDLY_ISSUER, "Accept your badge", url, extra, recipient=p.addr)
    plain = f"""Congratulations, Daniel!

{intro}

{badge}
Issued by {CREDLY_ISSUER}

Accept your badge: {url}

Why accept? Badges are verifiable, portable and can be shared on LinkedIn, in your e-mail signature or on your resume.

This email was sent to {p.addr}.
Notification settings: https://www.credly.com/notification_settings
© 2025 Credly, Inc. All rights reserved.
"""
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt, pol="REJECT"))
    label(f, "credly_badge_issued", None, [], True, "en")

def m36():
    f = "036-credly-badges-transferred-after-merge.eml"; p = PR; dt = at("PR", days=3, hours=15, minutes=2)
    s = credly_sender(CREDLY_FROM, dt, p.addr)
    url = "https://www.credly.com/earner/earned?utm_source=badge_transfer&utm_medium=email"
    subj = f"Your badges from {CREDLY_ISSUER} have been transferred to you"
    intro = ("Following an update to your AWS Certification record, the badges below were moved to "
             f"<b>{p.addr}</b>. Accept them to display them on your profile again.")
    extra = ('<table role="presentation" width="100%" style="margin:20px 0 0 0;text-align:left;font-size:14px;border-top:1px solid #eee;">'
             '<tr><td style="padding:10px 0;border-bottom:1px solid #eee;">AWS Certified Cloud Practitioner</td><td style="padding:10px 0;border-bottom:1px solid #eee;text-align:right;color:#1d8102;">Transferred</td></tr>'
             '<tr><td style="padding:10px 0;border-bottom:1px solid #eee;">AWS Certified Developer – Associate</td><td style="padding:10px 0;border-bottom:1px solid #eee;text-align:right;color:#1d8102;">Transferred</td></tr></table>')
    html = credly_html("2 badges are waiting for you", intro, "AWS Certified Cloud Practitioner", "Issued by " + CREDLY_ISSUER, "Accept badges", url, extra, recipient=p.addr)
    plain = f"""2 badges are waiting for you

Following an update to your AWS Certification record, the badges below were moved to {p.addr}. Accept them to display them on your profile again.

- AWS Certified Cloud Practitioner (transferred)
- AWS Certified Developer – Associate (transferred)

Accept badges: {url}

This email was sent to {p.addr}.
© 2025 Credly, Inc. All rights reserved.
"""
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "credly_badge_issued", None, [], True, "en")

def m37():
    f = "037-credly-plaintext-badge-ready.eml"; p = LB; dt = at("LB", days=4, hours=2, minutes=44)
    s = credly_sender(CREDLY_FROM, dt, p.addr)
    url = credly_url()
    subj = f"{CREDLY_ISSUER} sent you a badge"
    plain = f"""Hi Lukas,

{CREDLY_ISSUER} has issued you a badge:

    AWS Certified DevOps Engineer - Professional

Claim it here so it shows up on your Credly profile:
{url}

After accepting, you can share the badge on LinkedIn or download a PDF certificate.

--
Credly
Manage notifications: https://www.credly.com/notification_settings
Privacy policy: https://www.credly.com/privacy
"""
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=P("plain", plain, "us-ascii", "7bit"), prov=p.headers(s, dt, pol="REJECT"))
    label(f, "credly_badge_issued", None, [], True, "en")

def m38():
    f = "038-ja-credly-badge-hakkou.eml"; p = KT; dt = at("KT", days=3, hours=8, minutes=15)
    s = credly_sender(CREDLY_FROM, dt, p.addr)
    badge = "AWS Certified SysOps Administrator – Associate"
    url = credly_url()
    subj = enc_subject(f"{CREDLY_ISSUER} からバッジが発行されました", "utf-8")
    intro = f"{CREDLY_ISSUER} から新しいデジタルバッジが発行されました。バッジを受け取ると、Credly のプロフィールに表示され、SNS などで共有できるようになります。"
    html = credly_html("おめでとうございます、田中 健一 さん", esc(intro), badge, CREDLY_ISSUER + " 発行", "バッジを受け取る", url,
                       '<p style="font-size:13px;color:#6b6b6b;margin:20px 0 0 0;">バッジは検証可能なデジタル証明として、LinkedIn や履歴書に掲載できます。</p>', lang="ja", recipient=p.addr)
    plain = f"""おめでとうございます、田中 健一 さん

{intro}

{badge}
{CREDLY_ISSUER} 発行

バッジを受け取る: {url}

このメールは {p.addr} 宛てに送信されています。
© 2025 Credly, Inc. All rights reserved.
"""
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain, cte="base64"), P("html", html, cte="base64")), prov=p.headers(s, dt))
    label(f, "credly_badge_issued", None, [], True, "ja")

def m39():
    f = "039-phish-credly-lookalike-claim-badge.eml"; p = SM; dt = at("SM", days=5, hours=1, minutes=10)
    dom = "credly-notifications.com"
    s = generic_sender('"Credly Badges" <badges@' + dom + '>', dom, dt, "45.153.160.19", "mx-out2." + dom,
                       f"bounce@{dom}", [(dom, "k1")], f"<{rh(24)}@{dom}>")
    url = f"https://{dom}/claim?badge={rh(10)}&user=sofia.martins"
    html = credly_html("You've been awarded a new badge", "Amazon Web Services Training and Certification has issued you a badge. <b>Claim it within 48 hours</b> or it will be returned to the issuer.",
                       "AWS Certified Security – Specialty", "Issued by Amazon Web Services Training and Certification", "Claim your badge", url,
                       '<p style="font-size:12px;color:#6b6b6b;margin:18px 0 0 0;">To claim, sign in with your AWS Certification (CertMetrics) username and password.</p>', recipient=p.addr)
    html = html.replace("https://images.credly.com/assets/credly-logo-email.png", f"https://{dom}/assets/logo.png")
    assemble(f, sender=s, to=p.addr, subject="You've been awarded: AWS Certified Security – Specialty", date=dt,
             body=P("html", html), prov=p.headers(s, dt, pol="NONE"))
    label(f, "credly_badge_issued", None, [], False, "en")

def m40():
    f = "040-credly-three-badges-ready-html-only.eml"; p = TW; dt = T("2025-11-07 19:04:33")
    s = credly_sender(CREDLY_FROM, dt, p.addr)
    url = "https://www.credly.com/earner/earned/pending"
    badges = ["AWS Certified Solutions Architect – Professional", "AWS Certified Advanced Networking – Specialty", "AWS Certified Cloud Practitioner"]
    rows = "".join(f'<tr><td style="padding:8px 0;border-bottom:1px solid #eee;text-align:left;">{esc(b)}</td><td style="padding:8px 0;border-bottom:1px solid #eee;text-align:right;font-size:12px;color:#6b6b6b;">Ready to accept</td></tr>' for b in badges)
    html = credly_html("You have 3 new badges", f"{CREDLY_ISSUER} issued badges to your account ({p.addr}). They now sit in one place &mdash; accept them to make them visible.",
                       badges[0], "Issued by " + CREDLY_ISSUER, "Review and accept", url,
                       f'<table role="presentation" width="100%" style="margin:20px 0 0 0;font-size:14px;">{rows}</table>', recipient=p.addr)
    subj = enc_subject("You have 3 new badges from Amazon Web Services Training and Certification", "utf-8", 64)
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=P("html", html, cte="base64"), prov=p.headers(s, dt))
    label(f, "credly_badge_issued", None, [], None, "en")

def m41():
    f = "041-ja-credly-uketori-junbi.eml"; p = YY; dt = at("YY", days=4, hours=5, minutes=30)
    s = credly_sender(CREDLY_FROM, dt, p.addr)
    url = credly_url()
    subj = enc_subject("バッジを受け取る準備ができました – AWS Certified Machine Learning Engineer – Associate", "utf-8", 70)
    intro = "アカウントの統合に伴い、以前のメールアドレスで発行されていたバッジがこのアドレスに再発行されました。下のボタンから受け取り手続きを行ってください。"
    html = credly_html("バッジを受け取る準備ができました", esc(intro), "AWS Certified Machine Learning Engineer – Associate", CREDLY_ISSUER + " 発行",
                       "バッジを受け取る", url, "", lang="ja", recipient=p.addr)
    plain = f"""バッジを受け取る準備ができました

{intro}

AWS Certified Machine Learning Engineer – Associate
{CREDLY_ISSUER} 発行

受け取る: {url}
"""
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "credly_badge_issued", None, [], True, "ja")

def m42():
    f = "042-form-which-account-to-keep.eml"; p = JW; c = CASE["JW"]; dt = T("2025-12-09 17:12:40")
    s = tc_sender(dt)
    sub = f"""Name: Jenna Wu
Email: jenna.wu@proton.me
Inquiry Type: Certification
Inquiry Detail: Account Merge
AWS Candidate ID: AWS15209934
Description: I seem to have two certification profiles, one with my old university e-mail. I would like a single profile with all my certs. The other ID is AWS07316642."""
    new = """Hello Jenna,

Thank you for reaching out to AWS Training and Certification.

I can see both profiles you mentioned, AWS07316642 and AWS15209934. Before anything can be changed, I need a little more from you:

1. Which of the two candidate IDs would you like to keep as your main profile?
2. Which e-mail address should receive notifications going forward?

Once I have your answers I'll prepare the next step and summarise it for you.

Kind regards,
Hannah L.
AWS Training and Certification Customer Support"""
    plain = new + "\n\n" + tc_plain_rating(c) + f"""

--------------- Original Message ---------------
From: Jenna Wu [jenna.wu@proton.me]
Sent: 12/08/2025 2:30 PM
To: {TC_ADDR}
Subject: [AWS Training and Certification Form Submission] - account-assistance

{sub}
"""
    body = paras(new).replace("1. Which", "<b>1.</b> Which").replace("2. Which", "<b>2.</b> Which")
    quoted = bq_quote_html(["From: Jenna Wu [jenna.wu@proton.me]", "Sent: 12/08/2025 2:30 PM", f"To: {TC_ADDR}",
                            "Subject: [AWS Training and Certification Form Submission] - account-assistance"], "<br>\n".join(esc(l) for l in sub.split("\n")))
    html = tc_html(body, rating_case=c, quoted_html=quoted, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "support_reply", c, ["AWS07316642", "AWS15209934"], True, "en")

def m43():
    f = "043-console-need-login-emails-noauth.eml"; p = TW; c = CASE["TW"]; dt = T("2025-11-04 21:37:05")
    s = console_sender(dt)
    subj = f"RE:[CASE {c}] Two certification profiles - need them combined"
    text = """Hello Tom,

Thank you for your patience. To locate the correct records, I need a few more details from you:

* The e-mail address you use to sign in to each profile (AWS 05190378 and AWS-08263914)
* The notification e-mail address set on each of them, if different
* Your full legal name exactly as it appears on your exam appointments

Please add this information to the case in the Support Center. For your security, do not send passwords or ID documents.

Best regards,
Siddharth M.
Amazon Web Services"""
    plain = text + "\n\n" + aws_plain_footer(rating_case=c) + "\n"
    content = (f'<p style="color:#545b64;font-size:12px;margin:0 0 12px 0;">Case {c}</p>'
               + paras(text.split("\n\n* ")[0] if False else "Hello Tom,\n\nThank you for your patience. To locate the correct records, I need a few more details from you:")
               + '<ul style="margin:0 0 14px 0;padding-left:20px;"><li>The e-mail address you use to sign in to each profile (AWS 05190378 and AWS-08263914)</li>'
                 '<li>The notification e-mail address set on each of them, if different</li><li>Your full legal name exactly as it appears on your exam appointments</li></ul>'
               + paras("Please add this information to the case in the Support Center. For your security, do not send passwords or ID documents.\n\nBest regards,\nSiddharth M.\nAmazon Web Services")
               + btn("Add information to case", case_url(c)))
    html = aws_shell(content, rating=stars_block(c))
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "support_reply", c, ["AWS05190378", "AWS08263914"], None, "en")

def m44():
    f = "044-form-thanks-for-confirming-will-proceed.eml"; p = DO; c = CASE["DO"]; dt = at("DO", days=1, hours=14, minutes=22)
    s = tc_sender(dt)
    conf_dt = at("DO", days=1, hours=3, minutes=12); user_dt = at("DO", days=1, hours=11, minutes=40)
    user = "The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel"
    new = """Hello Daniel,

Thank you for confirming. I have passed your request to the team that handles certification records, and they will now carry out the merge as described in my previous message.

You don't need to do anything else at this point. I'll write to you again as soon as the work is done; this usually takes one to three business days.

Best regards,
Marisol G.
AWS Training and Certification Customer Support"""
    gattr = f"On {edate(conf_dt, PT)} Amazon Web Services <{TC_ADDR}> wrote:"
    plain = new + "\n\n" + tc_plain_rating(c) + f"""

On {edate(user_dt, UTC)}, Daniel Okafor <daniel.okafor@gmail.com> wrote:
{qlines(user)}
>
> {gattr}
{qlines(qlines(do_conf_text()))}
"""
    inner = '<div dir="ltr">' + paras(user) + '</div><br>' + gmail_quote_html(gattr, paras(do_conf_text()) + gmail_quote_html(
        f"On {edate(T0['DO'], PT)} Daniel Okafor <daniel.okafor@gmail.com> wrote:", "<br>".join(esc(l) for l in do_submission().split("\n"))))
    quoted = bq_quote_html([f"On {edate(user_dt, UTC)}, Daniel Okafor <daniel.okafor@gmail.com> wrote:"], inner)
    html = tc_html(paras(new), rating_case=c, quoted_html=quoted, ref=tc_ref())
    gm_id = f"<CAH{rb64(30).replace('+','').replace('/','')[:34]}@mail.gmail.com>"
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt),
             in_reply_to=gm_id, references=gm_id)
    label(f, "support_reply", c, [], True, "en")

def m45():
    f = "045-form-once-complete-voucher-question.eml"; p = PR; c = CASE["PR"]; dt = at("PR", days=1, hours=22, minutes=15)
    s = tc_sender(dt)
    text = """Hello Priya,

Thanks for your question about the exam discount.

Once the merge is complete, the 50% discount voucher you earned on your older profile will show up under Benefits on AWS11873204, together with your certification history. You won't lose it, and its original expiry date will be kept.

Your Credly badges will follow a little later: after the records are combined, Credly re-issues them to the e-mail address of the surviving profile and sends you an invitation to accept them.

I'll update you on this case as soon as the work has gone through.

Warm regards,
Diego F.
AWS Training and Certification Customer Support"""
    body = paras(text).replace("Once the merge is complete,", "<b>Once the merge is complete,</b>")
    html = tc_html(body, rating_case=c, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", text + "\n\n" + tc_plain_rating(c) + "\n"), P("html", html, cte="base64")), prov=p.headers(s, dt))
    label(f, "support_reply", c, ["AWS11873204"], True, "en")

def m46():
    f = "046-ja-form-kakunin-arigatou-susumemasu.eml"; p = KT; c = CASE["KT"]; dt = at("KT", days=1, hours=14, minutes=8)
    s = tc_sender(dt)
    user_dt = at("KT", days=1, hours=10, minutes=2)
    user = "鈴木様\n\nご連絡ありがとうございます。\n記載の内容で問題ありません。統合をお願いいたします。\n\n田中"
    text = f"""田中 健一 様

AWS トレーニングと認定 カスタマーサポートの鈴木です。

ご確認いただき、ありがとうございます。
いただいたご回答をもとに、AWS08814472 への統合作業を担当部署にて進めてまいります。

作業が完了しましたら、改めて本メールアドレス宛てにご連絡いたします。通常 1～3 営業日ほどお時間をいただいております。

今しばらくお待ちくださいますようお願い申し上げます。

鈴木
AWS トレーニングと認定 カスタマーサポート

{tc_ref()}

-----Original Message-----
From: 田中 健一 <k-tanaka@nifty.com>
Sent: {jdate(user_dt, False)}
To: {TC_ADDR}
Subject: Re: {tc_subject(c)}

{user}

-----Original Message-----
From: Amazon Web Services <{TC_ADDR}>
Sent: {jdate(at('KT', days=1, hours=1, minutes=37), False)}
To: 田中 健一 <k-tanaka@nifty.com>
Subject: {tc_subject(c)}

{kt_conf_text()}
"""
    mid = f"<{rh(8)}-{rh(4)}-{rh(4)}@nifty.com>"
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=P("plain", text.replace("1～3", "1〜3"), "iso-2022-jp", "7bit", "ISO-2022-JP"), prov=p.headers(s, dt),
             in_reply_to=mid, references=mid)
    label(f, "support_reply", c, ["AWS08814472"], True, "ja")

def m47():
    f = "047-ja-form-dochira-wo-nokosu-mislabeled.eml"; p = YY; c = CASE["YY"]; dt = at("YY", days=1, hours=2, minutes=51)
    s = tc_sender(dt)
    subj = enc_subject(f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", "utf-8")
    body = """<p>山本 結衣 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの小野と申します。お問い合わせいただきありがとうございます。</p>
<p>お客様のお名前で、次の 2 つの認定アカウントが登録されていることを確認いたしました。</p>
<ul><li>AWS12045590（yui.yamamoto@biglobe.ne.jp）</li><li>AWS09981043（y.yamamoto@aozora-univ.ac.jp）</li></ul>
<p>お手続きを進めるにあたり、以下の点をお知らせいただけますでしょうか。</p>
<ol><li>今後ご利用になるアカウント（残すアカウント）はどちらでしょうか。</li>
<li>もう一方のアカウントのメールアドレスは、現在も受信可能でしょうか。</li></ol>
<p>ご返信をいただいた後、手続き内容をまとめて改めてご案内いたします。</p>
<p>よろしくお願いいたします。<br>小野<br>AWS トレーニングと認定 カスタマーサポート</p>"""
    html = tc_html(body, lang="ja", rating_case=c, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("html", html, "utf-8", "quoted-printable", "Shift_JIS"), prov=p.headers(s, dt))
    label(f, "support_reply", c, ["AWS12045590", "AWS09981043"], True, "ja")

def m48():
    f = "048-console-new-correspondence-notice.eml"; p = LB; c = CASE["LB"]; dt = at("LB", days=2, hours=1, minutes=30)
    s = console_sender(dt)
    subj = f"[Case {c}] New correspondence added"
    plain = f"""Hello,

A new correspondence has been added to case {c} ("Merge duplicate certification accounts").

For security reasons, the content of the correspondence is not included in this e-mail. To read it and respond, sign in to the AWS Support Center:
{case_url(c)}

{aws_plain_footer()}
"""
    content = ('<h1 style="font-size:20px;font-weight:normal;margin:0 0 14px 0;">New correspondence added</h1>'
               f'<p>Hello,</p><p>A new correspondence has been added to case <b>{c}</b> (&ldquo;Merge duplicate certification accounts&rdquo;).</p>'
               '<p>For security reasons, the content of the correspondence is not included in this e-mail. To read it and respond, sign in to the AWS Support Center.</p>'
               + btn("Open case", case_url(c)) + f'<p style="font-size:12px;color:#545b64;">{NOREPLY_EN}</p>')
    html = aws_shell(content)
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain, "us-ascii", "7bit"), P("html", html)), prov=p.headers(s, dt))
    label(f, "support_reply", c, [], True, "en")

def m49():
    f = "049-ja-console-sonogo-ikaga-sjis.eml"; p = AK; c = CASE["AK"]; dt = at("AK", days=5, hours=2, minutes=10)
    s = console_sender(dt)
    subj = enc_subject(f"RE:[CASE {c}] 認定アカウントが重複している", "shift_jis", 60)
    text = f"""伊藤 様

AWS サポートの森です。

先日ご案内いたしました AWS07420069 と AWS11158834 の統合の件につきまして、その後いかがでしょうか。
前回のメッセージでお願いしておりました「残すアカウント」のご指定をまだ確認できておりません。

引き続きサポートが必要な場合は、サポートセンターからご返信ください。
3 日以内にご返信がない場合、本ケースは解決済みとして自動的にクローズされますのでご了承ください。

森
Amazon Web Services

{aws_plain_footer('ja', rating_case=c)}
"""
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=P("plain", text, "shift_jis", "base64", "Shift_JIS"), prov=p.headers(s, dt))
    label(f, "support_reply", c, ["AWS07420069", "AWS11158834"], None, "ja")

def m50():
    f = "050-console-in-progress-status-tracker.eml"; p = RG; c = CASE["RG"]; dt = at("RG", days=3, hours=0, minutes=31)
    s = console_sender(dt)
    subj = f"RE:[CASE {c}] Certification accounts - consolidation"
    plain = f"""Hello Rafael,

Thanks for confirming. I've handed the request for AWS09034418 / AWS02251867 to our certification operations team and it is now in their queue.

I'm keeping this case open and will update you as soon as I hear back from them.

Best regards,
Kateryna P.
Amazon Web Services

{aws_plain_footer(rating_case=c)}
"""
    steps = [("Request received", "&#10004;", "#1d8102"), ("Confirmed by you", "&#10004;", "#1d8102"),
             ("With certification operations", "&#9679;", "#ec7211"), ("Completed", "&#9675;", "#aab7b8")]
    st = "".join(f'<td align="center" style="padding:8px 6px;font-size:12px;color:#16191f;width:25%;"><span style="font-size:20px;color:{col};">{ic}</span><br>{lbl}</td>' for lbl, ic, col in steps)
    content = (f'<p style="color:#545b64;font-size:12px;margin:0 0 12px 0;">Case {c} &middot; Correspondence from Amazon Web Services</p>'
               '<p>Hello Rafael,</p><p>Thanks for confirming. I\'ve handed the request for <b>AWS09034418</b> / <b>AWS02251867</b> to our certification operations team and it is now in their queue.</p>'
               f'<table role="presentation" width="100%" style="border:1px solid #eaeded;margin:10px 0 16px 0;"><tr>{st}</tr></table>'
               '<p>Nothing is needed from you right now. Operations teams typically finish this kind of request within 2&ndash;3 business days; I\'m keeping this case open and will update you as soon as I hear back from them.</p>'
               '<p>Best regards,<br>Kateryna P.<br>Amazon Web Services</p>')
    html = aws_shell(content, rating=stars_block(c), preheader="Your request is in progress")
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain), P("html", html)), prov=p.headers(s, dt))
    label(f, "support_reply", c, ["AWS09034418", "AWS02251867"], True, "en")

def m51():
    f = "051-form-need-reason-and-logins-lowercase-ids.eml"; p = SM; c = CASE["SM"]; dt = at("SM", days=1, hours=0, minutes=47)
    s = tc_sender(dt)
    text = f"""Hello Sofia,

Thanks for getting in touch, and apologies that your earlier request ({SM_OLD}) went unanswered - it was submitted without a notification address, so our reply could not be delivered. I've closed that one and will handle everything here.

I found the two profiles you listed, aws03871925 and aws12690407. To move forward, please reply with:

- the sign-in e-mail for each profile;
- a short explanation of why you have two profiles (for example, one created by an employer);
- which profile you would prefer to keep.

Regards,
Tomás B.
AWS Training and Certification Customer Support"""
    body = paras(text.split("\n\n- ")[0]) + '<ul style="margin:0 0 14px 0;"><li>the sign-in e-mail for each profile;</li><li>a short explanation of why you have two profiles (for example, one created by an employer);</li><li>which profile you would prefer to keep.</li></ul>' + paras("Regards,\nTomás B.\nAWS Training and Certification Customer Support")
    html = tc_html(body, rating_case=c, ref=tc_ref())
    assemble(f, sender=s, to=p.to, subject=tc_subject(c), date=dt, body=ALT(P("plain", text + "\n\n" + tc_plain_rating(c) + "\n"), P("html", html)), prov=p.headers(s, dt))
    label(f, "support_reply", c, ["AWS03871925", "AWS12690407"], True, "en")

def m52():
    f = "052-github-pr-merged-notification.eml"; p = RG; dt = T("2025-05-06 15:22:48")
    repo = "rgomez/aws-cert-tracker"
    mid = f"<{repo}/pull/57/c{R.randint(2800000000, 2900000000)}@github.com>"
    s = generic_sender('"Mei Tanaka" <notifications@github.com>', "github.com", dt, "192.30.252.208", "out-25.smtp.github.com",
                       f"noreply@github.com", [("github.com", "pf2023")], mid,
                       extra=[("X-GitHub-Sender", "meitanaka"), ("X-GitHub-Recipient", "rgomez"), ("X-GitHub-Reason", "author"),
                              ("List-ID", f"{repo} <aws-cert-tracker.rgomez.github.com>"),
                              ("List-Archive", f"https://github.com/{repo}"),
                              ("List-Unsubscribe", f"<mailto:unsub+{rh(40)}@reply.github.com>"),
                              ("X-Auto-Response-Suppress", "All")])
    s.tz = UTC
    subj = f"Re: [{repo}] Merge duplicate candidate records before sync (PR #57)"
    plain = f"""Merged #57 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/{repo}/pull/57#event-{R.randint(17000000000, 17999999999)}
You are receiving this because you authored the thread.

Message ID: {mid[1:-1]}
"""
    html = f"""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/{repo}/pull/57">#57</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/{repo}/pull/57#event-{R.randint(17000000000, 17999999999)}">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/{rh(26).upper()}">unsubscribe</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/{rh(40).upper()}.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;{esc(mid[1:-1])}&gt;</span></span></p>
<script type="application/ld+json">[
{{
"@context": "http://schema.org",
"@type": "EmailMessage",
"potentialAction": {{
"@type": "ViewAction",
"target": "https://github.com/{repo}/pull/57#event-1",
"url": "https://github.com/{repo}/pull/57#event-1",
"name": "View Pull Request"
}},
"description": "View this Pull Request on GitHub",
"publisher": {{
"@type": "Organization",
"name": "GitHub",
"url": "https://github.com"
}}
}}
]</script>"""
    ref = f"<{repo}/pull/57@github.com>"
    assemble(f, sender=s, to=f"{repo} <aws-cert-tracker@noreply.github.com>", subject=subj, date=dt,
             body=ALT(P("plain", plain, "UTF-8", "7bit", "UTF-8"), P("html", html, "UTF-8", "7bit", "UTF-8")), prov=p.headers(s, dt, pol="REJECT"),
             in_reply_to=ref, references=ref, extra_msg=[("Cc", f"Rafael Gomez <{p.addr}>, Author <author@noreply.github.com>")])
    label(f, "unrelated", None, [], False, "en")

def m53():
    f = "053-seller-central-asin-detail-pages-merged.eml"; p = PR; dt = T("2025-10-14 18:03:27")
    c = "6120934475"
    s = ses_sender('"Amazon Seller Support" <seller-notification@amazon.com>', "amazon.com", dt, region="0101")
    subj = f"RE:[CASE {c}] Duplicate detail pages for handmade ceramic mugs"
    text = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the detail pages you reported. The duplicate listings B0CX7M2KQ4 and B0CX7N9TL1 have been merged into a single detail page under ASIN B0CX7M2KQ4. Your offer, reviews and sales rank now appear on that page; it may take up to 24 hours for search results to update.

To review the change, go to Inventory > Manage All Inventory in Seller Central.

Was this email helpful? Tell us: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={c}#survey

We hope this information was helpful.

Thank you for selling on Amazon,
Meera S.
Amazon Selling Partner Support
https://sellercentral.amazon.com"""
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#111;">'
            '<div style="border-bottom:3px solid #ff9900;padding:8px 0;"><img src="https://m.media-amazon.com/images/G/01/sc/sc-logo.png" alt="amazon seller central" height="28"></div>'
            + paras(text).replace("Was this email helpful? Tell us:", "Was this email helpful?")
            + '</body></html>')
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=ALT(P("plain", text + "\n", "us-ascii", "7bit"), P("html", html)), prov=p.headers(s, dt))
    label(f, "unrelated", c, [], True, "en")

def m54():
    f = "054-console-billing-case-reply.eml"; p = LB; c = LB_BILL; dt = LB_BILL_T + dtm.timedelta(hours=19, minutes=5)
    s = console_sender(dt)
    subj = f"RE:[CASE {c}] Unexpected NAT Gateway charges in eu-central-1"
    text = """Hello Lukas,

Thank you for contacting AWS Billing and Cost Management.

I reviewed your September usage. The NAT Gateway data-processing charges come from two NAT Gateways in eu-central-1 (nat-0a41c9e2b7d58f013 and nat-07f3e5b21c9a0d64e) that were created on September 3 and are still running. About 1.8 TB of traffic from your private subnets to Amazon S3 passed through them.

To reduce these costs, you can add a gateway VPC endpoint for S3, which keeps that traffic off the NAT Gateways and is free of data-processing charges. If you no longer need the gateways, delete them from the VPC console.

As the charges reflect actual usage, I'm unable to offer a refund in this case.

Best regards,
Oliver K.
Amazon Web Services"""
    content = (f'<p style="color:#545b64;font-size:12px;margin:0 0 12px 0;">Case {c} &middot; Account and billing</p>' + paras(text))
    html = aws_shell(content, rating=stars_block(c))
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", text + "\n\n" + aws_plain_footer(rating_case=c) + "\n"), P("html", html)), prov=p.headers(s, dt))
    label(f, "unrelated", c, [], True, "en")

def m55():
    f = "055-ja-console-ec2-quota-case-opened.eml"; p = MS; c = MS_EC2; dt = MS_EC2_T + dtm.timedelta(seconds=8)
    s = console_sender(dt)
    subj = enc_subject(f"Amazon Web Services: 新しいサポートケースが作成されました: {c}", "utf-8")
    plain = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {c} を作成しました。

ケース ID: {c}
件名: サービスクォータの引き上げ: EC2 オンデマンドインスタンス（G および VT）
重要度: 通常
リージョン: アジアパシフィック (東京)
要求値: 64 vCPU

担当者より追ってご連絡いたします。
{case_url(c, 'ja')}

Amazon Web Services

{aws_plain_footer('ja')}
"""
    content = (f'<h1 style="font-size:20px;font-weight:normal;margin:0 0 16px 0;">サポートケースが作成されました</h1>'
               f'<p>お客様</p><p>Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース <b>{c}</b> を作成しました。</p>'
               + kv_table([("ケース ID", c), ("件名", "サービスクォータの引き上げ: EC2 オンデマンドインスタンス（G および VT）"), ("重要度", "通常"),
                           ("リージョン", "アジアパシフィック (東京)"), ("要求値", "64 vCPU")])
               + btn("サポートセンターでケースを表示", case_url(c, "ja")) + f'<p style="font-size:12px;color:#545b64;">{NOREPLY_JA}</p>')
    html = aws_shell(content, lang="ja")
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=ALT(P("plain", plain, cte="base64"), P("html", html, cte="base64")), prov=p.headers(s, dt))
    label(f, "unrelated", c, [], True, "ja")

def m56():
    f = "056-certmetrics-wants-to-hear-from-you.eml"; p = DO; dt = T("2025-07-02 16:40:19")
    s = generic_sender('"AWS Certification" <do-not-reply@certmetrics.com>', "certmetrics.com", dt, "54.240.27.31", "a27-31.smtp-out.amazonses.com",
                       f"0100{int(dt.timestamp()*1000):012x}-{rh(8)}-{rh(4)}-{rh(4)}-{rh(4)}-{rh(12)}-000000@amazonses.com",
                       [("certmetrics.com", ralnum(32, "abcdefghijklmnopqrstuvwxyz234567")), ("amazonses.com", ralnum(32, "abcdefghijklmnopqrstuvwxyz234567"))],
                       ses_msgid(dt))
    s.tz = UTC
    url = f"https://www.certmetrics.com/amazon/survey/{rh(32)}"
    plain = f"""AWS Certification wants to hear from you

Hello Daniel Okafor,

Candidate ID: AWS04718263

You recently took an AWS Certification exam. Please take five minutes to tell us about your exam experience, from scheduling through to receiving your results.

Start the survey: {url}

Thank you,
AWS Training and Certification

This is an automated message; replies to this address are not monitored.
"""
    html = f"""<html><body style="margin:0;background:#ffffff;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:18px 30px;color:#ffffff;font-size:20px;">AWS Certification</td></tr>
<tr><td style="padding:26px 30px;font-size:14px;color:#16191f;line-height:1.5;">
<h2 style="font-weight:normal;margin-top:0;">AWS Certification wants to hear from you</h2>
<p>Hello Daniel Okafor,</p>
<p style="color:#545b64;">Candidate ID: AWS04718263</p>
<p>You recently took an AWS Certification exam. Please take five minutes to tell us about your exam experience, from scheduling through to receiving your results.</p>
<p><a href="{url}" style="display:inline-block;background:#ff9900;color:#16191f;padding:10px 22px;text-decoration:none;font-weight:bold;">Start the survey</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078;">This is an automated message; replies to this address are not monitored.</p>
</td></tr></table></body></html>"""
    assemble(f, sender=s, to=p.addr, subject="AWS Certification wants to hear from you", date=dt, body=ALT(P("plain", plain, "us-ascii", "7bit"), P("html", html)), prov=p.headers(s, dt, pol="NONE"))
    label(f, "unrelated", None, ["AWS04718263"], False, "en")

def m57():
    f = "057-credly-badge-expiring-reminder.eml"; p = PR; dt = T("2026-01-19 15:00:41")
    s = credly_sender(CREDLY_FROM, dt, p.addr)
    badge = "AWS Certified Cloud Practitioner"
    url = "https://aws.amazon.com/certification/recertification/"
    subj = f"Your {badge} badge expires in 30 days"
    intro = f"Your <b>{badge}</b> badge from {CREDLY_ISSUER} will expire on February 18, 2026. Recertify before then to keep your badge active and verifiable."
    html = credly_html("Your badge is expiring soon", intro, badge, "Issued by " + CREDLY_ISSUER, "See recertification options", url, "", recipient=p.addr)
    plain = f"""Your badge is expiring soon

Your {badge} badge from {CREDLY_ISSUER} will expire on February 18, 2026. Recertify before then to keep your badge active and verifiable.

See recertification options: {url}

This email was sent to {p.addr}.
"""
    assemble(f, sender=s, to=p.addr, subject=subj, date=dt, body=ALT(P("plain", plain, "us-ascii", "7bit"), P("html", html)), prov=p.headers(s, dt))
    label(f, "unrelated", None, [], True, "en")

def m58():
    f = "058-credly-own-account-merge-code.eml"; p = SM; dt = at("SM", days=7, hours=4, minutes=12)
    s = credly_sender('"Credly" <admin@credly.com>', dt, p.addr)
    code = f"{R.randint(100000, 999999)}"
    url = f"https://www.credly.com/users/account_merge/confirm?token={rh(40)}"
    html = f"""<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f5f7;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;">
<table role="presentation" width="100%"><tr><td align="center" style="padding:28px 10px;">
<table role="presentation" width="540" style="background:#ffffff;border-radius:6px;">
<tr><td style="padding:22px 32px;border-bottom:1px solid #e6e6e6;"><img src="https://images.credly.com/assets/credly-logo-email.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;color:#2d2d2d;line-height:1.5;">
<h1 style="font-size:21px;font-weight:600;margin:0 0 14px 0;">Confirm your account merge</h1>
<p>Someone (hopefully you) asked to merge the Credly account for <b>sofia.m@lisbon-datahub.pt</b> into this one. Enter the code below on the merge screen, or use the button.</p>
<p style="font-size:30px;letter-spacing:8px;font-weight:700;text-align:center;margin:22px 0;">{code}</p>
<p style="text-align:center;"><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:600;">Complete Account Merge</a></p>
<p style="font-size:13px;color:#6b6b6b;">The code expires in 30 minutes. If you didn't request this, you can ignore this e-mail.</p>
</td></tr>
<tr><td style="padding:18px 32px;border-top:1px solid #e6e6e6;font-size:11px;color:#8a8a8a;">&copy; 2026 Credly, Inc. All rights reserved.</td></tr>
</table></td></tr></table></body></html>"""
    plain = f"""Confirm your account merge

Someone (hopefully you) asked to merge the Credly account for sofia.m@lisbon-datahub.pt into this one. Enter this code on the merge screen:

{code}

Or complete the merge here: {url}

The code expires in 30 minutes. If you didn't request this, you can ignore this e-mail.
"""
    assemble(f, sender=s, to=p.addr, subject=f"{code} is your Credly account merge code", date=dt, body=ALT(P("plain", plain, "us-ascii", "7bit"), P("html", html)), prov=p.headers(s, dt))
    label(f, "unrelated", None, [], True, "en")

def m59():
    f = "059-ja-colleague-reply-quoting-completion.eml"; p = KB; dt = T("2025-05-28 01:47:22")
    col = "渡辺 さくら"; col_addr = "watanabe@hoshizora-labs.jp"
    fwd_dt = T("2025-05-28 00:03:10"); done_dt = T("2025-05-27 23:02:14")
    mid = f"<CAK{rb64(30).replace('+','').replace('/','')[:36]}@mail.gmail.com>"
    ref = f"<CAF{rb64(30).replace('+','').replace('/','')[:36]}@mail.gmail.com>"
    s = generic_sender(enc_name(col, col_addr), "hoshizora-labs.jp", dt, "209.85.220.41", "mail-sor-f41.google.com",
                       col_addr, [("hoshizora-labs.jp", "google")], mid)
    s.tz = JST
    done = f"""小林 拓也 様

AWS トレーニングと認定の村上です。

お待たせいたしました。ご確認いただいた内容のとおり、認定アカウントの統合作業が完了いたしました。
これまでの認定資格と受験履歴は、すべて AWS10427753 でご覧いただけます。

村上
AWS トレーニングと認定 カスタマーサポート"""
    fwd_note = "渡辺さん\n\n先日相談した件、無事に終わりました。共有です。\n\n小林"
    new = """小林さん

共有ありがとうございます！
来月の社内研修の申込フォームは、新しいほうの候補者 ID で登録しておいてください。
受験料の立替精算は、領収書がそろったら経理にまとめて出しておきますね。

渡辺"""
    fwd_block = f"""---------- Forwarded message ---------
From: Amazon Web Services <{TC_ADDR}>
Date: {jdate(done_dt)}
Subject: RE:[CASE {CASE['KB']}] [AWS Training and Certification Form Submission] - account-assistance
To: 小林 拓也 <kobayashi@hoshizora-labs.jp>

{done}"""
    attr = f"{jdate(fwd_dt)} 小林 拓也 <kobayashi@hoshizora-labs.jp>:"
    plain = new + "\n\n" + attr + "\n" + qlines(fwd_note + "\n\n" + fwd_block) + "\n"
    fwd_html = ('<div dir="ltr">' + paras(fwd_note) + '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                f'From: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> <span dir="auto">&lt;{TC_ADDR}&gt;</span><br>'
                f'Date: {jdate(done_dt)}<br>Subject: RE:[CASE {CASE["KB"]}] [AWS Training and Certification Form Submission] - account-assistance<br>'
                'To: 小林 拓也 &lt;kobayashi@hoshizora-labs.jp&gt;<br></div><br><br>' + paras(done) + '</div></div>')
    html = ('<div dir="ltr">' + "<br>".join(esc(l) if l else "" for l in new.split("\n")) + '</div><br>' + gmail_quote_html(attr, fwd_html))
    subj = "Re: Fwd: RE:[CASE " + CASE["KB"] + "] [AWS Training and Certification Form Submission] - account-assistance"
    assemble(f, sender=s, to=p.to, subject=subj, date=dt, body=ALT(P("plain", plain, cte="base64"), P("html", html, cte="quoted-printable")),
             prov=p.headers(s, dt, pol="NONE"), in_reply_to=ref, references=ref)
    label(f, "unrelated", CASE["KB"], [], False, "ja")

def m60():
    f = "060-aws-builder-id-verification-code.eml"; p = SM; dt = T("2026-01-24 08:51:37")
    s = ses_sender('"AWS" <no-reply@signin.aws>', "signin.aws", dt)
    code = f"{R.randint(100000, 999999)}"
    content = ('<h1 style="font-size:20px;font-weight:normal;margin:0 0 14px 0;">Verify your AWS Builder ID email address</h1>'
               '<p>Hello,</p><p>To finish verifying your email address, enter this code in the browser window where you started creating your AWS Builder ID.</p>'
               f'<p style="font-size:28px;font-weight:bold;letter-spacing:4px;margin:20px 0;">{code}</p>'
               '<p>This code expires 30 minutes after it was sent. If you did not request this code, you can safely ignore this email.</p>'
               '<p>Amazon Web Services will never e-mail you and ask you to disclose or verify your password, credit card or banking account number.</p>')
    html = aws_shell(content, title="AWS Builder ID")
    plain = f"""Verify your AWS Builder ID email address

Hello,

To finish verifying your email address, enter this code in the browser window where you started creating your AWS Builder ID.

Verification code: {code}

This code expires 30 minutes after it was sent. If you did not request this code, you can safely ignore this email.

{LEGAL_EN}
"""
    assemble(f, sender=s, to=p.addr, subject="Verify your AWS Builder ID email address", date=dt, body=ALT(P("plain", plain, "us-ascii", "7bit"), P("html", html)), prov=p.headers(s, dt, pol="REJECT"))
    label(f, "unrelated", None, [], True, "en")

# ================================================================ main
if __name__ == "__main__":
    for name in sorted(k for k in globals() if k.startswith("m") and k[1:].isdigit()):
        globals()[name]()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), "mails written")
