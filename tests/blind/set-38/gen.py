#!/usr/bin/env python3
"""Generate blind set 38: a Japanese user's AWS Certification account-merge experience.

Writes NNN-slug.eml files and labels.json into the directory of this script.
Deterministic (seeded)."""
import base64
import json
import os
import quopri
import random
import string
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(3838)
POL = policy.compat32.clone(max_line_length=0, linesep="\n")
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


# ----------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened):
    return f"{int(opened.timestamp())}{R.randint(0, 99999):05d}"


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    return "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))


def ralnum(n, alphabet=string.ascii_lowercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def ses_local(when):
    ms = int(when.timestamp() * 1000)
    return f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000"


def google_tz(when):
    # Gmail stamps its Received lines in Pacific time
    dst = 3 <= when.month <= 10
    return when.astimezone(PDT if dst else PST)


def fmt(when):
    return format_datetime(when)


def fold(parts, sep="\n\t"):
    return sep.join(parts)


def dkim(d, s, when, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", c="relaxed/simple"):
    t = int(when.timestamp())
    return fold([f"v=1; a=rsa-sha256; q=dns/txt; c={c};", f"s={s}; d={d}; t={t};",
                 f"h={h};", f"bh={rb64(43)}=;",
                 f"b={rb64(76)}", f"{rb64(76)}", f"{rb64(40)}="])


def subj(text, cs="utf-8", prefix=None):
    """Encode a subject the way mailers do: folded encoded-words, optional ASCII prefix."""
    if prefix is None and all(ord(c) < 128 for c in text):
        return text
    h = Header(header_name="Subject")
    if prefix:
        h.append(prefix, "us-ascii")
    h.append(text, cs)
    return h.encode(maxlinelen=76)


def addr(name, email, cs="utf-8"):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>'
    return Header(name, cs).encode(maxlinelen=76) + f" <{email}>"


def part(text, subtype="plain", charset="utf-8", cte="base64", codec=None, label=None):
    codec = codec or charset
    raw = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    del p["MIME-Version"]
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(text_part, html_part, boundary):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    m.attach(text_part)
    m.attach(html_part)
    return m


def html(body, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{title}</title></head>\n<body style=\"font-family:Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f\">\n"
            + body + "\n</body></html>\n")


def p2h(text):
    """plain paragraphs -> simple html"""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def java_boundary(when):
    return f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(100000000, 2099999999)}.{int(when.timestamp()*1000)}"


def assemble(hdrs, body):
    ct = list(body._headers)
    body._headers = []
    for k, v in hdrs:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in ct:
        if k.lower() != "mime-version":
            body[k] = v
    return body.as_bytes(policy=POL)


def quote(text, mark="> "):
    return "\n".join((mark + l).rstrip() if l else mark.rstrip() for l in text.strip("\n").split("\n"))


# ------------------------------------------------------- transport headers
SES_IPS = ["54.240.8.30", "54.240.8.39", "54.240.8.72", "54.240.9.14", "54.240.9.112", "54.240.48.91", "54.240.48.17"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return f"a{c}-{d}.smtp-out.amazonses.com"


def aws_transport(provider, rcpt, when, from_dom="amazon.com", ar=True, dmarc="pass"):
    """Return (headers_before_from, message_id) for a mail sent through Amazon SES."""
    local = ses_local(when)
    mailfrom = f"{local}@amazonses.com"
    ip = R.choice(SES_IPS)
    host = ses_host(ip)
    s_amz = ralnum(32)
    s_ses = "224i4yxa5dv7c2xz3womw6peuasteono"
    hs = provider_headers(provider, rcpt, when, host, ip, mailfrom,
                          dkims=[(from_dom, s_amz, "pass"), ("amazonses.com", s_ses, "pass")],
                          from_dom=from_dom, dmarc=dmarc, policy_="QUARANTINE", ar=ar)
    hs += [("DKIM-Signature", dkim(from_dom, s_amz, when)),
           ("DKIM-Signature", dkim("amazonses.com", s_ses, when, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID"))]
    return hs, f"<{local}@email.amazonses.com>"


def provider_headers(provider, rcpt, when, host, ip, mailfrom, dkims, from_dom, dmarc="pass",
                     policy_="NONE", ar=True, spf="pass"):
    hs = []
    arrive = when + timedelta(seconds=R.randint(1, 9))
    mf_dom = mailfrom.split("@")[1]
    if provider == "gmail":
        g = google_tz(arrive)
        hs.append(("Delivered-To", rcpt))
        hs.append(("Received", fold([f"by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(3)}csp{R.randint(100000,999999)}{ralnum(3)};",
                                     f"{fmt(g)} ({'PDT' if g.utcoffset()==timedelta(hours=-7) else 'PST'})"], "\n        ")))
        hs.append(("X-Google-Smtp-Source", f"AGHT+I{rb64(60)}"))
        hs.append(("X-Received", fold([f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(16)}.{R.randint(10,99)}.{int(arrive.timestamp())}{R.randint(100,999)};",
                                       f"{fmt(g)} ({'PDT' if g.utcoffset()==timedelta(hours=-7) else 'PST'})"], "\n        ")))
        arlines = ["mx.google.com;"]
        for d, s, res in dkims:
            arlines.append(f"dkim={res} header.i=@{d} header.s={s} header.b={rb64(8)};")
        if spf == "pass":
            arlines.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};")
        else:
            arlines.append(f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};")
        if dmarc == "pass":
            arlines.append(f"dmarc=pass (p={policy_} sp={policy_} dis=NONE) header.from={from_dom}")
        else:
            arlines.append(f"dmarc={dmarc} (p={policy_} sp={policy_} dis={policy_ if policy_ != 'NONE' else 'NONE'}) header.from={from_dom}")
        arval = "\n       ".join(arlines)
        hs.append(("ARC-Seal", fold([f"i=1; a=rsa-sha256; t={int(arrive.timestamp())}; cv=none;", "d=google.com; s=arc-20240605;", f"b={rb64(70)}", f"{rb64(70)}=="], "\n        ")))
        hs.append(("ARC-Message-Signature", fold([f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;",
                                                  "h=mime-version:subject:message-id:to:from:date:dkim-signature;",
                                                  f"bh={rb64(43)}=;", f"fh={rb64(43)}=;", f"b={rb64(70)}", f"{rb64(60)}=="], "\n        ")))
        hs.append(("ARC-Authentication-Results", "i=1; " + arval))
        hs.append(("Return-Path", f"<{mailfrom}>"))
        hs.append(("Received", fold([f"from {host} ({host}. [{ip}])",
                                     f"by mx.google.com with ESMTPS id {rhex(6)}-{rhex(11)}si{R.randint(1000000,9999999)}{ralnum(3)}.{R.randint(100,399)}.{arrive.astimezone(UTC):%Y.%m.%d}.{arrive.astimezone(UTC):%H.%M.%S}",
                                     f"for <{rcpt}>",
                                     "(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);",
                                     f"{fmt(g)} ({'PDT' if g.utcoffset()==timedelta(hours=-7) else 'PST'})"], "\n        ")))
        if spf == "pass":
            hs.append(("Received-SPF", f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"))
        else:
            hs.append(("Received-SPF", f"{spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};"))
        if ar:
            hs.append(("Authentication-Results", arval))
    elif provider == "o365":
        j = arrive.astimezone(UTC)
        tenant = "TYWPR01MB" + str(R.randint(1000, 9999))
        hs.append(("Received", fold([f"from {tenant}.jpnprd01.prod.outlook.com (2603:1096:400:{rhex(3)}::{rhex(2)})",
                                     f"by OS3PR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com with HTTPS; {fmt(j)}"], "\n ")))
        hs.append(("Received", fold([f"from OS0P286CA{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:{rhex(2)}::{rhex(2)})",
                                     f"by {tenant}.jpnprd01.prod.outlook.com (2603:1096:400:{rhex(3)}::{rhex(2)}) with",
                                     f"Microsoft SMTP Server (version=TLS1_2,",
                                     f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}; {fmt(j)}"], "\n ")))
        if ar:
            if dmarc == "pass":
                arv = fold([f"spf={spf} (sender IP is {ip})", f"smtp.mailfrom={mf_dom}; dkim=pass (signature was verified)",
                            f"header.d={dkims[0][0]};dmarc=pass action=none", f"header.from={from_dom};compauth=pass reason=100"], "\n ")
            elif dmarc == "bestguesspass":
                arv = fold([f"spf=pass (sender IP is {ip})", f"smtp.mailfrom={mf_dom}; dkim=none (message not signed)",
                            f"header.d=none;dmarc=bestguesspass action=none", f"header.from={from_dom};compauth=pass reason=109"], "\n ")
            else:
                arv = fold([f"spf={spf} (sender IP is {ip})", f"smtp.mailfrom={mf_dom}; dkim=fail (body hash did not verify)",
                            f"header.d={dkims[0][0]};dmarc=fail action=quarantine", f"header.from={from_dom};compauth=fail reason=000"], "\n ")
            hs.append(("Authentication-Results", arv))
        hs.append(("Received-SPF", fold([f"{'Pass' if spf == 'pass' else 'SoftFail'} (protection.outlook.com: domain of {mf_dom} designates",
                                         f"{ip} as permitted sender) receiver=protection.outlook.com;",
                                         f"client-ip={ip}; helo={host}; pr=C"], "\n ")))
        hs.append(("Received", fold([f"from {host} ({ip}) by",
                                     f"OS1PEPF0000{R.randint(1000,9999)}.mail.protection.outlook.com (10.167.{R.randint(1,250)}.{R.randint(1,250)}) with Microsoft",
                                     "SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id",
                                     f"15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend Transport; {fmt(j)}"], "\n ")))
    elif provider in ("nifty", "ocn"):
        j = arrive.astimezone(JST)
        if provider == "nifty":
            mta = f"mta-snd-{R.randint(10,99)}.nifty.com"
            authserv = "nifty.com"
            hs.append(("Return-Path", f"<{mailfrom}>"))
            hs.append(("Delivered-To", rcpt))
            hs.append(("Received", fold([f"from {host} ({host} [{ip}])",
                                         f"by {mta} with ESMTP id <{j:%Y%m%d%H%M%S}{R.randint(100,999)}.{ralnum(6).upper()}.{mta}>",
                                         f"for <{rcpt}>; {fmt(j)}"])))
            if ar:
                lines = [f"{authserv};", f"spf={spf} smtp.mailfrom={mailfrom};"]
                for d, s, res in dkims[:1]:
                    lines.append(f"dkim={res} header.i=@{d};")
                lines.append(f"dmarc={dmarc} header.from={from_dom}")
                hs.append(("Authentication-Results", "\n\t".join(lines)))
        else:
            mta = f"mfsmax{R.randint(1000,9999)}.ocn.ad.jp"
            hs.append(("Return-Path", f"<{mailfrom}>"))
            hs.append(("Received", fold([f"from {mta} (LHLO mfsmax.ocn.ad.jp) (153.153.{R.randint(1,250)}.{R.randint(1,250)})",
                                         f"by mbox{R.randint(100,999)}.ocn.ad.jp with LMTP; {fmt(j)}"])))
            if ar:
                d0 = dkims[0]
                dk = (f"dkim={d0[2]} (2048-bit key) header.d={d0[0]} header.i=@{d0[0]} header.b=\"{rb64(8)}\""
                      if d0[2] != "none" else "dkim=none (message not signed) header.d=none")
                hs.append(("Authentication-Results", fold([f"mfsmax.ocn.ad.jp;", f"spf={spf} smtp.mailfrom={mf_dom};",
                                                           f"{dk};", f"dmarc={dmarc} (p={policy_.lower()} dis=none) header.from={from_dom}"])))
            hs.append(("Received", fold([f"from {host} ({host} [{ip}])",
                                         f"by {mta} (Postfix) with ESMTPS id 4b{ralnum(9, string.ascii_letters + string.digits)}",
                                         f"for <{rcpt}>; {fmt(j)}"])))
    elif provider == "onprem":
        j = arrive.astimezone(JST)
        hs.append(("Return-Path", f"<{mailfrom}>"))
        hs.append(("Received", fold([f"from mx01.minato-denki.co.jp (mx01.minato-denki.co.jp [203.0.113.25])",
                                     f"by mail.minato-denki.co.jp (Postfix) with ESMTPS id 4f{ralnum(10, string.ascii_letters + string.digits)}",
                                     f"for <{rcpt}>; {fmt(j)}"])))
        hs.append(("Received", fold([f"from {host} ({host} [{ip}])",
                                     f"by mx01.minato-denki.co.jp (Postfix) with ESMTPS id {ralnum(10).upper()}",
                                     f"for <{rcpt}>; {fmt(j)}"])))
        hs.append(("X-Virus-Scanned", "amavisd-new at minato-denki.co.jp"))
    else:
        raise ValueError(provider)
    return hs


def other_transport(provider, rcpt, when, host, ip, mailfrom, dkim_d, dkim_s, from_dom, dmarc="pass",
                    policy_="NONE", spf="pass", signed=True, dkim_res="pass"):
    dk = [(dkim_d, dkim_s, dkim_res)] if signed else [("none", "none", "none")]
    hs = provider_headers(provider, rcpt, when, host, ip, mailfrom, dk, from_dom, dmarc=dmarc,
                          policy_=policy_, spf=spf)
    if signed:
        hs.append(("DKIM-Signature", dkim(dkim_d, dkim_s, when)))
    return hs


# ------------------------------------------------------------- the users
A_MAIL = "tanaka.yoko0612@gmail.com"
B_MAIL = "ken.sato@kitahama-sys.co.jp"
C_MAIL = "misaki.suzuki@nifty.com"
D_MAIL = "d.yamamoto@minato-denki.co.jp"
E_MAIL = "sho.ito@northpeak.io"
F_MAIL = "rie.kobayashi@ocn.ne.jp"

FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"

A_OPEN = T(2025, 5, 27, 23, 41, 18)
B_OPEN = T(2025, 9, 8, 1, 12, 40)
C1_OPEN = T(2025, 11, 17, 12, 3, 55)
C2_OPEN = T(2025, 11, 25, 10, 47, 9)
D_OPEN = T(2026, 2, 3, 4, 20, 31)
E_OPEN = T(2026, 3, 9, 16, 5, 12)
F_OPEN = T(2025, 7, 14, 5, 33, 2)
BILL_OPEN = T(2025, 10, 1, 0, 58, 41)

CA, CB, CC1, CC2, CD, CE, CF = (case15(x) for x in (A_OPEN, B_OPEN, C1_OPEN, C2_OPEN, D_OPEN, E_OPEN, F_OPEN))
CBILL = case15(BILL_OPEN)
C_EC2 = "12904817365"          # older 11-digit console case, reopened
C_SELLER = "6021473398"        # Seller Central style 10-digit
C_PHISH_JA = "1752742912" + "30417"   # made-up number in a look-alike mail
C_PHISH_EN = "1773041188" + "52206"

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MAILS = []


def add(user, kind, lang, case_id, ids, sv, data):
    MAILS.append(dict(user=user, kind=kind, language=lang, case_id=case_id,
                      account_ids=sorted(set(ids)), sender_verified=sv, data=data))


def aws_mail(provider, rcpt, when, from_addr, subject, body, to_name=None, extra=None, ar=True,
             from_name=AWS_NAME):
    hs, mid = aws_transport(provider, rcpt, when, ar=ar)
    hs += [("From", addr(from_name, from_addr)),
           ("To", rcpt if to_name is None else addr(to_name, rcpt)),
           ("Subject", subject),
           ("Date", fmt(when)),
           ("Message-ID", mid)]
    if from_addr == FORM:
        hs.append(("Reply-To", addr(from_name, from_addr)))
    hs += extra or []
    hs.append(("Feedback-ID", f"::1.us-east-1.{rb64(43)}=:AmazonSES"))
    hs.append(("X-SES-Outgoing", f"{when:%Y.%m.%d}-{ses_host(R.choice(SES_IPS)).split('.')[0].replace('a','54.240.').replace('-','.')}"))
    return assemble(hs, body)


def survey_url(case):
    return f"https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15, string.ascii_letters + string.digits)}?CaseId={case}&Src=email"


# ======================================================================
# User A: 田中 陽子 — Gmail, form desk, formal agent
# ======================================================================
a_form_echo = f"""---- お問い合わせ内容 ----
お名前: 田中 陽子
メールアドレス: {A_MAIL}
お問い合わせの種類: Certification
詳細: Account Merge
AWS 候補者 ID: AWS04718263
内容: 以前勤めていた会社のメールアドレスで受験したときのアカウントと、現在の個人用アカウントを一つにまとめたいです。"""

t = A_OPEN + timedelta(seconds=34)
body = part(f"""田中 陽子 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でご依頼を承りました。

お問い合わせ番号: {CA}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 候補者 ID: AWS04718263

担当者が内容を拝見したうえで、原則として 24 時間以内にご連絡いたします。
補足がございましたら、件名を変えずに本メールへご返信ください。同じお問い合わせに追記されます。
同じ内容で改めてフォームを送信されますと、ご回答が遅れる場合がございますのでご注意ください。

※本メールはシステムにより自動的に送信されています。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
""", cte="base64")
add("tanaka", "case_created", "ja", CA, ["AWS04718263"], True,
    aws_mail("gmail", A_MAIL, t, FORM, subj("お問い合わせを受け付けました - AWS トレーニングと認定", prefix=f"[CASE {CA}] "), body, to_name="田中 陽子"))

a2_when = T(2025, 5, 28, 8, 15, 22)
a2_text = f"""田中 陽子 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。

このたびは認定アカウントについてお問い合わせいただき、ありがとうございます。
お知らせいただいた AWS 04718263 のほかに、同じお名前で AWS-09351742 のアカウントが登録されていることを確認いたしました。

お手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。

1. 今後ご利用になるアカウント（残すアカウント）はどちらでしょうか。
2. 各アカウントにご登録のメールアドレス
3. 一本化をご希望の理由（例: 会社のメールアドレスで作成したアカウントと個人のアカウントを一つにしたい 等）

ご回答は本メールへそのままご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。

中村
Amazon Web Services
AWS トレーニングと認定
"""
body = part(a2_text + "\n" + a_form_echo + "\n", cte="quoted-printable")
add("tanaka", "support_reply", "ja", CA, ["AWS04718263", "AWS09351742"], True,
    aws_mail("gmail", A_MAIL, a2_when, FORM, f"RE:[CASE {CA}] {FORM_SUBJ}", body, to_name="田中 陽子"))

a_user1 = """中村様

ご連絡ありがとうございます。田中です。

1. 残したいのは AWS04718263 の方です。
2. AWS04718263: tanaka.yoko0612@gmail.com
   AWS09351742: y-tanaka@shinsei-logi.co.jp（退職済みのため現在は受信できません）
3. 転職前の会社のアドレスで作ったアカウントが残っているためです。

よろしくお願いいたします。
田中 陽子"""
a3_when = T(2025, 5, 29, 2, 30, 11)
a3_new = """田中 陽子 様

お世話になっております。中村でございます。
早速ご返信いただき、ありがとうございます。

いただいた情報をもとに、以下のとおり統合を行う予定でございます。

  残すアカウント（統合先）　: AWS04718263（tanaka.yoko0612@gmail.com）
  統合されるアカウント（統合元）: AWS09351742（y-tanaka@shinsei-logi.co.jp）

統合元アカウントの認定資格・受験履歴・特典は統合先アカウントへ引き継がれ、統合元アカウントはご利用いただけなくなります。
なお、本手続きは実施後に取り消すことができません。

上記の内容で差し支えないようでしたら、本メールにその旨ご返信ください。
ご返信を拝見しだい、作業に着手いたします。

中村
Amazon Web Services
"""
a3_quote = ("2025年5月29日(木) 8:02 田中陽子 <tanaka.yoko0612@gmail.com>:\n"
            + quote(a_user1 + "\n\n2025年5月28日(水) 17:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n"
                    + quote(a2_text)))
body = part(a3_new + "\n" + a3_quote + "\n", cte="base64")
add("tanaka", "merge_confirmation_requested", "ja", CA, ["AWS04718263", "AWS09351742"], True,
    aws_mail("gmail", A_MAIL, a3_when, FORM, f"RE:[CASE {CA}] {FORM_SUBJ}", body, to_name="田中 陽子"))

a4_when = T(2025, 5, 29, 9, 5, 40)
a_user2 = "中村様\n\n内容に相違ありません。統合を進めてください。\nよろしくお願いいたします。\n\n田中"
a4_new = """田中 陽子 様

中村でございます。
ご返信ありがとうございます。内容について承知いたしました。

これより手続きに入らせていただきます。作業が済みましたら、改めてこちらからご連絡いたします。
それまでの間、認定情報が一時的に正しく表示されない場合がございますが、何卒ご了承ください。

引き続きよろしくお願いいたします。

中村
Amazon Web Services
"""
a4_quote = ("2025年5月29日(木) 12:40 田中陽子 <tanaka.yoko0612@gmail.com>:\n"
            + quote(a_user2 + "\n\n2025年5月29日(木) 11:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n"
                    + quote(a3_new)))
body = part(a4_new + "\n" + a4_quote + "\n", cte="base64")
add("tanaka", "support_reply", "ja", CA, [], True,
    aws_mail("gmail", A_MAIL, a4_when, FORM, f"RE:[CASE {CA}] {FORM_SUBJ}", body, to_name="田中 陽子"))

a5_when = T(2025, 5, 30, 6, 48, 3)
a5_new = f"""田中 陽子 様

いつもお世話になっております。中村でございます。

大変お待たせいたしました。
AWS09351742 にご登録されていた認定資格および受験履歴は、すべて AWS04718263 へ移行いたしました。
AWS09351742 は無効化しておりますので、今後は AWS04718263（tanaka.yoko0612@gmail.com）でサインインしてください。

認定の特典（次回受験時の 50% 割引バウチャー等）も AWS04718263 からご利用いただけます。
Credly のデジタルバッジにつきましては、反映まで数日かかる場合がございます。

ほかにご不明な点がございましたら、本メールへご返信ください。

中村
Amazon Web Services

--
今回の対応はいかがでしたか。以下のリンクよりご評価をお寄せください。
{survey_url(CA)}
"""
a5_quote = ("2025年5月29日(木) 12:40 田中陽子 <tanaka.yoko0612@gmail.com>:\n"
            + quote(a_user2 + "\n\n2025年5月29日(木) 11:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n"
                    + quote(a3_new)))
body = part(a5_new + "\n" + a5_quote + "\n", cte="quoted-printable")
add("tanaka", "merge_completed", "ja", CA, ["AWS04718263", "AWS09351742"], True,
    aws_mail("gmail", A_MAIL, a5_when, FORM, f"RE:[CASE {CA}] {FORM_SUBJ}", body, to_name="田中 陽子"))

a6_when = T(2025, 5, 31, 7, 0, 15)
u = survey_url(CA)
a6_html = html(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<p>田中 陽子 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<p>お問い合わせ番号 <b>{CA}</b> は解決済みとして終了いたしました。</p>
<p>サービス向上のため、1 分ほどで終わるアンケートにご協力ください。</p>
<p style="font-weight:bold">ご質問は解決しましたか？</p>
<p><a href="{u}&amp;q1=yes" style="background:#ff9900;color:#16191f;padding:8px 24px;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="{u}&amp;q1=no" style="background:#eaeded;color:#16191f;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p style="font-weight:bold">担当者の対応を 5 段階で評価してください</p>
<p><a href="{u}&amp;r=1">1</a> &nbsp; <a href="{u}&amp;r=2">2</a> &nbsp; <a href="{u}&amp;r=3">3</a> &nbsp; <a href="{u}&amp;r=4">4</a> &nbsp; <a href="{u}&amp;r=5">5</a></p>
<p style="font-size:12px;color:#687078">引き続きサポートが必要な場合は、本メールにご返信いただくとお問い合わせが再開されます。</p>
</td></tr></table>""", "AWS トレーニングと認定")
body = part(a6_html, "html", cte="quoted-printable")
add("tanaka", "survey", "ja", CA, [], True,
    aws_mail("gmail", A_MAIL, a6_when, FORM, subj(f"お問い合わせ {CA} の対応終了とアンケートのお願い"), body, to_name="田中 陽子"))


def credly_mail(provider, rcpt, when, subject, body, from_name="AWS Training and Certification via Credly", ar=True):
    ip = f"167.89.{R.randint(1,120)}.{R.randint(1,250)}"
    host = f"o{R.randint(1,30)}.email.credly.com"
    local_rcpt = rcpt.replace("@", "=")
    mailfrom = f"bounces+{R.randint(1000000,9999999)}-{rhex(4)}-{local_rcpt}@email.credly.com"
    hs = provider_headers(provider, rcpt, when, host, ip, mailfrom,
                          dkims=[("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                          from_dom="credly.com", dmarc="pass", policy_="REJECT", ar=ar)
    hs += [("DKIM-Signature", dkim("credly.com", "s1", when, h="from:to:subject:content-type:mime-version:date:message-id")),
           ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", when, h="from:to:subject:content-type:mime-version:date:message-id")),
           ("Date", fmt(when)),
           ("From", addr(from_name, "admin@credly.com")),
           ("Reply-To", "support@credly.com"),
           ("To", rcpt),
           ("Subject", subject),
           ("Message-ID", f"<{rb64(22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{R.randint(1,40)}>"),
           ("X-SG-EID", rb64(60)),
           ("List-Unsubscribe", "<https://www.credly.com/notifications/unsubscribe>")]
    return assemble(hs, body)


a7_when = T(2025, 6, 1, 2, 14, 50)
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
a7_text = f"""Congratulations, Yoko!

AWS Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/badges/{bid}/accept

Issued to: {A_MAIL}

Why accept?
- Share your achievement on LinkedIn and other networks
- Let employers verify your skills with one click
- Discover jobs that match your skills

Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
a7_html = html(f"""<div style="max-width:560px;margin:0 auto">
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect - Associate"></p>
<h2 style="text-align:center">Congratulations, Yoko!</h2>
<p style="text-align:center">AWS Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/{bid}/accept" style="background:#0a8572;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666;text-align:center">Issued to {A_MAIL}. Accepting lets you share it on LinkedIn and lets employers verify it.</p>
</div>""", "Credly")
body = alt(part(a7_text, cte="7bit", charset="us-ascii"), part(a7_html, "html", cte="quoted-printable"), rhex(28))
add("tanaka", "credly_badge_issued", "en", None, [], True,
    credly_mail("gmail", A_MAIL, a7_when, "Yoko, you've been issued a badge from AWS Training and Certification", body))

a8_when = T(2025, 11, 14, 15, 3, 27)
a8_text = f"""田中 陽子 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限は 2026年2月12日 です。

有効期限が過ぎると、バッジはプロフィールに残りますが「期限切れ」と表示され、検証した人にも現在は有効でないことが表示されます。

バッジを有効な状態に保つには、有効期限までに AWS Training and Certification が定める再認定の要件を満たしてください。

バッジを表示: https://www.credly.com/badges/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}?locale=ja
再認定について: https://aws.amazon.com/jp/certification/recertification/

Credly チーム
"""
body = alt(part(a8_text, cte="base64"), part(html(p2h(a8_text), "Credly"), "html", cte="base64"), rhex(28))
add("tanaka", "unrelated", "ja", None, [], True,
    credly_mail("gmail", A_MAIL, a8_when, subj("AWS Certified Cloud Practitioner のバッジの有効期限が近づいています"), body, from_name="Credly"))

# friend mail, body is UTF-8 8bit but labelled us-ascii (broken mailer)
a9_when = T(2025, 5, 30, 18, 31, 5, JST)
a9_text = """陽子さん

おつかれ〜！
アカウントの件、無事に片付いたみたいでよかったね。
私も前の会社のメールで作ったのが残ってる気がするから、今度やり方教えてほしいな。
来週のランチのときにでも！

みか

2025年5月30日(金) 16:20 田中陽子 <tanaka.yoko0612@gmail.com>:
> みかちゃん
>
> AWSの資格のアカウント、やっと一つにまとまったよ〜。
> AWS04718263 の方に全部移ったって連絡がきた。
> 前のは AWS09351742 だったんだけど、もう使えないみたい。
"""
ip = f"209.85.{R.randint(128,223)}.{R.randint(1,250)}"
hs = other_transport("gmail", A_MAIL, a9_when, f"mail-{ralnum(6)}.google.com", ip, "mika.hys88@gmail.com",
                     "gmail.com", "20230601", "gmail.com")
orig_mid = f"<CAH{rb64(30).replace('/', 'x').replace('+', 'Q')}@mail.gmail.com>"
hs += [("MIME-Version", "1.0"), ("References", orig_mid), ("In-Reply-To", orig_mid),
       ("From", addr("Mika Hayashi", "mika.hys88@gmail.com")),
       ("Date", fmt(a9_when.astimezone(JST))),
       ("Message-ID", f"<CAK{rb64(30).replace('/', 'z').replace('+', 'P')}@mail.gmail.com>"),
       ("Subject", subj("Re: 資格のアカウントの件")),
       ("To", addr("田中陽子", A_MAIL))]
body = part(a9_text, cte="8bit", label="us-ascii")
hs = [h for h in hs if h[0] != "MIME-Version"]
add("tanaka", "unrelated", "ja", None, [], False, assemble(hs, body))

# ======================================================================
# User B: 佐藤 健 — Office 365, console case, casual agent "Hiro"
# ======================================================================
b_link = f"https://console.aws.amazon.com/support/home#/case/?displayId={CB}&language=ja"
t = B_OPEN + timedelta(seconds=18)
b1_text = f"""Amazon Web Services をご利用いただきありがとうございます。お客様の問題に対応するため、ケース {CB} を開きました。

ケースの詳細は次のとおりです。

ケース ID: {CB}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
連絡方法: ウェブ

ケースの確認や返信の追加は、サポートセンターから行ってください:
{b_link}

このメールは受信専用のアドレスから送信されています。このメールに返信しないでください。

よろしくお願いいたします。
Amazon Web Services
"""
b1_html = html(f"""<p>Amazon Web Services をご利用いただきありがとうございます。</p>
<p>お客様からのお問い合わせを受け付け、ケース <b>{CB}</b> として登録しました。担当者が順番に対応いたします。</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="background:#f2f3f3">ケース ID</td><td>{CB}</td></tr>
<tr><td style="background:#f2f3f3">件名</td><td>認定アカウントの統合について</td></tr>
<tr><td style="background:#f2f3f3">重要度</td><td>一般的なガイダンス</td></tr>
<tr><td style="background:#f2f3f3">カテゴリ</td><td>Certification / Account</td></tr>
</table>
<p>同じ内容で別のケースを作成すると対応が遅れる場合があります。補足はこのケースに追加してください。</p>
<p><a href="{b_link}">サポートセンターでケースを表示</a></p>
<p style="color:#687078;font-size:12px">このアドレスは返信を受け付けていません。</p>
<p>Amazon Web Services</p>""")
body = alt(part(b1_text, cte="base64"), part(b1_html, "html", cte="base64"), java_boundary(t))
add("sato", "case_created", "ja", CB, [], True,
    aws_mail("o365", B_MAIL, t, CONSOLE, subj(f"Amazon Web Services: 新しいサポートケースが開かれました: {CB}"), body))

b2_when = T(2025, 9, 9, 2, 40, 5)
body = part(f"""こんにちは

サポートケース {CB}「認定アカウントの統合について」に新しい返信が追加されました。

返信の内容を確認するには、AWS サポートセンターにサインインしてください。
{b_link}

このメールに直接返信することはできません。
Amazon Web Services
""", cte="8bit")
add("sato", "support_reply", "ja", CB, [], True,
    aws_mail("o365", B_MAIL, b2_when + timedelta(seconds=40), CONSOLE, f"[Case {CB}] New correspondence added", body))

b3_text = f"""佐藤さん

こんにちは、AWS サポートのヒロです。お問い合わせありがとうございます！

調べてみたところ、佐藤さんのお名前で認定アカウントが3つ見つかりました。
今回は次のようにまとめる形でいいですか？

 ・残すアカウント: AWS11629407（ken.sato@kitahama-sys.co.jp）
 ・吸収されて消えるアカウント: aws-10384255（kensato.1987@yahoo.co.jp）
 ・吸収されて消えるアカウント: AWS 12873390（k-sato@kitahama-sys.onmicrosoft.com）

一度まとめちゃうと元には戻せないので、念のため確認させてください。
この内容でOKなら、サポートセンターのケース画面から「OKです」と一言返信をお願いします。
（このメールには直接返信できないのでご注意ください〜）

よろしくお願いします！

Hiro
Amazon Web Services

このやり取りを評価してください:
{b_link}&rate=true

このメールは受信専用のアドレスから送信されています。
"""
body = part(b3_text, cte="8bit")
add("sato", "merge_confirmation_requested", "ja", CB, ["AWS10384255", "AWS11629407", "AWS12873390"], True,
    aws_mail("o365", B_MAIL, b2_when, CONSOLE, subj("認定アカウントの統合について", prefix=f"RE:[CASE {CB}] "), body))

b4_when = T(2025, 9, 10, 0, 55, 31)
body = part(f"""佐藤さん

ヒロです。お返事ありがとうございます！
内容OKとのことなので、さっそく AWS11629407 へまとめる作業に取りかかりますね。

作業が終わったら、Credly のバッジの扱いも含めてまたこちらからご連絡します。
数日かかることもあるので、もう少しだけお待ちください。

Hiro
Amazon Web Services

このやり取りを評価してください:
{b_link}&rate=true
""", cte="quoted-printable")
add("sato", "support_reply", "ja", CB, ["AWS11629407"], True,
    aws_mail("o365", B_MAIL, b4_when, CONSOLE, subj("認定アカウントの統合について", prefix=f"RE:[CASE {CB}] "), body))

b5_when = T(2025, 9, 11, 5, 20, 44)
b5_text = f"""佐藤さん

お待たせしました、ヒロです。
aws-10384255 と AWS12873390 の認定・受験履歴は、AWS11629407 に全部寄せ終わりました。
古い2つのアカウントには、もうサインインできない状態になっています。

Credly のバッジは、数日のうちに ken.sato@kitahama-sys.co.jp 宛てに届く予定です。
1週間たっても届かない場合は、このケースを再開してください。

ご依頼の対応はこれで以上となりますので、本ケースは「解決済み」にさせていただきますね。
ありがとうございました！

Hiro
Amazon Web Services
"""
b5_html = html(f"""<p>佐藤さん</p>
<p>お待たせしました、ヒロです。</p>
<p>AWS10384255 と AWS12873390 にあった認定・受験履歴は、すべて <b>AWS11629407</b> に寄せ終わりました。古い2つのアカウントにはもうサインインできません。</p>
<p>念のため、以下もご確認ください。</p>
<ul><li>認定一覧に、以前のアカウントの資格が表示されていること</li><li>受験特典（50% 割引バウチャー）が残っていること</li><li>Credly のバッジが数日内に届くこと</li></ul>
<p>本ケースは「解決済み」とさせていただきます。</p>
<p>Hiro<br>Amazon Web Services</p>
<hr><p style="font-size:12px;color:#687078">このケースのサポートはいかがでしたか？ <a href="{b_link}&amp;rate=true">評価する</a></p>""")
body = alt(part(b5_text, cte="quoted-printable"), part(b5_html, "html", cte="quoted-printable"), java_boundary(b5_when))
add("sato", "merge_completed", "ja", CB, ["AWS10384255", "AWS11629407", "AWS12873390"], True,
    aws_mail("o365", B_MAIL, b5_when, CONSOLE, subj("認定アカウントの統合について", prefix=f"RE:[CASE {CB}] "), body))

b6_when = T(2025, 9, 11, 5, 21, 30)
b6_html = html(f"""<p>AWS サポートをご利用いただきありがとうございました。</p>
<p>ケース <b>{CB}</b>「認定アカウントの統合について」は解決済みになりました。</p>
<p>今回ご対応した担当者について、ご意見をお聞かせください。いただいた内容は今後のサポート品質の向上に役立てます。</p>
<p style="font-weight:bold">担当者の対応に満足しましたか？</p>
<p><a href="{b_link}&amp;csat=5">★★★★★ とても満足</a><br><a href="{b_link}&amp;csat=4">★★★★ 満足</a><br><a href="{b_link}&amp;csat=3">★★★ どちらともいえない</a><br><a href="{b_link}&amp;csat=2">★★ 不満</a><br><a href="{b_link}&amp;csat=1">★ とても不満</a></p>
<p>ケースを再開する必要がある場合は、サポートセンターから行えます。</p>
<p>Amazon Web Services</p>""")
body = part(b6_html, "html", cte="base64")
add("sato", "survey", "ja", CB, [], True,
    aws_mail("o365", B_MAIL, b6_when, CONSOLE, subj(f"AWS サポート: ケース {CB} についてご意見をお聞かせください"), body))

b7_when = T(2025, 9, 13, 11, 2, 9)
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
b7_html = html(f"""<div style="max-width:560px;margin:0 auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="170" alt="AWS Certified Solutions Architect - Professional">
<h2>佐藤 健 さん、おめでとうございます！</h2>
<p>AWS Training and Certification から「<b>AWS Certified Solutions Architect &ndash; Professional</b>」のバッジが発行されました。</p>
<p>バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn などで共有できるようになります。</p>
<p><a href="https://www.credly.com/badges/{bid}/accept?locale=ja" style="background:#0a8572;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#666">このバッジは {B_MAIL} 宛てに発行されています。以前ほかのメールアドレスで受け取ったバッジがある場合は、Credly のアカウント設定からメールアドレスを追加してください。</p>
<p style="font-size:11px;color:#999">Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750</p>
</div>""", "Credly")
body = part(b7_html, "html", cte="base64")
add("sato", "credly_badge_issued", "ja", None, [], True,
    credly_mail("o365", B_MAIL, b7_when, subj("AWS Training and Certification からバッジが発行されました"), body))

# colleague, ISO-2022-JP, Outlook JP quote, internal O365 (dmarc bestguesspass)
b8_when = T(2025, 9, 11, 17, 10, 2, JST)
b8_text = """佐藤さん

お疲れさまです。人事部の中川です。
アカウントの統合が終わったとのこと、承知しました。

受験料補助の申請書には、統合後の認定番号（AWS11629407）を記入していただければ大丈夫です。
あわせて、認定証の PDF も添付でお送りください。

よろしくお願いします。

中川

差出人: 佐藤 健 <ken.sato@kitahama-sys.co.jp>
送信日時: 2025年9月11日 15:02
宛先: 中川 真理 <m.nakagawa@kitahama-sys.co.jp>
件名: AWS認定の受験料補助について

中川さん

お疲れさまです。開発二部の佐藤です。
AWS 認定のアカウントが複数に分かれていたのを、サポートに依頼して一つにまとめてもらいました（AWS10384255 → AWS11629407）。
先月合格した SAP の補助申請は、どちらの番号で出せばよいでしょうか。

佐藤
"""
hs = [("Received", fold([f"from OS3PR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com (::1) by",
                         f"OS3PR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com with HTTPS; {fmt(b8_when.astimezone(UTC))}"], "\n ")),
      ("Received", fold([f"from TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com", f"([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by",
                         f"TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%7]) with mapi id",
                         f"15.20.{R.randint(8000,9400)}.{R.randint(10,40)}; {fmt(b8_when.astimezone(UTC))}"], "\n ")),
      ("Authentication-Results", fold(["dkim=none (message not signed)", "header.d=none;dmarc=none action=none",
                                       "header.from=kitahama-sys.co.jp;"], "\n ")),
      ("From", addr("中川 真理", "m.nakagawa@kitahama-sys.co.jp", "iso-2022-jp")),
      ("To", addr("佐藤 健", B_MAIL, "iso-2022-jp")),
      ("Subject", subj("RE: AWS認定の受験料補助について", "iso-2022-jp")),
      ("Thread-Topic", subj("AWS認定の受験料補助について", "iso-2022-jp")),
      ("Thread-Index", f"AQHcI{rb64(30)}=="),
      ("Date", fmt(b8_when)),
      ("Message-ID", f"<TYCPR01MB{R.randint(1000,9999)}{ralnum(10).upper()}@TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com>"),
      ("References", f"<TYCPR01MB{R.randint(1000,9999)}{ralnum(10).upper()}@TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com>"),
      ("In-Reply-To", f"<TYCPR01MB{R.randint(1000,9999)}{ralnum(10).upper()}@TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com>"),
      ("Accept-Language", "ja-JP, en-US"),
      ("Content-Language", "ja-JP"),
      ("X-MS-Has-Attach", ""),
      ("X-MS-Exchange-Organization-AuthAs", "Internal")]
body = part(b8_text, charset="iso-2022-jp", cte="7bit")
add("sato", "unrelated", "ja", None, ["AWS11629407"], False, assemble(hs, body))

b9_when = T(2025, 9, 18, 6, 33, 12)
body = part(f"""Hello,

Thank you for your patience while we reviewed this case.

I'm happy to let you know that your request to raise the "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" quota to 256 vCPUs in the Asia Pacific (Tokyo) region for account 4829-1736-0524 has been approved and applied. It can take up to 30 minutes for the new value to propagate.

You can view your current quotas in the Service Quotas console:
https://console.aws.amazon.com/servicequotas/home?region=ap-northeast-1

If you have any further questions, reply to this case through the Support Center.

Best regards,

Ana P.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

AWS Support is available 24/7. To contact us, visit https://console.aws.amazon.com/support/home#/case/?displayId={C_EC2}&language=en

This e-mail was sent from an address that cannot accept incoming e-mails.
""", charset="us-ascii", cte="7bit")
add("sato", "unrelated", "en", C_EC2, [], True,
    aws_mail("o365", B_MAIL, b9_when, CONSOLE, f"RE:[CASE {C_EC2}] Limit Increase: EC2 Instances", body))

b10_when = T(2025, 10, 2, 4, 10, 55)
b10_text = f"""佐藤 様

AWS サポートの小野寺です。お問い合わせいただきありがとうございます。

9月分のご請求額が8月分に比べて増えている件について確認いたしました。
主な要因は、9月12日に購入された Compute Savings Plans の前払い分（All Upfront）が 9 月のご請求に含まれているためでございます。
前払い分を除いた EC2 のご利用料金は、8 月とほぼ同水準で推移しております。

詳細は Billing and Cost Management コンソールの「請求書」ページから、サービス別にご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

本件は以上で解決とさせていただきます。
今回の対応はいかがでしたでしょうか。サポートセンターのケース画面から評価をお寄せいただけますと幸いです。

よろしくお願いいたします。

小野寺
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId={CBILL}&language=ja
このメールは受信専用のアドレスから送信されています。
"""
body = part(b10_text, cte="base64")
add("sato", "unrelated", "ja", CBILL, [], True,
    aws_mail("o365", B_MAIL, b10_when, CONSOLE, subj("9月分の請求額について", prefix=f"RE:[CASE {CBILL}] "), body))

# ======================================================================
# User C: 鈴木 美咲 — nifty, form desk, first case lost, re-sent request
# ======================================================================
c1_when = C1_OPEN + timedelta(seconds=25)
body = part(f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that your inquiry has been logged under reference number {CC1}.

  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS07720518

A member of our team will get back to you, typically within 24 hours. If you reply to this message, please keep the reference number in the subject line.

Regards,
AWS Training and Certification Customer Support
Amazon Web Services
""", charset="us-ascii", cte="7bit")
add("suzuki", "case_created", "en", CC1, ["AWS07720518"], True,
    aws_mail("nifty", C_MAIL, c1_when, FORM, f"[CASE {CC1}] {FORM_SUBJ}", body))

c2_when = C2_OPEN + timedelta(seconds=31)
body = part(f"""鈴木 美咲 様

この度はお問い合わせいただきありがとうございます。
ご依頼内容は、お問い合わせ番号 {CC2} として登録されました。

担当部署にて内容を確認のうえ、順次ご連絡差し上げます。通常は 1 営業日以内のご回答を目安としております。
ご回答までの間に補足事項がございましたら、本メールにご返信いただくことで同じお問い合わせに追記されます。

---- ご入力いただいた内容 ----
AWS 候補者 ID: AWS07720518
統合したいアカウント: aws13056284
お問い合わせ内容: 1週間前にも同じ内容で送りましたが、返事が来ていません。大学のアドレスで作ったアカウントを今のアカウントにまとめたいです。

Amazon Web Services
AWS トレーニングと認定
""", cte="base64")
add("suzuki", "case_created", "ja", CC2, ["AWS07720518", "AWS13056284"], True,
    aws_mail("nifty", C_MAIL, c2_when, FORM, f"[CASE {CC2}] {FORM_SUBJ}", body))

c3_when = T(2025, 11, 26, 3, 10, 48)
c3_text = f"""鈴木 美咲 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 サポートチームの森でございます。

確認いたしましたところ、11月17日にも同じご依頼でお問い合わせ（{CC1}）をいただいておりました。
ご回答が届いていなかったとのこと、大変申し訳ございません。前回のお問い合わせにはご連絡先のメールアドレスが登録されておらず、ご返信をお送りできない状態でございました。

前回分はこちらでクローズし、今後は本件（{CC2}）にて対応させていただきます。
重複してお問い合わせをいただきますと対応が遅れる原因となりますため、追加のご連絡は本メールへのご返信にてお願いいたします。

つきましては、お手続きのため以下をお知らせください。
・AWS07720518 と AWS13056284 のそれぞれに登録されているメールアドレス
・今後どちらのアカウントをお使いになりたいか

森
Amazon Web Services
AWS トレーニングと認定
"""
body = part(c3_text, cte="quoted-printable")
add("suzuki", "support_reply", "ja", CC2, ["AWS07720518", "AWS13056284"], True,
    aws_mail("nifty", C_MAIL, c3_when, FORM, f"RE:[CASE {CC2}] {FORM_SUBJ}", body, to_name="鈴木 美咲"))

c4_when = T(2025, 11, 26, 3, 12, 20)
body = part(f"""お客様

お問い合わせ番号 {CC1} の対応を終了いたしました。
AWS トレーニングと認定をご利用いただき、ありがとうございました。

サービス向上のため、アンケートへのご協力をお願いいたします。

Q1. 今回のお問い合わせで、ご質問は解決しましたか？
    はい / いいえ
Q2. 担当者の対応はいかがでしたか？（5段階）

回答はこちら: {survey_url(CC1)}

※本メールは送信専用です。
Amazon Web Services
""", cte="base64")
add("suzuki", "survey", "ja", CC1, [], True,
    aws_mail("nifty", C_MAIL, c4_when, FORM, subj("お問い合わせ対応終了のお知らせ", prefix=f"[CASE {CC1}] "), body))

c5_when = T(2025, 11, 28, 2, 0, 33)
c5_text = f"""鈴木 美咲 様

森でございます。
11月26日にお送りしたご案内につきまして、その後いかがでしょうか。

お手続きを進めるには、各アカウントにご登録のメールアドレスを確認させていただく必要がございます。
お手数ですが、本メールへのご返信にてお知らせいただけますと幸いです。

なお、5営業日以内にご返信がない場合、本件は一旦クローズとさせていただきますので、あらかじめご了承ください。

森
Amazon Web Services

---------- 以前のメッセージ ----------
{c3_text}"""
body = part(c5_text, charset="iso-2022-jp", cte="7bit")
add("suzuki", "support_reply", "ja", CC2, [], True,
    aws_mail("nifty", C_MAIL, c5_when, FORM, f"RE:[CASE {CC2}] {FORM_SUBJ}", body, to_name="鈴木 美咲"))

c_user1 = """森様

ご連絡が遅くなり申し訳ありません。鈴木です。

AWS07720518: misaki.suzuki@nifty.com（今使っているほうです）
AWS13056284: suzuki.misaki@kanazawa-bunka-u.ac.jp（大学のアドレスで、卒業したので使えません）

残したいのは AWS07720518 です。
よろしくお願いいたします。

鈴木 美咲"""
c6_when = T(2025, 11, 28, 5, 30, 2)
c6_new = """鈴木 美咲 様

森でございます。ご返信ありがとうございました。
お知らせいただいた内容に基づき、以下のとおり統合いたします。

【統合後に残るアカウント】
　AWS07720518（misaki.suzuki@nifty.com）
【統合により閉鎖されるアカウント】
　AWS13056284（suzuki.misaki@kanazawa-bunka-u.ac.jp）

統合を実施いたしますと、元の状態に戻すことはできません。
上記の内容でよろしければ、「上記内容で統合を希望します」と本メールにご返信ください。

森
Amazon Web Services
"""
c6_text = c6_new + "\n2025/11/28 13:05 に 鈴木美咲 さんは書きました:\n" + quote(c_user1) + "\n"
body = part(c6_text, charset="iso-2022-jp", cte="7bit")
add("suzuki", "merge_confirmation_requested", "ja", CC2, ["AWS07720518", "AWS13056284"], True,
    aws_mail("nifty", C_MAIL, c6_when, FORM, subj("アカウント統合内容のご確認", "iso-2022-jp", prefix=f"RE:[CASE {CC2}] "), body, to_name="鈴木 美咲"))

c7_when = T(2025, 12, 1, 2, 15, 40)
c7_new = """鈴木 美咲 様

森でございます。
11月28日にお送りしたメールがお手元に届いていない可能性もございますため、念のため再度お送りいたします。

統合後に残るアカウント: AWS07720518
統合されるアカウント　: AWS13056284

本手続きは一度実施すると取り消しができません。
この内容でお進めしてよろしいか、本メールへのご返信にてお知らせください。

森
Amazon Web Services
"""
body = part(c7_new, cte="base64")
add("suzuki", "merge_confirmation_requested", "ja", CC2, ["AWS07720518", "AWS13056284"], True,
    aws_mail("nifty", C_MAIL, c7_when, FORM, subj("アカウント統合内容のご確認（再送）", prefix=f"RE:[CASE {CC2}] "), body, to_name="鈴木 美咲"))

c_user2 = """森様

再送ありがとうございます。前回のメールは迷惑メールフォルダに入っていました。
上記内容で統合を希望します。

鈴木"""
c8_when = T(2025, 12, 2, 1, 20, 9)
c8_new = """鈴木 美咲 様

森でございます。
ご返信いただきありがとうございます。統合についてご了承いただいたことを確認いたしました。

それでは、本日より手続きを開始いたします。
完了までに数日ほどお時間を頂戴する場合がございます。終わり次第、改めてご連絡いたします。

森
Amazon Web Services
"""
c8_text = (c8_new + "\n2025/12/02 7:48、鈴木美咲 <misaki.suzuki@nifty.com>のメール:\n\n"
           + quote(c_user2 + "\n\n" + quote(c7_new)) + "\n")
body = part(c8_text, cte="quoted-printable")
add("suzuki", "support_reply", "ja", CC2, [], True,
    aws_mail("nifty", C_MAIL, c8_when, FORM, f"RE:[CASE {CC2}] {FORM_SUBJ}", body, to_name="鈴木 美咲"))

c9_when = T(2025, 12, 4, 6, 0, 12)
c9_new = """鈴木 美咲 様

森でございます。
お待たせいたしました。

AWS13056284 の受験履歴および認定資格を、AWS07720518 に移しました。
AWS13056284 にはサインインできなくなっておりますので、今後は AWS07720518 をご利用ください。
再認定の期限や受験特典につきましては、AWS07720518 の内容が適用されます。

ほかにお手伝いできることがございましたら、本メールにてお知らせください。

森
Amazon Web Services
"""
c9_text = (c9_new + "\n---- 2025/12/02 7:48 鈴木美咲 wrote ----\n" + c_user2 + "\n\n" + quote(quote(c7_new)) + "\n")
body = part(c9_text, cte="base64")
add("suzuki", "merge_completed", "ja", CC2, ["AWS07720518", "AWS13056284"], True,
    aws_mail("nifty", C_MAIL, c9_when, FORM, f"RE:[CASE {CC2}] {FORM_SUBJ}", body, to_name="鈴木 美咲"))

c10_when = T(2025, 12, 8, 7, 45, 51)
body = part("""鈴木 美咲 様

森でございます。
統合後のアカウント（AWS07720518）に Credly のバッジが表示されていないとのご連絡、ありがとうございます。

Credly のアカウントは AWS の認定アカウントとは別に管理されているため、バッジを移すには別途手続きが必要でございます。
本件は担当チームへ依頼済みで、現在対応を進めております。
進捗がございましたら、本メールにてご連絡いたします。今しばらくお待ちいただけますと幸いです。

森
Amazon Web Services

> 森様
> 統合ありがとうございました。認定は表示されるようになったのですが、
> Credly のバッジが古い大学のアドレスの方に残ったままのようです。
> 鈴木
""", cte="quoted-printable")
add("suzuki", "support_reply", "ja", CC2, ["AWS07720518"], True,
    aws_mail("nifty", C_MAIL, c10_when, FORM, f"RE:[CASE {CC2}] {FORM_SUBJ}", body, to_name="鈴木 美咲"))

c11_when = T(2025, 12, 10, 23, 12, 5)
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
c11_text = f"""AWS Training and Certification has issued you a badge.

AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/badges/{bid}/accept
"""
c11_html = html(f"""<div style="max-width:560px;margin:0 auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="170" alt="badge">
<h2>Congratulations, Misaki!</h2>
<p>You've earned the <b>AWS Certified Developer &ndash; Associate</b> badge from AWS Training and Certification.</p>
<p>This badge was previously issued to a different email address and has now been issued to {C_MAIL}.</p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="background:#0a8572;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Accepting your badge lets you share it and lets others verify it.</p>
</div>""", "Credly")
body = alt(part(c11_text, charset="us-ascii", cte="7bit"), part(c11_html, "html", cte="quoted-printable"), rhex(28))
add("suzuki", "credly_badge_issued", "en", None, [], True,
    credly_mail("nifty", C_MAIL, c11_when, "Misaki, claim your AWS Certified Developer - Associate badge", body))

c12_when = T(2025, 12, 9, 12, 31, 44)
c12_text = """鈴木 美咲 さん

suzuki.misaki@kanazawa-bunka-u.ac.jp で登録されている Credly アカウントを、あなたのアカウントに統合するリクエストを受け付けました。

続行するには、次のコードを入力してください: 583019

または、下のリンクから手続きを完了できます。
アカウントの統合を完了する: https://www.credly.com/users/merge/confirm?locale=ja&token=""" + rhex(40) + """

このコードの有効期限は 30 分です。このリクエストに心当たりがない場合は、このメールを無視してください。アカウントは変更されません。

Credly チーム
"""
body = alt(part(c12_text, cte="quoted-printable"), part(html(p2h(c12_text), "Credly"), "html", cte="quoted-printable"), rhex(28))
add("suzuki", "unrelated", "ja", None, [], True,
    credly_mail("nifty", C_MAIL, c12_when, subj("Credly アカウント統合の確認コード"), body, from_name="Credly"))

# ======================================================================
# User D: 山本 大輔 — on-prem mail (no Authentication-Results), console,
#         agent writing translated-sounding Japanese
# ======================================================================
d_link = f"https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=ja"
d_subj_ja = "AWS Certificationアカウントの統合"
d1_when = D_OPEN + timedelta(seconds=18)
d1_text = f"""Thank you for contacting Amazon Web Services. We have opened case {CD} to address your issue.

The details of your case are as follows:

Case ID: {CD}
Subject: {d_subj_ja}
Severity: General guidance
Correspondence: AWS認定のアカウントが2つあるので1つにしたいです。

To see all of your cases, visit the Support Center:
https://console.aws.amazon.com/support/home#/

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, use the link above.

Best regards,
Amazon Web Services
"""
d1_html = html(f"""<p>Thank you for contacting Amazon Web Services. We have opened case {CD} to address your issue.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td><b>Case ID</b></td><td>{CD}</td></tr><tr><td><b>Subject</b></td><td>{d_subj_ja}</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr></table>
<p><a href="{d_link.replace('language=ja','language=en')}">View case in the Support Center</a></p>
<p style="color:#687078;font-size:12px">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
<p>Best regards,<br>Amazon Web Services</p>""")
body = alt(part(d1_text, cte="quoted-printable"), part(d1_html, "html", cte="quoted-printable"), java_boundary(d1_when))
add("yamamoto", "case_created", "en", CD, [], None,
    aws_mail("onprem", D_MAIL, d1_when, CONSOLE, subj(f"Amazon Web Services: You have opened a new Support case: {CD}"), body))

d2_when = T(2026, 2, 4, 10, 2, 37)
d2_text = """こんにちは 山本様、

AWSサポートにご連絡いただきありがとうございます。私の名前はラヴィです、そして私は今日あなたをサポートします。

私はあなたがあなたの2つの認定アカウントを1つにしたいことを理解しました。このリクエストを処理するために、私たちは次の情報をあなたから必要とします：

1. 両方のアカウントに登録されたメールアドレス
2. どのアカウントを保持したいですか（プライマリアカウント）
3. 両方のアカウントの候補者ID（AWSから始まる番号）

サポートセンターを通して返信してください。このメールアドレスは受信を受け付けません。

よろしくお願いします、
Ravi K.
Amazon Web Services
"""
d2_html = html(p2h(d2_text) + f"""
<hr><p style="font-size:12px">私たちのサポートはどうでしたか？ このやり取りを評価するには <a href="{d_link}&amp;rate=true">ここをクリック</a>。</p>""")
body = alt(part(d2_text, cte="base64"), part(d2_html, "html", cte="base64"), java_boundary(d2_when))
add("yamamoto", "support_reply", "ja", CD, [], None,
    aws_mail("onprem", D_MAIL, d2_when, CONSOLE, subj(d_subj_ja, prefix=f"RE:[CASE {CD}] "), body))

d3_when = T(2026, 2, 6, 9, 40, 18)
body = part(f"""こんにちは 山本様、

情報を提供してくれてありがとうございます。

マージを実行する前に、私たちはあなたの確認を必要とします。以下の詳細をレビューしてください：

保持されるアカウント： AWS08264013 (d.yamamoto@minato-denki.co.jp)
マージされるアカウント： aws05519732 (daisuke.y.1990@gmail.com)

マージされたアカウントのすべての認定、試験履歴およびバウチャーは保持されるアカウントに移動されます。マージされたアカウントは無効になります。
このアクションは元に戻すことができないことに注意してください。

詳細が正しい場合は、サポートセンターで「はい、マージを進めてください」と返信してください。

よろしくお願いします、
Ravi K.
Amazon Web Services

{d_link}
""", cte="quoted-printable")
add("yamamoto", "merge_confirmation_requested", "ja", CD, ["AWS05519732", "AWS08264013"], None,
    aws_mail("onprem", D_MAIL, d3_when, CONSOLE, subj(d_subj_ja, prefix=f"RE:[CASE {CD}] "), body))

d4_when = d3_when + timedelta(seconds=52)
body = part(f"""Hello,

New correspondence has been added to your support case {CD}, "{d_subj_ja}".

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home?#/case/?displayId={CD}&language=en

Please do not reply to this e-mail. This address cannot accept incoming e-mails.

Amazon Web Services
""", cte="quoted-printable")
add("yamamoto", "support_reply", "en", CD, [], None,
    aws_mail("onprem", D_MAIL, d4_when, CONSOLE, f"[Case {CD}] New correspondence added", body))

d5_when = T(2026, 2, 10, 8, 5, 29)
body = part(f"""こんにちは 山本様、

私たちは、以前のメッセージへのあなたの返信をまだ受け取っていません。
あなたはまだこの問題についての援助を必要としていますか？

もし私たちが次の5日以内にあなたから聞かない場合、このケースは自動的に解決済みに設定されます。
ケースが解決済みになった後でも、サポートセンターからそれを再開することができます。

よろしくお願いします、
Ravi K.
Amazon Web Services

{d_link}
""", cte="base64")
add("yamamoto", "support_reply", "ja", CD, [], None,
    aws_mail("onprem", D_MAIL, d5_when, CONSOLE, subj(d_subj_ja, prefix=f"RE:[CASE {CD}] "), body))

d6_when = T(2026, 2, 11, 3, 15, 2)
body = part(f"""こんにちは 山本様、

確認をありがとうございます。

私たちは今、AWS05519732 を AWS08264013 にマージするプロセスを開始します。
これは通常1〜3営業日かかります。プロセスが終わったら、私たちはこのケースを通してあなたに知らせます。

その間、あなたは新しい試験を予約しないことをお勧めします。

よろしくお願いします、
Ravi K.
Amazon Web Services

{d_link}
""", cte="quoted-printable")
add("yamamoto", "support_reply", "ja", CD, ["AWS05519732", "AWS08264013"], None,
    aws_mail("onprem", D_MAIL, d6_when, CONSOLE, subj(d_subj_ja, prefix=f"RE:[CASE {CD}] "), body))

d7_when = T(2026, 2, 12, 22, 10, 40)
body = part(f"""こんにちは 山本様、

良いニュースです！ マージは正常に完了されました。

AWS05519732 のすべての認定と試験の履歴は、現在 AWS08264013 に表示されます。古いアカウントはもう使用することができません。
Credly バッジは24〜48時間以内にあなたのメールアドレスに再発行されます。

他に質問がない場合、このケースは解決済みとしてマークされます。

よろしくお願いします、
Ravi K.
Amazon Web Services

{d_link}
""", cte="base64")
add("yamamoto", "merge_completed", "ja", CD, ["AWS05519732", "AWS08264013"], None,
    aws_mail("onprem", D_MAIL, d7_when, CONSOLE, subj(d_subj_ja, prefix=f"RE:[CASE {CD}] "), body))

d8_when = T(2026, 2, 14, 23, 0, 3)
d8_text = f"""こんにちは、

お客様のサポートケース {CD}「{d_subj_ja}」は解決済みとしてマークされました。

ケースを再開する必要がある場合は、サポートセンターから行うことができます:
{d_link}

私たちのサポートの体験についてフィードバックを共有してください。それは1分未満かかります:
非常に満足 / 満足 / どちらでもない / 不満 / 非常に不満
{d_link}&feedback=true

Amazon Web Services
"""
body = alt(part(d8_text, cte="base64"), part(html(p2h(d8_text)), "html", cte="base64"), java_boundary(d8_when))
add("yamamoto", "survey", "ja", CD, [], None,
    aws_mail("onprem", D_MAIL, d8_when, CONSOLE, subj(f"AWS サポートケース {CD} は解決済みです"), body))

d9_when = T(2026, 1, 20, 3, 48, 16)
d9_html = html(f"""<table width="620" align="center" style="border:1px solid #ddd"><tr><td style="padding:20px">
<p><img src="https://home.pearsonvue.com/images/pvue-logo.png" alt="Pearson VUE" width="140"></p>
<p>山本 大輔 様</p>
<p>このたびは Pearson VUE にて試験をご予約いただき、ありがとうございます。ご予約内容は以下のとおりです。</p>
<table cellpadding="4">
<tr><td>試験</td><td>SCS-C02: AWS Certified Security - Specialty</td></tr>
<tr><td>日時</td><td>2026年3月7日(土) 10:00 JST</td></tr>
<tr><td>会場</td><td>オンライン監督試験（OnVUE）</td></tr>
<tr><td>受験者 ID</td><td>AWS05519732</td></tr>
<tr><td>登録 ID</td><td>{R.randint(400000000, 499999999)}</td></tr>
</table>
<p>試験開始の30分前からチェックインが可能です。有効な身分証明書をご用意ください。</p>
<p>予約の変更・キャンセルは、試験開始の24時間前までに AWS 認定アカウントから行ってください。</p>
<p>Pearson VUE</p></td></tr></table>""", "Pearson VUE")
hs = other_transport("onprem", D_MAIL, d9_when, "mx0a-00116903.pphosted.com", f"67.231.{R.randint(140,159)}.{R.randint(1,250)}",
                     "pearsonvueconfirmation@pearson.com", "pearson.com", "selector2", "pearson.com")
hs += [("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
       ("To", D_MAIL),
       ("Subject", subj("Pearson VUE 試験予約の確認 - AWS Certified Security - Specialty")),
       ("Date", fmt(d9_when)),
       ("Message-ID", f"<{rhex(16)}.{R.randint(10000,99999)}@pearsonvue.com>")]
body = part(d9_html, "html", cte="quoted-printable")
add("yamamoto", "unrelated", "ja", None, ["AWS05519732"], None, assemble(hs, body))

d10_when = T(2026, 2, 3, 4, 5, 33)
hs = other_transport("onprem", D_MAIL, d10_when, "a9-114.smtp-out.amazonses.com", "54.240.9.114",
                     f"{ses_local(d10_when)}@amazonses.com", "signin.aws", ralnum(32), "signin.aws")
hs += [("From", addr("AWS", "no-reply@signin.aws")),
       ("To", D_MAIL),
       ("Subject", "Verify your AWS Builder ID email address"),
       ("Date", fmt(d10_when)),
       ("Message-ID", f"<{ses_local(d10_when)}@email.amazonses.com>")]
body = part("""Hello,

To finish creating your AWS Builder ID, enter the following verification code:

    482915

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services
""", charset="us-ascii", cte="7bit")
add("yamamoto", "unrelated", "en", None, [], None, assemble(hs, body))

# ======================================================================
# User E: 伊藤 翔 (Sho Ito) — Google Workspace, form desk, writes English
# ======================================================================
e1_when = E_OPEN + timedelta(seconds=28)
body = part(f"""Hello Sho,

Your request has been logged with AWS Training and Certification Customer Support under reference {CE}.

What happens next: an agent will review what you sent and get back to you, generally within one business day.
Replying to this email adds your comments to the same request, so there is no need to submit the form again.

Summary of your submission
  Inquiry type: AWS Training and Certification
  Detail: Account Merge
  AWS candidate ID: AWS15208847
  Description: I have two certification profiles. The older one (aws 03395126) was created with my personal Gmail. I would like everything under my work profile.

Kind regards,
AWS Training and Certification Customer Support
""", charset="us-ascii", cte="7bit")
add("ito", "case_created", "en", CE, ["AWS03395126", "AWS15208847"], True,
    aws_mail("gmail", E_MAIL, e1_when, FORM, f"[CASE {CE}] {FORM_SUBJ}", body, to_name="Sho Ito"))

e2_when = T(2026, 3, 10, 14, 30, 26)
e2_new = """Hello Sho,

Thank you for your patience. I located both profiles under your name. Before anything is changed, please review the plan below:

   Surviving profile: AWS15208847 (sho.ito@northpeak.io)
   Profile to be folded in and closed: AWS03395126 (sho.ito.dev@gmail.com)

Everything on AWS03395126 - certifications, exam history and any unused benefits - would be carried over to AWS15208847, after which AWS03395126 would no longer be accessible. Please be aware that this cannot be undone afterwards.

If this is what you want, simply reply to this email to let me know you agree, and I'll take it from there.

Best regards,
Marisol R.
Amazon Web Services
"""
body = part(e2_new, cte="quoted-printable")
add("ito", "merge_confirmation_requested", "en", CE, ["AWS03395126", "AWS15208847"], True,
    aws_mail("gmail", E_MAIL, e2_when, FORM, f"RE:[CASE {CE}] {FORM_SUBJ}", body, to_name="Sho Ito"))

e3_when = T(2026, 3, 11, 9, 55, 3)
e3_text = """Hello Sho,

Thanks for getting back to me and for confirming the details. We will now proceed with your request; you'll hear from me again as soon as the work is finished. No action is needed from you in the meantime.

Best regards,
Marisol R.
Amazon Web Services

On Wed, Mar 11, 2026 at 6:12 PM Sho Ito <sho.ito@northpeak.io> wrote:
> Hi Marisol,
>
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Sho
>
> On Tue, Mar 10, 2026 at 11:30 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(quote(e2_new)) + "\n"
body = part(e3_text, charset="us-ascii", cte="7bit")
add("ito", "support_reply", "en", CE, [], True,
    aws_mail("gmail", E_MAIL, e3_when, FORM, f"RE:[CASE {CE}] {FORM_SUBJ}", body, to_name="Sho Ito"))

e4_when = T(2026, 3, 12, 20, 40, 51)
su = survey_url(CE)
e4_text = f"""Hello Sho,

Good news: your two profiles are now one. The credentials and exam history that lived on AWS03395126 have been consolidated into AWS15208847, and the older profile has been retired.

Please sign in with sho.ito@northpeak.io from now on. Credly badges can take 24-48 hours to show up at that address.

How did we do? Please take a moment to rate this interaction:
{su}

Best regards,
Marisol R.
Amazon Web Services
"""
e4_html = html(f"""<p>Hello Sho,</p>
<p>Good news: your two profiles are now one. Everything that was on <b>AWS03395126</b> now sits under <b>AWS15208847</b>, and the older profile has been retired.</p>
<p>A few things worth checking when you next sign in:</p>
<ul><li>All of your certifications are listed on AWS15208847</li>
<li>Your 50% exam discount benefit is still available</li>
<li>Your Credly badges arrive at sho.ito@northpeak.io (allow 24-48 hours)</li></ul>
<p>Best regards,<br>Marisol R.<br>Amazon Web Services</p>
<table><tr><td style="padding:12px;background:#f2f3f3">How did we do? <a href="{su}&amp;r=good">&#128077; Good</a> &nbsp; <a href="{su}&amp;r=bad">&#128078; Bad</a></td></tr></table>""")
body = alt(part(e4_text, charset="us-ascii", cte="7bit"), part(e4_html, "html", cte="quoted-printable"), java_boundary(e4_when))
add("ito", "merge_completed", "en", CE, ["AWS03395126", "AWS15208847"], True,
    aws_mail("gmail", E_MAIL, e4_when, FORM, f"RE:[CASE {CE}] {FORM_SUBJ}", body, to_name="Sho Ito"))

e5_when = T(2026, 3, 13, 21, 0, 9)
su = survey_url(CE)
e5_text = f"""Hello,

Your AWS Training and Certification case {CE} has been resolved and is now closed.

Was your issue resolved?
  YES: {su}&resolved=1
  NO:  {su}&resolved=0

How would you rate the agent who helped you? (1 = poor, 5 = excellent)
  {su}&agent=1  ...  {su}&agent=5

If you still need help, reply to this email within 14 days and the case will be reopened.

AWS Training and Certification
"""
body = alt(part(e5_text, charset="us-ascii", cte="7bit"), part(html(p2h(e5_text)), "html", cte="quoted-printable"), java_boundary(e5_when))
add("ito", "survey", "en", CE, [], True,
    aws_mail("gmail", E_MAIL, e5_when, FORM, f"Case {CE} closed - tell us how we did", body))

e6_when = T(2026, 3, 12, 3, 22, 47)
pr_mid = "<northpeak/infra-accounts/pull/482@github.com>"
hs = other_transport("gmail", E_MAIL, e6_when, f"out-{R.randint(10,30)}.smtp.github.com", f"192.30.252.{R.randint(190,215)}",
                     f"noreply@github.com", "github.com", "pf2023", "github.com")
hs += [("Date", fmt(e6_when.astimezone(PDT))),
       ("From", addr("Kaito Mori", "notifications@github.com")),
       ("Reply-To", "northpeak/infra-accounts <reply+AB" + rhex(30).upper() + "@reply.github.com>"),
       ("To", "northpeak/infra-accounts <infra-accounts@noreply.github.com>"),
       ("Cc", f"Sho Ito <{E_MAIL}>, Review requested <review_requested@noreply.github.com>"),
       ("Message-ID", f"<northpeak/infra-accounts/pull/482/issue_event/{R.randint(10**10, 10**11)}@github.com>"),
       ("In-Reply-To", pr_mid), ("References", pr_mid),
       ("Subject", "Re: [northpeak/infra-accounts] Merge legacy sandbox account into org payer (PR #482)"),
       ("List-ID", "northpeak/infra-accounts <infra-accounts.northpeak.github.com>"),
       ("X-GitHub-Reason", "review_requested")]
body = part(f"""Merged #482 into main.

The legacy sandbox account 731904558216 is now a member of the org and billing is consolidated under the payer account.

--
Reply to this email directly, view it on GitHub:
https://github.com/northpeak/infra-accounts/pull/482#event-{R.randint(10**10, 10**11)}
You are receiving this because your review was requested.
""", charset="UTF-8", cte="7bit")
add("ito", "unrelated", "en", None, [], False, assemble(hs, body))

# forged From amazon.com; topmost provider header says dmarc=fail, a lower one is forged
e7_when = T(2026, 3, 10, 6, 12, 33)
bad_ip = f"185.{R.randint(100,250)}.{R.randint(1,250)}.{R.randint(1,250)}"
hs = other_transport("gmail", E_MAIL, e7_when, "mail.aws-tc-support.net", bad_ip,
                     "bounce@aws-tc-support.net", "aws-tc-support.net", "default", "amazon.com",
                     dmarc="fail", policy_="QUARANTINE", spf="pass", dkim_res="pass")
hs += [("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"),
       ("From", addr(AWS_NAME, FORM)),
       ("Reply-To", "cert-merge-desk@aws-tc-support.net"),
       ("To", E_MAIL),
       ("Subject", f"RE:[CASE {C_PHISH_EN}] Action required: confirm your certification account merge"),
       ("Date", fmt(e7_when)),
       ("Message-ID", f"<{rhex(24)}@aws-tc-support.net>")]
link = f"https://aws-tc-support.net/verify/merge?c={C_PHISH_EN}&t={rhex(20)}"
e7_html = html(f"""<p>Dear Candidate,</p>
<p>We have received a request to merge your AWS Certification accounts <b>AWS15208847</b> and <b>AWS03395126</b>.</p>
<p>Because a merge is permanent, we need you to approve it. Please sign in within <b>24 hours</b> using the secure link below and confirm which account should be kept. If we do not hear from you, both profiles may be suspended and your certifications could be revoked.</p>
<p><a href="{link}" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Confirm account merge</a></p>
<p>Case ID: {C_PHISH_EN}</p>
<p>Regards,<br>AWS Training and Certification</p>""")
e7_text = f"""Dear Candidate,

We have received a request to merge your AWS Certification accounts AWS15208847 and AWS03395126.
Because a merge is permanent, we need you to approve it. Sign in within 24 hours and confirm which account should be kept:
{link}

Case ID: {C_PHISH_EN}
AWS Training and Certification
"""
body = alt(part(e7_text, charset="us-ascii", cte="7bit"), part(e7_html, "html", cte="quoted-printable"), f"=_{rhex(24)}")
add("ito", "merge_confirmation_requested", "en", C_PHISH_EN, ["AWS03395126", "AWS15208847"], False, assemble(hs, body))

e8_when = T(2026, 3, 14, 1, 2, 58)
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
e8_text = f"""Sho, your badge is ready.

AWS Training and Certification has issued you the AWS Certified DevOps Engineer - Professional badge.

Accept your badge: https://www.credly.com/badges/{bid}/accept

Once accepted, you can share it on LinkedIn and add it to your email signature.
"""
body = alt(part(e8_text, charset="us-ascii", cte="7bit"), part(html(p2h(e8_text).replace(f"https://www.credly.com/badges/{bid}/accept", f'<a href="https://www.credly.com/badges/{bid}/accept">Accept your badge</a>'), "Credly"), "html", cte="quoted-printable"), rhex(28))
add("ito", "credly_badge_issued", "en", None, [], True,
    credly_mail("gmail", E_MAIL, e8_when, "Sho, your AWS Certified DevOps Engineer - Professional badge is ready", body))

# ======================================================================
# User F: 小林 理恵 — OCN, form desk, short case + phishing around it
# ======================================================================
f1_when = T(2025, 7, 16, 1, 22, 40)
body = part(f"""小林 理恵 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 サポートの佐々木です。
お知らせいただいた AWS06631847 について、もう一つのアカウントとの統合をご希望と承りました。

確認のため、以下の情報をお送りいただけますでしょうか。

・2つのアカウントそれぞれのログイン用メールアドレス
・通知先のメールアドレス（ログイン用と異なる場合）
・今後お使いになるアカウントはどちらか

お手数をおかけしますが、どうぞよろしくお願いいたします。

佐々木
Amazon Web Services
AWS トレーニングと認定
""", cte="quoted-printable")
add("kobayashi", "support_reply", "ja", CF, ["AWS06631847"], True,
    aws_mail("ocn", F_MAIL, f1_when, FORM, f"RE:[CASE {CF}] {FORM_SUBJ}", body, to_name="小林 理恵"))

f2_when = T(2025, 7, 17, 4, 0, 27)
f2_new = """小林 理恵 様

佐々木です。ご返信ありがとうございます。
いただいた情報から、次の2つのアカウントを確認できました。

・AWS06631847（rie.kobayashi@ocn.ne.jp）→ こちらを残します
・AWS02290415（r.kobayashi@harumi-trading.co.jp）→ 上のアカウントへ統合し、閉鎖します

統合したあとで元に戻すことはできませんので、あらかじめご了承ください。
この内容で問題なければ、お手数ですがこのメールに「問題ありません」とだけご返信いただけますか。

佐々木
Amazon Web Services
"""
f2_text = f2_new + f"""
差出人: 小林 理恵 <rie.kobayashi@ocn.ne.jp>
送信日時: 2025年7月16日 21:40
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: Re: RE:[CASE {CF}] {FORM_SUBJ}

佐々木様

ご連絡ありがとうございます。
AWS06631847 → rie.kobayashi@ocn.ne.jp（こちらを使い続けたいです）
AWS02290415 → r.kobayashi@harumi-trading.co.jp（前職の会社のアドレスです）
通知先も同じアドレスです。

よろしくお願いします。
小林
"""
body = part(f2_text, charset="iso-2022-jp", cte="7bit")
add("kobayashi", "merge_confirmation_requested", "ja", CF, ["AWS02290415", "AWS06631847"], True,
    aws_mail("ocn", F_MAIL, f2_when, FORM, subj("統合するアカウントのご確認", "iso-2022-jp", prefix=f"RE:[CASE {CF}] "), body, to_name="小林 理恵"))

f3_when = T(2025, 7, 18, 8, 30, 14)
body = part(f"""小林さん

佐々木です。
統合、完了しました！
AWS02290415 に入っていた認定は、ぜんぶ AWS06631847 のほうにまとめてあります。
次回からは AWS06631847（rie.kobayashi@ocn.ne.jp）でログインしてくださいね。

Credly のバッジも、そのうち同じアドレスに届くと思います。
何かあれば、このメールにそのまま返信してください。

佐々木
Amazon Web Services

-----Original Message-----
From: 小林 理恵 [mailto:rie.kobayashi@ocn.ne.jp]
Sent: Thursday, July 17, 2025 9:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {CF}] 統合するアカウントのご確認

問題ありません。よろしくお願いします。

小林
""", cte="base64")
add("kobayashi", "merge_completed", "ja", CF, ["AWS02290415", "AWS06631847"], True,
    aws_mail("ocn", F_MAIL, f3_when, FORM, f"RE:[CASE {CF}] {FORM_SUBJ}", body, to_name="小林 理恵"))

f4_when = T(2025, 7, 19, 0, 40, 37)
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
f4_text = f"""小林 理恵 さん

AWS Training and Certification があなたにバッジを発行しました。

AWS Certified Cloud Practitioner

下のリンクからバッジを受け取ると、プロフィールに表示され、SNS で共有できるようになります。
バッジを受け取る: https://www.credly.com/badges/{bid}/accept?locale=ja

Credly
"""
f4_html = html(f"""<div style="max-width:560px;margin:0 auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="170" alt="AWS Certified Cloud Practitioner">
<h2>新しいバッジが届いています</h2>
<p>AWS Training and Certification から <b>AWS Certified Cloud Practitioner</b> のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/{bid}/accept?locale=ja" style="background:#0a8572;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#666">バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn などで共有できます。</p>
</div>""", "Credly")
body = alt(part(f4_text, cte="base64"), part(f4_html, "html", cte="base64"), rhex(28))
add("kobayashi", "credly_badge_issued", "ja", None, [], True,
    credly_mail("ocn", F_MAIL, f4_when, subj("バッジを受け取ってください: AWS Certified Cloud Practitioner"), body))

# look-alike domain, its own DMARC passes
f5_when = T(2025, 7, 15, 11, 20, 6)
hs = other_transport("ocn", F_MAIL, f5_when, "mta1.aws-certification-jp.com", f"45.{R.randint(10,250)}.{R.randint(1,250)}.{R.randint(1,250)}",
                     "bounce@aws-certification-jp.com", "aws-certification-jp.com", "mail", "aws-certification-jp.com")
link = f"https://aws-certification-jp.com/account/merge/approve?id={rhex(24)}"
f5_html = html(f"""<div style="max-width:600px">
<p><img src="https://aws-certification-jp.com/img/aws-tc-logo.png" alt="AWS トレーニングと認定" width="160"></p>
<p>小林 理恵 様</p>
<p>お客様の認定アカウント統合リクエストを受け付けました。（ケース番号: {C_PHISH_JA}）</p>
<p>統合対象アカウント：<br>AWS06631847<br>AWS02290415</p>
<p>統合は取り消すことができません。<b>48時間以内</b>に以下のボタンからサインインし、統合を承認してください。<br>
承認が確認できない場合、両方のアカウントの認定資格が無効となる可能性がございます。</p>
<p><a href="{link}" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">統合を承認する</a></p>
<p>AWS トレーニングと認定 サポートセンター</p>
</div>""")
hs += [("From", addr("AWS トレーニングと認定", "no-reply@aws-certification-jp.com")),
       ("To", F_MAIL),
       ("Subject", subj(f"【要対応】認定アカウント統合の最終確認（ケース番号: {C_PHISH_JA}）")),
       ("Date", fmt(f5_when.astimezone(JST))),
       ("Message-ID", f"<{rhex(20)}@aws-certification-jp.com>"),
       ("X-Mailer", "PHPMailer 6.8.1")]
body = part(f5_html, "html", cte="base64")
add("kobayashi", "merge_confirmation_requested", "ja", C_PHISH_JA, ["AWS02290415", "AWS06631847"], False, assemble(hs, body))

# unrelated phishing, Shift_JIS, dmarc none
f6_when = T(2025, 10, 3, 22, 14, 9)
hs = other_transport("ocn", F_MAIL, f6_when, "smtp.aws-account-notice.com", f"103.{R.randint(10,250)}.{R.randint(1,250)}.{R.randint(1,250)}",
                     "info@aws-account-notice.com", "none", "none", "aws-account-notice.com",
                     dmarc="none", spf="softfail", signed=False)
hs += [("From", addr("Amazon Web Services", "billing@aws-account-notice.com", "shift_jis")),
       ("To", F_MAIL),
       ("Subject", subj("【重要】お支払い方法の確認が必要です", "shift_jis")),
       ("Date", fmt(f6_when.astimezone(JST))),
       ("Message-ID", f"<{R.randint(10**12, 10**13)}.{rhex(8)}@aws-account-notice.com>"),
       ("X-Mailer", "Microsoft Outlook 16.0")]
body = part("""AWS をご利用のお客様

お客様の AWS アカウントに登録されているお支払い方法で、直近のご請求を処理できませんでした。

24時間以内にお支払い情報を更新いただけない場合、アカウントおよびすべてのリソースが停止されます。
下記のリンクからサインインし、カード情報をご確認ください。

https://aws-account-notice.com/billing/update?session=8f31c0

※本メールは送信専用です。

Amazon Web Services, Inc.
""", charset="shift_jis", cte="base64")
add("kobayashi", "unrelated", "ja", None, [], False, assemble(hs, body))

# ======================================================================
# Misc unrelated mail around them
# ======================================================================
m1_when = T(2026, 4, 10, 1, 0, 22)
hs = other_transport("gmail", A_MAIL, m1_when, "mkto-ab310234.com", f"199.15.{R.randint(212,215)}.{R.randint(1,250)}",
                     f"{R.randint(100,999)}-{ralnum(3).upper()}-{R.randint(100,999)}.0.{R.randint(10000,99999)}.0.0.{R.randint(1000,9999)}.9.{R.randint(1000000,9999999)}@mkto-ab310234.com",
                     "amazon.com", "m1", "amazon.com", policy_="QUARANTINE")
hs += [("Date", fmt(m1_when)),
       ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
       ("To", A_MAIL),
       ("Subject", subj("【AWS Summit Japan 2026】登録受付を開始しました")),
       ("Message-ID", f"<{R.randint(1000000,9999999)}.{R.randint(100000,999999)}.{int(m1_when.timestamp()*1000)}@abmas01.marketo.org>"),
       ("List-Unsubscribe", "<mailto:unsub-" + rhex(16) + "@mkto-ab310234.com>")]
body = part(html("""<table width="600" align="center"><tr><td>
<p><img src="https://d1.awsstatic.com/events/Summits/summit-japan-2026-banner.png" width="600" alt="AWS Summit Japan 2026"></p>
<p>田中 陽子 様</p>
<p>日本最大の "AWS を学ぶイベント" AWS Summit Japan 2026 の登録受付を開始しました。</p>
<p>会期：2026年6月25日(木)・26日(金)<br>会場：幕張メッセ（オンライン同時配信）</p>
<p>会場では AWS 認定資格をお持ちの方向けの「認定者ラウンジ」もご用意しております。当日は認定資格の証明（Credly のデジタルバッジ等）をご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#666">本メールは配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""", "AWS Summit Japan 2026"), "html", cte="quoted-printable")
add("misc", "unrelated", "ja", None, [], True, assemble(hs, body))

m2_when = T(2025, 12, 5, 8, 0, 0, JST)
hs = other_transport("nifty", C_MAIL, m2_when, "mail.cloud-jissen.jp", f"160.16.{R.randint(1,250)}.{R.randint(1,250)}",
                     "bounce-cj@cloud-jissen.jp", "cloud-jissen.jp", "cj2024", "cloud-jissen.jp")
hs += [("From", addr("週刊クラウド実践", "news@cloud-jissen.jp", "iso-2022-jp")),
       ("To", C_MAIL),
       ("Subject", subj("【週刊クラウド実践】AWS認定のアカウントが2つある人へ：統合手順まとめ ほか", "iso-2022-jp")),
       ("Date", fmt(m2_when)),
       ("Message-ID", f"<{m2_when:%Y%m%d%H%M%S}.{rhex(10)}@cloud-jissen.jp>"),
       ("X-Mailer", "Benchmark Email"),
       ("List-Unsubscribe", "<https://cloud-jissen.jp/unsubscribe?u=" + rhex(12) + ">")]
body = part("""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　週刊クラウド実践　2025年12月5日号　Vol.312
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週の注目記事

◆AWS認定のアカウントが2つある人へ：統合手順まとめ
転職や大学卒業などで、AWS 認定のアカウントが複数になってしまった方は意外と多いようです。
記事では、サポートへの依頼方法から、統合後に確認すべきポイント（認定一覧、受験特典、Credly のバッジ）までを
読者の体験談をもとに整理しました。統合自体は、依頼から数日で完了したという声が多数でした。
https://cloud-jissen.jp/articles/aws-cert-account-merge

◆re:Invent 2025 の発表から、今すぐ試したいアップデート10選
https://cloud-jissen.jp/articles/reinvent-2025-top10

◆連載「ゼロから始める Terraform」第8回：モジュール設計
https://cloud-jissen.jp/articles/terraform-08

────────────────────────────────────
配信停止・アドレス変更は以下から
https://cloud-jissen.jp/mypage
発行：クラウド実践編集部
────────────────────────────────────
""", charset="iso-2022-jp", cte="7bit")
add("misc", "unrelated", "ja", None, [], False, assemble(hs, body))

m3_when = T(2025, 8, 20, 2, 44, 50)
hs = other_transport("ocn", F_MAIL, m3_when, "a8-72.smtp-out.amazonses.com", "54.240.8.72",
                     f"{ses_local(m3_when)}@amazonses.com", "amazon.com", ralnum(32), "amazon.com", policy_="QUARANTINE")
hs += [("From", addr("Amazon Services Seller Support", "seller-notification@amazon.com")),
       ("To", F_MAIL),
       ("Subject", subj("出品制限の解除申請について", prefix=f"RE:[CASE {C_SELLER}] ")),
       ("Date", fmt(m3_when)),
       ("Message-ID", f"<{ses_local(m3_when)}@email.amazonses.com>")]
body = part(f"""小林 様

Amazon セラーセントラルをご利用いただきありがとうございます。
Amazon 出品サービス テクニカルサポートの近藤です。

お問い合わせいただいた「家庭用電気マッサージ器」カテゴリーの出品制限の解除申請について、ご提出いただいた請求書を確認いたしました。
審査の結果、ASIN: B0D{ralnum(7).upper()} の出品が可能となりましたので、お知らせいたします。

本件は以上でクローズさせていただきます。
今回の対応について、下記のリンクからご評価いただけますと幸いです。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={C_SELLER}

Amazon.co.jp
Amazon 出品サービス テクニカルサポート
""", cte="base64")
add("misc", "unrelated", "ja", C_SELLER, [], True, assemble(hs, body))

# internal, labelled Shift_JIS but containing CP932-only characters; no Authentication-Results
m4_when = T(2026, 2, 16, 10, 12, 45, JST)
hs = [("Return-Path", "<t.kimura@minato-denki.co.jp>"),
      ("Received", fold(["from kimura-pc.minato-denki.local (kimura-pc.minato-denki.local [10.20.3.118])",
                         "by mail.minato-denki.co.jp (Postfix) with ESMTPSA id 4fQz8Kc2Lnz1xB",
                         f"for <all-dev@minato-denki.co.jp>; {fmt(m4_when)}"])),
      ("X-Virus-Scanned", "amavisd-new at minato-denki.co.jp"),
      ("Date", fmt(m4_when)),
      ("From", addr("木村 拓也", "t.kimura@minato-denki.co.jp", "iso-2022-jp")),
      ("To", "all-dev@minato-denki.co.jp"),
      ("Subject", subj("【ご案内】AWS勉強会（第3回）について", "iso-2022-jp")),
      ("Message-ID", f"<{m4_when:%Y%m%d%H%M%S}.{rhex(8).upper()}.t.kimura@minato-denki.co.jp>"),
      ("X-Mailer", "Becky! ver. 2.81.05 [ja]")]
body = part("""開発部の皆さん

お疲れさまです。木村です。
第3回 AWS 勉強会を下記のとおり開催します。

① 日時：2月20日（金）17:00～18:30
② 場所：本社 5F 会議室Ｂ（Teams 同時配信あり）
③ テーマ：AWS 認定の更新と、認定アカウントの管理について

今回は、認定のアカウントが2つに分かれてしまっていた山本さんに、
サポートへ依頼して1つにまとめてもらったときの流れを話してもらう予定です。
（転職組の方は同じ状況になっていることが多いので、ぜひご参加ください）

参加可否は 2/18（水）までに返信をお願いします。

─────────────────
木村 拓也
ミナト電機株式会社 開発部 クラウド推進Ｇ
内線：4127
─────────────────
""", charset="shift_jis", codec="cp932", cte="base64")
add("misc", "unrelated", "ja", None, [], None, assemble(hs, body))

m5_when = T(2026, 3, 20, 17, 30, 2)
hs = other_transport("gmail", E_MAIL, m5_when, f"mail{R.randint(10,99)}.certmetrics.com", f"52.{R.randint(0,99)}.{R.randint(0,250)}.{R.randint(1,250)}",
                     "bounce@certmetrics.com", "certmetrics.com", "k1", "certmetrics.com")
hs += [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
       ("To", E_MAIL),
       ("Subject", "AWS Certification wants to hear from you"),
       ("Date", fmt(m5_when)),
       ("Message-ID", f"<{rhex(32)}@certmetrics.com>")]
m5_text = f"""Hello Sho,

As an AWS Certified individual, your opinion matters to us. We are running a short study about the certification experience - from preparing and scheduling your exam to how you use your certification at work.

The survey takes about 10 minutes. Your responses are confidential and will be used to improve AWS Certification.

Take the survey: https://aws.certmetrics.com/amazon/survey/{rhex(16)}

Candidate ID: AWS15208847

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email.
"""
body = alt(part(m5_text, charset="us-ascii", cte="7bit"), part(html(p2h(m5_text)), "html", cte="quoted-printable"), f"--=_{rhex(20)}")
add("misc", "unrelated", "en", None, ["AWS15208847"], False, assemble(hs, body))


# ======================================================================
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    R.shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = f"{n:03d}-{m['user']}-{rhex(4)}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["data"])
        labels[name] = {k: m[k] for k in ("kind", "case_id", "account_ids", "sender_verified", "language")}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(labels), "mails written")


if __name__ == "__main__":
    main()
