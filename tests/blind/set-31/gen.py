#!/usr/bin/env python3
"""Generate blind set 31: AWS Certification account-merge mail (.eml) + labels.json."""
import base64, quopri, json, re, os, random, hashlib, textwrap, uuid
from datetime import datetime, timezone, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.image import MIMEImage
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(3131)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))

def D(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz, second=R.randrange(60))

def cid15(d):
    return f"{int(d.timestamp())}{R.randrange(0, 99999):05d}"

def dd(s):
    return textwrap.dedent(s).strip("\n")

def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def rb64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))

# ---------------------------------------------------------------- users
USERS = {
    "kenji": ("Kenji Watanabe", "kenji.watanabe.dev@gmail.com", "gmail"),
    "priya": ("Priya Raman", "priya.raman@outlook.com", "outlook"),
    "misaki": ("佐藤 美咲", "misaki-sato@nifty.com", "nifty"),
    "daniel": ("Daniel Okafor", "daniel.okafor@northwind-it.com", "o365"),
    "kenta": ("山本 健太", "kenta.yamamoto@ocn.ne.jp", "ocn"),
    "laura": ("Laura Fernández", "laura.fernandez.cloud@gmail.com", "gmail"),
    "sho": ("高橋 翔", "sho.takahashi@yahoo.co.jp", "yahoojp"),
    "marcus": ("Marcus Lindqvist", "marcus@lindqvist.se", "gmail"),
    "chen": ("Chen Wei", "wei.chen@fabrikam-solutions.com", "o365"),
    "yumi": ("伊藤 由美", "yumi.ito@kaname-systems.co.jp", "o365"),
}

# ---------------------------------------------------------------- senders
# infra: trusted = AWS family / Credly
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", "ses_amazon")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com", "ses_amazon")
TRUSTED_INFRA = {"ses_amazon", "credly", "signin_aws", "ses_amazon_mkt", "seller"}

INFRA = {
    # name: (mailfrom domain, ip, helo, dkim domains)
    "ses_amazon": ("email.amazonses.com", None, None, ["amazon.com", "amazonses.com"]),
    "ses_amazon_mkt": ("email.amazonses.com", None, None, ["amazon.com", "amazonses.com"]),
    "signin_aws": ("email.amazonses.com", None, None, ["signin.aws", "amazonses.com"]),
    "credly": ("em.credly.com", "149.72.{a}.{b}", "o{c}.ptr{d}.em.credly.com", ["credly.com"]),
    "github": ("github.com", "192.30.252.{a}", "out-{c}.smtp.github.com", ["github.com"]),
    "pearson": ("pearson.com", "159.182.{a}.{b}", "mail{c}.pearson.com", ["pearson.com"]),
    "certmetrics": ("em.certmetrics.com", "167.89.{a}.{b}", "o{c}.ptr{d}.sendgrid.net", ["certmetrics.com"]),
    "seller": ("email.amazonses.com", None, None, ["amazon.com", "amazonses.com"]),
}

def ses_ip():
    return f"54.240.{R.choice([8, 9, 11, 48])}.{R.randrange(1, 250)}"

def fill(t):
    return t.format(a=R.randrange(1, 254), b=R.randrange(1, 254), c=R.randrange(1, 40), d=R.randrange(1000, 9999))

SELECTORS = {"amazon.com": "vtfgvqkokuwmmsuboyzcvi2eid5ymoxq", "amazonses.com": "224i4yxa5dv7c2xz3womw6peuasteono",
             "signin.aws": "rfx3ykfmk6xfvh4gywqmtsqv7ffxxfdd", "credly.com": "s1", "github.com": "pf2023",
             "pearson.com": "selector1", "certmetrics.com": "s1"}
def dkim_sig(d, when, sel=None):
    sel = sel or SELECTORS.get(d, "selector1" if d.endswith(".org") or d.endswith(".co.jp") else "default")
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts={sel}; d={d}; t={int(when.timestamp())};\r\n"
            f"\th=Subject:From:To:Date:Mime-Version:Content-Type:Content-Transfer-Encoding:Message-Id;\r\n"
            f"\tbh={rb64(43)}=;\r\n\tb={rb64(64)}\r\n\t{rb64(64)}\r\n\t{rb64(44)}=")

def fmt_date(d):
    return format_datetime(d)

def trace_headers(provider, user_addr, from_addr, infra, verdict, when, lookalike_ip=None):
    """Return list of (name, value): headers added in transit, top-down, plus sender DKIM.
    verdict: pass | fail | lookalike | forged_low | none"""
    from_dom = from_addr.split("@")[1]
    H = []
    if infra == "internal" and verdict in ("pass", "none"):
        ip = f"40.107.{R.randrange(1,254)}.{R.randrange(1,254)}"
        helo = f"mail-{rhex(6)}.outbound.protection.outlook.com"
        mailfrom = from_addr
        spf_dom = from_dom
        dkims = [(from_dom, "pass")]
        dmarc = "pass"
    elif infra in INFRA and verdict in ("pass", "none"):
        mf_dom, ipt, helot, dk = INFRA[infra]
        if ipt is None:
            ip = ses_ip()
            helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
            mailfrom = f"01000{int(when.timestamp()*1000):011x}-{uuid.UUID(int=R.getrandbits(128))}-000000@{mf_dom}"
        else:
            ip = fill(ipt); helo = fill(helot)
            mailfrom = f"bounces+{R.randrange(1000000, 9999999)}-{rhex(4)}={user_addr.replace('@', '=')}@{mf_dom}"
        spf_dom = mf_dom
        dkims = [(d, "pass") for d in dk]
        dmarc = "pass"
    elif verdict == "lookalike":
        ip = lookalike_ip or f"{R.choice([45, 91, 103, 185, 193])}.{R.randrange(1,254)}.{R.randrange(1,254)}.{R.randrange(1,254)}"
        helo = f"mail.{from_dom}"
        mailfrom = f"bounce@{from_dom}"
        spf_dom = from_dom
        dkims = [(from_dom, "pass")]
        dmarc = "pass"
    else:  # fail / forged_low: spoofed From of a real domain from a foreign host
        ip = f"{R.choice([45, 89, 103, 146, 185])}.{R.randrange(1,254)}.{R.randrange(1,254)}.{R.randrange(1,254)}"
        helo = R.choice(["vps-4412.hostcloud-eu.net", "srv118.mailrelay-asia.com", "mx1.secure-notify.biz"])
        mailfrom = f"info@{helo.split('.', 1)[1]}"
        spf_dom = helo.split(".", 1)[1]
        dkims = []
        dmarc = "fail"
    t_in = when + timedelta(seconds=R.randrange(2, 9))
    t_deliv = t_in + timedelta(seconds=R.randrange(0, 2))
    pol = {"amazon.com": "QUARANTINE", "credly.com": "NONE", "signin.aws": "REJECT", "github.com": "REJECT"}.get(from_dom, "NONE")
    ar = None
    if provider == "gmail":
        parts = []
        for d, r in dkims:
            parts.append(f"dkim={r} header.i=@{d} header.s={SELECTORS.get(d, 'default')} header.b={rb64(8)}")
        if not dkims:
            parts.append("dkim=none")
        if dmarc == "pass":
            parts.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
            parts.append(f"dmarc=pass (p={pol} sp={pol} dis=NONE) header.from={from_dom}")
        else:
            parts.append(f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
            parts.append(f"dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={from_dom}")
        ar = "mx.google.com;\r\n       " + ";\r\n       ".join(parts)
        loc = when.astimezone(PDT)
        gid = f"{rhex(4)}a{R.randrange(1000000, 9999999)}"
        H.append(("Delivered-To", user_addr))
        H.append(("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(3)} with SMTP id {gid}csp{R.randrange(100000, 999999)}{rhex(3)};\r\n        {fmt_date(t_deliv.astimezone(PDT))}"))
        H.append(("X-Google-Smtp-Source", f"AGHT+I{rb64(60)}"))
        H.append(("X-Received", f"by 2002:a17:{rhex(3)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}-{rhex(12)}.{R.randrange(10,99)}.{R.randrange(1000,9999)}.1{R.randrange(100000000000, 999999999999)};\r\n        {fmt_date(t_deliv.astimezone(PDT))}"))
        H.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t_in.timestamp())}; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b={rb64(70)}\r\n         {rb64(70)}=="))
        H.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\r\n        h=feedback-id:mime-version:subject:message-id:to:from:date\r\n         :dkim-signature:dkim-signature;\r\n        bh={rb64(43)}=;\r\n        fh={rb64(43)}=;\r\n        b={rb64(70)}\r\n         {rb64(40)}=="))
        H.append(("ARC-Authentication-Results", "i=1; " + ar))
        H.append(("Return-Path", f"<{mailfrom}>"))
        H.append(("Received", f"from {helo} ({helo}. [{ip}])\r\n        by mx.google.com with ESMTPS id {rhex(12)}-{rhex(12)}.{R.randrange(100,999)}.{R.randrange(2000,2999)}.1{R.randrange(10**11, 10**12)}\r\n        for <{user_addr}>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        {fmt_date(t_in.astimezone(PDT))}"))
        H.append(("Received-SPF", (f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};" if dmarc == "pass" else f"softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};")))
        if verdict != "none":
            H.append(("Authentication-Results", ar))
    elif provider in ("outlook", "o365"):
        if dmarc == "pass":
            dk = dkims[0][0]
            ar = (f"spf=pass (sender IP is {ip})\r\n smtp.mailfrom={spf_dom}; dkim=pass (signature was verified)\r\n header.d={dk};dmarc=pass action=none\r\n header.from={from_dom};compauth=pass reason=100")
            rspf = f"Pass (protection.outlook.com: domain of {spf_dom} designates {ip} as permitted sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C"
        else:
            ar = (f"spf=fail (sender IP is {ip})\r\n smtp.mailfrom={spf_dom}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=quarantine\r\n header.from={from_dom};compauth=fail reason=000")
            rspf = f"Fail (protection.outlook.com: domain of {spf_dom} does not designate {ip} as permitted sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo};"
        reg = R.choice(["namprd04", "namprd12", "eurprd05", "apcprd06", "jpnprd01"])
        m1 = f"{R.choice(['SN7PR', 'PH0PR', 'TYCPR', 'DM6PR', 'AM9PR'])}{R.randrange(10,19)}MB{R.randrange(1000,9999)}.{reg}.prod.outlook.com"
        m2 = f"{R.choice(['BN9PR03CA', 'MW4PR04CA', 'OS3P286CA', 'AS4P190CA'])}{R.randrange(1000,9999)}.{reg}.prod.outlook.com"
        m3 = f"{R.choice(['BN2PEPF0000', 'SA2PEPF0000', 'TY2PEPF0000', 'AMS1EPF0000'])}{rhex(4).upper()}.{reg}.prod.outlook.com"
        v6 = lambda: f"2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}"
        H.append(("Received", f"from {m1} ({v6()}) by\r\n {m1.split('.')[0][:-4]}{R.randrange(1000,9999)}.{reg}.prod.outlook.com with HTTPS; {fmt_date(t_deliv)}"))
        H.append(("Received", f"from {m2} ({v6()}) by {m1}\r\n ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randrange(8000,9300)}.{R.randrange(10,40)}; {fmt_date(t_deliv)}"))
        H.append(("Received", f"from {m3}\r\n ({v6()}) by {m2.split('.')[0]}.outlook.office365.com\r\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randrange(8000,9300)}.{R.randrange(10,40)} via Frontend Transport; {fmt_date(t_in)}"))
        if verdict != "none":
            H.append(("Authentication-Results", ar))
        H.append(("Received-SPF", rspf))
        H.append(("Received", f"from {helo} ({ip}) by\r\n {m3.split('.')[0]}.mail.protection.outlook.com ({R.choice(['10.167', '10.167', '10.13'])}.{R.randrange(1,254)}.{R.randrange(1,254)}) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randrange(8000,9300)}.{R.randrange(10,40)}\r\n via Frontend Transport; {fmt_date(t_in)}"))
        H.append(("X-MS-Exchange-Organization-AuthSource", f"{m3.split('.')[0]}.{reg}.prod.outlook.com"))
        H.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
    else:  # Japanese providers
        host = {"nifty": f"mta-snd-e0{R.randrange(1,9)}.mail.nifty.com",
                "ocn": f"mfsmax{R.randrange(10,40)}.ocn.ad.jp",
                "yahoojp": f"mta{R.randrange(100,599)}.mail.kks.yahoo.co.jp"}[provider]
        dk_s = "; ".join(f"dkim={r} header.d={d}" for d, r in dkims) if dkims else "dkim=none"
        if dmarc == "pass":
            ar = f"{host};\r\n\tspf=pass smtp.mailfrom={mailfrom};\r\n\t{dk_s};\r\n\tdmarc=pass header.from={from_dom}"
        else:
            ar = f"{host};\r\n\tspf=softfail smtp.mailfrom={mailfrom};\r\n\t{dk_s};\r\n\tdmarc=fail (p=quarantine) header.from={from_dom}"
        H.append(("Return-Path", f"<{mailfrom}>"))
        H.append(("Received", f"from {helo} ({helo} [{ip}])\r\n\tby {host} with ESMTP\r\n\tid <{rhex(16)}@{host}>\r\n\tfor <{user_addr}>; {fmt_date(t_in.astimezone(JST))}"))
        if verdict != "none":
            H.append(("Authentication-Results", ar))
    # sender side
    if verdict == "forged_low":
        H.append(("Authentication-Results", f"mx.google.com; dkim=pass header.i=@{from_dom}; spf=pass smtp.mailfrom={from_dom}; dmarc=pass (p=QUARANTINE) header.from={from_dom}"))
        H.append(("Received", f"from localhost (localhost [127.0.0.1]) by {helo} (Postfix) with ESMTPA id {rhex(10).upper()}; {fmt_date(when)}"))
    for d, r in dkims:
        H.append(("DKIM-Signature", dkim_sig(d, when)))
    if infra in ("ses_amazon", "ses_amazon_mkt", "signin_aws", "seller") and verdict in ("pass", "none"):
        H.append(("Feedback-ID", f"::1.us-east-1.{rb64(43)}=:AmazonSES"))
        H.append(("X-SES-Outgoing", f"{when.strftime('%Y.%m.%d')}-{ip}"))
    return H

# ---------------------------------------------------------------- quoting helpers
def q_prefix(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))

def q_gmail(when, name, addr, text):
    w = when.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {w} {name} <{addr}> wrote:\n\n{q_prefix(text)}"

JWD = "月火水木金土日"
def q_ja(when, name, addr, text):
    w = f"{when.year}年{when.month}月{when.day}日({JWD[when.weekday()]}) {when.hour}:{when.minute:02d}"
    return f"{w} {name} <{addr}>:\n\n{q_prefix(text)}"

