#!/usr/bin/env python3
"""Generate set-194: one month (May-June 2025) of a Japanese user's inbox
around an AWS Certification account merge, with many unrelated mails."""
import base64, quopri, json, os, random, hashlib
from datetime import datetime, timezone, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
UTC = timezone.utc
rnd = random.Random(194)

# ---- people / ids -------------------------------------------------------
GMAIL = "kenta.sato.0315@gmail.com"
OUTLOOK = "k_sato0315@outlook.jp"
WORK = "k.sato@tanaka-sys.co.jp"
NIFTY = "ksato-k@nifty.com"
OLD_MAIL = "k.sato@hoshino-tech.co.jp"   # former employer, no longer reachable
ME_JA = "佐藤 健太"
CASE_A = "174671203300641"   # form case, opened 2025-05-08 22:47:13 JST (1746712033)
CASE_B = "174692549100218"   # duplicate console case, 2025-05-11 10:04:51 JST
CASE_C = "174761508200957"   # billing console case, 2025-05-19 09:38:02 JST
CASE_D = "174823684000133"   # quota console case, 2025-05-26 14:20:40 JST
SELLER = "6120934857"        # Amazon Seller Central case (10 digits)
PHISH_CASE = "12873459021"   # fake 11-digit id in a phishing mail
KEEP, OLD, THIRD = "AWS02957163", "AWS01384726", "AWS00871294"
AWS_ACCT = "4821-7730-9164"

LABELS = {}

def d(s, tz=JST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)

def rhex(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

def rb64(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()

def ses_msgid(dt, region="email"):
    ms = int(dt.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)

def gen_msgid(domain):
    return "<%s.%s@%s>" % (rhex(16), rhex(8), domain)

# ---- MIME parts ---------------------------------------------------------
def tp(text, charset="utf-8", cte="quoted-printable", subtype="plain",
       declared=None, codec=None, extra_params=None):
    """A text part; text is encoded with codec (default charset), declared
    as `declared` (default charset) and transfer-encoded with cte."""
    codec = codec or charset
    if codec.lower().replace("_", "-") == "iso-2022-jp":
        text = text.replace("\uff5e", "\u301c").replace("\uff0d", "\u2212")
    raw = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", declared or charset)
    for k, v in (extra_params or {}).items():
        p.set_param(k, v)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p

def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    for p in parts:
        m.attach(p)
    return m

def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary)
    for p in parts:
        m.attach(p)
    return m

# ---- trace / authentication headers --------------------------------------
def dkim(domain, selector, dt, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; h=%s; bh=%s; b=%s"
            % (selector, domain, int(dt.timestamp()), h, rb64(32), rb64(128)))

SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
AMZ_SEL = "e3ba4sqjiqsiyhujmlsvmrkajtxtiqzt"

def gmail_hdrs(to, dt, relay_host, relay_ip, mailfrom, auth, dkims=(), arc=True,
               extra_before_auth=()):
    """Headers as Gmail adds them; `auth` is the Authentication-Results body."""
    rdt = dt.astimezone(PDT)
    smtp_id = rhex(20)
    hs = [("Delivered-To", to),
          ("Received", "by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s; %s (PDT)"
           % (rhex(4), rhex(3), rhex(3), rhex(4), smtp_id[:10], format_datetime(rdt + timedelta(seconds=1)))),
          ("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:80]),
          ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d; %s (PDT)"
           % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(12), rnd.randint(10, 99), rnd.randint(1000000000, 1999999999), format_datetime(rdt + timedelta(seconds=1))))]
    if arc:
        hs += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none; d=google.com; s=arc-20240605; b=%s"
                % (int(dt.timestamp()), rb64(96))),
               ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605; h=feedback-id:mime-version:subject:message-id:to:from:date:dkim-signature; fh=%s; bh=%s; b=%s"
                % (rb64(32), rb64(32), rb64(96))),
               ("ARC-Authentication-Results", "i=1; " + auth)]
    hs += [("Return-Path", "<%s>" % mailfrom),
           ("Received", "from %s (%s. [%s]) by mx.google.com with ESMTPS id %s for <%s> (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); %s (PDT)"
            % (relay_host, relay_host, relay_ip, smtp_id, to, format_datetime(rdt)))]
    spf_word = auth.split("spf=")[1].split()[0] if "spf=" in auth else "neutral"
    hs += [("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
            % (spf_word, mailfrom, relay_ip, relay_ip)
            if spf_word == "pass" else
            "%s (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;"
            % (spf_word, mailfrom, relay_ip, relay_ip))]
    hs += list(extra_before_auth)
    hs += [("Authentication-Results", "mx.google.com; " + auth)]
    for dom, sel in dkims:
        hs.append(("DKIM-Signature", dkim(dom, sel, dt)))
    return hs

def gauth_amazon(sesdomain="amazonses.com", hfrom="amazon.com", mailfrom_local=None):
    return ("dkim=pass header.i=@%s header.s=%s header.b=%s; "
            "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s; "
            "spf=pass (google.com: domain of %s designates 54.240.8.33 as permitted sender) smtp.mailfrom=%s; "
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (hfrom, AMZ_SEL, rb64(6)[:8], SES_SEL, rb64(6)[:8],
               mailfrom_local or "0100019abc@amazonses.com",
               mailfrom_local or "amazonses.com", hfrom))

def ses_mailfrom(dt, domain="amazonses.com"):
    ms = int(dt.timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000@%s" % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), domain)

def amazon_gmail(to, dt, hfrom="amazon.com", ip=None, region_host=None):
    ip = ip or "54.240.%d.%d" % (rnd.choice([8, 9, 27, 48]), rnd.randint(10, 250))
    host = region_host or "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:4])
    mf = ses_mailfrom(dt)
    auth = ("dkim=pass header.i=@%s header.s=%s header.b=%s; "
            "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s; "
            "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s; "
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (hfrom, AMZ_SEL, rb64(6)[:8], SES_SEL, rb64(6)[:8], mf, ip, mf, hfrom))
    return gmail_hdrs(to, dt, host, ip, mf, auth, dkims=[(hfrom, AMZ_SEL), ("amazonses.com", SES_SEL)])

def outlook_hdrs(to, dt, relay_host, relay_ip, mailfrom, hfrom, spf="pass", dkim_res="pass",
                 dkim_d=None, dmarc="pass", action="none", compauth="pass reason=100",
                 tenant_host="TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM", dkims=()):
    """Headers as Microsoft (Outlook.jp / Microsoft 365) adds them: no authserv-id."""
    u = dt.astimezone(UTC)
    dkim_d = dkim_d or hfrom
    spf_txt = {"pass": "(sender IP is %s) smtp.mailfrom=%s" % (relay_ip, mailfrom.split("@")[-1]),
               "fail": "(sender IP is %s) smtp.mailfrom=%s" % (relay_ip, mailfrom.split("@")[-1]),
               "softfail": "(sender IP is %s) smtp.mailfrom=%s" % (relay_ip, mailfrom.split("@")[-1]),
               "none": "(sender IP is %s) smtp.mailfrom=%s; " % (relay_ip, mailfrom.split("@")[-1])}[spf]
    dk = {"pass": "dkim=pass (signature was verified) header.d=%s" % dkim_d,
          "none": "dkim=none (message not signed) header.d=none",
          "fail": "dkim=fail (body hash did not verify) header.d=%s" % dkim_d}[dkim_res]
    auth = "spf=%s %s; %s;dmarc=%s action=%s header.from=%s;compauth=%s" % (
        spf, spf_txt.rstrip("; "), dk, dmarc, action, hfrom, compauth)
    hs = [("Received", "from %s (2603:1096:405:%s::%s) by %s with HTTPS; %s"
           % (tenant_host.replace("1234", "0%d81" % rnd.randint(1, 9)), rhex(3), rhex(2), tenant_host,
              u.strftime("%a, %d %b %Y %H:%M:%S +0000"))),
          ("Received", "from OS0P286CA0%03d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::%s) by %s (2603:1096:400:%s::%s) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s"
           % (rnd.randint(100, 999), rhex(3), rhex(2), tenant_host, rhex(3), rhex(2), rnd.randint(10, 40), u.strftime("%a, %d %b %Y %H:%M:%S +0000"))),
          ("Authentication-Results", auth),
          ("Received-SPF", "%s (protection.outlook.com: domain of %s %s) receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
           % ({"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "none": "None"}[spf], mailfrom.split("@")[-1],
              "designates %s as permitted sender" % relay_ip if spf == "pass" else "does not designate %s as permitted sender" % relay_ip,
              relay_ip, relay_host)),
          ("Received", "from %s (%s) by TY2PEPF0000%04d.mail.protection.outlook.com (10.167.241.%d) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend Transport; %s"
           % (relay_host, relay_ip, rnd.randint(1000, 9999), rnd.randint(1, 250), rnd.randint(10, 40), u.strftime("%a, %d %b %Y %H:%M:%S +0000")))]
    for dom, sel in dkims:
        hs.append(("DKIM-Signature", dkim(dom, sel, dt)))
    return hs

# ---- writing ------------------------------------------------------------
FILES = []

def write(slug, label, trace, body, From, To, Subject, date, msgid, extra=(), cc=None,
          reply_to=None, tail=()):
    """trace: list of (name, value) placed on top; extra: headers after
    Message-ID; tail: after MIME headers."""
    num = len(FILES) + 1
    name = "%03d-%s.eml" % (num, slug)
    mime_items = list(body.items())
    for k in set(k for k, _ in mime_items):
        del body[k]
    for k, v in trace:
        body[k] = v
    body["Date"] = format_datetime(date) if isinstance(date, datetime) else date
    body["From"] = From
    body["To"] = To
    if cc:
        body["Cc"] = cc
    if reply_to:
        body["Reply-To"] = reply_to
    body["Subject"] = Subject
    body["Message-ID"] = msgid
    for k, v in extra:
        body[k] = v
    for k, v in mime_items:
        if k.lower() == "mime-version":
            continue
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in tail:
        body[k] = v
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(body)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue())
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[name] = lab
    FILES.append(name)
    return name

def L(kind, case_id=None, ids=(), sv=None, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids),
            "sender_verified": sv, "language": lang}

def jsubj(s, cs="iso-2022-jp"):
    if cs == "iso-2022-jp":
        s = s.replace("\uff5e", "\u301c")
    return Header(s, cs)

def jname(name, addr, cs="iso-2022-jp"):
    return formataddr((name, addr), charset=cs)

def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (title, inner))

def p2html(text):
    import html as _h
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + _h.escape(para).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)

def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

import atexit
def finish():
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print("wrote %d mails" % len(FILES))
atexit.register(finish)
for fn in os.listdir(OUT):
    if fn.endswith(".eml"):
        os.remove(os.path.join(OUT, fn))