def q_outlook(when, name, addr, to, subject, text):
    w = when.strftime("%A, %B %-d, %Y %-I:%M %p")
    return (f"________________________________\nFrom: {name} <{addr}>\nSent: {w}\nTo: {to}\nSubject: {subject}\n\n{text}")

def q_outlook_ja(when, name, addr, to, subject, text):
    w = f"{when.year}年{when.month}月{when.day}日 {when.hour}:{when.minute:02d}"
    return (f"差出人: {name} <{addr}>\n送信日時: {w}\n宛先: {to}\n件名: {subject}\n\n{text}")

def q_orig(when, name, addr, subject, text):
    return (f"-----Original Message-----\nFrom: {name} <{addr}>\nDate: {fmt_date(when)}\nSubject: {subject}\n\n{text}")

# ---------------------------------------------------------------- footers
def console_footer(cid, rate=False, lang="en"):
    if lang == "ja":
        s = (f"\n\nこのケースの詳細を確認する、またはケースに返信するには、以下のリンクを使用してください:\n"
             f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n")
        if rate:
            s += "\n今回のご対応について、AWS サポートセンターのリンクからご評価をお寄せください。\n"
        s += ("\nこのメールは送信専用のアドレスから送信されています。このメールに返信いただいてもお受けできません。"
              "ケースへの返信は上記リンクからお願いいたします。\n\n"
              "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。")
        return s
    s = (f"\n\nTo see all the details of this case or to respond, please use the link below:\n"
         f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n")
    if rate:
        s += ("\nWe value your feedback. Please share your experience by rating this correspondence using the "
              "AWS Support Center link at the end of this correspondence.\n")
    s += ("\nPlease note: this e-mail was sent from an address that cannot accept incoming e-mail. "
          "To respond to this case, use the link above.\n\n"
          "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark "
          "of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
          "410 Terry Ave. North, Seattle, WA 98109-5210")
    return s

FORM_FOOT = ("\n\nTo reply, simply respond to this e-mail. Please keep the case number in the subject line so "
             "your reply is added to the same case, and please do not open a new case for the same request.")
FORM_FOOT_JA = ("\n\nご返信の際は、件名のケース番号を変更せずにこのメールへ直接ご返信ください。"
                "同じご依頼で新しいケースを作成されますと、対応が遅れる場合がございます。")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
FORM_SUBJ_JA = "[AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ"

# ---------------------------------------------------------------- ids
ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)
def ids_in(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})

# ---------------------------------------------------------------- body builders
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "us-ascii": "ascii",
         "windows-1252": "cp1252", "iso-8859-1": "latin-1"}

def text_part(text, subtype="plain", charset="utf-8", cte="qp", label=None):
    data = text.encode(CODEC[charset])
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", label or charset)
    if cte == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "7bit":
        payload = data.decode("ascii")
        p["Content-Transfer-Encoding"] = "7bit"
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
        p["Content-Transfer-Encoding"] = "8bit"
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def linkify(s):
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)

def to_html(new, quoted="", extra="", lang="en", cs="utf-8"):
    paras = [p for p in new.split("\n\n")]
    body = "".join(f"<p>{linkify(esc(p)).replace(chr(10), '<br>')}</p>\n" for p in paras)
    if extra:
        body += extra + "\n"
    q = ""
    if quoted:
        ql = "\n".join(l[2:] if l.startswith("> ") else (l[1:] if l.startswith(">") else l) for l in quoted.split("\n"))
        q = ('<div class="quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             + esc(ql).replace("\n", "<br>\n") + "</blockquote></div>\n")
    font = "Meiryo, 'MS PGothic', sans-serif" if lang == "ja" else "Arial, Helvetica, sans-serif"
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            f"</head>\n<body style=\"font-family:{font};font-size:14px;color:#16191f\">\n{body}{q}</body></html>\n")

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

MAILS = []
def mail(**kw):
    MAILS.append(kw)

USERS.update({
    "amir": ("Amir Haddad", "amir.haddad@outlook.com", "outlook"),
    "sofia": ("Sofia Marchetti", "sofia.marchetti.it@gmail.com", "gmail"),
    "olivia": ("Olivia Grant", "o.grant@contoso-health.org", "o365"),
    "tom": ("Tom Becker", "tom.becker.ops@gmail.com", "gmail"),
    "nadia": ("Nadia Petrova", "nadia.petrova@outlook.com", "outlook"),
    "ben": ("Ben Carter", "ben.carter@northwind-it.com", "o365"),
    "hannah": ("Hannah Schmidt", "hannah.schmidt@outlook.com", "outlook"),
    "rahul": ("Rahul Mehta", "rahul.mehta.cloud@gmail.com", "gmail"),
    "aya": ("中島 彩", "aya.nakajima@outlook.jp", "outlook"),
    "nana": ("小林 奈々", "nana.kobayashi.aws@gmail.com", "gmail"),
    "taku": ("松本 拓也", "takuya.matsumoto@gmail.com", "gmail"),
    "ryo": ("木村 亮", "ryo-kimura@nifty.com", "nifty"),
})
# =============================================================== CASES
K1o = D("2025-06-10 14:20"); K1 = cid15(K1o)          # kenji form case (merge)
K2o = D("2025-07-21 09:03"); K2 = cid15(K2o)          # kenji second pair
KCo = D("2025-06-03 07:12"); KC = cid15(KCo)          # kenji console case opened (ack only)
P1o = D("2025-06-16 11:47"); P1 = cid15(P1o)          # priya form
P2o = D("2025-09-02 15:30"); P2 = cid15(P2o)          # priya new pair
M1o = D("2025-05-26 23:41"); M1 = cid15(M1o)          # misaki form (merge)
M2o = D("2025-10-06 01:15"); M2 = cid15(M2o)          # misaki new pair
MCo = D("2025-11-18 04:50"); MC = cid15(MCo)          # misaki console ack
DA1o = D("2025-08-11 13:05"); DA1 = cid15(DA1o)       # daniel console merge
DA2 = "12093358471"                                    # daniel cancelled (11 digit)
DFo = D("2026-01-14 16:22"); DF = cid15(DFo)          # daniel form ack (no AR)
KT1o = D("2025-09-24 00:35"); KT1 = cid15(KT1o)       # kenta form
KT2o = D("2025-12-01 02:10"); KT2 = cid15(KT2o)       # kenta console new pair
L1o = D("2025-07-07 08:58"); L1 = cid15(L1o)          # laura form
L2o = D("2025-11-03 19:40"); L2 = cid15(L2o)          # laura cancel
S1o = D("2025-10-20 03:25"); S1 = cid15(S1o)          # sho console ja
SHo = D("2026-02-09 06:02"); SH = cid15(SHo)          # sho form ack
MA1o = D("2025-08-14 07:30"); MA1 = cid15(MA1o)       # marcus console merge
MA2o = D("2025-12-15 10:11"); MA2 = cid15(MA2o)       # marcus new pair
CH1o = D("2025-09-08 12:44"); CH1 = cid15(CH1o)       # chen console merge
CH2o = D("2026-01-27 18:20"); CH2 = cid15(CH2o)       # chen billing
Y1o = D("2025-07-28 00:12"); Y1 = cid15(Y1o)          # yumi form ja
A1o = D("2025-10-13 17:09"); A1 = cid15(A1o)          # amir console merge
A2o = D("2026-02-16 14:00"); A2 = cid15(A2o)          # amir form new pair
SF1 = "13104775826"                                    # sofia form (11 digit)
SF2o = D("2026-03-02 09:55"); SF2 = cid15(SF2o)       # sofia EC2 quota
O1o = D("2025-11-24 15:18"); O1 = cid15(O1o)          # olivia form
T1o = D("2025-08-13 08:07"); T1 = cid15(T1o)          # tom form (no answer)
T2o = D("2025-10-28 12:36"); T2 = cid15(T2o)          # tom form (appointment)
N1o = D("2025-12-08 20:15"); N1 = cid15(N1o)          # nadia console
B1o = D("2025-09-01 13:50"); B1 = cid15(B1o)          # ben form
B2o = D("2026-01-05 10:21"); B2 = cid15(B2o)          # ben console
H1o = D("2026-02-23 08:40"); H1 = cid15(H1o)          # hannah form
RA1o = D("2025-07-15 16:33"); RA1 = cid15(RA1o)       # rahul console (no answer)
RA2o = D("2025-09-29 05:48"); RA2 = cid15(RA2o)       # rahul form (error)
AY1o = D("2025-11-10 01:30"); AY1 = cid15(AY1o)       # aya console ja
AY2o = D("2026-03-09 00:44"); AY2 = cid15(AY2o)       # aya form ja error
NA1o = D("2026-01-19 02:05"); NA1 = cid15(NA1o)       # nana form ja
TK1o = D("2025-08-25 04:20"); TK1 = cid15(TK1o)       # taku form ja
RY1o = D("2025-12-22 03:14"); RY1 = cid15(RY1o)       # ryo form ja
KTCo = D("2026-03-16 05:30"); KTC = cid15(KTCo)       # kenta spoofed console ack
LBo = D("2026-01-08 11:11"); LB = cid15(LBo)          # laura builder id case
MBo = D("2025-06-30 02:02"); MB = cid15(MBo)          # misaki builder id case (ja)
DOo = D("2025-10-01 15:45"); DO = cid15(DOo)          # daniel organizations case
SELLER = "5884881212"                                  # seller central 10 digit

def sig(agent, team="AWS Training and Certification", greet="Best regards,"):
    return f"\n\n{greet}\n{agent}\n{team}"

# =============================================================== case_created
mail(slug="console-case-opened", kind="case_created", lang="en", user="kenji", sender=CONSOLE,
     subject=f"Amazon Web Services: You have opened a new Support case: {KC}",
     date=KCo + timedelta(seconds=21), case=KC, fmt="related", cte="qp",
     new=dd(f"""
        Dear Customer,

        Thank you for contacting Amazon Web Services. We have opened case {KC} to address your issue.

        The details of your case are as follows:

        Case ID: {KC}
        Subject: Merge two certification accounts
        Severity: General guidance
        Correspondence: Hello, I have two AWS Certification accounts because I first registered with my work e-mail. Candidate IDs AWS01935582 and AWS03117408. Please merge them and keep AWS01935582. Thank you!
        """) + console_footer(KC),
     expect_ids=["AWS01935582", "AWS03117408"])

mail(slug="form-request-logged", kind="case_created", lang="en", user="priya", sender=FORM,
     subject=f"[CASE {P1}] {FORM_SUBJ}", date=P1o + timedelta(seconds=40), case=P1, cte="qp",
     new=dd(f"""
        Hello,

        Thank you for reaching out to AWS Training and Certification.

        Your request has been logged under case ID {P1}. A member of our customer support team will review it and get back to you, in principle within 24 hours.

        If you need to add details, simply reply to this e-mail. Please do not submit the same request again through the form, as duplicate cases can slow down our response.

        Regards,
        AWS Training and Certification Customer Support
        """))

mail(slug="console-case-opened-ja", kind="case_created", lang="ja", user="misaki", sender=CONSOLE,
     subject=f"Amazon Web Services: 新しいサポートケースを作成しました: {MC}", subj_cs="iso-2022-jp",
     date=MCo + timedelta(seconds=15), case=MC, charset="iso-2022-jp", cte="7bit",
     new=dd(f"""
        お客様

        アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {MC} を作成しました。

        ケースの詳細は次のとおりです。

        ケース ID: {MC}
        件名: AWS認定アカウントの統合について
        重要度: 一般的なガイダンス
        内容: 旧姓で登録したアカウントと現在のアカウントがあり、認定資格が分かれてしまっています。候補者ID は AWS04127753 と aws02605148 です。ひとつにまとめることは可能でしょうか。
        """) + console_footer(MC, lang="ja"),
     expect_ids=["AWS02605148", "AWS04127753"])

mail(slug="uketsuke-shiftjis", kind="case_created", lang="ja", user="sho", sender=FORM,
     subject=f"[CASE {SH}] お問い合わせを受け付けました - AWS トレーニングと認定", subj_cs="utf-8",
     date=SHo + timedelta(seconds=33), case=SH, charset="shift_jis", cte="b64",
     new=dd(f"""
        高橋 翔 様

        AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。

        以下の番号でお問い合わせを承りました。
        ケース番号: {SH}

        担当者より、原則として24時間以内にご連絡いたします。追加でお伝えいただきたい情報がございましたら、本メールにそのままご返信ください。
        同じ内容で再度フォームからお問い合わせいただく必要はございません。

        ※本メールはお問い合わせを受け付けたことをお知らせする自動送信メールです。

        AWS トレーニングと認定 カスタマーサポート
        """))

mail(slug="ticket-received-lookalike", kind="case_created", lang="en", user="laura",
     sender=("AWS Certification Support", "cases@aws-trainingcert-support.com", "lookalike"),
     verdict="lookalike", subject=f"Ticket #{L2} received - Certification account merge",
     date=L2o + timedelta(minutes=3), case=L2, fmt="html", cte="qp",
     new=dd(f"""
        Hello Laura,

        We have received your request regarding the merge of your AWS Certification accounts. Your ticket number is {L2}.

        Candidate ID on file: AWS01208875

        To avoid delays, please verify your candidate profile within 24 hours using the secure portal below. Requests that are not verified are closed automatically.

        Verify now: https://aws-trainingcert-support.com/verify?ticket={L2}

        AWS Training and Certification Support Team
        """),
     expect_ids=["AWS01208875"])

mail(slug="new-support-case-html", kind="case_created", lang="en", user="chen", sender=CONSOLE,
     subject=f"Amazon Web Services: You have opened a new Support case: {CH1}",
     date=CH1o + timedelta(seconds=12), case=CH1, fmt="html", cte="b64",
     new=dd(f"""
        Dear Customer,

        Thank you for contacting Amazon Web Services. We have opened case {CH1} to address your issue.

        Case ID: {CH1}
        Subject: Certification profiles - duplicate
        Severity: General guidance
        Correspondence: Hi, my certifications are split between two profiles, AWS 03025517 (current) and aws-01889046 (created by my former employer's training portal). Could these be combined?
        """) + console_footer(CH1),
     expect_ids=["AWS01889046", "AWS03025517"])

mail(slug="inquiry-recorded-noauth", kind="case_created", lang="en", user="daniel", sender=FORM,
     verdict="none", subject=f"We received your request [CASE {DF}]",
     date=DFo + timedelta(seconds=50), case=DF, cte="7bit", charset="us-ascii",
     new=dd(f"""
        Hello Daniel,

        This is an automatic message to let you know that your inquiry about account assistance has been recorded as case {DF}.

        Our Training and Certification team aims to respond within one business day. You don't need to do anything right now; we'll contact you at this address.

        Thank you,
        AWS Training and Certification
        """))