# =========================================================================
# 001  Zenn weekly digest (unrelated, ja, UTF-8 base64, plain+html)
# =========================================================================
dt = d("2025-05-07 07:12:44")
txt = """佐藤 健太 さん

今週 Zenn でよく読まれた記事をお届けします。

■ トレンド記事
1. AWS CDK v2 で作るマルチアカウント構成 ── Organizations と Control Tower の使い分け
   https://zenn.dev/tsukasa_m/articles/cdk-multi-account-2025
2. Amazon Bedrock のナレッジベースを 30 分で試す
   https://zenn.dev/hinata/articles/bedrock-kb-quickstart
3. Terraform の moved ブロックでリソースを安全に統合する
   https://zenn.dev/k_ishii/articles/terraform-moved-block

■ あなたがフォローしているトピック「AWS」の新着
・AWS 認定 AI Practitioner 合格体験記（2025年4月受験）
・IAM Identity Center の許可セットを棚卸しした話

配信設定の変更: https://zenn.dev/settings/email
Zenn ── エンジニアのための情報共有コミュニティ
運営: 株式会社クラスメソッド
"""
html = html_wrap(p2html(txt), "Zenn Weekly")
body = alt(tp(txt, cte="base64"), tp(html, cte="base64", subtype="html"))
mf = "bounces+2931842-%s-%s@em.zenn.dev" % (rhex(4), GMAIL.replace("@", "="))
auth = ("dkim=pass header.i=@zenn.dev header.s=s1 header.b=%s; dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s; "
        "spf=pass (google.com: domain of %s designates 149.72.123.24 as permitted sender) smtp.mailfrom=\"%s\"; "
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=zenn.dev" % (rb64(6)[:8], rb64(6)[:8], mf, mf))
write("zenn-weekly-digest", L("unrelated", sv=False, lang="ja"),
      gmail_hdrs(GMAIL, dt, "o1.em.zenn.dev", "149.72.123.24", mf, auth,
                 dkims=[("zenn.dev", "s1"), ("sendgrid.info", "smtpapi")]),
      body, formataddr(("Zenn", "noreply@zenn.dev")), GMAIL,
      jsubj("今週のトレンド: AWS CDK v2 で作るマルチアカウント構成 ほか", "utf-8"), dt,
      gen_msgid("geopod-ismtpd-7.zenn.dev"),
      extra=[("List-Unsubscribe", "<https://zenn.dev/settings/email?u=%s>" % rhex(24))])

# =========================================================================
# 002  AWS invoice notice (unrelated, ja, AWS genuine)
# =========================================================================
dt = d("2025-05-07 18:03:12")
txt = """Amazon Web Services をご利用いただきありがとうございます。

2025年4月1日～2025年4月30日 の請求書をご確認いただけます。

AWS アカウント ID: %s
請求書番号: JPIN25-0418823
請求金額: USD 23.87（消費税 USD 2.17 を含む）
お支払い期日: 2025年5月22日

請求書は AWS Billing and Cost Management コンソールの「請求書」ページからダウンロードできます。
https://console.aws.amazon.com/billing/home#/bills?year=2025&month=4

お支払い方法として登録済みのクレジットカードに自動で請求されます。

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services Japan G.K.
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア
""" % AWS_ACCT
html = html_wrap("<table width=\"600\" align=\"center\"><tr><td><img src=\"https://d1.awsstatic.com/logos/aws-logo-email.png\" alt=\"AWS\"></td></tr><tr><td>"
                 + p2html(txt) + "</td></tr></table>", "AWS 請求書")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
write("aws-invoice-april-ja", L("unrelated", sv=True, lang="ja"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-billing@amazon.com")), GMAIL,
      jsubj("Amazon Web Services 請求書のお知らせ（2025年4月分）", "utf-8"), dt, ses_msgid(dt),
      extra=[("Feedback-ID", "::1.us-east-1.%s:AmazonSES" % rb64(30)[:43]),
             ("X-SES-Outgoing", "2025.05.07-54.240.8.%d" % rnd.randint(10, 90))])

# =========================================================================
# 003  CertMetrics "wants to hear from you" (unrelated look-alike of survey)
# =========================================================================
dt = d("2025-05-08 08:20:05")
txt = """Dear Kenta Sato,

AWS Certification wants to hear from you!

You recently interacted with AWS Certification. We would appreciate it if you
could take 5 minutes to tell us about your experience with the exam
registration process and your certification account.

Take the survey: https://www.certmetrics.com/amazon/survey.aspx?sid=7F3A19C2&c=%s

Your feedback helps us improve the program for all candidates.

Thank you,
AWS Training and Certification

This message was sent to %s. Please do not reply to this email; this mailbox
is not monitored.
""" % (rhex(10), OUTLOOK)
html = html_wrap(p2html(txt).replace("https://www.certmetrics.com/amazon/survey.aspx", "<a href=\"https://www.certmetrics.com/amazon/survey.aspx\">https://www.certmetrics.com/amazon/survey.aspx</a>"), "AWS Certification")
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html, charset="us-ascii", cte="7bit", subtype="html"))
write("certmetrics-wants-to-hear", L("unrelated", sv=False),
      outlook_hdrs(OUTLOOK, dt, "mail.certmetrics.com", "198.51.100.42", "bounce@certmetrics.com", "certmetrics.com",
                   tenant_host="TYWP286MB2211.JPNP286.PROD.OUTLOOK.COM", dkims=[("certmetrics.com", "k1")]),
      body, formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), OUTLOOK,
      "AWS Certification wants to hear from you", dt, gen_msgid("certmetrics.com"))

def aws_extra(dt, region="us-east-1"):
    return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, rb64(30)[:42])),
            ("X-SES-Outgoing", "%s-54.240.%d.%d" % (dt.astimezone(UTC).strftime("%Y.%m.%d"), rnd.choice([8, 9, 27]), rnd.randint(10, 250)))]

# =========================================================================
# 004  case_created A: form-desk automatic acknowledgement (en template, ja text)
# =========================================================================
dt = d("2025-05-08 22:47:31")
txt = """Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to confirm that we have received your inquiry.
Your case number is %(a)s. Please keep this number for your records.

A member of our support team will respond to you, in most cases within 24
hours. Please do not submit another request for the same issue, as duplicate
requests may delay our response.

--- Summary of your submission ---
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS Candidate ID: %(k)s
First name: Kenta
Last name: Sato
Email: %(g)s
Description:
お世話になっております。AWS認定のアカウントが3つに分かれてしまっているので、1つに統合をお願いしたいです。
残したいアカウント：AWS02957163（kenta.sato.0315@gmail.com）
統合したいアカウント：AWS-01384726（前職のメールアドレスで登録）、aws00871294（outlook.jp で登録、AI Practitioner 受験時に作成）
よろしくお願いいたします。
----------------------------------

If you have additional information to add, simply reply to this email and
keep the case number in the subject line.

Sincerely,
AWS Training and Certification Customer Support
""" % {"a": CASE_A, "k": KEEP, "g": GMAIL}
html = html_wrap(p2html(txt), "AWS Training and Certification")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
write("tc-form-ack-case-opened", L("case_created", CASE_A, [KEEP, OLD, THIRD], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 005  connpass JAWS-UG reminder (unrelated, ISO-2022-JP 7bit)
# =========================================================================
dt = d("2025-05-09 06:15:02")
txt = """佐藤 健太 さん

参加登録しているイベントの開催日が近づいています。

イベント名：JAWS-UG 東京 #72 「認定資格とキャリア」LT 大会
日時：2025/05/14（水） 19:00～21:00
会場：目黒セントラルスクエア 21F（オンライン同時配信あり）
参加枠：現地参加枠（受付票番号 4418273）

イベントページ：
https://jawsug.connpass.com/event/352817/

キャンセルする場合はイベントページの「キャンセル」ボタンから手続きしてください。

--
connpass - エンジニアをつなぐIT勉強会支援プラットフォーム
https://connpass.com/
"""
body = tp(txt, charset="iso-2022-jp", cte="7bit")
mf = "bounce-%s@mail.connpass.com" % rhex(10)
auth = ("dkim=pass header.i=@connpass.com header.s=20230601 header.b=%s; spf=pass (google.com: domain of %s designates 18.182.112.44 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=connpass.com" % (rb64(6)[:8], mf, mf))
write("connpass-jawsug-reminder", L("unrelated", sv=False, lang="ja"),
      gmail_hdrs(GMAIL, dt, "mail.connpass.com", "18.182.112.44", mf, auth, dkims=[("connpass.com", "20230601")]),
      body, formataddr(("connpass", "no-reply@connpass.com")), GMAIL,
      jsubj("【connpass】イベント開催日が近づいています：JAWS-UG 東京 #72 「認定資格とキャリア」LT 大会"), dt,
      gen_msgid("connpass.com"))

# =========================================================================
# 006  AWS Builder ID verification code (unrelated, AWS genuine signin.aws)
# =========================================================================
dt = d("2025-05-09 12:40:19")
code = "482913"
txt = """AWS Builder ID

Verify your AWS Builder ID email address

Hello,

To finish signing up for your AWS Builder ID, enter the following verification
code:

Verification code: %s

This code expires 10 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can safely ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109.
""" % code
html = html_wrap("<div style=\"max-width:600px\"><h2>Verify your AWS Builder ID email address</h2>"
                 "<p>To finish signing up for your AWS Builder ID, enter the following verification code:</p>"
                 "<p style=\"font-size:24px;font-weight:bold\">%s</p><p>This code expires 10 minutes after it was sent.</p>"
                 "<p>If you did not try to create an AWS Builder ID, you can safely ignore this email.</p></div>" % code)
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html, charset="us-ascii", cte="quoted-printable", subtype="html"))
tr = amazon_gmail(GMAIL, dt, hfrom="signin.aws")
write("builder-id-verification-code", L("unrelated", sv=True),
      tr, body, formataddr(("AWS", "no-reply@signin.aws")), GMAIL,
      "Verify your AWS Builder ID email address", dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 007  friend (Gmail) asking about weekend; quoted history mentions ids
# =========================================================================
dt = d("2025-05-10 09:31:57")
new = """健太

おはよう。土曜の件、13時に渋谷のいつものカフェでOK！
AWS認定の統合、まだ返事来てないの？俺のときは翌日に英語で返事来たよ。
週明けまで待って来なかったらサポートセンターから問い合わせてみたら？

翔
"""
old = """翔

来週の土曜日って空いてる？ JAWS の資料の相談したい。

あと、前に言ってた AWS 認定のアカウントがバラバラ問題、やっと統合依頼を出したよ。
AWS01384726 と AWS00871294 を AWS02957163 にまとめてもらう予定。

健太
"""
qhdr = "2025年5月9日(金) 23:41 佐藤 健太 <%s>:" % GMAIL
txt = new + "\n" + qhdr + "\n\n" + quote(old) + "\n"
html = ("<div dir=\"ltr\">" + new.strip().replace("\n", "<br>") + "</div><br><div class=\"gmail_quote gmail_quote_container\">"
        "<div dir=\"ltr\" class=\"gmail_attr\">" + qhdr.replace("<", "&lt;").replace(">", "&gt;") + "<br></div>"
        "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
        "<div dir=\"ltr\">" + old.strip().replace("\n", "<br>") + "</div></blockquote></div>\n")
body = alt(tp(txt, cte="base64"), tp(html, cte="quoted-printable", subtype="html"))
auth = ("dkim=pass header.i=@gmail.com header.s=20230601 header.b=%s; spf=pass (google.com: domain of sho.takahashi.88@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=sho.takahashi.88@gmail.com; "
        "dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com" % rb64(6)[:8])
write("friend-weekend-plan", L("unrelated", sv=False, lang="ja"),
      gmail_hdrs(GMAIL, dt, "mail-sor-f41.google.com", "209.85.220.41", "sho.takahashi.88@gmail.com", auth,
                 dkims=[("gmail.com", "20230601")], arc=False),
      body, jname("高橋 翔", "sho.takahashi.88@gmail.com", "utf-8"), jname(ME_JA, GMAIL, "utf-8"),
      jsubj("Re: 来週の土曜日", "utf-8"), dt, "<CAK%s+%s@mail.gmail.com>" % (rb64(12)[:16], rb64(12)[:14]),
      extra=[("In-Reply-To", "<CAH%s@mail.gmail.com>" % rb64(18)[:24]),
             ("References", "<CAH%s@mail.gmail.com>" % rb64(18)[:24])])

CONSOLE_FOOT = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your case.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# =========================================================================
# 008  case_created B: console "You have opened a new Support case" (dup)
# =========================================================================
dt = d("2025-05-11 10:05:14")
desc = ("5月8日に Training and Certification のフォームから認定アカウントの統合を依頼しました（ケース %s）が、"
        "まだ返信がありません。\n%s を残して、AWS01384726 と AWS00871294 をそちらに統合してください。\n"
        "ログインメール: %s / %s / %s" % (CASE_A, KEEP, GMAIL, OLD_MAIL, OUTLOOK))
txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %(b)s to address your issue.

The details of your case are as follows:

Case ID: %(b)s
Subject: AWS認定アカウントの統合について（再送）
Severity: General guidance
Correspondence: %(desc)s

You can view your case and add correspondence at any time from the AWS Support Center.

""" % {"b": CASE_B, "desc": desc} + CONSOLE_FOOT % CASE_B
html = html_wrap(p2html(txt), "AWS Support")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
write("console-new-support-case-duplicate", L("case_created", CASE_B, [KEEP, OLD, THIRD], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), GMAIL,
      "Amazon Web Services: You have opened a new Support case: %s" % CASE_B,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 009  AWS Budgets alert (unrelated, genuine costalerts.amazonaws.com)
# =========================================================================
dt = d("2025-05-11 10:21:40")
txt = """AWS Budget Notification May 11, 2025
AWS Account %s

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-personal-budget budget is greater than 80.00%% of $30.00 for the current month. The ACTUAL Cost associated with this budget is $24.61. You can find additional details below and by accessing the AWS Budgets dashboard [1].

Budget Name: monthly-personal-budget
Budget Type: Cost
Budgeted Amount: $30.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%%
ACTUAL Amount: $24.61

[1] https://console.aws.amazon.com/billing/home#/budgets
""" % AWS_ACCT.replace("-", "")
body = tp(txt, charset="UTF-8", cte="7bit")
tr = amazon_gmail(GMAIL, dt, hfrom="costalerts.amazonaws.com")
write("aws-budgets-alert", L("unrelated", sv=True),
      tr, body, formataddr(("AWS Budgets", "no-reply@costalerts.amazonaws.com")), GMAIL,
      "AWS Budgets: monthly-personal-budget has exceeded your alert threshold", dt.astimezone(UTC),
      ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 010  support_reply B: console agent says duplicate, continue on case A
# =========================================================================
dt = d("2025-05-12 11:02:37")
txt = """Hello Kenta,

Thank you for reaching out to AWS Support, my name is Arjun and I will be assisting you on this case.

I understand that you have submitted a request to combine your AWS Certification accounts through the Training and Certification form on 8th May (case %(a)s) and you have not received a response yet. I apologize for the inconvenience caused.

Kindly note that certification account requests are handled only by our AWS Training and Certification (T&C) team, and we in AWS Support do not have access to the certification systems. I have checked internally and I can confirm that your original case %(a)s is already assigned to the T&C team and it is in their queue. They will contact you on the email address which you have provided in the form.

As opening multiple cases for the same request can cause further delay, I will be marking this case as resolved from my end. Request you to please continue the communication on case %(a)s by replying to the email you receive from the T&C team.

Thank you for your understanding and have a nice day ahead!

Best regards,
Arjun K.
Amazon Web Services

""" % {"a": CASE_A} + CONSOLE_FOOT % CASE_B
html = html_wrap(p2html(txt), "AWS Support")
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html, charset="us-ascii", cte="quoted-printable", subtype="html"))
write("console-reply-duplicate-case", L("support_reply", CASE_B, [], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), GMAIL,
      jsubj("RE:[CASE %s] AWS認定アカウントの統合について（再送）" % CASE_B, "utf-8"),
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 011  support_reply A: Japanese agent asks for login e-mails etc. (ISO-2022-JP)
# =========================================================================
dt = d("2025-05-12 16:40:08")
form_echo = """Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS Candidate ID: %s
Description:
お世話になっております。AWS認定のアカウントが3つに分かれてしまっているので、1つに統合をお願いしたいです。
残したいアカウント：AWS02957163（kenta.sato.0315@gmail.com）
統合したいアカウント：AWS-01384726（前職のメールアドレスで登録）、aws00871294（outlook.jp で登録、AI Practitioner 受験時に作成）
よろしくお願いいたします。""" % KEEP
txt = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございます。
担当の山本と申します。ご連絡が遅くなりましたこと、心よりお詫び申し上げます。

お問い合わせいただきました認定アカウントの統合につきまして、ご本人様確認のため、恐れ入りますが以下の情報をご提供いただけますでしょうか。

1. 各アカウントのログインに使用されているメールアドレス
   ・AWS 02957163
   ・AWS 01384726
   ・AWS 00871294
2. 統合後に残すアカウント（存続アカウント）の候補者 ID
   ※フォームでは AWS 02957163 をご希望と承っておりますが、念のためご確認をお願いいたします。
3. 統合後の通知先としてご利用になるメールアドレス
4. 統合をご希望される理由（例：転職に伴うメールアドレス変更 等）

また、5月11日にサポートセンターより同じ内容のケース（%(b)s）をご作成いただいておりますが、本件は本ケースにて対応させていただきます。同一内容のケースを複数作成されますと、かえってご案内が遅れる場合がございますので、今後は本メールへのご返信にてご連絡くださいますようお願い申し上げます。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

---- 元のメッセージ ----
送信者: Kenta Sato <%(g)s>
送信日時: 2025/05/08 13:47 (UTC)
件名: [AWS Training and Certification Form Submission] - account-assistance

%(echo)s
""" % {"b": CASE_B, "g": GMAIL, "echo": form_echo}
body = tp(txt, charset="iso-2022-jp", cte="7bit")
write("tc-agent-ja-asks-login-emails", L("support_reply", CASE_A, [KEEP, OLD, THIRD], True, "ja"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 012  GitHub "merged" notification (unrelated)
# =========================================================================
dt = d("2025-05-12 20:11:52")
txt = """Merged #58 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tanaka-sys/infra-cdk/pull/58#event-17623904511
You are receiving this because you authored the thread.

Message ID: <tanaka-sys/infra-cdk/pull/58/issue_event/17623904511@github.com>
"""
html = ("<p></p>\n<p>Merged <a class=\"issue-link js-issue-link\" href=\"https://github.com/tanaka-sys/infra-cdk/pull/58\">#58</a> into main.</p>\n"
        "<p style=\"font-size:small;-webkit-text-size-adjust:none;color:#666;\">&mdash;<br />Reply to this email directly, "
        "<a href=\"https://github.com/tanaka-sys/infra-cdk/pull/58#event-17623904511\">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>\n")
body = alt(tp(txt, cte="7bit", charset="UTF-8"), tp(html, cte="7bit", charset="UTF-8", subtype="html"))
mf = "noreply@github.com"
auth = ("dkim=pass header.i=@github.com header.s=pf2023 header.b=%s; spf=pass (google.com: domain of noreply@github.com designates 192.30.252.201 as permitted sender) smtp.mailfrom=noreply@github.com; "
        "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com" % rb64(6)[:8])
write("github-pr-merged", L("unrelated", sv=False),
      gmail_hdrs(GMAIL, dt, "out-18.smtp.github.com", "192.30.252.201", mf, auth, dkims=[("github.com", "pf2023")]),
      body, formataddr(("Yuta Suzuki", "notifications@github.com")),
      formataddr(("tanaka-sys/infra-cdk", "infra-cdk@noreply.github.com")),
      "Re: [tanaka-sys/infra-cdk] Merge account baseline stacks into a single stage (PR #58)", dt,
      "<tanaka-sys/infra-cdk/pull/58/issue_event/17623904511@github.com>",
      cc=formataddr(("Kenta Sato", GMAIL)) + ", " + formataddr(("Author", "author@noreply.github.com")),
      extra=[("In-Reply-To", "<tanaka-sys/infra-cdk/pull/58@github.com>"),
             ("References", "<tanaka-sys/infra-cdk/pull/58@github.com>"),
             ("List-ID", "tanaka-sys/infra-cdk <infra-cdk.tanaka-sys.github.com>"),
             ("X-GitHub-Reason", "author")])

# =========================================================================
# 013  survey B: console case resolved + rating (HTML only, base64)
# =========================================================================
dt = d("2025-05-13 09:00:26")
html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/support/email/aws-logo-white.png" alt="Amazon Web Services" width="90"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>We have resolved your support case. If you still need help with this issue, you can reopen the case from the AWS Support Center within 14 days.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Case ID</b></td><td>%(b)s</td></tr>
<tr><td><b>Subject</b></td><td>AWS認定アカウントの統合について（再送）</td></tr>
<tr><td><b>Status</b></td><td>Resolved</td></tr>
</table>
<p style="margin-top:24px"><b>Was your issue resolved?</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%(b)s&amp;resolved=yes" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://console.aws.amazon.com/support/feedback?displayId=%(b)s&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">NO</a></p>
<p>How would you rate your overall experience with AWS Support on this case? Your response takes less than a minute and helps us improve.</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%(b)s&amp;language=en">View case in the Support Center</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mails. Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</td></tr>
</table>""" % {"b": CASE_B}, "AWS Support")
body = tp(html, cte="base64", subtype="html")
write("console-case-resolved-survey-dup", L("survey", CASE_B, [], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), GMAIL,
      "[Case %s] Your AWS Support case has been resolved" % CASE_B,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 014  phishing (ja) imitating AWS billing; look-alike domain that passes its own auth
# =========================================================================
dt = d("2025-05-13 13:22:09")
txt = """Amazon Web Services をご利用いただき、誠にありがとうございます。

お客様のアカウントに登録されているお支払い方法で、2025年5月分のご利用料金の決済を完了できませんでした。
このまま未払いの状態が続きますと、72時間以内にお客様の AWS アカウントおよび全てのリソース（EC2、S3 等）が一時停止されます。

以下のリンクより、お支払い情報の更新手続きを行ってください。

https://console-aws.amazon-billing-jp.com/billing/update?ref=JP%s

※本手続きを行わない場合、保存されているデータは復元できなくなる可能性がございます。

AWS サポートセンター
Amazon Web Services Japan
※本メールは送信専用です。
""" % rhex(8)
body = tp(txt, charset="shift_jis", cte="base64")
mf = "bounce@mail.amazon-billing-jp.com"
auth = ("dkim=pass header.i=@amazon-billing-jp.com header.s=default header.b=%s; spf=pass (google.com: domain of %s designates 45.148.121.17 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-billing-jp.com" % (rb64(6)[:8], mf, mf))
write("phish-ja-aws-billing-suspend", L("unrelated", sv=False, lang="ja"),
      gmail_hdrs(GMAIL, dt, "mail.amazon-billing-jp.com", "45.148.121.17", mf, auth,
                 dkims=[("amazon-billing-jp.com", "default")]),
      body, jname("AWS サポート", "support@amazon-billing-jp.com", "utf-8"), GMAIL,
      jsubj("【重要】Amazon Web Services お支払い方法の確認のお願い（アカウント停止予定）", "utf-8"),
      dt, gen_msgid("amazon-billing-jp.com"),
      extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# =========================================================================
# 015  support_reply A: "we are checking" (ja), quotes the user's reply
# =========================================================================
dt = d("2025-05-13 19:45:51")
user_reply = """山本様

ご連絡ありがとうございます。佐藤です。
ご質問の件、以下の通りです。

1. ログインメールアドレス
　・AWS02957163：kenta.sato.0315@gmail.com
　・AWS01384726：k.sato@hoshino-tech.co.jp（前職のため現在は受信できません）
　・AWS00871294：k_sato0315@outlook.jp
2. 残すアカウント：AWS02957163
3. 通知先：kenta.sato.0315@gmail.com
4. 理由：転職でメールアドレスが変わり、新しくアカウントを作ってしまったためです。

重複してケースを作成してしまい申し訳ありませんでした。
よろしくお願いいたします。

佐藤 健太"""
agent_011_head = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございます。
担当の山本と申します。ご連絡が遅くなりましたこと、心よりお詫び申し上げます。
（以下省略）"""
new = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
早速ご返信をいただき、誠にありがとうございます。

ご提供いただいた情報を基に、現在、各アカウントのご登録内容を確認しております。
確認が完了いたしましたら、統合内容の最終確認のご連絡を差し上げますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、ケース %s につきましては、別途担当部署にてクローズの手続きを行っておりますので、ご対応いただく必要はございません。

引き続きよろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
""" % CASE_B
qhdr = "2025年5月12日(月) 16:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:"
hist = ("---- 元のメッセージ ----\n送信者: 佐藤 健太 <%s>\n送信日時: 2025/05/13 08:02 (JST)\n件名: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n"
        % (GMAIL, CASE_A) + user_reply + "\n\n" + qhdr + "\n" + quote(agent_011_head) + "\n")
txt = new + "\n" + hist
html = html_wrap(p2html(new) + "<hr>" + "<div style=\"color:#555\">" + p2html(hist) + "</div>", "AWS")
body = alt(tp(txt, cte="base64"), tp(html, cte="base64", subtype="html"))
write("tc-agent-ja-checking-accounts", L("support_reply", CASE_A, [], True, "ja"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 016  Credly expiry reminder for a HashiCorp badge (unrelated, Credly genuine)
# =========================================================================
dt = d("2025-05-14 07:30:03")
txt = """Hi Kenta,

Your badge "HashiCorp Certified: Terraform Associate (003)" issued by HashiCorp
will expire on June 13, 2025.

To keep your credential active, visit the issuer's website to learn about
renewal requirements:
https://www.credly.com/go/Rb7xQ2Lm

View your badge:
https://www.credly.com/badges/5e1a7c3d-91f0-4b6e-a2d8-0c3f6e9b4a17

Thanks,
The Credly Team

Credly, Inc. | 100 Park Avenue, 16th Floor | New York, NY 10017
Unsubscribe: https://www.credly.com/notification_settings
"""
html = html_wrap(p2html(txt), "Credly")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
mf = "bounces+1180234-%s@email.credly.com" % rhex(4)
write("credly-hashicorp-badge-expiring", L("unrelated", sv=True),
      outlook_hdrs(OUTLOOK, dt, "o3.email.credly.com", "168.245.32.110", mf, "credly.com",
                   tenant_host="TYCP286MB2760.JPNP286.PROD.OUTLOOK.COM", dkims=[("credly.com", "s1")]),
      body, formataddr(("Credly", "admin@credly.com")), OUTLOOK,
      "Your HashiCorp Certified: Terraform Associate (003) badge expires soon", dt.astimezone(UTC),
      gen_msgid("geopod-ismtpd-3"))

# =========================================================================
# 017  merge_confirmation_requested A (first, misses the third account)
# =========================================================================
dt = d("2025-05-14 15:10:44")
confirm1 = """Hello Kenta,

Greetings from AWS Training and Certification!

Thank you for providing the requested details and I apologize for the wait. My name is Rhea and I will be helping you further with this case.

I have reviewed the information and I can see the following accounts registered under your name:

Primary account (to be retained): AWS02957163 - kenta.sato.0315@gmail.com
Account to be merged into the primary: AWS01384726 - k.sato@hoshino-tech.co.jp

Once merged, the certification history of AWS01384726 (AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate) will be moved to AWS02957163 and AWS01384726 will be deactivated.

Please note that this process is irreversible. Kindly review the above and reply to this email confirming that the details are correct, so we can go ahead.

Regards,
Rhea M.
AWS Training and Certification Customer Support
Amazon Web Services"""
txt = confirm1 + "\n\n" + "-----Original Message-----\nFrom: Kenta Sato <%s>\nSent: Tuesday, May 13, 2025 8:02 AM\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n" % (GMAIL, CASE_A) + user_reply + "\n"
html = html_wrap(p2html(confirm1) + "<div style=\"border-top:1px solid #ccc;color:#444\">" + p2html(txt[len(confirm1):]) + "</div>", "AWS")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
write("tc-confirm-merge-request-first", L("merge_confirmation_requested", CASE_A, [KEEP, OLD], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 018  company internal mail on exam vouchers (unrelated, no Authentication-Results)
# =========================================================================
dt = d("2025-05-14 21:03:30")
txt = """技術本部 各位

人材開発部 研修事務局の岡田です。

2025年度上期の「クラウド資格取得支援制度」について、AWS 認定試験の受験バウチャー（100% 割引）の配布を開始します。
希望者は 5月30日（金）までに社内ポータルの申請フォームから申請してください。

・対象試験：AWS 認定 アソシエイト／プロフェッショナル／スペシャルティ
・配布数：先着 20 名
・受験期限：2025年9月30日
・注意：個人でお持ちの 50% 割引特典との併用はできません。

なお、AWS 認定のアカウント（候補者 ID）が個人で複数ある方は、受験前に AWS へ統合を依頼しておくことをおすすめします。
合格後は認定証明書（PDF）を人事システムにアップロードしてください。

以上、よろしくお願いいたします。

--
田中システム株式会社 人材開発部 研修事務局
岡田 美咲（内線 2231）
"""
body = tp(txt, charset="iso-2022-jp", cte="7bit")
u = dt.astimezone(UTC)
tr = [("Received", "from TYCP286MB1490.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:1a5::9) by TYWP286MB2218.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s" % u.strftime("%a, %d %b %Y %H:%M:%S +0000")),
      ("Received", "from TYCP286MB1490.JPNP286.PROD.OUTLOOK.COM ([fe80::5c1:ab2e:77d0:3c1a]) by TYCP286MB1490.JPNP286.PROD.OUTLOOK.COM ([fe80::5c1:ab2e:77d0:3c1a%%6]) with mapi id 15.20.8722.027; %s" % u.strftime("%a, %d %b %Y %H:%M:%S +0000")),
      ("Thread-Topic", "【研修事務局】AWS認定試験 受験バウチャー配布のお知らせ"),
      ("Thread-Index", "Adu" + rb64(18)[:22] + "=="),
      ("X-MS-Has-Attach", ""),
      ("X-MS-Exchange-Organization-SCL", "-1"),
      ("X-MS-TNEF-Correlator", "")]
write("internal-voucher-distribution", L("unrelated", sv=None, lang="ja"),
      tr, body, jname("岡田 美咲", "m.okada@tanaka-sys.co.jp"), jname("技術本部_全員", "tech-all@tanaka-sys.co.jp"),
      jsubj("【研修事務局】AWS認定試験 受験バウチャー配布のお知らせ"), dt,
      "<TYCP286MB14901C%s@TYCP286MB1490.JPNP286.PROD.OUTLOOK.COM>" % rhex(12).upper(),
      extra=[("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP")])

# =========================================================================
# 019  merge_confirmation_requested A (corrected, all three accounts)
# =========================================================================
dt = d("2025-05-15 10:12:19")
user_more = """Hi Rhea,

Thank you for your email.
I have one more account, AWS00871294 (k_sato0315@outlook.jp). I took the AWS Certified AI Practitioner exam with this account in March. Please merge this account also into AWS02957163.

Best regards,
Kenta Sato"""
confirm2 = """Hello Kenta,

Thank you for the quick response and my apologies for missing the third account in my previous email.

Please find below the updated details of the merge:

Primary account (will be retained):
  AWS02957163 (kenta.sato.0315@gmail.com)

Accounts to be merged into the primary account:
  - AWS01384726 (k.sato@hoshino-tech.co.jp)
  - AWS00871294 (k_sato0315@outlook.jp)

After the merge, all certifications (AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate, AWS Certified AI Practitioner and AWS Certified Cloud Practitioner), exam history and available benefits will be shown under AWS02957163. The two other accounts will be deactivated and you will no longer be able to sign in to them.

Please be aware that the merge cannot be undone once it is processed. Could you please reply to this email with your confirmation so that we can proceed further?

Regards,
Rhea M.
AWS Training and Certification Customer Support
Amazon Web Services"""
hist = ("-----Original Message-----\nFrom: Kenta Sato <%s>\nSent: Thursday, May 15, 2025 12:31 AM\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n"
        % (GMAIL, CASE_A) + user_more + "\n\nOn Wed, May 14, 2025 at 3:10 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(confirm1) + "\n")
txt = confirm2 + "\n\n" + hist
html = html_wrap(p2html(confirm2) + "<div style=\"border-top:1px solid #ccc;color:#444\">" + p2html(hist) + "</div>", "AWS")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
write("tc-confirm-merge-request-corrected", L("merge_confirmation_requested", CASE_A, [KEEP, OLD, THIRD], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 020  phishing (ja) about the merge: confirm link, dmarc=fail; fake 11-digit case
# =========================================================================
dt = d("2025-05-15 14:30:55")
txt = """AWS 認定をご利用のお客様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

お客様よりご依頼いただいた AWS 認定アカウントの統合リクエスト（ケース番号：%s）を受け付けました。
統合を実行するには、お客様ご本人による最終確認が必要です。
24時間以内に以下のリンクからサインインし、統合するアカウントと存続させるアカウントをご確認のうえ「統合を承認する」を押してください。

▼統合内容の確認はこちら
https://aws-trainingcertification.com/jp/merge/confirm?case=%s&token=%s

期限内にご確認いただけない場合、リクエストは取り消され、保有している認定資格およびデジタルバッジが無効になる場合がございます。

※本メールにご返信いただいてもお答えできません。

AWS トレーニングと認定 カスタマーサポート
Amazon Web Services, Inc.
""" % (PHISH_CASE, PHISH_CASE, rhex(24))
body = tp(txt, charset="utf-8", cte="8bit")
mf = "info@mail.kagoshima-dental-clinic.jp"
auth = ("spf=softfail (google.com: domain of transitioning %s does not designate 103.75.201.88 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=aws-trainingcertification.com" % (mf, mf))
write("phish-ja-merge-final-confirm", L("merge_confirmation_requested", PHISH_CASE, [], False, "ja"),
      gmail_hdrs(GMAIL, dt, "vps-103-75-201-88.hosted.example.net", "103.75.201.88", mf, auth),
      body, jname("AWS トレーニングと認定", "no-reply@aws-trainingcertification.com", "utf-8"), GMAIL,
      jsubj("【AWS 認定】アカウント統合手続きの最終確認のお願い [CASE %s]" % PHISH_CASE, "utf-8"),
      dt, gen_msgid("aws-trainingcertification.com"), extra=[("X-Mailer", "PHPMailer 6.8.0")])

# =========================================================================
# 021  support_reply A: "thank you for confirming, we will proceed" (en)
# =========================================================================
dt = d("2025-05-16 09:05:02")
user_ok = """Hi Rhea,

The details are correct. Please proceed with the merge.

Best regards,
Kenta Sato"""
new = """Hello Kenta,

Thank you for confirming the details.

I have submitted your request to our internal team to merge AWS01384726 and AWS00871294 into AWS02957163. Normally this takes 1-3 business days. Once the merge is complete we will update you on this case, after which you can sign in with kenta.sato.0315@gmail.com and check your certifications and benefits.

Meanwhile, kindly do not schedule any new exam with the accounts that are being merged.

Regards,
Rhea M.
AWS Training and Certification Customer Support
Amazon Web Services"""
hist = ("On Thu, May 15, 2025 at 9:48 PM Kenta Sato <%s> wrote:\n" % GMAIL + quote(user_ok) + "\n>\n"
        + quote("On Thu, May 15, 2025 at 10:12 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(confirm2)) + "\n")
txt = new + "\n\n" + hist
body = tp(txt, charset="utf-8", cte="quoted-printable")
write("tc-thanks-for-confirming-proceeding", L("support_reply", CASE_A, [KEEP, OLD, THIRD], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 022  Pearson VUE appointment confirmation (ja) - candidate id in text
# =========================================================================
dt = d("2025-05-16 12:45:37")
txt = """佐藤 健太 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験名：AWS Certified Data Engineer - Associate (DEA-C01)（日本語）
日時：2025年6月3日（火）10:00 JST
受験方法：テストセンター
会場：ピアソン VUE 公認テストセンター 新宿西口
　　　東京都新宿区西新宿1-○-○ 新宿ビル 8F
登録 ID：518392746
候補者 ID：AWS02957163

当日は試験開始の 15 分前までにご来場いただき、有効な身分証明書（氏名がローマ字で記載されたもの）を 2 点ご提示ください。

予約の変更・キャンセルは、試験開始の 24 時間前までに AWS トレーニングと認定のサイトから行ってください。
https://www.aws.training/Certification

Pearson VUE カスタマーサービス
※このメールは送信専用のアドレスから配信されています。
"""
html = html_wrap(p2html(txt), "Pearson VUE")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
mf = "bounce-%s@pearson.com" % rhex(6)
auth = ("dkim=pass header.i=@pearson.com header.s=pvue2022 header.b=%s; spf=pass (google.com: domain of %s designates 159.182.0.44 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com" % (rb64(6)[:8], mf, mf))
write("pearson-vue-appointment-ja", L("unrelated", None, [KEEP], False, "ja"),
      gmail_hdrs(GMAIL, dt, "mta-pvue-02.pearson.com", "159.182.0.44", mf, auth, dkims=[("pearson.com", "pvue2022")]),
      body, formataddr(("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), GMAIL,
      jsubj("Pearson VUE 試験予約確認 - AWS Certified Data Engineer - Associate", "utf-8"), dt,
      gen_msgid("pearson.com"))

# =========================================================================
# 023  AWS Summit Japan newsletter (ja, HTML only, genuine amazon.com)
# =========================================================================
dt = d("2025-05-16 17:00:12")
html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="https://pages.awscloud.com/rs/112-TZM-766/images/summit-japan-2025-header.png" width="640" alt="AWS Summit Japan 2025"></td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.7">
<p>佐藤 健太 様</p>
<p>AWS Summit Japan 2025 は 6月25日（水）・26日（木）の 2 日間、幕張メッセにて開催します。基調講演のほか、150 を超えるセッション、AWS Expo、認定者限定ラウンジ（AWS Certified Lounge）をご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。当日はデジタルバッジ、または認定アカウントの画面をご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_%s" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">今すぐ登録する（無料）</a></p>
<p style="font-size:12px;color:#666">このメールは AWS からのお知らせの配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""" % rhex(8), "AWS Summit Japan 2025")
body = tp(html, cte="quoted-printable", subtype="html")
write("aws-summit-japan-newsletter", L("unrelated", sv=True, lang="ja"),
      amazon_gmail(GMAIL, dt), body,
      jname("アマゾン ウェブ サービス ジャパン", "aws-jp-marketing@amazon.com", "utf-8"), GMAIL,
      jsubj("【AWS Summit Japan 2025】ご来場登録受付中 ─ 認定者ラウンジのご案内", "utf-8"),
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt) + [("List-Unsubscribe", "<https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1>")])

# =========================================================================
# 024  merge_completed A (ja), also closes the case; nested quoted history
# =========================================================================
dt = d("2025-05-17 09:18:40")
done_ja = """佐藤 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

■ 存続アカウント：AWS02957163（kenta.sato.0315@gmail.com）
■ 統合元アカウント（無効化済み）：AWS01384726、AWS00871294

今後は kenta.sato.0315@gmail.com にて AWS Certification アカウントへサインインいただき、「Certifications」および「Benefits」に各認定資格と特典が反映されていることをご確認くださいませ。
Credly のデジタルバッジにつきましては、反映まで最大 48 時間ほどかかる場合がございます。

本件は以上をもちまして解決とさせていただき、本ケースはクローズいたします。後ほどアンケートのご案内をお送りいたしますので、ご協力いただけますと幸いです。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
hist = ("-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: Friday, May 16, 2025 12:05 AM\nTo: Kenta Sato <%s>\nSubject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n" % (GMAIL, CASE_A)
        + new + "\n\n" + hist)
txt = done_ja + "\n\n" + hist
html = html_wrap(p2html(done_ja) + "<br><div style=\"border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0\">" + p2html(hist) + "</div>", "AWS")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
write("tc-merge-done-ja-case-closed", L("merge_completed", CASE_A, [KEEP, OLD, THIRD], True, "ja"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 025  survey A (form desk closure + YES/NO + rating)
# =========================================================================
dt = d("2025-05-17 09:19:58")
sv_link = "https://amazonwebservices.qualtrics.com/jfe/form/SV_3kR9tcAbL0xYz2G?case=%s" % CASE_A
txt = """Hello Kenta,

Your case %(a)s with AWS Training and Certification Customer Support has been closed.

We would like to know how we did. Please take a minute to answer two questions.

Was your issue resolved?
  YES: %(l)s&resolved=1
  NO:  %(l)s&resolved=0

How satisfied were you with the support you received from Kobayashi?
  Rate your agent: %(l)s&rate=1

If your issue was not resolved, simply reply to this email within 14 days and your case will be reopened.

Thank you,
AWS Training and Certification Customer Support
""" % {"a": CASE_A, "l": sv_link}
html = html_wrap("""<div style="max-width:600px;margin:auto">
<p>Hello Kenta,</p>
<p>Your case <b>%(a)s</b> with AWS Training and Certification Customer Support has been closed.</p>
<p>We would like to know how we did. Please take a minute to answer two questions.</p>
<p><b>Was your issue resolved?</b><br>
<a href="%(l)s&amp;resolved=1" style="display:inline-block;background:#1d8102;color:#fff;padding:6px 22px;text-decoration:none">YES</a>
<a href="%(l)s&amp;resolved=0" style="display:inline-block;background:#d13212;color:#fff;padding:6px 22px;text-decoration:none">NO</a></p>
<p><b>How satisfied were you with the support you received from Kobayashi?</b><br>
<a href="%(l)s&amp;rate=1">&#9733;</a><a href="%(l)s&amp;rate=2">&#9733;</a><a href="%(l)s&amp;rate=3">&#9733;</a><a href="%(l)s&amp;rate=4">&#9733;</a><a href="%(l)s&amp;rate=5">&#9733;</a></p>
<p style="font-size:12px;color:#666">If your issue was not resolved, simply reply to this email within 14 days and your case will be reopened.</p>
</div>""" % {"a": CASE_A, "l": sv_link}, "How did we do?")
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html, cte="quoted-printable", subtype="html"))
write("tc-case-closed-survey", L("survey", CASE_A, [], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "[CASE %s] How did we do? Your case has been closed" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

def credly_gmail(dt, to=GMAIL):
    mf = "bounces+1180234-%s-%s@email.credly.com" % (rhex(4), to.replace("@", "="))
    auth = ("dkim=pass header.i=@credly.com header.s=s1 header.b=%s; dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s; "
            "spf=pass (google.com: domain of %s designates 168.245.32.110 as permitted sender) smtp.mailfrom=\"%s\"; "
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=credly.com" % (rb64(6)[:8], rb64(6)[:8], mf, mf))
    return gmail_hdrs(to, dt, "o3.email.credly.com", "168.245.32.110", mf, auth,
                      dkims=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")])

# =========================================================================
# 026  credly_badge_issued: SAA badge re-issued after the merge
# =========================================================================
dt = d("2025-05-18 03:12:07")
badge = "AWS Certified Solutions Architect – Associate"
txt = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:

%s

Accept your badge to share it with your network and let employers know
about your achievement:
https://www.credly.com/earner/earned/badge/9c4e2b71-0d3a-4f58-b6e2-71a9d3c0f4e8

Questions? Visit https://support.credly.com

Credly, Inc. | 100 Park Avenue, 16th Floor | New York, NY 10017
""" % badge
html = html_wrap("""<table width="600" align="center"><tr><td style="text-align:center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="badge">
<h2>Amazon Web Services Training and Certification has issued you a badge</h2>
<p style="font-size:18px"><b>%s</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/9c4e2b71-0d3a-4f58-b6e2-71a9d3c0f4e8" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 100 Park Avenue, 16th Floor | New York, NY 10017</p>
</td></tr></table>""" % badge, "Credly")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
write("credly-saa-badge-issued", L("credly_badge_issued", None, [], True, "en"),
      credly_gmail(dt), body,
      formataddr(("Amazon Web Services Training and Certification via Credly", "admin@credly.com")), GMAIL,
      jsubj("Amazon Web Services Training and Certification has issued you the %s badge" % badge, "utf-8"),
      dt, gen_msgid("geopod-ismtpd-5"))

# =========================================================================
# 027  credly_badge_issued: Developer badge, HTML only, base64
# =========================================================================
dt = d("2025-05-18 03:12:49")
badge2 = "AWS Certified Developer – Associate"
html = html_wrap("""<div style="max-width:560px;margin:auto;text-align:center;font-family:Helvetica,Arial,sans-serif">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"><br><br>
<p style="font-size:20px">Congratulations, Kenta!</p>
<p>You've earned a new badge from <b>Amazon Web Services Training and Certification</b>.</p>
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="140" alt="%s"><br>
<p style="font-size:17px"><b>%s</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1d7a90-5be2-4c6e-8d41-c27e9b06a5d3" style="background:#0a66c2;color:#fff;padding:12px 32px;text-decoration:none;border-radius:22px">Accept badge</a></p>
<p style="font-size:12px;color:#555">Once accepted, you can share your badge on LinkedIn, add it to your email signature and more.</p>
<p style="font-size:11px;color:#888">You are receiving this email because a badge was issued to %s. Credly, Inc. | 100 Park Avenue, 16th Floor | New York, NY 10017</p>
</div>""" % (badge2, badge2, GMAIL), "Credly")
body = tp(html, cte="base64", subtype="html")
write("credly-developer-badge-html-only", L("credly_badge_issued", None, [], True, "en"),
      credly_gmail(dt), body,
      formataddr(("Amazon Web Services Training and Certification via Credly", "admin@credly.com")), GMAIL,
      jsubj("Kenta, you've earned the %s badge!" % badge2, "utf-8"), dt, gen_msgid("geopod-ismtpd-5"))

# =========================================================================
# 028  Credly self-service account merge code (unrelated)
# =========================================================================
dt = d("2025-05-18 11:02:15")
txt = """Hi Kenta,

We received a request to merge the Credly account registered to
k_sato0315@outlook.jp into the Credly account registered to
kenta.sato.0315@gmail.com.

Your verification code is: 739204

Enter this code on the account merge page, or click the link below:

Complete Account Merge:
https://www.credly.com/users/merge_accounts/confirm?token=%s

This code will expire in 30 minutes. If you did not make this request, you
can ignore this email and no changes will be made.

Thanks,
The Credly Team
""" % rhex(32)
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html_wrap(p2html(txt), "Credly"), charset="us-ascii", cte="quoted-printable", subtype="html"))
mf = "bounces+1180234-%s@email.credly.com" % rhex(4)
write("credly-self-service-merge-code", L("unrelated", sv=True),
      outlook_hdrs(OUTLOOK, dt, "o3.email.credly.com", "168.245.32.110", mf, "credly.com",
                   tenant_host="TYCP286MB2760.JPNP286.PROD.OUTLOOK.COM", dkims=[("credly.com", "s1")]),
      body, formataddr(("Credly", "admin@credly.com")), OUTLOOK,
      "Your Credly account merge verification code", dt.astimezone(UTC), gen_msgid("geopod-ismtpd-3"))