mail(slug="case-opened-spoof-ja", kind="case_created", lang="ja", user="kenta", sender=CONSOLE,
     verdict="fail", subject=f"Amazon Web Services: 新しいサポートケースを作成しました: {KTC}",
     subj_cs="utf-8", date=KTCo, case=KTC, fmt="html", cte="b64",
     new=dd(f"""
        お客様

        アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。ケース {KTC} を作成しました。

        ケース ID: {KTC}
        件名: 認定アカウント統合
        重要度: 一般的なガイダンス

        ケースの内容を確認し、本人確認を完了するには、以下のリンクから AWS コンソールにサインインしてください。
        https://console-aws.support-login-jp.net/support/case?displayId={KTC}

        アマゾン ウェブ サービス
        """))

# =============================================================== merge_confirmation_requested
kenji_form = dd("""
    Inquiry type: Certification
    Detail: Account Merge
    AWS candidate ID: AWS01935582
    Description: I have a second certification account (AWS03117408) that was created with my previous employer's e-mail address. I would like all my certifications under AWS01935582.
    """)
MC1_text = dd("""
    Hello Kenji,

    Thank you for contacting AWS Training and Certification.

    I have located the following two certification profiles associated with you:

      - AWS01935582 (login: kenji.watanabe.dev@gmail.com)
      - AWS03117408 (login: k.watanabe@hoshizora-denki.co.jp)

    As requested, AWS01935582 will remain as your primary account. The certification history, exam appointments and benefits from AWS03117408 will be moved into it, and AWS03117408 will then be deactivated.

    Please be aware that an account merge is permanent and cannot be reversed once it has been processed. Could you reply to this e-mail confirming that the above is correct? We will start as soon as we hear from you.""") + sig("Sebastian R.")
MC1_date = D("2025-06-11 16:05")
mail(slug="please-confirm-merge", kind="merge_confirmation_requested", lang="en", user="kenji", sender=FORM,
     subject=f"RE:[CASE {K1}] {FORM_SUBJ}", date=MC1_date, case=K1, cte="qp",
     new=MC1_text + FORM_FOOT,
     quoted=q_orig(K1o, "Kenji Watanabe", "kenji.watanabe.dev@gmail.com", FORM_SUBJ, kenji_form),
     expect_ids=["AWS01935582", "AWS03117408"])

mail(slug="voucher-moved-confirm-first", kind="merge_confirmation_requested", lang="en", user="laura", sender=FORM,
     subject=f"RE: [CASE {L1}] {FORM_SUBJ}", date=D("2025-07-09 10:26"), case=L1, cte="b64",
     new=dd("""
        Hi Laura,

        Thanks for your patience. As a first step I have already moved your unused 50% discount voucher from AWS03771249 to AWS01208875 - you'll see it under Benefits the next time you sign in.

        The certification records themselves have not been combined yet. Before I do that, please confirm the following:

        Account to keep: AWS01208875 (laura.fernandez.cloud@gmail.com)
        Account to be merged and closed: AWS03771249 (l.fernandez@techbridge-consulting.es)

        Please note that once the records are consolidated this cannot be undone. A short reply such as "confirmed" is enough.""") + sig("Mateo", "AWS Training & Certification Support", "Kind regards,"),
     quoted=q_gmail(D("2025-07-08 18:02", timezone(timedelta(hours=2))), "Laura Fernández", "laura.fernandez.cloud@gmail.com",
                    "Hi,\n\nAny update on my request? My voucher expires soon and I'd rather not lose it.\n\nThanks,\nLaura"),
     expect_ids=["AWS01208875", "AWS03771249"])

mail(slug="voucher-iko-kakunin-ja", kind="merge_confirmation_requested", lang="ja", user="kenta", sender=FORM,
     subject=f"RE:[CASE {KT1}] {FORM_SUBJ_JA}", subj_cs="iso-2022-jp", from_cs="iso-2022-jp",
     date=D("2025-09-25 06:18"), case=KT1, charset="iso-2022-jp", cte="7bit",
     new=dd("""
        山本 健太 様

        AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の中村です。

        ご依頼のアカウント統合に先立ち、AWS04598702 に付与されていた50%割引バウチャーを AWS02081664 へ移行いたしました。こちらの作業は完了しております。

        認定資格および受験履歴の統合につきましては、まだ実施しておりません。以下の内容で相違ないか、ご確認をお願いいたします。

        ・残すアカウント: AWS02081664
        ・統合元(統合後に無効化されるアカウント): AWS04598702

        統合は一度実施すると元に戻すことができません。内容に問題がなければ、本メールにご返信いただけますでしょうか。ご返信を確認後、統合作業を行います。

        よろしくお願いいたします。
        中村
        AWS トレーニングと認定 カスタマーサポート""") + FORM_FOOT_JA,
     expect_ids=["AWS02081664", "AWS04598702"])

mail(slug="benefit-reassigned-confirm", kind="merge_confirmation_requested", lang="en", user="chen", sender=CONSOLE,
     subject=f"RE:[CASE {CH1}] Certification profiles - duplicate", date=D("2025-09-09 21:37"), case=CH1,
     fmt="alt", cte="qp",
     new=dd("""
        Hello,

        Thank you for your patience while we looked into this.

        Quick update: the exam benefit attached to aws-01889046 (the 50% discount for your next exam) has already been reassigned to AWS03025517, so you can use it right away regardless of the next step.

        Next step - merging the profiles. We propose the following:
         * Surviving profile: AWS03025517
         * Profile to be folded into it and retired: AWS01889046

        This action is irreversible. Please reply via the Support Center confirming you agree, or let us know if you would prefer to keep the other profile instead.""") + sig("Grace M.", "Amazon Web Services") + console_footer(CH1, rate=True),
     html_extra='<table style="border:1px solid #ff9900;padding:8px"><tr><td><b>Action required:</b> reply to this case to confirm the merge details above.</td></tr></table>',
     expect_ids=["AWS01889046", "AWS03025517"])

P_conf_date = D("2025-06-19 08:15")
mail(slug="voucher-done-merge-pending", kind="merge_confirmation_requested", lang="en", user="priya", sender=FORM,
     subject=f"RE:[CASE {P1}] {FORM_SUBJ}", date=P_conf_date, case=P1, cte="qp",
     new=dd("""
        Dear Priya,

        Following up on your request. The voucher part is taken care of: the 50% certification exam discount that was sitting on AWS02260937 has been transferred to AWS00873214 and is available now.

        What remains is combining the two certification accounts. Before we go ahead, please double-check the details below and reply "Yes, proceed" if they are right:

        Primary (kept): AWS00873214 - priya.raman@outlook.com
        Secondary (merged into the primary, then closed): AWS02260937 - priya.r@contoso-analytics.com

        Merges cannot be rolled back, so please review carefully.""") + sig("Aditi S."),
     quoted=q_outlook(D("2025-06-18 17:40", timezone(timedelta(hours=1))), "Priya Raman", "priya.raman@outlook.com",
                      "aws-cs-trainingcertification-form@amazon.com", f"RE:[CASE {P1}] {FORM_SUBJ}",
                      "Hi team,\n\nThe voucher on my old account expires at the end of the month - could you move it first? My old candidate ID is AWS 02260937. There's also a third profile, AWS 01144853, but I'm not sure it's mine, please ignore it for now.\n\nThanks,\nPriya"),
     expect_ids=["AWS00873214", "AWS02260937"])

mail(slug="voucher-done-history-not-yet", kind="merge_confirmation_requested", lang="en", user="marcus", sender=CONSOLE,
     subject=f"RE:[CASE {MA1}] Duplicate AWS Certification account", date=D("2025-08-15 13:52"), case=MA1,
     cte="b64",
     new=dd("""
        Hi Marcus,

        I wanted to give you an update on the two certification profiles.

        Your 50% exam voucher: done. It now sits on AWS01672209.
        Your certification history: not yet. Before I move your certifications from AWS04033578 into AWS01672209 and close AWS04033578, I need your explicit go-ahead, because this step can't be reversed.

        Could you confirm that AWS01672209 is the one you want to keep?""") + sig("Liam K.", "Amazon Web Services", "Cheers,") + console_footer(MA1, rate=True),
     expect_ids=["AWS01672209", "AWS04033578"])

mail(slug="tougou-kakunin-onegai", kind="merge_confirmation_requested", lang="ja", user="yumi", sender=FORM,
     subject=f"RE:[CASE {Y1}] {FORM_SUBJ_JA}", subj_cs="utf-8", date=D("2025-07-29 02:40"), case=Y1,
     fmt="alt", cte="b64",
     new=dd("""
        伊藤 由美 様

        お世話になっております。AWS トレーニングと認定 サポートの鈴木でございます。

        お申し出いただいた2つの認定アカウントについて、以下のとおり統合を行う予定です。

          統合先(残るアカウント): AWS02417793
          統合元(統合後に閉鎖): AWS00966130

        統合を実施すると、AWS00966130 の認定履歴および受験履歴は AWS02417793 に移され、元に戻すことはできません。上記の内容でよろしければ、本メールへのご返信にてお知らせください。

        何卒よろしくお願いいたします。
        鈴木
        アマゾン ウェブ サービス"""),
     quoted=q_outlook_ja(D("2025-07-28 09:12", JST), "伊藤 由美", "yumi.ito@kaname-systems.co.jp",
                         "aws-cs-trainingcertification-form@amazon.com", FORM_SUBJ_JA,
                         "お世話になっております。\n会社のメールアドレスで作成したアカウントと、個人のアカウントがあります。\n個人の方(AWS02417793)に統一したいです。\nよろしくお願いいたします。"),
     expect_ids=["AWS00966130", "AWS02417793"])

mail(slug="confirm-merge-lookalike", kind="merge_confirmation_requested", lang="en", user="daniel",
     sender=("AWS Training & Certification", "merge-desk@amazon-certification-desk.net", "lookalike"),
     verdict="lookalike", subject=f"ACTION REQUIRED: Confirm your certification account merge [CASE {DA1}]",
     date=D("2025-08-12 03:14"), case=DA1, fmt="html", cte="qp",
     new=dd(f"""
        Dear Candidate,

        We received a request to merge the certification accounts AWS00562391 and AWS03346125 (case {DA1}).

        To confirm which account should be retained, sign in through the secure link below within 24 hours. Unconfirmed requests will result in both accounts being suspended pending review.

        Confirm merge: https://amazon-certification-desk.net/confirm?c={DA1}

        AWS Training & Certification
        """),
     expect_ids=["AWS00562391", "AWS03346125"])

K2_fake = cid15(D("2025-07-22 01:00"))
mail(slug="confirm-merge-spoofed-form", kind="merge_confirmation_requested", lang="en", user="kenji", sender=FORM,
     verdict="forged_low", subject=f"RE:[CASE {K2_fake}] {FORM_SUBJ}", date=D("2025-07-22 01:47"), case=K2_fake,
     reply_to="aws-cs-trainingcertification-form@aws-certmerge.help", cte="qp",
     new=dd(f"""
        Hello Kenji,

        We are ready to merge AWS02768340 into AWS01935582. As merges are irreversible, we need you to confirm the request by signing in at the link below and re-entering your candidate credentials:

        https://aws-certmerge.help/confirm/{K2_fake}

        If we do not receive confirmation within 12 hours the request will be rejected.""") + sig("Support Team"),
     expect_ids=["AWS01935582", "AWS02768340"])

mail(slug="proposed-merge-lowercase-ids", kind="merge_confirmation_requested", lang="en", user="daniel", sender=CONSOLE,
     subject=f"RE:[CASE {DA1}] Two certification accounts - please merge", date=D("2025-08-12 17:20"), case=DA1,
     cte="qp",
     new=dd("""
        Hello Daniel,

        My name is Hiroshi and I'll be assisting you with this case.

        I reviewed both profiles. Here is the proposed merge:

           aws-00562391 -> will be retained (notification e-mail: daniel.okafor@northwind-it.com)
           aws-03346125 -> will be merged into the account above and deactivated

        Please keep in mind that this process is final; we are unable to separate accounts once they have been merged. If everything looks right, please reply to this case to confirm and we will take it from there.""") + sig("Hiroshi T.", "Amazon Web Services", "Regards,") + console_footer(DA1, rate=True),
     expect_ids=["AWS00562391", "AWS03346125"])

mail(slug="voucher-tsukekae-sumi-ja", kind="merge_confirmation_requested", lang="ja", user="sho", sender=CONSOLE,
     subject=f"RE:[CASE {S1}] 認定アカウントの統合について", subj_cs="iso-2022-jp",
     date=D("2025-10-21 05:33"), case=S1, charset="shift_jis", cte="8bit",
     new=dd("""
        高橋 翔 様

        アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

        先にご相談いただいていた受験バウチャー(50%割引)につきましては、AWS00739962 から AWS02954410 への付け替えを本日行い、すでにご利用いただける状態です。

        続いて、アカウントの統合についてご確認をお願いいたします。
        ・統合後に残るアカウント: AWS02954410
        ・統合されるアカウント: AWS00739962

        一度統合すると取り消しはできませんので、上記で問題ないか、サポートセンターからご返信ください。

        よろしくお願いいたします。
        小林
        Amazon Web Services""") + console_footer(S1, lang="ja"),
     expect_ids=["AWS00739962", "AWS02954410"])