# =========================================================================
# 029  billing console case opened (unrelated, other support case)
# =========================================================================
dt = d("2025-05-19 09:38:30")
desc = ("4月分の請求に、利用した覚えのない NAT Gateway の料金（約 USD 9）が含まれています。"
        "東京リージョンの VPC は CDK の検証で作成したもので、既に削除済みのはずです。料金の内訳と、返金が可能かを教えてください。")
txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %(c)s to address your issue.

The details of your case are as follows:

Case ID: %(c)s
Subject: 4月分の請求に身に覚えのない NAT Gateway 料金があります
Severity: General guidance
Correspondence: %(desc)s

You can view your case and add correspondence at any time from the AWS Support Center.

""" % {"c": CASE_C, "desc": desc} + CONSOLE_FOOT % CASE_C
body = alt(tp(txt, cte="quoted-printable"), tp(html_wrap(p2html(txt), "AWS Support"), cte="quoted-printable", subtype="html"))
write("console-billing-case-opened", L("unrelated", CASE_C, [], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), GMAIL,
      "Amazon Web Services: You have opened a new Support case: %s" % CASE_C,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 030  support_reply A (reopened): Credly badge missing, asks Credly e-mail
# =========================================================================
dt = d("2025-05-19 17:25:13")
user_credly = """小林様、山本様

統合していただきありがとうございました。佐藤です。
Certifications の一覧には4つとも表示されていますが、AWS Certified AI Practitioner のバッジだけ Credly に表示されていません。
他の2つのバッジは届きました。確認していただけますでしょうか。

佐藤 健太"""
new = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
ご連絡いただき、誠にありがとうございます。

お問い合わせいただきました AWS Certified AI Practitioner のデジタルバッジにつきまして確認いたしましたところ、AWS00871294 でご登録いただいていた Credly アカウント（k_sato0315@outlook.jp）に発行されたままとなっていることを確認いたしました。

Credly 側でのバッジの移行を手配いたしますので、恐れ入りますが、現在ご利用中の Credly アカウントのログインメールアドレスをお知らせいただけますでしょうか。
また、既に Credly 上でアカウントの統合手続きをされている場合は、その旨もあわせてお知らせください。

ご返信をいただき次第、手続きを進めさせていただきます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
hist = ("---- 元のメッセージ ----\n送信者: 佐藤 健太 <%s>\n送信日時: 2025/05/19 08:14 (JST)\n件名: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n" % (GMAIL, CASE_A)
        + user_credly + "\n\n2025年5月17日(土) 9:18 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + quote(done_ja) + "\n")
txt = new + "\n\n" + hist
body = tp(txt, charset="iso-2022-jp", cte="7bit")
write("tc-agent-ja-asks-credly-email", L("support_reply", CASE_A, [THIRD], True, "ja"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 031  DevelopersIO newsletter (unrelated, ja)
# =========================================================================
dt = d("2025-05-20 07:00:41")
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
  DevelopersIO Weekly  2025/05/20 号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
・[アップデート] AWS Organizations でメンバーアカウントの移動がコンソールからできるようになりました
　https://dev.classmethod.jp/articles/organizations-move-account-console/
・AWS 認定を 12 冠した私が「アカウント統合」でハマったポイント
　https://dev.classmethod.jp/articles/aws-certification-account-merge-tips/
・Amazon Q Developer の CLI エージェントで IaC レビューを自動化してみた
　https://dev.classmethod.jp/articles/q-developer-cli-iac-review/

■ セミナー情報
・5/28（水）AWS コスト最適化 はじめの一歩（オンライン）

配信停止：https://dev.classmethod.jp/newsletter/unsubscribe/?m=%s
クラスメソッド株式会社
""" % rhex(16)
html = html_wrap(p2html(txt), "DevelopersIO Weekly")
body = alt(tp(txt, cte="quoted-printable"), tp(html, cte="quoted-printable", subtype="html"))
mf = "newsletter-bounce@mail.classmethod.jp"
auth = ("dkim=pass header.i=@classmethod.jp header.s=cm2024 header.b=%s; spf=pass (google.com: domain of %s designates 52.68.10.221 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=classmethod.jp" % (rb64(6)[:8], mf, mf))
write("developersio-weekly", L("unrelated", sv=False, lang="ja"),
      gmail_hdrs(GMAIL, dt, "mail.classmethod.jp", "52.68.10.221", mf, auth, dkims=[("classmethod.jp", "cm2024")]),
      body, jname("DevelopersIO", "newsletter@classmethod.jp", "utf-8"), GMAIL,
      jsubj("DevelopersIO Weekly 2025/05/20 号 ─ AWS 認定を 12 冠した私が「アカウント統合」でハマったポイント ほか", "utf-8"),
      dt, gen_msgid("mail.classmethod.jp"))

# =========================================================================
# 032  billing case reply (unrelated, ja agent)
# =========================================================================
dt = d("2025-05-20 16:02:55")
txt = """佐藤 健太 様

Amazon Web Services をご利用いただきありがとうございます。
AWS 請求およびアカウントサポートの中村と申します。

お問い合わせいただきました 4月分の NAT Gateway の料金について確認いたしました。
アジアパシフィック（東京）リージョンにて、NAT Gateway（nat-0a41c2e7b9d35f108）が 2025年4月3日から 4月22日まで稼働しており、時間料金およびデータ処理料金として合計 USD 9.12 が発生しておりました。
VPC の削除に先立ち、NAT Gateway は 4月22日に削除されていることを確認しております。

今回は初回のご請求であることを考慮し、例外として USD 9.12 のクレジットをアカウント（%s）に適用いたしました。5月分のご請求に自動的に反映されます。
今後は AWS Budgets や Cost Anomaly Detection をご活用いただくことで、想定外の料金を早期に把握いただけます。

ご不明な点がございましたら、本ケースよりお気軽にお問い合わせください。

よろしくお願いいたします。
中村
Amazon Web Services

""" % AWS_ACCT + CONSOLE_FOOT % CASE_C
body = alt(tp(txt, cte="base64"), tp(html_wrap(p2html(txt), "AWS Support"), cte="base64", subtype="html"))
write("console-billing-case-reply-ja", L("unrelated", CASE_C, [], True, "ja"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), GMAIL,
      jsubj("RE:[CASE %s] 4月分の請求に身に覚えのない NAT Gateway 料金があります" % CASE_C, "utf-8"),
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 033  CertMetrics benefits / 50% voucher (unrelated, candidate id)
# =========================================================================
dt = d("2025-05-21 10:30:18")
txt = """Hello Kenta Sato,

Congratulations on being AWS Certified! As a benefit of your certification,
a 50% discount voucher for your next AWS Certification exam is available in
your AWS Certification Account.

AWS Certification Account: AWS02957163
Benefit: 50% discount on your next exam
Expires: 2026-03-14

To use it, sign in to your AWS Certification Account, go to Benefits, and
select "Exam Discount". The discount can be applied when you schedule an exam
with Pearson VUE.

Best regards,
AWS Training and Certification

This is an automated message. Please do not reply.
"""
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html_wrap(p2html(txt), "AWS Certification"), charset="us-ascii", cte="7bit", subtype="html"))
mf = "bounce@certmetrics.com"
auth = ("dkim=pass header.i=@certmetrics.com header.s=k1 header.b=%s; spf=pass (google.com: domain of %s designates 198.51.100.42 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com" % (rb64(6)[:8], mf, mf))
write("certmetrics-benefit-voucher", L("unrelated", None, [KEEP], False, "en"),
      gmail_hdrs(GMAIL, dt, "mail.certmetrics.com", "198.51.100.42", mf, auth, dkims=[("certmetrics.com", "k1")]),
      body, formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), GMAIL,
      "Your AWS Certification benefit: 50% exam discount", dt, gen_msgid("certmetrics.com"))