# =============================================================== merge_completed
kenji_conf = "The details are correct. Please proceed with the merge.\n\nThanks,\nKenji"
kenji_conf_date = D("2025-06-12 00:31")
mail(slug="merged-badges-to-follow", kind="merge_completed", lang="en", user="kenji", sender=FORM,
     subject=f"RE:[CASE {K1}] {FORM_SUBJ}", date=D("2025-06-13 19:44"), case=K1, fmt="alt", cte="qp",
     new=dd("""
        Hello Kenji,

        Good news - the two profiles are now one. All certifications, exam history and benefits from your former account have been moved to AWS01935582, and the old profile has been retired. You can keep signing in with kenji.watanabe.dev@gmail.com as usual.

        One thing to note: your Credly badges are handled in a separate step. Our team has requested the transfer, and you should receive the badge e-mails from Credly within the next 5 to 7 business days. No action is needed from you until then.""") + sig("Sebastian R."),
     quoted=q_gmail(kenji_conf_date.astimezone(JST), "Kenji Watanabe", "kenji.watanabe.dev@gmail.com",
                    kenji_conf + "\n\n" + q_gmail(MC1_date.astimezone(JST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", MC1_text)),
     expect_ids=["AWS01935582"])

misaki_conf_req = dd("""
    佐藤 美咲 様

    以下の内容で統合を行います。
    ・残すアカウント: AWS01457720
    ・統合されるアカウント: AWS03980016
    統合後は元に戻せません。よろしければご返信ください。""")
misaki_conf = "内容に間違いありません。統合をお願いいたします。\n\n佐藤"
mail(slug="tougou-kanryou-badge-gojitsu", kind="merge_completed", lang="ja", user="misaki", sender=FORM,
     subject=f"RE:[CASE {M1}] {FORM_SUBJ_JA}", subj_cs="iso-2022-jp", date=D("2025-05-29 07:10"), case=M1,
     charset="iso-2022-jp", cte="7bit",
     new=dd("""
        佐藤 美咲 様

        AWS トレーニングと認定 サポートの中村です。

        ご依頼いただいておりましたアカウントの統合が完了しました。AWS03980016 に登録されていた認定資格および受験履歴は、すべて AWS01457720 に移行済みです。

        なお、Credly のデジタルバッジにつきましては、別途手続きを進めております。数日から1週間程度で Credly からバッジ受け取りのご案内メールが届きますので、今しばらくお待ちください。

        よろしくお願いいたします。
        中村"""),
     quoted=q_ja(D("2025-05-28 08:02", JST), "佐藤 美咲", "misaki-sato@nifty.com",
                 misaki_conf + "\n\n" + q_ja(D("2025-05-27 16:40", JST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", misaki_conf_req)),
     expect_ids=["AWS01457720", "AWS03980016"])

mail(slug="merged-credly-separately", kind="merge_completed", lang="en", user="priya", sender=FORM,
     subject=f"RE:[CASE {P1}] {FORM_SUBJ}", date=D("2025-06-20 22:03"), case=P1, cte="qp",
     new=dd("""
        Hi Priya,

        This is to let you know that AWS02260937 has now been merged into AWS00873214. Your certifications (AWS Certified Cloud Practitioner and AWS Certified Data Engineer – Associate) show under the primary account, together with the voucher we moved earlier.

        The digital badges will follow separately. Credly processes badge transfers on their side, which usually takes a few business days; you will get an e-mail from Credly asking you to accept them once they are ready.""") + sig("Aditi S."),
     quoted=q_outlook(D("2025-06-19 20:05", timezone(timedelta(hours=1))), "Priya Raman", "priya.raman@outlook.com",
                      "aws-cs-trainingcertification-form@amazon.com", f"RE:[CASE {P1}] {FORM_SUBJ}",
                      "Yes, proceed.\n\nPriya"),
     expect_ids=["AWS00873214", "AWS02260937"])

mail(slug="profiles-consolidated-html", kind="merge_completed", lang="en", user="chen", sender=CONSOLE,
     subject=f"RE:[CASE {CH1}] Certification profiles - duplicate", date=D("2025-09-11 15:08"), case=CH1,
     fmt="html", cte="qp",
     new=dd("""
        Hello,

        We've finished consolidating your certification profiles. Everything that was recorded under AWS01889046 now lives in AWS03025517, and the former profile is no longer active.

        Your Credly badges have not been moved yet. That happens in a second step, and they will be re-issued to your primary e-mail address shortly. If they haven't arrived within 10 business days, just reply to this case.""") + sig("Grace M.", "Amazon Web Services") + console_footer(CH1, rate=True),
     expect_ids=["AWS01889046", "AWS03025517"])

mail(slug="ikou-itashimashita-sjis", kind="merge_completed", lang="ja", user="sho", sender=CONSOLE,
     subject=f"RE:[CASE {S1}] 認定アカウントの統合について", subj_cs="iso-2022-jp",
     date=D("2025-10-23 02:51"), case=S1, charset="shift_jis", cte="b64",
     new=dd("""
        高橋 翔 様

        お待たせいたしました。AWS00739962 の認定情報を AWS02954410 へ移行いたしました。今後は AWS02954410 のみをご利用ください。

        Credly のバッジにつきましては、システムの都合上、後日あらためて発行されます。届きましたら、メールのご案内に沿って受け取りのお手続きをお願いいたします。

        小林
        Amazon Web Services""") + console_footer(S1, lang="ja"),
     expect_ids=["AWS00739962", "AWS02954410"])

mail(slug="consolidation-done-badges-outstanding", kind="merge_completed", lang="en", user="daniel", sender=CONSOLE,
     subject=f"RE:[CASE {DA1}] Two certification accounts - please merge", date=D("2025-08-14 09:36"), case=DA1,
     cte="qp", charset="utf-8", label="windows-1252",
     new=dd("""
        Hi Daniel,

        The consolidation is done: aws-03346125 was folded into aws-00562391 this morning and the old record has been closed. Your transcript on the surviving account now lists both Solutions Architect – Associate and Developer – Associate.

        The badges are the one piece still outstanding. They live on Credly and don’t move automatically with the merge. I’ve raised a request with the Credly team; once they process it, you’ll get their usual “accept your badge” e-mails. This can take up to a couple of weeks.""") + sig("Hiroshi T.", "Amazon Web Services", "Thanks,") + console_footer(DA1),
     expect_ids=["AWS00562391", "AWS03346125"])

mail(slug="all-set-rate-footer", kind="merge_completed", lang="en", user="marcus", sender=CONSOLE,
     subject=f"RE:[CASE {MA1}] Duplicate AWS Certification account", date=D("2025-08-19 06:25"), case=MA1,
     fmt="alt", cte="qp",
     new=dd("""
        Hi Marcus,

        All set - your certifications have been combined under AWS01672209. AWS04033578 has been closed, so please use AWS01672209 from now on for scheduling exams and viewing your transcript.""") + sig("Liam K.", "Amazon Web Services", "Cheers,"),
     text_extra=f"\n\n----\nHow did we do? Was this response helpful? Rate it here:\nhttps://console.aws.amazon.com/support/home#/case/?displayId={MA1}&language=en&rate=true\n" + console_footer(MA1),
     html_extra=f'<hr><p style="font-size:12px">How did we do? <a href="https://console.aws.amazon.com/support/home#/case/?displayId={MA1}&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> <a href="https://console.aws.amazon.com/support/home#/case/?displayId={MA1}&amp;rating=1">&#9733;</a></p>',
     expect_ids=["AWS01672209", "AWS04033578"])

mail(slug="merged-resolved-yes-no", kind="merge_completed", lang="en", user="laura", sender=FORM,
     subject=f"RE: [CASE {L1}] {FORM_SUBJ}", date=D("2025-07-11 12:48"), case=L1, cte="qp",
     new=dd(f"""
        Hi Laura,

        I've gone ahead and merged the accounts as you confirmed. AWS01208875 now holds all of your certification records, and AWS03771249 has been deactivated.

        I'm closing this case now. If anything looks off, just reply here within 14 days and the case will reopen.""") + sig("Mateo", "AWS Training & Certification Support", "Kind regards,") + "\n\n" + dd(f"""


        ----------------------------------------
        Was your issue resolved?
        YES: https://aws-tc-feedback.amazon.com/s/{L1}?resolved=yes
        NO:  https://aws-tc-feedback.amazon.com/s/{L1}?resolved=no
        How would you rate your experience with Mateo? (1 = poor, 5 = excellent)
        ----------------------------------------"""),
     quoted=q_gmail(D("2025-07-10 09:12", timezone(timedelta(hours=2))), "Laura Fernández", "laura.fernandez.cloud@gmail.com", "Confirmed, thank you!"),
     expect_ids=["AWS01208875", "AWS03771249"])

mail(slug="tougou-kanryou-anketo", kind="merge_completed", lang="ja", user="yumi", sender=FORM,
     subject=f"RE:[CASE {Y1}] {FORM_SUBJ_JA}", subj_cs="utf-8", date=D("2025-07-31 04:22"), case=Y1,
     fmt="alt", cte="b64",
     new=dd("""
        伊藤 由美 様

        ご確認いただきありがとうございました。ご指示のとおり、AWS00966130 を AWS02417793 に統合いたしました。統合後のアカウントにサインインし、認定資格がすべて表示されていることをご確認ください。

        鈴木
        アマゾン ウェブ サービス""") + "\n\n" + dd(f"""


        ――――――――――――――――――
        今回の対応はいかがでしたか。以下のアンケートにご協力ください(所要時間約1分)。
        https://aws-tc-feedback.amazon.com/s/{Y1}?lang=ja
        ――――――――――――――――――"""),
     quoted=q_outlook_ja(D("2025-07-30 10:05", JST), "伊藤 由美", "yumi.ito@kaname-systems.co.jp",
                         "aws-cs-trainingcertification-form@amazon.com", f"RE:[CASE {Y1}] {FORM_SUBJ_JA}",
                         "鈴木様\n\n内容に相違ございません。統合をお願いいたします。\n\n伊藤"),
     expect_ids=["AWS00966130", "AWS02417793"])

mail(slug="accounts-unified-alt-differs", kind="merge_completed", lang="en", user="amir", sender=CONSOLE,
     subject=f"RE:[CASE {A1}] Please combine my AWS Certification accounts", date=D("2025-10-16 08:19"), case=A1,
     fmt="alt", cte="b64",
     new=dd("""
        Hello Amir,

        This is to confirm that your certification accounts have been unified. The records from AWS 02338176 were transferred to AWS 04719025, which is now your only active certification account.""") + sig("Devika P.", "Amazon Web Services"),
     text_extra=console_footer(A1),
     html_extra=f'<div style="border-top:1px solid #ddd;margin-top:16px;padding-top:8px"><p>How would you rate this response?</p><p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={A1}&amp;rate=excellent">Excellent</a> | <a href="https://console.aws.amazon.com/support/home#/case/?displayId={A1}&amp;rate=good">Good</a> | <a href="https://console.aws.amazon.com/support/home#/case/?displayId={A1}&amp;rate=poor">Poor</a></p></div>',
     expect_ids=["AWS02338176", "AWS04719025"])

mail(slug="case-resolved-merge-done", kind="merge_completed", lang="en", user="sofia", sender=FORM, charset="windows-1252",
     subject=f"RE:[CASE {SF1}] {FORM_SUBJ}", date=D("2025-11-12 13:37"), case=SF1, cte="qp",
     new=dd(f"""
        Hello Sofia,

        Your case has been resolved. We merged AWS03588410 into AWS01046627 as you confirmed on Monday; your exam history and the Security – Specialty certification are now visible on AWS01046627.

        We’d love to hear how we did: https://aws-tc-feedback.amazon.com/s/{SF1}

        Thanks,
        Priyanka
        AWS Training and Certification"""),
     expect_ids=["AWS01046627", "AWS03588410"])

mail(slug="close-ikou-anketo-iso2022", kind="merge_completed", lang="ja", user="kenta", sender=FORM,
     subject=f"RE:[CASE {KT1}] {FORM_SUBJ_JA}", subj_cs="iso-2022-jp", date=D("2025-09-27 03:05"), case=KT1,
     charset="iso-2022-jp", cte="7bit",
     new=dd(f"""
        山本 健太 様

        本件のケースをクローズいたします。AWS04598702 の認定資格は AWS02081664 へ移行いたしましたので、今後は AWS02081664 でサインインしてください。

        今回のサポートについて、アンケートへのご協力をお願いいたします。
        https://aws-tc-feedback.amazon.com/s/{KT1}?lang=ja

        中村
        AWS トレーニングと認定 カスタマーサポート"""),
     expect_ids=["AWS02081664", "AWS04598702"])

mail(slug="tougou-kanryou-phish-ja", kind="merge_completed", lang="ja", user="nana",
     sender=("AWS 認定サポート", "support@aws-certmerge.help", "lookalike"), from_cs="utf-8",
     verdict="lookalike", subject="【AWS認定】アカウント統合完了のお知らせ(本人確認のお願い)", subj_cs="utf-8",
     date=D("2026-01-20 11:30"), case=None, fmt="html", cte="b64",
     new=dd("""
        小林 奈々 様

        AWS認定アカウント AWS01620584 と AWS03307719 の統合が完了しました。

        認定資格を有効な状態に保つため、48時間以内に以下のリンクからサインインし、本人確認を完了してください。期限を過ぎると、統合後のアカウントが一時的に停止される場合があります。

        https://aws-certmerge.help/jp/verify

        AWS トレーニングと認定
        """),
     expect_ids=["AWS01620584", "AWS03307719"])

mail(slug="tougou-sagyou-kanryou-noauth", kind="merge_completed", lang="ja", user="ryo", sender=FORM,
     verdict="none", subject=f"RE:[CASE {RY1}] {FORM_SUBJ_JA}", subj_cs="utf-8",
     date=D("2025-12-24 08:50"), case=RY1, cte="qp",
     new=dd("""
        木村 亮 様

        お世話になっております。AWS トレーニングと認定 サポートでございます。

        アカウントの統合作業が完了いたしました。aws-00475518 に紐づいていた認定資格は、すべて aws-03190552 から確認いただけます。旧アカウントは閉鎖済みのため、今後はサインインできません。

        ご不明な点がございましたら、本メールにご返信ください。

        AWS トレーニングと認定 サポート 渡辺"""),
     expect_ids=["AWS00475518", "AWS03190552"])

olivia_req = dd("""
    Hi Olivia,

    Before we proceed, please confirm the merge below:

    Keep: AWS00412368
    Merge and close: AWS03961172

    Note that merges are permanent. Reply to this e-mail to confirm.

    Regards,
    Devika
    AWS Training and Certification""")
mail(slug="carried-out-under-request", kind="merge_completed", lang="en", user="olivia", sender=FORM,
     subject=f"RE:[CASE {O1}] {FORM_SUBJ}", date=D("2025-11-27 10:02"), case=O1, cte="qp",
     new=dd("""
        Hi Olivia,

        Thanks for confirming. The merge has been carried out - you now have a single certification account, AWS00412368.""") + sig("Devika", greet="Regards,"),
     quoted=q_outlook(D("2025-11-26 09:15", timezone(timedelta(hours=-5))), "Olivia Grant", "o.grant@contoso-health.org",
                      "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", f"RE:[CASE {O1}] {FORM_SUBJ}",
                      "Confirmed - please go ahead.\n\nOlivia Grant\nCloud Platform Lead | Contoso Health\n\n"
                      + q_outlook(D("2025-11-25 18:44", timezone(timedelta(hours=-5))), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
                                  "Olivia Grant <o.grant@contoso-health.org>", f"RE:[CASE {O1}] {FORM_SUBJ}", olivia_req)),
     expect_ids=["AWS00412368"])

# =============================================================== survey
mail(slug="no-reply-closing-case", kind="survey", lang="en", user="tom", sender=FORM,
     subject=f"RE:[CASE {T1}] {FORM_SUBJ}", date=D("2025-08-22 14:40"), case=T1, cte="qp",
     new=dd(f"""
        Hello Tom,

        We haven't heard back from you regarding the account details we requested on 14 August, so we are closing this case for now. If you still need help, simply reply to this e-mail and the case will be reopened.

        How did we do? Tell us in a short survey: https://aws-tc-feedback.amazon.com/s/{T1}

        AWS Training and Certification"""))

mail(slug="resolved-inactivity", kind="survey", lang="en", user="nadia", sender=CONSOLE,
     subject=f"Amazon Web Services: Case {N1} has been resolved", date=D("2025-12-19 20:30"), case=N1,
     fmt="alt", cte="qp",
     new=dd(f"""
        Hello,

        We have not received a response to our last correspondence on case {N1}, so the case has been resolved. You can reopen it within 14 days from the Support Center if you still need assistance.

        Was our support helpful? Please rate your experience:
        https://console.aws.amazon.com/support/home#/case/?displayId={N1}&language=en&rate=true""") + console_footer(N1))

mail(slug="henshin-nashi-close-ja", kind="survey", lang="ja", user="aya", sender=CONSOLE,
     subject=f"Amazon Web Services: ケース {AY1} は解決済みになりました", subj_cs="utf-8",
     date=D("2025-11-21 02:00"), case=AY1, cte="b64",
     new=dd(f"""
        お客様

        ケース {AY1} について、前回のご連絡以降お客様からのご返信が確認できなかったため、本ケースは解決済みとしてクローズいたしました。

        引き続きサポートが必要な場合は、14日以内であればサポートセンターからケースを再開いただけます。

        今回のサポートについて、簡単なアンケートにご協力ください。
        https://console.aws.amazon.com/support/home#/case/?displayId={AY1}&language=ja&rate=true""") + console_footer(AY1, lang="ja"))

ben_req = dd("""
    Hi Ben,

    Please confirm the following merge:
      Keep: AWS01773045
      Merge and close: AWS04261190
    This cannot be undone. Reply to confirm.

    Best regards,
    Noah
    AWS Training and Certification""")
mail(slug="closed-no-confirmation-received", kind="survey", lang="en", user="ben", sender=FORM,
     subject=f"RE:[CASE {B1}] {FORM_SUBJ}", date=D("2025-09-12 15:55"), case=B1, cte="qp",
     new=dd(f"""
        Hi Ben,

        On 2 September we asked you to confirm the merge of AWS04261190 into AWS01773045. As we did not receive a reply, this case has now been closed and no changes were made to either account.

        Should you wish to go ahead, reply to this e-mail with your confirmation and we will pick it up again.

        Your opinion matters - please rate our service: https://aws-tc-feedback.amazon.com/s/{B1}""") + sig("Noah"),
     quoted=q_outlook(D("2025-09-02 16:20", timezone(timedelta(hours=1))), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
                      "Ben Carter <ben.carter@northwind-it.com>", f"RE:[CASE {B1}] {FORM_SUBJ}", ben_req),
     expect_ids=["AWS01773045", "AWS04261190"])

mail(slug="kigen-made-henshin-nashi-sjis", kind="survey", lang="ja", user="taku", sender=FORM,
     subject=f"RE:[CASE {TK1}] {FORM_SUBJ_JA}", subj_cs="iso-2022-jp", date=D("2025-09-05 06:45"), case=TK1,
     charset="shift_jis", cte="8bit",
     new=dd(f"""
        松本 拓也 様

        先日お願いいたしました情報(各アカウントのログイン用メールアドレス)について、期日までにご返信をいただけなかったため、本件はいったんクローズさせていただきます。

        引き続きサポートが必要な場合は、本メールにご返信いただければケースを再開いたします。

        アンケートへのご協力のお願い:
        https://aws-tc-feedback.amazon.com/s/{TK1}?lang=ja

        AWS トレーニングと認定 カスタマーサポート"""))

mail(slug="closed-not-heard-html", kind="survey", lang="en", user="rahul", sender=CONSOLE,
     subject=f"Amazon Web Services: Case {RA1} has been resolved", date=D("2025-07-28 11:09"), case=RA1,
     fmt="html", cte="qp",
     new=dd(f"""
        Hello,

        Since we hadn't heard from you, your support case {RA1} (Subject: Merge certification accounts) has been closed.

        If your issue isn't fully resolved, you can reopen the case within 14 days.

        How would you rate our support? Share your feedback: https://console.aws.amazon.com/support/home#/case/?displayId={RA1}&rate=true""") + console_footer(RA1))

mail(slug="how-did-we-do", kind="survey", lang="en", user="kenji",
     sender=("AWS Training and Certification", "tc-feedback@amazon.com", "ses_amazon"),
     subject="How did we do? Tell us about your recent support experience", date=D("2025-06-16 17:00"), case=K1,
     fmt="alt", cte="qp",
     new=dd(f"""
        Hi Kenji,

        Your recent case with AWS Training and Certification (case {K1}) is now closed. Please take two minutes to tell us about your experience - your answers help us improve.

        Start the survey: https://aws-tc-feedback.amazon.com/s/{K1}

        Thank you,
        AWS Training and Certification"""))

mail(slug="anketo-gokyouryoku", kind="survey", lang="ja", user="misaki",
     sender=("AWS トレーニングと認定", "tc-feedback@amazon.com", "ses_amazon"), from_cs="utf-8",
     subject="アンケートご協力のお願い:AWS トレーニングと認定 サポート", subj_cs="utf-8",
     date=D("2025-06-02 01:00"), case=M1, fmt="html", cte="b64",
     new=dd(f"""
        佐藤 美咲 様

        先日は AWS トレーニングと認定 サポートへお問い合わせいただき、ありがとうございました(ケース番号 {M1})。

        サービス向上のため、今回のサポートについてアンケートにご回答いただけますと幸いです。所要時間は2分程度です。

        アンケートに回答する: https://aws-tc-feedback.amazon.com/s/{M1}?lang=ja

        AWS トレーニングと認定"""))

mail(slug="rate-support-gift-lookalike", kind="survey", lang="en", user="laura",
     sender=("AWS Customer Feedback", "feedback@aws-support-survey.com", "lookalike"), verdict="lookalike",
     subject=f"Rate your support case {L1} and receive a $50 AWS credit", date=D("2025-07-14 07:45"), case=L1,
     fmt="html", cte="qp",
     new=dd(f"""
        Dear Customer,

        Your AWS Training and Certification case {L1} was recently closed. Tell us how we did and receive a $50 promotional credit for your AWS account.

        Take the 1-minute survey: https://aws-support-survey.com/r/{L1}

        You will be asked to sign in to apply the credit.

        AWS Customer Experience"""))

mail(slug="case-resolved-notice", kind="survey", lang="en", user="chen", sender=CONSOLE,
     subject=f"Amazon Web Services: Case {CH1} has been resolved", date=D("2025-09-11 15:10"), case=CH1,
     cte="qp",
     new=dd(f"""
        Hello,

        We're writing to let you know that case {CH1} has been resolved. If your issue was not fully addressed, you can reopen the case within 14 days from the Support Center.

        How would you rate our response? Your feedback helps us improve:
        https://console.aws.amazon.com/support/home#/case/?displayId={CH1}&language=en&rate=true""") + console_footer(CH1))
# =============================================================== credly_badge_issued
def credly_new(first, issuer, badge, url_id, extra=""):
    return dd(f"""
        Hi {first},

        {issuer} has issued you a new badge: {badge}.

        Accept your badge to add it to your Credly profile, then share it on LinkedIn, in your e-mail signature or on your résumé so that employers can verify your achievement.

        Accept your badge: https://www.credly.com/earner/earned/badge/{url_id}
        """) + extra + "\n\n" + dd("""


        Questions? Visit https://support.credly.com

        Credly by Pearson
        You are receiving this e-mail because an organization issued you a badge through Credly.
        Manage e-mail preferences: https://www.credly.com/earner/settings/notifications""")

def CRED(issuer):
    return (f"{issuer} via Credly", "admin@credly.com", "credly")

def u4():
    return str(uuid.UUID(int=R.getrandbits(128)))

mail(slug="credly-aws-saa-badge", kind="credly_badge_issued", lang="en", user="kenji",
     sender=CRED("Amazon Web Services Training and Certification"),
     subject="Amazon Web Services Training and Certification sent you a badge", date=D("2025-06-19 23:12"), case=None,
     fmt="alt", cte="qp", new=credly_new("Kenji", "Amazon Web Services Training and Certification", "AWS Certified Solutions Architect – Associate", u4()))

mail(slug="credly-ibm-badge", kind="credly_badge_issued", lang="en", user="rahul", sender=CRED("IBM"),
     subject="Congratulations, Rahul! You've earned a badge from IBM", date=D("2025-10-02 15:41"), case=None,
     fmt="alt", cte="qp", new=credly_new("Rahul", "IBM", "IBM Certified Solution Architect - Cloud Pak for Data v4.x", u4()))

mail(slug="credly-cisco-ccna", kind="credly_badge_issued", lang="en", user="ben", sender=CRED("Cisco"),
     subject="Cisco issued you a new badge: Cisco Certified Network Associate (CCNA)", date=D("2025-11-05 18:27"), case=None,
     fmt="alt", cte="b64", new=credly_new("Ben", "Cisco", "Cisco Certified Network Associate (CCNA)", u4()))

mail(slug="credly-comptia-secplus", kind="credly_badge_issued", lang="en", user="amir", sender=CRED("CompTIA"),
     subject="Your CompTIA Security+ ce Certification badge is ready to accept", date=D("2025-12-03 09:14"), case=None,
     fmt="html", cte="qp", new=credly_new("Amir", "CompTIA", "CompTIA Security+ ce Certification", u4()))

mail(slug="credly-lf-cka", kind="credly_badge_issued", lang="en", user="marcus", sender=CRED("The Linux Foundation"),
     subject="The Linux Foundation sent you a badge: CKA: Certified Kubernetes Administrator", date=D("2025-09-17 20:03"), case=None,
     fmt="alt", cte="qp", new=credly_new("Marcus", "The Linux Foundation", "CKA: Certified Kubernetes Administrator", u4()))

mail(slug="credly-hashicorp-terraform", kind="credly_badge_issued", lang="en", user="laura", sender=CRED("HashiCorp"),
     subject="You've been awarded HashiCorp Certified: Terraform Associate (003)", date=D("2025-08-06 13:30"), case=None,
     fmt="alt", cte="b64", new=credly_new("Laura", "HashiCorp", "HashiCorp Certified: Terraform Associate (003)", u4()))

mail(slug="credly-isc2-cc", kind="credly_badge_issued", lang="en", user="priya", sender=CRED("ISC2"),
     subject="ISC2 has issued you a badge", date=D("2026-01-12 16:55"), case=None,
     fmt="alt", cte="qp", new=credly_new("Priya", "ISC2", "Certified in Cybersecurity (CC)", u4()))

mail(slug="credly-oracle-badge-ja", kind="credly_badge_issued", lang="ja", user="taku", sender=CRED("Oracle"),
     subject="Oracle からバッジが届きました", subj_cs="utf-8", date=D("2025-10-14 04:12"), case=None,
     fmt="alt", cte="b64",
     new=dd(f"""
        松本 拓也 さん

        おめでとうございます!Oracle から新しいバッジ「Oracle Cloud Infrastructure 2025 Certified Foundations Associate」が発行されました。

        バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn やメール署名で共有できるようになります。

        バッジを受け取る: https://www.credly.com/earner/earned/badge/{u4()}

        ご不明な点は https://support.credly.com をご覧ください。

        Credly by Pearson
        通知設定の変更: https://www.credly.com/earner/settings/notifications"""))

mail(slug="badge-pending-lookalike", kind="credly_badge_issued", lang="en", user="sofia",
     sender=("Credly", "notifications@credly-badges.net", "lookalike"), verdict="lookalike",
     subject="Your AWS badge is waiting - accept within 48 hours", date=D("2025-11-15 22:18"), case=None,
     fmt="html", cte="qp",
     new=dd("""
        Hi Sofia,

        Amazon Web Services Training and Certification has issued you a badge: AWS Certified Security – Specialty.

        Badges that are not accepted within 48 hours are returned to the issuer. Sign in to accept your badge:

        https://credly-badges.net/accept?b=aws-security-specialty

        Credly"""))

mail(slug="credly-badges-transferred", kind="credly_badge_issued", lang="en", user="olivia",
     sender=CRED("Amazon Web Services Training and Certification"),
     subject="Amazon Web Services Training and Certification sent you 2 badges", date=D("2025-12-04 19:47"), case=None,
     fmt="alt", cte="qp",
     new=dd(f"""
        Hi Olivia,

        Following an update to your records by the issuer, the following badges from Amazon Web Services Training and Certification have been issued to this e-mail address and are ready for you to accept:

          - AWS Certified Developer – Associate
          - AWS Certified SysOps Administrator – Associate

        Accept your badges: https://www.credly.com/earner/earned/badges/pending

        Questions? Visit https://support.credly.com

        Credly by Pearson
        Manage e-mail preferences: https://www.credly.com/earner/settings/notifications"""))

# =============================================================== support_reply
# ---- completed earlier, asking which to keep for a different pair
mail(slug="prior-merge-done-which-to-keep", kind="support_reply", lang="en", user="kenji", sender=FORM,
     subject=f"RE:[CASE {K2}] {FORM_SUBJ}", date=D("2025-07-22 11:30"), case=K2, cte="qp",
     new=dd(f"""
        Hello Kenji,

        Thanks for writing in again. I can see that your earlier merge (case {K1}) was completed on 13 June, and AWS01935582 is your active certification account.

        Regarding the two additional profiles you've just found, AWS02768340 and AWS04410963: they were created with different e-mail addresses and neither is linked to AWS01935582. Before we can do anything with them, could you tell us which of these two you want to keep as the surviving account? Alternatively, if you would like both folded into AWS01935582, please say so explicitly.""") + sig("Noah"),
     quoted=q_gmail(K2o.astimezone(JST), "Kenji Watanabe", "kenji.watanabe.dev@gmail.com",
                    "Hi, after the last merge I noticed two more old profiles: AWS02768340 and AWS04410963. Not sure which one has my Developer cert. Can you help?"),
     expect_ids=["AWS01935582", "AWS02768340", "AWS04410963"])

mail(slug="zenkai-kanryou-dochira-nokosu", kind="support_reply", lang="ja", user="misaki", sender=FORM,
     subject=f"RE:[CASE {M2}] {FORM_SUBJ_JA}", subj_cs="iso-2022-jp", date=D("2025-10-07 03:22"), case=M2,
     charset="iso-2022-jp", cte="7bit",
     new=dd(f"""
        佐藤 美咲 様

        AWS トレーニングと認定 サポートの中村です。いつもお世話になっております。

        前回のケース(ケース番号: {M1})でご依頼いただいた AWS03980016 から AWS01457720 への統合は、すでに完了しております。

        今回お問い合わせいただいた AWS04127753 と AWS02605148 の2つのアカウントにつきましては、どちらを残すアカウントとするかご指定いただけますでしょうか。あわせて、それぞれのアカウントのログイン用メールアドレスもお知らせください。

        よろしくお願いいたします。
        中村""") + FORM_FOOT_JA,
     expect_ids=["AWS01457720", "AWS02605148", "AWS03980016", "AWS04127753"])

mail(slug="earlier-merge-fine-new-pair", kind="support_reply", lang="en", user="marcus", sender=CONSOLE,
     subject=f"RE:[CASE {MA2}] Another duplicate certification profile", date=D("2025-12-16 08:04"), case=MA2,
     cte="b64",
     new=dd("""
        Hi Marcus,

        Your previous merge went through fine - AWS01672209 has held all of your certifications since 19 August. The new request is about a different pair, so I've treated it separately:

          1) AWS00398821 - created 2019, login marcus.lindqvist@consultra.se
          2) AWS04512876 - created 2024, login m.lindqvist@nordlys-data.se

        Which of these should remain as the primary? Once we know, we'll send you the usual summary to confirm before anything is changed.""") + sig("Liam K.", "Amazon Web Services", "Cheers,") + console_footer(MA2, rate=True),
     expect_ids=["AWS00398821", "AWS01672209", "AWS04512876"])

mail(slug="june-merge-complete-which-retain", kind="support_reply", lang="en", user="priya", sender=FORM,
     subject=f"RE:[CASE {P2}] {FORM_SUBJ}", date=D("2025-09-03 10:50"), case=P2, cte="qp",
     new=dd("""
        Hi Priya,

        Just to recap: the consolidation you asked for in June (AWS02260937 into AWS00873214) is complete and nothing further is needed there.

        In your latest message you mention two more profiles, AWS01590347 and AWS03802265, both under the name Priya Raman. If these are yours, which one would you like to retain? Please also tell us the sign-in e-mail of each, so we can verify ownership.""") + sig("Aditi S."),
     quoted=q_outlook(D("2025-09-02 16:30", timezone(timedelta(hours=1))), "Priya Raman", "priya.raman@outlook.com",
                      "aws-cs-trainingcertification-form@amazon.com", FORM_SUBJ,
                      "Hello,\n\nI found two more profiles with my name (AWS01590347, AWS03802265). Could these be merged as well?\n\nPriya"),
     expect_ids=["AWS02260937", "AWS00873214", "AWS01590347", "AWS03802265"])

mail(slug="betsu-account-nokosu-sjis", kind="support_reply", lang="ja", user="kenta", sender=CONSOLE,
     subject=f"RE:[CASE {KT2}] 別の認定アカウントの統合について", subj_cs="utf-8",
     date=D("2025-12-02 05:41"), case=KT2, charset="shift_jis", cte="b64",
     new=dd("""
        山本 健太 様

        お問い合わせいただきありがとうございます。

        先日の AWS04598702 から AWS02081664 への統合は完了しておりますが、今回ご連絡いただいた AWS01352278 と AWS03064419 は、それとは別のアカウントでございます。

        この2つのうち、どちらのアカウントを残すかお知らせいただけますでしょうか。ご指定をいただいた後、統合内容の最終確認のご連絡を差し上げます。

        よろしくお願いいたします。
        加藤
        Amazon Web Services""") + console_footer(KT2, lang="ja"),
     expect_ids=["AWS01352278", "AWS02081664", "AWS03064419", "AWS04598702"])

mail(slug="pair-raised-which-kept-html", kind="support_reply", lang="en", user="amir", sender=FORM,
     subject=f"RE:[CASE {A2}] {FORM_SUBJ}", date=D("2026-02-17 09:26"), case=A2, fmt="html", cte="qp",
     new=dd("""
        Hello Amir,

        The merge from your earlier request is finished, so AWS04719025 is all set. For the pair you raised in your latest e-mail (AWS02950063 and AWS01185740), please let us know which one should be kept and which should be merged into it.""") + sig("Devika P."),
     quoted=q_outlook(D("2026-02-16 14:00", timezone(timedelta(hours=4))), "Amir Haddad", "amir.haddad@outlook.com",
                      "aws-cs-trainingcertification-form@amazon.com", FORM_SUBJ,
                      "Hi, my company also registered me twice for the partner training: AWS02950063 and AWS01185740. Could you merge these? My main account AWS04719025 should stay separate.\n\nAmir"),
     expect_ids=["AWS01185740", "AWS02950063", "AWS04719025"])

# ---- could NOT merge
mail(slug="merge-rejected-name-mismatch", kind="support_reply", lang="en", user="rahul", sender=FORM,
     subject=f"RE:[CASE {RA2}] {FORM_SUBJ}", date=D("2025-10-01 07:12"), case=RA2, cte="qp",
     new=dd("""
        Hi Rahul,

        I tried to process the merge of AWS01927734 into AWS00655082 today, but the system rejected the request because the legal names on the two profiles do not match ("Rahul Mehta" vs "Rahul K. Mehta").

        To continue, please reply with:
          - your full legal name exactly as it appears on your government-issued ID, and
          - the e-mail address you use to sign in to each account.

        Once we have these, I'll update the name and try again.""") + sig("Ines", greet="Thanks,"),
     expect_ids=["AWS00655082", "AWS01927734"])

mail(slug="unable-pending-appointment", kind="support_reply", lang="en", user="tom", sender=FORM,
     subject=f"RE:[CASE {T2}] {FORM_SUBJ}", date=D("2025-10-29 16:05"), case=T2, cte="b64",
     new=dd("""
        Hello Tom,

        Unfortunately we were unable to merge your accounts: one of the profiles (AWS03459126) has an exam appointment scheduled for 12 November, and accounts with a pending appointment cannot be merged.

        Would you like to reschedule or cancel that appointment so we can continue, or would you prefer that we wait until after your exam? Please let us know how you'd like to proceed.""") + sig("Ines"),
     expect_ids=["AWS03459126"])

mail(slug="tougou-error-mikanryou", kind="support_reply", lang="ja", user="aya", sender=FORM,
     subject=f"RE:[CASE {AY2}] {FORM_SUBJ_JA}", subj_cs="utf-8", date=D("2026-03-10 04:18"), case=AY2,
     fmt="alt", cte="b64",
     new=dd("""
        中島 彩 様

        お世話になっております。AWS トレーニングと認定 サポートの鈴木です。

        本日 AWS01098425 から AWS02873306 への統合処理を実行いたしましたが、システムエラーにより完了できませんでした。現時点では、いずれのアカウントにも変更は加えられておりません。

        お手数ですが、AWS02873306 に登録されている通知用メールアドレスをお知らせいただけますでしょうか。確認でき次第、再度処理を行います。

        鈴木"""),
     expect_ids=["AWS01098425", "AWS02873306"])

mail(slug="candidate-id-not-found", kind="support_reply", lang="en", user="nadia", sender=CONSOLE,
     subject=f"RE:[CASE {N1}] Merge certification accounts", date=D("2025-12-09 22:47"), case=N1, cte="qp",
     new=dd("""
        Hello Nadia,

        We could not find a certification account with the ID AWS 04771203 that you provided, so we haven't been able to merge it with AWS01530096.

        Could you double-check the candidate ID shown on your certification profile, and let us know the e-mail address you use to sign in to that account?""") + sig("Oskar", "Amazon Web Services") + console_footer(N1, rate=True),
     expect_ids=["AWS01530096", "AWS04771203"])

mail(slug="account-mitsukarazu-ja", kind="support_reply", lang="ja", user="nana", sender=FORM,
     subject=f"RE:[CASE {NA1}] {FORM_SUBJ_JA}", subj_cs="utf-8", date=D("2026-01-20 06:00"), case=NA1,
     cte="8bit", charset="utf-8", label="us-ascii",
     new=dd("""
        小林 奈々 様

        お問い合わせいただきありがとうございます。

        ご提示いただいた AWS01620584 のアカウントがシステム上で見つからず、統合を行うことができませんでした。

        お手数ですが、このアカウントにサインインする際のメールアドレスと、認定試験を受験されたおおよその時期をお知らせいただけますでしょうか。

        よろしくお願いいたします。
        AWS トレーニングと認定 サポート"""),
     expect_ids=["AWS01620584"])

mail(slug="merge-tool-error-partner-link", kind="support_reply", lang="en", user="hannah", sender=FORM,
     subject=f"RE:[CASE {H1}] {FORM_SUBJ}", date=D("2026-02-25 13:14"), case=H1, cte="qp",
     new=dd("""
        Hi Hannah,

        I attempted the merge of AWS00937751 into AWS02604419, but our merge tool returned an error: the secondary profile is still linked to a partner organization, and linked profiles can't be merged.

        Could you ask your partner administrator to remove the association, or send us the name of the partner organization so we can follow up with them? Nothing has been changed on either account in the meantime.""") + sig("Ines"),
     expect_ids=["AWS00937751", "AWS02604419"])

# ---- cancelled at user's request
mail(slug="merge-request-cancelled", kind="support_reply", lang="en", user="kenji", sender=FORM,
     subject=f"RE:[CASE {K2}] {FORM_SUBJ}", date=D("2025-07-24 09:58"), case=K2, cte="qp",
     new=dd("""
        Hello Kenji,

        As you asked, we have cancelled the merge request for AWS02768340 and AWS04410963. No changes have been made; both profiles remain exactly as they were.

        If you change your mind later, just reply to this e-mail.""") + sig("Noah"),
     quoted=q_gmail(D("2025-07-24 08:10", JST), "Kenji Watanabe", "kenji.watanabe.dev@gmail.com",
                    "Hi Noah,\n\nI talked to my old employer and it turns out AWS04410963 is a shared training account, not mine. Please don't merge anything for now - cancel the request.\n\nThanks"),
     expect_ids=["AWS02768340", "AWS04410963"])

mail(slug="tetsuzuki-torikeshi", kind="support_reply", lang="ja", user="misaki", sender=FORM,
     subject=f"RE:[CASE {M2}] {FORM_SUBJ_JA}", subj_cs="iso-2022-jp", date=D("2025-10-09 02:30"), case=M2,
     charset="iso-2022-jp", cte="7bit",
     new=dd("""
        佐藤 美咲 様

        ご連絡いただきありがとうございます。

        ご依頼に基づき、AWS04127753 と AWS02605148 の統合のお手続きを取り消しました。いずれのアカウントにも変更は加えておりません。

        今後あらためて統合をご希望の場合は、本メールにご返信ください。

        中村"""),
     quoted=q_ja(D("2025-10-08 21:15", JST), "佐藤 美咲", "misaki-sato@nifty.com",
                 "中村様\n\n申し訳ありません、やはり統合は見送りたいと思います。手続きを取り消していただけますか。\n\n佐藤"),
     expect_ids=["AWS02605148", "AWS04127753"])

mail(slug="merge-called-off", kind="support_reply", lang="en", user="amir", sender=FORM,
     subject=f"RE:[CASE {A2}] {FORM_SUBJ}", date=D("2026-02-19 12:40"), case=A2, cte="qp",
     new=dd("""
        Hi Amir,

        Per your note, we've called off the merge of AWS02950063 and AWS01185740. Both accounts are untouched and remain active.""") + sig("Devika P."),
     quoted=q_outlook(D("2026-02-18 19:02", timezone(timedelta(hours=4))), "Amir Haddad", "amir.haddad@outlook.com",
                      "aws-cs-trainingcertification-form@amazon.com", f"RE:[CASE {A2}] {FORM_SUBJ}",
                      "Hi Devika,\n\nOur partner manager says they need both profiles separate for reporting. Please stop the merge.\n\nThanks,\nAmir\n\n"
                      + q_outlook(D("2026-02-17 09:26", timezone(timedelta(hours=4))), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
                                  "amir.haddad@outlook.com", f"RE:[CASE {A2}] {FORM_SUBJ}",
                                  "Hello Amir,\n\nThe merge from your earlier request is finished, so AWS04719025 is all set. For the pair you raised, please let us know which one should be kept.")),
     expect_ids=["AWS01185740", "AWS02950063"])

mail(slug="request-withdrawn", kind="support_reply", lang="en", user="laura", sender=FORM,
     subject=f"RE: [CASE {L2}] {FORM_SUBJ}", date=D("2025-11-05 09:12"), case=L2, cte="b64",
     new=dd("""
        Hi Laura,

        Understood - we've withdrawn the request and will not proceed with merging AWS02187706 into AWS01208875. Nothing has been changed on either profile.

        Should you need anything else, feel free to reply to this e-mail.""") + sig("Mateo", "AWS Training & Certification Support", "Kind regards,"),
     expect_ids=["AWS01208875", "AWS02187706"])

mail(slug="tougou-chuushi-iso2022", kind="support_reply", lang="ja", user="kenta", sender=CONSOLE,
     subject=f"RE:[CASE {KT2}] 別の認定アカウントの統合について", subj_cs="iso-2022-jp",
     date=D("2025-12-04 07:02"), case=KT2, charset="iso-2022-jp", cte="7bit",
     new=dd("""
        山本 健太 様

        ご要望のとおり、AWS01352278 と AWS03064419 の統合は中止いたしました。両アカウントとも現状のままご利用いただけます。

        加藤
        Amazon Web Services""") + console_footer(KT2, lang="ja"),
     expect_ids=["AWS01352278", "AWS03064419"])

mail(slug="consolidation-stopped-per-request", kind="support_reply", lang="en", user="daniel", sender=CONSOLE,
     subject=f"RE:[CASE {DA2}] Merge two more certification profiles", date=D("2025-11-19 14:27"), case=DA2,
     cte="qp",
     new=dd("""
        Hello Daniel,

        Per your request, the consolidation of AWS02290417 and AWS00831556 has been stopped before any changes were made. Both profiles remain active and separate.

        If you'd like to revisit this later, you can reply to this case or open a new one.""") + sig("Hiroshi T.", "Amazon Web Services", "Regards,") + console_footer(DA2, rate=True),
     expect_ids=["AWS00831556", "AWS02290417"])

# ---- thanks only
mail(slug="thanks-kind-words", kind="support_reply", lang="en", user="priya", sender=FORM,
     subject=f"RE:[CASE {P1}] {FORM_SUBJ}", date=D("2025-06-23 08:30"), case=P1, cte="qp",
     new=dd("""
        Hi Priya,

        Thank you so much for the kind words - I'll make sure they reach the team. Wishing you the best with your upcoming exams!""") + sig("Aditi"),
     quoted=q_outlook(D("2025-06-21 10:12", timezone(timedelta(hours=1))), "Priya Raman", "priya.raman@outlook.com",
                      "aws-cs-trainingcertification-form@amazon.com", f"RE:[CASE {P1}] {FORM_SUBJ}",
                      "Hi Aditi,\n\nI can see both certifications on AWS00873214 now. Thank you for the quick help!\n\nPriya"))

mail(slug="thanks-for-update", kind="support_reply", lang="en", user="marcus", sender=CONSOLE,
     subject=f"RE:[CASE {MA1}] Duplicate AWS Certification account", date=D("2025-08-20 10:44"), case=MA1, cte="7bit",
     charset="us-ascii",
     new=dd("""
        Hi Marcus,

        Thanks for getting back to us and for the update. Have a great day!""") + sig("Liam K.", "Amazon Web Services", "Cheers,") + console_footer(MA1, rate=True))

mail(slug="goteinei-arigatou", kind="support_reply", lang="ja", user="sho", sender=CONSOLE,
     subject=f"RE:[CASE {S1}] 認定アカウントの統合について", subj_cs="utf-8", date=D("2025-10-25 01:12"), case=S1,
     charset="shift_jis", cte="b64",
     new=dd("""
        高橋 翔 様

        ご丁寧にご連絡いただき、誠にありがとうございます。

        またお困りのことがございましたら、お気軽にお問い合わせください。

        小林
        Amazon Web Services""") + console_footer(S1, lang="ja"))

mail(slug="great-to-hear", kind="support_reply", lang="en", user="laura", sender=FORM,
     subject=f"RE: [CASE {L1}] {FORM_SUBJ}", date=D("2025-07-13 15:02"), case=L1, cte="qp",
     new=dd("""
        Hi Laura,

        That's great to hear - thanks for letting us know, and for your patience throughout.""") + sig("Mateo", "AWS Training & Certification Support", "Kind regards,"),
     quoted=q_gmail(D("2025-07-12 22:40", timezone(timedelta(hours=2))), "Laura Fernández", "laura.fernandez.cloud@gmail.com",
                    "Hi Mateo,\n\nJust checked: everything is merged into AWS01208875 and the voucher is there too. Thanks a lot!\n\nLaura\n\n"
                    + q_gmail(D("2025-07-11 14:48", timezone(timedelta(hours=2))), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
                              "Hi Laura,\n\nI've gone ahead and merged the accounts as you confirmed. AWS01208875 now holds all of your certification records, and AWS03771249 has been deactivated.")),
     expect_ids=[])

mail(slug="goshenshin-arigatou", kind="support_reply", lang="ja", user="yumi", sender=FORM,
     subject=f"RE:[CASE {Y1}] {FORM_SUBJ_JA}", subj_cs="utf-8", date=D("2025-08-01 00:55"), case=Y1, cte="qp",
     new=dd("""
        伊藤 由美 様

        ご返信いただきありがとうございます。お役に立てて何よりです。

        鈴木
        アマゾン ウェブ サービス"""),
     quoted=q_outlook_ja(D("2025-07-31 18:20", JST), "伊藤 由美", "yumi.ito@kaname-systems.co.jp",
                         "aws-cs-trainingcertification-form@amazon.com", f"RE:[CASE {Y1}] {FORM_SUBJ_JA}",
                         "鈴木様\n\n確認いたしました。ありがとうございました。\n\n伊藤"))

mail(slug="thank-you-patience-html", kind="support_reply", lang="en", user="olivia", sender=FORM,
     subject=f"RE:[CASE {O1}] {FORM_SUBJ}", date=D("2025-11-28 16:20"), case=O1, fmt="html", cte="qp",
     new=dd("""
        Hi Olivia,

        Thank you for your patience, and for being part of the AWS Certification community. We appreciate you taking the time to write back.""") + sig("Devika", greet="Warm regards,"))

# ---- other support replies
mail(slug="thanks-confirming-proceeding", kind="support_reply", lang="en", user="kenji", sender=FORM,
     subject=f"RE:[CASE {K1}] {FORM_SUBJ}", date=D("2025-06-12 09:15"), case=K1, cte="qp",
     new=dd("""
        Hello Kenji,

        Thank you for confirming. We'll now proceed with merging AWS03117408 into AWS01935582 and will e-mail you as soon as it's done; this usually takes one to two business days.""") + sig("Sebastian R."),
     quoted=q_gmail(kenji_conf_date.astimezone(JST), "Kenji Watanabe", "kenji.watanabe.dev@gmail.com",
                    kenji_conf + "\n\n" + q_gmail(MC1_date.astimezone(JST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", MC1_text)),
     expect_ids=["AWS01935582", "AWS03117408"])

mail(slug="kakunin-arigatou-susumemasu", kind="support_reply", lang="ja", user="misaki", sender=FORM,
     subject=f"RE:[CASE {M1}] {FORM_SUBJ_JA}", subj_cs="iso-2022-jp", date=D("2025-05-28 02:40"), case=M1,
     charset="iso-2022-jp", cte="7bit",
     new=dd("""
        佐藤 美咲 様

        ご確認いただきありがとうございます。これより AWS03980016 を AWS01457720 へ統合する作業を開始いたします。完了しましたら、あらためてご連絡いたします。

        中村"""),
     quoted=q_ja(D("2025-05-28 08:02", JST), "佐藤 美咲", "misaki-sato@nifty.com", misaki_conf),
     expect_ids=["AWS01457720", "AWS03980016"])

mail(slug="once-complete-credly-next", kind="support_reply", lang="en", user="daniel", sender=CONSOLE,
     subject=f"RE:[CASE {DA1}] Two certification accounts - please merge", date=D("2025-08-13 10:02"), case=DA1,
     cte="qp",
     new=dd("""
        Hi Daniel,

        A quick note while the merge is in progress: once the consolidation of aws-03346125 into aws-00562391 is finished, we will also ask Credly to move your badges, and we'll let you know when both steps are done. There's nothing you need to do in the meantime.""") + sig("Hiroshi T.", "Amazon Web Services", "Regards,") + console_footer(DA1, rate=True),
     expect_ids=["AWS00562391", "AWS03346125"])

mail(slug="verify-password-lookalike", kind="support_reply", lang="en", user="nadia",
     sender=("Amazon Web Services", "no-reply@aws-supportcenter.net", "lookalike"), verdict="lookalike",
     subject=f"RE:[CASE {N1}] Merge certification accounts - additional information needed",
     date=D("2025-12-10 04:31"), case=N1, cte="qp",
     new=dd("""
        Hello Nadia,

        To proceed with your merge request for AWS04771203 we need to verify ownership of the account. Please reply to this e-mail with:

          1. The password you use to sign in to the certification portal
          2. A photo of the front and back of your ID card

        Without this information we will not be able to continue.""") + sig("Verification Team", "Amazon Web Services"),
     expect_ids=["AWS04771203"])

mail(slug="still-need-assistance", kind="support_reply", lang="en", user="tom", sender=FORM,
     subject=f"RE:[CASE {T1}] {FORM_SUBJ}", date=D("2025-08-18 13:00"), case=T1, cte="qp",
     new=dd("""
        Hello Tom,

        We're following up on our message of 14 August, in which we asked for the sign-in e-mail of each of your certification accounts. Do you still need help with this request? If so, please reply with the details and we'll continue from there.""") + sig("Ines"))

mail(slug="which-one-to-keep", kind="support_reply", lang="en", user="sofia", sender=FORM,
     subject=f"RE:[CASE {SF1}] {FORM_SUBJ}", date=D("2025-11-07 10:31"), case=SF1, cte="qp",
     new=dd("""
        Hi Sofia,

        Thanks for reaching out. I found two certification accounts under your name: AWS01046627 and AWS03588410.

        Which of the two would you like to keep? Please also confirm the e-mail address where you'd like to receive notifications going forward.""") + sig("Priyanka", greet="Thanks,"),
     expect_ids=["AWS01046627", "AWS03588410"])

mail(slug="new-correspondence-added", kind="support_reply", lang="en", user="ben", sender=CONSOLE,
     subject=f"[Case {B2}] New correspondence added", date=D("2026-01-06 09:48"), case=B2, cte="qp",
     new=dd(f"""
        Hello,

        A new correspondence has been added to your support case {B2} (Subject: Merge certification accounts).

        To view the correspondence and respond, sign in to the AWS Support Center:
        https://console.aws.amazon.com/support/home#/case/?displayId={B2}&language=en""") + console_footer(B2))
# =============================================================== unrelated
mail(slug="aws-accounts-organizations", kind="unrelated", lang="en", user="daniel", sender=CONSOLE,
     subject=f"RE:[CASE {DO}] Merge two AWS accounts into one", date=D("2025-10-02 11:20"), case=DO, cte="qp",
     new=dd("""
        Hello Daniel,

        Thank you for contacting AWS Support. I understand you'd like to merge two AWS accounts (4417-2093-8856 and 7720-1184-3309) into one.

        AWS accounts themselves can't be merged: resources, billing history and IAM configuration stay with the account in which they were created. What you can do is bring both accounts under a single organization with AWS Organizations:

          1. From the management account (441720938856), open the AWS Organizations console and choose "Add an AWS account" > "Invite an existing AWS account".
          2. Enter the account ID 772011843309 and send the invitation.
          3. Accept the invitation from the member account.

        Once the member account joins, its charges roll up into consolidated billing on the management account. If you later want to migrate resources, AWS Application Migration Service or re-deployment through CloudFormation are the usual options.""") + sig("Camila R.", "Amazon Web Services") + console_footer(DO, rate=True))

mail(slug="organizations-invitation", kind="unrelated", lang="en", user="chen",
     sender=("AWS Organizations", "no-reply-aws@amazon.com", "ses_amazon"),
     subject="AWS Organizations: You have been invited to join an organization", date=D("2026-02-03 08:15"), case=None,
     fmt="alt", cte="qp",
     new=dd("""
        Hello,

        The AWS account 209384756102 (Fabrikam Solutions - Management) has invited your AWS account 583920174466 to join its organization (o-7k2x9qw1ab).

        If you accept, your account will become a member of the organization and its charges will be paid by the management account through consolidated billing. Policies set by the organization may restrict the services and actions available in your account.

        To accept or decline, sign in to the AWS Organizations console:
        https://console.aws.amazon.com/organizations/v2/home/invitations

        The invitation expires in 15 days.

        Amazon Web Services"""))

mail(slug="builder-id-verify-code", kind="unrelated", lang="en", user="kenji",
     sender=("AWS Builder ID", "no-reply@signin.aws", "signin_aws"),
     subject="Verify your AWS Builder ID email address", date=D("2025-06-14 05:02"), case=None, fmt="alt", cte="qp",
     new=dd("""
        Hello,

        Thank you for creating an AWS Builder ID. Use the following code to verify your e-mail address:

        Verification code: 482913

        This code expires in 10 minutes. If you did not request it, you can ignore this e-mail.

        Amazon Web Services"""))

mail(slug="builder-id-tougou-fuka-ja", kind="unrelated", lang="ja", user="misaki", sender=CONSOLE,
     subject=f"RE:[CASE {MB}] AWS Builder ID の統合について", subj_cs="iso-2022-jp",
     date=D("2025-07-01 04:30"), case=MB, charset="iso-2022-jp", cte="7bit",
     new=dd("""
        佐藤 美咲 様

        お問い合わせいただきありがとうございます。

        2つの AWS Builder ID を1つに統合したいとのご要望について確認いたしました。申し訳ございませんが、現在 AWS Builder ID 同士を統合する機能は提供されておりません。

        AWS Skill Builder の学習履歴は各 Builder ID に紐づいているため、今後お使いになる Builder ID を決めていただき、もう一方は使用を停止していただくことをおすすめいたします。不要になった Builder ID は、プロフィール画面から削除できます。

        なお、AWS 認定のアカウントは Builder ID とは別に管理されております。

        吉田
        Amazon Web Services""") + console_footer(MB, rate=True, lang="ja"))

mail(slug="organizations-sanka-kanryou-ja", kind="unrelated", lang="ja", user="yumi",
     sender=("AWS Organizations", "no-reply-aws@amazon.com", "ses_amazon"),
     subject="AWS Organizations: アカウントが組織に参加しました", subj_cs="utf-8", date=D("2025-10-20 06:40"), case=None,
     fmt="alt", cte="b64",
     new=dd("""
        お客様

        AWS アカウント 482930175561 が、組織 o-q81mz0dk3e(管理アカウント: 301948275560)に参加しました。

        今後、このアカウントの料金は管理アカウントの一括請求(コンソリデーティッドビリング)に統合されます。組織のサービスコントロールポリシー(SCP)が適用される場合があります。

        詳細は AWS Organizations コンソールでご確認ください。
        https://console.aws.amazon.com/organizations/v2/home/accounts

        アマゾン ウェブ サービス"""))

mail(slug="builder-ids-cannot-merge", kind="unrelated", lang="en", user="laura", sender=CONSOLE,
     subject=f"RE:[CASE {LB}] Merge my two AWS Builder IDs", date=D("2026-01-09 14:05"), case=LB, cte="qp",
     new=dd("""
        Hello Laura,

        Thanks for your patience. I've checked with the AWS Builder ID team: two Builder IDs can't be merged into one, and Skill Builder progress can't be moved between them.

        What we can do is transfer your Skill Builder Individual subscription to the Builder ID you want to keep (laura.fernandez.cloud@gmail.com). Please confirm you'd like us to do that, and let us know whether you plan to delete the other Builder ID.""") + sig("Tariq", "Amazon Web Services") + console_footer(LB, rate=True))

mail(slug="github-pr-merged", kind="unrelated", lang="en", user="kenji",
     sender=("Sarah Lin", "notifications@github.com", "github"),
     subject="Re: [kwatanabe/cert-tracker] Merge duplicate account records before export (PR #48)",
     date=D("2025-09-04 03:18"), case=None, fmt="alt", cte="qp",
     headers=[("List-ID", "kwatanabe/cert-tracker <cert-tracker.kwatanabe.github.com>"), ("X-GitHub-Reason", "author")],
     irt="<kwatanabe/cert-tracker/pull/48@github.com>",
     new=dd("""
        Merged #48 into main.

        --
        Reply to this email directly, view it on GitHub:
        https://github.com/kwatanabe/cert-tracker/pull/48#event-14829304471
        You are receiving this because you authored the thread."""))

mail(slug="seller-central-case", kind="unrelated", lang="en", user="amir",
     sender=("Amazon Seller Central", "seller-notification@amazon.com", "seller"),
     subject=f"RE:[CASE {SELLER}] Listing inactive - ASIN B0CQ7XK2PL", date=D("2025-11-21 19:02"), case=SELLER, cte="qp",
     new=dd(f"""
        Hello,

        Thank you for contacting Amazon Selling Partner Support.

        I have reviewed the listing for ASIN B0CQ7XK2PL. The listing was suppressed because the main image does not meet our image requirements (pure white background). Once you upload a compliant image, the listing will become active within 24 hours.

        If you need further help, reply to this case from Seller Central.

        Best regards,
        Joel
        Amazon Selling Partner Support

        Was this e-mail helpful? https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SELLER}"""))

mail(slug="credly-badge-expiring", kind="unrelated", lang="en", user="marcus",
     sender=CRED("Amazon Web Services Training and Certification"),
     subject="Your AWS Certified Developer – Associate badge expires in 60 days", date=D("2026-03-04 15:00"), case=None,
     fmt="alt", cte="qp",
     new=dd("""
        Hi Marcus,

        Your badge AWS Certified Developer – Associate, issued by Amazon Web Services Training and Certification, expires on May 3, 2026.

        To keep your badge active, complete the recertification requirements set by the issuer before it expires. Visit the badge page for details:
        https://www.credly.com/badges/c3a9d1e2-5b7f-4e10-9c4a-8f2d6b1e0a77

        Credly by Pearson
        Manage e-mail preferences: https://www.credly.com/earner/settings/notifications"""))

mail(slug="credly-own-merge-code", kind="unrelated", lang="en", user="priya", sender=("Credly", "admin@credly.com", "credly"),
     subject="Complete your Credly account merge", date=D("2025-06-28 12:12"), case=None, fmt="alt", cte="qp",
     new=dd("""
        Hi Priya,

        We received a request to merge another Credly account into this one. To confirm that you own both e-mail addresses, enter the code below, or click "Complete Account Merge".

        Your code: 739 204

        Complete Account Merge: https://www.credly.com/users/merge/confirm?token=9f2ab7c1e4

        If you didn't request this, you can safely ignore this e-mail; no changes will be made.

        Credly by Pearson"""))

mail(slug="certmetrics-hear-from-you", kind="unrelated", lang="en", user="tom",
     sender=("AWS Certification", "do-not-reply@certmetrics.com", "certmetrics"),
     subject="AWS Certification wants to hear from you", date=D("2025-09-10 16:30"), case=None, fmt="html", cte="qp",
     new=dd("""
        Hello Tom,

        Thank you for earning your AWS Certification! We'd like to learn about your certification experience and how it has affected your career.

        The survey takes about 10 minutes: https://survey.certmetrics.com/aws/2025-q3?cid=AWS00218874

        Thank you,
        AWS Certification"""),
     expect_ids=["AWS00218874"])

mail(slug="pearson-vue-yoyaku-ja", kind="unrelated", lang="ja", user="taku",
     sender=("Pearson VUE", "pearsonvuereply@pearson.com", "pearson"),
     subject="試験予約の確認: AWS Certified Solutions Architect - Associate", subj_cs="utf-8",
     date=D("2025-08-19 02:33"), case=None, fmt="alt", cte="b64",
     new=dd("""
        松本 拓也 様

        Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

        試験: SAA-C03: AWS Certified Solutions Architect - Associate
        日時: 2025年9月6日(土) 10:00 (日本標準時)
        会場: オンライン監督試験(OnVUE)
        登録番号: 512847730

        試験開始30分前からチェックインが可能です。予約の変更・キャンセルは試験開始の24時間前まで可能です。

        Pearson VUE"""))

mail(slug="douryou-tougou-no-ken", kind="unrelated", lang="ja", user="yumi",
     sender=("田中 誠", "makoto.tanaka@kaname-systems.co.jp", "internal"), from_cs="iso-2022-jp",
     verdict="none", subject="Re: AWS認定アカウント統合の件", subj_cs="iso-2022-jp",
     date=D("2025-08-04 02:18"), case=None, charset="iso-2022-jp", cte="7bit",
     irt="<TYCPR01MB10482A91C3F@TYCPR01MB10482.jpnprd01.prod.outlook.com>",
     new=dd("""
        伊藤さん

        情報ありがとうございます。統合できたんですね。
        私も AWS01266540 と AWS03348817 の2つがあるので、同じ手順でフォームから依頼してみます。
        サポートからの確認メールには英語で返信すればいいんですよね?

        田中"""),
     quoted=q_outlook_ja(D("2025-08-04 10:02", JST), "伊藤 由美", "yumi.ito@kaname-systems.co.jp", "田中 誠",
                         "AWS認定アカウント統合の件",
                         "田中さん\n\n先日の件、サポートに依頼して AWS00966130 を AWS02417793 にまとめてもらいました。\n2日くらいで完了しました。\n\n伊藤"),
     expect_ids=["AWS01266540", "AWS03348817"])

mail(slug="fwd-what-support-sent", kind="unrelated", lang="en", user="olivia",
     sender=("Marco Bianchi", "m.bianchi@contoso-health.org", "internal"), provider="o365",
     subject="FW: RE:[CASE 176102293804417] [AWS Training and Certification Form Submission] - account-assistance",
     date=D("2025-11-20 14:55"), case="176102293804417", cte="qp",
     new=dd("""
        Hi Olivia,

        FYI - this is what support sent me when they merged my two accounts last month. You'll probably get something similar; the whole thing took about two days.

        Marco"""),
     quoted=dd("""
        ________________________________
        From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
        Sent: Thursday, October 23, 2025 4:12 PM
        To: Marco Bianchi <m.bianchi@contoso-health.org>
        Subject: RE:[CASE 176102293804417] [AWS Training and Certification Form Submission] - account-assistance

        Hello Marco,

        Your two certification accounts have been merged. Everything now sits on your primary account.

        Best regards,
        AWS Training and Certification"""),
     expect_ids=[])

mail(slug="shiharai-koushin-phish-ja", kind="unrelated", lang="ja", user="sho",
     sender=("Amazon Web Services", "billing@aws-billing-jp.com", "lookalike"), verdict="lookalike",
     subject="【重要】AWS アカウントのお支払い情報を更新してください", subj_cs="utf-8",
     date=D("2026-02-12 23:50"), case=None, fmt="html", cte="b64",
     new=dd("""
        お客様

        お客様の AWS アカウントに登録されているクレジットカードでの決済ができませんでした。72時間以内にお支払い情報を更新いただけない場合、アカウントが停止されます。

        お支払い情報を更新する: https://aws-billing-jp.com/account/payment

        アマゾン ウェブ サービス"""))

mail(slug="billing-case-reply", kind="unrelated", lang="en", user="chen", sender=CONSOLE,
     subject=f"RE:[CASE {CH2}] Unexpected charges on January invoice", date=D("2026-01-28 09:40"), case=CH2, cte="qp",
     new=dd("""
        Hello Chen,

        Thank you for contacting AWS Billing and Accounts support.

        I reviewed your January invoice. The additional charges come from three NAT gateways in us-east-1 that were left running after your test environment was deleted. I've applied a one-time courtesy credit of USD 212.40 to the account; it will appear on your next invoice.

        To avoid similar charges, I recommend setting up an AWS Budgets alert.""") + sig("Arjun", "Amazon Web Services") + console_footer(CH2, rate=True))

mail(slug="tc-newsletter", kind="unrelated", lang="en", user="rahul",
     sender=("AWS Training and Certification", "aws-marketing-email-replies@amazon.com", "ses_amazon_mkt"),
     subject="New in AWS Training: Generative AI Developer Professional exam is here", date=D("2026-02-05 17:00"),
     case=None, fmt="html", cte="qp",
     new=dd("""
        Hi Rahul,

        Build, validate and show your skills. This month in AWS Training and Certification:

        - New: AWS Certified Generative AI Developer – Professional (beta) registration is open
        - Free digital course: Prompt engineering foundations
        - Save 50% on your next exam with AWS Certified benefits

        Explore AWS Skill Builder: https://skillbuilder.aws/

        Unsubscribe: https://pages.awscloud.com/communication-preferences
        Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109"""))

mail(slug="credly-skills-newsletter", kind="unrelated", lang="en", user="ben", sender=("Credly", "admin@credly.com", "credly"),
     subject="The skills employers are hiring for in 2026", date=D("2026-01-22 14:00"), case=None, fmt="html", cte="qp",
     new=dd("""
        Hi Ben,

        Discover the in-demand skills of 2026 and find badges that help you stand out. Browse trending certifications from leading issuers on Credly.

        Explore skills: https://www.credly.com/skills

        Credly by Pearson
        Manage e-mail preferences: https://www.credly.com/earner/settings/notifications"""))

mail(slug="cert-expiring-renew-phish", kind="unrelated", lang="en", user="tom",
     sender=("AWS Certification", "renewals@aws-certification-renewal.com", "lookalike"), verdict="lookalike",
     subject="Your AWS Certification expires in 3 days - renew now to avoid losing it", date=D("2026-03-11 06:12"),
     case=None, fmt="html", cte="qp",
     new=dd("""
        Dear Tom,

        Our records show that your AWS Certified SysOps Administrator - Associate certification expires in 3 days.

        Renew instantly without an exam for USD 49: https://aws-certification-renewal.com/renew

        AWS Certification"""))

mail(slug="ec2-quota-case", kind="unrelated", lang="en", user="sofia", sender=CONSOLE,
     subject=f"RE:[CASE {SF2}] Service quota increase: Running On-Demand Standard instances", date=D("2026-03-03 12:18"),
     case=SF2, cte="qp",
     new=dd("""
        Hello Sofia,

        Thank you for your patience. I'm pleased to let you know that your request to raise the Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota in eu-south-1 from 32 to 128 vCPUs has been approved. It can take up to 30 minutes for the new value to take effect.""") + sig("Joanna", "Amazon Web Services") + console_footer(SF2, rate=True))

# ---------------------------------------------------------------- build
def strip_tags(h):
    return re.sub(r"<[^>]+>", " ", h)

def make_msgid(infra, when, from_addr):
    if infra in ("ses_amazon", "ses_amazon_mkt", "signin_aws", "seller"):
        return f"<01000{int(when.timestamp()*1000):011x}-{uuid.UUID(int=R.getrandbits(128))}-000000@email.amazonses.com>"
    if infra == "credly":
        return f"<{rb64(22).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{R.randrange(1,40)}>"
    dom = from_addr.split("@")[1]
    return f"<{uuid.UUID(int=R.getrandbits(128))}@{dom}>"

def hdr_text(s, cs):
    if all(ord(c) < 128 for c in s):
        if len(s) > 68:
            cut = s.rfind(" ", 0, 66)
            if cut > 20:
                return s[:cut] + "\r\n" + s[cut:]
        return s
    return Header(s, cs or "utf-8", header_name="Subject").encode(maxlinelen=76, linesep="\r\n")

def addr_hdr(name, addr, cs="utf-8"):
    if name is None:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return formataddr((name, addr), charset=cs or "utf-8")

def build(spec):
    s = dict(spec)
    uname, uaddr, prov = USERS[s["user"]]
    prov = s.get("provider", prov)
    sname, saddr, infra = s["sender"]
    when = s["date"]
    new = s["new"]
    quoted = s.get("quoted", "")
    fmt = s.get("fmt", "plain")
    cs = s.get("charset", "utf-8")
    cte = s.get("cte", "qp")
    lab = s.get("label")
    lang = s["lang"]
    text_extra = s.get("text_extra", "")
    html_extra = s.get("html_extra", "")
    plain = new + text_extra + (("\n\n" + quoted) if quoted else "") + "\n"
    if fmt == "plain":
        m = text_part(plain, "plain", cs, cte, lab)
        id_src = new + text_extra
    elif fmt == "html":
        m = text_part(to_html(new, quoted, html_extra, lang, lab or cs), "html", cs, cte, lab)
        id_src = new + strip_tags(html_extra)
    elif fmt in ("alt", "related"):
        alt = MIMEMultipart("alternative")
        del alt["MIME-Version"]
        alt.attach(text_part(plain, "plain", cs, cte, lab))
        alt.attach(text_part(to_html(new, quoted, html_extra, lang, s.get("html_charset", cs)), "html", s.get("html_charset", cs), s.get("html_cte", cte), lab))
        id_src = new + text_extra + strip_tags(html_extra)
        if fmt == "related":
            m = MIMEMultipart("related")
            del m["MIME-Version"]
            m.attach(alt)
            img = MIMEImage(PNG, "png")
            img.add_header("Content-ID", "<logo@aws>")
            img.add_header("Content-Disposition", "inline", filename="aws-logo.png")
            m.attach(img)
            alt.set_boundary(f"----=_Part_{R.randrange(100000,999999)}_{R.randrange(10**8,10**9)}.{int(when.timestamp()*1000)}")
            m.set_boundary(f"----=_Part_{R.randrange(100000,999999)}_{R.randrange(10**8,10**9)}.{int(when.timestamp()*1000)}")
        else:
            m = alt
            if prov == "gmail" and infra not in TRUSTED_INFRA:
                m.set_boundary("0000000000" + rhex(16))
            else:
                m.set_boundary(f"----=_Part_{R.randrange(100000,999999)}_{R.randrange(10**8,10**9)}.{int(when.timestamp()*1000)}")
    else:
        raise ValueError(fmt)
    if s.get("attach"):
        outer = MIMEMultipart("mixed")
        del outer["MIME-Version"]
        outer.attach(m)
        fn, ctype, data = s["attach"]
        mt, st = ctype.split("/")
        a = MIMENonMultipart(mt, st)
        a.set_payload(base64.encodebytes(data).decode("ascii"))
        a["Content-Transfer-Encoding"] = "base64"
        a.add_header("Content-Disposition", "attachment", filename=fn)
        outer.attach(a)
        m = outer
    mime_hdrs = [("MIME-Version", "1.0")] + [(k, v) for k, v in m._headers if k.lower() in ("content-type", "content-transfer-encoding")]
    verdict = s.get("verdict", "pass")
    tr = trace_headers(prov, uaddr, saddr, infra, verdict, when)
    if verdict == "none":
        tr = [h for h in tr if h[0] not in ("ARC-Authentication-Results", "ARC-Seal", "ARC-Message-Signature")]
    main = []
    main.append(("Date", fmt_date(s.get("date_tz") and when.astimezone(s["date_tz"]) or when)))
    main.append(("From", addr_hdr(sname, saddr, s.get("from_cs"))))
    if s.get("reply_to"):
        main.append(("Reply-To", s["reply_to"]))
    main.append(("To", s.get("to") or addr_hdr(uname if s.get("to_name", False) else None, uaddr, s.get("from_cs"))))
    if s.get("cc"):
        main.append(("Cc", s["cc"]))
    main.append(("Message-ID", s.get("msgid") or make_msgid(infra, when, saddr)))
    main.append(("Subject", hdr_text(s["subject"], s.get("subj_cs"))))
    if s.get("irt"):
        main.append(("In-Reply-To", s["irt"]))
        main.append(("References", s.get("refs", s["irt"])))
    for k, v in s.get("headers", []):
        main.append((k, v))
    m._headers = tr + main + mime_hdrs
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n", max_line_length=0)).flatten(m)
    raw = bio.getvalue()
    sv = None if verdict == "none" else (infra in TRUSTED_INFRA and verdict == "pass")
    label = {"kind": s["kind"], "case_id": s.get("case"), "account_ids": ids_in(id_src),
             "sender_verified": sv, "language": lang}
    if "expect_ids" in s:
        assert label["account_ids"] == sorted(s["expect_ids"]), (s["slug"], label["account_ids"], s["expect_ids"])
    return raw, label

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    R2 = random.Random(31)
    R2.shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        spec = MAILS[i]
        raw, label = build(spec)
        fn = f"{n:03d}-{spec['slug']}.eml"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        labels[fn] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(labels), "files")

if __name__ == "__main__":
    main()