# =========================================================================
# 034  support_reply A: chaser (ja, Shift_JIS-free: UTF-8 base64)
# =========================================================================
dt = d("2025-05-22 09:00:37")
chaser = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。

5月19日にお送りいたしましたメールにつきまして、その後いかがでしょうか。
Credly バッジの移行手続きを進めるため、現在ご利用中の Credly アカウントのログインメールアドレスをお知らせいただけますと幸いです。

なお、本メール送信後 5 営業日以内にご返信をいただけない場合、本ケースは自動的にクローズとなりますので、あらかじめご了承くださいませ。
クローズ後も、本メールにご返信いただくことで再度お問い合わせいただけます。

何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
txt = chaser + "\n\n---- 元のメッセージ ----\n送信者: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n送信日時: 2025/05/19 08:25 (UTC)\n\n" + new + "\n"
body = alt(tp(txt, cte="base64"), tp(html_wrap(p2html(txt), "AWS"), cte="base64", subtype="html"))
write("tc-agent-ja-chaser", L("support_reply", CASE_A, [], True, "ja"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 035  Amazon Seller Central case (unrelated, same RE:[CASE] style, 10 digits)
# =========================================================================
dt = d("2025-05-22 13:15:48")
txt = """こんにちは

Amazon セラーフォーラムおよびセラーサポートをご利用いただきありがとうございます。
セラーサポートの藤田です。

お問い合わせいただきました ASIN: B0D7K2M9QX（本革 名刺入れ ハンドメイド）の商品画像の差し替えについてご案内いたします。

確認いたしましたところ、メイン画像の背景が純粋な白（RGB 255,255,255）ではないため、画像の更新が保留となっておりました。
お手数ですが、背景を白に修正した画像を「在庫 > 全在庫の管理 > 詳細の編集 > 画像」から再度アップロードしてください。反映まで最大 24 時間かかる場合があります。

ケース ID：%s

本件に関してさらにご質問がある場合は、セラーセントラルのケースログからこのケースにご返信ください。

今回の対応はいかがでしたか？
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s

Amazon.co.jp セラーサポート
""" % (SELLER, SELLER)
body = alt(tp(txt, cte="quoted-printable"), tp(html_wrap(p2html(txt), "Seller Central"), cte="quoted-printable", subtype="html"))
write("seller-central-case-reply", L("unrelated", SELLER, [], True, "ja"),
      amazon_gmail(GMAIL, dt, hfrom="amazon.co.jp"), body,
      jname("Amazon セラーセントラル", "seller-notification@amazon.co.jp", "utf-8"), GMAIL,
      jsubj("RE:[CASE %s] 商品画像の差し替えが反映されない" % SELLER, "utf-8"),
      dt.astimezone(UTC), ses_msgid(dt, "ap-northeast-1"), extra=aws_extra(dt, "ap-northeast-1"))

# =========================================================================
# 036  GitLab "merge request was merged" (unrelated, company Microsoft 365)
# =========================================================================
dt = d("2025-05-23 11:50:26")
txt = """Merge request !17 was merged

Merge request URL: https://git.tanaka-sys.co.jp/infra/terraform-modules/-/merge_requests/17
Project:Branches: infra/terraform-modules:feature/merge-iam-roles to infra/terraform-modules:main
Author: Kenta Sato
Assignee: Daisuke Mori

--
Reply to this email directly or view it on GitLab: https://git.tanaka-sys.co.jp/infra/terraform-modules/-/merge_requests/17
You're receiving this email because of your account on git.tanaka-sys.co.jp.
"""
body = alt(tp(txt, cte="quoted-printable"), tp(html_wrap(p2html(txt), "GitLab"), cte="quoted-printable", subtype="html"))
write("gitlab-mr-merged", L("unrelated", sv=False),
      outlook_hdrs(WORK, dt, "git.tanaka-sys.co.jp", "203.0.113.25", "gitlab@git.tanaka-sys.co.jp", "git.tanaka-sys.co.jp",
                   dkim_res="none", dmarc="bestguesspass", compauth="pass reason=109",
                   tenant_host="TYWP286MB2218.JPNP286.PROD.OUTLOOK.COM"),
      body, formataddr(("GitLab", "gitlab@git.tanaka-sys.co.jp")), formataddr(("Kenta Sato", WORK)),
      jsubj("Re: infra/terraform-modules | IAM ロール定義の統合 (!17)", "utf-8"), dt,
      "<merge_request_1732.%s@git.tanaka-sys.co.jp>" % rhex(8),
      extra=[("X-GitLab-Project", "terraform-modules"), ("X-GitLab-MergeRequest-ID", "1732"),
             ("X-GitLab-MergeRequest-IID", "17"), ("X-GitLab-NotificationReason", "")])

# =========================================================================
# 037  credly_badge_issued: AI Practitioner (8bit UTF-8 body labelled iso-8859-1)
# =========================================================================
dt = d("2025-05-23 18:30:09")
badge3 = "AWS Certified AI Practitioner"
txt = """Hi Kenta,

Good news – your badge has been moved to your account and is ready for you.

Amazon Web Services Training and Certification issued you the
"%s" badge.

Accept your badge:
https://www.credly.com/earner/earned/badge/71e0c5aa-3b9d-4e21-8c6f-d2a4f0b19e63

Once you accept it, you can share it on LinkedIn, add it to your e‑mail
signature, or download a certificate.

— The Credly Team
Credly, Inc. | 100 Park Avenue, 16th Floor | New York, NY 10017
""" % badge3
body = tp(txt, charset="utf-8", declared="iso-8859-1", cte="8bit")
write("credly-ai-practitioner-moved-wrong-charset", L("credly_badge_issued", None, [], True, "en"),
      credly_gmail(dt), body,
      formataddr(("Amazon Web Services Training and Certification via Credly", "admin@credly.com")), GMAIL,
      "Your AWS Certified AI Practitioner badge is ready to accept", dt, gen_msgid("geopod-ismtpd-1"))

# =========================================================================
# 038  survey A (ja): closure after the Credly fix + survey
# =========================================================================
dt = d("2025-05-24 08:10:22")
txt = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートでございます。

お問い合わせいただいておりましたケース %(a)s につきまして、Credly 上でのバッジの反映を確認いたしましたので、本ケースをクローズさせていただきました。

よろしければ、今回のサポートについて簡単なアンケートにご協力ください（所要時間 1 分程度）。

問題は解決しましたか？
　はい：%(l)s&resolved=1&lang=ja
　いいえ：%(l)s&resolved=0&lang=ja

担当者の対応を評価する：%(l)s&rate=1&lang=ja

14 日以内であれば、本メールにご返信いただくことでケースを再開することができます。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。
""" % {"a": CASE_A, "l": sv_link}
body = alt(tp(txt, charset="iso-2022-jp", cte="7bit"), tp(html_wrap(p2html(txt), "アンケート"), cte="quoted-printable", subtype="html"))
write("tc-case-closed-survey-ja", L("survey", CASE_A, [], True, "ja"),
      amazon_gmail(GMAIL, dt), body,
      jname("AWS トレーニングと認定", "aws-cs-trainingcertification-form@amazon.com"), GMAIL,
      jsubj("[CASE %s] ケースクローズのお知らせとアンケートのお願い" % CASE_A),
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 039  AWS Free Tier alert (unrelated, en)
# =========================================================================
dt = d("2025-05-24 20:00:05")
txt = """Dear AWS Customer,

Your AWS account %s has exceeded 85%% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.

Product     AWS Free Tier Usage Limit                              Usage as of 05/24/2025
AmazonS3    2,000 Put, Copy, Post or List Requests of Amazon S3    1,712.00 Requests

To learn more about your AWS Free Tier usage, please access the AWS Billing & Cost Management Dashboard:
https://console.aws.amazon.com/billing/home#/freetier

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % AWS_ACCT.replace("-", "")
body = tp(txt, charset="us-ascii", cte="7bit")
write("aws-free-tier-alert", L("unrelated", sv=True),
      amazon_gmail(GMAIL, dt, hfrom="costalerts.amazonaws.com"), body,
      formataddr(("AWS Free Tier", "freetier@costalerts.amazonaws.com")), GMAIL,
      "AWS Free Tier limit alert", dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 040  phishing (ja) spoofing no-reply-aws@amazon.com; top AR fails, lower AR forged
# =========================================================================
dt = d("2025-05-25 09:30:44")
FAKE15 = "174813224100587"
txt = """Amazon Web Services をご利用いただきありがとうございます。

お客様の AWS アカウントにおいて、通常とは異なる場所（ロシア連邦）からのサインインが検出されたため、セキュリティ保護の目的でサポートケースを作成いたしました。

ケース ID：%s
件名：不正アクセスの疑いによるアカウントの一時制限
重大度：緊急

アカウントの一時停止を回避するため、24 時間以内に以下のリンクからご本人確認を完了してください。

https://aws-support-verify.com/jp/case/%s/identity

ご本人確認が完了しない場合、EC2 インスタンスおよび S3 バケットを含む全てのリソースが停止されます。

AWS サポート
*このメールは送信専用アドレスから送信されています。
""" % (FAKE15, FAKE15)
html = html_wrap(p2html(txt), "AWS Support")
body = alt(tp(txt, cte="base64"), tp(html, cte="base64", subtype="html"))
mf = "no-reply-aws@amazon.com"
auth = ("spf=fail (google.com: domain of no-reply-aws@amazon.com does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=no-reply-aws@amazon.com; "
        "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")
tr = gmail_hdrs(GMAIL, dt, "mx1.secure-mailer.ru", "185.234.72.19", mf, auth, arc=True)
tr += [("X-Spam-Flag", "YES"),
       ("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com header.s=e3ba4sqjiqsiyhujmlsvmrkajtxtiqzt; spf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com"),
       ("Received", "from [10.8.0.3] (unknown [185.234.72.19]) by mx1.secure-mailer.ru (Postfix) with ESMTPSA id 4Zb9Kq1Hd2z9sW for <%s>; %s" % (GMAIL, format_datetime(dt.astimezone(UTC))))]
write("phish-ja-spoofed-support-case", L("unrelated", FAKE15, [], False, "ja"),
      tr, body, formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), GMAIL,
      jsubj("Amazon Web Services: サポートケースが作成されました: %s" % FAKE15, "utf-8"),
      dt, "<%s@secure-mailer.ru>" % rhex(20))

# =========================================================================
# 041  colleague (Outlook, ja) mentions ids in new text; quoted history too
# =========================================================================
dt = d("2025-05-26 10:41:07")
new = """佐藤さん

お疲れさまです。森です。
ご連絡ありがとうございます。

統合完了とのことで、社内の認定資格者リストの候補者IDを AWS02957163 に更新しておきます。
旧ID（AWS01384726）の行は削除してしまって大丈夫でしょうか？

あと、パートナー認定者数のカウントに影響するので、AWS Partner Central に登録しているメールアドレスも念のため確認しておいてもらえると助かります。

よろしくお願いします。

森
-------------------------------------------
田中システム株式会社 クラウド基盤部
森 大輔  d.mori@tanaka-sys.co.jp
-------------------------------------------"""
orig = """森さん

お疲れさまです。佐藤です。

AWS 認定のアカウント統合が完了しました。今後の候補者IDは AWS02957163 になります。
AWS00871294（AI Practitioner を受けたときのアカウント）は使えなくなったので、リストの更新をお願いできますか。

佐藤"""
hist = ("________________________________\n差出人: 佐藤 健太 <%s>\n送信日時: 2025年5月26日 9:12\n宛先: 森 大輔 <d.mori@tanaka-sys.co.jp>\n件名: 認定資格者リストの更新について\n\n" % WORK) + orig
txt = new + "\n\n" + hist + "\n"
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div class=\"elementToProof\" style=\"font-family:Meiryo UI,sans-serif;font-size:11pt\">"
        + new.replace("\n", "<br>") + "</div><div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
        "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>差出人:</b> 佐藤 健太 &lt;" + WORK + "&gt;<br><b>送信日時:</b> 2025年5月26日 9:12<br>"
        "<b>宛先:</b> 森 大輔 &lt;d.mori@tanaka-sys.co.jp&gt;<br><b>件名:</b> 認定資格者リストの更新について</font><div>&nbsp;</div></div><div>" + orig.replace("\n", "<br>") + "</div></body></html>\n")
body = alt(tp(txt, cte="base64"), tp(html, cte="base64", subtype="html"))
u = dt.astimezone(UTC)
tr = [("Received", "from TYCP286MB1490.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:1a5::9) by TYWP286MB2218.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s" % u.strftime("%a, %d %b %Y %H:%M:%S +0000")),
      ("Authentication-Results", "dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=tanaka-sys.co.jp;"),
      ("Received", "from TYCP286MB1490.JPNP286.PROD.OUTLOOK.COM ([fe80::5c1:ab2e:77d0:3c1a]) by TYCP286MB1490.JPNP286.PROD.OUTLOOK.COM ([fe80::5c1:ab2e:77d0:3c1a%%6]) with mapi id 15.20.8722.027; %s" % u.strftime("%a, %d %b %Y %H:%M:%S +0000")),
      ("Thread-Topic", "認定資格者リストの更新について"),
      ("Thread-Index", "AQHbzj" + rb64(18)[:20] + "=")]
write("colleague-cert-list-update", L("unrelated", None, [KEEP, OLD], False, "ja"),
      tr, body, jname("森 大輔", "d.mori@tanaka-sys.co.jp", "utf-8"), jname("佐藤 健太", WORK, "utf-8"),
      jsubj("RE: 認定資格者リストの更新について", "utf-8"), dt,
      "<TYCP286MB1490A3%s@TYCP286MB1490.JPNP286.PROD.OUTLOOK.COM>" % rhex(12).upper(),
      extra=[("In-Reply-To", "<TYWP286MB22184F%s@TYWP286MB2218.JPNP286.PROD.OUTLOOK.COM>" % rhex(12).upper()),
             ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
             ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-AuthAs", "Internal")])

# =========================================================================
# 042  quota console case opened (unrelated)
# =========================================================================
dt = d("2025-05-26 14:21:03")
txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %(d)s to address your issue.

The details of your case are as follows:

Case ID: %(d)s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Asia Pacific (Tokyo)
Limit name: Running On-Demand G and VT instances
New limit value: 8
------------
Use case description: We would like to evaluate a small Stable Diffusion inference setup on g5.xlarge for an internal PoC (2 instances, up to 2 weeks).

""" % {"d": CASE_D} + CONSOLE_FOOT % CASE_D
body = tp(txt, charset="us-ascii", cte="7bit")
write("console-quota-case-opened", L("unrelated", CASE_D, [], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), GMAIL,
      "Amazon Web Services: You have opened a new Support case: %s" % CASE_D,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 043  quota increase approved (unrelated, "completed" wording)
# =========================================================================
dt = d("2025-05-27 09:05:31")
txt = """Hello,

Thank you for your patience while we worked on your request.

We're happy to let you know that we have approved and processed your quota increase request. The change is now complete:

Region: Asia Pacific (Tokyo)
Quota: Running On-Demand G and VT instances
New quota value: 8 vCPUs

It can sometimes take up to 30 minutes for the new value to become available in the Service Quotas console.

Best regards,
Daniel T.
Amazon Web Services

""" + CONSOLE_FOOT % CASE_D
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html_wrap(p2html(txt), "AWS Support"), charset="us-ascii", cte="quoted-printable", subtype="html"))
write("console-quota-approved", L("unrelated", CASE_D, [], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), GMAIL,
      "RE:[CASE %s] Limit Increase: EC2 Instances" % CASE_D,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 044  AWS Skill Builder newsletter (unrelated, ja, genuine)
# =========================================================================
dt = d("2025-05-27 12:00:19")
txt = """AWS Skill Builder 6月の新着コンテンツ

佐藤 健太 様

AWS Skill Builder に、日本語で受講できる新しいトレーニングが追加されました。

・AWS Certified Data Engineer - Associate 公式練習問題集（日本語）
・Exam Prep Enhanced Course: AWS Certified Machine Learning Engineer - Associate
・AWS Cloud Quest: Generative AI（新ロール）

AWS 認定試験の準備には、公式練習問題集と模擬試験をぜひご活用ください。
https://skillbuilder.aws/jp/learn?trk=%s

配信設定の変更：https://skillbuilder.aws/account/notifications
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109
""" % rhex(8)
body = alt(tp(txt, cte="quoted-printable"), tp(html_wrap(p2html(txt), "AWS Skill Builder"), cte="quoted-printable", subtype="html"))
write("skill-builder-newsletter-ja", L("unrelated", sv=True, lang="ja"),
      amazon_gmail(GMAIL, dt, hfrom="skillbuilder.amazon.com"), body,
      formataddr(("AWS Skill Builder", "no-reply@skillbuilder.amazon.com")), GMAIL,
      jsubj("AWS Skill Builder：6月の新着トレーニングのお知らせ", "utf-8"),
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 045  phishing (en) claiming the merge is done; look-alike domain, dmarc=fail
# =========================================================================
dt = d("2025-05-28 08:02:44")
txt = """Dear Candidate,

Your AWS Certification accounts have been successfully merged.

To keep your certifications, exam history and digital badges active on the
merged account, you must verify your identity within 48 hours:

  Verify now: https://aws-certmetrics-support.com/verify?c=%s

If you do not verify, your certifications may be suspended and your badges
revoked.

AWS Training and Certification
Certification Support Team
""" % rhex(20)
html = html_wrap(p2html(txt).replace("https://aws-certmetrics-support.com/verify", "<a href=\"https://aws-certmetrics-support.com/verify\">https://aws-certmetrics-support.com/verify</a>"), "AWS Certification")
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html, charset="us-ascii", cte="7bit", subtype="html"))
mf = "postmaster@smtp7.mailhost-eu.net"
auth = ("spf=pass (google.com: domain of %s designates 91.215.85.140 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=aws-certmetrics-support.com" % (mf, mf))
write("phish-en-merge-completed-verify", L("merge_completed", None, [], False, "en"),
      gmail_hdrs(GMAIL, dt, "smtp7.mailhost-eu.net", "91.215.85.140", mf, auth),
      body, formataddr(("AWS Certification", "certification@aws-certmetrics-support.com")), GMAIL,
      "Your AWS Certification accounts have been merged - action required", dt,
      gen_msgid("smtp7.mailhost-eu.net"))

# =========================================================================
# 046  Nikkei xTECH-like newsletter (unrelated): cp932 bytes labelled Shift_JIS, 8bit
# =========================================================================
dt = d("2025-05-28 19:30:00")
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━
　テックウィークリー　2025年5月28日号
━━━━━━━━━━━━━━━━━━━━━━━━━━

【今週のトップ記事】
① 生成AIの社内活用、情シスが押さえるべき3つのガバナンス
② クラウド資格の「名寄せ」で人材データを一元化、㈱大和ITの事例
③ 円安下のクラウドコスト最適化、FinOps 実践の勘所

【セミナー】
クラウド人材育成フォーラム 2025（6月12日、オンライン）

配信停止・登録内容の変更はこちら
https://techweekly.example-media.jp/mypage/

発行：テックメディア㈱
"""
body = tp(txt, charset="shift_jis", codec="cp932", cte="8bit", declared="Shift_JIS")
mf = "mag-bounce@techweekly.example-media.jp"
auth = ("dkim=pass header.i=@example-media.jp header.s=mag header.b=%s; spf=pass (google.com: domain of %s designates 210.152.4.77 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example-media.jp" % (rb64(6)[:8], mf, mf))
write("tech-weekly-newsletter-sjis", L("unrelated", sv=False, lang="ja"),
      gmail_hdrs(GMAIL, dt, "mta04.example-media.jp", "210.152.4.77", mf, auth, dkims=[("example-media.jp", "mag")]),
      body, jname("テックウィークリー", "mag@example-media.jp", "iso-2022-jp"), GMAIL,
      jsubj("【テックウィークリー】クラウド資格の「名寄せ」で人材データを一元化 ほか"), dt,
      gen_msgid("mta04.example-media.jp"))

# =========================================================================
# 047  Credly monthly activity digest for another issuer's badge (unrelated)
# =========================================================================
dt = d("2025-05-29 02:15:40")
txt = """Hi Kenta,

Here's how your badges performed in May.

Certified Kubernetes Administrator (CKA)
Issued by The Linux Foundation
  Views: 14   Shares: 1

HashiCorp Certified: Terraform Associate (003)
Issued by HashiCorp
  Views: 6    Expires: June 13, 2025

Keep your profile up to date so employers can find you:
https://www.credly.com/users/kenta-sato.4a2c1f

Manage notifications: https://www.credly.com/notification_settings
Credly, Inc. | 100 Park Avenue, 16th Floor | New York, NY 10017
"""
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html_wrap(p2html(txt), "Credly"), charset="us-ascii", cte="quoted-printable", subtype="html"))
mf = "bounces+1180234-%s@email.credly.com" % rhex(4)
write("credly-monthly-activity-other-issuers", L("unrelated", sv=True),
      outlook_hdrs(OUTLOOK, dt, "o3.email.credly.com", "168.245.32.110", mf, "credly.com",
                   tenant_host="TYCP286MB2760.JPNP286.PROD.OUTLOOK.COM", dkims=[("credly.com", "s1")]),
      body, formataddr(("Credly", "admin@credly.com")), OUTLOOK,
      "Your badge activity for May 2025", dt.astimezone(UTC), gen_msgid("geopod-ismtpd-2"))

# =========================================================================
# 048  Pearson VUE reminder (en, unrelated)
# =========================================================================
dt = d("2025-05-29 15:40:12")
txt = """Dear Kenta Sato,

This is a reminder that your exam appointment is coming up.

Exam: DEA-C01: AWS Certified Data Engineer - Associate (Japanese)
Date: Tuesday, June 3, 2025
Time: 10:00 AM JST
Test center: Pearson Professional Center - Tokyo Shinjuku West
Registration ID: 518392746
Candidate ID: AWS02957163

Please arrive 15 minutes before your appointment and bring two forms of
identification. Review the full ID policy at https://home.pearsonvue.com/aws

Pearson VUE
"""
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html_wrap(p2html(txt), "Pearson VUE"), charset="us-ascii", cte="quoted-printable", subtype="html"))
mf = "bounce-%s@pearson.com" % rhex(6)
auth = ("dkim=pass header.i=@pearson.com header.s=pvue2022 header.b=%s; spf=pass (google.com: domain of %s designates 159.182.0.44 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com" % (rb64(6)[:8], mf, mf))
write("pearson-vue-reminder-en", L("unrelated", None, [KEEP], False, "en"),
      gmail_hdrs(GMAIL, dt, "mta-pvue-02.pearson.com", "159.182.0.44", mf, auth, dkims=[("pearson.com", "pvue2022")]),
      body, formataddr(("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), GMAIL,
      "Reminder: Your AWS Certification exam appointment on June 3, 2025", dt, gen_msgid("pearson.com"))

# =========================================================================
# 049  SNS subscription confirmation (unrelated, genuine amazonaws.com)
# =========================================================================
dt = d("2025-05-30 09:00:33")
txt = """You have chosen to subscribe to the topic:
arn:aws:sns:ap-northeast-1:%s:budget-alerts

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
Confirm subscription
https://sns.ap-northeast-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:ap-northeast-1:%s:budget-alerts&Token=%s

Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation requests please send an email to sns-opt-out
""" % (AWS_ACCT.replace("-", ""), AWS_ACCT.replace("-", ""), rhex(64))
body = tp(txt, charset="UTF-8", cte="7bit")
write("sns-subscription-confirmation", L("unrelated", sv=True),
      amazon_gmail(GMAIL, dt, hfrom="sns.amazonaws.com"), body,
      formataddr(("AWS Notifications", "no-reply@sns.amazonaws.com")), GMAIL,
      "AWS Notification - Subscription Confirmation", dt.astimezone(UTC), ses_msgid(dt, "ap-northeast-1"),
      extra=aws_extra(dt, "ap-northeast-1"))

# =========================================================================
# 050  support_reply A: question about exam vouchers after the merge (en)
# =========================================================================
dt = d("2025-05-30 18:45:27")
user_v = """Hi,

Sorry to bother you again. After the merge I can see only one 50% discount
benefit in AWS02957163. I think I also had an unused voucher on my old
account. Could you please check?

Best regards,
Kenta Sato"""
new = """Hello Kenta,

Thank you for getting back to us, this is Rhea again.

I have checked the benefit history of all three accounts. The 50% discount from AWS01384726 was already redeemed on 2023-11-08 for your Developer - Associate exam, so it could not be carried over. The benefit which is currently showing under AWS02957163 (expiry 2026-03-14) is the one earned with your AI Practitioner certification on AWS00871294, and it is available to use.

So there is no missing voucher on your account. If you have any other question, please feel free to reply to this email.

Regards,
Rhea M.
AWS Training and Certification Customer Support
Amazon Web Services"""
txt = new + "\n\nOn Thu, May 29, 2025 at 10:20 PM Kenta Sato <%s> wrote:\n" % GMAIL + quote(user_v) + "\n"
body = alt(tp(txt, charset="utf-8", cte="base64"), tp(html_wrap(p2html(txt), "AWS"), cte="base64", subtype="html"))
write("tc-reply-voucher-question", L("support_reply", CASE_A, [KEEP, OLD, THIRD], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 051  JAWS-UG Google Groups mailing list (unrelated, ja)
# =========================================================================
dt = d("2025-05-31 22:14:09")
txt = """皆さま

JAWS-UG 東京運営の石井です。
#72「認定資格とキャリア」LT 大会、ご参加ありがとうございました。

登壇資料は以下にまとめています。
https://jawsug.connpass.com/event/352817/presentation/

アンケートにまだご回答いただいていない方は、6/7 までにご協力をお願いします。
https://forms.gle/%s

次回 #73 は 6月18日（水）、テーマは「生成AI × サーバーレス」です。

石井

-- 
このメールは Google グループのグループ「JAWS-UG 東京」に登録しているユーザーに送られています。
このグループから退会し、グループからのメールの配信を停止するには jawsug-tokyo+unsubscribe@googlegroups.com にメールを送信してください。
""" % rb64(9).replace("/", "x").replace("+", "y")
body = tp(txt, charset="UTF-8", cte="base64")
mf = "jawsug-tokyo+bncBD%s@googlegroups.com" % rb64(12).replace("/", "x").replace("+", "y")
auth = ("dkim=pass header.i=@googlegroups.com header.s=20230601 header.b=%s; spf=pass (google.com: domain of %s designates 209.85.220.69 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=googlegroups.com" % (rb64(6)[:8], mf, mf))
write("jawsug-mailing-list", L("unrelated", sv=False, lang="ja"),
      gmail_hdrs(GMAIL, dt, "mail-sor-f69.google.com", "209.85.220.69", mf, auth, dkims=[("googlegroups.com", "20230601")]),
      body, jname("'石井 航' via JAWS-UG 東京", "jawsug-tokyo@googlegroups.com", "utf-8"),
      "jawsug-tokyo@googlegroups.com",
      jsubj("[jawsug-tokyo:1288] #72 LT 大会の資料とアンケートのお願い", "utf-8"), dt,
      "<%s-%s@googlegroups.com>" % (rhex(8), rhex(12)),
      extra=[("Reply-To", "jawsug-tokyo@googlegroups.com"), ("Precedence", "list"),
             ("Mailing-list", "list jawsug-tokyo@googlegroups.com; contact jawsug-tokyo+owners@googlegroups.com"),
             ("List-ID", "<jawsug-tokyo.googlegroups.com>")])

# =========================================================================
# 052  survey A: rating request after the voucher question (en, HTML only)
# =========================================================================
dt = d("2025-06-02 11:00:48")
html = html_wrap("""<div style="max-width:600px;margin:auto">
<p>Hello Kenta,</p>
<p>We recently worked with you on case <b>%(a)s</b> and have marked it as resolved.</p>
<p>Please tell us about your experience. It takes less than a minute.</p>
<p><b>Did we resolve your issue?</b>
<a href="%(l)s&amp;resolved=1">Yes</a> | <a href="%(l)s&amp;resolved=0">No</a></p>
<p><b>How would you rate the correspondence from Rhea?</b><br>
<a href="%(l)s&amp;rate=1">1</a> <a href="%(l)s&amp;rate=2">2</a> <a href="%(l)s&amp;rate=3">3</a> <a href="%(l)s&amp;rate=4">4</a> <a href="%(l)s&amp;rate=5">5</a></p>
<p style="font-size:12px;color:#666">AWS Training and Certification Customer Support. Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>
</div>""" % {"a": CASE_A, "l": sv_link}, "Tell us about your experience")
body = tp(html, cte="quoted-printable", subtype="html")
write("tc-rating-request-html", L("survey", CASE_A, [], True, "en"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "Case %s - Tell us about your experience" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 053  AWS invoice (en, unrelated)
# =========================================================================
dt = d("2025-06-03 08:04:10")
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in %s, is available on the AWS web site. Your account will be charged the following:

Total: $14.75 (a credit of $9.12 has been applied)

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bills?year=2025&month=5

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % AWS_ACCT[-4:]
body = tp(txt, charset="us-ascii", cte="7bit")
write("aws-billing-statement-may", L("unrelated", sv=True),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-billing@amazon.com")), GMAIL,
      "Amazon Web Services Billing Statement Available [Account: %s]" % AWS_ACCT.replace("-", ""),
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 054  CertMetrics exam result (unrelated, candidate id)
# =========================================================================
dt = d("2025-06-03 21:12:36")
txt = """Dear Kenta Sato,

Congratulations! You have successfully completed the AWS Certified Data
Engineer - Associate exam and you are now AWS Certified.

AWS Certification Account: AWS02957163
Certification: AWS Certified Data Engineer - Associate
Validation number: 7QK2M9XW3BJ4PL1Z
Date achieved: 2025-06-03
Expiration date: 2028-06-03

You can view your score report and download your certificate from your AWS
Certification Account. Your digital badge will be sent to you by Credly.

Best regards,
AWS Training and Certification
"""
body = alt(tp(txt, charset="us-ascii", cte="7bit"), tp(html_wrap(p2html(txt), "AWS Certification"), charset="us-ascii", cte="quoted-printable", subtype="html"))
mf = "bounce@certmetrics.com"
auth = ("dkim=pass header.i=@certmetrics.com header.s=k1 header.b=%s; spf=pass (google.com: domain of %s designates 198.51.100.42 as permitted sender) smtp.mailfrom=%s; "
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com" % (rb64(6)[:8], mf, mf))
write("certmetrics-exam-passed", L("unrelated", None, [KEEP], False, "en"),
      gmail_hdrs(GMAIL, dt, "mail.certmetrics.com", "198.51.100.42", mf, auth, dkims=[("certmetrics.com", "k1")]),
      body, formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), GMAIL,
      "Congratulations, you are now AWS Certified!", dt, gen_msgid("certmetrics.com"))

# =========================================================================
# 055  credly_badge_issued: new Data Engineer badge (not merge-related)
# =========================================================================
dt = d("2025-06-04 03:01:22")
badge4 = "AWS Certified Data Engineer – Associate"
txt = """Kenta, you've earned a new badge!

Amazon Web Services Training and Certification has issued you the
%s badge.

Claim your badge and share your achievement:
https://www.credly.com/earner/earned/badge/d8a3f6c2-47be-4a0e-9d1c-5f2b7e81c034

Credly, Inc. | 100 Park Avenue, 16th Floor | New York, NY 10017
""" % badge4
body = alt(tp(txt, cte="base64"), tp(html_wrap(p2html(txt).replace("Claim your badge", "<a href=\"https://www.credly.com/earner/earned/badge/d8a3f6c2-47be-4a0e-9d1c-5f2b7e81c034\">Claim your badge</a>"), "Credly"), cte="base64", subtype="html"))
write("credly-data-engineer-new-badge", L("credly_badge_issued", None, [], True, "en"),
      credly_gmail(dt), body,
      formataddr(("Amazon Web Services Training and Certification via Credly", "admin@credly.com")), GMAIL,
      jsubj("Claim your %s badge" % badge4, "utf-8"), dt, gen_msgid("geopod-ismtpd-4"))

# =========================================================================
# 056  Credly expiry reminder for an AWS badge (unrelated)
# =========================================================================
dt = d("2025-06-04 12:00:55")
txt = """Hi Kenta,

Your badge "AWS Certified Developer – Associate" issued by Amazon Web
Services Training and Certification will expire on September 1, 2025.

Find out how to keep your certification current:
https://aws.amazon.com/certification/recertification/

View your badge:
https://www.credly.com/badges/3f1d7a90-5be2-4c6e-8d41-c27e9b06a5d3

The Credly Team
"""
body = alt(tp(txt, cte="quoted-printable"), tp(html_wrap(p2html(txt), "Credly"), cte="quoted-printable", subtype="html"))
write("credly-aws-badge-expiry-reminder", L("unrelated", sv=True),
      credly_gmail(dt), body, formataddr(("Credly", "admin@credly.com")), GMAIL,
      jsubj("Your AWS Certified Developer – Associate badge is expiring", "utf-8"), dt, gen_msgid("geopod-ismtpd-2"))

# =========================================================================
# 057  phishing (ja) to Outlook.jp spoofing aws.amazon.com; dmarc=fail, compauth=fail
# =========================================================================
dt = d("2025-06-05 07:48:19")
txt = """AWS サポートセンターよりお知らせ

お客様のルートユーザーに設定されている多要素認証（MFA）デバイスが、2025年6月6日をもって無効になります。
引き続き AWS マネジメントコンソールをご利用いただくには、以下のページから MFA の再登録を行ってください。

　MFA の再登録：https://signin-aws.account-mfa-update.com/ja/

再登録が行われない場合、お客様のアカウントへのアクセスが制限されます。
ご不便をおかけしますが、何卒ご協力をお願い申し上げます。

アマゾン ウェブ サービス ジャパン合同会社
AWS サポートチーム
"""
body = alt(tp(txt, charset="iso-2022-jp", cte="7bit"), tp(html_wrap(p2html(txt), "AWS").replace("charset=utf-8", "charset=iso-2022-jp"), charset="iso-2022-jp", cte="7bit", subtype="html"))
write("phish-ja-mfa-reregister-outlook", L("unrelated", sv=False, lang="ja"),
      outlook_hdrs(OUTLOOK, dt, "static-44-133.vps-host.cn", "43.154.44.133", "root@static-44-133.vps-host.cn", "aws.amazon.com",
                   spf="none", dkim_res="none", dmarc="fail", action="oreject", compauth="fail reason=000",
                   tenant_host="TYCP286MB2760.JPNP286.PROD.OUTLOOK.COM"),
      body, jname("AWS サポート", "no-reply@aws.amazon.com"), OUTLOOK,
      jsubj("【AWS】多要素認証（MFA）の再設定のお願い（6月6日まで）"), dt,
      gen_msgid("static-44-133.vps-host.cn"))

# =========================================================================
# 058  EC2 scheduled retirement (unrelated, en)
# =========================================================================
dt = d("2025-06-05 13:20:02")
txt = """Hello,

EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance (instance-ID: i-0b7e3c91f4a2d6058) associated with your AWS account (AWS Account ID: %s) in the ap-northeast-1 region. Due to this degradation your instance could already be unreachable. We will stop your instance after 2025-06-19 00:00 UTC.

You can see more information on your instances that are scheduled for retirement in the AWS Management Console:
https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % AWS_ACCT.replace("-", "")
body = tp(txt, charset="us-ascii", cte="7bit")
write("ec2-instance-retirement", L("unrelated", sv=True),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), GMAIL,
      "[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 059  support_reply A: agent answers the user's thank-you note (ja)
# =========================================================================
dt = d("2025-06-05 16:02:31")
user_thx = """Rhea 様、山本様、小林様

ご確認ありがとうございました。バウチャーの件、理解しました。
アカウントの統合からバッジの件まで丁寧に対応していただき、ありがとうございました。

佐藤 健太"""
new2 = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
ご丁寧にお礼のご連絡をいただき、誠にありがとうございます。担当者一同、大変嬉しく拝見いたしました。

本件について追加でご対応が必要な事項はございませんので、このままご返信いただく必要はございません。
今後、認定試験や特典についてご不明な点がございましたら、いつでもお気軽にお問い合わせください。

佐藤様の今後のご活躍を心よりお祈り申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
txt = (new2 + "\n\n---- 元のメッセージ ----\n送信者: 佐藤 健太 <%s>\n送信日時: 2025/06/04 21:03 (JST)\n\n" % GMAIL + user_thx
       + "\n\n2025年5月30日(金) 18:45 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + quote(new) + "\n")
body = tp(txt, cte="quoted-printable")
write("tc-agent-ja-reply-to-thanks", L("support_reply", CASE_A, [], True, "ja"),
      amazon_gmail(GMAIL, dt), body,
      formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")), GMAIL,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))

# =========================================================================
# 060  AWS Black Belt webinar invite (unrelated, ja, genuine)
# =========================================================================
dt = d("2025-06-06 12:00:30")
html = html_wrap("""<table width="620" align="center"><tr><td style="padding:18px;line-height:1.8">
<p>佐藤 健太 様</p>
<p><b>AWS Black Belt Online Seminar</b> 6月の配信予定をお知らせします。</p>
<ul>
<li>6/11（水）12:00 Amazon Bedrock Agents 入門</li>
<li>6/18（水）12:00 AWS Organizations とマルチアカウント管理のベストプラクティス</li>
<li>6/25（水）12:00 AWS 認定資格の学習ロードマップ 2025</li>
</ul>
<p><a href="https://aws.amazon.com/jp/events/aws-event-resource/?trk=bb_%s">視聴登録はこちら</a></p>
<p style="font-size:11px;color:#777">本メールは配信を希望された方にお送りしています。アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table>""" % rhex(6), "AWS Black Belt")
body = tp(html, cte="base64", subtype="html")
write("aws-black-belt-webinar-ja", L("unrelated", sv=True, lang="ja"),
      amazon_gmail(GMAIL, dt), body,
      jname("AWS Japan", "aws-jp-marketing@amazon.com", "utf-8"), GMAIL,
      jsubj("【AWS Black Belt Online Seminar】6月の配信スケジュールのご案内", "utf-8"),
      dt.astimezone(UTC), ses_msgid(dt), extra=aws_extra(dt))
